//! Settings: one [`Settings`] value loaded once from `config/default.toml` (committed; the copy
//! built into the binary when the file is absent), an optional git-ignored `config/local.toml`,
//! then `PARLEY__…` environment variables. The Discord token is not a setting: it comes only from
//! the `DISCORD_TOKEN` environment variable.

use std::path::{Path, PathBuf};

use config::{Config, Environment, File, FileFormat};
use serde::Deserialize;

use crate::error::{Error, Result};

/// The defaults shipped with the binary (the same text as `config/default.toml`).
pub const DEFAULT_TOML: &str = include_str!("../config/default.toml");

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    pub data_dir: PathBuf,
    pub log: String,
    pub retrieval: RetrievalSettings,
    pub import: ImportSettings,
    pub feedback: FeedbackSettings,
    pub discord: DiscordSettings,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FeedbackSettings {
    pub enabled: bool,
    pub state_dir: PathBuf,
    pub retention_days: u64,
}

impl FeedbackSettings {
    /// The feedback database's file.
    pub fn database(&self) -> PathBuf {
        self.state_dir.join("feedback.sqlite")
    }

    /// The store these settings ask for: the database, or none when storage is off. A database
    /// that cannot be opened is an error for the caller to report (answering goes on without it).
    pub fn open(
        &self,
    ) -> std::result::Result<
        std::sync::Arc<dyn crate::feedback::FeedbackStore>,
        crate::feedback::FeedbackError,
    > {
        if !self.enabled {
            return Ok(std::sync::Arc::new(crate::feedback::NoStore));
        }
        Ok(std::sync::Arc::new(crate::feedback::SqliteStore::open(
            &self.database(),
        )?))
    }
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ImportSettings {
    pub allow_private: bool,
    pub max_bytes: u64,
    pub timeout_seconds: u64,
}

impl ImportSettings {
    /// The limits of one fetch.
    pub fn fetch_options(&self) -> crate::import::FetchOptions {
        crate::import::FetchOptions {
            max_bytes: self.max_bytes,
            timeout: std::time::Duration::from_secs(self.timeout_seconds.max(1)),
            allow_private: self.allow_private,
        }
    }
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RetrievalSettings {
    pub related: usize,
    pub max_question_chars: usize,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DiscordSettings {
    pub guild_ids: Vec<u64>,
    pub admin_role_ids: Vec<u64>,
    pub admin_user_ids: Vec<u64>,
    pub answer_channels: Vec<u64>,
    pub mention_only: bool,
    pub shards: Shards,
    /// This process's shards `[first, last]` (inclusive); empty for all.
    pub shard_range: Vec<u32>,
    /// Seconds between checks of the data directory for changes (0: never).
    pub watch_seconds: u64,
    /// Whether "Ask Parley" answers in the channel instead of only to the clicker.
    pub ask_parley_public: bool,
    pub rate_limit: RateLimit,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct RateLimit {
    pub questions: u32,
    pub window_seconds: u64,
}

impl DiscordSettings {
    /// This process's shards as `(first, last, total)`, or `None` for all of them; an error names
    /// what is wrong with `shard_range`.
    pub fn shard_range(&self) -> std::result::Result<Option<(u32, u32, u32)>, String> {
        match (self.shard_range.as_slice(), self.shards) {
            ([], _) => Ok(None),
            ([first, last], Shards::Fixed(total)) if first <= last && *last < total => {
                Ok(Some((*first, *last, total)))
            }
            ([_, _], Shards::Auto) => Err(
                "discord.shard_range needs a fixed discord.shards (the total across processes)"
                    .into(),
            ),
            (r, _) => Err(format!(
                "discord.shard_range must be [first, last] with first <= last < discord.shards, \
                 not {r:?}"
            )),
        }
    }
}

/// How many gateway shards to run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shards {
    Auto,
    Fixed(u32),
}

impl<'de> Deserialize<'de> for Shards {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        if s.trim().eq_ignore_ascii_case("auto") {
            return Ok(Shards::Auto);
        }
        match s.trim().parse::<u32>() {
            Ok(n) if n > 0 => Ok(Shards::Fixed(n)),
            _ => Err(serde::de::Error::custom(format!(
                "shards must be \"auto\" or a positive number, not {s:?}"
            ))),
        }
    }
}

impl Settings {
    /// How every question is asked, from `[retrieval]`.
    pub fn ask_options(&self) -> crate::answer::AskOptions {
        crate::answer::AskOptions {
            related: self.retrieval.related,
            max_chars: self.retrieval.max_question_chars,
            ..crate::answer::AskOptions::default()
        }
    }

    /// Loads the settings with `config/` under `root` (the working directory in the binary).
    pub fn load(root: &Path) -> Result<Settings> {
        Self::load_from(
            root,
            Environment::with_prefix("PARLEY")
                .separator("__")
                .try_parsing(true)
                .list_separator(",")
                .with_list_parse_key("discord.guild_ids")
                .with_list_parse_key("discord.admin_role_ids")
                .with_list_parse_key("discord.admin_user_ids")
                .with_list_parse_key("discord.answer_channels")
                .with_list_parse_key("discord.shard_range"),
        )
    }

    fn load_from(root: &Path, env: Environment) -> Result<Settings> {
        let default = root.join("config/default.toml");
        let base = if default.is_file() {
            File::from(default).format(FileFormat::Toml).required(true)
        } else {
            return Self::build(
                Config::builder()
                    .add_source(File::from_str(DEFAULT_TOML, FileFormat::Toml))
                    .add_source(File::from(root.join("config/local.toml")).required(false))
                    .add_source(env),
            );
        };
        Self::build(
            Config::builder()
                .add_source(base)
                .add_source(File::from(root.join("config/local.toml")).required(false))
                .add_source(env),
        )
    }

    fn build(b: config::ConfigBuilder<config::builder::DefaultState>) -> Result<Settings> {
        let s: Settings = b
            .build()
            .and_then(|c| c.try_deserialize())
            .map_err(|e| Error::Settings(e.to_string()))?;
        if s.discord.rate_limit.questions == 0 || s.discord.rate_limit.window_seconds == 0 {
            return Err(Error::Settings(
                "discord.rate_limit.questions and window_seconds must be at least 1".into(),
            ));
        }
        s.discord.shard_range().map_err(Error::Settings)?;
        Ok(s)
    }

    /// The shipped defaults alone, ignoring files on disk and the environment.
    pub fn defaults() -> Settings {
        Self::build(Config::builder().add_source(File::from_str(DEFAULT_TOML, FileFormat::Toml)))
            .expect("config/default.toml is valid")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn defaults_parse() {
        let s = Settings::defaults();
        assert_eq!(s.data_dir, PathBuf::from("data"));
        assert_eq!(s.discord.shards, Shards::Auto);
        assert_eq!(
            s.discord.rate_limit,
            RateLimit {
                questions: 5,
                window_seconds: 30
            }
        );
    }

    #[test]
    fn shard_ranges_are_checked_against_the_total() {
        let mut d = Settings::defaults().discord;
        assert_eq!(d.shard_range(), Ok(None));
        d.shard_range = vec![2, 3];
        assert!(d.shard_range().unwrap_err().contains("fixed"));
        d.shards = Shards::Fixed(4);
        assert_eq!(d.shard_range(), Ok(Some((2, 3, 4))));
        for bad in [vec![3, 2], vec![2, 4], vec![1]] {
            d.shard_range = bad;
            assert!(d.shard_range().unwrap_err().contains("shard_range"));
        }
    }

    #[test]
    fn the_default_question_limit_is_the_core_default() {
        let s = Settings::defaults();
        assert_eq!(
            s.retrieval.max_question_chars,
            crate::answer::MAX_QUESTION_CHARS
        );
        assert_eq!(s.ask_options().max_chars, crate::answer::MAX_QUESTION_CHARS);
    }

    #[test]
    fn environment_overrides_files() {
        let dir = tempfile::tempdir().unwrap();
        let env: HashMap<String, String> = [
            ("PARLEY__DATA_DIR".to_string(), "/srv/data".to_string()),
            ("PARLEY__DISCORD__SHARDS".to_string(), "3".to_string()),
            ("PARLEY__DISCORD__GUILD_IDS".to_string(), "1,2".to_string()),
        ]
        .into();
        let e = Environment::with_prefix("PARLEY")
            .separator("__")
            .try_parsing(true)
            .list_separator(",")
            .with_list_parse_key("discord.guild_ids")
            .source(Some(env));
        let s = Settings::load_from(dir.path(), e).unwrap();
        assert_eq!(s.data_dir, PathBuf::from("/srv/data"));
        assert_eq!(s.discord.shards, Shards::Fixed(3));
        assert_eq!(s.discord.guild_ids, vec![1, 2]);
    }

    #[test]
    fn local_file_overrides_default_and_bad_values_are_named() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("config")).unwrap();
        std::fs::write(
            dir.path().join("config/local.toml"),
            "[discord]\nshards = \"many\"\n",
        )
        .unwrap();
        let e = Settings::load_from(dir.path(), Environment::with_prefix("PARLEY_TEST_NONE"))
            .unwrap_err();
        assert!(e.to_string().contains("shards"), "{e}");
    }
}
