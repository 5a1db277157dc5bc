//! `peers`: Parley's benchmarks. The default command compares Parley's retriever with tantivy
//! BM25, tantivy fuzzy and a naive strsim scan on generated facts; `reload` measures building
//! knowledge bases from files; `scaling` checks that extraction and questions take linear time.

mod alloc;
mod engines;
mod gen;
mod peers;
mod reload;
mod scaling;

use std::path::PathBuf;

use anyhow::Result;
use clap::{Parser, Subcommand};

#[global_allocator]
static GLOBAL: alloc::Counting = alloc::Counting;

#[derive(Parser)]
#[command(about = "Benchmarks Parley against its peers")]
struct Cli {
    #[command(subcommand)]
    cmd: Option<Cmd>,
    /// Numbers of facts to generate (comma-separated runs one corpus after the other).
    #[arg(long, value_delimiter = ',', default_value = "10000")]
    facts: Vec<usize>,
    /// Labelled queries per corpus, alternating clean and one-typo.
    #[arg(long, default_value_t = 1000)]
    queries: usize,
    /// Also print one JSON line per result.
    #[arg(long, global = true)]
    json: bool,
    /// Engines to run.
    #[arg(
        long,
        value_delimiter = ',',
        default_value = "parley,tantivy-bm25,tantivy-fuzzy,strsim-scan"
    )]
    engines: Vec<String>,
    /// Seed of the generator.
    #[arg(long, default_value_t = 42, global = true)]
    seed: u64,
    /// How many queries the (slow) strsim scan runs.
    #[arg(long, default_value_t = 50)]
    scan_queries: usize,
    /// Timed passes over the queries; each query's latency is its fastest pass (filters out
    /// preemption on a shared machine). The strsim scan always runs one pass.
    #[arg(long, default_value_t = 3)]
    passes: usize,
}

#[derive(Subcommand)]
enum Cmd {
    /// Build knowledge bases from generated article files via `load_dir`, and reload the
    /// shipped data.
    Reload {
        /// Numbers of generated articles.
        #[arg(long, value_delimiter = ',', default_value = "100,10000")]
        articles: Vec<usize>,
        /// Timed runs per size (the median is reported).
        #[arg(long, default_value_t = 5)]
        runs: usize,
        /// The shipped data directory.
        #[arg(long, default_value = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data"))]
        data: PathBuf,
    },
    /// Time extraction of 250 KB–2 MB articles and questions of 12.5k–100k characters.
    Scaling {
        #[arg(long, default_value_t = 3)]
        runs: usize,
    },
}

fn main() -> Result<()> {
    let cli = Cli::parse();
    match cli.cmd {
        None => {
            for &facts in &cli.facts {
                peers::run(&peers::Options {
                    facts,
                    queries: cli.queries,
                    seed: cli.seed,
                    engines: cli.engines.clone(),
                    scan_queries: cli.scan_queries,
                    passes: cli.passes,
                    json: cli.json,
                })?;
            }
        }
        Some(Cmd::Reload {
            articles,
            runs,
            data,
        }) => reload::run(cli.seed, &articles, runs, &data, cli.json)?,
        Some(Cmd::Scaling { runs }) => scaling::run(cli.seed, runs, cli.json)?,
    }
    Ok(())
}
