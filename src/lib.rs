//! Parley answers questions about the articles it was given with the verbatim quote, who said it
//! and where it was reported.
//!
//! # Layout
//! - [`source`]: article files — front matter, paragraphs, section headings, byte offsets.
//! - [`extract`]: sentences (facts), direct quotes, their speakers, and the people named.
//! - [`kb`]: the immutable knowledge base built from a data directory, with `curated.toml` applied.
//! - [`retrieve`]: the typo-tolerant search index over facts and quotes.
//! - [`answer`]: the entry points the CLI and the bot call (`ask`, `suggest`, …).
//! - [`reply`]: the plain reply value, its wording and its rendering within Discord's limits.
//! - [`cli`]: what the `parley` commands print (pure functions over the core).
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
pub mod kb;
pub mod reply;
pub mod retrieve;
pub mod settings;
pub mod source;

pub use answer::{ask, suggest, Answer, AskOptions, Hit, HitKind};
pub use error::{DataError, DataErrors, Error, Result};
pub use kb::KnowledgeBase;
pub use reply::Reply;
pub use settings::Settings;
