//! Importing an article: a news page (fetched, or saved as `.html`) or an article file becomes a
//! clean article — its real title, outlet, date, author and URL in front matter, its paragraphs
//! and subheadings as the body — checked with the same loader `parley check` uses, and written
//! into `sources/` atomically. Only import writes into the data directory, and a failed import
//! leaves it byte-for-byte as it was.
//!
//! - [`html`]: HTML → metadata and readable body (pure).
//! - [`charset`]: bytes → text by the declared charset (pure).
//! - [`fetch`]: fetching a URL safely (network).
//! - [`store`]: the file name, the check, and the atomic write.

pub mod charset;
pub mod fetch;
pub mod html;
pub mod store;

use std::path::Path;

pub use fetch::FetchOptions;
pub use html::{Block, Page};
pub use store::{article_path, remove, save, slug, Saved};

use crate::model::SourceMeta;

/// Why an import failed. Nothing was written.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("not a web address: {0}")]
    BadUrl(String),
    #[error("only http and https pages can be imported, not {0}:")]
    Scheme(String),
    #[error("cannot resolve {0}: {1}")]
    Resolve(String, String),
    #[error(
        "{0} is a private or local address ({1}); set import.allow_private = true to allow it"
    )]
    PrivateAddress(String, String),
    #[error("more than {0} redirects")]
    TooManyRedirects(u32),
    #[error("the page answered {0} ({1})")]
    Status(u16, String),
    #[error("not an HTML page ({0})")]
    NotHtml(String),
    #[error("the page is larger than {0} bytes")]
    TooBig(u64),
    #[error("the page did not arrive within {0} s")]
    Timeout(u64),
    #[error("fetching failed: {0}")]
    Http(String),
    #[error("no article found in the page: {0}")]
    NoArticle(String),
    #[error(
        "the page is a paywall stub, not the article (save the full page and import the file)"
    )]
    Paywall,
    #[error("cannot read {0}: {1}")]
    Read(String, String),
    #[error("{0} exists already; use --replace to overwrite it")]
    Exists(String),
    #[error("the imported article would not load: {0}")]
    Invalid(String),
    #[error("cannot write {0}: {1}")]
    Write(String, String),
}

/// An article ready to be written: its file text (front matter and body) and metadata.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    pub meta: SourceMeta,
    /// The whole file text, in the article format `parley check` reads.
    pub text: String,
}

/// A page as an article file: TOML front matter (values escaped by the TOML writer), then the
/// paragraphs separated by blank lines, subheadings as `#` lines.
pub fn article_text(page: &Page) -> String {
    let mut front = toml::map::Map::new();
    let m = &page.meta;
    front.insert("title".into(), m.title.clone().into());
    for (k, v) in [
        ("outlet", &m.outlet),
        ("url", &m.url),
        ("published", &m.published),
        ("author", &m.author),
    ] {
        if let Some(v) = v {
            front.insert(k.into(), v.clone().into());
        }
    }
    let front = toml::to_string(&toml::Value::Table(front)).unwrap_or_default();
    let body: Vec<String> = page
        .blocks
        .iter()
        .map(|b| match b {
            // A heading line must not be mistaken for a paragraph, nor a paragraph for a heading.
            Block::Heading(t) => format!("# {t}"),
            Block::Paragraph(t) if t.starts_with('#') || t.trim() == "+++" => format!("\\{t}"),
            Block::Paragraph(t) => t.clone(),
        })
        .collect();
    format!("+++\n{front}+++\n\n{}\n", body.join("\n\n"))
}

/// Imports an HTML page's bytes (`content_type` from the HTTP header, `url` where it came from).
pub fn from_html(
    bytes: &[u8],
    content_type: Option<&str>,
    url: Option<&str>,
) -> Result<Imported, ImportError> {
    let (html, _) = charset::decode(bytes, content_type);
    let page = html::parse_page(&html, url)?;
    Ok(Imported {
        meta: page.meta.clone(),
        text: article_text(&page),
    })
}

/// Imports a saved file: `.html`/`.htm` as a page, `.md`/`.txt` as an article as it is.
pub fn from_file(path: &Path) -> Result<Imported, ImportError> {
    let shown = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| ImportError::Read(shown.clone(), e.to_string()))?;
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    if matches!(ext.as_str(), "html" | "htm" | "xhtml") {
        return from_html(&bytes, None, None);
    }
    let text = crate::source::decode_utf8(&bytes, path)
        .map_err(|e| ImportError::Invalid(e.to_string()))?;
    let article = crate::source::parse_article(path, text.clone())
        .map_err(|e| ImportError::Invalid(e.to_string()))?;
    Ok(Imported {
        meta: article.meta,
        text,
    })
}

/// Fetches a URL and imports the page.
pub fn from_url(url: &str, opts: &FetchOptions) -> Result<Imported, ImportError> {
    let page = fetch::fetch(url, opts)?;
    from_html(&page.bytes, page.content_type.as_deref(), Some(&page.url))
}

/// How many quotes a preview lists.
const PREVIEW_QUOTES: usize = 10;

/// What an article yields, for a person to check before it goes live: title, outlet, date,
/// counts, and each quote with its speaker (or none).
pub fn preview(kb: &crate::kb::KnowledgeBase, path: &Path) -> String {
    let id = crate::model::source_id(path);
    let Some(s) = kb.source(&id) else {
        return format!("{}\n", path.display());
    };
    let mut out = format!("“{}”", s.meta.title);
    for v in [&s.meta.outlet, &s.meta.published, &s.meta.author]
        .into_iter()
        .flatten()
    {
        out.push_str(&format!(" · {v}"));
    }
    out.push_str(&format!(
        "\n{} facts, {} quotes, {} people\n",
        s.facts.len(),
        s.quotes.len(),
        s.people.len()
    ));
    for q in s.quotes.iter().take(PREVIEW_QUOTES) {
        let who = q.speaker.as_deref().unwrap_or("(no named speaker)");
        out.push_str(&format!("“{}” — {who}\n", q.text));
    }
    out
}

/// Checks an article against the data directory without writing it: the knowledge base as it
/// would load, and where the file would go.
pub fn check(
    data_dir: &Path,
    article: &Imported,
) -> Result<(std::path::PathBuf, crate::kb::KnowledgeBase), ImportError> {
    let path = data_dir
        .join("sources")
        .join(format!("{}.md", slug(&article.meta.title)));
    let kb = crate::kb::load_dir_with(data_dir, Some((&path, Some(&article.text))))
        .map_err(|e| ImportError::Invalid(e.to_string()))?;
    Ok((path, kb))
}
