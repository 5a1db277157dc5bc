//! Words a general lexicon relates to a word: WordNet 3.0's synonyms and derived forms of each
//! common English word's most frequent sense ("kid" → "child", "phone" → "telephone"), and the
//! country a capital or seat of government stands for ("Beijing" → "Chinese"), generated into
//! `related.txt` and `capitals.txt` by `scripts/wordnet-related.py`; and the words a sentence
//! embedding model places nearest a common word ("extra" → "additional"), generated into
//! `similar.txt` by `scripts/minilm-similar.py`; and the abbreviations WordNet gives common noun
//! phrases ("POW", "prisoner of war"), generated into `abbreviations.txt` by the first script;
//! and the one-word words of a multi-word verb's or adverb's sense ("carry out" → "execute"),
//! generated into `phrases.txt` by it too.

use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

/// One line per word: the word, a tab, its related words separated by spaces. `#` lines are the
/// licence and provenance.
const TABLE: &str = include_str!("related.txt");

/// One line per word: the word, a tab, the words all-MiniLM-L6-v2 embeds nearest it, separated
/// by spaces. `#` lines are the licence and provenance.
const SIMILAR: &str = include_str!("similar.txt");

/// One line per national capital or seat of government ("kremlin"): the word, a tab, its
/// country's names and adjectives separated by spaces. `#` lines are the licence and provenance.
const CAPITALS: &str = include_str!("capitals.txt");

/// One line per abbreviation WordNet spells by the initials of a common noun phrase of its
/// sense ("pow": "prisoner of war"): the abbreviation, a tab, the phrase. `#` lines are the
/// licence and provenance.
const ABBREVIATIONS: &str = include_str!("abbreviations.txt");

/// One line per verb, adverb or adjective of two or three words ("carry out"): the phrase, a tab,
/// the one-word words of its sense separated by spaces. `#` lines are the licence and provenance.
const PHRASES: &str = include_str!("phrases.txt");

/// Every phrase of the table with the one-word words of its sense ("carry out", "accomplish
/// execute …").
pub fn phrases() -> impl Iterator<Item = (&'static str, &'static str)> {
    PHRASES
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
}

/// Words after which a capital is the place ("the population of Warsaw", "talks in Moscow"), not
/// the government news names by it ("Warsaw's reply", "how did Beijing react").
const PLACE_PREPOSITIONS: &[&str] = &[
    "in", "at", "near", "outside", "inside", "around", "across", "into", "to", "from", "of", "over",
];

/// WordNet's detachment rules ("morphy") for an inflected word's base forms: (suffix,
/// replacement). Every rule that applies is tried, as WordNet does.
const DETACHMENTS: &[(&str, &str)] = &[
    ("ies", "y"),
    ("ses", "s"),
    ("xes", "x"),
    ("zes", "z"),
    ("ches", "ch"),
    ("shes", "sh"),
    ("men", "man"),
    ("es", "e"),
    ("es", ""),
    ("s", ""),
    ("ed", "e"),
    ("ed", ""),
    ("ing", "e"),
    ("ing", ""),
    ("er", ""),
    ("est", ""),
];

/// The shortest base form a detachment may leave.
const MIN_BASE_LEN: usize = 2;

/// A table's lines as a map from each word to its related words.
fn parse(table: &'static str) -> FxHashMap<&'static str, &'static str> {
    table
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .collect()
}

fn table() -> &'static FxHashMap<&'static str, &'static str> {
    static TABLE_MAP: OnceLock<FxHashMap<&'static str, &'static str>> = OnceLock::new();
    TABLE_MAP.get_or_init(|| parse(TABLE))
}

fn similar() -> &'static FxHashMap<&'static str, &'static str> {
    static SIMILAR_MAP: OnceLock<FxHashMap<&'static str, &'static str>> = OnceLock::new();
    SIMILAR_MAP.get_or_init(|| parse(SIMILAR))
}

/// Each word of WordNet's table to the words whose related words list it, in order.
fn listing() -> &'static FxHashMap<&'static str, Vec<&'static str>> {
    static REVERSE_MAP: OnceLock<FxHashMap<&'static str, Vec<&'static str>>> = OnceLock::new();
    REVERSE_MAP.get_or_init(|| {
        let mut m: FxHashMap<&'static str, Vec<&'static str>> = FxHashMap::default();
        for (&k, &ws) in table() {
            for w in ws.split(' ') {
                m.entry(w).or_default().push(k);
            }
        }
        for v in m.values_mut() {
            v.sort_unstable();
        }
        m
    })
}

fn capitals() -> &'static FxHashMap<&'static str, &'static str> {
    static CAPITALS_MAP: OnceLock<FxHashMap<&'static str, &'static str>> = OnceLock::new();
    CAPITALS_MAP.get_or_init(|| parse(CAPITALS))
}

/// An abbreviation and the words of the phrase it abbreviates after the first.
pub type Abbreviation = (&'static str, Vec<&'static str>);

/// The abbreviations of phrases opening with each word ("prisoner" → `pow`: "of", "war").
fn abbreviations() -> &'static FxHashMap<&'static str, Vec<Abbreviation>> {
    static MAP: OnceLock<FxHashMap<&'static str, Vec<Abbreviation>>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map: FxHashMap<&'static str, Vec<Abbreviation>> = FxHashMap::default();
        for (short, phrase) in parse(ABBREVIATIONS) {
            let mut words = phrase.split(' ');
            if let Some(first) = words.next() {
                map.entry(first).or_default().push((short, words.collect()));
            }
        }
        map
    })
}

/// Is `short` (lower case) the abbreviation of a phrase of the lexicon ("pow")?
pub fn is_abbreviation(short: &str) -> bool {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        abbreviations()
            .values()
            .flatten()
            .map(|(short, _)| *short)
            .collect()
    })
    .contains(short)
}

/// The abbreviations of the phrases that open with `first` (lower case, singular): each with
/// the phrase's other words.
pub fn abbreviations_opening_with(first: &str) -> &'static [Abbreviation] {
    abbreviations().get(first).map_or(&[], Vec::as_slice)
}

/// The names and adjectives of the country a capital or seat of government (folded) stands for
/// ("kyiv" → "ukraine", "ukrainian"), unless the word before it (`before`) makes it the place.
pub fn country_words(word: &str, before: Option<&str>) -> Vec<&'static str> {
    if before.is_some_and(|b| PLACE_PREPOSITIONS.contains(&b)) {
        return Vec::new();
    }
    capitals()
        .get(word)
        .map(|r| r.split(' ').collect())
        .unwrap_or_default()
}

/// The other names and adjectives of the country `word` (folded) names ("ukrainian" →
/// "ukraine", "ukrayina"; "russia" → "russian"), from the capitals' table. Empty for a word that
/// names no country there.
pub fn country_forms(word: &str) -> Vec<&'static str> {
    forms()
        .get(word)
        .map(|names| names.split(' ').filter(|w| *w != word).collect())
        .unwrap_or_default()
}

/// Do two words (folded) name or stand for one country ("turkish" and "ankara"; "kremlin" and
/// "russian"), by the capitals' table? False when either names no country there.
pub fn same_country(a: &str, b: &str) -> bool {
    let theirs = country_names(b);
    country_names(a).any(|w| theirs.clone().any(|x| x == w))
}

/// Does a word (folded) name a country or stand for one (`turkish`, `kremlin`), by the capitals'
/// table?
pub fn names_country(word: &str) -> bool {
    country_names(word).next().is_some()
}

/// Does a word (any case) put a place after it ("in", "near", "From")?
pub fn is_place_preposition(word: &str) -> bool {
    PLACE_PREPOSITIONS
        .iter()
        .any(|p| p.eq_ignore_ascii_case(word))
}

/// Is a word (folded) a country's name or adjective (`turkey`, `turkish`) by the capitals'
/// table, not a city standing for it (`ankara`, `kremlin`)?
pub fn is_country_name(word: &str) -> bool {
    forms().contains_key(word)
}

/// A folded word naming a country, or standing for one, as itself or with a possessive `s`
/// typed without its apostrophe (`latvias`).
pub fn country_word(w: &str) -> Option<String> {
    if names_country(w) {
        return Some(w.to_string());
    }
    let bare = w.strip_suffix('s')?;
    names_country(bare).then(|| bare.to_string())
}

/// The names and adjectives of the country a word (folded) names or stands for (with a seat of
/// government, its capital too: `kremlin` → `moscow`, `russia`, `russian`); none for a word that
/// names no country in the capitals' table.
fn country_names(word: &str) -> impl Iterator<Item = &'static str> + Clone {
    let own = forms().get(word).copied().unwrap_or("");
    let capital = capitals().get(word).copied().unwrap_or("");
    own.split(' ')
        .chain(capital.split(' '))
        .filter(|w| !w.is_empty())
}

/// Each country name or adjective of the capitals' table, to all of its country's names.
fn forms() -> &'static FxHashMap<&'static str, &'static str> {
    static FORMS: OnceLock<FxHashMap<&'static str, &'static str>> = OnceLock::new();
    FORMS.get_or_init(|| {
        let mut m = FxHashMap::default();
        for names in capitals().values() {
            for w in names.split(' ') {
                m.entry(w).or_insert(*names);
            }
        }
        m
    })
}

/// The words related to `word` (folded, lower case) or to its base forms ("swaps" → "swap"):
/// WordNet's in the table's order, then the embedding model's nearest, then the words whose
/// WordNet entries list it, each once. Empty for a word no table holds.
pub fn related_words(word: &str) -> Vec<&'static str> {
    let tables = [table(), similar()];
    let mut out: Vec<&'static str> = Vec::new();
    let mut add = |base: &str| {
        let found = tables.iter().filter_map(|t| t.get(base));
        // Relatedness goes both ways: "await" lists "wait", so "wait" finds "await".
        let listing = listing().get(base).into_iter().flatten().copied();
        for w in found.flat_map(|r| r.split(' ')).chain(listing) {
            if w != word && !out.contains(&w) {
                out.push(w);
            }
        }
    };
    add(word);
    for (suffix, replacement) in DETACHMENTS {
        if let Some(stem) = word.strip_suffix(suffix) {
            if stem.len() >= MIN_BASE_LEN {
                add(&format!("{stem}{replacement}"));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_country_is_named_by_its_name_or_adjective_not_its_capital() {
        assert!(is_country_name("turkey") && is_country_name("turkish"));
        assert!(names_country("ankara") && !is_country_name("ankara"));
        assert!(!is_country_name("curitiba"));
    }

    #[test]
    fn a_word_and_its_inflections_find_their_related_words() {
        assert!(related_words("phone").contains(&"telephone"));
        assert!(related_words("kids").contains(&"child"));
        // The irregular forms of related words, which a stemmer does not fold.
        assert!(related_words("kids").contains(&"children"));
        assert!(related_words("swaps").contains(&"trade"));
        assert!(related_words("handling").contains(&"manage"));
        assert!(related_words("scared").contains(&"frightened"));
        assert!(!related_words("swaps").contains(&"swaps"));
        // No hypernyms: a more general word ("diplomat" for "ambassador") says less.
        assert!(!related_words("ambassador").contains(&"diplomat"));
    }

    #[test]
    fn a_word_finds_the_words_embedded_nearest_it() {
        // WordNet's most frequent sense of "extra" is "surplus"; the model's nearest word is the
        // sense news means ("four extra documents").
        assert!(related_words("extra").contains(&"additional"));
        assert!(!related_words("extra").contains(&"extras"));
        // Not a word with the opposite prefix: "unlock" is no "lock".
        assert!(!related_words("lock").contains(&"unlock"));
        // Not one country for another: the model puts Russia beside Ukraine.
        assert!(!related_words("russia").contains(&"ukraine"));
    }

    #[test]
    fn an_informal_word_stands_for_the_formal_one() {
        // WordNet glosses these as informal words for their hypernym: the same thing, said
        // formally, unlike the more general hypernyms left out.
        assert!(related_words("mom").contains(&"mother"));
        assert!(related_words("dad").contains(&"father"));
        // Both ways: "await" lists "wait"; "wait" and its forms find "await".
        assert!(related_words("wait").contains(&"await"));
        assert!(related_words("waiting").contains(&"await"));
        assert!(related_words("guy").contains(&"man"));
        // Never a slur, in either direction.
        assert!(related_words("redskin").is_empty());
    }

    #[test]
    fn a_capital_and_a_seat_of_government_stand_for_their_country() {
        assert!(country_words("kyiv", None).contains(&"ukrainian"));
        assert!(country_words("kiev", Some("did")).contains(&"ukraine"));
        assert!(country_words("beijing", None).contains(&"chinese"));
        assert!(country_words("kremlin", Some("the")).contains(&"russian"));
        assert!(country_words("washington", None).contains(&"american"));
        // Names newer than WordNet's.
        assert!(country_forms("turkey").contains(&"turkiye"));
        assert!(country_forms("czechia").contains(&"czech"));
        // Not a stance ("anti-American"), nor a capital whose name is a common word, nor another
        // synset's nationality ("Taiwanese" for Beijing).
        assert!(!country_words("washington", None).contains(&"anti-american"));
        assert!(country_words("male", None).is_empty());
        assert!(!country_words("beijing", None).contains(&"taiwanese"));
        // The place itself: "the population of Warsaw".
        assert!(country_words("warsaw", Some("of")).is_empty());
        assert!(country_words("grain", None).is_empty());
        // Countries WordNet files under a region ("Baltic State") or calls a kingdom.
        assert!(country_words("riga", None).contains(&"latvian"));
        assert!(country_words("vilnius", None).contains(&"lithuania"));
        assert!(country_words("oslo", None).contains(&"norwegian"));
        assert!(country_forms("latvian").contains(&"latvia"));
        // Countries whose capital is two words ("New Delhi", "Buenos Aires").
        assert!(country_forms("india").contains(&"indian"));
        assert!(country_forms("argentine").contains(&"argentina"));
        assert!(same_country("mexican", "mexico"));
    }

    #[test]
    fn a_country_and_its_adjective_are_one_country() {
        assert!(country_forms("ukrainian").contains(&"ukraine"));
        assert!(country_forms("ukraine").contains(&"ukrainian"));
        assert!(country_forms("russia").contains(&"russian"));
        assert!(!country_forms("russia").contains(&"russia"));
        assert!(country_forms("kyiv").is_empty());
        assert!(country_forms("president").is_empty());
    }

    /// A country no capital brings in is in the table by its own name: the Philippines, whose
    /// capital is also a common word ("manila" paper), and the United Kingdom, whose capital is
    /// first England's.
    #[test]
    fn a_country_whose_capital_brings_it_in_no_other_way_is_listed() {
        assert!(same_country("filipino", "philippines"));
        assert!(same_country("philippine", "philippines"));
        assert!(same_country("uk", "british"));
        assert!(same_country("britain", "united-kingdom"));
        assert!(country_forms("filipino").contains(&"philippine"));
        assert!(!same_country("philippine", "china"));
        // The paper is no country.
        assert!(country_words("manila", None).is_empty());
    }

    #[test]
    fn words_the_lexicon_lacks_have_none() {
        assert!(related_words("zelensky").is_empty());
        assert!(related_words("").is_empty());
        assert!(related_words("s").is_empty());
    }

    /// Checks each line of a table (a word, a tab, lower-case words separated by spaces) and
    /// returns how many lines it has.
    fn checked_lines(text: &str) -> usize {
        let mut n = 0;
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let (word, related) = line.split_once('\t').expect(line);
            assert!(!word.is_empty() && !related.is_empty(), "{line}");
            for w in std::iter::once(word).chain(related.split(' ')) {
                assert!(
                    !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                    "{line}"
                );
            }
            n += 1;
        }
        n
    }

    #[test]
    fn every_line_is_a_word_a_tab_and_lower_case_words() {
        let n = checked_lines(TABLE);
        assert_eq!(n, table().len());
        assert!(n > 10_000, "{n}");
        let m = checked_lines(SIMILAR);
        assert_eq!(m, similar().len());
        assert!(m > 1_000, "{m}");
    }
}
