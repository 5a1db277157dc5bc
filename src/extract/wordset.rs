//! Case-insensitive word lists, bucketed by byte length once on first use, so the per-token
//! lookups extraction makes neither hash nor allocate: an ASCII word is compared (ignoring ASCII
//! case) only against the few list words of its length.

use std::sync::OnceLock;

/// Longer words are never in a list.
const MAX_LEN: usize = 40;

/// A static word list looked up ignoring case.
pub struct WordSet {
    words: &'static [&'static str],
    /// `by_len[n]`: the lower-cased list words of `n` bytes.
    by_len: OnceLock<Vec<Vec<String>>>,
}

impl WordSet {
    pub const fn new(words: &'static [&'static str]) -> WordSet {
        WordSet {
            words,
            by_len: OnceLock::new(),
        }
    }

    fn table(&self) -> &[Vec<String>] {
        self.by_len.get_or_init(|| {
            let mut t = vec![Vec::new(); MAX_LEN + 1];
            for w in self.words {
                let l = w.to_lowercase();
                if let Some(b) = t.get_mut(l.len()) {
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
            return table[w.len()]
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
        table.get(w.len()).is_some_and(|b| b.iter().any(|x| x == w))
    }
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
