//! Extraction: from a parsed article to its facts (sentences), direct quotes with their speakers,
//! and the people it names.
//!
//! - [`sentences`]: paragraphs into sentences (the facts).
//! - [`quotes`]: pairing quote marks into quotations, across paragraphs when a quote runs on.
//! - [`tokens`]: the word view of the article the next two work on.
//! - [`people`]: people named, their roles and aliases, and every mention of them.
//! - [`speakers`]: who said each quotation, or nobody (scare quotes, labels).
//! - [`statements`]: reported speech ("X said that …", "according to X") as statements by X.
//!
//! Everything is linear in the article's size: no step rescans the text per quote or per name.

pub mod people;
pub mod quotes;
pub mod sentences;
pub mod speakers;
pub mod statements;
pub mod tokens;

use crate::model::{Fact, IdMaker, Person, Quote, Statement};
use crate::source::{is_promo_sentence, Article};

use tokens::{Doc, Sent};

/// What one article yields.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    pub facts: Vec<Fact>,
    pub quotes: Vec<Quote>,
    pub statements: Vec<Statement>,
    pub people: Vec<Person>,
}

/// Extracts facts, quotes and people from an article. `source_id` prefixes every id.
pub fn extract(article: &Article, source_id: &str) -> Extraction {
    let mut ids = IdMaker::default();
    let (facts, sents) = facts(article, source_id, &mut ids);
    let spans = quotes::find(&article.text, &article.paragraphs);
    let doc = Doc::new(&article.text, sents, &spans);
    let mut found = people::find_people(&doc);
    people::roles_from_captions(article, &mut found);
    people::roles_from_ledes(&doc, &mut found);
    let mentions = people::find_mentions(&doc, &mut found);
    let new_section: Vec<bool> = article
        .paragraphs
        .iter()
        .enumerate()
        .map(|(i, p)| i > 0 && p.section != article.paragraphs[i - 1].section)
        .collect();
    let mut speakers = speakers::attribute(&doc, &spans, &mentions, &found, &new_section);
    speakers::heading_speakers(article, &spans, &mut speakers, &mut found);
    speakers::headline_speaker(article, &doc, &spans, &mut speakers, &mentions, &mut found);
    let quoted = statements::QuotedSentences::new(&doc, &spans, &speakers);
    let statements = statements_of(
        source_id, &mut ids, &facts, &found, &doc, &mentions, &quoted,
    );

    let mut quotes = Vec::with_capacity(spans.len());
    for (q, speaker) in spans.iter().zip(speakers) {
        let speaker_name = speaker
            .person
            .and_then(|i| found.get(i))
            .map(|p| p.name.clone());
        let label = speaker
            .label
            .and_then(|(s, e)| article.text.get(s..e))
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "));
        // A quote running on over paragraphs is one quote per paragraph, each the speaker's:
        // a reply shows the paragraph that answers, not the whole speech.
        for (pi, start, end) in paragraph_pieces(article, q) {
            let (Some(p), Some(text)) = (article.paragraphs.get(pi), article.text.get(start..end))
            else {
                continue;
            };
            let at = if pi == q.para { q.open } else { start };
            let fact = doc
                .sent_of(at)
                .and_then(|s| facts.get(s))
                .map(|f| f.id.clone())
                .unwrap_or_default();
            quotes.push(Quote {
                id: ids.make(source_id, 'q', text),
                text: text.to_string(),
                speaker: speaker_name.clone(),
                label: label.clone(),
                section: p.section.clone(),
                paragraph: p.number,
                start,
                end,
                fact,
            });
        }
    }
    let people = found
        .iter()
        .map(|p| {
            let mut aliases = Vec::new();
            if p.surname != p.name {
                aliases.push(p.surname.clone());
            }
            for v in &p.variants {
                if !aliases.contains(v) {
                    aliases.push(v.clone());
                }
                let last = v.split_whitespace().last().unwrap_or(v).to_string();
                if last != p.surname && !aliases.contains(&last) {
                    aliases.push(last);
                }
            }
            for t in &p.used_titles {
                aliases.push(format!("the {t}"));
            }
            // A role naming someone else of the story (`U.S. Secretary of State Marco Rubio`)
            // was read off the wrong name.
            let others = found
                .iter()
                .filter(|o| o.name != p.name)
                .flat_map(|o| o.name.split_whitespace());
            let others: Vec<&str> = others.collect();
            let other_roles = p
                .other_roles
                .iter()
                .filter(|r| !r.split_whitespace().any(|w| others.contains(&w)))
                .cloned()
                .collect();
            Person {
                other_roles,
                name: p.name.clone(),
                role: p.role.clone(),
                aliases,
            }
        })
        .collect();
    Extraction {
        facts,
        quotes,
        statements,
        people,
    }
}

/// The pieces of a quotation, one per paragraph it spans, as (paragraph index, start, end): the
/// quote's own bounds at its ends, and each inner paragraph past its reopening mark. Pieces left
/// empty are dropped.
fn paragraph_pieces<'a>(
    article: &'a Article,
    q: &quotes::QuoteSpan,
) -> impl Iterator<Item = (usize, usize, usize)> + 'a {
    let q = q.clone();
    let text = &article.text;
    (q.para..=q.last_para).filter_map(move |pi| {
        let p = article.paragraphs.get(pi)?;
        let start = if pi == q.para { q.start } else { p.start };
        let end = if pi == q.last_para { q.end } else { p.end };
        let piece = text.get(start..end.max(start))?;
        // Past the reopening mark of a paragraph the quote runs on into; the opening piece
        // starts inside its marks already.
        let body = if pi == q.para {
            piece
        } else {
            piece.trim_start_matches(|c: char| c.is_whitespace() || quotes::is_mark(c))
        };
        let s = start + (piece.len() - body.len());
        let body = body.trim_end();
        (!body.is_empty()).then_some((pi, s, s + body.len()))
    })
}

/// The statements ([`statements::find`]) as model values: the sentence's fact, its speaker's name.
fn statements_of(
    source_id: &str,
    ids: &mut IdMaker,
    facts: &[Fact],
    found: &[people::PersonInfo],
    doc: &Doc,
    mentions: &[people::Mention],
    quoted: &statements::QuotedSentences,
) -> Vec<Statement> {
    statements::find(doc, mentions, quoted)
        .into_iter()
        .filter_map(|s| {
            let f = facts.get(s.sent)?;
            let p = found.get(s.person)?;
            Some(Statement {
                id: ids.make(source_id, 's', &f.text),
                text: f.text.clone(),
                speaker: p.name.clone(),
                section: f.section.clone(),
                paragraph: f.paragraph,
                start: f.start,
                end: f.end,
                fact: f.id.clone(),
            })
        })
        .collect()
}

/// One fact per sentence of every paragraph, with offsets into the whole file text; and the same
/// sentences as plain ranges for the later steps (index `i` is fact `i`).
fn facts(article: &Article, source_id: &str, ids: &mut IdMaker) -> (Vec<Fact>, Vec<Sent>) {
    let mut facts = Vec::new();
    let mut sents = Vec::new();
    for (pi, p) in article.paragraphs.iter().enumerate() {
        let text = article.paragraph_text(p);
        let mut n = 0;
        for (s, e) in sentences::split(text) {
            let (start, end) = (p.start + s, p.start + e);
            let text = &article.text[start..end];
            // A newsletter or "Read more" line the page glued to the paragraph.
            if is_promo_sentence(text) {
                continue;
            }
            facts.push(Fact {
                id: ids.make(source_id, 'f', text),
                text: text.to_string(),
                section: p.section.clone(),
                paragraph: p.number,
                sentence: n + 1,
                start,
                end,
            });
            n += 1;
            sents.push(Sent {
                start,
                end,
                para: pi,
            });
        }
    }
    (facts, sents)
}
