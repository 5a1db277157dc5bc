//! `/gaps days:` — admins: over the last N days, the unanswered questions grouped by wording and
//! the answers with the most 👎, from the feedback store (ephemeral).

use serenity::builder::{CreateCommand, CreateCommandOption};
use serenity::client::Context;
use serenity::model::application::{CommandInteraction, CommandOptionType};
use serenity::model::Permissions;

use super::reload::caller_of;
use crate::discord::bot::{Bot, Handled};
use crate::discord::permissions::may_reload;
use crate::discord::{render, DiscordError};
use crate::feedback::{days_before, gap_report};
use crate::reply::{text, Reply};

pub const NAME: &str = "gaps";
pub const DAYS: &str = "days";
/// The report's default span.
pub const DEFAULT_DAYS: u64 = 7;
/// The longest span asked for.
const MAX_DAYS: u64 = 365;

pub fn definition() -> CreateCommand {
    CreateCommand::new(NAME)
        .description("Admins: unanswered questions and downvoted answers")
        .default_member_permissions(Permissions::MANAGE_GUILD)
        .dm_permission(false)
        .add_option(
            CreateCommandOption::new(CommandOptionType::Integer, DAYS, "How many days back (7)")
                .min_int_value(1)
                .max_int_value(MAX_DAYS),
        )
}

pub async fn run(bot: &Bot, ctx: &Context, cmd: &CommandInteraction) -> Handled {
    let caller = caller_of(cmd);
    if let Err(refusal) = may_reload(&bot.settings, &caller) {
        cmd.create_response(&ctx.http, render::ephemeral_note(refusal.message()))
            .await?;
        return Ok(());
    }
    let days = cmd
        .data
        .options
        .iter()
        .find(|o| o.name == DAYS)
        .and_then(|o| o.value.as_i64())
        .and_then(|d| u64::try_from(d).ok())
        .unwrap_or(DEFAULT_DAYS)
        .clamp(1, MAX_DAYS);
    cmd.create_response(&ctx.http, render::defer(true)).await?;
    let store = bot.feedback.clone();
    let since = days_before(std::time::SystemTime::now(), days);
    let gaps = tokio::task::spawn_blocking(move || store.gaps(since))
        .await
        .map_err(DiscordError::Join)?;
    let reply = match gaps {
        Ok(g) => Reply::info(text::GAPS_TITLE, gap_report(&g, days)),
        Err(e) => Reply::error(text::GAPS_TITLE, e.to_string()),
    };
    cmd.edit_response(&ctx.http, render::edit(&reply)).await?;
    Ok(())
}
