//! The linear-time benchmark (issue 5): extraction (parse + extract) of generated articles of
//! 250 KB to 2 MB, and `parley::ask` on questions of 12.5k to 100k characters, printing time and
//! time per byte at each size with its ratio to the smallest size, so non-linearity shows.

use std::path::Path;
use std::time::Instant;

use anyhow::{anyhow, Result};

use crate::gen::{self, Generator};

fn median_time(runs: usize, mut f: impl FnMut() -> Result<String>) -> Result<(f64, String)> {
    let mut v = Vec::new();
    let mut last = String::new();
    for _ in 0..runs.max(1) {
        let t = Instant::now();
        last = f()?;
        v.push(t.elapsed().as_secs_f64());
    }
    v.sort_by(f64::total_cmp);
    Ok((v[v.len() / 2], last))
}

pub fn run(seed: u64, runs: usize, json: bool) -> Result<()> {
    let mut g = Generator::new(seed);
    println!("| input | bytes | median ms | ns/byte | ratio to smallest | result |");
    println!("|---|---:|---:|---:|---:|---|");
    for (variant, prose) in [("article prose", true), ("article adversarial", false)] {
        let mut base = None;
        for size in [250_000, 500_000, 1_000_000, 2_000_000] {
            let text = gen::big_article(&mut g, size, prose);
            let len = text.len();
            let (secs, result) = median_time(runs, || {
                let a = parley::source::parse_article(Path::new("big.md"), text.clone())
                    .map_err(|e| anyhow!("{e}"))?;
                let ex = parley::extract::extract(&a, "big");
                Ok(format!(
                    "{} facts, {} quotes",
                    ex.facts.len(),
                    ex.quotes.len()
                ))
            })?;
            line(variant, len, secs, &mut base, &result, json);
        }
    }
    let corpus = Generator::new(seed).corpus(1000, 0);
    let articles = corpus
        .articles
        .iter()
        .map(|a| parley::source::parse_article(Path::new(&a.name), a.text.clone()))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| anyhow!("{e}"))?;
    let kb = parley::kb::KnowledgeBase::from_articles(
        articles,
        None,
        parley::retrieve::Synonyms::default(),
    )
    .map_err(|e| anyhow!("{e}"))?;
    // `ask` refuses questions over its length cap; below it, and through the uncapped
    // `Index::search` above it.
    for (variant, words) in [("question words", true), ("question one-token", false)] {
        let mut base = None;
        for size in [250, 500, 1_000, 2_000, 12_500, 25_000, 50_000, 100_000] {
            let q = gen::big_question(&mut g, size, words);
            let (secs, result) = median_time(runs, || {
                Ok(
                    match parley::ask(
                        &kb,
                        &q,
                        // No length limit: this measures how asking scales with the question's size.
                        &parley::AskOptions {
                            max_chars: usize::MAX,
                            ..parley::AskOptions::default()
                        },
                    ) {
                        Ok(a) => format!("ask: answered={} hits={}", a.answered, a.hits.len()),
                        Err(e) => format!("ask error: {e}"),
                    },
                )
            })?;
            line(
                &format!("{variant} / ask"),
                q.len(),
                secs,
                &mut base,
                &result,
                json,
            );
        }
        let mut base = None;
        for size in [12_500, 25_000, 50_000, 100_000] {
            let q = gen::big_question(&mut g, size, words);
            let (secs, result) = median_time(runs, || {
                let hits = kb.search(&q, 3);
                Ok(format!("Index::search: {} hits", hits.len()))
            })?;
            line(
                &format!("{variant} / Index::search"),
                q.len(),
                secs,
                &mut base,
                &result,
                json,
            );
        }
    }
    Ok(())
}

fn line(variant: &str, bytes: usize, secs: f64, base: &mut Option<f64>, result: &str, json: bool) {
    let per = secs * 1e9 / bytes.max(1) as f64;
    let b = *base.get_or_insert(per);
    println!(
        "| {variant} | {bytes} | {:.3} | {:.2} | {:.2} | {result} |",
        secs * 1e3,
        per,
        per / b
    );
    if json {
        println!(
            "{}",
            serde_json::json!({
                "bench": "scaling", "input": variant, "bytes": bytes, "median_ms": secs * 1e3,
                "ns_per_byte": per, "ratio": per / b,
            })
        );
    }
}
