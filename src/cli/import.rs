//! `parley import`: each URL or file becomes an article in `sources/`, with a preview of what was
//! extracted; a summary at the end. A failed import writes nothing and the next one goes on.

use std::io::{self, Write};
use std::path::Path;

use crate::import::{self, FetchOptions, ImportError, Imported, Saved};

/// One input: a web address, or a saved page or article file.
fn import_one(input: &str, fetch: &FetchOptions) -> Result<Imported, ImportError> {
    if input.contains("://") {
        import::from_url(input, fetch)
    } else {
        import::from_file(Path::new(input))
    }
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
    // A bar on the terminal (standard error) while many pages are fetched; hidden otherwise.
    let bar = if show_progress {
        let bar = indicatif::ProgressBar::new(inputs.len() as u64);
        if let Ok(style) =
            indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} {wide_msg}")
        {
            bar.set_style(style);
        }
        bar
    } else {
        indicatif::ProgressBar::hidden()
    };
    for input in inputs {
        bar.set_message(input.clone());
        let saved: Result<Saved, ImportError> = import_one(input, fetch).and_then(|a| {
            let stem = import::slug(&a.meta.title);
            import::save(data_dir, &stem, &a, replace)
        });
        match saved {
            Ok(s) => {
                ok += 1;
                let preview = import::preview(&s.kb, &s.path)
                    .replace('\n', "\n  ")
                    .trim_end()
                    .to_string();
                bar.suspend(|| writeln!(out, "{}\n  {preview}", s.path.display()))?;
            }
            Err(e) => {
                failed += 1;
                bar.suspend(|| writeln!(err, "error: {input}: {e}"))?;
            }
        }
        bar.inc(1);
    }
    bar.finish_and_clear();
    writeln!(out, "imported {ok}, failed {failed}")?;
    Ok((ok, failed))
}
