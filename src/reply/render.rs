//! Rendering a [`Reply`] as plain text, Discord content or an [`Embed`]: escaping Discord markdown
//! and mentions in everything that comes from an article or a user, and cutting text at a word
//! boundary with an ellipsis so every piece stays within Discord's limits.

use super::limits::{self, safe_url, truncate};
use super::{text, Embed, EmbedField, Item, Reply, ReplyKind};
use crate::model::Kind;

/// How much of a reply's text one item may take.
const ANSWER_CHARS: usize = 700;
const RELATED_CHARS: usize = 280;
const CITATION_CHARS: usize = 300;
const BODY_CHARS: usize = 700;
const SUGGESTION_CHARS: usize = 120;
/// What an embed's description keeps of the 6,000 characters, whatever the fields take.
const DESCRIPTION_RESERVE: usize = 1500;

/// Escapes Discord markdown, masked links, headings, quotes-blocks and mentions so the text shows
/// as written and pings nobody.
pub fn escape_markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut line_start = true;
    for c in s.chars() {
        match c {
            '\\' | '*' | '_' | '~' | '|' | '`' | '[' | ']' => {
                out.push('\\');
                out.push(c);
            }
            '#' | '>' | '-' | '+' if line_start => {
                out.push('\\');
                out.push(c);
            }
            '@' => {
                out.push('@');
                out.push('\u{200B}');
            }
            '<' => {
                out.push('<');
                out.push('\u{200B}');
            }
            _ => out.push(c),
        }
        if c == '\n' {
            line_start = true;
        } else if !(line_start && c.is_whitespace()) {
            line_start = false;
        }
    }
    out
}

struct Esc(bool);

impl Esc {
    fn s(&self, s: &str) -> String {
        if self.0 {
            escape_markdown(s)
        } else {
            s.to_string()
        }
    }
}

/// A quote running on over paragraphs shown as one: each paragraph break, with the marks that
/// close and reopen the quote around it, becomes a space.
fn one_paragraph(text: &str) -> String {
    if !text.contains('\n') {
        return text.to_string();
    }
    let is_mark = crate::extract::quotes::is_mark;
    let lines: Vec<&str> = text.split('\n').map(str::trim).collect();
    let last = lines.len() - 1;
    lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let line = if i > 0 {
                line.trim_start_matches(is_mark)
            } else {
                line
            };
            if i < last {
                line.trim_end_matches(is_mark)
            } else {
                line
            }
        })
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn item_text(item: &Item, max: usize, e: &Esc) -> String {
    let text = match item.kind {
        Kind::Quote => one_paragraph(&item.text),
        _ => item.text.clone(),
    };
    let body = truncate(&text, max);
    match item.kind {
        // A quote ends where the sentence goes on: its trailing comma is not shown.
        Kind::Quote => e.s(&text::quoted(
            body.trim_end_matches([',', ';', ':']).trim_end(),
            item.speaker.as_deref(),
            item.role.as_deref(),
        )),
        Kind::Fact => e.s(&body),
        // Reported speech says who spoke; when it names them only as "he" or "she", say who.
        Kind::Statement => e.s(&text::stated(&body, item.speaker.as_deref())),
    }
}

fn citation_line(item: &Item, e: &Esc, numbered: bool) -> String {
    let c = &item.citation;
    let line = text::citation(
        c.number,
        &c.title,
        c.outlet.as_deref(),
        c.published.as_deref(),
        c.section.as_deref(),
        c.paragraph,
        None,
    );
    let prefix = format!("[{}] ", c.number);
    let body = line.strip_prefix(&prefix).unwrap_or(&line);
    let mut line = e.s(&truncate(body, CITATION_CHARS));
    if numbered {
        line.insert_str(0, &prefix);
    }
    if let Some(u) = safe_url(c.url.as_deref()) {
        line.push(' ');
        line.push_str(u);
    }
    line
}

/// Plain text (terminal) or escaped content (Discord), ≤ 2,000 characters.
pub fn plain(r: &Reply, escape: bool) -> String {
    let e = Esc(escape);
    let mut out: Vec<String> = Vec::new();
    let answer = r.kind == ReplyKind::Answer;
    if !matches!(r.kind, ReplyKind::Answer | ReplyKind::NoAnswer) && !r.title.is_empty() {
        out.push(e.s(&truncate(&r.title, limits::EMBED_TITLE)));
    }
    if !r.body.is_empty() {
        out.push(e.s(&truncate(&r.body, BODY_CHARS)));
    }
    for (i, item) in r.items.iter().enumerate() {
        let n = item.citation.number;
        if answer && i == 0 {
            out.push(format!("{} [{n}]", item_text(item, ANSWER_CHARS, &e)));
        } else {
            if answer && i == 1 {
                out.push(String::new());
                out.push(text::RELATED.to_string());
            }
            out.push(format!("• {} [{n}]", item_text(item, RELATED_CHARS, &e)));
        }
    }
    if !r.items.is_empty() {
        out.push(String::new());
        for item in &r.items {
            out.push(citation_line(item, &e, true));
        }
    }
    if !r.suggestions.is_empty() {
        out.push(String::new());
        out.push(text::TRY.to_string());
        for s in &r.suggestions {
            out.push(format!("• {}", e.s(&truncate(s, SUGGESTION_CHARS))));
        }
    }
    truncate(&out.join("\n"), limits::CONTENT)
}

fn chars(s: &str) -> usize {
    s.chars().count()
}

/// The reply as an embed within every Discord limit.
pub fn embed(r: &Reply) -> Embed {
    let e = Esc(true);
    let answer = r.kind == ReplyKind::Answer;
    let title = truncate(
        &e.s(&truncate(&r.title, limits::EMBED_TITLE)),
        limits::EMBED_TITLE,
    );
    let mut desc: Vec<String> = Vec::new();
    if !r.body.is_empty() {
        desc.push(e.s(&r.body));
    }
    for (i, item) in r.items.iter().enumerate() {
        let n = item.citation.number;
        if answer && i == 0 {
            desc.push(format!("{} [{n}]", item_text(item, 1500, &e)));
        } else {
            if answer && i == 1 {
                desc.push(format!("\n**{}**", text::RELATED));
            }
            desc.push(format!("• {} [{n}]", item_text(item, 600, &e)));
        }
    }
    let mut fields: Vec<EmbedField> = Vec::new();
    for item in r.items.iter().take(limits::EMBED_FIELDS - 1) {
        let value = citation_line(item, &e, false);
        fields.push(EmbedField {
            name: format!("[{}]", item.citation.number),
            value: truncate(&value, limits::FIELD_VALUE),
            inline: false,
        });
    }
    if !r.suggestions.is_empty() {
        let value = r
            .suggestions
            .iter()
            .map(|s| format!("• {}", e.s(&truncate(s, SUGGESTION_CHARS))))
            .collect::<Vec<_>>()
            .join("\n");
        fields.push(EmbedField {
            name: text::TRY.to_string(),
            value: truncate(&value, limits::FIELD_VALUE),
            inline: false,
        });
    }
    let footer = answer.then(|| truncate(text::ANSWER_FOOTER, limits::FOOTER));
    // Fields may use what the title and footer leave, keeping room for the description.
    let mut budget = limits::EMBED_TOTAL
        .saturating_sub(chars(&title) + footer.as_deref().map_or(0, chars) + DESCRIPTION_RESERVE);
    fields.retain(|f| {
        let n = chars(&f.name) + chars(&f.value);
        if n <= budget {
            budget -= n;
            true
        } else {
            budget = 0;
            false
        }
    });
    let fixed = chars(&title)
        + fields
            .iter()
            .map(|f| chars(&f.name) + chars(&f.value))
            .sum::<usize>()
        + footer.as_deref().map_or(0, chars);
    let room = limits::EMBED_TOTAL
        .saturating_sub(fixed)
        .min(limits::EMBED_DESCRIPTION);
    let description = truncate(&desc.join("\n"), room);
    let url = r
        .answer()
        .and_then(|a| safe_url(a.citation.url.as_deref()))
        .map(str::to_string);
    Embed {
        title,
        description,
        fields,
        footer,
        url,
    }
}

#[cfg(test)]
mod tests {
    use super::super::Citation;
    use super::*;

    fn item(kind: Kind, text: &str, n: usize) -> Item {
        Item {
            kind,
            text: text.to_string(),
            speaker: Some("A @everyone <@123> *Name*".repeat(20)),
            role: Some("role_".repeat(100)),
            citation: Citation {
                number: n,
                title: "T [x](http://evil) ".repeat(100),
                outlet: Some("O".repeat(3000)),
                published: Some("2025-01-01".into()),
                section: Some("# S ".repeat(300)),
                paragraph: 7,
                url: Some("https://example.com/a_b".into()),
            },
        }
    }

    fn huge_reply(kind: ReplyKind) -> Reply {
        let big = "word *bold* @here <#1> ".repeat(2000);
        Reply {
            kind,
            title: big.clone(),
            body: big.clone(),
            items: (1..=40)
                .map(|n| item(if n % 2 == 0 { Kind::Quote } else { Kind::Fact }, &big, n))
                .collect(),
            suggestions: vec![big.clone(); 30],
        }
    }

    #[test]
    fn huge_inputs_stay_within_every_limit() {
        for kind in [ReplyKind::Answer, ReplyKind::NoAnswer, ReplyKind::Info] {
            let r = huge_reply(kind);
            assert!(chars(&r.text()) <= limits::CONTENT);
            assert!(chars(&r.discord_content()) <= limits::CONTENT);
            let e = r.embed();
            assert!(chars(&e.title) <= limits::EMBED_TITLE);
            assert!(chars(&e.description) <= limits::EMBED_DESCRIPTION);
            assert!(e.fields.len() <= limits::EMBED_FIELDS);
            for f in &e.fields {
                assert!(chars(&f.name) <= limits::FIELD_NAME);
                assert!(chars(&f.value) <= limits::FIELD_VALUE);
            }
            let footer = e.footer.as_deref().map_or(0, chars);
            assert!(footer <= limits::FOOTER);
            let total = chars(&e.title)
                + chars(&e.description)
                + e.fields
                    .iter()
                    .map(|f| chars(&f.name) + chars(&f.value))
                    .sum::<usize>()
                + footer;
            assert!(total <= limits::EMBED_TOTAL, "{total}");
        }
    }

    #[test]
    fn escaping_defuses_markdown_links_and_mentions() {
        let s = escape_markdown(
            "# Head\n> q *b* _i_ ~~s~~ ||sp|| `c` [x](http://e) @everyone <@1> <@&2> <#3> \\",
        );
        assert!(!s.contains("@everyone"));
        assert!(!s.contains("<@"));
        assert!(!s.contains("<#"));
        assert!(s.starts_with("\\# Head\n\\> q \\*b\\* \\_i\\_ \\~\\~s\\~\\~ \\|\\|sp\\|\\| \\`c\\` \\[x\\](http://e)"));
        assert!(s.ends_with("\\\\"));
    }

    #[test]
    fn embed_and_content_escape_article_text() {
        let r = huge_reply(ReplyKind::Answer);
        let e = r.embed();
        assert!(!e.description.contains("@here"));
        assert!(!e.description.contains("<#"));
        assert!(!e.title.contains("*bold*"));
        assert!(!r.discord_content().contains("@here"));
        assert_eq!(e.url.as_deref(), Some("https://example.com/a_b"));
    }
}
