//! The peer comparison: generates the corpus, builds each engine in turn, warms it up, times
//! every query on one thread into an HDR histogram, and prints one table row and one JSON line
//! per engine.

use std::time::Instant;

use anyhow::{bail, Result};
use hdrhistogram::Histogram;

use crate::engines::{self, Build, Engine, ParleyApi};
use crate::gen::{Corpus, Generator, Query};

/// Engines by name; `parley-ask` is Parley through the whole `ask` path (reply included).
pub const ENGINES: &[&str] = &[
    "parley",
    "parley-ask",
    "tantivy-bm25",
    "tantivy-fuzzy",
    "strsim-scan",
];

/// Options of one comparison run.
#[derive(Debug, Clone)]
pub struct Options {
    pub facts: usize,
    pub queries: usize,
    pub seed: u64,
    pub engines: Vec<String>,
    pub scan_queries: usize,
    /// Timed passes over the queries; a query's latency is its fastest pass.
    pub passes: usize,
    pub json: bool,
}

/// One engine's measured numbers.
#[derive(Debug, Clone)]
pub struct Row {
    pub engine: &'static str,
    pub facts: usize,
    pub build_s: f64,
    pub bytes_per_fact: f64,
    pub p50_us: f64,
    pub p99_us: f64,
    pub recall1_clean: f64,
    pub recall1_typo: f64,
    pub queries: usize,
    pub notes: String,
}

impl Row {
    /// The JSON line, keys in the documented order.
    pub fn json(&self) -> String {
        format!(
            "{{\"engine\":{},\"facts\":{},\"build_s\":{},\"bytes_per_fact\":{},\"p50_us\":{},\"p99_us\":{},\"recall1_clean\":{},\"recall1_typo\":{}}}",
            serde_json::Value::from(self.engine),
            self.facts,
            num(round(self.build_s, 4)),
            num(round(self.bytes_per_fact, 1)),
            num(round(self.p50_us, 2)),
            num(round(self.p99_us, 2)),
            num(round(self.recall1_clean, 4)),
            num(round(self.recall1_typo, 4)),
        )
    }
}

/// A finite number as JSON (non-finite ones as `null`).
fn num(x: f64) -> serde_json::Value {
    serde_json::Number::from_f64(x).map_or(serde_json::Value::Null, serde_json::Value::Number)
}

fn round(x: f64, digits: i32) -> f64 {
    let m = 10f64.powi(digits);
    (x * m).round() / m
}

pub const HEADER: &str = "| engine | facts | build s | facts/s | B/fact | p50 µs | p99 µs | R@1 clean | R@1 typo | queries |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|";

pub fn table_row(r: &Row) -> String {
    format!(
        "| {} | {} | {:.3} | {:.0} | {:.1} | {:.1} | {:.1} | {:.1}% | {:.1}% | {} |",
        r.engine,
        r.facts,
        r.build_s,
        r.facts as f64 / r.build_s.max(1e-9),
        r.bytes_per_fact,
        r.p50_us,
        r.p99_us,
        100.0 * r.recall1_clean,
        100.0 * r.recall1_typo,
        r.queries
    )
}

/// Runs every query (after `warm` unmeasured ones) and returns the latency histogram (ns) and
/// recall counts.
/// Runs every query (after `warm` unmeasured ones) `passes` times, one at a time; a query's
/// latency is its fastest pass (this filters out preemption by other processes on a shared
/// machine, not the query's own cost). Returns the latency histogram (ns), recall counts
/// (judged on the first pass) and a note splitting latency by clean/typo with the slowest.
fn measure<E: Engine>(
    engine: &E,
    corpus: &Corpus,
    queries: &[Query],
    warm: usize,
    passes: usize,
) -> Result<(Histogram<u64>, [usize; 4], String)> {
    for q in queries.iter().cycle().take(warm) {
        std::hint::black_box(engine.search(&q.text));
    }
    // [clean right, clean total, typo right, typo total]
    let mut counts = [0usize; 4];
    let mut lat = vec![u64::MAX; queries.len()];
    for pass in 0..passes.max(1) {
        for (i, q) in queries.iter().enumerate() {
            let t = Instant::now();
            let out = engine.search(&q.text);
            let ns = (t.elapsed().as_nanos() as u64).max(1);
            lat[i] = lat[i].min(ns);
            if pass == 0 {
                let right = engine.correct(&out, corpus, q.fact);
                let k = if q.typo { 2 } else { 0 };
                counts[k] += usize::from(right);
                counts[k + 1] += 1;
            }
        }
    }
    let mut h = Histogram::<u64>::new_with_bounds(1, 600_000_000_000, 3)?;
    // Per class: [clean, typo].
    let mut per = [h.clone(), h.clone()];
    let mut slow: Vec<(u64, usize)> = Vec::with_capacity(queries.len());
    for (i, q) in queries.iter().enumerate() {
        h.record(lat[i])?;
        per[usize::from(q.typo)].record(lat[i])?;
        slow.push((lat[i], i));
    }
    let us = |h: &Histogram<u64>, q: f64| h.value_at_quantile(q) as f64 / 1000.0;
    slow.sort_unstable_by(|a, b| b.cmp(a));
    let slowest: Vec<String> = slow
        .iter()
        .take(3)
        .map(|&(ns, i)| format!("{:.0} µs `{}`", ns as f64 / 1000.0, queries[i].text))
        .collect();
    let split = format!(
        "clean p50/p99 {:.1}/{:.1} µs, typo p50/p99 {:.1}/{:.1} µs, max {:.1} µs; slowest: {}",
        us(&per[0], 0.5),
        us(&per[0], 0.99),
        us(&per[1], 0.5),
        us(&per[1], 0.99),
        h.max() as f64 / 1000.0,
        slowest.join(", ")
    );
    Ok((h, counts, split))
}

fn row(
    engine: &'static str,
    corpus: &Corpus,
    build: &Build,
    h: &Histogram<u64>,
    c: [usize; 4],
    notes: String,
) -> Row {
    let n = corpus.facts.len();
    Row {
        engine,
        facts: n,
        build_s: build.secs,
        bytes_per_fact: build.bytes as f64 / n.max(1) as f64,
        p50_us: h.value_at_quantile(0.50) as f64 / 1000.0,
        p99_us: h.value_at_quantile(0.99) as f64 / 1000.0,
        recall1_clean: c[0] as f64 / c[1].max(1) as f64,
        recall1_typo: c[2] as f64 / c[3].max(1) as f64,
        queries: c[1] + c[3],
        notes,
    }
}

fn emit(r: &Row, json: bool, rows: &mut Vec<Row>) {
    println!("{}", table_row(r));
    if json {
        println!("{}", r.json());
    }
    if !r.notes.is_empty() {
        println!("  {}: {}", r.engine, r.notes);
    }
    rows.push(r.clone());
}

/// Generates the corpus and runs the chosen engines on it.
pub fn run(o: &Options) -> Result<Vec<Row>> {
    for e in &o.engines {
        if !ENGINES.contains(&e.as_str()) {
            bail!("unknown engine `{e}`: choose from {}", ENGINES.join(", "));
        }
    }
    let want = |e: &str| o.engines.iter().any(|x| x == e);
    let t = Instant::now();
    let corpus = Generator::new(o.seed).corpus(o.facts, o.queries);
    let bytes: usize = corpus.articles.iter().map(|a| a.text.len()).sum();
    println!(
        "corpus: seed {}, {} articles, {} facts, {:.1} MB of article text ({:.0} B/fact), {} queries \
         ({} typo), generated in {:.2} s",
        o.seed,
        corpus.articles.len(),
        corpus.facts.len(),
        bytes as f64 / 1e6,
        bytes as f64 / corpus.facts.len().max(1) as f64,
        corpus.queries.len(),
        corpus.queries.iter().filter(|q| q.typo).count(),
        t.elapsed().as_secs_f64()
    );
    let warm = 200.min(corpus.queries.len());
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    println!(
        "timing: one thread, {warm} warm-up queries, latency = fastest of {} pass(es); load average {}",
        o.passes.max(1),
        load.split(' ').take(3).collect::<Vec<_>>().join(" ")
    );
    println!("{HEADER}");
    let mut rows = Vec::new();
    if want("parley") || want("parley-ask") {
        let (mut p, build) = engines::build_parley(&corpus, ParleyApi::Search)?;
        for (name, api) in [
            ("parley", ParleyApi::Search),
            ("parley-ask", ParleyApi::Ask),
        ] {
            if want(name) {
                p.api = api;
                let (h, c, split) = measure(&p, &corpus, &corpus.queries, warm, o.passes)?;
                let notes = if name == "parley" {
                    let (a, s) = engines::parley_phases(&p, &corpus.queries, o.passes)?;
                    format!(
                        "Index::search, k = 1; {split}; phases p50/p99: analyze {a}, search_query {s}; {}",
                        build.notes
                    )
                } else {
                    format!("parley::ask, top 1, related 0 (same build); {split}")
                };
                let r = row(name, &corpus, &build, &h, c, notes);
                emit(&r, o.json, &mut rows);
            }
        }
    }
    if want("tantivy-bm25") || want("tantivy-fuzzy") {
        let (mut t, build) = engines::build_tantivy(&corpus)?;
        for (name, fuzzy) in [("tantivy-bm25", false), ("tantivy-fuzzy", true)] {
            if want(name) {
                t.fuzzy = fuzzy;
                let (h, c, split) = measure(&t, &corpus, &corpus.queries, warm, o.passes)?;
                let notes = format!("{split}; {}", build.notes);
                let r = row(name, &corpus, &build, &h, c, notes);
                emit(&r, o.json, &mut rows);
            }
        }
    }
    if want("strsim-scan") {
        let (s, build) = engines::build_scan(&corpus);
        let n = o.scan_queries.min(corpus.queries.len());
        let (h, c, split) = measure(&s, &corpus, &corpus.queries[..n], 2.min(n), 1)?;
        let notes = format!("{split}; {}; first {n} queries only", build.notes);
        let r = row("strsim-scan", &corpus, &build, &h, c, notes);
        emit(&r, o.json, &mut rows);
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_line_has_the_documented_keys_in_order() {
        let r = Row {
            engine: "parley",
            facts: 10,
            build_s: 0.5,
            bytes_per_fact: 12.25,
            p50_us: 3.0,
            p99_us: 7.5,
            recall1_clean: 0.9,
            recall1_typo: f64::NAN,
            queries: 4,
            notes: String::new(),
        };
        assert_eq!(
            r.json(),
            r#"{"engine":"parley","facts":10,"build_s":0.5,"bytes_per_fact":12.3,"p50_us":3.0,"p99_us":7.5,"recall1_clean":0.9,"recall1_typo":null}"#
        );
        let v: serde_json::Value = serde_json::from_str(&r.json()).unwrap();
        assert_eq!(v["facts"], 10);
    }

    #[test]
    fn tantivy_finds_the_fact_of_a_clean_query_on_a_small_corpus() {
        let o = Options {
            facts: 500,
            queries: 40,
            seed: 5,
            engines: vec!["tantivy-bm25".into(), "strsim-scan".into()],
            scan_queries: 10,
            passes: 1,
            json: false,
        };
        let rows = run(&o).unwrap();
        assert_eq!(rows.len(), 2);
        assert!(rows[0].recall1_clean > 0.8, "{:?}", rows[0]);
        assert_eq!(rows[1].queries, 10);
    }

    #[test]
    fn unknown_engines_are_refused() {
        let o = Options {
            facts: 10,
            queries: 2,
            seed: 1,
            engines: vec!["lucene".into()],
            scan_queries: 1,
            passes: 1,
            json: false,
        };
        assert!(run(&o).is_err());
    }
}
