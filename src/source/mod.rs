//! Article files: reading them as UTF-8, their optional front matter (TOML or `key: value`
//! lines), and their body split into paragraphs and section headings, all kept as byte ranges
//! into the file's text.
//!
//! Parsing is a pure function of `(file name, text)` ([`parse_article`]); [`read_article`] is the
//! one-line wrapper that opens the file.

mod frontmatter;
mod furniture;
pub use furniture::is_promo_sentence;

use std::path::{Path, PathBuf};

pub use crate::model::SourceMeta;
pub use frontmatter::calendar_date;

use crate::error::{DataError, DataErrors};

/// One paragraph of an article's body, as a byte range into the file's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// 1-based number of the paragraph in the article (headings are not counted).
    pub number: usize,
    /// The heading of the section the paragraph sits in, if any.
    pub section: Option<String>,
    /// Byte offset of the paragraph's first character in the file.
    pub start: usize,
    /// Byte offset just past the paragraph's last non-blank character.
    pub end: usize,
}

/// A parsed article: its whole text, its metadata and its paragraphs.
#[derive(Debug, Clone)]
pub struct Article {
    /// The file it came from (as given, or relative to the data directory).
    pub file: PathBuf,
    /// The file's whole text; every offset in Parley points into it.
    pub text: String,
    pub meta: SourceMeta,
    pub paragraphs: Vec<Paragraph>,
}

impl Article {
    /// The text of a paragraph.
    pub fn paragraph_text(&self, p: &Paragraph) -> &str {
        &self.text[p.start..p.end]
    }
}

/// Shortest standfirst dropped as a repeat of the lead (shorter lines are headings or labels).
const MIN_REPEATED_LEN: usize = 40;

/// The file extensions Parley reads as articles.
pub const ARTICLE_EXTENSIONS: &[&str] = &["md", "txt"];

/// Is this path an article file by its extension? Hidden files (`._talks.md` that macOS copies
/// beside every file, editor lock files) are not articles.
pub fn is_article_file(path: &Path) -> bool {
    let hidden = path
        .file_name()
        .is_some_and(|n| n.to_string_lossy().starts_with('.'));
    !hidden
        && path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| ARTICLE_EXTENSIONS.iter().any(|x| x.eq_ignore_ascii_case(e)))
}

/// Reads a data file as UTF-8 text: the one way Parley reads any file of a data directory
/// (articles, `curated.toml`, `synonyms.toml`). `display` is the name errors use. A missing file
/// is `Ok(None)` when `optional`, an error otherwise.
pub fn read_text(
    path: &Path,
    display: &Path,
    optional: bool,
) -> Result<Option<String>, DataErrors> {
    match std::fs::read(path) {
        Ok(bytes) => decode_utf8(&bytes, display).map(Some),
        Err(e) if optional && e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(DataErrors(vec![DataError::new(
            display,
            None,
            format!("cannot read file: {e}"),
        )])),
    }
}

/// Reads and parses one article file. `display` is the name errors and citations use for it.
pub fn read_article(path: &Path, display: &Path) -> Result<Article, DataErrors> {
    let text = read_text(path, display, false)?.unwrap_or_default();
    parse_article(display, text)
}

/// Turns file bytes into text, or an error naming the line of the first invalid byte.
pub fn decode_utf8(bytes: &[u8], display: &Path) -> Result<String, DataErrors> {
    match String::from_utf8(bytes.to_vec()) {
        Ok(text) if !text.contains('\0') => Ok(text),
        Ok(text) => {
            let at = text.find('\0').unwrap_or(0);
            Err(DataErrors(vec![DataError::new(
                display,
                Some(line_of(&text, at)),
                "not a text file (contains a NUL byte)",
            )]))
        }
        Err(_) if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) => {
            Err(DataErrors(vec![DataError::new(
                display,
                Some(1),
                "UTF-16 text (it starts with a UTF-16 byte order mark): save it as UTF-8",
            )]))
        }
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            Err(DataErrors(vec![DataError::new(
                display,
                Some(line),
                format!("not UTF-8 text (invalid byte at offset {at})"),
            )]))
        }
    }
}

/// 1-based line number of a byte offset in `text`.
pub fn line_of(text: &str, offset: usize) -> usize {
    let offset = offset.min(text.len());
    text.as_bytes()[..offset]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// Parses an article from its text: front matter (optional), then paragraphs and headings.
pub fn parse_article(file: &Path, text: String) -> Result<Article, DataErrors> {
    let (mut meta, body_start) = frontmatter::split(file, &text)?;
    // No title given (it is the file's name): a Markdown `# ` headline over the story names it.
    let stem = file.file_stem().map(|s| s.to_string_lossy());
    if stem.is_some_and(|s| s == meta.title) {
        if let Some(h) = markdown_title(&text[body_start..]) {
            meta.title = h;
        }
    }
    let paragraphs = split_paragraphs(&text, body_start, &meta.title, meta.outlet.as_deref());
    Ok(Article {
        file: file.to_path_buf(),
        text,
        meta,
        paragraphs,
    })
}

/// The headline of a Markdown body that opens with one (`# Envoys meet`; not a `## ` section).
fn markdown_title(body: &str) -> Option<String> {
    let first = body.lines().map(str::trim).find(|l| !l.is_empty())?;
    let h = frontmatter::one_line(first.strip_prefix("# ")?.trim_end_matches(['#', ' ']));
    (!h.is_empty()).then_some(h)
}

/// A line of the body: byte range without its line break.
#[derive(Debug, Clone, Copy)]
struct Line {
    start: usize,
    end: usize,
}

fn body_lines(text: &str, from: usize) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut start = from;
    for (i, b) in text.as_bytes()[from..].iter().enumerate() {
        if *b == b'\n' {
            lines.push(Line {
                start,
                end: from + i,
            });
            start = from + i + 1;
        }
    }
    if start < text.len() {
        lines.push(Line {
            start,
            end: text.len(),
        });
    }
    lines
}

/// Trims whitespace (and a trailing `\r`) off a byte range of `text`.
fn trim_range(text: &str, start: usize, end: usize) -> (usize, usize) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead == s.len() {
        return (start, start);
    }
    (start + lead, end - trail)
}

/// A line of hard-wrapped text is at most this long (wrapping is at 72–80 columns); a longer line
/// between blank lines is a paragraph of its own, as are the lines beside it.
const MAX_WRAPPED_LINE_CHARS: usize = 100;

/// Splits the body into blocks: blank-line separated when the body has a blank line between two
/// non-blank lines, else one block per line.
fn blocks(text: &str, from: usize) -> Vec<(usize, usize)> {
    let lines = body_lines(text, from);
    let blank = |l: &Line| text[l.start..l.end].trim().is_empty();
    let first = lines.iter().position(|l| !blank(l));
    let last = lines.iter().rposition(|l| !blank(l));
    let (Some(first), Some(last)) = (first, last) else {
        return Vec::new();
    };
    let lines = &lines[first..=last];
    let by_blank_lines = lines.iter().any(blank);
    let mut out = Vec::new();
    if by_blank_lines {
        // The lines between two blank lines: one block of wrapped lines, or, when one of them is
        // longer than anyone wraps, one paragraph per line (a page's copy that puts a blank line
        // only here and there).
        for group in lines.split(blank).filter(|g| !g.is_empty()) {
            let unwrapped = group
                .iter()
                .any(|l| text[l.start..l.end].trim().chars().count() > MAX_WRAPPED_LINE_CHARS);
            if unwrapped {
                out.extend(group.iter().map(|l| (l.start, l.end)));
                continue;
            }
            // A page line in the group (`Last updated: … By …` over the story's first line) is
            // a block of its own, so it is dropped as furniture, not glued to the story. A
            // wrapped sentence goes on in lower case; a new line opens in capitals.
            let line = |l: &Line| text[l.start..l.end].trim();
            let page: Vec<bool> = group
                .iter()
                .map(|l| furniture::is_furniture(line(l)))
                .collect();
            let mut from = 0;
            for k in 1..group.len() {
                if (page[k - 1] || page[k]) && opens_line(line(&group[k])) {
                    out.push((group[from].start, group[k - 1].end));
                    from = k;
                }
            }
            out.push((group[from].start, group[group.len() - 1].end));
        }
    } else {
        out.extend(lines.iter().map(|l| (l.start, l.end)));
    }
    out.into_iter()
        .map(|(s, e)| trim_range(text, s, e))
        .filter(|(s, e)| s < e)
        .collect()
}

/// Does a line open anew rather than go on from a wrapped one: a capital, a digit or a quotation
/// mark first?
fn opens_line(line: &str) -> bool {
    line.trim_start_matches(['"', '“', '‘', '\'', '«', '(', '©', '•'])
        .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
}

/// Is this block a section heading: a Markdown `#` line, or a short single line that does not end
/// like a sentence and starts with a capital letter or digit?
fn heading_text(block: &str) -> Option<String> {
    if block.contains('\n') {
        return None;
    }
    if let Some(rest) = block.strip_prefix('#') {
        let h = rest.trim_start_matches('#').trim();
        return (!h.is_empty()).then(|| h.to_string());
    }
    // A headline or deck repeated in the body (`Merz: Europe 'will not be a bystander'`) holds
    // quotations: it is a paragraph, not the name of a section.
    let quoted = block.contains(['“', '"', '‘', '«', '„'])
        || block.contains(" '")
        || block.starts_with('\'');
    if quoted {
        return None;
    }
    let words = block.split_whitespace().count();
    // `Ola Brandt (on the penalty)`: a heading may end with a short aside in lower case; its
    // words before the aside say whether it ends like a sentence.
    let last = without_aside(block).chars().last()?;
    let first = block.chars().next()?;
    let ends_like_sentence = matches!(
        last,
        '.' | '!'
            | '?'
            | ':'
            | ';'
            | ','
            | '"'
            | '\''
            | '”'
            | '’'
            | ')'
            | ']'
            | '…'
            | '—'
            | '–'
            | '-'
    );
    (words <= 12
        && block.chars().count() <= 90
        && !ends_like_sentence
        && (first.is_uppercase() || first.is_ascii_digit()))
    .then(|| block.to_string())
}

/// Most words of a lower-case aside in brackets ending a heading (`(on the penalty)`).
const MAX_HEADING_ASIDE_WORDS: usize = 5;

/// A heading without the aside in brackets it may end with (`Ola Brandt (on the penalty)` →
/// `Ola Brandt`): lower case first, no more than [`MAX_HEADING_ASIDE_WORDS`] words. An agency's
/// credit (`(Reuters)`) is no aside: such a heading comes back whole.
pub fn without_aside(heading: &str) -> &str {
    let Some(open) = heading.strip_suffix(')').and_then(|h| h.rfind(" (")) else {
        return heading;
    };
    let aside = &heading[open + 2..heading.len() - 1];
    let ok = aside.starts_with(char::is_lowercase)
        && !aside.contains(['(', ')'])
        && aside.split_whitespace().count() <= MAX_HEADING_ASIDE_WORDS
        && open > 0;
    if ok {
        heading[..open].trim_end()
    } else {
        heading
    }
}

/// The headline repeated in the body is looked for among this many first blocks (after a kicker,
/// a section name or a date line).
const HEADLINE_BLOCKS: usize = 6;
/// A title of fewer words is too short to tell from a sentence that happens to match it.
const MIN_HEADLINE_WORDS: usize = 4;
/// What an outlet's name may add around the repeated headline (`- Xinhua`, `| GreenBkk Tech`).
const MAX_OUTLET_CHARS: usize = 30;

/// A block among the first ones that holds the headline on a line of its own below lines of the
/// page (`Skip to main content` over the site's name and its section): those lines are dropped,
/// and the headline and what follows it become blocks of their own.
fn unstack(text: &str, blocks: Vec<(usize, usize)>, title: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(blocks.len());
    for (i, (start, end)) in blocks.into_iter().enumerate() {
        let block = &text[start..end];
        // Only a block of several lines among the first can hold the headline below page lines.
        if i >= HEADLINE_BLOCKS || !block.contains('\n') {
            out.push((start, end));
            continue;
        }
        let mut lines = Vec::new();
        let mut at = start;
        for line in block.split('\n') {
            lines.push(trim_range(text, at, at + line.len()));
            at += line.len() + 1;
        }
        let headline = lines
            .iter()
            .position(|&(s, e)| is_headline(&text[s..e], title))
            .filter(|&k| {
                k > 0
                    && lines[..k].iter().all(|&(s, e)| {
                        let l = &text[s..e];
                        heading_text(l).is_some() || furniture::is_furniture(l)
                    })
            });
        match headline {
            Some(k) => {
                out.push(lines[k]);
                if let (Some(&(s, _)), Some(&(_, e))) = (lines.get(k + 1), lines.last()) {
                    out.push((s, e));
                }
            }
            None => out.push((start, end)),
        }
    }
    out
}

fn split_paragraphs(
    text: &str,
    body_start: usize,
    title: &str,
    outlet: Option<&str>,
) -> Vec<Paragraph> {
    let blocks = unstack(text, blocks(text, body_start), title);
    let mut out = Vec::new();
    let mut section: Option<String> = None;
    for (i, &(start, end)) in blocks.iter().enumerate() {
        let block = &text[start..end];
        // The outlet's name alone on a line: a masthead or a logo's text.
        let masthead = outlet.is_some_and(|o| block.trim().eq_ignore_ascii_case(o.trim()));
        if masthead || furniture::is_furniture(block) {
            continue;
        }
        // A photo's short title line over its caption, which holds it (`David Lammy` over
        // `Foreign Secretary David Lammy (PA)`): the caption's.
        let caption_title = blocks.get(i + 1).is_some_and(|&(ns, ne)| {
            let next = &text[ns..ne];
            let head = block.trim();
            !head.is_empty()
                && next.len() > head.len()
                && next.contains(head)
                && furniture::is_furniture(next)
        });
        if caption_title {
            continue;
        }
        // The page's headline repeated at the top of the body, with no quotation in it (a quoted
        // headline is kept for its quote): the title already names the article.
        if i < HEADLINE_BLOCKS && i + 1 < blocks.len() && is_headline(block, title) {
            // What stood above it was the page's, not a section of the story.
            section = None;
            continue;
        }
        // A standfirst that the lead repeats word for word is said once, by the lead.
        let repeated = blocks.get(i + 1).is_some_and(|&(ns, ne)| {
            let next = &text[ns + furniture::dateline_len(&text[ns..ne])..ne];
            let head = block.trim_end_matches(['.', '…']);
            head.len() >= MIN_REPEATED_LEN && next.starts_with(head)
        });
        if repeated {
            continue;
        }
        // Neither an advertisement label glued to the paragraph nor a dateline is part of its
        // first sentence.
        let start = start + furniture::glued_ad_len(block);
        let start = start + furniture::dateline_len(&text[start..end]);
        if start >= end {
            continue;
        }
        let is_last = i + 1 == blocks.len();
        if !is_last {
            if let Some(h) = heading_text(&text[start..end]) {
                section = Some(h);
                continue;
            }
        }
        out.push(Paragraph {
            number: out.len() + 1,
            section: section.clone(),
            start,
            end,
        });
    }
    out
}

/// A path shown relative to `base` when it lies under it.
pub fn display_path(path: &Path, base: &Path) -> PathBuf {
    path.strip_prefix(base)
        .map(Path::to_path_buf)
        .unwrap_or_else(|_| path.to_path_buf())
}

/// Is a block the article's title again, give or take an outlet suffix (`… - Xinhua`,
/// `… | GreenBkk Tech`) or prefix, and holding no quotation?
fn is_headline(block: &str, title: &str) -> bool {
    let norm = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric() || c.is_whitespace())
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let quoted = block.contains(['“', '”', '"', '«', '„', '‘'])
        || block.contains(" '")
        || block.starts_with('\'');
    let (b, t) = (norm(block), norm(title));
    !quoted
        && t.split(' ').count() >= MIN_HEADLINE_WORDS
        && (b == t || b.contains(&t) && b.len() <= t.len() + MAX_OUTLET_CHARS)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Article {
        parse_article(Path::new("a.md"), text.to_string()).unwrap()
    }

    #[test]
    fn a_markdown_headline_over_the_story_is_its_title() {
        // No front matter: the `# ` line the article opens with names it, and is no section.
        let a = parse("# Envoys agree to meet again\n\nBy Ann Lowe\n\nThe envoys met on Monday.\n");
        assert_eq!(a.meta.title, "Envoys agree to meet again");
        assert_eq!(a.paragraphs.len(), 1);
        assert_eq!(a.paragraphs[0].section, None);
        // A title the front matter gives stands; the `# ` line is then a section as before.
        let a = parse("+++\ntitle = \"Talks\"\n+++\n# Day one\n\nThe envoys met.\n\nThey left.\n");
        assert_eq!(a.meta.title, "Talks");
        // A `## ` line opening the body is a section, not the title.
        let a = parse("## Day one\n\nThe envoys met.\n");
        assert_ne!(a.meta.title, "Day one");
    }

    #[test]
    fn one_paragraph_per_line_without_blank_lines() {
        let a = parse("\nFirst para. Two.\nHeading Here\nSecond para.\nThird para.\n");
        let texts: Vec<_> = a.paragraphs.iter().map(|p| a.paragraph_text(p)).collect();
        assert_eq!(texts, ["First para. Two.", "Second para.", "Third para."]);
        assert_eq!(a.paragraphs[0].section, None);
        assert_eq!(a.paragraphs[1].section.as_deref(), Some("Heading Here"));
        assert_eq!(a.paragraphs[2].number, 3);
    }

    #[test]
    fn blank_line_separated_paragraphs_keep_wrapped_lines() {
        let a = parse("One line\nwrapped here.\n\n## Section two\n\nAnother one.\r\n");
        let texts: Vec<_> = a.paragraphs.iter().map(|p| a.paragraph_text(p)).collect();
        assert_eq!(texts, ["One line\nwrapped here.", "Another one."]);
        assert_eq!(a.paragraphs[1].section.as_deref(), Some("Section two"));
    }

    #[test]
    fn a_page_line_at_the_edge_of_a_block_is_not_glued_to_the_story() {
        let a = parse(
            "Intro line.\n\nLast updated: 4 March 2026 By Ann Lowe\nThe vote passed on Monday.\n\
             The count was close.\nAdvertisement\n\nA line\nwrapped by the editor.\n",
        );
        let texts: Vec<_> = a.paragraphs.iter().map(|p| a.paragraph_text(p)).collect();
        assert_eq!(
            texts,
            [
                "Intro line.",
                "The vote passed on Monday.\nThe count was close.",
                "A line\nwrapped by the editor."
            ]
        );
        // A wrapped line that only looks like a page line stays: it goes on in lower case.
        let a = parse("Intro line.\n\nShare prices slid after\nthe bank said so.\n");
        let texts: Vec<_> = a.paragraphs.iter().map(|p| a.paragraph_text(p)).collect();
        assert_eq!(
            texts,
            ["Intro line.", "Share prices slid after\nthe bank said so."]
        );
    }

    #[test]
    fn lines_longer_than_anyone_wraps_are_paragraphs_though_blank_lines_are_rare() {
        let long =
            "Officials said on Monday that the two delegations would meet again in the same \
                    city next week to continue the talks on a ceasefire.";
        let a = parse(&format!(
            "Talks to resume next week, officials say\n{long}\n\u{201c}We are ready,\u{201d} \
             she said.\n\nA wrapped line of a\nsecond paragraph."
        ));
        let texts: Vec<_> = a.paragraphs.iter().map(|p| a.paragraph_text(p)).collect();
        assert_eq!(
            texts,
            [
                long,
                "\u{201c}We are ready,\u{201d} she said.",
                "A wrapped line of a\nsecond paragraph."
            ]
        );
    }

    #[test]
    fn a_quoted_headline_is_a_paragraph_and_furniture_is_dropped() {
        let a = parse(
            "Merz: Europe 'will not be a bystander'\n\nBy Anna Lee\n\n17 February 2026\n\n\
             BERLIN (Reuters) - Talks began.\n\nSecond.",
        );
        let texts: Vec<_> = a.paragraphs.iter().map(|p| a.paragraph_text(p)).collect();
        assert_eq!(
            texts,
            [
                "Merz: Europe 'will not be a bystander'",
                "Talks began.",
                "Second."
            ]
        );
        assert!(a.paragraphs.iter().all(|p| p.section.is_none()));
        let a = parse(
            "Talks in Geneva ended without a deal on Tuesday night.\n\n\
             Talks in Geneva ended without a deal on Tuesday night. Both sides left.",
        );
        assert_eq!(a.paragraphs.len(), 1);
    }

    #[test]
    fn the_headline_repeated_in_the_body_is_dropped_unless_it_quotes() {
        let body = |first: &str| {
            format!(
                "+++\ntitle = \"Envoys meet in Abu Dhabi for first three-way talks\"\n+++\n\n\
                 {first}\n\nThe envoys met on Friday.\n"
            )
        };
        for first in [
            "Envoys meet in Abu Dhabi for first three-way talks",
            "Envoys meet in Abu Dhabi for first three-way talks - Example Wire",
        ] {
            let a = parse(&body(first));
            let texts: Vec<_> = a.paragraphs.iter().map(|p| a.paragraph_text(p)).collect();
            assert_eq!(texts, ["The envoys met on Friday."], "{first}");
        }
        // A line that only shares words with the title, and a quoted headline, stay.
        for first in [
            "Envoys meet in Abu Dhabi for first three-way talks as the war goes on, and the talks \
             are expected to continue next week in another city.",
            "Envoys meet in Abu Dhabi for first three-way talks: 'no illusions'",
        ] {
            let a = parse(&body(first));
            assert_eq!(a.paragraphs.len(), 2, "{first}");
        }
    }

    /// The outlet's name alone on a line (a masthead or a logo's text) is the page's, not a
    /// section heading of the story.
    #[test]
    fn the_outlets_name_on_a_line_is_no_section() {
        let a = parse(
            "+++\ntitle = \"Ferry talks\"\noutlet = \"Example Star\"\n+++\n\n\
             The crews met on Friday.\n\nExample Star\n\nThey agreed to meet again.\n",
        );
        let sections: Vec<_> = a.paragraphs.iter().map(|p| p.section.clone()).collect();
        assert_eq!(sections, [None, None]);
    }

    /// A photo's short title line over its caption (`Mayor Ana Ruiz` over `Mayor Ana Ruiz opens
    /// the bridge (PA)`) is the caption's, not a section heading: the story runs on under it.
    #[test]
    fn a_captions_title_line_is_no_section() {
        let a = parse(
            "+++\ntitle = \"Ferry talks\"\n+++\n\n\
             The crews met on Friday.\n\nMayor Ana Ruiz\n\n\
             Mayor Ana Ruiz opens the new ferry terminal on Monday (Pool via AP)\n\n\
             They agreed to meet again.\n",
        );
        let texts: Vec<_> = a.paragraphs.iter().map(|p| a.paragraph_text(p)).collect();
        assert_eq!(
            texts,
            ["The crews met on Friday.", "They agreed to meet again."]
        );
        assert!(a.paragraphs.iter().all(|p| p.section.is_none()));
        // … or a caption giving the name with a title.
        let a = parse(
            "+++\ntitle = \"Ferry talks\"\n+++\n\n\
             The crews met on Friday.\n\nAna Ruiz\n\n\
             Transport Minister Ana Ruiz (Jo Smith/PA)\n\n\
             They agreed to meet again.\n",
        );
        assert!(a.paragraphs.iter().all(|p| p.section.is_none()));
        // A heading over a paragraph of the story stays a heading.
        let a = parse(
            "+++\ntitle = \"Ferry talks\"\n+++\n\nThe crews met.\n\nThe mayor's view\n\n\
             The mayor's view is that the ferry must run.\n",
        );
        assert_eq!(a.paragraphs[1].section.as_deref(), Some("The mayor's view"));
    }

    #[test]
    fn a_stack_of_page_lines_above_the_headline_is_dropped() {
        let a = parse(
            "+++\ntitle = \"Ferry crews to strike over the summer after talks fail\"\n+++\n\n\
             Skip to main content\nExample Portal\nMoney\n\
             Ferry crews to strike over the summer after talks fail\n\n\
             Story by Ana Ruiz • 2d\n\n\
             Ferry crews voted to strike for a week in August.\n\n\
             The company said it was disappointed.\n",
        );
        let texts: Vec<_> = a.paragraphs.iter().map(|p| a.paragraph_text(p)).collect();
        assert_eq!(
            texts,
            [
                "Ferry crews voted to strike for a week in August.",
                "The company said it was disappointed."
            ]
        );
        assert!(a.paragraphs.iter().all(|p| p.section.is_none()));
        // A paragraph wrapped over lines is not such a stack.
        let a = parse("Ferry crews voted\nto strike in August.\n\nSecond.");
        assert_eq!(
            a.paragraph_text(&a.paragraphs[0]),
            "Ferry crews voted\nto strike in August."
        );
    }

    #[test]
    fn a_last_short_line_is_a_paragraph_not_a_heading() {
        let a = parse("Para one.\nThe End");
        assert_eq!(a.paragraphs.len(), 2);
    }

    /// A heading may end with a short aside in lower case; a credit in brackets ends a caption.
    #[test]
    fn a_heading_with_an_aside() {
        assert_eq!(
            heading_text("Ola Brandt (on the penalty)").as_deref(),
            Some("Ola Brandt (on the penalty)")
        );
        assert_eq!(without_aside("Ola Brandt (on the penalty)"), "Ola Brandt");
        assert_eq!(heading_text("Vladimir Putin (Reuters)"), None);
        assert_eq!(heading_text("Prices rose (as expected)."), None);
        assert_eq!(without_aside("(on the penalty)"), "(on the penalty)");
    }

    #[test]
    fn article_files_by_extension_not_hidden_ones() {
        assert!(is_article_file(Path::new("data/sources/a.md")));
        assert!(is_article_file(Path::new("data/sources/b.TXT")));
        assert!(!is_article_file(Path::new("data/sources/._a.md")));
        assert!(!is_article_file(Path::new("data/sources/.#a.md")));
        assert!(!is_article_file(Path::new("data/sources/a.md~")));
        assert!(!is_article_file(Path::new("data/sources/a.pdf")));
    }

    #[test]
    fn title_defaults_to_file_stem() {
        let a = parse("Body.");
        assert_eq!(a.meta.title, "a");
    }

    #[test]
    fn utf16_says_to_save_as_utf8() {
        let e = decode_utf8(b"\xff\xfeH\x00i\x00", Path::new("x.txt")).unwrap_err();
        assert_eq!(e.0[0].line, Some(1));
        assert!(e.0[0].message.contains("save it as UTF-8"), "{e}");
    }

    #[test]
    fn non_utf8_names_the_line() {
        let e = decode_utf8(b"ok\nbad \xff here", Path::new("x.txt")).unwrap_err();
        assert_eq!(e.0[0].line, Some(2));
        assert!(e.0[0].to_string().starts_with("x.txt:2: not UTF-8"));
    }
}
