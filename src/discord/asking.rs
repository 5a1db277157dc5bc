//! Answering one question, for mentions and `/ask` alike: the one question check, then the
//! asker's rate limit, then [`crate::answer::ask`] from one snapshot of the live data — on a
//! blocking thread, so a slow search never stalls the gateway.

use std::sync::Arc;

use super::bot::Bot;
use super::ratelimit::Decision;
use super::render::Buttons;
use super::DiscordError;
use crate::answer::{self, buttons, check_question, QuestionError};
use crate::error::Error;
use crate::reply::{text, Reply};

/// Keeps the question for the gaps report; a store that fails is logged, never in the way.
fn remember(bot: &Bot, user: u64, question: &str, a: &answer::Answer, key: Option<String>) {
    let wording: Vec<String> = crate::retrieve::fold_words(question)
        .into_iter()
        .filter(|w| !crate::retrieve::text::is_stop(w))
        .collect();
    let record = crate::feedback::QuestionRecord {
        at: std::time::SystemTime::now(),
        user,
        question: question.to_string(),
        wording: wording.join(" "),
        answered: a.answered,
        answer_key: key,
        hits: a
            .hits
            .iter()
            .take(a.reply.items.len())
            .map(|h| h.id.clone())
            .collect(),
    };
    if let Err(e) = bot.feedback.record_question(&record) {
        tracing::warn!(error = %e, "could not keep the question");
    }
}

/// What to do with one question.
#[derive(Debug, Clone, PartialEq)]
pub enum Gate {
    /// Answer it with this reply, and the buttons under it (none for a "no answer").
    Answer(Reply, Buttons),
    /// Tell the asker this short note instead.
    Note(String),
    /// Say nothing (a repeated rate-limit refusal).
    Silent,
}

/// Checks a question against the limits and answers it from the live snapshot. The length check
/// comes first so a refused long question does not use up the asker's rate limit.
pub fn gate(bot: &Bot, user: u64, question: &str) -> Result<Gate, Error> {
    let question = question.trim();
    match check_question(question, bot.ask_options.max_chars) {
        Ok(()) => {}
        // A mention with nothing after it: say how to ask, in Discord's words.
        Err(QuestionError::Empty) => return Ok(Gate::Note(text::EMPTY_MENTION.to_string())),
        Err(e) => return Ok(Gate::Note(e.to_string())),
    }
    match bot.limiter.check(user, bot.clock.now()) {
        Decision::Allowed => {}
        Decision::Limited { first, retry_after } => {
            tracing::debug!(user, "rate limited");
            if !first {
                return Ok(Gate::Silent);
            }
            let rl = bot.settings.rate_limit;
            return Ok(Gate::Note(text::rate_limited(
                rl.questions,
                rl.window_seconds,
                retry_after.as_secs().max(1),
            )));
        }
    }
    let kb = bot.live.snapshot();
    // Ask for the items the More button can page through too.
    let opts = answer::AskOptions {
        top: bot.ask_options.related + 1 + buttons::MORE_MAX,
        ..bot.ask_options
    };
    match answer::ask(&kb, question, &opts) {
        Ok(a) => {
            let keys = if a.answered {
                let (shown, more) = buttons::answer_keys(&a);
                let answer = Some(buttons::item_key(&format!(
                    "{question}\n{}",
                    shown.join(",")
                )));
                Buttons {
                    shown,
                    more,
                    answer,
                }
            } else {
                Buttons::default()
            };
            remember(bot, user, question, &a, keys.answer.clone());
            Ok(Gate::Answer(a.reply, keys))
        }
        Err(Error::Question(msg)) => Ok(Gate::Note(msg)),
        Err(e) => Err(e),
    }
}

/// Runs [`gate`] on a blocking thread, so a slow search never stalls the gateway.
pub(super) async fn gate_off_runtime(
    bot: &Arc<Bot>,
    user: u64,
    question: String,
) -> Result<Gate, DiscordError> {
    let bot = bot.clone();
    let gate = tokio::task::spawn_blocking(move || gate(&bot, user, &question))
        .await
        .map_err(DiscordError::Join)??;
    Ok(gate)
}

pub(super) fn silent_note(bot: &Bot) -> String {
    let rl = bot.settings.rate_limit;
    text::rate_limited(rl.questions, rl.window_seconds, rl.window_seconds)
}

#[cfg(test)]
mod tests {
    use super::super::bot::test_bot;
    use super::*;

    #[test]
    fn gate_checks_length_then_rate_then_answers() {
        let mut b = test_bot(true, &[]);
        b.ask_options.max_chars = 10;
        b.limiter = super::super::ratelimit::RateLimiter::new(crate::settings::RateLimit {
            questions: 1,
            window_seconds: 60,
        });
        assert!(matches!(gate(&b, 1, "   "), Ok(Gate::Note(n)) if n == text::EMPTY_MENTION));
        assert!(
            matches!(gate(&b, 1, "ééééééééééé"), Ok(Gate::Note(n)) if n == text::question_too_long(10, 11))
        );
        assert!(matches!(gate(&b, 1, "peace?"), Ok(Gate::Answer(..))));
        assert!(matches!(gate(&b, 1, "peace?"), Ok(Gate::Note(n)) if n.contains("limit")));
        assert_eq!(gate(&b, 1, "peace?").ok(), Some(Gate::Silent));
        assert!(matches!(gate(&b, 2, "peace?"), Ok(Gate::Answer(..))));
    }
}
