//! Parley answers questions about the articles it was given with the verbatim quote, who said it
//! and where it was reported.
//!
//! # Layout
//! - [`model`]: the data at the bottom — sources, facts, quotes, people, ids; imports nothing else.
//! - [`lexicon`]: the word lists extraction and question analysis share (verbs of speech).
//! - [`source`]: article files — front matter, paragraphs, section headings, byte offsets.
//! - [`extract`]: sentences (facts), direct quotes, their speakers, and the people named.
//! - [`kb`]: the immutable knowledge base built from a data directory, with `curated.toml` applied.
//! - [`retrieve`]: the typo-tolerant search index over facts and quotes, owned by the knowledge base.
//! - [`import`]: a news page or file turned into a clean article, checked, written atomically.
//! - [`feedback`]: the questions asked and the votes on answers, for the gaps report.
//! - [`answer`]: the entry points the CLI and the bot call (`ask`, `suggest`, …).
//! - [`reply`]: the plain reply value, its wording and its rendering within Discord's limits.
//! - [`cli`]: what the `parley` commands print, and the chat loop.
//! - [`settings`]: the one `Settings` value, from `config/` and the environment.
//! - [`discord`]: the serenity adapter — the only module that knows Discord or tokio.
//!
//! Everything but [`discord`] is synchronous Rust with no I/O beyond reading the data directory.

pub mod answer;
pub mod cli;
#[cfg(feature = "discord")]
pub mod discord;
pub mod error;
pub mod extract;
pub mod feedback;
pub mod import;
pub mod kb;
pub mod lexicon;
pub mod model;
pub mod reply;
pub mod retrieve;
pub mod settings;
pub mod source;

pub use answer::{ask, suggest, Answer, AskOptions, Hit};
pub use error::{DataError, DataErrors, Error, Result};
pub use kb::KnowledgeBase;
pub use model::Kind;
pub use reply::Reply;
pub use settings::Settings;
