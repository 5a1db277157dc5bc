//! `/reload`: checked on the bot's side (see [`super::permissions`]), deferred (ephemeral), then
//! [`crate::kb::Live::reload`] on a blocking thread — questions keep being answered from the old
//! snapshot meanwhile, and the new data is swapped in only if the whole load succeeded. The
//! deferred response is edited with what changed, or with every error and its file and line.

use serenity::builder::CreateCommand;
use serenity::client::Context;
use serenity::model::application::CommandInteraction;
use serenity::model::Permissions;

use crate::discord::bot::{Bot, Handled};
use crate::discord::permissions::{may_reload, Caller};
use crate::discord::{render, DiscordError};
use crate::reply::{text, Reply};

pub const NAME: &str = "reload";

/// Registered for members with Manage Server, never in DMs; the bot checks again on its side.
pub fn definition() -> CreateCommand {
    CreateCommand::new(NAME)
        .description("Admins: reload the articles from the data directory")
        .default_member_permissions(Permissions::MANAGE_GUILD)
        .dm_permission(false)
}

/// The facts the permission check needs, from the interaction.
pub fn caller_of(cmd: &CommandInteraction) -> Caller {
    Caller::of(
        cmd.guild_id.map(|g| g.get()),
        cmd.user.id.get(),
        cmd.member.as_deref(),
    )
}

pub async fn run(bot: &Bot, ctx: &Context, cmd: &CommandInteraction) -> Handled {
    let caller = caller_of(cmd);
    if let Err(refusal) = may_reload(&bot.settings, &caller) {
        tracing::info!(user = caller.user_id, ?refusal, "refused /reload");
        cmd.create_response(&ctx.http, render::ephemeral_note(refusal.message()))
            .await?;
        return Ok(());
    }
    cmd.create_response(&ctx.http, render::defer(true)).await?;
    let live = bot.live.clone();
    let result = tokio::task::spawn_blocking(move || live.reload())
        .await
        .map_err(DiscordError::Join)?;
    let reply = match result {
        Ok(report) => {
            tracing::info!(
                user = caller.user_id,
                added = report.added.len(),
                removed = report.removed.len(),
                changed = report.changed.len(),
                took_ms = report.took.as_millis() as u64,
                "reloaded the data"
            );
            Reply::info(text::RELOAD_OK_TITLE, text::reload_report(&report))
        }
        Err(e) => {
            tracing::warn!(user = caller.user_id, error = %e, "reload failed; old data kept");
            Reply::error(text::RELOAD_FAILED_TITLE, text::reload_failed(&e))
        }
    };
    cmd.edit_response(&ctx.http, render::edit(&reply)).await?;
    Ok(())
}
