//! `ask`: a question answered from the knowledge base — the best hit if it covers enough of the
//! question, with related hits under it, or an honest "no answer" that says what Parley can answer.

use super::hit::{hit_of, item_of, notable_people, overlaps, Answer, Hit, Outcome};
use super::question::{check_question, MAX_QUESTION_CHARS};
use super::suggest::suggest;
use crate::error::{Error, Result};
use crate::kb::KnowledgeBase;
use crate::model::{Kind, Person};
use crate::reply::{text, Reply, ReplyKind};
use crate::retrieve::{fold_words, IntentKind, Query};

/// Options of one question.
#[derive(Debug, Clone, Copy)]
pub struct AskOptions {
    /// How many hits to return (the answer first).
    pub top: usize,
    /// How many related items the reply shows under its answer.
    pub related: usize,
    /// The longest question answered, in characters (`retrieval.max_question_chars`).
    pub max_chars: usize,
}

impl Default for AskOptions {
    fn default() -> Self {
        AskOptions {
            top: 3,
            related: 2,
            max_chars: MAX_QUESTION_CHARS,
        }
    }
}

/// The least fraction of a question's weight the answer must match. Calibrated on the eval set
/// (`tests/retrieval.rs`): in-scope questions match ≥ 0.6, out-of-scope ones well below.
pub const MIN_COVERAGE: f32 = 0.45;

/// The least fraction of the weight of a question's topic words (what it asks about, apart from
/// the people it names) the answer must match.
pub const MIN_TOPIC_COVERAGE: f32 = 0.4;

/// Answers a question from the knowledge base. A blank question is an error; a question the
/// sources do not cover is a normal answer with `answered == false`.
pub fn ask(kb: &KnowledgeBase, question: &str, opts: &AskOptions) -> Result<Answer> {
    check_question(question, opts.max_chars).map_err(|e| Error::Question(e.to_string()))?;
    let q = kb.analyze(question);
    let want = opts.top.max(opts.related + 1).max(1);
    let docs = kb.search_query(&q, want * 4 + 4);
    let mut hits: Vec<Hit> = Vec::new();
    let mut oks: Vec<bool> = Vec::new();
    for d in &docs {
        let Some(h) = hit_of(kb, d) else { continue };
        if hits.iter().any(|x| overlaps(x, &h)) {
            continue;
        }
        hits.push(h);
        oks.push(d.subject_ok && d.topic_coverage >= MIN_TOPIC_COVERAGE);
    }
    let mut lead = String::new();
    if q.intent.kind == IntentKind::WhoIs {
        if let Some((p, hit)) = who_is(kb, &q) {
            if let Some(role) = &p.role {
                lead = text::person_role(&p.name, role);
            }
            hits.retain(|h| !overlaps(h, &hit));
            hits.insert(0, hit);
            oks.insert(0, true);
        }
    }
    let answered = match (hits.first(), oks.first()) {
        (Some(h), Some(&ok)) => ok && (h.coverage as f32) >= MIN_COVERAGE,
        _ => false,
    };
    let reply = if answered {
        let mut items = Vec::new();
        for (i, h) in hits.iter().enumerate() {
            if i > opts.related {
                break;
            }
            if i > 0 && (h.coverage as f32) < MIN_COVERAGE / 2.0 {
                break;
            }
            items.push(item_of(kb, h, i + 1));
        }
        Reply {
            kind: ReplyKind::Answer,
            title: text::answer_title(question),
            body: lead,
            items,
            suggestions: Vec::new(),
        }
    } else {
        no_answer(kb)
    };
    hits.truncate(opts.top.max(1));
    Ok(Answer {
        question: question.to_string(),
        answered,
        outcome: if answered {
            Outcome::Answer
        } else {
            Outcome::NoAnswer
        },
        reply,
        hits,
    })
}

/// "Who is X": the person and the fact that gives their role.
fn who_is<'a>(kb: &'a KnowledgeBase, q: &Query) -> Option<(&'a Person, Hit)> {
    let p = kb.people().get(*q.people.first()? as usize)?;
    let role = fold_words(p.role.as_deref()?).join(" ");
    let names: Vec<String> = std::iter::once(&p.name)
        .chain(&p.aliases)
        .map(|n| fold_words(n).join(" "))
        .collect();
    let query = format!("{} {}", p.name, p.role.as_deref().unwrap_or_default());
    for d in kb.search(&query, 20) {
        if d.kind != Kind::Fact {
            continue;
        }
        let Some(hit) = hit_of(kb, &d) else { continue };
        let t = fold_words(&hit.text).join(" ");
        if t.contains(&role)
            && names
                .iter()
                .any(|n| !n.is_empty() && t.contains(n.as_str()))
        {
            return Some((p, hit));
        }
    }
    None
}

/// The reply to a question the articles do not cover: what Parley can answer instead.
fn no_answer(kb: &KnowledgeBase) -> Reply {
    let mut body = vec![text::NO_ANSWER.to_string()];
    let people: Vec<&Person> = notable_people(kb, 6)
        .into_iter()
        .filter(|p| {
            kb.people()
                .iter()
                .position(|x| x.name == p.name)
                .is_some_and(|i| kb.index().quotes_by(i) > 0)
        })
        .collect();
    if !people.is_empty() {
        body.push(format!(
            "{} {}.",
            text::NO_ANSWER_PEOPLE,
            people
                .iter()
                .map(|p| p.name.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    let titles: Vec<String> = kb
        .sources()
        .iter()
        .take(3)
        .map(|s| format!("“{}”", s.meta.title))
        .collect();
    if !titles.is_empty() {
        body.push(format!(
            "{} {}.",
            text::NO_ANSWER_SOURCES,
            titles.join("; ")
        ));
    }
    Reply {
        kind: ReplyKind::NoAnswer,
        title: text::NO_ANSWER_TITLE.to_string(),
        body: body.join("\n"),
        items: Vec::new(),
        suggestions: suggest(kb, "", 2),
    }
}
