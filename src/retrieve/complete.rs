//! Completion over the corpus vocabulary: the word someone is typing, the family of an unknown
//! word (`disagreed` for `disagreement`) where stemming does not join them, and the name a
//! clipped word stands for (`tipp` for Tipperary).

use super::index::Index;
use crate::lexicon::frequency::usage;

/// How many corpus words with the typed prefix are weighed before the most common is chosen.
const COMPLETION_CANDIDATES: usize = 2000;
/// How many corpus words sharing an unknown word's prefix join its family.
const FAMILY_MAX: usize = 8;
/// The fewest letters of a clipped name (`tipp`): shorter openings fit too many words.
const CLIPPED_MIN_LEN: usize = 4;
/// The fewest letters a clipped name leaves off (`tipp` of `tipperary`): one or two are a typo's.
const CLIPPED_MIN_REST: usize = 3;

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

    /// The one word of the articles that `short` (a folded word, no English word) opens by at
    /// least [`CLIPPED_MIN_REST`] more letters, itself no English word, and its term: a name
    /// clipped as sports and local copy clip them (`tipp` for Tipperary). None when it opens
    /// several.
    pub(super) fn clipped_name(&self, short: &str) -> Option<(String, u32)> {
        if short.chars().count() < CLIPPED_MIN_LEN {
            return None;
        }
        let words = self.sorted_words();
        let from = words.partition_point(|(w, _)| &**w < short);
        let mut found = words[from..]
            .iter()
            .take_while(|(w, _)| w.starts_with(short))
            .filter(|(w, _)| w.len() >= short.len() + CLIPPED_MIN_REST && usage(w).is_none());
        let (w, _) = found.next()?;
        if found.next().is_some() {
            return None;
        }
        let &t = self.surfaces.get(w)?;
        Some((w.to_string(), t))
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
