//! The index: integer term ids, compact postings (doc ids + term frequencies) for the text field
//! and for the speaker field (a quote's speaker name, role and aliases), per-person terms, and
//! the lookups the other parts of retrieval use. Built once per knowledge base.

use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

use super::initialisms::{abbreviated_phrases, initialisms, letters, Code, MAX_INITIALS};
use super::synonyms::Synonyms;
use super::text::{fold, for_each_word, is_stop, stemmer, words, Word};
use super::typo::{SymSpell, VocabWord};
use super::weights::Weights;
use crate::lexicon::roles::{RANK_WORDS, TWO_WORD_TITLES};
use crate::lexicon::{is_statement_verb, names_country, same_country};
use crate::model::{Kind, Person, Source};

/// One searchable document: a fact or a quote of a source.
#[derive(Debug, Clone, Copy)]
pub struct Doc {
    pub kind: Kind,
    /// Index of the source in the knowledge base.
    pub source: u32,
    /// Index of the fact or quote in its source.
    pub item: u32,
    /// Index of the speaker in the knowledge base's people ([`NO_PERSON`] when unknown): a
    /// plain u32 keeps a document at 16 bytes.
    pub(super) person: u32,
    /// Is it in the article's headline, repeated as the story's first paragraph?
    pub(super) headline: bool,
}

/// [`Doc`]'s person when none is known.
pub(super) const NO_PERSON: u32 = u32::MAX;

impl Doc {
    /// Index of the speaker in the knowledge base's people, when a quote's speaker is known.
    pub fn person(&self) -> Option<u32> {
        (self.person != NO_PERSON).then_some(self.person)
    }
}

#[derive(Debug, Default, Clone)]
pub(super) struct Postings {
    pub(super) docs: Vec<u32>,
    pub(super) tfs: Vec<u16>,
}

impl Postings {
    pub(super) fn add(&mut self, doc: u32) {
        if self.docs.last() == Some(&doc) {
            if let Some(tf) = self.tfs.last_mut() {
                *tf = tf.saturating_add(1);
            }
        } else {
            self.docs.push(doc);
            self.tfs.push(1);
        }
    }

    pub(super) fn tf(&self, doc: u32) -> Option<u16> {
        self.docs
            .binary_search(&doc)
            .ok()
            .and_then(|i| self.tfs.get(i).copied())
    }
}

/// Prepositions that open a role's complement ("head of the delegation", "adviser to the
/// president", "envoy for Ukraine"): the role's head noun stands right before the first.
const ROLE_PREPOSITIONS: &[&str] = &["of", "to", "for", "at", "in", "on"];

/// A role's words, folded, a hyphenated compound's parts left out.
fn role_words(role: &str) -> Vec<String> {
    let mut all = Vec::new();
    words(&fold(role), |w| {
        if !w.joined {
            all.push(w.text)
        }
    });
    all
}

/// The head noun among a role's words: the word before its first preposition, else its last
/// ("head of the Office of the President" → `head`, "Ukrainian President" → `president`).
fn first_head(words: &[String]) -> Option<&String> {
    match words
        .iter()
        .position(|w| ROLE_PREPOSITIONS.contains(&w.as_str()))
    {
        Some(k) if k > 0 => Some(&words[k - 1]),
        _ => words.last(),
    }
}

/// The shortest stem of an `-ing` word that names what a team does ("negotiating"; not "king").
const ING_STEM_MIN: usize = 3;

/// The head nouns of a role, folded: [`first_head`]'s first, and that of each further office it
/// joins with "and" ("secretary of the council and head of the negotiating team" → `secretary`,
/// `head`): a word after "and" right before a preposition. "Of Defence and Security" adds none.
/// A [`RANK_WORDS`] word before the complement heads it too, and so does an `-ing` word of the
/// complement of one ("head of the negotiating team": `negotiating`, whose stem "negotiator"
/// shares).
pub(super) fn role_heads(role: &str) -> Vec<String> {
    let all = role_words(role);
    let mut heads: Vec<String> = first_head(&all).cloned().into_iter().collect();
    let mut add = |w: &String| {
        if !heads.contains(w) {
            heads.push(w.clone());
        }
    };
    // The words of a complement: those after position `k` up to the next preposition.
    let complement = |k: usize| {
        all[k..]
            .iter()
            .take_while(|w| !ROLE_PREPOSITIONS.contains(&w.as_str()))
    };
    // "Council chief financial officer", "head coach": a rank word before the head noun heads
    // the office too (a boss asked for is a chief).
    complement(0)
        .filter(|w| RANK_WORDS.contains(&w.as_str()))
        .for_each(&mut add);
    // "head of the negotiating team": the head of a team named by what it does leads the doing
    // (a lead negotiator), so the word naming it heads the office too.
    for k in 1..all.len() {
        if RANK_WORDS.contains(&all[k - 1].as_str()) && all[k] == "of" {
            complement(k + 1)
                .filter(|w| w.len() >= ING_STEM_MIN + 3 && w.ends_with("ing"))
                .for_each(&mut add);
        }
    }
    for k in 1..all.len().saturating_sub(1) {
        if all[k - 1] == "and" && ROLE_PREPOSITIONS.contains(&all[k + 1].as_str()) {
            add(&all[k]);
        }
    }
    heads
}

/// The search index.
#[derive(Debug, Default)]
pub struct Index {
    /// Stem → term id.
    pub(super) terms: FxHashMap<Box<str>, u32>,
    /// Folded surface word → term id (every non-stop word seen in a document).
    pub(super) surfaces: FxHashMap<Box<str>, u32>,
    /// Document frequency of each surface word (for typo ranking), in `surfaces` order of ids.
    pub(super) surface_df: Vec<u32>,
    pub(super) text: Vec<Postings>,
    pub(super) speaker: Vec<Postings>,
    pub(super) docs: Vec<Doc>,
    /// Per source, the id of its first fact's document (its facts are indexed in order).
    pub(super) fact_base: Vec<u32>,
    /// Per document, the index in its source of the sentence (fact) it is or opens in.
    pub(super) sentence: Vec<u32>,
    /// Per document, its text length in words (apart from `docs` so scoring reads 2 bytes).
    pub(super) lens: Vec<u16>,
    /// Per document, its speaker field's length in words.
    pub(super) speaker_lens: Vec<u16>,
    pub(super) avg_len: f32,
    pub(super) avg_speaker_len: f32,
    /// Term → the other terms of its synonym groups.
    pub(super) synonyms: FxHashMap<u32, Vec<u32>>,
    /// Terms that are part of a known person's name or alias.
    pub(super) name_terms: FxHashSet<u32>,
    /// Names that only an article's headline holds (no document does).
    pub(super) title_only: FxHashSet<u32>,
    /// Terms that are only ever a person's given name (never anyone's surname): a question word
    /// two edits from one is an unknown surname (`Macron`), not a typo of `Marco`.
    pub(super) given_names: FxHashSet<u32>,
    /// Per person (knowledge-base order), the terms of their name and aliases.
    pub(super) person_terms: Vec<Vec<u32>>,
    /// Per person, the terms of their role.
    pub(super) role_terms: Vec<Vec<u32>>,
    /// Per person, the term of their role's head noun ([`role_heads`]: `head` in "head of the
    /// Office of the President") and those of the role's initials ("pm"): what the head noun
    /// of a speaker described by a role ("the president") must match.
    pub(super) role_heads: Vec<Vec<u32>>,
    /// Every person's role head terms: a general role word covering one ("leader" for a
    /// premier) can match a speaker though no article writes the word.
    pub(super) head_terms: FxHashSet<u32>,
    /// Per person, their roles in lower case, separated by `; ` (empty when none): what an
    /// epithet ("the top diplomat") and a country asked for are matched against.
    pub(super) roles: Vec<String>,
    /// Per source, the terms of its title (those some document has), sorted: what every sentence
    /// of the article is about ("Istanbul talks: …" for "The talks lasted an hour.").
    pub(super) title_terms: Vec<Vec<u32>>,
    /// Per person, how many quotes are attributed to them.
    pub(super) person_quotes: Vec<u32>,
    /// Statements (reported speech) per person.
    pub(super) person_statements: Vec<u32>,
    pub(super) typo: OnceLock<SymSpell>,
    /// Corpus words (not stop words) that are reporting verbs.
    pub(super) reporting: FxHashSet<Box<str>>,
    /// The best documents of very common terms: (term, speaker field) → doc ids.
    pub(super) impact: FxHashMap<(u32, bool), Vec<u32>>,
    /// The rerank's weights.
    pub(super) weights: Weights,
    /// Known surface words, sorted, with their document frequency (for completion).
    pub(super) sorted_words: OnceLock<Vec<(Box<str>, u32)>>,
    /// Known surface words that name a country or stand for one (`estonian`, `kremlin`).
    pub(super) countries: OnceLock<Vec<Box<str>>>,
}

/// Words of `text` that are not stop words, with positions.
pub(super) fn content_words(text: &str, mut f: impl FnMut(Word)) {
    words(&fold(text), |w| {
        if !is_stop(&w.text) {
            f(w)
        }
    });
}

/// The paragraph that repeats the article's title (kept for the quotation it holds), when the
/// story opens with it.
fn headline_paragraph(s: &Source) -> Option<usize> {
    let first = s.facts.first()?.paragraph;
    let mut opening = String::new();
    for f in s.facts.iter().take_while(|f| f.paragraph == first) {
        opening.push_str(&f.text);
        opening.push(' ');
    }
    let title = super::fold_words(&s.meta.title);
    (!title.is_empty() && super::fold_words(&opening) == title).then_some(first)
}

/// The largest share of a headline's words after the first that may be capitalised for it to
/// count as sentence case, where a capital marks a name.
const MAX_CAPITALISED_SHARE: f32 = 0.5;

/// An initialism found in a document: (its letters, the document, in its speaker field, the
/// abbreviation of a common phrase rather than a name's initials).
type Initials = (Code, u32, bool, bool);

/// Fewest letters of a headline name taken as one: `A&E` and `UK` are initials, not names.
const MIN_NAME_LETTERS: usize = 3;

/// The folded names of a headline in sentence case: its capitalised words after the first
/// ("Rubio, Lavrov agree … as Riyadh talks open" → lavrov, riyadh). A headline in title case
/// ("Cisco CEO Apologizes To Shareholders") tells names from other words by nothing: none.
fn proper_nouns(title: &str) -> Vec<String> {
    let tokens: Vec<&str> = title
        .split_whitespace()
        .skip(1)
        .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|t| t.chars().next().is_some_and(char::is_alphabetic))
        .collect();
    let capitalised: Vec<&str> = tokens
        .iter()
        .copied()
        .filter(|t| t.chars().next().is_some_and(char::is_uppercase))
        .collect();
    if tokens.is_empty() || capitalised.len() as f32 > MAX_CAPITALISED_SHARE * tokens.len() as f32 {
        return Vec::new();
    }
    let mut out = Vec::new();
    for t in capitalised {
        words(&fold(t), |w| {
            if w.text.chars().count() >= MIN_NAME_LETTERS {
                out.push(w.text)
            }
        });
    }
    out
}

pub(super) struct Builder {
    pub(super) stem: rust_stemmers::Stemmer,
}

impl Index {
    /// Builds the index over every fact and quote of `sources`.
    pub fn build(sources: &[Source], people: &[Person], synonyms: Synonyms) -> Index {
        let b = Builder { stem: stemmer() };
        let mut ix = Index::default();
        let mut total_len: u64 = 0;
        let mut total_speaker: u64 = 0;
        let mut with_speaker: u64 = 0;
        let mut seen: Vec<u32> = Vec::new();
        let mut initials: Vec<Initials> = Vec::new();
        let person_of: FxHashMap<&str, u32> = people
            .iter()
            .enumerate()
            .map(|(i, p)| (p.name.as_str(), i as u32))
            .collect();
        let mut surnames: FxHashSet<u32> = FxHashSet::default();
        let mut firsts: Vec<u32> = Vec::new();
        for p in people {
            let mut words: Vec<String> = Vec::new();
            content_words(&p.name, |w| words.push(w.text));
            if words.len() >= 2 {
                if let Some(first) = words.first() {
                    firsts.push(ix.term_for_surface(&b, first));
                }
            }
            if let Some(last) = words.last() {
                surnames.insert(ix.term_for_surface(&b, last));
            }
        }
        ix.given_names = firsts
            .into_iter()
            .filter(|t| !surnames.contains(t))
            .collect();
        let mut role_codes: Vec<Vec<Code>> = Vec::with_capacity(people.len());
        for (pi, p) in people.iter().enumerate() {
            let mut ts = Vec::new();
            for name in std::iter::once(&p.name).chain(&p.aliases) {
                // A title alias ("the aide") finds its holder, but its word names nobody: it is
                // every other aide's role word too.
                let title = name.starts_with("the ");
                content_words(name, |w| {
                    let t = ix.term_for_surface(&b, &w.text);
                    if !title {
                        ix.name_terms.insert(t);
                    }
                    if !ts.contains(&t) {
                        ts.push(t);
                    }
                });
            }
            let mut rs = Vec::new();
            let mut heads = Vec::new();
            let mut codes = Vec::new();
            // Every role of theirs names them by its head noun: "head of the sovereign wealth
            // fund" as well as "Putin's investment envoy". Only their first role's other words
            // do: a modifier of another ("Russian presidential spokesman") would make them the
            // speaker of any subject sharing it ("the Russian delegation").
            for role in p.role.iter().chain(&p.other_roles) {
                // "Danish Prime Minister": a minister, and a premier, whom "the Danish leader"
                // names.
                let folded = fold(role);
                let titles = TWO_WORD_TITLES
                    .iter()
                    .filter(|(two, _)| folded.contains(two))
                    .map(|(_, one)| (*one).to_string());
                for head in role_heads(role).into_iter().chain(titles) {
                    let t = ix.term_for_surface(&b, &head);
                    if !heads.contains(&t) {
                        heads.push(t);
                    }
                }
            }
            if let Some(role) = &p.role {
                content_words(role, |w| {
                    let t = ix.term_for_surface(&b, &w.text);
                    if !rs.contains(&t) {
                        rs.push(t);
                    }
                });
                initialisms(role, |c| codes.push(c));
            }
            role_codes.push(codes);
            debug_assert_eq!(ix.person_terms.len(), pi);
            ix.person_terms.push(ts);
            ix.role_terms.push(rs);
            ix.head_terms.extend(heads.iter().copied());
            ix.role_heads.push(heads);
            let roles: Vec<&str> = p
                .role
                .iter()
                .chain(&p.other_roles)
                .map(String::as_str)
                .collect();
            ix.roles.push(roles.join("; ").to_lowercase());
            ix.person_quotes.push(0);
            ix.person_statements.push(0);
        }
        for (si, s) in sources.iter().enumerate() {
            ix.fact_base.push(ix.docs.len() as u32);
            let headline = headline_paragraph(s);
            // A sentence of reported speech is indexed once, as its statement: the same text,
            // with its speaker as the speaker field (like a quote's), so the document count and
            // every word's idf stay those of the facts.
            let statement_of: FxHashMap<&str, usize> = s
                .statements
                .iter()
                .enumerate()
                .map(|(ti, t)| (t.fact.as_str(), ti))
                .collect();
            for (fi, f) in s.facts.iter().enumerate() {
                let doc = ix.docs.len() as u32;
                ix.sentence.push(fi as u32);
                let len = ix.add_field(&b, doc, &f.text, false, &mut seen, &mut initials);
                total_len += u64::from(len);
                let statement = statement_of
                    .get(f.id.as_str())
                    .and_then(|&ti| s.statements.get(ti).map(|t| (ti, t)));
                let Some((ti, st)) = statement else {
                    ix.docs.push(Doc {
                        kind: Kind::Fact,
                        source: si as u32,
                        item: fi as u32,
                        person: NO_PERSON,
                        headline: headline == Some(f.paragraph),
                    });
                    ix.lens.push(len);
                    ix.speaker_lens.push(0);
                    continue;
                };
                let person = person_of.get(st.speaker.as_str()).copied();
                let mut speaker_text = st.speaker.clone();
                if let Some(p) = person.and_then(|i| people.get(i as usize)) {
                    for x in p.role.iter().chain(&p.aliases) {
                        speaker_text.push_str(" \n ");
                        speaker_text.push_str(x);
                    }
                }
                if let Some(c) = person.and_then(|p| ix.person_statements.get_mut(p as usize)) {
                    *c += 1;
                }
                let speaker_len =
                    ix.add_field(&b, doc, &speaker_text, true, &mut seen, &mut initials);
                total_speaker += u64::from(speaker_len);
                if speaker_len > 0 {
                    with_speaker += 1;
                }
                ix.docs.push(Doc {
                    kind: Kind::Statement,
                    source: si as u32,
                    item: ti as u32,
                    person: person.unwrap_or(NO_PERSON),
                    headline: headline == Some(f.paragraph),
                });
                ix.lens.push(len);
                ix.speaker_lens.push(speaker_len);
            }
            // Fact id → its index, for the quotes' sentences.
            let fact_at: FxHashMap<&str, usize> = s
                .facts
                .iter()
                .enumerate()
                .map(|(i, f)| (f.id.as_str(), i))
                .collect();
            for (qi, q) in s.quotes.iter().enumerate() {
                let at = fact_at.get(q.fact.as_str()).copied();
                ix.sentence.push(at.map_or(u32::MAX, |i| i as u32));
                let doc = ix.docs.len() as u32;
                let len = ix.add_field(&b, doc, &q.text, false, &mut seen, &mut initials);
                total_len += u64::from(len);
                let person = q.speaker.as_deref().and_then(|n| person_of.get(n).copied());
                let mut speaker_text = String::new();
                if let Some(name) = &q.speaker {
                    speaker_text.push_str(name);
                }
                // The attribution: its sentence's words outside the quotation ("In her radio
                // interview, she said the port stood ready …"), which say when, where and of what.
                for part in attribution(s, q, at) {
                    speaker_text.push_str(" \n ");
                    speaker_text.push_str(part);
                }
                if let Some(p) = person.and_then(|i| people.get(i as usize)) {
                    for x in p.role.iter().chain(&p.aliases) {
                        speaker_text.push_str(" \n ");
                        speaker_text.push_str(x);
                    }
                }
                if let Some(c) = person.and_then(|p| ix.person_quotes.get_mut(p as usize)) {
                    *c += 1;
                }
                let speaker_len =
                    ix.add_field(&b, doc, &speaker_text, true, &mut seen, &mut initials);
                total_speaker += u64::from(speaker_len);
                if speaker_len > 0 {
                    with_speaker += 1;
                }
                ix.docs.push(Doc {
                    kind: Kind::Quote,
                    source: si as u32,
                    item: qi as u32,
                    person: person.unwrap_or(NO_PERSON),
                    headline: headline == Some(q.paragraph),
                });
                ix.lens.push(len);
                ix.speaker_lens.push(speaker_len);
            }
        }
        ix.add_initialisms(&b, initials);
        // A role's initials are a word of it: "the PM" asks for the Prime Minister.
        let mut buf = [0u8; MAX_INITIALS];
        for (pi, codes) in role_codes.iter().enumerate() {
            for &c in codes {
                let stem = b.stem.stem(letters(c, &mut buf));
                let Some(&t) = ix.terms.get(stem.as_ref()) else {
                    continue;
                };
                for ts in [ix.role_terms.get_mut(pi), ix.role_heads.get_mut(pi)]
                    .into_iter()
                    .flatten()
                {
                    if !ts.contains(&t) {
                        ts.push(t);
                    }
                }
            }
        }
        for s in sources {
            let mut ts: Vec<u32> = Vec::new();
            let mut words: Vec<String> = Vec::new();
            content_words(&s.meta.title, |w| words.push(w.text));
            let proper = proper_nouns(&s.meta.title);
            for w in words {
                let t = ix
                    .surfaces
                    .get(w.as_str())
                    .copied()
                    .or_else(|| ix.terms.get(b.stem.stem(&w).as_ref()).copied());
                match t {
                    Some(t) => ts.push(t),
                    // A name only the headline gives ("… as Riyadh talks open …") is the
                    // article's: a question may ask about it.
                    None if proper.contains(&w) => {
                        let t = ix.term_for_surface(&b, &w);
                        ix.title_only.insert(t);
                        ts.push(t);
                    }
                    None => {}
                }
            }
            ts.sort_unstable();
            ts.dedup();
            ix.title_terms.push(ts);
        }
        let n = ix.docs.len().max(1) as f32;
        ix.avg_len = (total_len as f32 / n).max(1.0);
        ix.avg_speaker_len = (total_speaker as f32 / with_speaker.max(1) as f32).max(1.0);
        // Postings grew by doubling: give back the slack (up to half of every list).
        for p in ix.text.iter_mut().chain(ix.speaker.iter_mut()) {
            p.docs.shrink_to_fit();
            p.tfs.shrink_to_fit();
        }
        ix.docs.shrink_to_fit();
        ix.sentence.shrink_to_fit();
        ix.lens.shrink_to_fit();
        ix.speaker_lens.shrink_to_fit();
        ix.build_impact();
        // A general role word matches the titles it covers, one way ("leader" → "president").
        for &(general, titles) in crate::lexicon::roles::ROLE_KINDS {
            let g = ix.term_for_surface(&b, general);
            let ids: Vec<u32> = titles.iter().map(|w| ix.term_for_surface(&b, w)).collect();
            let e = ix.synonyms.entry(g).or_default();
            for t in ids {
                if t != g && !e.contains(&t) {
                    e.push(t);
                }
            }
        }
        // A title and its abbreviation match each other ("senator" ↔ "Sen.").
        for &(short, long) in crate::lexicon::roles::TITLE_ABBREVIATIONS {
            let (a, l) = (
                ix.term_for_surface(&b, short),
                ix.term_for_surface(&b, long),
            );
            if a == l {
                continue;
            }
            for (x, y) in [(a, l), (l, a)] {
                let e = ix.synonyms.entry(x).or_default();
                if !e.contains(&y) {
                    e.push(y);
                }
            }
        }
        for group in &synonyms.groups {
            let ids: Vec<u32> = group.iter().map(|w| ix.term_for_surface(&b, w)).collect();
            for &a in &ids {
                let e = ix.synonyms.entry(a).or_default();
                for &o in &ids {
                    if o != a && !e.contains(&o) {
                        e.push(o);
                    }
                }
            }
        }
        ix
    }

    fn term_for_surface(&mut self, b: &Builder, surface: &str) -> u32 {
        if let Some(&t) = self.surfaces.get(surface) {
            return t;
        }
        if is_statement_verb(surface) {
            self.reporting.insert(surface.into());
        }
        let stem = b.stem.stem(surface);
        let next = self.terms.len() as u32;
        let t = *self.terms.entry(stem.as_ref().into()).or_insert(next);
        if t == next {
            self.text.push(Postings::default());
            self.speaker.push(Postings::default());
            self.surface_df.push(0);
        }
        self.surfaces.insert(surface.into(), t);
        t
    }

    /// Indexes one field of a document; returns its length in words.
    fn add_field(
        &mut self,
        b: &Builder,
        doc: u32,
        text: &str,
        speaker: bool,
        seen: &mut Vec<u32>,
        initials: &mut Vec<Initials>,
    ) -> u16 {
        initialisms(text, |code| initials.push((code, doc, speaker, false)));
        abbreviated_phrases(text, |code| initials.push((code, doc, speaker, true)));
        let mut len: u32 = 0;
        seen.clear();
        let folded = fold(text);
        for_each_word(&folded, |w| {
            // Stop words are never in `surfaces`: a known word needs one lookup.
            let t = match self.surfaces.get(w.text) {
                Some(&t) => t,
                None if is_stop(w.text) => return,
                None => self.term_for_surface(b, w.text),
            };
            if !w.joined {
                len += 1;
            }
            let p = if speaker {
                &mut self.speaker[t as usize]
            } else {
                &mut self.text[t as usize]
            };
            p.add(doc);
            if !seen.contains(&t) {
                seen.push(t);
                if let Some(c) = self.surface_df.get_mut(t as usize) {
                    *c += 1;
                }
            }
        });
        len.min(u32::from(u16::MAX)) as u16
    }

    /// Indexes the initialisms of the names the documents write out (in document order) as
    /// terms of their own: a question's "EPC" matches the sentence naming the "European Policy
    /// Centre". Initials that are a word of the corpus or a stop word are left alone: the word
    /// means what it says. A common phrase's abbreviation ("POW") joins the word's postings when
    /// the corpus writes it too: it means the phrase.
    fn add_initialisms(&mut self, b: &Builder, initials: Vec<Initials>) {
        // Each distinct initialism's term, or none when the word is the corpus's own.
        let mut term_of: FxHashMap<(Code, bool), Option<u32>> = FxHashMap::default();
        let mut buf = [0u8; MAX_INITIALS];
        for (code, doc, speaker, spelt_out) in initials {
            let t = *term_of.entry((code, spelt_out)).or_insert_with(|| {
                let a = letters(code, &mut buf);
                let stem = b.stem.stem(a);
                if is_stop(a) {
                    return None;
                }
                if let Some(&t) = self.terms.get(stem.as_ref()) {
                    return spelt_out.then_some(t);
                }
                let t = self.terms.len() as u32;
                self.terms.insert(stem.as_ref().into(), t);
                self.text.push(Postings::default());
                self.speaker.push(Postings::default());
                self.surface_df.push(0);
                Some(t)
            });
            let Some(t) = t else { continue };
            let field = if speaker {
                &mut self.speaker
            } else {
                &mut self.text
            };
            if let Some(p) = field.get_mut(t as usize) {
                if p.docs.last() != Some(&doc) {
                    p.add(doc);
                }
            }
        }
    }

    /// How many documents (facts and quotes) the index holds.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    pub fn doc(&self, id: u32) -> Option<&Doc> {
        self.docs.get(id as usize)
    }

    /// How many quotes are attributed to the person at `index` in the knowledge base's people.
    pub fn quotes_by(&self, person: usize) -> usize {
        self.person_quotes.get(person).map_or(0, |&c| c as usize)
    }

    /// How many statements (reported speech) the index holds by person `person`.
    pub fn statements_by(&self, person: usize) -> usize {
        self.person_statements
            .get(person)
            .map_or(0, |&c| c as usize)
    }

    /// Does some document name the country a folded word names or stands for, by any of its
    /// names, adjectives or seats (`estonia`: `Estonian`, `Tallinn`)?
    pub fn names_country_anywhere(&self, word: &str) -> bool {
        self.countries
            .get_or_init(|| {
                self.surfaces
                    .iter()
                    .filter(|(w, &t)| self.known(t) && names_country(w))
                    .map(|(w, _)| w.clone())
                    .collect()
            })
            .iter()
            .any(|w| same_country(w, word))
    }

    /// The term of a folded word, when some document contains it.
    pub fn term_of(&self, word: &str) -> Option<u32> {
        self.surfaces.get(word).copied().filter(|&t| self.known(t))
    }

    /// The idf of a folded word (0 when no document contains it).
    pub fn word_idf(&self, word: &str) -> f32 {
        self.term_of(word).map_or(0.0, |t| self.idf(t))
    }

    /// How many distinct terms the index holds.
    pub fn vocabulary(&self) -> usize {
        self.terms.len()
    }

    pub(super) fn df(&self, t: u32) -> usize {
        let i = t as usize;
        self.text.get(i).map_or(0, |p| p.docs.len())
            + self.speaker.get(i).map_or(0, |p| p.docs.len())
    }

    pub(super) fn known(&self, t: u32) -> bool {
        self.df(t) > 0
    }

    /// Can a query word with this term id match anything: a word of some document, part of a
    /// person's name, or a synonym of such a word?
    pub(super) fn matchable(&self, t: u32) -> bool {
        self.known(t)
            || self.name_terms.contains(&t)
            || self.title_only.contains(&t)
            || self.synonyms.get(&t).is_some_and(|g| {
                g.iter()
                    .any(|&x| self.known(x) || self.head_terms.contains(&x))
            })
    }

    pub(super) fn typo(&self) -> &SymSpell {
        self.typo.get_or_init(|| {
            let mut words: Vec<(&str, u32)> = self
                .surfaces
                .iter()
                .filter(|(_, &t)| self.matchable(t))
                .map(|(w, &t)| (&**w, t))
                .collect();
            words.sort_unstable();
            SymSpell::build(
                words
                    .into_iter()
                    .map(|(w, t)| VocabWord {
                        text: w.to_string(),
                        freq: self.surface_df.get(t as usize).copied().unwrap_or(0),
                        is_name: self.name_terms.contains(&t),
                    })
                    .collect(),
            )
        })
    }

    /// The term of a folded query word, if the corpus knows it (by surface or by stem).
    pub(super) fn lookup_word(&self, stem: &rust_stemmers::Stemmer, w: &str) -> Option<u32> {
        if let Some(&t) = self.surfaces.get(w) {
            return Some(t);
        }
        self.terms.get(stem.stem(w).as_ref()).copied()
    }

    /// The index in its source of the sentence (fact) document `doc` is, or a quote opens in.
    pub fn sentence_of(&self, doc: u32) -> Option<usize> {
        self.sentence
            .get(doc as usize)
            .filter(|&&i| i != u32::MAX)
            .map(|&i| i as usize)
    }

    /// The document of that sentence: its fact, or the statement indexed in its place (every
    /// fact is one document, in order, from its source's `fact_base`).
    pub fn sentence_doc(&self, doc: u32) -> Option<u32> {
        let d = self.docs.get(doc as usize)?;
        let base = *self.fact_base.get(d.source as usize)?;
        let at = base + self.sentence_of(doc)? as u32;
        ((at as usize) < self.docs.len()).then_some(at)
    }

    /// The text of a document.
    pub(crate) fn doc_text<'a>(&self, sources: &'a [Source], d: &Doc) -> Option<&'a str> {
        let s = sources.get(d.source as usize)?;
        match d.kind {
            Kind::Fact => s.facts.get(d.item as usize).map(|f| f.text.as_str()),
            Kind::Quote => s.quotes.get(d.item as usize).map(|q| q.text.as_str()),
            Kind::Statement => s.statements.get(d.item as usize).map(|t| t.text.as_str()),
        }
    }
}

/// The words outside a quotation of the sentences it spans: before it in its opening sentence
/// (fact `at`), after it in its closing one (`… This is a turning point’: Erdogan offers hope as
/// the deal is signed`, `… the talks,” he said in Geneva.`).
fn attribution<'a>(s: &'a Source, q: &crate::model::Quote, at: Option<usize>) -> Vec<&'a str> {
    let Some((i, f)) = at.and_then(|i| s.facts.get(i).map(|f| (i, f))) else {
        return Vec::new();
    };
    let close = s
        .facts
        .get(i..)
        .and_then(|fs| fs.iter().take_while(|g| g.start < q.end).last())
        .unwrap_or(f);
    let before = s.text.get(f.start..q.start.clamp(f.start, f.end));
    let after = s
        .text
        .get(q.end.clamp(close.start, close.end)..close.end)
        .map(until_another_report);
    before.into_iter().chain(after).collect()
}

/// Words joining a second report of the speaker to a quote (`… “…” and said Congress had been
/// kept …`).
const REPORT_JOINERS: &[&str] = &["and", "but", "while", "adding", "before"];

/// The text after a quote up to a second report of its speaker: a joining word, perhaps an
/// adverb, then a verb of speech (`and said …`, `but later insisted …`). What that report says
/// is no attribution of the quote.
fn until_another_report(after: &str) -> &str {
    let words: Vec<(usize, &str)> = after
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - after.as_ptr() as usize, w))
        .collect();
    let bare = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    for (i, &(at, w)) in words.iter().enumerate() {
        if !REPORT_JOINERS.contains(&bare(w).as_str()) {
            continue;
        }
        let reports = words
            .iter()
            .skip(i + 1)
            .take(REPORT_VERB_REACH)
            .any(|&(_, v)| is_statement_verb(&bare(v)));
        // `adding` is itself the verb of the second report.
        if reports || bare(w) == "adding" {
            return &after[..at];
        }
    }
    after
}

/// How many words after a joining word its verb of speech may stand (`but later insisted`).
const REPORT_VERB_REACH: usize = 2;
