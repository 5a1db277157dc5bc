//! The Discord adapter: serenity's gateway events and slash commands turned into calls of the core
//! ([`crate::answer`]) and replies turned into Discord messages. The only module that uses
//! serenity or tokio.
//!
//! - [`start`] starts the bot from a [`BotConfig`] (tests point it at a fake Discord) and returns a
//!   [`BotHandle`] to shut it down; [`run`] wraps it in a runtime with Ctrl-C/SIGTERM handling.
//! - [`bot`] holds what every handler shares; [`handler`] routes gateway events: messages to
//!   [`messages`], slash commands and autocomplete to [`commands`] (one file per command, one list
//!   that registers and routes them). [`asking`] answers one question for both. [`render`] builds
//!   every outgoing message with mentions locked down; [`ratelimit`] and [`permissions`] are pure
//!   checks. [`outbox`] queues answers to messages per channel, in order, under Discord's global
//!   request rate; serenity's own rate limiter keeps each channel within its bucket.

pub mod asking;
pub mod bot;
pub mod buttons;
pub mod commands;
pub mod handler;
pub mod messages;
pub mod outbox;
pub mod permissions;
pub mod ratelimit;
pub mod render;

use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

use serenity::all::{ClientBuilder, GatewayIntents, HttpBuilder, ShardManager};
use tokio::task::JoinHandle;

use crate::kb::Live;
use crate::settings::{Settings, Shards};
use bot::Bot;
use handler::Handler;
use ratelimit::{Clock, SystemClock};

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

/// Errors of the Discord adapter.
#[derive(Debug, thiserror::Error)]
pub enum DiscordError {
    /// Boxed: serenity's error is large.
    #[error("Discord: {0}")]
    Serenity(Box<serenity::Error>),
    #[error(transparent)]
    Core(#[from] crate::error::Error),
    #[error("a background task failed: {0}")]
    Join(tokio::task::JoinError),
    #[error("cannot start the async runtime: {0}")]
    Runtime(std::io::Error),
}

impl From<serenity::Error> for DiscordError {
    fn from(e: serenity::Error) -> Self {
        DiscordError::Serenity(Box::new(e))
    }
}

/// Everything the bot needs to start.
pub struct BotConfig {
    pub settings: Settings,
    pub live: Arc<Live>,
    pub token: Token,
    /// The HTTP client serenity sends with (tests: one that resolves `discord.com` to a fake
    /// Discord over TLS, so the real base URL and rate limiter run); `None`: serenity's own.
    pub http_client: Option<reqwest::Client>,
    /// How fast answers to messages leave, all channels together (tests scale time down).
    pub pace: outbox::Pace,
    /// The clock of the rate limiter.
    pub clock: Arc<dyn Clock>,
    /// How long `/ask` may take before its response is deferred and edited in later.
    pub answer_deadline: std::time::Duration,
    /// How often the data directory is checked for changes; `None`: `discord.watch_seconds`.
    pub watch_interval: Option<std::time::Duration>,
}

impl BotConfig {
    pub fn new(settings: Settings, live: Arc<Live>, token: Token) -> BotConfig {
        BotConfig {
            settings,
            live,
            token,
            http_client: None,
            pace: outbox::Pace::DISCORD,
            clock: Arc::new(SystemClock),
            answer_deadline: bot::ANSWER_DEADLINE,
            watch_interval: None,
        }
    }
}

impl fmt::Debug for BotConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BotConfig")
            .field("settings", &self.settings)
            .field("token", &self.token)
            .field("http_client", &self.http_client.is_some())
            .finish_non_exhaustive()
    }
}

/// A running bot: shut it down with [`BotHandle::shutdown`] or wait for it with [`BotHandle::wait`].
pub struct BotHandle {
    shard_manager: Arc<ShardManager>,
    task: JoinHandle<serenity::Result<()>>,
    bot: Arc<Bot>,
    /// The data-directory watcher, stopped with the bot.
    watcher: Option<JoinHandle<()>>,
    /// The daily purge of old feedback, stopped with the bot.
    purger: JoinHandle<()>,
}

impl BotHandle {
    /// The live data the bot answers from.
    pub fn live(&self) -> &Arc<Live> {
        &self.bot.live
    }

    /// How many users the rate limiter currently tracks (bounded by users active in one window).
    pub fn rate_limited_users(&self) -> usize {
        self.bot.limiter.tracked_users()
    }

    /// A handle that can stop the shards from another task (e.g. a signal handler).
    pub fn shard_manager(&self) -> Arc<ShardManager> {
        self.shard_manager.clone()
    }

    /// Stops every shard and waits for the client to return.
    pub async fn shutdown(self) -> Result<(), DiscordError> {
        if let Some(w) = &self.watcher {
            w.abort();
        }
        self.purger.abort();
        self.shard_manager.shutdown_all().await;
        self.wait().await
    }

    /// Waits until the client stops (after a shutdown or a fatal gateway error).
    pub async fn wait(self) -> Result<(), DiscordError> {
        let ended = self.task.await.map_err(DiscordError::Join);
        if let Some(w) = &self.watcher {
            w.abort();
        }
        self.purger.abort();
        ended??;
        Ok(())
    }
}

/// The gateway intents: guild and direct messages; Message Content (privileged) only when the bot
/// must read every message of its answer channels — mentions, replies and DMs carry their content
/// without it.
pub fn intents(settings: &Settings) -> GatewayIntents {
    let mut i =
        GatewayIntents::GUILDS | GatewayIntents::GUILD_MESSAGES | GatewayIntents::DIRECT_MESSAGES;
    if reads_message_content(&settings.discord) {
        i |= GatewayIntents::MESSAGE_CONTENT;
    }
    i
}

/// Does the bot ask for the privileged Message Content intent? Only to read every message of its
/// answer channels.
pub fn reads_message_content(settings: &crate::settings::DiscordSettings) -> bool {
    !settings.mention_only && !settings.answer_channels.is_empty()
}

/// Starts the bot on the current tokio runtime and returns once the client is built; the shards
/// connect in the background.
pub async fn start(config: BotConfig) -> Result<BotHandle, DiscordError> {
    let mut http = HttpBuilder::new(config.token.expose());
    if let Some(client) = config.http_client {
        http = http.client(client);
    }
    let ask_options = config.settings.ask_options();
    let mut bot = Bot::new(
        config.live,
        config.settings.discord.clone(),
        ask_options,
        config.clock,
    );
    bot.answer_deadline = config.answer_deadline;
    bot.fetch = config.settings.import.fetch_options();
    bot.outbox = outbox::Outbox::new(config.pace);
    bot.feedback = match config.settings.feedback.open() {
        Ok(store) => store,
        Err(e) => {
            tracing::error!(error = %e, "feedback is not kept; answering goes on without it");
            Arc::new(crate::feedback::NoStore)
        }
    };
    let bot = Arc::new(bot);
    let mut client = ClientBuilder::new_with_http(http.build(), intents(&config.settings))
        .event_handler(Handler { bot: bot.clone() })
        .await?;
    let shard_manager = client.shard_manager.clone();
    let shards = config.settings.discord.shards;
    let range = config
        .settings
        .discord
        .shard_range()
        .map_err(|e| DiscordError::Core(crate::error::Error::Settings(e)))?;
    let task = tokio::spawn(async move {
        match (shards, range) {
            // serenity's range is inclusive of its end: `first..last` runs first to last.
            (_, Some((first, last, total))) => client.start_shard_range(first..last, total).await,
            (Shards::Auto, None) => client.start_autosharded().await,
            (Shards::Fixed(n), None) => client.start_shards(n).await,
        }
    });
    let every = config
        .watch_interval
        .unwrap_or(std::time::Duration::from_secs(
            config.settings.discord.watch_seconds,
        ));
    let watcher = (!every.is_zero()).then(|| tokio::spawn(watch(bot.live.clone(), every)));
    let purger = tokio::spawn(purge_daily(
        bot.feedback.clone(),
        config.settings.feedback.retention_days,
    ));
    Ok(BotHandle {
        shard_manager,
        task,
        bot,
        watcher,
        purger,
    })
}

/// How often old feedback is purged.
const PURGE_EVERY: std::time::Duration = std::time::Duration::from_secs(24 * 60 * 60);

/// Deletes feedback older than the retention at start and then daily.
async fn purge_daily(store: Arc<dyn crate::feedback::FeedbackStore>, retention_days: u64) {
    let mut tick = tokio::time::interval(PURGE_EVERY);
    loop {
        tick.tick().await;
        let s = store.clone();
        let cut = crate::feedback::days_before(std::time::SystemTime::now(), retention_days);
        match tokio::task::spawn_blocking(move || s.purge(cut)).await {
            Ok(Ok(0)) => {}
            Ok(Ok(n)) => tracing::info!(rows = n, "purged old feedback"),
            Ok(Err(e)) => tracing::warn!(error = %e, "could not purge old feedback"),
            Err(e) => tracing::warn!(error = %e, "the feedback purge failed"),
        }
    }
}

/// Checks the data directory every `every` and reloads it when it changed, so a `/reload` in one
/// of several processes serving the bot (or files copied in) reaches this one too.
async fn watch(live: Arc<Live>, every: std::time::Duration) {
    let mut tick = tokio::time::interval(every);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    tick.tick().await;
    loop {
        tick.tick().await;
        let l = live.clone();
        match tokio::task::spawn_blocking(move || l.reload_if_changed()).await {
            Ok(None) => {}
            Ok(Some(Ok(report))) => tracing::info!(
                added = report.added.len(),
                removed = report.removed.len(),
                changed = report.changed.len(),
                "the data directory changed; reloaded"
            ),
            Ok(Some(Err(e))) => {
                tracing::warn!(error = %e, "the data directory changed but does not load; old data kept")
            }
            Err(e) => tracing::warn!(error = %e, "the data-directory check failed"),
        }
    }
}

/// Runs the bot until Ctrl-C or SIGTERM, then shuts the shards down cleanly.
pub fn run(settings: Settings, data_dir: PathBuf, token: Token) -> Result<(), DiscordError> {
    init_logging(&settings.log);
    let live = Arc::new(Live::load(&data_dir)?);
    let counts = live.snapshot().counts();
    tracing::info!(
        dir = %data_dir.display(),
        sources = counts.sources,
        facts = counts.facts,
        quotes = counts.quotes,
        "loaded the data"
    );
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(DiscordError::Runtime)?;
    runtime.block_on(async move {
        let handle = start(BotConfig::new(settings, live, token)).await?;
        let manager = handle.shard_manager();
        tokio::spawn(async move {
            shutdown_signal().await;
            tracing::info!("shutting down");
            manager.shutdown_all().await;
        });
        handle.wait().await
    })
}

/// Logs to standard error with `RUST_LOG`, else the `log` setting, as the filter. Does nothing if
/// a subscriber is already installed (e.g. by a test).
fn init_logging(default_filter: &str) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default_filter));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}

/// Resolves on Ctrl-C or (on Unix) SIGTERM.
async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(e) = tokio::signal::ctrl_c().await {
            tracing::warn!(error = %e, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(e) => {
                tracing::warn!(error = %e, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {}
        _ = term => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_never_shows_in_debug() {
        let t = Token::new("secret-token-value");
        assert!(!format!("{t:?}").contains("secret"));
        let live = Arc::new(Live::new(
            crate::kb::KnowledgeBase::from_sources(Vec::new(), Default::default()),
            "data",
        ));
        let c = BotConfig::new(Settings::defaults(), live, t);
        assert!(!format!("{c:?}").contains("secret"));
    }

    #[test]
    fn message_content_intent_only_for_answer_channels() {
        let mut s = Settings::defaults();
        assert!(!intents(&s).contains(GatewayIntents::MESSAGE_CONTENT));
        s.discord.answer_channels = vec![5];
        s.discord.mention_only = false;
        assert!(intents(&s).contains(GatewayIntents::MESSAGE_CONTENT));
    }
}
