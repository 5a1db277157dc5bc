//! The deterministic synthetic corpus: a Zipf-distributed vocabulary (English function words,
//! negotiation vocabulary and syllable-built pseudo-words), articles of paragraphs and sentences
//! with attributed direct quotes, and labelled queries (clean and with one typo) drawn from the
//! facts. Everything is a pure function of the seed.

use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// Common English function words: the most frequent ranks, never chosen as query words.
pub const FUNCTION_WORDS: &[&str] = &[
    "the", "of", "and", "to", "a", "in", "that", "is", "was", "for", "on", "with", "as", "by",
    "at", "from", "it", "be", "has", "have", "not", "but", "this", "are", "were", "would", "will",
    "its", "their", "which", "an", "or", "had", "been", "they", "he", "she", "we", "our", "his",
    "her", "there", "also", "more", "than", "after", "before", "into", "over", "about", "could",
    "should", "any", "all", "no", "if", "so", "what", "when", "who", "can", "may", "must", "out",
    "up", "other", "some", "such", "only", "new", "one", "two", "last", "while",
];

/// Vocabulary of the negotiations, placed among the frequent content ranks.
pub const NEGOTIATION_WORDS: &[&str] = &[
    "peace",
    "ceasefire",
    "talks",
    "negotiations",
    "sanctions",
    "territory",
    "security",
    "guarantees",
    "troops",
    "withdrawal",
    "agreement",
    "summit",
    "delegation",
    "envoy",
    "Kremlin",
    "Kyiv",
    "Moscow",
    "Washington",
    "Ukraine",
    "Russia",
    "Europe",
    "NATO",
    "concessions",
    "frontline",
    "Donbas",
    "Crimea",
    "prisoners",
    "exchange",
    "memorandum",
    "proposal",
    "framework",
    "sovereignty",
    "occupation",
    "invasion",
    "offensive",
    "drones",
    "missiles",
    "energy",
    "infrastructure",
    "grain",
    "corridor",
    "referendum",
    "elections",
    "constitution",
    "neutrality",
    "membership",
    "alliance",
    "partners",
    "allies",
    "diplomats",
    "minister",
    "president",
    "spokesman",
    "administration",
    "officials",
    "meeting",
    "conference",
    "plan",
    "points",
    "draft",
    "document",
    "signed",
    "rejected",
    "accepted",
    "demanded",
    "insisted",
    "warned",
    "promised",
    "discussed",
    "progress",
    "deadline",
    "compromise",
    "ultimatum",
    "reparations",
    "assets",
    "frozen",
    "reconstruction",
    "humanitarian",
    "civilians",
    "children",
    "deportation",
    "tribunal",
    "justice",
    "amnesty",
    "border",
    "buffer",
    "zone",
    "monitoring",
    "peacekeepers",
    "observers",
    "mediation",
    "mediator",
    "Istanbul",
    "Geneva",
    "Riyadh",
    "Alaska",
    "Minsk",
    "nuclear",
    "plant",
    "Zaporizhzhia",
    "Kherson",
    "Luhansk",
    "Donetsk",
    "Kharkiv",
    "Odesa",
    "Black",
    "Sea",
    "ports",
    "shipping",
    "weapons",
    "aid",
    "funding",
    "Congress",
    "Senate",
    "parliament",
    "coalition",
    "willing",
    "lasting",
    "durable",
    "just",
    "unconditional",
    "truce",
    "hostilities",
    "escalation",
    "strikes",
    "overnight",
];

const ONSETS: &[&str] = &[
    "b", "br", "c", "ch", "d", "dr", "f", "fl", "g", "gr", "h", "j", "k", "l", "m", "n", "p", "pr",
    "r", "s", "sh", "st", "t", "th", "tr", "v", "w", "z", "",
];
const VOWELS: &[&str] = &["a", "e", "i", "o", "u", "ai", "ea", "ou", "io", "y"];
const CODAS: &[&str] = &["", "", "", "n", "r", "s", "l", "t", "m", "nd", "st", "k"];

const ROLES: &[&str] = &[
    "Ukrainian President",
    "Russian President",
    "US Secretary of State",
    "Kremlin spokesman",
    "Ukrainian Foreign Minister",
    "Russian Foreign Minister",
    "US special envoy",
    "NATO Secretary General",
    "EU foreign policy chief",
    "Turkish President",
    "Ukrainian chief negotiator",
    "Russian presidential aide",
    "French President",
    "German Chancellor",
    "British Prime Minister",
];

const OUTLETS: &[&str] = &[
    "Reuters",
    "Associated Press",
    "BBC News",
    "The Kyiv Independent",
    "Politico Europe",
    "Financial Times",
    "Al Jazeera",
];

/// The words of the corpus, most frequent first, with a Zipf sampler over their ranks.
#[derive(Debug)]
pub struct Vocab {
    pub words: Vec<String>,
    /// `function[i]`: word `i` is a function word (never a salient query word).
    pub function: Vec<bool>,
    cdf: Vec<f64>,
}

impl Vocab {
    /// `n_pseudo` syllable-built pseudo-words after the function and negotiation words; Zipf
    /// weights `1 / rank^exponent`.
    pub fn new(rng: &mut ChaCha8Rng, n_pseudo: usize, exponent: f64) -> Vocab {
        let mut seen: std::collections::HashSet<String> = FUNCTION_WORDS
            .iter()
            .chain(NEGOTIATION_WORDS)
            .map(|w| w.to_lowercase())
            .collect();
        let mut pseudo = Vec::with_capacity(n_pseudo);
        while pseudo.len() < n_pseudo {
            let a = rng.gen_range(0..4usize);
            let b = rng.gen_range(1..4usize);
            let w = pseudo_word(rng, 1 + a.min(b));
            if w.len() >= 2 && seen.insert(w.clone()) {
                pseudo.push(w);
            }
        }
        // Negotiation words sit among the first 500 content ranks.
        let mut content = pseudo;
        for w in NEGOTIATION_WORDS {
            let at = rng.gen_range(0..=content.len().min(500));
            content.insert(at, (*w).to_string());
        }
        let mut words: Vec<String> = FUNCTION_WORDS.iter().map(|w| (*w).to_string()).collect();
        let mut function = vec![true; words.len()];
        function.extend(std::iter::repeat_n(false, content.len()));
        words.extend(content);
        let mut cdf = Vec::with_capacity(words.len());
        let mut sum = 0.0;
        for r in 0..words.len() {
            sum += 1.0 / ((r + 1) as f64).powf(exponent);
            cdf.push(sum);
        }
        for c in &mut cdf {
            *c /= sum;
        }
        Vocab {
            words,
            function,
            cdf,
        }
    }

    /// A word index drawn from the Zipf distribution.
    pub fn sample(&self, rng: &mut ChaCha8Rng) -> usize {
        let x: f64 = rng.gen();
        self.cdf
            .partition_point(|&c| c < x)
            .min(self.words.len() - 1)
    }
}

fn pseudo_word(rng: &mut ChaCha8Rng, syllables: usize) -> String {
    let mut w = String::new();
    for _ in 0..syllables {
        w.push_str(ONSETS.choose(rng).copied().unwrap_or("b"));
        w.push_str(VOWELS.choose(rng).copied().unwrap_or("a"));
        w.push_str(CODAS.choose(rng).copied().unwrap_or(""));
    }
    w
}

fn capitalize(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// A person who can be quoted.
#[derive(Debug, Clone)]
pub struct Speaker {
    pub first: String,
    pub last: String,
    pub role: &'static str,
}

/// One generated fact (sentence): its article and byte range in the article's text.
#[derive(Debug, Clone, Copy)]
pub struct GenFact {
    pub article: u32,
    pub start: u32,
    pub end: u32,
}

/// One generated article file.
#[derive(Debug, Clone)]
pub struct GenArticle {
    /// File stem; Parley's source id is the same string.
    pub name: String,
    pub text: String,
}

/// A labelled query: the text, the fact it was drawn from, and whether it carries a typo.
#[derive(Debug, Clone)]
pub struct Query {
    pub text: String,
    pub fact: usize,
    pub typo: bool,
}

/// The whole generated data set.
#[derive(Debug)]
pub struct Corpus {
    pub articles: Vec<GenArticle>,
    pub facts: Vec<GenFact>,
    pub queries: Vec<Query>,
}

impl Corpus {
    pub fn fact_text(&self, i: usize) -> &str {
        let f = self.facts[i];
        &self.articles[f.article as usize].text[f.start as usize..f.end as usize]
    }

    /// The file stem of article `i` (also Parley's source id).
    pub fn article_name(i: usize) -> String {
        format!("a{i:07}")
    }

    /// The article index a file stem / source id names.
    pub fn article_of(name: &str) -> Option<usize> {
        name.strip_prefix('a')?.parse().ok()
    }
}

/// The generator's state: seeded RNG, vocabulary and the pool of speakers.
pub struct Generator {
    pub rng: ChaCha8Rng,
    pub vocab: Vocab,
    speakers: Vec<Speaker>,
}

/// The body words (vocabulary indices) of the facts, kept to draw queries from.
struct Bodies {
    words: Vec<u32>,
    offsets: Vec<u32>,
}

impl Generator {
    pub fn new(seed: u64) -> Generator {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let vocab = Vocab::new(&mut rng, 4000, 1.0);
        let mut speakers = Vec::new();
        let mut names = std::collections::HashSet::new();
        while speakers.len() < 300 {
            let first = capitalize(&pseudo_word(&mut rng, 2));
            let syllables = 2 + rng.gen_range(0..2);
            let last = capitalize(&pseudo_word(&mut rng, syllables));
            if names.insert(last.clone()) {
                speakers.push(Speaker {
                    first,
                    last,
                    role: ROLES.choose(&mut rng).copied().unwrap_or("official"),
                });
            }
        }
        Generator {
            rng,
            vocab,
            speakers,
        }
    }

    /// A sentence body (no final punctuation) and its vocabulary indices.
    fn body(&mut self, min: usize, max: usize) -> (String, Vec<u32>) {
        let n = self.rng.gen_range(min..=max);
        let mut s = String::new();
        let mut ids = Vec::with_capacity(n);
        for i in 0..n {
            let w = self.vocab.sample(&mut self.rng);
            ids.push(w as u32);
            let word = &self.vocab.words[w];
            if i == 0 {
                s.push_str(&capitalize(word));
            } else {
                s.push(' ');
                s.push_str(word);
            }
            if i + 1 < n && i > 1 && self.rng.gen_bool(0.06) {
                s.push(',');
            }
        }
        (s, ids)
    }

    fn heading(&mut self) -> String {
        let (b, _) = self.body(2, 5);
        b.split(' ')
            .map(|w| capitalize(w.trim_end_matches(',')))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// One sentence: plain, indirect speech, or a direct quote attributed in one of the usual
    /// ways. `mentioned` lists the speakers already named in full in this article.
    fn sentence(&mut self, mentioned: &mut Vec<usize>) -> (String, Vec<u32>) {
        let (body, ids) = self.body(8, 24);
        let kind = self.rng.gen_range(0..100);
        if kind < 62 {
            return (format!("{body}."), ids);
        }
        let who = self.rng.gen_range(0..self.speakers.len());
        let sp = &self.speakers[who];
        let name = if mentioned.contains(&who) {
            sp.last.clone()
        } else {
            mentioned.push(who);
            format!("{} {} {}", sp.role, sp.first, sp.last)
        };
        let (open, close) = if self.rng.gen_bool(0.8) {
            ('“', '”')
        } else {
            ('"', '"')
        };
        let s = match kind {
            62..=69 => {
                let lower = lowercase_first(&body);
                format!("{name} said that {lower}.")
            }
            70..=79 => format!("{open}{body},{close} {name} said."),
            80..=86 => format!("{open}{body},{close} said {name}."),
            87..=91 => format!("{open}{body},{close} according to {name}."),
            _ => format!("{name} said: {open}{body}.{close}"),
        };
        (s, ids)
    }

    /// Appends one article of `sentences` facts; returns its text.
    fn article(
        &mut self,
        index: usize,
        sentences: usize,
        facts: &mut Vec<GenFact>,
        bodies: Option<&mut Bodies>,
    ) -> GenArticle {
        let mut bodies = bodies;
        let title = self.heading();
        let outlet = OUTLETS.choose(&mut self.rng).copied().unwrap_or("Reuters");
        let month = self.rng.gen_range(1..=12);
        let day = self.rng.gen_range(1..=28);
        let mut text = format!(
            "+++\ntitle = \"{title}\"\noutlet = \"{outlet}\"\npublished = \"2025-{month:02}-{day:02}\"\n+++\n"
        );
        let mut mentioned = Vec::new();
        let mut left = sentences;
        let mut first = true;
        while left > 0 {
            if !first && self.rng.gen_bool(0.15) {
                let h = self.heading();
                text.push_str("\n## ");
                text.push_str(&h);
                text.push('\n');
            }
            first = false;
            let n = self.rng.gen_range(1..=5).min(left);
            text.push('\n');
            for k in 0..n {
                if k > 0 {
                    text.push(' ');
                }
                let (s, ids) = self.sentence(&mut mentioned);
                let start = text.len();
                text.push_str(&s);
                facts.push(GenFact {
                    article: index as u32,
                    start: start as u32,
                    end: text.len() as u32,
                });
                if let Some(b) = bodies.as_deref_mut() {
                    b.words.extend(ids);
                    b.offsets.push(b.words.len() as u32);
                }
            }
            text.push('\n');
            left -= n;
        }
        GenArticle {
            name: Corpus::article_name(index),
            text,
        }
    }

    /// `n` whole articles of 20–60 facts each (for the reload benchmark).
    pub fn articles(&mut self, n: usize) -> Vec<GenArticle> {
        let mut facts = Vec::new();
        (0..n)
            .map(|i| {
                let s = self.rng.gen_range(20..=60);
                self.article(i, s, &mut facts, None)
            })
            .collect()
    }

    /// A corpus of exactly `n_facts` facts and `n_queries` labelled queries, alternating clean
    /// and typo.
    pub fn corpus(&mut self, n_facts: usize, n_queries: usize) -> Corpus {
        let mut facts = Vec::with_capacity(n_facts);
        let mut bodies = Bodies {
            words: Vec::new(),
            offsets: vec![0],
        };
        let mut articles = Vec::new();
        while facts.len() < n_facts {
            let s = self.rng.gen_range(20..=60).min(n_facts - facts.len());
            let a = self.article(articles.len(), s, &mut facts, Some(&mut bodies));
            articles.push(a);
        }
        let mut queries = Vec::with_capacity(n_queries);
        let mut tries = 0;
        while queries.len() < n_queries && tries < n_queries * 20 + 100 && !facts.is_empty() {
            tries += 1;
            let f = self.rng.gen_range(0..facts.len());
            let ids = &bodies.words[bodies.offsets[f] as usize..bodies.offsets[f + 1] as usize];
            let typo = queries.len() % 2 == 1;
            if let Some(text) = self.query_from(ids, typo) {
                queries.push(Query {
                    text,
                    fact: f,
                    typo,
                });
            }
        }
        Corpus {
            articles,
            facts,
            queries,
        }
    }

    /// 3–6 distinct content words of a fact, in sentence order; with `typo`, one word of at
    /// least four letters gets one edit. `None` when the fact cannot give such a query.
    fn query_from(&mut self, ids: &[u32], typo: bool) -> Option<String> {
        let mut pos: Vec<usize> = Vec::new();
        for (i, &w) in ids.iter().enumerate() {
            if !self.vocab.function[w as usize] && !pos.iter().any(|&p| ids[p] == w) {
                pos.push(i);
            }
        }
        if pos.len() < 3 {
            return None;
        }
        let k = self.rng.gen_range(3..=6).min(pos.len());
        let mut pick: Vec<usize> = pos.choose_multiple(&mut self.rng, k).copied().collect();
        pick.sort_unstable();
        let mut words: Vec<String> = pick
            .iter()
            .map(|&p| self.vocab.words[ids[p] as usize].clone())
            .collect();
        if typo {
            let long: Vec<usize> = (0..words.len())
                .filter(|&i| words[i].chars().count() >= 4)
                .collect();
            let &i = long.choose(&mut self.rng)?;
            words[i] = typo_of(&mut self.rng, &words[i]);
        }
        Some(words.join(" "))
    }
}

fn lowercase_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

/// QWERTY neighbours of a lower-case letter.
fn neighbours(c: char) -> &'static str {
    match c {
        'q' => "wa",
        'w' => "qeas",
        'e' => "wrsd",
        'r' => "etdf",
        't' => "ryfg",
        'y' => "tugh",
        'u' => "yihj",
        'i' => "uojk",
        'o' => "ipkl",
        'p' => "ol",
        'a' => "qwsz",
        's' => "awedxz",
        'd' => "serfcx",
        'f' => "drtgvc",
        'g' => "ftyhbv",
        'h' => "gyujnb",
        'j' => "huikmn",
        'k' => "jiolm",
        'l' => "kop",
        'z' => "asx",
        'x' => "zsdc",
        'c' => "xdfv",
        'v' => "cfgb",
        'b' => "vghn",
        'n' => "bhjm",
        'm' => "njk",
        _ => "e",
    }
}

/// The word with exactly one edit: insertion, deletion, substitution, transposition of two
/// adjacent letters, or a keyboard-neighbour substitution. Always differs from `word`.
pub fn typo_of(rng: &mut ChaCha8Rng, word: &str) -> String {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyz";
    let orig: Vec<char> = word.chars().collect();
    if orig.is_empty() {
        return "x".into();
    }
    for _ in 0..16 {
        let mut c = orig.clone();
        let i = rng.gen_range(0..c.len());
        match rng.gen_range(0..5) {
            0 => {
                let l = LETTERS[rng.gen_range(0..LETTERS.len())] as char;
                c.insert(rng.gen_range(0..=c.len()), l);
            }
            1 => {
                c.remove(i);
            }
            2 => c[i] = LETTERS[rng.gen_range(0..LETTERS.len())] as char,
            3 => {
                let j = if i + 1 < c.len() {
                    i
                } else {
                    i.saturating_sub(1)
                };
                if j + 1 < c.len() {
                    c.swap(j, j + 1);
                }
            }
            _ => {
                let lower = c[i].to_ascii_lowercase();
                let n = neighbours(lower).as_bytes();
                c[i] = n[rng.gen_range(0..n.len())] as char;
            }
        }
        if c != orig {
            return c.into_iter().collect();
        }
    }
    let mut c = orig;
    c.pop();
    c.into_iter().collect()
}

/// Text of roughly `bytes` bytes for the scaling benchmark. `prose`: long paragraphs of
/// sentences with quotes; otherwise adversarial: one paragraph without sentence ends, with
/// quote marks opened and never closed.
pub fn big_article(g: &mut Generator, bytes: usize, prose: bool) -> String {
    let mut text = String::from("+++\ntitle = \"Scaling\"\n+++\n\n");
    let mut mentioned = Vec::new();
    let mut para = 0usize;
    while text.len() < bytes {
        if prose {
            let (s, _) = g.sentence(&mut mentioned);
            text.push_str(&s);
            para += s.len();
            if para > 8_000 {
                text.push_str("\n\n");
                para = 0;
            } else {
                text.push(' ');
            }
        } else {
            let w = g.vocab.sample(&mut g.rng);
            text.push_str(&g.vocab.words[w]);
            text.push(' ');
            if g.rng.gen_bool(0.02) {
                text.push('“');
            }
            if g.rng.gen_bool(0.01) {
                text.push('"');
            }
        }
    }
    text
}

/// A question of about `chars` characters: vocabulary words (`words`) or one long run of
/// letters without a space.
pub fn big_question(g: &mut Generator, chars: usize, words: bool) -> String {
    let mut q = String::with_capacity(chars + 16);
    while q.len() < chars {
        let w = g.vocab.sample(&mut g.rng);
        q.push_str(&g.vocab.words[w]);
        if words {
            q.push(' ');
        }
    }
    q.truncate(chars);
    q
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_corpus_and_exact_fact_count() {
        let a = Generator::new(7).corpus(1000, 50);
        let b = Generator::new(7).corpus(1000, 50);
        assert_eq!(a.facts.len(), 1000);
        assert_eq!(a.queries.len(), 50);
        assert_eq!(a.articles.len(), b.articles.len());
        assert_eq!(a.articles[3].text, b.articles[3].text);
        assert_eq!(a.queries[10].text, b.queries[10].text);
        let c = Generator::new(8).corpus(1000, 50);
        assert_ne!(a.articles[0].text, c.articles[0].text);
    }

    #[test]
    fn clean_queries_are_words_of_their_fact_and_typo_queries_differ_by_one_word() {
        let c = Generator::new(1).corpus(2000, 200);
        for q in &c.queries {
            let fact = c.fact_text(q.fact).to_lowercase();
            let n = q.text.split(' ').count();
            assert!((3..=6).contains(&n), "{}", q.text);
            let missing = q
                .text
                .split(' ')
                .filter(|w| !fact.contains(&w.to_lowercase()))
                .count();
            if q.typo {
                assert!(missing <= 1, "{} / {fact}", q.text);
            } else {
                assert_eq!(missing, 0, "{} / {fact}", q.text);
            }
        }
        assert_eq!(c.queries.iter().filter(|q| q.typo).count(), 100);
    }

    #[test]
    fn typos_are_one_edit() {
        let mut rng = ChaCha8Rng::seed_from_u64(3);
        for w in ["negotiations", "peace", "kremlin", "abab"] {
            for _ in 0..200 {
                let t = typo_of(&mut rng, w);
                assert_ne!(t, w);
                assert!(strsim::osa_distance(&t, w) == 1, "{w} -> {t}");
            }
        }
    }

    #[test]
    fn zipf_makes_the_top_word_about_rank_weighted() {
        let mut g = Generator::new(2);
        let mut top = 0;
        for _ in 0..100_000 {
            if g.vocab.sample(&mut g.rng) == 0 {
                top += 1;
            }
        }
        // 1/H(n) for n ≈ 4,200 words is about 0.113.
        assert!((9_000..14_000).contains(&top), "{top}");
    }

    #[test]
    fn fact_spans_are_sentences_of_the_article() {
        let c = Generator::new(4).corpus(300, 0);
        for i in 0..c.facts.len() {
            let t = c.fact_text(i);
            assert!(
                t.ends_with('.') || t.ends_with('”') || t.ends_with('"'),
                "{t}"
            );
        }
    }
}
