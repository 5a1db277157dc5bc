//! [`Hit`]: the one type in which the core hands out a retrieved fact or quote, [`Answer`]: the
//! result of a question, and what turns hits into cited reply items.

use serde::Serialize;

use crate::kb::KnowledgeBase;
use crate::model::{Kind, Person};
use crate::reply::{Citation, Item, Reply};
use crate::retrieve::ScoredDoc;

/// One retrieved fact or quote.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    pub id: String,
    pub kind: Kind,
    pub text: String,
    pub speaker: Option<String>,
    pub source_id: String,
    /// The article's publication date (`YYYY-MM-DD`), when known.
    pub date: Option<String>,
    pub section: Option<String>,
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
    pub score: f64,
    /// The fraction of the question's weight this hit matches (0–1).
    pub coverage: f64,
}

/// What kind of reply a question got.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// The best matching fact, statement or quote.
    Answer,
    /// No answer: the articles do not cover the question.
    NoAnswer,
    /// A broad question: the lead sentences of the most relevant articles.
    Overview,
    /// The person asked about is named in the articles but never speaks.
    Mentioned,
    /// The person asked about is named in no article.
    UnknownPerson,
}

/// The result of a question.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    pub question: String,
    pub answered: bool,
    /// What kind of reply it is (`answered` is true for an answer and an overview).
    pub outcome: Outcome,
    pub reply: Reply,
    pub hits: Vec<Hit>,
}

/// The hit for item `item` of kind `kind` in source `source` (positions in the knowledge base).
pub(super) fn hit_at(
    kb: &KnowledgeBase,
    kind: Kind,
    source: u32,
    item: u32,
    score: f32,
    coverage: f32,
) -> Option<Hit> {
    let s = kb.sources().get(source as usize)?;
    let (id, text, speaker, section, paragraph, start, end) = match kind {
        Kind::Fact => {
            let f = s.facts.get(item as usize)?;
            (
                &f.id,
                &f.text,
                None,
                &f.section,
                f.paragraph,
                f.start,
                f.end,
            )
        }
        Kind::Statement => {
            let t = s.statements.get(item as usize)?;
            (
                &t.id,
                &t.text,
                Some(t.speaker.clone()),
                &t.section,
                t.paragraph,
                t.start,
                t.end,
            )
        }
        Kind::Quote => {
            let q = s.quotes.get(item as usize)?;
            let speaker = q.speaker.clone();
            (
                &q.id,
                &q.text,
                speaker,
                &q.section,
                q.paragraph,
                q.start,
                q.end,
            )
        }
    };
    Some(Hit {
        id: id.clone(),
        kind,
        text: text.clone(),
        speaker,
        source_id: s.id.clone(),
        date: s.meta.published.clone(),
        section: section.clone(),
        paragraph,
        start,
        end,
        score: rounded(score),
        coverage: rounded(coverage),
    })
}

/// Scores are shown to three decimals, so the JSON output is stable across platforms.
fn rounded(x: f32) -> f64 {
    (f64::from(x) * 1000.0).round() / 1000.0
}

/// A search result as a hit.
pub(super) fn hit_of(kb: &KnowledgeBase, d: &ScoredDoc) -> Option<Hit> {
    hit_at(kb, d.kind, d.source, d.item, d.score, d.coverage)
}

pub(super) fn overlaps(a: &Hit, b: &Hit) -> bool {
    a.source_id == b.source_id && a.start < b.end && b.start < a.end
}

fn role_of<'a>(kb: &'a KnowledgeBase, name: &str) -> Option<&'a str> {
    kb.people()
        .iter()
        .find(|p| p.name == name)
        .and_then(|p| p.role.as_deref())
}

fn citation(kb: &KnowledgeBase, hit: &Hit, number: usize) -> Citation {
    let s = kb.source(&hit.source_id);
    Citation {
        number,
        title: s.map(|s| s.meta.title.clone()).unwrap_or_default(),
        outlet: s.and_then(|s| s.meta.outlet.clone()),
        published: s.and_then(|s| s.meta.published.clone()),
        section: hit.section.clone(),
        paragraph: hit.paragraph,
        url: s.and_then(|s| s.meta.url.clone()),
    }
}

/// A hit as a reply item with citation `[number]`.
pub fn item_of(kb: &KnowledgeBase, hit: &Hit, number: usize) -> Item {
    Item {
        kind: hit.kind,
        text: hit.text.clone(),
        speaker: hit.speaker.clone(),
        role: hit
            .speaker
            .as_deref()
            .and_then(|n| role_of(kb, n))
            .map(str::to_string),
        citation: citation(kb, hit, number),
    }
}

/// People with attributed quotes first, then the others; at most `limit`.
pub(super) fn notable_people(kb: &KnowledgeBase, limit: usize) -> Vec<&Person> {
    let mut ps: Vec<(usize, usize, &Person)> = kb
        .people()
        .iter()
        .enumerate()
        .map(|(i, p)| (kb.index().quotes_by(i), i, p))
        .collect();
    ps.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    ps.into_iter().take(limit).map(|x| x.2).collect()
}
