//! One article as the knowledge base holds it: its metadata, text, and what was extracted from it.

use std::path::PathBuf;

use serde::Serialize;

use super::{Fact, Person, Quote, Statement};

/// What an article says about itself. Only `title` always has a value (the file stem by default).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct SourceMeta {
    pub title: String,
    pub outlet: Option<String>,
    pub url: Option<String>,
    /// Publication date, `YYYY-MM-DD`.
    pub published: Option<String>,
    pub author: Option<String>,
}

/// One article as loaded into the knowledge base.
#[derive(Debug, Clone, Serialize)]
pub struct Source {
    /// Stable id: the file stem, lower-cased, with anything but `a-z0-9_-` turned into `-`.
    pub id: String,
    /// Path of the file, relative to the data directory when loaded from one.
    pub file: PathBuf,
    #[serde(flatten)]
    pub meta: SourceMeta,
    #[serde(skip)]
    pub text: String,
    pub facts: Vec<Fact>,
    pub quotes: Vec<Quote>,
    /// Reported speech: sentences in which a named person says something without quote marks.
    #[serde(default)]
    pub statements: Vec<Statement>,
    pub people: Vec<Person>,
}

impl Source {
    pub fn fact(&self, id: &str) -> Option<&Fact> {
        self.facts.iter().find(|f| f.id == id)
    }

    pub fn quote(&self, id: &str) -> Option<&Quote> {
        self.quotes.iter().find(|q| q.id == id)
    }

    pub fn statement(&self, id: &str) -> Option<&Statement> {
        self.statements.iter().find(|s| s.id == id)
    }
}
