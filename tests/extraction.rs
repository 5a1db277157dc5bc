//! Extraction end to end: the seed article's speakers and people, precision and recall of
//! speaker attribution against hand-written gold files for the fixture articles, and a property
//! test that no input panics and every offset slices the text it claims.

use std::path::{Path, PathBuf};

use parley::extract::{extract, Extraction};
use parley::source::{parse_article, read_article, Article};
use proptest::prelude::*;
use serde::Deserialize;

fn load(path: &Path) -> Article {
    read_article(path, path).unwrap_or_else(|e| panic!("{}: {e:?}", path.display()))
}

fn extract_file(path: &Path) -> (Article, Extraction) {
    let a = load(path);
    let ex = extract(&a, "t");
    (a, ex)
}

/// Collapses whitespace and trims trailing commas, so `A,` and `A` and wrapped lines compare.
fn norm(s: &str) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    s.trim_end_matches(',').trim().to_string()
}

fn speaker_of<'a>(ex: &'a Extraction, contains: &str) -> Vec<Option<&'a str>> {
    ex.quotes
        .iter()
        .filter(|q| norm(&q.text).contains(&norm(contains)))
        .map(|q| q.speaker.as_deref())
        .collect()
}

#[test]
fn seed_article_quotes_and_people() {
    let (a, ex) = extract_file(Path::new("data/sources/rubio-concessions.txt"));
    for q in [
        "We’re still a long ways off… but I do think progress was made.",
        "You can’t have a peace agreement unless both sides make concessions,",
        "You’re not going to end the war between Russia and Ukraine without dealing with Putin. That’s just common sense.",
    ] {
        let found = speaker_of(&ex, q);
        assert_eq!(found, vec![Some("Marco Rubio")], "quote {q:?}");
    }
    for q in ["severe consequences", "wartime economy"] {
        let found = speaker_of(&ex, q);
        assert_eq!(found.len(), 1, "{q:?} is one quote");
        assert!(
            matches!(found[0], None | Some("Marco Rubio")),
            "{q:?} attributed to {:?}",
            found[0]
        );
    }
    let people: Vec<(&str, Option<&str>)> = ex
        .people
        .iter()
        .map(|p| (p.name.as_str(), p.role.as_deref()))
        .collect();
    let mut want = vec![
        ("Marco Rubio", Some("US Secretary of State")),
        ("Vladimir Putin", Some("Russian President")),
        ("Donald Trump", Some("US President")),
        ("Volodymyr Zelenskyy", Some("Ukrainian President")),
        ("Chris Murphy", Some("Democratic Senator")),
        ("Jake Sullivan", Some("National Security Adviser")),
    ];
    let mut got = people.clone();
    got.sort();
    want.sort();
    assert_eq!(got, want);
    let rubio = ex.people.iter().find(|p| p.name == "Marco Rubio").unwrap();
    assert!(rubio.aliases.iter().any(|a| a == "Rubio"));
    // Facts are sentences, numbered within their paragraph, with exact offsets.
    assert!(ex.facts.iter().any(|f| f.text
        == "Rubio clarified, “We’re still a long ways off… but I do think progress was made.”"
        && f.sentence == 2));
    check_offsets(&a, &ex);
}

fn check_offsets(a: &Article, ex: &Extraction) {
    for f in &ex.facts {
        assert_eq!(
            a.text.get(f.start..f.end),
            Some(f.text.as_str()),
            "fact {f:?}"
        );
        assert!(f.sentence >= 1 && f.paragraph >= 1);
    }
    for q in &ex.quotes {
        assert_eq!(
            a.text.get(q.start..q.end),
            Some(q.text.as_str()),
            "quote {q:?}"
        );
        assert!(
            ex.facts
                .iter()
                .any(|f| f.id == q.fact && f.start <= q.start),
            "quote {q:?} names a fact it opens in"
        );
        if let Some(s) = &q.speaker {
            assert!(
                ex.people.iter().any(|p| &p.name == s),
                "speaker {s} is a person"
            );
        }
    }
}

#[derive(Deserialize)]
struct Gold {
    #[serde(default)]
    quote: Vec<GoldQuote>,
    #[serde(default)]
    person: Vec<GoldPerson>,
}

#[derive(Deserialize)]
struct GoldQuote {
    text: String,
    speaker: Option<String>,
    /// The speaker may be given or left out, but never anyone else.
    #[serde(default)]
    optional: bool,
    /// An unnamed or organisational source (`a senior official`), when there is no speaker.
    label: Option<String>,
}

#[derive(Deserialize)]
struct GoldPerson {
    name: String,
    role: Option<String>,
    #[serde(default)]
    aliases: Vec<String>,
}

fn fixtures() -> Vec<(PathBuf, PathBuf)> {
    let dir = Path::new("tests/data/articles");
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if parley::source::is_article_file(&p) {
            let stem = p.file_stem().unwrap().to_string_lossy().to_string();
            let gold = dir.join(format!("{stem}.gold.toml"));
            assert!(gold.exists(), "{} has no gold file", p.display());
            out.push((p, gold));
        }
    }
    out.sort();
    out
}

fn role_norm(r: &str) -> String {
    let r = norm(r).to_lowercase();
    r.strip_prefix("the ").map(str::to_string).unwrap_or(r)
}

/// Scores speaker attribution against the gold: an attributed quote is right when it contains
/// a gold quote with the same speaker; a gold speech quote is found when some quote containing it
/// has its speaker.
#[test]
fn fixture_articles_match_gold() {
    let (mut attributed, mut right, mut required, mut found) = (0usize, 0usize, 0usize, 0usize);
    let mut failures = Vec::new();
    let files = fixtures();
    assert!(files.len() >= 5, "at least five fixture articles");
    for (article, gold) in &files {
        let g: Gold = toml::from_str(&std::fs::read_to_string(gold).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", gold.display()));
        let (a, ex) = extract_file(article);
        check_offsets(&a, &ex);
        let name = article.file_name().unwrap().to_string_lossy();
        let (mut a_n, mut r_n, mut q_n, mut f_n) = (0, 0, 0, 0);
        for q in &ex.quotes {
            let Some(s) = &q.speaker else { continue };
            a_n += 1;
            let qt = norm(&q.text);
            let ok = g.quote.iter().any(|gq| {
                gq.speaker.as_deref() == Some(s.as_str()) && qt.contains(&norm(&gq.text))
            });
            if ok {
                r_n += 1;
            } else {
                failures.push(format!("{name}: wrongly attributed to {s}: “{}”", q.text));
            }
        }
        for gq in &g.quote {
            let Some(s) = &gq.speaker else { continue };
            if gq.optional {
                continue;
            }
            q_n += 1;
            let gt = norm(&gq.text);
            if ex
                .quotes
                .iter()
                .any(|q| q.speaker.as_deref() == Some(s.as_str()) && norm(&q.text).contains(&gt))
            {
                f_n += 1;
            } else {
                let got: Vec<_> = ex
                    .quotes
                    .iter()
                    .filter(|q| norm(&q.text).contains(&gt))
                    .map(|q| q.speaker.clone())
                    .collect();
                failures.push(format!("{name}: missed {s}: “{}” (got {got:?})", gq.text));
            }
        }
        // People: every gold person with their role; nobody else.
        for gp in &g.person {
            match ex.people.iter().find(|p| p.name == gp.name) {
                None => failures.push(format!("{name}: person {} not found", gp.name)),
                Some(p) => {
                    if let Some(r) = &gp.role {
                        // Where an apposition ends is a judgement call: one may extend the other.
                        let (want, got) = (role_norm(r), p.role.as_deref().map(role_norm));
                        let fits = got.as_deref().is_some_and(|g| {
                            let (short, long) = if g.len() <= want.len() {
                                (g, want.as_str())
                            } else {
                                (want.as_str(), g)
                            };
                            long.starts_with(short) && short.len() * 2 >= long.len()
                        });
                        if !fits {
                            failures.push(format!(
                                "{name}: {} has role {:?}, gold {r:?}",
                                gp.name, p.role
                            ));
                        }
                    }
                }
            }
        }
        for p in &ex.people {
            if !g.person.iter().any(|gp| gp.name == p.name) {
                failures.push(format!("{name}: not a person in the gold: {}", p.name));
            }
        }
        println!(
            "{name}: attributed {a_n}, right {r_n}; gold speech quotes {q_n}, found {f_n}; people {}",
            ex.people.len()
        );
        attributed += a_n;
        right += r_n;
        required += q_n;
        found += f_n;
    }
    let precision = right as f64 / attributed.max(1) as f64;
    let recall = found as f64 / required.max(1) as f64;
    println!(
        "speaker attribution over {} articles: precision {precision:.3} ({right}/{attributed}), recall {recall:.3} ({found}/{required})",
        files.len()
    );
    for f in &failures {
        println!("  {f}");
    }
    assert!(precision >= 0.95, "precision {precision:.3}");
    assert!(recall >= 0.95, "recall {recall:.3}");
    let people_failures: Vec<_> = failures
        .iter()
        .filter(|f| f.contains("person") || f.contains("role"))
        .collect();
    assert!(people_failures.is_empty(), "{people_failures:#?}");
}

#[test]
fn unbalanced_marks_stay_in_their_paragraph() {
    let text = "Intro here.\n\nShe said “this never closes and\n\nthe next paragraph is narrative.\n\n“Another,” Ms. Lee said.\n";
    let a = parse_article(Path::new("u.md"), text.to_string()).unwrap();
    let ex = extract(&a, "u");
    check_offsets(&a, &ex);
    assert!(ex.quotes.iter().all(|q| !q.text.contains("narrative")));
    assert!(ex.quotes.iter().any(|q| q.text == "Another,"));
}

#[test]
fn a_promo_glued_to_a_paragraph_and_a_two_line_byline_are_not_facts() {
    let text = "By Tomasz Wren and Ines Caldera\nReporting from Warsaw\n\nThe union rejected the offer on Monday.\n\n\"We will protect every booking,\" Mr Hale said. \"More soon.\"Get the latest business news \u{2014} sign up to our newsletter\n\nShare prices slid after the warning.\n";
    let a = parse_article(Path::new("p.md"), text.to_string()).unwrap();
    let ex = extract(&a, "p");
    check_offsets(&a, &ex);
    let facts: Vec<&str> = ex.facts.iter().map(|f| f.text.as_str()).collect();
    assert!(
        facts
            .iter()
            .all(|f| !f.contains("newsletter") && !f.contains("Reporting from")),
        "{facts:#?}"
    );
    assert!(
        facts.iter().any(|f| f.starts_with("Share prices slid")),
        "{facts:#?}"
    );
    assert!(ex
        .quotes
        .iter()
        .any(|q| q.text.contains("protect every booking")));
    // Sentence numbers stay consecutive where a promo was left out.
    let numbers: Vec<usize> = ex.facts.iter().map(|f| f.sentence).collect();
    assert_eq!(numbers, [1, 1, 2, 1], "{facts:#?}");
}

/// Pieces arbitrary text is built from: quote marks, abbreviations, names, verbs, front matter
/// fences, newlines and unicode.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "“",
            "”",
            "\"",
            "‘",
            "’",
            "'",
            "\n",
            "\n\n",
            "+++\n",
            "\n+++\n",
            "…",
            ".",
            "?",
            "!",
            ",",
            ":",
            " ",
            "Mr.",
            "U.S.",
            "Jan.",
            "3.5",
            "J. R.",
            "said",
            "told",
            "according to",
            "he",
            "she",
            "He",
            "the envoy",
            "Anna Keller",
            "Keller",
            "President",
            "Senator",
            "al-Rashid",
            "van der",
            "so-called",
            "é",
            "日本",
            "—",
            "(",
            ")",
            "##",
            "Ukraine’s",
            "Swiss mediator",
            "🙂",
            "\r\n",
            "\t",
        ])
        .prop_map(str::to_string),
        "[a-zA-Z]{1,8}",
        any::<String>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics_and_offsets_slice(pieces in prop::collection::vec(piece(), 0..80)) {
        let text = pieces.join(" ");
        if let Ok(a) = parse_article(Path::new("p.md"), text) {
            let ex = extract(&a, "p");
            for f in &ex.facts {
                prop_assert_eq!(a.text.get(f.start..f.end), Some(f.text.as_str()));
            }
            for q in &ex.quotes {
                prop_assert_eq!(a.text.get(q.start..q.end), Some(q.text.as_str()));
                prop_assert!(ex.facts.iter().any(|f| f.id == q.fact));
            }
        }
    }
}

/// A deterministic pseudo-random article of about `bytes` bytes: words, names, verbs, quote
/// marks and paragraph breaks.
fn random_article(bytes: usize) -> String {
    let words = [
        "the",
        "talks",
        "said",
        "Keller",
        "Anna",
        "“",
        "”",
        "\"",
        "’",
        "'",
        "he",
        "she",
        "Mr.",
        "envoy",
        "peace",
        "Russia",
        "Ukraine",
        "ceasefire",
        "told",
        "reporters",
        "U.S.",
        "3.5",
        "so-called",
        "according",
        "to",
        "Lund,",
        "Margit",
        "minister",
        "!",
        "?",
        "…",
        "day.",
        "President",
        "Sen.",
        "and",
        "of",
        "in",
        "a",
    ];
    let mut s = String::with_capacity(bytes + 64);
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    while s.len() < bytes {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let w = words[(x % words.len() as u64) as usize];
        s.push_str(w);
        s.push(if x.is_multiple_of(97) { '\n' } else { ' ' });
        if x.is_multiple_of(401) {
            s.push('\n');
        }
    }
    s
}

#[test]
fn random_article_extracts_with_exact_offsets() {
    let a = parse_article(Path::new("r.md"), random_article(200_000)).unwrap();
    let ex = extract(&a, "r");
    check_offsets(&a, &ex);
    assert!(!ex.facts.is_empty() && !ex.quotes.is_empty());
}

/// `cargo test --release --test extraction -- --ignored --nocapture extraction_speed`
#[test]
#[ignore]
fn extraction_speed_on_2mb() {
    let text = random_article(2_000_000);
    let t0 = std::time::Instant::now();
    let a = parse_article(Path::new("big.md"), text).unwrap();
    let ex = extract(&a, "big");
    let dt = t0.elapsed();
    println!(
        "2 MB random article: {} paragraphs, {} facts, {} quotes, {} people in {:.3} s",
        a.paragraphs.len(),
        ex.facts.len(),
        ex.quotes.len(),
        ex.people.len(),
        dt.as_secs_f64()
    );
}

/// Scores of one folder of articles against their gold files.
#[derive(Debug, Default)]
struct Score {
    articles: usize,
    /// Quotes given a named speaker, and how many of them the gold agrees with.
    attributed: usize,
    right: usize,
    /// Gold quotes that require a speaker, and how many were found with it.
    required: usize,
    found: usize,
    /// Gold people, and how many an extracted person (name or alias) matches.
    gold_people: usize,
    people_found: usize,
    /// Extracted people, and how many match a gold person.
    people: usize,
    people_right: usize,
    /// Gold quotes from an unnamed source, and how many were given some label (and no speaker).
    gold_labels: usize,
    labels_found: usize,
    failures: Vec<String>,
}

impl Score {
    fn precision(&self) -> f64 {
        self.right as f64 / self.attributed.max(1) as f64
    }
    fn recall(&self) -> f64 {
        self.found as f64 / self.required.max(1) as f64
    }
    fn people_recall(&self) -> f64 {
        self.people_found as f64 / self.gold_people.max(1) as f64
    }
    fn people_precision(&self) -> f64 {
        self.people_right as f64 / self.people.max(1) as f64
    }
    fn summary(&self, label: &str) -> String {
        format!(
            "{label}: {} articles; quote precision {:.3} ({}/{}), recall {:.3} ({}/{}); people recall {:.3} ({}/{}), precision {:.3} ({}/{}); labelled {}/{}",
            self.articles,
            self.precision(),
            self.right,
            self.attributed,
            self.recall(),
            self.found,
            self.required,
            self.people_recall(),
            self.people_found,
            self.gold_people,
            self.people_precision(),
            self.people_right,
            self.people,
            self.labels_found,
            self.gold_labels
        )
    }
}

/// Articles of a folder with their gold files (articles without gold are skipped).
fn gold_pairs(dir: &Path) -> Vec<(PathBuf, PathBuf)> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for e in entries.flatten() {
        let p = e.path();
        if parley::source::is_article_file(&p) {
            let stem = p.file_stem().unwrap().to_string_lossy().to_string();
            if stem.eq_ignore_ascii_case("readme") {
                continue;
            }
            let gold = dir.join(format!("{stem}.gold.toml"));
            if gold.exists() {
                out.push((p, gold));
            }
        }
    }
    out.sort();
    out
}

/// Scores every article of `dir`: the fixture scoring above (attributed-quote precision,
/// required speaker-quote recall), with a speaker also right under one of the gold person's
/// aliases, plus people recall and precision by name or alias.
fn score_folder(dir: &Path) -> Score {
    let mut sc = Score::default();
    for (article, gold) in gold_pairs(dir) {
        let g: Gold = toml::from_str(&std::fs::read_to_string(&gold).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", gold.display()));
        let (a, ex) = extract_file(&article);
        check_offsets(&a, &ex);
        sc.articles += 1;
        let name = article.file_name().unwrap().to_string_lossy().to_string();
        let names_of = |gold_name: &str| -> Vec<String> {
            let mut v = vec![gold_name.to_string()];
            if let Some(gp) = g.person.iter().find(|p| p.name == gold_name) {
                v.extend(gp.aliases.iter().cloned());
            }
            v
        };
        let same = |got: &str, gold_name: &str| names_of(gold_name).iter().any(|n| n == got);
        for q in &ex.quotes {
            let Some(s) = &q.speaker else { continue };
            sc.attributed += 1;
            let qt = norm(&q.text);
            let ok = g.quote.iter().any(|gq| {
                gq.speaker.as_deref().is_some_and(|gs| same(s, gs))
                    && !gq.text.trim().is_empty()
                    && qt.contains(&norm(&gq.text))
            });
            if ok {
                sc.right += 1;
            } else {
                sc.failures
                    .push(format!("{name}: wrongly attributed to {s}: “{}”", q.text));
            }
        }
        for gq in g.quote.iter().filter(|gq| gq.label.is_some()) {
            sc.gold_labels += 1;
            let gt = norm(&gq.text);
            if ex
                .quotes
                .iter()
                .any(|q| q.speaker.is_none() && q.label.is_some() && norm(&q.text).contains(&gt))
            {
                sc.labels_found += 1;
            } else {
                let got: Vec<_> = ex
                    .quotes
                    .iter()
                    .filter(|q| norm(&q.text).contains(&gt))
                    .map(|q| (q.speaker.clone(), q.label.clone()))
                    .collect();
                sc.failures.push(format!(
                    "{name}: no label {:?}: “{}” (got {got:?})",
                    gq.label.as_deref().unwrap_or(""),
                    gq.text
                ));
            }
        }
        for gq in &g.quote {
            let Some(s) = &gq.speaker else { continue };
            if gq.optional {
                continue;
            }
            sc.required += 1;
            let gt = norm(&gq.text);
            if ex.quotes.iter().any(|q| {
                q.speaker.as_deref().is_some_and(|qs| same(qs, s)) && norm(&q.text).contains(&gt)
            }) {
                sc.found += 1;
            } else {
                let got: Vec<_> = ex
                    .quotes
                    .iter()
                    .filter(|q| norm(&q.text).contains(&gt))
                    .map(|q| q.speaker.clone())
                    .collect();
                sc.failures
                    .push(format!("{name}: missed {s}: “{}” (got {got:?})", gq.text));
            }
        }
        let person_names = |p: &parley::model::Person| -> Vec<String> {
            let mut v = vec![p.name.clone()];
            v.extend(p.aliases.iter().filter(|a| !a.starts_with("the ")).cloned());
            v
        };
        for gp in &g.person {
            sc.gold_people += 1;
            let mut gnames = vec![gp.name.clone()];
            gnames.extend(gp.aliases.iter().cloned());
            if ex
                .people
                .iter()
                .any(|p| person_names(p).iter().any(|n| gnames.contains(n)))
            {
                sc.people_found += 1;
            } else {
                sc.failures
                    .push(format!("{name}: person not found: {}", gp.name));
            }
        }
        for p in &ex.people {
            sc.people += 1;
            let pn = person_names(p);
            if g.person
                .iter()
                .any(|gp| pn.contains(&gp.name) || gp.aliases.iter().any(|a| pn.contains(a)))
            {
                sc.people_right += 1;
            } else {
                sc.failures
                    .push(format!("{name}: not a person in the gold: {}", p.name));
            }
        }
    }
    sc
}

/// Prints a folder's score (and, with `PARLEY_SCORE_DETAIL=1`, every failure).
fn report(dir: &Path, label: &str, details: bool) -> Score {
    let sc = score_folder(dir);
    println!("{}", sc.summary(label));
    if details && std::env::var("PARLEY_SCORE_DETAIL").is_ok_and(|v| v == "1") {
        for f in &sc.failures {
            println!("  {f}");
        }
    }
    sc
}

/// `cargo test --locked --test extraction realistic -- --nocapture` prints the tuned and blind
/// scores (blind only in aggregate: it is held out).
#[test]
fn realistic_articles_score() {
    let tuned = report(Path::new("tests/data/realistic/tuned"), "tuned", true);
    let blind = report(Path::new("tests/data/realistic/blind"), "blind", false);
    assert!(tuned.articles >= 20 && blind.articles >= 10);
    assert!(
        tuned.precision() >= TUNED_PRECISION,
        "tuned precision {:.3}",
        tuned.precision()
    );
    assert!(
        tuned.recall() >= TUNED_RECALL,
        "tuned recall {:.3}",
        tuned.recall()
    );
    assert!(
        tuned.people_recall() >= TUNED_PEOPLE_RECALL,
        "tuned people recall {:.3}",
        tuned.people_recall()
    );
    // The held-out split only guards against collapse: it is not tuned on.
    assert!(
        blind.precision() >= BLIND_FLOOR && blind.recall() >= BLIND_FLOOR,
        "blind {}",
        blind.summary("blind")
    );
}

/// Issue 10's bar for attributed-quote precision on the tuned realistic split.
const TUNED_PRECISION: f64 = 0.95;
/// Issue 10's bar for required speaker-quote recall on the tuned realistic split.
const TUNED_RECALL: f64 = 0.90;
/// Below the measured 0.943, so a change that loses people shows up.
const TUNED_PEOPLE_RECALL: f64 = 0.90;
/// A loose floor well under the blind split's measured scores (about 0.87–0.90).
const BLIND_FLOOR: f64 = 0.70;

/// Scores a private folder of real articles with gold files:
/// `PARLEY_REAL_DIR=/tmp/real cargo test --locked --test extraction real_articles -- --ignored --nocapture`.
#[test]
#[ignore]
fn real_articles_score() {
    let Ok(dir) = std::env::var("PARLEY_REAL_DIR") else {
        println!("set PARLEY_REAL_DIR to a folder of articles with gold files");
        return;
    };
    report(Path::new(&dir), "real", true);
}

/// A 2 MB article of the patterns issue 10 added: British single marks and apostrophes, German
/// marks and guillemets, glued closing marks, possessive names, job descriptions, relations,
/// datelines and furniture lines, in one long paragraph per few thousand words.
/// `cargo test --release --test extraction -- --ignored --nocapture extraction_speed`
#[test]
#[ignore]
fn extraction_speed_on_2mb_adversarial() {
    let words = [
        "‘",
        "’",
        "'",
        "'s",
        "s'",
        "„",
        "“",
        "«",
        "»",
        "\"",
        ".\"Follow",
        "Donald",
        "Trump's",
        "said",
        "retired",
        "bus",
        "driver",
        "Anna",
        "Keller,",
        "71,",
        "his",
        "wife",
        "Rhian",
        "and",
        "envoys",
        "Steve",
        "Witkoff",
        "Zelenskiy",
        "Zelenskyy",
        "By",
        "MOSCOW",
        "(Reuters)",
        "-",
        "the",
        "Norwegian",
        "conceded",
        "was",
        "blunt:",
        "a",
        "senior",
        "official",
        "told",
        "Mr",
        "President",
        "Lin",
        "who",
        "(Image:",
        "Getty)",
        "2025",
        "he",
        "she",
        "quipped",
    ];
    let mut s = String::with_capacity(2_000_100);
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    while s.len() < 2_000_000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        s.push_str(words[(x % words.len() as u64) as usize]);
        s.push(if x.is_multiple_of(5003) { '\n' } else { ' ' });
    }
    let t0 = std::time::Instant::now();
    let a = parse_article(Path::new("adv.md"), s).unwrap();
    let ex = extract(&a, "adv");
    println!(
        "2 MB adversarial article: {} facts, {} quotes, {} people in {:.3} s",
        ex.facts.len(),
        ex.quotes.len(),
        ex.people.len(),
        t0.elapsed().as_secs_f64()
    );
    check_offsets(&a, &ex);
}
