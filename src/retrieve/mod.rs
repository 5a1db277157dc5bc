//! Retrieval: the search index over facts and quotes, typo-tolerant query matching, synonyms
//! and question intent.
//!
//! - [`text`]: folding, word splitting, stop words, stemming.
//! - [`index`]: the [`Index`]: terms, postings, people's terms; built once per knowledge base.
//! - `initialisms`: the initials of the names articles write out (`EPC`), indexed as terms.
//! - [`query`]: a question analysed into its intent and weighted content words ([`Query`]).
//! - `phrases`: the lexicon's multi-word verbs and adverbs in a question ("step down").
//! - `score`: the BM25 formula and idf — the one file to change to swap the scorer.
//! - [`context`]: the question words a hit's neighbouring sentences hold (for the gate).
//! - [`search`]: candidates by BM25 with pruning, then the rerank with an early exit.
//! - [`rerank`]: proximity and intent bonuses; `weights`: those bonuses as one named [`Weights`].
//! - `complete`: completing a partly typed word; a word's family.
//! - [`typo`]: SymSpell-style correction against the corpus vocabulary.
//! - [`intent`]: what a question asks for.
//! - [`synonyms`]: the admin-extendable synonym groups of `synonyms.toml`.

mod complete;
pub mod context;
pub mod index;
mod initialisms;
pub mod intent;
mod phrases;
pub mod query;
pub mod rerank;
mod score;
pub mod search;
pub mod synonyms;
#[cfg(test)]
mod tests;
pub mod text;
pub mod typo;
mod weights;

pub use index::{Doc, Index};
pub use intent::{Intent, IntentKind};
pub use query::{Query, Slot};
pub use search::ScoredDoc;
pub use synonyms::Synonyms;
pub use weights::{Weights, WEIGHTS};

/// The stems of a text's words other than stop words, each once: what two sentences share when
/// they say the same thing ("needs stability" and "need stability").
pub fn content_stems(s: &str) -> Vec<String> {
    let stem = text::stemmer();
    let mut out: Vec<String> = Vec::new();
    for w in fold_words(s) {
        if text::is_stop(&w) {
            continue;
        }
        let st = stem.stem(&w).into_owned();
        if !out.contains(&st) {
            out.push(st);
        }
    }
    out
}

/// The folded words of a text (compound parts, not their joined forms), stop words included.
pub fn fold_words(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    text::words(&text::fold(s), |w| {
        if !w.joined {
            out.push(w.text)
        }
    });
    out
}
