//! The serenity event handler: routes gateway events to the command modules, registers the slash
//! commands once on READY, and is the panic/error boundary — a failing or panicking handler is
//! logged and answered with a generic message; no event can take the bot down.

use std::panic::AssertUnwindSafe;
use std::sync::atomic::Ordering;
use std::sync::Arc;

use futures_util::FutureExt;
use serenity::async_trait;
use serenity::builder::EditInteractionResponse;
use serenity::client::{Context, EventHandler};
use serenity::model::application::{CommandInteraction, Interaction};
use serenity::model::channel::Message;
use serenity::model::gateway::Ready;

use super::bot::Bot;
use super::{buttons, commands, messages, render};
use crate::reply::text;

/// The serenity [`EventHandler`].
pub struct Handler {
    pub bot: Arc<Bot>,
}

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
        match commands::register(
            &ctx.http,
            &self.bot.settings,
            self.bot.ask_options.max_chars,
        )
        .await
        {
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

    /// A failing or panicking answer drops its queue ticket, which sends the generic note in the
    /// message's turn (see [`super::outbox`]).
    async fn message(&self, ctx: Context, msg: Message) {
        let outcome = AssertUnwindSafe(messages::on_message(&self.bot, &ctx, &msg))
            .catch_unwind()
            .await;
        match outcome {
            Ok(Ok(())) => {}
            Ok(Err(e)) => {
                tracing::error!(error = %e, message = %msg.id, "answering a message failed");
            }
            Err(_) => tracing::error!(message = %msg.id, "answering a message panicked"),
        }
    }

    async fn interaction_create(&self, ctx: Context, interaction: Interaction) {
        match interaction {
            Interaction::Command(cmd) => {
                let outcome = AssertUnwindSafe(commands::dispatch(&self.bot, &ctx, &cmd))
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
            Interaction::Component(c) => {
                let outcome = AssertUnwindSafe(buttons::route(&self.bot, &ctx, &c))
                    .catch_unwind()
                    .await;
                match outcome {
                    Ok(Ok(())) => {}
                    Ok(Err(e)) => tracing::error!(error = %e, "button failed"),
                    Err(_) => tracing::error!("button panicked"),
                }
            }
            Interaction::Autocomplete(ac) => {
                let outcome = AssertUnwindSafe(commands::autocomplete(&self.bot, &ctx, &ac))
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

/// Tells the user something went wrong, never with a second initial response (Discord refuses
/// it, code 40060): when the interaction was already acknowledged (Discord has its `@original`),
/// the note is edited in, or sent as an ephemeral follow-up when the edit fails too; otherwise it
/// is the initial response.
async fn generic_error(ctx: &Context, cmd: &CommandInteraction) {
    let acknowledged = cmd.get_response(&ctx.http).await.is_ok();
    if !acknowledged {
        let first = cmd
            .create_response(&ctx.http, render::ephemeral_note(text::GENERIC_ERROR))
            .await;
        if let Err(e) = first {
            tracing::warn!(error = %e, "could not send the error note");
        }
        return;
    }
    let edit = EditInteractionResponse::new()
        .content(text::GENERIC_ERROR)
        .embeds(Vec::new())
        .allowed_mentions(render::no_mentions());
    if cmd.edit_response(&ctx.http, edit).await.is_ok() {
        return;
    }
    let follow_up = cmd
        .create_followup(&ctx.http, render::ephemeral_followup(text::GENERIC_ERROR))
        .await;
    if let Err(e) = follow_up {
        tracing::warn!(error = %e, "could not send the error note");
    }
}
