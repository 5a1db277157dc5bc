//! Words a general lexicon relates to a word: WordNet 3.0's synonyms and derived forms of each
//! common English word's most frequent sense ("kid" → "child", "phone" → "telephone"), generated
//! into `related.txt` by `scripts/wordnet-related.py`.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

/// One line per word: the word, a tab, its related words separated by spaces. `#` lines are the
/// licence and provenance.
const TABLE: &str = include_str!("related.txt");

/// WordNet's detachment rules ("morphy") for an inflected word's base forms: (suffix,
/// replacement). Every rule that applies is tried, as WordNet does.
const DETACHMENTS: &[(&str, &str)] = &[
    ("ies", "y"),
    ("ses", "s"),
    ("xes", "x"),
    ("zes", "z"),
    ("ches", "ch"),
    ("shes", "sh"),
    ("men", "man"),
    ("es", "e"),
    ("es", ""),
    ("s", ""),
    ("ed", "e"),
    ("ed", ""),
    ("ing", "e"),
    ("ing", ""),
    ("er", ""),
    ("est", ""),
];

/// The shortest base form a detachment may leave.
const MIN_BASE_LEN: usize = 2;

fn table() -> &'static FxHashMap<&'static str, &'static str> {
    static TABLE_MAP: OnceLock<FxHashMap<&'static str, &'static str>> = OnceLock::new();
    TABLE_MAP.get_or_init(|| {
        TABLE
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .collect()
    })
}

/// The words related to `word` (folded, lower case) or to its base forms ("swaps" → "swap"), in
/// the table's order, each once. Empty for a word the lexicon does not hold.
pub fn related_words(word: &str) -> Vec<&'static str> {
    let table = table();
    let mut out: Vec<&'static str> = Vec::new();
    let mut add = |base: &str| {
        for w in table.get(base).into_iter().flat_map(|r| r.split(' ')) {
            if w != word && !out.contains(&w) {
                out.push(w);
            }
        }
    };
    add(word);
    for (suffix, replacement) in DETACHMENTS {
        if let Some(stem) = word.strip_suffix(suffix) {
            if stem.len() >= MIN_BASE_LEN {
                add(&format!("{stem}{replacement}"));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_and_its_inflections_find_their_related_words() {
        assert!(related_words("phone").contains(&"telephone"));
        assert!(related_words("kids").contains(&"child"));
        // The irregular forms of related words, which a stemmer does not fold.
        assert!(related_words("kids").contains(&"children"));
        assert!(related_words("swaps").contains(&"trade"));
        assert!(related_words("handling").contains(&"manage"));
        assert!(related_words("scared").contains(&"frightened"));
        assert!(!related_words("swaps").contains(&"swaps"));
        // No hypernyms: a more general word ("diplomat" for "ambassador") says less.
        assert!(!related_words("ambassador").contains(&"diplomat"));
    }

    #[test]
    fn words_the_lexicon_lacks_have_none() {
        assert!(related_words("zelensky").is_empty());
        assert!(related_words("").is_empty());
        assert!(related_words("s").is_empty());
    }

    #[test]
    fn every_line_is_a_word_a_tab_and_lower_case_words() {
        let mut n = 0;
        for line in TABLE.lines().filter(|l| !l.starts_with('#')) {
            let (word, related) = line.split_once('\t').expect(line);
            assert!(!word.is_empty() && !related.is_empty(), "{line}");
            for w in std::iter::once(word).chain(related.split(' ')) {
                assert!(
                    !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                    "{line}"
                );
            }
            n += 1;
        }
        assert_eq!(n, table().len());
        assert!(n > 10_000, "{n}");
    }
}
