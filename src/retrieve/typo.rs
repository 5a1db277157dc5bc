//! Typo correction, SymSpell style: every vocabulary word's deletions (up to 1 or 2 characters,
//! by length) are precomputed; a query word's deletions look them up, and candidates are ranked by
//! Damerau–Levenshtein distance, Jaro–Winkler similarity and how common the word is. The
//! deletions are stored compactly as 64-bit hashes (sorted, with the word ids beside them): a
//! rare hash collision only adds a candidate, which the distance check then judges like any other.

use std::hash::{Hash, Hasher};

use rustc_hash::FxHasher;

/// How many edits a word of `len` characters may be away from its correction. Four-letter words
/// tolerate one edit (for words other than names, only when the first letter is right).
pub fn allowed_edits(len: usize, _is_name: bool) -> usize {
    match len {
        0..=3 => 0,
        4 => 1,
        5..=8 => 1,
        _ => 2,
    }
}

/// The lengths of a query word [`SymSpell::lookup_unambiguous`] corrects by two edits: shorter
/// words are too often other words two letters away; longer ones [`SymSpell::lookup`] corrects.
const UNAMBIGUOUS_MIN_CHARS: usize = 5;
const UNAMBIGUOUS_MAX_CHARS: usize = 8;

/// Query words longer than this are never corrected (nor are vocabulary words that could only
/// match such words), which keeps the delete dictionary small on any input.
pub const MAX_QUERY_CHARS: usize = 40;

/// Calls `f` with every lower-case ASCII word one edit from `word` (a letter deleted, inserted,
/// replaced, or two neighbours swapped) that keeps its first letter: typists rarely miss a word's
/// first letter. Nothing for a word not all lower-case ASCII letters.
pub fn one_edit_words(word: &str, mut f: impl FnMut(&str)) {
    let b = word.as_bytes();
    if b.is_empty() || !b.iter().all(u8::is_ascii_lowercase) {
        return;
    }
    let mut buf: Vec<u8> = Vec::with_capacity(b.len() + 1);
    let mut emit = |buf: &[u8]| {
        if buf.first() == b.first() && buf != b {
            f(std::str::from_utf8(buf).unwrap_or(""));
        }
    };
    for i in 0..=b.len() {
        for c in b'a'..=b'z' {
            buf.clear();
            buf.extend_from_slice(&b[..i]);
            buf.push(c);
            buf.extend_from_slice(&b[i..]);
            emit(&buf);
            if i < b.len() {
                buf.clear();
                buf.extend_from_slice(b);
                buf[i] = c;
                emit(&buf);
            }
        }
        if i < b.len() {
            buf.clear();
            buf.extend_from_slice(&b[..i]);
            buf.extend_from_slice(&b[i + 1..]);
            emit(&buf);
        }
        if i + 1 < b.len() {
            buf.clear();
            buf.extend_from_slice(b);
            buf.swap(i, i + 1);
            emit(&buf);
        }
    }
}

/// One vocabulary word.
#[derive(Debug, Clone)]
pub struct VocabWord {
    pub text: String,
    /// How many documents use it (ranks candidates at the same distance).
    pub freq: u32,
    /// Part of a known person's name or alias.
    pub is_name: bool,
}

/// A correction of a query word.
#[derive(Debug, Clone, PartialEq)]
pub struct Correction {
    /// Index into the vocabulary given to [`SymSpell::build`].
    pub word: u32,
    pub distance: usize,
}

/// The precomputed deletions of a vocabulary.
#[derive(Debug, Default)]
pub struct SymSpell {
    words: Vec<VocabWord>,
    /// Hashes of every word's deletions (and of the word itself), sorted.
    keys: Vec<u64>,
    /// The word each key comes from, beside it.
    ids: Vec<u32>,
    /// Where the keys whose top `bits` bits are `b` start: `starts[b]..starts[b + 1]`.
    starts: Vec<u32>,
    bits: u32,
}

fn key_of(s: &str) -> u64 {
    let mut h = FxHasher::default();
    s.hash(&mut h);
    h.finish()
}

/// Appends to `out` every distinct string `word` gives by deleting 1 to `max` characters (not
/// those already in `out`). The last round's deletions are not kept for another round.
fn deletes_of(word: &str, max: usize, out: &mut Vec<String>) {
    let mut seen: rustc_hash::FxHashSet<u64> = out.iter().map(|s| key_of(s)).collect();
    let mut from = out.len();
    out.push(word.to_string());
    seen.insert(key_of(word));
    let skip_word = from;
    for _ in 0..max {
        let to = out.len();
        for wi in from..to {
            let Some(w) = out.get(wi).cloned() else {
                continue;
            };
            if w.chars().nth(1).is_none() {
                continue;
            }
            for (i, c) in w.char_indices() {
                let mut d = String::with_capacity(w.len());
                d.push_str(&w[..i]);
                d.push_str(&w[i + c.len_utf8()..]);
                if seen.insert(key_of(&d)) {
                    out.push(d);
                }
            }
        }
        from = to;
    }
    out.remove(skip_word);
}

impl SymSpell {
    pub fn build(words: Vec<VocabWord>) -> SymSpell {
        let mut pairs: Vec<(u64, u32)> = Vec::new();
        let mut buf = Vec::new();
        for (i, w) in words.iter().enumerate() {
            let len = w.text.chars().count();
            // A name's two-letter deletions too: `lookup_unambiguous` reaches `kellogg` from
            // `kelog` only through them. Names are few, so this costs little.
            let max = if w.is_name && len >= UNAMBIGUOUS_MIN_CHARS {
                allowed_edits(len, true).max(2)
            } else {
                allowed_edits(len, w.is_name)
            };
            // A word longer than any correctable query plus the edits allowed can never be a
            // correction; its deletes would cost time and memory cubic in its length.
            if max == 0 || len > MAX_QUERY_CHARS + max {
                continue;
            }
            buf.clear();
            buf.push(w.text.clone());
            deletes_of(&w.text, max, &mut buf);
            pairs.extend(buf.drain(..).map(|d| (key_of(&d), i as u32)));
        }
        pairs.sort_unstable();
        pairs.dedup();
        let (keys, ids): (Vec<u64>, Vec<u32>) = pairs.into_iter().unzip();
        // Two to four keys per bucket: a lookup reads two offsets and a few adjacent keys, and
        // the offsets cost about a byte per key.
        let bits = (usize::BITS - keys.len().leading_zeros())
            .saturating_sub(2)
            .clamp(1, 24);
        let mut starts = Vec::with_capacity((1usize << bits) + 1);
        let mut at = 0usize;
        for b in 0..(1u64 << bits) {
            while keys.get(at).is_some_and(|&k| k >> (64 - bits) < b) {
                at += 1;
            }
            starts.push(at as u32);
        }
        starts.push(keys.len() as u32);
        SymSpell {
            words,
            keys,
            ids,
            starts,
            bits,
        }
    }

    /// The words one of whose deletions hashes to `h`.
    fn ids_of(&self, h: u64) -> &[u32] {
        if self.bits == 0 {
            return &[];
        }
        let b = (h >> (64 - self.bits)) as usize;
        let (Some(&lo), Some(&hi)) = (self.starts.get(b), self.starts.get(b + 1)) else {
            return &[];
        };
        let (lo, hi) = (lo as usize, hi as usize);
        let Some(bucket) = self.keys.get(lo..hi) else {
            return &[];
        };
        let from = lo + bucket.partition_point(|&x| x < h);
        let to = lo + bucket.partition_point(|&x| x <= h);
        self.ids.get(from..to).unwrap_or_default()
    }

    pub fn word(&self, i: u32) -> Option<&VocabWord> {
        self.words.get(i as usize)
    }

    /// The best corrections of `query` (a folded word not in the vocabulary), closest first: all
    /// candidates at the smallest distance found, at most `limit`.
    pub fn lookup(&self, query: &str, limit: usize) -> Vec<Correction> {
        let qlen = query.chars().count();
        self.lookup_within(query, allowed_edits(qlen, true), limit, |w| {
            let mut allowed = allowed_edits(qlen, w.is_name);
            if qlen == 4 && !w.is_name && query.chars().next() != w.text.chars().next() {
                allowed = 0;
            }
            allowed
        })
    }

    /// A correction two edits away for a word of five to eight letters (beyond what
    /// [`SymSpell::lookup`] allows), only when exactly one vocabulary word is that close and it
    /// starts with the same letter. Names count only when `names` (the word names the person
    /// asked about): any other word so far off a name is more often another word (`syria`, not
    /// `sybiha`), and a name as close makes the word's correction ambiguous.
    pub fn lookup_unambiguous(&self, query: &str, names: bool) -> Option<Correction> {
        let qlen = query.chars().count();
        if !(UNAMBIGUOUS_MIN_CHARS..=UNAMBIGUOUS_MAX_CHARS).contains(&qlen) {
            return None;
        }
        let first = query.chars().next();
        let found = self.lookup_within(query, 2, 2, |w| {
            if w.text.chars().next() == first && (names || !w.is_name) {
                2
            } else {
                0
            }
        });
        match found.as_slice() {
            [one] if one.distance == 2 => Some(one.clone()),
            _ => None,
        }
    }

    fn lookup_within(
        &self,
        query: &str,
        max: usize,
        limit: usize,
        allowed_for: impl Fn(&VocabWord) -> usize,
    ) -> Vec<Correction> {
        let qlen = query.chars().count();
        if qlen > MAX_QUERY_CHARS || max == 0 {
            return Vec::new();
        }
        let mut keys = vec![query.to_string()];
        deletes_of(query, max, &mut keys);
        let mut seen: Vec<u32> = Vec::new();
        let mut found: Vec<(usize, f64, u32, u32)> = Vec::new();
        for k in &keys {
            for &id in self.ids_of(key_of(k)) {
                if seen.contains(&id) {
                    continue;
                }
                seen.push(id);
                let Some(w) = self.words.get(id as usize) else {
                    continue;
                };
                let d = strsim::damerau_levenshtein(query, &w.text);
                if d == 0 || d > allowed_for(w) {
                    continue;
                }
                let jw = strsim::jaro_winkler(query, &w.text);
                found.push((d, jw, w.freq, id));
            }
        }
        found.sort_by(|a, b| {
            a.0.cmp(&b.0)
                .then(b.1.total_cmp(&a.1))
                .then(b.2.cmp(&a.2))
                .then(a.3.cmp(&b.3))
        });
        let Some(best) = found.first().map(|f| f.0) else {
            return Vec::new();
        };
        found
            .into_iter()
            .filter(|f| f.0 == best)
            .take(limit)
            .map(|f| Correction {
                word: f.3,
                distance: f.0,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_too_long_to_ever_match_get_no_deletes() {
        let long = "x".repeat(600);
        let s = vocab(&[(long.as_str(), false), ("ceasefire", false)]);
        assert!(
            s.keys.len() < 100,
            "only ceasefire's deletes: {}",
            s.keys.len()
        );
        assert!(s.lookup(&"x".repeat(41), 3).is_empty());
        assert_eq!(s.lookup("ceasfire", 3).len(), 1);
    }

    fn vocab(words: &[(&str, bool)]) -> SymSpell {
        SymSpell::build(
            words
                .iter()
                .map(|(w, n)| VocabWord {
                    text: w.to_string(),
                    freq: 1,
                    is_name: *n,
                })
                .collect(),
        )
    }

    fn best(s: &SymSpell, q: &str) -> Option<String> {
        s.lookup(q, 1)
            .first()
            .and_then(|c| s.word(c.word))
            .map(|w| w.text.clone())
    }

    /// The two-edit correction of `q`, names counting.
    fn far(s: &SymSpell, q: &str) -> Option<String> {
        s.lookup_unambiguous(q, true)
            .and_then(|c| s.word(c.word))
            .map(|w| w.text.clone())
    }

    #[test]
    fn corrects_by_length() {
        let s = vocab(&[
            ("concessions", false),
            ("rubio", true),
            ("zelenskyy", true),
            ("putin", true),
            ("peace", false),
            ("talks", false),
        ]);
        assert_eq!(best(&s, "concesions").as_deref(), Some("concessions"));
        assert_eq!(best(&s, "consesions").as_deref(), Some("concessions"));
        assert_eq!(best(&s, "rubbio").as_deref(), Some("rubio"));
        assert_eq!(best(&s, "zelensky").as_deref(), Some("zelenskyy"));
        assert_eq!(best(&s, "zelenskiy").as_deref(), Some("zelenskyy"));
        assert_eq!(best(&s, "putn").as_deref(), Some("putin"));
        assert_eq!(best(&s, "peice").as_deref(), Some("peace"));
        // Too far for a short word, and short non-names are never corrected.
        assert_eq!(best(&s, "pizza"), None);
        assert_eq!(best(&s, "taks").as_deref(), Some("talks"));
        assert_eq!(best(&s, "alks"), None);
        assert_eq!(far(&s, "consesion").as_deref(), None);
        assert_eq!(far(&s, "tlaksx").as_deref(), Some("talks"));
        assert_eq!(far(&s, "zebrax"), None);
        assert_eq!(far(&s, "peeacce").as_deref(), Some("peace"));
        assert_eq!(best(&s, "tak"), None);
        // A name typed with two of its letters dropped (`kelog` for `kellogg`): the query's own
        // deletions never reach it unless the name's two-letter deletions are stored.
        let s = vocab(&[("kellogg", true), ("kyiv", true), ("talks", false)]);
        assert_eq!(far(&s, "kelog").as_deref(), Some("kellogg"));
        assert_eq!(far(&s, "tlk"), None);
        // Not for a word that names no one asked about.
        assert!(s.lookup_unambiguous("kelog", false).is_none());
    }

    #[test]
    fn every_word_of_a_large_vocabulary_is_found_through_its_hashed_deletions() {
        // Pseudo-random seven-letter words: thousands of keys over many buckets.
        let mut x: u32 = 12345;
        let mut words: Vec<String> = Vec::new();
        while words.len() < 3000 {
            let w: String = (0..7)
                .map(|_| {
                    x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
                    char::from(b'a' + ((x >> 16) % 26) as u8)
                })
                .collect();
            if !words.contains(&w) {
                words.push(w);
            }
        }
        let s = vocab(
            &words
                .iter()
                .map(|w| (w.as_str(), false))
                .collect::<Vec<_>>(),
        );
        for (i, w) in words.iter().enumerate().step_by(7) {
            // One letter dropped, one doubled: both one edit away.
            let dropped = format!("{}{}", &w[..3], &w[4..]);
            let doubled = format!("{}{}", &w[..4], &w[3..]);
            for q in [dropped, doubled] {
                let found = s.lookup(&q, 50);
                assert!(
                    found.iter().any(|c| c.word == i as u32 && c.distance == 1),
                    "{q} -> {found:?} misses {w}"
                );
            }
        }
        assert!(vocab(&[]).lookup("anything", 3).is_empty());
    }

    #[test]
    fn deletions_are_distinct_and_exclude_what_is_already_listed() {
        let mut out = vec!["peace".to_string()];
        deletes_of("peace", 1, &mut out);
        let mut got = out[1..].to_vec();
        got.sort();
        assert_eq!(got, ["eace", "pace", "peac", "peae", "pece"]);
        let mut out = vec!["aab".to_string()];
        deletes_of("aab", 2, &mut out);
        let mut got = out[1..].to_vec();
        got.sort();
        assert_eq!(got, ["a", "aa", "ab", "b"]);
    }

    #[test]
    fn odd_words_do_not_panic() {
        let s = vocab(&[("a", false), ("éé", true)]);
        for q in ["", "é", "ééé", &"x".repeat(100)] {
            let _ = s.lookup(q, 3);
        }
    }
}
