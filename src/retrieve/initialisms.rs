//! Initialisms of the capitalised names an article writes out: "European Policy Centre" is also
//! `EPC`, "the Kyiv-based Center for Defense Strategies" also `CDS`, so a question that names an
//! organisation or a title by its initials finds the sentence that spells it out; and the
//! abbreviations a lexicon gives common noun phrases ("POW" for "prisoner of war").

/// Fewest letters of an initialism: two-letter ones ("EU", "UN") are written as such, and two
/// initials of any two capitalised words would stand for too much (but a two-word title's, see
/// [`emit`]).
pub(super) const MIN_INITIALS: usize = 3;

/// Most letters of an initialism: longer ones are spelt out in questions too.
pub(super) const MAX_INITIALS: usize = 6;

use crate::lexicon::{abbreviations_opening_with, is_role_noun};

/// Small words a name may hold between its capitalised words, which give no initial
/// ("National Security and Defence Council" is `NSDC`, "Royal College of Nursing" `RCN`).
const CONNECTORS: &[&str] = &["of", "for", "on", "and", "in", "the", "de", "&"];

/// Calls `f` with every initialism of the runs of capitalised words in `text`, packed as a
/// [`Code`]: each run's leading and trailing words of [`MIN_INITIALS`] to [`MAX_INITIALS`] words
/// ("Chief Financial Officer Henrik Aas" gives `cfo` and `oha` among others, and the name's own
/// initials). A run ends at punctuation after a word, at a lower-case word, or at a word that
/// does not start with a letter. Allocation-free but for the run's buffers: it runs over every
/// field of every document at build.
pub(super) fn initialisms(text: &str, mut f: impl FnMut(Code)) {
    let mut run: Vec<u8> = Vec::new();
    // Per letter of the run: is its word a role noun (`Minister`) right after the run's word
    // before it, no small word between?
    let mut roles: Vec<bool> = Vec::new();
    let mut after_connector = false;
    let mut flush = |run: &mut Vec<u8>, roles: &mut Vec<bool>| {
        emit(run, roles, &mut f);
        run.clear();
        roles.clear();
    };
    for raw in text.split_whitespace() {
        let word = raw.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '&');
        let ends_run = raw
            .chars()
            .last()
            .is_some_and(|c| !c.is_alphanumeric() && c != '\'' && c != '’');
        let first = word.chars().next();
        let connector = CONNECTORS.iter().any(|c| c.eq_ignore_ascii_case(word));
        if connector {
            // A small word joins the words around it ("Ministry of the Interior") but gives no
            // initial, capitalised or not ("The Environment Agency").
        } else if first.is_some_and(char::is_uppercase) {
            // Punctuation before the word ("(European", "“Face") starts a new run.
            if word.len() != raw.len() {
                flush(&mut run, &mut roles);
            }
            match first.filter(char::is_ascii_uppercase) {
                Some(c) => {
                    run.push(c.to_ascii_lowercase() as u8);
                    let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
                    roles.push(!after_connector && is_role_noun(bare));
                }
                None => flush(&mut run, &mut roles),
            }
        } else {
            flush(&mut run, &mut roles);
        }
        after_connector = connector;
        if ends_run {
            flush(&mut run, &mut roles);
        }
    }
    flush(&mut run, &mut roles);
}

/// Calls `f` with the abbreviation of every common noun phrase in `text` the lexicon abbreviates
/// ("prisoners of war" gives `pow`): the phrase's words in a row, in any case, a plural `s` or
/// `es` on any, no punctuation inside it.
pub(super) fn abbreviated_phrases(text: &str, mut f: impl FnMut(Code)) {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut lower = String::new();
    for (i, raw) in words.iter().enumerate() {
        let word = raw.trim_start_matches(|c: char| !c.is_alphanumeric());
        let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        if bare.is_empty() || bare.len() != word.len() {
            continue;
        }
        lower.clear();
        lower.extend(bare.chars().flat_map(char::to_lowercase));
        let follows = |k: usize, last: bool, want: &str| {
            words.get(i + 1 + k).is_some_and(|w| {
                // Only the phrase's last word may carry punctuation after it.
                let w = if last {
                    w.trim_end_matches(|c: char| !c.is_alphanumeric())
                } else {
                    w
                };
                singulars(&w.to_lowercase()).any(|x| x == want)
            })
        };
        for (short, _) in spelt_phrases(&lower, follows) {
            if short.bytes().all(|b| b.is_ascii_lowercase()) {
                f(pack(short.as_bytes()));
            }
        }
    }
}

/// The abbreviations of the lexicon's phrases that open at `words[i]` (folded words), each with
/// the phrase's length in words: `["prisoners", "of", "war"]` at 0 gives (`pow`, 3).
pub(super) fn phrases_at(words: &[String], i: usize) -> Vec<(&'static str, usize)> {
    let Some(first) = words.get(i) else {
        return Vec::new();
    };
    let follows = |k: usize, _last: bool, want: &str| {
        words
            .get(i + 1 + k)
            .is_some_and(|w| singulars(w).any(|x| x == want))
    };
    spelt_phrases(first, follows)
}

/// The abbreviations of the lexicon's phrases opening with `first` (lower case, a plural ending
/// allowed) whose other words `follows(k, last, want)` finds as the `k`-th word after it, each
/// with the phrase's length in words.
fn spelt_phrases(
    first: &str,
    follows: impl Fn(usize, bool, &str) -> bool,
) -> Vec<(&'static str, usize)> {
    singulars(first)
        .flat_map(abbreviations_opening_with)
        .filter(|(_, rest)| {
            rest.iter()
                .enumerate()
                .all(|(k, want)| follows(k, k + 1 == rest.len(), want))
        })
        .map(|(short, rest)| (*short, rest.len() + 1))
        .collect()
}

/// A lower-case word as written and without a plural ending (`prisoners` → `prisoner`,
/// `prisoners`).
fn singulars(w: &str) -> impl Iterator<Item = &str> {
    let s = w.strip_suffix('s').filter(|b| b.len() > 1);
    let es = w.strip_suffix("es").filter(|b| b.len() > 1);
    std::iter::once(w).chain(s).chain(es)
}

/// Initials of up to [`MAX_INITIALS`] lower-case ASCII letters packed into a number, five bits a
/// letter (`a` = 1), so that collecting them allocates nothing.
pub(super) type Code = u32;

fn pack(letters: &[u8]) -> Code {
    letters
        .iter()
        .fold(0, |code, &b| (code << 5) | Code::from(b - b'a' + 1))
}

/// The letters of a [`Code`], written into `buf`.
pub(super) fn letters(mut code: Code, buf: &mut [u8; MAX_INITIALS]) -> &str {
    let mut n = 0;
    while code != 0 && n < MAX_INITIALS {
        buf[n] = b'a' + (code & 31) as u8 - 1;
        code >>= 5;
        n += 1;
    }
    buf[..n].reverse();
    std::str::from_utf8(&buf[..n]).unwrap_or("")
}

/// The initialisms of one run's initials: its leading and trailing words, and any two words
/// ending in a role noun (`Prime Minister` is `PM`, `Attorney General` `AG`): titles are asked
/// for by two letters, other names by three or more.
fn emit(run: &[u8], roles: &[bool], f: &mut impl FnMut(Code)) {
    let n = run.len();
    for i in 1..n {
        if roles.get(i).copied().unwrap_or(false) {
            f(pack(&run[i - 1..=i]));
        }
    }
    for len in MIN_INITIALS..=MAX_INITIALS.min(n) {
        let (lead, tail) = (&run[..len], &run[n - len..]);
        f(pack(lead));
        if tail != lead {
            f(pack(tail));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The letters of every code `find` gives for `text`.
    fn codes(text: &str, find: impl Fn(&str, &mut dyn FnMut(Code))) -> Vec<String> {
        let mut out = Vec::new();
        let mut buf = [0u8; MAX_INITIALS];
        find(text, &mut |c| out.push(letters(c, &mut buf).to_string()));
        out
    }

    fn all(text: &str) -> Vec<String> {
        codes(text, |t, f| initialisms(t, f))
    }

    #[test]
    fn names_of_organisations_and_titles_give_their_initials() {
        let a = all("Nathalie Moreau-Lind, a senior fellow at the European Policy Centre, said.");
        assert!(a.contains(&"epc".to_string()), "{a:?}");
        let a = all("Late on Friday the National Security and Defence Council met.");
        assert!(a.contains(&"nsdc".to_string()), "{a:?}");
        let a = all("a fellow at the Kyiv-based Center for Defense Strategies");
        assert!(a.contains(&"cds".to_string()), "{a:?}");
        let a = all("Chief Financial Officer Henrik Aas said freight costs rose.");
        assert!(a.contains(&"cfo".to_string()), "{a:?}");
        let a = all("Royal College of Nursing regional director Gareth Lowe said");
        assert!(a.contains(&"rcn".to_string()), "{a:?}");
    }

    fn spelt_out(text: &str) -> Vec<String> {
        codes(text, |t, f| abbreviated_phrases(t, f))
    }

    #[test]
    fn a_common_phrase_gives_the_abbreviation_a_lexicon_knows() {
        assert_eq!(
            spelt_out("They freed 84 Prisoners of War on Sunday."),
            ["pow"]
        );
        assert_eq!(spelt_out("a prisoner of war, he said"), ["pow"]);
        assert_eq!(spelt_out("The gross domestic product fell."), ["gdp"]);
        // Punctuation inside the phrase breaks it.
        assert_eq!(spelt_out("the prisoner, of war"), Vec::<String>::new());
        assert_eq!(spelt_out("the prisoner of"), Vec::<String>::new());
    }

    #[test]
    fn a_two_word_title_gives_two_initials() {
        // "PM", "VP", "AG": titles are asked for by two letters; names and places are not.
        let a = all("Polish Prime Minister Donald Tusk also arrived in Kyiv.");
        assert!(a.contains(&"pm".to_string()), "{a:?}");
        let a = all("said Attorney General Ana Ruiz");
        assert!(a.contains(&"ag".to_string()), "{a:?}");
        let a = all("the New York Times and President Trump");
        assert!(!a.iter().any(|x| x.len() == 2), "{a:?}");
    }

    #[test]
    fn punctuation_lower_case_words_and_short_runs_end_a_name() {
        // "Kyiv, Ukraine" is two names. (A list joined by "and" gives initials no one asks for:
        // harmless, as they match only what the list's sentence says.)
        assert_eq!(
            all("talks in Kyiv, Ukraine, on Friday"),
            Vec::<String>::new()
        );
        assert_eq!(all("Donald Trump said"), Vec::<String>::new());
        assert_eq!(all("the Bank of England."), Vec::<String>::new());
        assert_eq!(all("the Bank of"), Vec::<String>::new());
        // A capitalised "The" opening a sentence gives no initial.
        assert_eq!(all("The Environment Agency said"), Vec::<String>::new());
        // Quotation marks before a word start a new run.
        assert!(!all("Rubio told “Face the Nation” that").contains(&"rfn".to_string()));
    }
}
