//! Retrieval evaluation over the shipped data: Recall@1, Recall@3, MRR and no-answer accuracy per
//! question group of `tests/data/questions.toml`, printed, and held above floors. Also checks that
//! every hit's text is exactly its article's bytes `[start..end]`.
//!
//! Run with `cargo test --test retrieval -- --nocapture` to see the table.

use std::collections::BTreeMap;
use std::path::Path;

use parley::answer::{ask, AskOptions, Hit};
use parley::kb::{load_dir, KnowledgeBase};
use parley::Kind;
use serde::Deserialize;

#[derive(Deserialize)]
struct File {
    question: Vec<Labelled>,
}

#[derive(Deserialize)]
struct Labelled {
    id: String,
    group: String,
    q: String,
    #[serde(default)]
    expect: Vec<String>,
    kind: Option<String>,
    speaker: Option<String>,
    twin: Option<String>,
}

fn load() -> (KnowledgeBase, Vec<Labelled>) {
    let kb = load_dir(Path::new("data")).expect("shipped data loads");
    let text = std::fs::read_to_string("tests/data/questions.toml").expect("questions file");
    let f: File = toml::from_str(&text).expect("questions parse");
    (kb, f.question)
}

/// Does a hit answer a labelled question? Its text must contain an expected substring; when the
/// knowledge base holds that text as a quote and the label asks for a quote, the hit must be the
/// quote, and a quote's speaker must be the labelled one.
fn matches(kb: &KnowledgeBase, l: &Labelled, h: &Hit) -> bool {
    let norm = |s: &str| s.replace(['’', '‘'], "'");
    let text = norm(&h.text);
    if !l.expect.iter().any(|e| text.contains(&norm(e))) {
        return false;
    }
    let quote_exists = kb.sources().iter().flat_map(|s| &s.quotes).any(|q| {
        let t = norm(&q.text);
        l.expect.iter().any(|e| t.contains(&norm(e)))
    });
    if l.kind.as_deref() == Some("quote") && quote_exists && h.kind != Kind::Quote {
        return false;
    }
    if h.kind == Kind::Quote {
        if let Some(want) = &l.speaker {
            return h.speaker.as_deref() == Some(want.as_str());
        }
    }
    true
}

#[derive(Default, Debug, Clone, Copy)]
struct Stats {
    n: usize,
    r1: f64,
    r3: f64,
    mrr: f64,
    answered: usize,
}

impl Stats {
    fn recall1(&self) -> f64 {
        self.r1 / self.n.max(1) as f64
    }
    fn recall3(&self) -> f64 {
        self.r3 / self.n.max(1) as f64
    }
    fn mrr(&self) -> f64 {
        self.mrr / self.n.max(1) as f64
    }
    fn answered_rate(&self) -> f64 {
        self.answered as f64 / self.n.max(1) as f64
    }
}

/// Twin comparison: (typo questions right, their clean twins right, pairs).
type Twins = (usize, usize, usize);

#[test]
fn retrieval_quality_per_group() {
    let (kb, questions) = load();
    assert!(questions.len() >= 80, "at least 80 labelled questions");
    let (stats, (typo, clean, pairs)) = evaluate(&kb, &questions, "data/");
    let g = |name: &str| stats.get(name).copied().unwrap_or_default();
    assert!(g("direct").recall1() >= 0.95, "direct Recall@1");
    assert!(g("typo").recall1() >= 0.95, "typo Recall@1");
    assert!(g("paraphrase").recall1() >= 0.75, "paraphrase Recall@1");
    assert_eq!(
        g("out_of_scope").answered,
        0,
        "every out-of-scope question gets no answer"
    );
    assert!(
        typo + 3 * pairs / 100 >= clean,
        "typos lose at most 3 points: {typo} vs {clean} of {pairs}"
    );
}

/// Questions written for the extraction fixtures after the retriever was tuned, never tuned
/// against (tests/data/fixture_questions.toml): does it generalise to unseen articles?
#[test]
fn fixture_questions_generalise() {
    let Some((kb, _, _)) = fixture_kb() else {
        return;
    };
    let text = std::fs::read_to_string("tests/data/fixture_questions.toml").expect("file");
    let f: File = toml::from_str(&text).expect("parses");
    let (stats, _) = evaluate(&kb, &f.question, "tests/data/articles/");
    let g = |name: &str| stats.get(name).copied().unwrap_or_default();
    assert!(g("direct").recall1() >= 0.8, "fixture direct Recall@1");
    assert_eq!(
        g("out_of_scope").answered,
        0,
        "fixture out-of-scope answered"
    );
}

/// Asks every question; prints Recall@1, Recall@3, MRR and answered/no-answer rates per group,
/// the typo-twin comparison and every miss.
fn evaluate(
    kb: &KnowledgeBase,
    questions: &[Labelled],
    name: &str,
) -> (BTreeMap<String, Stats>, Twins) {
    let opts = AskOptions {
        top: 10,
        related: 2,
        ..AskOptions::default()
    };
    let mut stats: BTreeMap<String, Stats> = BTreeMap::new();
    let mut by_id: BTreeMap<String, bool> = BTreeMap::new();
    let mut failures = Vec::new();
    for l in questions {
        let a = ask(kb, &l.q, &opts).expect("question is askable");
        let s = stats.entry(l.group.clone()).or_default();
        s.n += 1;
        if a.answered {
            s.answered += 1;
        }
        if l.expect.is_empty() {
            if a.answered {
                failures.push(format!(
                    "[{}] {:?} should get no answer, got {:?}",
                    l.id,
                    l.q,
                    a.hits.first().map(|h| &h.text)
                ));
            }
            continue;
        }
        let rank = a.hits.iter().position(|h| matches(kb, l, h));
        let ok1 = a.answered && rank == Some(0);
        by_id.insert(l.id.clone(), ok1);
        if ok1 {
            s.r1 += 1.0;
        }
        if a.answered && rank.is_some_and(|r| r < 3) {
            s.r3 += 1.0;
        }
        if let (true, Some(r)) = (a.answered, rank) {
            s.mrr += 1.0 / (r as f64 + 1.0);
        }
        if !ok1 {
            failures.push(format!(
                "[{}] {:?}: answered={} rank={:?} top={:?}",
                l.id,
                l.q,
                a.answered,
                rank,
                a.hits.first().map(|h| (h.kind, &h.text, h.coverage))
            ));
        }
    }
    // Typo twins against their clean twins.
    let (mut clean, mut typo, mut pairs) = (0usize, 0usize, 0usize);
    for l in questions.iter().filter(|l| l.twin.is_some()) {
        let (Some(t), Some(c)) = (by_id.get(&l.id), l.twin.as_ref().and_then(|x| by_id.get(x)))
        else {
            continue;
        };
        pairs += 1;
        clean += usize::from(*c);
        typo += usize::from(*t);
    }
    println!("\nRetrieval over {name} ({} questions)", questions.len());
    println!(
        "{:<14} {:>4} {:>9} {:>9} {:>7} {:>10} {:>10}",
        "group", "n", "Recall@1", "Recall@3", "MRR", "answered", "no-answer"
    );
    for (g, s) in &stats {
        println!(
            "{:<14} {:>4} {:>9.3} {:>9.3} {:>7.3} {:>10.3} {:>10.3}",
            g,
            s.n,
            s.recall1(),
            s.recall3(),
            s.mrr(),
            s.answered_rate(),
            1.0 - s.answered_rate()
        );
    }
    println!("typo twins: {typo}/{pairs} right vs {clean}/{pairs} for their clean twins");
    if !failures.is_empty() {
        println!("misses:");
        for f in &failures {
            println!("  {f}");
        }
    }
    (stats, (typo, clean, pairs))
}

#[test]
fn every_hit_is_its_articles_bytes() {
    let (kb, questions) = load();
    let opts = AskOptions {
        top: 10,
        related: 2,
        ..AskOptions::default()
    };
    let mut checked = 0;
    for l in &questions {
        let a = ask(&kb, &l.q, &opts).expect("askable");
        for h in &a.hits {
            let s = kb.source(&h.source_id).expect("hit names a loaded source");
            assert_eq!(
                s.text.get(h.start..h.end),
                Some(h.text.as_str()),
                "{}",
                h.id
            );
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} hits checked");
}

#[test]
fn long_and_odd_questions_never_crash() {
    let (kb, _) = load();
    let opts = AskOptions::default();
    let long = "peace ".repeat(20_000);
    assert!(
        ask(&kb, &long, &opts).is_err(),
        "a 120,000-char question is refused"
    );
    for q in [
        "?",
        "'s",
        "-",
        "---",
        "ééé",
        "@everyone",
        "\u{0}",
        "a-b-c-d",
        "'''",
        "🙂",
    ] {
        let a = ask(&kb, q, &opts).expect("askable");
        assert!(!a.answered, "{q:?} is not a question the articles answer");
    }
    assert!(ask(&kb, "   ", &opts).is_err());
}

#[derive(Deserialize)]
struct Gold {
    #[serde(default)]
    quote: Vec<GoldQuote>,
}

#[derive(Deserialize)]
struct GoldQuote {
    text: String,
    speaker: Option<String>,
    #[serde(default)]
    optional: bool,
}

/// Generalisation to articles the eval set was not written for: the extraction fixtures
/// (tests/data/articles/). For every attributed gold quote, ask "What did <surname> say about
/// <its first two content words>?" and expect that quote (or the sentence holding it) first.
/// Loads the extraction fixtures as one knowledge base, with their gold quotes and file count.
fn fixture_kb() -> Option<(KnowledgeBase, Vec<GoldQuote>, usize)> {
    let entries = std::fs::read_dir(Path::new("tests/data/articles")).ok()?;
    let mut files: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| parley::source::is_article_file(p))
        .collect();
    files.sort();
    if files.is_empty() {
        return None;
    }
    let mut articles = Vec::new();
    let mut golds = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).expect("fixture reads");
        articles.push(parley::source::parse_article(f, text).expect("fixture parses"));
        if let Ok(g) = std::fs::read_to_string(f.with_extension("gold.toml")) {
            let g: Gold = toml::from_str(&g).expect("gold parses");
            golds.extend(g.quote);
        }
    }
    let kb = KnowledgeBase::from_articles(articles, None, parley::retrieve::Synonyms::default())
        .expect("fixtures build");
    Some((kb, golds, files.len()))
}

#[test]
fn fixture_articles_answer_generated_questions() {
    let Some((kb, golds, nfiles)) = fixture_kb() else {
        return;
    };
    let opts = AskOptions {
        top: 3,
        related: 0,
        ..AskOptions::default()
    };
    let norm = |s: &str| s.replace(['’', '‘'], "'").replace(['“', '”'], "\"");
    let (mut n, mut r1, mut r3) = (0usize, 0usize, 0usize);
    let mut misses = Vec::new();
    for g in golds.iter().filter(|g| !g.optional) {
        let Some(speaker) = &g.speaker else { continue };
        let surname = speaker.split_whitespace().last().unwrap_or(speaker);
        let topic: Vec<String> = parley::retrieve::fold_words(&g.text)
            .into_iter()
            .filter(|w| w.chars().count() >= 4 && !parley::retrieve::text::is_stop(w))
            .take(2)
            .collect();
        if topic.len() < 2 {
            continue;
        }
        let q = format!("What did {surname} say about {}?", topic.join(" "));
        let a = ask(&kb, &q, &opts).expect("askable");
        let gold = norm(g.text.trim_end_matches([',', '.']));
        let rank = a.hits.iter().position(|h| {
            let t = norm(&h.text);
            t.contains(&gold) || gold.contains(t.trim_end_matches([',', '.']))
        });
        n += 1;
        if a.answered && rank == Some(0) {
            r1 += 1;
        } else {
            misses.push(format!("{q:?} → {:?}", a.hits.first().map(|h| &h.text)));
        }
        if a.answered && rank.is_some_and(|r| r < 3) {
            r3 += 1;
        }
    }
    let (f1, f3) = (r1 as f64 / n.max(1) as f64, r3 as f64 / n.max(1) as f64);
    println!("\nFixture articles ({nfiles} files): {n} generated questions, Recall@1 {f1:.3}, Recall@3 {f3:.3}");
    for m in &misses {
        println!("  miss: {m}");
    }
    // The same people asked about what no article covers: no answer.
    let mut wrong = Vec::new();
    let topics = [
        "the weather forecast",
        "football transfers",
        "bitcoin prices",
        "volcano eruptions",
    ];
    for (i, p) in kb.people().iter().enumerate() {
        let surname = p.name.split_whitespace().last().unwrap_or(&p.name);
        let q = format!("What did {surname} say about {}?", topics[i % topics.len()]);
        let a = ask(&kb, &q, &opts).expect("askable");
        if a.answered {
            wrong.push(q);
        }
    }
    println!(
        "Fixture out-of-scope: {} of {} answered {wrong:?}",
        wrong.len(),
        kb.people().len()
    );
    assert!(f1 >= 0.7, "fixture Recall@1 {f1}");
    assert!(
        wrong.is_empty(),
        "out-of-scope questions answered: {wrong:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// Realistic questions (tests/data/realistic/questions.toml): written by people who never saw the
// code, over 33 articles loaded as one knowledge base. R@1 per category for the tuned and the
// blind split, answered precision / recall, and the out-of-scope answered rate. Only the tuned
// split's misses are printed: the blind split is looked at in aggregate only.
//
// Run with `cargo test --locked --test retrieval realistic -- --nocapture`.
// ---------------------------------------------------------------------------------------------

#[derive(Deserialize)]
struct RealFile {
    question: Vec<Real>,
}

#[derive(Deserialize)]
struct Real {
    id: String,
    split: String,
    category: String,
    q: String,
    article: Option<String>,
    #[serde(default)]
    expect: Vec<String>,
    #[serde(default = "answer_default")]
    answer: String,
}

fn answer_default() -> String {
    "answer".to_string()
}

/// The seed article and every realistic fixture article's file, in a fixed order. With
/// `PARLEY_ARTICLES=DIR[:DIR…]`, the seed and the articles of those folders instead (a private
/// set of real articles, never committed); with `PARLEY_ARTICLES=` (empty), the seed alone.
fn realistic_files() -> Vec<std::path::PathBuf> {
    let mut files = vec![Path::new("data/sources/rubio-concessions.txt").to_path_buf()];
    let dirs: Vec<String> = match std::env::var("PARLEY_ARTICLES") {
        Ok(v) => v.split(':').map(str::to_string).collect(),
        Err(_) => vec![
            "tests/data/realistic/tuned".into(),
            "tests/data/realistic/blind".into(),
        ],
    };
    for dir in dirs.iter().filter(|d| !d.is_empty()) {
        let mut more: Vec<_> = std::fs::read_dir(dir)
            .expect("realistic fixtures")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "md"))
            .collect();
        more.sort();
        files.extend(more);
    }
    files
}

/// The seed article and every realistic fixture article, as one knowledge base, with the synonym
/// groups of `synonyms` (none without it).
fn realistic_kb(synonyms: Option<&Path>) -> KnowledgeBase {
    let files = realistic_files();
    let articles = files
        .iter()
        .map(|f| {
            let text = std::fs::read_to_string(f).expect("article reads");
            parley::source::parse_article(f, text).expect("article parses")
        })
        .collect();
    let synonyms = match synonyms {
        Some(f) => {
            let text = std::fs::read_to_string(f).expect("synonyms file");
            parley::retrieve::Synonyms::parse(f, &text).expect("synonyms parse")
        }
        None => parley::retrieve::Synonyms::default(),
    };
    KnowledgeBase::from_articles(articles, None, synonyms).expect("realistic articles build")
}

fn norm_quotes(s: &str) -> String {
    s.replace(['’', '‘'], "'").replace(['“', '”'], "\"")
}

/// Is the reply to a realistic question right? See the header of questions.toml.
fn real_right(l: &Real, a: &parley::Answer) -> bool {
    use parley::answer::Outcome;
    let top_has = |a: &parley::Answer| {
        a.hits.first().is_some_and(|h| {
            let t = norm_quotes(&h.text);
            l.expect.iter().any(|e| t.contains(&norm_quotes(e)))
        })
    };
    match l.answer.as_str() {
        "none" => !a.answered,
        "unknown_person" => a.outcome == Outcome::UnknownPerson,
        "mentioned" => a.outcome == Outcome::Mentioned,
        "overview" => {
            a.outcome == Outcome::Overview
                && a.hits
                    .iter()
                    .any(|h| Some(h.source_id.as_str()) == l.article.as_deref())
        }
        _ => a.answered && a.outcome == Outcome::Answer && top_has(a),
    }
}

/// Per split: per category (n, right); answered and right-when-answered counts.
#[derive(Default)]
struct RealStats {
    cats: BTreeMap<String, (usize, usize)>,
    /// Questions expecting an answer, those answered right, all answered (outcome Answer).
    want: usize,
    right_answered: usize,
    answered: usize,
    /// Questions declined although the top hit was the right answer: what the gate costs.
    declined_right: usize,
    oos: (usize, usize),
}

impl RealStats {
    fn r1(&self, cat: &str) -> f64 {
        let (n, r) = self.cats.get(cat).copied().unwrap_or_default();
        r as f64 / n.max(1) as f64
    }
    fn total(&self) -> f64 {
        let (n, r) = self
            .cats
            .values()
            .fold((0, 0), |(n, r), (a, b)| (n + a, r + b));
        r as f64 / n.max(1) as f64
    }
    fn precision(&self) -> f64 {
        self.right_answered as f64 / self.answered.max(1) as f64
    }
    fn recall(&self) -> f64 {
        self.right_answered as f64 / self.want.max(1) as f64
    }
    fn oos_rate(&self) -> f64 {
        self.oos.1 as f64 / self.oos.0.max(1) as f64
    }
}

/// The labelled questions: `tests/data/realistic/questions.toml`, or the file named by
/// `PARLEY_QUESTIONS` (with `PARLEY_ARTICLES`, for a private set).
fn questions_file() -> String {
    std::env::var("PARLEY_QUESTIONS")
        .unwrap_or_else(|_| "tests/data/realistic/questions.toml".to_string())
}

/// The realistic evaluation; with `PARLEY_SYNONYMS=FILE`, over that synonyms file (the shipped
/// `data/synonyms.toml`, say).
fn evaluate_realistic() -> BTreeMap<String, RealStats> {
    let synonyms = std::env::var_os("PARLEY_SYNONYMS").map(std::path::PathBuf::from);
    evaluate_realistic_with(synonyms.as_deref())
}

fn evaluate_realistic_with(synonyms: Option<&Path>) -> BTreeMap<String, RealStats> {
    use parley::answer::Outcome;
    let kb = realistic_kb(synonyms);
    let text = std::fs::read_to_string(questions_file()).expect("questions file");
    let f: RealFile = toml::from_str(&text).expect("questions parse");
    let opts = AskOptions {
        top: 5,
        related: 2,
        ..AskOptions::default()
    };
    let mut out: BTreeMap<String, RealStats> = BTreeMap::new();
    let mut misses = Vec::new();
    // Calibration of the no-answer gate (tuned split): per category, the top hit's coverage and
    // whether its text is right, for questions expecting an answer or none.
    let mut sweep: BTreeMap<String, Vec<(f64, bool, bool)>> = BTreeMap::new();
    for l in &f.question {
        let a = ask(&kb, &l.q, &opts).expect("question is askable");
        let ok = real_right(l, &a);
        let top_right = l.answer == "answer"
            && a.hits.first().is_some_and(|h| {
                let t = norm_quotes(&h.text);
                l.expect.iter().any(|e| t.contains(&norm_quotes(e)))
            });
        if l.split == "tuned" && matches!(l.answer.as_str(), "answer" | "none") {
            let cov = a.hits.first().map_or(0.0, |h| h.coverage);
            sweep
                .entry(l.category.clone())
                .or_default()
                .push((cov, top_right, l.answer == "none"));
        }
        let s = out.entry(l.split.clone()).or_default();
        let c = s.cats.entry(l.category.clone()).or_default();
        c.0 += 1;
        c.1 += usize::from(ok);
        if l.answer == "answer" {
            s.want += 1;
        }
        if top_right && a.outcome == Outcome::NoAnswer {
            s.declined_right += 1;
        }
        if a.outcome == Outcome::Answer {
            s.answered += 1;
            if ok && l.answer == "answer" {
                s.right_answered += 1;
            }
        }
        if l.category == "out_of_scope" {
            s.oos.0 += 1;
            s.oos.1 += usize::from(a.answered);
        }
        if !ok && l.split == "tuned" {
            misses.push(format!(
                "[{}] {:?} want {} → {:?} {:?}",
                l.id,
                l.q,
                l.answer,
                a.outcome,
                a.hits.first().map(|h| (
                    h.kind,
                    h.coverage,
                    h.text.chars().take(90).collect::<String>()
                ))
            ));
        }
    }
    let cats: Vec<String> = out
        .values()
        .flat_map(|s| s.cats.keys().cloned())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    println!("\nRealistic questions: R@1 per category");
    // One column per split present (tuned, blind; a private set may have others).
    let splits: Vec<&String> = out.keys().collect();
    let header: String = splits.iter().map(|s| format!(" {s:>12}")).collect();
    println!("{:<16}{header}", "category");
    for c in &cats {
        let cells: String = splits
            .iter()
            .map(|split| {
                let cell = out
                    .get(*split)
                    .and_then(|s| s.cats.get(c))
                    .map(|(n, r)| format!("{r}/{n} {:.2}", *r as f64 / (*n).max(1) as f64))
                    .unwrap_or_default();
                format!(" {cell:>12}")
            })
            .collect();
        println!("{c:<16}{cells}");
    }
    for (split, s) in &out {
        println!(
            "{split}: all {:.3}; answered precision {:.3}, answered recall {:.3}, out-of-scope answered {:.3}; declined with the right top hit {}",
            s.total(),
            s.precision(),
            s.recall(),
            s.oos_rate(),
            s.declined_right
        );
    }
    if std::env::var_os("PARLEY_SWEEP").is_some() {
        println!("gate sweep (tuned): threshold → right answered / wrong answered (none answered)");
        for (cat, xs) in &sweep {
            let cells: Vec<String> = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5]
                .iter()
                .map(|&t| {
                    let right = xs.iter().filter(|x| x.0 >= t && x.1).count();
                    let wrong = xs.iter().filter(|x| x.0 >= t && !x.1 && !x.2).count();
                    let none = xs.iter().filter(|x| x.0 >= t && x.2).count();
                    format!("{t:.2}:{right}/{wrong}({none})")
                })
                .collect();
            println!("  {cat:<14} n={:<3} {}", xs.len(), cells.join(" "));
        }
    }
    if std::env::var_os("PARLEY_MISSES").is_some() {
        println!("tuned misses:");
        for m in &misses {
            println!("  {m}");
        }
    }
    out
}

/// Floors per category, set from the tuned split (its R@1 at the time, less a margin of about
/// one question per category); the blind split is printed, not held to them.
const REALISTIC_FLOORS: &[(&str, f64)] = &[
    // Raised at the end of issue 11's fifth session to the tuned R@1 then, less about one
    // question: 44/54, 5/8, 8/10, 22/23 (out-of-scope held at 0.95), 8/12, 5/40, 20/38, 16/22,
    // 16/24, 28/36, 9/10, 24/34. The sixth raised overview (9/12), paraphrase (9/40) and
    // yes/no (25/34) the same way; the seventh quantity/time (22/38) and role (18/24); the
    // fourteenth quantity/time (25/38, after agency dates and minutes of play); the
    // twenty-seventh paraphrase (12/40), quantity/time (28/38), reported (17/22), role (21/24)
    // and typo (33/36).
    ("direct", 0.81),
    ("latest", 0.62),
    ("mentioned", 0.8),
    ("out_of_scope", 0.95),
    ("overview", 0.75),
    ("paraphrase", 0.3),
    ("quantity_time", 0.73),
    ("reported", 0.77),
    ("role", 0.87),
    ("typo", 0.91),
    ("unknown_person", 0.9),
    ("yes_no", 0.73),
];

#[test]
fn realistic_questions_per_category() {
    let out = evaluate_realistic();
    if std::env::var_os("PARLEY_QUESTIONS").is_some() {
        return; // a private set: printed, not held to the floors set on ours
    }
    let tuned = out.get("tuned").expect("tuned split");
    let mut low = Vec::new();
    for &(cat, floor) in REALISTIC_FLOORS {
        if tuned.r1(cat) + 1e-9 < floor {
            low.push(format!("{cat} {:.3} < {floor}", tuned.r1(cat)));
        }
    }
    assert!(low.is_empty(), "tuned R@1 under its floor: {low:?}");
    assert!(
        tuned.precision() >= 0.72,
        "tuned answered precision {:.3}",
        tuned.precision()
    );
    assert!(
        tuned.recall() >= 0.5,
        "tuned answered recall {:.3}",
        tuned.recall()
    );
    assert_out_of_scope_bar(&out, "");
}

/// The share of out-of-scope questions that may be answered, on the tuned split and on both.
const OUT_OF_SCOPE_BAR: f64 = 0.05;

/// Holds a realistic evaluation to [`OUT_OF_SCOPE_BAR`]; `with` names what it ran with.
fn assert_out_of_scope_bar(out: &BTreeMap<String, RealStats>, with: &str) {
    let tuned = out.get("tuned").expect("tuned split");
    let blind = out.get("blind").expect("blind split");
    assert!(
        tuned.oos_rate() <= OUT_OF_SCOPE_BAR,
        "tuned out-of-scope answered {:.3}{with}",
        tuned.oos_rate()
    );
    let (n, answered) = (tuned.oos.0 + blind.oos.0, tuned.oos.1 + blind.oos.1);
    assert!(
        answered as f64 <= OUT_OF_SCOPE_BAR * n as f64,
        "out-of-scope answered {answered} of {n}{with}"
    );
}

/// The bot answers with the shipped `data/synonyms.toml`: loaded into the realistic evaluation, it
/// must keep the out-of-scope bar the labelled set is held to without it. (Groups joining a
/// capital to its country, "kyiv" ~ "ukraine", answered "What's the weather in Kyiv tomorrow?".)
#[test]
fn the_shipped_synonyms_keep_out_of_scope_questions_unanswered() {
    if std::env::var_os("PARLEY_QUESTIONS").is_some() {
        return; // a private set: its own run prints it
    }
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/synonyms.toml");
    let out = evaluate_realistic_with(Some(&shipped));
    assert_out_of_scope_bar(&out, " with the shipped synonyms");
}

/// Latency of the answer path against the bare search it wraps, on a knowledge base of about
/// 100,000 facts (the realistic articles copied under other names). Ignored by default; run with
/// `cargo test --release --locked --test retrieval latency -- --ignored --nocapture`.
#[test]
#[ignore]
fn latency_of_ask_against_search() {
    let files = realistic_files();
    let texts: Vec<String> = files
        .iter()
        .map(|f| std::fs::read_to_string(f).expect("reads"))
        .collect();
    let parse = |copy: usize| -> Vec<parley::source::Article> {
        files
            .iter()
            .zip(&texts)
            .map(|(f, t)| {
                let name = format!("copy{copy}-{}", f.file_name().unwrap().to_string_lossy());
                parley::source::parse_article(Path::new(&name), t.clone()).expect("parses")
            })
            .collect()
    };
    let one = KnowledgeBase::from_articles(parse(0), None, parley::retrieve::Synonyms::default())
        .expect("builds")
        .counts()
        .facts
        .max(1);
    let articles: Vec<_> = (0..100_000usize.div_ceil(one)).flat_map(parse).collect();
    let kb = KnowledgeBase::from_articles(articles, None, parley::retrieve::Synonyms::default())
        .expect("builds");
    let text =
        std::fs::read_to_string("tests/data/realistic/questions.toml").expect("questions file");
    let f: RealFile = toml::from_str(&text).expect("questions parse");
    let opts = AskOptions::default();
    let t0 = std::time::Instant::now();
    for l in &f.question {
        let _ = kb.search(&l.q, opts.top * 4 + 4);
    }
    let search = t0.elapsed();
    let t1 = std::time::Instant::now();
    for l in &f.question {
        let _ = ask(&kb, &l.q, &opts);
    }
    let asked = t1.elapsed();
    println!(
        "\n{} facts, {} questions: search {:?} ({:?}/q), ask {:?} ({:?}/q), ratio {:.2}",
        kb.counts().facts,
        f.question.len(),
        search,
        search / f.question.len() as u32,
        asked,
        asked / f.question.len() as u32,
        asked.as_secs_f64() / search.as_secs_f64()
    );
}
