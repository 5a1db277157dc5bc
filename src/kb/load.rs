//! Loading a data directory: `sources/*.md|txt`, the optional `curated.toml` and `synonyms.toml`.
//! Every problem in every file is collected; nothing is ever written into the directory.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::{claim_id, Curated, KnowledgeBase};
use crate::error::{DataError, DataErrors, Error};
use crate::retrieve::Synonyms;
use crate::source::{display_path, is_article_file, parse_article, read_article, read_text};

/// The files of a data directory.
#[derive(Debug, Clone)]
pub struct DataDir {
    pub root: PathBuf,
}

impl DataDir {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        DataDir { root: root.into() }
    }
    pub fn sources(&self) -> PathBuf {
        self.root.join("sources")
    }
    pub fn curated(&self) -> PathBuf {
        self.root.join("curated.toml")
    }
    pub fn synonyms(&self) -> PathBuf {
        self.root.join("synonyms.toml")
    }
}

/// Loads and builds a whole knowledge base from a data directory. Any error in any file fails the
/// whole load, listing every error found.
pub fn load_dir(dir: &Path) -> Result<KnowledgeBase, Error> {
    load_dir_with(dir, None)
}

/// [`load_dir`] as if the article at `change.0` in `sources/` had the text `change.1` (written or
/// replacing a file of that path), or were gone (`None`): what an import or a removal checks before
/// it touches anything.
pub fn load_dir_with(
    dir: &Path,
    change: Option<(&Path, Option<&str>)>,
) -> Result<KnowledgeBase, Error> {
    let data = DataDir::new(dir);
    let src_dir = data.sources();
    let shown_root = dir.parent().unwrap_or(Path::new(""));
    let shown = |p: &Path| display_path(p, shown_root);
    if !dir.is_dir() {
        let what = if dir.exists() {
            "is not a directory"
        } else {
            "does not exist"
        };
        return Err(DataError::new(
            dir,
            None,
            format!(
                "data directory {what}: create it with a `sources/` folder of .md or .txt \
                 articles, or choose another one with `--data DIR` (or `data_dir` in \
                 config/local.toml, or PARLEY__DATA_DIR)"
            ),
        )
        .into());
    }
    if !src_dir.is_dir() {
        return Err(DataError::new(
            shown(&src_dir),
            None,
            "no `sources` directory: put one article per .md or .txt file in it",
        )
        .into());
    }
    let entries = std::fs::read_dir(&src_dir).map_err(|e| Error::Io {
        path: src_dir.clone(),
        source: e,
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && is_article_file(p))
        .filter(|p| change.is_none_or(|(x, _)| x != p.as_path()))
        .collect();
    if let Some((path, Some(_))) = change {
        files.push(path.to_path_buf());
    }
    files.sort();

    let mut errors = Vec::new();
    let mut articles = Vec::new();
    // Two files with one stem (`a.md`, `a.txt`) would share a source id: report it from the
    // names alone, so it is listed even when other files fail to parse.
    let mut ids: HashMap<String, PathBuf> = HashMap::new();
    for path in &files {
        let name = shown(path);
        if let Err(e) = claim_id(&mut ids, &name) {
            errors.push(e);
            continue;
        }
        let read = match change.filter(|(x, _)| *x == path.as_path()) {
            Some((_, Some(text))) => parse_article(&name, text.to_string()),
            _ => read_article(path, &name),
        };
        match read {
            Ok(a) => articles.push(a),
            Err(e) => errors.extend(e.0),
        }
    }
    if files.is_empty() {
        errors.push(DataError::new(
            shown(&src_dir),
            None,
            "no articles: add at least one .md or .txt file",
        ));
    }
    let read_optional =
        |path: &Path| read_text(path, &shown(path), true).map_err(|mut e| e.0.remove(0));
    let curated = match read_optional(&data.curated()) {
        Ok(Some(text)) => match Curated::parse(&shown(&data.curated()), &text) {
            Ok(c) => Some(c),
            Err(e) => {
                errors.extend(e.0);
                None
            }
        },
        Ok(None) => None,
        Err(e) => {
            errors.push(e);
            None
        }
    };
    let synonyms = match read_optional(&data.synonyms()) {
        Ok(Some(text)) => match Synonyms::parse(&shown(&data.synonyms()), &text) {
            Ok(s) => s,
            Err(e) => {
                errors.extend(e.0);
                Synonyms::default()
            }
        },
        Ok(None) => Synonyms::default(),
        Err(e) => {
            errors.push(e);
            Synonyms::default()
        }
    };
    if !errors.is_empty() {
        return Err(DataErrors(errors).into());
    }
    KnowledgeBase::from_articles(articles, curated.as_ref(), synonyms).map_err(Error::from)
}
