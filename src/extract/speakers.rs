//! Who said each quotation: the attribution next to it (`“…,” Rubio said`, `said Anna Keller`,
//! `He remarked, “…”`, `Keller: “…”`, `according to X`), a reporting verb whose subject is a
//! person earlier in the sentence, or the speaker of the quote before it. Scare quotes and quoted
//! names (`the so-called “Vienna formula”`, a banner that read “…”) get no speaker.

use super::people::{
    in_list, is_name_heading, person_of_heading, role_names, role_names_other_country,
    served_by_role, Mention, MentionKind, PersonInfo,
};
use super::quotes::{QuoteSpan, Said};
use super::tokens::{Doc, DETERMINERS};
use crate::lexicon::frequency::usage;
use crate::lexicon::{
    irregular_forms, is_after_quote_verb, is_auxiliary, is_be_form, is_inverting_verb,
    is_participle, is_reporting_verb, is_role_noun, is_source_noun, is_statement_verb,
    is_strong_reporting_verb, names_country,
};
use crate::model::FRAGMENT_WORDS;
use crate::source::{without_aside, Article};

/// Words right before a quote that make it a name or a label rather than speech.
#[rustfmt::skip]
const SCARE_CUES: &[&str] = &[
    "so-called", "dubbed", "called", "calling", "titled", "entitled", "read", "reads", "reading",
    "named", "nicknamed", "labelled", "labeled", "branded", "termed", "marked", "billed",
    "headlined", "slogan", "banner", "sign", "signs", "word", "words", "term", "phrase", "known",
    "codenamed", "code-named", "album", "book", "memoir", "film", "song", "operation",
];

/// Words opening a comma-enclosed aside whose names are not the subject (`, alongside Trump,`).
#[rustfmt::skip]
const ASIDE_OPENERS: &[&str] = &[
    "alongside", "with", "after", "before", "during", "like", "unlike", "together", "flanked",
    "accompanied", "next", "in", "at", "for", "according", "as", "despite", "following",
];

/// Words that open a new clause after a comma: a quote beyond one is not the verb's object.
#[rustfmt::skip]
const CLAUSE_OPENERS: &[&str] = &[
    "as", "while", "when", "whereas", "after", "before", "because", "although", "though", "but",
    "which", "where", "since", "until", "whose", "and", "or", "yet", "even",
];

/// Words opening a clause that gives a reason (`, because …`, `, since …`).
const CAUSAL_OPENERS: &[&str] = &["because", "since"];

/// Prepositions. A quote opening with one (or with a clause opener) is the end of what someone
/// said (`would go on “until the spring.”`), never a term.
#[rustfmt::skip]
const PREPOSITIONS: &[&str] = &[
    "of", "for", "to", "in", "on", "at", "with", "by", "from", "about", "into", "against",
    "over", "under", "without", "between", "toward", "towards",
];

/// The most words a quoted term has (`Moscow’s demand for “neutrality”`): a longer quote is
/// speech.
const MAX_TERM_WORDS: usize = 3;

/// Participles that say what someone calls a thing (`, calling it “a slap in the face”`).
const CHARACTERISING_PARTICIPLES: &[&str] = &[
    "calling",
    "branding",
    "labelling",
    "labeling",
    "dubbing",
    "terming",
];

/// Verbs that take what something is described as after `as` (`described the talks as “…”`).
const DESCRIBING_VERBS: &[&str] = &[
    "describe",
    "describes",
    "described",
    "characterised",
    "characterized",
    "portrayed",
];

/// Finite verbs that say what someone calls a thing (`Rubio called the plan “…”`).
const NAMING_VERBS: &[&str] = &[
    "called", "branded", "dubbed", "labelled", "labeled", "termed",
];

/// Conjunctions that may open a participle clause after a comma (`, while insisting …`).
const PARTICIPLE_OPENERS: &[&str] = &["while", "before", "after", "when", "and"];

/// The most words of a name opening the sentence after a quote before its reporting verb
/// (`Wafula Chebukati said`).
const OPENING_SUBJECT_WORDS: usize = 3;

/// Conjunctions joining a second predicate to a subject's first (`… but was quick to lament`).
const COORDINATORS: &[&str] = &["and", "but", "yet"];

/// Most words between a coordinator and the verb of its predicate (`but was quick to lament`).
const MAX_PREDICATE_WORDS: usize = 4;

/// Lower-case pronouns that give a clause a subject of its own (`… and he said`).
const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "they", "we", "i", "it", "you"];

/// Personal pronouns that may open an attribution (`He said at a meeting …`).
const PRONOUNS: &[&str] = &["He", "She", "They"];

/// Is the word a determiner or a preposition?
fn det_or_prep(w: &str) -> bool {
    in_list(DETERMINERS, w) || in_list(PREPOSITIONS, w)
}

/// Is a word (as written) one that takes an object, as a verb does (`had`, `make`, `needed`):
/// lower case, most often no noun in English, and no determiner, preposition, adverb or clause
/// opener?
fn takes_object(w: &str) -> bool {
    w.chars().all(|c| c.is_ascii_lowercase())
        && !det_or_prep(w)
        && !in_list(CLAUSE_OPENERS, w)
        && !in_list(SCARE_CUES, w)
        && !w.ends_with("ly")
        && usage(w).is_some_and(|u| !u.noun)
}

/// Lower-case words allowed between a subject and its verb (`Rubio later said`).
#[rustfmt::skip]
const ADVERBS: &[&str] = &[
    "also", "later", "then", "again", "once", "further", "earlier", "previously", "recently",
    "had", "has", "have", "was", "is", "would", "will", "has", "repeatedly", "separately",
    "simply", "only", "just", "quickly", "flatly", "bluntly", "openly", "privately", "publicly",
    "now", "since", "reportedly", "allegedly", "apparently",
];

/// Most words joining a quote to the one before it in its sentence that it goes on from
/// (`… “have many cards” including the funding of new schools in the north as well as “…”`).
const MAX_JOINING_WORDS: usize = 14;

/// Most words back from a quote to the verb of speech whose words it is: a long sentence of
/// reported speech (`Merz said in an interview with … that after …, a meeting … should be held
/// “as soon as possible”`) runs to forty words.
const MAX_VERB_REACH: usize = 50;

/// Most words after a quote to the verb of speech signing it: a role, a name and a comma-enclosed
/// apposition (`,” Russian presidential aide Vladimir Medinsky, also the head of the Russian
/// delegation, said`) run to a dozen words and more.
const MAX_POST_VERB_WORDS: usize = 24;

/// Most lower-case words of a role run before a name after a quote (`,” state port authority
/// deputy chair Marta Olsen said`).
const MAX_ROLE_RUN_WORDS: usize = 6;

/// Adverbs between `be` and what it makes of its subject (`was still a “serious risk”`), besides
/// those in -ly.
const PREDICATE_ADVERBS: &[&str] = &[
    "still", "now", "already", "always", "never", "just", "also", "again", "once", "not",
];

/// Most words describing a manner between `a` and a name (`a visibly relieved Mol`).
const MAX_MANNER_WORDS: usize = 2;

/// Most words of a role before the name signing a quote after a dash (`— Health Minister Dr X`).
const MAX_SIGNATURE_WORDS: usize = 8;

/// Reporting verbs of one sentence tried, last first, for a quote's subject.
const MAX_VERB_TRIES: usize = 3;

/// Most words an unnamed source's label may have (`one Russian official who has known Dmitriev
/// for years`).
const MAX_LABEL_WORDS: usize = 10;

/// What the text around a quote says about its speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Attribution {
    Person(usize),
    /// Attributed, but not to a person the article names (`they said`).
    NotAPerson,
    /// Attributed to an unnamed or organisational source, tokens `[a, b)` (`a senior official`,
    /// `the Kremlin`): kept as the quote's label, never given to a named person.
    Label(usize, usize),
    /// The words of whoever said the quote before it in the sentence.
    SameAsBefore,
    Unknown,
}

struct Ctx<'d, 'a> {
    doc: &'d Doc<'a>,
    mentions: &'d [Mention],
    people: &'d [PersonInfo],
    /// For each paragraph: does a section heading stand right above it?
    new_section: &'d [bool],
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

    /// A name after `a`/`an` and words describing a manner, starting at token `k` and ending
    /// before `end` (`a relieved Mol`, `an emotional Varga`): the person, not a label.
    fn described_name(&self, k: usize, end: usize) -> Option<Mention> {
        if !in_list(&["a", "an"], self.word(k)) {
            return None;
        }
        let mut j = k + 1;
        while j < end && j <= k + MAX_MANNER_WORDS + 1 && self.doc.joined(j) {
            if let Some(m) = self.mention_starting(j) {
                let named = m.kind == MentionKind::Name && !m.possessive && j > k + 1;
                return named.then_some(m);
            }
            let w = self.word(j);
            let manner = w.starts_with(char::is_lowercase)
                && !self.verb(j)
                && !det_or_prep(w)
                && !in_list(CLAUSE_OPENERS, w)
                && !is_role_noun(w)
                && !is_source_noun(w);
            if !manner {
                return None;
            }
            j += 1;
        }
        None
    }

    /// Is token `i` a reporting verb? A capitalised one only opens its sentence (`State` in
    /// `Secretary of State` is a name part).
    fn verb(&self, i: usize) -> bool {
        self.doc.is_verb(i)
    }

    /// Does token `k` open a new clause after a comma (`, as leaders met`, `, though he called`)?
    fn opens_clause(&self, k: usize) -> bool {
        self.doc.gap_before(k).contains(',') && in_list(CLAUSE_OPENERS, self.word(k))
    }

    /// Is token `i` a title word, honorific or rank that may precede a name?
    fn titleish(&self, i: usize) -> bool {
        let w = self.word(i);
        self.doc.capitalised(i)
            || in_list(&["the", "of"], w)
            || w.chars().all(|c| c.is_lowercase()) && is_title_noun(w)
    }

    /// May token `j` stand in a lower-case role written before a name (`port authority chair`):
    /// no determiner, preposition, verb, pronoun, clause opener or adverb?
    fn plain_word(&self, j: usize) -> bool {
        let w = self.word(j);
        w.chars().all(|c| c.is_lowercase() || c == '-')
            && !det_or_prep(w)
            && !self.verb(j)
            && !in_list(SUBJECT_PRONOUNS, w)
            && !in_list(CLAUSE_OPENERS, w)
            && !in_list(ADVERBS, w)
    }

    /// Lower-case words from token `k` that end in a role noun right before a name (`city
    /// council member Jane Doe`, `port authority chair Marta Olsen`): the token after the role
    /// noun. Only nouns may stand in the run, none of them a determiner, a preposition, a verb,
    /// a pronoun or a clause opener.
    fn role_run(&self, k: usize, v: usize) -> Option<usize> {
        let plain = |j: usize| self.plain_word(j) && (j == k || self.doc.joined(j));
        let end = v.min(k + MAX_ROLE_RUN_WORDS);
        let last = (k..end).take_while(|&j| plain(j)).last()?;
        let role = (k..=last).rev().find(|&j| {
            is_title_noun(self.word(j))
                && self.doc.joined(j + 1)
                && self
                    .mention_starting(j + 1)
                    .is_some_and(|m| m.kind == MentionKind::Name && !m.possessive)
        })?;
        Some(role + 1)
    }

    /// The subject of a verb at token `v`: the last person mentioned in `[a, v)` outside a
    /// relative clause (`, who …`).
    fn subject_before(&self, a: usize, v: usize) -> Attribution {
        let relative_words = ["who", "which", "whose", "whom"];
        // `sources have now told`, `a spokesman later said`: an unnamed source right before the
        // verb (over auxiliaries and adverbs) is its subject.
        let mut h = v;
        while h > a && self.doc.joined(h) && in_list(ADVERBS, self.word(h - 1)) {
            h -= 1;
        }
        if h > a && (h == v || self.doc.joined(h)) {
            let w = self.word(h - 1);
            let covered = self
                .mentions_in(a.max(h.saturating_sub(MAX_LABEL_WORDS)), h)
                .iter()
                .any(|m| m.end_tok >= h);
            // `Anna Berg, the party's spokeswoman, said`: the noun names who the name is.
            let apposed = || {
                self.doc.gap_before(h).contains(',')
                    && self.mentions_in(a, h).iter().any(|m| {
                        !m.possessive
                            && m.end_tok < h
                            && self.doc.gap_before(m.end_tok).trim() == ","
                            && (m.end_tok + 1..h).all(|k| self.doc.joined(k))
                    })
            };
            if !covered && w.starts_with(char::is_lowercase) && is_source_noun(w) && !apposed() {
                // The source noun alone when no longer phrase reads as one.
                return match self.label_before(a, h) {
                    r @ Attribution::Label(..) => r,
                    _ => Attribution::Label(h - 1, h),
                };
            }
        }
        // `…, but his spokesman warned`: a role noun phrase right before the verb is its subject,
        // whoever is named earlier in the sentence.
        let mut k = v;
        while k > a && v - k < MAX_LABEL_WORDS && self.mention_starting(k - 1).is_none() {
            let w = self.word(k - 1);
            if !w.starts_with(char::is_lowercase) || self.verb(k - 1) || !self.doc.joined(k) {
                break;
            }
            if in_list(&["a", "an", "the", "his", "her", "their", "its"], w) {
                if (k..v).any(|j| is_role_noun(self.word(j))) {
                    return Attribution::Label(k - 1, v);
                }
                break;
            }
            k -= 1;
        }
        // `X accused Y of …, saying`: a participle after a comma is said by its clause's
        // subject, not by someone named after a verb or a preposition, its object.
        // Also after a conjunction opening it (`, while insisting`).
        let opened = |k: usize| {
            self.doc.gap_before(k).contains(',')
                || k > a
                    && in_list(PARTICIPLE_OPENERS, self.word(k - 1))
                    && self.doc.gap_before(k - 1).contains(',')
        };
        let participle = self.word(v).ends_with("ing") && opened(v);
        let subjectless = participle || self.second_predicate(a, v);
        // `Bello praises Minister Okoro and says …`: a predicate with no subject of its own is
        // said by the name opening the clause, whatever the first predicate's object is.
        if subjectless {
            if let Some(m) = self.opening_subject(a, v) {
                return Attribution::Person(m.person);
            }
        }
        for m in self.mentions_in(a, v).iter().rev() {
            // `A spokesman for Kowal said`: one a role serves is not the subject, nor one whose
            // title it is (`Kalyna, President Dorn's chief of staff, said`).
            if m.end_tok > v || m.possessive || served_by_role(self.doc, m.tok) {
                continue;
            }
            if subjectless && self.is_object(a, m.tok) {
                continue;
            }
            // Inside `, who …` / `, which …` (the clause opening after the last comma before it)?
            let mut k = m.tok;
            let mut relative = false;
            while k > a && k + 40 > m.tok {
                // `one official who has known Dmitriev told …`: inside a relative clause; but
                // `asked which …` opens an embedded question, which ends before the subject.
                let embedded = k > a && self.verb(k - 1);
                if k < m.tok && in_list(&relative_words, self.word(k)) && !embedded {
                    relative = true;
                    break;
                }
                if self.doc.gap_before(k).contains(',') {
                    // `, who …`, `, speaking alongside Trump, …`, `, after meeting Putin, …`
                    let w = self.word(k);
                    relative = k < m.tok
                        && (in_list(&relative_words, w)
                            || in_list(ASIDE_OPENERS, w)
                            || (w.len() > 4 && w.ends_with("ing")));
                    break;
                }
                k -= 1;
            }
            if !relative {
                // `Merz, Macron and Starmer assured …`: several people say it together.
                if self.coordinated(a, m.tok) {
                    return Attribution::NotAPerson;
                }
                return Attribution::Person(m.person);
            }
        }
        self.label_before(a, v)
    }

    /// The name opening the clause at `a` (after titles only) as the subject of a lower-case
    /// word right after it (`President Ada Bello thanks …`), before token `v`.
    fn opening_subject(&self, a: usize, v: usize) -> Option<Mention> {
        let m = *self.mentions_in(a, v).first()?;
        let opens = (a..m.tok).all(|k| self.titleish(k) && (k == a || self.doc.joined(k)));
        let next = m.end_tok;
        let predicate = next < v
            && self.doc.joined(next)
            && self.word(next).starts_with(char::is_lowercase)
            && !in_list(COORDINATORS, self.word(next))
            && !in_list(CLAUSE_OPENERS, self.word(next));
        (opens && predicate && !m.possessive).then_some(m)
    }

    /// Does the verb at `v` open a second predicate of its clause's subject, after `and` or
    /// `but` and a few lower-case words naming no one (`X thanked Y … but was quick to lament`,
    /// `… and later urged`)? Its subject is then the first predicate's, not that one's object.
    fn second_predicate(&self, a: usize, v: usize) -> bool {
        let mut k = v;
        while k > a && v - k <= MAX_PREDICATE_WORDS && self.doc.joined(k) {
            let w = self.word(k - 1);
            if in_list(COORDINATORS, w) {
                return true;
            }
            let subject_word = in_list(DETERMINERS, w) || in_list(SUBJECT_PRONOUNS, w);
            if !w.starts_with(char::is_lowercase)
                || subject_word
                || self.verb(k - 1)
                || self.mention_starting(k - 1).is_some()
            {
                return false;
            }
            k -= 1;
        }
        false
    }

    /// Where the name starting at token `t` begins with the titles written before it, after `a`
    /// (`criticised Russian president Vladimir Putin`: at `Russian`).
    fn title_start(&self, a: usize, t: usize) -> usize {
        let mut k = t;
        while k > a && self.doc.joined(k) && self.titleish(k - 1) {
            k -= 1;
        }
        k
    }

    /// Is the name starting at token `t` (after `a`), with its titles, the last of names joined
    /// by `and` (`Ruiz and Governor Hale`, `Merz, Macron and Starmer`)?
    fn coordinated(&self, a: usize, t: usize) -> bool {
        let k = self.title_start(a, t);
        k > a + 1
            && self.doc.joined(k)
            && self.word(k - 1) == "and"
            && self.doc.joined(k - 1)
            && self
                .mentions_in(a, k - 1)
                .iter()
                .any(|m| m.end_tok == k - 1 && !m.possessive)
    }

    /// Is the name starting at token `t` (after `a`) the object of a verb or a preposition
    /// (`accused Governor Hale`, `told Hale`, `meet Hale`, `hit out at Hale`): is the word
    /// before it and its titles (`criticised Russian president Vladimir Putin`) a verb or a
    /// preposition? Not `by` (`praised by Hale, saying …` may be Hale's words), nor a verb of
    /// speech its subject follows (`said Hale`).
    fn is_object(&self, a: usize, t: usize) -> bool {
        let titled = self.title_start(a, t);
        // `the plan of councillor Lee`: an `of` opening the titles, after a word no title holds,
        // is a preposition, not part of a title (`Secretary of State`).
        if titled < t && self.word(titled) == "of" && !(titled > a && self.titleish(titled - 1)) {
            return true;
        }
        // `called the probation officer Mark Tull`, `summoned bailiff Colin Frew`: over the
        // lower-case words of a role written before the name (see `role_run`) and their
        // determiner.
        // A past form (`accused`), or any form of a verb whose forms differ (`meet`, `told`).
        let verb_form = |w: &str| w.ends_with("ed") || irregular_forms(w).is_some();
        let mut k = titled;
        if titled < t || k > a && self.role_run(k - 1, k) == Some(k) {
            while k > a
                && titled - k < MAX_ROLE_RUN_WORDS
                && self.doc.joined(k)
                && self.plain_word(k - 1)
                && !verb_form(self.word(k - 1))
            {
                k -= 1;
            }
            if k < titled && k > a && self.doc.joined(k) && in_list(DETERMINERS, self.word(k - 1)) {
                k -= 1;
            }
        }
        if k <= a || !self.doc.joined(k) {
            return false;
        }
        let w = self.word(k - 1);
        // `between Presidents Zelensky and Putin`: the second of two names joined by `and` is
        // an object when the first is.
        if in_list(&["and", "or"], w) {
            let first = self
                .mentions_in(a, k - 1)
                .iter()
                .rev()
                .find(|m| m.end_tok == k - 1);
            return first.is_some_and(|m| self.doc.joined(k - 1) && self.is_object(a, m.tok));
        }
        w.starts_with(char::is_lowercase)
            && !is_inverting_verb(w)
            && (verb_form(w) || w != "by" && in_list(PREPOSITIONS, w))
    }

    /// The unnamed source written right before a verb at `v` (`A Downing Street spokesman said`,
    /// `the Kremlin said`), within tokens `>= a`.
    fn label_before(&self, a: usize, v: usize) -> Attribution {
        // `A Ukrainian official who attended, speaking on condition of anonymity, said`: the
        // noun phrase before the aside.
        if v > a && self.doc.gap_before(v).contains(',') {
            let mut e = a + 1;
            while e < v && e < a + MAX_LABEL_WORDS + 1 && !self.doc.gap_before(e).contains(',') {
                e += 1;
            }
            if e < v {
                if let r @ Attribution::Label(..) = self.label_np(a, e) {
                    return r;
                }
            }
        }
        let mut s = v;
        while s > a && v - s < MAX_LABEL_WORDS && !self.doc.toks[s - 1].in_quote {
            let w = self.word(s - 1);
            if in_list(ADVERBS, w) && s == v {
                s -= 1;
                continue;
            }
            if self.verb(s - 1) || in_list(CLAUSE_OPENERS, w) {
                break;
            }
            s -= 1;
            if !self.doc.joined(s) {
                break;
            }
        }
        self.label_np(s, v)
    }

    /// The unnamed source written right after a verb at `v` (`said a Kremlin spokesman`).
    fn label_after(&self, v: usize, end: usize) -> Attribution {
        let mut e = v + 1;
        while e < end && e < v + 1 + MAX_LABEL_WORDS && self.doc.joined(e) {
            if in_list(CLAUSE_OPENERS, self.word(e))
                || in_list(&["on", "in", "at", "to"], self.word(e))
            {
                break;
            }
            e += 1;
        }
        self.label_np(v + 1, e)
    }

    /// Tokens `[s, e)` as a label when they read as a noun phrase naming a source: a determiner
    /// or capitalised word first, no pronoun, no verb, a role or organisation inside.
    fn label_np(&self, s: usize, mut e: usize) -> Attribution {
        // `The mayor criticised the plan, saying`: the noun phrase ends at its clause's verb, a
        // past form after the role or source it names (not a relative clause's: `an official
        // who attended the meeting`).
        let named = |j: usize| {
            (s..j).any(|k| is_role_noun(self.word(k)) || is_source_noun(self.word(k)))
                && !(s..j).any(|k| in_list(&["who", "that", "which", "whose"], self.word(k)))
        };
        if let Some(j) = (s + 1..e).find(|&j| {
            let w = self.word(j);
            w.starts_with(char::is_lowercase)
                && (w.ends_with("ed") || irregular_forms(w).is_some())
                && named(j)
        }) {
            e = j;
        }
        while e > s && in_list(ADVERBS, self.word(e - 1)) {
            e -= 1;
        }
        if s >= e || e - s > MAX_LABEL_WORDS {
            return Attribution::NotAPerson;
        }
        let first = self.word(s);
        // `his spokesman` is a source; `his` alone, like `he`, is not.
        let possessive = in_list(&["his", "her", "their", "its"], first);
        let opens = possessive
            || in_list(
                &[
                    "a", "an", "the", "one", "another", "two", "three", "several", "some",
                ],
                first,
            )
            || self.doc.capitalised(s);
        let pronoun = in_list(
            &["he", "she", "they", "we", "i", "you", "it", "this", "that"],
            first,
        ) || (possessive && e == s + 1);
        let bad = (s..e).any(|k| self.verb(k) || self.doc.toks[k].in_quote);
        if opens && !pronoun && !bad {
            Attribution::Label(s, e)
        } else {
            Attribution::NotAPerson
        }
    }

    /// A person named right after a verb at `v` (`said Anna Keller`, `said the minister`),
    /// within tokens `< end`.
    fn subject_after(&self, v: usize, end: usize) -> Attribution {
        // `said a relieved Mol`, with the clause ending there (not `an emotional Mol fan`).
        if let Some(m) = self.described_name(v + 1, end) {
            let e = m.end_tok;
            if e >= end
                || !self.doc.joined(e)
                || det_or_prep(self.word(e))
                || in_list(CLAUSE_OPENERS, self.word(e))
            {
                return Attribution::Person(m.person);
            }
        }
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
            // `said retired bus driver Mykola Savchuk`: a lower-case job description.
            let job_word = self
                .word(k)
                .starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
                && !det_or_prep(self.word(k))
                && !in_list(CLAUSE_OPENERS, self.word(k))
                && !self.verb(k);
            if !(self.titleish(k) || job_word) {
                break;
            }
            k += 1;
        }
        // `,” conceded the Norwegian`, `,” said the Ukrainian president`: `the` and one or two
        // words, then the sentence or clause ends.
        let title_end = (v + 3..=v + 4).find(|&e| e <= end && (e == end || !self.doc.joined(e)));
        if let Some(p) = title_end.and_then(|e| descriptive_subject(self, v + 1, e)) {
            return Attribution::Person(p);
        }
        self.label_after(v, end)
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

/// Attributes every quotation. `new_section[i]` says whether a section heading stands right
/// above paragraph `i`: speech does not run on across one.
pub fn attribute(
    doc: &Doc,
    quotes: &[QuoteSpan],
    mentions: &[Mention],
    people: &[PersonInfo],
    new_section: &[bool],
) -> Vec<Said> {
    let cx = Ctx {
        doc,
        mentions,
        people,
        new_section,
    };
    let mut out: Vec<Said> = Vec::with_capacity(quotes.len());
    for (qi, q) in quotes.iter().enumerate() {
        let prev = qi.checked_sub(1).map(|j| &quotes[j]);
        let next = quotes.get(qi + 1);
        let said = match attribution(&cx, q, prev, next) {
            Attribution::Person(p) => Said {
                person: Some(p),
                label: None,
            },
            // `“…,” the Kremlin official added`, after a named speaker's quote: the same one
            // goes on, described.
            Attribution::Label(s, e) if goes_on_described(&cx, quotes, &out, qi, s, e) => {
                out.last().copied().unwrap_or_default()
            }
            Attribution::Label(s, e) => Said {
                person: None,
                label: doc
                    .toks
                    .get(s)
                    .zip(doc.toks.get(e.saturating_sub(1)))
                    .map(|(a, b)| (a.start, b.end)),
            },
            Attribution::NotAPerson => Said::default(),
            Attribution::SameAsBefore => out.last().copied().unwrap_or_default(),
            Attribution::Unknown => continuation(&cx, quotes, &out, qi),
        };
        let said = match out.last() {
            Some(before) if said == Said::default() && labelled_source_goes_on(&cx, quotes, qi) => {
                before.label.map_or(said, |_| *before)
            }
            _ => said,
        };
        out.push(said);
    }
    crosshead_speakers(doc, quotes, &mut out);
    repeated_speakers(doc, quotes, &mut out);
    out
}

/// Is the quote signed by a pronoun that stands for no one the article names (`“…,” he added`,
/// `She added: “…”`), in the sentence the quote before it closes in or the one right after? Then
/// it is that quote's unnamed source going on: no sentence between names anyone else.
fn labelled_source_goes_on(cx: &Ctx, quotes: &[QuoteSpan], qi: usize) -> bool {
    let doc = cx.doc;
    let (Some(prev), q) = (qi.checked_sub(1).map(|j| &quotes[j]), &quotes[qi]) else {
        return false;
    };
    let (Some(before), Some(os)) = (
        doc.sent_of(prev.close_end.saturating_sub(1)),
        doc.sent_of(q.open),
    ) else {
        return false;
    };
    if os > before + 1 {
        return false;
    }
    let pronoun_verb = |k: usize| {
        k + 1 < doc.toks.len()
            && in_list(PRONOUNS, doc.word(k))
            && cx.mention_starting(k).is_none()
            && is_reporting_verb(doc.word(k + 1))
    };
    // After the quote: `,” he added`.
    let pa = doc.tok_at_or_after(q.close_end);
    let signed_after = q.close_end > q.end
        && doc
            .toks
            .get(pa)
            .is_some_and(|t| doc.sent_of(q.close_end - 1) == Some(t.sent))
        && doc
            .text
            .get(q.close_end..doc.toks[pa].start)
            .is_some_and(|gap| matches!(gap.trim(), "" | ","))
        && pronoun_verb(pa);
    // Before it, opening its sentence: `She added: “…”`.
    let s0 = doc.tok_at_or_after(doc.sents[os].start);
    let signed_before = s0 + 2 == doc.tok_at_or_after(q.open)
        && pronoun_verb(s0)
        && doc
            .text
            .get(doc.toks[s0 + 1].end..q.open)
            .is_some_and(|gap| matches!(gap.trim(), ":" | ","));
    signed_after || signed_before
}

/// A quotation's words, lower case, without punctuation: what a repeat or a crosshead shares.
fn quote_words(doc: &Doc, q: &QuoteSpan) -> Vec<String> {
    doc.text
        .get(q.start..q.end)
        .unwrap_or_default()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Words a quotation must have for its repeat to say whose it is (`“No”` is anyone's).
const MIN_REPEATED_WORDS: usize = 2;

/// Gives a quotation its repeat's speaker (a crosshead's `‘really close’`, a standfirst's quote the
/// story gives again with its speaker) when its own attribution names no one but a definite
/// description (`the port chief`, `US envoy`), and every repeat naming someone names the same
/// person. An indefinite one (`a rival said`), or none, may be someone else quoting the words.
fn repeated_speakers(doc: &Doc, quotes: &[QuoteSpan], said: &mut [Said]) {
    let all: Vec<Vec<String>> = quotes.iter().map(|q| quote_words(doc, q)).collect();
    for qi in 0..quotes.len() {
        if said[qi].person.is_some() || all[qi].len() < MIN_REPEATED_WORDS {
            continue;
        }
        let definite = said[qi].label.is_some_and(|(a, _)| {
            let first = doc
                .text
                .get(a..)
                .unwrap_or_default()
                .split_whitespace()
                .next();
            first.is_some_and(|w| !in_list(&["a", "an", "one", "another"], &w.to_lowercase()))
        });
        if !definite {
            continue;
        }
        let mut speakers = (0..quotes.len())
            .filter(|&k| k != qi && all[k] == all[qi])
            .filter_map(|k| said[k].person);
        if let Some(p) = speakers.next() {
            if speakers.all(|o| o == p) {
                said[qi] = Said {
                    person: Some(p),
                    label: None,
                };
            }
        }
    }
}

/// Verbs by which a speaker goes on (`the official added`).
const GOING_ON_VERBS: &[&str] = &["added", "adds", "continued", "continues"];

/// Is the label `[s, e)` of quote `qi` a definite description (`the Kremlin official`) right
/// after a quote of a named speaker in its paragraph or the one before, before a verb of going on
/// (`the official added`), or ending in the head noun of that speaker's role with modifiers that
/// agree with it (`noted the Russian presidency's diplomatic adviser` after the Kremlin foreign
/// policy adviser's quote)?
fn goes_on_described(
    cx: &Ctx,
    quotes: &[QuoteSpan],
    said: &[Said],
    qi: usize,
    s: usize,
    e: usize,
) -> bool {
    let doc = cx.doc;
    let Some(before) = qi.checked_sub(1) else {
        return false;
    };
    let Some(p) = said.get(before).and_then(|x| x.person) else {
        return false;
    };
    let near = quotes[before].para + 1 >= quotes[qi].para;
    let going_on = e < doc.toks.len() && in_list(GOING_ON_VERBS, doc.word(e));
    let Some(person) = cx.people.get(p) else {
        return false;
    };
    // Its modifiers agree with the role: a country the role names (`Russian` for a Kremlin
    // adviser), a noun the role has; an adjective (`diplomatic`) or a possessive (`the
    // presidency's`) may describe anyone. Not `the harbour chief` after the police chief.
    let agrees = |k: usize| {
        let w = doc.base(k).to_lowercase();
        let noun = names_country(&w) || doc.capitalised(k) || usage(&w).is_none_or(|u| u.noun);
        doc.possessive(k) || !noun || role_names(person, &w)
    };
    let head = doc.word(e.saturating_sub(1)).to_lowercase();
    let their_role =
        e > s + 1 && is_role_noun(&head) && role_names(person, &head) && (s + 1..e - 1).all(agrees);
    near && e > s && doc.word(s).eq_ignore_ascii_case("the") && (going_on || their_role)
}

/// Quotes a round-up gives under a heading that names their speaker (`Dana Price` over
/// paragraphs of her quoted words): each quote left unattributed that opens its paragraph, when
/// every paragraph from the heading down to it opens with quotation, is the named person's.
/// People the headings name that the article does not otherwise are added to `people`.
pub fn heading_speakers(
    article: &Article,
    quotes: &[QuoteSpan],
    said: &mut [Said],
    people: &mut Vec<PersonInfo>,
) {
    let paras = &article.paragraphs;
    // The paragraphs that open with quotation, as the quotes found them: one opening there, or
    // one running on over the paragraph's reopening mark.
    let mut opens_quoted = vec![false; paras.len()];
    for q in quotes {
        if paras.get(q.para).is_some_and(|p| p.start == q.open) {
            opens_quoted[q.para] = true;
        }
        for x in opens_quoted
            .iter_mut()
            .take(q.last_para + 1)
            .skip(q.para + 1)
        {
            *x = true;
        }
    }
    for (q, s) in quotes.iter().zip(said.iter_mut()) {
        let Some(p) = paras.get(q.para) else {
            continue;
        };
        // `Source: Sybiha in an interview …` over `Quote: "…"`: the person the source line
        // names said the quotation right under it.
        let under_source = *s == Said::default()
            && (q.para == 0 || paras[q.para - 1].section != p.section)
            && article
                .text
                .get(p.start..q.open)
                .is_some_and(|b| b.is_empty() || is_one_word_label(b));
        if let Some(pi) = p
            .section
            .as_deref()
            .filter(|_| under_source)
            .and_then(|h| source_line_person(h, people))
        {
            s.person = Some(pi);
            continue;
        }
        // `Dana Price (on the penalty)`: the name without its aside.
        let Some(heading) = p
            .section
            .as_deref()
            .map(without_aside)
            .filter(|h| is_name_heading(h))
        else {
            continue;
        };
        if *s != Said::default() || q.open != p.start {
            continue;
        }
        let first = (0..=q.para)
            .rev()
            .take_while(|&i| paras[i].section == p.section)
            .last()
            .unwrap_or(q.para);
        if opens_quoted[first..=q.para].iter().all(|&x| x) {
            s.person = Some(person_of_heading(people, heading));
        }
    }
}

/// Most words of a name before a headline's colon (`Igesund: Nigeria didn't bully us`).
const MAX_HEADLINE_NAME_WORDS: usize = 3;

/// Fewest letters two words share at their start to be one word's forms in
/// [`headline_speaker`]'s check (`bully`, `bullied`).
const MIN_SHARED_STEM: usize = 4;

/// Most letters of a word's form past the stem it shares with another form (`bull|y`,
/// `bull|ied`).
const MAX_FORM_ENDING: usize = 2;

/// Shortest headline word [`headline_speaker`] looks for in the lede's quotation.
const MIN_CLAIM_WORD_LEN: usize = 4;

/// A headline `Name: claim` says that person said it. When the story opens on a quotation a
/// definite role signs (`“…,” the national coach said`) that shares a word with the claim, and
/// names the person only later, that quotation is theirs, and so is the unattributed speech
/// after it until the story names them or someone else speaks. The person takes the role when
/// the story gave them none.
pub fn headline_speaker(
    article: &Article,
    doc: &Doc,
    quotes: &[QuoteSpan],
    said: &mut [Said],
    mentions: &[Mention],
    people: &mut [PersonInfo],
) {
    let Some((name, claim)) = article.meta.title.split_once(':') else {
        return;
    };
    let name = name.trim();
    let words = name.split_whitespace().count();
    if words == 0
        || words > MAX_HEADLINE_NAME_WORDS
        || !name
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
    {
        return;
    }
    let Some(pi) = people
        .iter()
        .position(|p| p.name == name || p.surname == name)
    else {
        return;
    };
    let named_at = mentions
        .iter()
        .find(|m| m.person == pi && m.kind == MentionKind::Name)
        .and_then(|m| doc.toks.get(m.tok))
        .map_or(doc.text.len(), |t| t.start);
    let label_text = |l: (usize, usize)| doc.text.get(l.0..l.1).unwrap_or_default();
    let definite_role = |l: (usize, usize)| {
        let ws: Vec<&str> = label_text(l).split_whitespace().collect();
        ws.len() >= 2 && ws[0].eq_ignore_ascii_case("the") && is_role_noun(ws[ws.len() - 1])
    };
    let Some(first) = (0..quotes.len())
        .take_while(|&k| quotes[k].open < named_at)
        .find(|&k| said[k] != Said::default())
    else {
        return;
    };
    let Some(label) = said[first].label.filter(|&l| definite_role(l)) else {
        return;
    };
    let lede = article
        .paragraphs
        .get(quotes[first].para)
        .map_or("", |p| article.paragraph_text(p));
    if said[first].person.is_some() || !shares_a_word(claim, lede) {
        return;
    }
    let role = label_text(label);
    for k in first..quotes.len() {
        if quotes[k].open >= named_at {
            break;
        }
        let same = said[k].label.is_some_and(|l| label_text(l) == role);
        if said[k] == Said::default() && speech(doc, &quotes[k]) || same {
            said[k] = Said {
                person: Some(pi),
                label: None,
            };
        } else if said[k] != Said::default() {
            break;
        }
    }
    let p = &mut people[pi];
    if p.role.is_none() {
        let words: Vec<&str> = role.split_whitespace().skip(1).collect();
        p.role = Some(words.join(" "));
    }
}

/// Is the quotation speech rather than a term: words enough, or a sentence it ends?
fn speech(doc: &Doc, q: &QuoteSpan) -> bool {
    doc.text.get(q.start..q.end).is_some_and(|t| {
        t.split_whitespace().count() >= FRAGMENT_WORDS || t.ends_with(['.', '!', '?', ','])
    })
}

/// Do two texts share a word of [`MIN_CLAIM_WORD_LEN`] letters or more, in any of its forms
/// (at least [`MIN_SHARED_STEM`] letters and all but [`MAX_FORM_ENDING`] of the shorter word)?
fn shares_a_word(a: &str, b: &str) -> bool {
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= MIN_CLAIM_WORD_LEN)
            .map(str::to_lowercase)
            .collect()
    };
    let bs = words(b);
    words(a).iter().any(|x| {
        bs.iter().any(|y| {
            let shared = x.chars().zip(y.chars()).take_while(|(p, q)| p == q).count();
            let shorter = x.chars().count().min(y.chars().count());
            shared >= MIN_SHARED_STEM && shared + MAX_FORM_ENDING >= shorter
        })
    })
}

/// Is the text before a quotation in its paragraph a one-word label and its colon (`Quote: `)?
fn is_one_word_label(before: &str) -> bool {
    before.trim_end().strip_suffix(':').is_some_and(|w| {
        !w.is_empty() && w.chars().all(char::is_alphabetic) && w.starts_with(char::is_uppercase)
    })
}

/// The known person a source line (`Source: Sybiha in an interview with …`, see
/// [`SOURCE_LINE_LABELS`]) names: the capitalised words right after its colon, as a name or a
/// surname of someone in `people`.
fn source_line_person(line: &str, people: &[PersonInfo]) -> Option<usize> {
    let (label, rest) = line.split_once(':')?;
    if !in_list(SOURCE_LINE_LABELS, label.trim()) {
        return None;
    }
    let name: Vec<&str> = rest
        .split_whitespace()
        .map(|w| w.trim_end_matches([',', '.', ';']))
        .take_while(|w| w.starts_with(char::is_uppercase))
        .collect();
    let last = *name.last()?;
    let full = name.join(" ");
    people
        .iter()
        .position(|p| p.name == full || p.surname == last)
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
    let sentence_start = doc.tok_at_or_after(doc.sents[os].start);
    let a = doc.tok_at_or_after(pre_from);
    let b = doc.tok_at_or_after(q.open);
    // Tokens after the closing mark, to the end of its sentence or the next quote.
    let closed = q.close_end > q.end;
    let mut post = (0usize, 0usize);
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
    // A quote of a few words may be a term (a noun phrase); its first word may open a clause.
    let short = quote_text.split_whitespace().count() <= MAX_TERM_WORDS;
    let first = quote_text
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    // `“We will win.” Keller said.`: a short next sentence that only attributes.
    if closed && post.0 == post.1 && a == b {
        if let Some(cs) = doc.sent_of(q.close_end.saturating_sub(1)) {
            if let Some(ns) = doc
                .sents
                .get(cs + 1)
                .filter(|n| n.para == doc.sents[cs].para)
            {
                let na = doc.tok_at_or_after(ns.start);
                let nb = doc.tok_at_or_after(ns.end);
                let quiet = (na..nb).all(|k| !doc.toks[k].in_quote);
                let verb = (na..nb.min(na + 5)).any(|k| cx.verb(k));
                // `“….” He said at a meeting …`: a longer one opens with its subject (a pronoun
                // or a name) and a reporting verb, and only that part attributes.
                let opening_verb = (na + 1..nb.min(na + OPENING_SUBJECT_WORDS + 1))
                    .find(|&k| cx.verb(k) && is_strong_reporting_verb(doc.word(k)))
                    .filter(|&v| {
                        (na..v).all(|k| doc.capitalised(k))
                            || (v == na + 1 && in_list(PRONOUNS, doc.word(na)))
                    });
                if nb > na && nb - na <= 6 && quiet && verb {
                    post = (na, nb);
                } else if let Some(v) = opening_verb.filter(|_| quiet) {
                    post = (na, v + 1);
                }
            }
        }
    }

    // 1. Right after the quote: `,” Rubio said`, `,” said the minister`, `,” according to X`;
    // but not a verb whose colon opens the next quote (`“…,” Peskov said: “Wait.”`): that
    // quote is what it introduces, and the one before is someone else's words.
    let (pa, pb) = post;
    let introduces_next = next.is_some_and(|n| {
        pb > pa
            && doc.toks[pb - 1].end <= n.open
            && text.get(q.close_end..n.open).is_some_and(|gap| {
                // One clause (`Peskov said:`), not a second verb after a comma (`Putin said,
                // adding: “…”`).
                let gap = gap.trim_start_matches(',').trim_end();
                gap.ends_with(':') && !gap.contains(',')
            })
            && doc.sent_of(n.open) == doc.sent_of(q.close_end.saturating_sub(1))
    });
    if pa < pb && !introduces_next {
        let gap = text
            .get(q.close_end..doc.toks[pa].start)
            .unwrap_or("")
            .trim();
        // `"…" — Dr Ann Ode, college spokeswoman.`: a pull quote signed with a dash, the name
        // (after the signer's role) ending the sentence or followed by its apposition.
        if matches!(gap, "-" | "—" | "–") {
            // Over the signer's role (`Riverside Nurses' Union policy spokeswoman Dr X`): any
            // words but a verb or a clause opener.
            let mut k = pa;
            while k < pb && k < pa + MAX_SIGNATURE_WORDS && cx.mention_starting(k).is_none() {
                if cx.verb(k) || in_list(CLAUSE_OPENERS, cx.word(k)) || !cx.doc.joined(k + 1) {
                    break;
                }
                k += 1;
            }
            let signer = (k < pb).then(|| cx.mention_starting(k)).flatten();
            if let Some(m) = signer.filter(|m| !m.possessive) {
                let e = m.end_tok;
                if e >= pb || cx.doc.gap_before(e).trim() == "," {
                    return Attribution::Person(m.person);
                }
            }
        }
        // `‘War will end at the table’: Turkey’s Erdogan offers hope …`: a quote opening its
        // paragraph, then a colon and a clause whose subject is a person (after a place's
        // possessive), is theirs: the headline and standfirst style of British copy.
        let opens_paragraph = a == b
            && (os == 0
                || doc
                    .sents
                    .get(os - 1)
                    .is_some_and(|s| s.para != doc.sents[os].para));
        if gap == ":" && opens_paragraph {
            let signer = (pa..pb.min(pa + OPENING_SUBJECT_WORDS))
                .find_map(|k| cx.mention_starting(k))
                .filter(|m| !m.possessive && (pa..m.end_tok).all(|k| doc.capitalised(k)));
            if let Some(m) = signer {
                return Attribution::Person(m.person);
            }
        }
        if gap.is_empty() || gap == "," {
            // `,” the radio quoted the harbour chair as saying`: the one quoted, not the source.
            if let Some(p) = quoted_as_saying(cx, pa, pb) {
                return Attribution::Person(p);
            }
            let w0 = cx.word(pa);
            if cx.verb(pa) {
                // `“tired”, adding that …`: a participle after the quote names no speaker after
                // it; its subject, the quote's speaker, is before the quote.
                match cx.subject_after(pa, pb) {
                    Attribution::NotAPerson if w0.ends_with("ing") => {}
                    r => return r,
                }
            }
            if w0.eq_ignore_ascii_case("according") && pa + 1 < pb && cx.word(pa + 1) == "to" {
                return cx.subject_after(pa + 1, pb);
            }
            // `,” she began`, `,” Keane went on`: the speaker, then a verb of speech only there.
            if let Some(m) = cx.mention_starting(pa).filter(|m| !m.possessive) {
                let after: Vec<&str> = (m.end_tok..pb.min(m.end_tok + 2))
                    .map(|k| cx.word(k))
                    .collect();
                if is_after_quote_verb(&after) {
                    return Attribution::Person(m.person);
                }
            }
            let limit = pb.min(pa + MAX_POST_VERB_WORDS);
            if let Some(v) = (pa..limit).find(|&k| cx.verb(k)) {
                if let Some(r) = post_subject(cx, pa, v) {
                    return r;
                }
            }
        }
    }

    // 2. Right before the quote: `Rubio clarified, “…`, `Keller:`, `said in a statement: “…`.
    let before = text.get(pre_from..q.open).unwrap_or("").trim_end();
    let lead_in = before.ends_with(',') || before.ends_with(':');
    let verb_at = (a..b).rev().take(MAX_VERB_REACH).find(|&k| cx.verb(k));
    if lead_in && a < b {
        if let Some(v) = verb_at {
            // `said Keller: “…”` only when nobody is named before the verb.
            let before_earlier_quote = || subject_before_earlier_quote(cx, sentence_start, a, v);
            if cx.mentions_in(a, v).is_empty() {
                // `said Keller: “…”`, or `A council spokeswoman said: “…”`. Not `telling the
                // other leaders: “…”`: after a verb that takes whom it addresses, that is who.
                let after = if is_inverting_verb(cx.word(v)) || !cx.word(v).ends_with("ing") {
                    cx.subject_after(v, b)
                } else {
                    Attribution::NotAPerson
                };
                return match after {
                    Attribution::NotAPerson => match cx.label_before(a, v) {
                        r @ Attribution::Label(..) => r,
                        _ => before_earlier_quote(),
                    },
                    r => r,
                };
            }
            return match cx.subject_before(a, v) {
                Attribution::NotAPerson | Attribution::Unknown => before_earlier_quote(),
                r => r,
            };
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
            // A cue before the quote with no reporting verb (`Peskov, speaking in Moscow, was
            // blunt:`, `In English, he puts it differently:`, `Quote from Zelenskyy:`): the
            // clause's subject.
            if let Attribution::Person(p) = cx.subject_before(a, b) {
                return Attribution::Person(p);
            }
        }
    }

    // `Budrys on US “peace plan”: “…”`: a term quoted in the cue before the colon leaves the
    // cue's subject before it, when no verb of speech stands in the cue.
    if before.ends_with(':') && a > sentence_start && (sentence_start..b).all(|k| !cx.verb(k)) {
        if let Attribution::Person(p) = cx.subject_before(sentence_start, b) {
            return Attribution::Person(p);
        }
    }

    // Not a new clause: `, and that …`, a second clause of what a verb reports (`said that A
    // had been “naive”, and that B had been “foolish”`), nor `, but “…”` right before the quote
    // (`added that crews would stay, but “the roof may fall”`).
    // A reason after a verb of speech (`said …, since they have a “…”`), or after a quote the
    // sentence goes on from (`the “fairest option” …, but also because “…”`), is part of what
    // it reports.
    let reason_at = |k: usize| {
        verb_at.is_none_or(|v| is_strong_reporting_verb(cx.word(v)))
            && (k..b.min(k + 3)).any(|j| in_list(CAUSAL_OPENERS, cx.word(j)))
    };
    let reports_on = |k: usize| {
        in_list(&["and", "but"], cx.word(k))
            && (k + 1 == b || k + 1 < b && cx.word(k + 1) == "that")
            || reason_at(k)
    };
    // 3. A reporting verb earlier in the sentence whose subject is a person, with the quote part
    //    of what they said (not a label: `the so-called “…”`, a banner that read “…”).
    if let Some(v) = verb_at {
        // A label cue right before the quote, or before its determiner (`dubbed a “…”`).
        let cue = b > a && {
            let w = cx.word(b - 1);
            let w2 = if b >= a + 2 { cx.word(b - 2) } else { "" };
            in_list(SCARE_CUES, w)
                || (det_or_prep(w) && in_list(SCARE_CUES, w2))
                || (in_list(&["as"], w) && in_list(&["known"], w2))
        };
        // The verb's clause ended before the quote: `X insisted …, as leaders met for “…”`.
        // `described the talks, held in Oslo, as “…”`: the `as` the verb takes, the first after
        // it, opens no clause.
        let describes_as = |k: usize| {
            cx.word(k) == "as"
                && in_list(DESCRIBING_VERBS, cx.word(v))
                && (v + 1..k).all(|j| cx.word(j) != "as")
        };
        let clause_break = (v + 1..b)
            .any(|k| cx.opens_clause(k) && !reports_on(k) && !describes_as(k))
            || (v + 1..b).any(|k| cx.doc.gap_before(k).contains(';'));
        // A short quote after a determiner or preposition, away from the verb, is a term the
        // sentence uses (`Moscow’s demand for “neutrality”`), not speech — unless it opens with
        // a preposition or a clause opener: a term is a noun phrase, and `would go on “until the
        // spring.”` is the end of what was said.
        let det_before = b > a && det_or_prep(cx.word(b - 1));
        // A verb's phrase (`for “showing real fight”`) is no term either: a gerund and more.
        let gerund = is_participle(&first) && quote_text.split_whitespace().nth(1).is_some();
        let fragment = in_list(PREPOSITIONS, &first) || in_list(CLAUSE_OPENERS, &first) || gerund;
        // `the rollout had been an “utter shambles”`: what `be` makes of its subject is the
        // speaker's judgement, not a term.
        // Over an adverb: `was still a “serious risk”`.
        let be_at = |k: usize| {
            is_be_form(cx.word(k))
                || k > a
                    && (in_list(PREDICATE_ADVERBS, cx.word(k)) || cx.word(k).ends_with("ly"))
                    && is_be_form(cx.word(k - 1))
        };
        let article = b >= a + 2 && in_list(&["a", "an", "the"], cx.word(b - 1));
        let predicated = article && be_at(b - 2);
        // `she had a “useful phone call”`, `to make a ‘painful choice’`: the object a verb of
        // the reported clause takes is what was said, as what `be` makes of its subject is.
        let object = article && takes_object(cx.word(b - 2));
        let term = short && det_before && b - v > 3 && !fragment && !predicated && !object;
        if !cue && !term && !clause_break && !title_case(quote_text) {
            // `…, said Lin Bo, a spokesman, accusing them of “…”`: the subject the verb inverts,
            // after a comma and with no one named before it.
            let inverted = is_inverting_verb(cx.word(v))
                && doc.gap_before(v).contains(',')
                && cx.mentions_in(a, v).is_empty();
            if inverted {
                if let r @ Attribution::Person(_) = cx.subject_after(v, b) {
                    return r;
                }
            }
            // `The Kremlin said it would announce …“…”`: when the last verb's subject is no one,
            // an earlier reporting verb's may be the source.
            let mut verb = Some(v);
            let mut tries = 0;
            while let Some(v) = verb.filter(|_| tries < MAX_VERB_TRIES) {
                if let r @ (Attribution::Person(_) | Attribution::Label(..)) =
                    cx.subject_before(a, v)
                {
                    return r;
                }
                tries += 1;
                verb = (a..v).rev().find(|&k| cx.verb(k));
            }
            return subject_before_earlier_quote(cx, sentence_start, a, v);
        }
        // After the verb's clause ended, the clause holding the quote may still say whose
        // words it gives (`…, though he called the talks “useful”`): read on.
        if !clause_break {
            return Attribution::NotAPerson;
        }
    }
    // `X criticised Y for …, calling it “…”`: a participle naming what the quote calls
    // something, opening a clause after a comma, gives the words of the clause's subject (a
    // scare quote otherwise: `a group calling itself “…”`).
    let characterising = (a..b).rev().find(|&k| {
        in_list(CHARACTERISING_PARTICIPLES, cx.word(k)) && doc.gap_before(k).contains(',')
    });
    if let Some(k) = characterising {
        if let r @ Attribution::Person(_) = cx.subject_before(a, k) {
            return r;
        }
    }
    // `Rubio called the plan “…”`, `… but branded it “…”`: a finite verb naming what the quote
    // calls something, with its object between, gives the words of its subject when that is a
    // person (not `a group called “…”`, nor the passive `was called “…”`).
    let naming = (a..b.saturating_sub(1)).rev().find(|&k| {
        in_list(NAMING_VERBS, cx.word(k))
            && !(k > a && is_auxiliary(cx.word(k - 1)))
            && (k + 1..b).all(|j| !doc.toks[j].in_quote)
    });
    // Its subject stands in its own clause: `…, as leaders met for what organisers dubbed a
    // “…” summit` names no one, whoever opens the sentence.
    if let Some(k) = naming {
        let clause = (a + 1..k).rev().find(|&j| cx.opens_clause(j)).unwrap_or(a);
        if let r @ Attribution::Person(_) = cx.subject_before(clause, k) {
            return r;
        }
    }
    // `Quote: "…"`: a one-word label naming no one leaves the quote to run on from the speech
    // before it (see `continued`).
    let labelled = b == a + 1 && before.ends_with(':') && cx.mention_starting(a).is_none();
    // `X saying India was “willing to do whatever we can” to end the conflict “because …”`: a
    // quote joined to the one before it in its sentence by a few words, with no verb of speech,
    // person, label cue or new clause between, goes on with the same words.
    let joined_to_before = prev.is_some_and(|p| p.close_end == pre_from)
        && pre_from > doc.sents[os].start
        && b - a <= MAX_JOINING_WORDS
        && cx.mentions_in(a, b).is_empty()
        && !(a..b).any(|k| {
            let w = cx.word(k);
            in_list(SCARE_CUES, w)
                || is_source_noun(w)
                || cx.verb(k)
                || doc.gap_before(k).contains([',', ';'])
                    && in_list(CLAUSE_OPENERS, w)
                    && !reports_on(k)
        })
        && !title_case(quote_text);
    if joined_to_before && a < b {
        return Attribution::SameAsBefore;
    }
    // `If Russia refuses, “it means the pressure is insufficient”, adding that …`: speech a
    // participle of speech goes on from, its subject named in no clause before it, is the
    // speaker's whom the paragraph quoted before (see `continued`); a term of a few words
    // stays a label (`hosted the “coalition of the willing”, adding …`).
    let speech_goes_on = post.0 < post.1
        && cx.verb(post.0)
        && cx.word(post.0).ends_with("ing")
        && text
            .get(q.close_end..doc.toks[post.0].start)
            .is_some_and(|g| g.trim() == ",")
        && !short;
    // `But, although …, ‘we do not propose interfering.’`: a quoted clause (opening with a
    // subject pronoun) ending its sentence after a comma is speech, going on from the speaker
    // the paragraph quoted (see `continued`); a term is a noun phrase.
    let quoted_clause = before.ends_with(',')
        && !short
        && in_list(SUBJECT_PRONOUNS, &first)
        && quote_text.trim_end().ends_with(['.', '!', '?']);
    if a < b && !labelled && !speech_goes_on && !quoted_clause {
        // Embedded in a sentence with no reporting verb: a label, a scare quote.
        return Attribution::NotAPerson;
    }
    Attribution::Unknown
}

/// The subject of a verb at `v` standing before an earlier quote of its sentence, which ends
/// before token `a` (`Sybiha highlighted the “long history” of Putin’s …, adding: “…”`): a person
/// named outside quotation in `[sentence_start, a)`.
fn subject_before_earlier_quote(
    cx: &Ctx,
    sentence_start: usize,
    a: usize,
    v: usize,
) -> Attribution {
    match cx.subject_before(sentence_start, v) {
        Attribution::Person(p)
            if a > sentence_start
                && cx
                    .mentions_in(sentence_start, a)
                    .iter()
                    .any(|m| m.person == p && !cx.doc.toks[m.tok].in_quote) =>
        {
            Attribution::Person(p)
        }
        _ => Attribution::NotAPerson,
    }
}

/// Verbs a source quotes someone as using (`quoted Peskov as saying`).
const QUOTED_AS: &[&str] = &["saying", "telling", "stating", "writing", "adding"];

/// The person a source in tokens `[a, b)` quotes (`Interfax quoted Peskov as saying`, `the radio
/// quoted the harbour chair as telling reporters`).
fn quoted_as_saying(cx: &Ctx, a: usize, b: usize) -> Option<usize> {
    let k = (a..b).find(|&k| cx.word(k) == "quoted")?;
    let m = cx.mention_starting(k + 1).filter(|m| !m.possessive)?;
    let as_verb = m.end_tok + 1 < b
        && cx.word(m.end_tok) == "as"
        && in_list(QUOTED_AS, cx.word(m.end_tok + 1));
    as_verb.then_some(m.person)
}

/// Offices one person holds at a time, so `the chancellor` after a sentence about someone is
/// them; `the official`, `a spokesman` are left unresolved.
#[rustfmt::skip]
const SINGLE_OFFICES: &[&str] = &[
    "chancellor", "president", "premier", "mayor", "manager", "coach", "boss", "chairman",
    "chairwoman", "king", "queen", "pope", "judge", "prosecutor", "captain", "striker",
    "defendant", "chancellor-elect", "president-elect",
];

/// The person a descriptive title at tokens `[t, v)` (`the Norwegian`, `the chancellor`)
/// refers to: the subject of the sentence before, in this paragraph or the one before, when the
/// title is a nationality or a single office.
fn descriptive_subject(cx: &Ctx, t: usize, v: usize) -> Option<usize> {
    let doc = cx.doc;
    // `the Norwegian`, `the 24-year-old`, `the chancellor`, `the Ukrainian president`.
    if !(cx.word(t).eq_ignore_ascii_case("the") && (v == t + 2 || v == t + 3)) {
        return None;
    }
    let demonym = |k: usize| {
        let w = cx.word(k);
        doc.capitalised(k)
            && ["an", "ese", "ish", "i", "ch"]
                .iter()
                .any(|e| w.ends_with(e))
            && !is_title_noun(w)
    };
    let w = cx.word(v - 1);
    let head = demonym(v - 1) || w.ends_with("-year-old") || in_list(SINGLE_OFFICES, w);
    let modifier_ok = v == t + 2 || demonym(t + 1);
    if !(head && modifier_ok) {
        return None;
    }
    let s = doc.toks[t].sent;
    let para = doc.sents[s].para;
    // The nearest earlier sentence with a person as its subject (its first mention that is not
    // possessive and not governed by a preposition).
    for ps in (s.saturating_sub(MAX_SUBJECT_LOOKBACK)..s).rev() {
        if doc.sents[ps].para + 1 < para {
            break;
        }
        let a = doc.tok_at_or_after(doc.sents[ps].start);
        let b = doc.tok_at_or_after(doc.sents[ps].end);
        if let Some(m) = cx
            .mentions_in(a, b)
            .iter()
            .find(|m| !m.possessive && m.kind != MentionKind::Pronoun)
        {
            // `the Turkish president` is not a subject whose role names Russia.
            let country = (v == t + 3).then(|| cx.word(t + 1).to_lowercase());
            let other = country.is_some_and(|c| {
                cx.people
                    .get(m.person)
                    .is_some_and(|p| role_names_other_country(p, &c))
            });
            return (!other).then_some(m.person);
        }
    }
    None
}

/// Sentences back a descriptive title looks for its subject.
const MAX_SUBJECT_LOOKBACK: usize = 3;

/// `,” the head of the Ukrainian delegation, Rustem Umerov, wrote`: a role (a phrase holding a
/// role noun, with no verb) closed by a comma, then the name its holder is, set off by a comma
/// or right before the verb at `v`.
fn role_then_name(cx: &Ctx, pa: usize, v: usize) -> Option<Mention> {
    let c =
        (pa + 1..v.min(pa + MAX_LABEL_WORDS + 1)).find(|&k| cx.doc.gap_before(k).contains(','))?;
    // `the head of …`: a role noun after a determiner, not the verb it may also be.
    let noun = |k: usize| is_role_noun(&cx.word(k).to_lowercase());
    let verb =
        |k: usize| cx.verb(k) && !(noun(k) && k > pa && in_list(DETERMINERS, cx.word(k - 1)));
    let m = cx.mention_starting(c).filter(|m| !m.possessive)?;
    // Someone else named in the role (`Putin's spokesman, …`) is not who it describes.
    let others = cx.mentions_in(pa, c).iter().any(|o| o.person != m.person);
    let role = (pa..c).any(noun) && !(pa..c).any(verb) && !others;
    let closed = m.end_tok == v || m.end_tok < v && cx.doc.gap_before(m.end_tok).contains(',');
    (role && closed).then_some(m)
}

/// The subject of a post-quote verb at `v` (`,” Ms. Brenner asked`, `,” the envoy replied`,
/// `,” Keller, the Swiss mediator, said`); `None` when the words before the verb are not a
/// subject.
fn post_subject(cx: &Ctx, pa: usize, v: usize) -> Option<Attribution> {
    let doc = cx.doc;
    // Titles, honorifics and possessives before the name: `,” Russian Foreign Minister Sergei
    // Lavrov said`, `,” said Tkachenko’s spokeswoman, Iryna Kovalenko`.
    let mut k = pa;
    let mut found = cx
        .described_name(pa, v)
        .or_else(|| role_then_name(cx, pa, v));
    while found.is_none() && k < v && k < pa + 8 {
        if let Some(m) = cx.mention_starting(k) {
            if !m.possessive {
                found = Some(m);
                break;
            }
            k = m.end_tok;
            continue;
        }
        if cx.titleish(k) {
            k += 1;
        } else if let Some(e) = cx.role_run(k, v) {
            k = e;
        } else {
            break;
        }
    }
    let Some(m) = found else {
        // `,” conceded the Norwegian`, `,” the chancellor wrote`: a descriptive title nobody holds
        // is the subject of the sentence before.
        if let Some(p) = descriptive_subject(cx, pa, v) {
            return Some(Attribution::Person(p));
        }
        // `,” a spokesman said`, `,” they said`: attributed, to no one named.
        let np_start = cx.doc.capitalised(pa)
            || in_list(
                &[
                    "a", "an", "the", "one", "another", "they", "we", "i", "you", "it", "some",
                    "two", "three", "several", "his", "her", "their",
                ],
                cx.word(pa),
            );
        // `,” one nurse, who has worked there for years, said`: the source before the
        // relative clause set off right before the verb.
        let relative = (pa + 1..v).find(|&k| {
            in_list(&["who", "whose"], cx.word(k))
                && doc.gap_before(k).contains(',')
                && doc.gap_before(v).contains(',')
        });
        let v = relative.unwrap_or(v);
        return (v - pa <= 7 && np_start).then(|| match cx.label_np(pa, v) {
            Attribution::Label(s, e) => Attribution::Label(s, e),
            _ => Attribution::NotAPerson,
        });
    };
    if m.kind == MentionKind::Name || m.kind == MentionKind::Title || m.kind == MentionKind::Pronoun
    {
        // After the mention: nothing, adverbs, or a comma-enclosed apposition.
        let mut j = m.end_tok;
        if j < v && doc.gap_before(j).contains(',') {
            return Some(Attribution::Person(m.person));
        }
        // `,” the Attorney General of Ghana said`, `,” Keller of Reuters said`: the office's or
        // the name's complement.
        let named_after = |k: usize| {
            doc.capitalised(k) || k + 1 < v && cx.word(k) == "the" && doc.capitalised(k + 1)
        };
        if j + 1 < v && cx.word(j) == "of" && named_after(j + 1) {
            j += 1;
            while j < v && (doc.capitalised(j) || in_list(&["the", "of"], cx.word(j))) {
                j += 1;
            }
        }
        while j < v && in_list(ADVERBS, cx.word(j)) {
            j += 1;
        }
        // `,” Mr Tuggar was quoted as saying` (the auxiliary read as an adverb or not).
        let passive = v >= 2
            && cx.word(v - 1) == "as"
            && cx.word(v - 2) == "quoted"
            && in_list(QUOTED_AS, cx.word(v))
            && (j + 2 == v || j + 3 == v && in_list(&["was", "is"], cx.word(j)));
        if j == v || passive {
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
fn continuation(cx: &Ctx, quotes: &[QuoteSpan], speakers: &[Said], qi: usize) -> Said {
    continued(cx, quotes, speakers, qi).unwrap_or_default()
}

fn continued(cx: &Ctx, quotes: &[QuoteSpan], speakers: &[Said], qi: usize) -> Option<Said> {
    let person = |p: usize| {
        Some(Said {
            person: Some(p),
            label: None,
        })
    };
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
        if speakers[j] != Said::default() {
            return Some(speakers[j]);
        }
    }
    // The sentence before, in the same paragraph, reports a person speaking:
    // `Hale said in a statement that … . "First, …"`.
    if sent > 0 && doc.sents[sent - 1].para == para {
        if let Some(p) = reported_speaker(cx, sent - 1) {
            return person(p);
        }
    }
    // The whole paragraph is quotation: continue the previous paragraph's last speaker.
    let para_start = doc.sents.get(doc.para_sents(para).start)?.start;
    let mut first_tok = doc.tok_at_or_after(para_start);
    // `Quote: "…"`: a one-word label before the quotation, naming no one, is no text of the
    // paragraph's own.
    let labelled = q.open != para_start
        && doc.toks.get(first_tok + 1).is_some_and(|t| t.in_quote)
        && doc.toks.get(first_tok).is_some_and(|t| !t.in_quote)
        && doc.gap_before(first_tok + 1).trim_start().starts_with(':')
        && cx.mention_starting(first_tok).is_none();
    if labelled {
        first_tok += 1;
    } else if q.open != para_start {
        return None;
    }
    let mut outside = false;
    for t in &doc.toks[first_tok..] {
        if doc.sents[t.sent].para != para {
            break;
        }
        if !t.in_quote {
            outside = true;
            break;
        }
    }
    // A quoted subhead (`‘Cautious optimism’`) is a label, not more of anyone's speech: speech
    // that runs on ends its sentence inside the marks.
    let ends_sentence = cx
        .doc
        .text
        .get(q.start..q.end)
        .is_some_and(|t| t.ends_with(['.', '!', '?', '…', ',', '-', '—']));
    // A page cut off inside the quotation: it never closes, and nothing follows it.
    let cut_off = doc
        .text
        .get(q.close_end..)
        .is_some_and(|t| t.trim().is_empty())
        && doc
            .text
            .get(..q.close_end)
            .is_some_and(|t| !t.trim_end().ends_with(super::quotes::is_mark));
    if outside || !(ends_sentence || q.last_para > q.para || cut_off) {
        return None;
    }
    // A heading above the paragraph opens another part of the story (in a round-up, often
    // another speaker's name): the speech before it does not run on.
    if cx.new_section.get(para).copied().unwrap_or(false) {
        return None;
    }
    // A quoted crosshead right above (`'We must be braver'`) pulls a line out of the speech:
    // the speech goes on from the paragraph above it.
    let last_before = |para: usize| (0..qi).rev().take(50).find(|&k| quotes[k].last_para < para);
    let above = match last_before(para) {
        Some(k) if quotes[k].para + 1 == para && quoted_crosshead(doc, &quotes[k]) => para - 1,
        _ => para,
    };
    if let Some(k) = last_before(above) {
        if quotes[k].last_para + 1 == above && speakers[k] != Said::default() {
            return Some(speakers[k]);
        }
    }
    // … or the person the previous paragraph's last sentence reports speaking, or introduces
    // with a colon (`Fidan made the following remarks:`).
    let ps = doc.para_sents(above).start;
    let before = (ps > 0 && doc.sents[ps - 1].para + 1 == above).then(|| ps - 1)?;
    reported_speaker(cx, before)
        .or_else(|| introducing_subject(cx, before))
        .and_then(person)
}

/// Most words of a quoted crosshead (`'We can't be intimidated'`).
const MAX_CROSSHEAD_WORDS: usize = 12;

/// Is the quotation a quoted crosshead: a whole paragraph of a few words in quote marks that
/// ends no sentence (`'We must be braver'`), a line the page pulls out of the speech below?
fn quoted_crosshead(doc: &Doc, q: &QuoteSpan) -> bool {
    let Some(text) = doc.text.get(q.start..q.end) else {
        return false;
    };
    let para = |pos: usize| doc.sent_of(pos).map(|s| doc.sents[s].para);
    // Alone in its paragraph: no sentence of the paragraph starts before it or ends after it.
    let sents = doc.para_sents(q.para);
    let alone = !sents.is_empty()
        && doc.sents[sents.start].start >= q.open
        && doc.sents[sents.end - 1].end <= q.close_end;
    q.para == q.last_para
        && para(q.open) == Some(q.para)
        && alone
        && !text.ends_with(['.', '!', '?', '…', ',', ':', ';', '-', '—'])
        && text.split_whitespace().count() <= MAX_CROSSHEAD_WORDS
}

/// Gives each quoted crosshead left unattributed the speaker of the quotation after it that
/// holds its words.
fn crosshead_speakers(doc: &Doc, quotes: &[QuoteSpan], said: &mut [Said]) {
    let words = |q: &QuoteSpan| quote_words(doc, q);
    for qi in 0..quotes.len() {
        if said[qi] != Said::default() || !quoted_crosshead(doc, &quotes[qi]) {
            continue;
        }
        let line = words(&quotes[qi]);
        if line.is_empty() {
            continue;
        }
        let holder = (qi + 1..quotes.len())
            .take(MAX_CROSSHEAD_LOOKAHEAD)
            .find(|&k| words(&quotes[k]).windows(line.len()).any(|w| w == line));
        if let Some(k) = holder {
            said[qi] = said[k];
        }
    }
}

/// Most quotations after a crosshead searched for the one holding its words.
const MAX_CROSSHEAD_LOOKAHEAD: usize = 8;

/// The subject of a sentence ending in a colon (`Hakan Fidan made the following remarks …:`):
/// a person named, or referred to, at its start, over titles only.
fn introducing_subject(cx: &Ctx, sent: usize) -> Option<usize> {
    let doc = cx.doc;
    let s = doc.sents.get(sent)?;
    if !doc.text.get(s.start..s.end)?.trim_end().ends_with(':') {
        return None;
    }
    let a = doc.tok_at_or_after(s.start);
    let b = doc.tok_at_or_after(s.end);
    let m = cx.mentions_in(a, b).first()?;
    let subject = !m.possessive && (a..m.tok).all(|k| cx.titleish(k));
    subject.then_some(m.person)
}

/// The person a sentence without quotations reports speaking (`Keller said the talks …`) or
/// stating a view (`Keller has called on …`, `Keller criticised …`).
fn reported_speaker(cx: &Ctx, sent: usize) -> Option<usize> {
    let doc = cx.doc;
    let s = doc.sents.get(sent)?;
    let a = doc.tok_at_or_after(s.start);
    let b = doc.tok_at_or_after(s.end);
    // Long sentences are not attributions (and this keeps the check bounded); nor is one
    // quoting more than a term (`… the end of a “long road”`).
    let quoted = (a..b.min(a + 120))
        .filter(|&k| doc.toks[k].in_quote)
        .count();
    if b - a > 120 || quoted >= FRAGMENT_WORDS {
        return None;
    }
    let states = |k: usize| {
        let w = doc.word(k);
        w.starts_with(char::is_lowercase) && is_statement_verb(w)
    };
    if let Some(p) = speaking_opener_subject(cx, a, b) {
        return Some(p);
    }
    // `Coach Tom Bell presented the plan, saying …`: a name its sentence reports speaking.
    if quoted > 0 {
        return cx
            .mentions_in(a, b)
            .iter()
            .find(|m| {
                m.kind == MentionKind::Name && !m.possessive && super::statements::reports(doc, m)
            })
            .map(|m| m.person);
    }
    // `When asked about Russia, Sybiha stated that …`: past a verb whose subject is no one
    // (an opening clause's), the next verb's.
    (a..b)
        .take(60)
        .filter(|&k| cx.verb(k) || states(k))
        .take(REPORTED_VERB_TRIES)
        .find_map(|v| match cx.subject_before(a, v) {
            Attribution::Person(p) => Some(p),
            _ => None,
        })
}

/// The subject of a sentence opening with a clause of speech (`Speaking after the match,
/// Harriers manager Tomas Velde praised …`): the person named, over titles only, right after
/// the clause's comma, who is the one speaking whatever the main verb says.
fn speaking_opener_subject(cx: &Ctx, a: usize, b: usize) -> Option<usize> {
    let doc = cx.doc;
    let opener = doc.word(a);
    if !(is_participle(opener) && is_statement_verb(&opener.to_lowercase())) {
        return None;
    }
    let comma =
        (a + 1..b.min(a + MAX_OPENING_CLAUSE_WORDS)).find(|&k| doc.gap_before(k).contains(','))?;
    let m = cx.mentions_in(comma, b).first()?;
    let subject = !m.possessive && (comma..m.tok).all(|k| cx.titleish(k));
    subject.then_some(m.person)
}

/// Most words of a sentence's opening clause of speech (`Speaking after the final whistle on
/// Saturday,`).
const MAX_OPENING_CLAUSE_WORDS: usize = 16;

/// Most verbs of a sentence [`reported_speaker`] reads for a subject that is a person.
const REPORTED_VERB_TRIES: usize = 2;

/// Words opening a line over a quotation that names its source (`Source: Sybiha in an
/// interview with …`, then `Quote: "…"`), as some outlets set their copy.
const SOURCE_LINE_LABELS: &[&str] = &["Source", "Sources"];

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

    /// A quote attributed to a country's office (`Estonia's prime minister wrote`, `Norway's top
    /// diplomat said`) is the one person named with that office in that country's service; news
    /// calls a foreign minister the country's top diplomat. An office of another portfolio or
    /// country is not theirs.
    #[test]
    fn a_country_possessive_office_is_its_holder() {
        let text = "TALLINN – The deadline is working, Estonian Foreign Minister Maret Kask said \
            on Monday.\n\n\
            “Moscow answered within a day. Pressure is the language it hears,” Estonia’s top \
            diplomat wrote on social media.\n\n\
            Norwegian Prime Minister Lars Dahl met her in Oslo.\n\n\
            “We stand with Tallinn,” Norway's prime minister said.\n\n\
            “The army is ready,” Estonia's defence minister said.\n\n\
            “We are ready too,” Latvia's top diplomat said.";
        assert_eq!(
            speakers(text),
            [
                s(
                    "Moscow answered within a day. Pressure is the language it hears,",
                    Some("Maret Kask")
                ),
                s("We stand with Tallinn,", Some("Lars Dahl")),
                s("The army is ready,", None),
                s("We are ready too,", None),
            ]
        );
    }

    /// A described title (`the fire chief`) is the holder named earlier whose role holds its
    /// lower-case words, as `the chief` is; not someone whose role lacks them.
    #[test]
    fn a_title_described_by_words_of_a_role_is_its_holder() {
        let text = "Fire chief Nadia Orme said crews had worked through the night at the mill.\n\n\
            Police chief Tom Reyes closed the road.\n\n\
            The fire chief added: “It was one of the hottest fires I have seen.”\n\n\
            “We will reopen the road tomorrow,” the police chief said.\n\n\
            “Nobody was hurt,” the harbour chief said.";
        assert_eq!(
            speakers(text),
            [
                s(
                    "It was one of the hottest fires I have seen.",
                    Some("Nadia Orme")
                ),
                s("We will reopen the road tomorrow,", Some("Tom Reyes")),
                s("Nobody was hurt,", None),
            ]
        );
    }

    /// A pronoun after a sentence whose subject is an office nobody named holds (`The Foreign
    /// Secretary, who …, said`) is not someone named earlier whose role is another office;
    /// someone named with that office it may be.
    #[test]
    fn a_pronoun_after_a_described_office_is_not_another_office_holder() {
        let text = "The envoy Piet Lund flew to Oslo to discuss the plans.\n\n\
            The Foreign Secretary, who is meeting counterparts in Rome, said there is an opening \
            for peace.\n\n\
            “We want a full truce,” he told reporters.";
        assert_eq!(speakers(text), [s("We want a full truce,", None)]);
        let text = "Foreign Secretary Ann Berg met the envoy Piet Lund.\n\n\
            The Foreign Secretary, who is meeting counterparts in Rome, said there is an opening \
            for peace.\n\n\
            “We want a full truce,” she told reporters.";
        assert_eq!(
            speakers(text),
            [s("We want a full truce,", Some("Ann Berg"))]
        );
        // An indefinite one (`A spokesman from Rees's office said …`) too: `he` is the
        // spokesman, not the MP the office is hers.
        let text = "MP Ann Rees spoke out against the closure.\n\n\
            “It is a sad day for the town,” Rees said.\n\n\
            A spokesman from Rees’s office said the plant employs 245 people. He confirmed that \
            talks began on Thursday.\n\n\
            “There is a great deal of goodwill for the site,” he said.";
        assert_eq!(
            speakers(text),
            [
                s("It is a sad day for the town,", Some("Ann Rees")),
                s("There is a great deal of goodwill for the site,", None),
            ]
        );
        // In the described subject's own sentence.
        let text = "The envoy Piet Lund flew to Oslo to discuss the plans.\n\n\
            The Norwegian leader said “the idea is right”, but in Oslo he added that “there \
            are issues”.";
        let got = speakers(text);
        assert!(got.iter().all(|(_, who)| who.is_none()), "{got:?}");
    }

    /// `“…,” Mr Lund was quoted as saying`: the passive names the speaker too.
    #[test]
    fn a_speaker_quoted_as_saying_after_the_quote_is_the_speaker() {
        let text = "Foreign Minister Piet Lund spoke on Sunday.\n\n\
            “Several citizens were deployed to combat zones,” Mr Lund was quoted as saying.";
        assert_eq!(
            speakers(text),
            [s(
                "Several citizens were deployed to combat zones,",
                Some("Piet Lund")
            )]
        );
    }

    /// `…, said X, a spokesman for Y, accusing Z of “…”`: the participle's subject is the one
    /// the inverted `said X` names, not the clause before the verb.
    #[test]
    fn a_participle_after_an_inverted_attribution_is_the_named_speakers() {
        let text = "The encounter involved ten ships, said Lin Bo, a spokesman for the coast \
            guard, accusing the crews of having “invaded our waters from every side.”";
        assert_eq!(
            speakers(text),
            [s("invaded our waters from every side.", Some("Lin Bo"))]
        );
    }

    /// Wire copy may name a well-known person by surname alone throughout (`Tusk revealed that
    /// he …`): a lone word that speaks and is then `he` or `she` is a person. An organisation
    /// that speaks is `it`.
    #[test]
    fn a_lone_surname_that_speaks_of_himself_is_a_person() {
        let text = "Speaking in Paris on Thursday, Tusk revealed that he had held talks with \
            French President Ana Mora.\n\n\
            “We are close to a treaty,” Tusk said.";
        assert_eq!(
            speakers(text),
            [s("We are close to a treaty,", Some("Tusk"))]
        );
        let text = "Gazprom said it would cut supplies.\n\n“Supplies will fall,” Gazprom said.";
        assert_eq!(speakers(text), [s("Supplies will fall,", None)]);
    }

    /// A lone word signing quotes (`…,” Varnas told …`, `…,” said Varnas.`) and then taken up
    /// as `he` or `she` before anyone else speaks is a person named by surname alone.
    #[test]
    fn a_lone_surname_signing_quotes_then_he_is_a_person() {
        let text = "“Nobody asked the small states,” Varnas told the agency on Monday.\n\n\
            “Europe must sit at the table,” said Varnas.\n\n\
            The speaker said peace needs Ukraine’s consent. He stressed that no border may \
            move by force.";
        assert_eq!(
            speakers(text),
            [
                s("Nobody asked the small states,", Some("Varnas")),
                s("Europe must sit at the table,", Some("Varnas"))
            ]
        );
        // An organisation is taken up as `it`.
        let text = "“Supplies will fall,” Gazprom said on Monday. It said exports would resume.";
        assert_eq!(speakers(text), [s("Supplies will fall,", None)]);
    }

    /// A middle name alone (`Imtiaz said` for Malik Imtiaz Sarwar, as Malaysian and Pakistani
    /// copy calls a person) names its person when it is no one else's name word.
    #[test]
    fn a_middle_name_alone_names_its_person() {
        let text = "The lawyer for the portal, Datuk Malik Imtiaz Sarwar, spoke on Monday.\n\n\
            “The judgment itself is enough,” he said.\n\n\
            Imtiaz further asked the court to allow three days for payment.\n\n\
            “A nominal fine would do,” Imtiaz said.";
        assert_eq!(
            speakers(text),
            [
                s(
                    "The judgment itself is enough,",
                    Some("Malik Imtiaz Sarwar")
                ),
                s("A nominal fine would do,", Some("Malik Imtiaz Sarwar")),
            ]
        );
    }

    /// A paragraph of quotation after a sentence reporting its subject's words (`Coach Tom Bell
    /// presented the plan, saying it was the end of a “long road”.`) is the subject's, though
    /// that sentence holds a term in quotation marks.
    #[test]
    fn quotation_after_a_sentence_reporting_its_subject_with_a_term_is_theirs() {
        let text = "The club met on Monday.\n\n\
            Coach Tom Bell presented the plan, saying it was the end of a “long road”.\n\n\
            “We talked about how the club can recover.”";
        assert_eq!(
            speakers(text),
            [
                s("long road", None),
                s(
                    "We talked about how the club can recover.",
                    Some("Tom Bell")
                ),
            ]
        );
    }

    /// A lone word opening a sentence as its subject, taken up in that sentence by `he` or `she`
    /// who speaks (`But Marwick was adamant …, though he admitted …`), is a person named by
    /// surname alone; a place the story is in (`in Durban`) is not.
    #[test]
    fn a_lone_subject_taken_up_by_a_speaking_pronoun_is_a_person() {
        let text = "The hosts lost 2-0 in Durban on Wednesday.\n\n\
            But Marwick was adamant his side were not outplayed, though he admitted they lacked \
            confidence.\n\n\
            “We played a very good team tonight,” he explained.";
        assert_eq!(
            speakers(text),
            [s("We played a very good team tonight,", Some("Marwick"))]
        );
        let text = "Fans waited in Durban on Wednesday.\n\n\
            Durban was quiet, though he admitted the crowd had been loud.\n\n\
            “We played a very good team tonight,” he explained.";
        assert_eq!(
            speakers(text),
            [s("We played a very good team tonight,", None)]
        );
    }

    /// A quoted crosshead (`'We must be braver'`) pulls a line out of the speech below it: it
    /// is the words of whoever says them there, and the unattributed quotation after it goes
    /// on from the speaker before the crosshead.
    #[test]
    fn a_quoted_crosshead_neither_breaks_nor_loses_the_speech() {
        let text = "Harriers coach Owen Tallis was pleased with the draw.\n\n\
            \"We kept the ball well for long spells,\" he explained.\n\n\
            'We must be braver'\n\n\
            \"The young players learnt a lot tonight.\n\n\
            \"We must be braver on the ball. Nobody should fear anyone.\"\n";
        assert_eq!(
            speakers(text),
            [
                s(
                    "We kept the ball well for long spells,",
                    Some("Owen Tallis")
                ),
                s("We must be braver", Some("Owen Tallis")),
                s(
                    "The young players learnt a lot tonight.",
                    Some("Owen Tallis")
                ),
                s(
                    "We must be braver on the ball. Nobody should fear anyone.",
                    Some("Owen Tallis")
                ),
            ]
        );
        // A crosshead of no words holds nothing to look for.
        let text = "\"We kept the ball well,\" said Tallis.\n\n“★★”\n\n\"It was fine.\"\n";
        assert_eq!(speakers(text).len(), 3);
    }

    /// A headline `Varnas: …` says Varnas said it: the lede's quote a definite role signs
    /// (`the home coach said`) and the quotation after it before the story names him are his.
    /// A headline word that names no one, or a source of no definite role, proves nothing.
    #[test]
    fn a_name_before_a_headlines_colon_signs_the_ledes_role_quote() {
        let story = "\"They never outplayed us at any stage,\" the home coach said on Sunday.\n\n\
            The coach was reacting to the 2-0 loss in Kaunas.\n\n\
            \"We gave as much as we got in the second half,\" he said.\n\n\
            But Varnas was adamant his side were not outclassed, though he admitted they \
            lacked belief.\n\n\
            \"We must be braver,\" he said.\n";
        let text = format!("+++\ntitle = \"Varnas: Rivals did not outplay us\"\n+++\n\n{story}");
        assert_eq!(
            speakers(&text),
            [
                s("They never outplayed us at any stage,", Some("Varnas")),
                s(
                    "We gave as much as we got in the second half,",
                    Some("Varnas")
                ),
                s("We must be braver,", Some("Varnas")),
            ]
        );
        let text = format!("+++\ntitle = \"Kaunas: Rivals did not outplay us\"\n+++\n\n{story}");
        assert_eq!(
            speakers(&text)[0],
            s("They never outplayed us at any stage,", None)
        );
        let text = format!(
            "+++\ntitle = \"Varnas: Rivals did not outplay us\"\n+++\n\n{}",
            story.replace("the home coach said", "a club official said")
        );
        assert_eq!(
            speakers(&text)[0],
            s("They never outplayed us at any stage,", None)
        );
    }

    /// A Chicago alderman is `Ald.`, a title whose dot ends no sentence; the clause before a
    /// colon gives the quote after it.
    #[test]
    fn an_aldermans_abbreviated_title_opens_a_name() {
        let text = "Ald. Dan Reyes (9th) cited three reasons for voting against: “No. 1, the \
            budget is not balanced.”";
        assert_eq!(
            speakers(text),
            [s("No. 1, the budget is not balanced.", Some("Dan Reyes"))]
        );
    }

    /// Australian and New Zealand copy abbreviates a councillor as `Cr`: a title, not a name.
    #[test]
    fn a_councillors_cr_is_a_title() {
        let text = "Before the vote, Councillor Ann Lowe moved the motion.\n\n\
            Cr Lowe said the cut was “minuscule”.\n\n\
            Councillor Bob Ray was the only other councillor to back Cr Lowe’s motion.";
        assert_eq!(speakers(text), [s("minuscule", Some("Ann Lowe"))]);
        // Irish copy abbreviates it `Clr`.
        let text = "The hearing was attended by residents and Clr Maureen Platt.\n\n\
            Objecting to the scheme, Clr Platt said: “This field floods every winter.”";
        assert_eq!(
            speakers(text),
            [s("This field floods every winter.", Some("Maureen Platt"))]
        );
    }

    /// `According to X, Y wants …` reports X's words: a pronoun closing the next quote (`“…,” he
    /// said`) stands for X, the one speaking, not for Y, the one spoken of.
    #[test]
    fn a_pronoun_after_according_to_stands_for_the_source() {
        let text = "Foreign Minister Liina Kask said there was no sign of peace.\n\n\
            However, according to the minister, President Dan Hollis wants a quick deal.\n\n\
            \"This process has been very public,\" he said.";
        assert_eq!(
            speakers(text),
            [s("This process has been very public,", Some("Liina Kask"))]
        );
    }

    /// `Asked whether X had agreed, he said: “…”`: the one asked is who spoke before, not X,
    /// whom the question named.
    #[test]
    fn a_pronoun_after_an_asked_clause_is_not_whom_the_question_named() {
        let text = "Kremlin aide Ivo Marsh spoke to reporters on Friday.\n\n\
            \"The request was made in person,\" he said.\n\n\
            Asked to confirm that Tomas Brel had agreed, he said: \"Yes, of course he did.\"\n\n\
            When asked whether Brel would travel, he replied: \"Not this week.\"";
        assert_eq!(
            speakers(text),
            [
                s("The request was made in person,", Some("Ivo Marsh")),
                s("Yes, of course he did.", Some("Ivo Marsh")),
                s("Not this week.", Some("Ivo Marsh")),
            ]
        );
    }

    /// A pronoun after a sentence whose subject is someone described but not named (`The
    /// Latvian leader, who …, repeats that …`) stands for that person: it never reaches back past
    /// them to someone named earlier.
    #[test]
    fn a_pronoun_after_an_unnamed_subject_is_not_someone_named_before() {
        let text = "For Lind, who met Kremlin leader Oleg Marov last week in Riga, the Kremlin \
            wants the war over soon.\n\n\
            The Latvian leader, who has kept ties with both capitals, has offered to mediate and \
            repeats that “we have to find a deal that suits everyone”.\n\n\
            But any deal will need the return of the land, he insisted: “This is what everyone \
            expects and hopes for.”";
        let got = speakers(text);
        assert!(
            got.iter()
                .all(|(_, who)| who.as_deref() != Some("Oleg Marov")),
            "{got:?}"
        );
        // Someone named with no role may be the one described: the pronoun is still theirs.
        let text = "Ana Ruiz has announced a plan for a monitoring mission.\n\n\
            The Spanish minister said some partners disagreed.\n\n\
            “It is not unanimous,” she said after the meeting.";
        assert_eq!(
            speakers(text),
            [s("It is not unanimous,", Some("Ana Ruiz"))]
        );
    }

    #[test]
    fn a_reporting_verb_after_a_determiner_is_a_noun() {
        // "Moscow's demand", "his promise": nouns, so the quote after them is a term the
        // sentence uses, not the words of the sentence's subject.
        let text = "Foreign Minister Anna Brill said she would not accept Moscow's demand for \
            “neutrality” at the summit.\n\n\
            Envoy Karl Dorn flew home, and the allies welcomed his promise of “a quick deal”.\n\n\
            Brill's spokesman said: “We are ready.”";
        assert_eq!(
            speakers(text),
            [
                s("neutrality", None),
                s("a quick deal", None),
                s("We are ready.", None),
            ]
        );
    }

    #[test]
    fn a_name_given_a_role_with_is_introduces_a_person() {
        // Radio and feature copy introduce a speaker in a sentence of their own ("X is the
        // director of Y. He says …"), then quote them with a pronoun; an organisation named in
        // the role is not the one speaking.
        let text = "Dana Whitfield is the chief of Pine Ridge Rescue. She says the river \
            crossings worry her most.\n\n\
            \"People wait too long, and then we have to go in after them,\" she says.\n\n\
            Marcus Levell was a teacher at the village school for thirty years.\n\n\
            \"It has never been this bad,\" he said.";
        assert_eq!(
            speakers(text),
            [
                s(
                    "People wait too long, and then we have to go in after them,",
                    Some("Dana Whitfield")
                ),
                s("It has never been this bad,", Some("Marcus Levell")),
            ]
        );
    }

    #[test]
    fn a_hyphenated_role_is_no_part_of_the_name() {
        // "President-elect", "Minister-designate": a role with a hyphenated suffix, not a name.
        let text = "President-elect Amos Keter thanked the commission.\n\n\
            \"It made all the difference,\" Keter said.";
        assert_eq!(
            speakers(text),
            [s("It made all the difference,", Some("Amos Keter"))]
        );
    }

    #[test]
    fn a_next_sentence_opening_with_its_speaker_and_verb_attributes() {
        // `“….” He said at a meeting …`: copy that puts the attribution after the full stop, in
        // a sentence of its own that goes on.
        let text = "Mayor Ines Corvo praised the commission.\n\n\
            “Let me thank the commission. It did a fine job.” She said at a meeting in her \
            office on Friday.\n\n\
            “We lost.” The team flew home on Sunday.";
        assert_eq!(
            speakers(text),
            [
                s(
                    "Let me thank the commission. It did a fine job.",
                    Some("Ines Corvo")
                ),
                s("We lost.", None),
            ]
        );
    }

    #[test]
    fn a_spokesman_for_someone_is_not_that_someone() {
        // "A spokesman for Kowal said": the spokesman speaks; the one a preposition governs
        // does not.
        let text = "President Anna Kowal met the envoys.\n\n\
            \"There is no plan,\" an aide to the president said.\n\n\
            A spokesman for Kowal said: \"We are ready.\"\n\n\
            Kowal said: \"We will see.\"";
        let got = speakers(text);
        assert_eq!(got.len(), 3, "{got:?}");
        assert_ne!(got[0].1.as_deref(), Some("Anna Kowal"), "{got:?}");
        assert_ne!(got[1].1.as_deref(), Some("Anna Kowal"), "{got:?}");
        assert_eq!(got[2].1.as_deref(), Some("Anna Kowal"), "{got:?}");
    }

    #[test]
    fn a_possessive_title_is_the_one_person_holding_it() {
        // A lead often gives the role before the name ("his spokesman warned …"), and later
        // copy "her deputy"; each is the one person the article gives that title.
        let text = "The president hosted the envoys on Tuesday, but his spokesman warned that \
            nobody should expect “a deal by lunch time.”\n\n\
            Palace spokesman Dmitri Orlov told reporters the talks were “useful.”\n\n\
            Mayor Ines Corvo and her deputy, Paul Amsel, toured the port.\n\n\
            Her deputy later said the works were “far behind.”";
        assert_eq!(
            speakers(text),
            [
                s("a deal by lunch time.", Some("Dmitri Orlov")),
                s("useful.", Some("Dmitri Orlov")),
                s("far behind.", Some("Paul Amsel")),
            ]
        );
    }

    #[test]
    fn a_short_quote_opening_with_a_preposition_is_speech_not_a_term() {
        // After a particle ("go on"), a fragment that opens with a preposition or a clause word
        // is the end of what was said; a short noun phrase after a preposition is a term.
        let text = "Foreign Minister Anna Brill said the talks would go on “until the spring.”\n\n\
            Brill added that the ceasefire would carry on “for weeks.”\n\n\
            Brill said she would not accept the envoys' plan for “neutrality” at the summit.";
        assert_eq!(
            speakers(text),
            [
                s("until the spring.", Some("Anna Brill")),
                s("for weeks.", Some("Anna Brill")),
                s("neutrality", None),
            ]
        );
    }

    /// A short quote that is the object of a verb in the reported clause (`had a “useful
    /// call”`, `make a ‘painful choice’`) is the speaker's words; after a preposition, or
    /// called so-called, it is a term.
    #[test]
    fn a_short_quote_a_verb_takes_as_its_object_is_speech() {
        let text = "Mayor Jo Rind said on Monday she had a “useful phone call” with the union.\n\n\
            Deputy chair Ana Soto said the board had been forced to make a ‘painful choice’.\n\n\
            Rind said the county's bid for the “green belt” money had failed.\n\n\
            Soto said the so-called “quiet zone” would stay.";
        assert_eq!(
            speakers(text),
            [
                s("useful phone call", Some("Jo Rind")),
                s("painful choice", Some("Ana Soto")),
                s("green belt", None),
                s("quiet zone", None),
            ]
        );
    }

    /// `described the talks, held in Oslo, as “…”`: the `as` a verb of describing takes after
    /// an aside opens no new clause.
    #[test]
    fn a_description_after_an_aside_is_the_describers() {
        let text = "Speaking on Friday, minister Lea Marsh described the talks, held in Oslo and \
            running late into the night, as “a frank exchange of views.” She added, “We will meet \
            again.”\n\n\
            Marsh described the plan as final, as the envoys left for “the next round.”";
        assert_eq!(
            speakers(text),
            [
                s("a frank exchange of views.", Some("Lea Marsh")),
                s("We will meet again.", Some("Lea Marsh")),
                s("the next round.", None),
            ]
        );
    }

    /// `“…,” she began` and `“…,” he went on`: verbs of speech right after a quote and its
    /// speaker; not elsewhere.
    #[test]
    fn a_speaker_who_begins_or_goes_on_after_a_quote_says_it() {
        let text = "Mayor Rosa Keane arrived late to the opening and joked about the traffic.\n\n\
            “That road has been shut for a month, so blame the builders,” she began.\n\n\
            “It will reopen by spring. That is a promise,” Keane went on.\n\n\
            Work on the road began in March, and the crews went on “around the clock”.";
        assert_eq!(
            speakers(text),
            [
                s(
                    "That road has been shut for a month, so blame the builders,",
                    Some("Rosa Keane")
                ),
                s(
                    "It will reopen by spring. That is a promise,",
                    Some("Rosa Keane")
                ),
                s("around the clock", None),
            ]
        );
    }

    /// `added that crews would stay, but “the roof may fall”`: a quote right after `but` or
    /// `and` goes on with what the verb reports.
    #[test]
    fn a_quote_right_after_but_goes_on_with_the_report() {
        let text = "Fire chief Dana Orme said crews had worked through the night.\n\n\
            Orme added that crews would stay on site, but “the roof may still fall.”\n\n\
            Orme said the crews were tired, but the mayor called it “a fine effort.”";
        assert_eq!(
            speakers(text),
            [
                s("the roof may still fall.", Some("Dana Orme")),
                s("a fine effort.", None),
            ]
        );
    }

    /// `Sen. Gordon` is `the senator`, `Cllr Hale` `the councillor`, `Det Insp Kane` `the
    /// inspector`: an abbreviated title is the title it abbreviates.
    #[test]
    fn an_abbreviated_title_is_its_holders_title() {
        let text = "Sen. Rhys Gordon opened the hearing on Monday.\n\n\
            “This is a disgrace,” the senator said.\n\n\
            Cllr Ann Hale spoke next.\n\n\
            “We need answers,” the councillor said.\n\n\
            Det Insp Ruth Kane led the search.\n\n\
            “We are still looking,” the inspector said.";
        assert_eq!(
            speakers(text),
            [
                s("This is a disgrace,", Some("Rhys Gordon")),
                s("We need answers,", Some("Ann Hale")),
                s("We are still looking,", Some("Ruth Kane")),
            ]
        );
    }

    /// A quotation the article repeats (a crosshead's words, a standfirst's quote) is said by
    /// whom the repeat names, when its own attribution names no one.
    #[test]
    fn a_repeated_quotation_is_said_by_whom_its_repeat_names() {
        let text = "“We will never give up the harbour,” the port chief vowed on Friday.\n\n\
            Envoy says deal ‘really close’\n\n\
            Harbour master Ines Vale spoke to the board. “We will never give up the harbour,” \
            she said.\n\n\
            Special envoy Kai Lund told the forum a deal was “really close” and would be signed \
            “within days.”\n\n\
            “Within days” is too soon, a rival said.";
        assert_eq!(
            speakers(text),
            [
                s("We will never give up the harbour,", Some("Ines Vale")),
                s("really close", Some("Kai Lund")),
                s("We will never give up the harbour,", Some("Ines Vale")),
                s("really close", Some("Kai Lund")),
                s("within days.", Some("Kai Lund")),
                s("Within days", None),
            ]
        );
    }

    /// `A added a note, but again Cllr B fired back.` then `“…,” he said`: the one who answers,
    /// the subject of the clause after `but`, speaks; not when that clause's subject is no one.
    #[test]
    fn a_pronoun_after_a_contrast_is_its_latest_subject() {
        let text = "Councillor Ann Lowe added a note of thanks to the motion, but again Cllr Ravi \
            Bains fired back.\n\n\
            “We simply cannot afford it this year,” he said.\n\n\
            Mayor Tom Reyes opened the session, but the vote was put off.\n\n\
            “We will vote next week,” he said.";
        assert_eq!(
            speakers(text),
            [
                s("We simply cannot afford it this year,", Some("Ravi Bains")),
                s("We will vote next week,", Some("Tom Reyes")),
            ]
        );
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

    /// A round-up heads each speaker's part with their name: a quote under the next heading
    /// is not the previous speaker's.
    #[test]
    fn speech_does_not_run_on_across_a_heading() {
        let text = "Harriers coach Owen Tallis was pleased with the win.\n\n\
            \"We played well in the second half,\" said Tallis.\n\n\
            \"The young players showed real character.\"\n\n\
            Millbrook reaction\n\n\
            \"Our defending at set pieces cost us the game today.\"\n";
        assert_eq!(
            speakers(text),
            [
                s("We played well in the second half,", Some("Owen Tallis")),
                s(
                    "The young players showed real character.",
                    Some("Owen Tallis")
                ),
                s("Our defending at set pieces cost us the game today.", None),
            ]
        );
    }

    /// A quote joined to the one before it in its sentence by a longer run naming no one and
    /// holding no verb of speech (`… “have many cards” including the funding of schools in the
    /// north as well as “the fact that …”`) goes on with the same speaker's words.
    #[test]
    fn a_quote_joined_by_a_run_without_a_verb_of_speech_goes_on() {
        let text =
            "Premier Ana Mora said that voters \"hold many cards\" including the funding of \
            new schools in the north as well as \"the fact that the economy is growing\".\n\n\
            Ana Mora said voters \"hold many cards\" while the union boss in the northern towns \
            insisted \"the economy is shrinking fast\".";
        assert_eq!(
            speakers(text),
            [
                s("hold many cards", Some("Ana Mora")),
                s("the fact that the economy is growing", Some("Ana Mora")),
                s("hold many cards", Some("Ana Mora")),
                s("the economy is shrinking fast", None),
            ]
        );
    }

    /// `Rubio called the plan “…”`, `… but branded it “…”`: what a person calls something, in
    /// their words, is theirs. A thing called so (`a group called “…”`, `was called “…”`) is
    /// a name.
    #[test]
    fn what_a_person_calls_something_is_their_words() {
        let text = "Foreign Minister Ana Mora spoke on Sunday.\n\n\
            Ana Mora called the plan \"a first step toward peace\".\n\n\
            Opposition leader Piet Lund welcomed the plan but branded it \"too little and too late\".\n\n\
            Rebels formed a group called \"Free Hills Front\" last year.\n\n\
            The deal was called \"a first step toward peace\" by the press.";
        assert_eq!(
            speakers(text),
            [
                s("a first step toward peace", Some("Ana Mora")),
                s("too little and too late", Some("Piet Lund")),
                s("Free Hills Front", None),
                s("a first step toward peace", None),
            ]
        );
    }

    /// A page cut off inside a quotation (`“Russia has no right to any of it. In the end, the
    /// terms of`): the speech the paragraph before began runs on into it all the same.
    #[test]
    fn speech_cut_off_by_the_page_still_runs_on() {
        let text = "“We all want this war to end. But how it ends matters,” foreign policy chief \
            Ana Berg said in Brussels.\n\n\
            “Russia has no right to any of it. In the end, the terms of";
        assert_eq!(
            speakers(text),
            [
                s(
                    "We all want this war to end. But how it ends matters,",
                    Some("Ana Berg")
                ),
                s(
                    "Russia has no right to any of it. In the end, the terms of",
                    Some("Ana Berg")
                ),
            ]
        );
    }

    /// A round-up heads a speaker's part with their name: the quoted paragraphs under it are
    /// theirs, though no sentence names them. A heading of common words is no one's name.
    #[test]
    fn quotes_under_a_name_heading_are_that_persons() {
        let text = "Harriers coach Owen Tallis was pleased with the win.\n\n\
            \"We played well in the second half,\" said Tallis.\n\n\
            Dana Price\n\n\
            \"Our defending at set pieces cost us the game today.\n\n\
            \"We will look at the tapes and go again next week.\"\n\n\
            Market Reaction\n\n\
            \"Nobody expected the club to be sold this quickly.\"\n";
        let a = parse_article(Path::new("s.md"), text.to_string()).unwrap();
        let e = extract(&a, "s");
        let paragraphs: Vec<usize> = e.quotes.iter().map(|q| q.paragraph).collect();
        let said: Vec<(String, Option<String>)> =
            e.quotes.into_iter().map(|q| (q.text, q.speaker)).collect();
        assert_eq!(said[0].1.as_deref(), Some("Owen Tallis"));
        // The quote running on over two paragraphs is one quote per paragraph, both hers.
        assert_eq!(
            said[1],
            s(
                "Our defending at set pieces cost us the game today.",
                Some("Dana Price")
            )
        );
        assert_eq!(
            said[2],
            s(
                "We will look at the tapes and go again next week.",
                Some("Dana Price")
            )
        );
        assert_eq!(paragraphs[1..3], [3, 4]);
        assert_eq!(said[3].1, None, "{said:?}");
        assert!(e.people.iter().any(|p| p.name == "Dana Price"));
        // Someone else with the surname is not the heading's person.
        let text = "Club secretary Tom Price read out the results.\n\n\
            Dana Price\n\n\
            \"Our defending at set pieces cost us the game today.\"\n";
        assert_eq!(
            speakers(text),
            [s(
                "Our defending at set pieces cost us the game today.",
                Some("Dana Price")
            )]
        );
        // A name heading may say what the words are about: `Dana Price (on the penalty)`.
        let text = "The match ended in a draw.\n\n\
            Dana Price (on the penalty)\n\n\
            \"It was never a foul and everyone in the ground saw it.\"\n";
        assert_eq!(
            speakers(text),
            [s(
                "It was never a foul and everyone in the ground saw it.",
                Some("Dana Price")
            )]
        );
        // A heading over reporting prose is a section, not a speaker's label.
        let text = "Dana Price\n\nThe coach spoke after the match.\n\n\
            \"We were poor,\" said the captain, Owen Tallis.\n\n\
            \"Nobody can hide from that.\"\n";
        let said = speakers(text);
        assert!(
            said.iter().all(|(_, w)| w.as_deref() != Some("Dana Price")),
            "{said:?}"
        );
    }

    #[test]
    fn subjects_titles_and_next_sentence_attribution() {
        let text = "Russian President Vladimir Putin and US Secretary of State Marco Rubio met.\n\n\
            After meeting Putin, Rubio said the call went well. He added: “It was a great call.”\n\n\
            “We will win.” Putin said.\n\n\
            “It was useful,” US Secretary of State Marco Rubio said.\n\n\
            “No,” said Rubio’s spokeswoman, Tammy Bruce. “Never,” the Russian President said.";
        assert_eq!(
            speakers(text),
            [
                s("It was a great call.", Some("Marco Rubio")),
                s("We will win.", Some("Vladimir Putin")),
                s("It was useful,", Some("Marco Rubio")),
                s("No,", Some("Tammy Bruce")),
                s("Never,", Some("Vladimir Putin")),
            ]
        );
    }

    /// "said the union's treasurer, Dale Merton": the name after the role is the speaker, and a
    /// quoted question's verb ("questioned", "wondered") attributes like "said".
    #[test]
    fn a_name_after_a_possessive_role_and_a_questions_verb() {
        let text = "Workers gathered at the gate.\n\n\
            “We saw it coming,” said the union’s treasurer, Dale Merton.\n\n\
            “Is this the last shift?” questioned the plant’s welder, Ann Pike.\n\n\
            “Where now?” wondered Tom Reyes, a clerk.";
        assert_eq!(
            speakers(text),
            [
                s("We saw it coming,", Some("Dale Merton")),
                s("Is this the last shift?", Some("Ann Pike")),
                s("Where now?", Some("Tom Reyes")),
            ]
        );
    }

    /// A quote opening its paragraph, then a colon and a clause whose subject is a person, is
    /// theirs (`‘…’: Denmark’s Brandt rallies the crews`); a colon before no one signs nothing.
    #[test]
    fn a_quote_before_a_colon_and_its_subject_is_theirs() {
        let text = "‘We will hold the line. Not one step back’: Denmark’s Brandt rallies the port \
            crews\n\n\
            Harbour chair Lena Brandt spoke to the crews on Monday.\n\n\
            ‘Tell them we can still hear them’: the words painted on the gate.";
        assert_eq!(
            speakers(text),
            [
                s(
                    "We will hold the line. Not one step back",
                    Some("Lena Brandt")
                ),
                s("Tell them we can still hear them", None),
            ]
        );
    }

    /// A verb whose colon opens the next quote introduces that quote: the quote before it, the
    /// words of a report put to the speaker, is not theirs.
    #[test]
    fn a_verb_introducing_the_next_quote_does_not_sign_the_one_before() {
        let text = "Harbour chair Lena Brandt spoke on Tuesday.\n\n\
            Asked about reports, according to local radio, “that the channel would reopen within \
            weeks,” Brandt said: “Not so fast. It is far too early to promise that.”\n\n\
            “We are ready,” Brandt said, adding: “Whenever the divers are.”";
        assert_eq!(
            speakers(text),
            [
                s("that the channel would reopen within weeks,", None),
                s(
                    "Not so fast. It is far too early to promise that.",
                    Some("Lena Brandt")
                ),
                s("We are ready,", Some("Lena Brandt")),
                s("Whenever the divers are.", Some("Lena Brandt")),
            ]
        );
    }

    #[test]
    fn unnamed_sources_are_labels_not_people() {
        let a = parse_article(
            Path::new("l.md"),
            "Kremlin spokesman Dmitry Peskov spoke first.\n\n\
             “No deal yet,” a senior Ukrainian official said. A Downing Street spokesman said \
             the UK was “in close contact” with Kyiv."
                .to_string(),
        )
        .unwrap();
        let got: Vec<_> = extract(&a, "l")
            .quotes
            .into_iter()
            .map(|q| (q.text, q.speaker, q.label))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "No deal yet,".to_string(),
                    None,
                    Some("a senior Ukrainian official".to_string())
                ),
                (
                    "in close contact".to_string(),
                    None,
                    Some("A Downing Street spokesman".to_string())
                ),
            ]
        );
    }

    /// `The judge called the probation officer Mark Tull to the stand and told him: “…”`: the
    /// one a first predicate takes as its object, over the role words before the name, is not
    /// who speaks in the second.
    #[test]
    fn the_object_of_a_first_predicate_over_its_role_is_not_the_speaker() {
        let text = "The judge called the probation officer Mark Tull to the stand and told him: \
            “This report is three weeks late.”\n\n\
            Prosecutor Jane Ruiz stopped the witness, Peter Oduya, and asked him: “Where were \
            you at midnight?”\n\n\
            The angry magistrate summoned bailiff Colin Frew and warned him: “Do not remove \
            goods without an order.”";
        assert_eq!(
            speakers(text),
            [
                s("This report is three weeks late.", None),
                s("Where were you at midnight?", Some("Jane Ruiz")),
                s("Do not remove goods without an order.", None),
            ]
        );
    }

    /// Copy mixes straight and curly apostrophes in one name (`Conan O'Brien`, then `O’Brien`):
    /// one person either way.
    #[test]
    fn a_surname_with_either_apostrophe_is_one_person() {
        let text = "Rotorua councillor Conan O'Brien opposed the rates rise.\n\n\
            That is the view of councillor Conan O’Brien, who spoke on Tuesday.\n\n\
            O’Brien and councillor Don Paterson voted against it.\n\n\
            O’Brien said he supported him: “People cannot take another hike.”";
        assert_eq!(
            speakers(text),
            [s("People cannot take another hike.", Some("Conan O'Brien"))]
        );
        let a = parse_article(Path::new("s.md"), text.to_string()).unwrap();
        let names: Vec<String> = extract(&a, "s")
            .people
            .into_iter()
            .map(|p| p.name)
            .collect();
        assert_eq!(names, ["Conan O'Brien", "Don Paterson"]);
    }

    /// `She said that …, but also because “…”`, `He said he trusts them, since they have a
    /// “…”`: a reason given after a verb of speech is part of what it reports.
    #[test]
    fn a_reason_after_a_verb_of_speech_goes_on_with_the_report() {
        let text = "For her part, Mayor Ann Kelly backed the scheme.\n\n\
            She said that not only because it was the “fairest option” for drivers, but also \
            because “nobody will pay twice for the same road.”\n\n\
            Coach Peter Lund spoke after training.\n\n\
            He said he trusts the younger players, since they have a “hunger you cannot teach.”";
        assert_eq!(
            speakers(text),
            [
                s("fairest option", Some("Ann Kelly")),
                s(
                    "nobody will pay twice for the same road.",
                    Some("Ann Kelly")
                ),
                s("hunger you cannot teach.", Some("Peter Lund")),
            ]
        );
    }

    /// A transcript's label capitalises a surname's particle (`Du Toit: “…”` for Pieter du
    /// Toit): it is still that surname.
    #[test]
    fn a_surnames_particle_capitalised_at_a_label_is_that_surname() {
        let text = "Home captain Pieter du Toit faced the cameras first.\n\n\
            Du Toit: “It was a very tough game, I can assure you.”\n\n\
            “We were on the lucky side tonight.”";
        assert_eq!(
            speakers(text),
            [
                s(
                    "It was a very tough game, I can assure you.",
                    Some("Pieter du Toit")
                ),
                s("We were on the lucky side tonight.", Some("Pieter du Toit")),
            ]
        );
    }

    /// `“…,” noted the Russian presidency's diplomatic adviser`, right after the Kremlin adviser's
    /// quote: a definite description ending in the head noun of the speaker's role goes on with
    /// that speaker.
    #[test]
    fn a_description_by_the_last_speakers_role_goes_on_with_them() {
        let text = "“This is not a forecast,” Kremlin foreign policy adviser Yuri Ushakov told \
            reporters.\n\n\
            “For now, no one has spoken seriously about this idea,” noted the Russian \
            presidency's diplomatic adviser, whose remarks were cited by news agencies.";
        assert_eq!(
            speakers(text),
            [
                s("This is not a forecast,", Some("Yuri Ushakov")),
                s(
                    "For now, no one has spoken seriously about this idea,",
                    Some("Yuri Ushakov")
                ),
            ]
        );
    }

    /// `“…,” the spokesman said. “…,” he added.`: a pronoun that names no one the article names
    /// goes on with the unnamed source whose quote is right before it; a paragraph between ends
    /// that.
    #[test]
    fn a_pronoun_after_an_unnamed_sources_quote_is_that_source() {
        let labels = |text: &str| -> Vec<Option<String>> {
            let a = parse_article(Path::new("l.md"), text.to_string()).unwrap();
            extract(&a, "l")
                .quotes
                .into_iter()
                .map(|q| q.label)
                .collect()
        };
        let some = |s: &str| Some(s.to_string());
        let text = "The road will reopen on Monday.\n\n\
            “The repairs took longer than we hoped,” the spokesman said.\n\n\
            “We apologise for the disruption,” he added.\n\n\
            One resident, who gave her name only as Maria, said trade had suffered.\n\n\
            “Nobody told us anything,” Maria said. She added: “We lost half our trade.”";
        assert_eq!(
            labels(text),
            [
                some("the spokesman"),
                some("the spokesman"),
                some("Maria"),
                some("Maria")
            ]
        );
        // A paragraph between, and the pronoun stays open.
        let text = "“The repairs took longer than we hoped,” the spokesman said.\n\n\
            Traders say the closure cost them dearly.\n\n\
            “We apologise for the disruption,” he added.";
        assert_eq!(labels(text), [some("the spokesman"), None]);
    }

    /// `“…,” one nurse, who has worked there for 20 years, said`: the source before the relative
    /// clause is the label.
    #[test]
    fn a_relative_clause_between_a_source_and_its_verb_keeps_the_label() {
        let a = parse_article(
            Path::new("r.md"),
            "Nurses walked out at the city hospital on Monday.\n\n\
             “I have never seen it this bad,” one nurse, who has worked there for 20 years, \
             said."
                .to_string(),
        )
        .unwrap();
        let got: Vec<_> = extract(&a, "r")
            .quotes
            .into_iter()
            .map(|q| (q.speaker, q.label))
            .collect();
        assert_eq!(got, [(None, Some("one nurse".to_string()))]);
    }

    /// Some outlets name the source on a line of its own over the quotation (`Source: X on
    /// Telegram`, then `Quote: "…"`), and report speech with an opening clause (`When asked
    /// …, X stated that …`) before a labelled quotation: both are X's.
    #[test]
    fn a_source_line_and_an_opening_clause_name_the_labelled_quotes_speaker() {
        let text = "Foreign Minister Marta Kovac met her counterparts in Vienna.\n\n\
            Source: Kovac on Telegram\n\n\
            Quote: \"The talks were long. We will meet again next week.\"\n\n\
            When asked about the border, Kovac stated that nothing had been agreed.\n\n\
            Quote: \"We do not trade land for promises.\"";
        assert_eq!(
            speakers(text),
            [
                s(
                    "The talks were long. We will meet again next week.",
                    Some("Marta Kovac")
                ),
                s("We do not trade land for promises.", Some("Marta Kovac")),
            ]
        );
    }

    /// After a quote, a role phrase closed by a comma and then a name (`,” the head of the
    /// delegation, Rustem Umerov, wrote`) is the speaker; a role naming someone else
    /// (`Putin's spokesman, …`) is not taken for who the name is by this reading.
    #[test]
    fn a_role_then_a_name_after_the_quote_is_the_speaker() {
        let text = "“The talks went on all night,” the head of the Moldovan delegation, Ion \
            Ciobanu, wrote on X.\n\n\
            “We are close,” the mayor of the town, Ana Rusu, said.";
        assert_eq!(
            speakers(text),
            [
                s("The talks went on all night,", Some("Ion Ciobanu")),
                s("We are close,", Some("Ana Rusu")),
            ]
        );
    }

    /// A spokesman set off by commas after a name is who the named person is, not an
    /// unnamed source: the words are the named person's. Without the name, they stay a label's.
    #[test]
    fn a_spokesman_in_apposition_is_the_named_speaker() {
        let text = "Anna Berg, the party's foreign affairs spokeswoman, said there were \
            “too many excuses” for the delay.\n\n\
            Tom Reid, who is the union spokesman, said the strike was “the last resort”.\n\n\
            Later the council spokesman said the roads were “fully open”.";
        assert_eq!(
            speakers(text),
            [
                s("too many excuses", Some("Anna Berg")),
                s("the last resort", Some("Tom Reid")),
                s("fully open", None)
            ]
        );
    }

    /// A signer after the quote whose role and apposition run long (`,” Russian presidential
    /// aide Vladimir Medinsky, also the head of the Russian delegation, said`) still signs it:
    /// the verb after the apposition is the quote's.
    #[test]
    fn a_signer_with_a_long_apposition_after_the_quote_signs_it() {
        let text = "“The harbour will stay shut until the spring,” deputy port authority chair \
            Marta Olsen, also the head of the regional safety board, said after the meeting.\n\n\
            “We have asked for more pilots,” Jonas Berg, adviser to the Head of the Office of \
            the Mayor of Tromsø, wrote on social media.";
        assert_eq!(
            speakers(text),
            [
                s(
                    "The harbour will stay shut until the spring,",
                    Some("Marta Olsen")
                ),
                s("We have asked for more pilots,", Some("Jonas Berg"))
            ]
        );
    }

    /// A participle after a comma is said by its clause's subject, not by a name after `of` (`the
    /// plan of councillor Ann Lee`) nor by the second of two objects (`a meeting between
    /// Presidents X and Y`); an unnamed subject is the noun phrase before its verb (`The
    /// mayor`), not the whole clause.
    #[test]
    fn a_participle_is_not_said_by_a_name_after_of_or_and() {
        let text = "The mayor criticised the plan of councillor Ann Lee, saying it was \
            “a disaster for the town and for everyone who lives in it”.\n\n\
            Russian President Vladimir Putin last met Ukrainian President Volodymyr Zelensky \
            in 2019.\n\n\
            Earlier on Monday, Foreign Minister Sergei Orlov played down hopes for a meeting \
            between Presidents Volodymyr Zelensky and Vladimir Putin, saying such a summit \
            would be “premature”.\n\n\
            The harbour chief thanked councillor Ann Lee, saying: “We owe her a great deal.”";
        assert_eq!(
            speakers(text),
            [
                s(
                    "a disaster for the town and for everyone who lives in it",
                    None
                ),
                s("premature", Some("Sergei Orlov")),
                s("We owe her a great deal.", None),
            ]
        );
    }

    /// Speech verbs news copy uses after a quote beyond `said` (`advises`, `assured`,
    /// `confessed`, `grumbled`) sign it like `said`; praise and thanks are said too (`praised
    /// his players for “…”`).
    #[test]
    fn more_verbs_of_speech_sign_a_quote() {
        let text = "Judge Ada Quinn reads every memo. “Keep it short,” she advises.\n\n\
            “The bridge is safe,” engineer Tom Reyes assured.\n\n\
            “I was scared,” Reyes confessed.\n\n\
            “Nobody asked us,” grumbled Quinn.\n\n\
            “Try the ferry,” Reyes recommended.\n\n\
            Coach Dan Webb praised his players for “showing real fight”.\n\n\
            Cllr Jo Penn thanked the staff who helped deliver “a superb budget”.";
        assert_eq!(
            speakers(text),
            [
                s("Keep it short,", Some("Ada Quinn")),
                s("The bridge is safe,", Some("Tom Reyes")),
                s("I was scared,", Some("Tom Reyes")),
                s("Nobody asked us,", Some("Ada Quinn")),
                s("Try the ferry,", Some("Tom Reyes")),
                s("showing real fight", Some("Dan Webb")),
                s("a superb budget", Some("Jo Penn")),
            ]
        );
    }

    /// Two or three people joined by `and` before the verb (`Merz, Macron and Starmer assured
    /// Zelensky of “…”`) say it together: no one of them is its speaker.
    #[test]
    fn coordinated_subjects_are_no_one_speaker() {
        let text = "Mayor Ana Ruiz and Governor Tom Hale said they had “full confidence” in the \
            plan.\n\n\
            Mayor Ana Ruiz, councillor Joe Pike and Governor Tom Hale assured the crews of \
            “their full support”.\n\n\
            Hale said the port would reopen “within weeks”.";
        assert_eq!(
            speakers(text),
            [
                s("full confidence", None),
                s("their full support", None),
                s("within weeks", Some("Tom Hale")),
            ]
        );
    }

    /// A short quote after `be` and a determiner is what the speaker calls the subject (`Reid
    /// said the rollout had been an “utter shambles”`): their words, not a term the sentence
    /// uses (`Moscow’s demand for a “neutral” status`).
    #[test]
    fn a_quote_predicated_with_be_is_the_speakers_words() {
        let text = "Councillor Tom Reid said the rollout had been an \"utter shambles\".\n\n\
            Reid said that the old bridge was still a \"serious risk\".\n\n\
            Reid said the new routes were a “false economy”, and added: “We warned them.”\n\n\
            Reid said he rejected the demand for a “neutral” status.";
        assert_eq!(
            speakers(text),
            [
                s("utter shambles", Some("Tom Reid")),
                s("serious risk", Some("Tom Reid")),
                s("false economy", Some("Tom Reid")),
                s("We warned them.", Some("Tom Reid")),
                s("neutral", None),
            ]
        );
    }

    /// A full name opening a sentence that says nothing (`Kim Oduya had been in the café …`) is
    /// a person when `she` speaks right after it: the pronoun's quote is hers.
    #[test]
    fn a_name_opening_a_sentence_then_a_speaking_pronoun_is_a_person() {
        let text = "Kim Oduya and her husband, from Leeds, had been in the café when the river \
            burst.\n\n\
            “The door gave way,” she said.\n\n\
            Ravi Menon was driving home at the time.\n\n\
            “I saw the water rise,” he said.";
        assert_eq!(
            speakers(text),
            [
                s("The door gave way,", Some("Kim Oduya")),
                s("I saw the water rise,", Some("Ravi Menon")),
            ]
        );
    }

    /// Abbreviated police ranks (`Det Supt`), an age (`Seventy-year-old`) and an Irish office
    /// (`Tánaiste`) before a name are no part of it.
    #[test]
    fn ranks_ages_and_offices_before_a_name_are_no_part_of_it() {
        let text = "Det Insp Ruth Kane said: “We are searching the river.”\n\n\
            Seventy-year-old Joe Marsh, who has lived there for decades, said: “I have never \
            seen this.”\n\n\
            Tánaiste Eamon Gilmore said: “He has apologised.”";
        assert_eq!(
            speakers(text),
            [
                s("We are searching the river.", Some("Ruth Kane")),
                s("I have never seen this.", Some("Joe Marsh")),
                s("He has apologised.", Some("Eamon Gilmore")),
            ]
        );
    }

    /// `X said that A …, and that B …`: the second `that` clause is X's report too.
    #[test]
    fn a_second_that_clause_goes_on_with_the_reporting_verb() {
        let text = "Judge Ian Crane said that Park had been “naive”, and that his brother had \
            been “foolish”.\n\n\
            The judge said the plan was sound, and the union called it “a gamble”.";
        assert_eq!(
            speakers(text),
            [
                s("naive", Some("Ian Crane")),
                s("foolish", Some("Ian Crane")),
                s("a gamble", None),
            ]
        );
    }

    /// An office's complement after the quote (`,” the Attorney General of Ghana said`) is part
    /// of the office, whose holder speaks.
    #[test]
    fn an_offices_complement_after_the_quote_is_part_of_it() {
        let text = "Attorney General of Ghana Kofi Mensah said the ruling was fair.\n\n\
            “I fully welcome the ruling,” the Attorney General of Ghana said.\n\n\
            “We will appeal,” lawyer Ama Owusu of the Bar Association said.";
        assert_eq!(
            speakers(text),
            [
                s("I fully welcome the ruling,", Some("Kofi Mensah")),
                s("We will appeal,", Some("Ama Owusu")),
            ]
        );
    }

    /// Paragraphs that are all quotation carry their speaker on: a pronoun after a long run of
    /// them (`She described the scene as …`) still stands for the one named before the run.
    #[test]
    fn a_pronoun_after_a_run_of_quote_paragraphs_is_their_speaker() {
        let text = "Kim Oduya was at home with her sons when the rain started.\n\n\
            She said: “It got worse by the hour.\n\n\
            “Then the water rose higher.\n\n\
            “Then there was a roar.\n\n\
            “The road was ripped up.”\n\n\
            “The whole house was shaking.”\n\n\
            She described the street as ‘like a war zone’.";
        let got = speakers(text);
        assert_eq!(got.last(), Some(&s("like a war zone", Some("Kim Oduya"))));
    }

    /// `“…,” the Kremlin official added` right after a named speaker's quote is the same
    /// speaker going on; `a Kremlin official added` is someone else.
    #[test]
    fn a_definite_description_adding_goes_on_with_the_speaker() {
        let text = "“We got nothing from Paris,” spokesman Ivan Petrov said on Monday.\n\n\
            “We stay open to talks,” the Kremlin official added.\n\n\
            “It is a farce,” a second official added.";
        assert_eq!(
            speakers(text),
            [
                s("We got nothing from Paris,", Some("Ivan Petrov")),
                s("We stay open to talks,", Some("Ivan Petrov")),
                s("It is a farce,", None),
            ]
        );
    }

    /// A name set off by commas between a role and the verb (`Assistant Chief Constable of Devon
    /// and Westvale Police, Ruth Stowe, said that …`) is a person, the speaker.
    #[test]
    fn a_name_in_apposition_before_the_verb_is_the_speaker() {
        let text = "Assistant Chief Constable of Devon and Westvale Police, Ruth Stowe, said \
            that the village was still a “very dangerous place”.";
        assert_eq!(
            speakers(text),
            [s("very dangerous place", Some("Ruth Stowe"))]
        );
    }

    /// A name with dotted initials (`Ward Five’s D.W. Maxwell`) is a person whose surname alone
    /// then signs; `Ward One` is no person.
    #[test]
    fn dotted_initials_open_a_name_and_a_ward_number_is_none() {
        let text = "The committee, made up of Ward One’s Dora Cameron and Ward Five’s D.W. \
            Maxwell, met on Monday.\n\n\
            “We’re talking about five minutes,” Maxwell said.";
        assert_eq!(
            speakers(text),
            [s("We’re talking about five minutes,", Some("D.W. Maxwell"))]
        );
    }

    #[test]
    fn descriptive_titles_take_the_previous_subject() {
        let text = "Top seed Eirik Nygaard lost the final.\n\n\
            Nygaard was gracious in defeat.\n\n\
            \"He played better,\" conceded the Norwegian.\n\n\
            A senior official said the talks went well. \"Fine,\" the official said.";
        assert_eq!(
            speakers(text),
            [
                s("He played better,", Some("Eirik Nygaard")),
                s("Fine,", None),
            ]
        );
    }

    /// "the spokesperson" is the person the article called its spokeswoman, and "a relieved
    /// Mol" is Mol: a title in its neutral form and a name after a described manner both name
    /// the speaker. A gendered title another person's does not match stays a label.
    #[test]
    fn a_neutral_title_and_a_described_name_are_the_speaker() {
        let text = "Harbour board spokeswoman Lena Varga defended the new fees on Tuesday.\n\n\
            \"The charges reflect what dredging really costs,\" the spokesperson said.\n\n\
            Visiting captain Piet Mol was unhappy with the result.\n\n\
            \"We gave away two soft goals,\" a frustrated Mol told reporters.\n\n\
            \"It hurts,\" said an emotional Mol.\n\n\
            \"Fees are fees,\" the spokesman said.";
        assert_eq!(
            speakers(text),
            [
                s(
                    "The charges reflect what dredging really costs,",
                    Some("Lena Varga")
                ),
                s("We gave away two soft goals,", Some("Piet Mol")),
                s("It hurts,", Some("Piet Mol")),
                s("Fees are fees,", None),
            ]
        );
    }

    /// A tabloid lede opens with its subject's first name in capitals (`LENA Marsh has …`), and
    /// a relation says a person's sex (`her husband Tom Reed`): "She said" after them is Lena
    /// Marsh, never her husband.
    #[test]
    fn a_capitalised_lede_name_and_a_husband_are_told_apart() {
        let text = "LENA Marsh has revealed her husband Tom Reed walked out of their radio show \
            twice.\n\n\
            Lena was chatting to two presenters when she was asked about it.\n\n\
            She said: \"He denies it, but I have two witnesses.\"\n\n\
            She added: \"It is a running joke between us.\"";
        assert_eq!(
            speakers(text),
            [
                s(
                    "He denies it, but I have two witnesses.",
                    Some("Lena Marsh")
                ),
                s("It is a running joke between us.", Some("Lena Marsh")),
            ]
        );
        // The page's date stamp glued to the lede does not hide the name.
        let stamped = format!("date 2024-03-05 {text}");
        assert_eq!(speakers(&stamped)[0].1.as_deref(), Some("Lena Marsh"));
        // Only the husband named: "She" is not him.
        let text = "Her husband Tom Reed was in the studio that morning.\n\n\
            She said: \"He denies it, but I have two witnesses.\"";
        assert_eq!(
            speakers(text),
            [s("He denies it, but I have two witnesses.", None)]
        );
    }

    /// A gendered role says its holder's sex (`spokeswoman`, `chairman`): "she said" skips the
    /// chairman mentioned last for the spokeswoman before him.
    #[test]
    fn a_gendered_role_says_who_she_is() {
        let text = "Council spokeswoman Ann Ode met residents on Monday.\n\n\
            Later, council chairman Tom Fry defended the plan to residents.\n\n\
            \"It will not be changed,\" she said.";
        assert_eq!(
            speakers(text),
            [s("It will not be changed,", Some("Ann Ode"))]
        );
    }

    /// `When asked which she prefers Marsh said:` — a question word after `asked` opens an
    /// embedded question, not a relative clause: the name after it is the subject.
    #[test]
    fn an_embedded_question_is_not_a_relative_clause() {
        let text = "Radio host Lena Marsh spoke on Monday.\n\n\
            When asked which show she prefers to record Marsh said: \"The morning one, always.\"";
        assert_eq!(
            speakers(text),
            [s("The morning one, always.", Some("Lena Marsh"))]
        );
    }

    /// A pull quote signed with a dash (`"…" — Dr Ann Ode, college spokeswoman`) is the signer's;
    /// a dash before a sentence going on is not a signature.
    #[test]
    fn a_quote_signed_with_a_dash() {
        let text = "Emergency doctors met on Monday.\n\n\
            \"The queues were predictable all along\" — Dr Ann Ode, college spokeswoman.\n\n\
            \"Nobody listened\" - and Ode kept warning them.";
        assert_eq!(
            speakers(text),
            [
                s("The queues were predictable all along", Some("Ann Ode")),
                s("Nobody listened", None),
            ]
        );
    }

    #[test]
    fn unnamed_sources_before_the_verb_are_the_subject() {
        let text = "Painter Ilse Brandt and chef Tomas Ruiz opened a cafe.\n\n\
            Ilse Brandt smiled and insiders have now told reporters it was a ‘long road back’ \
            for them.";
        assert_eq!(speakers(text), [s("long road back", None)]);
    }

    #[test]
    fn names_in_asides_are_not_the_subject() {
        let text =
            "Russian President Vladimir Putin and US President Donald Trump met in Alaska.\n\n\
            Putin, speaking alongside Trump, said: “We had a good talk.” Trump, who met Putin for \
            hours, told reporters: “Great talk.”";
        assert_eq!(
            speakers(text),
            [
                s("We had a good talk.", Some("Vladimir Putin")),
                s("Great talk.", Some("Donald Trump")),
            ]
        );
    }

    #[test]
    fn a_surname_that_is_a_place_word_is_a_name_after_a_role() {
        // A mayor called Street, a judge called Hall: a role before a given name and a verb of
        // speech after make the place word a surname. A street is still a street.
        let text = "Regional Mayor Dan Street has urged residents to stay calm after the floods. \
            “We will get through this together,” Mr Street said.\n\n\
            Judge Ruth Hall said the hearing would resume at the court on Queen Victoria Street. \
            “Nobody is above the law,” Hall added. Crowds gathered on King William Street.";
        assert_eq!(
            speakers(text),
            [
                s("We will get through this together,", Some("Dan Street")),
                s("Nobody is above the law,", Some("Ruth Hall")),
            ]
        );
    }

    #[test]
    fn a_participle_after_a_comma_is_said_by_the_clauses_subject_not_its_object() {
        // `X accused Y of …, saying “…”`: the one saying is X; Y, after the verb or a
        // preposition, is its object.
        let text = "The talks came as Mayor Ana Ruiz accused Governor Tom Hale of having \
            ignored the port plan, saying she was \"deeply frustrated\" with the governor.\n\n\
            Councillor Joe Pike hit out at Ruiz on Monday, saying \"she has not read a single \
            page.\"\n\n\
            Pike thanked Ana Ruiz for the offer, while insisting it was \"far too late.\"\n\n\
            Pike said he would meet Ruiz on Friday, describing the talks as \"a fresh start.\"\n\n\
            Ruiz criticised Welsh governor Tom Hale for skipping the vote, calling it \"an insult to \
            the town.\"\n\n\
            A group calling itself \"Harbour Watch\" claimed the protest.\n\n\
            \"The fleet cannot wait,\" Pike said. If the vote slips again, \"the crews will walk \
            out for good\", adding that he would call Ruiz.\n\n\
            Hale said he would reply on Friday, saying \"the plan is sound.\"\n\n\
            \"We will meet again,\" said Pike, adding that \"the vote can wait.\"\n\n\
            Ruiz insisted the deal must be \"fair\" and \"final,\" telling the other mayors: \
            \"We are close to a deal.\"";
        assert_eq!(
            speakers(text),
            [
                s("deeply frustrated", Some("Ana Ruiz")),
                s("she has not read a single page.", Some("Joe Pike")),
                s("far too late.", Some("Joe Pike")),
                s("a fresh start.", Some("Joe Pike")),
                s("an insult to the town.", Some("Ana Ruiz")),
                s("Harbour Watch", None),
                s("The fleet cannot wait,", Some("Joe Pike")),
                s("the crews will walk out for good", Some("Joe Pike")),
                s("the plan is sound.", Some("Tom Hale")),
                s("We will meet again,", Some("Joe Pike")),
                s("the vote can wait.", Some("Joe Pike")),
                s("fair", Some("Ana Ruiz")),
                s("final,", Some("Ana Ruiz")),
                s("We are close to a deal.", Some("Ana Ruiz")),
            ]
        );
    }

    #[test]
    fn a_name_before_an_auxiliary_and_a_verb_of_speech_is_a_speaker() {
        // `Nomsa Dube has urged …` then a quote paragraph with no attribution: the name opens a
        // sentence, so its capitals say nothing, but a reporting verb after `has` marks a person.
        // A place doing the same (`North Harbour has warned`) is still no one.
        let text = "The utility cut power twice over the weekend.\n\n\
            Nomsa Dube has urged households to switch off geysers, saying every unit counts.\n\n\
            \"If demand stays this high, the grid will not hold for long.\"\n\n\
            North Harbour has warned that its own supply is tight.\n\n\
            \"Nobody should be surprised by cuts tonight.\"\n\n\
            Thabo Nkosi has called on residents to store water.\n\n\
            \"Fill every bucket you own before Friday.\"";
        assert_eq!(
            speakers(text),
            [
                s(
                    "If demand stays this high, the grid will not hold for long.",
                    Some("Nomsa Dube")
                ),
                s("Nobody should be surprised by cuts tonight.", None),
                s(
                    "Fill every bucket you own before Friday.",
                    Some("Thabo Nkosi")
                ),
            ]
        );
    }

    #[test]
    fn a_misspelt_role_word_opening_a_name_is_no_part_of_it() {
        // Copy misspells a role at a sentence start (`Counciller` for `Councillor`): the
        // name after it is still a name, and the quote paragraph after the sentence is theirs.
        let text = "The hall was full on Monday night.\n\n\
            Counciller Ama Boateng said the vote had been rushed through.\n\n\
            \"Residents were given two days to read a plan of four hundred pages.\"";
        assert_eq!(
            speakers(text),
            [s(
                "Residents were given two days to read a plan of four hundred pages.",
                Some("Ama Boateng")
            )]
        );
    }

    #[test]
    fn the_organisation_a_role_names_is_no_part_of_the_name_after_it() {
        // `spokesperson for Vantor Lindiwe Mokoena`, no comma: the organisation the article
        // names on its own elsewhere opens the run of capitals but is not the person.
        let text = "Vantor has warned customers to expect cuts this week.\n\n\
            Deputy spokesperson for Vantor Lindiwe Mokoena says: \u{201c}The system is under \
            strain and will stay so for months.\u{201d}";
        assert_eq!(
            speakers(text),
            [s(
                "The system is under strain and will stay so for months.",
                Some("Lindiwe Mokoena")
            )]
        );
    }

    #[test]
    fn a_quote_paragraph_under_a_one_word_label_continues_the_speaker_before() {
        // Some outlets set a quotation off with a label (`Quote: "…"`): the paragraph is still
        // all quotation, and the person the paragraph before reports speaking said it.
        let text = "Foreign Minister Maria Lopez spoke on Sunday.\n\n\
            The minister noted that only pressure can end the blockade.\n\n\
            Quote: \"The regime runs on grain revenues. We urge our allies to cut them off.\"";
        assert_eq!(
            speakers(text),
            [s(
                "The regime runs on grain revenues. We urge our allies to cut them off.",
                Some("Maria Lopez")
            )]
        );
    }

    #[test]
    fn the_one_a_possessive_names_is_not_who_speaks() {
        // "Kalyna, President Dorn's chief of staff, said …": the chief of staff speaks, not the
        // president whose staff it is.
        let text = "+++\ntitle = \"T\"\n+++\n\nAndriy Kalyna, President Ivan Dorn's chief of \
            staff, said the meeting had been “a very productive first session” with the envoys.";
        assert_eq!(
            speakers(text),
            [s("a very productive first session", Some("Andriy Kalyna"))]
        );
    }

    /// A paragraph ending in a colon introduces the quotation that makes up the next one: its
    /// subject said it, whatever verb introduces it ("made the following remarks:").
    #[test]
    fn a_paragraph_ending_in_a_colon_introduces_the_quote_paragraph_after_it() {
        let text = "Harbour chair Lena Brandt visited the docks on Friday.\n\n\
            Brandt offered the following assessment when reporters raised the strike ballot:\n\n\
            \"The crews have every right to be angry. We will meet them on Monday.\"\n\n\
            The council published a note for residents:\n\n\
            \"Bins will be collected as usual.\"";
        assert_eq!(
            speakers(text),
            [
                s(
                    "The crews have every right to be angry. We will meet them on Monday.",
                    Some("Lena Brandt")
                ),
                s("Bins will be collected as usual.", None),
            ]
        );
    }

    /// A quote paragraph after one whose subject is speaking (`Speaking after the match, X
    /// praised …`) or voicing a view in a second predicate (`X thanked Y … but was quick to
    /// lament …`) is that subject's, never the first predicate's object.
    #[test]
    fn a_quote_paragraph_after_its_speakers_remarks_is_theirs_not_their_objects() {
        let text = "Rovers beat Harriers 3-1 at Kelling Park on Saturday. \"I just wanted to \
            score,\" said Harriers striker Piet Aalders.\n\n\
            Speaking after the final whistle, Harriers manager Tomas Velde praised his young \
            side for their spirit.\n\n\
            \"We kept going to the end. I am proud of them.\"\n\n\
            Velde thanked Piet Aalders for his goal but was quick to lament the penalty.\n\n\
            \"It was soft and it changed the match.\"\n\n\
            The club confirmed Ivo Brandt has left for Rovers.\n\n\
            \"A new chapter starts today.\"";
        assert_eq!(
            speakers(text),
            [
                s("I just wanted to score,", Some("Piet Aalders")),
                s(
                    "We kept going to the end. I am proud of them.",
                    Some("Tomas Velde")
                ),
                s("It was soft and it changed the match.", Some("Tomas Velde")),
                s("A new chapter starts today.", None),
            ]
        );
    }

    /// Headlines and ledes write the first predicate in the present (`Bello praises Minister
    /// Okoro and says …`): its object is no more the subject of the second than after a past
    /// form.
    #[test]
    fn a_present_tense_predicates_object_is_not_the_next_ones_subject() {
        let text = "Bello praises Minister Chidi Okoro and says 20% inflation would be \
            \"a great result\"\n\n\
            President Ada Bello thanks Governor Uche Obi and warns of \"a hard winter\".\n\n\
            Okoro meets Bello and tells reporters the plan is \"on track\".";
        assert_eq!(
            speakers(text),
            [
                s("a great result", Some("Ada Bello")),
                s("a hard winter", Some("Ada Bello")),
                s("on track", Some("Chidi Okoro")),
            ]
        );
    }

    /// `“The American President, who …, must act,” he added.`: whom the quoted words describe
    /// is not the sentence's subject, so `he` is still the speaker of the sentence before.
    #[test]
    fn a_closing_pronoun_is_not_whom_the_quote_describes() {
        let text = "German Chancellor Friedrich Merz spoke on Sunday. US President Donald Trump \
            will meet him.\n\n\
            Later, Trump will still play a role, Merz said.\n\n\
            \"The American President, who then also has the power, must ensure that Russia \
            moves,\" he added.";
        assert_eq!(
            speakers(text),
            [s(
                "The American President, who then also has the power, must ensure that Russia \
                moves,",
                Some("Friedrich Merz")
            )]
        );
    }

    /// `the head of state explained`, `the secretary of state said`: a verb's form after `of`
    /// is a noun, part of the role, not the verb of speech.
    #[test]
    fn a_verbs_form_after_of_is_part_of_the_role() {
        let text = "\"We will cut spending,\" the secretary of state said.\n\n\
            \"Prices will fall,\" the head of state also explained.";
        let a = parse_article(Path::new("s.md"), text.to_string()).unwrap();
        let x = extract(&a, "s");
        let labels: Vec<&str> = x.quotes.iter().filter_map(|q| q.label.as_deref()).collect();
        assert_eq!(labels, ["the secretary of state", "the head of state"]);
    }

    /// `the head of state`, `the top diplomat` with no country before it is the one person
    /// holding such an office, as `the president` is; with two holders, no one.
    #[test]
    fn an_office_phrase_alone_is_its_one_holder() {
        let one = "Argentine President Javier Milei spoke on the radio.\n\n\
            \"Prices will fall,\" the head of state also explained.";
        assert_eq!(
            speakers(one),
            [s("Prices will fall,", Some("Javier Milei"))]
        );
        let two = "Argentine President Javier Milei met Chilean President Gabriel Boric.\n\n\
            \"Prices will fall,\" the head of state said.";
        assert_eq!(speakers(two), [s("Prices will fall,", None)]);
    }

    /// A headline's `Name on topic: “…”` (`Budrys on US “peace plan”: “There is no need …”`)
    /// gives the named person's words, a term in the topic or not.
    #[test]
    fn a_name_on_a_topic_before_a_colon_signs_the_quote() {
        let text = "Vale on “peace plan”: “There is no need to pressure Ukraine”\n\n\
            Foreign Minister Ana Vale spoke in Vilnius.\n\n\
            Minister Tomas Ruud on the budget: “We will not cut aid.”";
        assert_eq!(
            speakers(text),
            [
                s("peace plan", None),
                s("There is no need to pressure Ukraine", Some("Ana Vale")),
                s("We will not cut aid.", Some("Tomas Ruud")),
            ]
        );
    }

    /// A long sentence of reported speech reaches its quote forty words after the verb; a
    /// clause after the verb's (`, though he called …`) may name whose words the quote is, or
    /// no one (`what organisers dubbed`).
    #[test]
    fn a_distant_verb_of_speech_and_a_later_clauses_naming_verb() {
        let text = "Chancellor Otto Brenner said in an interview with the public broadcaster on \
            Saturday that after the American president meets the Ukrainian president in \
            Washington on Monday, a meeting of all three leaders should be held \
            \"as soon as possible\" to reach a deal.\n\n\
            Adviser Ivan Sorokin said on Wednesday that the talks in Moscow with the American \
            envoy and the president's son-in-law and two aides failed to produce a compromise on \
            the main points of the plan, though he called the discussions \"useful\".\n\n\
            Brenner insisted on Friday that guarantees come first, as leaders gathered in Paris \
            for what organisers dubbed a \"coalition of the willing\" summit.";
        assert_eq!(
            speakers(text),
            [
                s("as soon as possible", Some("Otto Brenner")),
                s("useful", Some("Ivan Sorokin")),
                s("coalition of the willing", None),
            ]
        );
    }

    /// A quoted clause that ends a sentence with no verb of speech (`But, although the sentence
    /// was too light, ‘we do not propose interfering.’`) is speech, going on from the speaker
    /// the paragraph quoted before; a quoted noun phrase stays a term.
    #[test]
    fn a_quoted_clause_ending_a_sentence_goes_on_with_the_paragraphs_speaker() {
        let text = "Justice Ana Vale announced the ruling on Monday.\n\n\
            ‘Is it fair to send them back to prison?’ she asked. But, although the sentence was \
            too light, ‘we do not propose interfering.’\n\n\
            The hearing drew what one clerk called a ‘circus of lawyers and reporters’. Later, \
            the court set ‘a firm date for the next hearing.’";
        assert_eq!(
            speakers(text),
            [
                s("Is it fair to send them back to prison?", Some("Ana Vale")),
                s("we do not propose interfering.", Some("Ana Vale")),
                s("circus of lawyers and reporters", None),
                s("a firm date for the next hearing.", None),
            ]
        );
    }

    /// An Arabic name with a patronymic (`Khalid bin Nasser al-Marri`) goes by its last part,
    /// written in lower case mid-sentence (`al-Marri stressed`); a chamber is no one.
    #[test]
    fn a_name_with_a_patronymic_goes_by_its_family_name() {
        let text = "The grain terminal will help exporters, according to Harbour Chamber \
            first vice chairman Khalid bin Nasser al-Marri.\n\n\
            \"The private sector will run the terminal,\" al-Marri stressed.\n\n\
            \"It will be ready on time,\" said Saif Ahmed al-Hajri, who leads the project.\n\n\
            Minister Hamad bin Zayed Al Noor toured the site. \"We are proud,\" Al Noor said.";
        assert_eq!(
            speakers(text),
            [
                s(
                    "The private sector will run the terminal,",
                    Some("Khalid bin Nasser al-Marri")
                ),
                s("It will be ready on time,", Some("Saif Ahmed al-Hajri")),
                s("We are proud,", Some("Hamad bin Zayed Al Noor")),
            ]
        );
    }

    /// `Sandys’ mother Mavis` names Mavis by her relation to Sandys, with the possessive of a
    /// name ending in s; `St Anne’s Village` is a place, never a woman the pronoun after it is.
    #[test]
    fn a_relation_after_a_plural_possessive_names_the_speaker() {
        let text = "Three officers were cleared of murdering Dean Holt and Ria Sandys.\n\n\
            Sandys’ mother Mavis was in tears.\n\n\
            “They took my girl,” she said.\n\n\
            When reporters visited her home in St Anne’s Village the next day, she was still in \
            shock.\n\n\
            “I cannot sleep,” she said.";
        assert_eq!(
            speakers(text),
            [
                s("They took my girl,", Some("Mavis")),
                s("I cannot sleep,", Some("Mavis")),
            ]
        );
    }

    /// A role given in an apposition of two coordinated offices runs past a dozen words; it is
    /// still the person's, and `the <initials> Secretary` later is them.
    #[test]
    fn a_long_apposition_of_two_offices_gives_the_title_a_later_mention_uses() {
        let text = "The plan was announced on Monday by Oleh Marchuk, Secretary of the National \
            Harbour Safety and Pilotage Council and head of the port delegation for the talks \
            with the shipping lines, the agency reports.\n\n\
            \"We have agreed the next steps with our partners,\" the NHSPC Secretary said.";
        assert_eq!(
            speakers(text),
            [s(
                "We have agreed the next steps with our partners,",
                Some("Oleh Marchuk")
            )]
        );
    }

    /// A second quotation in the sentence of an attributed one, joined to it by a few words and
    /// no verb of its own, goes on with the same speaker's words.
    #[test]
    fn a_quote_joined_to_the_one_before_in_its_sentence_is_the_same_speakers() {
        let text =
            "The talks ran late on Friday with harbour chair Lena Brandt saying the port was \
            “ready to meet the crews halfway” to settle the strike “because nobody gains from \
            another month of empty berths.”\n\n\
            Brandt called the offer “generous”, while the union branded it “an insult to every \
            docker”.";
        assert_eq!(
            speakers(text),
            [
                s("ready to meet the crews halfway", Some("Lena Brandt")),
                s(
                    "because nobody gains from another month of empty berths.",
                    Some("Lena Brandt")
                ),
                // What Brandt called the offer is her word; what the union branded it, no
                // person's.
                s("generous", Some("Lena Brandt")),
                s("an insult to every docker", None),
            ]
        );
    }

    /// Wire copy gives a quote as a source reported it: "the agency quoted X as saying".
    #[test]
    fn a_quote_a_source_quoted_someone_as_saying_is_theirs() {
        let text = "Harbour chair Lena Brandt met the crews on Monday.\n\n\
            “The port will reopen within the week,” the city radio station quoted the \
            chair as saying after the meeting.\n\n\
            The Courier quoted Brandt as saying: “Nobody will lose their job over this.”";
        assert_eq!(
            speakers(text),
            [
                s("The port will reopen within the week,", Some("Lena Brandt")),
                s("Nobody will lose their job over this.", Some("Lena Brandt")),
            ]
        );
    }

    /// The subject of a verb introducing a quote may stand before an earlier quote of the
    /// sentence (`X highlighted the “long history” of …, adding: “…”`), the sentence after a
    /// quote may open with its speaker and verb and quote something else later, and a participle
    /// after a quote (`“tired”, adding that …`) has its subject before it.
    #[test]
    fn a_speaker_before_a_scare_quote_or_before_a_later_one_still_signs() {
        let text = "Harbour chair Lena Brandt spoke on Monday with the port's owner, Oleh Marchuk.\n\n\
            Brandt looked back on the “long winter” of Marchuk’s empty berths, adding: “We will not \
            go back to that.”\n\n\
            \"We owe every crew that kept the port open. \" Brandt wrote on Facebook after the \
            council called the strike a disgrace.\n\n\
            Brandt said the crews were “tired”, adding that the berths might reopen soon.";
        assert_eq!(
            speakers(text),
            [
                s("long winter", None),
                s("We will not go back to that.", Some("Lena Brandt")),
                s(
                    "We owe every crew that kept the port open.",
                    Some("Lena Brandt")
                ),
                s("tired", Some("Lena Brandt")),
            ]
        );
    }

    /// A general role word with a country (`the Ukrainian leader`, `the Kremlin leader`) is the
    /// one person whose title it covers and whose role names that country; a country no role
    /// names is no one.
    #[test]
    fn a_general_role_word_with_a_country_is_the_one_holder() {
        let text =
            "Ukrainian President Olena Marchuk met Russian President Ivan Dorn in Geneva on \
            Friday.\n\n\
            “We want this war to end,” the Ukrainian leader said.\n\n\
            “So do we, on our terms,” the Kremlin leader said.\n\n\
            “We will host the next round,” the French leader said.";
        assert_eq!(
            speakers(text),
            [
                s("We want this war to end,", Some("Olena Marchuk")),
                s("So do we, on our terms,", Some("Ivan Dorn")),
                s("We will host the next round,", None),
            ]
        );
    }

    /// A title with a country (`the Russian president`) is the holder of that title whose role
    /// names the country, not the one last mentioned; a country no holder's role names is no one
    /// (`the Turkish president` is not the Russian one).
    #[test]
    fn a_title_with_a_country_is_the_holder_from_that_country() {
        let text =
            "Ukrainian President Olena Marchuk met Russian President Ivan Dorn in Geneva on \
            Friday.\n\n\
            Marchuk arrived first.\n\n\
            “We will not give up an inch,” the Russian president said.\n\n\
            “A deal must satisfy everyone,” the Turkish president said.\n\n\
            “We are ready,” the president said.";
        assert_eq!(
            speakers(text),
            [
                s("We will not give up an inch,", Some("Ivan Dorn")),
                s("A deal must satisfy everyone,", None),
                s("We are ready,", Some("Ivan Dorn")),
            ]
        );
    }

    /// A surname the article never gives in full (`Demirkol`, as translated wire copy names a
    /// well-known leader) is a person when it speaks and takes `who`: their quotes are theirs.
    #[test]
    fn a_speaking_surname_never_given_in_full_is_a_person() {
        let text = "Ankara is ready to host the next round, Demirkol said on Monday.\n\n\
            For Demirkol, who met both leaders last week, the exchange is a first step.\n\n\
            “We have to find an agreement that satisfies everyone,” Demirkol added.\n\n\
            He insisted: “This is what is expected.”";
        assert_eq!(
            speakers(text),
            [
                s(
                    "We have to find an agreement that satisfies everyone,",
                    Some("Demirkol")
                ),
                s("This is what is expected.", Some("Demirkol")),
            ]
        );
    }

    /// A name after an infinitive (`to counter Dorn`) is its object, not a speaker named after
    /// the verb (`said Dorn`): `he` in the next paragraph is the sentence's subject.
    #[test]
    fn a_name_after_an_infinitive_is_not_who_he_is() {
        let text = "Mayor Hans Dorn opened the ferry talks on Monday.\n\n\
            In his own harbour speech, Piet Lund criticised the council's lack of \"resolve\" to \
            counter Dorn.\n\n\
            \"The port remains a fine but crowded maze of small and timid plans,\" he said.";
        assert_eq!(
            speakers(text),
            [
                s("resolve", None),
                s(
                    "The port remains a fine but crowded maze of small and timid plans,",
                    Some("Piet Lund")
                ),
            ]
        );
    }

    /// A lone surname before a reporting verb spelt another way (`Selensky`, `Zelenskiy` for
    /// Zelenskyi: German and English transliterations) is that person's.
    #[test]
    fn a_lone_surname_transliterated_otherwise_is_the_same_person() {
        let text = "Ukrainian President Volodymyr Zelenskyi announced new talks on Sunday.\n\n\
            \"We are ready for a substantive discussion,\" Selensky announced.\n\n\
            \"The dates have been set,\" Zelenskiy added.";
        assert_eq!(
            speakers(text),
            [
                s(
                    "We are ready for a substantive discussion,",
                    Some("Volodymyr Zelenskyi")
                ),
                s("The dates have been set,", Some("Volodymyr Zelenskyi")),
            ]
        );
        // After the verb too: `,” said Dmitryev.` for Kirill Dmitriev.
        let text = "Moscow's envoy Kirill Dmitriev said there was progress.\n\n\
            \"Spoilers keep getting in the way,\" said Dmitryev. \"Yet we move on.\"";
        assert_eq!(
            speakers(text),
            [
                s("Spoilers keep getting in the way,", Some("Kirill Dmitriev")),
                s("Yet we move on.", Some("Kirill Dmitriev")),
            ]
        );
    }
}
