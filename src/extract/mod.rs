//! Extraction: from a parsed article to its facts (sentences), direct quotes with their speakers,
//! and the people it names.

pub mod sentences;
pub mod verbs;

use crate::kb::{Fact, IdMaker, Person, Quote};
use crate::source::Article;

/// What one article yields.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    pub facts: Vec<Fact>,
    pub quotes: Vec<Quote>,
    pub people: Vec<Person>,
}

/// Extracts facts, quotes and people from an article. `source_id` prefixes every id.
pub fn extract(article: &Article, source_id: &str) -> Extraction {
    let mut ids = IdMaker::default();
    Extraction {
        facts: facts(article, source_id, &mut ids),
        ..Extraction::default()
    }
}

/// One fact per sentence of every paragraph, with offsets into the whole file text.
fn facts(article: &Article, source_id: &str, ids: &mut IdMaker) -> Vec<Fact> {
    let mut facts = Vec::new();
    for p in &article.paragraphs {
        let text = article.paragraph_text(p);
        for (n, (s, e)) in sentences::split(text).into_iter().enumerate() {
            let (start, end) = (p.start + s, p.start + e);
            let text = &article.text[start..end];
            facts.push(Fact {
                id: ids.make(source_id, 'f', text),
                text: text.to_string(),
                section: p.section.clone(),
                paragraph: p.number,
                sentence: n + 1,
                start,
                end,
            });
        }
    }
    facts
}
