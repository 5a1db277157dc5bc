//! The serenity event handler: routes gateway events to the command modules, registers the slash
//! commands once on READY, and is the panic/error boundary — a failing or panicking handler is
//! logged and answered with a generic message; no event can take the bot down.

use std::panic::AssertUnwindSafe;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use futures_util::FutureExt;
use serenity::async_trait;
use serenity::builder::EditInteractionResponse;
use serenity::client::{Context, EventHandler};
use serenity::model::application::{CommandInteraction, Interaction};
use serenity::model::channel::Message;
use serenity::model::gateway::Ready;
use serenity::model::id::UserId;

use super::ratelimit::{Clock, RateLimiter};
use super::{ask, commands, info, reload, render, DiscordError};
use crate::answer::AskOptions;
use crate::kb::Live;
use crate::reply::text;
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
    registered: AtomicBool,
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
        }
    }
}

/// The serenity [`EventHandler`].
pub struct Handler {
    pub bot: Arc<Bot>,
}

/// The outcome of one handler: errors are logged at the boundary.
pub type Handled = Result<(), DiscordError>;

#[async_trait]
impl EventHandler for Handler {
    async fn ready(&self, ctx: Context, ready: Ready) {
        let _ = self.bot.me.set(ready.user.id);
        tracing::info!(
            user = %ready.user.name,
            guilds = ready.guilds.len(),
            shard = ?ready.shard.map(|s| s.id.0),
            "connected to Discord"
        );
        // READY arrives once per shard and again after a reconnect: register once.
        if self.bot.registered.swap(true, Ordering::SeqCst) {
            return;
        }
        match commands::register(&ctx.http, &self.bot.settings).await {
            Ok(()) => tracing::info!(
                scope = if self.bot.settings.guild_ids.is_empty() {
                    "global"
                } else {
                    "guilds"
                },
                "registered the slash commands"
            ),
            Err(e) => {
                self.bot.registered.store(false, Ordering::SeqCst);
                tracing::error!(error = %e, "could not register the slash commands");
            }
        }
    }

    async fn message(&self, ctx: Context, msg: Message) {
        let outcome = AssertUnwindSafe(ask::on_message(&self.bot, &ctx, &msg))
            .catch_unwind()
            .await;
        match outcome {
            Ok(Ok(())) => return,
            Ok(Err(e)) => {
                tracing::error!(error = %e, message = %msg.id, "answering a message failed");
            }
            Err(_) => tracing::error!(message = %msg.id, "answering a message panicked"),
        }
        let note = render::message_note(&msg, text::GENERIC_ERROR);
        if let Err(e) = msg.channel_id.send_message(&ctx.http, note).await {
            tracing::warn!(error = %e, "could not send the error note");
        }
    }

    async fn interaction_create(&self, ctx: Context, interaction: Interaction) {
        match interaction {
            Interaction::Command(cmd) => {
                let outcome = AssertUnwindSafe(self.command(&ctx, &cmd))
                    .catch_unwind()
                    .await;
                match outcome {
                    Ok(Ok(())) => {}
                    Ok(Err(e)) => {
                        tracing::error!(error = %e, command = %cmd.data.name, "command failed");
                        generic_error(&ctx, &cmd).await;
                    }
                    Err(_) => {
                        tracing::error!(command = %cmd.data.name, "command panicked");
                        generic_error(&ctx, &cmd).await;
                    }
                }
            }
            Interaction::Autocomplete(ac) => {
                let outcome = AssertUnwindSafe(ask::on_autocomplete(&self.bot, &ctx, &ac))
                    .catch_unwind()
                    .await;
                match outcome {
                    Ok(Ok(())) => {}
                    Ok(Err(e)) => tracing::warn!(error = %e, "autocomplete failed"),
                    Err(_) => tracing::error!("autocomplete panicked"),
                }
            }
            _ => {}
        }
    }
}

impl Handler {
    async fn command(&self, ctx: &Context, cmd: &CommandInteraction) -> Handled {
        match cmd.data.name.as_str() {
            commands::ASK => ask::on_ask(&self.bot, ctx, cmd).await,
            commands::QUOTE => info::on_quote(&self.bot, ctx, cmd).await,
            commands::SOURCES => info::on_sources(&self.bot, ctx, cmd).await,
            commands::HELP => info::on_help(ctx, cmd).await,
            commands::RELOAD => reload::on_reload(&self.bot, ctx, cmd).await,
            other => {
                tracing::warn!(command = other, "unknown command");
                cmd.create_response(&ctx.http, render::ephemeral_note(text::GENERIC_ERROR))
                    .await?;
                Ok(())
            }
        }
    }
}

/// Tells the user something went wrong: a fresh ephemeral response, or an edit of the deferred one
/// when the interaction was already acknowledged.
async fn generic_error(ctx: &Context, cmd: &CommandInteraction) {
    let first = cmd
        .create_response(&ctx.http, render::ephemeral_note(text::GENERIC_ERROR))
        .await;
    if first.is_ok() {
        return;
    }
    let edit = EditInteractionResponse::new()
        .content(text::GENERIC_ERROR)
        .allowed_mentions(render::no_mentions());
    if let Err(e) = cmd.edit_response(&ctx.http, edit).await {
        tracing::warn!(error = %e, "could not send the error note");
    }
}
