//! The `parley` binary: parses arguments, loads settings and data, calls the library, and turns
//! errors into messages and exit codes (anyhow lives only here).

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};
use parley::answer::{check_question, QuestionError};
use parley::{cli, AskOptions, KnowledgeBase, Settings};

const ASK_USAGE: &str = "usage: parley ask [--data DIR] [--json] [--top K] QUESTION...";

#[derive(Parser)]
#[command(
    name = "parley",
    version,
    about = "Answers questions from news articles with verbatim, cited quotes"
)]
struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract facts, quotes and people from article files and print them.
    Extract {
        /// Print one JSON object instead of a summary.
        #[arg(long)]
        json: bool,
        /// Article files (.md or .txt, front matter optional).
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Load a data directory, print counts, and report every error with its file and line.
    Check {
        /// The data directory (default: data_dir from the settings).
        #[arg(long)]
        data: Option<PathBuf>,
    },
    /// Ask one question and print the reply.
    Ask {
        #[arg(long)]
        data: Option<PathBuf>,
        /// Print one JSON object with the reply and the hits.
        #[arg(long)]
        json: bool,
        /// How many hits to return.
        #[arg(long, default_value_t = 3)]
        top: usize,
        /// The question (several words may be given without quotes).
        question: Vec<String>,
    },
    /// Read questions line by line from standard input and print each reply.
    Chat {
        #[arg(long)]
        data: Option<PathBuf>,
    },
    /// Import articles from web pages (URLs) or saved files (.html, .md, .txt) into sources/.
    Import {
        #[arg(long)]
        data: Option<PathBuf>,
        /// Overwrite an article of the same name.
        #[arg(long)]
        replace: bool,
        /// A file of URLs or paths, one a line (blank lines and `#` lines are skipped).
        #[arg(long)]
        list: Option<PathBuf>,
        /// URLs or files.
        inputs: Vec<String>,
    },
    /// The questions the articles did not answer and the answers voted down, over the last days.
    Gaps {
        /// How many days back.
        #[arg(long, default_value_t = 7)]
        days: u64,
    },
    /// Run the Discord bot (needs DISCORD_TOKEN in the environment).
    Run {
        #[arg(long)]
        data: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(args) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// Writes to standard output; a closed pipe or full disk is an error, not a panic (`println!`
/// panics on them).
fn out(text: &str) -> anyhow::Result<()> {
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
        .context("cannot write to stdout")
}

fn settings() -> anyhow::Result<Settings> {
    Settings::load(std::path::Path::new(".")).context("loading settings from config/")
}

fn data_dir(settings: &Settings, data: Option<PathBuf>) -> PathBuf {
    data.unwrap_or_else(|| settings.data_dir.clone())
}

/// Loads the knowledge base, printing data errors one per line.
fn load(dir: &std::path::Path) -> Result<KnowledgeBase, ExitCode> {
    parley::kb::load_dir(dir).map_err(|e| {
        eprintln!("error: {e}");
        ExitCode::FAILURE
    })
}

fn run(args: Args) -> anyhow::Result<ExitCode> {
    match args.command {
        Command::Extract { json, files } => match cli::extract_files(&files) {
            Ok(sources) if json => out(&format!("{}\n", cli::extract_json(&sources)))?,
            Ok(sources) => out(&cli::extract_summary(&sources))?,
            Err(e) => {
                eprintln!("error: {e}");
                return Ok(ExitCode::FAILURE);
            }
        },
        Command::Check { data } => {
            let dir = data_dir(&settings()?, data);
            match load(&dir) {
                Ok(kb) => out(&cli::check_report(&kb, &dir))?,
                Err(code) => return Ok(code),
            }
        }
        Command::Ask {
            data,
            json,
            top,
            question,
        } => {
            let settings = settings()?;
            let question = question.join(" ");
            let opts = AskOptions {
                top: top.max(1),
                ..settings.ask_options()
            };
            match check_question(&question, opts.max_chars) {
                Ok(()) => {}
                Err(QuestionError::Empty) => {
                    eprintln!("{ASK_USAGE}\nerror: {}", QuestionError::Empty);
                    return Ok(ExitCode::from(2));
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    return Ok(ExitCode::from(2));
                }
            }
            let kb = match load(&data_dir(&settings, data)) {
                Ok(kb) => kb,
                Err(code) => return Ok(code),
            };
            let answer = parley::ask(&kb, &question, &opts)?;
            if json {
                out(&format!("{}\n", cli::answer_json(&kb, &answer)))?;
            } else {
                out(&format!("{}\n", answer.reply.text()))?;
            }
        }
        Command::Chat { data } => {
            let settings = settings()?;
            let kb = match load(&data_dir(&settings, data)) {
                Ok(kb) => kb,
                Err(code) => return Ok(code),
            };
            let stdin = std::io::stdin();
            let interactive = stdin.is_terminal();
            cli::chat::run(
                &kb,
                &settings.ask_options(),
                stdin.lock(),
                &mut std::io::stdout().lock(),
                &mut std::io::stderr().lock(),
                interactive,
            )
            .context("chat")?;
        }
        Command::Import {
            data,
            replace,
            list,
            mut inputs,
        } => {
            let settings = settings()?;
            if let Some(list) = list {
                let text = std::fs::read_to_string(&list)
                    .with_context(|| format!("reading {}", list.display()))?;
                inputs.extend(
                    text.lines()
                        .map(str::trim)
                        .filter(|l| !l.is_empty() && !l.starts_with('#'))
                        .map(str::to_string),
                );
            }
            if inputs.is_empty() {
                eprintln!(
                    "usage: parley import [--data DIR] [--replace] [--list FILE] URL|FILE..."
                );
                return Ok(ExitCode::from(2));
            }
            let (_, failed) = cli::import::run(
                &inputs,
                &data_dir(&settings, data),
                replace,
                &settings.import.fetch_options(),
                &mut std::io::stdout().lock(),
                &mut std::io::stderr().lock(),
                inputs.len() > 1 && std::io::stderr().is_terminal(),
            )
            .context("import")?;
            if failed > 0 {
                return Ok(ExitCode::FAILURE);
            }
        }
        Command::Gaps { days } => {
            let settings = settings()?;
            if !settings.feedback.enabled {
                eprintln!("feedback is off (feedback.enabled = false): nothing is kept");
                return Ok(ExitCode::from(2));
            }
            let store = settings
                .feedback
                .open()
                .context("opening the feedback store")?;
            let since = parley::feedback::days_before(std::time::SystemTime::now(), days);
            let gaps = store.gaps(since).context("reading the feedback store")?;
            out(&parley::feedback::gap_report(&gaps, days))?;
        }
        Command::Run { data } => {
            let settings = settings()?;
            let dir = data_dir(&settings, data);
            return run_bot(settings, dir);
        }
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(feature = "discord")]
fn run_bot(settings: Settings, dir: PathBuf) -> anyhow::Result<ExitCode> {
    let Some(token) = parley::discord::Token::from_env() else {
        eprintln!("{}", parley::reply::text::NO_TOKEN);
        return Ok(ExitCode::from(2));
    };
    parley::discord::run(settings, dir, token).context("running the Discord bot")?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(not(feature = "discord"))]
fn run_bot(_settings: Settings, _dir: PathBuf) -> anyhow::Result<ExitCode> {
    anyhow::bail!(
        "this build of parley has no Discord adapter (built without the `discord` feature)"
    )
}
