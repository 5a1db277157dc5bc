//! Search: BM25 candidates gathered slot by slot, rarest word first, with the pruning that keeps
//! large indexes fast (common words only rescore candidates already found; the best documents of
//! very common words are kept aside), then the rerank of the best candidates with an early exit
//! bounded by [`Index::max_factor`].

use std::cell::RefCell;

use rustc_hash::FxHashMap;

use super::context::{ARTICLE_SHARE, CONTEXT_SHARE};
use super::index::Index;
use super::intent::IntentKind;
use super::query::{slot_mask, Query, Slot};
use super::score::SPEAKER_WEIGHT;
use crate::model::{Kind, Source};

/// How many of the best BM25 candidates are reranked. The intent's bonuses can lift a sentence
/// from below the first two dozen ("Witkoff, 68, …" among shorter sentences naming him, for "how
/// old is Witkoff"). Tuned split: 24 → 32 answered one more question, 40 and 48 none more;
/// 48 cost a fifth more `ask` latency at 100k facts.
pub(super) const RERANK: usize = 32;
/// Above this many postings, a common term only rescores documents already found.
pub(super) const PRUNE_POSTINGS: usize = 4096;
/// For a term with more postings than [`PRUNE_POSTINGS`], how many of its best documents (by the
/// term's own BM25 score) are kept aside to seed the candidates when it is a query's rarest term.
const IMPACT_K: usize = 512;
/// Below this weight (a word in nearly every document) a slot is not scored once candidates exist.
const NEGLIGIBLE_WEIGHT: f32 = 0.05;
/// Once this many candidates are found, less weighty query words only rescore them.
const MAX_CANDIDATES: usize = 2048;

/// A scored document.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScoredDoc {
    pub doc: u32,
    pub kind: Kind,
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
    /// For "what did X say": the document is X's own quote or statement.
    pub by_subject: bool,
    /// For "when / where / how long …": the document holds what the question asks for (a date, a
    /// place, a number with the unit asked). Always true for other questions.
    pub answers_type: bool,
    /// "How many X": it holds a number right before X, the thing counted ("157 prisoners").
    pub counts_asked: bool,
    /// [`ScoredDoc::coverage`] crediting, at [`CONTEXT_SHARE`], the question words only the
    /// neighbouring sentences or the article's title hold, and all of a described subject ("the Bilgi academic") when
    /// the document is by the speaker it picked out (for the no-answer gate, never the ranking).
    pub context_coverage: f32,
    /// The same for [`ScoredDoc::topic_coverage`]; for the asked person's own words, also the
    /// topic words only farther parts of the article hold, at [`ARTICLE_SHARE`].
    pub context_topic_coverage: f32,
    /// The fraction of the query's weight that only the article's title matches (0–1).
    pub title_coverage: f32,
    /// The fraction of the query's weight in the names of people it asks about that only the
    /// neighbouring sentences hold (0–1): news names a person in one sentence and says what
    /// they did in the next ("The meeting between Dorn and Hale …" beside "Hale planned to …").
    pub context_name_coverage: f32,
    /// For "what did X say about Y": X's own words without Y whose neighbouring sentences or
    /// article title hold Y ("said the union's officer" in a story about the strike). They
    /// rank among X's words about Y, not after everyone's.
    pub topic_nearby: bool,
    /// The question's slots the document itself matches: bit `i` for slot `i`.
    pub matched: u64,
    /// The question's slots only its neighbouring sentences or its article's title match.
    pub near_matched: u64,
}

impl Index {
    /// The first `limit` quotes with a known speaker, in index order, unscored.
    pub fn first_attributed_quotes(&self, limit: usize) -> Vec<ScoredDoc> {
        self.docs
            .iter()
            .enumerate()
            .filter(|(_, d)| d.kind == Kind::Quote && d.person().is_some())
            .take(limit)
            .map(|(i, d)| ScoredDoc {
                doc: i as u32,
                kind: d.kind,
                source: d.source,
                item: d.item,
                score: 0.0,
                coverage: 0.0,
                topic_coverage: 0.0,
                subject_ok: true,
                by_subject: false,
                answers_type: true,
                counts_asked: false,
                context_coverage: 0.0,
                context_topic_coverage: 0.0,
                title_coverage: 0.0,
                context_name_coverage: 0.0,
                topic_nearby: false,
                matched: 0,
                near_matched: 0,
            })
            .collect()
    }

    /// Keeps aside the best [`IMPACT_K`] documents of every term with more than
    /// [`PRUNE_POSTINGS`] postings.
    pub(super) fn build_impact(&mut self) {
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

    /// The best `k` documents for a question, best first, with deterministic ties (lower document
    /// id first). The fast path: no reply is formatted.
    pub(crate) fn search(&self, sources: &[Source], question: &str, k: usize) -> Vec<ScoredDoc> {
        let q = self.analyze(question);
        self.search_query(sources, &q, k)
    }

    /// [`Index::search`] for an analysed query.
    pub(crate) fn search_query(&self, sources: &[Source], q: &Query, k: usize) -> Vec<ScoredDoc> {
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
        // The topic is what a question asks about apart from the people it names; but "what
        // did X say about Y" is about Y, whoever Y is.
        let said_by = q.intent.kind == IntentKind::SaidBy;
        let is_topic = |s: &Slot| !s.is_subject && (!s.is_name || said_by);
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
        // "What did X say about Y": among X's words, those about Y come first, however well
        // the rest match X's name and titles.
        let about_topic = q.intent.kind == IntentKind::SaidBy && topic_total > 0.0;
        let topical = |d: &ScoredDoc| !about_topic || d.topic_coverage > 0.0 || d.topic_nearby;
        let topic_mask = slot_mask(q, is_topic);
        let order = |a: &ScoredDoc, b: &ScoredDoc| {
            b.subject_ok
                .cmp(&a.subject_ok)
                .then(topical(b).cmp(&topical(a)))
                .then(b.score.total_cmp(&a.score))
                .then(a.doc.cmp(&b.doc))
        };
        // The subject's words when it is a description, with no name in it: for the gate, a
        // speaker it picked out matches all of it. A name in it ("Trump's envoy") may have
        // picked out the person named, who is not the one described.
        let described = !q.slots.iter().any(|s| s.is_subject && s.is_name);
        let described_subject = slot_mask(q, |s| s.is_subject && described);
        // The names of people the question asks about: for the gate, a neighbour naming them.
        let names = slot_mask(q, |s| s.is_name);
        let mut out: Vec<ScoredDoc> = Vec::with_capacity(cands.len().min(k + 1));
        let mut masks: Vec<(u32, u64, Option<u64>)> = Vec::with_capacity(cands.len().min(RERANK));
        for (doc, score, mask) in cands {
            if out.len() >= k
                && out.iter().all(|o| o.subject_ok && topical(o))
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
            let verdict = self.rerank(sources, q, doc, mask);
            // X's words: do their neighbours or title hold the topic words their own text
            // lacks? ("…, Rubio said afterward" after the sentence naming the Florida talks.)
            // Such words rank a little higher, and X's words without Y stay topical. (Kept for
            // the gate.)
            let near = (about_topic && verdict.by_subject)
                .then(|| self.context_mask(sources, q, doc, mask));
            let topic_nearby = topic_coverage == 0.0 && near.is_some_and(|n| n & topic_mask != 0);
            let context = near.map_or(1.0, |n| {
                1.0 + self.weights.context * weight_of(n & !mask & topic_mask, true) / topic_total
            });
            out.push(ScoredDoc {
                doc,
                kind: d.kind,
                source: d.source,
                item: d.item,
                score: score * verdict.factor * context,
                coverage: (weight_of(mask, false) / total).min(1.0),
                topic_coverage,
                subject_ok: verdict.subject_ok,
                by_subject: verdict.by_subject,
                answers_type: verdict.answers_type,
                counts_asked: verdict.counts_asked,
                context_coverage: 0.0,
                context_topic_coverage: 0.0,
                title_coverage: verdict.title_share,
                context_name_coverage: 0.0,
                topic_nearby,
                matched: mask,
                near_matched: 0,
            });
            masks.push((doc, mask, near));
            out.sort_by(order);
            out.truncate(k);
        }
        // The context of the kept documents, for the gate; the ranking read it only for X's
        // words without Y, computed once above.
        for o in &mut out {
            let (mask, near) = masks
                .iter()
                .find(|m| m.0 == o.doc)
                .map_or((0, None), |m| (m.1 & !(1u64 << 63), m.2));
            let near = near.unwrap_or_else(|| self.context_mask(sources, q, o.doc, mask));
            o.near_matched = near;
            // A speaker the question describes ("the Bilgi academic") is its whole subject,
            // though their role is worded otherwise ("a professor at Bilgi University").
            let credited = if o.by_subject {
                mask | described_subject
            } else {
                mask
            };
            o.context_name_coverage = (weight_of(near & names & !mask, false) / total).min(1.0);
            o.context_coverage = ((weight_of(credited, false)
                + CONTEXT_SHARE * weight_of(near & !credited, false))
                / total)
                .min(1.0);
            // The asked person's own words in an article about the topic: "what did Nygaard
            // say after losing the final" is answered by his quote in the final's report.
            let article = if o.by_subject {
                self.article_mask(q, o.doc, mask | near)
            } else {
                0
            };
            o.context_topic_coverage = if topic_total > 0.0 {
                ((weight_of(mask, true)
                    + CONTEXT_SHARE * weight_of(near, true)
                    + ARTICLE_SHARE * weight_of(article, true))
                    / topic_total)
                    .min(1.0)
            } else {
                1.0
            };
        }
        out
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
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}
