//! The one home of Parley's verb knowledge: the reporting (speech) verbs in all their forms, which
//! of them are strong attribution cues, the verbs that mark a statement without introducing a
//! quote, the stances one voices ("expressed hope"), the words a question uses to ask what someone
//! said, the verbs of judgement ("who called …"), the phrases that put an event in intent or
//! prospect only ("ready to"), and the irregular verbs' past forms ("met" for "meet"). Extraction
//! and question analysis both read these lists; add a verb here and both know it.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use super::wordset::{has_phrase, WordSet};

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
    // Verbs news copy uses for speech beyond `said`.
    "blurt", "blurts", "blurted",
    "fume", "fumes", "fumed",
    "rage", "raged",
    "echo", "echoes", "echoed", "echoing",
    "grin", "grins", "grinned",
    "smile", "smiles", "smiled",
    "laugh", "laughs", "laughed",
    "sigh", "sighs", "sighed",
    "snap", "snapped",
    "scoff", "scoffs", "scoffed",
    "muse", "muses", "mused",
    "gush", "gushed",
    "rant", "ranted",
    "plead", "pleads", "pleaded",
    "hint", "hints", "hinted",
    "reflect", "reflects", "reflected",
    "marvel", "marvelled", "marveled",
    "beam", "beamed",
    "enthuse", "enthused",
    "recollect", "recollected",
    "chuckle", "chuckled",
    "sob", "sobbed",
    "wrote", "texted", "messaged",
    "elaborate", "elaborated",
    "summarise", "summarised", "summarize", "summarized",
    "interject", "interjected",
    "opine", "opined",
    "relate", "related",
    "reveal", "reveals", "revealed", "revealing",
    // What someone cites as a reason ("did not cite the weather as a factor"); not "citing",
    // which mostly credits a source ("Reuters reported, citing officials").
    "cite", "cites", "cited",
    // A quoted question's verb ("“Is this the last shift?” questioned X"); only the past, as
    // "questions" is mostly the noun.
    "questioned", "wondered", "queried",
    "explain", "explained",
    // Advice, assurance and confession (`“…,” she advises`, `he assured`, `Reyes confessed`);
    // "object" and "protest" only in the past, as their other forms are mostly nouns.
    "advise", "advises", "advised", "advising",
    "assure", "assures", "assured", "assuring",
    "reassure", "reassures", "reassured", "reassuring",
    "recommend", "recommends", "recommended", "recommending",
    "confess", "confesses", "confessed", "confessing",
    "concur", "concurs", "concurred",
    "speculate", "speculates", "speculated", "speculating",
    "surmise", "surmised",
    "grumble", "grumbles", "grumbled",
    "gripe", "griped",
    "objected", "protested",
    "yell", "yells", "yelled",
    "scream", "screamed",
    // Praise and thanks are said (`praised his players for “…”`); "thanks" is mostly the noun.
    "praise", "praises", "praised", "praising",
    "thanked", "thanking",
    "hail", "hails", "hailed", "hailing",
    "credited",
];

/// Verbs that report speech only with a stance noun after them ("expressed hope that", "voiced
/// concern over"): "expressed the parcels" says nothing.
#[rustfmt::skip]
const STANCE_VERBS: &[&str] = &[
    "express", "expresses", "expressed", "expressing",
    "voice", "voices", "voiced", "voicing",
    "exude", "exudes", "exuded", "exuding",
    "convey", "conveys", "conveyed", "conveying",
];

/// Nouns of a stance one voices ("hope", "concern", "confidence").
#[rustfmt::skip]
const STANCE_NOUNS: &[&str] = &[
    "hope", "hopes", "confidence", "concern", "concerns", "optimism", "pessimism", "doubt",
    "doubts", "fear", "fears", "belief", "frustration", "regret", "disappointment",
    "satisfaction", "surprise", "scepticism", "skepticism", "support", "opposition",
    "gratitude", "anger", "dismay", "alarm", "sympathy", "condolences", "readiness",
    "willingness", "reservations", "objections", "displeasure", "outrage",
];

/// Is `verb` a stance verb and `noun` a stance noun: "expressed" "hope"? (Any case.)
pub fn is_voiced_stance(verb: &str, noun: &str) -> bool {
    static VERBS: WordSet = WordSet::new(STANCE_VERBS);
    static NOUNS: WordSet = WordSet::new(STANCE_NOUNS);
    VERBS.contains(verb) && NOUNS.contains(noun)
}

/// Is this word (any case) a form of a reporting verb?
pub fn is_reporting_verb(word: &str) -> bool {
    static SET: WordSet = WordSet::new(REPORTING_VERBS);
    SET.contains(word.trim_matches(|c: char| !c.is_alphabetic()))
}

/// Reporting verbs that need no object to report speech and can stand right after a quote with
/// their subject (`“…,” she said`) — the strong cue for attribution.
/// Forms of reporting verbs that are weak cues: they need an object to report speech, or are more
/// often a noun (`points`, `comments`), so they do not attribute a quote by themselves.
#[rustfmt::skip]
const WEAK_FORMS: &[&str] = &[
    "point",
    "points",
    "pointed",
    "pointing",
    "post",
    "posts",
    "posted",
    "posting",
    "note",
    "notes",
    "charge",
    "charged",
    "state",
    "states",
    "estimate",
    "estimates",
    "signal",
    "signals",
    "counter",
    "counters",
    "demands",
    "comments",
    "claims",
    "warning",
    "promise",
    "promises",
    "answer",
    "answers",
    "continue",
    "continues",
    "rage",
    "echo",
    "echoes",
    "smile",
    "smiles",
    "laugh",
    "laughs",
    "snap",
    "muse",
    "plead",
    "pleads",
    "hint",
    "hints",
    "reflect",
    "reflects",
    "marvel",
    "beam",
    "relate",
    "related",
    "reveal",
    "reveals",
];

/// Reporting verbs that need no object to report speech and can stand right after a quote with
/// their subject (`“…,” she said`) — the strong cue for attribution.
pub fn is_strong_reporting_verb(word: &str) -> bool {
    static WEAK: WordSet = WordSet::new(WEAK_FORMS);
    let w = word.trim_matches(|c: char| !c.is_alphabetic());
    !WEAK.contains(w) && is_reporting_verb(w)
}

/// Verbs of speech only right after a quote and its speaker (`“…,” she began`, `“…,” Keane went
/// on`): elsewhere they say something else (`work began in March`). A phrase's words in order.
const AFTER_QUOTE_VERBS: &[&[&str]] = &[&["began"], &["begins"], &["went", "on"], &["goes", "on"]];

/// Do the words from `words[0]` on open a verb of speech that stands only after a quote and its
/// speaker ([`AFTER_QUOTE_VERBS`])?
pub fn is_after_quote_verb(words: &[&str]) -> bool {
    AFTER_QUOTE_VERBS.iter().any(|p| {
        words.len() >= p.len() && p.iter().zip(words).all(|(a, b)| a.eq_ignore_ascii_case(b))
    })
}

/// Participles of reporting verbs that after a comma do something else ("…, continuing his
/// tour"), and the words after which one does ("…, adding to the delays").
static NOT_SPEECH_PARTICIPLES: WordSet = WordSet::new(&["continuing", "repeating"]);
static NOT_SPEECH_AFTER: WordSet = WordSet::new(&["to", "up", "on", "in"]);

/// Is `word`, after a comma and before `next`, a participle of speech whose subject is the
/// sentence's ("Kowal dismissed the summit, warning that …", "…, insisting the result …")?
pub fn is_speech_participle(word: &str, next: &str) -> bool {
    is_participle(word)
        && is_reporting_verb(word)
        && !NOT_SPEECH_PARTICIPLES.contains(word)
        && !NOT_SPEECH_AFTER.contains(next)
}

/// Does `word` end in "-ing" (ignoring ASCII case)?
pub fn is_participle(word: &str) -> bool {
    word.len() >= 3
        && word
            .get(word.len() - 3..)
            .is_some_and(|end| end.eq_ignore_ascii_case("ing"))
}

/// Verbs that mark a sentence as someone's statement or judgement (`X called the meeting a
/// disaster`, `X believes …`) without introducing a direct quote: retrieval counts them with the
/// reporting verbs, extraction does not attribute quotes by them.
#[rustfmt::skip]
const STATEMENT_ONLY: &[&str] = &[
    "called", "calls", "criticized", "criticised", "believes", "believed", "thinks",
    "spoke", "speaks", "speaking",
];

/// Does this folded word mark a statement: a reporting verb or a [`STATEMENT_ONLY`] verb?
pub fn is_statement_verb(word: &str) -> bool {
    static SET: WordSet = WordSet::new(STATEMENT_ONLY);
    // Such verbs are short words; most words are not one, so the cheap check first.
    word.len() <= 14 && (SET.contains(word) || is_reporting_verb(word))
}

/// Reporting verbs that take no person as their object, so news copy may put their subject
/// after them (`said Yermak, adding …`): a name right after one is who spoke, not whom they
/// addressed (`told Hale`, `accused Hale`).
#[rustfmt::skip]
const INVERTING_VERBS: &[&str] = &[
    "said", "says", "added", "adds", "wrote", "writes", "explained", "noted", "continued",
    "insisted", "stressed", "replied", "responded", "argued", "claimed", "declared", "stated",
    "announced", "remarked", "commented", "observed", "recalled", "acknowledged", "admitted",
    "confirmed", "conceded", "emphasised", "emphasized", "countered", "quipped", "joked",
];

/// Does a speaker named right after this folded word follow their own verb of speech
/// ([`INVERTING_VERBS`])?
pub fn is_inverting_verb(word: &str) -> bool {
    static SET: WordSet = WordSet::new(INVERTING_VERBS);
    SET.contains(word)
}

/// Auxiliary and modal verbs: after a name or pronoun they make it the subject of a clause
/// ("said she had not seen", "said Okafor would call"), never an inverted speaker ("…, said
/// Okafor.").
#[rustfmt::skip]
const AUXILIARIES: &[&str] = &[
    "had", "has", "have", "was", "were", "is", "are", "would", "will", "could", "can", "should",
    "might", "may", "must", "did", "does", "do", "shall", "hadn't", "wasn't", "wouldn't",
    "won't", "couldn't", "didn't", "doesn't", "isn't",
];

/// Is this word an auxiliary or modal verb ([`AUXILIARIES`])?
pub fn is_auxiliary(word: &str) -> bool {
    static SET: WordSet = WordSet::new(AUXILIARIES);
    SET.contains(word.trim_matches(|c: char| !c.is_alphabetic() && c != '\''))
}

/// Words that, in a question, ask for someone's statements (`what did X say`, `what does X
/// think`): a few reporting verbs, and [`ASKING_NOUNS`]. Not every reporting verb asks — "did the
/// talks agree on …" asks about the talks, not about what anyone said.
#[rustfmt::skip]
const ASKING_VERBS: &[&str] = &[
    "say", "said", "says", "saying", "think", "thinks", "thought", "believe", "believes", "claim",
    "claimed", "commented", "remarked", "tell", "told", "argue", "argued", "argues",
    "feel", "feels", "mean", "meant", "state", "stated", "add", "added", "warn", "warned",
    "insist", "insisted", "respond", "responded", "reply", "replied", "emphasize", "emphasized",
    "stress", "stressed", "clarify", "clarified", "highlight",
    "highlighted", "maintain", "maintained", "admit", "admitted", "confirm", "confirmed",
    "deny", "denied", "reveal", "revealed", "explain", "explained", "acknowledge",
    "acknowledged", "concede", "conceded", "promise", "promised", "predict", "predicted",
    "reckon", "reckons", "reckoned", "describe", "describes", "described", "react", "reacts",
    "reacted", "characterise", "characterised", "characterize", "characterized",
    // How someone rates, assesses or regards a thing ("how does the minister rate the bids");
    // not "see", which is meeting too ("could Putin see the envoy again").
    "rate", "rates", "assess", "assesses", "assessed", "regard", "regards",
    // What someone wants ("what does the Czech premier want before a deal is signed").
    "want", "wants",
    // How someone sums up, portrays or views a thing ("how did X sum up the bloc"); "sum" is a
    // verb only after the person asked about.
    "sum", "summed", "summarise", "summarised", "summarize", "summarized", "portray",
    "portrayed", "depict", "depicted", "view", "viewed",
];

/// Verbs of [`ASKING_VERBS`] that ask how someone sees a thing ("how did X describe the talks",
/// "how does X feel about"): the answer gives the view, not the verb; another speaker's
/// "described" is no answer. Not "warn" or "promise", whose answer is often worded with them
/// ("warnings", "a promise").
#[rustfmt::skip]
const VIEW_VERBS: &[&str] = &[
    "think", "thinks", "thought", "believe", "believes", "feel", "feels", "mean", "meant",
    "describe", "describes", "described", "react", "reacts", "reacted", "characterise",
    "characterised", "characterize", "characterized", "rate", "rates", "assess", "assesses",
    "assessed", "regard", "regards", "sum", "summed", "summarise", "summarised", "summarize",
    "summarized", "portray", "portrayed", "depict", "depicted", "view", "viewed",
];

/// Is a question word a verb asking how someone sees a thing ([`VIEW_VERBS`])?
pub fn is_view_verb(word: &str) -> bool {
    static SET: WordSet = WordSet::new(VIEW_VERBS);
    SET.contains(word)
}

/// Nouns for what someone said or thinks ("X's view on", "what was X's reaction to"): after the
/// person asked about they are the question's form, not a word an answer holds.
#[rustfmt::skip]
const ASKING_NOUNS: &[&str] = &[
    "claims", "view", "views", "stance", "position", "opinion", "comment", "comments", "remark",
    "remarks", "quote", "quotes", "words", "reaction", "reactions", "response", "responses",
    "message", "verdict", "thoughts",
];

/// Does a question word ask for someone's statements ([`ASKING_VERBS`], [`ASKING_NOUNS`])?
pub fn is_asking_word(word: &str) -> bool {
    static SET: WordSet = WordSet::new(ASKING_VERBS);
    SET.contains(word) || is_asking_noun(word)
}

/// Verbs by which one gives a reason or an explanation ("what reason did X give"): saying it.
#[rustfmt::skip]
const GIVING_VERBS: &[&str] = &[
    "give", "gave", "given", "offer", "offered", "provide", "provided",
];

/// Nouns for words one gives ("what reason", "what excuse"): with [`GIVING_VERBS`], a question
/// for what someone said.
#[rustfmt::skip]
const GIVEN_WORDS: &[&str] = &[
    "reason", "reasons", "explanation", "explanations", "excuse", "excuses", "justification",
    "argument", "arguments", "assurance", "assurances", "advice", "warning",
];

/// Does a question asking "what `noun`" with the verb `verb` ask for someone's words ("what
/// reason did X give", "what explanation has X offered")?
pub fn asks_given_words(noun: &str, verb: &str) -> bool {
    static NOUNS: WordSet = WordSet::new(GIVEN_WORDS);
    static VERBS: WordSet = WordSet::new(GIVING_VERBS);
    NOUNS.contains(noun) && VERBS.contains(verb)
}

/// Is a question word a noun for what someone said ([`ASKING_NOUNS`])?
pub fn is_asking_noun(word: &str) -> bool {
    static SET: WordSet = WordSet::new(ASKING_NOUNS);
    SET.contains(word)
}

/// Verbs of judgement that "who called/criticized …" questions ask about.
#[rustfmt::skip]
const JUDGEMENT_VERBS: &[&str] = &[
    "called", "criticized", "criticised", "slammed", "condemned", "blamed", "accused", "praised",
    "described", "dismissed", "rejected", "welcomed",
];

/// Forms of "be": a past participle after one is passive ("was told", "was accused"), its
/// subject the one spoken to or of.
#[rustfmt::skip]
const BE_FORMS: &[&str] = &["be", "is", "are", "was", "were", "been", "being"];

/// Is this word a form of "be" ([`BE_FORMS`])?
pub fn is_be_form(word: &str) -> bool {
    static SET: WordSet = WordSet::new(BE_FORMS);
    SET.contains(word)
}

/// Does this folded word, before `next`, call for or on something (`called for sanctions`,
/// `has called on allies`)? That is saying it; calling someone (`called Putin`) is not.
pub fn calls_for(word: &str, next: &str) -> bool {
    matches!(word, "call" | "calls" | "called") && matches!(next, "for" | "on")
}

/// Verbs that report what someone said, found or decided only with "that" after them (`reported
/// that the talks stalled`, `ruled that the search was unlawful`): `reported a loss` and `ruled
/// out a retrial` report no one's words.
#[rustfmt::skip]
const THAT_VERBS: &[&str] = &[
    "report", "reports", "reported", "rule", "rules", "ruled", "allege", "alleges", "alleged",
    "disclose", "discloses", "disclosed", "indicate", "indicates", "indicated",
];

/// Does this folded word, before `next`, report what someone said, found or decided
/// ([`THAT_VERBS`] followed by "that")?
pub fn reports_that(word: &str, next: &str) -> bool {
    static SET: WordSet = WordSet::new(THAT_VERBS);
    next == "that" && SET.contains(word)
}

/// Participles that open a clause putting a question to the sentence's subject (`Asked whether
/// X had agreed, he said …`, `When pressed on X, she replied …`): who the clause names is what
/// was asked about, not who answers.
const QUESTIONED_PARTICIPLES: &[&str] =
    &["asked", "pressed", "questioned", "quizzed", "challenged"];

/// Is this folded word a participle that opens a question put to the subject
/// ([`QUESTIONED_PARTICIPLES`])?
pub fn is_questioned_participle(word: &str) -> bool {
    QUESTIONED_PARTICIPLES.contains(&word)
}

/// Folded word sequences that put what follows in intent, readiness or prospect, not in fact:
/// "ready to swap", "would meet", "conditions for supporting". A sentence saying only this does
/// not settle whether the thing happened.
#[rustfmt::skip]
const INTENT_PHRASES: &[&[&str]] = &[
    &["to", "be"], &["ready", "to"], &["willing", "to"], &["prepared", "to"], &["plans", "to"],
    &["planned", "to"], &["planning", "to"], &["intends", "to"], &["wants", "to"],
    &["hopes", "to"], &["expected", "to"], &["set", "to"], &["due", "to"], &["offered", "to"],
    &["threatened", "to"], &["conditions", "for"], &["would"], &["could"], &["might"], &["may"],
    &["should"], &["will"], &["proposed"],
];

/// Words before the month "May" ("in May", "since May", "last May"), and not before the modal.
const BEFORE_MONTH: &[&str] = &[
    "in", "on", "since", "until", "till", "by", "of", "from", "through", "last", "next", "early",
    "late", "mid", "this",
];

/// Does a text (its folded words) put something in intent or prospect ([`INTENT_PHRASES`])?
/// The month May is no modal: a text's "in May" or "7 May" is left out.
pub fn states_intent(words: &[String]) -> bool {
    let month = |i: usize| {
        words[i] == "may"
            && (i > 0
                && (BEFORE_MONTH.contains(&words[i - 1].as_str()) || in_figures(&words[i - 1]))
                || words.get(i + 1).is_some_and(|w| in_figures(w)))
    };
    let modal: Vec<&str> = (0..words.len())
        .map(|i| if month(i) { "" } else { words[i].as_str() })
        .collect();
    INTENT_PHRASES.iter().any(|p| has_phrase(&modal, p))
}

/// Is a folded word written in figures ("7", "2025", "7th")? Not a number word: "the three may
/// meet" is the modal.
fn in_figures(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit())
}

/// Is this folded word a verb of judgement ([`JUDGEMENT_VERBS`])?
pub fn is_judgement_verb(word: &str) -> bool {
    JUDGEMENT_VERBS.contains(&word)
}

/// Irregular verbs whose past forms an English stemmer does not fold into the base ("met" is
/// not "meet"): the base, then its past tense and participle forms. The common verbs of
/// WordNet 3.0's `verb.exc` (by their sense counts in its `cntlist`), less the forms that are
/// mostly other words ("ground", "wound", "bound", "lay", "born", "lit") and "lead", whose noun
/// (the metal) is no "led".
#[rustfmt::skip]
const IRREGULAR_VERBS: &[(&str, &[&str])] = &[
    ("arise", &["arose", "arisen"]), ("awake", &["awoke", "awoken"]), ("beat", &["beaten"]),
    ("become", &["became"]), ("begin", &["began", "begun"]), ("bend", &["bent"]),
    ("bite", &["bitten"]), ("bleed", &["bled"]), ("blow", &["blew", "blown"]),
    ("break", &["broke", "broken"]), ("bring", &["brought"]), ("build", &["built"]),
    ("buy", &["bought"]), ("catch", &["caught"]), ("choose", &["chose", "chosen"]),
    ("cling", &["clung"]), ("come", &["came"]), ("creep", &["crept"]), ("deal", &["dealt"]),
    ("dig", &["dug"]), ("draw", &["drew", "drawn"]), ("drink", &["drank", "drunk"]),
    ("drive", &["drove", "driven"]), ("eat", &["ate", "eaten"]), ("fall", &["fell", "fallen"]),
    ("feed", &["fed"]), ("feel", &["felt"]), ("fight", &["fought"]), ("find", &["found"]),
    ("flee", &["fled"]), ("fly", &["flew", "flown"]), ("forbid", &["forbade", "forbidden"]),
    ("foresee", &["foresaw", "foreseen"]), ("forget", &["forgot", "forgotten"]),
    ("forgive", &["forgave", "forgiven"]), ("freeze", &["froze", "frozen"]),
    ("get", &["got", "gotten"]), ("give", &["gave", "given"]), ("go", &["went", "gone"]),
    ("grow", &["grew", "grown"]), ("hang", &["hung"]), ("hear", &["heard"]),
    ("hide", &["hid", "hidden"]), ("hold", &["held"]), ("keep", &["kept"]),
    ("kneel", &["knelt"]), ("know", &["knew", "known"]), ("leave", &["left"]),
    ("lend", &["lent"]), ("lose", &["lost"]), ("make", &["made"]),
    ("mean", &["meant"]), ("meet", &["met"]), ("mislead", &["misled"]),
    ("mistake", &["mistook", "mistaken"]), ("overcome", &["overcame"]),
    ("oversee", &["oversaw", "overseen"]), ("overtake", &["overtook", "overtaken"]),
    ("pay", &["paid"]), ("rebuild", &["rebuilt"]), ("repay", &["repaid"]),
    ("ride", &["rode", "ridden"]), ("ring", &["rang", "rung"]), ("rise", &["rose", "risen"]),
    ("run", &["ran"]), ("say", &["said"]), ("see", &["saw", "seen"]), ("seek", &["sought"]),
    ("sell", &["sold"]), ("send", &["sent"]), ("shake", &["shook", "shaken"]),
    ("shine", &["shone"]), ("shoot", &["shot"]), ("show", &["shown"]),
    ("shrink", &["shrank", "shrunk"]), ("sing", &["sang", "sung"]), ("sink", &["sank", "sunk"]),
    ("sit", &["sat"]), ("sleep", &["slept"]), ("slide", &["slid"]),
    ("speak", &["spoke", "spoken"]), ("speed", &["sped"]), ("spend", &["spent"]),
    ("spin", &["spun"]), ("spring", &["sprang", "sprung"]), ("stand", &["stood"]),
    ("steal", &["stole", "stolen"]), ("stick", &["stuck"]), ("strike", &["struck"]),
    ("strive", &["strove", "striven"]), ("swear", &["swore", "sworn"]), ("sweep", &["swept"]),
    ("swim", &["swam", "swum"]), ("swing", &["swung"]), ("take", &["took", "taken"]),
    ("teach", &["taught"]), ("tear", &["tore", "torn"]), ("tell", &["told"]),
    ("think", &["thought"]), ("throw", &["threw", "thrown"]),
    ("undergo", &["underwent", "undergone"]),
    ("undertake", &["undertook", "undertaken"]), ("understand", &["understood"]),
    ("uphold", &["upheld"]), ("wake", &["woke", "woken"]), ("wear", &["wore", "worn"]),
    ("weep", &["wept"]), ("win", &["won"]), ("withdraw", &["withdrew", "withdrawn"]),
    ("withhold", &["withheld"]), ("withstand", &["withstood"]),
    ("write", &["wrote", "written"]),
];

/// Verbs of an outcome: an agreement, a decision, a ruling, a payment, a vote, a win. A
/// question asking what came of something by one of these ("did Russia agree", "what did the
/// ministers decide") is not answered by a sentence that only puts it in prospect ("will
/// discuss", "to be paid within three days").
#[rustfmt::skip]
const OUTCOME_VERBS: &[&str] = &[
    "agree", "decide", "conclude", "pay", "sign", "approve", "pass", "reach", "settle", "rule",
    "vote", "adopt", "accept", "reject", "resolve", "finalise", "finalize", "win", "award",
];

/// The outcome verb ([`OUTCOME_VERBS`]) a word is in this spelling, if any.
fn outcome_verb(word: &str) -> Option<&'static str> {
    OUTCOME_VERBS.iter().find(|v| **v == word).copied()
}

/// The outcome verb ([`OUTCOME_VERBS`]) a folded word is a form of, and whether that form is
/// past ("agreed", "paid", "won"): (base, past).
pub fn outcome_form(word: &str) -> Option<(&'static str, bool)> {
    if let Some((base, _)) = irregular_forms(word) {
        return outcome_verb(base).map(|b| (b, word != base));
    }
    if let Some(b) = outcome_verb(word) {
        return Some((b, false));
    }
    [word.strip_suffix('d'), word.strip_suffix("ed")]
        .into_iter()
        .flatten()
        .find_map(outcome_verb)
        .map(|b| (b, true))
}

/// Is folded word `i` of `words` an outcome as done: a past form of an outcome verb not in a
/// passive of the future ("to be paid", "will be signed")?
pub fn outcome_done_at(words: &[String], i: usize) -> bool {
    outcome_form(&words[i]).is_some_and(|(_, past)| past) && !(i > 0 && words[i - 1] == "be")
}

/// Does a text (its folded words) report an outcome as done ([`outcome_done_at`])?
pub fn reports_outcome(words: &[String]) -> bool {
    (0..words.len()).any(|i| outcome_done_at(words, i))
}

/// Every form of the irregular verb `word` is a form of (the base first), if it is one: "met"
/// and "meet" give meet, met. Only exact forms: "meeting" gives none.
pub fn irregular_forms(word: &str) -> Option<(&'static str, &'static [&'static str])> {
    // Every form to its verb's entry, built once: one lookup per question word.
    static BY_FORM: OnceLock<FxHashMap<&'static str, usize>> = OnceLock::new();
    let by_form = BY_FORM.get_or_init(|| {
        let mut m = FxHashMap::default();
        for (i, (base, past)) in IRREGULAR_VERBS.iter().enumerate() {
            for form in std::iter::once(base).chain(past.iter()) {
                m.entry(*form).or_insert(i);
            }
        }
        m
    });
    by_form
        .get(word)
        .and_then(|&i| IRREGULAR_VERBS.get(i))
        .map(|&(base, past)| (base, past))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(text: &str) -> Vec<String> {
        text.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn an_outcome_is_reported_in_a_past_form_not_in_a_passive_to_come() {
        assert_eq!(outcome_form("agreed"), Some(("agree", true)));
        assert_eq!(outcome_form("paid"), Some(("pay", true)));
        assert_eq!(outcome_form("decide"), Some(("decide", false)));
        assert_eq!(outcome_form("discussed"), None);
        assert!(reports_outcome(&folded(
            "the two sides agreed to meet again"
        )));
        assert!(!reports_outcome(&folded(
            "the fine is to be paid within three days"
        )));
        assert!(!reports_outcome(&folded(
            "the delegations will discuss prisoner exchanges"
        )));
        assert!(states_intent(&folded(
            "the fine is to be paid within three days"
        )));
    }

    #[test]
    fn intent_is_told_from_fact() {
        let w = |s: &str| s.split(' ').map(str::to_string).collect::<Vec<_>>();
        assert!(states_intent(&w(
            "russia and ukraine ready to swap 200 prisoners"
        )));
        assert!(states_intent(&w(
            "he outlined three conditions for supporting it"
        )));
        assert!(!states_intent(&w(
            "the sides swapped 200 prisoners on friday"
        )));
        // "ready" alone, or "to" after another word, is no intent.
        assert!(!states_intent(&w("the ready reserve went to kyiv")));
        // The month is no modal; the modal is, and so is "should" in a condition.
        assert!(!states_intent(&w("the sides swapped 200 prisoners in may")));
        assert!(!states_intent(&w("they met on 7 may in geneva")));
        assert!(states_intent(&w("the talks may resume in june")));
        assert!(states_intent(&w("should the mayor attend the launch")));
        assert!(states_intent(&w(
            "he will await the president in ankara on may 15"
        )));
    }

    #[test]
    fn irregular_forms_lead_to_their_base() {
        assert_eq!(irregular_forms("met"), Some(("meet", &["met"][..])));
        assert_eq!(irregular_forms("meet").map(|f| f.0), Some("meet"));
        assert_eq!(irregular_forms("withdrew").map(|f| f.0), Some("withdraw"));
        assert_eq!(irregular_forms("ground"), None);
        assert_eq!(irregular_forms("talks"), None);
    }

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
