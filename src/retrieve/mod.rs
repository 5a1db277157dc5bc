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
