//! `/sources` — the loaded articles with their counts, newest first.

use serenity::builder::CreateCommand;
use serenity::client::Context;
use serenity::model::application::CommandInteraction;

use crate::answer;
use crate::discord::bot::{Bot, Handled};
use crate::discord::render;

pub const NAME: &str = "sources";

pub fn definition() -> CreateCommand {
    CreateCommand::new(NAME).description("The articles Parley answers from")
}

pub async fn run(bot: &Bot, ctx: &Context, cmd: &CommandInteraction) -> Handled {
    let kb = bot.live.snapshot();
    let reply = answer::sources_overview(&kb);
    cmd.create_response(&ctx.http, render::response(&reply, true))
        .await?;
    Ok(())
}
