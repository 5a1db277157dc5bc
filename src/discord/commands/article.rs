//! `/article add|remove|list` — operators change the articles from Discord. `add` fetches a page (or
//! reads an attached file), shows what Parley extracted with Confirm / Cancel buttons, and on
//! Confirm writes the article atomically and reloads; `remove` moves an article to `removed/` and
//! reloads; `list` shows the articles with their ids. Everything is deferred and ephemeral, and
//! nothing is written until the whole data directory is known to load with the change.

use std::sync::Arc;
use std::time::{Duration, Instant};

use serenity::builder::{
    CreateActionRow, CreateButton, CreateCommand, CreateCommandOption, CreateInteractionResponse,
    CreateInteractionResponseMessage, EditInteractionResponse,
};
use serenity::client::Context;
use serenity::model::application::{
    ButtonStyle, CommandDataOptionValue, CommandInteraction, CommandOptionType,
    ComponentInteraction,
};
use serenity::model::Permissions;

use super::reload::caller_of;
use crate::discord::bot::{Bot, Handled, Pending};
use crate::discord::permissions::{may_change_data, Caller};
use crate::discord::{render, DiscordError};
use crate::import::{self, ImportError, Imported};
use crate::kb::KnowledgeBase;
use crate::reply::{limits, text, Reply};

pub const NAME: &str = "article";
pub const ADD: &str = "add";
pub const REMOVE: &str = "remove";
pub const LIST: &str = "list";
pub const URL: &str = "url";
pub const FILE: &str = "file";
pub const ID: &str = "id";

/// Custom ids of the preview's buttons: `article:confirm:<key>` and `article:cancel:<key>`.
pub const CONFIRM_PREFIX: &str = "article:confirm:";
pub const CANCEL_PREFIX: &str = "article:cancel:";
/// A preview waits this long for Confirm (Discord's interaction tokens last 15 minutes).
pub const PREVIEW_LIFETIME: Duration = Duration::from_secs(15 * 60);
/// At most this many previews wait at once; the oldest go first.
const PENDING_MAX: usize = 100;

pub fn definition() -> CreateCommand {
    CreateCommand::new(NAME)
        .description("Operators: add, remove or list the articles Parley answers from")
        .default_member_permissions(Permissions::MANAGE_GUILD)
        .dm_permission(false)
        .add_option(
            CreateCommandOption::new(CommandOptionType::SubCommand, ADD, "Add an article")
                .add_sub_option(CreateCommandOption::new(
                    CommandOptionType::String,
                    URL,
                    "The news page's address",
                ))
                .add_sub_option(CreateCommandOption::new(
                    CommandOptionType::Attachment,
                    FILE,
                    "A saved page (.html) or an article file (.md, .txt)",
                )),
        )
        .add_option(
            CreateCommandOption::new(CommandOptionType::SubCommand, REMOVE, "Remove an article")
                .add_sub_option(
                    CreateCommandOption::new(CommandOptionType::String, ID, "The article's id")
                        .required(true)
                        .set_autocomplete(true),
                ),
        )
        .add_option(CreateCommandOption::new(
            CommandOptionType::SubCommand,
            LIST,
            "List the articles and their ids",
        ))
}

/// The subcommand and its options.
fn subcommand(
    cmd: &CommandInteraction,
) -> Option<(&str, &[serenity::model::application::CommandDataOption])> {
    cmd.data.options.first().and_then(|o| match &o.value {
        CommandDataOptionValue::SubCommand(opts) => Some((o.name.as_str(), opts.as_slice())),
        _ => None,
    })
}

pub async fn run(bot: &Arc<Bot>, ctx: &Context, cmd: &CommandInteraction) -> Handled {
    let caller = caller_of(cmd);
    if let Err(refusal) = may_change_data(&bot.settings, &caller) {
        tracing::info!(user = caller.user_id, ?refusal, "refused /article");
        cmd.create_response(&ctx.http, render::ephemeral_note(refusal.message()))
            .await?;
        return Ok(());
    }
    let Some((sub, opts)) = subcommand(cmd) else {
        cmd.create_response(&ctx.http, render::ephemeral_note(text::GENERIC_ERROR))
            .await?;
        return Ok(());
    };
    match sub {
        LIST => {
            let kb = bot.live.snapshot();
            let reply = Reply::info(text::ARTICLE_LIST_TITLE, list(&kb));
            cmd.create_response(&ctx.http, render::response(&reply, true))
                .await?;
        }
        ADD => {
            let url = opts
                .iter()
                .find(|o| o.name == URL)
                .and_then(|o| o.value.as_str())
                .map(str::to_string);
            let file = opts
                .iter()
                .find(|o| o.name == FILE)
                .and_then(|o| match o.value {
                    CommandDataOptionValue::Attachment(id) => cmd
                        .data
                        .resolved
                        .attachments
                        .get(&id)
                        .map(|a| (a.url.clone(), a.filename.clone())),
                    _ => None,
                });
            if url.is_none() && file.is_none() {
                cmd.create_response(
                    &ctx.http,
                    render::ephemeral_note(text::ARTICLE_ADD_NEEDS_INPUT),
                )
                .await?;
                return Ok(());
            }
            cmd.create_response(&ctx.http, render::defer(true)).await?;
            let fetch = bot.fetch;
            let dir = bot.live.dir().to_path_buf();
            let prepared =
                tokio::task::spawn_blocking(move || -> Result<(Imported, String), ImportError> {
                    let article = match (url, file) {
                        (Some(url), _) => import::from_url(&url, &fetch)?,
                        (None, Some((url, name))) => from_attachment(&url, &name, &fetch)?,
                        (None, None) => return Err(ImportError::BadUrl(String::new())),
                    };
                    let (path, kb) = import::check(&dir, &article)?;
                    let preview = import::preview(&kb, &path);
                    Ok((article, preview))
                })
                .await
                .map_err(DiscordError::Join)?;
            let (article, preview) = match prepared {
                Ok(p) => p,
                Err(e) => {
                    let reply = Reply::error(text::ARTICLE_FAILED_TITLE, e.to_string());
                    cmd.edit_response(&ctx.http, render::edit(&reply)).await?;
                    return Ok(());
                }
            };
            let key = format!("{:x}", cmd.id.get());
            remember(bot, &key, article, caller.user_id);
            let reply = Reply::info(
                text::ARTICLE_PREVIEW_TITLE,
                format!("{preview}\n{}", text::ARTICLE_PREVIEW_HINT),
            );
            let edit = render::edit(&reply).components(buttons(&key));
            cmd.edit_response(&ctx.http, edit).await?;
        }
        REMOVE => {
            let id = opts
                .iter()
                .find(|o| o.name == ID)
                .and_then(|o| o.value.as_str())
                .unwrap_or_default()
                .trim()
                .to_string();
            cmd.create_response(&ctx.http, render::defer(true)).await?;
            let live = bot.live.clone();
            let done = tokio::task::spawn_blocking(move || {
                import::remove(live.dir(), &id).map(|(to, _)| (id, to, live.reload()))
            })
            .await
            .map_err(DiscordError::Join)?;
            let reply = match done {
                Ok((id, to, _)) => Reply::info(
                    text::ARTICLE_REMOVED_TITLE,
                    text::article_removed(&id, &to.display().to_string()),
                ),
                Err(e) => Reply::error(text::ARTICLE_FAILED_TITLE, e.to_string()),
            };
            cmd.edit_response(&ctx.http, render::edit(&reply)).await?;
        }
        _ => {
            cmd.create_response(&ctx.http, render::ephemeral_note(text::GENERIC_ERROR))
                .await?;
        }
    }
    Ok(())
}

/// An attached file: a saved page, or an article file as it is.
fn from_attachment(
    url: &str,
    name: &str,
    fetch: &import::FetchOptions,
) -> Result<Imported, ImportError> {
    let page = import::fetch::fetch_any(url, fetch)?;
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".md") || lower.ends_with(".txt") {
        let text = String::from_utf8(page.bytes)
            .map_err(|_| ImportError::Invalid(format!("{name} is not UTF-8 text")))?;
        let article = crate::source::parse_article(std::path::Path::new(name), text.clone())
            .map_err(|e| ImportError::Invalid(e.to_string()))?;
        return Ok(Imported {
            meta: article.meta,
            text,
        });
    }
    import::from_html(&page.bytes, page.content_type.as_deref(), None)
}

fn remember(bot: &Bot, key: &str, article: Imported, user: u64) {
    let mut pending = bot.pending.lock().unwrap_or_else(|p| p.into_inner());
    pending.retain(|_, p| p.created.elapsed() < PREVIEW_LIFETIME);
    while pending.len() >= PENDING_MAX {
        let Some(oldest) = pending
            .iter()
            .min_by_key(|(_, p)| p.created)
            .map(|(k, _)| k.clone())
        else {
            break;
        };
        pending.remove(&oldest);
    }
    pending.insert(
        key.to_string(),
        Pending {
            article,
            user,
            created: Instant::now(),
        },
    );
}

fn buttons(key: &str) -> Vec<CreateActionRow> {
    vec![CreateActionRow::Buttons(vec![
        CreateButton::new(format!("{CONFIRM_PREFIX}{key}"))
            .label(text::CONFIRM)
            .style(ButtonStyle::Success),
        CreateButton::new(format!("{CANCEL_PREFIX}{key}"))
            .label(text::CANCEL)
            .style(ButtonStyle::Secondary),
    ])]
}

/// The articles with their ids, newest first.
pub fn list(kb: &KnowledgeBase) -> String {
    let mut sources: Vec<_> = kb.sources().iter().collect();
    sources.sort_by(|a, b| {
        b.meta
            .published
            .cmp(&a.meta.published)
            .then(a.id.cmp(&b.id))
    });
    let lines: Vec<String> = sources
        .iter()
        .map(|s| {
            let date = s.meta.published.as_deref().unwrap_or("undated");
            format!("{} — {} ({date})", s.id, s.meta.title)
        })
        .collect();
    if lines.is_empty() {
        text::NO_SOURCES.to_string()
    } else {
        lines.join("\n")
    }
}

/// Autocomplete of `/article remove id:`: ids or titles matching what was typed.
pub fn suggestions(kb: &KnowledgeBase, partial: &str) -> Vec<String> {
    let p = partial.to_lowercase();
    kb.sources()
        .iter()
        .filter(|s| s.id.contains(&p) || s.meta.title.to_lowercase().contains(&p))
        .take(limits::CHOICES)
        .map(|s| s.id.clone())
        .collect()
}

/// The facts the permission check needs, from a button press.
fn caller_of_component(c: &ComponentInteraction) -> Caller {
    Caller::of(
        c.guild_id.map(|g| g.get()),
        c.user.id.get(),
        c.member.as_ref(),
    )
}

/// Replaces the preview message (its buttons gone) with `reply`.
fn update(reply: &Reply) -> CreateInteractionResponse {
    CreateInteractionResponse::UpdateMessage(
        CreateInteractionResponseMessage::new()
            .embed(render::embed(reply))
            .components(Vec::new())
            .allowed_mentions(render::no_mentions()),
    )
}

/// Confirm or Cancel under a preview.
pub async fn on_button(bot: &Arc<Bot>, ctx: &Context, c: &ComponentInteraction) -> Handled {
    let id = c.data.custom_id.as_str();
    let (confirm, key) = if let Some(k) = id.strip_prefix(CONFIRM_PREFIX) {
        (true, k)
    } else if let Some(k) = id.strip_prefix(CANCEL_PREFIX) {
        (false, k)
    } else {
        return Ok(());
    };
    let caller = caller_of_component(c);
    if let Err(refusal) = may_change_data(&bot.settings, &caller) {
        c.create_response(&ctx.http, render::ephemeral_note(refusal.message()))
            .await?;
        return Ok(());
    }
    let taken = {
        let mut pending = bot.pending.lock().unwrap_or_else(|p| p.into_inner());
        match pending.get(key) {
            Some(p) if p.user != caller.user_id => Err(text::ARTICLE_NOT_YOURS),
            Some(p) if p.created.elapsed() >= PREVIEW_LIFETIME => {
                pending.remove(key);
                Err(text::ARTICLE_EXPIRED)
            }
            Some(_) => pending.remove(key).ok_or(text::ARTICLE_EXPIRED),
            None => Err(text::ARTICLE_EXPIRED),
        }
    };
    let pending = match taken {
        Ok(p) => p,
        Err(note) if note == text::ARTICLE_NOT_YOURS => {
            c.create_response(&ctx.http, render::ephemeral_note(note))
                .await?;
            return Ok(());
        }
        Err(note) => {
            c.create_response(&ctx.http, update(&Reply::info(text::NOTE_TITLE, note)))
                .await?;
            return Ok(());
        }
    };
    if !confirm {
        c.create_response(
            &ctx.http,
            update(&Reply::info(text::NOTE_TITLE, text::ARTICLE_CANCELLED)),
        )
        .await?;
        return Ok(());
    }
    // Writing and reloading can take a moment: acknowledge first, then edit the message.
    c.create_response(&ctx.http, CreateInteractionResponse::Acknowledge)
        .await?;
    let live = bot.live.clone();
    let done = tokio::task::spawn_blocking(move || {
        let stem = import::slug(&pending.article.meta.title);
        import::save(live.dir(), &stem, &pending.article, false).map(|_| live.reload())
    })
    .await
    .map_err(DiscordError::Join)?;
    let reply = match done {
        Ok(Ok(report)) => Reply::info(text::RELOAD_OK_TITLE, text::reload_report(&report)),
        Ok(Err(e)) => Reply::error(text::RELOAD_FAILED_TITLE, text::reload_failed(&e)),
        Err(e) => Reply::error(text::ARTICLE_FAILED_TITLE, e.to_string()),
    };
    let edit = EditInteractionResponse::new()
        .embed(render::embed(&reply))
        .components(Vec::new())
        .allowed_mentions(render::no_mentions());
    c.edit_response(&ctx.http, edit).await?;
    Ok(())
}
