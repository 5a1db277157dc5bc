//! Word tokens of an article's paragraphs, with the sentence each sits in and whether it is
//! inside a quotation: the shared view people and speaker detection work on.

use super::quotes::QuoteSpan;
use crate::lexicon::is_reporting_verb;

/// Determiners. A reporting verb's form right after one is a noun (`the claim`, `his promise`);
/// with the prepositions, a short quote right after one is usually a term, not speech.
#[rustfmt::skip]
pub const DETERMINERS: &[&str] = &[
    "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our",
    "some", "any", "no", "what",
];

/// Words whose `’s` is a contraction (`he’s said`, `it’s claimed`), not a possessive.
const CONTRACTED: &[&str] = &[
    "he", "she", "it", "that", "who", "there", "what", "here", "where",
];

/// One word: letters/digits with inner `'`, `’`, `-` or `.` (`O’Neill`, `al-Rashid`, `U.S`).
#[derive(Debug, Clone, Copy)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    /// Index into [`Doc::sents`].
    pub sent: usize,
    pub in_quote: bool,
}

/// A sentence as a byte range, with the index of its paragraph.
#[derive(Debug, Clone, Copy)]
pub struct Sent {
    pub start: usize,
    pub end: usize,
    pub para: usize,
}

/// The tokenised article.
pub struct Doc<'a> {
    pub text: &'a str,
    pub toks: Vec<Tok>,
    pub sents: Vec<Sent>,
}

fn is_inner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | '‑')
}

/// The character starting at byte `i` of `s` (ASCII without decoding), if any.
#[inline]
fn char_at(s: &str, i: usize) -> Option<char> {
    match s.as_bytes().get(i) {
        Some(&b) if b < 0x80 => Some(char::from(b)),
        Some(_) => s.get(i..).and_then(|r| r.chars().next()),
        None => None,
    }
}

impl<'a> Doc<'a> {
    /// Tokenises the sentences (sorted, non-overlapping) and marks tokens inside `quotes`.
    pub fn new(text: &'a str, sents: Vec<Sent>, quotes: &[QuoteSpan]) -> Doc<'a> {
        let mut toks = Vec::new();
        for (si, s) in sents.iter().enumerate() {
            let Some(st) = text.get(s.start..s.end) else {
                continue;
            };
            let mut cur: Option<usize> = None;
            let mut at = 0;
            while let Some(c) = char_at(st, at) {
                let i = at;
                at += c.len_utf8();
                if c.is_alphanumeric() {
                    if cur.is_none() {
                        cur = Some(i);
                    }
                } else if cur.is_some()
                    && is_inner(c)
                    && char_at(st, at).is_some_and(char::is_alphanumeric)
                {
                    // inner punctuation: keep going
                } else if let Some(b) = cur.take() {
                    toks.push(Tok {
                        start: s.start + b,
                        end: s.start + i,
                        sent: si,
                        in_quote: false,
                    });
                }
            }
            if let Some(b) = cur {
                toks.push(Tok {
                    start: s.start + b,
                    end: s.end,
                    sent: si,
                    in_quote: false,
                });
            }
        }
        // Mark tokens inside quotations (both lists are sorted by position).
        let mut spans: Vec<(usize, usize)> = quotes.iter().map(|q| (q.open, q.close_end)).collect();
        spans.sort_unstable();
        let mut qi = 0;
        for t in &mut toks {
            while qi < spans.len() && spans[qi].1 <= t.start {
                qi += 1;
            }
            if qi < spans.len() && spans[qi].0 <= t.start && t.start < spans[qi].1 {
                t.in_quote = true;
            }
        }
        Doc { text, toks, sents }
    }

    /// The token's text.
    pub fn word(&self, i: usize) -> &'a str {
        self.toks
            .get(i)
            .and_then(|t| self.text.get(t.start..t.end))
            .unwrap_or("")
    }

    /// The token's text without a possessive `’s` / `'s`.
    pub fn base(&self, i: usize) -> &'a str {
        let w = self.word(i);
        w.strip_suffix("’s")
            .or_else(|| w.strip_suffix("'s"))
            .filter(|b| !b.is_empty())
            .unwrap_or(w)
    }

    /// Is the token possessive (`Russia’s`, `Sandys’ mother`)?
    pub fn possessive(&self, i: usize) -> bool {
        self.base(i).len() != self.word(i).len() || self.plural_possessive(i)
    }

    /// `Sandys’ mother`, `the Joneses' home`: a word ending in s, then an apostrophe and a space,
    /// outside a quotation (inside one, the mark may close a single-quoted phrase).
    fn plural_possessive(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        if t.in_quote || !self.word(i).ends_with(['s', 'S']) {
            return false;
        }
        let mut after = self.text.get(t.end..).unwrap_or("").chars();
        matches!(after.next(), Some('’' | '\''))
            && after.next().is_some_and(|c| c == ' ' || c == '\u{a0}')
    }

    /// The text between token `i - 1` and token `i` (empty for the first token).
    pub fn gap_before(&self, i: usize) -> &'a str {
        if i == 0 || i >= self.toks.len() {
            return "";
        }
        self.text
            .get(self.toks[i - 1].end..self.toks[i].start)
            .unwrap_or("")
    }

    /// Does a dash stand between tokens `i - 1` and `i` (`idea — but`, `idea - but`), opening or
    /// closing an aside? Not a hyphen joining two words (`Trump-Putin`).
    pub fn dash_before(&self, i: usize) -> bool {
        let gap = self.gap_before(i);
        gap.contains(['—', '–']) || gap.trim() == "-" && gap.len() > 1
    }

    /// Are tokens `i - 1` and `i` in the same sentence, separated only by whitespace (or the
    /// apostrophe of a possessive in s, `Sandys’ mother`)?
    pub fn joined(&self, i: usize) -> bool {
        self.gap_in_sentence(i).is_some_and(|gap| {
            gap.chars().all(char::is_whitespace)
                || self.plural_possessive(i - 1)
                    && gap
                        .trim_start_matches(['’', '\''])
                        .chars()
                        .all(char::is_whitespace)
        })
    }

    /// Are tokens `i - 1` and `i` joined ([`Doc::joined`]) or apart only by brackets and space
    /// (`Association (BGMEA)`)?
    pub fn joined_or_bracketed(&self, i: usize) -> bool {
        self.joined(i)
            || self.gap_in_sentence(i).is_some_and(|gap| {
                gap.chars()
                    .all(|c| c.is_whitespace() || c == '(' || c == ')')
            })
    }

    /// The text between tokens `i - 1` and `i` when both are in one sentence.
    fn gap_in_sentence(&self, i: usize) -> Option<&'a str> {
        (i > 0 && i < self.toks.len() && self.toks[i - 1].sent == self.toks[i].sent)
            .then(|| self.gap_before(i))
    }

    /// Is token `i` a reporting verb? A capitalised one only when it opens its sentence.
    pub fn is_verb(&self, i: usize) -> bool {
        let w = self.word(i);
        is_reporting_verb(w)
            && (!self.capitalised(i) || i == 0 || self.toks[i - 1].sent != self.toks[i].sent)
            && !self.determined(i)
    }

    /// Does a determiner, a possessive or `of` come right before token `i` (`the claim`, `his
    /// promise`, `Moscow’s demand`, `head of state`), making it a noun? Not `that`, which also
    /// opens a clause (`the report that warned`), nor a contraction (`he’s said`).
    fn determined(&self, i: usize) -> bool {
        if i == 0 || !self.joined(i) {
            return false;
        }
        let p = self.word(i - 1);
        let determiner = DETERMINERS.iter().any(|d| d.eq_ignore_ascii_case(p))
            && !p.eq_ignore_ascii_case("that");
        let possessive = self.possessive(i - 1)
            && !CONTRACTED
                .iter()
                .any(|c| c.eq_ignore_ascii_case(self.base(i - 1)));
        // `the head of state`, `the secretary of state`: after `of`, only a participle is a verb.
        let after_of = p.eq_ignore_ascii_case("of") && !self.word(i).ends_with("ing");
        determiner || possessive || after_of
    }

    /// The capitalised words right before a reporting verb (`Marta recalled`, `Pimlot says`), or
    /// alone right after one at the end of a clause (`,” said Dmitryev.`), possessive `’s`
    /// removed: the names a text gives its speakers.
    pub fn speaking_words(&self) -> impl Iterator<Item = &'a str> + '_ {
        let before = (1..self.toks.len())
            .filter(|&i| self.joined(i) && self.is_verb(i) && self.capitalised(i - 1))
            .map(|i| i - 1);
        let after = (0..self.toks.len().saturating_sub(1)).filter_map(|i| {
            let w = i + 1;
            let alone = !self.joined(w + 1);
            (self.is_verb(i) && self.joined(w) && self.capitalised(w) && alone).then_some(w)
        });
        before.chain(after).map(|i| self.base(i))
    }

    /// Is the word capitalised (first character upper case)?
    pub fn capitalised(&self, i: usize) -> bool {
        self.word(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// Does the token open its sentence?
    pub fn opens_sentence(&self, i: usize) -> bool {
        i == 0 || self.toks[i - 1].sent != self.toks[i].sent
    }

    /// Is the token followed directly by a `.` (an abbreviation like `Mr.`)?
    pub fn dotted(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .and_then(|t| self.text.get(t.end..))
            .is_some_and(|r| r.starts_with('.'))
    }

    /// First token index at or after byte offset `pos`.
    pub fn tok_at_or_after(&self, pos: usize) -> usize {
        self.toks.partition_point(|t| t.start < pos)
    }

    /// The indices of paragraph `para`'s sentences (empty for a paragraph with none).
    pub fn para_sents(&self, para: usize) -> std::ops::Range<usize> {
        let first = self.sents.partition_point(|s| s.para < para);
        first..self.sents.partition_point(|s| s.para <= para)
    }

    /// Index of the sentence containing byte `pos`, if any.
    pub fn sent_of(&self, pos: usize) -> Option<usize> {
        let i = self.sents.partition_point(|s| s.end <= pos);
        self.sents.get(i).filter(|s| s.start <= pos).map(|_| i)
    }
}
