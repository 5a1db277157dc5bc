//! People a question names: which known person a name as asked is — every word of it must match
//! one of that person's names, typos tolerated, so "Jake Tapper" is not "Jake Sullivan" — and
//! whether a name is nobody the articles know.

use crate::kb::KnowledgeBase;
use crate::lexicon::{country_word, describes_person, resembles_role_noun};
use crate::retrieve::text::{fold, is_stop};
use crate::retrieve::{fold_words, IntentKind, Query};

/// A word of at least this many bytes may differ from a name by one edit (a typo).
const TYPO_MIN_LEN: usize = 4;
/// A word of at least this many bytes may differ from a name by two edits.
const TWO_TYPOS_MIN_LEN: usize = 7;
/// An asked word this similar (Jaro–Winkler) to a name's word is a misspelling of it
/// ("brite" for "Bright"): names are spelt by ear. Well above unrelated names ("tapper" /
/// "sullivan").
const NAME_SIMILARITY: f64 = 0.85;
/// A name as asked has at most this many words; longer runs are not a name.
const MAX_NAME_WORDS: usize = 5;

/// Who a question names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Named {
    /// No person's name (or a role: "the Kremlin spokesman").
    Nobody,
    /// Known people (indices into the knowledge base's people) every asked word matches.
    Known(Vec<usize>),
    /// A name no article gives, as asked.
    Unknown(String),
    /// A name of two or more words the articles hold as a phrase but extraction did not list as
    /// a person (folded words joined by spaces): named, so never "unknown".
    Unlisted(String),
}

/// Can two words be a name and its misspelling at all? Same first letter, lengths at most two
/// apart: a cheap test that spares the edit-distance work for almost every pair.
fn close(asked: &str, name: &str) -> bool {
    asked.len().abs_diff(name.len()) <= 2 && asked.bytes().next() == name.bytes().next()
}

/// Does an asked word match a word of a name (typos tolerated, or spelt by ear)?
fn word_matches(asked: &str, name: &str) -> bool {
    asked == name || close(asked, name) && fuzzy_matches(asked, name)
}

/// The by-ear or typo match of two close words.
fn fuzzy_matches(asked: &str, name: &str) -> bool {
    typo_matches(asked, name)
        || asked.len() >= TYPO_MIN_LEN && strsim::jaro_winkler(asked, name) >= NAME_SIMILARITY
}

/// Does an asked word match a word of a name, exactly or within a typo's edits?
fn typo_matches(asked: &str, name: &str) -> bool {
    if asked == name {
        return true;
    }
    if !close(asked, name) {
        return false;
    }
    let n = asked.len();
    let edits = if n >= TWO_TYPOS_MIN_LEN {
        2
    } else if n >= TYPO_MIN_LEN {
        1
    } else {
        0
    };
    edits > 0 && strsim::damerau_levenshtein(asked, name) <= edits
}

/// The name a question asks about, as folded words: the subject of "what did X say" / "who is X"
/// (not a role: no leading article), else the first run of two or more capitalised words after
/// the question's first word.
fn asked_name(q: &Query, question: &str) -> Vec<String> {
    if matches!(q.intent.kind, IntentKind::SaidBy | IntentKind::WhoIs) {
        if let Some((a, b)) = q.intent.subject {
            let words = q.words.get(a..b).unwrap_or_default();
            if words
                .first()
                .is_some_and(|w| matches!(w.as_str(), "the" | "a" | "an" | "his" | "her"))
            {
                return Vec::new();
            }
            if several_word_country(words) {
                return Vec::new();
            }
            return words
                .iter()
                .filter(|w| !is_stop(w))
                .take(MAX_NAME_WORDS)
                .cloned()
                .collect();
        }
    }
    let mut run: Vec<&str> = Vec::new();
    for (i, w) in question.split_whitespace().enumerate() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        let capital = w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).any(char::is_lowercase);
        if i > 0 && capital {
            run.push(w);
            continue;
        }
        if run.len() >= 2 {
            break;
        }
        run.clear();
    }
    if run.len() < 2 || run.len() > MAX_NAME_WORDS {
        return Vec::new();
    }
    let words = fold_words(&run.join(" "));
    if several_word_country(&words) {
        return Vec::new();
    }
    words.into_iter().filter(|w| !is_stop(w)).collect()
}

/// Do the words name a country or capital of several words ("New Zealand", "Buenos Aires": keyed
/// hyphenated), a place and no one's name?
fn several_word_country(words: &[String]) -> bool {
    words.len() > 1 && country_word(&words.join("-")).is_some()
}

/// Who a question names: known people, an unknown name, or nobody.
pub(super) fn named(kb: &KnowledgeBase, q: &Query, question: &str) -> Named {
    let mut words = asked_name(q, question);
    if words.is_empty() {
        return Named::Nobody;
    }
    // A description, not a name: a possessive ("cisco's chief exec", or a known person's typed
    // without its apostrophe: "putins foreign policy guy") or a role or source noun last
    // ("ukrainian diplomats", misspelt "top negotiater"); a title before a name ("Judge Smith")
    // is not one.
    let folded = fold(question);
    let names = kb.name_words();
    let someones = |w: &str| {
        w.strip_suffix('s')
            .is_some_and(|b| names.iter().flatten().any(|n| n == b))
    };
    let described = words.last().is_some_and(|w| is_title(w))
        || words
            .iter()
            .any(|w| folded.contains(&format!("{w}'s ")) || folded.ends_with(&format!("{w}'s")))
        || words
            .split_last()
            .is_some_and(|(_, before)| before.iter().any(|w| someones(w)));
    let asked: Vec<String> = words.iter().map(|w| with_capital(w)).collect();
    let whole = words.join(" ");
    let anyone = |w: &str| names.iter().flatten().any(|n| word_matches(w, n));
    // Leading titles ("referee", "Judge", "Prince", misspelt "captian") name nobody: drop them.
    while words.len() > 1 && (!anyone(&words[0]) || is_title(&words[0])) {
        words.remove(0);
    }
    // The question's analysis corrected the word to this name word (`kelog` → `kellogg`, two
    // letters short).
    let corrected_to = |w: &str, n: &str| {
        q.slots
            .iter()
            .any(|s| s.word == w && s.corrected.as_deref() == Some(n))
    };
    let known: Vec<usize> = names
        .iter()
        .enumerate()
        .filter(|(_, ns)| {
            // Every word matches, and one without the looser by-ear similarity.
            words.iter().all(|w| ns.iter().any(|n| word_matches(w, n)))
                && words
                    .iter()
                    .any(|w| ns.iter().any(|n| typo_matches(w, n) || corrected_to(w, n)))
        })
        .map(|(i, _)| i)
        .collect();
    if !known.is_empty() {
        return Named::Known(known);
    }
    // A country ("norways position") is nobody.
    if described || words.iter().all(|w| country_word(w).is_some()) {
        return Named::Nobody;
    }
    // A word no article has: a person the articles never name. Known words only (`Moscow`,
    // `Kremlin`) are a place or an institution, not a person.
    if words.iter().any(|w| kb.index().term_of(w).is_none()) {
        return Named::Unknown(asked.join(" "));
    }
    if asked.len() >= 2 && !is_role(kb, &words) {
        return Named::Unlisted(whole);
    }
    Named::Nobody
}

/// Is a word a title or role noun, or one misspelt (`captian`, `sargent`)?
fn is_title(w: &str) -> bool {
    describes_person(w) || w.len() >= TYPO_MIN_LEN && resembles_role_noun(w)
}

/// Is every word a word of some known person's role ("Ukraine's lead negotiator", "national
/// security adviser")? Such a phrase asks for a role's holder: it is not a name.
fn is_role(kb: &KnowledgeBase, words: &[String]) -> bool {
    let roles: Vec<String> = kb
        .people()
        .iter()
        .filter_map(|p| p.role.as_deref())
        .flat_map(fold_words)
        .collect();
    words
        .iter()
        .filter(|w| !is_stop(w))
        .all(|w| roles.iter().any(|r| r == w))
}

/// A word with its first letter in capitals (`mirza` → `Mirza`).
pub(super) fn with_capital(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::is_title;

    #[test]
    fn titles_misspelt_or_not_are_titles_and_names_are_not() {
        for w in ["captain", "captian", "judge", "minster", "spokesman"] {
            assert!(is_title(w), "{w}");
        }
        for w in ["catrin", "kovalenko", "maria", "jake"] {
            assert!(!is_title(w), "{w}");
        }
    }
}
