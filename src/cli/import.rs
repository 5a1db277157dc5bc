//! `parley import`: each URL or file becomes an article in `sources/`, with a preview of what was
//! extracted; a summary at the end. A failed import writes nothing and the next one goes on.

use std::io::{self, Write};
use std::path::Path;

use crate::import::{self, FetchOptions, ImportError, Imported, Saved};
use crate::kb::KnowledgeBase;
use crate::model::source_id;

/// How many quotes a preview lists.
const PREVIEW_QUOTES: usize = 10;

/// One input: a web address, or a saved page or article file.
fn import_one(input: &str, fetch: &FetchOptions) -> Result<Imported, ImportError> {
    if input.contains("://") {
        import::from_url(input, fetch)
    } else {
        import::from_file(Path::new(input))
    }
}

/// What was imported: title, outlet, date, counts, and each quote with its speaker.
pub fn preview(kb: &KnowledgeBase, saved: &Path) -> String {
    let id = source_id(saved);
    let Some(s) = kb.source(&id) else {
        return format!("{}\n", saved.display());
    };
    let mut out = format!("{}\n  “{}”", saved.display(), s.meta.title);
    for v in [&s.meta.outlet, &s.meta.published, &s.meta.author]
        .into_iter()
        .flatten()
    {
        out.push_str(&format!(" · {v}"));
    }
    out.push_str(&format!(
        "\n  {} facts, {} quotes, {} people\n",
        s.facts.len(),
        s.quotes.len(),
        s.people.len()
    ));
    for q in s.quotes.iter().take(PREVIEW_QUOTES) {
        let who = q.speaker.as_deref().unwrap_or("(no named speaker)");
        out.push_str(&format!("  “{}” — {who}\n", q.text));
    }
    out
}

/// Imports every input into `data_dir`; returns how many were imported and how many failed.
pub fn run(
    inputs: &[String],
    data_dir: &Path,
    replace: bool,
    fetch: &FetchOptions,
    out: &mut impl Write,
    err: &mut impl Write,
    show_progress: bool,
) -> io::Result<(usize, usize)> {
    let (mut ok, mut failed) = (0, 0);
    for (i, input) in inputs.iter().enumerate() {
        if show_progress {
            writeln!(err, "[{}/{}] {input}", i + 1, inputs.len())?;
        }
        let saved: Result<Saved, ImportError> = import_one(input, fetch).and_then(|a| {
            let stem = import::slug(&a.meta.title);
            import::save(data_dir, &stem, &a, replace)
        });
        match saved {
            Ok(s) => {
                ok += 1;
                write!(out, "{}", preview(&s.kb, &s.path))?;
            }
            Err(e) => {
                failed += 1;
                writeln!(err, "error: {input}: {e}")?;
            }
        }
    }
    writeln!(out, "imported {ok}, failed {failed}")?;
    Ok((ok, failed))
}
