//! The names a hit holds, read from its capitalised words, and whether it names what a "which
//! city / which party / which country" question asks for: a name of that kind the question does
//! not hold. "Which city is the head office in?" is answered by "…its head office in Oslo", not by
//! "…said the head office would shrink".

use rustc_hash::FxHashSet;

use super::hit::Hit;
use crate::kb::KnowledgeBase;
use crate::lexicon::frequency::usage;
use crate::lexicon::questions::{kind_noun, NameKind};
use crate::lexicon::{
    describes_person, is_country_name, is_place_preposition, names_country, same_country,
};
use crate::retrieve::text::{is_date_word, is_stop};
use crate::retrieve::{fold_words, Query};

/// The fewest letters of a word in capitals only that make it an acronym ("ZDF"), not the
/// pronoun "I".
const MIN_ACRONYM_LETTERS: usize = 2;

/// One word of a hit.
pub(super) struct HitWord {
    /// Folded (lower case, no punctuation).
    pub word: String,
    /// Does it open with a capital, past any opening punctuation ("(ACEM)", "“Harriers")?
    pub capital: bool,
    /// Does it open the hit or a sentence or quote inside it?
    pub opens: bool,
    /// Is it written in capitals only, [`MIN_ACRONYM_LETTERS`] or more ("ZDF", "BBC")?
    pub acronym: bool,
}

/// Does a word of a hit open with a capital, past any opening punctuation ("(ACEM)",
/// "“Harriers")? Such words name people, places and bodies.
pub(super) fn capitalised(raw: &str) -> bool {
    raw.trim_start_matches(|c: char| !c.is_alphanumeric())
        .starts_with(char::is_uppercase)
}

/// The words of a hit's text, split at white space.
pub(super) fn hit_words(text: &str) -> Vec<HitWord> {
    let mut out = Vec::new();
    let mut after_stop = true;
    for raw in text.split_whitespace() {
        let bare = raw.trim_start_matches(|c: char| !c.is_alphanumeric());
        out.push(HitWord {
            word: fold_words(raw).into_iter().next().unwrap_or_default(),
            capital: capitalised(raw),
            opens: after_stop || bare.len() < raw.len() && raw.starts_with(['“', '"', '‘', '\'']),
            acronym: {
                let letters = bare.trim_end_matches(|c: char| !c.is_alphanumeric());
                letters.chars().count() >= MIN_ACRONYM_LETTERS
                    && letters.chars().all(|c| c.is_ascii_uppercase())
            },
        });
        let end = raw.trim_end_matches(['”', '"', '’', '\'', ')']);
        after_stop = end.ends_with(['.', '?', '!', ':']);
    }
    out
}

/// The runs of consecutive capitalised words of a hit, as index ranges.
pub(super) fn capitalised_runs(words: &[HitWord]) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        let start = (i..words.len()).find(|&j| words[j].capital)?;
        let end = (start..words.len())
            .find(|&j| !words[j].capital)
            .unwrap_or(words.len());
        i = end;
        Some((start, end))
    })
}

/// What a hit names of the kind a "which …" question asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Naming {
    /// Nothing of the kind that the question does not name.
    None,
    /// A name that may be of the kind ("Oslo" for "which city").
    Some,
    /// A name holding a noun of the kind ("Mold Crown Court" for "which court").
    Surely,
}

/// What each hit names of the kind a "which …" question asks for.
pub(super) fn namings(kb: &KnowledgeBase, q: &Query, kind: NameKind, hits: &[Hit]) -> Vec<Naming> {
    let people: FxHashSet<&str> = kb
        .name_words()
        .iter()
        .flatten()
        .map(String::as_str)
        .collect();
    hits.iter()
        .map(|h| naming(q, kind, &people, &h.text))
        .collect()
}

/// What a hit's text names of `kind` that the question does not: a run of capitalised words,
/// less the question's words, a sentence's opening word of English, function words, days,
/// months, people's names and titles. A country is a run naming a country the question does not
/// (a capital stands for its country); a place, one naming no country, right after a word that
/// puts a place after it ("in Oslo") or a capital itself; a body, one that is not only a country
/// or capital; a person, a run holding a known person's name. A run holding a noun of the kind
/// ("Crown Court") is surely of it.
fn naming(q: &Query, kind: NameKind, people: &FxHashSet<&str>, text: &str) -> Naming {
    let asked = |w: &str| q.words.iter().any(|x| x == w);
    let words = hit_words(text);
    let mut best = Naming::None;
    for (start, end) in capitalised_runs(&words) {
        let run = &words[start..end];
        // A person: a known person's name the question does not hold.
        if kind == NameKind::Person {
            if run
                .iter()
                .any(|w| people.contains(w.word.as_str()) && !asked(&w.word))
            {
                best = Naming::Surely;
            }
            continue;
        }
        let named: Vec<&HitWord> = run
            .iter()
            .enumerate()
            .filter(|(i, w)| !(*i == 0 && w.opens && usage(&w.word).is_some()))
            .map(|(_, w)| w)
            .filter(|w| {
                let w = w.word.as_str();
                !asked(w)
                    && !is_stop(w)
                    && !is_date_word(w)
                    && !people.contains(w)
                    && !describes_person(w)
            })
            .collect();
        if named.is_empty() {
            continue;
        }
        // A country's name of several words ("United States", "New Zealand"), read whole.
        let joined = run
            .iter()
            .map(|w| w.word.as_str())
            .collect::<Vec<_>>()
            .join("-");
        let country = run.len() > 1 && is_country_name(&joined);
        let surely = !country && run.iter().any(|w| kind_noun(&w.word) == Some(kind));
        let capital = named.iter().any(|w| names_country(&w.word));
        // A name of common English words only ("Parliament", "the Government") names an
        // institution, not one of its kind; a name of a kind ("Westport Circuit Court") or with
        // a word of its own ("Harwood Homes", "ZDF") may.
        let proper =
            surely || capital || named.iter().any(|w| w.acronym || usage(&w.word).is_none());
        let of_kind = match kind {
            NameKind::Country => {
                let other = |c: &str| !q.words.iter().any(|x| same_country(x, c));
                country && other(&joined)
                    || named
                        .iter()
                        .any(|w| names_country(&w.word) && other(&w.word))
            }
            NameKind::Place => {
                let placed = start > 0 && is_place_preposition(&words[start - 1].word);
                !country
                    && !run.iter().any(|w| is_country_name(&w.word))
                    && proper
                    && (placed || capital || surely)
            }
            NameKind::Body => proper && !named.iter().all(|w| names_country(&w.word)),
            // Read above, from the people's names.
            NameKind::Person => false,
        };
        if of_kind {
            best = best.max(if surely { Naming::Surely } else { Naming::Some });
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_open_sentences_and_quotes() {
        let ws = hit_words("Sales fell. “We will” go to Oslo");
        let opens: Vec<bool> = ws.iter().map(|w| w.opens).collect();
        assert_eq!(opens, [true, false, true, false, false, false, false]);
        let acronyms: Vec<bool> = hit_words("told ZDF, “I” and Nato")
            .iter()
            .map(|w| w.acronym)
            .collect();
        assert_eq!(acronyms, [false, true, false, false, false]);
        let runs: Vec<(usize, usize)> = capitalised_runs(&ws).collect();
        assert_eq!(runs, [(0, 1), (2, 3), (6, 7)]);
    }
}
