//! Context: the question words a hit's neighbouring sentences and its article's title match. A
//! reply quotes one sentence, but news copy spreads one thought over two ("Asked about the
//! deadline, Rubio hedged. 'We'll see,' he said.") and leaves to the headline what the whole
//! story is about, so the no-answer gate may credit the words the answer's neighbours and title
//! hold, at a discount; and for the asked person's own words, the rest of the article, at a
//! smaller one. Ranking reads only the title (`rerank.rs`), not the neighbours.

use super::index::Index;
use super::query::Query;
use crate::model::Source;

/// How many sentences on each side of a hit's sentence count as its context. Calibrated on the
/// tuned split: 2 answered realistic 0.630 → 0.643 and private real 0.707 → 0.717 over 1, with
/// no more out-of-scope questions answered; 3 added little more.
pub const CONTEXT_RADIUS: usize = 2;

/// The share of a question word's weight credited when only a neighbouring sentence holds it.
pub const CONTEXT_SHARE: f32 = 0.5;

/// The share of the weight of a person's name that the question asks about credited, for any
/// hit, when only a neighbouring sentence names them: news names the person in one sentence and
/// says what they did in the next ("The meeting between Putin and Witkoff …" beside "neither
/// Witkoff nor Kushner planned to travel to Kyiv"). Calibrated on the tuned splits: 0.25
/// answered one more private real-page question rightly and no out-of-scope one; 0.5
/// ([`CONTEXT_SHARE`]) also answered a realistic question wrongly.
pub const NAME_CONTEXT_SHARE: f32 = 0.25;

/// The share of a topic word's weight credited, for the asked person's own words only, when only
/// some farther part of the article holds it: half a neighbour's. Calibrated on the tuned split:
/// 0.2 and 0.3 each answered one more question there (0.669 → 0.672), 0.4 one more wrongly.
pub const ARTICLE_SHARE: f32 = 0.25;

impl Index {
    /// The documents of the sentences around document `doc`: its neighbours within
    /// [`CONTEXT_RADIUS`], and for a quote also the sentence it opens in. Never `doc` itself.
    pub(super) fn neighbour_docs(&self, sources: &[Source], doc: u32) -> Vec<u32> {
        let mut out = Vec::new();
        let Some(d) = self.docs.get(doc as usize) else {
            return out;
        };
        let Some(s) = sources.get(d.source as usize) else {
            return out;
        };
        let (Some(&base), Some(at)) =
            (self.fact_base.get(d.source as usize), self.sentence_of(doc))
        else {
            return out;
        };
        let lo = at.saturating_sub(CONTEXT_RADIUS);
        let hi = (at + CONTEXT_RADIUS).min(s.facts.len().saturating_sub(1));
        for i in lo..=hi {
            let n = base + i as u32;
            if n != doc && (n as usize) < self.docs.len() {
                out.push(n);
            }
        }
        out
    }

    /// The query slots (as a bit mask, like a search's) that some neighbouring sentence of `doc`
    /// or its article's title matches and `mask` (the document's own) does not.
    pub(super) fn context_mask(&self, sources: &[Source], q: &Query, doc: u32, mask: u64) -> u64 {
        let near = self.neighbour_docs(sources, doc);
        let in_near = |t: u32| {
            self.text
                .get(t as usize)
                .is_some_and(|p| near.iter().any(|&n| p.tf(n).is_some()))
        };
        let near_mask = if near.is_empty() {
            0
        } else {
            slots_holding(q, mask, in_near)
        };
        near_mask | self.title_mask(q, doc, mask)
    }

    /// The query slots (a bit mask) that the title of `doc`'s article matches, leaving out those
    /// in `except`.
    pub(super) fn title_mask(&self, q: &Query, doc: u32, except: u64) -> u64 {
        let title: &[u32] = self
            .docs
            .get(doc as usize)
            .and_then(|d| self.title_terms.get(d.source as usize))
            .map_or(&[], Vec::as_slice);
        if title.is_empty() {
            return 0;
        }
        slots_holding(q, except, |t| title.binary_search(&t).is_ok())
    }

    /// The query slots (a bit mask) that some sentence or quote anywhere in `doc`'s article
    /// matches, leaving out those in `except`.
    pub(super) fn article_mask(&self, q: &Query, doc: u32, except: u64) -> u64 {
        let Some(d) = self.docs.get(doc as usize) else {
            return 0;
        };
        let si = d.source as usize;
        let (Some(&lo), hi) = (
            self.fact_base.get(si),
            self.fact_base
                .get(si + 1)
                .copied()
                .unwrap_or(self.docs.len() as u32),
        ) else {
            return 0;
        };
        slots_holding(q, except, |t| {
            self.text.get(t as usize).is_some_and(|p| {
                let at = p.docs.partition_point(|&x| x < lo);
                p.docs.get(at).is_some_and(|&x| x < hi)
            })
        })
    }
}

/// The query slots (a bit mask; the first 63, as a search's) outside `except` with some term
/// for which `held` is true.
fn slots_holding(q: &Query, except: u64, held: impl Fn(u32) -> bool) -> u64 {
    let mut found = 0u64;
    for (i, slot) in q.slots.iter().enumerate().take(63) {
        let bit = 1u64 << i;
        if except & bit == 0 && slot.alts.iter().any(|&(t, _)| held(t)) {
            found |= bit;
        }
    }
    found
}
