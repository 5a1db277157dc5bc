//! Text analysis shared by the index and the queries: Unicode folding (NFKC, case, accents,
//! curly quotes), word splitting with possessives and hyphenated compounds, stop words and
//! English stemming.

use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashSet;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use crate::lexicon::dates::{MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS};
use crate::lexicon::questions::is_number;

/// Folds text for matching: NFKC, lower case, accents removed, curly quotes and apostrophes made
/// straight, Unicode hyphens made `-`. Pure ASCII takes a fast path.
pub fn fold(text: &str) -> String {
    let text = &us_as_usa(text);
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    // Fast path: ASCII plus the typographic quotes, apostrophes and dashes news text is full of.
    if let Some(out) = fold_typographic(text) {
        return out;
    }
    let mut out = String::with_capacity(text.len());
    for c in text.nfkc().flat_map(char::to_lowercase).nfd() {
        if is_combining_mark(c) {
            continue;
        }
        out.push(match c {
            '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' | '`' | '\u{00B4}' => {
                '\''
            }
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => '"',
            '\u{2010}' | '\u{2011}' => '-',
            c => c,
        });
    }
    out
}

/// Folds text made only of ASCII and a few typographic characters without Unicode
/// normalisation; `None` when another character needs the full path.
fn fold_typographic(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        // As NFKC does: an ellipsis is three dots, a no-break space a space.
        match c {
            '\u{2026}' => {
                out.push_str("...");
                continue;
            }
            '\u{00A0}' => {
                out.push(' ');
                continue;
            }
            _ => {}
        }
        out.push(match c {
            c if c.is_ascii() => c.to_ascii_lowercase(),
            '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' | '\u{00B4}' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => '"',
            '\u{2010}' | '\u{2011}' => '-',
            '\u{2013}' | '\u{2014}' => c,
            _ => return None,
        });
    }
    Some(out)
}

/// The stop word `us`, the pronoun.
pub(super) const US_PRONOUN: &str = "us";
/// What the country `US` folds to, apart from the pronoun (see [`us_as_usa`]).
pub(super) const US_COUNTRY: &str = "usa";

/// How text writes the country that folding makes [`US_COUNTRY`]: in capitals (`US`, `U.S.`),
/// which folding would otherwise turn into the stop word `us`, and in full, so that a question
/// saying "the US" finds "the United States" and the other way round.
const US_FORMS: &[&[u8]] = &[b"U.S.", b"US", b"United States", b"united states"];

/// The forms of [`US_FORMS`] become `USA`.
fn us_as_usa(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains("US")
        && !text.contains("U.S.")
        && !text.contains("nited States")
        && !text.contains("nited states")
    {
        return std::borrow::Cow::Borrowed(text);
    }
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len() + 8);
    let mut last = 0;
    let mut i = 0;
    while i < b.len() {
        let before_ok = i == 0 || !(b[i - 1] as char).is_ascii_alphanumeric();
        let len = US_FORMS
            .iter()
            .find(|f| b[i..].starts_with(f))
            .map_or(0, |f| f.len());
        let after = i + len;
        let after_ok = after >= b.len() || !(b[after] as char).is_ascii_alphanumeric();
        if len > 0 && before_ok && after_ok {
            out.push_str(&text[last..i]);
            out.push_str("USA");
            last = after;
            i = after;
        } else {
            i += 1;
        }
    }
    out.push_str(&text[last..]);
    std::borrow::Cow::Owned(out)
}

/// One word of folded text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// The folded word, without apostrophes or a possessive `'s`.
    pub text: String,
    /// Position in the word sequence (the joined form of a compound shares its first part's).
    pub pos: u32,
    /// The joined form of a hyphenated compound (`ceasefire` for `cease-fire`), emitted after its
    /// parts.
    pub joined: bool,
    /// Part of a hyphenated compound.
    pub part: bool,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// One word of folded text, borrowed (see [`Word`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WordRef<'a> {
    pub text: &'a str,
    pub pos: u32,
    pub joined: bool,
    pub part: bool,
}

fn char_at(s: &str, i: usize) -> Option<char> {
    let b = *s.as_bytes().get(i)?;
    if b < 128 {
        Some(b as char)
    } else {
        s.get(i..)?.chars().next()
    }
}

fn word_at(s: &str, i: usize) -> bool {
    char_at(s, i).is_some_and(is_word_char)
}

/// Splits folded text into words, calling `f` for each. Possessives lose their `'s`
/// (`russia's` → `russia`), other apostrophes vanish (`can't` → `cant`), and a hyphenated
/// compound yields its parts and then their joined form. Allocates only for words with an
/// apostrophe and for compounds.
pub fn for_each_word(folded: &str, mut f: impl FnMut(WordRef<'_>)) {
    let n = folded.len();
    let mut i = 0;
    let mut pos: u32 = 0;
    let mut scratch = String::new();
    let mut joined = String::new();
    while i < n {
        let Some(c) = char_at(folded, i) else { break };
        if !is_word_char(c) {
            i += c.len_utf8();
            continue;
        }
        // A token: parts separated by hyphens, each made of pieces separated by apostrophes.
        let first_pos = pos;
        let mut parts = 0u32;
        joined.clear();
        loop {
            scratch.clear();
            let mut multi = false;
            let mut piece_start = i;
            let mut end_token = false;
            let part_range;
            loop {
                while let Some(c) = char_at(folded, i).filter(|&c| is_word_char(c)) {
                    i += c.len_utf8();
                }
                if char_at(folded, i) == Some('\'') && word_at(folded, i + 1) {
                    let possessive = char_at(folded, i + 1) == Some('s') && !word_at(folded, i + 2);
                    if possessive {
                        part_range = (piece_start, i);
                        i += 2;
                        end_token = true;
                        break;
                    }
                    scratch.push_str(&folded[piece_start..i]);
                    multi = true;
                    i += 1;
                    piece_start = i;
                    continue;
                }
                part_range = (piece_start, i);
                break;
            }
            if multi {
                scratch.push_str(&folded[part_range.0..part_range.1]);
            }
            let more = !end_token && char_at(folded, i) == Some('-') && word_at(folded, i + 1);
            let compound = parts > 0 || more;
            let text: &str = if multi {
                &scratch
            } else {
                &folded[part_range.0..part_range.1]
            };
            if !text.is_empty() {
                if compound {
                    joined.push_str(text);
                }
                f(WordRef {
                    text,
                    pos,
                    joined: false,
                    part: compound,
                });
                pos += 1;
                parts += 1;
            }
            if more {
                i += 1;
                continue;
            }
            break;
        }
        if parts > 1 {
            f(WordRef {
                text: &joined,
                pos: first_pos,
                joined: true,
                part: false,
            });
        }
    }
}

/// [`for_each_word`] with owned words.
pub fn words(folded: &str, mut f: impl FnMut(Word)) {
    for_each_word(folded, |w| {
        f(Word {
            text: w.text.to_string(),
            pos: w.pos,
            joined: w.joined,
            part: w.part,
        })
    });
}

/// The English stemmer (cheap to create).
pub fn stemmer() -> Stemmer {
    Stemmer::create(Algorithm::English)
}

/// Words that carry no topic: function words, question words and generic verbs of asking.
pub const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "aren",
    "arent",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "cant",
    "could",
    "couldnt",
    "did",
    "didnt",
    "do",
    "does",
    "doesnt",
    "doing",
    "dont",
    "down",
    "during",
    "each",
    "either",
    "ever",
    "few",
    "for",
    "from",
    "further",
    "had",
    "hadnt",
    "has",
    "hasnt",
    "have",
    "havent",
    "having",
    "he",
    "hed",
    "her",
    "here",
    "hers",
    "herself",
    "hes",
    "him",
    "himself",
    "his",
    "how",
    "hows",
    "i",
    "id",
    "if",
    "im",
    "in",
    "into",
    "is",
    "isnt",
    "it",
    "its",
    "itself",
    "ive",
    "just",
    "let",
    "lets",
    "me",
    "more",
    "most",
    "much",
    "my",
    "myself",
    "no",
    "nor",
    "not",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "ought",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "please",
    "really",
    "regarding",
    "said",
    "same",
    "say",
    "saying",
    "says",
    "she",
    "shed",
    "shes",
    "should",
    "so",
    "some",
    "such",
    "tell",
    "than",
    "that",
    "thats",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "theres",
    "these",
    "they",
    "theyre",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "us",
    "very",
    "was",
    "wasnt",
    "we",
    "were",
    "weve",
    "what",
    "whats",
    "when",
    "whens",
    "where",
    "wheres",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whos",
    "whose",
    "why",
    "whys",
    "will",
    "with",
    "wont",
    "would",
    "wouldnt",
    "you",
    "youd",
    "youll",
    "youre",
    "your",
    "yours",
    "yourself",
    "yourselves",
    "s",
    "t",
    "anything",
    "something",
    "know",
    "tell",
    "think",
    "thinks",
    "thought",
    "according",
    "unless",
    "however",
    "although",
    "though",
    "without",
    "within",
    "whereas",
    "even",
    // Prepositions and modals news questions use ("per a diplomat", "the ex-water boss"): an
    // article that never writes one is no sign the question is out of scope.
    "per",
    "via",
    "amid",
    "amidst",
    "onto",
    "upon",
    "toward",
    "towards",
    "among",
    "amongst",
    "whilst",
    "versus",
    "vs",
    "ex",
    "might",
    "shall",
    // Chat shorthand for function words ("talks stalled tho", "bc of the vote"); a single letter
    // ("w", "u") the query drops when no article has it.
    "ur",
    "bc",
    "cuz",
    "coz",
    "tho",
    "thru",
    "pls",
    "plz",
    "btw",
    // Chat interjections around a question ("… or nah", "lol", "ok so …"): no topic.
    "nah",
    "yeah",
    "yea",
    "yep",
    "nope",
    "lol",
    "lmao",
    "ok",
    "okay",
    "um",
    "uh",
    "umm",
    "hmm",
    "idk",
    "tbh",
    "imo",
    "hey",
];

/// Generic words of questions (verbs of having, doing and happening, vague nouns and adverbs):
/// searched, but matching or missing one says little about whether the articles answer.
pub const GENERIC_WORDS: &[&str] = &[
    "actually",
    "anyone",
    "anybody",
    "ask",
    "asked",
    "back",
    "came",
    "come",
    "comes",
    "currently",
    "describe",
    "described",
    "detail",
    "details",
    "done",
    "exactly",
    "expect",
    "expected",
    "far",
    "get",
    "gets",
    "getting",
    "give",
    "given",
    "gives",
    "giving",
    "go",
    "goes",
    "going",
    "gone",
    "got",
    "gave",
    "hand",
    "handed",
    "happen",
    "happened",
    "happening",
    "hold",
    "holding",
    "held",
    "instead",
    "kind",
    "last",
    "lasted",
    "long",
    "look",
    "looking",
    "made",
    "make",
    "makes",
    "making",
    "many",
    "mean",
    "meant",
    "mere",
    "merely",
    "need",
    "needs",
    "now",
    "people",
    "person",
    "put",
    "run",
    "running",
    "runs",
    "see",
    "seem",
    "seems",
    "someone",
    "somebody",
    "sort",
    "still",
    "take",
    "taken",
    "takes",
    "taking",
    "thing",
    "things",
    "time",
    "times",
    "took",
    "try",
    "trying",
    "type",
    "use",
    "used",
    "want",
    "wanted",
    "wants",
    "way",
    "went",
    "whole",
    "yet",
];

/// Is this folded word a generic question word?
pub fn is_generic(word: &str) -> bool {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| GENERIC_WORDS.iter().copied().collect())
        .contains(word)
}

/// Question words and their companions; a misspelt one (`wat`, `waht`, `hwo`) is still one.
pub const QUESTION_WORDS: &[&str] = &[
    "what", "who", "when", "where", "why", "how", "which", "did", "does", "about", "say", "said",
    "says", "think", "the", "is", "are", "was", "were",
];

/// Is this folded word a stop word?
pub fn is_stop(word: &str) -> bool {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| STOP_WORDS.iter().copied().collect())
        .contains(word)
}

/// Highest day of a month.
const MAX_DAY: u32 = 31;

/// Highest month, and highest hour on a twelve-hour clock.
const MAX_MONTH: u32 = 12;
const MAX_HOUR: u32 = 12;

/// The halves of a day after an hour ("9am", "7 pm"), and the letters a dotted "a.m." splits
/// into ("a", "m").
const MERIDIEMS: &[&str] = &["am", "pm"];
const MERIDIEM_LETTERS: &[&str] = &["a", "p"];
const MERIDIEM_LETTER_END: &str = "m";

/// The preposition before a day ("on 14/9").
const DAY_PREPOSITION: &str = "on";

/// Words that, after an ordinal in figures, time a moment of a match ("a 93rd-minute equaliser",
/// "in the 90th minute").
const PLAY_TIME_UNITS: &[&str] = &["minute", "min"];

/// Ordinals in words that do not end in "th" (which the rest do).
const ORDINAL_WORDS: &[&str] = &["first", "second", "third"];

/// The endings of an ordinal in figures ("93rd", "1st").
const ORDINAL_SUFFIXES: &[&str] = &["st", "nd", "rd", "th"];

/// Is this folded word an ordinal: in figures ("93rd") or in words ("fourth")?
fn is_ordinal(w: &str) -> bool {
    let digits = w.len() - w.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits > 0 {
        return ORDINAL_SUFFIXES.contains(&&w[digits..]);
    }
    ORDINAL_WORDS.contains(&w) || is_number(w) && w.ends_with("th")
}

/// Date words that a number before counts ("five years", "two weeks"): lengths of time.
const COUNTED_DATE_UNITS: &[&str] = &["week", "month", "year", "years"];

/// Is the word a number in figures from 1 to `max` (a day, a month, an hour)?
fn figure_up_to(word: &str, max: u32) -> bool {
    word.parse::<u32>().is_ok_and(|n| (1..=max).contains(&n))
}

/// Which of these folded words (a text's, in order) date it, for "when" questions: date words
/// ([`is_date_word`]), a month's abbreviation beside a day's number ("nov 30"), a minute of
/// play ("93rd minute"), a clock time ("9 a.m.", "7pm") and a day and month in figures after
/// "on" ("on 14/9").
pub fn date_words(words: &[&str]) -> Vec<bool> {
    let figure = |i: usize, max: u32| words.get(i).is_some_and(|w| figure_up_to(w, max));
    let is_day = |i: usize| figure(i, MAX_DAY);
    // "Five years" is a length of time, not a date, unless it is "five years ago"; "its fourth
    // year" (an ordinal) still dates, and so does a day before a month ("3 March").
    let counted = |i: usize| {
        let cardinal = i
            .checked_sub(1)
            .and_then(|p| words.get(p))
            .is_some_and(|p| is_number(p) && !is_ordinal(p));
        cardinal
            && COUNTED_DATE_UNITS.contains(&words[i])
            && words.get(i + 1).is_none_or(|n| *n != "ago")
    };
    // "at 9 a.m.", "7pm": an hour before (or joined to) its half of the day.
    let half_day = |i: usize| {
        let w = words[i];
        let spelt = MERIDIEMS.contains(&w)
            || MERIDIEM_LETTERS.contains(&w) && words.get(i + 1) == Some(&MERIDIEM_LETTER_END);
        let joined = MERIDIEMS
            .iter()
            .any(|m| w.strip_suffix(m).is_some_and(|h| figure_up_to(h, MAX_HOUR)));
        joined || spelt && i.checked_sub(1).is_some_and(|p| figure(p, MAX_HOUR))
    };
    // "on 14/9", "on 3.11": a day and a month in figures after "on".
    let numeric_date = |i: usize| {
        let pair = |a: usize| {
            a.checked_sub(1)
                .is_some_and(|o| words[o] == DAY_PREPOSITION)
                && figure(a, MAX_DAY)
                && figure(a + 1, MAX_DAY)
                && (figure(a, MAX_MONTH) || figure(a + 1, MAX_MONTH))
        };
        pair(i) || i.checked_sub(1).is_some_and(pair)
    };
    (0..words.len())
        .map(|i| {
            let w = words[i];
            half_day(i)
                || numeric_date(i)
                || is_date_word(w) && !counted(i)
                || MONTH_ABBREVIATIONS.contains(&w)
                    && (is_day(i + 1) || i.checked_sub(1).is_some_and(is_day))
                || is_ordinal(w)
                    && words
                        .get(i + 1)
                        .is_some_and(|n| PLAY_TIME_UNITS.contains(n))
        })
        .collect()
}

/// The digits a year is written in ("2024").
const YEAR_DIGITS: usize = 4;

/// Does the word look like a year: four digits from 1000 to 2999?
pub fn is_year(word: &str) -> bool {
    word.len() == YEAR_DIGITS
        && word.bytes().all(|b| b.is_ascii_digit())
        && word.starts_with(['1', '2'])
}

/// Does the word look like a year or a month/day word (for "when" questions)?
pub fn is_date_word(word: &str) -> bool {
    // Beside the months' and weekdays' names.
    const OTHER_DATE_WORDS: &[&str] = &[
        "yesterday",
        "today",
        "tomorrow",
        "week",
        "month",
        "year",
        "years",
        "recent",
        "recently",
        "fourth",
    ];
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    is_year(word)
        || SET
            .get_or_init(|| {
                MONTHS
                    .iter()
                    .chain(WEEKDAYS)
                    .chain(OTHER_DATE_WORDS)
                    .copied()
                    .collect()
            })
            .contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ws(s: &str) -> Vec<String> {
        let mut out = Vec::new();
        words(&fold(s), |w| out.push(w.text));
        out
    }

    #[test]
    fn folds_case_accents_and_quotes() {
        assert_eq!(fold("Zelénskyy’s ÉTAT"), "zelenskyy's etat");
        assert_eq!(fold("ﬁne"), "fine");
        assert_eq!(fold("the US and U.S. told us"), "the usa and usa told us");
        assert_eq!(
            fold("the United States and the united states"),
            "the usa and the usa"
        );
        // The fast path and the full path agree.
        let t = "Rubio’s “wartime economy” – a cease‑fire… Zelénskyy";
        assert_eq!(
            fold(t),
            "rubio's \"wartime economy\" – a cease-fire... zelenskyy"
        );
        assert_eq!(
            fold("a\u{a0}b… “c”"),
            fold("a\u{a0}b… “c” é").trim_end_matches(" e")
        );
        assert_eq!(fold("Rubio’s — “x”"), "rubio's — \"x\"");
    }

    #[test]
    fn possessives_and_contractions() {
        assert_eq!(ws("Russia’s war"), ["russia", "war"]);
        assert_eq!(ws("You can't"), ["you", "cant"]);
        assert_eq!(ws("'quoted' words'"), ["quoted", "words"]);
    }

    #[test]
    fn hyphenated_compounds_give_parts_and_joined() {
        let mut out = Vec::new();
        words(&fold("a cease-fire now"), |w| {
            out.push((w.text, w.pos, w.joined))
        });
        assert_eq!(
            out,
            [
                ("a".to_string(), 0, false),
                ("cease".to_string(), 1, false),
                ("fire".to_string(), 2, false),
                ("ceasefire".to_string(), 1, true),
                ("now".to_string(), 3, false),
            ]
        );
    }

    #[test]
    fn odd_input_never_panics() {
        for s in [
            "", "-", "'", "a-", "-a", "'s", "a's", "x--y", "\u{0301}", "é-'s",
        ] {
            let _ = ws(s);
        }
    }

    #[test]
    fn dates() {
        assert!(is_date_word("2022"));
        assert!(is_date_word("august"));
        assert!(!is_date_word("peace"));
        let dated = |s: &str| {
            let w = ws(s);
            let w: Vec<&str> = w.iter().map(String::as_str).collect();
            date_words(&w).iter().any(|&d| d)
        };
        assert!(dated("They fly to Florida on Nov. 30."));
        assert!(dated("The vote is on 14 Feb."));
        assert!(dated("Work began on 3 March."));
        assert!(dated("Talks run Sept. 25-29."));
        assert!(dated("A 93rd-minute equaliser."));
        assert!(dated("He scored in the 90th minute."));
        // An abbreviation with no day beside it is a word or a name, and an ordinal with no
        // minute after it counts something else.
        assert!(!dated("Jan Novak met the mar committee."));
        assert!(!dated("The 14th exchange freed 300 men."));
        // A length of time is no date; a point in time is.
        assert!(!dated("It carries a maximum sentence of five years."));
        assert!(dated("He left two years ago."));
        assert!(dated("He left last year."));
        assert!(dated("The war enters its fourth year."));
        // A clock time, and a day and month in figures after "on", date an event too.
        assert!(dated("The panel rules at 9 a.m. sharp."));
        assert!(dated("Doors open at 7pm."));
        assert!(dated("Polls close at 10 p.m. local time."));
        assert!(dated("The hearing resumes on 14/9."));
        assert!(dated("Results are out on 3.11 at the latest."));
        assert!(!dated("The side won 22 8 on aggregate."));
        assert!(!dated("He is a member of the panel."));
        assert!(!dated("It rose 3 per cent on 14 counts."));
    }
}
