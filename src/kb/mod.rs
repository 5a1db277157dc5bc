//! The knowledge base: every source's facts, quotes and people, with corrections from
//! `curated.toml` applied and the search index built. Immutable once built; a reload builds a new
//! one beside the live one.

mod curated;
mod live;
mod load;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::lexicon::{is_past_role, name_key};
use crate::model::{source_id, Person, Source};
pub use curated::Curated;
pub use live::{diff, fingerprint, Live, ReloadReport};
pub use load::{load_dir, load_dir_with, DataDir};

use crate::error::{DataError, DataErrors};
use crate::retrieve::{Doc, Index, Query, ScoredDoc, Synonyms};
use crate::source::Article;

/// Everything Parley knows, ready to answer from.
#[derive(Debug)]
pub struct KnowledgeBase {
    sources: Vec<Source>,
    people: Vec<Person>,
    /// Per person, the folded words of their names (not "the <title>" aliases), for matching a
    /// name as asked without folding every name per question.
    name_words: Vec<Vec<String>>,
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
        let mut by_id: HashMap<String, PathBuf> = HashMap::new();
        let mut sources = Vec::with_capacity(articles.len());
        for article in articles {
            let id = match claim_id(&mut by_id, &article.file) {
                Ok(id) => id,
                Err(e) => {
                    errors.push(e);
                    continue;
                }
            };
            let ex = crate::extract::extract(&article, &id);
            sources.push(Source {
                id,
                file: article.file,
                meta: article.meta,
                text: article.text,
                facts: ex.facts,
                quotes: ex.quotes,
                statements: ex.statements,
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
    pub fn from_sources(mut sources: Vec<Source>, synonyms: Synonyms) -> KnowledgeBase {
        let people = merge_people(&sources);
        canonical_speakers(&mut sources, &people);
        let index = Index::build(&sources, &people, synonyms);
        let name_words = people.iter().map(name_words).collect();
        KnowledgeBase {
            sources,
            people,
            name_words,
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

    /// Per person (same order as [`KnowledgeBase::people`]), the folded words of their names.
    pub fn name_words(&self) -> &[Vec<String>] {
        &self.name_words
    }

    /// The search index, for lookups (term ids, idf, completion); searching goes through
    /// [`KnowledgeBase::search`], which hands the index this knowledge base's own sources.
    pub fn index(&self) -> &Index {
        &self.index
    }

    /// Analyses a question against this knowledge base's vocabulary and people.
    pub fn analyze(&self, question: &str) -> Query {
        self.index.analyze(question)
    }

    /// The best `k` facts and quotes for a question, best first (ties: earlier document first).
    pub fn search(&self, question: &str, k: usize) -> Vec<ScoredDoc> {
        self.index.search(&self.sources, question, k)
    }

    /// The first `limit` attributed quotes, in article order (for suggestions before anything is
    /// typed).
    pub fn first_attributed_quotes(&self, limit: usize) -> Vec<ScoredDoc> {
        self.index.first_attributed_quotes(limit)
    }

    /// The text of one of the index's documents (a fact's or a quote's).
    pub fn doc_text(&self, doc: &Doc) -> Option<&str> {
        self.index.doc_text(&self.sources, doc)
    }

    /// [`KnowledgeBase::search`] for an already analysed question.
    pub fn search_query(&self, query: &Query, k: usize) -> Vec<ScoredDoc> {
        self.index.search_query(&self.sources, query, k)
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

/// Names every quote's and statement's speaker by the merged person's name, so a person spelt
/// `Zelensky` in one article and `Zelenskyy` in another is one speaker everywhere.
fn canonical_speakers(sources: &mut [Source], people: &[Person]) {
    // Full names, then one-word aliases (a surname merged in by `merge_surnames`) that no
    // other person's name takes.
    let mut canonical: rustc_hash::FxHashMap<String, &str> = people
        .iter()
        .map(|p| (name_key(&p.name), p.name.as_str()))
        .collect();
    let mut surnames: rustc_hash::FxHashMap<String, Option<&str>> = Default::default();
    for p in people {
        for a in &p.aliases {
            let key = name_key(a);
            if !key.contains(' ') {
                surnames
                    .entry(key)
                    .and_modify(|n| *n = n.filter(|n| *n == p.name.as_str()))
                    .or_insert(Some(p.name.as_str()));
            }
        }
    }
    for (key, name) in surnames {
        if let Some(name) = name {
            canonical.entry(key).or_insert(name);
        }
    }
    let fix = |speaker: &mut String| {
        if let Some(name) = canonical.get(&name_key(speaker)) {
            if *name != speaker.as_str() {
                *speaker = (*name).to_string();
            }
        }
    };
    for s in sources.iter_mut() {
        for q in &mut s.quotes {
            if let Some(sp) = q.speaker.as_mut() {
                fix(sp);
            }
        }
        for st in &mut s.statements {
            fix(&mut st.speaker);
        }
    }
}

/// Claims the source id of `file` (its stem) in `ids`: the id, or an error naming the file that
/// already has it. Two files with one stem (`a.md`, `a.txt`) would share a source id.
fn claim_id(ids: &mut HashMap<String, PathBuf>, file: &Path) -> Result<String, DataError> {
    let id = source_id(file);
    if let Some(other) = ids.get(&id) {
        return Err(DataError::new(
            file,
            None,
            format!(
                "duplicate source id `{id}`: {} has the same file stem; rename one of them",
                other.display()
            ),
        ));
    }
    ids.insert(id.clone(), file.to_path_buf());
    Ok(id)
}

/// The folded words of a person's names: full name and aliases, not "the <title>" aliases.
fn name_words(p: &Person) -> Vec<String> {
    std::iter::once(&p.name)
        .chain(p.aliases.iter().filter(|a| !a.starts_with("the ")))
        .flat_map(|n| crate::retrieve::fold_words(n))
        .filter(|w| !crate::retrieve::text::is_stop(w))
        .collect()
}

/// Merges the people of all sources by their name key ([`name_key`]: spellings such as
/// `Zelensky` / `Zelenskyy` are one person), keeping the first name and role, and every other
/// spelling and alias as an alias.
fn merge_people(sources: &[Source]) -> Vec<Person> {
    let mut out: Vec<Person> = Vec::new();
    // Name key → index in `out`: merging stays linear in the number of people.
    let mut at: rustc_hash::FxHashMap<String, usize> = rustc_hash::FxHashMap::default();
    for p in sources.iter().flat_map(|s| &s.people) {
        let i = *at.entry(name_key(&p.name)).or_insert(out.len());
        match out.get_mut(i) {
            Some(x) => {
                add_roles(x, p);
                if x.name != p.name && !x.aliases.contains(&p.name) {
                    x.aliases.push(p.name.clone());
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
    merge_surnames(out)
}

/// Gives `x` the roles `p` has that it lacks: the first its role when it has none, the others
/// its other roles ("head of Russia's sovereign wealth fund" in one article, "Putin's investment
/// envoy" in another), unless a role says it is no longer held.
fn add_roles(x: &mut Person, p: &Person) {
    for role in p.role.iter().chain(&p.other_roles) {
        let held = x
            .role
            .iter()
            .chain(&x.other_roles)
            .any(|r| r.eq_ignore_ascii_case(role));
        if x.role.is_none() {
            x.role = Some(role.clone());
        } else if !held && !is_past_role(role) {
            x.other_roles.push(role.clone());
        }
    }
}

/// Folds a person known by one name only ("Trump", in an article that never gives his first
/// name) into the one person with a full name ending in it ("Donald Trump"), spelling variants
/// included. Two or more such people ("Anna Smith", "John Smith") leave it apart.
fn merge_surnames(mut people: Vec<Person>) -> Vec<Person> {
    let surname_of = |p: &Person| -> Option<String> {
        let key = name_key(&p.name);
        let mut words = key.split(' ');
        let last = words.next_back()?;
        words.next().is_some().then(|| last.to_string())
    };
    let mut full: rustc_hash::FxHashMap<String, Vec<usize>> = rustc_hash::FxHashMap::default();
    for (i, p) in people.iter().enumerate() {
        if let Some(s) = surname_of(p) {
            full.entry(s).or_default().push(i);
        }
    }
    let mut keep = vec![true; people.len()];
    for i in 0..people.len() {
        let key = name_key(&people[i].name);
        if key.contains(' ') {
            continue;
        }
        let Some(&[into]) = full.get(&key).map(Vec::as_slice) else {
            continue;
        };
        let single = people[i].clone();
        if let Some(x) = people.get_mut(into) {
            add_roles(x, &single);
            for a in std::iter::once(single.name).chain(single.aliases) {
                if a != x.name && !x.aliases.contains(&a) {
                    x.aliases.push(a);
                }
            }
        }
        keep[i] = false;
    }
    let mut kept = keep.into_iter();
    people.retain(|_| kept.next().unwrap_or(true));
    people
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(id: &str, name: &str) -> Source {
        Source {
            id: id.into(),
            file: PathBuf::from(format!("{id}.md")),
            meta: Default::default(),
            text: String::new(),
            facts: Vec::new(),
            quotes: Vec::new(),
            statements: Vec::new(),
            people: vec![Person {
                other_roles: Vec::new(),
                name: name.into(),
                role: None,
                aliases: Vec::new(),
            }],
        }
    }

    #[test]
    fn people_merge_across_spellings() {
        let people = merge_people(&[
            source("a", "Volodymyr Zelensky"),
            source("b", "Volodymyr Zelenskyy"),
            source("c", "Donald Trump"),
        ]);
        assert_eq!(people.len(), 2);
        assert_eq!(people[0].name, "Volodymyr Zelensky");
        assert_eq!(people[0].aliases, ["Volodymyr Zelenskyy"]);
    }

    #[test]
    fn a_surname_alone_joins_the_one_full_name_it_ends() {
        let people = merge_people(&[
            source("a", "Trump"),
            source("b", "Donald Trump"),
            source("c", "Smith"),
            source("d", "Anna Smith"),
            source("e", "John Smith"),
            source("f", "Zelenskiy"),
            source("g", "Volodymyr Zelensky"),
        ]);
        let names: Vec<&str> = people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Donald Trump",
                "Smith",
                "Anna Smith",
                "John Smith",
                "Volodymyr Zelensky"
            ]
        );
        assert!(people[0].aliases.contains(&"Trump".to_string()));
        assert!(people[4].aliases.contains(&"Zelenskiy".to_string()));
        // Quotes by the surname alone are the full name's; by an ambiguous one, left as they are.
        let quote = |who: &str| crate::model::Quote {
            id: "q".into(),
            text: "Yes.".into(),
            speaker: Some(who.into()),
            label: None,
            section: None,
            paragraph: 1,
            start: 0,
            end: 0,
            fact: "f".into(),
        };
        let mut sources = vec![source("a", "Trump")];
        sources[0].quotes = vec![quote("Trump"), quote("Smith")];
        canonical_speakers(&mut sources, &people);
        let speakers: Vec<_> = sources[0]
            .quotes
            .iter()
            .map(|q| q.speaker.clone())
            .collect();
        assert_eq!(
            speakers,
            [Some("Donald Trump".to_string()), Some("Smith".to_string())]
        );
    }
}
