//! `/ask question:` — answered like a mention, directly when the core is quick, else deferred and
//! edited — and its autocomplete of questions Parley can answer.

use std::sync::Arc;

use serenity::builder::{
    AutocompleteChoice, CreateAutocompleteResponse, CreateCommand, CreateCommandOption,
    CreateInteractionResponse,
};
use serenity::client::Context;
use serenity::model::application::{CommandInteraction, CommandOptionType};

use super::option_str;
use crate::discord::asking::{gate_off_runtime, silent_note, Gate};
use crate::discord::bot::{Bot, Handled};
use crate::discord::render;
use crate::kb::KnowledgeBase;
use crate::reply::{clip, limits, text, Reply};

pub const NAME: &str = "ask";
pub const QUESTION: &str = "question";

/// The command's definition; the question option is limited to the longest question answered.
pub fn definition(max_question_chars: usize) -> CreateCommand {
    let max_len = u16::try_from(max_question_chars.clamp(1, 6000)).unwrap_or(6000);
    CreateCommand::new(NAME)
        .description("Ask about the peace negotiations; the answer quotes the articles")
        .add_option(
            CreateCommandOption::new(CommandOptionType::String, QUESTION, "Your question")
                .required(true)
                .set_autocomplete(true)
                .max_length(max_len),
        )
}

pub async fn run(bot: &Arc<Bot>, ctx: &Context, cmd: &CommandInteraction) -> Handled {
    let question = option_str(cmd, QUESTION).unwrap_or_default();
    let answering = gate_off_runtime(bot, cmd.user.id.get(), question);
    tokio::pin!(answering);
    // Discord wants a response within 3 s: answer directly when the core is quick (it nearly
    // always is), otherwise acknowledge with a deferral and edit the answer in afterwards.
    // A zero deadline always defers.
    let gate = if bot.answer_deadline.is_zero() {
        None
    } else {
        tokio::select! {
            biased;
            g = &mut answering => Some(g?),
            _ = tokio::time::sleep(bot.answer_deadline) => None,
        }
    };
    let Some(gate) = gate else {
        cmd.create_response(&ctx.http, render::defer(false)).await?;
        let (reply, buttons) = match answering.await? {
            Gate::Answer(reply, buttons) => (reply, buttons),
            Gate::Note(note) => (Reply::info(text::NOTE_TITLE, note), Default::default()),
            Gate::Silent => (
                Reply::info(text::NOTE_TITLE, silent_note(bot)),
                Default::default(),
            ),
        };
        cmd.edit_response(&ctx.http, render::edit_answer(&reply, &buttons))
            .await?;
        return Ok(());
    };
    let response = match gate {
        Gate::Answer(reply, buttons) => render::response_answer(&reply, &buttons, false),
        Gate::Note(note) => render::ephemeral_note(&note),
        // An interaction must be acknowledged, and an ephemeral note pings nobody.
        Gate::Silent => render::ephemeral_note(&silent_note(bot)),
    };
    cmd.create_response(&ctx.http, response).await?;
    Ok(())
}

/// Autocomplete choices: at most 25, each 1..=100 characters, no duplicates.
pub fn choices(suggestions: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for s in suggestions {
        let s = clip(s.trim(), limits::CHOICE_CHARS);
        if s.is_empty() || out.contains(&s) {
            continue;
        }
        out.push(s);
        if out.len() == limits::CHOICES {
            break;
        }
    }
    out
}

/// Autocomplete: questions Parley can answer that start like what was typed.
pub fn suggestions(kb: &KnowledgeBase, partial: &str) -> Vec<String> {
    crate::answer::suggest(kb, partial, limits::CHOICES)
}

/// Sends autocomplete choices.
pub async fn respond_choices(
    ctx: &Context,
    ac: &CommandInteraction,
    suggestions: Vec<String>,
) -> Handled {
    let list = choices(suggestions)
        .into_iter()
        .map(|c| AutocompleteChoice::new(c.clone(), c))
        .collect();
    ac.create_response(
        &ctx.http,
        CreateInteractionResponse::Autocomplete(
            CreateAutocompleteResponse::new().set_choices(list),
        ),
    )
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_are_limited_and_clipped() {
        let long = "é".repeat(300);
        let mut s: Vec<String> = (0..40).map(|i| format!("question {i}")).collect();
        s.insert(0, long);
        s.insert(1, "question 0".into());
        s.insert(2, "   ".into());
        let c = choices(s);
        assert_eq!(c.len(), 25);
        assert!(c.iter().all(|x| (1..=100).contains(&x.chars().count())));
        assert_eq!(c.iter().filter(|x| *x == "question 0").count(), 1);
    }
}
