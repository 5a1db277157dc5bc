//! The slash commands, one file each (its name, definition and handler), and the one list that
//! registers them and routes their interactions. To add a command: a file here, a line in
//! [`definitions`] and one in [`dispatch`].

pub mod article;
pub mod ask;
pub mod ask_parley;
pub mod gaps;
pub mod help;
pub mod quote;
pub mod reload;
pub mod sources;

use serenity::builder::CreateCommand;
use serenity::client::Context;
use serenity::http::Http;
use serenity::model::application::{Command, CommandInteraction};
use serenity::model::id::GuildId;

use super::bot::{Bot, Handled};
use super::render;
use crate::reply::text;
use crate::settings::DiscordSettings;

/// Every command Parley registers.
pub fn definitions(max_question_chars: usize) -> Vec<CreateCommand> {
    vec![
        ask::definition(max_question_chars),
        quote::definition(),
        sources::definition(),
        help::definition(),
        reload::definition(),
        article::definition(),
        ask_parley::definition(),
        gaps::definition(),
    ]
}

/// Routes a slash command to its handler.
pub async fn dispatch(
    bot: &std::sync::Arc<Bot>,
    ctx: &Context,
    cmd: &CommandInteraction,
) -> Handled {
    match cmd.data.name.as_str() {
        ask::NAME => ask::run(bot, ctx, cmd).await,
        quote::NAME => quote::run(bot, ctx, cmd).await,
        sources::NAME => sources::run(bot, ctx, cmd).await,
        help::NAME => help::run(bot, ctx, cmd).await,
        reload::NAME => reload::run(bot, ctx, cmd).await,
        article::NAME => article::run(bot, ctx, cmd).await,
        ask_parley::NAME => ask_parley::run(bot, ctx, cmd).await,
        gaps::NAME => gaps::run(bot, ctx, cmd).await,
        other => {
            tracing::warn!(command = other, "unknown command");
            cmd.create_response(&ctx.http, render::ephemeral_note(text::GENERIC_ERROR))
                .await?;
            Ok(())
        }
    }
}

/// Routes a button press to the command that made the button.
pub async fn component(
    bot: &std::sync::Arc<Bot>,
    ctx: &Context,
    c: &serenity::model::application::ComponentInteraction,
) -> Handled {
    if c.data.custom_id.starts_with("article:") {
        return article::on_button(bot, ctx, c).await;
    }
    tracing::warn!(custom_id = %c.data.custom_id, "unknown button");
    Ok(())
}

/// Answers an autocomplete interaction of a command's focused option.
pub async fn autocomplete(bot: &Bot, ctx: &Context, ac: &CommandInteraction) -> Handled {
    let Some(focused) = ac.data.autocomplete() else {
        return Ok(());
    };
    let kb = bot.live.snapshot();
    let suggestions = match (ac.data.name.as_str(), focused.name) {
        (ask::NAME, ask::QUESTION) => ask::suggestions(&kb, focused.value),
        (quote::NAME, quote::PERSON) => quote::suggestions(&kb, focused.value),
        (article::NAME, article::ID) => article::suggestions(&kb, focused.value),
        _ => Vec::new(),
    };
    ask::respond_choices(ctx, ac, suggestions).await
}

pub async fn register(
    http: &Http,
    settings: &DiscordSettings,
    max_question_chars: usize,
) -> serenity::Result<()> {
    let defs = definitions(max_question_chars);
    if settings.guild_ids.is_empty() {
        Command::set_global_commands(http, defs).await?;
    } else {
        for &g in &settings.guild_ids {
            if g == 0 {
                continue;
            }
            GuildId::new(g).set_commands(http, defs.clone()).await?;
        }
    }
    Ok(())
}

/// The string value of a top-level option of a slash command.
pub(crate) fn option_str(cmd: &CommandInteraction, name: &str) -> Option<String> {
    cmd.data
        .options
        .iter()
        .find(|o| o.name == name)
        .and_then(|o| o.value.as_str())
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::Settings;
    use serenity::model::Permissions;

    #[test]
    fn reload_needs_manage_guild_and_no_dms() {
        let defs = definitions(Settings::defaults().retrieval.max_question_chars);
        let v = serde_json::to_value(&defs).unwrap();
        let reload = v
            .as_array()
            .and_then(|a| a.iter().find(|c| c["name"] == reload::NAME))
            .cloned()
            .unwrap_or_default();
        assert_eq!(
            reload["default_member_permissions"],
            serde_json::json!(Permissions::MANAGE_GUILD.bits().to_string())
        );
        assert_eq!(reload["dm_permission"], serde_json::json!(false));
        let names: Vec<&str> = v
            .as_array()
            .map(|a| a.iter().filter_map(|c| c["name"].as_str()).collect())
            .unwrap_or_default();
        assert_eq!(
            names,
            [
                ask::NAME,
                quote::NAME,
                sources::NAME,
                help::NAME,
                reload::NAME,
                article::NAME,
                ask_parley::NAME,
                gaps::NAME
            ]
        );
    }
}
