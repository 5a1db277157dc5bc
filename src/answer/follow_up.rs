//! Follow-up questions: a question asked in reply to one of Parley's answers is read with that
//! answer as context. A pronoun (`he`, `she`, `they`, `his`, …) means the earlier answer's speaker;
//! a bare topic (`and about sanctions?`) asks what that speaker said about it. A question that
//! names a known person stands on its own.

use super::buttons::hits_by_keys;
use crate::kb::KnowledgeBase;

/// Pronouns that stand for the earlier speaker, and what they become.
const PRONOUNS: &[(&str, bool)] = &[
    ("he", false),
    ("she", false),
    ("him", false),
    ("they", false),
    ("them", false),
    ("his", true),
    ("her", true),
    ("their", true),
];
/// Words that open a full question; a follow-up without one is a bare topic.
const QUESTION_OPENERS: &[&str] = &[
    "what", "who", "whom", "whose", "when", "where", "why", "how", "which", "did", "does", "do",
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should",
];
/// Words that only point back at the earlier answer (`what else did she say`): dropped.
const BACK_REFERENCES: &[&str] = &["else", "further", "additionally"];
/// Leading words of a bare topic that are dropped (`and about sanctions` → `sanctions`).
const TOPIC_LEADS: &[&str] = &["and", "also", "what", "about", "on", "regarding", "re"];

/// The speaker of the first quote among the earlier answer's items (by their keys).
pub fn previous_speaker(kb: &KnowledgeBase, keys: &[String]) -> Option<String> {
    hits_by_keys(kb, keys).into_iter().find_map(|h| h.speaker)
}

/// The question to answer, with `speaker` (the earlier answer's) standing in for pronouns or
/// added to a bare topic.
pub fn with_context(kb: &KnowledgeBase, question: &str, speaker: Option<&str>) -> String {
    let Some(speaker) = speaker else {
        return question.to_string();
    };
    if !kb.analyze(question).people.is_empty() {
        return question.to_string();
    }
    let mut replaced = false;
    let words: Vec<String> = question
        .split_whitespace()
        .filter(|w| {
            let core = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            !BACK_REFERENCES.contains(&core.as_str())
        })
        .map(|w| {
            let core = w.trim_matches(|c: char| !c.is_alphanumeric());
            let lower = core.to_lowercase();
            match PRONOUNS.iter().find(|(p, _)| *p == lower) {
                Some((_, possessive)) => {
                    replaced = true;
                    let name = if *possessive {
                        format!("{speaker}'s")
                    } else {
                        speaker.to_string()
                    };
                    w.replacen(core, &name, 1)
                }
                None => w.to_string(),
            }
        })
        .collect();
    if replaced {
        return words.join(" ");
    }
    let lower: Vec<String> = words
        .iter()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    if lower
        .first()
        .is_some_and(|w| QUESTION_OPENERS.contains(&w.as_str()))
    {
        return question.to_string();
    }
    let skip = lower
        .iter()
        .take_while(|w| TOPIC_LEADS.contains(&w.as_str()))
        .count();
    let topic = words[skip.min(words.len())..]
        .join(" ")
        .trim_end_matches(['?', '.', '!'])
        .to_string();
    if topic.is_empty() {
        return format!("What did {speaker} say?");
    }
    format!("What did {speaker} say about {topic}?")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kb() -> KnowledgeBase {
        crate::kb::load_dir(std::path::Path::new("data")).unwrap()
    }

    #[test]
    fn pronouns_and_bare_topics_take_the_earlier_speaker() {
        let kb = kb();
        let s = Some("Marco Rubio");
        assert_eq!(
            with_context(&kb, "what else did he say?", s),
            "what did Marco Rubio say?"
        );
        assert_eq!(
            with_context(&kb, "and about sanctions?", s),
            "What did Marco Rubio say about sanctions?"
        );
        assert_eq!(
            with_context(&kb, "What did his critics say?", s),
            "What did Marco Rubio's critics say?"
        );
        // A question naming someone, a full question without a pronoun, or no earlier speaker:
        // unchanged.
        for q in ["What did Jake Sullivan say?", "Where were the talks held?"] {
            assert_eq!(with_context(&kb, q, s), q);
        }
        assert_eq!(
            with_context(&kb, "and about sanctions?", None),
            "and about sanctions?"
        );
    }
}
