//! `/help` — what Parley is and how to ask it.

use serenity::builder::CreateCommand;
use serenity::client::Context;
use serenity::model::application::CommandInteraction;

use crate::answer;
use crate::discord::bot::{Bot, Handled};
use crate::discord::render;

pub const NAME: &str = "help";

pub fn definition() -> CreateCommand {
    CreateCommand::new(NAME).description("How to ask Parley")
}

pub async fn run(_bot: &Bot, ctx: &Context, cmd: &CommandInteraction) -> Handled {
    cmd.create_response(&ctx.http, render::response(&answer::help(), true))
        .await?;
    Ok(())
}
