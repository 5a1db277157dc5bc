//! Messages: those that mention the bot, reply to it, arrive by DM or in an answer channel are
//! questions; each is answered as a reply through [`super::asking::gate`], sent through the
//! channel's queue in [`super::outbox`] so a burst is answered in order.

use std::sync::Arc;

use serenity::client::Context;
use serenity::model::channel::{Message, MessageType};
use serenity::model::id::UserId;

use super::asking::{gate_off_runtime, Gate};
use super::bot::{Bot, Handled};
use super::ratelimit::Decision;
use super::render::SOURCES_ID;
use super::{reads_message_content, render};
use crate::answer::follow_up;
use crate::reply::text;
use serenity::model::application::{ActionRowComponent, ButtonKind};

/// Whether a message is addressed to the bot, per the settings.
pub fn addressed(bot: &Bot, me: UserId, msg: &Message) -> bool {
    if msg.guild_id.is_none() {
        return true; // a DM
    }
    if msg.mentions.iter().any(|u| u.id == me) {
        return true;
    }
    if msg
        .referenced_message
        .as_deref()
        .is_some_and(|m| m.author.id == me)
    {
        return true;
    }
    !bot.settings.mention_only && bot.settings.answer_channels.contains(&msg.channel_id.get())
}

/// The question in a message: its content without the bot's mentions.
pub fn question_of(content: &str, me: UserId) -> String {
    content
        .replace(&format!("<@{me}>"), " ")
        .replace(&format!("<@!{me}>"), " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A reply to one of Parley's answers is read with that answer as context (its items' keys are
/// on its Sources button): a pronoun means its speaker, a bare topic keeps the speaker.
fn with_earlier_answer(bot: &Bot, me: UserId, msg: &Message, question: String) -> String {
    let Some(earlier) = msg
        .referenced_message
        .as_deref()
        .filter(|m| m.author.id == me)
    else {
        return question;
    };
    let keys: Vec<String> = earlier
        .components
        .iter()
        .flat_map(|row| &row.components)
        .filter_map(|c| match c {
            ActionRowComponent::Button(b) => match &b.data {
                ButtonKind::NonLink { custom_id, .. } => custom_id.strip_prefix(SOURCES_ID),
                _ => None,
            },
            _ => None,
        })
        .flat_map(|list| list.split(',').map(str::to_string))
        .take(KEYS_MAX)
        .collect();
    if keys.is_empty() {
        return question;
    }
    let kb = bot.live.snapshot();
    let speaker = follow_up::previous_speaker(&kb, &keys);
    follow_up::with_context(&kb, &question, speaker.as_deref())
}

/// [`with_earlier_answer`] off the async runtime (it looks items up in the knowledge base).
async fn read_in_context(bot: &Arc<Bot>, me: UserId, msg: &Message, question: String) -> String {
    if msg.referenced_message.is_none() {
        return question;
    }
    let (b, m, q) = (bot.clone(), msg.clone(), question.clone());
    tokio::task::spawn_blocking(move || with_earlier_answer(&b, me, &m, q))
        .await
        .unwrap_or(question)
}

/// At most this many item keys are read from an earlier answer's button.
const KEYS_MAX: usize = 12;

pub async fn on_message(bot: &Arc<Bot>, ctx: &Context, msg: &Message) -> Handled {
    let Some(&me) = bot.me.get() else {
        return Ok(()); // not READY yet
    };
    if msg.author.bot || msg.author.id == me {
        return Ok(());
    }
    if !matches!(msg.kind, MessageType::Regular | MessageType::InlineReply) {
        return Ok(());
    }
    if !addressed(bot, me, msg) {
        return Ok(());
    }
    // Its place in the channel's queue, before any work, so answers leave in the order asked.
    let fallback = render::message_note(msg, text::GENERIC_ERROR);
    let Some(ticket) = bot
        .outbox
        .ticket(&ctx.http, msg.channel_id, msg.id, fallback)
    else {
        tracing::warn!(channel = %msg.channel_id, message = %msg.id, "the channel's answer queue is full; question not answered");
        return Ok(());
    };
    let question = question_of(&msg.content, me);
    if question.is_empty() && msg.guild_id.is_some() && !msg.mentions.iter().any(|u| u.id == me) {
        // A reply to the bot with its ping switched off: without the Message Content intent
        // Discord withholds its text, so say how to ask (within the asker's rate limit). With the
        // intent, the message really is empty (an image, a sticker): nothing to answer.
        if reads_message_content(&bot.settings) {
            ticket.skip();
            return Ok(());
        }
        if bot.limiter.check(msg.author.id.get(), bot.clock.now()) != Decision::Allowed {
            ticket.skip();
            return Ok(());
        }
        ticket.send(render::message_note(msg, text::REPLY_TEXT_WITHHELD));
        return Ok(());
    }
    let question = read_in_context(bot, me, msg, question).await;
    // An error drops the ticket, which then sends the generic note in this message's turn.
    let out = match gate_off_runtime(bot, msg.author.id.get(), question).await? {
        Gate::Answer(reply, buttons) => render::message_answer(msg, &reply, &buttons),
        Gate::Note(note) => render::message_note(msg, &note),
        Gate::Silent => {
            ticket.skip();
            return Ok(());
        }
    };
    ticket.send(out);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::bot::test_bot;
    use super::*;

    fn message(guild: bool, channel: u64, mentions: &[u64], reply_to: Option<u64>) -> Message {
        let user = |id: u64| serde_json::json!({"id": id.to_string(), "username": "u", "discriminator": "0000", "avatar": null, "global_name": null});
        let mut m = serde_json::json!({
            "id": "1", "channel_id": channel.to_string(), "author": user(7), "content": "peace?",
            "timestamp": "2026-01-01T00:00:00+00:00", "tts": false, "mention_everyone": false,
            "mentions": mentions.iter().map(|&u| user(u)).collect::<Vec<_>>(),
            "mention_roles": [], "attachments": [], "embeds": [], "pinned": false, "type": 0
        });
        if guild {
            m["guild_id"] = serde_json::json!("5");
        }
        if let Some(author) = reply_to {
            let mut r = m.clone();
            r["author"] = user(author);
            m["referenced_message"] = r;
        }
        serde_json::from_value(m).expect("a valid message")
    }

    #[test]
    fn who_is_addressed() {
        let me = UserId::new(42);
        let b = test_bot(true, &[9]);
        assert!(addressed(&b, me, &message(false, 1, &[], None)), "DM");
        assert!(addressed(&b, me, &message(true, 1, &[42], None)), "mention");
        assert!(
            addressed(&b, me, &message(true, 1, &[], Some(42))),
            "reply to the bot"
        );
        assert!(
            !addressed(&b, me, &message(true, 1, &[43], Some(43))),
            "others"
        );
        assert!(
            !addressed(&b, me, &message(true, 9, &[], None)),
            "mention_only"
        );
        let b = test_bot(false, &[9]);
        assert!(
            addressed(&b, me, &message(true, 9, &[], None)),
            "answer channel"
        );
        assert!(
            !addressed(&b, me, &message(true, 8, &[], None)),
            "other channel"
        );
    }

    #[test]
    fn mentions_are_stripped() {
        let me = UserId::new(42);
        assert_eq!(
            question_of("<@42> what did   Rubio say?", me),
            "what did Rubio say?"
        );
        assert_eq!(question_of("hey <@!42>, peace?", me), "hey , peace?");
        assert_eq!(question_of("<@43> hi", me), "<@43> hi");
    }
}
