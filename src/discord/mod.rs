//! The Discord adapter: serenity's gateway events and slash commands turned into calls of the core
//! ([`crate::answer`]) and replies turned into Discord messages. The only module that uses
//! serenity or tokio.

use std::fmt;
use std::path::PathBuf;

use crate::error::Result;
use crate::settings::Settings;

/// The bot token. Its `Debug` and `Display` never show it.
#[derive(Clone)]
pub struct Token(String);

impl Token {
    /// The token from `DISCORD_TOKEN`, if set and not blank.
    pub fn from_env() -> Option<Token> {
        std::env::var("DISCORD_TOKEN")
            .ok()
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty())
            .map(Token)
    }

    pub fn new(token: impl Into<String>) -> Token {
        Token(token.into())
    }

    /// The secret itself, for serenity only.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token(<redacted>)")
    }
}

/// Runs the bot until Ctrl-C or SIGTERM (PLACEHOLDER until the adapter lands).
pub fn run(_settings: Settings, _data_dir: PathBuf, _token: Token) -> Result<()> {
    Err(crate::error::Error::Settings(
        "the Discord adapter is not built yet".into(),
    ))
}
