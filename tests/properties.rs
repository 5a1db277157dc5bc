//! Property tests over arbitrary Unicode: article parsing, extraction, building a knowledge base,
//! asking, suggestions and reply rendering never panic, keep every offset on a char boundary with
//! `text[start..end]` equal to the stored text, and keep every reply within Discord's limits.
//!
//! Each property runs `PROPTEST_CASES` cases (default [`DEFAULT_CASES`], kept small so
//! `cargo test` stays fast); `scripts/long-proptest.sh` runs them with a large bound.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use parley::extract::extract;
use parley::kb::{Curated, KnowledgeBase};
use parley::reply::{Citation, Embed, Item, Reply, ReplyKind};
use parley::retrieve::Synonyms;
use parley::source::{decode_utf8, parse_article, Article};
use parley::{AskOptions, Kind};
use proptest::prelude::*;
use proptest::test_runner::Config;

/// Cases per property when `PROPTEST_CASES` is not set.
const DEFAULT_CASES: u32 = 96;

fn config() -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(DEFAULT_CASES);
    Config {
        cases,
        // Failing inputs are printed in full; no regression files are written into the repo.
        failure_persistence: None,
        ..Config::default()
    }
}

// ---------------------------------------------------------------------------------------------
// Discord's limits.

/// Discord's limits on a message and an embed, in characters.
pub mod limits {
    pub const MESSAGE: usize = 2_000;
    pub const TITLE: usize = 256;
    pub const DESCRIPTION: usize = 4_096;
    pub const FIELDS: usize = 25;
    pub const FIELD_NAME: usize = 256;
    pub const FIELD_VALUE: usize = 1_024;
    pub const FOOTER: usize = 2_048;
    pub const TOTAL: usize = 6_000;
}

fn chars(s: &str) -> usize {
    s.chars().count()
}

/// Panics unless the embed fits every one of Discord's embed limits.
pub fn assert_within_discord_limits(e: &Embed) {
    let show = || format!("{e:#?}");
    assert!(
        chars(&e.title) <= limits::TITLE,
        "title too long: {}",
        show()
    );
    assert!(
        chars(&e.description) <= limits::DESCRIPTION,
        "description too long ({}): {}",
        chars(&e.description),
        show()
    );
    assert!(
        e.fields.len() <= limits::FIELDS,
        "too many fields: {}",
        show()
    );
    let mut total = chars(&e.title) + chars(&e.description);
    for f in &e.fields {
        assert!(
            chars(&f.name) <= limits::FIELD_NAME,
            "field name: {}",
            show()
        );
        assert!(
            chars(&f.value) <= limits::FIELD_VALUE,
            "field value: {}",
            show()
        );
        // Discord rejects empty field names and values.
        assert!(!f.name.trim().is_empty(), "empty field name: {}", show());
        assert!(!f.value.trim().is_empty(), "empty field value: {}", show());
        total += chars(&f.name) + chars(&f.value);
    }
    if let Some(footer) = &e.footer {
        assert!(chars(footer) <= limits::FOOTER, "footer: {}", show());
        total += chars(footer);
    }
    assert!(total <= limits::TOTAL, "embed total {total}: {}", show());
    if let Some(url) = &e.url {
        // Discord rejects an embed whose URL is not http(s).
        assert!(
            (url.starts_with("https://") || url.starts_with("http://"))
                && !url.chars().any(|c| c.is_whitespace() || c.is_control()),
            "bad embed url: {}",
            show()
        );
    }
}

/// Panics if rendered text could ping anyone: every `@` and `<` from an article or a user must be
/// defused.
fn assert_pings_nobody(s: &str) {
    for bad in ["@everyone", "@here", "<@", "<#", "<t:", "<:", "<a:"] {
        assert!(!s.contains(bad), "{bad:?} survives rendering: {s:?}");
    }
}

/// Panics unless every rendering of the reply (terminal text, Discord content, embed) fits
/// Discord and pings nobody.
fn assert_rendering_fits(r: &Reply) {
    let text = r.text();
    assert!(
        chars(&text) <= limits::MESSAGE,
        "reply text has {} chars: {text:?}",
        chars(&text)
    );
    let content = r.discord_content();
    assert!(
        chars(&content) <= limits::MESSAGE,
        "discord content has {} chars",
        chars(&content)
    );
    assert_pings_nobody(&content);
    let e = r.embed();
    assert_within_discord_limits(&e);
    for s in [&e.title, &e.description]
        .into_iter()
        .chain(e.fields.iter().flat_map(|f| [&f.name, &f.value]))
    {
        assert_pings_nobody(s);
    }
}

/// [`assert_rendering_fits`], and a reply the core made is never empty.
fn assert_reply_fits(r: &Reply) {
    assert_rendering_fits(r);
    assert!(!r.text().trim().is_empty(), "empty reply text: {r:?}");
    assert!(
        !r.discord_content().trim().is_empty(),
        "empty content: {r:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// Strategies.

/// Pieces that stress parsing and extraction: quote marks of every kind, control, zero-width and
/// bidirectional characters, fences, line breaks, headings, abbreviations, non-Latin scripts.
const PIECES: &[&str] = &[
    "Rubio",
    "Putin",
    "Zelensky",
    "Marco Rubio",
    "Vladimir Putin",
    "Dmitry Peskov",
    "said",
    "says",
    "told reporters",
    "according to",
    "peace",
    "ceasefire",
    "talks",
    "sanctions",
    "the",
    "a",
    "Mr.",
    "U.S.",
    "Dr.",
    "St.",
    "No.",
    "e.g.",
    "Ukraine's",
    "Russia’s",
    "2025",
    "3.5",
    "%",
    ".",
    ".",
    "?",
    "!",
    "…",
    "...",
    ",",
    ":",
    ";",
    "—",
    "–",
    "-",
    "(",
    ")",
    "[",
    "]",
    "“",
    "”",
    "\"",
    "‘",
    "’",
    "'",
    "«",
    "»",
    "„",
    "‚",
    "`",
    "‹",
    "›",
    "「",
    "」",
    " ",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\r\n\r\n",
    "\r",
    "\t",
    "\u{a0}",
    "\u{2028}",
    "\u{2029}",
    "\u{3000}",
    "\u{85}",
    "\u{0}",
    "\u{7}",
    "\u{1b}",
    "\u{7f}",
    "\u{200b}",
    "\u{200c}",
    "\u{200d}",
    "\u{feff}",
    "\u{202e}",
    "\u{202a}",
    "\u{202c}",
    "\u{2066}",
    "\u{2069}",
    "\u{200e}",
    "\u{200f}",
    "\u{301}",
    "e\u{301}",
    "👍🏽",
    "🇺🇦",
    "👨‍👩‍👧",
    "和平",
    "мир",
    "Зеленский",
    "سلام",
    "שלום",
    "ß",
    "İ",
    "ﬁ",
    "+++",
    "+++\n",
    "\n+++\n",
    "# ",
    "## ",
    "#",
    "\nNext Steps\n",
    "\nWHAT WAS SAID\n",
    "\n1. ",
    "* ",
    "> ",
    "    ",
    "<b>",
    "&amp;",
    "\\",
    "*",
    "_",
    "~~",
    "||",
    "@everyone",
    "<@123>",
    "https://example.org/a?b=c",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        12 => proptest::sample::select(PIECES).prop_map(str::to_string),
        // A very long word. (Up to 800 characters: the typo index's build is superlinear in word
        // length, so longer words only slow every case down; see the reliability report.)
        1 => ("[a-zA-Zа-я]", 100usize..800).prop_map(|(c, n)| c.repeat(n)),
        // Deeply nested quotes of mixed kinds.
        1 => (1usize..40, any::<bool>()).prop_map(|(depth, closed)| {
            let opens = ["“", "‘", "\"", "'", "«"];
            let closes = ["”", "’", "\"", "'", "»"];
            let mut s = String::from("He said, ");
            for d in 0..depth {
                s.push_str(opens[d % opens.len()]);
                s.push_str("word ");
            }
            if closed {
                for d in (0..depth).rev() {
                    s.push_str(closes[d % closes.len()]);
                }
            }
            s.push('.');
            s
        }),
        // Anything at all, control characters included.
        2 => "(?s).{0,40}",
    ]
}

fn pieces(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(piece(), 0..max).prop_map(|v| v.concat())
}

/// Longest run of varied non-space characters kept whole in generated articles.
const MAX_VARIED_RUN: usize = 48;

/// Breaks runs of more than [`MAX_VARIED_RUN`] non-space characters with more than four distinct
/// characters by inserting a space. Why: the retriever's typo index (`retrieve::typo`, lazily
/// built on the first question) takes time growing like the fourth power of a word's length, so a
/// 250-character varied run costs ~20 s per knowledge base in a debug build and would make every
/// case slow; see the reliability report. Long runs of one repeated letter (the "very long word"
/// pieces, up to 800 characters) stay whole.
fn bound_varied_runs(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / MAX_VARIED_RUN);
    let mut run: Vec<char> = Vec::new();
    let flush = |run: &mut Vec<char>, out: &mut String| {
        let distinct = run.iter().collect::<HashSet<_>>().len();
        if run.len() > MAX_VARIED_RUN && distinct > 4 {
            for chunk in run.chunks(MAX_VARIED_RUN) {
                out.extend(chunk);
                out.push(' ');
            }
            out.pop();
        } else {
            out.extend(run.iter());
        }
        run.clear();
    };
    for c in s.chars() {
        if c.is_whitespace() {
            flush(&mut run, &mut out);
            out.push(c);
        } else {
            run.push(c);
        }
    }
    flush(&mut run, &mut out);
    out
}

/// Whole article texts: optional BOM and front matter, then a body of tricky pieces, arbitrary
/// Unicode, blank lines only, or realistic quoted sentences.
fn article_text() -> impl Strategy<Value = String> {
    let prefix = prop_oneof![
        4 => Just(String::new()),
        1 => Just("\u{feff}".to_string()),
        2 => Just("+++\ntitle = \"T\"\noutlet = \"O\"\npublished = 2025-08-17\n+++\n".to_string()),
        1 => Just("\u{feff}+++\r\ntitle = \"Ü “quoted” \\u202e\"\r\n+++\r\n".to_string()),
        1 => Just("+++\n".to_string()),
        1 => Just("+++\n+++\n".to_string()),
        1 => Just("+++\ntitle = \n+++\n".to_string()),
        1 => "(?s)\\+\\+\\+\n.{0,60}\n\\+\\+\\+\n",
        // `key: value` front matter between `---` lines, well and badly formed.
        2 => Just("---\ntitle: \"T \\\"q\\\"\"\nsource: 'O''s'\ndate: 2025-08-17\n---\n".to_string()),
        1 => Just("---\ntitle: x\n".to_string()),
        1 => Just("---\ntitle: x\ntags: [a]\n  - b\n---\n".to_string()),
        1 => "(?s)---\n[a-z]{1,6}:.{0,60}\n---\n",
        // A Markdown headline over the story.
        1 => "# [^\n]{0,40}\n\n",
    ];
    let sentence = (
        proptest::sample::select(
            &[
                "Marco Rubio",
                "Putin",
                "Kremlin spokesman Dmitry Peskov",
                "he",
                "Zelensky",
            ][..],
        ),
        proptest::sample::select(
            &[("“", "”"), ("\"", "\""), ("‘", "’"), ("«", "»"), ("'", "'")][..],
        ),
        pieces(12),
        any::<bool>(),
    )
        .prop_map(|(who, (o, c), inner, before)| {
            if before {
                format!("{who} said: {o}{inner}{c} ")
            } else {
                format!("{o}{inner},{c} {who} said. ")
            }
        });
    let body = prop_oneof![
        6 => pieces(120),
        2 => "(?s).{0,600}",
        1 => "[\n\r \t]{0,40}",
        3 => proptest::collection::vec(
            prop_oneof![3 => sentence, 1 => Just("\n\n".to_string()), 1 => Just("\n".to_string())],
            0..30
        )
        .prop_map(|v| v.concat()),
    ];
    (prefix, body).prop_map(|(p, b)| p + &bound_varied_runs(&b))
}

/// Questions: empty, ordinary, tricky, arbitrary, and up to 10,000 characters.
fn question() -> impl Strategy<Value = String> {
    let words = proptest::sample::select(
        &[
            "What",
            "did",
            "Rubio",
            "Putin",
            "say",
            "about",
            "concessions",
            "ceasefire",
            "who",
            "said",
            "peace",
            "talks",
            "Geneva",
            "Istanbul",
            "prisoners",
            "Umerov",
            "energy",
            "sanctions",
            "rubbio",
            "zelenskyy",
            "?",
            "“",
            "’",
            "\u{202e}",
            "\u{200b}",
            " ",
        ][..],
    );
    prop_oneof![
        1 => Just(String::new()),
        1 => "[ \t\n\u{200b}\u{feff}]{0,8}",
        6 => proptest::collection::vec(words, 1..16).prop_map(|w| w.join(" ")),
        3 => pieces(20),
        2 => "(?s).{0,200}",
        1 => (pieces(6), 1_000usize..=10_000).prop_map(|(s, n)| {
            let seed = if s.is_empty() { "peace ".to_string() } else { s };
            seed.chars().cycle().take(n).collect()
        }),
    ]
}

/// Text for reply parts: tricky pieces, arbitrary Unicode, or very long runs.
fn reply_text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => pieces(24),
        1 => "(?s).{0,80}",
        1 => (pieces(4), 0usize..6_000).prop_map(|(s, n)| {
            let seed = if s.is_empty() { "x ".to_string() } else { s };
            seed.chars().cycle().take(n).collect::<String>()
        }),
    ]
}

fn url() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        2 => Just(None),
        1 => Just(Some("https://example.org/news/1".to_string())),
        1 => Just(Some("javascript:alert(1)".to_string())),
        1 => Just(Some("https://exa mple.org/<@1>".to_string())),
        1 => (0usize..3_000).prop_map(|n| Some(format!("https://e.org/{}", "a".repeat(n)))),
        1 => reply_text().prop_map(Some),
    ]
}

fn item() -> impl Strategy<Value = Item> {
    let opt = || proptest::option::of(reply_text());
    (
        any::<bool>(),
        reply_text(),
        (opt(), opt()),
        (
            0usize..40,
            reply_text(),
            opt(),
            opt(),
            opt(),
            0usize..10_000,
            url(),
        ),
    )
        .prop_map(
            |(
                quote,
                text,
                (speaker, role),
                (number, title, outlet, published, section, paragraph, url),
            )| Item {
                kind: if quote { Kind::Quote } else { Kind::Fact },
                text,
                speaker,
                role,
                citation: Citation {
                    number,
                    title,
                    outlet,
                    published,
                    section,
                    paragraph,
                    url,
                },
            },
        )
}

/// Any reply value with up to `max_items` items, however long or odd its parts.
fn reply(max_items: usize) -> impl Strategy<Value = Reply> {
    (
        proptest::sample::select(
            &[
                ReplyKind::Answer,
                ReplyKind::NoAnswer,
                ReplyKind::Info,
                ReplyKind::Error,
            ][..],
        ),
        reply_text(),
        reply_text(),
        proptest::collection::vec(item(), 0..=max_items),
        proptest::collection::vec(reply_text(), 0..30),
    )
        .prop_map(|(kind, title, body, items, suggestions)| Reply {
            kind,
            title,
            body,
            items,
            suggestions,
        })
}

fn parse(name: &str, text: &str) -> Option<Article> {
    parse_article(Path::new(name), text.to_string()).ok()
}

// ---------------------------------------------------------------------------------------------
// Invariants.

fn assert_paragraphs_sound(a: &Article) {
    let mut prev_end = 0;
    for (i, p) in a.paragraphs.iter().enumerate() {
        assert_eq!(p.number, i + 1, "paragraphs are numbered 1, 2, …");
        assert!(p.start < p.end && p.end <= a.text.len(), "{p:?}");
        assert!(
            p.start >= prev_end,
            "paragraphs overlap: {:?}",
            a.paragraphs
        );
        prev_end = p.end;
        let t = a
            .text
            .get(p.start..p.end)
            .unwrap_or_else(|| panic!("paragraph {p:?} not on char boundaries of {:?}", a.text));
        assert_eq!(t.trim(), t, "paragraph text is trimmed");
        if let Some(s) = &p.section {
            assert!(!s.trim().is_empty(), "empty section heading");
        }
    }
}

fn assert_extraction_sound(a: &Article, source: &str) {
    let ex = extract(a, source);
    let para = |n: usize| {
        a.paragraphs
            .get(n.wrapping_sub(1))
            .unwrap_or_else(|| panic!("paragraph {n} of {}", a.paragraphs.len()))
    };
    let mut ids = HashSet::new();
    for f in &ex.facts {
        assert!(ids.insert(f.id.clone()), "duplicate id {}", f.id);
        assert!(f.id.starts_with(&format!("{source}:")), "{}", f.id);
        assert_eq!(a.text.get(f.start..f.end), Some(f.text.as_str()), "{f:?}");
        assert!(!f.text.trim().is_empty(), "blank fact {f:?}");
        let p = para(f.paragraph);
        assert!(p.start <= f.start && f.end <= p.end, "{f:?} outside {p:?}");
        assert_eq!(f.section, p.section, "{f:?}");
        assert!(f.sentence >= 1);
    }
    let names: HashSet<&str> = ex.people.iter().map(|p| p.name.as_str()).collect();
    for q in &ex.quotes {
        assert!(ids.insert(q.id.clone()), "duplicate id {}", q.id);
        assert!(q.id.starts_with(&format!("{source}:")), "{}", q.id);
        assert_eq!(a.text.get(q.start..q.end), Some(q.text.as_str()), "{q:?}");
        assert!(!q.text.trim().is_empty(), "blank quote {q:?}");
        let p = para(q.paragraph);
        assert!(
            p.start <= q.start && q.start <= p.end,
            "{q:?} opens outside {p:?}"
        );
        let f = ex
            .facts
            .iter()
            .find(|f| f.id == q.fact)
            .unwrap_or_else(|| panic!("quote {q:?} names no fact"));
        assert!(f.start <= q.start && q.start <= f.end, "{q:?} not in {f:?}");
        if let Some(s) = &q.speaker {
            assert!(!s.trim().is_empty(), "blank speaker {q:?}");
            assert!(
                names.contains(s.as_str()),
                "speaker {s:?} is not among the people {names:?}"
            );
        }
    }
    // A name may be wrapped across a line break: compare with whitespace runs as one space.
    let spaced = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let text = spaced(&a.text);
    for p in &ex.people {
        assert!(!p.name.trim().is_empty(), "{p:?}");
        assert!(
            text.contains(&spaced(&p.name)),
            "{p:?} is not named in the text"
        );
        for alias in &p.aliases {
            assert!(!alias.trim().is_empty(), "{p:?}");
        }
    }
}

fn assert_kb_sound(kb: &KnowledgeBase) {
    let c = kb.counts();
    assert_eq!(c.sources, kb.sources().len());
    assert_eq!(
        c.facts,
        kb.sources().iter().map(|s| s.facts.len()).sum::<usize>()
    );
    assert_eq!(
        c.quotes,
        kb.sources().iter().map(|s| s.quotes.len()).sum::<usize>()
    );
    assert!(c.attributed <= c.quotes);
    assert_eq!(c.people, kb.people().len());
    for s in kb.sources() {
        for f in &s.facts {
            assert_eq!(s.text.get(f.start..f.end), Some(f.text.as_str()), "{f:?}");
        }
        for q in &s.quotes {
            assert_eq!(s.text.get(q.start..q.end), Some(q.text.as_str()), "{q:?}");
        }
    }
}

fn assert_answer_sound(kb: &KnowledgeBase, q: &str, opts: &AskOptions) {
    let answer = match parley::ask(kb, q, opts) {
        Ok(a) => a,
        Err(parley::Error::Question(msg)) => {
            assert!(!msg.trim().is_empty());
            return;
        }
        Err(e) => panic!("ask({q:?}) failed: {e}"),
    };
    if q.trim().is_empty() {
        panic!("a blank question must be refused, got {answer:?}");
    }
    assert!(
        answer.hits.len() <= opts.top.max(1),
        "{} hits",
        answer.hits.len()
    );
    if answer.answered {
        assert!(!answer.hits.is_empty(), "answered without a hit");
    }
    for h in &answer.hits {
        let s = kb
            .source(&h.source_id)
            .unwrap_or_else(|| panic!("hit from unknown source {h:?}"));
        assert_eq!(s.text.get(h.start..h.end), Some(h.text.as_str()), "{h:?}");
        match h.kind {
            Kind::Fact => {
                let f = s.fact(&h.id).unwrap_or_else(|| panic!("no fact {h:?}"));
                assert_eq!((f.start, f.end), (h.start, h.end));
            }
            Kind::Quote => {
                let x = s.quote(&h.id).unwrap_or_else(|| panic!("no quote {h:?}"));
                assert_eq!(x.speaker, h.speaker, "{h:?}");
                // A quote the attribution breaks is shown on through a later part of the same
                // speaker's quote.
                let ends_later = h.end > x.end
                    && s.quotes.iter().any(|o| {
                        o.end == h.end && (&o.speaker, &o.label) == (&x.speaker, &x.label)
                    });
                assert!(h.end == x.end || ends_later, "{h:?}");
                // A quote running on over paragraphs is shown from an earlier paragraph of the
                // same speaker's quote.
                let opens_earlier = h.start < x.start
                    && s.quotes.iter().any(|o| {
                        o.start == h.start && (&o.speaker, &o.label) == (&x.speaker, &x.label)
                    });
                assert!(h.start == x.start || opens_earlier, "{h:?}");
            }
            Kind::Statement => {
                let x = s
                    .statement(&h.id)
                    .unwrap_or_else(|| panic!("no statement {h:?}"));
                // A statement runs on through the next sentence when that quotes its speaker.
                let runs_on = h.end > x.end && s.facts.iter().any(|f| f.end == h.end);
                assert!(
                    x.start == h.start && (x.end == h.end || runs_on),
                    "{h:?} vs {x:?}"
                );
                assert_eq!(Some(&x.speaker), h.speaker.as_ref());
            }
        }
        assert!(h.score.is_finite(), "{h:?}");
    }
    assert_reply_fits(&answer.reply);
}

/// The shipped data plus both good fixture sets, with the shipped synonyms: a knowledge base with
/// real facts and quotes.
fn build_fixture_kb() -> KnowledgeBase {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut articles = Vec::new();
    for dir in [
        "data/sources",
        "tests/data/good/a/sources",
        "tests/data/good/b/sources",
    ] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(root.join(dir))
            .expect("fixture dir")
            .map(|e| e.expect("dir entry").path())
            .filter(|p| parley::source::is_article_file(p))
            .collect();
        files.sort();
        for f in files {
            let shown = f.strip_prefix(&root).expect("under the repo");
            articles.push(parley::source::read_article(&f, shown).expect("fixture parses"));
        }
    }
    let synonyms = match std::fs::read_to_string(root.join("data/synonyms.toml")) {
        Ok(text) => Synonyms::parse(Path::new("data/synonyms.toml"), &text).expect("synonyms"),
        Err(_) => Synonyms::default(),
    };
    KnowledgeBase::from_articles(articles, None, synonyms).expect("fixture kb")
}

fn fixture_kb() -> &'static KnowledgeBase {
    static KB: OnceLock<KnowledgeBase> = OnceLock::new();
    KB.get_or_init(build_fixture_kb)
}

/// A second knowledge base built from the same files: what a reload of unchanged data gives.
fn fixture_kb_again() -> &'static KnowledgeBase {
    static KB: OnceLock<KnowledgeBase> = OnceLock::new();
    KB.get_or_init(build_fixture_kb)
}

// ---------------------------------------------------------------------------------------------
// Properties.

proptest! {
    #![proptest_config(config())]

    #[test]
    fn decoding_any_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        match decode_utf8(&bytes, Path::new("x.txt")) {
            Ok(text) => {
                prop_assert_eq!(text.as_bytes(), &bytes[..]);
                prop_assert!(!text.contains('\0'));
            }
            Err(e) => {
                prop_assert!(std::str::from_utf8(&bytes).is_err() || bytes.contains(&0));
                let lines = bytes.iter().filter(|&&b| b == b'\n').count() + 1;
                for d in &e.0 {
                    let line = d.line.unwrap_or(1);
                    prop_assert!((1..=lines).contains(&line), "{}", d);
                    prop_assert!(!d.to_string().contains('\n'));
                }
            }
        }
    }

    #[test]
    fn parsing_any_text_keeps_paragraphs_on_char_boundaries(text in article_text()) {
        match parse_article(Path::new("sources/x.md"), text.clone()) {
            Ok(a) => {
                prop_assert_eq!(&a.text, &text);
                prop_assert!(!a.meta.title.is_empty());
                assert_paragraphs_sound(&a);
            }
            Err(e) => {
                prop_assert!(!e.0.is_empty());
                let lines = text.split('\n').count();
                for d in &e.0 {
                    prop_assert_eq!(&d.file, Path::new("sources/x.md"));
                    let line = d.line.unwrap_or(1);
                    prop_assert!((1..=lines).contains(&line), "{} (of {} lines)", d, lines);
                    prop_assert!(!d.to_string().contains('\n'));
                }
            }
        }
    }

    #[test]
    fn extraction_keeps_every_offset_verbatim(text in article_text()) {
        if let Some(a) = parse("sources/x.md", &text) {
            assert_extraction_sound(&a, "x");
        }
    }

    #[test]
    fn knowledge_bases_from_any_articles_are_consistent(
        texts in proptest::collection::vec(
            (proptest::sample::select(&["a.md", "b.txt", "a.txt", "Ünï cödé.md", "+.md"][..]), article_text()),
            0..4,
        ),
    ) {
        let articles: Vec<Article> = texts.iter().filter_map(|(n, t)| parse(n, t)).collect();
        let ids: Vec<String> = articles.iter().map(|a| parley::model::source_id(&a.file)).collect();
        let distinct = ids.iter().collect::<HashSet<_>>().len() == ids.len();
        match KnowledgeBase::from_articles(articles, None, Synonyms::default()) {
            Ok(kb) => {
                prop_assert!(distinct, "duplicate ids {:?} were accepted", ids);
                assert_kb_sound(&kb);
                assert_reply_fits(&parley::answer::sources_overview(&kb));
            }
            Err(e) => {
                prop_assert!(!distinct, "distinct ids {:?} rejected: {}", ids, e);
            }
        }
    }

    #[test]
    fn any_question_on_the_fixture_kb_gets_a_sound_reply(q in question(), top in 0usize..8) {
        let opts = AskOptions {
            top,
            related: 2,
            ..AskOptions::default()
        };
        assert_answer_sound(fixture_kb(), &q, &opts);
    }

    #[test]
    fn any_question_on_any_kb_gets_a_sound_reply(
        texts in proptest::collection::vec(article_text(), 1..3),
        qs in proptest::collection::vec(question(), 1..4),
    ) {
        let articles: Vec<Article> = texts
            .iter()
            .enumerate()
            .filter_map(|(i, t)| parse(&format!("s{i}.md"), t))
            .collect();
        let kb = KnowledgeBase::from_articles(articles, None, Synonyms::default())
            .expect("distinct ids always build");
        assert_kb_sound(&kb);
        for q in &qs {
            assert_answer_sound(&kb, q, &AskOptions::default());
        }
        // Asking with the text of a stored fact or quote must work too.
        let stored: Vec<String> = kb
            .sources()
            .iter()
            .flat_map(|s| s.facts.iter().map(|f| f.text.clone()).chain(s.quotes.iter().map(|q| q.text.clone())))
            .take(3)
            .collect();
        for q in &stored {
            assert_answer_sound(&kb, q, &AskOptions::default());
        }
    }

    #[test]
    fn suggestions_and_person_replies_fit(partial in question(), limit in 0usize..30) {
        for kb in [fixture_kb()] {
            let s = parley::suggest(kb, &partial, limit);
            prop_assert!(s.len() <= limit, "{} suggestions for limit {}", s.len(), limit);
            for x in &s {
                prop_assert!(!x.trim().is_empty());
            }
            let people = parley::answer::suggest_people(kb, &partial, limit);
            prop_assert!(people.len() <= limit);
            for name in &people {
                prop_assert!(kb.people().iter().any(|p| &p.name == name), "{} unknown", name);
            }
            assert_reply_fits(&parley::answer::person_quotes(kb, &partial, limit));
        }
    }

    /// Up to 30 items, each with a citation field: the fields must be budgeted against the
    /// 6,000-character embed total (they once were not: an embed total of 6,001).
    #[test]
    fn arbitrary_replies_render_within_limits(r in reply(30)) {
        assert_rendering_fits(&r);
    }

    #[test]
    fn curated_files_of_any_text_never_panic(
        text in prop_oneof![
            "(?s).{0,200}",
            pieces(40),
            proptest::collection::vec(
                proptest::sample::select(&[
                    "[[quote]]\n", "[[person]]\n", "[[hide]]\n", "id = \"x:q-00000000\"\n",
                    "speaker = \"Marco Rubio\"\n", "speaker = \"\"\n", "name = \"Rubio\"\n",
                    "name = \"\"\n", "aliases = [\"R\"]\n", "role = \"SecState\"\n", "id = 3\n",
                    "bogus = 1\n", "[quote]\n", "\u{feff}", "\r\n",
                ][..]),
                0..20,
            ).prop_map(|v| v.concat()),
        ],
        article in article_text(),
    ) {
        let file = Path::new("curated.toml");
        let Ok(c) = Curated::parse(file, &text) else { return Ok(()); };
        let articles: Vec<Article> = parse("x.md", &article).into_iter().collect();
        match KnowledgeBase::from_articles(articles, Some(&c), Synonyms::default()) {
            Ok(kb) => assert_kb_sound(&kb),
            Err(e) => {
                for d in &e.0 {
                    prop_assert!(d.line.is_some(), "curated errors name a line: {}", d);
                    prop_assert!(!d.to_string().contains('\n'));
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn search_is_sound_and_the_same_on_a_rebuilt_kb(q in question(), k in 0usize..12) {
        let (kb, again) = (fixture_kb(), fixture_kb_again());
        let hits = kb.search(&q, k);
        prop_assert!(hits.len() <= k);
        for h in &hits {
            prop_assert!(h.score.is_finite() && (0.0..=1.0).contains(&h.coverage), "{:?}", h);
            let doc = kb.index().doc(h.doc).expect("hit names a document");
            prop_assert_eq!((doc.source, doc.item, doc.kind), (h.source, h.item, h.kind));
            prop_assert!(kb.doc_text(doc).is_some());
        }
        // Deterministic: the same data answers the same way, also after a rebuild (a reload).
        let again_hits = again.search(&q, k);
        prop_assert_eq!(&hits, &again_hits);
        prop_assert_eq!(&hits, &kb.search(&q, k));
    }

    #[test]
    fn synonym_files_of_any_text_never_panic(
        text in prop_oneof![
            "(?s).{0,200}",
            proptest::collection::vec(
                prop_oneof![
                    3 => proptest::sample::select(&[
                        "[[group]]\n", "words = [", "]\n", "\"truce\", ", "\"cease-fire\", ",
                        "\"the\", ", "\"\", ", "\"peace talks\", ", "\"Ü\u{301}\", ", "3, ",
                        "[group]\n", "other = 1\n", "\r\n", "\u{feff}",
                    ][..]).prop_map(str::to_string),
                    1 => piece().prop_map(|p| format!("\"{}\", ", p.replace(['\\', '"'], ""))),
                ],
                0..24,
            ).prop_map(|v| v.concat()),
        ],
    ) {
        match Synonyms::parse(Path::new("synonyms.toml"), &text) {
            Ok(syn) => {
                for g in &syn.groups {
                    prop_assert!(g.len() >= 2, "{:?}", g);
                    for w in g {
                        prop_assert!(!w.trim().is_empty());
                    }
                }
                // The groups are usable: building and searching with them never panics.
                let articles: Vec<Article> = parse("x.md", "Peace talks and a truce. “Ceasefire now,” Putin said.").into_iter().collect();
                let kb = KnowledgeBase::from_articles(articles, None, syn).expect("kb");
                let _ = kb.search("truce ceasefire talks", 5);
            }
            Err(e) => {
                let lines = text.split('\n').count();
                for d in &e.0 {
                    prop_assert!(!d.to_string().contains('\n'), "{}", d);
                    if let Some(l) = d.line {
                        prop_assert!((1..=lines).contains(&l), "{}", d);
                    }
                }
            }
        }
    }

    #[test]
    fn hiding_any_facts_and_quotes_keeps_the_kb_sound(
        text in article_text(),
        picks in proptest::collection::vec(any::<proptest::sample::Index>(), 0..6),
        qs in proptest::collection::vec(question(), 1..3),
    ) {
        let Some(article) = parse("x.md", &text) else { return Ok(()); };
        let plain = KnowledgeBase::from_articles(vec![article.clone()], None, Synonyms::default())
            .expect("one article builds");
        let s = &plain.sources()[0];
        let all: Vec<&str> = s.facts.iter().map(|f| f.id.as_str()).chain(s.quotes.iter().map(|q| q.id.as_str())).collect();
        if all.is_empty() {
            return Ok(());
        }
        let mut hidden: Vec<&str> = picks.iter().map(|i| all[i.index(all.len())]).collect();
        hidden.sort_unstable();
        hidden.dedup();
        let mut toml = String::new();
        for id in &hidden {
            toml.push_str(&format!("[[hide]]\nid = \"{id}\"\n\n"));
        }
        // Re-attribute every remaining quote: to a known person, or clear it.
        for (i, q) in s.quotes.iter().enumerate().filter(|(_, q)| !hidden.contains(&q.id.as_str())) {
            let who = if i % 2 == 0 { "Marco Rubio" } else { "" };
            toml.push_str(&format!("[[quote]]\nid = \"{}\"\nspeaker = \"{who}\"\n\n", q.id));
        }
        toml.push_str("[[person]]\nname = \"Marco Rubio\"\nrole = \"US Secretary of State\"\n");
        let curated = Curated::parse(Path::new("curated.toml"), &toml).expect("generated curated.toml parses");
        let kb = KnowledgeBase::from_articles(vec![article], Some(&curated), Synonyms::default())
            .unwrap_or_else(|e| panic!("curated.toml with real ids failed: {e}\n{toml}"));
        assert_kb_sound(&kb);
        let s = &kb.sources()[0];
        for id in &hidden {
            prop_assert!(s.fact(id).is_none() && s.quote(id).is_none(), "{} still there", id);
        }
        prop_assert_eq!(s.facts.len() + s.quotes.len() + hidden.len(), all.len());
        for q in &qs {
            assert_answer_sound(&kb, q, &AskOptions::default());
            let _ = kb.search(q, 5);
        }
        assert_reply_fits(&parley::answer::person_quotes(&kb, "Marco Rubio", 10));
    }
}

/// Articles citing one speaker many times, with long (but valid) titles, outlets, sections and
/// URLs: the citations of a person's quotes or an answer's related items add up.
fn quoted_articles() -> impl Strategy<Value = Vec<String>> {
    let article = (
        "[A-Za-z ,:’“”]{1,300}",
        "[A-Za-z ]{1,120}",
        "[a-z0-9/._-]{0,480}",
        "[A-Z][a-z]{2,10}( [A-Za-z]{2,10}){0,8}",
        proptest::collection::vec(pieces(8), 1..12),
    )
        .prop_map(|(title, outlet, path, section, quotes)| {
            let mut body = format!(
                "+++\ntitle = {title:?}\noutlet = {outlet:?}\nurl = \"https://example.org/{path}\"\npublished = 2025-08-17\n+++\n\nUS Secretary of State Marco Rubio spoke on Sunday.\n\n## {section}\n\n"
            );
            for q in quotes {
                let q = q.replace(['“', '”', '"', '\n', '\r'], " ");
                body.push_str(&format!("“Peace {q} now,” Rubio said. Rubio added: “We {q} today.”\n\n"));
            }
            body
        });
    proptest::collection::vec(article, 1..8)
}

proptest! {
    #![proptest_config(config())]

    /// `person_quotes` up to 25 quotes and answers with up to 10 related items, all with long
    /// citations (25 such quotes once gave an embed total of 6,005).
    #[test]
    fn many_long_citations_still_fit(texts in quoted_articles(), limit in 1usize..=25, related in 0usize..=10) {
        check_long_citations(&texts, limit, related);
    }
}

fn check_long_citations(texts: &[String], limit: usize, related: usize) {
    let articles: Vec<Article> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| parse(&format!("a{i}.md"), t).expect("generated article parses"))
        .collect();
    let kb = KnowledgeBase::from_articles(articles, None, Synonyms::default()).expect("kb");
    assert_kb_sound(&kb);
    assert_reply_fits(&parley::answer::person_quotes(&kb, "Marco Rubio", limit));
    assert_reply_fits(&parley::answer::sources_overview(&kb));
    let opts = AskOptions {
        top: limit,
        related,
        ..AskOptions::default()
    };
    for q in ["What did Rubio say about peace?", "peace now", "Rubio"] {
        assert_answer_sound(&kb, q, &opts);
    }
}

#[test]
fn the_limit_checker_rejects_oversized_embeds() {
    let ok = Embed {
        title: "t".repeat(limits::TITLE),
        description: "d".repeat(limits::DESCRIPTION),
        ..Embed::default()
    };
    assert_within_discord_limits(&ok);
    let too_long = Embed {
        title: "é".repeat(limits::TITLE + 1),
        ..Embed::default()
    };
    assert!(std::panic::catch_unwind(|| assert_within_discord_limits(&too_long)).is_err());
    let too_much = Embed {
        title: "t".repeat(200),
        description: "d".repeat(4_000),
        fields: (0..3)
            .map(|i| parley::reply::EmbedField {
                name: format!("f{i}"),
                value: "v".repeat(1_000),
                inline: false,
            })
            .collect(),
        footer: None,
        url: None,
    };
    assert!(std::panic::catch_unwind(|| assert_within_discord_limits(&too_much)).is_err());
}
