//! Asking: messages that mention the bot, reply to it, arrive by DM or in an answer channel, and
//! `/ask question:` — both checked against the length and rate limits, then answered by
//! [`crate::answer::ask`] from one snapshot of the live data. Also `/ask` and `/quote`
//! autocomplete.

use serenity::builder::{
    AutocompleteChoice, CreateAutocompleteResponse, CreateInteractionResponse,
};
use serenity::client::Context;
use serenity::model::application::CommandInteraction;
use serenity::model::channel::{Message, MessageType};
use serenity::model::id::UserId;

use std::sync::Arc;

use super::handler::{Bot, Handled};
use super::ratelimit::Decision;
use super::{commands, option_str, render, DiscordError};
use crate::answer;
use crate::error::Error;
use crate::reply::{text, Reply};

/// What to do with one question.
#[derive(Debug, Clone, PartialEq)]
pub enum Gate {
    /// Answer it with this reply.
    Answer(Reply),
    /// Tell the asker this short note instead.
    Note(String),
    /// Say nothing (a repeated rate-limit refusal).
    Silent,
}

/// Checks a question against the limits and answers it from the live snapshot. The length check
/// comes first so a refused long question does not use up the asker's rate limit.
pub fn gate(bot: &Bot, user: u64, question: &str) -> Result<Gate, Error> {
    let question = question.trim();
    if question.is_empty() {
        return Ok(Gate::Note(text::EMPTY_MENTION.to_string()));
    }
    let chars = question.chars().count();
    if chars > bot.settings.max_question_chars {
        return Ok(Gate::Note(text::question_too_long(
            bot.settings.max_question_chars,
            chars,
        )));
    }
    match bot.limiter.check(user, bot.clock.now()) {
        Decision::Allowed => {}
        Decision::Limited { first, retry_after } => {
            tracing::debug!(user, "rate limited");
            if !first {
                return Ok(Gate::Silent);
            }
            let rl = bot.settings.rate_limit;
            return Ok(Gate::Note(text::rate_limited(
                rl.questions,
                rl.window_seconds,
                retry_after.as_secs().max(1),
            )));
        }
    }
    let kb = bot.live.snapshot();
    match answer::ask(&kb, question, &bot.ask_options) {
        Ok(a) => Ok(Gate::Answer(a.reply)),
        Err(Error::Question(msg)) => Ok(Gate::Note(msg)),
        Err(e) => Err(e),
    }
}

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
    let question = question_of(&msg.content, me);
    if question.is_empty() && msg.guild_id.is_some() && !msg.mentions.iter().any(|u| u.id == me) {
        // A reply to the bot whose text Discord withheld (no Message Content intent): nothing
        // to answer, and "ask me something" would be wrong.
        return Ok(());
    }
    let out = match gate_off_runtime(bot, msg.author.id.get(), question).await? {
        Gate::Answer(reply) => render::message_reply(msg, &reply),
        Gate::Note(note) => render::message_note(msg, &note),
        Gate::Silent => return Ok(()),
    };
    msg.channel_id.send_message(&ctx.http, out).await?;
    Ok(())
}

/// Runs [`gate`] on a blocking thread, so a slow search never stalls the gateway.
async fn gate_off_runtime(
    bot: &Arc<Bot>,
    user: u64,
    question: String,
) -> Result<Gate, DiscordError> {
    let bot = bot.clone();
    let gate = tokio::task::spawn_blocking(move || gate(&bot, user, &question))
        .await
        .map_err(DiscordError::Join)??;
    Ok(gate)
}

pub async fn on_ask(bot: &Arc<Bot>, ctx: &Context, cmd: &CommandInteraction) -> Handled {
    let question = option_str(cmd, commands::QUESTION).unwrap_or_default();
    let answering = gate_off_runtime(bot, cmd.user.id.get(), question);
    tokio::pin!(answering);
    // Discord wants a response within 3 s: answer directly when the core is quick (it nearly
    // always is), otherwise acknowledge with a deferral and edit the answer in afterwards.
    // A zero deadline always defers.
    let gate = if bot.answer_deadline.is_zero() {
        None
    } else {
        tokio::select! {
            biased;
            g = &mut answering => Some(g?),
            _ = tokio::time::sleep(bot.answer_deadline) => None,
        }
    };
    let Some(gate) = gate else {
        cmd.create_response(&ctx.http, render::defer(false)).await?;
        let reply = match answering.await? {
            Gate::Answer(reply) => reply,
            Gate::Note(note) => Reply::info(text::NOTE_TITLE, note),
            Gate::Silent => Reply::info(text::NOTE_TITLE, silent_note(bot)),
        };
        cmd.edit_response(&ctx.http, render::edit(&reply)).await?;
        return Ok(());
    };
    let response = match gate {
        Gate::Answer(reply) => render::response(&reply, false),
        Gate::Note(note) => render::ephemeral_note(&note),
        // An interaction must be acknowledged, and an ephemeral note pings nobody.
        Gate::Silent => render::ephemeral_note(&silent_note(bot)),
    };
    cmd.create_response(&ctx.http, response).await?;
    Ok(())
}

fn silent_note(bot: &Bot) -> String {
    let rl = bot.settings.rate_limit;
    text::rate_limited(rl.questions, rl.window_seconds, rl.window_seconds)
}

/// Autocomplete choices: at most 25, each 1..=100 characters, no duplicates.
pub fn choices(suggestions: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for s in suggestions {
        let s = render::clip(s.trim(), commands::CHOICE_CHARS_MAX);
        if s.is_empty() || out.contains(&s) {
            continue;
        }
        out.push(s);
        if out.len() == commands::CHOICES_MAX {
            break;
        }
    }
    out
}

pub async fn on_autocomplete(bot: &Bot, ctx: &Context, ac: &CommandInteraction) -> Handled {
    let Some(focused) = ac.data.autocomplete() else {
        return Ok(());
    };
    let partial = focused.value;
    let kb = bot.live.snapshot();
    let suggestions = match (ac.data.name.as_str(), focused.name) {
        (commands::ASK, commands::QUESTION) => answer::suggest(&kb, partial, commands::CHOICES_MAX),
        (commands::QUOTE, commands::PERSON) => {
            answer::suggest_people(&kb, partial, commands::CHOICES_MAX)
        }
        _ => Vec::new(),
    };
    let list = choices(suggestions)
        .into_iter()
        .map(|c| AutocompleteChoice::new(c.clone(), c))
        .collect();
    ac.create_response(
        &ctx.http,
        CreateInteractionResponse::Autocomplete(
            CreateAutocompleteResponse::new().set_choices(list),
        ),
    )
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bot(mention_only: bool, channels: &[u64]) -> Bot {
        let mut s = crate::settings::Settings::defaults().discord;
        s.mention_only = mention_only;
        s.answer_channels = channels.to_vec();
        let kb = crate::kb::KnowledgeBase::from_sources(Vec::new(), Default::default());
        Bot::new(
            Arc::new(crate::kb::Live::new(kb, "data")),
            s,
            crate::answer::AskOptions::default(),
            Arc::new(super::super::ratelimit::SystemClock),
        )
    }

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
        let b = bot(true, &[9]);
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
        let b = bot(false, &[9]);
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
    fn gate_checks_length_then_rate_then_answers() {
        let mut b = bot(true, &[]);
        b.settings.max_question_chars = 10;
        b.limiter = super::super::ratelimit::RateLimiter::new(crate::settings::RateLimit {
            questions: 1,
            window_seconds: 60,
        });
        assert!(matches!(gate(&b, 1, "   "), Ok(Gate::Note(n)) if n == text::EMPTY_MENTION));
        assert!(
            matches!(gate(&b, 1, "ééééééééééé"), Ok(Gate::Note(n)) if n == text::question_too_long(10, 11))
        );
        assert!(matches!(gate(&b, 1, "peace?"), Ok(Gate::Answer(_))));
        assert!(matches!(gate(&b, 1, "peace?"), Ok(Gate::Note(n)) if n.contains("limit")));
        assert_eq!(gate(&b, 1, "peace?").ok(), Some(Gate::Silent));
        assert!(matches!(gate(&b, 2, "peace?"), Ok(Gate::Answer(_))));
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

    #[test]
    fn choices_are_limited_and_clipped() {
        let long = "é".repeat(300);
        let mut s: Vec<String> = (0..40).map(|i| format!("question {i}")).collect();
        s.insert(0, long);
        s.insert(1, "question 0".into());
        s.insert(2, "   ".into());
        let c = choices(s);
        assert_eq!(c.len(), 25);
        assert!(c.iter().all(|x| (1..=100).contains(&x.chars().count())));
        assert_eq!(c.iter().filter(|x| *x == "question 0").count(), 1);
    }
}
