//! What the `parley` commands print: pure functions from the core's values to text or JSON, so
//! the binary only parses arguments, calls these and sets the exit code; and the [`chat`] loop.

pub mod chat;
pub mod import;

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::error::{DataErrors, Result};
use crate::kb::KnowledgeBase;
use crate::model::{Fact, Person, Quote, Source};
use crate::retrieve::Synonyms;
use crate::source::read_article;

#[derive(Serialize)]
struct ExtractJson<'a> {
    sources: Vec<SourceJson<'a>>,
}

#[derive(Serialize)]
struct SourceJson<'a> {
    file: String,
    id: &'a str,
    title: &'a str,
    facts: Vec<FactJson<'a>>,
    quotes: Vec<QuoteJson<'a>>,
    people: &'a [Person],
}

#[derive(Serialize)]
struct FactJson<'a> {
    id: &'a str,
    text: &'a str,
    section: Option<&'a str>,
    paragraph: usize,
    sentence: usize,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct QuoteJson<'a> {
    id: &'a str,
    text: &'a str,
    speaker: Option<&'a str>,
    /// The unnamed or organisational source, when no named person said it.
    label: Option<&'a str>,
    section: Option<&'a str>,
    paragraph: usize,
    start: usize,
    end: usize,
    fact: &'a str,
}

fn fact_json(f: &Fact) -> FactJson<'_> {
    FactJson {
        id: &f.id,
        text: &f.text,
        section: f.section.as_deref(),
        paragraph: f.paragraph,
        sentence: f.sentence,
        start: f.start,
        end: f.end,
    }
}

fn quote_json(q: &Quote) -> QuoteJson<'_> {
    QuoteJson {
        id: &q.id,
        text: &q.text,
        speaker: q.speaker.as_deref(),
        label: q.label.as_deref(),
        section: q.section.as_deref(),
        paragraph: q.paragraph,
        start: q.start,
        end: q.end,
        fact: &q.fact,
    }
}

/// Extracts the given files (each one article, front matter optional) into sources.
pub fn extract_files(files: &[PathBuf]) -> Result<Vec<Source>> {
    let mut errors = Vec::new();
    let mut articles = Vec::new();
    for f in files {
        match read_article(f, f) {
            Ok(a) => articles.push(a),
            Err(e) => errors.extend(e.0),
        }
    }
    if !errors.is_empty() {
        return Err(DataErrors(errors).into());
    }
    let kb = KnowledgeBase::from_articles(articles, None, Synonyms::default())?;
    Ok(kb.sources().to_vec())
}

/// `parley extract --json`: one JSON object.
pub fn extract_json(sources: &[Source]) -> String {
    let out = ExtractJson {
        sources: sources
            .iter()
            .map(|s| SourceJson {
                file: s.file.display().to_string(),
                id: &s.id,
                title: &s.meta.title,
                facts: s.facts.iter().map(fact_json).collect(),
                quotes: s.quotes.iter().map(quote_json).collect(),
                people: &s.people,
            })
            .collect(),
    };
    serde_json::to_string_pretty(&out).expect("extraction serializes")
}

/// `parley extract`: a readable summary.
pub fn extract_summary(sources: &[Source]) -> String {
    let mut out = String::new();
    for s in sources {
        out.push_str(&format!(
            "{} — “{}” ({} facts, {} quotes, {} people)\n",
            s.file.display(),
            s.meta.title,
            s.facts.len(),
            s.quotes.len(),
            s.people.len()
        ));
        if !s.people.is_empty() {
            out.push_str("  People:\n");
            for p in &s.people {
                let role = p
                    .role
                    .iter()
                    .chain(&p.other_roles)
                    .map(|r| format!(", {r}"))
                    .collect::<String>();
                let aliases = if p.aliases.is_empty() {
                    String::new()
                } else {
                    format!(" (also: {})", p.aliases.join(", "))
                };
                out.push_str(&format!("    {}{role}{aliases}\n", p.name));
            }
        }
        if !s.quotes.is_empty() {
            out.push_str("  Quotes:\n");
            for q in &s.quotes {
                let who = match (&q.speaker, &q.label) {
                    (Some(s), _) => s.clone(),
                    (None, Some(l)) => format!("(unnamed source: {l})"),
                    (None, None) => "(no speaker)".to_string(),
                };
                out.push_str(&format!("    [¶{}] “{}” — {who}\n", q.paragraph, q.text));
            }
        }
    }
    out
}

/// `parley check`: counts per article and in total.
pub fn check_report(kb: &KnowledgeBase, dir: &Path) -> String {
    let mut out = format!("Data directory {}: OK\n", dir.display());
    for s in kb.sources() {
        out.push_str(&format!(
            "  {:<40} {:>4} facts {:>4} quotes ({} attributed) {:>3} people\n",
            s.file.display().to_string(),
            s.facts.len(),
            s.quotes.len(),
            s.quotes.iter().filter(|q| q.speaker.is_some()).count(),
            s.people.len()
        ));
    }
    let c = kb.counts();
    out.push_str(&format!(
        "Total: {} articles, {} facts, {} quotes ({} attributed), {} people\n",
        c.sources, c.facts, c.quotes, c.attributed, c.people
    ));
    out
}

/// `parley ask --json`: one JSON object — the question, whether it was answered, the reply text
/// and the hits (the answer first when answered).
pub fn answer_json(kb: &KnowledgeBase, answer: &crate::answer::Answer) -> String {
    let hits: Vec<serde_json::Value> = answer
        .hits
        .iter()
        .map(|h| {
            let s = kb.source(&h.source_id);
            let kind = if answer.outcome == crate::answer::Outcome::Overview {
                serde_json::json!("overview")
            } else {
                serde_json::json!(h.kind)
            };
            serde_json::json!({
                "id": h.id,
                "kind": kind,
                "date": h.date,
                "text": h.text,
                "speaker": h.speaker,
                "source": {
                    "id": h.source_id,
                    "title": s.map(|s| s.meta.title.as_str()),
                    "outlet": s.and_then(|s| s.meta.outlet.as_deref()),
                    "published": s.and_then(|s| s.meta.published.as_deref()),
                    "url": s.and_then(|s| s.meta.url.as_deref()),
                },
                "section": h.section,
                "paragraph": h.paragraph,
                "score": h.score,
            })
        })
        .collect();
    serde_json::json!({
        "question": answer.question,
        "answered": answer.answered,
        "outcome": answer.outcome,
        "reply": answer.reply.text(),
        "hits": hits,
    })
    .to_string()
}
