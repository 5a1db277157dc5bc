//! Replies: the plain [`Reply`] value an answer becomes, with its citations, rendered as text
//! (CLI, Discord content) or as an [`Embed`] (Discord), always within Discord's limits.
//! All user-facing wording lives in [`text`]; escaping and limits in [`render`].

pub mod limits;
pub mod render;
pub mod text;

use serde::Serialize;

use crate::model::Kind;

pub use limits::{clip, truncate};
pub use render::escape_markdown;

/// What kind of reply this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReplyKind {
    Answer,
    NoAnswer,
    Info,
    Error,
}

/// Where an item was reported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Citation {
    /// 1-based number shown as `[n]`.
    pub number: usize,
    pub title: String,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub section: Option<String>,
    pub paragraph: usize,
    pub url: Option<String>,
}

impl Citation {
    /// The citation as one line of text.
    pub fn line(&self) -> String {
        text::citation(
            self.number,
            &self.title,
            self.outlet.as_deref(),
            self.published.as_deref(),
            self.section.as_deref(),
            self.paragraph,
            self.url.as_deref(),
        )
    }
}

/// A quote or fact shown in a reply, with its citation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Item {
    pub kind: Kind,
    /// The verbatim text (a quote without its outer quote marks).
    pub text: String,
    pub speaker: Option<String>,
    /// The speaker's role, as an article gives it.
    pub role: Option<String>,
    pub citation: Citation,
}

/// A reply as a plain value: the adapter renders it, tests compare it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reply {
    pub kind: ReplyKind,
    /// The embed title (for answers: the question).
    pub title: String,
    /// Text shown before the items (a lead line, an explanation, a list).
    pub body: String,
    /// For an answer, the answer then the related items; for a person's quotes, the quotes.
    pub items: Vec<Item>,
    /// Suggested questions or names, shown after everything else.
    pub suggestions: Vec<String>,
}

/// A renderer-neutral embed; every string already within Discord's limits and escaped.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Embed {
    pub title: String,
    pub description: String,
    pub fields: Vec<EmbedField>,
    pub footer: Option<String>,
    /// Link of the title (the answer's article, when its URL is known).
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EmbedField {
    pub name: String,
    pub value: String,
    pub inline: bool,
}

impl Reply {
    /// An informational reply: a title and a body, nothing cited.
    pub fn info(title: impl Into<String>, body: impl Into<String>) -> Reply {
        Reply {
            kind: ReplyKind::Info,
            title: title.into(),
            body: body.into(),
            items: Vec::new(),
            suggestions: Vec::new(),
        }
    }

    /// An error reply (the question could not be asked as given).
    pub fn error(title: impl Into<String>, body: impl Into<String>) -> Reply {
        Reply {
            kind: ReplyKind::Error,
            ..Reply::info(title, body)
        }
    }

    /// The answer (first item) of an answer reply.
    pub fn answer(&self) -> Option<&Item> {
        match self.kind {
            ReplyKind::Answer => self.items.first(),
            _ => None,
        }
    }

    /// The reply as plain text for the terminal (≤ 2,000 characters).
    pub fn text(&self) -> String {
        render::plain(self, false)
    }

    /// The reply as message content for Discord: escaped, ≤ 2,000 characters.
    pub fn discord_content(&self) -> String {
        render::plain(self, true)
    }

    /// The reply as an embed: escaped, within every embed limit.
    pub fn embed(&self) -> Embed {
        render::embed(self)
    }
}
