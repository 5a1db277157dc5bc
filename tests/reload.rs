//! Reload under load: reader threads ask questions from `Live::snapshot()` while the main thread
//! reloads a temporary data directory 100 times, alternating good data (article set A, then set
//! B) and broken data (malformed front matter, a non-UTF-8 file, a bad `curated.toml`, no
//! `sources/` directory, duplicate source ids). Every answer must come from one whole knowledge
//! base, no question may fail, a broken reload must leave the previous knowledge base live, and
//! reloading must never write into the data directory.
//!
//! No timing is asserted: after each reload the main thread waits (by counters, not clocks) until
//! every reader has asked at least one more question, so readers provably run across reloads.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

use parley::kb::{load_dir, Counts, Live};
use parley::model::fnv1a;
use parley::{Answer, AskOptions, Kind, KnowledgeBase};

const READERS: usize = 4;
const RELOADS: usize = 100;

const QUESTIONS: &[&str] = &[
    "What did Rubio say about progress in Geneva?",
    "What did Umerov say about a ceasefire?",
    "What did Peskov say about sanctions?",
    "prisoner exchange Istanbul",
    "Did Zelensky promise to respond to violations of the energy truce?",
    "Yermak joint proposals",
    "who said the deal cannot work",
    "Black Sea shipping",
    "“’\u{202e}?",
    "medinsky satisfied result",
];

fn fixture(set: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/good")
        .join(set)
        .join("sources")
}

/// What a whole knowledge base of one article set looks like.
#[derive(Debug, Clone, PartialEq)]
struct Generation {
    name: &'static str,
    ids: BTreeSet<String>,
    counts: Counts,
    /// Every fact and quote: id → (source id, start, end, text).
    items: BTreeMap<String, (String, usize, usize, String)>,
    /// The answer to each of [`QUESTIONS`] from a knowledge base of this set alone.
    answers: Vec<Answer>,
}

impl Generation {
    fn of(name: &'static str, kb: &KnowledgeBase) -> Generation {
        let mut items = BTreeMap::new();
        for s in kb.sources() {
            for f in &s.facts {
                items.insert(f.id.clone(), (s.id.clone(), f.start, f.end, f.text.clone()));
            }
            for q in &s.quotes {
                items.insert(q.id.clone(), (s.id.clone(), q.start, q.end, q.text.clone()));
            }
            for t in &s.statements {
                items.insert(t.id.clone(), (s.id.clone(), t.start, t.end, t.text.clone()));
            }
        }
        let answers = QUESTIONS
            .iter()
            .map(|q| parley::ask(kb, q, &AskOptions::default()).expect("reference answer"))
            .collect();
        Generation {
            name,
            ids: ids(kb),
            counts: kb.counts(),
            items,
            answers,
        }
    }
}

/// Loads a fixture set from a fresh `data` directory, as the live one is named, so its answers
/// can be compared with the live ones byte for byte.
fn reference(name: &'static str, set: &str) -> Generation {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    install(&dir, set);
    Generation::of(name, &load_dir(&dir).expect("fixture set loads"))
}

fn ids(kb: &KnowledgeBase) -> BTreeSet<String> {
    kb.sources().iter().map(|s| s.id.clone()).collect()
}

/// Replaces the articles in `dir/sources` with the files of a fixture set; removes other files.
fn install(dir: &Path, set: &str) {
    let sources = dir.join("sources");
    let _ = std::fs::remove_dir_all(dir.join("sources.off"));
    std::fs::create_dir_all(&sources).unwrap();
    for e in std::fs::read_dir(&sources).unwrap() {
        std::fs::remove_file(e.unwrap().path()).unwrap();
    }
    let _ = std::fs::remove_file(dir.join("curated.toml"));
    for e in std::fs::read_dir(fixture(set)).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, sources.join(p.file_name().unwrap())).unwrap();
    }
}

/// Ways to break a data directory that holds a good set; returns the file and line to expect.
fn break_data(dir: &Path, kind: usize, current: &Generation) -> String {
    let sources = dir.join("sources");
    match kind % 5 {
        0 => {
            std::fs::write(
                sources.join("zz-broken.md"),
                "+++\ntitle = \"Broken\"\noutlet = \n+++\nBody.\n",
            )
            .unwrap();
            "sources/zz-broken.md:3:".into()
        }
        1 => {
            std::fs::write(sources.join("zz-latin1.txt"), b"Caf\xe9 talks.\n").unwrap();
            "sources/zz-latin1.txt:1:".into()
        }
        2 => {
            std::fs::write(
                dir.join("curated.toml"),
                "[[person]]\nname = \"Marco Rubio\"\nnickname = \"x\"\n",
            )
            .unwrap();
            "curated.toml:3:".into()
        }
        3 => {
            // The whole `sources` directory moved away.
            std::fs::rename(&sources, dir.join("sources.off")).unwrap();
            "no `sources` directory".into()
        }
        _ => {
            // A second file with the stem of a live article: duplicate source ids.
            let id = current.ids.iter().next().unwrap();
            let ext = if sources.join(format!("{id}.md")).exists() {
                "txt"
            } else {
                "md"
            };
            let name = format!("{id}.{ext}");
            std::fs::write(sources.join(&name), "Duplicate.\n").unwrap();
            format!("sources/{name}")
        }
    }
}

/// Every entry under `dir` with its kind, size, mtime and content hash.
fn listing(dir: &Path) -> BTreeMap<PathBuf, (bool, u64, std::time::SystemTime, u64)> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let m = std::fs::metadata(&d).unwrap();
        out.insert(d.clone(), (true, 0, m.modified().unwrap(), 0));
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            let m = std::fs::symlink_metadata(&p).unwrap();
            if m.is_dir() {
                stack.push(p);
            } else {
                let hash = fnv1a(&std::fs::read(&p).unwrap());
                out.insert(p, (false, m.len(), m.modified().unwrap(), hash));
            }
        }
    }
    out
}

/// Sets the flag when dropped, also while unwinding from a failed assertion.
struct StopOnDrop<'a>(&'a AtomicBool);

impl Drop for StopOnDrop<'_> {
    fn drop(&mut self) {
        self.0.store(true, Ordering::Release);
    }
}

/// One reader's check of one question against one snapshot.
fn check_answer(
    snap: &KnowledgeBase,
    generations: &[Generation],
    qi: usize,
) -> Result<(&'static str, usize), String> {
    let q = QUESTIONS[qi];
    let snap_ids = ids(snap);
    let counts = snap.counts();
    let gen = generations
        .iter()
        .find(|g| g.ids == snap_ids && g.counts == counts)
        .ok_or_else(|| format!("snapshot is no whole generation: {snap_ids:?} {counts:?}"))?;
    let answer = parley::ask(snap, q, &AskOptions::default())
        .map_err(|e| format!("ask({q:?}) failed on generation {}: {e}", gen.name))?;
    for h in &answer.hits {
        let Some((src, start, end, text)) = gen.items.get(&h.id) else {
            return Err(format!(
                "hit {} is not in generation {} ({q:?})",
                h.id, gen.name
            ));
        };
        // A statement may run on through the next sentence, where its speaker is quoted.
        let runs_on =
            h.kind == Kind::Statement && h.end > *end && h.text.starts_with(text.as_str());
        if (src, *start) != (&h.source_id, h.start)
            || ((*end, text) != (h.end, &h.text) && !runs_on)
        {
            return Err(format!("hit {h:?} differs from generation {}", gen.name));
        }
        let kind_ok = match h.kind {
            Kind::Fact => snap.source(src).and_then(|s| s.fact(&h.id)).is_some(),
            Kind::Quote => snap.source(src).and_then(|s| s.quote(&h.id)).is_some(),
            Kind::Statement => snap.source(src).and_then(|s| s.statement(&h.id)).is_some(),
        };
        if !kind_ok {
            return Err(format!("hit {h:?} has the wrong kind"));
        }
    }
    // Answers are deterministic, so an answer from a whole generation is exactly the answer a
    // knowledge base of that set alone gives.
    if answer != gen.answers[qi] {
        return Err(format!(
            "answer to {q:?} differs from generation {}'s:\n{answer:?}\nvs\n{:?}",
            gen.name, gen.answers[qi]
        ));
    }
    if ids(snap) != snap_ids || snap.counts() != counts {
        return Err("a snapshot changed while it was held".into());
    }
    Ok((gen.name, answer.hits.len()))
}

#[test]
fn reload_under_load_swaps_whole_knowledge_bases_only() {
    let generations = vec![reference("A", "a"), reference("B", "b")];
    assert!(
        generations[0].ids.is_disjoint(&generations[1].ids),
        "sets A and B must be distinguishable"
    );
    assert_ne!(generations[0].counts, generations[1].counts);

    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    install(&dir, "a");
    let live = Live::load(&dir).expect("set A loads live");

    let stop = AtomicBool::new(false);
    let asked: Vec<AtomicUsize> = (0..READERS).map(|_| AtomicUsize::new(0)).collect();

    std::thread::scope(|scope| {
        // If an assertion below fails, unwinding stops the readers so the scope can end.
        let _stop_readers = StopOnDrop(&stop);
        let handles: Vec<_> = (0..READERS)
            .map(|r| {
                let (live, stop, asked, generations) = (&live, &stop, &asked, &generations);
                scope.spawn(move || {
                    let mut errors = Vec::new();
                    let mut seen = BTreeMap::<&str, usize>::new();
                    let mut hits = 0;
                    let mut i = r;
                    while !stop.load(Ordering::Acquire) {
                        let snap = live.snapshot();
                        match check_answer(&snap, generations, i % QUESTIONS.len()) {
                            Ok((g, n)) => {
                                *seen.entry(g).or_default() += 1;
                                hits += n;
                            }
                            Err(e) => errors.push(e),
                        }
                        i += 1;
                        asked[r].fetch_add(1, Ordering::AcqRel);
                    }
                    (errors, seen, hits)
                })
            })
            .collect();

        // Waits until every reader has asked at least one more question (or one has died).
        let wait_for_readers = || {
            let marks: Vec<usize> = asked.iter().map(|a| a.load(Ordering::Acquire)).collect();
            for (r, mark) in marks.iter().enumerate() {
                while asked[r].load(Ordering::Acquire) <= *mark + 1 {
                    if handles[r].is_finished() {
                        return;
                    }
                    std::thread::yield_now();
                }
            }
        };

        let mut current = 0; // index into generations
        for step in 0..RELOADS {
            let prev = live.snapshot();
            if step % 2 == 0 {
                // Good data: alternate between set A and set B.
                let next = 1 - current;
                install(&dir, ["a", "b"][next]);
                let before = listing(&dir);
                let report = live
                    .reload()
                    .unwrap_or_else(|e| panic!("good reload {step} failed: {e}"));
                assert_eq!(
                    listing(&dir),
                    before,
                    "reload {step} wrote into the data dir"
                );
                let snap = live.snapshot();
                assert_eq!(ids(&snap), generations[next].ids, "reload {step}");
                assert_eq!(report.before, generations[current].counts);
                assert_eq!(report.after, generations[next].counts);
                assert_eq!(
                    (report.added.len(), report.removed.len()),
                    (generations[next].ids.len(), generations[current].ids.len()),
                    "{report:?}"
                );
                current = next;
            } else {
                let expect = break_data(&dir, step / 2, &generations[current]);
                let before = listing(&dir);
                let err = match live.reload() {
                    Ok(r) => panic!("broken reload {step} succeeded: {r:?}"),
                    Err(e) => e.to_string(),
                };
                assert!(err.contains(&expect), "reload {step}: {err} lacks {expect}");
                assert_eq!(
                    listing(&dir),
                    before,
                    "reload {step} wrote into the data dir"
                );
                assert!(
                    Arc::ptr_eq(&live.snapshot(), &prev),
                    "a broken reload replaced the live knowledge base"
                );
            }
            wait_for_readers();
            if handles.iter().any(|h| h.is_finished()) {
                break;
            }
        }
        stop.store(true, Ordering::Release);

        let mut total = BTreeMap::<&str, usize>::new();
        let mut hits = 0;
        for (r, h) in handles.into_iter().enumerate() {
            let (errors, seen, n) = h.join().expect("reader thread did not panic");
            hits += n;
            assert!(errors.is_empty(), "reader {r}: {errors:#?}");
            for (g, n) in seen {
                *total.entry(g).or_default() += n;
            }
        }
        // The consistency checks above ran on real hits, not only on empty answers.
        assert!(hits > 0, "no question found anything");
        // Readers were provably interleaved with the reloads: both generations were asked.
        assert!(
            total.get("A").copied().unwrap_or(0) > 0 && total.get("B").copied().unwrap_or(0) > 0,
            "{total:?}"
        );
    });
}

#[test]
fn concurrent_reloads_are_serialized_and_consistent() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    install(&dir, "b");
    let live = Live::load(&dir).unwrap();
    let expected = Generation::of("B", &live.snapshot());
    let before = listing(&dir);
    std::thread::scope(|scope| {
        for _ in 0..3 {
            scope.spawn(|| {
                for _ in 0..10 {
                    let r = live.reload().expect("reload of unchanged data");
                    assert_eq!((r.before, r.after), (expected.counts, expected.counts));
                    assert!(r.added.is_empty() && r.removed.is_empty() && r.changed.is_empty());
                }
            });
        }
    });
    assert_eq!(Generation::of("B", &live.snapshot()), expected);
    assert_eq!(listing(&dir), before, "reloads wrote into the data dir");
}
