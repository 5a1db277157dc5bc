//! Rendering: a core [`Reply`] becomes a serenity embed, and every message or interaction response
//! the bot sends is built here with mentions locked down (`allowed_mentions` parses nothing and
//! never pings the replied-to user), so no reply can ping @everyone, a role or a user.

use serenity::builder::{
    CreateAllowedMentions, CreateEmbed, CreateEmbedFooter, CreateInteractionResponse,
    CreateInteractionResponseFollowup, CreateInteractionResponseMessage, CreateMessage,
    EditInteractionResponse,
};
use serenity::model::channel::Message;
use serenity::model::Colour;

use crate::reply::limits::{
    clip, safe_url, CONTENT, EMBED_DESCRIPTION, EMBED_FIELDS, EMBED_TITLE, EMBED_TOTAL, FIELD_NAME,
    FIELD_VALUE, FOOTER,
};
use crate::reply::{Embed, Reply, ReplyKind};

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
