//! How common an English word is in general use, on the Zipf scale (log10 of its uses per billion
//! words: 7 for "the", 5.5 for "job", 4.4 for "pope"), from wordfreq's estimates over many
//! corpora, and whether WordNet takes it most often as a noun; generated into `frequency.txt` by
//! `scripts/wordfreq-zipf.py`. A word the articles lack says more the rarer it is in English:
//! "tariffs" names a topic, "still" or "biggest" is only a way of asking.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

/// One line per Zipf value in tenths: the value, a tab, its words separated by spaces, a noun
/// marked [`NOUN_MARK`]. `#` lines are the licence and provenance.
const TABLE: &str = include_str!("frequency.txt");

/// The tenths the table's values are given in.
const TENTHS: f32 = 10.0;

/// The mark after a word WordNet takes most often as a noun.
const NOUN_MARK: char = '*';

/// How a common English word is used.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Usage {
    /// Its Zipf frequency.
    pub zipf: f32,
    /// Is it most often a noun ("oil", "job"), rather than a verb, adjective or adverb?
    pub noun: bool,
}

fn table() -> &'static FxHashMap<&'static str, (u8, bool)> {
    static MAP: OnceLock<FxHashMap<&'static str, (u8, bool)>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = FxHashMap::default();
        for line in TABLE.lines().filter(|l| !l.starts_with('#')) {
            let Some((value, words)) = line.split_once('\t') else {
                continue;
            };
            let Ok(value) = value.parse::<u8>() else {
                continue;
            };
            for w in words.split(' ') {
                match w.strip_suffix(NOUN_MARK) {
                    Some(noun) => map.insert(noun, (value, true)),
                    None => map.insert(w, (value, false)),
                };
            }
        }
        map
    })
}

/// How a lower-case word is used in general English, or `None` when it is rarer than the table
/// lists (about once in a hundred thousand words), a name, or no English word at all.
pub fn usage(word: &str) -> Option<Usage> {
    table().get(word).map(|&(v, noun)| Usage {
        zipf: f32::from(v) / TENTHS,
        noun,
    })
}

#[cfg(test)]
mod tests {
    use super::usage;

    #[test]
    fn common_words_are_listed_with_their_part_of_speech_and_rare_ones_not() {
        let z = |w| usage(w).map_or(0.0, |u| u.zipf);
        assert!(z("the") > 7.0);
        assert!(
            z("still") > z("job") && z("job") > z("pope") && z("pope") > 4.0,
            "{}",
            z("job")
        );
        assert!(usage("oil").is_some_and(|u| u.noun));
        assert!(usage("biggest").is_some_and(|u| !u.noun));
        assert!(usage("still").is_some_and(|u| !u.noun));
        assert_eq!(usage("zelenskyy"), None);
        // Rarer than the table lists: "tariffs", "memorandum".
        assert_eq!(usage("tariffs"), None);
        assert_eq!(usage("memorandum"), None);
        assert_eq!(usage(""), None);
    }
}
