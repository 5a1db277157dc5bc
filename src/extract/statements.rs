//! Reported speech: sentences in which a named person says something in the article's words
//! rather than in quotation marks — "X said that …", "X insisted …", "according to X, …",
//! "…, X told reporters in Geneva" — found as statements by X (the sentence, with X as speaker).
//! Works on the mentions [`super::people`] found, pronouns ("He added that …") included, so a
//! statement always names who said it. Linear in the number of mentions.

use super::people::{served_by_role, Mention, MentionKind};
use super::quotes::{QuoteSpan, Said};
use super::tokens::Doc;
use crate::lexicon::{
    calls_for, describes_person, is_auxiliary, is_be_form, is_participle, is_reporting_verb,
    is_speech_participle, is_strong_reporting_verb, is_voiced_stance, reports_that,
};
use crate::model::FRAGMENT_WORDS;

/// The reporting verb follows its subject within this many tokens ("Rubio also told").
const VERB_WINDOW: usize = 3;
/// An apposition between a speaker and their verb ("Anna Kowal, who chairs the joint security
/// board, said") runs to its closing comma within this many tokens.
const APPOSITION_MAX: usize = 12;

/// "According to" comes at most this many tokens before the name it attributes to (the role
/// words between: "according to the brigade's spokesman, Captain Ivan Petrenko").
const ACCORDING_WINDOW: usize = 8;
/// The subject opens its sentence after at most this many tokens ("But Okafor", "Later, Kowal").
const MAX_LEAD_TOKENS: usize = 2;
/// A participle of speech ("…, warning that …") follows its subject within this many tokens.
const PARTICIPLE_WINDOW: usize = 30;

/// The sentences the quotes someone is given span, fragments (under [`FRAGMENT_WORDS`] words:
/// `was “the border question,”`) aside: those are the quotes', not statements'.
#[derive(Debug, Clone, Default)]
pub struct QuotedSentences {
    /// Every sentence such a quote spans, from the one it opens in to the one it closes in
    /// (`… valid. The delegation will wait,” he said.`).
    spanned: Vec<bool>,
    /// Those past its first: they open inside the speaker's words (`We need new ones,” Falk told
    /// reporters.`), and are never a statement; the quote is indexed with their attribution.
    continued: Vec<bool>,
}

impl QuotedSentences {
    /// The sentences of `doc` the `quotes` given a speaker or label in `said` span.
    pub fn new(doc: &Doc, quotes: &[QuoteSpan], said: &[Said]) -> QuotedSentences {
        let mut out = QuotedSentences {
            spanned: vec![false; doc.sents.len()],
            continued: vec![false; doc.sents.len()],
        };
        for (q, said) in quotes.iter().zip(said) {
            let words = doc
                .text
                .get(q.start..q.end)
                .map_or(0, |t| t.split_whitespace().count());
            if (said.person.is_none() && said.label.is_none()) || words < FRAGMENT_WORDS {
                continue;
            }
            let first = doc.sent_of(q.open);
            let last = doc.sent_of(q.close_end.saturating_sub(1)).or(first);
            if let (Some(a), Some(b)) = (first, last) {
                for s in out.spanned.iter_mut().take(b + 1).skip(a) {
                    *s = true;
                }
                for s in out.continued.iter_mut().take(b + 1).skip(a + 1) {
                    *s = true;
                }
            }
        }
        out
    }
}

/// A statement found: sentence `sent` (index into the doc's sentences) said by `person` (index
/// into the people found).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatementSpan {
    pub sent: usize,
    pub person: usize,
}

fn word_is(doc: &Doc, i: usize, w: &str) -> bool {
    doc.word(i).eq_ignore_ascii_case(w)
}

/// Is mention `m` the speaker of its sentence?
pub(super) fn reports(doc: &Doc, m: &Mention) -> bool {
    let Some(sent) = doc.toks.get(m.tok).map(|t| t.sent) else {
        return false;
    };
    let same = |i: usize| {
        doc.toks
            .get(i)
            .is_some_and(|t| t.sent == sent && !t.in_quote)
    };
    let next = |i: usize| if same(i + 1) { doc.word(i + 1) } else { "" };
    // "Rubio said", "Rubio also told reporters", "the minister insisted". A participle after a
    // comma is the sentence subject's ("… left with Kowal, saying little"), and one that does
    // something else is no speech ("Kowal came late, adding to the delays").
    // Not one a role serves: "an aide to the president has said" is the aide's.
    // Nor the agent of a passive ("an idea backed by Okafor"); and a verb past a dash is outside
    // the aside the name stands in ("— an idea backed by Okafor — but voiced doubt").
    let agent = m.tok > 0 && same(m.tok - 1) && word_is(doc, m.tok - 1, "by");
    let subject = !served_by_role(doc, m.tok) && !agent;
    let near = |i: usize| same(i) && !doc.dash_before(i);
    let verb_after = subject
        && (m.end_tok..m.end_tok + VERB_WINDOW)
            .take_while(|&i| near(i))
            .any(|i| {
                let w = doc.word(i);
                // "Kowal was told …", "was accused of …": spoken to or of, not speaking.
                let passive = i > m.end_tok && is_be_form(doc.word(i - 1)) && !is_participle(w);
                // "Lopez called for sanctions", "has called on allies": a demand voiced;
                // "Mehta ruled that …", "Fairbrook reported that …": a finding voiced.
                !passive
                    && (calls_for(w, next(i))
                        || reports_that(w, next(i))
                        || is_reporting_verb(w)
                            && (!is_participle(w)
                                || !doc.gap_before(i).contains(',')
                                    && is_speech_participle(w, next(i))))
            });
    // "Kowal expressed hope that …", "Okafor voiced his concern over …": a stance voiced.
    let stance = |i: usize| {
        let det = matches!(next(i), "his" | "her" | "their" | "its");
        let noun = if det { i + 2 } else { i + 1 };
        same(noun) && is_voiced_stance(doc.word(i), doc.word(noun))
    };
    let voiced = subject
        && (m.end_tok..m.end_tok + VERB_WINDOW)
            .take_while(|&i| near(i))
            .any(stance);
    // "Anna Kowal, who chairs the joint security board, said": the verb right after the
    // apposition's closing comma.
    let verb_after_apposition = doc.gap_before(m.end_tok).contains(',')
        && (m.end_tok + 1..m.end_tok + APPOSITION_MAX)
            .take_while(|&i| same(i))
            .find(|&i| doc.gap_before(i).contains(','))
            .is_some_and(|j| {
                (j..j + VERB_WINDOW)
                    .take_while(|&i| same(i))
                    .any(|i| is_reporting_verb(doc.word(i)))
            });
    // "according to Rubio", "according to Kremlin spokesman Dmitry Peskov", "according to the
    // brigade's spokesman, Captain Ivan Petrenko": the name ends the phrase naming the source.
    let according = (m.tok.saturating_sub(ACCORDING_WINDOW)..m.tok.saturating_sub(1))
        .rev()
        .find(|&j| same(j) && word_is(doc, j, "according") && word_is(doc, j + 1, "to"))
        .is_some_and(|j| {
            (j + 2..m.tok).all(|i| same(i) && names_a_source(doc.word(i)))
                && !(j + 2..=m.tok).any(|i| doc.gap_before(i).contains(['.', ';']))
        });
    // "…, said Rubio", "said Rubio on Sunday" — but not "said Rubio had called" or "said she
    // had not seen": there the name opens what was said. A pronoun is the speaker only where
    // its clause ends ("…, said she.").
    let ends_clause = !same(m.end_tok) || doc.gap_before(m.end_tok).contains(',');
    let verb_before = m.tok >= 1
        && same(m.tok - 1)
        && is_strong_reporting_verb(doc.word(m.tok - 1))
        && if m.kind == MentionKind::Pronoun {
            ends_clause
        } else {
            ends_clause || !is_auxiliary(doc.word(m.end_tok))
        };
    // "Kowal dismissed the summit, warning that …": the sentence's subject speaks in a
    // participle after a comma.
    // (Counted only up to the bound, so a run-on sentence with many names stays linear.)
    let lead = doc.toks[..m.tok.min(doc.toks.len())]
        .iter()
        .rev()
        .take(MAX_LEAD_TOKENS + 1)
        .take_while(|t| t.sent == sent)
        .count();
    let participle = (lead <= MAX_LEAD_TOKENS || titled_subject(doc, m.tok))
        && (m.end_tok..m.end_tok + PARTICIPLE_WINDOW)
            .take_while(|&i| same(i))
            .any(|i| doc.gap_before(i).contains(',') && is_speech_participle(doc.word(i), next(i)));
    // "Kowal arrived on Monday and said …", "She spoke of a rematch … but voiced doubt …": the
    // sentence's subject speaks in a second verb its "and" / "but" joins to the first.
    let coordinated = subject
        && lead <= MAX_LEAD_TOKENS
        && (m.end_tok + 1..m.end_tok + PARTICIPLE_WINDOW)
            .take_while(|&i| same(i))
            .any(|i| {
                let w = doc.word(i);
                doc.joined(i)
                    && matches!(doc.word(i - 1), "and" | "but")
                    && (is_strong_reporting_verb(w) && !is_participle(w) || stance(i))
            });
    verb_after
        || voiced
        || verb_after_apposition
        || according
        || verb_before
        || participle
        || coordinated
}

/// Most words of a title before a sentence subject's name ("Council chief financial officer").
const MAX_TITLE_LEAD: usize = 6;

/// Words that end a title before a name: what follows them is no title of the name's
/// ("Residents who had waited for Vell").
const TITLE_BREAKS: &[&str] = &[
    "who", "which", "that", "with", "for", "by", "to", "and", "as", "after", "when", "while",
    "had", "has", "have", "was", "were", "is", "are",
];

/// Does the name at token `tok` open its sentence after only a title ("Council chief financial
/// officer Tomas Vell presented …"): at most [`MAX_TITLE_LEAD`] words with no comma between,
/// the last a role word, none a [`TITLE_BREAKS`] word?
fn titled_subject(doc: &Doc, tok: usize) -> bool {
    let Some(sent) = doc.toks.get(tok).map(|t| t.sent) else {
        return false;
    };
    let first = (0..tok)
        .rev()
        .take(MAX_TITLE_LEAD + 1)
        .take_while(|&i| doc.toks[i].sent == sent)
        .last()
        .unwrap_or(tok);
    first < tok
        && doc.opens_sentence(first)
        && tok - first <= MAX_TITLE_LEAD
        && describes_person(&doc.word(tok - 1).to_lowercase())
        && (first + 1..=tok).all(|i| !doc.gap_before(i).contains(','))
        && (first..tok).all(|i| !TITLE_BREAKS.contains(&doc.word(i).to_lowercase().as_str()))
}

/// Can a word stand in the phrase naming a source before its name ("the brigade's spokesman,
/// Captain …")? A capitalised word, a role, an article or a possessive — not "officials who met".
fn names_a_source(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        || describes_person(&word.to_lowercase())
        || matches!(word, "the" | "a" | "an" | "its" | "their" | "his" | "her")
        || word.ends_with("'s")
        || word.ends_with("’s")
}

/// Words after an attribution's verb that say where or when it was said, not what
/// (`He said at a meeting …`).
const SETTING_WORDS: &[&str] = &[
    "at", "in", "on", "during", "after", "before", "while", "when",
];

/// Does mention `m` open a sentence that only attributes the quote closing the sentence before
/// it (`“….” He said at a meeting in his home.`)? It says nothing of its own.
fn only_attributes(doc: &Doc, m: &Mention) -> bool {
    let Some(sent) = doc.toks.get(m.tok).map(|t| t.sent) else {
        return false;
    };
    let opens = doc.opens_sentence(m.tok);
    let after_quote = m.tok > 0 && doc.toks[m.tok - 1].in_quote;
    let verb = doc.joined(m.end_tok) && is_strong_reporting_verb(doc.word(m.end_tok));
    let next = m.end_tok + 1;
    let setting = doc.toks.get(next).is_none_or(|t| t.sent != sent)
        || SETTING_WORDS
            .iter()
            .any(|w| doc.word(next).eq_ignore_ascii_case(w));
    opens && after_quote && verb && setting
}

/// Does the sentence of token `tok` hold quoted words? Scans that sentence's tokens only.
fn has_quote(doc: &Doc, tok: usize) -> bool {
    let Some(sent) = doc.toks.get(tok).map(|t| t.sent) else {
        return false;
    };
    let before = doc.toks[..tok].iter().rev().take_while(|t| t.sent == sent);
    let after = doc.toks[tok..].iter().take_while(|t| t.sent == sent);
    before.chain(after).any(|t| t.in_quote)
}

/// The statements of an article: at most one per sentence, by the first person reported
/// speaking in it; none in a sentence a quote runs on into, and in one a quote spans only as
/// [`QuotedSentences`] allows.
pub fn find(doc: &Doc, mentions: &[Mention], quoted: &QuotedSentences) -> Vec<StatementSpan> {
    let mut out: Vec<StatementSpan> = Vec::new();
    for m in mentions {
        if m.possessive {
            continue;
        }
        let Some(sent) = doc.toks.get(m.tok).map(|t| t.sent) else {
            continue;
        };
        if out.iter().any(|s| s.sent == sent)
            || quoted.continued.get(sent).copied().unwrap_or(false)
            || !reports(doc, m)
        {
            continue;
        }
        // A sentence holding a quotation is the quote's: a statement only when it names its
        // speaker outright ("…, Rubio told reporters in Geneva"), whose words the quote lacks,
        // or when its quote is a fragment or given no one ("He added the issue was “the border
        // question”").
        let spanned = quoted.spanned.get(sent).copied().unwrap_or(true);
        if m.kind != MentionKind::Name && spanned && has_quote(doc, m.tok) {
            continue;
        }
        if only_attributes(doc, m) {
            continue;
        }
        out.push(StatementSpan {
            sent,
            person: m.person,
        });
    }
    out.sort_by_key(|s| s.sent);
    out
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use crate::extract::extract;
    use crate::source::parse_article;

    /// The statements' (speaker, sentence start) of an article body.
    fn statements(body: &str) -> Vec<(String, String)> {
        let text = format!("+++\ntitle = \"T\"\n+++\n\n{body}\n");
        let article = parse_article(Path::new("t.md"), text).expect("parses");
        extract(&article, "t")
            .statements
            .into_iter()
            .map(|s| (s.speaker, s.text.chars().take(24).collect()))
            .collect()
    }

    /// The last sentence of a quote running over several (`… stands. The board meets on
    /// Friday,” she said.`) is the quote's, not a statement of hers made of its words.
    #[test]
    fn a_quotes_closing_sentence_is_no_statement() {
        let got = statements(
            "Port chief Ines Falk spoke on Monday.\n\n\
             \"Everything we agreed in March still stands. The board meets on Friday,\" she said \
             after the session.\n\n\
             Falk said the dredging would start in May.",
        );
        assert_eq!(
            got,
            [(
                "Ines Falk".to_string(),
                "Falk said the dredging w".to_string()
            )]
        );
    }

    #[test]
    fn a_speaker_with_an_apposition_before_the_verb() {
        let got = statements(
            "Kestrel's chief negotiator, Anna Kowal, who chairs the joint security board, said \
             the round dealt with procedure.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "Anna Kowal");
        // With the quoted words of the statement in it too: the sentence names its speaker.
        let got = statements(
            "Kestrel's chief negotiator, Anna Kowal, who chairs the joint security board, said \
             the round dealt with \u{201c}procedure, not substance,\u{201d} and left.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "Anna Kowal");
    }

    #[test]
    fn calling_for_or_on_something_is_a_statement() {
        // `X called for …` reports what X demanded; `X called the mayor` reports a phone call.
        let got = statements(
            "Foreign Minister Maria Lopez spoke on Sunday.\n\nDetails: Lopez called for new \
             \"tough\" sanctions on the regime.\n\nLopez has called on allies to send more air \
             defences.\n\nLopez called the mayor of the port town on Monday.",
        );
        let texts: Vec<&str> = got.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(
            texts,
            ["Details: Lopez called fo", "Lopez has called on alli"],
            "{got:?}"
        );
        assert!(got.iter().all(|(who, _)| who == "Maria Lopez"), "{got:?}");
    }

    #[test]
    fn reporting_or_ruling_that_something_is_a_statement() {
        // `X reported that …`, `the judge ruled that …` say what X found or decided; `X reported
        // a loss` and `ruled out` report no one's words.
        let got = statements(
            "Wire reporter Lena Fairbrook covered the summit.\n\nMeanwhile, wire reporter Lena \
             Fairbrook reported that the talks had stalled over the map.\n\nHigh Court judge Anil \
             Mehta heard the case.\n\nMehta ruled that the search of the flat was unlawful.\n\n\
             Fairbrook reported a loss of two cameras.\n\nMehta ruled out a retrial.",
        );
        let texts: Vec<&str> = got.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(
            texts,
            ["Meanwhile, wire reporter", "Mehta ruled that the sea"],
            "{got:?}"
        );
        assert_eq!(got[0].0, "Lena Fairbrook");
        assert_eq!(got[1].0, "Anil Mehta");
    }

    /// What someone cites (`did not cite the weather as a factor`) is what they said of it.
    #[test]
    fn citing_something_is_a_statement() {
        let got = statements(
            "Kremlin aide Ivo Marsh, replying to questions on Friday, did not cite the weather as \
             a factor.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "Ivo Marsh");
    }

    #[test]
    fn an_apposition_without_a_reporting_verb_after_it_is_no_statement() {
        let got = statements(
            "Anna Kowal, who chairs the joint security board, arrived in Vienna on \
             Monday.",
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn the_subject_of_the_reported_clause_is_not_its_speaker() {
        // "said she had …": `she` opens what was said; the speaker is whoever said it, not the
        // last woman named.
        let got = statements(
            "Foreign Minister Maria Lopez said the harbour deal was close.\n\nThe harbour \
             master, Ines Ruiz, said she had not seen the report on the fire.",
        );
        assert!(
            got.iter()
                .all(|(who, text)| who != "Maria Lopez" || text.starts_with("Foreign")),
            "{got:?}"
        );
        // Nor is a named subject: "… said Rubio had called" is not Rubio's statement.
        let got = statements(
            "Paul Okafor arrived on Monday.\n\nThe harbour master said Okafor had called twice.",
        );
        assert!(got.is_empty(), "{got:?}");
        // The inverted attribution stays the speaker's.
        let got = statements(
            "The deal was close, said Paul Okafor.\n\nThe talks would go on, said Lena Brandt on \
             Sunday, after the vote.",
        );
        assert_eq!(got.len(), 2, "{got:?}");
    }

    #[test]
    fn a_participle_of_speech_after_the_subjects_clause_is_its_statement() {
        // "X did …, warning that …": X is the one warning.
        let got = statements(
            "Foreign Minister Anna Kowal and coach Paul Okafor arrived on Monday.\n\nKowal \
             dismissed the planned summit, warning that any talks must include Kestrel.\n\n\
             Okafor was more measured, insisting the result was down to poor finishing.",
        );
        let who: Vec<&str> = got.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(who, ["Anna Kowal", "Paul Okafor"], "{got:?}");
        // Not a participle of another verb, nor "adding to" something, nor a name later on.
        let got = statements(
            "Foreign Minister Anna Kowal and coach Paul Okafor arrived on Monday.\n\nKowal came \
             late, adding to the delays.\n\nOkafor waved to the crowd, smiling.\n\nThe crowd \
             cheered as the envoys left with Kowal, saying little.",
        );
        assert!(got.is_empty(), "{got:?}");
        // A title before the subject's name is part of the subject.
        let got = statements(
            "Council chief financial officer Tomas Vell presented the budget, saying it was the \
             end of a long road.\n\nResidents who had waited for Vell left the hall, saying \
             little.",
        );
        let who: Vec<&str> = got.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(who, ["Tomas Vell"], "{got:?}");
    }

    #[test]
    fn a_pronoun_closing_the_sentence_is_not_someone_the_sentence_names() {
        // "…, he said." after the reported words: "he" is the speaker of the story so far, not a
        // person the reported words name. Opening the sentence's main clause, it may be one named
        // in the clause before it.
        let got = statements(
            "Presidential aide Oleg Varin met the envoys on Friday.\n\nVarin said the maps had \
             been discussed.\n\nA meeting between President Anna Kowal and Prime Minister Paul \
             Okafor would depend on progress, he said.\n\nWhen Okafor landed in Vienna, he said \
             the talks would be long.",
        );
        let who: Vec<&str> = got.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(who, ["Oleg Varin", "Oleg Varin", "Paul Okafor"], "{got:?}");
    }

    #[test]
    fn a_pronoun_reporting_a_fragment_of_quotation_is_their_statement() {
        // "He added the hardest issue was “the border question,”": three quoted words are a
        // fragment of what he said; the sentence says the rest, and is his statement.
        let got = statements(
            "Prime Minister Paul Okafor said the summit went well.\n\nHe added the hardest issue \
             still open among the allies was \u{201c}the border question,\u{201d} which the \
             envoys would take up in May.",
        );
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got.iter().all(|(who, _)| who == "Paul Okafor"), "{got:?}");
        // A quote with a speaker of its own keeps the sentence: "“Fine,” he said." is a quote.
        let got = statements(
            "Prime Minister Paul Okafor said the summit went well.\n\n\u{201c}We will meet again \
             in May,\u{201d} he said.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn the_agent_of_a_passive_or_a_name_in_a_dashed_aside_is_not_the_speaker() {
        // "— an idea backed by Okafor — but voiced doubt": Okafor backed the idea; whoever
        // voiced the doubt, it was not him.
        let got = statements(
            "Foreign Minister Anna Kowal and coach Paul Okafor arrived on Monday.\n\nShe also \
             spoke of a rematch in the spring — an idea backed by Okafor — but voiced doubt \
             about the date.\n\nThe plan was drawn up by Okafor and signed off on Friday.",
        );
        assert!(got.iter().all(|(who, _)| who != "Paul Okafor"), "{got:?}");
        // The doubt is hers: the sentence's subject, in the verb its "but" joins on.
        assert!(
            got.iter()
                .any(|(who, text)| who == "Anna Kowal" && text.starts_with("She also")),
            "{got:?}"
        );
        // A name before its verb, whatever dashes the sentence holds elsewhere, still speaks.
        let got =
            statements("Coach Paul Okafor said the spring — not the winter — suited the squad.");
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn a_voiced_stance_is_a_statement() {
        // "X expressed hope that …", "X voiced concern over …": what X said, in the article's
        // words. Not a stance verb without a stance noun ("expressed the parcels").
        let got = statements(
            "Finance Minister Anna Kowal exuded confidence that the party would win 300 \
             seats.\n\nCoach Paul Okafor voiced his concern over the injuries.\n\nKowal \
             expressed surprise at the turnout.\n\nOkafor expressed the parcels to Vienna.",
        );
        let who: Vec<&str> = got.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(who, ["Anna Kowal", "Paul Okafor", "Anna Kowal"], "{got:?}");
    }

    #[test]
    fn an_aide_to_someone_is_not_that_someone() {
        // "An aide to the president has said …": the aide speaks, not the president. One led by
        // someone is led by a speaker ("led by Kowal, who told reporters …").
        let got = statements(
            "President Anna Kowal met the envoys.\n\nA senior aide to the president has said \
             there is no agreed plan.\n\nA spokesman for Kowal said the maps were ready.\n\n\
             Kowal said the talks were useful.",
        );
        let who: Vec<&str> = got.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(who, ["Anna Kowal"], "{got:?}");
        assert!(got[0].1.starts_with("Kowal said"), "{got:?}");
    }

    #[test]
    fn a_surname_misspelt_by_the_article_is_still_its_person() {
        // Real copy misspells a surname once ("Pimlot" for "Pimlott"); one letter off a known
        // surname, before a reporting verb, it is that person. A name two letters off is not.
        let got = statements(
            "Ken Pimlott is the director of the agency.\n\nPimlot says there was evidence of \
             late evacuations.\n\nPimlet says the roads were clear.",
        );
        let who: Vec<&str> = got.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(who, ["Ken Pimlott"], "{got:?}");
        assert!(got[0].1.starts_with("Pimlot says"), "{got:?}");
    }

    #[test]
    fn a_sentence_that_only_attributes_the_quote_before_it_is_no_statement() {
        // `“….” He said at a meeting in his home.`: the quote's attribution, which says nothing
        // itself; `He said the count was fair.` after a quote does.
        let got = statements(
            "Mayor Ines Corvo visited the commission.\n\n“We thank them.” She said at a \
             meeting in her office.\n\n“It was close.” She said the count was fair.",
        );
        let said: Vec<&str> = got.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(said, ["She said the count was f"], "{got:?}");
    }

    #[test]
    fn according_to_a_role_then_the_name_is_the_names_statement() {
        let got = statements(
            "According to the brigade's spokesman, Captain Ivan Petrenko, assault groups attack \
             in pairs.\n\nThe grid is failing, according to Kremlin spokesman Dmitry Peskov.\n\n\
             According to officials who met Peskov, the talks were short.",
        );
        let who: Vec<&str> = got.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(who, ["Ivan Petrenko", "Dmitry Peskov"], "{got:?}");
    }

    #[test]
    fn the_one_spoken_to_is_not_the_speaker() {
        // "X was told …", "X was asked …": someone else's words, to X. "X was saying …" is X's.
        let got = statements(
            "Deputy minister Olena Hart met the envoys.\n\nHart was told the talks were \
             off.\n\nHart was asked to leave the room.\n\nHart was saying the maps were ready.",
        );
        let said: Vec<&str> = got.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(said, ["Hart was saying the maps"], "{got:?}");
    }

    #[test]
    fn a_lower_case_title_with_its_complement_is_the_names_own() {
        // "US secretary of state Marco Rubio said …": "secretary of state" is Rubio's title, not a
        // role serving him as "an aide to president Anna Kowal" serves Kowal.
        let got = statements(
            "US secretary of state Marco Rubio said on Sunday he had made progress.\n\nThe \
             minister of finance Paul Okafor said the budget was fixed.\n\nAn aide to president \
             Anna Kowal said the maps were ready.",
        );
        let who: Vec<&str> = got.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(who, ["Marco Rubio", "Paul Okafor"], "{got:?}");
    }
}
