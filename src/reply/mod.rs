//! Replies: the plain [`Reply`] value an answer becomes, with its citations, rendered as text
//! (CLI, Discord content) or as an [`Embed`] description (Discord), always within Discord's limits.
//! All user-facing wording lives in [`text`].

pub mod text;

use serde::Serialize;

/// What kind of reply this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReplyKind {
    Answer,
    NoAnswer,
    Info,
    Error,
}

/// A reply as a plain value: the adapter renders it, tests compare it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reply {
    pub kind: ReplyKind,
    pub title: String,
    pub body: String,
}

/// A renderer-neutral embed; every string already within Discord's limits.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Embed {
    pub title: String,
    pub description: String,
    pub fields: Vec<EmbedField>,
    pub footer: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EmbedField {
    pub name: String,
    pub value: String,
    pub inline: bool,
}

impl Reply {
    pub fn info(title: impl Into<String>, body: impl Into<String>) -> Reply {
        Reply {
            kind: ReplyKind::Info,
            title: title.into(),
            body: body.into(),
        }
    }

    /// The reply as plain text (≤ 2,000 characters).
    pub fn text(&self) -> String {
        format!("{}\n{}", self.title, self.body)
    }

    /// The reply as an embed.
    pub fn embed(&self) -> Embed {
        Embed {
            title: self.title.clone(),
            description: self.body.clone(),
            ..Embed::default()
        }
    }
}
