//! A news page's HTML as an article: the readable body by Readability (`dom_smoothie`), kept as
//! paragraphs and subheadings, and the metadata from JSON-LD `NewsArticle`, OpenGraph and
//! `article:` meta tags, `<title>` and the canonical link, in that order of trust. Pure: text in,
//! article out.

use dom_query::{Document, NodeRef};
use serde_json::Value;

use super::ImportError;
use crate::model::SourceMeta;

/// Elements whose text is one paragraph of the article.
const BLOCKS: &[&str] = &["p", "li", "blockquote", "pre", "dd"];
/// Elements whose text is a subheading.
const HEADINGS: &[&str] = &["h1", "h2", "h3", "h4", "h5", "h6"];
/// Elements that are never article text: captions, credits, asides, page furniture.
const SKIPPED: &[&str] = &[
    "figure",
    "figcaption",
    "aside",
    "nav",
    "footer",
    "header",
    "form",
    "button",
    "script",
    "style",
    "noscript",
    "iframe",
    "svg",
    "table",
];
/// A block of at most this many words that names the author is the byline.
const BYLINE_MAX_WORDS: usize = 12;
/// A body with fewer characters than this is not an article (an error page, a teaser).
const MIN_BODY_CHARS: usize = 200;
/// A short body holding one of these is a paywall stub, not the article.
const PAYWALL_MARKS: &[&str] = &[
    "subscribe to continue",
    "subscribe to read",
    "subscribers only",
    "to continue reading",
    "sign in to read",
    "log in to read",
    "already a subscriber",
];
/// A body shorter than this that carries a paywall mark is a stub.
const PAYWALL_BODY_CHARS: usize = 1200;
/// Lines that are page furniture wherever they stand (compared lower-cased, by prefix).
const FURNITURE_PREFIXES: &[&str] = &[
    "read more",
    "read also",
    "related:",
    "related coverage",
    "related topics",
    "reporting by",
    "editing by",
    "continue reading",
    "more for you",
    "image caption",
    "follow us",
    "sign up",
    "subscribe to our",
    "advertisement",
    "listen to this article",
    "share this",
    "click here",
];

/// What an HTML page yields: metadata and the body as blocks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub meta: SourceMeta,
    pub blocks: Vec<Block>,
}

/// One block of the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Heading(String),
    Paragraph(String),
}

/// Turns a page's HTML into its metadata and readable body. `url` is where it came from (the
/// fallback for the canonical link).
pub fn parse_page(html: &str, url: Option<&str>) -> Result<Page, ImportError> {
    let doc = Document::from(html);
    let mut meta = metadata(&doc, url);
    let mut readability = dom_smoothie::Readability::new(html, url, None)
        .map_err(|e| ImportError::NoArticle(e.to_string()))?;
    let article = readability
        .parse()
        .map_err(|e| ImportError::NoArticle(e.to_string()))?;
    if meta.title.is_empty() {
        meta.title = clean(&article.title);
    }
    if meta.published.is_none() {
        meta.published = article.published_time.as_deref().and_then(date_of);
    }
    if meta.author.is_none() {
        meta.author = article
            .byline
            .as_deref()
            .map(clean)
            .filter(|a| !a.is_empty());
    }
    if meta.outlet.is_none() {
        meta.outlet = article
            .site_name
            .as_deref()
            .map(clean)
            .filter(|a| !a.is_empty());
    }
    let body = Document::from(article.content.as_ref());
    let mut blocks = Vec::new();
    for root in body.select("body").nodes() {
        walk(root, &mut blocks);
    }
    meta.title = without_outlet(&meta.title, meta.outlet.as_deref());
    tidy(&mut blocks, &meta);
    // A first heading that repeats the title is the title.
    if let Some(Block::Heading(h)) = blocks.first() {
        if h.eq_ignore_ascii_case(&meta.title) {
            blocks.remove(0);
        }
    }
    let chars: usize = blocks
        .iter()
        .map(|b| match b {
            Block::Heading(t) | Block::Paragraph(t) => t.chars().count(),
        })
        .sum();
    let text = blocks
        .iter()
        .map(|b| match b {
            Block::Heading(t) | Block::Paragraph(t) => t.to_lowercase(),
        })
        .collect::<Vec<_>>()
        .join(" ");
    if chars < PAYWALL_BODY_CHARS && PAYWALL_MARKS.iter().any(|m| text.contains(m)) {
        return Err(ImportError::Paywall);
    }
    if chars < MIN_BODY_CHARS {
        return Err(ImportError::NoArticle(format!(
            "the readable text is only {chars} characters"
        )));
    }
    if meta.title.is_empty() {
        meta.title = "Untitled article".into();
    }
    Ok(Page { meta, blocks })
}

/// Collects the blocks under `node` in document order.
fn walk(node: &NodeRef, out: &mut Vec<Block>) {
    for child in node.children() {
        if !child.is_element() {
            continue;
        }
        let name = child
            .node_name()
            .map(|n| n.to_lowercase())
            .unwrap_or_default();
        if SKIPPED.contains(&name.as_str()) {
            continue;
        }
        let heading = HEADINGS.contains(&name.as_str());
        let block = BLOCKS.contains(&name.as_str());
        if (heading || block) && !has_block_child(&child) {
            let text = clean(&child.text());
            if text.is_empty() || is_furniture(&text) || is_all_links(&child, &text) {
                continue;
            }
            out.push(if heading {
                Block::Heading(text)
            } else {
                Block::Paragraph(text)
            });
            continue;
        }
        walk(&child, out);
    }
}

/// Is a block nothing but links (a list of related stories, a "more on this" row)?
fn is_all_links(node: &NodeRef, text: &str) -> bool {
    let mut linked = String::new();
    collect_link_text(node, &mut linked);
    !linked.is_empty() && clean(&linked).chars().count() >= text.chars().count()
}

fn collect_link_text(node: &NodeRef, out: &mut String) {
    for c in node.element_children() {
        if c.node_name().is_some_and(|n| n.eq_ignore_ascii_case("a")) {
            out.push(' ');
            out.push_str(&c.text());
        } else {
            collect_link_text(&c, out);
        }
    }
}

/// Drops what the page's own metadata shows is not article text: a short byline block naming
/// the author (`By A and B`, `A, Europe correspondent`), and headings with no paragraph under them.
fn tidy(blocks: &mut Vec<Block>, meta: &SourceMeta) {
    let authors: Vec<String> = meta
        .author
        .iter()
        .flat_map(|a| a.split(','))
        .map(|a| a.trim().to_lowercase())
        .filter(|a| !a.is_empty())
        .collect();
    blocks.retain(|b| match b {
        Block::Paragraph(t) => {
            let words = t.split_whitespace().count();
            let lower = t.to_lowercase();
            let names_author = authors.iter().any(|a| lower.contains(a.as_str()));
            let byline = words <= BYLINE_MAX_WORDS
                && (names_author
                    || (lower.starts_with("by ")
                        && t.chars().nth(3).is_some_and(char::is_uppercase)));
            !byline
        }
        Block::Heading(_) => true,
    });
    // A heading is kept only when a paragraph follows it before the next heading.
    let mut keep = vec![true; blocks.len()];
    for i in 0..blocks.len() {
        if matches!(blocks[i], Block::Heading(_)) {
            keep[i] = matches!(blocks.get(i + 1), Some(Block::Paragraph(_)));
        }
    }
    let mut k = keep.into_iter();
    blocks.retain(|_| k.next().unwrap_or(true));
}

/// A title without the outlet's name tacked on (`Headline | Outlet`, `Headline - Outlet`).
fn without_outlet(title: &str, outlet: Option<&str>) -> String {
    let Some(outlet) = outlet else {
        return title.to_string();
    };
    for sep in [" | ", " - ", " – ", " — ", " · "] {
        if let Some(head) = title.strip_suffix(&format!("{sep}{outlet}")) {
            return head.trim().to_string();
        }
    }
    title.to_string()
}

/// Does an element hold block elements (a `blockquote` of paragraphs, a `li` with a `p`)?
fn has_block_child(node: &NodeRef) -> bool {
    node.element_children().iter().any(|c| {
        let n = c.node_name().map(|n| n.to_lowercase()).unwrap_or_default();
        BLOCKS.contains(&n.as_str()) || HEADINGS.contains(&n.as_str()) || has_block_child(c)
    })
}

fn is_furniture(text: &str) -> bool {
    let t = text.to_lowercase();
    FURNITURE_PREFIXES.iter().any(|p| t.starts_with(p))
}

/// White space folded to single spaces, trimmed.
fn clean(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `YYYY-MM-DD` from an ISO 8601 date or date-time, when it is a calendar date.
fn date_of(s: &str) -> Option<String> {
    let d: String = s.trim().chars().take(10).collect();
    crate::source::calendar_date(&d)
}

/// The page's metadata: JSON-LD first, then OpenGraph / `article:` tags, then `<title>` and the
/// canonical link.
fn metadata(doc: &Document, url: Option<&str>) -> SourceMeta {
    let mut m = SourceMeta::default();
    for script in doc.select("script[type='application/ld+json']").iter() {
        let Ok(v) = serde_json::from_str::<Value>(&script.text()) else {
            continue;
        };
        if let Some(a) = find_news_article(&v) {
            fill_from_json_ld(&mut m, a);
            break;
        }
    }
    let meta_tag = |key: &str| -> Option<String> {
        for attr in ["property", "name"] {
            let sel = format!("meta[{attr}='{key}']");
            if let Some(c) = doc.select(&sel).attr("content") {
                let c = clean(&c);
                if !c.is_empty() {
                    return Some(c);
                }
            }
        }
        None
    };
    if m.title.is_empty() {
        m.title = meta_tag("og:title").unwrap_or_default();
    }
    if m.outlet.is_none() {
        m.outlet = meta_tag("og:site_name");
    }
    if m.published.is_none() {
        m.published = meta_tag("article:published_time").and_then(|d| date_of(&d));
    }
    if m.author.is_none() {
        m.author = meta_tag("article:author")
            .or_else(|| meta_tag("author"))
            .filter(|a| !a.starts_with("http"));
    }
    if m.url.is_none() {
        m.url = doc
            .select("link[rel='canonical']")
            .attr("href")
            .map(|h| h.to_string())
            .or_else(|| meta_tag("og:url"))
            .filter(|u| u.starts_with("https://") || u.starts_with("http://"))
            .or_else(|| url.map(str::to_string));
    }
    if m.title.is_empty() {
        m.title = clean(&doc.select("title").text());
    }
    m
}

/// The first object typed `NewsArticle` (or `Article`, `ReportageNewsArticle`, …) in JSON-LD,
/// inside a list or an `@graph`.
fn find_news_article(v: &Value) -> Option<&Value> {
    match v {
        Value::Array(items) => items.iter().find_map(find_news_article),
        Value::Object(o) => {
            let is_article = |t: &Value| {
                t.as_str()
                    .is_some_and(|s| s.ends_with("Article") || s == "LiveBlogPosting")
            };
            let typed = match o.get("@type") {
                Some(Value::Array(ts)) => ts.iter().any(is_article),
                Some(t) => is_article(t),
                None => false,
            };
            if typed {
                return Some(v);
            }
            o.get("@graph").and_then(find_news_article)
        }
        _ => None,
    }
}

fn fill_from_json_ld(m: &mut SourceMeta, a: &Value) {
    let text = |v: &Value| -> Option<String> {
        match v {
            Value::String(s) => Some(clean(s)).filter(|s| !s.is_empty()),
            Value::Object(o) => o.get("name").and_then(|n| n.as_str()).map(clean),
            Value::Array(items) => {
                let names: Vec<String> = items
                    .iter()
                    .filter_map(|i| match i {
                        Value::String(s) => Some(clean(s)),
                        Value::Object(o) => o.get("name").and_then(|n| n.as_str()).map(clean),
                        _ => None,
                    })
                    .filter(|s| !s.is_empty())
                    .collect();
                (!names.is_empty()).then(|| names.join(", "))
            }
            _ => None,
        }
    };
    if let Some(h) = a.get("headline").and_then(text) {
        m.title = h;
    }
    m.published = a
        .get("datePublished")
        .and_then(|d| d.as_str())
        .and_then(date_of);
    m.author = a.get("author").and_then(text);
    m.outlet = a.get("publisher").and_then(text);
    m.url = a
        .get("url")
        .or_else(|| {
            a.get("mainEntityOfPage")
                .and_then(|p| p.get("@id").or(Some(p)))
        })
        .and_then(|u| u.as_str())
        .filter(|u| u.starts_with("https://") || u.starts_with("http://"))
        .map(str::to_string);
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<html><head><title>Envoys meet | The Wire</title>
<meta property="og:site_name" content="The Wire">
<link rel="canonical" href="https://wire.example/envoys">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
{"@type":"NewsArticle","headline":"Envoys meet in Geneva","datePublished":"2026-11-20T09:00:00Z",
"author":[{"@type":"Person","name":"Ana Petrova"}],"publisher":{"@type":"Organization","name":"The Wire"}}]}</script>
</head><body><nav><a href="/">Home</a><a href="/world">World</a></nav>
<article><h1>Envoys meet in Geneva</h1>
<figure><img src="a.jpg"><figcaption>Delegates arrive. Photo: Agency</figcaption></figure>
<p>Envoys from both sides met in Geneva on Thursday for a third round of talks on a ceasefire, officials said, with the question of territory still open.</p>
<p>“We are closer than we were,” the mediator told reporters after the session, adding that a fourth round could follow within weeks if both delegations agreed.</p>
<h2>What comes next</h2>
<p>Read more: Earlier talks collapsed</p>
<p>The next meeting is expected before the end of the month, according to two people familiar with the plans, who spoke on condition of anonymity.</p>
</article><aside><h3>Related</h3><ul><li>Other story</li></ul></aside></body></html>"#;

    #[test]
    fn a_news_page_becomes_its_paragraphs_and_metadata() {
        let p = parse_page(PAGE, Some("https://wire.example/envoys?utm=x")).unwrap();
        assert_eq!(p.meta.title, "Envoys meet in Geneva");
        assert_eq!(p.meta.outlet.as_deref(), Some("The Wire"));
        assert_eq!(p.meta.published.as_deref(), Some("2026-11-20"));
        assert_eq!(p.meta.author.as_deref(), Some("Ana Petrova"));
        assert_eq!(p.meta.url.as_deref(), Some("https://wire.example/envoys"));
        let texts: Vec<String> = p
            .blocks
            .iter()
            .map(|b| match b {
                Block::Heading(t) => format!("# {t}"),
                Block::Paragraph(t) => t.clone(),
            })
            .collect();
        assert_eq!(texts.len(), 4, "{texts:#?}");
        assert!(texts[0].starts_with("Envoys from both sides"));
        assert_eq!(texts[2], "# What comes next");
        assert!(texts
            .iter()
            .all(|t| !t.contains("Photo:") && !t.contains("Read more")));
    }

    #[test]
    fn stubs_and_empty_pages_are_errors() {
        let stub = "<html><body><article><p>Envoys met. Subscribe to continue reading this story.</p></article></body></html>";
        assert!(matches!(parse_page(stub, None), Err(ImportError::Paywall)));
        let empty = "<html><body><p>Hi</p></body></html>";
        assert!(matches!(
            parse_page(empty, None),
            Err(ImportError::NoArticle(_))
        ));
        assert_eq!(date_of("2026-02-28T00:00:00"), Some("2026-02-28".into()));
        assert_eq!(date_of("2026-02-30"), None);
        assert_eq!(date_of("yesterday"), None);
    }
}
