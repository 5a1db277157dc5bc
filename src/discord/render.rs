//! Rendering: a core [`Reply`] becomes a serenity embed, and every message or interaction response
//! the bot sends is built here with mentions locked down (`allowed_mentions` parses nothing and
//! never pings the replied-to user), so no reply can ping @everyone, a role or a user.

use serenity::builder::{
    CreateActionRow, CreateAllowedMentions, CreateButton, CreateEmbed, CreateEmbedFooter,
    CreateInteractionResponse, CreateInteractionResponseFollowup, CreateInteractionResponseMessage,
    CreateMessage, EditInteractionResponse,
};
use serenity::model::application::ButtonStyle;
use serenity::model::channel::Message;
use serenity::model::Colour;

use crate::reply::limits::{
    clip, safe_url, CONTENT, EMBED_DESCRIPTION, EMBED_FIELDS, EMBED_TITLE, EMBED_TOTAL, FIELD_NAME,
    FIELD_VALUE, FOOTER,
};
use crate::reply::{text, Embed, Reply, ReplyKind};

/// Mentions allowed in anything the bot sends: none, and no ping of the replied-to user.
pub fn no_mentions() -> CreateAllowedMentions {
    CreateAllowedMentions::new().replied_user(false)
}

fn colour(kind: ReplyKind) -> Colour {
    match kind {
        ReplyKind::Answer => Colour::new(0x2e7d32),
        ReplyKind::NoAnswer => Colour::new(0x9e9e9e),
        ReplyKind::Info => Colour::new(0x1565c0),
        ReplyKind::Error => Colour::new(0xc62828),
    }
}

/// The core's renderer-neutral embed as a serenity embed, clipped to Discord's limits.
pub fn embed_of(e: &Embed, kind: ReplyKind) -> CreateEmbed {
    let mut budget = EMBED_TOTAL;
    let mut take = |s: &str, max: usize| -> String {
        let t = clip(s, max.min(budget));
        budget = budget.saturating_sub(t.chars().count());
        t
    };
    let title = take(&e.title, EMBED_TITLE);
    let description = take(&e.description, EMBED_DESCRIPTION);
    let footer = e.footer.as_deref().map(|f| take(f, FOOTER));
    let mut out = CreateEmbed::new().colour(colour(kind));
    if !title.is_empty() {
        out = out.title(title);
    }
    if !description.is_empty() {
        out = out.description(description);
    }
    for f in e.fields.iter().take(EMBED_FIELDS) {
        let name = take(&f.name, FIELD_NAME);
        let value = take(&f.value, FIELD_VALUE);
        if name.is_empty() || value.is_empty() {
            continue;
        }
        out = out.field(name, value, f.inline);
    }
    if let Some(url) = safe_url(e.url.as_deref()) {
        out = out.url(url);
    }
    if let Some(f) = footer.filter(|f| !f.is_empty()) {
        out = out.footer(CreateEmbedFooter::new(f));
    }
    out
}

/// A reply as an embed.
pub fn embed(reply: &Reply) -> CreateEmbed {
    embed_of(&reply.embed(), reply.kind)
}

/// The item keys the buttons under an answer carry: the items shown (Sources) and the next ones
/// (More). Empty for a reply that is not an answer.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Buttons {
    pub shown: Vec<String>,
    pub more: Vec<String>,
    /// The answer's key for 👍 / 👎 (none: no vote buttons).
    pub answer: Option<String>,
}

/// Custom-id prefixes of the answer buttons; the item keys follow, comma-separated.
pub const SOURCES_ID: &str = "src:";
pub const MORE_ID: &str = "more:";
/// Custom-id prefixes of the vote buttons; the answer's key follows.
pub const UP_ID: &str = "vote:1:";
pub const DOWN_ID: &str = "vote:0:";

/// The row of buttons under an answer: Sources (when it cites anything), More (when there is
/// more). Each custom id holds its keys, so a click needs nothing remembered.
pub fn answer_buttons(b: &Buttons) -> Vec<CreateActionRow> {
    let mut row = Vec::new();
    if !b.shown.is_empty() {
        row.push(
            CreateButton::new(format!("{SOURCES_ID}{}", b.shown.join(",")))
                .label(text::SOURCES_BUTTON)
                .style(ButtonStyle::Secondary),
        );
    }
    if !b.more.is_empty() {
        row.push(
            CreateButton::new(format!("{MORE_ID}{}", b.more.join(",")))
                .label(text::MORE_BUTTON)
                .style(ButtonStyle::Secondary),
        );
    }
    if let Some(key) = &b.answer {
        row.push(
            CreateButton::new(format!("{UP_ID}{key}"))
                .label("👍")
                .style(ButtonStyle::Secondary),
        );
        row.push(
            CreateButton::new(format!("{DOWN_ID}{key}"))
                .label("👎")
                .style(ButtonStyle::Secondary),
        );
    }
    if row.is_empty() {
        Vec::new()
    } else {
        vec![CreateActionRow::Buttons(row)]
    }
}

/// A reply to `msg` carrying the answer `reply` and its buttons.
pub fn message_answer(msg: &Message, reply: &Reply, buttons: &Buttons) -> CreateMessage {
    message_reply(msg, reply).components(answer_buttons(buttons))
}

/// An interaction response carrying an answer and its buttons.
pub fn response_answer(
    reply: &Reply,
    buttons: &Buttons,
    ephemeral: bool,
) -> CreateInteractionResponse {
    CreateInteractionResponse::Message(
        CreateInteractionResponseMessage::new()
            .embed(embed(reply))
            .components(answer_buttons(buttons))
            .ephemeral(ephemeral)
            .allowed_mentions(no_mentions()),
    )
}

/// The edit of a deferred response carrying an answer and its buttons.
pub fn edit_answer(reply: &Reply, buttons: &Buttons) -> EditInteractionResponse {
    edit(reply).components(answer_buttons(buttons))
}

/// A reply to `msg` carrying `reply` as an embed.
pub fn message_reply(msg: &Message, reply: &Reply) -> CreateMessage {
    CreateMessage::new()
        .embed(embed(reply))
        .reference_message(msg)
        .allowed_mentions(no_mentions())
}

/// A short plain-text reply to `msg` (notes such as the rate limit).
pub fn message_note(msg: &Message, note: &str) -> CreateMessage {
    CreateMessage::new()
        .content(clip(note, CONTENT))
        .reference_message(msg)
        .allowed_mentions(no_mentions())
}

/// An interaction response carrying `reply` as an embed.
pub fn response(reply: &Reply, ephemeral: bool) -> CreateInteractionResponse {
    CreateInteractionResponse::Message(
        CreateInteractionResponseMessage::new()
            .embed(embed(reply))
            .ephemeral(ephemeral)
            .allowed_mentions(no_mentions()),
    )
}

/// An ephemeral plain-text interaction response.
pub fn ephemeral_note(note: &str) -> CreateInteractionResponse {
    CreateInteractionResponse::Message(
        CreateInteractionResponseMessage::new()
            .content(clip(note, CONTENT))
            .ephemeral(true)
            .allowed_mentions(no_mentions()),
    )
}

/// An ephemeral plain-text follow-up to an acknowledged interaction.
pub fn ephemeral_followup(note: &str) -> CreateInteractionResponseFollowup {
    CreateInteractionResponseFollowup::new()
        .content(clip(note, CONTENT))
        .ephemeral(true)
        .allowed_mentions(no_mentions())
}

/// A deferred ("thinking…") response, edited later with [`edit`].
pub fn defer(ephemeral: bool) -> CreateInteractionResponse {
    CreateInteractionResponse::Defer(CreateInteractionResponseMessage::new().ephemeral(ephemeral))
}

/// The edit of a deferred response carrying `reply` as an embed.
pub fn edit(reply: &Reply) -> EditInteractionResponse {
    EditInteractionResponse::new()
        .embed(embed(reply))
        .allowed_mentions(no_mentions())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allowed_mentions_parse_nothing() {
        let v = serde_json::to_value(no_mentions()).unwrap();
        assert_eq!(v["parse"], serde_json::json!([]));
        assert_eq!(v["replied_user"], serde_json::json!(false));
        assert_eq!(v["users"], serde_json::json!([]));
        assert_eq!(v["roles"], serde_json::json!([]));
    }

    #[test]
    fn embeds_are_clipped_to_discord_limits() {
        let long = "x".repeat(10_000);
        let e = Embed {
            title: long.clone(),
            description: long.clone(),
            fields: (0..40)
                .map(|i| crate::reply::EmbedField {
                    name: format!("f{i}"),
                    value: long.clone(),
                    inline: false,
                })
                .collect(),
            footer: Some(long),
            url: None,
        };
        let v = serde_json::to_value(embed_of(&e, ReplyKind::Answer)).unwrap();
        let len = |k: &str| v[k].as_str().map_or(0, |s| s.chars().count());
        assert_eq!(len("title"), EMBED_TITLE);
        assert_eq!(len("description"), EMBED_DESCRIPTION);
        let fields = v["fields"].as_array().cloned().unwrap_or_default();
        assert!(fields.len() <= EMBED_FIELDS);
        let total: usize = len("title")
            + len("description")
            + fields
                .iter()
                .map(|f| {
                    f["name"].as_str().map_or(0, |s| s.chars().count())
                        + f["value"].as_str().map_or(0, |s| s.chars().count())
                })
                .sum::<usize>()
            + v["footer"]["text"]
                .as_str()
                .map_or(0, |s| s.chars().count());
        assert!(total <= EMBED_TOTAL, "{total}");
    }
}
