//! Sentence splitting: a paragraph's text into trimmed sentence byte ranges, surviving
//! abbreviations, initials, decimal numbers, and `?`/`!`/`…` inside quotations.

use crate::lexicon::is_reporting_verb;

/// Abbreviations (lower case, without their final dot) after which a `.` does not end a sentence
/// when a name or number follows: titles, months, and the like.
const TITLE_ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "sen", "rep", "ald", "gen", "gov", "st", "jr", "sr", "lt", "col",
    "capt", "cpt", "sgt", "maj", "adm", "cmdr", "pres", "prof", "rev", "hon", "amb", "atty",
    "supt", "cllr", "clr", "messrs", "mt", "ft", "vs", "v", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur",
    "thurs", "fri", "sat", "sun", "no", "nos", "art", "sec", "vol", "fig", "approx", "est", "dept",
    "univ", "inc", "corp", "ltd", "co", "bros", "e.g", "i.e", "cf", "al", "ca", "gens", "sens",
    "reps",
];

/// Abbreviations that may also end a sentence (`… in the U.S. The next day …`): they end one
/// only when a typical sentence opener follows.
const ENDING_ABBREVIATIONS: &[&str] = &[
    "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "etc", "d.c", "u.s.a", "n.y", "l.a",
];

/// Words that typically open a sentence; after an ambiguous abbreviation they mean a new one.
const SENTENCE_OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "this",
    "that",
    "these",
    "those",
    "but",
    "and",
    "in",
    "on",
    "at",
    "for",
    "as",
    "after",
    "before",
    "while",
    "when",
    "if",
    "there",
    "his",
    "her",
    "their",
    "its",
    "our",
    "some",
    "many",
    "one",
    "both",
    "however",
    "meanwhile",
    "still",
    "yet",
    "so",
    "then",
    "no",
    "officials",
    "talks",
];

fn is_closing(c: char) -> bool {
    matches!(c, '”' | '"' | '’' | '\'' | ')' | ']' | '»' | '›' | '}')
}

fn is_opening(c: char) -> bool {
    matches!(c, '“' | '"' | '‘' | '\'' | '(' | '[' | '«' | '‹' | '„')
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// Splits `text` (one paragraph) into sentences: trimmed, non-empty byte ranges into `text`.
pub fn split(text: &str) -> Vec<(usize, usize)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut i = 0usize;
    while i < chars.len() {
        let (_, c) = chars[i];
        if !is_terminator(c) {
            i += 1;
            continue;
        }
        // Consume a run of terminators (`?!`, `...`, `.…`).
        let first_term = i;
        let mut j = i;
        while j < chars.len() && is_terminator(chars[j].1) {
            j += 1;
        }
        let only_dot = j == first_term + 1 && c == '.';
        // Then closing quotes/brackets.
        let mut k = j;
        while k < chars.len() && is_closing(chars[k].1) {
            k += 1;
        }
        let closed_quote = k > j;
        let end_byte = chars.get(k).map_or(text.len(), |x| x.0);
        // Then whitespace.
        let mut m = k;
        while m < chars.len() && chars[m].1.is_whitespace() {
            m += 1;
        }
        if m == chars.len() {
            // Paragraph end: the final sentence is pushed below.
            break;
        }
        if m == k {
            // `…the deal."Follow us`: a closing mark glued to a capitalised word ends the
            // sentence; otherwise no whitespace after the mark is `3.5`, `U.S.-led`, `off…but`.
            let glued = closed_quote && chars.get(k).is_some_and(|x| x.1.is_uppercase());
            if glued {
                push_trimmed(text, start, end_byte, &mut out);
                start = end_byte;
                i = k;
            } else {
                i = j.max(i + 1);
            }
            continue;
        }
        let next = chars[m].1;
        let starts_ok = next.is_uppercase() || next.is_ascii_digit() || is_opening(next);
        let mut ends = starts_ok;
        if ends && only_dot && !closed_quote {
            ends = !is_abbreviation_before(text, &chars, first_term, next, &chars[m..]);
        }
        if ends && closed_quote && !only_dot && next.is_uppercase() {
            // `“Is this peace?” Keller asked.` — the attribution continues the sentence.
            ends = !attribution_follows(&chars[m..]);
        }
        if ends {
            push_trimmed(text, start, end_byte, &mut out);
            start = end_byte;
            i = k;
        } else {
            i = j.max(i + 1);
        }
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let Some(s) = text.get(start..end) else {
        return;
    };
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    if !trimmed.is_empty() {
        out.push((start + lead, start + lead + trimmed.len()));
    }
}

/// The word (letters and inner dots) just before the `.` at char index `dot`.
fn word_before<'a>(text: &'a str, chars: &[(usize, char)], dot: usize) -> &'a str {
    let end = chars[dot].0;
    let mut s = dot;
    while s > 0 {
        let c = chars[s - 1].1;
        if c.is_alphanumeric() || c == '.' || c == '-' {
            s -= 1;
        } else {
            break;
        }
    }
    let begin = chars[s].0;
    text.get(begin..end).unwrap_or("")
}

/// Is the `.` at `dot` the end of an abbreviation or an initial rather than of a sentence?
fn is_abbreviation_before(
    text: &str,
    chars: &[(usize, char)],
    dot: usize,
    next: char,
    rest: &[(usize, char)],
) -> bool {
    let word = word_before(text, chars, dot);
    let word = word.rsplit('-').next().unwrap_or(word);
    if word.is_empty() {
        return false;
    }
    let lower = word.to_lowercase();
    // An initial: one capital letter (`J. R. Smith`), not the pronoun `I`.
    let mut wc = word.chars();
    if let (Some(c), None) = (wc.next(), wc.next()) {
        if c.is_uppercase() && c != 'I' {
            return true;
        }
    }
    if lower == "no" || lower == "nos" {
        return next.is_ascii_digit();
    }
    if TITLE_ABBREVIATIONS.contains(&lower.as_str()) {
        return true;
    }
    // Dotted acronyms and ambiguous abbreviations: they end a sentence only before a typical opener.
    let dotted = word.contains('.')
        && word.split('.').all(|seg| {
            (1..=3).contains(&seg.chars().count()) && seg.chars().all(char::is_alphabetic)
        });
    if dotted || ENDING_ABBREVIATIONS.contains(&lower.as_str()) {
        let next_word: String = rest
            .iter()
            .map(|x| x.1)
            .skip_while(|c| is_opening(*c))
            .take_while(|c| c.is_alphabetic())
            .collect::<String>()
            .to_lowercase();
        return !SENTENCE_OPENERS.contains(&next_word.as_str());
    }
    false
}

/// Does the text after a closed quotation read like its attribution: up to four capitalised
/// words then a reporting verb (`Keller asked`, `Anna Keller said`)?
fn attribution_follows(rest: &[(usize, char)]) -> bool {
    let mut words = 0;
    let mut cur = String::new();
    for &(_, c) in rest.iter().take(80) {
        if c.is_alphabetic() || c == '-' || c == '\'' || c == '’' || c == '.' {
            cur.push(c);
            continue;
        }
        if !cur.is_empty() {
            if is_reporting_verb(&cur) {
                return words > 0;
            }
            let cap = cur.chars().next().is_some_and(char::is_uppercase);
            if !cap || words >= 4 {
                return false;
            }
            words += 1;
            cur.clear();
        }
        if !(c.is_whitespace() || c == ',') {
            return false;
        }
    }
    words > 0 && is_reporting_verb(&cur)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(text: &str) -> Vec<&str> {
        split(text).into_iter().map(|(s, e)| &text[s..e]).collect()
    }

    #[test]
    fn splits_plain_sentences_and_trims() {
        assert_eq!(
            sents("  One here. Two there!  Three? 4 is a number. "),
            ["One here.", "Two there!", "Three?", "4 is a number."]
        );
    }

    #[test]
    fn survives_abbreviations_initials_and_numbers() {
        assert_eq!(
            sents("Mr. Smith met Dr. J. R. Jones at 3.5 p.m. in St. Louis on Jan. 5. Sen. Ray and Gen. Ko agreed. It cost 1.2 billion."),
            [
                "Mr. Smith met Dr. J. R. Jones at 3.5 p.m. in St. Louis on Jan. 5.",
                "Sen. Ray and Gen. Ko agreed.",
                "It cost 1.2 billion."
            ]
        );
        assert_eq!(
            sents(
                "The U.S. President spoke. Talks in the U.S. The next day, vs. Russia, No. 10 won."
            ),
            [
                "The U.S. President spoke.",
                "Talks in the U.S.",
                "The next day, vs. Russia, No. 10 won."
            ]
        );
        assert_eq!(
            sents("He said no. Then left."),
            ["He said no.", "Then left."]
        );
        assert_eq!(
            sents("Mrs. Lee and Ms. Ho, Rep. Doe, Gov. Ray Jr. and Sr. staff met."),
            ["Mrs. Lee and Ms. Ho, Rep. Doe, Gov. Ray Jr. and Sr. staff met."]
        );
    }

    #[test]
    fn quotes_with_inner_marks_stay_one_sentence() {
        let t = "Rubio clarified, “We’re still a long ways off… but I do think progress was made.” However, nothing was said.";
        assert_eq!(
            sents(t),
            [
                "Rubio clarified, “We’re still a long ways off… but I do think progress was made.”",
                "However, nothing was said."
            ]
        );
        assert_eq!(
            sents("“Is this peace?” she asked."),
            ["“Is this peace?” she asked."]
        );
        assert_eq!(
            sents("“Is this peace?” Anna Keller asked. \"Why?\" Lund said. Then \"No!\" He left."),
            [
                "“Is this peace?” Anna Keller asked.",
                "\"Why?\" Lund said.",
                "Then \"No!\"",
                "He left."
            ]
        );
    }

    #[test]
    fn ends_before_quotes_digits_and_across_wrapped_lines() {
        assert_eq!(
            sents("It ended.\n“Next,” he said. 2025 came.\n(Aside.) Done"),
            [
                "It ended.",
                "“Next,” he said.",
                "2025 came.",
                "(Aside.)",
                "Done"
            ]
        );
    }

    #[test]
    fn a_closing_mark_glued_to_the_next_sentence_ends_it() {
        assert_eq!(
            sents("He said \"the deal.\"Follow us online. Then, \"fine,\" he said."),
            [
                "He said \"the deal.\"",
                "Follow us online.",
                "Then, \"fine,\" he said."
            ]
        );
    }

    #[test]
    fn odd_input_does_not_panic() {
        for t in ["", ".", "...", " . . ", "“", "a.”", "é. É. ü…", "?!?! A"] {
            for (s, e) in split(t) {
                assert!(t.get(s..e).is_some());
            }
        }
    }
}
