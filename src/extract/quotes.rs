//! Direct quotations: pairing “curly” and "straight" double quote marks within a paragraph, or
//! across paragraphs when a quote runs on (a paragraph leaves it open and the next one reopens
//! it). Single quotes only ever nest inside, so apostrophes (`We’re`, `’90s`) never matter.

use crate::source::Paragraph;

/// One quotation found in the text: byte offsets into the whole file text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteSpan {
    /// Offset of the opening mark.
    pub open: usize,
    /// Offset of the first byte inside the marks (after trimming whitespace).
    pub start: usize,
    /// Offset just past the last byte inside the marks (after trimming whitespace).
    pub end: usize,
    /// Offset just past the closing mark (the paragraph end when the quote was never closed).
    pub close_end: usize,
    /// Index (0-based) into the article's paragraphs where the quote opens.
    pub para: usize,
    /// Index of the paragraph where it closes.
    pub last_para: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Curly,
    Straight,
}

#[derive(Debug, Clone, Copy)]
struct Open {
    kind: Kind,
    open: usize,
    inner: usize,
    para: usize,
}

fn opens_after(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '(' | '[' | '{' | '—' | '–' | '-' | '/' | '‘' | '\'' | ':' | ',' | ';'
                )
        }
    }
}

fn closes_before(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace() || (c.is_ascii_punctuation() && c != '"') || "—–…’”)]".contains(c)
        }
    }
}

/// Finds every double-quoted quotation in the article's paragraphs. Linear in the text size.
pub fn find(text: &str, paragraphs: &[Paragraph]) -> Vec<QuoteSpan> {
    let mut out = Vec::new();
    let mut carried: Option<Open> = None;
    for (pi, p) in paragraphs.iter().enumerate() {
        let Some(ptext) = text.get(p.start..p.end) else {
            continue;
        };
        let mut open: Option<Open> = None;
        let mut chars = ptext.char_indices().peekable();
        let mut prev: Option<char> = None;
        // A quote left open by the previous paragraph continues: this one reopens it.
        if let Some(c) = carried.take() {
            open = Some(c);
            prev = chars.next().map(|x| x.1);
        }
        while let Some((i, c)) = chars.next() {
            let next = chars.peek().map(|x| x.1);
            let at = p.start + i;
            match c {
                '“' | '„' | '«' if open.is_none() => {
                    open = Some(Open {
                        kind: Kind::Curly,
                        open: at,
                        inner: at + c.len_utf8(),
                        para: pi,
                    });
                }
                '”' | '»' => {
                    if let Some(o) = open {
                        if o.kind == Kind::Curly {
                            push(text, o, at, at + c.len_utf8(), pi, &mut out);
                            open = None;
                        }
                    }
                }
                '"' => {
                    let can_open = opens_after(prev) && next.is_some_and(|n| !n.is_whitespace());
                    let can_close = closes_before(next) && prev.is_some_and(|p| !p.is_whitespace());
                    match open {
                        Some(o) if o.kind == Kind::Straight && can_close => {
                            push(text, o, at, at + 1, pi, &mut out);
                            open = None;
                        }
                        None if can_open => {
                            open = Some(Open {
                                kind: Kind::Straight,
                                open: at,
                                inner: at + 1,
                                para: pi,
                            });
                        }
                        _ => {}
                    }
                }
                _ => {}
            }
            prev = Some(c);
        }
        if let Some(o) = open {
            // Left open: it runs on only if the next paragraph reopens it.
            let reopens = paragraphs.get(pi + 1).is_some_and(|n| {
                text.get(n.start..n.end)
                    .and_then(|t| t.chars().next())
                    .is_some_and(|c| matches!(c, '“' | '"' | '«'))
            });
            if reopens {
                carried = Some(o);
            } else {
                close_unclosed(text, paragraphs, o, pi, &mut out);
            }
        }
    }
    out
}

/// A quote that never closes ends where its last paragraph ends (it never swallows more).
fn close_unclosed(
    text: &str,
    paragraphs: &[Paragraph],
    o: Open,
    last: usize,
    out: &mut Vec<QuoteSpan>,
) {
    let end = paragraphs.get(last).map_or(o.inner, |p| p.end).max(o.inner);
    push(text, o, end, end, last, out);
}

fn push(
    text: &str,
    o: Open,
    close: usize,
    close_end: usize,
    last_para: usize,
    out: &mut Vec<QuoteSpan>,
) {
    let Some(inner) = text.get(o.inner..close) else {
        return;
    };
    let lead = inner.len() - inner.trim_start().len();
    let trimmed = inner.trim();
    if trimmed.is_empty() {
        return;
    }
    let start = o.inner + lead;
    out.push(QuoteSpan {
        open: o.open,
        start,
        end: start + trimmed.len(),
        close_end,
        para: o.para,
        last_para,
    });
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use crate::source::parse_article;

    fn quotes(text: &str) -> Vec<String> {
        let a = parse_article(Path::new("q.md"), text.to_string()).unwrap();
        super::find(&a.text, &a.paragraphs)
            .into_iter()
            .map(|q| a.text[q.start..q.end].to_string())
            .collect()
    }

    #[test]
    fn pairs_curly_and_straight_marks_ignoring_apostrophes() {
        assert_eq!(
            quotes(
                "We’re in the ’90s. “It’s ‘fine,’ really,” he said. \"Russia's too,\" she said."
            ),
            ["It’s ‘fine,’ really,", "Russia's too,"]
        );
        assert_eq!(
            quotes("A \"so-called\" plan, the 5\" gun, and \"B.\""),
            ["so-called", "B."]
        );
    }

    #[test]
    fn a_quote_runs_on_over_reopening_paragraphs() {
        let text = "Intro.\n\nShe said: “First part.\n\n“Second part.\n\n“Third part.”\n\nAfter.";
        assert_eq!(
            quotes(text),
            ["First part.\n\n“Second part.\n\n“Third part."]
        );
    }

    #[test]
    fn an_unclosed_mark_stays_in_its_paragraph() {
        let text = "One “never closed here.\n\nTwo is narrative.\n\n“Three,” he said.";
        assert_eq!(quotes(text), ["never closed here.", "Three,"]);
    }
}
