//! `/quote person:` — a person's quotes with citations — and its autocomplete of known names.

use serenity::builder::{CreateCommand, CreateCommandOption};
use serenity::client::Context;
use serenity::model::application::{CommandInteraction, CommandOptionType};

use super::option_str;
use crate::answer;
use crate::discord::bot::{Bot, Handled};
use crate::discord::render;
use crate::kb::KnowledgeBase;
use crate::reply::limits;

pub const NAME: &str = "quote";
pub const PERSON: &str = "person";

/// How many quotes `/quote` shows.
pub const QUOTES_SHOWN: usize = 5;

pub fn definition() -> CreateCommand {
    CreateCommand::new(NAME)
        .description("Quotes by one person, with citations")
        .add_option(
            CreateCommandOption::new(CommandOptionType::String, PERSON, "Who said it")
                .required(true)
                .set_autocomplete(true)
                .max_length(limits::CHOICE_CHARS as u16),
        )
}

pub async fn run(bot: &Bot, ctx: &Context, cmd: &CommandInteraction) -> Handled {
    let person = option_str(cmd, PERSON).unwrap_or_default();
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

/// Autocomplete: known people whose names match what was typed.
pub fn suggestions(kb: &KnowledgeBase, partial: &str) -> Vec<String> {
    answer::suggest_people(kb, partial, limits::CHOICES)
}
