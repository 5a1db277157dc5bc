//! The engines compared on the same facts and queries: Parley's own retriever (through
//! `parley::ask`), tantivy BM25 (QueryParser), tantivy with one FuzzyTermQuery per term, and a
//! naive strsim scan over every fact. Each is built with its cost measured (time and live heap
//! bytes) and then queried one at a time.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{anyhow, Result};
use parley::kb::KnowledgeBase;
use parley::model::Kind;
use parley::retrieve::Synonyms;
use parley::AskOptions;
use tantivy::collector::TopDocs;
use tantivy::columnar::Column;
use tantivy::query::{BooleanQuery, FuzzyTermQuery, Occur, Query, QueryParser};
use tantivy::schema::{IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST};
use tantivy::{Index, IndexReader, ReloadPolicy, Searcher, TantivyDocument, Term};

use crate::alloc;
use crate::gen::Corpus;

/// What building an engine cost.
#[derive(Debug, Clone, Default)]
pub struct Build {
    pub secs: f64,
    /// Live heap bytes after the build minus before.
    pub bytes: isize,
    /// Engine-specific notes for the table (e.g. index-only cost).
    pub notes: String,
}

/// A search engine under test: `search` is what is timed; `correct` judges its answer.
pub trait Engine {
    type Out;
    fn search(&self, query: &str) -> Self::Out;
    fn correct(&self, out: &Self::Out, corpus: &Corpus, fact: usize) -> bool;
}

// ---------------------------------------------------------------------------------------------
// Parley

/// How the Parley engine is queried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParleyApi {
    /// `kb.search(q, 1)`: the retriever's fast path, no reply formatted.
    Search,
    /// `parley::ask(&kb, q, top 1, related 0)`: the whole answer path, reply included.
    Ask,
}

pub struct Parley {
    pub kb: KnowledgeBase,
    pub api: ParleyApi,
}

/// Parley's answer in a form every API gives: where the top hit sits and its text.
#[derive(Debug, Clone)]
pub struct ParleyHit {
    source: usize,
    start: usize,
    end: usize,
    text: String,
}

/// Builds Parley's knowledge base the way the loader does: each article's text through
/// `parse_article`, then `KnowledgeBase::from_articles` (extraction + people + index), then one
/// typo query so the index's lazily built parts (the typo dictionary) are counted in the build.
/// Then, separately, the index alone (`from_sources` over a copy of the extracted sources).
pub fn build_parley(corpus: &Corpus, api: ParleyApi) -> Result<(Parley, Build)> {
    let texts: Vec<(PathBuf, String)> = corpus
        .articles
        .iter()
        .map(|a| (PathBuf::from(format!("{}.md", a.name)), a.text.clone()))
        .collect();
    // A word no corpus has and no two corpus words make: it always reaches the typo dictionary,
    // so the dictionary's lazy build is counted in the build at every size.
    let first_typo = "xqzjvkwy";
    let m0 = alloc::live();
    let t0 = Instant::now();
    let articles = texts
        .into_iter()
        .map(|(p, t)| parley::source::parse_article(&p, t))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| anyhow!("{e}"))?;
    let t_parse = t0.elapsed().as_secs_f64();
    let kb = KnowledgeBase::from_articles(articles, None, Synonyms::default())
        .map_err(|e| anyhow!("{e}"))?;
    let t_kb = t0.elapsed().as_secs_f64();
    std::hint::black_box(kb.search(first_typo, 1));
    let secs = t0.elapsed().as_secs_f64();
    let bytes = alloc::live() - m0;

    let facts: usize = kb.sources().iter().map(|s| s.facts.len()).sum();
    let quotes: usize = kb.sources().iter().map(|s| s.quotes.len()).sum();
    let attributed: usize = kb
        .sources()
        .iter()
        .map(|s| s.quotes.iter().filter(|q| q.speaker.is_some()).count())
        .sum();
    let text_bytes: usize = kb
        .sources()
        .iter()
        .map(|s| {
            s.facts.iter().map(|f| f.text.len()).sum::<usize>()
                + s.quotes.iter().map(|q| q.text.len()).sum::<usize>()
        })
        .sum();

    // The index alone: rebuild it over a copy of the extracted sources.
    let copy = kb.sources().to_vec();
    let m1 = alloc::live();
    let t1 = Instant::now();
    let again = KnowledgeBase::from_sources(copy, Synonyms::default());
    std::hint::black_box(again.search(first_typo, 1));
    let index_secs = t1.elapsed().as_secs_f64();
    let index_bytes = alloc::live() - m1;
    drop(again);

    let n = corpus.facts.len().max(1) as f64;
    let notes = format!(
        "extracted {facts} facts, {quotes} quotes ({attributed} attributed); build = parse {t_parse:.3} s \
         + extract/index {:.3} s + first typo query (lazy typo dictionary) {:.3} s; \
         index alone (from_sources + first typo query): {index_secs:.3} s = {:.0} facts/s, {:.1} B/fact; \
         beyond fact+quote text: {:.1} B/fact",
        t_kb - t_parse,
        secs - t_kb,
        n / index_secs.max(1e-9),
        index_bytes as f64 / n,
        (bytes - text_bytes as isize) as f64 / n,
    );
    Ok((Parley { kb, api }, Build { secs, bytes, notes }))
}

/// p50/p99 (µs) of the two phases of `Index::search`: `analyze` (query words, typo correction,
/// synonyms, intent) and `search_query` (postings, BM25, rerank), each timed over every query
/// (fastest of `passes`).
pub fn parley_phases(
    p: &Parley,
    queries: &[crate::gen::Query],
    passes: usize,
) -> Result<(String, String)> {
    let kb = &p.kb;
    let mut lat = vec![(u64::MAX, u64::MAX); queries.len()];
    for _ in 0..passes.max(1) {
        for (i, q) in queries.iter().enumerate() {
            let t = Instant::now();
            let a = kb.analyze(&q.text);
            let na = t.elapsed().as_nanos() as u64;
            let t = Instant::now();
            std::hint::black_box(kb.search_query(&a, 1));
            let ns = t.elapsed().as_nanos() as u64;
            lat[i] = (lat[i].0.min(na.max(1)), lat[i].1.min(ns.max(1)));
        }
    }
    let mut ha = hdrhistogram::Histogram::<u64>::new_with_bounds(1, 600_000_000_000, 3)?;
    let mut hs = ha.clone();
    for &(a, s) in &lat {
        ha.record(a)?;
        hs.record(s)?;
    }
    let f = |h: &hdrhistogram::Histogram<u64>| {
        format!(
            "{:.1}/{:.1} µs",
            h.value_at_quantile(0.5) as f64 / 1000.0,
            h.value_at_quantile(0.99) as f64 / 1000.0
        )
    };
    Ok((f(&ha), f(&hs)))
}

impl Engine for Parley {
    type Out = Option<ParleyHit>;

    fn search(&self, query: &str) -> Option<ParleyHit> {
        match self.api {
            ParleyApi::Search => {
                let sources = self.kb.sources();
                let d = self.kb.search(query, 1).into_iter().next()?;
                let s = sources.get(d.source as usize)?;
                let (start, end, text) = match d.kind {
                    Kind::Fact => s
                        .facts
                        .get(d.item as usize)
                        .map(|f| (f.start, f.end, &f.text))?,
                    Kind::Quote => s
                        .quotes
                        .get(d.item as usize)
                        .map(|q| (q.start, q.end, &q.text))?,
                    Kind::Statement => s
                        .statements
                        .get(d.item as usize)
                        .map(|t| (t.start, t.end, &t.text))?,
                };
                Some(ParleyHit {
                    source: d.source as usize,
                    start,
                    end,
                    text: text.clone(),
                })
            }
            ParleyApi::Ask => {
                let opts = AskOptions {
                    top: 1,
                    related: 0,
                    ..AskOptions::default()
                };
                let hit = parley::ask(&self.kb, query, &opts)
                    .ok()?
                    .hits
                    .into_iter()
                    .next()?;
                let source = self
                    .kb
                    .sources()
                    .iter()
                    .position(|s| s.id == hit.source_id)?;
                Some(ParleyHit {
                    source,
                    start: hit.start,
                    end: hit.end,
                    text: hit.text,
                })
            }
        }
    }

    /// Right if the hit is the fact the query came from, a quote inside it, or identical text.
    fn correct(&self, out: &Option<ParleyHit>, corpus: &Corpus, fact: usize) -> bool {
        let Some(hit) = out else { return false };
        let f = corpus.facts[fact];
        let source_id = self.kb.sources().get(hit.source).map(|s| s.id.as_str());
        let inside = source_id.and_then(Corpus::article_of) == Some(f.article as usize)
            && hit.start >= f.start as usize
            && hit.end <= f.end as usize
            && hit.start < hit.end;
        inside || hit.text.trim() == corpus.fact_text(fact)
    }
}

// ---------------------------------------------------------------------------------------------
// tantivy

/// A tantivy RAM index over the fact texts (indexed with term frequencies, not stored) and a
/// fast `id` field mapping documents back to facts.
pub struct Tantivy {
    _index: Index,
    _reader: IndexReader,
    searcher: Searcher,
    text: tantivy::schema::Field,
    parser: QueryParser,
    ids: Vec<Column<u64>>,
    pub fuzzy: bool,
}

pub fn build_tantivy(corpus: &Corpus) -> Result<(Tantivy, Build)> {
    let m0 = alloc::live();
    let t0 = Instant::now();
    let mut schema = Schema::builder();
    let indexing = TextFieldIndexing::default()
        .set_tokenizer("default")
        .set_index_option(IndexRecordOption::WithFreqs);
    let text = schema.add_text_field(
        "text",
        TextOptions::default().set_indexing_options(indexing),
    );
    let id = schema.add_u64_field("id", FAST);
    let index = Index::create_in_ram(schema.build());
    {
        // One indexing thread, like Parley's build.
        let mut writer = index.writer_with_num_threads::<TantivyDocument>(1, 256 << 20)?;
        for i in 0..corpus.facts.len() {
            let mut doc = TantivyDocument::default();
            doc.add_text(text, corpus.fact_text(i));
            doc.add_u64(id, i as u64);
            writer.add_document(doc)?;
        }
        writer.commit()?;
        writer.wait_merging_threads()?;
    }
    let reader = index
        .reader_builder()
        .reload_policy(ReloadPolicy::Manual)
        .try_into()?;
    let searcher = reader.searcher();
    let ids = searcher
        .segment_readers()
        .iter()
        .map(|s| s.fast_fields().u64("id"))
        .collect::<Result<Vec<_>, _>>()?;
    let parser = QueryParser::for_index(&index, vec![text]);
    let secs = t0.elapsed().as_secs_f64();
    let bytes = alloc::live() - m0;
    let notes = format!(
        "{} segment(s); text indexed with freqs, not stored",
        searcher.segment_readers().len()
    );
    Ok((
        Tantivy {
            _index: index,
            _reader: reader,
            searcher,
            text,
            parser,
            ids,
            fuzzy: false,
        },
        Build { secs, bytes, notes },
    ))
}

impl Tantivy {
    /// One FuzzyTermQuery per distinct query term (distance 1, 2 for terms of 9+ letters,
    /// transpositions cost one), as Should clauses of a BooleanQuery.
    fn fuzzy_query(&self, query: &str) -> Box<dyn Query> {
        let mut terms: Vec<String> = Vec::new();
        for w in query.split(|c: char| !c.is_alphanumeric()) {
            if w.is_empty() || w.len() > 40 {
                continue;
            }
            let w = w.to_lowercase();
            if !terms.contains(&w) {
                terms.push(w);
            }
        }
        let clauses: Vec<(Occur, Box<dyn Query>)> = terms
            .iter()
            .map(|w| {
                let d = if w.chars().count() >= 9 { 2 } else { 1 };
                let q = FuzzyTermQuery::new(Term::from_field_text(self.text, w), d, true);
                (Occur::Should, Box::new(q) as Box<dyn Query>)
            })
            .collect();
        Box::new(BooleanQuery::new(clauses))
    }
}

impl Engine for Tantivy {
    type Out = Option<usize>;

    fn search(&self, query: &str) -> Option<usize> {
        let q = if self.fuzzy {
            self.fuzzy_query(query)
        } else {
            self.parser.parse_query_lenient(query).0
        };
        let top = self
            .searcher
            .search(&q, &TopDocs::with_limit(1).order_by_score())
            .ok()?;
        let (_, addr) = top.first()?;
        let col = self.ids.get(addr.segment_ord as usize)?;
        col.first(addr.doc_id).map(|i| i as usize)
    }

    fn correct(&self, out: &Option<usize>, corpus: &Corpus, fact: usize) -> bool {
        out.is_some_and(|i| i == fact || corpus.fact_text(i) == corpus.fact_text(fact))
    }
}

// ---------------------------------------------------------------------------------------------
// strsim scan

/// Every fact's lower-cased words; each query scores every fact by the sum, over query words,
/// of the best `normalized_levenshtein` against the fact's words.
pub struct Scan {
    facts: Vec<Vec<String>>,
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

pub fn build_scan(corpus: &Corpus) -> (Scan, Build) {
    let m0 = alloc::live();
    let t0 = Instant::now();
    let facts = (0..corpus.facts.len())
        .map(|i| words(corpus.fact_text(i)))
        .collect();
    let build = Build {
        secs: t0.elapsed().as_secs_f64(),
        bytes: alloc::live() - m0,
        notes: "lower-cased words of every fact".into(),
    };
    (Scan { facts }, build)
}

impl Engine for Scan {
    type Out = Option<usize>;

    fn search(&self, query: &str) -> Option<usize> {
        let q = words(query);
        let mut best: Option<(f64, usize)> = None;
        for (i, fw) in self.facts.iter().enumerate() {
            let score: f64 = q
                .iter()
                .map(|w| {
                    fw.iter()
                        .map(|f| strsim::normalized_levenshtein(w, f))
                        .fold(0.0, f64::max)
                })
                .sum();
            if best.is_none_or(|(b, _)| score > b) {
                best = Some((score, i));
            }
        }
        best.map(|(_, i)| i)
    }

    fn correct(&self, out: &Option<usize>, corpus: &Corpus, fact: usize) -> bool {
        out.is_some_and(|i| i == fact || corpus.fact_text(i) == corpus.fact_text(fact))
    }
}
