//! The data model at the bottom of every layer: sources and their metadata, facts, quotes, people,
//! the kind of a retrievable item, and stable ids. It imports nothing else of Parley's.

mod ids;
mod items;
mod source;

use serde::Serialize;

pub use ids::{fnv1a, source_id, IdMaker};
pub use items::{Fact, Person, Quote, Statement, FRAGMENT_WORDS};
pub use source::{Source, SourceMeta};

/// What a retrievable item is: a fact (a sentence of an article), a direct quote, or a
/// statement (a sentence of reported speech, with its speaker).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Fact,
    Quote,
    Statement,
}
