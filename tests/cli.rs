//! The `parley` binary on good and bad input: exit codes, that every data error is named by
//! FILE:LINE, and that nothing ever prints a Rust panic. Fixtures are in `tests/data/broken/` (one
//! directory per broken case) and `tests/data/good/`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn broken(case: &str) -> PathBuf {
    repo().join("tests/data/broken").join(case)
}

fn good(set: &str) -> PathBuf {
    repo().join("tests/data/good").join(set)
}

/// `parley ARGS` in `cwd` with a clean environment: no settings overrides, no Discord token.
fn command(cwd: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_parley"));
    cmd.args(args).current_dir(cwd).env_remove("DISCORD_TOKEN");
    for (k, _) in std::env::vars_os() {
        if k.to_string_lossy().starts_with("PARLEY") {
            cmd.env_remove(k);
        }
    }
    cmd
}

/// Runs `parley` in `cwd` with a clean environment: no settings overrides, no Discord token.
fn parley_in(cwd: &Path, args: &[&str]) -> Output {
    let out = command(cwd, args).output().expect("the parley binary runs");
    assert_no_panic(&out);
    out
}

/// Runs `parley chat` over the `good/b` data with `input` on standard input.
fn chat(input: &[u8]) -> Output {
    use std::io::Write;
    use std::process::Stdio;
    let cwd = tempfile::tempdir().expect("temp dir");
    let data = good("b");
    let mut child = command(cwd.path(), &["chat", "--data", data.to_str().unwrap()])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn chat");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input)
        .expect("write questions");
    let out = child.wait_with_output().expect("chat exits");
    assert_no_panic(&out);
    out
}

/// Runs `parley` in an empty temporary directory (so the built-in default settings apply).
fn parley(args: &[&str]) -> Output {
    let cwd = tempfile::tempdir().expect("temp dir");
    parley_in(cwd.path(), args)
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn assert_no_panic(o: &Output) {
    let all = format!("{}{}", stdout(o), stderr(o));
    assert!(
        !all.contains("panicked at") && !all.contains("RUST_BACKTRACE"),
        "parley panicked:\n{all}"
    );
}

fn code(o: &Output) -> i32 {
    o.status
        .code()
        .expect("parley exited normally, not by a signal")
}

/// `parley check --data DIR` must fail with exit 1 and name every `needle` on stderr.
fn check_fails_naming(dir: &Path, needles: &[&str]) -> String {
    let o = parley(&["check", "--data", dir.to_str().expect("utf-8 path")]);
    let err = stderr(&o);
    assert_eq!(
        code(&o),
        1,
        "exit code of check on {}:\n{err}",
        dir.display()
    );
    for n in needles {
        assert!(err.contains(n), "stderr lacks {n:?}:\n{err}");
    }
    assert!(
        stdout(&o).is_empty(),
        "a failed check prints no report:\n{}",
        stdout(&o)
    );
    err
}

/// The error lines (`  FILE[:LINE]: message`) of a failed check.
fn error_lines(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|l| l.starts_with("  "))
        .map(str::trim)
        .collect()
}

#[test]
fn check_on_the_shipped_data_prints_counts() {
    let o = parley_in(&repo(), &["check"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("OK"), "{out}");
    let total = out
        .lines()
        .find(|l| l.starts_with("Total:"))
        .unwrap_or_else(|| panic!("no Total line:\n{out}"));
    let n: usize = total
        .trim_start_matches("Total:")
        .split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no article count in {total:?}"));
    let shipped = std::fs::read_dir(repo().join("data/sources"))
        .expect("data/sources")
        .filter_map(|e| e.ok())
        .filter(|e| parley::source::is_article_file(&e.path()))
        .count();
    assert_eq!(n, shipped, "{out}");
    // "Total: N articles, F facts, Q quotes (A attributed), P people"
    let numbers: Vec<usize> = total
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|w| w.parse().ok())
        .collect();
    let [_, facts, quotes, attributed, _people] = numbers[..] else {
        panic!("unexpected Total line {total:?}");
    };
    assert!(facts > 0 && quotes > 0 && attributed <= quotes, "{total}");
}

#[test]
fn check_on_good_fixture_sets_succeeds() {
    for set in ["a", "b"] {
        let o = parley(&["check", "--data", good(set).to_str().unwrap()]);
        assert_eq!(code(&o), 0, "set {set}: {}", stderr(&o));
        assert!(stdout(&o).contains("Total: 2 articles"), "{}", stdout(&o));
    }
}

#[test]
fn hidden_and_non_article_files_are_ignored() {
    // `._talks.md` is the binary AppleDouble file macOS writes beside `talks.md`.
    let o = parley(&["check", "--data", good("hidden-files").to_str().unwrap()]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(stdout(&o).contains("Total: 1 articles"), "{}", stdout(&o));
}

#[test]
fn malformed_front_matter_is_named_by_file_and_line() {
    check_fails_naming(
        &broken("frontmatter-syntax"),
        &["sources/talks.md:3:", "malformed front matter"],
    );
    check_fails_naming(
        &broken("frontmatter-unknown-key"),
        &["sources/talks.md:3:", "tags"],
    );
    check_fails_naming(
        &broken("frontmatter-bad-date"),
        &["sources/talks.md:4:", "published", "2025-02-30"],
    );
    check_fails_naming(
        &broken("frontmatter-bad-url"),
        &["sources/talks.md:3:", "url", "www.example.org/talks"],
    );
    check_fails_naming(
        &broken("frontmatter-unclosed"),
        &["sources/talks.md:1:", "never closed"],
    );
}

#[test]
fn non_utf8_and_binary_files_are_named_by_file_and_line() {
    check_fails_naming(&broken("not-utf8"), &["sources/latin1.txt:2:", "UTF-8"]);
    check_fails_naming(&broken("binary"), &["sources/blob.md:2:", "NUL"]);
}

#[test]
fn no_articles_or_no_sources_dir_says_what_to_add() {
    let err = check_fails_naming(&broken("no-articles"), &["no-articles/sources", ".md"]);
    assert!(err.contains("no articles"), "{err}");
    check_fails_naming(&broken("no-sources-dir"), &["no-sources-dir/sources"]);
}

#[test]
fn a_missing_data_directory_is_named_with_how_to_fix_it() {
    let tmp = tempfile::tempdir().unwrap();
    let missing = tmp.path().join("nowhere");
    let shown = missing.display().to_string();
    let err = check_fails_naming(&missing, &[&shown, "does not exist"]);
    assert!(
        err.contains("--data"),
        "the error says how to fix it: {err}"
    );
}

#[test]
fn curated_errors_are_named_by_file_and_line() {
    check_fails_naming(
        &broken("curated-unknown-key"),
        &["curated.toml:7:", "nickname"],
    );
    let err = check_fails_naming(
        &broken("curated-dangling"),
        &[
            "curated.toml:5:",
            "talks:q-00000000",
            "curated.toml:9:",
            "nowhere:f-deadbeef",
        ],
    );
    assert_eq!(error_lines(&err).len(), 2, "{err}");
    check_fails_naming(&broken("curated-syntax"), &["curated.toml:2:"]);
}

#[test]
fn duplicate_source_ids_name_both_files() {
    let err = check_fails_naming(
        &broken("duplicate-ids"),
        &[
            "sources/talks.md",
            "sources/talks.txt",
            "duplicate source id",
        ],
    );
    assert_eq!(error_lines(&err).len(), 1, "{err}");
}

#[test]
fn several_broken_files_list_every_error() {
    let err = check_fails_naming(
        &broken("several"),
        &[
            "sources/one.md:2:",
            "sources/two.md:3:",
            "sources/three.txt:1:",
            "sources/four.txt",
            "duplicate source id",
            "curated.toml:2:",
        ],
    );
    assert!(err.contains("5 errors"), "{err}");
    assert_eq!(error_lines(&err).len(), 5, "{err}");
}

#[test]
fn ask_with_an_empty_question_prints_usage() {
    for args in [&["ask"][..], &["ask", "", "  "][..]] {
        let o = parley_in(&repo(), args);
        assert_eq!(code(&o), 2, "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains("usage: parley ask"), "{}", stderr(&o));
    }
}

#[test]
fn ask_with_a_huge_question_does_not_panic() {
    let words = [
        "What",
        "did",
        "Rubio",
        "say",
        "about",
        "concessions?",
        "“",
        "’",
    ];
    let mut q = String::new();
    let mut i = 0;
    while q.chars().count() < 100_000 {
        q.push_str(words[i % words.len()]);
        q.push(' ');
        i += 1;
    }
    let q: String = q.chars().take(100_000).collect();
    let data = good("a");
    let o = parley(&["ask", "--data", data.to_str().unwrap(), &q]);
    let c = code(&o);
    assert!(c == 0 || c == 2, "exit {c}: {}", stderr(&o));
    if c == 0 {
        let out = stdout(&o);
        assert!(!out.trim().is_empty());
        // The printed reply is the Discord-sized text, not an echo of 100k characters.
        assert!(
            out.chars().count() <= 2_100,
            "{} chars",
            out.chars().count()
        );
    } else {
        assert!(stderr(&o).contains("question"), "{}", stderr(&o));
    }
}

#[test]
fn ask_with_a_missing_data_directory_names_it() {
    let o = parley(&["ask", "--data", "/nonexistent/parley-data", "x"]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("/nonexistent/parley-data"), "{err}");
    assert!(err.contains("does not exist"), "{err}");
}

#[test]
fn ask_on_broken_data_lists_the_errors_and_fails() {
    let o = parley(&[
        "ask",
        "--data",
        broken("several").to_str().unwrap(),
        "peace",
    ]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert!(stderr(&o).contains("sources/one.md:2:"), "{}", stderr(&o));
}

#[test]
fn extract_on_a_missing_or_binary_file_names_it() {
    let tmp = tempfile::tempdir().unwrap();
    let missing = tmp.path().join("missing.md");
    let o = parley(&["extract", missing.to_str().unwrap()]);
    assert_ne!(code(&o), 0);
    assert!(stderr(&o).contains("missing.md"), "{}", stderr(&o));

    let blob = broken("binary").join("sources/blob.md");
    let o = parley(&["extract", blob.to_str().unwrap()]);
    assert_ne!(code(&o), 0);
    assert!(stderr(&o).contains("blob.md:2:"), "{}", stderr(&o));

    let latin1 = broken("not-utf8").join("sources/latin1.txt");
    let good_file = good("a").join("sources/geneva-talks.md");
    let o = parley(&[
        "extract",
        good_file.to_str().unwrap(),
        latin1.to_str().unwrap(),
        missing.to_str().unwrap(),
    ]);
    assert_ne!(code(&o), 0);
    let err = stderr(&o);
    assert!(
        err.contains("latin1.txt:2:") && err.contains("missing.md"),
        "every bad file is named: {err}"
    );
}

#[test]
fn extract_on_a_directory_names_it() {
    let dir = good("a");
    let o = parley(&["extract", dir.to_str().unwrap()]);
    assert_ne!(code(&o), 0);
    assert!(stderr(&o).contains(dir.to_str().unwrap()), "{}", stderr(&o));
}

#[test]
fn extract_on_good_files_prints_json_with_verbatim_offsets() {
    let files: Vec<PathBuf> = ["a/sources/geneva-talks.md", "b/sources/energy-truce.md"]
        .iter()
        .map(|f| repo().join("tests/data/good").join(f))
        .collect();
    let mut args = vec!["extract", "--json"];
    args.extend(files.iter().map(|f| f.to_str().unwrap()));
    let o = parley(&args);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("valid JSON");
    let sources = v["sources"].as_array().expect("sources array");
    assert_eq!(sources.len(), 2);
    for (s, file) in sources.iter().zip(&files) {
        let text = std::fs::read_to_string(file).unwrap();
        let facts = s["facts"].as_array().expect("facts");
        assert!(!facts.is_empty());
        for item in facts.iter().chain(s["quotes"].as_array().expect("quotes")) {
            let (a, b) = (
                item["start"].as_u64().unwrap() as usize,
                item["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(text.get(a..b), item["text"].as_str(), "{item}");
        }
    }
}

#[test]
fn run_without_a_token_explains_discord_token() {
    let o = parley(&["run", "--data", good("a").to_str().unwrap()]);
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    assert!(stderr(&o).contains("DISCORD_TOKEN"), "{}", stderr(&o));
}

#[test]
fn unknown_commands_and_flags_are_usage_errors() {
    for args in [&["frobnicate"][..], &["check", "--nope"][..], &[][..]] {
        let o = parley(args);
        assert_eq!(code(&o), 2, "{args:?}: {}", stderr(&o));
        assert!(
            stderr(&o).to_lowercase().contains("usage"),
            "{}",
            stderr(&o)
        );
    }
}

#[test]
fn chat_answers_line_by_line_and_survives_odd_input() {
    let mut input = Vec::new();
    input.extend_from_slice("What did Umerov say?\n\n   \r\n".as_bytes());
    input.extend_from_slice("“”‘’\"' \u{202e}\u{200b}\u{feff}\t\x07?\n".as_bytes());
    input.extend_from_slice("x".repeat(20_000).as_bytes());
    input.push(b'\n');
    let o = chat(&input);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
}

#[test]
fn chat_skips_a_line_that_is_not_utf8() {
    let o = chat(b"peace?\n\xff\xfe bad bytes\nceasefire?\n");
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(
        stderr(&o).contains("line 2") && stderr(&o).contains("UTF-8"),
        "the bad line is named and skipped: {}",
        stderr(&o)
    );
}

#[test]
fn a_failing_stdout_is_an_error_not_a_panic() {
    // /dev/full fails every write (ENOSPC), like a closed pipe (`parley extract … | head`).
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        return; // not on Linux
    };
    let file = good("a").join("sources/geneva-talks.md");
    let o = Command::new(env!("CARGO_BIN_EXE_parley"))
        .args(["extract", "--json", file.to_str().unwrap()])
        .current_dir(tempfile::tempdir().unwrap().path())
        .stdout(full)
        .output()
        .expect("parley runs");
    assert_no_panic(&o);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert!(stderr(&o).contains("stdout"), "{}", stderr(&o));
}

#[test]
fn bad_settings_are_a_clear_error() {
    let cwd = tempfile::tempdir().unwrap();
    std::fs::create_dir(cwd.path().join("config")).unwrap();
    let data = good("a");
    for (local, needle) in [
        ("[discord]\nshards = \"many\"\n", "shards"),
        ("data_dir = \n", "local.toml"),
        ("bogus = 1\n", "bogus"),
    ] {
        std::fs::write(cwd.path().join("config/local.toml"), local).unwrap();
        let o = parley_in(cwd.path(), &["check", "--data", data.to_str().unwrap()]);
        assert_eq!(code(&o), 1, "{local:?}: {}", stderr(&o));
        let err = stderr(&o);
        assert!(err.contains("settings") && err.contains(needle), "{err}");
    }
}

#[test]
fn extract_shows_an_unnamed_source_label() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("label.md");
    std::fs::write(
        &file,
        "Talks went on.\n\n\"If that clause stays, there is no signature,\" a senior Ukrainian \
         official said.\n",
    )
    .unwrap();
    let o = parley(&["extract", file.to_str().unwrap()]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("(unnamed source: a senior Ukrainian official)"),
        "{out}"
    );
    let o = parley(&["extract", "--json", file.to_str().unwrap()]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("valid JSON");
    let q = &v["sources"][0]["quotes"][0];
    assert_eq!(q["label"], "a senior Ukrainian official");
    assert!(q["speaker"].is_null());
}
