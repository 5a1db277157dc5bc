//! [`Bot`]: what every handler shares — the live data, the settings, the question options and the
//! per-user limiter — and [`Handled`], the outcome every handler returns.

use std::collections::HashMap;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use serenity::model::id::UserId;

use super::outbox::{Outbox, Pace};
use super::ratelimit::{Clock, RateLimiter};
use super::DiscordError;
use crate::answer::AskOptions;
use crate::feedback::{FeedbackStore, NoStore};
use crate::import::{FetchOptions, Imported};
use crate::kb::Live;
use crate::settings::DiscordSettings;

/// The default time `/ask` may take before its response is deferred.
pub const ANSWER_DEADLINE: Duration = Duration::from_millis(1500);

/// Everything the handlers share: the live data, the settings and the per-user limiter.
pub struct Bot {
    pub live: Arc<Live>,
    pub settings: DiscordSettings,
    pub ask_options: AskOptions,
    pub limiter: RateLimiter,
    pub clock: Arc<dyn Clock>,
    /// How long `/ask` may take before the response is deferred (Discord allows 3 s).
    pub answer_deadline: Duration,
    /// The bot's own user id, known from READY.
    pub me: OnceLock<UserId>,
    /// Whether the slash commands were registered (READY comes once per shard).
    pub(super) registered: AtomicBool,
    /// How pages are fetched for `/article add`.
    pub fetch: FetchOptions,
    /// `/article add` previews waiting for Confirm or Cancel, by key. In memory: a restart drops
    /// them, and their buttons then say the preview expired.
    pub pending: Mutex<HashMap<String, Pending>>,
    /// Where questions and votes are kept (nothing when storage is off or failed to open).
    pub feedback: Arc<dyn FeedbackStore>,
    /// Answers to messages, queued per channel in order and paced under the global limit.
    pub outbox: Outbox,
}

/// An article previewed by `/article add`, waiting for its operator's Confirm.
#[derive(Debug, Clone)]
pub struct Pending {
    pub article: Imported,
    /// Who asked for it: only they can confirm.
    pub user: u64,
    pub created: Instant,
}

impl Bot {
    pub fn new(
        live: Arc<Live>,
        settings: DiscordSettings,
        ask_options: AskOptions,
        clock: Arc<dyn Clock>,
    ) -> Bot {
        Bot {
            live,
            limiter: RateLimiter::new(settings.rate_limit),
            settings,
            ask_options,
            clock,
            answer_deadline: ANSWER_DEADLINE,
            me: OnceLock::new(),
            registered: AtomicBool::new(false),
            fetch: crate::settings::Settings::defaults().import.fetch_options(),
            pending: Mutex::new(HashMap::new()),
            feedback: Arc::new(NoStore),
            outbox: Outbox::new(Pace::DISCORD),
        }
    }
}

/// The outcome of one handler: errors are logged at the boundary.
pub type Handled = Result<(), DiscordError>;

/// A bot over an empty knowledge base, for unit tests.
#[cfg(test)]
pub(crate) fn test_bot(mention_only: bool, channels: &[u64]) -> Bot {
    let mut s = crate::settings::Settings::defaults().discord;
    s.mention_only = mention_only;
    s.answer_channels = channels.to_vec();
    let kb = crate::kb::KnowledgeBase::from_sources(Vec::new(), Default::default());
    Bot::new(
        Arc::new(Live::new(kb, "data")),
        s,
        AskOptions::default(),
        Arc::new(super::ratelimit::SystemClock),
    )
}
