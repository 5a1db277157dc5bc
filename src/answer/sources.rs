//! `sources_overview`: the loaded articles, newest first, with their counts (`/sources`).

use crate::kb::KnowledgeBase;
use crate::model::Source;
use crate::reply::{text, Reply};

/// The loaded articles with their counts and dates, most recent first.
pub fn sources_overview(kb: &KnowledgeBase) -> Reply {
    let mut sources: Vec<&Source> = kb.sources().iter().collect();
    sources.sort_by(|a, b| {
        b.meta
            .published
            .cmp(&a.meta.published)
            .then(a.id.cmp(&b.id))
    });
    if sources.is_empty() {
        return Reply::info(text::SOURCES_TITLE, text::NO_SOURCES);
    }
    let mut lines: Vec<String> = sources
        .iter()
        .map(|s| {
            format!(
                "• {}",
                text::source_line(
                    &s.meta.title,
                    s.meta.outlet.as_deref(),
                    s.meta.published.as_deref(),
                    s.facts.len(),
                    s.quotes.len(),
                )
            )
        })
        .collect();
    let c = kb.counts();
    lines.push(text::sources_total(c.sources, c.facts, c.quotes, c.people));
    Reply::info(text::SOURCES_TITLE, lines.join("\n"))
}
