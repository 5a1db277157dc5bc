//! The live knowledge base: an atomically swappable `Arc<KnowledgeBase>`. Readers take a snapshot
//! (one whole knowledge base) and never wait; a reload builds a new one beside it and swaps it in
//! only when the whole load succeeded, reporting what changed.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use arc_swap::ArcSwap;
use serde::Serialize;

use super::{load_dir, Counts, KnowledgeBase};
use crate::error::Error;

/// The knowledge base that answers questions now, and the directory it reloads from.
#[derive(Debug)]
pub struct Live {
    current: ArcSwap<KnowledgeBase>,
    dir: PathBuf,
    /// Serializes reloads so two admins cannot interleave them.
    reloading: Mutex<()>,
    /// The data directory's [`fingerprint`] when it was last loaded (or a load was tried).
    seen: Mutex<u64>,
    /// A changed fingerprint seen by the last check, not loaded yet: a file still being copied
    /// in changes again before the next check, and is loaded once it holds still.
    settling: Mutex<Option<u64>>,
}

/// What a successful reload changed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReloadReport {
    pub added: Vec<String>,
    pub removed: Vec<String>,
    pub changed: Vec<String>,
    pub before: Counts,
    pub after: Counts,
    #[serde(skip)]
    pub took: Duration,
}

impl Live {
    /// Loads the directory once; fails if it does not load.
    pub fn load(dir: impl Into<PathBuf>) -> Result<Live, Error> {
        let dir = dir.into();
        let seen = fingerprint(&dir);
        let kb = load_dir(&dir)?;
        let live = Live::new(kb, dir);
        *live.seen.lock().unwrap_or_else(|p| p.into_inner()) = seen;
        Ok(live)
    }

    /// A live knowledge base over `kb`, taken to be what `dir` holds now.
    pub fn new(kb: KnowledgeBase, dir: impl Into<PathBuf>) -> Live {
        let dir = dir.into();
        let seen = fingerprint(&dir);
        Live {
            current: ArcSwap::from_pointee(kb),
            dir,
            reloading: Mutex::new(()),
            seen: Mutex::new(seen),
            settling: Mutex::new(None),
        }
    }

    /// A snapshot of the live knowledge base: one whole knowledge base for as long as it is held.
    pub fn snapshot(&self) -> Arc<KnowledgeBase> {
        self.current.load_full()
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Rebuilds from the data directory and swaps the result in if, and only if, it loaded whole.
    /// On error the live knowledge base is left as it was. Blocking: call it off the async runtime.
    pub fn reload(&self) -> Result<ReloadReport, Error> {
        let _guard = self.reloading.lock().unwrap_or_else(|p| p.into_inner());
        let started = Instant::now();
        // Taken before reading: a change made during the load is seen by the next check.
        *self.seen.lock().unwrap_or_else(|p| p.into_inner()) = fingerprint(&self.dir);
        let new = load_dir(&self.dir)?;
        let old = self.snapshot();
        let mut report = diff(&old, &new);
        self.current.store(Arc::new(new));
        report.took = started.elapsed();
        Ok(report)
    }
}

impl Live {
    /// Reloads when the data directory changed since it was last loaded (or a load was tried)
    /// and has held still since the previous check: `None` when nothing changed, or the change
    /// is still settling (a file half copied in is not loaded). Several processes serving one
    /// bot each call this on a timer, so a `/reload` in one (or files copied in) reaches all of
    /// them. A broken directory is tried once per change, and the live data stays as it was.
    pub fn reload_if_changed(&self) -> Option<Result<ReloadReport, Error>> {
        let now = fingerprint(&self.dir);
        let mut settling = self.settling.lock().unwrap_or_else(|p| p.into_inner());
        if now == *self.seen.lock().unwrap_or_else(|p| p.into_inner()) {
            *settling = None;
            return None;
        }
        if *settling != Some(now) {
            *settling = Some(now);
            return None;
        }
        *settling = None;
        drop(settling);
        Some(self.reload())
    }
}

/// A fingerprint of what a load reads — the files of `sources/`, `curated.toml` and
/// `synonyms.toml`, by name, size and modification time — without reading any file.
pub fn fingerprint(dir: &Path) -> u64 {
    let mut entries: Vec<String> = Vec::new();
    let mut note = |p: &Path| {
        if let Ok(m) = std::fs::metadata(p) {
            let modified = m
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos());
            entries.push(format!("{}\t{}\t{modified}", p.display(), m.len()));
        }
    };
    if let Ok(rd) = std::fs::read_dir(dir.join("sources")) {
        for e in rd.flatten() {
            note(&e.path());
        }
    }
    note(&dir.join("curated.toml"));
    note(&dir.join("synonyms.toml"));
    entries.sort();
    crate::model::fnv1a(entries.join("\n").as_bytes())
}

/// Compares two knowledge bases by source id and text.
pub fn diff(old: &KnowledgeBase, new: &KnowledgeBase) -> ReloadReport {
    let titles = |kb: &KnowledgeBase| -> BTreeMap<String, (String, u64)> {
        kb.sources()
            .iter()
            .map(|s| {
                (
                    s.id.clone(),
                    (s.meta.title.clone(), crate::model::fnv1a(s.text.as_bytes())),
                )
            })
            .collect()
    };
    let (a, b) = (titles(old), titles(new));
    let added = b
        .iter()
        .filter(|(k, _)| !a.contains_key(*k))
        .map(|(_, v)| v.0.clone())
        .collect();
    let removed = a
        .iter()
        .filter(|(k, _)| !b.contains_key(*k))
        .map(|(_, v)| v.0.clone())
        .collect();
    let changed = b
        .iter()
        .filter(|(k, v)| a.get(*k).is_some_and(|o| o.1 != v.1))
        .map(|(_, v)| v.0.clone())
        .collect();
    ReloadReport {
        added,
        removed,
        changed,
        before: old.counts(),
        after: new.counts(),
        took: Duration::ZERO,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, name: &str, text: &str) {
        std::fs::create_dir_all(dir.join("sources")).unwrap();
        std::fs::write(dir.join("sources").join(name), text).unwrap();
    }

    #[test]
    fn reload_swaps_only_on_success_and_reports_changes() {
        let tmp = tempfile::tempdir().unwrap();
        write(tmp.path(), "a.md", "Alpha said things.");
        let live = Live::load(tmp.path()).unwrap();
        let first = live.snapshot();
        write(tmp.path(), "b.md", "Beta said more.");
        write(tmp.path(), "a.md", "Alpha changed.");
        let r = live.reload().unwrap();
        assert_eq!(
            (r.added.clone(), r.changed.clone()),
            (vec!["b".to_string()], vec!["a".to_string()])
        );
        assert_eq!(live.snapshot().sources().len(), 2);
        write(tmp.path(), "c.md", "+++\ntitle = \n+++\nBroken.");
        assert!(live.reload().is_err());
        assert_eq!(
            live.snapshot().sources().len(),
            2,
            "a failed reload keeps the live data"
        );
        assert_eq!(first.sources().len(), 1, "an old snapshot stays whole");
    }
}

#[cfg(test)]
mod watch_tests {
    use super::*;

    fn write(dir: &Path, name: &str, text: &str) {
        std::fs::write(dir.join("sources").join(name), text).unwrap();
    }

    /// A data directory of one article, loaded live.
    fn one_article() -> (tempfile::TempDir, Live) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sources")).unwrap();
        write(dir.path(), "a.md", "Talks resumed in Geneva on Monday.\n");
        let live = Live::load(dir.path()).unwrap();
        (dir, live)
    }

    #[test]
    fn a_changed_directory_is_reloaded_once_and_a_broken_one_kept_out() {
        let (dir, live) = one_article();
        assert!(live.reload_if_changed().is_none(), "nothing changed");
        write(dir.path(), "b.md", "Envoys met in Riyadh on Tuesday.\n");
        assert!(live.reload_if_changed().is_none(), "a change settles first");
        let report = live
            .reload_if_changed()
            .expect("a change")
            .expect("it loads");
        assert_eq!(report.added.len(), 1);
        assert!(live.reload_if_changed().is_none(), "reloaded once");
        write(dir.path(), "c.md", "+++\ntitle = \n+++\nbroken\n");
        assert!(live.reload_if_changed().is_none(), "a change settles first");
        assert!(live.reload_if_changed().expect("a change").is_err());
        assert!(
            live.reload_if_changed().is_none(),
            "a broken change is tried once"
        );
        assert_eq!(live.snapshot().counts().sources, 2, "the live data stays");
    }

    #[test]
    fn a_file_still_being_written_is_loaded_once_it_holds_still() {
        let (dir, live) = one_article();
        // Half an article is copied in: seen, not loaded.
        write(dir.path(), "b.md", "Envoys met in Riyadh\n");
        assert!(live.reload_if_changed().is_none());
        // The rest arrives before the next check: still settling.
        write(
            dir.path(),
            "b.md",
            "Envoys met in Riyadh on Tuesday.\n\nThe grain corridor reopened on Friday.\n",
        );
        assert!(live.reload_if_changed().is_none());
        assert_eq!(
            live.snapshot().counts().sources,
            1,
            "nothing half copied is live"
        );
        live.reload_if_changed()
            .expect("it held still")
            .expect("it loads");
        let kb = live.snapshot();
        assert_eq!(kb.counts().sources, 2);
        assert!(
            kb.sources()
                .iter()
                .any(|s| s.facts.iter().any(|f| f.text.contains("grain corridor"))),
            "the whole article is live"
        );
    }
}
