//! Case-insensitive word lists, bucketed by byte length once on first use, so the per-token
//! lookups extraction makes neither hash nor allocate: an ASCII word is compared (ignoring ASCII
//! case) only against the few list words of its length. Also the one check that words hold a
//! phrase of a list.

use std::sync::OnceLock;

/// Longer words are never in a list.
const MAX_LEN: usize = 40;

struct Table {
    by_len: Vec<Vec<String>>,
    /// `letters[n]`: a bit per first byte (see [`letter_bit`]) of the list words of `n` bytes.
    letters: [u64; MAX_LEN + 1],
}

/// A bit for a lower-case first byte: `a`–`z` their own, every other byte the shared bit 63.
fn letter_bit(b: u8) -> u64 {
    if b.is_ascii_lowercase() {
        1 << (b - b'a')
    } else {
        1 << 63
    }
}

/// A static word list looked up ignoring case.
pub struct WordSet {
    words: &'static [&'static str],
    /// `by_len[n]`: the lower-cased list words of `n` bytes.
    by_len: OnceLock<Table>,
}

impl WordSet {
    pub const fn new(words: &'static [&'static str]) -> WordSet {
        WordSet {
            words,
            by_len: OnceLock::new(),
        }
    }

    fn table(&self) -> &Table {
        self.by_len.get_or_init(|| {
            let mut t = Table {
                by_len: vec![Vec::new(); MAX_LEN + 1],
                letters: [0; MAX_LEN + 1],
            };
            for w in self.words {
                let l = w.to_lowercase();
                let n = l.len();
                if let Some(b) = t.by_len.get_mut(n) {
                    t.letters[n] |= letter_bit(l.as_bytes()[0]);
                    if !b.contains(&l) {
                        b.push(l);
                    }
                }
            }
            t
        })
    }

    /// Is `w` in the list, ignoring case?
    pub fn contains(&self, w: &str) -> bool {
        if w.is_empty() || w.len() > MAX_LEN {
            return false;
        }
        let table = self.table();
        if w.is_ascii() {
            // List words are lower case: an ASCII case-insensitive compare is exact.
            let first = w.as_bytes()[0].to_ascii_lowercase();
            if table.letters[w.len()] & letter_bit(first) == 0 {
                return false; // no list word of this length starts so
            }
            return table.by_len[w.len()]
                .iter()
                .any(|x| x.as_bytes()[0] == first && x.eq_ignore_ascii_case(w));
        }
        // Rare: Unicode case folding can change the length (`K`, the Kelvin sign, is `k`).
        let lower;
        let w = if w.chars().any(char::is_uppercase) {
            lower = w.to_lowercase();
            lower.as_str()
        } else {
            w
        };
        table
            .by_len
            .get(w.len())
            .is_some_and(|b| b.iter().any(|x| x == w))
    }
}

/// Do these words hold the phrase as consecutive words?
pub fn has_phrase<S: AsRef<str>>(words: &[S], phrase: &[&str]) -> bool {
    !phrase.is_empty()
        && words
            .windows(phrase.len())
            .any(|w| w.iter().zip(phrase).all(|(a, b)| a.as_ref() == *b))
}

#[cfg(test)]
mod tests {
    use super::*;

    static SET: WordSet = WordSet::new(&["Said", "envoy"]);

    #[test]
    fn ignores_case() {
        assert!(SET.contains("said") && SET.contains("SAID") && SET.contains("Envoy"));
        assert!(!SET.contains("sai") && !SET.contains("") && !SET.contains("saidx"));
        assert!(!SET.contains("énvoy") && !SET.contains(&"x".repeat(41)));
    }

    #[test]
    fn unicode_case_folding_still_applies() {
        static K: WordSet = WordSet::new(&["king"]);
        // U+212A KELVIN SIGN lower-cases to ASCII `k`, as `str::to_lowercase` says.
        assert!(K.contains("\u{212A}ing") && K.contains("KING"));
        assert!(!K.contains("kïng"));
    }
}
