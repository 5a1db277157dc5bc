//! Question intent: what kind of answer a question wants — a person's statements ("what did X
//! say about Y"), a speaker ("who said …"), a person's role ("who is X"), a time, a place or a
//! quantity —
//! read from its folded words.

use super::text::is_stop;
use crate::lexicon::questions::{
    asks_date, measure_asked, modifies_verb, quantity_word_at, Measure,
};
use crate::lexicon::{
    asks_given_words, calls_for, is_asking_word, is_judgement_verb, is_statement_verb,
};

/// What a question asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IntentKind {
    /// Anything else: the best matching fact or quote.
    General,
    /// "What did X say/think about Y": X's quotes and statements.
    SaidBy,
    /// "Who said/called/criticized …": the answer names its speaker.
    WhoSaid,
    /// "Who is X": X's role.
    WhoIs,
    /// "When …": facts with dates.
    When,
    /// "Where …": facts with places.
    Where,
    /// "How long / how much / how many …": facts with numbers, durations, amounts; the measure
    /// says which unit the number should carry.
    Quantity(Measure),
}

impl IntentKind {
    /// Does the question ask for a kind of answer a sentence may lack: a date, a place, a number?
    pub fn asks_type(self) -> bool {
        matches!(self, Self::When | Self::Where | Self::Quantity(_))
    }
}

/// The intent and, for [`IntentKind::SaidBy`] and [`IntentKind::WhoIs`], the word range naming
/// the person asked about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Intent {
    pub kind: IntentKind,
    pub subject: Option<(usize, usize)>,
}

const AUX: &[&str] = &[
    "did", "does", "do", "has", "have", "had", "is", "was", "will", "would", "can", "could",
];

const BE: &[&str] = &["is", "was", "are", "were", "s"];

/// Reads the intent from a question's folded words (stop words included).
pub fn detect(words: &[String]) -> Intent {
    let general = Intent {
        kind: IntentKind::General,
        subject: None,
    };
    let head = words.iter().take(3).position(|w| {
        matches!(
            w.as_str(),
            "who" | "whos" | "whom" | "when" | "where" | "what" | "how" | "why" | "which"
        )
    });
    let q = head.map(|i| (i, words[i].as_str()));
    if let Some((i, "who" | "whos")) = q {
        let rest = &words[i + 1..];
        if words[i] == "whos" || rest.first().is_some_and(|w| BE.contains(&w.as_str())) {
            let from = if words[i] == "whos" { i + 1 } else { i + 2 };
            let to = words.len();
            if from < to && to - from <= 4 {
                return Intent {
                    kind: IntentKind::WhoIs,
                    subject: Some((from, to)),
                };
            }
        }
        if !rest.is_empty()
            && rest.len() <= 3
            && rest.iter().all(|w| !is_stop(w) && !is_asking_word(w))
        {
            return Intent {
                kind: IntentKind::WhoIs,
                subject: Some((i + 1, words.len())),
            };
        }
        // "Who said/called/criticized …" asks for a speaker; "who will lead …" for anyone.
        let says = rest
            .iter()
            .take(3)
            .any(|w| is_asking_word(w) || is_statement_verb(w) || is_judgement_verb(w));
        return Intent {
            kind: if says {
                IntentKind::WhoSaid
            } else {
                IntentKind::General
            },
            subject: None,
        };
    }
    if let Some(subject) = said_by_subject(words) {
        return Intent {
            kind: IntentKind::SaidBy,
            subject: Some(subject),
        };
    }
    if let Some(measure) = measure_asked(words) {
        return Intent {
            kind: IntentKind::Quantity(measure),
            subject: None,
        };
    }
    let when = matches!(q, Some((_, "when"))) || asks_date(words);
    if when {
        return Intent {
            kind: IntentKind::When,
            subject: None,
        };
    }
    if let Some((_, "where")) = q {
        return Intent {
            kind: IntentKind::Where,
            subject: None,
        };
    }
    general
}

/// Third-person pronouns that may stand for a name the question opened with.
const PRONOUNS: &[&str] = &["he", "she", "they"];

/// Most words of a name opening a question before the question word (`jake sullivan what …`).
const MAX_OPENING_NAME_WORDS: usize = 3;

/// Nouns whose "of" names the one whose words a question asks for, as "according to" does: "in
/// the view of X", "in the opinion of X", "in the eyes of X".
const VIEW_OF: &[&str] = &["view", "views", "opinion", "eyes", "estimation"];

/// "what did X say", "what does X think", "X's view on", "according to X", "in the view of X".
fn said_by_subject(words: &[String]) -> Option<(usize, usize)> {
    if let Some(t) = words.windows(2).position(|w| {
        w[0] == "according" && w[1] == "to" || VIEW_OF.contains(&w[0].as_str()) && w[1] == "of"
    }) {
        let from = t + 2;
        // `according to the Latvian envoy`: the role's article opens the subject.
        let head = from + usize::from(words.get(from).is_some_and(|w| w == "the"));
        let to = (head..words.len())
            .find(|&j| is_stop(&words[j]))
            .unwrap_or(words.len());
        if head < to {
            return Some((from, to));
        }
    }
    // `did X call for …`, `has X called on …`: calling for or on something is saying it; calling
    // someone (`did Trump call Putin`) is not.
    let calls = |i: usize| calls_for(&words[i], words.get(i + 1).map_or("", String::as_str));
    // `secretary of state`, `head of state`: after `of` the word is a noun, not the verb.
    let asks = |i: usize| is_asking_word(&words[i]) && !(i > 0 && words[i - 1] == "of");
    // `what reason did X give`: giving a reason or an explanation is saying it.
    let gives = |i: usize| {
        i > 1
            && matches!(words[0].as_str(), "what" | "which")
            && asks_given_words(&words[1], &words[i])
    };
    let found = (0..words.len()).find(|&i| asks(i) || calls(i) || gives(i))?;
    // `did X actually say`: the adverbs before the verb are the verb's, not the speaker's.
    let v = (0..found)
        .rev()
        .take_while(|&i| modifies_verb(&words[i]))
        .last()
        .unwrap_or(found);
    // `did X give details of the progress he claimed`: a pronoun right before the verb, after
    // other words, is its subject in a clause of the question's own, which asks no one's words.
    let clause = v >= 2
        && PRONOUNS.contains(&words[v - 1].as_str())
        && !is_stop(&words[v - 2])
        && !AUX.contains(&words[v - 2].as_str());
    if clause {
        return None;
    }
    if let Some(a) = words[..v].iter().rposition(|w| AUX.contains(&w.as_str())) {
        let span = (a + 1, v);
        if span.0 < span.1 && words[span.0..span.1].iter().any(|w| !is_stop(w)) {
            return Some(span);
        }
        // `jake sullivan what did he say …`: a pronoun for the name the question opens with.
        let pronoun = span.1 == span.0 + 1 && PRONOUNS.contains(&words[span.0].as_str());
        let opener = words[..a]
            .iter()
            .position(|w| matches!(w.as_str(), "what" | "how"));
        if let Some(q) = opener.filter(|&q| pronoun && (1..=MAX_OPENING_NAME_WORDS).contains(&q)) {
            if words[..q].iter().all(|w| !is_stop(w)) {
                return Some((0, q));
            }
        }
    }
    let from = words[..v]
        .iter()
        .rposition(|w| is_stop(w))
        .map_or(0, |i| i + 1);
    // `how much frozen Russian state money`: the words after "how much" are what it measures.
    let measured = quantity_word_at(words).is_some_and(|q| from == q + 1);
    (from < v && !measured).then_some((from, v))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detect_str(q: &str) -> (IntentKind, Option<String>) {
        let mut ws = Vec::new();
        super::super::text::words(&super::super::text::fold(q), |w| {
            if !w.joined {
                ws.push(w.text)
            }
        });
        let i = detect(&ws);
        (i.kind, i.subject.map(|(a, b)| ws[a..b].join(" ")))
    }

    #[test]
    fn a_pronoun_saying_in_a_clause_asks_no_ones_words() {
        assert_eq!(
            detect_str("Did Halvorsen give any figures for the savings he claimed?"),
            (IntentKind::General, None)
        );
        assert_eq!(
            detect_str("kelly what did she say about the bridge"),
            (IntentKind::SaidBy, Some("kelly".into()))
        );
    }

    /// "What does X want" asks for X's stated wishes, as "what does X think" asks for views.
    #[test]
    fn what_someone_wants_asks_for_their_words() {
        for (q, who) in [
            (
                "What does the harbour chair want before any deal gets signed?",
                "the harbour chair",
            ),
            ("what does halvorsen want from the talks", "halvorsen"),
        ] {
            assert_eq!(detect_str(q), (IntentKind::SaidBy, Some(who.into())), "{q}");
        }
    }

    #[test]
    fn an_adverb_before_the_verb_is_no_part_of_the_speaker() {
        for (q, who) in [
            (
                "Did Halvorsen actually say the bridge would reopen?",
                "halvorsen",
            ),
            (
                "has the harbour master publicly said anything on fees",
                "the harbour master",
            ),
            ("did Kelly ever say the bridge was safe", "kelly"),
        ] {
            assert_eq!(detect_str(q), (IntentKind::SaidBy, Some(who.into())), "{q}");
        }
    }

    #[test]
    fn reads_intents() {
        assert_eq!(
            detect_str("What did Marco Rubio say about concessions?"),
            (IntentKind::SaidBy, Some("marco rubio".into()))
        );
        // What "how much" measures is no speaker, though a noun after it reads as a verb of
        // speech ("state money").
        assert_eq!(
            detect_str("how much frozen russian state money is sitting in the EU?"),
            (IntentKind::Quantity(Measure::Amount), None)
        );
        assert_eq!(
            detect_str("how many prisoners did Zelensky say were freed?"),
            (IntentKind::SaidBy, Some("zelensky".into()))
        );
        assert_eq!(
            detect_str("What does Rubio think about Putin?"),
            (IntentKind::SaidBy, Some("rubio".into()))
        );
        assert_eq!(
            detect_str("Rubio's view on sanctions"),
            (IntentKind::SaidBy, Some("rubio".into()))
        );
        // How someone rates, assesses or regards a thing is their view of it.
        for (q, who) in [
            (
                "how does the finance minister rate the bids",
                "the finance minister",
            ),
            ("How did Okafor assess the first round?", "okafor"),
            ("how does okafor regard the chances of a deal", "okafor"),
        ] {
            assert_eq!(detect_str(q), (IntentKind::SaidBy, Some(who.into())), "{q}");
        }
        // The nouns for what someone said: their reaction, response, message, verdict.
        for q in [
            "What was Rubio's reaction to the sanctions?",
            "what was rubio's response on sanctions",
            "Rubio's message on sanctions",
            "What was Rubio's verdict on the sanctions?",
        ] {
            assert_eq!(
                detect_str(q),
                (IntentKind::SaidBy, Some("rubio".into())),
                "{q}"
            );
        }
        // Other verbs a speaker's statement is asked by: what they confirmed, denied, revealed.
        for (q, who) in [
            (
                "what did the chief negotiator confirm about the calls",
                "the chief negotiator",
            ),
            ("what did Rubio deny about the deal", "rubio"),
            (
                "what has the minister revealed about the plan",
                "the minister",
            ),
            ("what did Keller explain about the vote", "keller"),
            // How someone described or reacted to a thing is what they said of it.
            (
                "how did the coast guard spokesperson describe the encounter",
                "the coast guard spokesperson",
            ),
            ("how did keller react to the vote", "keller"),
            // How someone summed up, portrayed or views a thing is what they said of it.
            ("how did okafor sum up the season", "okafor"),
            ("how did the mayor portray the budget", "the mayor"),
            ("how does keller view the vote", "keller"),
        ] {
            assert_eq!(detect_str(q), (IntentKind::SaidBy, Some(who.into())), "{q}");
        }
        // A sum paid, or the view from a tower, is no one's words.
        for q in [
            "what sum did the council pay okafor",
            "how good is the view from the tower",
        ] {
            assert_ne!(detect_str(q).0, IntentKind::SaidBy, "{q}");
        }
        // `of state` is no verb: the secretary of state is who is asked about.
        assert_eq!(
            detect_str("what did the us secretary of state say after the session"),
            (IntentKind::SaidBy, Some("the us secretary of state".into()))
        );
        // Calling for or on someone is saying something: "did X call for sanctions?".
        assert_eq!(
            detect_str("did ukraine's foreign minister call for more sanctions?"),
            (IntentKind::SaidBy, Some("ukraine foreign minister".into()))
        );
        assert_eq!(
            detect_str("did Trump call Putin after the summit?").0,
            IntentKind::General
        );
        // Chat style: the name first, then a pronoun for them.
        assert_eq!(
            detect_str("jake sullivan what did he say was missing"),
            (IntentKind::SaidBy, Some("jake sullivan".into()))
        );
        assert_eq!(
            detect_str("Keller - what does she think of the plan?"),
            (IntentKind::SaidBy, Some("keller".into()))
        );
        assert_eq!(
            detect_str("what did he say about it").0,
            IntentKind::General
        );
        // British and Australian English "reckon" for "think".
        assert_eq!(
            detect_str("how does ramos reckon the vote went"),
            (IntentKind::SaidBy, Some("ramos".into()))
        );
        assert_eq!(
            detect_str("according to Chris Murphy, was it a disaster?"),
            (IntentKind::SaidBy, Some("chris murphy".into()))
        );
        // Someone described by a role: the role is the subject, as in "what did the envoy say".
        assert_eq!(
            detect_str("according to the latvian envoy in oslo, what counts most?"),
            (IntentKind::SaidBy, Some("the latvian envoy".into()))
        );
        // "What reason did X give": a reason, an excuse or an explanation given is said.
        assert_eq!(
            detect_str("what reason did the club's lawyer give for the delay?"),
            (IntentKind::SaidBy, Some("the club lawyer".into()))
        );
        assert_eq!(
            detect_str("what explanation has Keller offered"),
            (IntentKind::SaidBy, Some("keller".into()))
        );
        assert_eq!(
            detect_str("what did the donor give to the hospital?").0,
            IntentKind::General
        );
        // "in the view of X", "in the opinion of X": the one whose view it is follows "of".
        assert_eq!(
            detect_str("is the blockade lawful, in the view of the latvian envoy?"),
            (IntentKind::SaidBy, Some("the latvian envoy".into()))
        );
        assert_eq!(
            detect_str("what counts most in the opinion of Chris Murphy"),
            (IntentKind::SaidBy, Some("chris murphy".into()))
        );
        assert_eq!(
            detect_str("Who said the meeting was a disaster?").0,
            IntentKind::WhoSaid
        );
        assert_eq!(
            detect_str("who called it a disaster").0,
            IntentKind::WhoSaid
        );
        assert_eq!(
            detect_str("Who is Jake Sullivan?"),
            (IntentKind::WhoIs, Some("jake sullivan".into()))
        );
        assert_eq!(
            detect_str("who's Sullivan"),
            (IntentKind::WhoIs, Some("sullivan".into()))
        );
        assert_eq!(
            detect_str("When did Russia invade Ukraine?").0,
            IntentKind::When
        );
        assert_eq!(
            detect_str("Where were the talks held?").0,
            IntentKind::Where
        );
        assert_eq!(detect_str("Is a ceasefire likely?").0, IntentKind::General);
        assert_eq!(
            detect_str("Who will lead the delegation?").0,
            IntentKind::General
        );
        assert_eq!(
            detect_str("Who accused the West of lying?").0,
            IntentKind::WhoSaid
        );
    }
}
