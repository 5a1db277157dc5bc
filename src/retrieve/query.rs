//! Query analysis: a question becomes its intent and its content words ("slots"), each with the
//! terms that may match it — the word itself, a typo correction, compound forms, its family and
//! synonyms — and a weight.

use super::index::Index;
use super::initialisms::MAX_INITIALS;
use super::intent::{detect, Intent, IntentKind};
use super::phrases::{phrase_spans, PhraseSpan};
use super::text::{
    fold, is_generic, is_stop, is_year, stemmer, words, Word, QUESTION_WORDS, STOP_WORDS,
    US_COUNTRY, US_PRONOUN,
};
use super::typo::one_edit_words;
use crate::lexicon::dates::{MONTHS, WEEKDAYS};
use crate::lexicon::frequency::usage;
use crate::lexicon::questions::{
    asks_cause, asks_who, cause_noun_at, chat_opener_len, clipped_word, counted_words,
    date_noun_at, figure_noun_at, is_unnamed_figure, lasting_verb_at, measure_asked,
    name_kind_asked, quantity_word_at, timing_word_at, Measure, NameKind,
};
use crate::lexicon::roles::{other_office_forms, OFFICE_PHRASES};
use crate::lexicon::{
    country_forms, country_word, country_words, irregular_forms, is_abbreviation, is_asking_noun,
    is_asking_word, is_auxiliary, is_view_verb, names_country, related_words, same_country,
};

/// A query keeps at most this many content words (a longer question adds nothing but cost).
pub(super) const MAX_SLOTS: usize = 32;
/// Weight of a synonym against the word asked: a synonym is evidence, the word itself more.
const SYNONYM_WEIGHT: f32 = 0.8;
/// Weight of a word of the same family (`disagreed` for `disagreement`): close, not the same.
const FAMILY_WEIGHT: f32 = 0.8;
/// Weight of another form of an irregular verb ("met" for "meet"): the same word, but some
/// forms are other words too ("left", "found").
const IRREGULAR_WEIGHT: f32 = 0.8;
/// A word of English the articles lack may be said otherwise there: the words a general lexicon
/// relates to it ("kid" → "child", "phone" → "telephone") match it at this weight. Results on
/// the tuned splits were the same from 0.3 to 0.8.
const RELATED_WEIGHT: f32 = 0.4;
/// Weight of another part of a person's name ("Steve" for "Witkoff") against the part asked.
const NAME_PART_WEIGHT: f32 = 0.8;
/// Weight of a generic word (`hold`, `kind`, `get`) against a topic word: it says little.
const GENERIC_WEIGHT: f32 = 0.3;
/// Weight of a word no document has (after correction), against the rarest known word: such a
/// word is strong evidence the question is about something the articles do not cover.
const UNKNOWN_WEIGHT: f32 = 1.5;
/// A word the articles lack that is no noun keeps all of [`UNKNOWN_WEIGHT`] up to this Zipf
/// frequency in English (about once in a hundred thousand words: "sorted", "aiming" are below)...
const TOPIC_ZIPF: f32 = 4.0;
/// ... and only [`PLAIN_UNKNOWN_SHARE`] of it from this one up ("still", "getting", "young"):
/// paraphrases ask in such words ("the biggest issue still not sorted" for "the most significant
/// issue to be resolved"). Calibrated on every tuned split: five more questions answered rightly
/// (two paraphrase, a yes/no, a role, a typo), no out-of-scope one more; a noun kept at its
/// weight ("oil" in "oil drilling in Alaska") kept a seed out-of-scope question unanswered.
const PLAIN_ZIPF: f32 = 5.5;
/// See [`PLAIN_ZIPF`].
const PLAIN_UNKNOWN_SHARE: f32 = 0.3;
/// Weight of initials typed in capitals that no article writes ("EDs"), against the rarest
/// known word: less than a word the articles lack ([`UNKNOWN_WEIGHT`]), as the articles may
/// spell them out in lower case. Calibrated on the tuned splits: 0.3 answered an out-of-scope
/// question ("the GDP of Ukraine"), 1.0 declined the right answer it was meant for.
const INITIALS_WEIGHT: f32 = 0.6;
/// How common (Zipf) a word of English is that a question means as written, never as a
/// misspelt name one edit away ("cost", not "Costa").
const COMMON_WORD_ZIPF: f32 = 4.5;

/// A typo correction loses this much weight per edit: a corrected word is less certain.
const TYPO_EDIT_PENALTY: f32 = 0.25;
/// The shortest word corrected to a word of English the articles write in another form: a
/// shorter one is one edit from too many words.
const ENGLISH_FIX_MIN_LEN: usize = 4;
/// The shortest unknown word whose stem is matched one edit from an article word's stem
/// (`peacekepers` → `peacekeeping`): shorter stems are too often other words one letter away.
const STEM_FIX_MIN_LEN: usize = 8;
/// The shortest stem so matched: a short stem is one edit from too many others.
const STEM_FIX_MIN_STEM: usize = 6;
/// The shortest unknown word taken for a misspelt inflection (`bullyng`): a shorter one is one
/// edit from too many words' inflected forms.
const INFLECTION_FIX_MIN_LEN: usize = 6;
/// The inflectional endings such a misspelling may carry.
const INFLECTIONS: &[&str] = &["ing", "ed", "es", "s", "er", "ers"];
/// The most edits a word may be from a person's given name to be taken as a typo of it.
const GIVEN_NAME_MAX_EDITS: usize = 1;
/// Corrections after the best one weigh this much of it: they are less likely.
const TYPO_RUNNER_UP: f32 = 0.9;

/// The most words a person asked about by name has ("Keith Kellogg", "Mary Jo White"); a longer
/// subject describes them.
const MAX_ASKED_NAME_WORDS: usize = 3;

/// Chat openers are dropped from a question only while this many words remain ("so what?" stays
/// as typed).
const MIN_QUESTION_WORDS: usize = 3;

/// The shortest word of the articles taken for a misspelling of a person's name one edit away
/// (`Pimlot` for `Pimlott`): shorter names are too often other words one letter away.
const MISSPELT_NAME_MIN_LEN: usize = 6;

/// A word no article has, at least this long and one edit from a stop word as long, is that stop
/// word misspelt (`befor`, `abuot`); shorter ones are too often other words (`fro`, `teh`).
const STOP_TYPO_MIN_LEN: usize = 4;

/// Are two words exactly one edit apart (a letter inserted, dropped, changed, or two neighbours
/// swapped)? Linear and allocation-free: it runs against every long stop word for every unknown
/// word of a question.
fn one_edit(a: &[u8], b: &[u8]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let head = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    if short.len() == long.len() {
        if head == short.len() {
            return false;
        }
        // Changed at `head`, or `head` and `head + 1` swapped.
        let rest = |from: usize| short.get(from..) == long.get(from..);
        rest(head + 1)
            || (head + 1 < short.len()
                && short[head] == long[head + 1]
                && short[head + 1] == long[head]
                && rest(head + 2))
    } else {
        // One letter more in `long`, at `head`.
        short.get(head..) == long.get(head + 1..)
    }
}

/// The most letters a chat abbreviation drops from the word it stands for (`abt` for `about`).
const MAX_ABBREVIATED: usize = 3;

/// Fewest letters of a word typed without its vowels (`ppl`, `govt`, `bldg`).
const VOWELLESS_MIN_LEN: usize = 3;
/// Most letters of a word typed without its vowels: longer runs of consonants are initials.
const VOWELLESS_MAX_LEN: usize = 5;
/// A word typed without its vowels stands for a word at most this many times as long, less two:
/// `govt` for `government`, `ppl` for `people`, never `nhs` for `neighbours`.
const VOWELLESS_STRETCH: usize = 3;

/// Is `word` (folded) typed without its vowels, as chat shortens words (`ppl`, `govt`, `mtg`):
/// three to five letters, none past the second a vowel, and no word of English (`hold`, `myth`
/// are words, not shortenings)?
fn vowelless(word: &str) -> bool {
    (VOWELLESS_MIN_LEN..=VOWELLESS_MAX_LEN).contains(&word.len())
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && !word.bytes().skip(2).any(|b| b"aeiou".contains(&b))
        && related_words(word).is_empty()
        && irregular_forms(word).is_none()
}

/// Does `short`, typed without its vowels, shorten `word`: the same first letter, then its
/// letters in order, its last among the word's last two (`ppl` → `people`, `govt` →
/// `government`), the word not too long for it ([`VOWELLESS_STRETCH`])?
fn shortens(short: &str, word: &str) -> bool {
    let (s, w) = (short.as_bytes(), word.as_bytes());
    if w.len() <= s.len() || w.len() + 2 > VOWELLESS_STRETCH * s.len() || s.first() != w.first() {
        return false;
    }
    let Some(&last) = s.last() else {
        return false;
    };
    if !w[w.len() - 2..].contains(&last) {
        return false;
    }
    let mut rest = w.iter();
    s.iter().all(|c| rest.any(|x| x == c))
}

/// Chat spells a sound with a digit (`b4`, `2day`, `gr8`): what each digit may sound as, in the
/// order tried.
const DIGIT_SOUNDS: &[(char, &[&str])] = &[
    ('1', &["one"]),
    ('2', &["to", "too", "two"]),
    ('4', &["for", "fore"]),
    ('8', &["eat", "ate", "ait", "eight"]),
];

/// Fewest letters after a leading digit for the word to be spelt with it (`2day`): fewer are an
/// ordinal or a unit (`4th`, `3pm`).
const SOUNDED_MIN_LETTERS_AFTER: usize = 3;

/// The word of English a chat spelling with one digit for a sound stands for (`b4` → `before`,
/// `2day` → `today`, `gr8` → `great`): the first reading, the digit sounded out and a lone
/// leading `b` as `be`, that is a stop, generic or English word. `None` for numbers, ordinals,
/// units and names with digits (`4th`, `3pm`, `g7`).
fn sounded_out(word: &str) -> Option<String> {
    if !word
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    {
        return None;
    }
    let mut digits = word.char_indices().filter(|(_, c)| c.is_ascii_digit());
    let (at, digit) = digits.next()?;
    if digits.next().is_some() || word.len() < 2 {
        return None;
    }
    let (head, tail) = (&word[..at], &word[at + 1..]);
    if head.is_empty() && tail.len() < SOUNDED_MIN_LETTERS_AFTER {
        return None;
    }
    let head = if head == "b" { "be" } else { head };
    let sounds = DIGIT_SOUNDS.iter().find(|(d, _)| *d == digit)?.1;
    sounds
        .iter()
        .map(|s| format!("{head}{s}{tail}"))
        .find(|w| is_stop(w) || is_generic(w) || !related_words(w).is_empty())
}

/// Is `short` a chat abbreviation of `word`: its first letter, then some of its letters in order
/// (`abt` for `about`, `wht` for `what`)?
fn abbreviates(short: &str, word: &str) -> bool {
    if short.len() < 3 || short.len() >= word.len() || word.len() - short.len() > MAX_ABBREVIATED {
        return false;
    }
    if short.bytes().next() != word.bytes().next() {
        return false;
    }
    let mut rest = word.bytes();
    short.bytes().all(|b| rest.any(|c| c == b))
}

/// One content word of a query with the terms that may match it.
#[derive(Debug, Clone)]
pub struct Slot {
    /// The word as asked (folded).
    pub word: String,
    /// (term id, weight): the word itself (weight 1, less when typo-corrected), its synonyms.
    pub alts: Vec<(u32, f32)>,
    /// The slot's weight in the query: idf of its best term (the corpus maximum when unknown).
    pub weight: f32,
    /// Names a known person.
    pub is_name: bool,
    /// Part of the person a "what did X say" question asks about.
    pub is_subject: bool,
    /// The correction made, if any (`rubbio` → `rubio`).
    pub corrected: Option<String>,
    /// No article has the word: it weighs [`UNKNOWN_WEIGHT`] times how rare it is in English.
    pub(crate) lacked: bool,
}

/// An analysed query.
#[derive(Debug, Clone)]
pub struct Query {
    pub slots: Vec<Slot>,
    pub intent: Intent,
    /// The folded words of the question, stop words included.
    pub words: Vec<String>,
    /// Known people the question names (indices into the knowledge base's people).
    pub people: Vec<u32>,
    /// The slots naming what "how many …" counts ("how many objections"): a number right before
    /// them answers it.
    pub counted: Vec<usize>,
    /// The slots whose word abbreviates a phrase of the lexicon ("pows"), each with that
    /// abbreviation: the words of the phrase in a hit ("prisoners of war") are theirs.
    pub abbreviated: Vec<(usize, String)>,
    /// What "how long / much / many …" measures, whatever the intent ("how many documents …
    /// according to X" asks what X said).
    pub measure: Option<Measure>,
    /// Does the question ask why ("why …", "what reason …")? A sentence giving a cause answers.
    pub asks_cause: bool,
    /// What a "which city / which party / which country" question asks to be named: an answer
    /// names one the question does not.
    pub name_kind: Option<NameKind>,
    /// The slot of the head noun of a speaker described by a role ("the Latvian PM": `pm`;
    /// "the head of the delegation": `head`) when some known person's role holds it: the
    /// speaker is one of them, not someone whose role shares only a modifier.
    pub subject_head: Option<usize>,
    /// The people a speaker described by a role with a country ("Latvia's foreign minister",
    /// typed `latvias` too) cannot be: those whose role names only other countries, and anyone
    /// when no article names the country; and, for
    /// one described by an office of something ("the head of the negotiating team"), the
    /// holders of that office whose role names nothing of it when another's does.
    pub ruled_out: Vec<u32>,
}

impl Slot {
    /// May this term match the slot (the word, a correction, a synonym)?
    pub fn matches(&self, term: u32) -> bool {
        self.alts.iter().any(|(t, _)| *t == term)
    }
}

impl Query {
    /// The sum of the slot weights: what a document matching every word would cover.
    pub fn total_weight(&self) -> f32 {
        self.slots.iter().map(|s| s.weight).sum()
    }

    /// Does the question ask what a known person said?
    pub fn asks_person_statement(&self) -> bool {
        self.intent.kind == IntentKind::SaidBy
            && self.slots.iter().any(|s| s.is_subject && s.is_name)
    }

    /// The slots naming when something asked about happened: a month's name, a weekday or a
    /// year ("back in January", "on Tuesday", "in 2024"), as a bit mask like a search's.
    pub fn date_slots(&self) -> u64 {
        slot_mask(self, |s| names_time(&s.word))
    }

    /// The slot of the verb a "who did …" question asks the doer of ("who scored for …", "who
    /// will lead …"): its first word after "who", past auxiliaries, when a content word.
    pub fn who_verb(&self) -> Option<usize> {
        if !asks_who(&self.words) {
            return None;
        }
        let verb = self.words.iter().skip(1).find(|w| !is_auxiliary(w))?;
        self.slots.iter().position(|s| s.word == *verb)
    }

    /// Is this a "what did X say" question whose speaker is described by a word no article has
    /// ("China's foreign ministry" where no article has "ministry")? Whoever that is, no article
    /// quotes them: only words of someone the subject's other words describe can answer.
    pub fn asks_unknown_speaker(&self) -> bool {
        self.intent.kind == IntentKind::SaidBy
            && self.slots.iter().any(|s| s.is_subject && s.lacked)
    }
}

impl Index {
    /// Analyses a question: intent, content words, their terms, corrections and synonyms.
    pub fn analyze(&self, question: &str) -> Query {
        let stem = stemmer();
        let folded = fold(question);
        let mut all: Vec<Word> = Vec::new();
        words(&folded, |w| {
            if all.len() < 4 * MAX_SLOTS {
                all.push(w)
            }
        });
        // Chat spellings with a digit (`b4`, `2day`) are the words they sound out.
        for w in all.iter_mut() {
            if !w.joined && !self.surfaces.contains_key(w.text.as_str()) {
                if let Some(word) = sounded_out(&w.text) {
                    w.text = word;
                }
            }
        }
        // "the us" typed in lower case is the country, as "the US" is (see `fold`): the pronoun
        // never follows "the".
        for i in 1..all.len() {
            if all[i].text == US_PRONOUN && all[i - 1].text == "the" && !all[i].part {
                all[i].text = US_COUNTRY.to_string();
            }
        }
        // Misspelt question words (`wat`, `hwo`) are question words; words of English are not
        // (`sat` is not `say`, `thank` not `think`).
        for w in all.iter_mut() {
            if w.joined
                || is_stop(&w.text)
                || self.surfaces.contains_key(w.text.as_str())
                || usage(&w.text).is_some()
            {
                continue;
            }
            let n = w.text.chars().count();
            if (3..=6).contains(&n) {
                if let Some(q) = QUESTION_WORDS.iter().find(|q| {
                    q.len() >= 3
                        && (strsim::damerau_levenshtein(q, &w.text) == 1 || abbreviates(&w.text, q))
                }) {
                    w.text = (*q).to_string();
                }
            }
        }
        // "so is Kowal sending …", "ok so what did …": the chat before a question is no part
        // of it. (Openers are single words, never a compound's parts: "well-known".)
        let single = all.iter().take_while(|w| !w.part && !w.joined).count();
        let texts: Vec<&str> = all.iter().map(|w| w.text.as_str()).collect();
        let chat = chat_opener_len(&texts, MIN_QUESTION_WORDS).min(single);
        all.drain(..chat);
        // "were did she serve it": "were" before an auxiliary opens no question but "where".
        let mut opening = all.iter_mut().filter(|w| !w.joined);
        if let (Some(first), Some(second)) = (opening.next(), opening.next()) {
            if first.text == "were" && second.text != "were" && is_auxiliary(&second.text) {
                first.text = "where".to_string();
            }
        }
        let plain: Vec<String> = all
            .iter()
            .filter(|w| !w.joined)
            .map(|w| w.text.clone())
            .collect();
        let intent = detect(&plain);
        let subject_range = intent.subject;
        let short_subject = subject_range.is_some_and(|(a, b)| b - a <= MAX_ASKED_NAME_WORDS);
        // Misspelt stop words (`befor`, `abuot`) are stop words, not unknown words that would
        // weigh the most — but never in the name a question asks about, nor written with a
        // capital after the first word: a name (`Hern`, `Thier`).
        let capitalised = |w: &str| {
            question
                .split_whitespace()
                .skip(1)
                .filter(|q| q.chars().next().is_some_and(char::is_uppercase))
                .any(|q| fold(q).contains(w))
        };
        let mut at = 0usize;
        for w in all.iter_mut() {
            if w.joined {
                continue;
            }
            let in_subject = subject_range.is_some_and(|(a, b)| at >= a && at < b);
            at += 1;
            if in_subject
                || is_stop(&w.text)
                || w.text.chars().count() < STOP_TYPO_MIN_LEN
                || self.lookup_word(&stem, &w.text).is_some()
            {
                continue;
            }
            // Looked for in the question as typed only for a word that would be replaced.
            if let Some(stop) = STOP_WORDS
                .iter()
                .find(|s| {
                    // A typo keeps the word's first letter ("pows" is not "hows").
                    s.len() >= STOP_TYPO_MIN_LEN
                        && s.as_bytes().first() == w.text.as_bytes().first()
                        && one_edit(s.as_bytes(), w.text.as_bytes())
                })
                .filter(|_| !capitalised(&w.text))
            {
                w.text = (*stop).to_string();
            }
        }
        let measure = measure_asked(&plain);
        let kind_asked = name_kind_asked(&plain, is_stop);
        let form_word = quantity_word_at(&plain)
            .filter(|_| measure.is_some_and(|m| !matches!(m, Measure::Any | Measure::Count)))
            .or_else(|| date_noun_at(&plain))
            .or_else(|| cause_noun_at(&plain))
            // "What are the names of …": the answer names them, rarely with the word "name".
            .or_else(|| {
                kind_asked
                    .filter(|&(_, k)| k == NameKind::Person)
                    .map(|(i, _)| i)
            })
            .or_else(|| timing_word_at(&plain))
            // "What was the final score": a result is given as a figure ("won 2-1"), without
            // the noun; where no article has it, it is the question's form only.
            .or_else(|| {
                figure_noun_at(&plain).filter(|&i| {
                    is_unnamed_figure(&plain[i]) && self.lookup_word(&stem, &plain[i]).is_none()
                })
            });
        // "X's view on", "what was X's reaction to", "how did X describe": the noun or verb
        // after the person asked about asks for their words ("say" is a stop word already).
        // A verb asking for a view is the question's form even where an article has it:
        // another speaker's "described" is no answer to how X described a thing. Another verb
        // of asking ("warn") may be the answer's word ("warnings"), unless no article has it.
        let asking_word = subject_range
            .filter(|_| intent.kind == IntentKind::SaidBy)
            .map(|(_, end)| end)
            .filter(|&end| {
                plain.get(end).is_some_and(|w| {
                    is_asking_noun(w)
                        || is_view_verb(w)
                        || is_asking_word(w)
                            && self.lookup_word(&stem, w).is_none()
                            && irregular_forms(w).is_none()
                })
            });
        // "How long has the fighting been dragging on": the verb closing it says only that the
        // thing lasts, which the answer says with a length of time; where no article has it,
        // it is the question's form (as a word no article has, it would weigh the most).
        let lasting_word = lasting_verb_at(&plain, is_stop)
            .filter(|&j| self.lookup_word(&stem, &plain[j]).is_none());
        let mut slots: Vec<Slot> = Vec::new();
        let mut i = 0;
        let mut plain_index = 0usize;
        // Phrases of everyday English outside the subject ("step down", "carry out").
        let spans: Vec<PhraseSpan> = phrase_spans(&stem, &plain)
            .into_iter()
            .filter(|p| subject_range.is_none_or(|(a, b)| p.end <= a || p.start >= b))
            .collect();
        while i < all.len() && slots.len() < MAX_SLOTS {
            let w = &all[i];
            // A hyphenated compound: its joined form when the corpus knows it, else its parts.
            if w.part {
                let mut j = i;
                while j < all.len() && all[j].part {
                    j += 1;
                }
                let joined = all.get(j).filter(|x| x.joined);
                let parts = j - i;
                if let Some(t) = joined.and_then(|x| self.lookup_word(&stem, &x.text)) {
                    let word = joined.map(|x| x.text.clone()).unwrap_or_default();
                    let in_subject =
                        subject_range.is_some_and(|(a, b)| plain_index >= a && plain_index < b);
                    self.push_slot(&mut slots, word, vec![(t, 1.0)], None, in_subject);
                    plain_index += parts;
                    i = j + 1;
                    continue;
                }
                // Fall through: treat the parts as words, skip the joined form.
                for part in &all[i..j] {
                    let in_subject =
                        subject_range.is_some_and(|(a, b)| plain_index >= a && plain_index < b);
                    let name = in_subject && short_subject;
                    self.word_slot(&stem, &mut slots, &part.text, None, in_subject, name);
                    plain_index += 1;
                }
                i = if joined.is_some() { j + 1 } else { j };
                continue;
            }
            if w.joined {
                i += 1;
                continue;
            }
            // "How long / far / fast / old": the word is the question's form, and a sentence
            // answers it with a unit ("an hour", "52mph"), never with the word itself. So is the
            // word asking for someone's words.
            let form = [form_word, asking_word, lasting_word];
            if form.contains(&Some(plain_index)) {
                plain_index += 1;
                i += 1;
                continue;
            }
            let in_subject =
                subject_range.is_some_and(|(a, b)| plain_index >= a && plain_index < b);
            // Two words the corpus writes as one (`cease fire` → `ceasefire`) and not both on
            // their own: a sentence writing them apart ("in the fourth quarter") holds the words,
            // and one writing them hyphenated ("fourth-quarter") holds them too.
            if let Some(next) = all.get(i + 1).filter(|x| !x.joined && !x.part) {
                let joined = format!("{}{}", w.text, next.text);
                let apart = |x: &str| self.lookup_word(&stem, x).is_some_and(|t| self.known(t));
                let both_apart = || apart(&w.text) && apart(&next.text);
                if !is_stop(&w.text)
                    && !is_stop(&next.text)
                    && self.surfaces.contains_key(joined.as_str())
                    && !both_apart()
                {
                    if let Some(t) = self.lookup_word(&stem, &joined) {
                        self.push_slot(&mut slots, joined, vec![(t, 1.0)], None, in_subject);
                        plain_index += 2;
                        i += 2;
                        continue;
                    }
                }
            }
            let span = spans
                .iter()
                .find(|p| (p.start..p.end).contains(&plain_index));
            // A phrase's words after its first content word are part of it, no topic of their own.
            if span.is_some_and(|p| p.head != plain_index) {
                plain_index += 1;
                i += 1;
                continue;
            }
            let before = plain_index.checked_sub(1).and_then(|b| plain.get(b));
            let at = slots.len();
            self.word_slot(
                &stem,
                &mut slots,
                &w.text,
                before.map(String::as_str),
                in_subject,
                in_subject && short_subject,
            );
            // The phrase's head word also matches the words of its sense ("resign").
            if let (Some(p), Some(slot)) = (span, slots.get_mut(at)) {
                let extra = self.terms_of_related(&stem, p.related.iter().copied(), &slot.alts);
                slot.alts.extend(extra);
            }
            plain_index += 1;
            i += 1;
        }
        // The question's last word after a noun heads what it asks about ("… about the football
        // final?"): a topic the articles lack, whatever part of speech the word mostly is; not
        // after a verb or pronoun ("the route got picked", "something bigger").
        let noun_before_last = plain
            .len()
            .checked_sub(2)
            .and_then(|i| plain.get(i))
            .is_some_and(|w| !is_stop(w) && usage(w).is_none_or(|u| u.noun));
        if let Some(s) = slots
            .last_mut()
            .filter(|s| s.lacked && noun_before_last && plain.last() == Some(&s.word))
        {
            s.weight /= rarity(&s.word);
        }
        // Initials typed in capitals ("the EDs", "POW") that no article writes are likely an
        // abbreviation of words the articles spell out in lower case: weighed like a common
        // word, not like a topic the articles lack.
        for s in slots.iter_mut() {
            if s.alts.iter().all(|&(t, _)| !self.known(t)) && typed_initials(question, &s.word) {
                s.weight = INITIALS_WEIGHT * self.max_idf();
            }
        }
        self.office_holders(&mut slots, &plain);
        let mut people = Vec::new();
        for (pi, terms) in self.person_terms.iter().enumerate() {
            if slots
                .iter()
                .any(|s| s.is_name && s.alts.first().is_some_and(|a| terms.contains(&a.0)))
            {
                people.push(pi as u32);
            }
        }
        let counted_words = counted_words(&plain, is_stop);
        let counted = slots
            .iter()
            .enumerate()
            .filter(|(_, s)| counted_words.iter().any(|&i| plain[i] == s.word))
            .map(|(i, _)| i)
            .collect();
        let abbreviated = slots
            .iter()
            .enumerate()
            .filter(|(_, s)| s.word.len() <= MAX_INITIALS + 1)
            .map(|(i, s)| (i, s.word.strip_suffix('s').unwrap_or(&s.word).to_string()))
            .filter(|(_, w)| is_abbreviation(w))
            .collect();
        let subject_head = self.subject_head(&slots, &intent, &plain);
        let subject_countries: Vec<String> = subject_head
            .and(intent.subject)
            .map(|(a, b)| plain[a..b].iter().filter_map(|w| country_word(w)).collect())
            .unwrap_or_default();
        let mut ruled_out = self.ruled_out_by_country(&subject_countries);
        // "Estonia's foreign minister" where no article names Estonia or its people: whoever
        // holds that office, no article knows them.
        if subject_countries
            .iter()
            .any(|c| !self.names_country_anywhere(c))
        {
            ruled_out.extend(0..self.roles.len() as u32);
        }
        ruled_out.extend(self.ruled_out_by_no_country(&slots, subject_head, &subject_countries));
        ruled_out.extend(self.ruled_out_by_complement(&slots, &intent, &plain, subject_head));
        let asks_cause = asks_cause(&plain);
        Query {
            slots,
            intent,
            words: plain,
            people,
            counted,
            abbreviated,
            measure,
            asks_cause,
            name_kind: kind_asked.map(|(_, k)| k),
            subject_head,
            ruled_out,
        }
    }

    /// "The top diplomat", "the head of state": a phrase around a role word (see
    /// [`OFFICE_PHRASES`]) names the people whose role is one of the offices it stands for.
    /// Their names' terms, and only they, match the role word's slot, which names them when
    /// there is one; the phrase's other words are no words of their own.
    fn office_holders(&self, slots: &mut Vec<Slot>, plain: &[String]) {
        for (phrase, word, offices) in OFFICE_PHRASES {
            let said = plain.windows(phrase.len()).any(|w| w == *phrase);
            let Some(at) = slots.iter().position(|s| s.word == *word).filter(|_| said) else {
                continue;
            };
            let holders: Vec<usize> = (0..self.roles.len())
                .filter(|&p| offices.iter().any(|o| self.roles[p].contains(o)))
                .collect();
            let names: Vec<u32> = holders
                .iter()
                .filter_map(|&p| self.person_terms.get(p))
                .flatten()
                .copied()
                .collect();
            if names.is_empty() {
                continue;
            }
            // The phrase means its offices: not every head, nor every diplomat.
            let slot = &mut slots[at];
            slot.alts.clear();
            for &t in &names {
                if !slot.matches(t) {
                    slot.alts.push((t, 1.0));
                }
            }
            slot.is_name = holders.len() == 1;
            slots.retain(|s| s.word == *word || !phrase.contains(&s.word.as_str()));
        }
    }

    /// See [`Query::ruled_out`]: the people whose role names a country and none of `countries`
    /// (none when `countries` is empty). Read once per question, not per candidate.
    fn ruled_out_by_country(&self, countries: &[String]) -> Vec<u32> {
        if countries.is_empty() {
            return Vec::new();
        }
        (0..self.roles.len())
            .filter(|&p| {
                let named = self.role_countries(p);
                !named.is_empty() && !self.role_names_any(p, countries)
            })
            .map(|p| p as u32)
            .collect()
    }

    /// The words of person `p`'s role that name a country ("Welsh", "US").
    fn role_countries(&self, p: usize) -> Vec<&str> {
        self.roles.get(p).map_or_else(Vec::new, |r| {
            r.split(|c: char| !c.is_alphanumeric())
                .filter(|w| names_country(w))
                .collect()
        })
    }

    /// Does person `p`'s role name one of `countries`?
    fn role_names_any(&self, p: usize, countries: &[String]) -> bool {
        self.role_countries(p)
            .iter()
            .any(|w| countries.iter().any(|c| same_country(w, c)))
    }

    /// The people whose role has a head noun the slot matches (the holders of the office a
    /// question's subject names).
    fn holders_of(&self, slot: &Slot) -> Vec<usize> {
        (0..self.role_heads.len())
            .filter(|&p| self.role_heads[p].iter().any(|&t| slot.matches(t)))
            .collect()
    }

    /// Does person `p`'s role hold a word the slot matches?
    fn role_holds(&self, p: usize, slot: &Slot) -> bool {
        self.role_terms
            .get(p)
            .is_some_and(|ts| ts.iter().any(|&t| slot.matches(t)))
    }

    /// See [`Query::ruled_out`]: when a speaker is described by an office and a country ("the
    /// French skipper") and some holder of the office has a role naming that country and every
    /// other word of the description, the holders whose role names no country ("Bok captain").
    /// Those naming another are [`Self::ruled_out_by_country`]'s.
    fn ruled_out_by_no_country(
        &self,
        slots: &[Slot],
        head: Option<usize>,
        countries: &[String],
    ) -> Vec<u32> {
        let Some(h) = head.filter(|_| !countries.is_empty()) else {
            return Vec::new();
        };
        let holders = self.holders_of(&slots[h]);
        // The subject's other words ("army" in "the US army secretary"): a holder naming the
        // country rules others out only when their role holds these too.
        let others: Vec<&Slot> = slots
            .iter()
            .enumerate()
            .filter(|&(i, s)| s.is_subject && i != h && country_word(&s.word).is_none())
            .map(|(_, s)| s)
            .collect();
        let names_asked = |p: usize| {
            others.iter().all(|s| self.role_holds(p, s)) && self.role_names_any(p, countries)
        };
        if !holders.iter().any(|&p| names_asked(p)) {
            return Vec::new();
        }
        holders
            .into_iter()
            .filter(|&p| self.role_countries(p).is_empty())
            .map(|p| p as u32)
            .collect()
    }

    /// See [`Query::ruled_out`]: when a speaker is described by an office and what it is of
    /// ("the head of the negotiating team"), and some holder of that office has a role holding a
    /// word of the complement, the holders whose role holds none ("the president" for "head").
    /// Country words do not count: [`Self::ruled_out_by_country`] reads those.
    fn ruled_out_by_complement(
        &self,
        slots: &[Slot],
        intent: &Intent,
        plain: &[String],
        head: Option<usize>,
    ) -> Vec<u32> {
        let (Some(h), Some((a, b))) = (head, intent.subject) else {
            return Vec::new();
        };
        let Some(of) = plain
            .get(a..b)
            .and_then(|w| w.iter().position(|w| w == "of"))
        else {
            return Vec::new();
        };
        let complement: Vec<&Slot> = slots
            .iter()
            .filter(|s| {
                s.is_subject
                    && plain[a + of + 1..b].contains(&s.word)
                    && country_word(&s.word).is_none()
            })
            .collect();
        let holders = self.holders_of(&slots[h]);
        let fits = |p: usize| complement.iter().any(|s| self.role_holds(p, s));
        if !holders.iter().any(|&p| fits(p)) {
            return Vec::new();
        }
        holders
            .into_iter()
            .filter(|&p| !fits(p))
            .map(|p| p as u32)
            .collect()
    }

    /// See [`Query::subject_head`]: the word before the subject's `of` (`head of the
    /// delegation`), else its last word, when no word of the subject names anyone.
    fn subject_head(&self, slots: &[Slot], intent: &Intent, plain: &[String]) -> Option<usize> {
        let (a, b) = intent
            .subject
            .filter(|_| intent.kind == IntentKind::SaidBy)?;
        if slots.iter().any(|s| s.is_subject && s.is_name) {
            return None;
        }
        let words = plain.get(a..b)?;
        let head = match words.iter().position(|w| w == "of") {
            Some(k) if k > 0 => &words[k - 1],
            _ => words.last()?,
        };
        let h = slots.iter().position(|s| s.is_subject && s.word == *head)?;
        (!self.holders_of(&slots[h]).is_empty()).then_some(h)
    }

    /// Adds the slot of one question word; `before` is the question word before it, if any;
    /// `in_subject` when it is part of the person a "what did X say" question asks about, `name`
    /// when that person is asked about by a name (at most [`MAX_ASKED_NAME_WORDS`] words), not
    /// described ("the ex-maths teacher commanding the drone crew").
    pub(super) fn word_slot(
        &self,
        stem: &rust_stemmers::Stemmer,
        slots: &mut Vec<Slot>,
        word: &str,
        before: Option<&str>,
        in_subject: bool,
        name: bool,
    ) {
        if is_stop(word) {
            return;
        }
        if let Some(t) = self.lookup_word(stem, word).filter(|&t| self.matchable(t)) {
            let mut alts = vec![(t, 1.0)];
            // `Pimlot` where the article once misspells `Pimlott`: asked about, the word is the
            // person, as certain as a typo's one edit.
            if name && !self.name_terms.contains(&t) {
                if let Some(n) = self.misspelt_name(word) {
                    alts.insert(0, (n, 1.0 - TYPO_EDIT_PENALTY));
                }
            }
            self.add_irregular_forms(stem, word, &mut alts);
            self.add_country_forms(stem, word, &mut alts);
            self.add_office_forms(stem, word, &mut alts);
            self.push_slot(slots, word.to_string(), alts, None, in_subject);
            return;
        }
        // A single letter no article has is chat shorthand ("talks w Witkoff", "u"), not a
        // topic the articles lack.
        if word.chars().count() == 1 {
            return;
        }
        // "met" when the articles only say "meet" or "meeting".
        let mut alts = Vec::new();
        self.add_irregular_forms(stem, word, &mut alts);
        self.add_country_forms(stem, word, &mut alts);
        self.add_office_forms(stem, word, &mut alts);
        if !alts.is_empty() {
            self.push_slot(slots, word.to_string(), alts, None, in_subject);
            return;
        }
        // A word the corpus writes as two (`peacedeal`): both halves known.
        let n = if word.len() <= 40 { word.len() } else { 0 };
        for cut in 3..n.saturating_sub(2) {
            if !word.is_char_boundary(cut) {
                continue;
            }
            let (a, b) = word.split_at(cut);
            if let (Some(&ta), Some(&tb)) = (self.surfaces.get(a), self.surfaces.get(b)) {
                if !is_stop(a) && !is_stop(b) {
                    self.push_slot(slots, a.to_string(), vec![(ta, 1.0)], None, in_subject);
                    self.push_slot(slots, b.to_string(), vec![(tb, 1.0)], None, in_subject);
                    return;
                }
            }
        }
        let family = self.family(word);
        if !family.is_empty() {
            let alts = family.into_iter().map(|t| (t, FAMILY_WEIGHT)).collect();
            self.push_slot(slots, word.to_string(), alts, None, in_subject);
            return;
        }
        // A number is what it is: "2024" the articles lack is not their "2025".
        if word.bytes().any(|b| b.is_ascii_digit()) {
            self.push_slot(slots, word.to_string(), Vec::new(), None, in_subject);
            return;
        }
        let typo = self.typo();
        let mut fixes = typo.lookup(word, 2);
        // A clipped chat spelling (`bout`, `givin`) is the word it clips, before any word of
        // the articles one edit away (`given`) but a name (`puttin` is Putin).
        let misspelt_name = fixes
            .iter()
            .any(|c| typo.word(c.word).is_some_and(|v| v.is_name));
        if !in_subject && !misspelt_name {
            if let Some(whole) = clipped_word(word) {
                return self.word_slot(stem, slots, &whole, before, in_subject, name);
            }
        }
        // A word of English the articles lack is a topic they do not cover ("party"), not a
        // misspelling of the word they have one letter away ("part"); it may be a misspelt name
        // ("vane" for "Vance").
        // A common one ("cost", "dance") is no misspelt name either ("Costa", "Vance").
        let zipf = usage(word).map(|u| u.zipf);
        let english = zipf.is_some();
        if zipf.is_some_and(|z| z >= COMMON_WORD_ZIPF) {
            fixes.clear();
        } else if english {
            fixes.retain(|c| typo.word(c.word).is_some_and(|v| v.is_name));
        }
        let mut alts = Vec::new();
        let mut corrected = None;
        // `thnak`, the articles saying "thanked": a misspelt word of English the articles write
        // in another form is that word, found by its stem.
        if fixes.is_empty() {
            if let Some((fix, t)) = self.english_fix(stem, word) {
                alts.push((t, 1.0 - TYPO_EDIT_PENALTY));
                corrected = Some(fix);
            }
        }
        // `peacekepers`, the articles saying "peacekeeping": a misspelling in another form than
        // theirs is found by its stem, one edit from theirs.
        if fixes.is_empty() && alts.is_empty() {
            if let Some(t) = self.stem_fix(stem, word) {
                alts.push((t, 1.0 - TYPO_EDIT_PENALTY));
            }
        }
        // `bullyng`, the articles saying "bully" and "bullied": a typo where a word meets its
        // ending is one edit from that word's inflected form, found by its stem.
        if fixes.is_empty() && alts.is_empty() && !english {
            if let Some((fix, t)) = self.inflection_fix(stem, word) {
                alts.push((t, 1.0 - TYPO_EDIT_PENALTY));
                corrected = Some(fix);
            }
        }
        if fixes.is_empty() && alts.is_empty() && !english {
            // Two edits to a name only for the person asked about (`wat did kelog say`).
            fixes.extend(typo.lookup_unambiguous(word, name));
        }
        for (k, c) in fixes.iter().enumerate() {
            let Some(v) = typo.word(c.word) else { continue };
            let Some(&t) = self.surfaces.get(v.text.as_str()) else {
                continue;
            };
            // An unknown name is not a distant misspelling of someone's first name: "Macron" is
            // not "Marco", "Tapper" not "Jake". Surnames keep their two-edit corrections.
            if c.distance > GIVEN_NAME_MAX_EDITS && self.given_names.contains(&t) {
                continue;
            }
            let w = (1.0 - TYPO_EDIT_PENALTY * c.distance as f32)
                * if k == 0 { 1.0 } else { TYPO_RUNNER_UP };
            if corrected.is_none() {
                corrected = Some(v.text.clone());
            }
            if !alts.iter().any(|(x, _)| *x == t) {
                alts.push((t, w));
            }
        }
        // A short form of a name (`tipp` for Tipperary) that no typo explains: the one word of
        // the articles it opens, as certain as a typo's one edit.
        if alts.is_empty() && !english {
            if let Some((surface, t)) = self.clipped_name(word) {
                alts.push((t, 1.0 - TYPO_EDIT_PENALTY));
                corrected = Some(surface);
            }
        }
        // A word typed without its vowels (`ppl`, `govt`) that no typo explains: the most
        // frequent word of the articles it shortens, as certain as a typo's one edit.
        if alts.is_empty() && vowelless(word) {
            if let Some((surface, t)) = self.expansion(word) {
                alts.push((t, 1.0 - TYPO_EDIT_PENALTY));
                corrected = Some(surface.to_string());
            }
        }
        // A word of English, perhaps said otherwise: its related words may match it, but the
        // slot weighs what it did without them. A word the articles lack still weighs the most,
        // unless a sentence holds a word related to it; a question about a topic the articles
        // lack ("holding elections") is not answered by a sentence that merely lacks it.
        // Added after the slot is weighed, and not widened by the synonym groups: two hops
        // drift ("ambassador" → "diplomat" → "diplomacy").
        let related = if is_generic(word) {
            Vec::new()
        } else {
            self.related_terms(stem, word, before, &alts)
        };
        let at = slots.len();
        self.push_slot(slots, word.to_string(), alts, corrected, in_subject);
        if let Some(slot) = slots.get_mut(at) {
            for (t, w) in related {
                if !slot.matches(t) {
                    slot.alts.push((t, w));
                }
            }
        }
    }

    /// The most common word of English one edit from `word` (which is none, and at least
    /// [`ENGLISH_FIX_MIN_LEN`] letters long) whose stem some article writes, with that term.
    fn english_fix(&self, stem: &rust_stemmers::Stemmer, word: &str) -> Option<(String, u32)> {
        if word.len() < ENGLISH_FIX_MIN_LEN || usage(word).is_some() {
            return None;
        }
        let mut best: Option<(f32, String, u32)> = None;
        one_edit_words(word, |w| {
            let Some(u) = usage(w) else { return };
            if is_stop(w) || best.as_ref().is_some_and(|b| b.0 >= u.zipf) {
                return;
            }
            if let Some(t) = self.lookup_word(stem, w).filter(|&t| self.matchable(t)) {
                best = Some((u.zipf, w.to_string(), t));
            }
        });
        best.map(|(_, w, t)| (w, t))
    }

    /// The article term whose stem is one edit from the stem of `word` (no common word of
    /// English, at least [`STEM_FIX_MIN_LEN`] letters long), the one in most documents when
    /// several are.
    fn stem_fix(&self, stem: &rust_stemmers::Stemmer, word: &str) -> Option<u32> {
        // A word of English is no misspelling: "elections" is not "select".
        let root = stem.stem(word);
        if word.len() < STEM_FIX_MIN_LEN || root.len() < STEM_FIX_MIN_STEM || usage(word).is_some()
        {
            return None;
        }
        let mut best: Option<(usize, u32)> = None;
        one_edit_words(&root, |v| {
            let Some(&t) = self.terms.get(v) else { return };
            let df = self.df(t);
            if df > 0 && best.is_none_or(|(d, _)| df > d) {
                best = Some((df, t));
            }
        });
        best.map(|(_, t)| t)
    }

    /// The word one edit from `word` (no word of English, at least [`INFLECTION_FIX_MIN_LEN`]
    /// letters long) that ends in an inflection, the edit where its stem meets that ending or
    /// after, and whose stem some article writes: with that term, the one in most documents.
    fn inflection_fix(&self, stem: &rust_stemmers::Stemmer, word: &str) -> Option<(String, u32)> {
        if word.len() < INFLECTION_FIX_MIN_LEN || usage(word).is_some() {
            return None;
        }
        let mut best: Option<(usize, String, u32)> = None;
        one_edit_words(word, |w| {
            if !INFLECTIONS.iter().any(|e| w.ends_with(e)) {
                return;
            }
            let root = stem.stem(w);
            let kept = word
                .bytes()
                .zip(w.bytes())
                .take_while(|(a, b)| a == b)
                .count();
            if kept + 1 < root.len() {
                return;
            }
            let Some(&t) = self.terms.get(root.as_ref()) else {
                return;
            };
            let df = self.df(t);
            if df > 0 && self.matchable(t) && best.as_ref().is_none_or(|b| df > b.0) {
                best = Some((df, w.to_string(), t));
            }
        });
        best.map(|(_, w, t)| (w, t))
    }

    /// The one person's name term one edit from `word`, a word of the articles that is no name,
    /// no stop word and no word of English, at least [`MISSPELT_NAME_MIN_LEN`] letters long.
    fn misspelt_name(&self, word: &str) -> Option<u32> {
        if word.len() < MISSPELT_NAME_MIN_LEN || is_stop(word) || !related_words(word).is_empty() {
            return None;
        }
        // The typo dictionary's candidates, not a scan of every surface: this runs per question.
        let typo = self.typo();
        let mut near = typo
            .lookup(word, usize::MAX)
            .into_iter()
            .filter(|c| c.distance == 1)
            .filter_map(|c| typo.word(c.word))
            .filter(|v| v.is_name)
            .filter_map(|v| self.surfaces.get(v.text.as_str()).copied());
        match (near.next(), near.next()) {
            (Some(t), None) => Some(t),
            _ => None,
        }
    }

    /// The word of the articles that `short`, typed without its vowels, most likely shortens
    /// (see [`shortens`]): the most frequent, then the shortest; never a name or a stop word.
    fn expansion(&self, short: &str) -> Option<(&str, u32)> {
        self.surfaces
            .iter()
            .filter(|(w, &t)| {
                shortens(short, w) && self.known(t) && !self.name_terms.contains(&t) && !is_stop(w)
            })
            .max_by(|(a, &ta), (b, &tb)| {
                let df = |t: u32| self.surface_df.get(t as usize).copied().unwrap_or(0);
                df(ta)
                    .cmp(&df(tb))
                    .then(b.len().cmp(&a.len()))
                    .then(b.cmp(a))
            })
            .map(|(w, &t)| (&**w, t))
    }

    /// The corpus terms of the words a general lexicon relates to `word`, and of the country it
    /// names when it is a capital not read as the place (see [`country_words`]), at
    /// [`RELATED_WEIGHT`]: none that `alts` has, no stop or generic words.
    fn related_terms(
        &self,
        stem: &rust_stemmers::Stemmer,
        word: &str,
        before: Option<&str>,
        alts: &[(u32, f32)],
    ) -> Vec<(u32, f32)> {
        let related = related_words(word)
            .into_iter()
            .chain(country_words(word, before));
        self.terms_of_related(stem, related, alts)
    }

    /// The corpus terms of `related` words, at [`RELATED_WEIGHT`]: none that `alts` has, no stop
    /// or generic words, each once.
    fn terms_of_related(
        &self,
        stem: &rust_stemmers::Stemmer,
        related: impl IntoIterator<Item = &'static str>,
        alts: &[(u32, f32)],
    ) -> Vec<(u32, f32)> {
        let mut out: Vec<(u32, f32)> = Vec::new();
        for r in related {
            if is_stop(r) || is_generic(r) {
                continue;
            }
            if let Some(t) = self.lookup_word(stem, r).filter(|&t| self.known(t)) {
                if !alts.iter().chain(&out).any(|(x, _)| *x == t) {
                    out.push((t, RELATED_WEIGHT));
                }
            }
        }
        out
    }

    /// Adds the other forms of the irregular verb `word` is a form of ("met" for "meet", "left"
    /// for "leave") that the corpus knows, at [`IRREGULAR_WEIGHT`]. Only the forms themselves:
    /// "meeting" is mostly the noun, and the articles' "met" answered other questions than those
    /// asking after a meeting (tuned splits, realistic and private real). Not for generic words.
    fn add_irregular_forms(
        &self,
        stem: &rust_stemmers::Stemmer,
        word: &str,
        alts: &mut Vec<(u32, f32)>,
    ) {
        // Not for the light verbs of questions ("gone", "made", "took"): "go" would match every
        // "going to".
        if is_generic(word) {
            return;
        }
        let Some((base, past)) = irregular_forms(word) else {
            return;
        };
        for form in std::iter::once(&base).chain(past) {
            if let Some(t) = self.lookup_word(stem, form).filter(|&t| self.known(t)) {
                if !alts.iter().any(|(x, _)| *x == t) {
                    alts.push((t, IRREGULAR_WEIGHT));
                }
            }
        }
    }

    /// Adds the other names and adjectives of the country `word` names ("ukraine" for
    /// "ukrainian", "Ukraine's president" for "the Ukrainian president") that the corpus knows,
    /// at [`FAMILY_WEIGHT`]: one country, another part of speech.
    fn add_country_forms(
        &self,
        stem: &rust_stemmers::Stemmer,
        word: &str,
        alts: &mut Vec<(u32, f32)>,
    ) {
        let mut forms: Vec<&str> = country_forms(word);
        // `latvias`: the country's own name and its other forms.
        let bare = country_word(word).filter(|b| b != word);
        if let Some(b) = &bare {
            forms.push(b);
            forms.extend(country_forms(b));
        }
        for form in forms {
            if let Some(t) = self.lookup_word(stem, form).filter(|&t| self.known(t)) {
                if !alts.iter().any(|(x, _)| *x == t) {
                    alts.push((t, FAMILY_WEIGHT));
                }
            }
        }
    }

    /// Adds the other forms of a title with a sex or neutral ending that the corpus knows
    /// ("chairperson" for "chairman"), at [`FAMILY_WEIGHT`]: the same office, another word.
    fn add_office_forms(
        &self,
        stem: &rust_stemmers::Stemmer,
        word: &str,
        alts: &mut Vec<(u32, f32)>,
    ) {
        for form in other_office_forms(word) {
            if let Some(t) = self.lookup_word(stem, &form).filter(|&t| self.known(t)) {
                if !alts.iter().any(|(x, _)| *x == t) {
                    alts.push((t, FAMILY_WEIGHT));
                }
            }
        }
    }

    fn push_slot(
        &self,
        slots: &mut Vec<Slot>,
        word: String,
        mut alts: Vec<(u32, f32)>,
        corrected: Option<String>,
        is_subject: bool,
    ) {
        if let Some(&(t0, _)) = alts.first() {
            if slots
                .iter()
                .any(|s| s.alts.first().map(|a| a.0) == Some(t0))
            {
                return;
            }
        }
        let is_name = alts.first().is_some_and(|a| self.name_terms.contains(&a.0));
        let base: Vec<(u32, f32)> = alts.clone();
        for (t, w) in base {
            if let Some(syns) = self.synonyms.get(&t) {
                for &s in syns {
                    if !alts.iter().any(|(x, _)| *x == s) {
                        alts.push((s, w * SYNONYM_WEIGHT));
                    }
                }
            }
        }
        // A person the question asks about (not the speaker it names) is also written with the
        // other parts of their name: "Witkoff" is "Steve" in "confidence in Steve". Only parts
        // no one else's name has.
        if is_name && !is_subject {
            if let Some(&(t0, w0)) = alts.first() {
                let mut holders = self.person_terms.iter().filter(|ts| ts.contains(&t0));
                if let (Some(ts), None) = (holders.next(), holders.next()) {
                    for &t in ts {
                        let theirs_only =
                            self.person_terms.iter().filter(|o| o.contains(&t)).count() == 1;
                        if theirs_only && !alts.iter().any(|(x, _)| *x == t) {
                            alts.push((t, w0 * NAME_PART_WEIGHT));
                        }
                    }
                }
            }
        }
        // The slot weighs what its best known term weighs; an unknown word the most (a topic
        // the corpus lacks), a generic word little.
        let known = alts
            .iter()
            .filter(|(t, _)| self.known(*t))
            .map(|&(t, w)| self.idf(t) * w)
            .fold(None, |m: Option<f32>, x| {
                Some(m.map_or(x, |m: f32| m.max(x)))
            });
        let soft = if is_generic(&word) {
            GENERIC_WEIGHT
        } else {
            1.0
        };
        let weight =
            known.unwrap_or_else(|| UNKNOWN_WEIGHT * self.max_idf() * rarity(&word)) * soft;
        slots.push(Slot {
            word,
            alts,
            weight,
            is_name,
            is_subject,
            corrected,
            lacked: known.is_none(),
        });
    }
}

/// How much of [`UNKNOWN_WEIGHT`] a word no article has keeps: all of it for a word rare in
/// English or a noun ("memorandum", "tariffs", "oil": a topic the articles lack), less for a common
/// verb, adjective or adverb ("sorted", "biggest", "still": a way of asking), down to
/// [`PLAIN_UNKNOWN_SHARE`] from [`PLAIN_ZIPF`] up.
fn rarity(word: &str) -> f32 {
    match usage(word) {
        Some(u) if !u.noun && u.zipf > TOPIC_ZIPF => {
            let along = ((u.zipf - TOPIC_ZIPF) / (PLAIN_ZIPF - TOPIC_ZIPF)).min(1.0);
            1.0 - (1.0 - PLAIN_UNKNOWN_SHARE) * along
        }
        _ => 1.0,
    }
}

/// Is `word` (folded) typed in `question` as initials: two to six capitals, perhaps a plural
/// `s` ("EDs", "POWs", "NHS")?
fn typed_initials(question: &str, word: &str) -> bool {
    question.split_whitespace().any(|t| {
        let t = t.trim_matches(|c: char| !c.is_alphanumeric());
        let caps = t.strip_suffix('s').unwrap_or(t);
        (2..=6).contains(&caps.len())
            && caps.chars().all(|c| c.is_ascii_uppercase())
            && t.eq_ignore_ascii_case(word)
    })
}

/// The query slots that `keep` picks, as a bit mask like a search's (slots past 63 have no bit).
pub(super) fn slot_mask(q: &Query, keep: impl Fn(&Slot) -> bool) -> u64 {
    q.slots
        .iter()
        .enumerate()
        .take(63)
        .filter(|(_, s)| keep(s))
        .fold(0, |m, (i, _)| m | (1u64 << i))
}

/// Does a question word name a time (a month's name, a weekday, a year)?
fn names_time(word: &str) -> bool {
    MONTHS.contains(&word) || WEEKDAYS.contains(&word) || is_year(word)
}

#[cfg(test)]
mod abbreviation_tests {
    use super::{abbreviates, one_edit, shortens, vowelless};

    #[test]
    fn one_edit_apart() {
        for (a, b) in [
            ("befor", "before"),
            ("abuot", "about"),
            ("whcih", "which"),
            ("tehir", "their"),
            ("thier", "their"),
            ("becuase", "because"),
            ("ofer", "over"),
        ] {
            assert!(one_edit(a.as_bytes(), b.as_bytes()), "{a} {b}");
            assert_eq!(strsim::damerau_levenshtein(a, b), 1, "{a} {b}");
        }
        for (a, b) in [
            ("about", "about"),
            ("abotu", "abort"),
            ("bfore", "before1"),
            ("hello", "world"),
            ("ab", "abcd"),
        ] {
            assert!(!one_edit(a.as_bytes(), b.as_bytes()), "{a} {b}");
        }
    }

    #[test]
    fn initials_typed_in_capitals() {
        use super::typed_initials;
        assert!(typed_initials("because the EDs are full?", "eds"));
        assert!(typed_initials("what did the NHS say", "nhs"));
        assert!(!typed_initials("what did the eds say", "eds"));
        assert!(!typed_initials("What did Eds say", "eds"));
        assert!(!typed_initials("the NORTHERNMOST one", "northernmost"));
    }

    #[test]
    fn chat_abbreviations() {
        assert!(vowelless("ppl") && vowelless("govt") && vowelless("mtg"));
        assert!(!vowelless("people") && !vowelless("pl") && !vowelless("trump"));
        // Words of English, not shortenings.
        assert!(!vowelless("hold") && !vowelless("myth") && !vowelless("went"));
        assert!(shortens("ppl", "people") && shortens("govt", "government"));
        assert!(shortens("mtg", "meeting") && shortens("bldg", "building"));
        // Not a word far longer, one the last letter does not end, the letters out of order or
        // another first letter.
        assert!(!shortens("nhs", "neighbours") && !shortens("dept", "departed"));
        assert!(!shortens("mtg", "mighty"));
        assert!(!shortens("ppl", "apple"));
        assert!(!shortens("ppl", "ppl") && !shortens("mtg", "mortgages"));
        assert!(abbreviates("abt", "about"));
        assert!(abbreviates("wht", "what"));
        assert!(!abbreviates("bat", "about"));
        assert!(!abbreviates("ab", "about"));
    }

    #[test]
    fn words_spelt_with_a_digit_for_a_sound() {
        use super::sounded_out;
        for (chat, word) in [
            ("b4", "before"),
            ("2day", "today"),
            ("2morrow", "tomorrow"),
            ("gr8", "great"),
            ("l8r", "later"),
            ("any1", "anyone"),
            ("4ever", "forever"),
        ] {
            assert_eq!(sounded_out(chat).as_deref(), Some(word), "{chat}");
        }
        // Numbers, ordinals, units and names with digits are what they are.
        for w in [
            "2022", "4th", "2nd", "3pm", "g7", "f16", "mh17", "covid19", "10k", "5km",
        ] {
            assert_eq!(sounded_out(w), None, "{w}");
        }
    }
}
