//! Completion over the corpus vocabulary: the word someone is typing, and the family of an unknown
//! word (`disagreed` for `disagreement`) where stemming does not join them.

use super::index::Index;

/// How many corpus words with the typed prefix are weighed before the most common is chosen.
const COMPLETION_CANDIDATES: usize = 2000;
/// How many corpus words sharing an unknown word's prefix join its family.
const FAMILY_MAX: usize = 8;

impl Index {
    /// The most common corpus word starting with `prefix` (a folded, partly typed word), for
    /// completing what someone is typing. Ties go to the shorter, then alphabetically first word.
    pub fn complete(&self, prefix: &str) -> Option<String> {
        if prefix.is_empty() {
            return None;
        }
        let words = self.sorted_words();
        let from = words.partition_point(|(w, _)| &**w < prefix);
        words[from..]
            .iter()
            .take_while(|(w, _)| w.starts_with(prefix))
            .take(COMPLETION_CANDIDATES)
            .max_by(|a, b| {
                a.1.cmp(&b.1)
                    .then(b.0.len().cmp(&a.0.len()))
                    .then(b.0.cmp(&a.0))
            })
            .map(|(w, _)| w.to_string())
    }

    /// Corpus words of the same family as an unknown word: sharing its first 80% (at least five
    /// letters), as `disagreed` and `disagreement` do where stemming does not join them.
    pub(super) fn family(&self, word: &str) -> Vec<u32> {
        let chars: Vec<char> = word.chars().collect();
        let keep = (chars.len() * 4).div_ceil(5).max(5);
        if chars.len() < 6 || keep > chars.len() {
            return Vec::new();
        }
        let prefix: String = chars[..keep].iter().collect();
        let words = self.sorted_words();
        let from = words.partition_point(|(w, _)| **w < *prefix);
        let mut out: Vec<u32> = Vec::new();
        for (w, _) in words[from..]
            .iter()
            .take_while(|(w, _)| w.starts_with(prefix.as_str()))
            .take(FAMILY_MAX)
        {
            if let Some(&t) = self.surfaces.get(w) {
                if !out.contains(&t) {
                    out.push(t);
                }
            }
        }
        out
    }

    fn sorted_words(&self) -> &[(Box<str>, u32)] {
        self.sorted_words.get_or_init(|| {
            let mut v: Vec<(Box<str>, u32)> = self
                .surfaces
                .iter()
                .filter(|(_, &t)| self.known(t))
                .map(|(w, &t)| {
                    (
                        w.clone(),
                        self.surface_df.get(t as usize).copied().unwrap_or(0),
                    )
                })
                .collect();
            v.sort_unstable();
            v
        })
    }
}
