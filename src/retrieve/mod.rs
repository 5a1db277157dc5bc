//! Retrieval: the search index over facts and quotes, typo-tolerant query matching, synonyms
//! and question intent.
//!
//! - [`text`]: folding, word splitting, stop words, stemming.
//! - [`index`]: the BM25 [`Index`] and its fast path [`Index::search`].
//! - [`typo`]: SymSpell-style correction against the corpus vocabulary.
//! - [`intent`]: what a question asks for.
//! - [`synonyms`]: the admin-extendable synonym groups of `synonyms.toml`.

pub mod index;
pub mod intent;
pub mod synonyms;
pub mod text;
pub mod typo;

pub use index::{Doc, DocKind, Index, Query, ScoredDoc, Slot};
pub use intent::{Intent, IntentKind};
pub use synonyms::Synonyms;

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
