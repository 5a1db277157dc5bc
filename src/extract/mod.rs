//! Extraction: from a parsed article to its facts (sentences), direct quotes with their speakers,
//! and the people it names.

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
// PLACEHOLDER: one fact per paragraph until the real sentence splitter lands.
pub fn extract(article: &Article, source_id: &str) -> Extraction {
    let mut ids = IdMaker::default();
    let mut out = Extraction::default();
    for p in &article.paragraphs {
        let text = article.paragraph_text(p);
        out.facts.push(Fact {
            id: ids.make(source_id, 'f', text),
            text: text.to_string(),
            section: p.section.clone(),
            paragraph: p.number,
            sentence: 1,
            start: p.start,
            end: p.end,
        });
    }
    out
}
