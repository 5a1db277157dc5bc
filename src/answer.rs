//! The core's entry points the CLI and the Discord adapter call: [`ask`] a question, [`suggest`]
//! questions while someone types, list a person's quotes, describe the loaded sources.

use serde::Serialize;

use crate::error::{Error, Result};
use crate::kb::KnowledgeBase;
use crate::reply::{Reply, ReplyKind};

/// Options of one question.
#[derive(Debug, Clone, Copy)]
pub struct AskOptions {
    /// How many hits to return (the answer first).
    pub top: usize,
    /// How many related items the reply shows under its answer.
    pub related: usize,
}

impl Default for AskOptions {
    fn default() -> Self {
        AskOptions { top: 3, related: 2 }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum HitKind {
    Quote,
    Fact,
}

/// One retrieved fact or quote.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    pub id: String,
    pub kind: HitKind,
    pub text: String,
    pub speaker: Option<String>,
    pub source_id: String,
    pub section: Option<String>,
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
    pub score: f64,
}

/// The result of a question.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    pub question: String,
    pub answered: bool,
    pub reply: Reply,
    pub hits: Vec<Hit>,
}

/// Answers a question from the knowledge base. A blank question is an error; a question the
/// sources do not cover is a normal answer with `answered == false`.
pub fn ask(_kb: &KnowledgeBase, question: &str, _opts: &AskOptions) -> Result<Answer> {
    if question.trim().is_empty() {
        return Err(Error::Question("the question is empty".into()));
    }
    Ok(Answer {
        question: question.to_string(),
        answered: false,
        reply: Reply {
            kind: ReplyKind::NoAnswer,
            title: "No answer".into(),
            body: String::new(),
        },
        hits: Vec::new(),
    })
}

/// Up to `limit` questions Parley can answer that match what someone has typed so far.
pub fn suggest(_kb: &KnowledgeBase, _partial: &str, _limit: usize) -> Vec<String> {
    Vec::new()
}

/// A person's quotes, best first, with citations; `person` is matched fuzzily against the known
/// people (PLACEHOLDER until the retriever lands).
pub fn person_quotes(_kb: &KnowledgeBase, person: &str, _limit: usize) -> Reply {
    Reply::info(format!("Quotes by {person}"), String::new())
}

/// Names of known people matching what someone has typed, for autocomplete.
pub fn suggest_people(kb: &KnowledgeBase, partial: &str, limit: usize) -> Vec<String> {
    let p = partial.to_lowercase();
    kb.people()
        .iter()
        .filter(|x| x.name.to_lowercase().contains(&p))
        .take(limit)
        .map(|x| x.name.clone())
        .collect()
}

/// The loaded articles with their counts and dates.
pub fn sources_overview(kb: &KnowledgeBase) -> Reply {
    let body = kb
        .sources()
        .iter()
        .map(|s| {
            format!(
                "{} ({} facts, {} quotes)",
                s.meta.title,
                s.facts.len(),
                s.quotes.len()
            )
        })
        .collect::<Vec<_>>()
        .join("\n");
    Reply::info("Sources", body)
}

/// What Parley is and how to ask it.
pub fn help() -> Reply {
    Reply::info(crate::reply::text::HELP_TITLE, String::new())
}
