//! Direct quotations: pairing “curly”, "straight", „German“ and «guillemet» double marks, and
//! British ‘single’ / 'single' marks as the outer quote, within a paragraph or across paragraphs
//! when a quote runs on (a paragraph leaves it open and the next one reopens it, or only closes
//! it and attributes it). Inside a double quote single marks only nest; a single mark closes only
//! before a non-letter, so an apostrophe (`Kyiv’s`, `We’re`) never ends a quote. A closing mark
//! glued to the next word after the quote's final punctuation (`the deal."Follow us`) still
//! closes it, and a closing curly mark at a word's start (`”It is over,” he said`) opens one when
//! a later closing mark ends it; a straight single mark that a double one closes (`'unfair”`) is
//! an opening double mark mangled.

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

/// Who said a quotation: a person (an index into the people the mentions refer to), or an
/// unnamed source's label as a byte range of the text, or neither.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Said {
    pub person: Option<usize>,
    pub label: Option<(usize, usize)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Curly,
    Straight,
    /// `‘…’` or `'…'` as the outer quote (British style).
    Single,
}

#[derive(Debug, Clone, Copy)]
struct Open {
    kind: Kind,
    /// The opening character (`„` closes with `“` as well as `”`).
    mark: char,
    open: usize,
    inner: usize,
    para: usize,
}

/// Is `c` a quotation mark, double or single, of any style?
pub fn is_mark(c: char) -> bool {
    matches!(c, '“' | '”' | '"' | '„' | '«' | '»' | '‘' | '’' | '\'')
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
    // A quote left open by the previous paragraph, and whether this one reopens it with a mark.
    let mut carried: Option<(Open, bool)> = None;
    for (pi, p) in paragraphs.iter().enumerate() {
        let Some(ptext) = text.get(p.start..p.end) else {
            continue;
        };
        let mut open: Option<Open> = None;
        let mut next_mark = NextMark::default();
        let mut chars = ptext.char_indices().peekable();
        let mut prev: Option<char> = None;
        // A quote left open by the previous paragraph continues: this one reopens it.
        if let Some((c, reopened)) = carried.take() {
            open = Some(c);
            if reopened {
                prev = chars.next().map(|x| x.1);
            }
        }
        while let Some((i, c)) = chars.next() {
            let next = chars.peek().map(|x| x.1);
            let at = p.start + i;
            let open_here = |kind: Kind| Open {
                kind,
                mark: c,
                open: at,
                inner: at + c.len_utf8(),
                para: pi,
            };
            match c {
                '“' if open.is_some_and(|o| o.mark == '„') => {
                    if let Some(o) = open.take() {
                        push(text, o, at, at + c.len_utf8(), pi, &mut out);
                    }
                }
                // `“We played well,“ the coach said`: copy from another typography closes with
                // the opening mark, where a quote ends and no closing mark follows.
                '“' if open.is_some_and(|o| o.mark == '“')
                    && prev.is_some_and(|p| !p.is_whitespace())
                    && closes_before(next)
                    && next_mark.opens(ptext, i + c.len_utf8(), '”') =>
                {
                    if let Some(o) = open.take() {
                        push(text, o, at, at + c.len_utf8(), pi, &mut out);
                    }
                }
                '“' | '„' | '«' if open.is_none() => {
                    open = Some(open_here(Kind::Curly));
                }
                // `the “flattest display we have given, he added … “wide open”`: a mark opening
                // again before any closes, in the paragraph that opened the first, with one
                // closing mark left: the first was a slip, and this one opens the quote.
                '“' if open.is_some_and(|o| o.mark == '“' && o.para == pi)
                    && opens_after(prev)
                    && next.is_some_and(|n| !n.is_whitespace())
                    && ptext[i + c.len_utf8()..].matches('”').count() == 1 =>
                {
                    open = Some(open_here(Kind::Curly));
                }
                // `”It is over,” he said`: smart quotes turned the wrong way open with the
                // closing mark, at a word's start, when a later closing mark ends the quote.
                '”' if open.is_none()
                    && opens_after(prev)
                    && next.is_some_and(char::is_alphabetic)
                    && !next_mark.opens(ptext, i + c.len_utf8(), '”') =>
                {
                    open = Some(open_here(Kind::Curly));
                }
                '”' | '»' => {
                    if let Some(o) = open {
                        // `"useful” talks`: a straight mark closed by a curly one, unless a
                        // straight mark later closes it (`"He told me “never” again,"`).
                        let mixed = o.kind == Kind::Straight
                            && c == '”'
                            && prev.is_some_and(|p| !p.is_whitespace())
                            && next_mark.opens(ptext, i + c.len_utf8(), '"');
                        if o.kind == Kind::Curly || mixed || mangled_close(text, o, at) {
                            push(text, o, at, at + c.len_utf8(), pi, &mut out);
                            open = None;
                        }
                    }
                }
                '"' => {
                    // `…from Washington."Every round`: a mark glued after a sentence's end opens
                    // a quote when it starts a capitalised word.
                    let glued_open = prev.is_some_and(|p| matches!(p, '.' | '!' | '?'))
                        && next.is_some_and(char::is_uppercase);
                    // `" We will keep fighting," said …`: a space after the mark opening the
                    // paragraph, with a straight mark after it to close.
                    let spaced_open = prev.is_none()
                        && next.is_some_and(|n| n == ' ')
                        && ptext[i + 1..].contains('"');
                    let can_open = (opens_after(prev) || glued_open)
                        && next.is_some_and(|n| !n.is_whitespace())
                        || spaced_open;
                    // `…the deal."Follow us`: after the quote's final punctuation the mark
                    // closes even when glued to the next word.
                    let glued_end = prev.is_some_and(|p| matches!(p, '.' | ',' | '!' | '?' | '…'));
                    let can_close = (closes_before(next) || glued_end)
                        && prev.is_some_and(|p| !p.is_whitespace());
                    // `…saving lives. " Zelenskyy wrote`: a mark between spaces after a
                    // sentence's end closes the quote a stray space left open; it opens nothing.
                    let spaced_close = prev.is_some_and(char::is_whitespace)
                        && next.is_none_or(char::is_whitespace)
                        && ptext[..i].trim_end().ends_with(['.', ',', '!', '?', '…']);
                    match open {
                        // `„Wir reden hier"`: a German opening mark closed by a straight one.
                        Some(o) if o.mark == '„' && can_close => {
                            push(text, o, at, at + 1, pi, &mut out);
                            open = None;
                        }
                        Some(o)
                            if o.kind == Kind::Straight && (can_close || spaced_close)
                                || can_close && mangled_close(text, o, at) =>
                        {
                            push(text, o, at, at + 1, pi, &mut out);
                            open = None;
                        }
                        // `“We will see," he said`: a curly mark closed by a straight one, unless
                        // a curly mark later closes it.
                        Some(o)
                            if o.mark == '“'
                                && can_close
                                && closes_before(next)
                                && next_mark.opens(ptext, i + 1, '”') =>
                        {
                            push(text, o, at, at + 1, pi, &mut out);
                            open = None;
                        }
                        None if can_open => {
                            open = Some(open_here(Kind::Straight));
                        }
                        _ => {}
                    }
                }
                '‘' | '\'' if open.is_none() => {
                    // Opens only at a word start, before a letter or digit-free word: not the
                    // `'90s` elision, not a lone mark.
                    let starts = opens_after(prev)
                        && next.is_some_and(|n| n.is_alphabetic() || matches!(n, '“' | '"' | '…'));
                    if starts {
                        open = Some(open_here(Kind::Single));
                    }
                }
                '’' | '\'' => {
                    if let Some(o) = open {
                        let closes = o.kind == Kind::Single
                            && prev.is_some_and(|p| !p.is_whitespace())
                            && !next.is_some_and(char::is_alphanumeric)
                            && (o.mark == c || c == '’');
                        // `players’ union`: an `s’` before a lower-case word is a plural
                        // possessive while the quote reads on.
                        let after = ptext.get(i + c.len_utf8()..).unwrap_or("").trim_start();
                        let plural_possessive = prev == Some('s')
                            && next.is_some_and(char::is_whitespace)
                            && after.starts_with(char::is_lowercase)
                            && !starts_attribution(after);
                        if closes && !plural_possessive {
                            push(text, o, at, at + c.len_utf8(), pi, &mut out);
                            open = None;
                        }
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
                    .is_some_and(|c| match o.kind {
                        Kind::Single => matches!(c, '‘' | '\''),
                        _ => matches!(c, '“' | '"' | '«' | '„'),
                    })
            });
            if reopens {
                carried = Some((o, true));
            } else if o.kind != Kind::Single
                && paragraphs
                    .get(pi + 1)
                    .and_then(|n| text.get(n.start..n.end))
                    .is_some_and(closes_then_attributes)
            {
                // `…starts in May.` / `Joining me are two pilots," Falk wrote.`: copy that drops
                // the reopening mark; the next paragraph closes the quote and says who spoke.
                carried = Some((o, false));
            } else if o.kind != Kind::Single {
                // An unclosed single mark was an apostrophe or an elision after all.
                close_unclosed(text, paragraphs, o, pi, &mut out);
            }
        }
    }
    out
}

/// Does a double mark at `at` close quote `o`, opened by a straight single mark, in copy whose
/// opening double marks were mangled to single ones (`'unfair”`, `'The plan is prudent," he`)?
/// Only when no double mark stands inside the quote, which would make this one a nested pair's.
fn mangled_close(text: &str, o: Open, at: usize) -> bool {
    o.kind == Kind::Single
        && o.mark == '\''
        && !text
            .get(o.inner..at)
            .is_some_and(|inner| inner.contains(['"', '“', '”']))
}

/// After a mark that might close a quote of the other style: does the next mark of the quote's
/// own style (`own`: `"` or `”`) open a new quote rather than close this one, or is there none?
/// Also returns how many bytes of `rest` lie before that mark (all of it when there is none).
fn next_mark_opens(rest: &str, own: char) -> (bool, usize) {
    let mut prev: Option<char> = None;
    let mut chars = rest.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c == own || (own == '”' && c == '“') {
            let opens = match c {
                '“' => true,
                '”' => false,
                // A straight mark opens after a space and before a word.
                _ => opens_after(prev) && chars.peek().is_some_and(|n| !n.1.is_whitespace()),
            };
            return (opens, at);
        }
        prev = Some(c);
    }
    (true, rest.len())
}

/// [`next_mark_opens`] remembered for the rest of a paragraph: until the mark it found is passed,
/// the answer stands, so a paragraph of many marks is scanned once per style, not once per mark.
#[derive(Default)]
struct NextMark {
    /// (the style looked for, the paragraph offset of the mark found, its answer).
    found: Option<(char, usize, bool)>,
}

impl NextMark {
    fn opens(&mut self, ptext: &str, from: usize, own: char) -> bool {
        if let Some((c, until, opens)) = self.found {
            if c == own && from <= until {
                return opens;
            }
        }
        let (opens, len) = next_mark_opens(&ptext[from..], own);
        self.found = Some((own, from + len, opens));
        opens
    }
}

/// Does the text after a closing mark read like an attribution (`’ he said`, `' said Ms Lee`)?
fn starts_attribution(rest: &str) -> bool {
    let mut words = rest.split_whitespace();
    let clean = |w: &str| w.trim_matches(|c: char| !c.is_alphabetic()).to_string();
    let w1 = words.next().map(clean).unwrap_or_default();
    let w2 = words.next().map(clean).unwrap_or_default();
    crate::lexicon::is_reporting_verb(&w1)
        || (matches!(
            w1.as_str(),
            "he" | "she" | "they" | "we" | "i" | "the" | "a"
        ) && (crate::lexicon::is_reporting_verb(&w2) || w1 == "the" || w1 == "a"))
}

/// Is the first double mark of a paragraph one that closes a quote (`…two pilots," Falk wrote`),
/// followed by an attribution? Then the paragraph carries on a quote the one before left open.
fn closes_then_attributes(ptext: &str) -> bool {
    let mut prev: Option<char> = None;
    let mut chars = ptext.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|x| x.1);
        let closes = match c {
            '”' | '»' => true,
            '"' => prev.is_some_and(|p| !p.is_whitespace()) && closes_before(next),
            '“' | '„' | '«' => false,
            _ => {
                prev = Some(c);
                continue;
            }
        };
        let rest = &ptext[i + c.len_utf8()..];
        return closes && (starts_attribution(rest) || starts_named_attribution(rest));
    }
    false
}

/// Names in an attribution after a closing mark: `" Falk wrote`, `” Ines Falk told reporters`.
const ATTRIBUTION_NAME_WORDS: usize = 3;

/// Does the text after a closing mark open with a capitalised name and then a reporting verb
/// (`Falk wrote on X`, `Ines Falk told reporters`)?
fn starts_named_attribution(rest: &str) -> bool {
    let words: Vec<&str> = rest
        .split_whitespace()
        .take(ATTRIBUTION_NAME_WORDS + 1)
        .collect();
    let names = words
        .iter()
        .take_while(|w| w.starts_with(char::is_uppercase))
        .count();
    (1..=ATTRIBUTION_NAME_WORDS).contains(&names)
        && words.get(names).is_some_and(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphabetic());
            crate::lexicon::is_reporting_verb(w)
        })
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
    // A mark that ends its line opens nothing there: the text after it belongs to a later line
    // (a heading, the next paragraph), and a quote opens in the paragraph that holds its mark.
    if trimmed.is_empty() || inner[..lead].contains('\n') {
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

    /// An opening curly mark left unclosed by a slip (`“flattest performance we've produced, he
    /// added that … had been “wide open”`) is stray when a second one opens before any closes and
    /// only one closing mark follows: the second opens the quote.
    #[test]
    fn an_unclosed_curly_mark_before_another_opening_one_is_stray() {
        assert_eq!(
            quotes(
                "Calling it the “flattest display we have given, he added that the title had \
                 been “wide open” since last year."
            ),
            ["wide open"]
        );
    }

    /// Copy that puts a space after the opening mark (`" We will keep fighting," said …`) opens
    /// the quote at the paragraph's start, when a straight mark later closes it.
    #[test]
    fn a_spaced_straight_mark_opening_a_paragraph_opens_a_quote() {
        assert_eq!(
            quotes("\" We will keep fighting for the park,\" said activist Rina Das."),
            ["We will keep fighting for the park,"]
        );
        assert_eq!(quotes("\" 5 in a row\" is the word."), ["5 in a row"]);
        assert!(quotes("\" alone at the start").is_empty());
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
    fn british_single_marks_guillemets_german_and_glued_closes() {
        assert_eq!(
            quotes("‘Kyiv’s offer stands,’ she said. 'It's the players' turn,' he said."),
            ["Kyiv’s offer stands,", "It's the players' turn,"]
        );
        assert_eq!(
            quotes("He said „Wir reden“ and «Nous parlons» then \"the deal.\"Follow us on X"),
            ["Wir reden", "Nous parlons", "the deal."]
        );
        assert_eq!(
            quotes("„Wir reden\", he said. Then Washington.\"Every round counts,\" she said."),
            ["Wir reden", "Every round counts,"]
        );
        assert_eq!(
            quotes("It was ‘not fair’ to the players’ union, ’90s style. 'Tis odd."),
            ["not fair"]
        );
    }

    /// Copy converted from another typography closes with the opening mark (`“…,“ he said`).
    /// The mark still opens a quote where a quote opens.
    #[test]
    fn an_opening_curly_mark_that_closes() {
        assert_eq!(
            quotes("“We played well,“ the coach said. “Next week,“ he added, “we rest.“"),
            ["We played well,", "Next week,", "we rest."]
        );
        // Quotes after it pair as usual.
        assert_eq!(
            quotes("“We played,“ he said, ‘well.’ Then: “Again,” she said."),
            ["We played,", "well.", "Again,"]
        );
    }

    /// Copy whose editor's smart quotes turned the wrong way opens with the closing mark
    /// (`”It is over,” he said`). It opens a quote only where a later closing mark ends it; a
    /// closing mark after a word still only closes.
    #[test]
    fn a_closing_curly_mark_that_opens() {
        assert_eq!(
            quotes("”The offer is dead. Nobody will sign it,” the analyst said of the ”new” map."),
            ["The offer is dead. Nobody will sign it,", "new"]
        );
        assert_eq!(
            quotes("The 5” gun and a ”stray mark."),
            Vec::<String>::new()
        );
        assert_eq!(
            quotes("“We agree,” she said. ”Then we sign.”"),
            ["We agree,", "Then we sign."]
        );
    }

    /// Copy edited by hand mixes the styles: a straight mark opened, a curly one closed, or the
    /// other way round. A curly pair nested in a straight quote stays nested.
    #[test]
    fn a_straight_mark_closed_by_a_curly_one() {
        assert_eq!(
            quotes("It ended with \"useful” talks on \"next steps.” \"We agreed,” she wrote."),
            ["useful", "next steps.", "We agreed,"]
        );
        assert_eq!(
            quotes("“We will see,\" he said. \"He told me “never” again,\" she said."),
            ["We will see,", "He told me “never” again,"]
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
    fn a_quote_runs_on_into_a_paragraph_that_only_closes_it() {
        // Copy that drops the reopening mark: the next paragraph closes the quote and then
        // attributes it, so it ran on.
        let text = "Intro.\n\n\"We finished the survey. The dredging starts in May.\n\nJoining \
                    me on the board are two pilots,\" Falk wrote on X.\n\nAfter.";
        assert_eq!(
            quotes(text),
            ["We finished the survey. The dredging starts in May.\n\nJoining me on the board are \
              two pilots,"]
        );
        // A closing mark with no attribution after it closes nothing of the paragraph before.
        let text = "One “never closed here.\n\nTwo ends a “phrase” here.\n\nLater.";
        assert_eq!(quotes(text), ["never closed here.", "phrase"]);
    }

    /// Copy whose opening double marks were mangled to straight single ones (`'unfair”`) still
    /// pairs them with the double mark that closes them, across reopening paragraphs too.
    #[test]
    fn a_straight_single_mark_closed_by_a_double_one() {
        let text = "Residents called the levy 'a cash grab” and 'unfair”.\n\n'We cannot keep \
                    borrowing. It's a poor habit.\n\n'We should cut costs first.”\n\n'The plan \
                    is prudent,\" he said.\n\nShe said 'we \"may\" wait' here.";
        assert_eq!(
            quotes(text),
            [
                "a cash grab",
                "unfair",
                "We cannot keep borrowing. It's a poor habit.\n\n'We should cut costs first.",
                "The plan is prudent,",
                "we \"may\" wait",
            ]
        );
    }

    #[test]
    fn an_unclosed_mark_stays_in_its_paragraph() {
        let text = "One “never closed here.\n\nTwo is narrative.\n\n“Three,” he said.";
        assert_eq!(quotes(text), ["never closed here.", "Three,"]);
    }
}
