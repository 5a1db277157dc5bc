//! `suggest`: questions Parley can answer that match what someone has typed so far (autocomplete,
//! and the suggestions under a "no answer").

use crate::kb::KnowledgeBase;
use crate::lexicon::frequency::usage;
use crate::lexicon::questions::is_number;
use crate::model::Kind;
use crate::reply::text;
use crate::retrieve::text::is_generic;
use crate::retrieve::{fold_words, IntentKind, Query, ScoredDoc};

/// A suggested question is at most this long (it must read as a question, and fit a button or an
/// autocomplete choice).
pub const SUGGESTION_MAX_CHARS: usize = 100;
/// Per letter, a little weight for longer words when two are about as distinctive.
const LENGTH_TIEBREAK: f32 = 0.05;
/// How much of what was typed is looked at.
const PARTIAL_MAX_CHARS: usize = 200;

/// The most distinctive content word of a text (highest idf), as written in it: a noun, or a word
/// English does not list as common (a place, a party); a number in words ("three") is no topic.
fn salient_word(kb: &KnowledgeBase, text: &str, prefer: &Query) -> Option<String> {
    let index = kb.index();
    let ws = fold_words(text);
    // A word the partial question asked about, when the text has it.
    for s in &prefer.slots {
        if s.is_name {
            continue;
        }
        if let Some(w) = ws
            .iter()
            .find(|w| index.term_of(w).is_some_and(|t| s.matches(t)))
        {
            return Some(w.clone());
        }
    }
    ws.into_iter()
        .filter(|w| {
            w.chars().count() >= 5 && !is_generic(w) && !is_number(w) && index.term_of(w).is_some()
        })
        .filter(|w| !kb.people().iter().any(|p| fold_words(&p.name).contains(w)))
        // A topic is a thing: "what did X say about tremendous" reads as nonsense.
        .filter(|w| usage(w).is_none_or(|u| u.noun))
        .map(|w| {
            (
                index.word_idf(&w) + LENGTH_TIEBREAK * w.chars().count() as f32,
                w,
            )
        })
        .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)))
        .map(|x| x.1)
}

fn shorten_question(s: &str) -> String {
    crate::reply::truncate(s, SUGGESTION_MAX_CHARS)
}

/// Up to `limit` questions Parley can answer that match what someone has typed so far, each at
/// most 100 characters.
pub fn suggest(kb: &KnowledgeBase, partial: &str, limit: usize) -> Vec<String> {
    if limit == 0 {
        return Vec::new();
    }
    let mut partial: String = partial.chars().take(PARTIAL_MAX_CHARS).collect();
    let index = kb.index();
    // Complete the word being typed when the corpus does not know it as it stands.
    if !partial.ends_with(char::is_whitespace) {
        if let Some(last) = fold_words(&partial).pop() {
            if last.chars().count() >= 2 && index.term_of(&last).is_none() {
                if let Some(word) = index.complete(&last) {
                    partial.push_str(&format!(" {word}"));
                }
            }
        }
    }
    let q = kb.analyze(&partial);
    let mut out: Vec<String> = Vec::new();
    let push = |s: String, out: &mut Vec<String>| {
        let s = shorten_question(&s);
        if !out.iter().any(|x| x.eq_ignore_ascii_case(&s)) && out.len() < limit {
            out.push(s);
        }
    };
    let docs: Vec<ScoredDoc> = if q.slots.is_empty() {
        // Nothing typed yet: the first attributed quotes.
        kb.first_attributed_quotes(limit * 2)
    } else {
        kb.search_query(&q, limit * 3)
    };
    if q.intent.kind == IntentKind::WhoIs || (q.slots.len() == 1 && !q.people.is_empty()) {
        for &p in &q.people {
            if let Some(p) = kb.people().get(p as usize) {
                push(text::suggest_said(&p.name, None), &mut out);
                push(text::suggest_who(&p.name), &mut out);
            }
        }
    }
    for d in &docs {
        let Some(s) = kb.sources().get(d.source as usize) else {
            continue;
        };
        match d.kind {
            Kind::Quote => {
                let Some(x) = s.quotes.get(d.item as usize) else {
                    continue;
                };
                if let Some(name) = &x.speaker {
                    let topic = salient_word(kb, &x.text, &q);
                    push(text::suggest_said(name, topic.as_deref()), &mut out);
                }
            }
            Kind::Statement => {
                if let Some(x) = s.statements.get(d.item as usize) {
                    let topic = salient_word(kb, &x.text, &q);
                    push(text::suggest_said(&x.speaker, topic.as_deref()), &mut out);
                }
            }
            Kind::Fact => {
                if let Some(f) = s.facts.get(d.item as usize) {
                    push(f.text.clone(), &mut out);
                }
            }
        }
        if out.len() >= limit {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A suggestion asks about a topic: a number in words ("three rounds") is none.
    #[test]
    fn a_number_in_words_is_no_topic() {
        let text =
            "+++\ntitle = \"Talks\"\n+++\n\nMinister Ana Ruiz spoke on Monday of rounds.\n\n\
                    “Three rounds,” Ruiz said.\n";
        let a = crate::source::parse_article(std::path::Path::new("t.md"), text.into()).unwrap();
        let kb = KnowledgeBase::from_articles(vec![a], None, crate::retrieve::Synonyms::default())
            .unwrap();
        let none = kb.analyze("");
        assert_eq!(
            salient_word(&kb, "Three rounds,", &none).as_deref(),
            Some("rounds")
        );
    }

    /// "What did X say about tremendous?" reads badly: a topic is a noun, or a word English
    /// does not list as common (a place, a party); a quote with neither suggests "What did X
    /// say?".
    #[test]
    fn a_topic_is_a_noun() {
        let text = "+++\ntitle = \"Talks\"\n+++\n\nMinister Ana Ruiz spoke on Monday.\n\n\
                    “Tremendous progress,” Ruiz said. “Terrible,” she added. “Donbas is \
                    ours,” she said.\n";
        let a = crate::source::parse_article(std::path::Path::new("t.md"), text.into()).unwrap();
        let kb = KnowledgeBase::from_articles(vec![a], None, crate::retrieve::Synonyms::default())
            .unwrap();
        let none = kb.analyze("");
        let topic = |t: &str| salient_word(&kb, t, &none);
        assert_eq!(topic("Tremendous progress,").as_deref(), Some("progress"));
        assert_eq!(topic("Terrible,"), None);
        assert_eq!(topic("Donbas is ours,").as_deref(), Some("donbas"));
    }
}
