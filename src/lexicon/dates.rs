//! The names of the months, in full and as agency copy abbreviates them: one list for reading
//! dates in questions and hits and for telling a photo caption by the date it ends with.

/// The months' names, lower case.
#[rustfmt::skip]
pub const MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
];

/// The days of the week, lower case.
#[rustfmt::skip]
pub const WEEKDAYS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
];

/// Months as agency copy abbreviates them before a day ("Nov. 30", "Sept. 5") or after one
/// ("30 Nov"): a date only beside a day's number, since "mar" and "jan" are words and names too.
#[rustfmt::skip]
pub const MONTH_ABBREVIATIONS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// Is a lower-case word a month's name or its abbreviation ([`MONTHS`],
/// [`MONTH_ABBREVIATIONS`])?
pub fn is_month(word: &str) -> bool {
    MONTHS.contains(&word) || MONTH_ABBREVIATIONS.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::is_month;

    #[test]
    fn months_in_full_and_abbreviated() {
        assert!(is_month("august") && is_month("aug") && is_month("sept") && is_month("may"));
        assert!(!is_month("monday") && !is_month("augustus"));
    }
}
