//! The BM25 index over facts and quotes: integer term ids, compact postings (doc ids + term
//! frequencies) for the text field and for the speaker field (a quote's speaker name, role and
//! aliases), query analysis (stop words, compounds, typo correction, synonyms) and ranking with a
//! proximity and intent rerank of the best candidates.

use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

use super::intent::{detect, Intent, IntentKind};
use super::synonyms::Synonyms;
use super::text::{
    fold, for_each_word, is_date_word, is_generic, is_listed_reporting_verb, is_reporting_verb,
    is_stop, stemmer, words, Word, QUESTION_WORDS,
};
use super::typo::{SymSpell, VocabWord};
use crate::kb::{Person, Source};

const K1: f32 = 1.2;
const B: f32 = 0.4;
/// Weight of the speaker field against the text field.
const SPEAKER_WEIGHT: f32 = 0.8;
/// Weight of a synonym against the word asked.
const SYNONYM_WEIGHT: f32 = 0.8;
/// Weight of a word of the same family (`disagreed` for `disagreement`).
const FAMILY_WEIGHT: f32 = 0.8;
/// Weight of a generic word (`hold`, `kind`, `get`) against a topic word.
const GENERIC_WEIGHT: f32 = 0.3;
/// Weight of a word no document has (after correction), against the rarest known word: such a
/// word is strong evidence the question is about something the articles do not cover.
const UNKNOWN_WEIGHT: f32 = 1.5;
/// A query keeps at most this many content words.
const MAX_SLOTS: usize = 32;
/// How many of the best BM25 candidates are reranked.
const RERANK: usize = 24;
/// Above this many postings, a common term only rescores documents already found.
const PRUNE_POSTINGS: usize = 4096;
/// For a term with more postings than [`PRUNE_POSTINGS`], how many of its best documents (by the
/// term's own BM25 score) are kept aside to seed the candidates when it is a query's rarest term.
const IMPACT_K: usize = 512;
/// Below this weight (a word in nearly every document) a slot is not scored once candidates exist.
const NEGLIGIBLE_WEIGHT: f32 = 0.05;
/// Once this many candidates are found, less weighty query words only rescore them.
const MAX_CANDIDATES: usize = 2048;

/// Is a document a fact (sentence) or a direct quote?
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DocKind {
    Fact,
    Quote,
}

/// One searchable document: a fact or a quote of a source.
#[derive(Debug, Clone, Copy)]
pub struct Doc {
    pub kind: DocKind,
    /// Index of the source in the knowledge base.
    pub source: u32,
    /// Index of the fact or quote in its source.
    pub item: u32,
    /// Index of the speaker in the knowledge base's people ([`NO_PERSON`] when unknown): a
    /// plain u32 keeps a document at 16 bytes.
    person: u32,
}

/// [`Doc`]'s person when none is known.
const NO_PERSON: u32 = u32::MAX;

impl Doc {
    /// Index of the speaker in the knowledge base's people, when a quote's speaker is known.
    pub fn person(&self) -> Option<u32> {
        (self.person != NO_PERSON).then_some(self.person)
    }
}

#[derive(Debug, Default, Clone)]
struct Postings {
    docs: Vec<u32>,
    tfs: Vec<u16>,
}

impl Postings {
    fn add(&mut self, doc: u32) {
        if self.docs.last() == Some(&doc) {
            if let Some(tf) = self.tfs.last_mut() {
                *tf = tf.saturating_add(1);
            }
        } else {
            self.docs.push(doc);
            self.tfs.push(1);
        }
    }

    fn tf(&self, doc: u32) -> Option<u16> {
        self.docs
            .binary_search(&doc)
            .ok()
            .and_then(|i| self.tfs.get(i).copied())
    }
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
}

/// A scored document.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScoredDoc {
    pub doc: u32,
    pub kind: DocKind,
    pub source: u32,
    pub item: u32,
    pub score: f32,
    /// The fraction of the query's weight this document matches (0–1).
    pub coverage: f32,
    /// The same over the question's topic words only (not the names of people it asks about):
    /// "what did X say about Y" must match Y. 1 when the question has no topic words.
    pub topic_coverage: f32,
    /// For "what did X say": the document is X's quote, or a fact with X as the subject of a
    /// reporting verb. Always true for other questions.
    pub subject_ok: bool,
}

impl ScoredDoc {
    /// An unscored quote (`item` of source `source`), for listings that do not rank.
    pub fn unscored_quote(source: u32, item: u32) -> ScoredDoc {
        ScoredDoc {
            doc: 0,
            kind: DocKind::Quote,
            source,
            item,
            score: 0.0,
            coverage: 0.0,
            topic_coverage: 0.0,
            subject_ok: true,
        }
    }
}

/// The search index.
#[derive(Debug, Default)]
pub struct Index {
    /// Stem → term id.
    terms: FxHashMap<Box<str>, u32>,
    /// Folded surface word → term id (every non-stop word seen in a document).
    surfaces: FxHashMap<Box<str>, u32>,
    /// Document frequency of each surface word (for typo ranking), in `surfaces` order of ids.
    surface_df: Vec<u32>,
    text: Vec<Postings>,
    speaker: Vec<Postings>,
    docs: Vec<Doc>,
    /// Per document, its text length in words (apart from `docs` so scoring reads 2 bytes).
    lens: Vec<u16>,
    /// Per document, its speaker field's length in words.
    speaker_lens: Vec<u16>,
    avg_len: f32,
    avg_speaker_len: f32,
    /// Term → the other terms of its synonym groups.
    synonyms: FxHashMap<u32, Vec<u32>>,
    /// Terms that are part of a known person's name or alias.
    name_terms: FxHashSet<u32>,
    /// Per person (knowledge-base order), the terms of their name and aliases.
    person_terms: Vec<Vec<u32>>,
    /// Per person, the terms of their role.
    role_terms: Vec<Vec<u32>>,
    /// Per person, how many quotes are attributed to them.
    person_quotes: Vec<u32>,
    typo: OnceLock<SymSpell>,
    /// Corpus words (not stop words) that are reporting verbs.
    reporting: FxHashSet<Box<str>>,
    /// The best documents of very common terms: (term, speaker field) → doc ids.
    impact: FxHashMap<(u32, bool), Vec<u32>>,
    /// Known surface words, sorted, with their document frequency (for completion).
    sorted_words: OnceLock<Vec<(Box<str>, u32)>>,
}

/// Words of `text` that are not stop words, with positions.
fn content_words(text: &str, mut f: impl FnMut(Word)) {
    words(&fold(text), |w| {
        if !is_stop(&w.text) {
            f(w)
        }
    });
}

struct Builder {
    stem: rust_stemmers::Stemmer,
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
        let person_of: FxHashMap<&str, u32> = people
            .iter()
            .enumerate()
            .map(|(i, p)| (p.name.as_str(), i as u32))
            .collect();
        for (pi, p) in people.iter().enumerate() {
            let mut ts = Vec::new();
            for name in std::iter::once(&p.name).chain(&p.aliases) {
                content_words(name, |w| {
                    let t = ix.term_for_surface(&b, &w.text);
                    ix.name_terms.insert(t);
                    if !ts.contains(&t) {
                        ts.push(t);
                    }
                });
            }
            let mut rs = Vec::new();
            if let Some(role) = &p.role {
                content_words(role, |w| {
                    let t = ix.term_for_surface(&b, &w.text);
                    if !rs.contains(&t) {
                        rs.push(t);
                    }
                });
            }
            debug_assert_eq!(ix.person_terms.len(), pi);
            ix.person_terms.push(ts);
            ix.role_terms.push(rs);
            ix.person_quotes.push(0);
        }
        for (si, s) in sources.iter().enumerate() {
            for (fi, f) in s.facts.iter().enumerate() {
                let doc = ix.docs.len() as u32;
                let len = ix.add_field(&b, doc, &f.text, false, &mut seen);
                total_len += u64::from(len);
                ix.docs.push(Doc {
                    kind: DocKind::Fact,
                    source: si as u32,
                    item: fi as u32,
                    person: NO_PERSON,
                });
                ix.lens.push(len);
                ix.speaker_lens.push(0);
            }
            for (qi, q) in s.quotes.iter().enumerate() {
                let doc = ix.docs.len() as u32;
                let len = ix.add_field(&b, doc, &q.text, false, &mut seen);
                total_len += u64::from(len);
                let person = q.speaker.as_deref().and_then(|n| person_of.get(n).copied());
                let mut speaker_text = String::new();
                if let Some(name) = &q.speaker {
                    speaker_text.push_str(name);
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
                let speaker_len = ix.add_field(&b, doc, &speaker_text, true, &mut seen);
                total_speaker += u64::from(speaker_len);
                if speaker_len > 0 {
                    with_speaker += 1;
                }
                ix.docs.push(Doc {
                    kind: DocKind::Quote,
                    source: si as u32,
                    item: qi as u32,
                    person: person.unwrap_or(NO_PERSON),
                });
                ix.lens.push(len);
                ix.speaker_lens.push(speaker_len);
            }
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
        ix.lens.shrink_to_fit();
        ix.speaker_lens.shrink_to_fit();
        ix.build_impact();
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

    /// Keeps aside the best [`IMPACT_K`] documents of every term with more than
    /// [`PRUNE_POSTINGS`] postings.
    fn build_impact(&mut self) {
        let mut impact = FxHashMap::default();
        for (speaker, lists) in [(false, &self.text), (true, &self.speaker)] {
            let avg = if speaker {
                self.avg_speaker_len
            } else {
                self.avg_len
            };
            for (t, p) in lists.iter().enumerate() {
                if p.docs.len() <= PRUNE_POSTINGS {
                    continue;
                }
                let mut scored: Vec<(f32, u32)> = p
                    .docs
                    .iter()
                    .zip(&p.tfs)
                    .map(|(&d, &tf)| {
                        let lens = if speaker {
                            &self.speaker_lens
                        } else {
                            &self.lens
                        };
                        let len = lens.get(d as usize).copied().unwrap_or(1);
                        (self.field_score(tf, len, avg), d)
                    })
                    .collect();
                let cmp = |a: &(f32, u32), b: &(f32, u32)| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1));
                if scored.len() > IMPACT_K {
                    scored.select_nth_unstable_by(IMPACT_K - 1, cmp);
                    scored.truncate(IMPACT_K);
                }
                let mut docs: Vec<u32> = scored.into_iter().map(|x| x.1).collect();
                docs.sort_unstable();
                impact.insert((t as u32, speaker), docs);
            }
        }
        self.impact = impact;
    }

    fn term_for_surface(&mut self, b: &Builder, surface: &str) -> u32 {
        if let Some(&t) = self.surfaces.get(surface) {
            return t;
        }
        if is_reporting_verb(surface) {
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
    ) -> u16 {
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

    /// The term of a folded word, when some document contains it.
    pub fn term_of(&self, word: &str) -> Option<u32> {
        self.surfaces.get(word).copied().filter(|&t| self.known(t))
    }

    /// The idf of a folded word (0 when no document contains it).
    pub fn word_idf(&self, word: &str) -> f32 {
        self.term_of(word).map_or(0.0, |t| self.idf(t))
    }

    /// The most common corpus word starting with `prefix` (a folded, partly typed word), for
    /// completing what someone is typing. Ties go to the shorter, then alphabetically first word.
    pub fn complete(&self, prefix: &str) -> Option<String> {
        if prefix.is_empty() {
            return None;
        }
        let words = self.sorted_words();
        let from = words.partition_point(|(w, _)| &**w < prefix);
        words[from..]
            .iter()
            .take_while(|(w, _)| w.starts_with(prefix))
            .take(2000)
            .max_by(|a, b| {
                a.1.cmp(&b.1)
                    .then(b.0.len().cmp(&a.0.len()))
                    .then(b.0.cmp(&a.0))
            })
            .map(|(w, _)| w.to_string())
    }

    /// Corpus words of the same family as an unknown word: sharing its first 80% (at least five
    /// letters), as `disagreed` and `disagreement` do where stemming does not join them.
    fn family(&self, word: &str) -> Vec<u32> {
        let chars: Vec<char> = word.chars().collect();
        let keep = (chars.len() * 4).div_ceil(5).max(5);
        if chars.len() < 6 || keep > chars.len() {
            return Vec::new();
        }
        let prefix: String = chars[..keep].iter().collect();
        let words = self.sorted_words();
        let from = words.partition_point(|(w, _)| **w < *prefix);
        let mut out: Vec<u32> = Vec::new();
        for (w, _) in words[from..]
            .iter()
            .take_while(|(w, _)| w.starts_with(prefix.as_str()))
            .take(8)
        {
            if let Some(&t) = self.surfaces.get(w) {
                if !out.contains(&t) {
                    out.push(t);
                }
            }
        }
        out
    }

    fn sorted_words(&self) -> &[(Box<str>, u32)] {
        self.sorted_words.get_or_init(|| {
            let mut v: Vec<(Box<str>, u32)> = self
                .surfaces
                .iter()
                .filter(|(_, &t)| self.known(t))
                .map(|(w, &t)| {
                    (
                        w.clone(),
                        self.surface_df.get(t as usize).copied().unwrap_or(0),
                    )
                })
                .collect();
            v.sort_unstable();
            v
        })
    }

    /// How many distinct terms the index holds.
    pub fn vocabulary(&self) -> usize {
        self.terms.len()
    }

    fn df(&self, t: u32) -> usize {
        let i = t as usize;
        self.text.get(i).map_or(0, |p| p.docs.len())
            + self.speaker.get(i).map_or(0, |p| p.docs.len())
    }

    fn idf(&self, t: u32) -> f32 {
        let n = self.docs.len() as f32;
        let df = self.df(t) as f32;
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln().max(0.01)
    }

    fn max_idf(&self) -> f32 {
        let n = self.docs.len() as f32;
        (1.0 + (n + 0.5) / 0.5).ln()
    }

    fn known(&self, t: u32) -> bool {
        self.df(t) > 0
    }

    /// Can a query word with this term id match anything: a word of some document, part of a
    /// person's name, or a synonym of such a word?
    fn matchable(&self, t: u32) -> bool {
        self.known(t)
            || self.name_terms.contains(&t)
            || self
                .synonyms
                .get(&t)
                .is_some_and(|g| g.iter().any(|&x| self.known(x)))
    }

    fn typo(&self) -> &SymSpell {
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
    fn lookup_word(&self, stem: &rust_stemmers::Stemmer, w: &str) -> Option<u32> {
        if let Some(&t) = self.surfaces.get(w) {
            return Some(t);
        }
        self.terms.get(stem.stem(w).as_ref()).copied()
    }

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
        // Misspelt question words (`wat`, `hwo`) are question words.
        for w in all.iter_mut() {
            if w.joined || is_stop(&w.text) || self.surfaces.contains_key(w.text.as_str()) {
                continue;
            }
            let n = w.text.chars().count();
            if (3..=6).contains(&n) {
                if let Some(q) = QUESTION_WORDS
                    .iter()
                    .find(|q| strsim::damerau_levenshtein(q, &w.text) == 1 && q.len() >= 3)
                {
                    w.text = (*q).to_string();
                }
            }
        }
        let plain: Vec<String> = all
            .iter()
            .filter(|w| !w.joined)
            .map(|w| w.text.clone())
            .collect();
        let intent = detect(&plain);
        let subject_range = intent.subject;
        let mut slots: Vec<Slot> = Vec::new();
        let mut i = 0;
        let mut plain_index = 0usize;
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
                    self.word_slot(&stem, &mut slots, &part.text, in_subject);
                    plain_index += 1;
                }
                i = if joined.is_some() { j + 1 } else { j };
                continue;
            }
            if w.joined {
                i += 1;
                continue;
            }
            let in_subject =
                subject_range.is_some_and(|(a, b)| plain_index >= a && plain_index < b);
            // Two words the corpus writes as one (`cease fire` → `ceasefire`).
            if let Some(next) = all.get(i + 1).filter(|x| !x.joined && !x.part) {
                let joined = format!("{}{}", w.text, next.text);
                if !is_stop(&w.text)
                    && !is_stop(&next.text)
                    && self.surfaces.contains_key(joined.as_str())
                {
                    if let Some(t) = self.lookup_word(&stem, &joined) {
                        self.push_slot(&mut slots, joined, vec![(t, 1.0)], None, in_subject);
                        plain_index += 2;
                        i += 2;
                        continue;
                    }
                }
            }
            self.word_slot(&stem, &mut slots, &w.text, in_subject);
            plain_index += 1;
            i += 1;
        }
        let mut people = Vec::new();
        for (pi, terms) in self.person_terms.iter().enumerate() {
            if slots
                .iter()
                .any(|s| s.is_name && s.alts.first().is_some_and(|a| terms.contains(&a.0)))
            {
                people.push(pi as u32);
            }
        }
        Query {
            slots,
            intent,
            words: plain,
            people,
        }
    }

    fn word_slot(
        &self,
        stem: &rust_stemmers::Stemmer,
        slots: &mut Vec<Slot>,
        word: &str,
        in_subject: bool,
    ) {
        if is_stop(word) {
            return;
        }
        if let Some(t) = self.lookup_word(stem, word).filter(|&t| self.matchable(t)) {
            self.push_slot(slots, word.to_string(), vec![(t, 1.0)], None, in_subject);
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
        let typo = self.typo();
        let mut fixes = typo.lookup(word, 2);
        if fixes.is_empty() {
            fixes.extend(typo.lookup_unambiguous(word));
        }
        let mut alts = Vec::new();
        let mut corrected = None;
        for (k, c) in fixes.iter().enumerate() {
            let Some(v) = typo.word(c.word) else { continue };
            let Some(&t) = self.surfaces.get(v.text.as_str()) else {
                continue;
            };
            let w = (1.0 - 0.25 * c.distance as f32) * if k == 0 { 1.0 } else { 0.9 };
            if corrected.is_none() {
                corrected = Some(v.text.clone());
            }
            if !alts.iter().any(|(x, _)| *x == t) {
                alts.push((t, w));
            }
        }
        self.push_slot(slots, word.to_string(), alts, corrected, in_subject);
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
        let weight = known.unwrap_or_else(|| UNKNOWN_WEIGHT * self.max_idf()) * soft;
        slots.push(Slot {
            word,
            alts,
            weight,
            is_name,
            is_subject,
            corrected,
        });
    }

    fn field_score(&self, tf: u16, len: u16, avg: f32) -> f32 {
        let tf = f32::from(tf);
        let norm = 1.0 - B + B * f32::from(len) / avg;
        tf * (K1 + 1.0) / (tf + K1 * norm)
    }

    /// The best `k` documents for a question, best first, with deterministic ties (lower document
    /// id first). The fast path: no reply is formatted.
    pub fn search(&self, sources: &[Source], question: &str, k: usize) -> Vec<ScoredDoc> {
        let q = self.analyze(question);
        self.search_query(sources, &q, k)
    }

    /// [`Index::search`] for an analysed query.
    pub fn search_query(&self, sources: &[Source], q: &Query, k: usize) -> Vec<ScoredDoc> {
        if q.slots.is_empty() || k == 0 || self.docs.is_empty() {
            return Vec::new();
        }
        let total = q.total_weight().max(1e-6);
        // Slots by decreasing weight: rare words first find the candidates.
        let mut order: Vec<usize> = (0..q.slots.len()).collect();
        order.sort_by(|&a, &b| {
            q.slots[b]
                .weight
                .total_cmp(&q.slots[a].weight)
                .then(a.cmp(&b))
        });
        let cmp =
            |a: &(u32, f32, u64), b: &(u32, f32, u64)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
        let cands: Vec<(u32, f32, u64)> = SCRATCH.with(|cell| {
            let mut scratch = cell.borrow_mut();
            let sc = &mut *scratch;
            sc.prepare(self.docs.len());
            for &si in &order {
                let slot = &q.slots[si];
                // A word in nearly every document (idf near zero) cannot change the ranking, but
                // scoring it would touch every candidate.
                if slot.weight < NEGLIGIBLE_WEIGHT && !sc.touched.is_empty() {
                    continue;
                }
                // Slots past 63 cannot have a bit; the top bit marks "found" for them.
                let bit = if si < 63 { 1u64 << si } else { 1u64 << 63 };
                // With one postings list (one term, one field) a document is scored once in the
                // slot, so its score goes straight to the total: no per-slot best to keep.
                let lists: usize = slot
                    .alts
                    .iter()
                    .map(|&(t, _)| {
                        usize::from(
                            self.text
                                .get(t as usize)
                                .is_some_and(|p| !p.docs.is_empty()),
                        ) + usize::from(
                            self.speaker
                                .get(t as usize)
                                .is_some_and(|p| !p.docs.is_empty()),
                        )
                    })
                    .sum();
                let direct = lists == 1;
                for &(t, w) in &slot.alts {
                    let idf = self.idf(t) * w;
                    for (field, avg, weight) in [
                        (&self.text[t as usize], self.avg_len, 1.0),
                        (
                            &self.speaker[t as usize],
                            self.avg_speaker_len,
                            SPEAKER_WEIGHT,
                        ),
                    ] {
                        let speaker_field = weight < 1.0;
                        let lens = if speaker_field {
                            &self.speaker_lens
                        } else {
                            &self.lens
                        };
                        let found = sc.touched.len();
                        let Scratch {
                            acc,
                            slot_touched,
                            touched,
                            sorted,
                            sorted_for,
                            ..
                        } = &mut *sc;
                        // `found_only`: score the document only if an earlier slot found it.
                        let mut score_doc = |doc: u32, tf: u16, found_only: bool| {
                            let Some(a) = acc.get_mut(doc as usize) else {
                                return;
                            };
                            if found_only && a.mask == 0 {
                                return;
                            }
                            let Some(&len) = lens.get(doc as usize) else {
                                return;
                            };
                            let s = weight * idf * self.field_score(tf, len, avg);
                            if direct {
                                if a.mask == 0 {
                                    slot_touched.push(doc);
                                }
                                a.score += s;
                                a.mask |= bit;
                                return;
                            }
                            if a.best == 0.0 {
                                slot_touched.push(doc);
                            }
                            if s > a.best {
                                a.best = s;
                            }
                        };
                        let big = field.docs.len() > PRUNE_POSTINGS;
                        if (big || found >= MAX_CANDIDATES) && found > 0 {
                            // Only rescore the candidates found so far, by the cheaper route.
                            if field.docs.len() <= found {
                                for (&doc, &tf) in field.docs.iter().zip(&field.tfs) {
                                    score_doc(doc, tf, true);
                                }
                            } else {
                                // Candidates in doc order, intersected with the postings by
                                // galloping: sequential reads instead of a binary search each.
                                if *sorted_for != touched.len() {
                                    sorted.clear();
                                    sorted.extend_from_slice(touched);
                                    sorted.sort_unstable();
                                    *sorted_for = touched.len();
                                }
                                let mut lo = 0usize;
                                for &doc in sorted.iter() {
                                    let Some(rest) = field.docs.get(lo..) else {
                                        break;
                                    };
                                    if rest.is_empty() {
                                        break;
                                    }
                                    let mut step = 1usize;
                                    while rest.get(step).is_some_and(|&x| x < doc) {
                                        step *= 2;
                                    }
                                    let hi = (step + 1).min(rest.len());
                                    match rest[..hi].binary_search(&doc) {
                                        Ok(i) => {
                                            if let Some(&tf) = field.tfs.get(lo + i) {
                                                score_doc(doc, tf, false);
                                            }
                                            lo += i + 1;
                                        }
                                        Err(i) => lo += i,
                                    }
                                }
                            }
                        } else if let Some(top) =
                            big.then(|| self.impact.get(&(t, speaker_field))).flatten()
                        {
                            for &doc in top {
                                if let Some(tf) = field.tf(doc) {
                                    score_doc(doc, tf, false);
                                }
                            }
                        } else {
                            for (&doc, &tf) in field.docs.iter().zip(&field.tfs) {
                                score_doc(doc, tf, false);
                            }
                        }
                    }
                }
                let Scratch {
                    acc,
                    slot_touched,
                    touched,
                    ..
                } = &mut *sc;
                if direct {
                    touched.append(slot_touched);
                    continue;
                }
                for &doc in slot_touched.iter() {
                    let Some(a) = acc.get_mut(doc as usize) else {
                        continue;
                    };
                    if a.mask == 0 {
                        touched.push(doc);
                    }
                    a.score += a.best;
                    a.mask |= bit;
                    a.best = 0.0;
                }
                slot_touched.clear();
            }
            // The best RERANK candidates, best first, kept in one pass over the touched
            // documents (most fall below the running threshold and cost one comparison).
            let mut top: Vec<(u32, f32, u64)> = Vec::with_capacity(RERANK + 1);
            for &doc in &sc.touched {
                let Some(a) = sc.acc.get(doc as usize) else {
                    continue;
                };
                let c = (doc, a.score, a.mask & !(1u64 << 63));
                if top.len() == RERANK && top.last().is_some_and(|w| cmp(&c, w).is_ge()) {
                    continue;
                }
                let at = top.partition_point(|x| cmp(x, &c).is_lt());
                top.insert(at, c);
                top.truncate(RERANK);
            }
            sc.reset();
            top
        });
        // `cands` is best BM25 score first: once a candidate cannot reach the k-th best reranked
        // score even with every bonus, neither can any after it.
        let max_factor = self.max_factor(q);
        let is_topic = |s: &Slot| !s.is_subject && !s.is_name;
        let weight_of = |m: u64, topic_only: bool| -> f32 {
            q.slots
                .iter()
                .enumerate()
                .filter(|(i, s)| *i < 63 && m & (1u64 << i) != 0 && (!topic_only || is_topic(s)))
                .map(|(_, s)| s.weight)
                .sum()
        };
        let topic_total: f32 = q
            .slots
            .iter()
            .filter(|s| is_topic(s))
            .map(|s| s.weight)
            .sum();
        let order = |a: &ScoredDoc, b: &ScoredDoc| {
            b.subject_ok
                .cmp(&a.subject_ok)
                .then(b.score.total_cmp(&a.score))
                .then(a.doc.cmp(&b.doc))
        };
        let mut out: Vec<ScoredDoc> = Vec::with_capacity(cands.len().min(k + 1));
        for (doc, score, mask) in cands {
            if out.len() >= k
                && out.iter().all(|o| o.subject_ok)
                && out.last().is_some_and(|kth| score * max_factor < kth.score)
            {
                break;
            }
            let Some(d) = self.docs.get(doc as usize) else {
                continue;
            };
            let topic_coverage = if topic_total > 0.0 {
                (weight_of(mask, true) / topic_total).min(1.0)
            } else {
                1.0
            };
            let (factor, subject_ok) = self.rerank(sources, q, d, mask);
            out.push(ScoredDoc {
                doc,
                kind: d.kind,
                source: d.source,
                item: d.item,
                score: score * factor,
                coverage: (weight_of(mask, false) / total).min(1.0),
                topic_coverage,
                subject_ok,
            });
            out.sort_by(order);
            out.truncate(k);
        }
        out
    }

    /// The largest factor [`Index::rerank`] can give a document for this query: proximity
    /// (below 1.3, as a window holding m matched words spans at least m), the intent bonus and
    /// the quote bonus.
    fn max_factor(&self, q: &Query) -> f32 {
        let intent = match q.intent.kind {
            IntentKind::SaidBy => 2.0,
            IntentKind::WhoSaid => 1.3,
            IntentKind::When | IntentKind::Where => 1.8,
            _ => 1.0,
        };
        1.3 * intent * 1.05 * 1.001
    }

    /// The text of a document.
    pub fn doc_text<'a>(&self, sources: &'a [Source], d: &Doc) -> Option<&'a str> {
        let s = sources.get(d.source as usize)?;
        match d.kind {
            DocKind::Fact => s.facts.get(d.item as usize).map(|f| f.text.as_str()),
            DocKind::Quote => s.quotes.get(d.item as usize).map(|q| q.text.as_str()),
        }
    }

    /// Multiplies a candidate's score by proximity and intent bonuses; says whether it is a
    /// statement of the person a "what did X say" question asks about.
    fn rerank(&self, sources: &[Source], q: &Query, d: &Doc, mask: u64) -> (f32, bool) {
        let Some(text) = self.doc_text(sources, d) else {
            return (1.0, false);
        };
        let matched = mask.count_ones() as usize;
        let needs_words = matched >= 2 || q.intent.kind != IntentKind::General;
        if !needs_words {
            return (if d.kind == DocKind::Quote { 1.05 } else { 1.0 }, true);
        }
        let toks = self.doc_tokens(text, q);
        let mut factor = 1.0f32;
        // Proximity: the smallest window holding every matched slot.
        if matched >= 2 {
            if let Some(span) = min_window(&toks, matched) {
                factor *= 1.0 + 0.3 * (matched as f32 - 1.0) / span as f32;
            }
        }
        let subject_slots: Vec<usize> = q
            .slots
            .iter()
            .enumerate()
            .filter(|(_, s)| s.is_subject)
            .map(|(i, _)| i)
            .collect();
        let mut subject_ok = true;
        match q.intent.kind {
            IntentKind::SaidBy if !subject_slots.is_empty() => {
                let named = |p: u32| {
                    self.person_terms
                        .get(p as usize)
                        .into_iter()
                        .chain(self.role_terms.get(p as usize))
                        .flatten()
                        .any(|t| {
                            subject_slots
                                .iter()
                                .any(|&i| q.slots[i].alts.iter().any(|(x, _)| x == t))
                        })
                };
                let speaks = d.kind == DocKind::Quote
                    && d.person()
                        .is_some_and(|p| q.people.contains(&p) || named(p))
                    || d.kind == DocKind::Quote
                        && d.person().is_none()
                        && self.quote_speaker_matches(sources, d, q, &subject_slots);
                let states = d.kind == DocKind::Fact
                    && (subject_of_verb(&toks, &subject_slots)
                        || pronoun_statement(text)
                            && self.previous_fact_names(sources, d, q, &subject_slots));
                if speaks {
                    factor *= 2.0;
                } else if states {
                    factor *= 1.3;
                } else {
                    factor *= 0.6;
                    subject_ok = !q.asks_person_statement();
                }
            }
            IntentKind::WhoSaid => {
                if d.kind == DocKind::Quote && d.person().is_some() {
                    factor *= 1.3;
                } else if toks.iter().any(|t| t.1) {
                    factor *= 1.15;
                }
            }
            IntentKind::When if toks.iter().any(|t| t.2) => factor *= 1.8,
            IntentKind::Where if has_place(text) => factor *= 1.8,
            _ => {}
        }
        if d.kind == DocKind::Quote {
            factor *= 1.05;
        }
        (factor, subject_ok)
    }

    /// Does the fact before `d` (in the same or the previous paragraph) name the subject?
    fn previous_fact_names(
        &self,
        sources: &[Source],
        d: &Doc,
        q: &Query,
        subject_slots: &[usize],
    ) -> bool {
        let Some(s) = sources.get(d.source as usize) else {
            return false;
        };
        let (Some(cur), Some(prev)) = (
            s.facts.get(d.item as usize),
            (d.item as usize)
                .checked_sub(1)
                .and_then(|i| s.facts.get(i)),
        ) else {
            return false;
        };
        if cur.paragraph > prev.paragraph + 1 {
            return false;
        }
        self.subject_states(&prev.text, q, subject_slots)
    }

    /// Is a subject word the subject of a reporting verb in `text`?
    fn subject_states(&self, text: &str, q: &Query, subject_slots: &[usize]) -> bool {
        let toks = self.doc_tokens(text, q);
        subject_of_verb(&toks, subject_slots)
    }

    /// A document's words: (slot index matched, reporting verb, date word).
    fn doc_tokens(&self, text: &str, q: &Query) -> Vec<(Option<usize>, bool, bool)> {
        let mut toks = Vec::new();
        for_each_word(&fold(text), |w| {
            if w.joined {
                return;
            }
            let stop = is_stop(w.text);
            let term = if stop {
                None
            } else {
                self.surfaces.get(w.text).copied()
            };
            let slot = term.and_then(|t| {
                q.slots
                    .iter()
                    .position(|s| s.alts.iter().any(|(x, _)| *x == t))
            });
            let reporting = match q.intent.kind {
                IntentKind::SaidBy | IntentKind::WhoSaid if stop => {
                    is_listed_reporting_verb(w.text)
                }
                IntentKind::SaidBy | IntentKind::WhoSaid => self.reporting.contains(w.text),
                _ => false,
            };
            let date = q.intent.kind == IntentKind::When && is_date_word(w.text);
            toks.push((slot, reporting, date));
        });
        toks
    }

    fn quote_speaker_matches(
        &self,
        sources: &[Source],
        d: &Doc,
        q: &Query,
        subject_slots: &[usize],
    ) -> bool {
        let Some(name) = sources
            .get(d.source as usize)
            .and_then(|s| s.quotes.get(d.item as usize))
            .and_then(|x| x.speaker.as_deref())
        else {
            return false;
        };
        let mut hit = false;
        content_words(name, |w| {
            if let Some(&t) = self.surfaces.get(w.text.as_str()) {
                if subject_slots
                    .iter()
                    .any(|&i| q.slots[i].alts.iter().any(|(x, _)| *x == t))
                {
                    hit = true;
                }
            }
        });
        hit
    }
}

/// Per-thread accumulators of a search, sized to the index and reused: scores, matched-slot
/// masks and the current slot's best score per document, with the lists of documents touched
/// (so resetting costs what the query touched, not the corpus).
#[derive(Default)]
struct Scratch {
    /// Per document; one cache line holds four documents' every accumulator.
    acc: Vec<Acc>,
    touched: Vec<u32>,
    slot_touched: Vec<u32>,
    /// `touched` sorted by document id, as of when `touched` had `sorted_for` entries.
    sorted: Vec<u32>,
    sorted_for: usize,
}

impl Scratch {
    fn prepare(&mut self, docs: usize) {
        if self.acc.len() != docs {
            self.acc = vec![Acc::default(); docs];
        }
        self.touched.clear();
        self.slot_touched.clear();
        self.sorted.clear();
        self.sorted_for = usize::MAX;
    }

    fn reset(&mut self) {
        for &d in &self.touched {
            if let Some(a) = self.acc.get_mut(d as usize) {
                *a = Acc::default();
            }
        }
        self.touched.clear();
    }
}

/// One document's accumulators: its score so far, which slots it matched, and its best score for
/// the slot being scored.
#[derive(Clone, Copy, Default)]
struct Acc {
    score: f32,
    best: f32,
    mask: u64,
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

/// Smallest number of consecutive words containing `need` distinct matched slots.
fn min_window(toks: &[(Option<usize>, bool, bool)], need: usize) -> Option<usize> {
    let pos: Vec<(usize, usize)> = toks
        .iter()
        .enumerate()
        .filter_map(|(i, t)| t.0.map(|s| (i, s)))
        .collect();
    let mut counts: FxHashMap<usize, usize> = FxHashMap::default();
    let mut best: Option<usize> = None;
    let mut lo = 0;
    for hi in 0..pos.len() {
        *counts.entry(pos[hi].1).or_insert(0) += 1;
        while counts.len() >= need {
            let span = pos[hi].0 - pos[lo].0 + 1;
            best = Some(best.map_or(span, |b: usize| b.min(span)));
            let c = counts.entry(pos[lo].1).or_insert(1);
            *c -= 1;
            if *c == 0 {
                counts.remove(&pos[lo].1);
            }
            lo += 1;
        }
    }
    best
}

/// Is a subject word within three words before (or two after) a reporting verb?
fn subject_of_verb(toks: &[(Option<usize>, bool, bool)], subject_slots: &[usize]) -> bool {
    toks.iter().enumerate().any(|(i, t)| {
        t.0.is_some_and(|s| subject_slots.contains(&s)) && {
            let after = toks.iter().skip(i + 1).take(3).any(|x| x.1);
            let before = toks[i.saturating_sub(2)..i].iter().any(|x| x.1);
            after || before
        }
    })
}

/// Does the sentence open with a pronoun as the subject of a reporting verb (`He added that`)?
fn pronoun_statement(text: &str) -> bool {
    let ws: Vec<String> = {
        let mut v = Vec::new();
        words(&fold(text), |w| {
            if v.len() < 4 && !w.joined {
                v.push(w.text)
            }
        });
        v
    };
    ws.iter()
        .position(|w| matches!(w.as_str(), "he" | "she" | "they"))
        .is_some_and(|i| i <= 1 && ws[i + 1..].iter().take(2).any(|w| is_reporting_verb(w)))
}

/// Does the text name a place: `in`/`at` followed by a capitalised word?
fn has_place(text: &str) -> bool {
    let ws: Vec<&str> = text.split_whitespace().collect();
    ws.windows(2).any(|w| {
        matches!(w[0], "in" | "at" | "In" | "At")
            && w[1].chars().next().is_some_and(char::is_uppercase)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kb::{Fact, Quote};
    use crate::source::SourceMeta;

    fn source(facts: &[&str], quotes: &[(&str, &str)]) -> Source {
        let mut text = String::new();
        let mut fs = Vec::new();
        for (i, f) in facts.iter().enumerate() {
            let start = text.len();
            text.push_str(f);
            fs.push(Fact {
                id: format!("s:f-{i}"),
                text: f.to_string(),
                section: None,
                paragraph: i + 1,
                sentence: 1,
                start,
                end: text.len(),
            });
            text.push_str("\n\n");
        }
        let qs = quotes
            .iter()
            .enumerate()
            .map(|(i, (q, who))| {
                let start = text.find(q).unwrap_or(0);
                Quote {
                    id: format!("s:q-{i}"),
                    text: q.to_string(),
                    speaker: Some(who.to_string()),
                    section: None,
                    paragraph: 1,
                    start,
                    end: start + q.len(),
                    fact: "s:f-0".into(),
                }
            })
            .collect();
        Source {
            id: "s".into(),
            file: "s.md".into(),
            meta: SourceMeta::default(),
            text,
            facts: fs,
            quotes: qs,
            people: Vec::new(),
        }
    }

    fn people() -> Vec<Person> {
        vec![Person {
            name: "Anna Kowalska".into(),
            role: Some("Foreign Minister".into()),
            aliases: vec!["Kowalska".into()],
        }]
    }

    fn fixture() -> (Vec<Source>, Index) {
        let s = source(
            &[
                "The cease-fire talks stalled in Vienna on Monday.",
                "Kowalska said, “Sanctions must stay until the invasion ends.”",
                "Farmers worried about grain exports through the Black Sea.",
                "Analysts expect a broader settlement next year.",
            ],
            &[(
                "Sanctions must stay until the invasion ends.",
                "Anna Kowalska",
            )],
        );
        let syn = Synonyms {
            groups: vec![vec!["penalties".into(), "sanctions".into()]],
        };
        let sources = vec![s];
        let ix = Index::build(&sources, &people(), syn);
        (sources, ix)
    }

    fn top_text(sources: &[Source], ix: &Index, q: &str) -> Option<String> {
        let hits = ix.search(sources, q, 3);
        let d = ix.doc(hits.first()?.doc)?;
        ix.doc_text(sources, d).map(str::to_string)
    }

    #[test]
    fn compounds_match_joined_split_and_hyphenated() {
        let (s, ix) = fixture();
        for q in ["ceasefire talks", "cease fire talks", "cease-fire talks"] {
            let t = top_text(&s, &ix, q).unwrap();
            assert!(t.starts_with("The cease-fire talks"), "{q}: {t}");
        }
    }

    #[test]
    fn typos_synonyms_and_speaker_field() {
        let (s, ix) = fixture();
        let t = top_text(&s, &ix, "grian exprots").unwrap();
        assert!(t.contains("grain exports"), "{t}");
        let t = top_text(&s, &ix, "what did kowalsk say about penalties").unwrap();
        assert_eq!(t, "Sanctions must stay until the invasion ends.");
        let q = ix.analyze("what did the foreign minister say about the invasion");
        assert!(q.slots.iter().any(|x| x.word == "minister"));
        let hits = ix.search_query(&s, &q, 3);
        assert_eq!(hits[0].kind, DocKind::Quote, "{hits:?}");
    }

    #[test]
    fn correct_words_are_never_corrected_and_unknown_words_weigh_most() {
        let (_, ix) = fixture();
        let q = ix.analyze("grain pizza");
        assert_eq!(q.slots.len(), 2);
        assert!(q.slots[0].corrected.is_none());
        assert!(q.slots[1].alts.is_empty());
        assert!(q.slots[1].weight > q.slots[0].weight);
    }

    #[test]
    fn unknown_words_match_their_family() {
        let (s, ix) = fixture();
        let t = top_text(&s, &ix, "analysts settled").unwrap();
        assert!(t.contains("broader settlement"), "{t}");
        assert!(ix.analyze("zebras").slots[0].alts.is_empty());
    }

    #[test]
    fn completes_partly_typed_words() {
        let (_, ix) = fixture();
        assert_eq!(ix.complete("sanc").as_deref(), Some("sanctions"));
        assert_eq!(ix.complete("zzz"), None);
        assert_eq!(ix.complete(""), None);
    }

    #[test]
    fn nothing_matches_nothing_and_ties_are_deterministic() {
        let (s, ix) = fixture();
        assert!(ix.search(&s, "weather tomorrow", 3).is_empty());
        assert!(ix.search(&s, "the of and", 3).is_empty());
        assert!(ix.search(&s, "", 3).is_empty());
        let a = ix.search(&s, "sanctions invasion", 5);
        let b = ix.search(&s, "sanctions invasion", 5);
        assert_eq!(a, b);
    }

    #[test]
    fn a_pronoun_statement_belongs_to_the_person_named_before() {
        let src = source(
            &[
                "Kowalska spoke in Vienna on Monday.",
                "She added that grain exports must resume.",
                "Traders said grain exports fell.",
            ],
            &[],
        );
        let sources = vec![src];
        let ix = Index::build(&sources, &people(), Synonyms::default());
        let q = ix.analyze("what did kowalska say about grain exports");
        let hits = ix.search_query(&sources, &q, 3);
        assert_eq!((hits[0].item, hits[0].subject_ok), (1, true), "{hits:?}");
        assert!(hits.iter().any(|h| h.item == 2 && !h.subject_ok));
    }

    /// A corpus big enough for the paths only large indexes take: a term with more than
    /// [`PRUNE_POSTINGS`] postings rescored by galloping through the candidates.
    fn large() -> (Vec<Source>, Index) {
        let texts: Vec<String> = (0..6000)
            .map(|i| {
                let rare = if [9, 2001, 4501, 8].contains(&i) {
                    "zanzibar "
                } else {
                    ""
                };
                let common = match i {
                    4501 => "alpha alpha ",
                    _ if i % 4 != 0 => "alpha ",
                    _ => "",
                };
                format!("{rare}{common}beta gamma{i} delta{}", i % 97)
            })
            .collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let sources = vec![source(&refs, &[])];
        let ix = Index::build(&sources, &[], Synonyms::default());
        (sources, ix)
    }

    #[test]
    fn common_terms_are_rescored_exactly_on_large_indexes() {
        let (s, ix) = large();
        assert!(ix.text[ix.term_of("alpha").unwrap() as usize].docs.len() > PRUNE_POSTINGS);
        let hits = ix.search(&s, "zanzibar alpha", 4);
        let items: Vec<u32> = hits.iter().map(|h| h.item).collect();
        // The three with both words (found at the start, middle and end of `alpha`'s postings;
        // the one with `alpha` twice is longer, and `alpha` weighs little), lower id first on a
        // tie, then the one without `alpha`.
        assert_eq!(items, [9, 2001, 4501, 8], "{hits:?}");
        assert!(hits[0].score == hits[1].score && hits[1].score > hits[2].score);
        assert!(hits[..3].iter().all(|h| h.coverage > 0.99) && hits[3].coverage < 0.99);
        let alone = ix.search(&s, "zanzibar", 4);
        assert!(hits[2].score > alone[0].score, "{hits:?} {alone:?}");
    }

    #[test]
    fn the_rerank_cutoff_never_changes_the_best_hits() {
        let (s, ix) = large();
        let (fs, fix) = fixture();
        for (s, ix, q) in [
            (&s, &ix, "zanzibar alpha"),
            (&s, &ix, "alpha beta delta5"),
            (&s, &ix, "gamma77 alpha delta3"),
            (&fs, &fix, "what did kowalska say about the invasion"),
            (&fs, &fix, "when did the cease-fire talks stall"),
            (&fs, &fix, "grain exports black sea"),
        ] {
            let all = ix.search(s, q, RERANK);
            for k in [1, 2, 3] {
                let some = ix.search(s, q, k);
                assert_eq!(some[..], all[..k.min(all.len())], "{q}, k = {k}");
            }
        }
    }

    #[test]
    fn a_role_finds_its_holders_quotes() {
        let (s, ix) = fixture();
        let q = ix.analyze("what did the foreign minister say about the invasion");
        let hits = ix.search_query(&s, &q, 3);
        assert_eq!((hits[0].kind, hits[0].subject_ok), (DocKind::Quote, true));
    }

    #[test]
    fn said_by_marks_other_speakers() {
        let (s, ix) = fixture();
        let q = ix.analyze("what did kowalska say about grain exports");
        assert!(q.asks_person_statement());
        let hits = ix.search_query(&s, &q, 3);
        let grain = hits
            .iter()
            .find(|h| h.item == 2 && h.kind == DocKind::Fact)
            .unwrap();
        assert!(!grain.subject_ok);
    }
}
