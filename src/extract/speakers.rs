//! Who said each quotation: the attribution next to it (`“…,” Rubio said`, `said Anna Keller`,
//! `He remarked, “…”`, `Keller: “…”`, `according to X`), a reporting verb whose subject is a
//! person earlier in the sentence, or the speaker of the quote before it. Scare quotes and quoted
//! names (`the so-called “Vienna formula”`, a banner that read “…”) get no speaker.

use super::people::{in_list, Mention, MentionKind, PersonInfo};
use super::quotes::QuoteSpan;
use super::tokens::Doc;
use super::verbs::is_reporting_verb;

/// Words right before a quote that make it a name or a label rather than speech.
#[rustfmt::skip]
const SCARE_CUES: &[&str] = &[
    "so-called", "dubbed", "called", "calling", "titled", "entitled", "read", "reads", "reading",
    "named", "nicknamed", "labelled", "labeled", "branded", "termed", "marked", "billed",
    "headlined", "slogan", "banner", "sign", "signs", "word", "words", "term", "phrase", "known",
    "codenamed", "code-named", "album", "book", "memoir", "film", "song", "operation",
];

/// Determiners and prepositions: a short quote right after one is usually a term, not speech.
#[rustfmt::skip]
const DET_PREP: &[&str] = &[
    "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our",
    "of", "for", "to", "in", "on", "at", "with", "by", "from", "about", "into", "against",
    "over", "under", "without", "between", "toward", "towards", "some", "any", "no", "what",
];

/// Lower-case words allowed between a subject and its verb (`Rubio later said`).
#[rustfmt::skip]
const ADVERBS: &[&str] = &[
    "also", "later", "then", "again", "once", "further", "earlier", "previously", "recently",
    "had", "has", "have", "was", "is", "would", "will", "has", "repeatedly", "separately",
    "simply", "only", "just", "quickly", "flatly", "bluntly", "openly", "privately", "publicly",
];

/// What the text around a quote says about its speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Attribution {
    Person(usize),
    /// Attributed, but not to a person the article names (`the press office said`).
    NotAPerson,
    Unknown,
}

struct Ctx<'d, 'a> {
    doc: &'d Doc<'a>,
    mentions: &'d [Mention],
}

impl Ctx<'_, '_> {
    /// Mentions starting in tokens `[a, b)`.
    fn mentions_in(&self, a: usize, b: usize) -> &[Mention] {
        let lo = self.mentions.partition_point(|m| m.tok < a);
        let hi = self.mentions.partition_point(|m| m.tok < b);
        &self.mentions[lo..hi.max(lo)]
    }

    fn mention_starting(&self, t: usize) -> Option<Mention> {
        self.mentions_in(t, t + 1).first().copied()
    }

    fn word(&self, i: usize) -> &str {
        self.doc.word(i)
    }

    /// Is token `i` a title word, honorific or rank that may precede a name?
    fn titleish(&self, i: usize) -> bool {
        let w = self.word(i);
        self.doc.capitalised(i)
            || in_list(&["the"], w)
            || w.chars().all(|c| c.is_lowercase()) && is_title_noun(w)
    }

    /// The subject of a verb at token `v`: the last person mentioned in `[a, v)` outside a
    /// relative clause (`, who …`).
    fn subject_before(&self, a: usize, v: usize) -> Attribution {
        let relative_words = ["who", "which", "whose", "whom"];
        for m in self.mentions_in(a, v).iter().rev() {
            if m.end_tok > v {
                continue;
            }
            // Inside `, who …` / `, which …` (the clause opening after the last comma before it)?
            let mut k = m.tok;
            let mut relative = false;
            while k > a && k + 40 > m.tok {
                if self.doc.gap_before(k).contains(',') {
                    relative = in_list(&relative_words, self.word(k));
                    break;
                }
                k -= 1;
            }
            if !relative {
                return Attribution::Person(m.person);
            }
        }
        Attribution::NotAPerson
    }

    /// A person named right after a verb at `v` (`said Anna Keller`, `said the minister`),
    /// within tokens `< end`.
    fn subject_after(&self, v: usize, end: usize) -> Attribution {
        let mut k = v + 1;
        while k < end && k < v + 7 {
            let gap = self.doc.gap_before(k).trim();
            let linked = self.doc.joined(k)
                || (gap == "." && self.doc.dotted(k - 1))
                || (gap == "," && k > v + 1 && is_title_noun(self.word(k - 1)));
            if !linked {
                break;
            }
            if let Some(m) = self.mention_starting(k) {
                if !m.possessive {
                    return Attribution::Person(m.person);
                }
                // `said Tkachenko’s spokeswoman, Iryna Kovalenko`
                k = m.end_tok;
                continue;
            }
            if !self.titleish(k) {
                break;
            }
            k += 1;
        }
        Attribution::NotAPerson
    }
}

fn is_title_noun(w: &str) -> bool {
    super::people::is_role_word(w)
}

/// Is the quotation a title or label (`Peace Without Surrender`, `Phase Zero`): every longer
/// word capitalised?
fn title_case(text: &str) -> bool {
    let words: Vec<&str> = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    words.len() <= 8
        && words
            .iter()
            .filter(|w| w.chars().count() >= 4)
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// Attributes every quotation; returns the index of its speaker in `people`, if any.
pub fn attribute(
    doc: &Doc,
    quotes: &[QuoteSpan],
    people: &[PersonInfo],
    mentions: &[Mention],
) -> Vec<Option<usize>> {
    let _ = people;
    let cx = Ctx { doc, mentions };
    let mut out: Vec<Option<usize>> = Vec::with_capacity(quotes.len());
    for (qi, q) in quotes.iter().enumerate() {
        let prev = qi.checked_sub(1).map(|j| &quotes[j]);
        let next = quotes.get(qi + 1);
        let speaker = match attribution(&cx, q, prev, next) {
            Attribution::Person(p) => Some(p),
            Attribution::NotAPerson => None,
            Attribution::Unknown => continuation(&cx, quotes, &out, qi),
        };
        out.push(speaker);
    }
    out
}

fn attribution(
    cx: &Ctx,
    q: &QuoteSpan,
    prev: Option<&QuoteSpan>,
    next: Option<&QuoteSpan>,
) -> Attribution {
    let doc = cx.doc;
    let text = doc.text;
    let Some(os) = doc.sent_of(q.open) else {
        return Attribution::Unknown;
    };
    // Tokens before the quote in its sentence, after any earlier quote.
    let mut pre_from = doc.sents[os].start;
    if let Some(p) = prev {
        if p.close_end > pre_from && p.close_end <= q.open {
            pre_from = p.close_end;
        }
    }
    let a = doc.tok_at_or_after(pre_from);
    let b = doc.tok_at_or_after(q.open);
    // Tokens after the closing mark, to the end of its sentence or the next quote.
    let closed = q.close_end > q.end;
    let mut post = (0, 0);
    if closed {
        if let Some(cs) = doc.sent_of(q.close_end.saturating_sub(1)) {
            let mut until = doc.sents[cs].end;
            if let Some(n) = next {
                until = until.min(n.open);
            }
            let pa = doc.tok_at_or_after(q.close_end);
            let pb = doc.tok_at_or_after(until).max(pa);
            post = (pa, pb);
        }
    }
    let quote_text = text.get(q.start..q.end).unwrap_or("");

    // 1. Right after the quote: `,” Rubio said`, `,” said the minister`, `,” according to X`.
    let (pa, pb) = post;
    if pa < pb {
        let gap = text
            .get(q.close_end..doc.toks[pa].start)
            .unwrap_or("")
            .trim();
        if gap.is_empty() || gap == "," {
            let w0 = cx.word(pa);
            if is_reporting_verb(w0) {
                return cx.subject_after(pa, pb);
            }
            if w0.eq_ignore_ascii_case("according") && pa + 1 < pb && cx.word(pa + 1) == "to" {
                return cx.subject_after(pa + 1, pb);
            }
            let limit = pb.min(pa + 12);
            if let Some(v) = (pa..limit).find(|&k| is_reporting_verb(cx.word(k))) {
                if let Some(r) = post_subject(cx, pa, v) {
                    return r;
                }
            }
        }
    }

    // 2. Right before the quote: `Rubio clarified, “…`, `Keller:`, `said in a statement: “…`.
    let before = text.get(pre_from..q.open).unwrap_or("").trim_end();
    let lead_in = before.ends_with(',') || before.ends_with(':');
    let verb_at = (a..b)
        .rev()
        .take(30)
        .find(|&k| is_reporting_verb(cx.word(k)));
    if lead_in && a < b {
        if let Some(v) = verb_at {
            // `said Keller: “…”` only when nobody is named before the verb.
            if cx.mentions_in(a, v).is_empty() {
                return cx.subject_after(v, b);
            }
            return cx.subject_before(a, v);
        }
        if cx.word(a).eq_ignore_ascii_case("according") && a + 1 < b && cx.word(a + 1) == "to" {
            return cx.subject_after(a + 1, b);
        }
        if before.ends_with(':') {
            if let Some(m) = cx.mentions_in(a, b).last() {
                let only = m.end_tok == b && (a..m.tok).all(|k| cx.titleish(k));
                if only {
                    return Attribution::Person(m.person);
                }
            }
        }
    }

    // 3. A reporting verb earlier in the sentence whose subject is a person, with the quote part
    //    of what they said (not a label: `the so-called “…”`, a banner that read “…”).
    if let Some(v) = verb_at {
        let cue = b > 0 && b > a && {
            let w = cx.word(b - 1);
            in_list(SCARE_CUES, w)
                || (b >= 2 && in_list(&["as"], w) && in_list(&["known"], cx.word(b - 2)))
        };
        // A short quote after a determiner or preposition, away from the verb, is a term the
        // sentence uses (`Moscow’s demand for “neutrality”`), not speech.
        let short = quote_text.split_whitespace().count() <= 3;
        let det_before = b > a && in_list(DET_PREP, cx.word(b - 1));
        let term = short && det_before && b - v > 3;
        if !cue && !term && !title_case(quote_text) {
            return match cx.subject_before(a, v) {
                Attribution::Person(p) => Attribution::Person(p),
                _ => Attribution::NotAPerson,
            };
        }
        return Attribution::NotAPerson;
    }
    if a < b {
        // Embedded in a sentence with no reporting verb: a label, a scare quote.
        return Attribution::NotAPerson;
    }
    Attribution::Unknown
}

/// The subject of a post-quote verb at `v` (`,” Ms. Brenner asked`, `,” the envoy replied`,
/// `,” Keller, the Swiss mediator, said`); `None` when the words before the verb are not a
/// subject.
fn post_subject(cx: &Ctx, pa: usize, v: usize) -> Option<Attribution> {
    let doc = cx.doc;
    let mut k = pa;
    // Honorifics / ranks before the name.
    while k < v && cx.mention_starting(k).is_none() && cx.titleish(k) && k < pa + 4 {
        k += 1;
    }
    let Some(m) = cx.mention_starting(k) else {
        // `,” a spokesman said`, `,” they said`: attributed, to no one named.
        let np_start = cx.doc.capitalised(pa)
            || in_list(
                &[
                    "a", "an", "the", "one", "another", "they", "we", "i", "you", "it", "some",
                    "two", "three", "several", "his", "her", "their",
                ],
                cx.word(pa),
            );
        return (v - pa <= 4 && np_start).then_some(Attribution::NotAPerson);
    };
    if m.kind == MentionKind::Name || m.kind == MentionKind::Title || m.kind == MentionKind::Pronoun
    {
        // After the mention: nothing, adverbs, or a comma-enclosed apposition.
        let mut j = m.end_tok;
        if j < v && doc.gap_before(j).contains(',') {
            return Some(Attribution::Person(m.person));
        }
        while j < v && in_list(ADVERBS, cx.word(j)) {
            j += 1;
        }
        if j == v {
            return Some(Attribution::Person(m.person));
        }
        // `,” Keller and Lund said`: attributed, but not to one person we can name.
        return Some(Attribution::NotAPerson);
    }
    None
}

/// A quote with no attribution of its own: it continues the speaker of the quote before it in
/// the paragraph when it opens a sentence, or of the previous paragraph when it is the whole
/// paragraph.
fn continuation(
    cx: &Ctx,
    quotes: &[QuoteSpan],
    speakers: &[Option<usize>],
    qi: usize,
) -> Option<usize> {
    let doc = cx.doc;
    let q = &quotes[qi];
    let sent = doc.sent_of(q.open)?;
    let para = doc.sents[sent].para;
    // Earlier quote in the same paragraph with a speaker.
    let mut j = qi;
    while j > 0 && j + 20 > qi {
        j -= 1;
        let p = &quotes[j];
        if p.last_para < para || p.para != para && p.last_para != para {
            break;
        }
        if let Some(s) = speakers[j] {
            return Some(s);
        }
    }
    // The sentence before, in the same paragraph, reports a person speaking:
    // `Hale said in a statement that … . "First, …"`.
    if sent > 0 && doc.sents[sent - 1].para == para {
        let a = doc.tok_at_or_after(doc.sents[sent - 1].start);
        let b = doc.tok_at_or_after(doc.sents[sent].start);
        let verb = (a..b)
            .take(60)
            .find(|&k| !doc.toks[k].in_quote && is_reporting_verb(cx.word(k)));
        if let Some(v) = verb {
            let inside = (a..b).any(|k| doc.toks[k].in_quote);
            if !inside {
                if let Attribution::Person(p) = cx.subject_before(a, v) {
                    return Some(p);
                }
            }
        }
    }
    // The whole paragraph is quotation: continue the previous paragraph's last speaker.
    let ps = doc.sents.partition_point(|s| s.para < para);
    let para_start = doc.sents.get(ps)?.start;
    if q.open != para_start {
        return None;
    }
    let mut outside = false;
    let first_tok = doc.tok_at_or_after(para_start);
    for t in &doc.toks[first_tok..] {
        if doc.sents[t.sent].para != para {
            break;
        }
        if !t.in_quote {
            outside = true;
            break;
        }
    }
    if outside {
        return None;
    }
    let prev_quote = (0..qi)
        .rev()
        .take(50)
        .find(|&k| quotes[k].last_para < para)?;
    if quotes[prev_quote].last_para + 1 == para {
        return speakers[prev_quote];
    }
    None
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use crate::extract::extract;
    use crate::source::parse_article;

    fn speakers(text: &str) -> Vec<(String, Option<String>)> {
        let a = parse_article(Path::new("s.md"), text.to_string()).unwrap();
        extract(&a, "s")
            .quotes
            .into_iter()
            .map(|q| (q.text, q.speaker))
            .collect()
    }

    fn s(text: &str, who: Option<&str>) -> (String, Option<String>) {
        (text.to_string(), who.map(str::to_string))
    }

    #[test]
    fn attribution_patterns() {
        let text = "Swiss mediator Anna Keller met Kremlin spokesman Oleg Petrov.\n\n\
            “We talked,” said the mediator, “for hours.” Petrov: “It was useful.”\n\n\
            “No comment,” according to Petrov. Mr. Petrov and Ms. Keller left. “Why?” she asked.\n\n\
            “Because.”\n\n\
            “Enough,” Keller and Petrov said. “Later,” a spokesman said. He described it as \
            the so-called “Geneva track,” a “wartime economy” of talks.";
        assert_eq!(
            speakers(text),
            [
                s("We talked,", Some("Anna Keller")),
                s("for hours.", Some("Anna Keller")),
                s("It was useful.", Some("Oleg Petrov")),
                s("No comment,", Some("Oleg Petrov")),
                s("Why?", Some("Anna Keller")),
                s("Because.", Some("Anna Keller")),
                s("Enough,", None),
                s("Later,", None),
                s("Geneva track,", None),
                s("wartime economy", None),
            ]
        );
    }
}
