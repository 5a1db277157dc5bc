//! The one home of Parley's knowledge of how questions are phrased, apart from verbs: the phrases
//! that ask for an overview of a story rather than one fact, the words that ask for the newest
//! news, and the words that ask a yes/no question or for a quantity or a duration. Question
//! analysis reads folded words (lower case, no apostrophes: `whats`).

use super::wordset::WordSet;

/// Folded word sequences that ask for an overview ("what happened in …", "summarize …"). Each
/// is matched as consecutive words anywhere in the question.
#[rustfmt::skip]
pub const BROAD_PHRASES: &[&[&str]] = &[
    &["what", "happened"], &["what", "has", "happened"], &["whats", "happened"],
    &["what", "is", "happening"], &["whats", "happening"],
    &["what", "is", "going", "on"], &["whats", "going", "on"], &["what", "went", "on"],
    &["summarize"], &["summarise"], &["summary"], &["overview"], &["recap"],
    &["any", "news"], &["any", "update"], &["any", "updates"],
    &["tell", "me", "about"], &["fill", "me", "in"], &["catch", "me", "up"], &["brief", "me"],
    &["whats", "the", "story"], &["what", "is", "the", "story"],
    &["whats", "the", "deal"], &["what", "is", "the", "deal"],
    &["whats", "the", "situation"], &["what", "is", "the", "situation"],
    // Folding drops "'s": "what's going on" arrives as "what going on".
    &["what", "happening"], &["what", "going", "on"], &["what", "the", "story"],
    &["what", "the", "deal"], &["what", "the", "situation"],
    &["life", "like"],
    // Other common ways of asking for the gist.
    &["whats", "new"], &["what", "is", "new"], &["what", "new", "with"], &["what", "new", "on"],
    &["whats", "up", "with"], &["what", "up", "with"], &["rundown"], &["lowdown"],
    &["key", "points"], &["main", "points"], &["nutshell"], &["tldr"], &["highlights"],
    &["what", "do", "we", "know"], &["where", "do", "things", "stand"],
    &["where", "things", "stand"], &["state", "of", "play"], &["background", "on"],
    &["whats", "the", "drama"], &["what", "the", "drama"], &["whats", "the", "fuss"],
    &["what", "the", "fuss"], &["whats", "the", "row"], &["what", "the", "row"],
];

/// Words that end a broad "how" question ("how did the final go", "how is X doing").
static BROAD_ENDINGS: WordSet = WordSet::new(&["go", "going", "doing", "gone", "went"]);

/// Words that ask for the newest news ("what is the latest", "most recently").
static RECENCY_WORDS: WordSet = WordSet::new(&[
    "latest",
    "recent",
    "recently",
    "lately",
    "now",
    "newest",
    "today",
    "currently",
    "current",
    "updates",
    "update",
]);

/// Words that open a yes/no question.
static YES_NO_OPENERS: WordSet = WordSet::new(&[
    "is", "are", "was", "were", "do", "does", "did", "has", "have", "had", "will", "would", "can",
    "could", "should", "may", "might",
]);

/// Words that, after `how`, ask for a quantity, a duration or a distance.
static HOW_QUANTITY: WordSet = WordSet::new(&[
    "long", "much", "many", "far", "old", "big", "fast", "often", "large", "high", "soon",
]);

/// The question's words with "what s" (from "what's") joined back into "whats"; with, per word,
/// the index of the first original word it stands for.
fn joined(words: &[String]) -> (Vec<&str>, Vec<usize>) {
    let mut out = Vec::with_capacity(words.len());
    let mut at = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        if words[i] == "what" && words.get(i + 1).is_some_and(|w| w == "s") {
            out.push("whats");
            at.push(i);
            i += 2;
            continue;
        }
        out.push(words[i].as_str());
        at.push(i);
        i += 1;
    }
    (out, at)
}

fn has_phrase(words: &[&str], phrase: &[&str]) -> bool {
    !phrase.is_empty()
        && words
            .windows(phrase.len())
            .any(|w| w.iter().zip(phrase).all(|(a, b)| a == b))
}

/// Does a question (folded words) ask for an overview of a story?
pub fn asks_overview(words: &[String]) -> bool {
    let (words, _) = joined(words);
    if BROAD_PHRASES.iter().any(|p| has_phrase(&words, p)) {
        return true;
    }
    // "how did the final go", "how is Halvorsen doing": `how` first, a broad verb last — but not
    // "how long has the war been going", which asks for a duration.
    let first = words.first().copied();
    first == Some("how")
        && !words.get(1).is_some_and(|w| HOW_QUANTITY.contains(w))
        && words.len() >= 4
        && words.last().is_some_and(|w| BROAD_ENDINGS.contains(w))
}

/// Does a question ask for the newest news?
pub fn asks_recent(words: &[String]) -> bool {
    words.iter().any(|w| RECENCY_WORDS.contains(w))
}

/// Does a question ask yes or no ("Is the deadline firm?")?
pub fn asks_yes_no(words: &[String]) -> bool {
    words.first().is_some_and(|w| YES_NO_OPENERS.contains(w))
}

/// Does a question ask how long / how much / how many / how far …?
pub fn asks_quantity(words: &[String]) -> bool {
    quantity_word_at(words).is_some()
}

/// Where the quantity word of "how long / much / many …" stands: part of the question's form, not
/// of what it asks about ("how long has the war lasted" asks about the war, not about "long").
pub fn quantity_word_at(words: &[String]) -> Option<usize> {
    words
        .windows(2)
        .position(|w| w[0] == "how" && HOW_QUANTITY.contains(&w[1]))
        .map(|i| i + 1)
}

/// The words of a question that are not overview or recency cues: what it asks about. ("what
/// happened in geneva" → "in geneva"; "whats the latest on the talks" → "whats the on the talks").
pub fn topic_words(words: &[String]) -> Vec<&str> {
    let mut cue = vec![false; words.len()];
    let (js, at) = joined(words);
    for p in BROAD_PHRASES {
        for (i, w) in js.windows(p.len().max(1)).enumerate() {
            if w.len() == p.len() && w.iter().zip(p.iter()).all(|(a, b)| a == b) {
                // Original words from the phrase's first to the one after its last.
                let from = at[i];
                let to = at.get(i + p.len()).copied().unwrap_or(words.len());
                cue[from..to].iter_mut().for_each(|c| *c = true);
            }
        }
    }
    for (i, w) in words.iter().enumerate() {
        if RECENCY_WORDS.contains(w) {
            cue[i] = true;
        }
    }
    if asks_overview(words) && words.first().is_some_and(|w| w == "how") {
        if let Some(last) = cue.last_mut() {
            *last = true;
        }
    }
    words
        .iter()
        .zip(cue)
        .filter(|(_, c)| !c)
        .map(|(w, _)| w.as_str())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn question_shapes() {
        assert!(asks_overview(&w("what happened in geneva")));
        assert!(asks_overview(&w("how did the final go")));
        assert!(asks_overview(&w("what s new with the peace talks")));
        assert!(asks_overview(&w("give me the rundown on geneva")));
        assert!(asks_overview(&w("where do things stand on the loan")));
        assert!(!asks_overview(&w("what is the new deadline")));
        assert!(asks_overview(&w("what s the drama with the two stars")));
        assert!(!asks_overview(&w("what did rubio say")));
        assert!(asks_recent(&w("what is the latest on the talks")));
        assert!(asks_yes_no(&w("is the deadline firm")));
        assert!(asks_quantity(&w("how long did the talks last")));
        assert_eq!(quantity_word_at(&w("how long did the talks last")), Some(1));
        assert!(!asks_overview(&w("how long has the war been going")));
        assert!(!asks_quantity(&w("how did they vote")));
        assert_eq!(topic_words(&w("what happened in geneva")), ["in", "geneva"]);
        assert!(asks_overview(&w("what s going on with the assets")));
        assert_eq!(topic_words(&w("what s the story with x")), ["with", "x"]);
        assert_eq!(
            topic_words(&w("how did the final go")),
            ["how", "did", "the", "final"]
        );
    }
}
