//! The slash commands (`/ask`, `/quote`, `/sources`, `/help`, `/reload`): their definitions and
//! their registration, per configured guild (instant) or globally.

use serenity::builder::{CreateCommand, CreateCommandOption};
use serenity::http::Http;
use serenity::model::application::{Command, CommandOptionType};
use serenity::model::id::GuildId;
use serenity::model::Permissions;

use crate::settings::DiscordSettings;

pub const ASK: &str = "ask";
pub const QUOTE: &str = "quote";
pub const SOURCES: &str = "sources";
pub const HELP: &str = "help";
pub const RELOAD: &str = "reload";

pub const QUESTION: &str = "question";
pub const PERSON: &str = "person";

/// Discord's limits on autocomplete: choices per response and characters per choice.
pub const CHOICES_MAX: usize = 25;
pub const CHOICE_CHARS_MAX: usize = 100;

/// Every command Parley registers.
pub fn definitions(settings: &DiscordSettings) -> Vec<CreateCommand> {
    let max_len = u16::try_from(settings.max_question_chars.clamp(1, 6000)).unwrap_or(6000);
    vec![
        CreateCommand::new(ASK)
            .description("Ask about the peace negotiations; the answer quotes the articles")
            .add_option(
                CreateCommandOption::new(CommandOptionType::String, QUESTION, "Your question")
                    .required(true)
                    .set_autocomplete(true)
                    .max_length(max_len),
            ),
        CreateCommand::new(QUOTE)
            .description("Quotes by one person, with citations")
            .add_option(
                CreateCommandOption::new(CommandOptionType::String, PERSON, "Who said it")
                    .required(true)
                    .set_autocomplete(true)
                    .max_length(100),
            ),
        CreateCommand::new(SOURCES).description("The articles Parley answers from"),
        CreateCommand::new(HELP).description("How to ask Parley"),
        CreateCommand::new(RELOAD)
            .description("Admins: reload the articles from the data directory")
            .default_member_permissions(Permissions::MANAGE_GUILD)
            .dm_permission(false),
    ]
}

/// Registers the commands in each configured guild, or globally when none is configured.
pub async fn register(http: &Http, settings: &DiscordSettings) -> serenity::Result<()> {
    let defs = definitions(settings);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::Settings;

    #[test]
    fn reload_needs_manage_guild_and_no_dms() {
        let defs = definitions(&Settings::defaults().discord);
        let v = serde_json::to_value(&defs).unwrap();
        let reload = v
            .as_array()
            .and_then(|a| a.iter().find(|c| c["name"] == RELOAD))
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
        assert_eq!(names, [ASK, QUOTE, SOURCES, HELP, RELOAD]);
    }
}
