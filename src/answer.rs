//! The core's entry points the CLI and the Discord adapter call: [`ask`] a question, [`suggest`]
//! questions while someone types, list a person's quotes, describe the loaded sources.

use serde::Serialize;

use crate::error::{Error, Result};
use crate::kb::{KnowledgeBase, Person, Source};
use crate::reply::{text, Citation, Item, ItemKind, Reply, ReplyKind};
use crate::retrieve::text::is_generic;
use crate::retrieve::{fold_words, DocKind, IntentKind, Query, ScoredDoc};

/// The longest question searched; longer ones are refused.
pub const MAX_QUESTION_CHARS: usize = 2000;

/// The least fraction of a question's weight the answer must match. Calibrated on the eval set
/// (`tests/retrieval.rs`): in-scope questions match ≥ 0.6, out-of-scope ones well below.
pub const MIN_COVERAGE: f32 = 0.45;

/// The least fraction of the weight of a question's topic words (what it asks about, apart from
/// the people it names) the answer must match.
pub const MIN_TOPIC_COVERAGE: f32 = 0.4;

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
    /// The fraction of the question's weight this hit matches (0–1).
    pub coverage: f64,
}

/// The result of a question.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    pub question: String,
    pub answered: bool,
    pub reply: Reply,
    pub hits: Vec<Hit>,
}

fn hit_of(kb: &KnowledgeBase, d: &ScoredDoc) -> Option<Hit> {
    let s = kb.sources().get(d.source as usize)?;
    let (id, kind, text, speaker, section, paragraph, start, end) = match d.kind {
        DocKind::Fact => {
            let f = s.facts.get(d.item as usize)?;
            (
                &f.id,
                HitKind::Fact,
                &f.text,
                None,
                &f.section,
                f.paragraph,
                f.start,
                f.end,
            )
        }
        DocKind::Quote => {
            let q = s.quotes.get(d.item as usize)?;
            (
                &q.id,
                HitKind::Quote,
                &q.text,
                q.speaker.clone(),
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
        section: section.clone(),
        paragraph,
        start,
        end,
        score: (f64::from(d.score) * 1000.0).round() / 1000.0,
        coverage: (f64::from(d.coverage) * 1000.0).round() / 1000.0,
    })
}

fn overlaps(a: &Hit, b: &Hit) -> bool {
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
        kind: match hit.kind {
            HitKind::Quote => ItemKind::Quote,
            HitKind::Fact => ItemKind::Fact,
        },
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

/// Answers a question from the knowledge base. A blank question is an error; a question the
/// sources do not cover is a normal answer with `answered == false`.
pub fn ask(kb: &KnowledgeBase, question: &str, opts: &AskOptions) -> Result<Answer> {
    if question.trim().is_empty() {
        return Err(Error::Question(text::EMPTY_QUESTION.into()));
    }
    let n = question.chars().count();
    if n > MAX_QUESTION_CHARS {
        return Err(Error::Question(text::too_long(n, MAX_QUESTION_CHARS)));
    }
    let index = kb.index();
    let q = index.analyze(question);
    let want = opts.top.max(opts.related + 1).max(1);
    let docs = index.search_query(kb.sources(), &q, want * 4 + 4);
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
    for d in kb.index().search(kb.sources(), &query, 20) {
        if d.kind != DocKind::Fact {
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

/// People with attributed quotes first, then the others; at most `limit`.
fn notable_people(kb: &KnowledgeBase, limit: usize) -> Vec<&Person> {
    let mut ps: Vec<(usize, usize, &Person)> = kb
        .people()
        .iter()
        .enumerate()
        .map(|(i, p)| (kb.index().quotes_by(i), i, p))
        .collect();
    ps.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    ps.into_iter().take(limit).map(|x| x.2).collect()
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

/// The most distinctive content word of a text (highest idf), as written in it.
fn salient_word(kb: &KnowledgeBase, text: &str, prefer: &Query) -> Option<String> {
    let index = kb.index();
    let ws = fold_words(text);
    // A word the partial question asked about, when the text has it.
    for s in &prefer.slots {
        if s.is_name {
            continue;
        }
        if let Some(w) = ws.iter().find(|w| {
            index
                .term_of(w)
                .is_some_and(|t| s.alts.iter().any(|(x, _)| *x == t))
        }) {
            return Some(w.clone());
        }
    }
    ws.into_iter()
        .filter(|w| w.chars().count() >= 5 && !is_generic(w) && index.term_of(w).is_some())
        .filter(|w| !kb.people().iter().any(|p| fold_words(&p.name).contains(w)))
        .map(|w| (index.word_idf(&w) + 0.05 * w.chars().count() as f32, w))
        .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)))
        .map(|x| x.1)
}

fn shorten_question(s: &str) -> String {
    crate::reply::truncate(s, 100)
}

/// Up to `limit` questions Parley can answer that match what someone has typed so far, each at
/// most 100 characters.
pub fn suggest(kb: &KnowledgeBase, partial: &str, limit: usize) -> Vec<String> {
    if limit == 0 {
        return Vec::new();
    }
    let mut partial: String = partial.chars().take(200).collect();
    let index = kb.index();
    // Complete the word being typed when the corpus does not know it as it stands.
    if !partial.ends_with(char::is_whitespace) {
        if let Some(last) = fold_words(&partial).pop() {
            if last.chars().count() >= 2 && index.term_of(&last).is_none() {
                if let Some(word) = index.complete(&last) {
                    partial.push_str(&format!(" {word}"));
                }
            }
        }
    }
    let q = index.analyze(&partial);
    let mut out: Vec<String> = Vec::new();
    let push = |s: String, out: &mut Vec<String>| {
        let s = shorten_question(&s);
        if !out.iter().any(|x| x.eq_ignore_ascii_case(&s)) && out.len() < limit {
            out.push(s);
        }
    };
    let docs: Vec<ScoredDoc> = if q.slots.is_empty() {
        // Nothing typed yet: the first attributed quotes.
        kb.sources()
            .iter()
            .enumerate()
            .flat_map(|(si, s)| {
                s.quotes
                    .iter()
                    .enumerate()
                    .filter(|(_, x)| x.speaker.is_some())
                    .map(move |(qi, _)| ScoredDoc::unscored_quote(si as u32, qi as u32))
            })
            .take(limit * 2)
            .collect()
    } else {
        index.search_query(kb.sources(), &q, limit * 3)
    };
    if q.intent.kind == IntentKind::WhoIs || (q.slots.len() == 1 && !q.people.is_empty()) {
        for &p in &q.people {
            if let Some(p) = kb.people().get(p as usize) {
                push(text::suggest_said(&p.name, None), &mut out);
                push(text::suggest_who(&p.name), &mut out);
            }
        }
    }
    for d in &docs {
        let Some(s) = kb.sources().get(d.source as usize) else {
            continue;
        };
        match d.kind {
            DocKind::Quote => {
                let Some(x) = s.quotes.get(d.item as usize) else {
                    continue;
                };
                if let Some(name) = &x.speaker {
                    let topic = salient_word(kb, &x.text, &q);
                    push(text::suggest_said(name, topic.as_deref()), &mut out);
                }
            }
            DocKind::Fact => {
                if let Some(f) = s.facts.get(d.item as usize) {
                    push(f.text.clone(), &mut out);
                }
            }
        }
        if out.len() >= limit {
            break;
        }
    }
    out
}

/// Finds a known person by a name as typed (any of their names, typos tolerated).
pub fn find_person<'a>(kb: &'a KnowledgeBase, name: &str) -> Option<&'a Person> {
    let folded = fold_words(name).join(" ");
    if folded.is_empty() {
        return None;
    }
    if let Some(p) = kb.people().iter().find(|p| {
        std::iter::once(&p.name)
            .chain(&p.aliases)
            .any(|n| fold_words(n).join(" ") == folded)
    }) {
        return Some(p);
    }
    let q = kb.index().analyze(name);
    q.people.first().and_then(|&i| kb.people().get(i as usize))
}

/// A person's quotes, best first (most recent article first, then article order), with
/// citations; `person` is matched fuzzily against the known people.
pub fn person_quotes(kb: &KnowledgeBase, person: &str, limit: usize) -> Reply {
    let Some(p) = find_person(kb, person) else {
        let names: Vec<&str> = notable_people(kb, 10)
            .iter()
            .map(|p| p.name.as_str())
            .collect();
        let mut body = text::unknown_person(person.trim());
        if !names.is_empty() {
            body.push_str(&format!("\n{} {}.", text::KNOWN_PEOPLE, names.join(", ")));
        }
        return Reply::info(text::UNKNOWN_PERSON_TITLE, body);
    };
    let mut sources: Vec<(usize, &Source)> = kb.sources().iter().enumerate().collect();
    sources.sort_by(|(_, a), (_, b)| b.meta.published.cmp(&a.meta.published));
    let mut items = Vec::new();
    for (si, s) in sources {
        for (qi, q) in s.quotes.iter().enumerate() {
            if items.len() >= limit {
                break;
            }
            if q.speaker.as_deref() != Some(p.name.as_str()) {
                continue;
            }
            let d = ScoredDoc::unscored_quote(si as u32, qi as u32);
            if let Some(h) = hit_of(kb, &d) {
                let n = items.len() + 1;
                items.push(item_of(kb, &h, n));
            }
        }
    }
    let mut reply = Reply::info(text::quotes_title(&p.name), String::new());
    if let Some(role) = &p.role {
        reply.body = text::person_role(&p.name, role);
    }
    if items.is_empty() {
        reply.body = text::no_quotes(&p.name);
    }
    reply.items = items;
    reply
}

/// Names of known people matching what someone has typed, for autocomplete.
pub fn suggest_people(kb: &KnowledgeBase, partial: &str, limit: usize) -> Vec<String> {
    let p = fold_words(partial).join(" ");
    let mut out: Vec<String> = kb
        .people()
        .iter()
        .filter(|x| {
            std::iter::once(&x.name)
                .chain(&x.aliases)
                .any(|n| fold_words(n).join(" ").contains(&p))
        })
        .take(limit)
        .map(|x| x.name.clone())
        .collect();
    if out.is_empty() && !p.is_empty() {
        out.extend(find_person(kb, partial).map(|x| x.name.clone()));
    }
    out.truncate(limit);
    out
}

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

/// What Parley is and how to ask it.
pub fn help() -> Reply {
    Reply::info(text::HELP_TITLE, text::HELP_BODY)
}
