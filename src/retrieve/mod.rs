//! Retrieval: the search index over facts and quotes, typo-tolerant query matching, synonyms
//! and question intent.

use std::path::Path;

use crate::error::DataErrors;
use crate::kb::{Person, Source};

/// Admin-extendable synonym groups from `synonyms.toml`.
#[derive(Debug, Clone, Default)]
pub struct Synonyms {
    pub groups: Vec<Vec<String>>,
}

impl Synonyms {
    pub fn parse(_file: &Path, _text: &str) -> Result<Synonyms, DataErrors> {
        Ok(Synonyms::default())
    }
}

/// The search index (PLACEHOLDER until the retriever lands).
#[derive(Debug, Default)]
pub struct Index {}

impl Index {
    pub fn build(_sources: &[Source], _people: &[Person], _synonyms: Synonyms) -> Index {
        Index {}
    }
}
