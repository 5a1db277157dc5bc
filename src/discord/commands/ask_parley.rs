//! "Ask Parley", a message context-menu command: right-click any message → Apps → Ask Parley
//! answers that message's text, ephemerally to the clicker (or in the channel when
//! `discord.ask_parley_public` is set), through the same question check and rate limit as `/ask`.

use std::sync::Arc;

use serenity::builder::CreateCommand;
use serenity::client::Context;
use serenity::model::application::{CommandInteraction, CommandType, ResolvedTarget};

use crate::discord::asking::{gate_off_runtime, silent_note, Gate};
use crate::discord::bot::{Bot, Handled};
use crate::discord::render;
use crate::reply::text;

pub const NAME: &str = text::ASK_PARLEY;

pub fn definition() -> CreateCommand {
    CreateCommand::new(NAME).kind(CommandType::Message)
}

pub async fn run(bot: &Arc<Bot>, ctx: &Context, cmd: &CommandInteraction) -> Handled {
    let question = match cmd.data.target() {
        Some(ResolvedTarget::Message(m)) => m.content.trim().to_string(),
        _ => String::new(),
    };
    if question.is_empty() {
        cmd.create_response(&ctx.http, render::ephemeral_note(text::ASK_PARLEY_EMPTY))
            .await?;
        return Ok(());
    }
    let public = bot.settings.ask_parley_public;
    let response = match gate_off_runtime(bot, cmd.user.id.get(), question).await? {
        Gate::Answer(reply, buttons) => render::response_answer(&reply, &buttons, !public),
        Gate::Note(note) => render::ephemeral_note(&note),
        Gate::Silent => render::ephemeral_note(&silent_note(bot)),
    };
    cmd.create_response(&ctx.http, response).await?;
    Ok(())
}
