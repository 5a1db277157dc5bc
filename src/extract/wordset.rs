//! Case-insensitive word lists as hash sets, built once on first use, so the per-token lookups
//! extraction makes stay constant-time.

use std::collections::HashSet;
use std::sync::OnceLock;

/// A static word list looked up ignoring case.
pub struct WordSet {
    words: &'static [&'static str],
    set: OnceLock<HashSet<String>>,
}

impl WordSet {
    pub const fn new(words: &'static [&'static str]) -> WordSet {
        WordSet {
            words,
            set: OnceLock::new(),
        }
    }

    /// Is `w` in the list, ignoring case?
    pub fn contains(&self, w: &str) -> bool {
        if w.is_empty() || w.len() > 40 {
            return false;
        }
        let set = self
            .set
            .get_or_init(|| self.words.iter().map(|w| w.to_lowercase()).collect());
        if w.chars().any(char::is_uppercase) {
            set.contains(&w.to_lowercase())
        } else {
            set.contains(w)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static SET: WordSet = WordSet::new(&["Said", "envoy"]);

    #[test]
    fn ignores_case() {
        assert!(SET.contains("said") && SET.contains("SAID") && SET.contains("Envoy"));
        assert!(!SET.contains("sai") && !SET.contains(""));
    }
}
