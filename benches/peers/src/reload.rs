//! The reload benchmark: building a whole knowledge base from generated article files in a
//! temporary data directory through `parley::kb::load_dir` (read + parse + extract + index), the
//! extraction alone (parse + extract from memory), and reloading the repository's shipped data.

use std::path::Path;
use std::time::Instant;

use anyhow::{anyhow, Context, Result};

use crate::gen::Generator;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
}

pub fn run(seed: u64, sizes: &[usize], runs: usize, data: &Path, json: bool) -> Result<()> {
    println!("| what | articles | facts | median ms | articles/s | facts/s | runs |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for &n in sizes {
        let articles = Generator::new(seed).articles(n);
        let dir = tempfile::tempdir()?;
        let src = dir.path().join("sources");
        std::fs::create_dir(&src)?;
        for a in &articles {
            std::fs::write(src.join(format!("{}.md", a.name)), &a.text)?;
        }
        let runs_here = if n > 1000 { runs.min(3) } else { runs };
        let mut times = Vec::new();
        let mut facts = 0;
        for _ in 0..runs_here.max(1) {
            let t = Instant::now();
            let kb = parley::kb::load_dir(dir.path()).map_err(|e| anyhow!("{e}"))?;
            times.push(t.elapsed().as_secs_f64());
            facts = kb.counts().facts;
        }
        report("load_dir (files)", n, facts, median(times), runs_here, json);

        // Parse + extract only, from memory.
        let mut times = Vec::new();
        let mut facts = 0;
        for _ in 0..runs_here.max(1) {
            let texts: Vec<String> = articles.iter().map(|a| a.text.clone()).collect();
            let t = Instant::now();
            facts = 0;
            for (a, text) in articles.iter().zip(texts) {
                let parsed = parley::source::parse_article(Path::new(&a.name), text)
                    .map_err(|e| anyhow!("{e}"))?;
                facts += parley::extract::extract(&parsed, &a.name).facts.len();
            }
            times.push(t.elapsed().as_secs_f64());
        }
        report(
            "parse+extract (memory)",
            n,
            facts,
            median(times),
            runs_here,
            json,
        );
    }
    let runs_shipped = runs.max(11);
    let mut times = Vec::new();
    let mut counts = None;
    for _ in 0..runs_shipped {
        let t = Instant::now();
        let kb = parley::kb::load_dir(data)
            .map_err(|e| anyhow!("{e}"))
            .with_context(|| format!("loading {}", data.display()))?;
        times.push(t.elapsed().as_secs_f64());
        counts = Some(kb.counts());
    }
    let c = counts.unwrap_or_default();
    let shipped = format!("shipped data {}", data.display());
    report(
        &shipped,
        c.sources,
        c.facts,
        median(times),
        runs_shipped,
        json,
    );
    // The index builds its typo dictionary on the first misspelt question: a reload is only
    // fully paid once that has run.
    let mut times = Vec::new();
    for _ in 0..runs_shipped {
        let t = Instant::now();
        let kb = parley::kb::load_dir(data).map_err(|e| anyhow!("{e}"))?;
        std::hint::black_box(kb.search("negotiatoins", 1));
        times.push(t.elapsed().as_secs_f64());
    }
    report(
        &format!("{shipped} + first typo question"),
        c.sources,
        c.facts,
        median(times),
        runs_shipped,
        json,
    );
    Ok(())
}

fn report(what: &str, articles: usize, facts: usize, secs: f64, runs: usize, json: bool) {
    println!(
        "| {what} | {articles} | {facts} | {:.3} | {:.0} | {:.0} | {runs} |",
        secs * 1e3,
        articles as f64 / secs,
        facts as f64 / secs
    );
    if json {
        println!(
            "{}",
            serde_json::json!({
                "bench": "reload", "what": what, "articles": articles, "facts": facts,
                "median_ms": secs * 1e3, "articles_per_s": articles as f64 / secs,
            })
        );
    }
}
