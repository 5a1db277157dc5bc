//! Phrases of everyday English in a question ("step down", "carry out"): runs of its words that
//! are a multi-word verb, adverb or adjective of the lexicon, matched by their stems, with the
//! single words of the phrase's sense.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use super::text::is_stop;
use crate::lexicon::{irregular_forms, phrases};

/// The most words a phrase of the lexicon has ("keep tabs on").
const MAX_PHRASE_WORDS: usize = 3;

/// A run of question words that is a phrase of the lexicon ([`phrases`]).
pub(super) struct PhraseSpan {
    pub start: usize,
    pub end: usize,
    /// The phrase's first content word, whose slot stands for the phrase.
    pub head: usize,
    /// The one-word words of the phrase's sense.
    pub related: Vec<&'static str>,
}

/// A word's stem after its irregular verb's base ("gave" → "give").
fn base_stem(stem: &rust_stemmers::Stemmer, w: &str) -> String {
    let base = irregular_forms(w).map_or(w, |(b, _)| b);
    stem.stem(base).into_owned()
}

/// The lexicon's phrases keyed by their words' stems joined by spaces, built once.
fn phrase_table(stem: &rust_stemmers::Stemmer) -> &'static FxHashMap<String, &'static str> {
    static TABLE: OnceLock<FxHashMap<String, &'static str>> = OnceLock::new();
    TABLE.get_or_init(|| {
        phrases()
            .map(|(p, related)| {
                let key: Vec<String> = p.split(' ').map(|w| base_stem(stem, w)).collect();
                (key.join(" "), related)
            })
            .collect()
    })
}

/// The runs of `plain` (folded question words) that are phrases of the lexicon, longest first,
/// each with a content word.
pub(super) fn phrase_spans(stem: &rust_stemmers::Stemmer, plain: &[String]) -> Vec<PhraseSpan> {
    let table = phrase_table(stem);
    let stems: Vec<String> = plain.iter().map(|w| base_stem(stem, w)).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < stems.len() {
        let found = (2..=MAX_PHRASE_WORDS).rev().find_map(|n| {
            let key = stems.get(i..i + n)?.join(" ");
            let related = table.get(&key)?;
            let head = (i..i + n).find(|&j| !is_stop(&plain[j]))?;
            Some(PhraseSpan {
                start: i,
                end: i + n,
                head,
                related: related.split(' ').collect(),
            })
        });
        match found {
            Some(p) => {
                i = p.end;
                out.push(p);
            }
            None => i += 1,
        }
    }
    out
}
