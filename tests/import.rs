//! Importing articles end to end against a local HTTP server (127.0.0.1) that serves news pages
//! written in the layouts of six kinds of site (tests/data/import/), and every bad input an import
//! must refuse: each gives a clear error and leaves the data directory byte-for-byte unchanged.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use axum::extract::Path as UrlPath;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use parley::import::{self, FetchOptions, ImportError};

/// How big a page the tests allow (the `/big` page is larger).
const TEST_MAX_BYTES: u64 = 200_000;
/// How long a test fetch may take (the `/slow` page takes longer).
const TEST_TIMEOUT: Duration = Duration::from_secs(1);

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn page_bytes(name: &str) -> Vec<u8> {
    std::fs::read(
        repo()
            .join("tests/data/import")
            .join(format!("{name}.html")),
    )
    .unwrap()
}

fn html(bytes: Vec<u8>, content_type: &'static str) -> Response {
    ([(header::CONTENT_TYPE, content_type)], bytes).into_response()
}

fn redirect(to: String) -> Response {
    (StatusCode::FOUND, [(header::LOCATION, to)]).into_response()
}

/// A local news server on a port the OS picks; it runs until the test process ends.
fn serve() -> String {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        rt.block_on(async move {
            let app = Router::new()
                .route(
                    "/page/:name",
                    get(|UrlPath(name): UrlPath<String>| async move {
                        html(page_bytes(&name), "text/html")
                    }),
                )
                .route(
                    "/declared/:name",
                    get(|UrlPath(name): UrlPath<String>| async move {
                        html(page_bytes(&name), "text/html; charset=windows-1252")
                    }),
                )
                .route(
                    "/missing",
                    get(|| async { (StatusCode::NOT_FOUND, "no such page").into_response() }),
                )
                .route(
                    "/json",
                    get(|| async { html(b"{\"a\": 1}".to_vec(), "application/json") }),
                )
                .route(
                    "/big",
                    get(|| async {
                        let mut p = page_bytes("wire");
                        p.extend(std::iter::repeat_n(b' ', 300_000));
                        html(p, "text/html")
                    }),
                )
                .route(
                    "/slow",
                    get(|| async {
                        tokio::time::sleep(Duration::from_secs(3)).await;
                        html(page_bytes("wire"), "text/html")
                    }),
                )
                .route(
                    "/empty",
                    get(|| async {
                        html(
                            b"<html><body><nav>Home</nav><p>Hi.</p></body></html>".to_vec(),
                            "text/html",
                        )
                    }),
                )
                .route(
                    "/paywall",
                    get(|| async {
                        html(
                            b"<html><head><title>Envoys meet</title></head><body><article><h1>Envoys meet</h1><p>Envoys met in Geneva on Thursday for talks.</p><p>Subscribe to continue reading. Already a subscriber? Sign in.</p></article></body></html>".to_vec(),
                            "text/html",
                        )
                    }),
                )
                .route("/loop", get(|| async { redirect("/loop".into()) }))
                .route(
                    "/hop/:n",
                    get(|UrlPath(n): UrlPath<u32>| async move {
                        if n == 0 {
                            redirect("/page/wire".into())
                        } else {
                            redirect(format!("/hop/{}", n - 1))
                        }
                    }),
                );
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                .await
                .expect("bind");
            tx.send(listener.local_addr().expect("address"))
                .expect("send address");
            let _ = axum::serve(listener, app).await;
        });
    });
    let addr = rx.recv().expect("the server starts");
    format!("http://{addr}")
}

fn opts(allow_private: bool) -> FetchOptions {
    FetchOptions {
        max_bytes: TEST_MAX_BYTES,
        timeout: TEST_TIMEOUT,
        allow_private,
    }
}

/// A data directory with the shipped article in it.
fn data_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("sources")).unwrap();
    for e in std::fs::read_dir(repo().join("data/sources")).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, dir.path().join("sources").join(p.file_name().unwrap())).unwrap();
    }
    dir
}

/// Every file under `dir` with a hash of its bytes.
fn listing(dir: &Path) -> BTreeMap<String, u64> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let bytes = std::fs::read(&p).unwrap();
                out.insert(
                    p.strip_prefix(dir).unwrap().display().to_string(),
                    parley::model::fnv1a(&bytes),
                );
            }
        }
    }
    out
}

fn body(a: &import::Imported) -> String {
    a.text.split("+++").nth(2).unwrap_or_default().to_string()
}

#[test]
fn six_kinds_of_news_page_become_clean_articles() {
    let base = serve();
    // (page, title, outlet, date, author, url, how the first paragraph starts)
    type Case<'a> = (
        &'a str,
        &'a str,
        &'a str,
        &'a str,
        Option<&'a str>,
        &'a str,
        &'a str,
    );
    let cases: [Case; 6] = [
        (
            "wire",
            "Envoys to resume talks in Geneva next week, sources say",
            "Northwire",
            "2026-11-30",
            Some("Olena Marchuk, Tom Harlow"),
            "https://northwire.example/world/envoys-geneva-2026-11-30/",
            "KYIV, Nov 30 (Northwire) - Negotiators",
        ),
        (
            "broadcaster",
            "Zelensky says winter will test the energy truce",
            "Channel Nine News",
            "2026-11-28",
            Some("Priya Kaur"),
            "https://news.channelnine.example/world-51234",
            "Ukraine's President Volodymyr Zelensky has warned",
        ),
        (
            "tabloid",
            "'We won't be bullied': Defence chief's fury at Kremlin threats",
            "The Daily Bugle",
            "2026-11-27",
            Some("Gary Sloane"),
            "https://dailybugle.example/news/kremlin-threats-123",
            "Britain's Defence Secretary hit back",
        ),
        (
            "liveblog",
            "Ukraine war live: talks in Abu Dhabi enter second day",
            "The Ledger",
            "2026-11-25",
            Some("Sam Okafor"),
            "https://ledger.example/world/live/2026/nov/25/ukraine-war-live",
            "The Kremlin said it was too early",
        ),
        (
            "translated",
            "Umerov: “We will not sign a document that legalises occupation”",
            "Kyiv Daily English",
            "2026-11-22",
            None,
            "https://kyivdaily.example/en/news/2026/11/22/7512345/",
            "Rustem Umerov, Secretary of the National Security",
        ),
        (
            "aggregator",
            "Witkoff and Kushner head to Moscow with revised plan",
            "The Original Post",
            "2026-11-29",
            Some("Dana Whitfield"),
            "https://originalpost.example/politics/witkoff-kushner-moscow",
            "US special envoy Steve Witkoff and Jared Kushner",
        ),
    ];
    let furniture = [
        "Advertisement",
        "Sign in",
        "Sign up",
        "Read more",
        "Read also",
        "Related",
        "Getty Images",
        "Image:",
        "Photographer",
        "Reporting by",
        "Comments",
        "More for You",
        "Most viewed",
        "Key events",
        "Copyright",
        "Share",
        "Tags:",
        "By Olena",
        "Europe correspondent",
    ];
    for (page, title, outlet, date, author, url, first) in cases {
        let a = import::from_url(&format!("{base}/page/{page}"), &opts(true))
            .unwrap_or_else(|e| panic!("{page}: {e}"));
        assert_eq!(a.meta.title, title, "{page}");
        assert_eq!(a.meta.outlet.as_deref(), Some(outlet), "{page}");
        assert_eq!(a.meta.published.as_deref(), Some(date), "{page}");
        assert_eq!(a.meta.author.as_deref(), author, "{page}");
        assert_eq!(a.meta.url.as_deref(), Some(url), "{page}");
        let b = body(&a);
        let paragraphs: Vec<&str> = b
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty() && !p.starts_with('#'))
            .collect();
        assert!(paragraphs[0].starts_with(first), "{page}: {paragraphs:#?}");
        assert!(paragraphs.len() >= 3, "{page}: {paragraphs:#?}");
        for junk in furniture {
            assert!(!b.contains(junk), "{page} keeps {junk:?}:\n{b}");
        }
        // What is written loads as an article, with its quotes.
        let parsed = parley::source::parse_article(Path::new("x.md"), a.text.clone())
            .unwrap_or_else(|e| panic!("{page}: {e}"));
        assert_eq!(parsed.meta.title, title);
    }
}

#[test]
fn a_page_in_another_charset_is_decoded_by_its_declaration() {
    let base = serve();
    for path in ["page", "declared"] {
        let a = import::from_url(&format!("{base}/{path}/translated"), &opts(true)).unwrap();
        assert!(
            body(&a).contains("“We are ready for a just peace."),
            "{path}: {}",
            a.text
        );
    }
}

#[test]
fn redirects_are_followed_a_few_times_and_loops_end() {
    let base = serve();
    let a = import::from_url(&format!("{base}/hop/3"), &opts(true)).unwrap();
    assert!(a.meta.title.starts_with("Envoys to resume talks"));
    assert!(matches!(
        import::from_url(&format!("{base}/loop"), &opts(true)),
        Err(ImportError::TooManyRedirects(5))
    ));
    assert!(matches!(
        import::from_url(&format!("{base}/hop/9"), &opts(true)),
        Err(ImportError::TooManyRedirects(5))
    ));
}

#[test]
fn every_bad_input_is_a_clear_error_and_the_data_directory_is_unchanged() {
    let base = serve();
    let dir = data_dir();
    let before = listing(dir.path());
    let bad_article = dir.path().join("../bad-article.md");
    std::fs::write(
        &bad_article,
        "+++\ntitle = \"x\"\nunknown = 1\n+++\nText.\n",
    )
    .unwrap();
    let cases: Vec<(String, bool, &str)> = vec![
        (format!("{base}/missing"), true, "404"),
        (format!("{base}/json"), true, "not an HTML page"),
        (format!("{base}/big"), true, "larger than"),
        (format!("{base}/slow"), true, "did not arrive"),
        (format!("{base}/empty"), true, "no article found"),
        (format!("{base}/paywall"), true, "paywall"),
        (format!("{base}/loop"), true, "redirects"),
        (
            format!("{base}/page/wire"),
            false,
            "private or local address",
        ),
        (
            "ftp://example.org/a.html".into(),
            true,
            "only http and https",
        ),
        ("https://".into(), true, "not a web address"),
        (bad_article.display().to_string(), true, "would not load"),
        ("/no/such/file.html".into(), true, "cannot read"),
    ];
    for (input, allow_private, says) in cases {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let (ok, failed) = parley::cli::import::run(
            std::slice::from_ref(&input),
            dir.path(),
            false,
            &opts(allow_private),
            &mut out,
            &mut err,
            false,
        )
        .unwrap();
        let err = String::from_utf8_lossy(&err);
        assert_eq!((ok, failed), (0, 1), "{input}");
        assert!(err.contains(says), "{input}: {err}");
        assert_eq!(
            listing(dir.path()),
            before,
            "{input} changed the data directory"
        );
    }
    // An article already there is not overwritten without --replace.
    let first = format!("{base}/page/wire");
    let run = |replace: bool| {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let r = parley::cli::import::run(
            std::slice::from_ref(&first),
            dir.path(),
            replace,
            &opts(true),
            &mut out,
            &mut err,
            false,
        )
        .unwrap();
        (r, String::from_utf8_lossy(&err).into_owned())
    };
    assert_eq!(run(false).0, (1, 0));
    let after_one = listing(dir.path());
    let ((ok, failed), err) = run(false);
    assert_eq!((ok, failed), (0, 1));
    assert!(err.contains("--replace"), "{err}");
    assert_eq!(listing(dir.path()), after_one);
    assert_eq!(run(true).0, (1, 0));
    assert!(
        !listing(dir.path()).keys().any(|k| k.contains("import-tmp")),
        "no temporary file is left behind"
    );
}

#[test]
fn parley_import_writes_an_article_that_parley_answers_from() {
    let base = serve();
    let dir = data_dir();
    let cwd = tempfile::tempdir().unwrap();
    let parley = |args: &[&str], allow: bool| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_parley"));
        c.args(args)
            .current_dir(cwd.path())
            .env_remove("DISCORD_TOKEN");
        for (k, _) in std::env::vars_os() {
            if k.to_string_lossy().starts_with("PARLEY") {
                c.env_remove(k);
            }
        }
        if allow {
            c.env("PARLEY__IMPORT__ALLOW_PRIVATE", "true");
        }
        c.output().expect("parley runs")
    };
    let data = dir.path().to_str().unwrap();
    let url = format!("{base}/page/translated");
    // Without the setting a local address is refused, and nothing is written.
    let o = parley(&["import", "--data", data, &url], false);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("private or local address"));
    let o = parley(&["import", "--data", data, &url], true);
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{stdout}\n{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(
        stdout.contains("Kyiv Daily English · 2026-11-22"),
        "{stdout}"
    );
    assert!(stdout.contains("imported 1, failed 0"), "{stdout}");
    let o = parley(&["check", "--data", data], false);
    assert_eq!(o.status.code(), Some(0));
    let o = parley(
        &[
            "ask",
            "--data",
            data,
            "What proposals did the Ukrainian delegation hand the US side?",
        ],
        false,
    );
    let answer = String::from_utf8_lossy(&o.stdout);
    assert!(
        answer.contains("proposals on security guarantees"),
        "{answer}"
    );
    assert!(answer.contains("Kyiv Daily English"), "{answer}");
}
