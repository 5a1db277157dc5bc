//! Overviews: a broad question ("what happened in Geneva?", "summarize the talks") is answered
//! with the lead sentence of each of the most relevant articles, newest first, each cited.

use super::hit::{hit_at, Hit};
use crate::kb::KnowledgeBase;
use crate::model::Kind;
use crate::retrieve::Query;

/// Search results an overview looks through for relevant articles.
const OVERVIEW_CANDIDATES: usize = 40;
/// An overview shows the leads of at most this many articles.
pub(super) const OVERVIEW_ARTICLES: usize = 3;
/// An article is relevant when one of its items matches this much of the question's topic
/// words: a broad question has few, and its topic must be the article's.
const OVERVIEW_MIN_TOPIC_COVERAGE: f32 = 0.6;
/// The best item of the most relevant article must match this much of the whole question.
const OVERVIEW_MIN_COVERAGE: f32 = 0.5;
/// Further articles must score at least this share of the best one: related, not incidental.
const OVERVIEW_SCORE_SHARE: f32 = 0.5;
/// A lead sentence has at least this many words (skips bylines, "Share", captions' stubs).
const LEAD_MIN_WORDS: usize = 12;

/// The lead sentence of source `si`: its first fact long enough to be a sentence of the story and
/// on one line (page furniture run together — "Skip to content\nMSN\nSign in" — is not).
fn lead(kb: &KnowledgeBase, si: usize) -> Option<usize> {
    let s = kb.sources().get(si)?;
    s.facts
        .iter()
        .position(|f| !f.text.contains('\n') && f.text.split_whitespace().count() >= LEAD_MIN_WORDS)
}

/// The overview of a broad question: lead facts of the most relevant articles, newest first, or
/// `None` when no article is about the question's topic.
pub(super) fn overview(kb: &KnowledgeBase, q: &Query) -> Option<Vec<Hit>> {
    let docs = kb.search_query(q, OVERVIEW_CANDIDATES);
    let best = docs.first()?;
    if best.coverage < OVERVIEW_MIN_COVERAGE || best.topic_coverage < OVERVIEW_MIN_TOPIC_COVERAGE {
        return None;
    }
    let floor = best.score * OVERVIEW_SCORE_SHARE;
    let mut chosen: Vec<(usize, f32, f32)> = Vec::new();
    for d in &docs {
        if chosen.len() >= OVERVIEW_ARTICLES {
            break;
        }
        let si = d.source as usize;
        if d.score < floor
            || d.topic_coverage < OVERVIEW_MIN_TOPIC_COVERAGE
            || chosen.iter().any(|c| c.0 == si)
        {
            continue;
        }
        chosen.push((si, d.score, d.coverage));
    }
    let mut hits: Vec<Hit> = Vec::new();
    for (si, score, coverage) in chosen {
        let Some(fi) = lead(kb, si) else { continue };
        let Some(h) = hit_at(kb, Kind::Fact, si as u32, fi as u32, score, coverage) else {
            continue;
        };
        // The same sentence twice (a repost, a standfirst repeating the lead) is shown once.
        if hits.iter().any(|x| x.text == h.text) {
            continue;
        }
        hits.push(h);
    }
    // Newest first; undated articles last, in relevance order.
    hits.sort_by(|a, b| b.date.cmp(&a.date));
    (!hits.is_empty()).then_some(hits)
}
