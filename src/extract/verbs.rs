//! The one list of reporting (speech) verbs, in all their forms, and the lookups extraction uses.

use super::wordset::WordSet;

/// Every form of every reporting verb Parley recognises (lower case).
#[rustfmt::skip]
const REPORTING_VERBS: &[&str] = &[
    "say", "says", "said", "saying",
    "tell", "tells", "told", "telling",
    "add", "adds", "added", "adding",
    "state", "states", "stated", "stating",
    "remark", "remarks", "remarked", "remarking",
    "clarify", "clarifies", "clarified", "clarifying",
    "reaffirm", "reaffirms", "reaffirmed", "reaffirming",
    "affirm", "affirms", "affirmed", "affirming",
    "warn", "warns", "warned", "warning",
    "caution", "cautions", "cautioned", "cautioning",
    "argue", "argues", "argued", "arguing",
    "note", "notes", "noted", "noting",
    "insist", "insists", "insisted", "insisting",
    "explain", "explains", "explained", "explaining",
    "ask", "asks", "asked", "asking",
    "reply", "replies", "replied", "replying",
    "respond", "responds", "responded", "responding",
    "answer", "answers", "answered", "answering",
    "write", "writes", "wrote", "writing", "written",
    "declare", "declares", "declared", "declaring",
    "announce", "announces", "announced", "announcing",
    "acknowledge", "acknowledges", "acknowledged", "acknowledging",
    "admit", "admits", "admitted", "admitting",
    "concede", "concedes", "conceded", "conceding",
    "stress", "stresses", "stressed", "stressing",
    "emphasize", "emphasizes", "emphasized", "emphasizing",
    "emphasise", "emphasises", "emphasised", "emphasising",
    "highlight", "highlights", "highlighted", "highlighting",
    "maintain", "maintains", "maintained", "maintaining",
    "predict", "predicts", "predicted", "predicting",
    "promise", "promises", "promised", "promising",
    "pledge", "pledges", "pledged", "pledging",
    "urge", "urges", "urged", "urging",
    "suggest", "suggests", "suggested", "suggesting",
    "claim", "claims", "claimed", "claiming",
    "counter", "counters", "countered", "countering",
    "recall", "recalls", "recalled", "recalling",
    "describe", "describes", "described", "describing",
    "continue", "continues", "continued", "continuing",
    "conclude", "concludes", "concluded", "concluding",
    "tweet", "tweets", "tweeted", "tweeting",
    "post", "posts", "posted", "posting",
    "observe", "observes", "observed", "observing",
    "comment", "comments", "commented", "commenting",
    "assert", "asserts", "asserted", "asserting",
    "contend", "contends", "contended", "contending",
    "reiterate", "reiterates", "reiterated", "reiterating",
    "repeat", "repeats", "repeated", "repeating",
    "confirm", "confirms", "confirmed", "confirming",
    "deny", "denies", "denied", "denying",
    "insist", "insisted",
    "vow", "vows", "vowed", "vowing",
    "tell", "told",
    "quip", "quips", "quipped", "quipping",
    "joke", "jokes", "joked", "joking",
    "complain", "complains", "complained", "complaining",
    "demand", "demands", "demanded", "demanding",
    "charge", "charged",
    "retort", "retorts", "retorted", "retorting",
    "add", "added",
    "mention", "mentions", "mentioned", "mentioning",
    "point", "points", "pointed", "pointing",
    "exclaim", "exclaims", "exclaimed", "exclaiming",
    "proclaim", "proclaims", "proclaimed", "proclaiming",
    "whisper", "whispers", "whispered",
    "shout", "shouts", "shouted",
    "reckon", "reckons", "reckoned",
    "boast", "boasts", "boasted",
    "admonish", "admonished",
    "lament", "laments", "lamented",
    "estimate", "estimates", "estimated",
    "agree", "agrees", "agreed",
    "disagree", "disagrees", "disagreed",
    "recount", "recounts", "recounted",
    "testify", "testifies", "testified",
    "signal", "signals", "signaled", "signalled",
    "underline", "underlines", "underlined", "underlining",
    "underscore", "underscores", "underscored", "underscoring",
];

/// Is this word (any case) a form of a reporting verb?
pub fn is_reporting_verb(word: &str) -> bool {
    static SET: WordSet = WordSet::new(REPORTING_VERBS);
    SET.contains(word.trim_matches(|c: char| !c.is_alphabetic()))
}

/// Reporting verbs that need no object to report speech and can stand right after a quote with
/// their subject (`“…,” she said`) — the strong cue for attribution.
pub fn is_strong_reporting_verb(word: &str) -> bool {
    let w = word
        .trim_matches(|c: char| !c.is_alphabetic())
        .to_lowercase();
    !matches!(
        w.as_str(),
        "point"
            | "points"
            | "pointed"
            | "pointing"
            | "post"
            | "posts"
            | "posted"
            | "posting"
            | "note"
            | "notes"
            | "charge"
            | "charged"
            | "state"
            | "states"
            | "estimate"
            | "estimates"
            | "signal"
            | "signals"
            | "counter"
            | "counters"
            | "demands"
            | "comments"
            | "claims"
            | "warning"
            | "promise"
            | "promises"
            | "answer"
            | "answers"
            | "continue"
            | "continues"
    ) && is_reporting_verb(&w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_forms_and_case() {
        for w in [
            "said",
            "Says",
            "told",
            "reaffirmed",
            "emphasised",
            "tweeted",
            "added,",
        ] {
            assert!(is_reporting_verb(w), "{w}");
        }
        for w in ["table", "Moscow", "", "the"] {
            assert!(!is_reporting_verb(w), "{w}");
        }
        assert!(!is_strong_reporting_verb("points"));
        assert!(is_strong_reporting_verb("said"));
    }
}
