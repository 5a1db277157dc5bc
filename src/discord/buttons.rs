//! The buttons under an answer: **Sources** (each cited item's paragraph, its article and link),
//! **More** (the next page of items, with a More button for the rest), and **👍 / 👎** (one vote
//! per user per answer; a second click changes it). All answer ephemerally to the clicker and read
//! everything they need from the button's custom id and the live data.

use serenity::builder::{CreateInteractionResponse, CreateInteractionResponseMessage};
use serenity::client::Context;
use serenity::model::application::ComponentInteraction;

use super::bot::{Bot, Handled};
use super::render::{self, Buttons, DOWN_ID, MORE_ID, SOURCES_ID, UP_ID};
use crate::answer::buttons::{more_reply, sources_reply, PAGE};
use crate::feedback::VoteOutcome;
use crate::reply::text;

/// At most this many keys are read from one custom id (more is not an id Parley made).
const KEYS_MAX: usize = 12;

fn keys(list: &str) -> Vec<String> {
    list.split(',')
        .filter(|k| k.len() == 8 && k.bytes().all(|b| b.is_ascii_hexdigit()))
        .take(KEYS_MAX)
        .map(str::to_string)
        .collect()
}

/// Handles a Sources or More click; `false` when the custom id is not one of them.
pub async fn on_click(
    bot: &Bot,
    ctx: &Context,
    c: &ComponentInteraction,
) -> Result<bool, super::DiscordError> {
    let id = c.data.custom_id.as_str();
    let kb = bot.live.snapshot();
    let (reply, next) = if let Some(list) = id.strip_prefix(SOURCES_ID) {
        (sources_reply(&kb, &keys(list)), Buttons::default())
    } else if let Some(list) = id.strip_prefix(MORE_ID) {
        let all = keys(list);
        let (page, rest) = all.split_at(PAGE.min(all.len()));
        let next = Buttons {
            shown: page.to_vec(),
            more: rest.to_vec(),
            answer: None,
        };
        (more_reply(&kb, page), next)
    } else if let Some((up, key)) = id
        .strip_prefix(UP_ID)
        .map(|k| (true, k))
        .or_else(|| id.strip_prefix(DOWN_ID).map(|k| (false, k)))
    {
        let store = bot.feedback.clone();
        let (user, key) = (c.user.id.get(), key.to_string());
        let outcome = tokio::task::spawn_blocking(move || {
            store.vote(&key, user, up, std::time::SystemTime::now())
        })
        .await
        .map_err(super::DiscordError::Join)?;
        let note = match outcome {
            Ok(VoteOutcome::Recorded) => text::vote_recorded(up),
            Ok(VoteOutcome::Changed) => text::vote_changed(up),
            Ok(VoteOutcome::Unchanged) => text::vote_unchanged(up),
            Err(e) => {
                tracing::warn!(error = %e, "could not keep a vote");
                text::VOTE_NOT_KEPT.to_string()
            }
        };
        c.create_response(&ctx.http, render::ephemeral_note(&note))
            .await?;
        return Ok(true);
    } else {
        return Ok(false);
    };
    let response = CreateInteractionResponse::Message(
        CreateInteractionResponseMessage::new()
            .embed(render::embed(&reply))
            .components(render::answer_buttons(&next))
            .ephemeral(true)
            .allowed_mentions(render::no_mentions()),
    );
    c.create_response(&ctx.http, response).await?;
    Ok(true)
}

/// Routes a click to its handler.
pub async fn route(bot: &std::sync::Arc<Bot>, ctx: &Context, c: &ComponentInteraction) -> Handled {
    if on_click(bot, ctx, c).await? {
        return Ok(());
    }
    super::commands::component(bot, ctx, c).await
}
