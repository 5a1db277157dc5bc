//! The knowledge base: every source's facts, quotes and people, with corrections from
//! `curated.toml` applied and the search index built. Immutable once built; a reload builds a new
//! one beside the live one.

mod curated;
mod ids;
mod live;
mod load;
mod model;

use std::collections::HashMap;

pub use curated::Curated;
pub use ids::{fnv1a, source_id, IdMaker};
pub use live::{diff, Live, ReloadReport};
pub use load::{load_dir, DataDir};
pub use model::{Fact, Person, Quote, Source};

use crate::error::{DataError, DataErrors};
use crate::retrieve::{Index, Synonyms};
use crate::source::Article;

/// Everything Parley knows, ready to answer from.
#[derive(Debug)]
pub struct KnowledgeBase {
    sources: Vec<Source>,
    people: Vec<Person>,
    index: Index,
}

/// Counts for `parley check`, `/sources` and reload reports.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    pub sources: usize,
    pub facts: usize,
    pub quotes: usize,
    pub attributed: usize,
    pub people: usize,
}

impl KnowledgeBase {
    /// Builds a knowledge base from parsed articles (the in-memory constructor tests use).
    pub fn from_articles(
        articles: Vec<Article>,
        curated: Option<&Curated>,
        synonyms: Synonyms,
    ) -> Result<KnowledgeBase, DataErrors> {
        let mut errors = Vec::new();
        let mut by_id: HashMap<String, std::path::PathBuf> = HashMap::new();
        let mut sources = Vec::with_capacity(articles.len());
        for article in articles {
            let id = source_id(&article.file);
            if let Some(other) = by_id.get(&id) {
                errors.push(DataError::new(
                    &article.file,
                    None,
                    format!(
                        "duplicate source id `{id}`: {} has the same file stem",
                        other.display()
                    ),
                ));
                continue;
            }
            by_id.insert(id.clone(), article.file.clone());
            let ex = crate::extract::extract(&article, &id);
            sources.push(Source {
                id,
                file: article.file,
                meta: article.meta,
                text: article.text,
                facts: ex.facts,
                quotes: ex.quotes,
                people: ex.people,
            });
        }
        if let Some(c) = curated {
            if let Err(e) = c.apply(&mut sources) {
                errors.extend(e.0);
            }
        }
        if !errors.is_empty() {
            return Err(DataErrors(errors));
        }
        Ok(Self::from_sources(sources, synonyms))
    }

    /// Builds a knowledge base from already extracted sources.
    pub fn from_sources(sources: Vec<Source>, synonyms: Synonyms) -> KnowledgeBase {
        let people = merge_people(&sources);
        let index = Index::build(&sources, &people, synonyms);
        KnowledgeBase {
            sources,
            people,
            index,
        }
    }

    pub fn sources(&self) -> &[Source] {
        &self.sources
    }

    /// Everyone named in any source, merged by full name.
    pub fn people(&self) -> &[Person] {
        &self.people
    }

    pub fn index(&self) -> &Index {
        &self.index
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn counts(&self) -> Counts {
        let mut c = Counts {
            sources: self.sources.len(),
            people: self.people.len(),
            ..Counts::default()
        };
        for s in &self.sources {
            c.facts += s.facts.len();
            c.quotes += s.quotes.len();
            c.attributed += s.quotes.iter().filter(|q| q.speaker.is_some()).count();
        }
        c
    }
}

/// Merges the people of all sources by full name, keeping the first role and every alias.
fn merge_people(sources: &[Source]) -> Vec<Person> {
    let mut out: Vec<Person> = Vec::new();
    // Name → index in `out`: merging stays linear in the number of mentions.
    let mut at: rustc_hash::FxHashMap<&str, usize> = rustc_hash::FxHashMap::default();
    for p in sources.iter().flat_map(|s| &s.people) {
        let i = *at.entry(p.name.as_str()).or_insert(out.len());
        match out.get_mut(i) {
            Some(x) => {
                if x.role.is_none() {
                    x.role.clone_from(&p.role);
                }
                for a in &p.aliases {
                    if !x.aliases.contains(a) {
                        x.aliases.push(a.clone());
                    }
                }
            }
            None => out.push(p.clone()),
        }
    }
    out
}
