//! `/quote person:`, `/sources` and `/help`: thin calls of the core's `person_quotes`,
//! `sources_overview` and `help`, rendered as embeds.

use serenity::client::Context;
use serenity::model::application::CommandInteraction;

use super::handler::{Bot, Handled};
use super::{option_str, render};
use crate::answer;

/// How many quotes `/quote` shows.
pub const QUOTES_SHOWN: usize = 5;

pub async fn on_quote(bot: &Bot, ctx: &Context, cmd: &CommandInteraction) -> Handled {
    let person = option_str(cmd, super::commands::PERSON).unwrap_or_default();
    let person = person.trim();
    if person.is_empty() {
        cmd.create_response(
            &ctx.http,
            render::ephemeral_note(crate::reply::text::EMPTY_MENTION),
        )
        .await?;
        return Ok(());
    }
    let kb = bot.live.snapshot();
    let reply = answer::person_quotes(&kb, person, QUOTES_SHOWN);
    cmd.create_response(&ctx.http, render::response(&reply, false))
        .await?;
    Ok(())
}

pub async fn on_sources(bot: &Bot, ctx: &Context, cmd: &CommandInteraction) -> Handled {
    let kb = bot.live.snapshot();
    let reply = answer::sources_overview(&kb);
    cmd.create_response(&ctx.http, render::response(&reply, true))
        .await?;
    Ok(())
}

pub async fn on_help(ctx: &Context, cmd: &CommandInteraction) -> Handled {
    cmd.create_response(&ctx.http, render::response(&answer::help(), true))
        .await?;
    Ok(())
}
