//! Writing an imported article: a file name from its title, the same check `parley check` makes
//! (the whole data directory loads with the new file in it), then a temporary file renamed into
//! place — so `sources/` never holds a half-written or broken article.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::{ImportError, Imported};
use crate::kb::{load_dir_with, KnowledgeBase};

/// The longest file stem made from a title.
const SLUG_MAX_CHARS: usize = 60;

/// A written article: where, and the knowledge base as it loads with it.
#[derive(Debug)]
pub struct Saved {
    pub path: PathBuf,
    pub kb: KnowledgeBase,
}

/// A file stem from a title: lower-case ASCII letters and digits joined by `-`.
pub fn slug(title: &str) -> String {
    let mut out = String::new();
    for c in title.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
        if out.chars().count() >= SLUG_MAX_CHARS {
            break;
        }
    }
    let out = out.trim_matches('-').to_string();
    if out.is_empty() {
        format!(
            "article-{:08x}",
            crate::model::fnv1a(title.as_bytes()) as u32
        )
    } else {
        out
    }
}

/// Writes `article` as `sources/<stem>.md` in `data_dir`, after checking that the directory loads
/// with it. Refuses to overwrite unless `replace`. On any error nothing is written.
pub fn save(
    data_dir: &Path,
    stem: &str,
    article: &Imported,
    replace: bool,
) -> Result<Saved, ImportError> {
    let sources = data_dir.join("sources");
    let path = sources.join(format!("{stem}.md"));
    if path.exists() && !replace {
        return Err(ImportError::Exists(path.display().to_string()));
    }
    let kb = load_dir_with(data_dir, Some((&path, Some(&article.text))))
        .map_err(|e| ImportError::Invalid(e.to_string()))?;
    let tmp = sources.join(format!(".{stem}.md.import-tmp"));
    let write = || -> std::io::Result<()> {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(article.text.as_bytes())?;
        f.sync_all()?;
        std::fs::rename(&tmp, &path)
    };
    if let Err(e) = write() {
        let _ = std::fs::remove_file(&tmp);
        return Err(ImportError::Write(
            path.display().to_string(),
            e.to_string(),
        ));
    }
    Ok(Saved { path, kb })
}

/// The article file of source `id` in `data_dir`'s `sources/`.
pub fn article_path(data_dir: &Path, id: &str) -> Option<PathBuf> {
    std::fs::read_dir(data_dir.join("sources"))
        .ok()?
        .flatten()
        .map(|e| e.path())
        .find(|p| crate::source::is_article_file(p) && crate::model::source_id(p) == id)
}

/// Moves the article `id` from `sources/` to `removed/` (recoverable, never deleted), after
/// checking the directory still loads without it. Returns where it went, and the knowledge base
/// as it loads now.
pub fn remove(data_dir: &Path, id: &str) -> Result<(PathBuf, KnowledgeBase), ImportError> {
    let from = article_path(data_dir, id)
        .ok_or_else(|| ImportError::Read(id.to_string(), "no such article".into()))?;
    let kb = load_dir_with(data_dir, Some((&from, None)))
        .map_err(|e| ImportError::Invalid(e.to_string()))?;
    let removed = data_dir.join("removed");
    std::fs::create_dir_all(&removed)
        .map_err(|e| ImportError::Write(removed.display().to_string(), e.to_string()))?;
    let name = from
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut to = removed.join(&name);
    let mut n = 2;
    while to.exists() {
        to = removed.join(format!("{n}-{name}"));
        n += 1;
    }
    std::fs::rename(&from, &to)
        .map_err(|e| ImportError::Write(to.display().to_string(), e.to_string()))?;
    Ok((to, kb))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_short_plain_and_never_empty() {
        assert_eq!(
            slug("Envoys meet in Geneva: ‘No deal yet’"),
            "envoys-meet-in-geneva-no-deal-yet"
        );
        assert!(slug("Переговоры").starts_with("article-"));
        assert!(slug(&"word ".repeat(40)).chars().count() <= SLUG_MAX_CHARS);
    }
}
