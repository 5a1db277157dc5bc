//! The scoring formula: BM25 over two fields (a document's text and a quote's speaker), its idf,
//! and the weight of the speaker field. Swap the scorer here; the search calls only these.

use super::index::Index;

/// BM25's term-frequency saturation.
const K1: f32 = 1.2;
/// BM25's length normalisation: facts are sentences of similar length, so it weighs little.
const B: f32 = 0.4;
/// The least idf a term keeps: a word in every document still counts a little.
const MIN_IDF: f32 = 0.01;
/// Weight of the speaker field against the text field: a name in the speaker field is strong
/// evidence, but the words of the quote itself are the answer.
pub(super) const SPEAKER_WEIGHT: f32 = 0.8;

impl Index {
    /// The idf of a term.
    pub(super) fn idf(&self, t: u32) -> f32 {
        let n = self.docs.len() as f32;
        let df = self.df(t) as f32;
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln().max(MIN_IDF)
    }

    /// The idf a term in no document would have (the most any term can weigh).
    pub(super) fn max_idf(&self) -> f32 {
        let n = self.docs.len() as f32;
        (1.0 + (n + 0.5) / 0.5).ln()
    }

    /// One field's BM25 term score (before the idf) for `tf` occurrences in a field of `len`
    /// words, against the field's average length `avg`.
    pub(super) fn field_score(&self, tf: u16, len: u16, avg: f32) -> f32 {
        let tf = f32::from(tf);
        let norm = 1.0 - B + B * f32::from(len) / avg;
        tf * (K1 + 1.0) / (tf + K1 * norm)
    }
}
