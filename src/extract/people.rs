//! People an article names: capitalised name runs recognised as people by structural cues (a role
//! before or after them, a reporting verb next to them, a later surname-only mention), their
//! roles, surnames and title aliases (`the envoy`), their gender where the article reveals it, and
//! every later mention of them (full name, surname, `the <title>`, he/she). `they` is left
//! unresolved: in wire copy it almost always means a group, and a wrong speaker is worse than none.

use rustc_hash::{FxHashMap, FxHashSet};

use super::tokens::Doc;
use crate::lexicon::frequency::usage;
use crate::lexicon::questions::is_time_noun;
use crate::lexicon::roles::{titles_covered_by, OFFICE_PHRASES, PORTFOLIOS, TITLE_ABBREVIATIONS};
use crate::lexicon::{
    is_auxiliary, is_be_form, is_country_name, is_past_role, is_questioned_participle,
    is_reporting_verb, is_role_noun, is_source_noun, is_statement_verb, may_be_office_form,
    name_key, names_country, related_words, resembles_role_noun, role_is_female, same_country,
    same_office, WordSet,
};
use crate::source::Article;

static STOP_SET: WordSet = WordSet::new(STOP);
static ORG_SET: WordSet = WordSet::new(ORG_WORDS);
static TITLE_SET: WordSet = WordSet::new(TITLE_WORDS);
static MODIFIER_SET: WordSet = WordSet::new(ROLE_MODIFIERS);

/// Determiners before a title that make it one person (`the envoy`, `his spokesman`), not `a`.
const TITLE_DETERMINERS: &[&str] = &["the", "his", "her", "their", "its"];

/// Capitalised function words, months and days: never part of a person's name or role.
#[rustfmt::skip]
const STOP: &[&str] = &[
    "The", "A", "An", "This", "That", "These", "Those", "He", "She", "It", "They", "We", "I",
    "You", "His", "Her", "Their", "Its", "Our", "My", "Your", "But", "And", "Or", "Nor", "So",
    "Yet", "If", "When", "While", "After", "Before", "As", "At", "In", "On", "Of", "For", "From",
    "To", "By", "With", "Without", "Into", "About", "Over", "Under", "Between", "During",
    "Despite", "Since", "Until", "Through", "Against", "Among", "Not", "No", "Yes", "Is", "Are",
    "Was", "Were", "Be", "Do", "Does", "Did", "Has", "Have", "Had", "Will", "Would", "Can",
    "Could", "Should", "Might", "Must", "Shall", "What", "Who", "Whom", "Which", "Where", "Why",
    "How", "Whether", "All", "Some", "Many", "Most", "Every", "Each", "Both", "Either", "Neither",
    "There", "Here", "Then", "Now", "Also", "Just", "Only", "Even", "Still", "However",
    "Meanwhile", "Moreover", "Yesterday", "Today", "Tomorrow", "Asked", "According", "Earlier",
    "Later", "Last", "Next", "Outside", "Inside", "Speaking", "January", "February", "March",
    "April", "May", "June", "July", "August", "September", "October", "November", "December",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Monday",
    "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Although", "Though",
    "Because", "Unless", "Once", "Whereas", "Whilst", "Amid", "Upon", "Within", "Beyond",
    "Toward", "Towards", "Instead", "Perhaps", "Thus", "Hence", "Therefore", "Nevertheless",
    "Nonetheless", "Furthermore", "Besides", "Otherwise", "Indeed", "Unlike", "Like",
    // Prepositions and number words that open a sentence: `Alongside Witkoff's charm …`, `Two
    // Quebec mayors …`.
    "Alongside", "Across", "Along", "Around", "Behind", "Below", "Beneath", "Beside", "Near",
    "Onto", "Past", "Per", "Via", "Throughout", "Regarding", "Concerning", "Following", "Above",
    "Except", "Amongst", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine",
    "Ten", "Several", "Few", "Another", "Such",
    // Words that set a group apart from one just named: `Other Czech lawmakers echoed …`.
    "Other", "Others", "Fellow",
];

/// Capitalised words that mark organisations, places, events and titles of works: never part of
/// a name, but fine inside a role (`Defence Ministry official`).
#[rustfmt::skip]
const ORG_WORDS: &[&str] = &[
    "House", "Union", "Nations", "Committee", "Press", "Palace", "Agency", "Ministry",
    "Department", "Council", "Office", "Senate", "Congress", "Parliament", "Assembly",
    "Commission", "Federation", "Republic", "Kingdom", "States", "Emirates", "Court", "Party",
    "Army", "Navy", "Forces", "Force", "Guard", "Bank", "Fund", "Group", "Organization",
    "Organisation", "Alliance", "Treaty", "Institute", "University", "College", "School",
    "Foundation", "Center", "Centre", "Street", "Square", "Avenue", "Bridge", "Airport", "Hotel",
    "Sea", "Ocean", "River", "Gulf", "Island", "Islands", "Mountains", "Region", "Oblast", "City",
    "Times", "News", "Post", "Journal", "Television", "Radio", "Week", "Network", "Service",
    "Services", "Company", "Corporation", "Inc", "Ltd", "Cross", "Crescent", "Agreement", "Accord",
    "Accords", "Deal", "Plan", "Formula", "Initiative", "Summit", "Talks", "Conference", "Forum",
    "War", "Peace", "Ceasefire", "Operation", "Project", "Program", "Programme", "Act", "Law",
    "Constitution", "Day", "God", "Internet", "Reuters", "Kremlin", "Pentagon", "Capitol", "North",
    "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Middle",
    "Great", "Holy", "Church", "Cathedral", "Stadium", "Museum", "Hall", "Tower", "Embassy",
    "Mission", "Administration", "Government", "Cabinet", "Duma", "Rada", "Verkhovna",
    "Convention", "Charter", "Declaration", "Protocol", "Memorandum", "Format", "Framework",
    "Coalition", "Front", "Line", "Zone", "Corridor", "Plant", "Station", "Port", "Base", "Book",
    "Show", "Live", "Morning", "Evening", "Night", "Ukraine", "Russia", "America", "Europe",
    "New", "Saudi", "Arabia", "Zealand", "Kong", "Korea", "Africa", "Lanka", "Rica", "York",
    "Jersey", "Delhi", "Angeles", "Jazeera", "Pravda", "Independent", "Watch", "Rights",
    "International", "Hill", "Agreements", "Communique", "Power", "Nuclear", "Grain", "Prize",
    "Award", "Games", "Olympics", "Cup", "Fleet", "Brigade", "Battalion", "Regiment", "Division",
    "Corps", "Guards", "Airlines", "Airways", "Holdings", "Ministries", "Citizens",
    // Sports clubs and streets, hills and valleys of local news.
    "Rovers", "United", "Rangers", "Wanderers", "Athletic", "Albion", "Town", "County", "Hills",
    "Valley", "Close", "Road", "Lane", "Park", "Sport", "Sports", "Fund", "Feedback", "Video",
    "Police", "Constabulary", "Chamber", "Association", "Authority", "Society", "Bureau",
    "Tribunal", "Secretariat", "League", "Club", "Village", "Estate", "Gardens", "Terrace",
    "Drive", "Board", "Directors", "Trustees", "Governors", "Panel", "Taskforce",
    // Malay place words: roads (`Jalan Tun Razak`), lanes, estuaries (`Kuala Lumpur`).
    "Jalan", "Lorong", "Persiaran", "Lebuhraya", "Kuala",
];

/// Capitalised words that belong to titles, never to names (`Foreign`, `Prime`, `State`).
#[rustfmt::skip]
const TITLE_WORDS: &[&str] = &[
    "foreign", "prime", "vice", "deputy", "special", "chief", "national", "security", "defence",
    "defense", "state", "interior", "finance", "justice", "attorney", "supreme", "senior",
    "acting", "former", "first", "presidential", "executive", "minority", "majority", "high",
    "economy", "energy", "trade", "lieutenant", "major", "staff", "general", "financial",
    "operating", "technology", "medical",
];

/// Lower-case words that may sit inside a role before a name (`presidential aide`).
#[rustfmt::skip]
const ROLE_MODIFIERS: &[&str] = &[
    "special", "chief", "presidential", "deputy", "senior", "former", "top", "foreign",
    "humanitarian", "human", "rights", "defence", "defense", "security", "national", "lead",
    "peace", "acting", "interim", "government", "opposition", "military", "intelligence",
    "veteran", "longtime", "regional", "state", "federal", "prime", "vice", "assistant",
    "associate", "executive", "general", "political", "economic", "finance", "trade", "press",
    "communications", "health", "justice", "interior", "energy", "ministry", "policy", "ruling",
    "party", "independent", "outgoing", "incoming", "current", "ukrainian", "russian", "u.s",
    "american", "european", "union", "un", "eu", "nato", "kremlin", "ukraine", "russia", "of",
];

/// Prepositions of place: a name right after one is a place more often than a person.
const PLACE_PREPOSITIONS: &[&str] = &["in", "at", "near", "outside", "inside", "across"];

/// Prepositions: a name right after one is rarely the sentence's subject.
#[rustfmt::skip]
const PREPOSITIONS: &[&str] = &[
    "with", "by", "of", "to", "for", "from", "about", "between", "against", "after", "before",
    "meeting", "met", "than", "like", "toward", "towards", "on", "at", "in", "into", "without",
];

/// Honorifics: `Mr.` and `Ms.` reveal gender.
const MALE_HONORIFICS: &[&str] = &["Mr", "Sir", "Lord"];
const FEMALE_HONORIFICS: &[&str] = &["Ms", "Mrs", "Miss", "Dame", "Lady"];
/// Honorifics of no one sex: academic ones, the Malay titles (`Datuk Seri Anwar`), the
/// Hausa and Yoruba pilgrim's title (`Alhaji`), the Hindi `Shri`, and a ruler's style (`His
/// Highness`).
#[rustfmt::skip]
const OTHER_HONORIFICS: &[&str] = &[
    "Dr", "Prof", "Datuk", "Dato", "Datin", "Seri", "Tun", "Alhaji", "Shri", "Highness",
    "Excellency", "Majesty",
];
/// Honorifics British copy puts before a first name (`Sir Keir`, `Dame Judi`), not a surname.
const GIVEN_NAME_HONORIFICS: &[&str] = &["Sir", "Dame"];

/// The shortest role noun whose plural is no name word (`Ministers`; not `Reps`).
const MIN_PLURAL_ROLE_LEN: usize = 4;

/// Lower-case particles inside names (`van der Berg`, `de la Cruz`).
#[rustfmt::skip]
const PARTICLES: &[&str] = &[
    "van", "von", "der", "den", "de", "del", "della", "da", "di", "du", "des", "le", "la", "bin",
    "ibn", "bint", "al", "el", "ter", "ten", "dos", "das", "y",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

/// A person found in the article.
#[derive(Debug, Clone)]
pub struct PersonInfo {
    pub name: String,
    pub role: Option<String>,
    /// The surname as written (`Rubio`, `van der Berg`).
    pub surname: String,
    /// Role nouns used as `the <title>` for them (`envoy`).
    pub titles: Vec<String>,
    pub gender: Option<Gender>,
    /// Titles actually used for them as `the <title>`.
    pub used_titles: Vec<String>,
    /// Other spellings of the full name in the article (`Zelenskiy` for `Zelensky`).
    pub variants: Vec<String>,
    /// Roles found for them after their first (`head of the fund` beside `Trade envoy`).
    pub other_roles: Vec<String>,
    strong_gender: bool,
}

/// How a mention names its person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionKind {
    Name,
    Title,
    Pronoun,
}

/// A mention of a person outside quotations: tokens `[tok, end_tok)`.
#[derive(Debug, Clone, Copy)]
pub struct Mention {
    /// `Hale’s deputy`: a possessive mention is rarely the subject.
    pub possessive: bool,
    pub tok: usize,
    pub end_tok: usize,
    pub person: usize,
    pub kind: MentionKind,
}

/// Is `w` in `list`, ignoring ASCII case?
pub fn in_list(list: &[&str], w: &str) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// Is `w` a role noun or a word that belongs in a role (`special`, `Foreign`)?
pub fn is_role_word(w: &str) -> bool {
    is_role_noun(w) || TITLE_SET.contains(w) || MODIFIER_SET.contains(w)
}

fn is_honorific(w: &str) -> bool {
    MALE_HONORIFICS.contains(&w) || FEMALE_HONORIFICS.contains(&w) || OTHER_HONORIFICS.contains(&w)
}

/// Are the words of `short` in `long`, in order?
fn is_subsequence(short: &[&str], long: &[&str]) -> bool {
    let mut rest = long.iter();
    short.iter().all(|w| rest.any(|l| l == w))
}

/// Particles that make a father's name (`bin Nasser`), not a family name, when a name goes on
/// after it.
const PATRONYMICS: &[&str] = &["bin", "ibn", "bint"];

/// The article of an Arabic family name, written apart in any case (`Al Nahyan`, `al Thani`).
const FAMILY_ARTICLES: &[&str] = &["al", "el"];

fn is_particle(w: &str) -> bool {
    PARTICLES.contains(&w)
}

/// Can token `i` be part of a person's name?
fn name_word(doc: &Doc, i: usize) -> bool {
    !doc.possessive(i) && name_word_base(doc, i)
}

/// Months (or their abbreviations) that are also given names or surnames: `Jan Lipavský`,
/// `Theresa May`, `April Ryan`.
static MONTH_NAMES: WordSet = WordSet::new(&["Jan", "May", "June", "April", "August"]);

/// Words before a month (any case) that make it a date: `in May`, `since June`, `Last August`.
#[rustfmt::skip]
const BEFORE_DATES: &[&str] = &[
    "in", "on", "since", "by", "until", "till", "from", "to", "of", "last", "next", "this",
    "early", "late", "mid", "during", "before", "after", "through", "between", "and", "or",
];

/// Is the month word at token `i` ([`MONTH_NAMES`]) a name: in one sentence with a
/// capitalised word right beside it (`Jan Lipavský`, `Theresa May`), no figure after it (`Jan
/// 5`, `May 2025`) and no word of time before it (`in May Putin said`)?
fn month_is_name(doc: &Doc, i: usize) -> bool {
    let same = |k: usize| doc.toks.get(k).is_some_and(|t| t.sent == doc.toks[i].sent);
    let word = |k: usize| same(k).then(|| doc.base(k));
    let before = i.checked_sub(1).and_then(word);
    let after = word(i + 1).filter(|_| doc.gap_before(i + 1).trim().is_empty());
    let figure = |w: &str| w.starts_with(|c: char| c.is_ascii_digit());
    let capital = |w: &str| {
        w.starts_with(char::is_uppercase) && !STOP_SET.contains(w) && !MONTH_NAMES.contains(w)
    };
    let joined_before = before.filter(|_| doc.gap_before(i).trim().is_empty());
    !after.is_some_and(figure)
        && !before.is_some_and(|b| figure(b) || in_list(BEFORE_DATES, b))
        && !doc.dotted(i)
        && (after.is_some_and(capital) || joined_before.is_some_and(capital))
}

/// Dotted initialisms of places and bodies, never a person's initials (`U.S.`, `U.N.`).
const PLACE_INITIALISMS: &[&str] = &["U.S", "U.K", "U.N", "E.U", "U.A.E", "D.C", "U.S.A", "N.Z"];

/// The ending of an age written as a word before a name (`Seventy-year-old`).
const AGE_SUFFIX: &str = "-year-old";

/// Is a token an initial or initials joined by dots (`J`, `D.W`; its last dot is not part of
/// it)?
fn is_initials(w: &str) -> bool {
    !w.is_empty() && w.split('.').all(|p| p.chars().count() == 1)
}

/// [`name_word`] of the token without a possessive `’s`: `Trump’s` ends a name run.
fn name_word_base(doc: &Doc, i: usize) -> bool {
    let w = doc.base(i);
    // The cheap test first: most tokens are lower case.
    if !strip_particle_prefix(w)
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
    {
        return false;
    }
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    let upper = w.chars().filter(|c| c.is_uppercase()).count();
    // `D.W. Maxwell`, `J.T. Rourke`: initials with their dots are a name's, unless a place's.
    let initials = w.contains('.') && is_initials(w) && !PLACE_INITIALISMS.contains(&w);
    if letters == 0 || (letters > 1 && upper == letters && !initials) {
        return false; // acronyms and datelines: `US`, `GENEVA`
    }
    // `Seventy-year-old Joe Marsh`: an age, not a name.
    if w.chars().any(|c| c.is_ascii_digit()) || w.to_lowercase().ends_with(AGE_SUFFIX) {
        return false;
    }
    if letters == 1 && !doc.dotted(i) {
        return false;
    }
    let w = strip_particle_prefix(w);
    if MONTH_NAMES.contains(w) && month_is_name(doc, i) {
        return true;
    }
    // `President-elect`, `Minister-designate`: a role, whatever follows its hyphen.
    let head = w.split('-').next().unwrap_or(w);
    // `the Deputy Health Ministers`: a role noun in the plural.
    // An initialism's too (`MPs`, `MEPs`).
    let plural_role = w.strip_suffix('s').is_some_and(|one| {
        (one.len() >= MIN_PLURAL_ROLE_LEN || one.bytes().all(|b| b.is_ascii_uppercase()))
            && is_role_noun(one)
    });
    !(STOP_SET.contains(w)
        || ORG_SET.contains(w)
        || is_role_noun(w)
        || plural_role
        || (head.len() < w.len() && is_role_noun(head))
        || TITLE_SET.contains(w)
        || is_honorific(w))
}

/// Most words of a section heading that is a person's name (`Manuel Ortega Ruiz`).
const MAX_HEADING_NAME_WORDS: usize = 3;

/// Is a section heading a person's name, as a round-up heads each speaker's part: two or three
/// capitalised words, none a function word, an organisation's, a title's or a role's (`The Road
/// Ahead`, `Foreign Ministry` are not), and not all of them common English words (`Market
/// Reaction` is not; `Dana Price` is)?
pub fn is_name_heading(heading: &str) -> bool {
    let words: Vec<&str> = heading.split_whitespace().collect();
    let common = |w: &&str| !related_words(&w.to_lowercase()).is_empty();
    (2..=MAX_HEADING_NAME_WORDS).contains(&words.len())
        && !words.iter().all(common)
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars().any(char::is_lowercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
                && !(STOP_SET.contains(w)
                    || ORG_SET.contains(w)
                    || is_role_noun(&w.to_lowercase())
                    || TITLE_SET.contains(w)
                    || is_honorific(w))
        })
}

/// The key of a surname among an article's people: its spelling with either apostrophe
/// (`O’Brien` and `O'Brien` are one surname; copy mixes them).
fn surname_key(surname: &str) -> String {
    surname.replace('’', "'")
}

/// The person a name heading names: one of `people` with that name (or known by the surname
/// alone), else a new one added for it; never another person who shares the surname. Returns
/// their index.
pub fn person_of_heading(people: &mut Vec<PersonInfo>, heading: &str) -> usize {
    let key = name_key(heading);
    let surname = heading.split_whitespace().last().unwrap_or(heading);
    if let Some(i) = people
        .iter()
        .position(|p| name_key(&p.name) == key || p.variants.iter().any(|v| name_key(v) == key))
        .or_else(|| {
            people
                .iter()
                .position(|p| p.surname == surname && !p.name.contains(' '))
        })
    {
        return i;
    }
    people.push(PersonInfo {
        other_roles: Vec::new(),
        name: heading.to_string(),
        role: None,
        surname: surname.to_string(),
        titles: Vec::new(),
        gender: None,
        used_titles: Vec::new(),
        variants: Vec::new(),
        strong_gender: false,
    });
    people.len() - 1
}

/// `al-Rashid` → `Rashid`: an Arabic article prefix before a capitalised name part.
fn strip_particle_prefix(w: &str) -> &str {
    if !w.contains('-') {
        return w;
    }
    for p in [
        "al-", "el-", "ad-", "as-", "ash-", "an-", "bin-", "abu-", "ibn-",
    ] {
        if let Some(rest) = w.strip_prefix(p) {
            if rest.chars().next().is_some_and(char::is_uppercase) {
                return rest;
            }
        }
    }
    w
}

/// Name runs: maximal sequences of name words (with particles inside and initials), as token
/// ranges `[a, b)`.
fn name_runs(doc: &Doc) -> Vec<(usize, usize)> {
    let n = doc.toks.len();
    let mut runs = Vec::new();
    // Read once, and only if a nationality opens a two-word run (see `nationality_opens`).
    let after_names = std::cell::OnceCell::new();
    let mut i = 0;
    while i < n {
        if !name_word(doc, i) {
            // `President Trump’s son-in-law`: a possessive word is a run of its own.
            if doc.possessive(i) && name_word_base(doc, i) {
                runs.push((i, i + 1));
            }
            i += 1;
            continue;
        }
        let a = i;
        let mut b = i + 1;
        loop {
            // `J. R. Smith`, `D.W. Maxwell`: an initial, or initials joined by dots.
            let prev_initial = is_initials(doc.word(b - 1)) && doc.dotted(b - 1);
            let link_ok = |k: usize| {
                doc.joined(k)
                    || (prev_initial
                        && k > 0
                        && k < n
                        && doc.toks[k - 1].sent == doc.toks[k].sent
                        && doc.gap_before(k).trim() == ".")
            };
            if b < n && link_ok(b) && name_word(doc, b) {
                b += 1;
                continue;
            }
            // `Mayor Dan Street has urged`: a place's word as a surname (see `place_surname`).
            if b == a + 1 && b < n && link_ok(b) && place_surname(doc, a, b) {
                b += 1;
                break;
            }
            // `Donald Trump’s son-in-law`: a possessive ends the run.
            if b < n && link_ok(b) && doc.possessive(b) && name_word_base(doc, b) {
                b += 1;
                break;
            }
            // Particles: `van der Berg`.
            let mut k = b;
            while k < n && doc.joined(k) && is_particle(doc.word(k)) {
                k += 1;
            }
            if k > b && k < n && doc.joined(k) && name_word(doc, k) {
                b = k + 1;
                continue;
            }
            break;
        }
        // `Minister of Foreign Affairs Liina Kask`: the common noun opening the run is the
        // office's.
        let a = if office_noun_opens(doc, a, b) || nationality_opens(doc, a, b, &after_names) {
            a + 1
        } else {
            a
        };
        // `Jalan Tun Razak`: a place's word, then an honorific, names a place after someone.
        let mut k = a;
        while k > 0 && doc.joined(k) && is_honorific(doc.word(k - 1)) {
            k -= 1;
        }
        let named_place = k < a && k > 0 && doc.joined(k) && ORG_SET.contains(doc.base(k - 1));
        if !named_place {
            runs.push((a, b));
        }
        i = b;
    }
    runs
}

/// Most capitalised words of an office's `of` complement right before a name (`Minister of
/// Foreign Affairs`: two, `Foreign Affairs`).
const OFFICE_COMPLEMENT_WORDS_BEFORE_NAME: usize = 3;

/// The role noun of an office whose `of` complement, capitalised, stands right before token `a`
/// (`Minister of Foreign Affairs` before `Liina Kask`, `Leader of the Opposition` before `Ana
/// Vell`): its token.
fn office_complement_before(doc: &Doc, a: usize) -> Option<usize> {
    if body_name_goes_on(doc, a) {
        return None;
    }
    (2..=OFFICE_COMPLEMENT_WORDS_BEFORE_NAME + 1).find_map(|d| {
        let last = a.checked_sub(d)?;
        let of = if doc.word(last) == "the" {
            last.checked_sub(1)?
        } else {
            last
        };
        let r = of.checked_sub(1)?;
        let shape = doc.word(of) == "of"
            && is_role_noun(&doc.word(r).to_lowercase())
            && (of..=a).all(|k| doc.joined(k))
            && (last + 1..a).all(|k| doc.capitalised(k));
        shape.then_some(r)
    })
}

/// Do the capitalised words from token `a` go on, past `and` or `of`, with more capitalised
/// words (`Harbour Safety and Pilotage Council`): a body's name, not a person's?
fn body_name_goes_on(doc: &Doc, a: usize) -> bool {
    let n = doc.toks.len();
    let mut e = a;
    while e < n && (e == a || doc.joined(e)) && doc.capitalised(e) {
        e += 1;
    }
    e + 1 < n
        && doc.joined(e)
        && doc.joined(e + 1)
        && in_list(&["and", "of", "&"], doc.word(e))
        && doc.capitalised(e + 1)
}

/// Endings of a nationality's adjective (`American`, `Japanese`, `British`, `Israeli`, `Dutch`),
/// not of a country's name (`Jordan`, `Chad`).
const NATIONALITY_ENDINGS: &[&str] = &["an", "ese", "ish", "i", "ch"];

/// Does the name run `[a, b)` open with a nationality's adjective before a name of two words or
/// more (`American Jordan Hasay`), or before a surname the story gives with a name before it
/// elsewhere (`Polish Tusk` in a story naming Donald Tusk)? `after_names` caches
/// [`words_after_names`].
fn nationality_opens<'a>(
    doc: &Doc<'a>,
    a: usize,
    b: usize,
    after_names: &std::cell::OnceCell<FxHashSet<&'a str>>,
) -> bool {
    let w = doc.base(a).to_lowercase();
    let known_surname = || {
        after_names
            .get_or_init(|| words_after_names(doc))
            .contains(doc.base(a + 1))
    };
    (b >= a + 2)
        && doc.joined(a + 1)
        && NATIONALITY_ENDINGS.iter().any(|e| w.ends_with(e))
        && is_country_name(&w)
        && (b >= a + 3 || known_surname())
}

/// The capitalised words the text gives right after another capitalised word that is no
/// country's name nor an honorific (`Tusk` in `Donald Tusk`): surnames given with a name.
fn words_after_names<'a>(doc: &Doc<'a>) -> FxHashSet<&'a str> {
    (1..doc.toks.len())
        .filter(|&j| {
            doc.joined(j) && doc.capitalised(j - 1) && {
                let before = doc.base(j - 1);
                !is_country_name(&before.to_lowercase()) && !is_honorific(before)
            }
        })
        .map(|j| doc.base(j))
        .collect()
}

/// Does the name run `[a, b)` open with a common noun that ends an office's capitalised `of`
/// complement (`Minister of Foreign Affairs Liina Kask`, `Minister of Defence Rauno Tamm`)? Only
/// when a name of two words or more follows it, opening with no English word (`Secretary of the
/// National Harbour Safety …` is all one body's name).
fn office_noun_opens(doc: &Doc, a: usize, b: usize) -> bool {
    let english = |k: usize| usage(&doc.base(k).to_lowercase());
    b >= a + 3
        && english(a).is_some_and(|u| u.noun)
        && english(a + 1).is_none()
        && office_complement_before(doc, a + 1).is_some()
}

/// Is a name's last word a hyphenated given name with a lower-case second part (`Kwong-ming`,
/// `Jae-myung`)? Chinese and Korean names written so put the family name first (`Fung
/// Kwong-ming` is Mr Fung); a double-barrelled surname capitalises both parts (`Smith-Jones`).
fn given_name_last(w: &str) -> bool {
    w.split_once('-').is_some_and(|(a, b)| {
        a.chars().next().is_some_and(char::is_uppercase)
            && a.chars().skip(1).all(char::is_lowercase)
            && !b.is_empty()
            && b.chars().all(char::is_lowercase)
    })
}

/// Is the place's or organisation's word at `b` the surname of the one name word at `a`
/// (`Mayor Dan Street has urged`, `Judge Ruth Hall said`)? Only with a role or honorific right
/// before the name and a verb of speech (perhaps after an auxiliary) right after it: a street named
/// for someone (`King William Street was closed`) is never said to speak.
fn place_surname(doc: &Doc, a: usize, b: usize) -> bool {
    let n = doc.toks.len();
    if !ORG_SET.contains(doc.word(b)) || a == 0 || !doc.joined(a) {
        return false;
    }
    let before = doc.word(a - 1);
    if !(is_honorific(before) || is_role_noun(&before.to_lowercase())) {
        return false;
    }
    let verb_at = |k: usize| k < n && doc.joined(k) && doc.is_verb(k);
    verb_at(b + 1)
        || b + 1 < n && doc.joined(b + 1) && is_auxiliary(doc.word(b + 1)) && verb_at(b + 2)
}

/// The role written right before token `a` (`US Secretary of State`, `Swiss mediator`,
/// `Ukraine’s chief negotiator,`), as a byte range, with the honorific gender if any.
fn role_before(doc: &Doc, a: usize) -> (Option<(usize, usize)>, Option<Gender>) {
    let mut gender = None;
    if a == 0 {
        return (None, None);
    }
    let mut k; // walk tokens k-1, k-2, …
    let mut comma_apposition = false;
    let gap = doc.gap_before(a);
    if doc.opens_sentence(a) {
        return (None, None);
    }
    if gap.trim() == "," {
        comma_apposition = true;
    } else if !(gap.chars().all(char::is_whitespace) || gap.trim() == ".") {
        return (None, None);
    }
    // `ambassador to Washington, Olena Marchuk`: the role noun before a prepositional phrase.
    let mut anchor = a;
    let mut role_end = None;
    // `head of the Ukrainian delegation Andrey Yermak`: the same without a comma, where a
    // lower-case noun ends the complement.
    let before = doc.word(a - 1);
    let lower_complement = !comma_apposition
        && before.starts_with(char::is_lowercase)
        && !STOP_SET.contains(before)
        && doc.joined(a);
    if (comma_apposition || lower_complement) && !is_role_noun(before) {
        let preps = ["to", "in", "at", "for", "of", "on"];
        let mut j = a - 1;
        // `The head of the Laotian foreign ministry, Thongsavanh Phanthavong`.
        let mut reach = MAX_ROLE_COMPLEMENT;
        while j > 0 && j + reach > a && doc.joined(j) {
            let w = doc.word(j);
            if doc.is_verb(j) || in_list(&["and", "or", "who", "which"], w) {
                break;
            }
            // Without the comma's cue, only a noun phrase: articles, nouns, a country's name
            // (`US Secretary of State Marco Rubio met Margit Lund` is no role of Lund's).
            let lower = w.to_lowercase();
            let in_phrase = in_list(&["the", "a", "an", "of"], w)
                || if w.starts_with(char::is_lowercase) {
                    !STOP_SET.contains(w) && usage(w).is_none_or(|u| u.noun)
                } else {
                    crate::lexicon::names_country(&lower)
                };
            if lower_complement && !in_phrase {
                break;
            }
            if is_role_noun(doc.word(j - 1)) && in_list(&preps, w) {
                anchor = j;
                role_end = Some(a - 1);
                // `head of the Office of the President of Ukraine, X`: a title in an `of`
                // complement is the office's; the noun governing the office is X's role.
                let nested = j >= 3 && doc.word(j - 2) == "of"
                    || j >= 4 && doc.word(j - 2) == "the" && doc.word(j - 3) == "of";
                if !nested {
                    break;
                }
                reach = a - j + MAX_ROLE_COMPLEMENT;
            }
            j -= 1;
        }
    }
    // `Head of the Presidential Office Ivan Petrenko`: an office and its `of the` complement in
    // capitals right before the name.
    if anchor == a && !comma_apposition {
        if let Some(span) = office_of_the(doc, a) {
            return (Some(span), gender);
        }
        // `Leader of the Opposition Ana Roos`; not `Secretary of the National Harbour Safety
        // …`, where English words go on the body's name.
        let name_like = usage(&doc.base(a).to_lowercase()).is_none();
        let office = office_complement_before(doc, a).filter(|&r| doc.word(r + 2) == "the");
        if let Some(r) = office.filter(|_| name_like) {
            return (Some((doc.toks[r].start, doc.toks[a - 1].end)), gender);
        }
    }
    k = anchor;
    // Is the name possessive (`Ana Ruiz's office`)?
    let possessive_name = (a..doc.toks.len())
        .take_while(|&t| t == a || doc.joined(t) && doc.capitalised(t))
        .last()
        .is_some_and(|t| doc.possessive(t));
    // Honorifics and ranks right before the name.
    let mut last_role_tok: Option<usize> = None;
    let mut first_tok: Option<usize> = None;
    let mut steps = 0;
    while k > 0 && steps < 9 {
        let j = k - 1;
        if doc.toks[j].sent != doc.toks[a].sent {
            break;
        }
        let w = doc.word(j);
        let g = doc.gap_before(k);
        let ok_gap =
            k == a || g.chars().all(char::is_whitespace) || (g.trim() == "." && doc.dotted(j));
        if !ok_gap {
            break;
        }
        if k == anchor && (comma_apposition || anchor != a) && !is_role_noun(w) {
            break;
        }
        // `secretary of state Marco Rubio` in lower case: the office's `of` complement.
        if k == a
            && !comma_apposition
            && j >= 2
            && doc.word(j - 1) == "of"
            && is_role_noun(&doc.word(j - 2).to_lowercase())
            && w.chars().all(char::is_lowercase)
            && !STOP_SET.contains(w)
            && doc.joined(j)
            && doc.joined(j - 1)
        {
            role_end = Some(j);
            first_tok = Some(j - 1);
            k -= 2;
            steps += 2;
            continue;
        }
        // `the head of President Ana Ruiz's office`: an office governing a titled name's
        // possession through `of` is someone else's; the title after `of` is the name's.
        if w == "of" && possessive_name && last_role_tok.is_some() {
            break;
        }
        if MALE_HONORIFICS.contains(&w) && k == a {
            gender = Some(Gender::Male);
        } else if FEMALE_HONORIFICS.contains(&w) && k == a {
            gender = Some(Gender::Female);
        }
        let accept = if is_role_noun(w) || TITLE_SET.contains(w) {
            if last_role_tok.is_none() && is_role_noun(w) && !(doc.dotted(j) && w.len() <= 4) {
                last_role_tok = Some(j);
            }
            true
        } else if is_honorific(w) {
            true
        } else if doc.word(j).chars().next().is_some_and(char::is_uppercase) {
            // `Addressing Governor Ruth Ebb’s plan`: a participle opening the sentence governs
            // the name; it is no part of the role.
            let opening_participle =
                doc.opens_sentence(j) && w.len() >= PARTICIPLE_MIN_LEN && w.ends_with("ing");
            (!STOP_SET.contains(doc.base(j)) || doc.possessive(j)) && !opening_participle
        } else {
            // `the bloc’s special envoy`
            MODIFIER_SET.contains(w) || doc.possessive(j)
        };
        if !accept {
            break;
        }
        if k == anchor
            && !(is_role_noun(w) || TITLE_SET.contains(w) || is_honorific(w))
            && office_complement_before(doc, a).is_none()
        {
            break;
        }
        first_tok = Some(j);
        k -= 1;
        steps += 1;
    }
    // Only a rank abbreviation (`Sen. Lindsey Graham`): that is the role.
    let last_role_tok = last_role_tok.or_else(|| {
        let w = doc.word(a - 1);
        (is_role_noun(w) && doc.dotted(a - 1) && !comma_apposition).then_some(a - 1)
    });
    let (Some(f), Some(l)) = (first_tok, last_role_tok) else {
        return (None, gender);
    };
    // Drop leading `of`.
    let mut f = f;
    while f < l && doc.word(f).eq_ignore_ascii_case("of") {
        f += 1;
    }
    // Extend the last role word over a trailing `of State`-style complement: all of it when
    // only capitalised words stand between `of` and the name (`Secretary of Homeland Security`).
    let mut l = role_end.unwrap_or(l);
    let whole_complement = l + 2 < a
        && doc.word(l + 1) == "of"
        && (l + 1..a).all(|k| doc.joined(k))
        && (l + 2..a).all(|k| doc.capitalised(k));
    if whole_complement {
        l = a - 1;
    }
    while l + 2 < a && doc.word(l + 1) == "of" && doc.capitalised(l + 2) && !name_word(doc, l + 2) {
        l += 2;
    }
    // Keep an abbreviation's dot: `Sen.`.
    let end = doc.toks[l].end + usize::from(doc.dotted(l));
    (Some((doc.toks[f].start, end)), gender)
}

/// Most capitalised words of the organisation in an office's `of the` complement before a name.
const OFFICE_COMPLEMENT_WORDS: usize = 4;

/// The byte range of `<Role> of the <Organisation>` written in capitals right before the name at
/// token `a` (`Head of the Presidential Office`), joined, the organisation ending in an
/// organisation's word.
fn office_of_the(doc: &Doc, a: usize) -> Option<(usize, usize)> {
    if let Some(span) = office_and_organisation(doc, a) {
        return Some(span);
    }
    // `Head of the Office of the President Ivan Petrenko`: a title in the office's own `of the`
    // complement is the office's, not the name's.
    let title = a.checked_sub(1)?;
    let of = a.checked_sub(3)?;
    let shape = doc.capitalised(title)
        && is_role_noun(&doc.word(title).to_lowercase())
        && doc.word(title - 1) == "the"
        && doc.word(of) == "of"
        && (of + 1..=a).all(|k| doc.joined(k));
    if !shape {
        return None;
    }
    let (start, _) = office_and_organisation(doc, of)?;
    Some((start, doc.toks[title].end))
}

/// [`office_of_the`] for an organisation ending in an organisation's word right before token
/// `a` (`Head of the Presidential Office`).
fn office_and_organisation(doc: &Doc, a: usize) -> Option<(usize, usize)> {
    let mut j = a;
    while j > 0 && a - j < OFFICE_COMPLEMENT_WORDS && doc.joined(j) && doc.capitalised(j - 1) {
        j -= 1;
    }
    // `j` is the organisation's first word: `of the` and a role noun before it.
    let r = j.checked_sub(3)?;
    let joined = (r + 1..=j).all(|k| doc.joined(k)) && doc.joined(a);
    // The organisation's name ends in an organisation's word (`Office`, `Council`): the name
    // after it is no more of it.
    let shape = j < a
        && ORG_SET.contains(doc.base(a - 1))
        && doc.word(j - 1) == "the"
        && doc.word(j - 2) == "of"
        && doc.capitalised(r)
        && is_role_noun(&doc.word(r).to_lowercase());
    (joined && shape).then(|| (doc.toks[r].start, doc.toks[a - 1].end))
}

/// Fewest bytes of a capitalised `-ing` word opening a sentence that is taken for a participle,
/// not a name (`Addressing`, `Welcoming`; `King` and `Ewing` are shorter).
const PARTICIPLE_MIN_LEN: usize = 6;

/// Lower-case words that name relations (`his wife Rhian`, `Trump’s son-in-law Jared Kushner`),
/// by the sex they say the person is: male, female, either.
#[rustfmt::skip]
const MALE_RELATIONS: &[&str] = &[
    "husband", "son", "son-in-law", "father", "brother", "fiance", "widower", "uncle", "nephew",
    "grandson", "grandfather", "boyfriend", "stepson", "father-in-law", "brother-in-law",
];
#[rustfmt::skip]
const FEMALE_RELATIONS: &[&str] = &[
    "wife", "daughter", "daughter-in-law", "mother", "sister", "fiancee", "fiancée", "widow",
    "aunt", "niece", "granddaughter", "grandmother", "girlfriend", "stepdaughter",
    "mother-in-law", "sister-in-law",
];
#[rustfmt::skip]
const OTHER_RELATIONS: &[&str] = &["partner", "cousin", "colleague", "friend"];
static MALE_RELATION_SET: WordSet = WordSet::new(MALE_RELATIONS);
static FEMALE_RELATION_SET: WordSet = WordSet::new(FEMALE_RELATIONS);
static OTHER_RELATION_SET: WordSet = WordSet::new(OTHER_RELATIONS);

/// Is `w` a relation (`wife`, `ex-husband`), and which sex does it say the person is?
fn relation_of(w: &str) -> Option<Option<Gender>> {
    let w = w.strip_prefix("ex-").unwrap_or(w);
    if MALE_RELATION_SET.contains(w) {
        Some(Some(Gender::Male))
    } else if FEMALE_RELATION_SET.contains(w) {
        Some(Some(Gender::Female))
    } else {
        OTHER_RELATION_SET.contains(w).then_some(None)
    }
}

/// Most words a role's complement may have before a comma and the name (`head of the Laotian
/// foreign ministry, X`).
const MAX_ROLE_COMPLEMENT: usize = 8;

/// Shortest run whose first word may be a capitalised common noun (`Pensioner Halyna Marchenko`):
/// two-word runs are names (`Grant Marsh`) too often to strip.
const MIN_RUN_WITH_COMMON_NOUN: usize = 3;

/// Most words a name in capitals opening a lede may have.
const MAX_CAPS_NAME_WORDS: usize = 3;

/// Names in capitals opening a paragraph (`GRANT McALLISTER launched …`): two or three words
/// with no lower-case first letter and at least two capitals each, then a lower-case word. Or
/// only the first word in capitals, the rest written as names are (`LENA Marsh has …`): then
/// `true`, and the first word must be spelt as a name elsewhere in the article to count.
fn caps_ledes(doc: &Doc) -> Vec<(usize, usize, bool)> {
    let mut out = Vec::new();
    let n = doc.toks.len();
    let capsy = |k: usize| {
        let w = doc.word(k);
        w.chars().filter(|c| c.is_uppercase()).count() >= 2
            && w.chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
            && w.chars().next().is_some_and(char::is_uppercase)
    };
    let mut i = 0;
    while i < n {
        let t = doc.toks[i];
        let para_start = i == 0 || doc.sents[doc.toks[i - 1].sent].para != doc.sents[t.sent].para;
        if !para_start || t.in_quote {
            i += 1;
            continue;
        }
        let mut b = i;
        while b < n && b - i < MAX_CAPS_NAME_WORDS && (b == i || doc.joined(b)) && capsy(b) {
            b += 1;
        }
        let mixed = b == i + 1;
        if mixed {
            while b < n && b - i < MAX_CAPS_NAME_WORDS && doc.joined(b) && name_word(doc, b) {
                b += 1;
            }
        }
        let then_lower = b < n && doc.joined(b) && doc.word(b).starts_with(char::is_lowercase);
        if b - i >= 2 && then_lower {
            out.push((i, b, mixed));
        }
        i += 1;
    }
    out
}

/// Most words an apposition between a name and its reporting verb may have.
const MAX_APPOSITION_WORDS: usize = 16;

/// Most words a lower-case job description (`retired bus driver`) can hold before a name.
const MAX_JOB_WORDS: usize = 4;

/// Lower-case words right before a name where a noun phrase starts.
#[derive(Debug, Clone, Copy)]
struct Job {
    /// Their byte range.
    range: (usize, usize),
    /// Does the last word name a relation (`son-in-law`)?
    relation: bool,
    /// Do they name a job or relation, ending in a noun?
    is_job: bool,
}

/// A lower-case job description or relation right before a name (`said retired bus driver
/// Mykola Savchuk`, `, schoolteacher Iryna Vovk`, `his son-in-law Jared Kushner`). It counts
/// only where a noun phrase can start: at a sentence start, after a reporting verb, a
/// determiner or possessive, or a comma.
fn job_before(doc: &Doc, a: usize) -> Option<Job> {
    if a == 0 || !doc.joined(a) {
        return None;
    }
    let mut j = a;
    while j > 0 && a - j < MAX_JOB_WORDS {
        let k = j - 1;
        let w = doc.word(k);
        let plain = w.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
            && !STOP_SET.contains(w)
            && !in_list(PREPOSITIONS, w)
            && !doc.is_verb(k)
            && !in_list(
                &["and", "or", "who", "was", "is", "were", "are", "be", "as"],
                w,
            );
        if !plain {
            break;
        }
        j = k;
        if !doc.joined(k) {
            break;
        }
    }
    if j == a {
        return None;
    }
    let rel_word = doc.word(a - 1);
    let relation = relation_of(rel_word).is_some();
    let starts_np = doc.opens_sentence(j)
        || doc.gap_before(j).contains(',')
        || (doc.joined(j)
            && (doc.is_verb(j - 1)
                || doc.possessive(j - 1)
                || in_list(PREPOSITIONS, doc.word(j - 1))
                || in_list(
                    &["the", "a", "an", "his", "her", "their", "its", "our", "my"],
                    doc.word(j - 1),
                )));
    // A relation needs no more context; a job word must not be the verb's object (`met farmers`).
    let last = rel_word.to_lowercase();
    let names_someone = relation || is_role_noun(&last);
    let noun_end = names_someone || !last.ends_with('s');
    // A verb (`to meet Paul Morrow`), an adjective (`the late Tom Hale`), a participle or a time
    // heading a clause (`on the day Ruth Ebb resigned`) still tells a person's name from a
    // place's, but is no job: a job ends in a noun.
    let job_noun = names_someone
        || !(is_time_noun(&last)
            || usage(&last).is_some_and(|u| !u.noun)
            || last.ends_with("ing")
            || last.ends_with("ed"));
    (starts_np && noun_end).then(|| Job {
        range: (doc.toks[j].start, doc.toks[a - 1].end),
        relation,
        is_job: job_noun,
    })
}

/// Verbs that give the name before them the role after them (`Ken Hale is the director of …`).
const COPULAS: &[&str] = &["is", "was"];

/// The most words of a role in apposition after a name: two coordinated offices run long (`,
/// Secretary of the National Security and Defense Council and head of the delegation for talks
/// with …,`).
const MAX_ROLE_AFTER_WORDS: usize = 24;

/// A role after a name: an apposition (`, the European Union’s special envoy,`) or a copula and
/// an article (`is the director of Cal Fire.`, `was a teacher at the school`) → its byte range.
fn role_after(doc: &Doc, b: usize) -> Option<(usize, usize)> {
    let n = doc.toks.len();
    if b >= n || b == 0 || doc.toks[b].sent != doc.toks[b - 1].sent {
        return None;
    }
    // `X is the …`, and `X, who is the …`: what someone is gives their role.
    let copula_at = |c: usize| {
        c + 1 < n
            && doc.joined(c)
            && in_list(COPULAS, doc.word(c))
            && doc.joined(c + 1)
            && in_list(&["the", "a", "an"], doc.word(c + 1))
    };
    let comma = doc.gap_before(b).trim() == ",";
    let copula = copula_at(b);
    let who_is = comma && doc.word(b).eq_ignore_ascii_case("who") && copula_at(b + 1);
    if !copula && !comma {
        return None;
    }
    let b = if who_is {
        b + 2
    } else if copula {
        b + 1
    } else {
        b
    };
    let first = doc.word(b);
    let starts_ok = ["the", "a", "an", "his", "her", "their"]
        .iter()
        .any(|x| first.eq_ignore_ascii_case(x))
        || doc.capitalised(b)
        || MODIFIER_SET.contains(first)
        || is_role_noun(first);
    if !starts_ok || first.eq_ignore_ascii_case("who") {
        return None;
    }
    let mut has_role = false;
    let mut relative = false;
    let mut k = b;
    while k < n && k < b + MAX_ROLE_AFTER_WORDS {
        // `U.S.` goes on; a sentence's end does not (`… school. He says`).
        let abbreviation = doc.toks[k].sent == doc.toks[b].sent
            && doc.gap_before(k).trim() == "."
            && doc.dotted(k - 1);
        if k > b && !(doc.joined(k) || abbreviation) {
            break;
        }
        // `, a reconstruction economist at X who advised …`: the role ends at the clause.
        if k > b && in_list(&["who", "which", "whose", "that"], doc.word(k)) {
            relative = true;
            break;
        }
        // `Instead of Mr Orlov, the ministry is sending …`: a finite verb makes it the
        // sentence going on, not an apposition.
        if doc.is_verb(k) || crate::lexicon::is_auxiliary(doc.word(k)) {
            return None;
        }
        if is_role_noun(doc.word(k)) {
            has_role = true;
            // `, Italian Prime Minister Giorgia Meloni and …`: a title opening the apposition
            // and a name are the next person of a list, not what the name before is (but
            // `, President Donald Trump's son-in-law,` is).
            let mut e = k + 1;
            while e < n && doc.joined(e) && name_word(doc, e) && !doc.possessive(e) {
                e += 1;
            }
            let titled = (b..=k).all(|j| doc.capitalised(j));
            let owner = e < n && doc.joined(e) && doc.possessive(e);
            if e > k + 1 && titled && !owner {
                return None;
            }
        }
        k += 1;
    }
    let closes = relative
        || k >= n
        || doc.toks[k].sent != doc.toks[b].sent
        || doc.gap_before(k).trim() == ",";
    (has_role && closes).then(|| (doc.toks[b].start, doc.toks[k - 1].end))
}

/// The role noun `the <title>` would use for a role (`US Secretary of State` → `secretary`).
fn title_of(role: &str) -> Option<String> {
    let mut last = None;
    for w in role.split(|c: char| c.is_whitespace() || c == ',') {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        if ["of", "in", "for", "at", "to"].contains(&w) {
            break;
        }
        // `Sen.`, `Cllr`, `Det Insp`: the title abbreviated (`the senator`).
        let lower = w.to_lowercase();
        if let Some(&(_, long)) = TITLE_ABBREVIATIONS
            .iter()
            .find(|(short, _)| *short == lower)
        {
            last = Some(long.to_string());
            continue;
        }
        if is_role_noun(w) && w.chars().count() > 4
            || ["aide", "envoy", "head", "chair", "chief"].contains(&w.to_lowercase().as_str())
        {
            last = Some(w.to_lowercase());
        }
    }
    last
}

/// `s` with its whitespace runs as single spaces, trimmed.
fn clean(s: &str) -> String {
    // Usual case: already clean, one copy and no word list.
    let b = s.as_bytes();
    let single_spaced = b.first().is_none_or(|&c| c != b' ')
        && b.last().is_none_or(|&c| c != b' ')
        && !s.contains("  ")
        && !s.chars().any(|c| c.is_whitespace() && c != ' ');
    if single_spaced {
        return s.to_string();
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Finds the people an article names, in order of first appearance.
pub fn find_people(doc: &Doc) -> Vec<PersonInfo> {
    let runs = name_runs(doc);
    // How often each capitalised word appears on its own (possessives included); not after a
    // place's or organisation's word (`the Valley Fire` is no mention of `Cal Fire`).
    let mut word_count: FxHashMap<&str, usize> = FxHashMap::default();
    for i in 0..doc.toks.len() {
        let named_place = doc.joined(i) && ORG_SET.contains(doc.base(i - 1));
        if doc.capitalised(i) && !named_place {
            *word_count.entry(doc.base(i)).or_default() += 1;
        }
    }
    let mut run_count: FxHashMap<&str, usize> = FxHashMap::default();
    for &(a, b) in &runs {
        if b - a >= 2 {
            *run_count.entry(doc.base(b - 1)).or_default() += 1;
        }
    }
    // Capitalised words that stand alone before a reporting verb (`Marta recalled`).
    let speaking_words: FxHashSet<&str> = doc.speaking_words().collect();
    let mut run_first_count: FxHashMap<&str, usize> = FxHashMap::default();
    for &(a, b) in &runs {
        if b - a >= 2 {
            *run_first_count.entry(doc.base(a)).or_default() += 1;
        }
    }
    // Where the last run that named a person ended (for coordinations).
    let mut last_person_end: Option<usize> = None;
    let mut people: Vec<PersonInfo> = Vec::new();
    let mut by_name: FxHashMap<String, usize> = FxHashMap::default();
    let mut by_surname: FxHashMap<String, usize> = FxHashMap::default();
    // People first named by `Sir` or `Dame` and a first name alone (`Sir Alan`).
    let mut knights: rustc_hash::FxHashSet<usize> = rustc_hash::FxHashSet::default();
    // Words the article writes in lower case: a capitalised one of them opening a long run is a
    // common noun at a sentence start (`Pensioner Halyna Marchenko`, `Striker Kofi Mensah`).
    let mut lower_words: rustc_hash::FxHashSet<&str> = rustc_hash::FxHashSet::default();
    for i in 0..doc.toks.len() {
        if doc.word(i).starts_with(char::is_lowercase) {
            lower_words.insert(doc.word(i));
        }
    }
    // Tabloid ledes open with the name in capitals (`GRANT McALLISTER launched …`): the name,
    // spelt as the article spells it elsewhere — or, when a word is spelt nowhere else, as it
    // stands, so every person's name is one the text holds.
    let mut spelling: FxHashMap<String, &str> = FxHashMap::default();
    for i in 0..doc.toks.len() {
        let w = doc.base(i);
        let lower = w.chars().filter(|c| c.is_lowercase()).count();
        if doc.capitalised(i) && lower > w.chars().filter(|c| c.is_uppercase()).count() {
            spelling.entry(w.to_lowercase()).or_insert(w);
        }
    }
    for (a, b, mixed) in caps_ledes(doc) {
        let respell = |k: usize| {
            spelling
                .get(&doc.word(k).to_lowercase())
                .map(|s| (*s).to_string())
        };
        let words: Vec<String> = if mixed {
            // `LENA Marsh`: only when `Lena` is written elsewhere.
            let Some(first) = respell(a) else {
                continue;
            };
            std::iter::once(first)
                .chain((a + 1..b).map(|k| doc.word(k).to_string()))
                .collect()
        } else {
            let respelt: Option<Vec<String>> = (a..b).map(respell).collect();
            respelt.unwrap_or_else(|| (a..b).map(|k| doc.word(k).to_string()).collect())
        };
        if words.iter().any(|w| {
            STOP_SET.contains(w) || ORG_SET.contains(w) || is_role_noun(w) || TITLE_SET.contains(w)
        }) {
            continue;
        }
        let name = words.join(" ");
        let key = name_key(&name);
        if by_name.contains_key(&key) {
            continue;
        }
        let surname = words.last().cloned().unwrap_or_default();
        let pi = people.len();
        people.push(PersonInfo {
            other_roles: Vec::new(),
            name,
            role: None,
            surname: surname.clone(),
            titles: Vec::new(),
            gender: None,
            used_titles: Vec::new(),
            variants: Vec::new(),
            strong_gender: false,
        });
        by_surname.entry(surname_key(&surname)).or_insert(pi);
        by_name.insert(key, pi);
    }
    for &(a0, b) in &runs {
        let mut a = a0;
        if b - a >= MIN_RUN_WITH_COMMON_NOUN {
            let first = doc.word(a).to_lowercase();
            // `Spokespeson Khulu Phasiwe`: a role the copy misspelt is a role too.
            if lower_words.contains(first.as_str())
                || is_role_noun(&first)
                || resembles_role_noun(&first)
            {
                a += 1;
            }
        }
        // `spokesperson for Eskom Dikatso Mothae`: the organisation a role names, when the
        // article names it on its own elsewhere too, is not the person's first name.
        if b - a >= MIN_RUN_WITH_COMMON_NOUN
            && a >= 2
            && doc.joined(a)
            && doc.joined(a - 1)
            && in_list(ROLE_PREPOSITIONS, doc.word(a - 1))
            && is_role_noun(&doc.word(a - 2).to_lowercase())
        {
            let org = doc.base(a);
            if word_count.get(org).copied().unwrap_or(0)
                > run_first_count.get(org).copied().unwrap_or(0)
            {
                a += 1;
            }
        }
        let core = (a..b).filter(|&k| !is_particle(doc.word(k))).count();
        let (mut role_b, gender) = role_before(doc, a);
        let job = if role_b.is_none() {
            job_before(doc, a)
        } else {
            None
        };
        if role_b.is_none() {
            role_b = job.filter(|j| j.is_job).map(|j| j.range);
        }
        let relation = job.is_some_and(|j| j.relation);
        // `her husband Tom Reed`: the relation says the person's sex.
        let gender = gender.or(if relation {
            relation_of(doc.word(a - 1)).flatten()
        } else {
            None
        });
        let role_a = role_after(doc, b);
        let name_end = doc.toks[b - 1].start + doc.base(b - 1).len();
        let name = clean(doc.text.get(doc.toks[a].start..name_end).unwrap_or(""));
        let key = name_key(&name);
        if let Some(&pi) = by_name.get(&key) {
            let p = &mut people[pi];
            if p.name != name && !p.variants.contains(&name) {
                p.variants.push(name.clone());
            }
            add_role(p, doc, role_b.or(role_a), gender);
            continue;
        }
        // `Russian Direct Investment Fund`: a run that runs on into an organisation's word is
        // part of the organisation's name (`Bridewell Garda station`); a possessive's noun is
        // not (`Ruth Ebb’s plan`, `Putin’s government`).
        if b < doc.toks.len()
            && doc.joined(b)
            && ORG_SET.contains(doc.base(b))
            && (doc.capitalised(b) || !doc.possessive(b - 1))
        {
            continue;
        }
        // A single word names a known person (by surname) or nobody new.
        // `Khalid bin Nasser al-Marri`: a patronymic (`bin Nasser`) with more after it is no
        // family name; the name's last word is.
        // `… bin Zayed Al Nahyan`: the family name keeps its article.
        let family = |k: usize| {
            if k > a + 1 && in_list(FAMILY_ARTICLES, doc.word(k - 1)) {
                k - 1
            } else {
                k
            }
        };
        let surname_start = (a..b)
            .find(|&k| is_particle(doc.word(k)))
            .filter(|&k| k > a && !(in_list(PATRONYMICS, doc.word(k)) && k + 2 < b))
            .unwrap_or_else(|| family(b - 1));
        let family_first = b == a + 2 && given_name_last(doc.word(b - 1));
        let surname = if family_first {
            doc.word(a).to_string()
        } else {
            clean(
                doc.text
                    .get(doc.toks[surname_start].start..name_end)
                    .unwrap_or(""),
            )
        };
        // `Let Kellogg take a look`: a word of English opening a sentence or a quotation, before
        // the surname of someone already named, is no first name.
        let opens = doc.opens_sentence(a) || doc.gap_before(a).contains(['“', '"', '‘']);
        if core == 2 && opens && !related_words(&doc.word(a).to_lowercase()).is_empty() {
            // Not `Rutte … Mark Rutte`: a full name upgrades a surname (below).
            if let Some(&pi) = by_surname.get(&surname_key(&surname)) {
                if people[pi].name != name && people[pi].name != people[pi].surname {
                    continue;
                }
            }
        }
        // `Kushner … Jared Kushner`, `President Trump … Donald Trump`: the full name upgrades a
        // person first named by surname alone.
        if core >= 2 {
            if let Some(&pi) = by_surname.get(&surname_key(&surname)) {
                if people[pi].name == surname {
                    people[pi].name = name.clone();
                    add_role(&mut people[pi], doc, role_b.or(role_a), gender);
                    by_name.insert(key, pi);
                    last_person_end = Some(b);
                    continue;
                }
            }
            // `John Mahama … John Dramani Mahama`: a name with a middle name and without is
            // one person, known by the fuller.
            let words: Vec<&str> = name.split_whitespace().collect();
            let same = people.iter().position(|p| {
                let theirs: Vec<&str> = p.name.split_whitespace().collect();
                p.surname == surname
                    && theirs.len() != words.len()
                    && theirs.first() == words.first()
                    && (is_subsequence(&theirs, &words) || is_subsequence(&words, &theirs))
            });
            if let Some(pi) = same {
                let p = &mut people[pi];
                if words.len() > p.name.split_whitespace().count() {
                    let shorter = std::mem::replace(&mut p.name, name.clone());
                    p.variants.push(shorter);
                } else {
                    p.variants.push(name.clone());
                }
                add_role(p, doc, role_b.or(role_a), gender);
                by_name.insert(key, pi);
                last_person_end = Some(b);
                continue;
            }
            // `Sir Alan … Sir Alan Pryde`: the full name upgrades a knight first named by
            // honorific and first name.
            let first = doc.base(a);
            if let Some(&pi) = by_surname.get(&surname_key(first)) {
                if knights.contains(&pi) && people[pi].name == first {
                    people[pi].name = name.clone();
                    people[pi].surname = surname.clone();
                    add_role(&mut people[pi], doc, role_b.or(role_a), gender);
                    by_surname.entry(surname_key(&surname)).or_insert(pi);
                    by_name.insert(key, pi);
                    last_person_end = Some(b);
                    continue;
                }
            }
        }
        // `Sir Alan` (British copy's honorific and first name for a knight or dame): after
        // `Sir Alan Pryde`, that person, not a new one.
        let knighted = core == 1
            && a > 0
            && doc.joined(a)
            && GIVEN_NAME_HONORIFICS.contains(&doc.word(a - 1).trim_end_matches('.'));
        if knighted {
            let named = people.iter().position(|p| {
                let mut words = p.name.split_whitespace();
                words.next() == Some(name.as_str()) && words.next().is_some()
            });
            if let Some(pi) = named {
                add_role(&mut people[pi], doc, role_b.or(role_a), gender);
                continue;
            }
        }
        // `his wife Rhian`: a relation names a person by one word too; and a title or honorific
        // (`President Trump`, `Mr. Trump`) a surname.
        // Outside quotations only, and not inside a longer title (`Chief Financial Officer`).
        let titled = a > 0
            && doc.joined(a)
            && !doc.toks[a].in_quote
            && !(b < doc.toks.len() && doc.joined(b) && doc.capitalised(b))
            && (is_honorific(doc.word(a - 1).trim_end_matches('.'))
                || (doc.capitalised(a - 1) && is_role_noun(doc.word(a - 1))));
        let single_ok =
            core == 1 && (relation || titled) && !by_surname.contains_key(&surname_key(&name));
        if !(2..=4).contains(&core) && !single_ok {
            if let Some(&pi) = by_surname.get(&surname_key(&name)) {
                add_role(&mut people[pi], doc, role_b.or(role_a), gender);
            }
            continue;
        }
        // `talks in Marsa Velt concluded`: a name governed by a preposition of place is the
        // setting, not the subject of the verb after it.
        let located = a > 0 && doc.joined(a) && in_list(PLACE_PREPOSITIONS, doc.word(a - 1));
        // `Nomsa Dube said`, `Nomsa Dube has urged`, `… has called on`: a verb of speech or of a
        // statement, perhaps after an auxiliary.
        let verb_at = |k: usize| {
            k < doc.toks.len()
                && doc.joined(k)
                && (doc.is_verb(k)
                    || doc.word(k).starts_with(char::is_lowercase)
                        && is_statement_verb(doc.word(k)))
        };
        let verb_next = !located
            && (verb_at(b) || verb_at(b + 1) && doc.joined(b) && is_auxiliary(doc.word(b)));
        let verb_before =
            a > 0 && doc.joined(a) && (doc.is_verb(a - 1) || right_after_according_to(doc, a));
        let last = doc.base(b - 1);
        let alone =
            word_count.get(last).copied().unwrap_or(0) > run_count.get(last).copied().unwrap_or(0);
        // `Mr. John Smith`; `John Smith, who …`; `John Smith, 58,`: only people are written so.
        let honorific =
            a > 0 && doc.toks[a - 1].sent == doc.toks[a].sent && is_honorific(doc.word(a - 1));
        let after_comma = b < doc.toks.len()
            && doc.toks[b].sent == doc.toks[a].sent
            && doc.gap_before(b).trim() == ",";
        let who = after_comma && in_list(&["who", "whose"], doc.word(b));
        // `Assistant Chief Constable of X, Ruth Stowe, said`: set off by commas before the verb.
        let apposed_speaker = after_comma
            && doc.is_verb(b)
            && a > 0
            && doc.toks[a - 1].sent == doc.toks[a].sent
            && doc.gap_before(a).trim() == ",";
        let age = after_comma
            && doc.word(b).chars().all(|c| c.is_ascii_digit())
            && doc.word(b).len() <= 3
            && doc.gap_before(b + 1).trim() == ",";
        // `Donald Trump’s envoys`: organisations and places rarely take a first name's shape, and
        // their words are filtered out of runs already.
        let possessive = doc.possessive(b - 1);
        // `Linda Marsh, one of the elders whose name was forged, said`: an apposition, then the
        // reporting verb.
        let appositive_verb = after_comma
            && (b + 1..doc.toks.len().min(b + MAX_APPOSITION_WORDS))
                .take_while(|&k| doc.toks[k].sent == doc.toks[a].sent)
                .any(|k| doc.gap_before(k).trim() == "," && doc.is_verb(k));
        // `Marta Novak is … Marta recalled`: the first name alone elsewhere.
        let first = doc.base(a);
        let first_alone = core == 2
            && speaking_words.contains(first)
            && word_count.get(first).copied().unwrap_or(0)
                > run_first_count.get(first).copied().unwrap_or(0);
        // `envoys Steve Witkoff and Jared Kushner`: coordinated with a person just named.
        let coordinated = a >= 2
            && doc.joined(a)
            && doc.joined(a - 1)
            && doc.word(a - 1) == "and"
            && last_person_end == Some(a - 1);
        let cued = honorific
            || who
            || apposed_speaker
            || age
            || job.is_some()
            || possessive
            || appositive_verb
            || first_alone
            || coordinated
            || opens_then_speaks_as_pronoun(doc, &speaking_words, a, b);
        if !(role_b.is_some() || role_a.is_some() || verb_next || verb_before || alone || cued) {
            continue;
        }
        let pi = people.len();
        people.push(PersonInfo {
            other_roles: Vec::new(),
            name: name.clone(),
            role: None,
            surname,
            titles: Vec::new(),
            gender: None,
            used_titles: Vec::new(),
            variants: Vec::new(),
            strong_gender: false,
        });
        add_role(&mut people[pi], doc, role_b.or(role_a), gender);
        if role_b.is_some() {
            if let Some(r) = role_a {
                add_role(&mut people[pi], doc, Some(r), None);
            }
        }
        by_surname
            .entry(surname_key(&people[pi].surname))
            .or_insert(pi);
        by_name.insert(key, pi);
        if knighted {
            knights.insert(pi);
        }
        last_person_end = Some(b);
    }
    add_lone_surnames(doc, &speaking_words, &mut people);
    drop_given_names_of_longer(&mut people);
    people
}

/// `Sheikh Abdullah` in a headline, `Sheikh Abdullah bin Zayed Al Nahyan` in the story; `President
/// Xi`, then `Xi Jinping`: a person named by one word that opens exactly one longer name, and
/// ends none, is that person (a first name alone then names them, see [`find_mentions`]).
fn drop_given_names_of_longer(people: &mut Vec<PersonInfo>) {
    let first_words: Vec<Option<&str>> = people
        .iter()
        .map(|p| {
            let mut ws = p.name.split_whitespace();
            let first = ws.next();
            ws.next().and(first)
        })
        .collect();
    let drop: Vec<bool> = people
        .iter()
        .map(|p| {
            let one = !p.name.contains(char::is_whitespace);
            let opens = first_words
                .iter()
                .filter(|f| **f == Some(p.name.as_str()))
                .count();
            let ends = people
                .iter()
                .filter(|q| q.name.contains(char::is_whitespace))
                .any(|q| q.surname == p.name);
            one && opens == 1 && !ends
        })
        .collect();
    let mut i = 0;
    people.retain(|_| {
        i += 1;
        !drop[i - 1]
    });
}

/// Fewest letters of a surname the article never gives in full.
const MIN_LONE_SURNAME_LEN: usize = 4;

/// `Erdogan recalled …`, `For Erdogan, who met …`: translated wire copy may name a well-known
/// person by surname alone throughout. Such a word is a person when it speaks (a reporting verb
/// after it), takes `who` (organisations and places take `which`), stands alone, and is no word
/// of English, country, organisation word or title, nor a word of a name already found.
fn add_lone_surnames(doc: &Doc, speaking: &FxHashSet<&str>, people: &mut Vec<PersonInfo>) {
    let n = doc.toks.len();
    for i in 0..n.saturating_sub(1) {
        let w = doc.base(i);
        let who = doc.toks[i + 1].sent == doc.toks[i].sent
            && doc.gap_before(i + 1).trim() == ","
            && in_list(&["who", "whose"], doc.word(i + 1));
        let signs = (who || speaks_of_self(doc, i) || signs_quote_as_person(doc, speaking, i))
            && speaking.contains(w);
        if !(doc.capitalised(i) && !doc.toks[i].in_quote && (signs || taken_up_by_speaker(doc, i)))
        {
            continue;
        }
        // Not the last word of a longer name; a word of English opening the sentence (`For
        // Erdogan, who …`) is no part of it.
        let alone = !(i > 0
            && doc.joined(i)
            && doc.capitalised(i - 1)
            && !(doc.opens_sentence(i - 1) && usage(&doc.word(i - 1).to_lowercase()).is_some()));
        let lower = w.to_lowercase();
        let word_like = w.chars().count() < MIN_LONE_SURNAME_LEN
            || !w.chars().skip(1).any(char::is_lowercase)
            || STOP_SET.contains(w)
            || ORG_SET.contains(w)
            || TITLE_SET.contains(w)
            || is_role_noun(&lower)
            || names_country(&lower)
            || usage(&lower).is_some()
            || !related_words(&lower).is_empty();
        let known = people.iter().any(|p| {
            p.name
                .split_whitespace()
                .any(|x| surname_key(x) == surname_key(w))
        });
        if !alone || word_like || known {
            continue;
        }
        people.push(PersonInfo {
            other_roles: Vec::new(),
            name: w.to_string(),
            role: None,
            surname: w.to_string(),
            titles: Vec::new(),
            gender: None,
            used_titles: Vec::new(),
            variants: Vec::new(),
            strong_gender: false,
        });
    }
}

/// Does the word at `i` say something of itself as a person: a reporting verb after it, then
/// `he` or `she` (perhaps after `that`) opening what it said (`Tusk revealed that he had held
/// talks`)? An organisation says `it`.
fn speaks_of_self(doc: &Doc, i: usize) -> bool {
    let joined = |k: usize| k < doc.toks.len() && doc.joined(k);
    let pronoun = |k: usize| joined(k) && in_list(&["he", "she"], doc.word(k));
    joined(i + 1)
        && is_reporting_verb(doc.word(i + 1))
        && (pronoun(i + 2) || joined(i + 2) && doc.word(i + 2) == "that" && pronoun(i + 3))
}

/// Conjunctions and adverbs that may open a sentence before its subject (`But Marwick was …`).
const SUBJECT_OPENERS: &[&str] = &["But", "And", "Yet", "However", "Still", "Meanwhile"];

/// Does token `i` open its sentence, perhaps after a conjunction or adverb (`But Marwick …`)?
fn opens_as_subject(doc: &Doc, i: usize) -> bool {
    doc.opens_sentence(i)
        || i > 0 && doc.opens_sentence(i - 1) && in_list(SUBJECT_OPENERS, doc.word(i - 1))
}

/// Does the word at `i` open its sentence as its subject, with a verb after it, and is it taken up
/// later in that sentence by `he` or `she` who speaks (`But Marwick was adamant …, though he
/// admitted …`)? Not a word the story puts after a preposition of place (`in Durban`).
fn taken_up_by_speaker(doc: &Doc, i: usize) -> bool {
    let n = doc.toks.len();
    let sent = doc.toks[i].sent;
    let opens = opens_as_subject(doc, i);
    let verb = i + 1 < n
        && doc.joined(i + 1)
        && (is_be_form(doc.word(i + 1)) || is_auxiliary(doc.word(i + 1)) || doc.is_verb(i + 1));
    if !(opens && verb) {
        return false;
    }
    let pronoun = (i + 2..n)
        .take_while(|&k| doc.toks[k].sent == sent)
        .find(|&k| !doc.toks[k].in_quote && in_list(&["he", "she"], doc.word(k)));
    if !pronoun.is_some_and(|k| k + 1 < n && doc.joined(k + 1) && doc.is_verb(k + 1)) {
        return false;
    }
    // Read last, and rarely: the whole text.
    let w = doc.base(i);
    !(1..n)
        .any(|k| doc.base(k) == w && in_list(PLACE_PREPOSITIONS, &doc.word(k - 1).to_lowercase()))
}

/// Does the name run `[a, b)` open its sentence (`Kim Oduya had been in the café …`, `But Kim
/// Oduya, from Leeds, was …`), and does `he` or `she` speak within [`TAKEN_UP_SENTENCES`] after
/// it (`“…,” she said`, `She said: …`) before any other name that speaks?
fn opens_then_speaks_as_pronoun(doc: &Doc, speaking: &FxHashSet<&str>, a: usize, b: usize) -> bool {
    let n = doc.toks.len();
    let opens = opens_as_subject(doc, a);
    // Its predicate or an apposition follows: a lower-case word or a comma, in its sentence.
    let goes_on = b < n
        && doc.toks[b].sent == doc.toks[a].sent
        && (doc.joined(b) && doc.word(b).starts_with(char::is_lowercase)
            || doc.gap_before(b).trim() == ",");
    if !(opens && goes_on) {
        return false;
    }
    let last = doc.toks[a].sent + TAKEN_UP_SENTENCES;
    let names: Vec<&str> = (a..b).map(|k| doc.base(k)).collect();
    for k in b..n {
        if doc.toks[k].sent > last {
            break;
        }
        if doc.toks[k].in_quote {
            continue;
        }
        let w = doc.word(k);
        if in_list(&["he", "she"], &w.to_lowercase()) {
            let verb_after = k + 1 < n && doc.joined(k + 1) && doc.is_verb(k + 1);
            return verb_after;
        }
        if doc.capitalised(k) && !names.contains(&doc.base(k)) && speaking.contains(doc.base(k)) {
            return false;
        }
    }
    false
}

/// How many sentences after a lone word signing a quote may take it up as `he` or `she`.
const TAKEN_UP_SENTENCES: usize = 3;

/// Does the word at `i` sign a direct quote (`…,” Varnas told …`, `…,” said Varnas.`), and is it
/// then taken up as `he`, `she`, `his` or `her` before any other word that speaks? An
/// organisation signing a statement is taken up as `it`.
fn signs_quote_as_person(doc: &Doc, speaking: &FxHashSet<&str>, i: usize) -> bool {
    let n = doc.toks.len();
    // The quote's closing mark stands right before token `k`.
    let closes = |k: usize| {
        k > 0
            && k < n
            && doc.toks[k - 1].in_quote
            && !doc.toks[k].in_quote
            && doc.toks[k - 1].sent == doc.toks[k].sent
            && doc.gap_before(k).contains(['"', '”', '’'])
    };
    let before_verb = closes(i) && i + 1 < n && doc.joined(i + 1) && doc.is_verb(i + 1);
    let after_verb = closes(i.saturating_sub(1))
        && i > 0
        && doc.is_verb(i - 1)
        && doc.joined(i)
        && !(i + 1 < n && doc.joined(i + 1));
    if !(before_verb || after_verb) {
        return false;
    }
    let w = doc.base(i);
    let last = doc.toks[i].sent + TAKEN_UP_SENTENCES;
    for k in i + 1..n {
        if doc.toks[k].sent > last {
            break;
        }
        if doc.toks[k].in_quote {
            continue;
        }
        if in_list(&["he", "she", "his", "her"], &doc.word(k).to_lowercase()) {
            return true;
        }
        if in_list(&["it", "its"], &doc.word(k).to_lowercase())
            || doc.capitalised(k) && doc.base(k) != w && speaking.contains(doc.base(k))
        {
            return false;
        }
    }
    false
}

/// Most words of the title a photo caption gives before a name.
const CAPTION_TITLE_WORDS: usize = 5;

/// A photo caption, dropped from the story as page furniture, often gives a person's title
/// before their name (`Foreign Secretary David Lammy (Jordan Pettitt/PA)`): the role of each
/// person the story names without one. The text between the article's paragraphs is where such
/// lines were; the title is the capitalised words right before the name on its line, ending in
/// a role noun.
pub fn roles_from_captions(article: &Article, people: &mut [PersonInfo]) {
    let text = &article.text;
    let mut gaps = Vec::new();
    let mut from = 0;
    for p in &article.paragraphs {
        gaps.push(text.get(from..p.start).unwrap_or(""));
        from = p.end;
    }
    gaps.push(text.get(from..).unwrap_or(""));
    for p in people.iter_mut().filter(|p| p.role.is_none()) {
        let found = gaps.iter().find_map(|gap| {
            gap.match_indices(p.name.as_str()).find_map(|(at, _)| {
                let after = gap[at + p.name.len()..].chars().next();
                if after.is_some_and(char::is_alphanumeric) {
                    return None;
                }
                let line = &gap[gap[..at].rfind('\n').map_or(0, |i| i + 1)..at];
                let mut words: Vec<&str> = line
                    .split_whitespace()
                    .rev()
                    .take(CAPTION_TITLE_WORDS)
                    .take_while(|w| w.starts_with(char::is_uppercase) || *w == "of")
                    .collect();
                words.reverse();
                while words.first() == Some(&"of") {
                    words.remove(0);
                }
                let last = words.last()?;
                is_role_noun(&last.to_lowercase()).then(|| words.join(" "))
            })
        });
        if let Some(role) = found {
            give_role(p, role);
        }
    }
}

/// Most words of a role opening a lede (`The president of the Bangladesh Garment Manufacturers
/// and Exporters Association (BGMEA) has …`).
const MAX_LEDE_ROLE_WORDS: usize = 14;

/// Wire copy often names a speaker by role in one paragraph and by name in the next (`The
/// president of the growers' association has urged …`, then `“…,” Omar Said told …`): a role
/// opening a paragraph that names no one, as the subject of its first sentence, is the role of
/// the first person named in the next paragraph, when they have none.
pub fn roles_from_ledes(doc: &Doc, people: &mut [PersonInfo]) {
    let mut s = 0;
    while s < doc.sents.len() {
        let para = doc.sents[s].para;
        let end = s + doc.sents[s..].partition_point(|x| x.para == para);
        let next_end = end + doc.sents[end..].partition_point(|x| x.para == para + 1);
        let role = (end < next_end)
            .then(|| lede_role(doc, doc.tok_at_or_after(doc.sents[s].start)))
            .flatten();
        if let Some(role) = role {
            let text = |a: usize, b: usize| {
                doc.text
                    .get(doc.sents[a].start..doc.sents[b - 1].end)
                    .unwrap_or("")
            };
            let (own, next) = (text(s, end), text(end, next_end));
            let first = people
                .iter()
                .enumerate()
                .filter_map(|(pi, p)| next.find(p.name.as_str()).map(|at| (at, pi)))
                .min();
            let names_no_one = !people.iter().any(|p| own.contains(p.name.as_str()));
            if let Some((_, pi)) = first.filter(|_| names_no_one) {
                if people[pi].role.is_none() {
                    give_role(&mut people[pi], role);
                }
            }
        }
        s = end;
    }
}

/// The role a sentence opening at token `a` gives its subject: `The <role words> <verb>`, the
/// words holding a role noun, then an auxiliary or a verb of speech or statement.
fn lede_role(doc: &Doc, a: usize) -> Option<String> {
    if !doc.word(a).eq_ignore_ascii_case("the") {
        return None;
    }
    let mut k = a + 1;
    let mut noun = false;
    while k < doc.toks.len() && k - a <= MAX_LEDE_ROLE_WORDS && doc.joined_or_bracketed(k) {
        let w = doc.word(k);
        let lower = w.to_lowercase();
        if is_role_noun(&lower) {
            noun = true;
        } else if !(doc.capitalised(k) || in_list(&["of", "the", "and", "for"], w)) {
            break;
        }
        k += 1;
    }
    let lower = doc.word(k).to_lowercase();
    let verb = is_auxiliary(&lower) || doc.is_verb(k) || is_statement_verb(&lower);
    // `… Association (BGMEA)`: with its closing bracket.
    let end = doc.toks[k - 1].end;
    let end = end + usize::from(doc.text.get(end..).is_some_and(|r| r.starts_with(')')));
    (noun && verb && k > a + 1)
        .then(|| clean(doc.text.get(doc.toks[a + 1].start..end).unwrap_or("")))
}

/// Gives a person a role found for them: its title is one of theirs, and it is their role unless
/// they have one already.
fn give_role(p: &mut PersonInfo, role: String) {
    if let Some(t) = title_of(&role) {
        if !p.titles.contains(&t) {
            p.titles.push(t);
        }
    }
    match &p.role {
        None => p.role = Some(role),
        // Another role, when it says more than those they have (`President` after `Ukrainian
        // President` does not) and holds a role noun (`a triumphant Mayor X` is no role).
        Some(first) => {
            let words = role_words(&role);
            let said = |r: &String| {
                let had = role_words(r);
                words.iter().all(|w| had.contains(w))
            };
            let noun = words.iter().any(|w| is_role_noun(w));
            if noun && !is_past_role(&role) && !said(first) && !p.other_roles.iter().any(said) {
                p.other_roles.push(role);
            }
        }
    }
}

/// A role's words, lower case, without articles or punctuation.
fn role_words(role: &str) -> Vec<String> {
    role.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .map(str::to_lowercase)
        .filter(|w| !w.is_empty() && !in_list(&["the", "a", "an"], w))
        .collect()
}

fn add_role(p: &mut PersonInfo, doc: &Doc, role: Option<(usize, usize)>, gender: Option<Gender>) {
    if let Some(g) = gender {
        if !p.strong_gender {
            p.gender = Some(g);
            p.strong_gender = true;
        }
    }
    let Some((s, e)) = role else {
        return;
    };
    let r = clean(doc.text.get(s..e).unwrap_or(""));
    if r.is_empty() {
        return;
    }
    // `Council spokeswoman Ann Ode`: a gendered role says the holder's sex, when its words agree.
    if !p.strong_gender {
        // The role's own words, before a complement (`the husband of actress …` says nothing).
        let mut sexes = r
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .take_while(|w| !["of", "in", "for", "at", "to"].contains(w))
            .filter_map(|w| role_is_female(&w.to_lowercase()));
        if let Some(female) = sexes.next() {
            if sexes.all(|f| f == female) {
                p.gender = Some(if female { Gender::Female } else { Gender::Male });
                p.strong_gender = true;
            }
        }
    }
    give_role(p, r);
}

/// Name sequences (a name's words) with the person each names.
type NameSeqs = Vec<(Vec<String>, usize)>;

/// Finds every mention of the people outside quotations, resolving surnames, `the <title>`,
/// honorifics and he/she/they, and sets genders the article reveals. Mentions are in text order.
pub fn find_mentions(doc: &Doc, people: &mut [PersonInfo]) -> Vec<Mention> {
    // Other spellings of a name: in full, and their last word as a surname.
    let mut variant_seqs: Vec<(Vec<String>, usize)> = Vec::new();
    for (pi, p) in people.iter().enumerate() {
        for v in &p.variants {
            let words: Vec<String> = v.split_whitespace().map(str::to_string).collect();
            if let (true, Some(last)) = (words.len() > 1, words.last()) {
                variant_seqs.push((vec![last.clone()], pi));
            }
            variant_seqs.push((words, pi));
        }
    }
    // Name sequences to match: full names and surnames, keyed by their first word.
    let mut seqs: FxHashMap<&str, Vec<(Vec<String>, usize)>> = FxHashMap::default();
    let names: Vec<(Vec<String>, Vec<String>)> = people
        .iter()
        .map(|p| {
            (
                p.name.split_whitespace().map(str::to_string).collect(),
                p.surname.split_whitespace().map(str::to_string).collect(),
            )
        })
        .collect();
    for (pi, (full, sur)) in names.iter().enumerate() {
        for s in [full, sur] {
            if let Some(f) = s.first() {
                seqs.entry(f.as_str()).or_default().push((s.clone(), pi));
            }
        }
    }
    for (words, pi) in &variant_seqs {
        if let Some(f) = words.first() {
            seqs.entry(f.as_str())
                .or_default()
                .push((words.clone(), *pi));
        }
    }
    // A first name alone (`Lin said` for Lin Ruoxi, `Grant wants …`) names its person when no one
    // else has that first name or surname.
    let mut first_names: FxHashMap<&str, usize> = FxHashMap::default();
    for (full, _) in &names {
        if full.len() >= 2 {
            *first_names.entry(full[0].as_str()).or_default() += 1;
        }
    }
    for (pi, (full, _)) in names.iter().enumerate() {
        let Some(f) = full.first().filter(|_| full.len() >= 2) else {
            continue;
        };
        let taken = seqs
            .get(f.as_str())
            .is_some_and(|v| v.iter().any(|(s, _)| s.len() == 1));
        if !taken && first_names.get(f.as_str()) == Some(&1) && !is_particle(f) {
            seqs.entry(f.as_str())
                .or_default()
                .push((vec![f.clone()], pi));
        }
    }
    // A middle name alone (`Imtiaz said` for Malik Imtiaz Sarwar) names its person when it is no
    // one else's name word and no word of English.
    let mut name_words: FxHashMap<&str, usize> = FxHashMap::default();
    for (full, _) in &names {
        for w in full {
            *name_words.entry(w.as_str()).or_default() += 1;
        }
    }
    for (pi, (full, _)) in names.iter().enumerate() {
        for m in full.iter().take(full.len().saturating_sub(1)).skip(1) {
            let unique = name_words.get(m.as_str()) == Some(&1) && !seqs.contains_key(m.as_str());
            let word_like = m.chars().count() < MIN_LONE_SURNAME_LEN
                || is_particle(m)
                || usage(&m.to_lowercase()).is_some();
            if unique && !word_like {
                seqs.entry(m.as_str())
                    .or_default()
                    .push((vec![m.clone()], pi));
            }
        }
    }
    // `Pimlot says` for Ken Pimlott: a capitalised word before a reporting verb that names no
    // one, one letter off exactly one person's long surname, is that surname misspelt; compared
    // by their name keys, so a transliteration counts as one spelling (`Selensky` is one letter
    // off `Zelenskyi`, the German `S` for the English `Z`).
    for w in doc.speaking_words() {
        if w.chars().count() < MISSPELT_SURNAME_MIN_LEN || seqs.contains_key(w) {
            continue;
        }
        let key = name_key(w);
        let mut near = names.iter().enumerate().filter(|(_, (full, sur))| {
            full.len() >= 2
                && sur.len() == 1
                && sur[0].chars().count() >= MISSPELT_SURNAME_MIN_LEN
                && strsim::damerau_levenshtein(&name_key(&sur[0]), &key) <= 1
        });
        if let (Some((pi, _)), None) = (near.next(), near.next()) {
            seqs.entry(w).or_default().push((vec![w.to_string()], pi));
        }
    }
    // A surname opening with a particle capitalises it at a sentence's start, as a label
    // (`Du Toit: “…”` for Pieter du Toit).
    let particled: Vec<(String, NameSeqs)> = seqs
        .iter()
        .filter(|(k, _)| is_particle(k))
        .map(|(k, v)| {
            let mut c = k.chars();
            let capital: String = c.next().into_iter().flat_map(char::to_uppercase).collect();
            (capital + c.as_str(), v.clone())
        })
        .collect();
    let mut seqs: FxHashMap<String, NameSeqs> =
        seqs.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
    for (k, v) in particled {
        seqs.entry(k).or_default().extend(v);
    }
    for v in seqs.values_mut() {
        v.sort_by_key(|x| std::cmp::Reverse(x.0.len()));
    }
    let n = doc.toks.len();
    let mut mentions: Vec<Mention> = Vec::new();
    // Honorific genders anywhere (even inside quotes): `Ms. Brenner`.
    for i in 1..n {
        let h = doc.word(i - 1);
        let g = if MALE_HONORIFICS.contains(&h) {
            Gender::Male
        } else if FEMALE_HONORIFICS.contains(&h) {
            Gender::Female
        } else {
            continue;
        };
        if let Some(cands) = seqs.get(doc.base(i)) {
            if let Some((_, pi)) = cands.iter().find(|(s, _)| s.len() == 1) {
                let p = &mut people[*pi];
                if !p.strong_gender {
                    p.gender = Some(g);
                    p.strong_gender = true;
                }
            }
        }
    }
    let mut last_seen: Vec<usize> = vec![usize::MAX; people.len()];
    // `the <title>` → the person with that title mentioned last (else the first one introduced).
    // Titles are numbered once per article: `titles[t]`, the first person holding each, and
    // each person's title numbers, so `the <title>` costs a short scan, not a lookup per person.
    let mut titles: Vec<&str> = Vec::new();
    let mut first_with_title: Vec<usize> = Vec::new();
    let mut person_titles: Vec<Vec<usize>> = Vec::with_capacity(people.len());
    for (pi, p) in people.iter().enumerate() {
        let mut mine = Vec::with_capacity(p.titles.len());
        for t in &p.titles {
            let ti = match titles.iter().position(|x| *x == t.as_str()) {
                Some(ti) => ti,
                None => {
                    titles.push(t.as_str());
                    first_with_title.push(pi);
                    titles.len() - 1
                }
            };
            mine.push(ti);
        }
        person_titles.push(mine);
    }
    let titles: Vec<String> = titles.into_iter().map(str::to_string).collect();
    let mut last_with_title: Vec<Option<usize>> = vec![None; titles.len()];
    let record = |pi: usize,
                  i: usize,
                  last_seen: &mut Vec<usize>,
                  last_with_title: &mut Vec<Option<usize>>| {
        last_seen[pi] = i;
        for &t in &person_titles[pi] {
            last_with_title[t] = Some(pi);
        }
    };
    // First bytes of the name sequences: most tokens are rejected without a hash lookup.
    let mut first_bytes = [false; 256];
    for k in seqs.keys() {
        if let Some(&b) = k.as_bytes().first() {
            first_bytes[usize::from(b)] = true;
        }
    }
    let mut i = 0;
    while i < n {
        if doc.toks[i].in_quote {
            i += 1;
            continue;
        }
        let w = doc.base(i);
        // Full name or surname.
        let maybe_name = w
            .as_bytes()
            .first()
            .is_some_and(|&b| first_bytes[usize::from(b)]);
        if let Some(cands) = maybe_name.then(|| seqs.get(w)).flatten() {
            let mut hit = None;
            for (s, pi) in cands {
                let len = s.len();
                if i + len <= n
                    && (1..len).all(|k| doc.joined(i + k) && doc.base(i + k) == s[k])
                    && (len == 1 || doc.word(i + len - 1).len() >= s[len - 1].len())
                {
                    // Most recently mentioned person with that sequence.
                    let better = match hit {
                        None => true,
                        Some((l, p)) => {
                            l < len
                                || (l == len
                                    && last_seen[*pi] != usize::MAX
                                    && (last_seen[p] == usize::MAX
                                        || last_seen[*pi] > last_seen[p]))
                        }
                    };
                    if better {
                        hit = Some((len, *pi));
                    }
                }
            }
            if let Some((len, pi)) = hit {
                mentions.push(Mention {
                    possessive: doc.possessive(i + len - 1),
                    tok: i,
                    end_tok: i + len,
                    person: pi,
                    kind: MentionKind::Name,
                });
                record(pi, i, &mut last_seen, &mut last_with_title);
                i += len;
                continue;
            }
        }
        // `the <title>`, or `his <title>` (the one the article gives that title: a lead's
        // `his spokesman warned …` before the spokesman is named).
        // Also with modifiers between: `the Kremlin spokesman`, `the special envoy`.
        // `Estonia's prime minister`, `Kyiv's top diplomat`: a country's possessive (or its
        // capital's) determines a title as `the` does, and is the title's country.
        let country_possessive = doc.possessive(i)
            && doc.capitalised(i)
            && w.len() > 1
            && names_country(&w.to_lowercase());
        let from = if country_possessive { i } else { i + 1 };
        let mut title_at = None;
        let mut general_at = None;
        if country_possessive || TITLE_DETERMINERS.iter().any(|d| w.eq_ignore_ascii_case(d)) {
            let mut j = i + 1;
            while j < n && j < i + 5 && doc.joined(j) && !titles.is_empty() {
                if let Some(t) = title_index(&titles, doc.word(j)) {
                    title_at = Some((j, t));
                    break;
                }
                if let Some((pi, end)) = general_role_holder(doc, people, from, j) {
                    general_at = Some((end - 1, pi));
                    break;
                }
                // `the fire chief`: a word of someone's role describes the title.
                let described = || {
                    let m = doc.word(j).to_lowercase();
                    people.iter().any(|p| role_names(p, &m))
                };
                if !(doc.capitalised(j) || MODIFIER_SET.contains(doc.word(j)) || described()) {
                    break;
                }
                j += 1;
            }
        }
        // The title's last holder mentioned, or `the Ukrainian leader`: the one president whose
        // role names Ukraine. A title with a country (`the Russian president`) is the one holder
        // whose role names it: never the other country's president mentioned last.
        let titled = title_at
            .and_then(|(j, t)| {
                let countries: Vec<String> = (from..j)
                    .filter(|&k| doc.capitalised(k))
                    .map(|k| doc.base(k).to_lowercase())
                    .filter(|m| names_country(m))
                    .collect();
                // `the defence minister` is not the foreign minister.
                let portfolios: Vec<String> = (i + 1..j)
                    .map(|k| doc.word(k).to_lowercase())
                    .filter(|m| PORTFOLIOS.contains(&m.as_str()))
                    .collect();
                // `the fire chief` is not the police chief: the holder's role has the
                // title's lower-case words.
                let described: Vec<String> = (i + 1..j)
                    .filter(|&k| !doc.capitalised(k) && !MODIFIER_SET.contains(doc.word(k)))
                    .map(|k| doc.word(k).to_lowercase())
                    .filter(|m| !PORTFOLIOS.contains(&m.as_str()))
                    .collect();
                let holds = |pi: usize| {
                    described.iter().all(|m| role_names(&people[pi], m))
                        && portfolios.iter().all(|m| {
                            // British and American spellings name one portfolio.
                            let other = match m.as_str() {
                                "defence" => "defense",
                                "defense" => "defence",
                                m => m,
                            };
                            role_names(&people[pi], m) || role_names(&people[pi], other)
                        })
                };
                let last = last_with_title[t].or(first_with_title.get(t).copied());
                let mut named = (0..people.len()).filter(|&pi| {
                    !countries.is_empty()
                        && person_titles[pi].contains(&t)
                        && countries.iter().all(|m| role_names(&people[pi], m))
                        && holds(pi)
                });
                let best = match (named.next(), named.next()) {
                    (Some(pi), None) => Some(pi),
                    _ => last.filter(|&pi| {
                        !countries
                            .iter()
                            .any(|m| role_names_other_country(&people[pi], m))
                            && holds(pi)
                            // A country's possessive names the one holder in its service.
                            && !country_possessive
                    }),
                };
                // `the fire chief` after the police chief was named: the one holder of the
                // title whose role has its words.
                let best = best.or_else(|| {
                    let mut holders = (0..people.len())
                        .filter(|&pi| !described.is_empty() && person_titles[pi].contains(&t))
                        .filter(|&pi| holds(pi) && !country_possessive);
                    match (holders.next(), holders.next()) {
                        (Some(pi), None) => Some(pi),
                        _ => None,
                    }
                });
                best.map(|pi| (j, pi, Some(t)))
            })
            .or(general_at.map(|(j, pi)| (j, pi, None)));
        if let Some((j, pi, t)) = titled {
            // `the envoy Margit Lund` is a name mention handled next round.
            let followed_by_name = j + 1 < n && doc.joined(j + 1) && name_word(doc, j + 1);
            if !followed_by_name {
                mentions.push(Mention {
                    possessive: false,
                    tok: i,
                    end_tok: j + 1,
                    person: pi,
                    kind: MentionKind::Title,
                });
                if let Some(t) = t.filter(|&t| !people[pi].used_titles.contains(&titles[t])) {
                    people[pi].used_titles.push(titles[t].clone());
                }
                record(pi, i, &mut last_seen, &mut last_with_title);
                i = j + 1;
                continue;
            }
        }
        // Pronouns.
        // Pronouns are ASCII; no other character lower-cases to an ASCII `h`, `e`, `s`, `i`,
        // `m` or `r`, so an ASCII case-insensitive compare is exact.
        let is = |x: &str| w.eq_ignore_ascii_case(x);
        let pron = if w.len() > 4 {
            None
        } else if is("he") {
            Some(Some(Gender::Male))
        } else if is("she") {
            Some(Some(Gender::Female))
        } else {
            None
        };
        if let Some(g) = pron {
            if let Some(pi) = resolve_pronoun(doc, &mentions, people, i, g) {
                mentions.push(Mention {
                    possessive: false,
                    tok: i,
                    end_tok: i + 1,
                    person: pi,
                    kind: MentionKind::Pronoun,
                });
                record(pi, i, &mut last_seen, &mut last_with_title);
            }
        }
        // Weak gender: a he/his/him or she/her after a name in the same sentence, nobody between.
        let pg = if w.len() > 4 {
            None
        } else if is("he") || is("his") || is("him") {
            Some(Gender::Male)
        } else if is("she") || is("her") || is("hers") {
            Some(Gender::Female)
        } else {
            None
        };
        if let (Some(g), Some(m)) = (pg, mentions.last()) {
            if m.kind == MentionKind::Name && doc.toks[m.tok].sent == doc.toks[i].sent && m.tok < i
            {
                let p = &mut people[m.person];
                if p.gender.is_none() {
                    p.gender = Some(g);
                }
            }
        }
        i += 1;
    }
    mentions
}

/// The one person a general role word at token `at` with capitalised modifiers in `[from, at)`
/// refers to (`the Ukrainian leader`, `the Kremlin leader`): a holder of a title the word covers
/// (`leader` → `president`) whose role names every modifier, or the country a modifier's capital
/// or seat stands for (`Kremlin` → `Russian`). None with two holders, or without a modifier
/// unless a phrase names the office (`the head of state`). With the token after the phrase.
fn general_role_holder(
    doc: &Doc,
    people: &[PersonInfo],
    from: usize,
    at: usize,
) -> Option<(usize, usize)> {
    // Most words scanned are no general role word: compared without a lower-cased copy.
    let word = doc.word(at);
    // `the Estonian top diplomat`, `the Czech head of government`: the offices a phrase around
    // the word stands for.
    let phrase = OFFICE_PHRASES.iter().find_map(|&(phrase, g, offices)| {
        let h = phrase.iter().position(|w| *w == g)?;
        let found = word.eq_ignore_ascii_case(g)
            && at >= from + h
            && phrase
                .iter()
                .enumerate()
                .all(|(j, w)| doc.word(at + j - h).eq_ignore_ascii_case(w));
        found.then_some((offices, at + phrase.len() - h))
    });
    let offices = phrase.map(|(offices, _)| offices);
    let end = phrase.map_or(at + 1, |(_, end)| end);
    let covered = match offices {
        Some(_) => &[][..],
        None => titles_covered_by(word)?,
    };
    let modifiers: Vec<String> = (from..at)
        .filter(|&k| doc.capitalised(k))
        .map(|k| doc.base(k).to_lowercase())
        .collect();
    // A phrase naming an office (`the head of state`) is as definite alone as `the president`.
    if modifiers.is_empty() && offices.is_none() {
        return None;
    }
    let holds_office = |p: &PersonInfo| match offices {
        Some(offices) => p.role.as_deref().is_some_and(|r| {
            let r = r.to_lowercase();
            offices.iter().any(|o| r.contains(o))
        }),
        None => p.titles.iter().any(|t| covered.contains(&t.as_str())),
    };
    let fits = |p: &PersonInfo| holds_office(p) && modifiers.iter().all(|m| role_names(p, m));
    let mut holders = people.iter().enumerate().filter(|(_, p)| fits(p));
    match (holders.next(), holders.next()) {
        (Some((pi, _)), None) => Some((pi, end)),
        _ => None,
    }
}

/// Does a person's role name the modifier `m` (lower case), or its country (`kremlin` names
/// `Russian`, `turkish` names `Türkiye's` only if the capitals' table spells it)?
pub fn role_names(p: &PersonInfo, m: &str) -> bool {
    p.role.as_deref().is_some_and(|role| {
        role.split(|c: char| !c.is_alphanumeric())
            .any(|r| r.eq_ignore_ascii_case(m) || same_country(&r.to_lowercase(), m))
    })
}

/// Does a person's role name a country other than the one the modifier `m` (lower case) names
/// (`Russian President` for `the Turkish president`)? False when either names none.
pub fn role_names_other_country(p: &PersonInfo, m: &str) -> bool {
    names_country(m)
        && p.role.as_deref().is_some_and(|role| {
            role.split(|c: char| !c.is_alphanumeric())
                .any(|r| names_country(&r.to_lowercase()))
        })
        && !role_names(p, m)
}

/// The number of the title (lower case) a word spells, ignoring case and, for the neutral form
/// of a title, its gender: `the spokesperson` is the article's spokeswoman, `the chairman` its
/// chairperson, while `the spokesman` is not its spokeswoman.
fn title_index(titles: &[String], word: &str) -> Option<usize> {
    let exact = if word.is_ascii() {
        titles.iter().position(|t| t.eq_ignore_ascii_case(word))
    } else {
        let lower = word.to_lowercase();
        titles.iter().position(|t| *t == lower)
    };
    // Only a word with a gendered or neutral ending can be another form of a title: the usual
    // word costs no lower-cased copy.
    exact.or_else(|| {
        may_be_office_form(word).then(|| {
            let lower = word.to_lowercase();
            titles.iter().position(|t| same_office(t, &lower))
        })?
    })
}

/// Does a preposition govern the name at token `tok`, over its titles (`with the Kremlin aide
/// Yuri Ushakov`)?
/// Words that may stand between `but` and the subject it opens (`but again Cllr B`).
const CONTRAST_ADVERBS: &[&str] = &["again", "then", "also", "instead", "later", "now"];

/// Does the mention at `tok` open a clause after `, but` (over its titles and an adverb): the
/// subject of a contrasting clause (`…, but again Cllr Bains fired back`)?
fn after_contrast(doc: &Doc, tok: usize) -> bool {
    let mut k = tok;
    while k > 0 && tok - k < MAX_TITLE_WORDS && doc.joined(k) {
        let w = doc.word(k - 1);
        if !(is_role_word(w) || is_honorific(w.trim_end_matches('.'))) {
            break;
        }
        k -= 1;
    }
    if k > 0 && in_list(CONTRAST_ADVERBS, doc.word(k - 1)) {
        k -= 1;
    }
    k > 0
        && doc.toks[k - 1].sent == doc.toks[tok].sent
        && in_list(&["but", "yet"], doc.word(k - 1))
        && doc.gap_before(k - 1).contains(',')
}

fn after_preposition(doc: &Doc, tok: usize) -> bool {
    let mut k = tok;
    while k > 0 && tok - k < MAX_TITLE_WORDS && doc.joined(k) {
        let w = doc.word(k - 1);
        let title = is_role_word(w)
            || is_honorific(w.trim_end_matches('.'))
            || in_list(&["the", "a", "an"], w)
            || (doc.capitalised(k - 1) && !STOP_SET.contains(w));
        if !title {
            break;
        }
        k -= 1;
    }
    k > 0 && doc.toks[k - 1].sent == doc.toks[tok].sent && in_list(PREPOSITIONS, doc.word(k - 1))
}

/// Most words of title a name may carry before it (`the Kremlin aide`).
const MAX_TITLE_WORDS: usize = 6;

/// The shortest surname, and misspelling of it, taken one letter off (`Pimlot` for `Pimlott`):
/// shorter names are too often other words one letter away.
const MISSPELT_SURNAME_MIN_LEN: usize = 6;

/// Prepositions that tie a person to the role before them: `an aide to`, `a spokesman for`.
const ROLE_PREPOSITIONS: &[&str] = &["to", "for", "of"];

/// Is the mention at `tok` the one a role before it serves (`an aide to the president`, `a
/// spokesman for Kowal`)? Then it is not who speaks. Not when only an organisation's name
/// stands between (`a spokesperson for Eskom Dikatso Mothae`): the role is the person's own.
pub(super) fn served_by_role(doc: &Doc, tok: usize) -> bool {
    let mut k = tok;
    // Crossed a capitalised word that is no title (`Eskom`), and a title (`President`)?
    let (mut other, mut titled) = (false, false);
    while k > 0 && tok - k < MAX_TITLE_WORDS && doc.joined(k) {
        let w = doc.word(k - 1);
        if in_list(ROLE_PREPOSITIONS, w) {
            // A role in lower case: `Secretary of State Daniel Hale` is one title.
            let role = if k >= 2 { doc.word(k - 2) } else { "" };
            // …and so is one whose complement is in lower case too (`secretary of state Marco
            // Rubio`, `minister of finance …`): a title word that names no one, unlike `aide to
            // president Anna Kowal`.
            let complement = doc.word(k);
            let compound = k < tok
                && complement.starts_with(char::is_lowercase)
                && is_role_word(complement)
                && !is_role_noun(complement);
            return doc.joined(k - 1)
                && role.starts_with(char::is_lowercase)
                && (is_role_noun(role) || is_source_noun(role))
                && (titled || !other)
                && !compound;
        }
        let title = is_role_word(w)
            || is_honorific(w.trim_end_matches('.'))
            || in_list(&["the", "a", "an"], w);
        if !(title || doc.capitalised(k - 1)) {
            return false;
        }
        titled |= title;
        other |= !title && !doc.possessive(k - 1);
        k -= 1;
    }
    false
}

/// The most words after a closing `he said` before its sentence ends (`he said on Tuesday`).
const MAX_CLOSING_TAIL: usize = 3;

/// Is the pronoun at `i` the subject of a reporting verb that closes its sentence after a comma
/// (`…, he said.`, `…,” she told reporters on Monday.`)?
fn closes_sentence(doc: &Doc, i: usize) -> bool {
    let sent = doc.toks[i].sent;
    let same = |k: usize| doc.toks.get(k).is_some_and(|t| t.sent == sent);
    // After the comma, or after the comma and the closing mark of a quote (`…,” he said.`).
    let gap = doc.gap_before(i).trim();
    let after_comma = i > 0 && same(i - 1) && gap.trim_end_matches(['”', '"', '’', '\'']) == ",";
    let verb = doc.joined(i + 1) && doc.is_verb(i + 1);
    after_comma && verb && !same(i + 2 + MAX_CLOSING_TAIL)
}

/// The person a pronoun at token `i` refers to: earlier mentions in its sentence (the first
/// one, the subject, first), then the subject and other mentions of earlier sentences, within the
/// current and previous paragraph; by gender where known.
fn resolve_pronoun(
    doc: &Doc,
    mentions: &[Mention],
    people: &[PersonInfo],
    i: usize,
    gender: Option<Gender>,
) -> Option<usize> {
    let fits = |pi: usize| match (gender, people[pi].gender) {
        (Some(g), Some(pg)) => g == pg,
        _ => true,
    };
    let own_sent = doc.toks[i].sent;
    // `…, he said.` after what was said: the speaker is someone the story spoke of before, not a
    // person the reported words name.
    let closing = closes_sentence(doc, i);
    // Group the mentions before i by sentence, most recent sentence first.
    let mut idx = mentions.len();
    let mut sentences_seen = 0;
    // The sentences before the pronoun's not yet passed: one whose subject is someone described
    // but not named (`The Turkish president, who …, repeats …`) may be who the pronoun stands
    // for; then it is nobody whose role names another country or is another office.
    // The pronoun's own sentence too: `The Russian leader said …, but he added …`; not when
    // it closes the sentence: then whom the sentence describes is in the words it reports
    // (`“The American President, who …,” he added`).
    let mut unpassed = if closing { own_sent } else { own_sent + 1 };
    let mut described: Vec<Described> = Vec::new();
    while idx > 0 {
        let s = doc.toks[mentions[idx - 1].tok].sent;
        if narrative_paragraphs_between(doc, s, own_sent) >= PRONOUN_PARAGRAPHS_BACK {
            break;
        }
        // Each sentence is looked at once, and only so far back as a pronoun looks.
        let from = (s + 1).max(own_sent.saturating_sub(PRONOUN_SENTENCES_BACK));
        described.extend((from..unpassed).flat_map(|k| unnamed_subject(doc, k)));
        unpassed = s;
        let mut lo = idx;
        while lo > 0 && idx - lo < 24 && doc.toks[mentions[lo - 1].tok].sent == s {
            lo -= 1;
        }
        let group = if closing && s == own_sent {
            &[][..]
        } else {
            &mentions[lo..idx]
        };
        // The subject first: a mention next to a reporting verb (`Rubio said`, `said Rubio`) or
        // the source of `according to` (`according to the minister, Trump wants …`), else the
        // first one not after a preposition (`After meeting Putin, Trump …`); then the rest from
        // the latest; possessives last.
        let plain: Vec<&Mention> = group
            .iter()
            .filter(|m| !m.possessive && !in_asked_clause(doc, m.tok))
            .collect();
        let speaking = plain.iter().find(|m| {
            (m.end_tok < doc.toks.len() && doc.joined(m.end_tok) && doc.is_verb(m.end_tok))
                || (m.tok > 0 && doc.joined(m.tok) && inverted_verb(doc, m.tok - 1))
                || after_according_to(doc, m.tok)
        });
        // `A spokesman from Rees's office said …`: a sentence whose subject is described, no one
        // named in it speaking, describes whom the pronoun may be as much as one naming no one.
        if speaking.is_none() {
            described.extend(unnamed_subject(doc, s));
        }
        // `A added a note …, but again B fired back`: the one answering, the subject after
        // `but`, before one speaking earlier in the sentence.
        let answering = plain.iter().rev().find(|m| after_contrast(doc, m.tok));
        let first = plain.iter().find(|m| !after_preposition(doc, m.tok));
        let order = answering
            .into_iter()
            .chain(speaking)
            .chain(first)
            .chain(plain.iter().rev())
            .copied()
            .chain(group.iter().filter(|m| m.possessive).rev());
        for m in order {
            if fits(m.person) {
                let elsewhere = described.iter().any(|d| !d.may_be(&people[m.person]));
                return (!elsewhere).then_some(m.person);
            }
        }
        sentences_seen += 1;
        idx = lo;
        if sentences_seen > PRONOUN_SENTENCES_BACK {
            break;
        }
    }
    None
}

/// Does the mention at `tok` stand in a clause opening its sentence that puts a question to the
/// sentence's subject (`Asked whether Brel had agreed, he said`, `When pressed on Brel, …`)?
/// Whom it names was asked about: no pronoun after it stands for them.
fn in_asked_clause(doc: &Doc, tok: usize) -> bool {
    let start = doc.tok_at_or_after(doc.sents[doc.toks[tok].sent].start);
    let opener = if doc.word(start).eq_ignore_ascii_case("when") {
        start + 1
    } else {
        start
    };
    opener < tok
        && is_questioned_participle(&doc.word(opener).to_lowercase())
        && (opener + 1..=tok).all(|k| !doc.gap_before(k).contains(','))
}

/// Is token `v` a reporting verb whose subject may follow it (`said Rubio`)? Not after `to` or an
/// auxiliary (`to counter Putin`, `would tell Putin`): there the name is its object.
fn inverted_verb(doc: &Doc, v: usize) -> bool {
    let after = |w: &str| w == "to" || is_auxiliary(w);
    doc.is_verb(v) && !(v > 0 && doc.joined(v) && after(doc.word(v - 1)))
}

/// Does the mention at token `t` follow `according to` (`according to the minister`), the source
/// of the words its sentence reports?
fn after_according_to(doc: &Doc, t: usize) -> bool {
    let t = if t > 0 && doc.word(t - 1).eq_ignore_ascii_case("the") {
        t - 1
    } else {
        t
    };
    right_after_according_to(doc, t) && doc.joined(t) && doc.joined(t - 1)
}

/// Do the two tokens before `t` read `according to`?
fn right_after_according_to(doc: &Doc, t: usize) -> bool {
    t >= 2 && doc.word(t - 1) == "to" && doc.word(t - 2).eq_ignore_ascii_case("according")
}

/// A pronoun looks back for whom it stands over fewer than this many paragraphs between, not
/// counting paragraphs that are all quotation (the speech of one speaker carries them on).
const PRONOUN_PARAGRAPHS_BACK: usize = 3;

/// How many paragraphs stand between sentence `from`'s and sentence `to`'s that hold words
/// outside a quotation?
fn narrative_paragraphs_between(doc: &Doc, from: usize, to: usize) -> usize {
    let (first, last) = (doc.sents[from].para, doc.sents[to].para);
    if last <= first + 1 {
        return 0;
    }
    let mut narrative: Vec<usize> = (from + 1..to)
        .filter(|&k| doc.sents[k].para > first && doc.sents[k].para < last)
        .filter(|&k| {
            let a = doc.tok_at_or_after(doc.sents[k].start);
            let b = doc.tok_at_or_after(doc.sents[k].end);
            (a..b).any(|t| !doc.toks[t].in_quote)
        })
        .map(|k| doc.sents[k].para)
        .collect();
    narrative.dedup();
    narrative.len()
}

/// How far back a pronoun looks for whom it stands: over this many sentences naming people, and
/// over this many sentences for a subject described but not named.
const PRONOUN_SENTENCES_BACK: usize = 12;

/// Most words between `The` opening a sentence and the role noun of its described subject
/// (`The Turkish president`, `The country's foreign minister`).
const MAX_DESCRIBED_SUBJECT_WORDS: usize = 3;

/// A person a sentence opens with, described but not named (`The Turkish president, who …`):
/// the capitalised modifiers (lower case: `turkish`) and the role noun (`president`).
struct Described {
    modifiers: Vec<String>,
    role: String,
}

impl Described {
    /// Can this be the person at `p`? Not when their role names another country than a
    /// modifier, nor when they have a role and it is another office: no title of theirs is the
    /// role noun, another form of it, or one it covers (`leader` → `president`).
    fn may_be(&self, p: &PersonInfo) -> bool {
        let other_country = self
            .modifiers
            .iter()
            .any(|c| role_names_other_country(p, c));
        let covered = titles_covered_by(&self.role).unwrap_or_default();
        let holds = p.titles.iter().any(|t| {
            *t == self.role || same_office(t, &self.role) || covered.contains(&t.as_str())
        });
        !other_country && (p.role.is_none() || holds)
    }
}

/// The person a sentence `k` opens with, described but not named: `The` (or `A`, `An`: `A
/// spokesman from her office said …`), a few modifiers, then a role noun with no name after it.
/// None for any other sentence.
fn unnamed_subject(doc: &Doc, k: usize) -> Option<Described> {
    let sent = doc.sents.get(k)?;
    let a = doc.tok_at_or_after(sent.start);
    if a >= doc.toks.len() || doc.toks[a].sent != k || !["The", "A", "An"].contains(&doc.word(a)) {
        return None;
    }
    let in_sentence = |j: usize| j < doc.toks.len() && doc.toks[j].sent == k && doc.joined(j);
    let r = (a + 1..=a + MAX_DESCRIBED_SUBJECT_WORDS + 1)
        .take_while(|&j| in_sentence(j))
        .find(|&j| is_role_noun(&doc.word(j).to_lowercase()))?;
    if in_sentence(r + 1) && name_word(doc, r + 1) {
        return None;
    }
    Some(Described {
        modifiers: (a + 1..r)
            .filter(|&j| doc.capitalised(j))
            .map(|j| doc.base(j).to_lowercase())
            .collect(),
        role: doc.word(r).to_lowercase(),
    })
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use crate::extract::extract;
    use crate::source::parse_article;

    fn people(text: &str) -> Vec<(String, Option<String>)> {
        let a = parse_article(Path::new("p.md"), text.to_string()).unwrap();
        extract(&a, "p")
            .people
            .into_iter()
            .map(|p| (p.name, p.role))
            .collect()
    }

    fn p(name: &str, role: Option<&str>) -> (String, Option<String>) {
        (name.to_string(), role.map(str::to_string))
    }

    /// A list of titled names after a name (`by Lena Vos, Italian Prime Minister Giorgia
    /// Meloni and …`) gives the first no role: the next item names someone else.
    #[test]
    fn a_titled_name_after_a_comma_is_the_next_in_a_list_not_a_role() {
        let text = "The statement was issued by Lena Vos, Italian Prime Minister Giorgia Meloni \
            and French President Emmanuel Macron.\n\n\"We agreed on every line,\" Vos said.\n\n\
            Later Italian Meloni said it was a good day.";
        assert_eq!(
            people(text),
            [
                p("Lena Vos", None),
                p("Giorgia Meloni", Some("Italian Prime Minister")),
                p("Emmanuel Macron", Some("French President")),
            ]
        );
    }

    /// Court copy titles lawyers by their office: `Crown Counsel`, `Senior Advocate` are roles,
    /// not part of a name.
    #[test]
    fn a_lawyers_office_is_a_role() {
        let text = "The court heard from Crown Counsel Elisabeth Lees and Senior Advocate \
            Ravi Menon.\n\n\"There must be deterrence,\" Lees said.\n\n\
            \"The delay was unfair,\" Menon said.";
        assert_eq!(
            people(text),
            [
                p("Elisabeth Lees", Some("Crown Counsel")),
                p("Ravi Menon", Some("Senior Advocate")),
            ]
        );
    }

    /// Malaysian copy: `Kuala Lumpur MPs` are members of parliament, not a person surnamed
    /// `MPs`, and `Jalan Tun Razak` is a road, whoever it is named after.
    #[test]
    fn plural_initialisms_and_malay_roads_name_no_one() {
        let text = "Several Kuala Lumpur MPs have criticised the minister for the floods.\n\n\
            Areas hit included Jalan Kia Peng and Jalan Tun Razak.\n\n\
            \"The drains failed again,\" said Seputeh MP Teresa Kok.";
        assert_eq!(people(text), [p("Teresa Kok", Some("Seputeh MP"))]);
    }

    /// A name with a middle name (`John Dramani Mahama`) and without (`John Mahama`) is one
    /// person, whichever comes first; two people sharing a surname are not.
    #[test]
    fn a_name_with_and_without_its_middle_name_is_one_person() {
        let text = "President Kofi Nana Asante backed the truce. Kofi Asante spoke in Accra. \
            \"It is time,\" Asante said. Ama Asante, his wife, agreed.\n\n\
            Yaw Osei said the talks were over. Later Yaw Kwame Osei said \"we are ready.\"";
        assert_eq!(
            people(text),
            [
                p("Kofi Nana Asante", Some("President")),
                p("Ama Asante", None),
                p("Yaw Kwame Osei", None),
            ]
        );
    }

    /// A lede naming a speaker by role only (`The president of the Growers Association has
    /// urged …`) with the name in the next paragraph (`“…,” Omar Said told reporters`): the role
    /// is that person's. Not when the lede names someone itself.
    #[test]
    fn a_role_in_the_lede_is_the_next_paragraphs_speaker() {
        let text = "The president of the Harbour Growers Association (HGA) has urged members to \
            pay their pickers before the holiday.\n\n\
            \"We will not allow any unrest,\" Omar Said told an online briefing on Monday.\n\n\
            The chair of the fishing board, Lena Vos, disagreed.\n\n\
            \"Prices are too low,\" Ines Varga said.";
        assert_eq!(
            people(text),
            [
                p(
                    "Omar Said",
                    Some("president of the Harbour Growers Association (HGA)")
                ),
                p("Lena Vos", Some("chair of the fishing board")),
                p("Ines Varga", None),
            ]
        );
    }

    /// A chamber, an association or an authority before a role is an organisation, not a
    /// person.
    #[test]
    fn an_organisations_word_before_a_role_names_no_one() {
        let text = "The terminal will help exporters, according to Harbour Chamber first vice \
            chairman Khalid al-Marri. Ports Authority chief Lena Vos agreed, and Growers \
            Association head Omar Said welcomed it. \"We are ready,\" al-Marri said. \"So are \
            we,\" Vos said. \"Good,\" Said said.";
        assert_eq!(
            people(text),
            [
                p(
                    "Khalid al-Marri",
                    Some("Harbour Chamber first vice chairman")
                ),
                p("Lena Vos", Some("Ports Authority chief")),
                p("Omar Said", Some("Growers Association head")),
            ]
        );
    }

    /// A company's board, its directors or trustees are a body, not a person, whether a role
    /// follows or not.
    #[test]
    fn a_board_is_no_person() {
        let text = "\"My future is for the Board of Directors,\" Rita Osei said. On Monday, \
            Harbourline said its Board of Directors had chosen Tom Aboagye as the chairperson. \
            With the Harbourline Board chairperson now in place, Osei said she would decide \
            soon.";
        assert_eq!(people(text), [p("Rita Osei", None)]);
    }

    /// A photo caption, dropped from the story as page furniture, often gives a title before a
    /// name the story gives bare: the person's role.
    #[test]
    fn a_dropped_captions_title_is_the_role() {
        let text = "+++\ntitle = \"Ferry talks\"\n+++\n\n\
            The Transport Minister has said the ferry must run.\n\n\
            Ana Ruiz\n\nTransport Minister Ana Ruiz (Jo Smith/PA)\n\n\
            Ana Ruiz said a strike would be \"very disappointing\".\n\n\
            Piet Lund, a union steward, said talks would go on.";
        let got = people(text);
        assert!(
            got.contains(&p("Ana Ruiz", Some("Transport Minister"))),
            "{got:?}"
        );
        assert!(
            got.contains(&p("Piet Lund", Some("a union steward"))),
            "{got:?}"
        );
    }

    /// A name whose last word is a hyphenated given name in lower case after the hyphen (`Fung
    /// Kwong-ming`, `Lee Jae-myung`) puts the family name first: `Mr Fung` is him.
    #[test]
    fn a_family_name_before_a_hyphenated_given_name_is_the_surname() {
        let text = "Tam Wing-kei, 79, lives on the sixth floor of the block.\n\n\
            \"The stairs are too much for me now,\" Mr Tam said.";
        let a = parse_article(Path::new("p.md"), text.to_string()).unwrap();
        let x = extract(&a, "p");
        let tam = x.people.iter().find(|p| p.name == "Tam Wing-kei");
        assert!(
            tam.is_some_and(|p| p.aliases.contains(&"Tam".to_string())),
            "{:?}",
            x.people
        );
        assert_eq!(
            x.quotes[0].speaker.as_deref(),
            Some("Tam Wing-kei"),
            "{:?}",
            x.quotes
        );
    }

    /// A second role given later (`Sol, head of the national shipping fund, …` after `Trade
    /// envoy Mira Sol`) is another role of theirs, not lost.
    #[test]
    fn a_later_role_is_another_role() {
        let text = "Trade envoy Mira Sol said the port deal was close.\n\n\
            Sol, head of the national shipping fund, has made several trips to Oslo.";
        let a = parse_article(Path::new("p.md"), text.to_string()).unwrap();
        let people = extract(&a, "p").people;
        let sol = people
            .iter()
            .find(|p| p.name == "Mira Sol")
            .expect("Mira Sol");
        assert_eq!(sol.role.as_deref(), Some("Trade envoy"), "{people:?}");
        assert_eq!(
            sol.other_roles,
            ["head of the national shipping fund"],
            "{people:?}"
        );
    }

    /// A relative clause saying what someone is (`Ivo Marsh, who is the party's transport
    /// spokesman, said …`) gives their role, as an apposition does.
    #[test]
    fn a_who_is_clause_after_a_name_is_the_role() {
        let text = "Ivo Marsh, who is the Green party's transport spokesman, said the fares were \
            too high.\n\nLena Ott, who was a ferry pilot, disagreed.";
        let got = people(text);
        assert!(
            got.contains(&p(
                "Ivo Marsh",
                Some("the Green party's transport spokesman")
            )),
            "{got:?}"
        );
        assert!(
            got.contains(&p("Lena Ott", Some("a ferry pilot"))),
            "{got:?}"
        );
    }

    /// A capitalised office with `of the` before a name (`Head of the Presidential Office Ivan
    /// Petrenko`) is the name's role.
    #[test]
    fn an_office_of_the_organisation_before_a_name() {
        let text = "Ukraine holds no talks, Head of the Presidential Office Ivan Petrenko said on \
            Friday.\n\nPetrenko added that a deal needs partners.";
        let got = people(text);
        assert!(
            got.contains(&p("Ivan Petrenko", Some("Head of the Presidential Office"))),
            "{got:?}"
        );
    }

    /// A title inside an office's `of the` complement (`the Office of the Governor`) is the
    /// office's, not the name's: the name heads the office, with or without the comma.
    #[test]
    fn a_title_inside_an_office_is_not_the_names_role() {
        let text = "The head of the Office of the Governor of Veldt Province, Marta Oken, said \
            the bridge would reopen.\n\nOken added that the repairs were paid for.";
        let got = people(text);
        assert!(
            got.contains(&p(
                "Marta Oken",
                Some("head of the Office of the Governor of Veldt Province")
            )),
            "{got:?}"
        );
        let text = "The bridge will reopen, Head of the Office of the Governor Marta Oken said \
            on Friday.\n\nOken added that the repairs were paid for.";
        let got = people(text);
        assert!(
            got.contains(&p("Marta Oken", Some("Head of the Office of the Governor"))),
            "{got:?}"
        );
    }

    /// A name a role governs through `of` and a possessive (`the head of Mayor Ana Ruiz's
    /// office`) holds the title before it, not the office of the one who heads hers.
    #[test]
    fn a_role_over_someones_office_is_not_theirs() {
        let text = "The talks stalled after Ivan Petrenko, the head of Latvian Mayor Ana Ruiz's \
            office and a close aide, quit.\n\n\
            Ruiz said she was sorry to lose him.";
        let got = people(text);
        assert!(
            got.contains(&p("Ana Ruiz", Some("Latvian Mayor"))),
            "{got:?}"
        );
    }

    #[test]
    fn clean_collapses_whitespace() {
        use super::clean;
        for (s, want) in [
            ("Marco Rubio", "Marco Rubio"),
            ("", ""),
            (" Marco  Rubio ", "Marco Rubio"),
            ("Marco\nRubio", "Marco Rubio"),
            ("Marco\u{a0}Rubio", "Marco Rubio"),
            ("\tx", "x"),
        ] {
            assert_eq!(clean(s), want, "{s:?}");
        }
    }

    #[test]
    fn names_with_roles_before_and_after() {
        assert_eq!(
            people(
                "US Secretary of State Marco Rubio met Margit Lund, the European Union’s special \
                 envoy, at the White House. Ukraine’s ambassador to Washington, Olena Marchuk, \
                 joined Sen. Lindsey Graham and Saudi envoy Faisal al-Rashid."
            ),
            [
                p("Marco Rubio", Some("US Secretary of State")),
                p("Margit Lund", Some("the European Union’s special envoy")),
                p("Olena Marchuk", Some("Ukraine’s ambassador to Washington")),
                p("Lindsey Graham", Some("Sen.")),
                p("Faisal al-Rashid", Some("Saudi envoy")),
            ]
        );
    }

    /// A month that is also a name (`Jan`, `May`) is one beside another name (`Jan Novotny`,
    /// `Teresa May`), but not in a date (`Jan 5`, `in May`), even with a name after it.
    #[test]
    fn a_month_beside_a_name_is_a_name() {
        let text = "“The border stays shut,” said Deputy Minister Jan Novotny on Jan 5.

            “We will not go back,” said Teresa May, a former trade envoy.

            In May Karl Larsen said the road would reopen.";
        let got = people(text);
        assert_eq!(
            got.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(),
            ["Jan Novotny", "Teresa May", "Karl Larsen"],
            "{got:?}"
        );
    }

    /// `Other Czech lawmakers`, `Fellow Danish officials`: a word setting a group apart and
    /// a nationality open a sentence about a group, not a name.
    #[test]
    fn a_group_set_apart_is_no_name() {
        let text = "Petr Novak, the Czech prime minister, said the terms must be fair.

            Other Czech lawmakers echoed concerns about the deal.

            Fellow Danish officials were more cautious.";
        let got = people(text);
        assert_eq!(
            got.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(),
            ["Petr Novak"],
            "{got:?}"
        );
    }

    /// Malay honorifics (`Datuk Seri`) open a name, as `Sir` does: the name is the given name
    /// and the father's, and the given name alone (`Rahim told reporters`) is the person. A
    /// role noun in the plural (`the Deputy Health Ministers`) names no one.
    #[test]
    fn honorifics_of_other_countries_and_plural_roles_are_no_names() {
        let text = "PUTRAJAYA — The ministry will act, said minister Datuk Seri Rahim Musa.\n\n\
            He said the committee will be headed by the Deputy Health Ministers of both \
            countries.\n\n\
            “We will share data,” Rahim told reporters after a call with his counterpart Lee Wen \
            Hao.\n\n\
            “Screening will also be handled,” he said.";
        let got = people(text);
        assert_eq!(
            got.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(),
            ["Rahim Musa", "Lee Wen Hao"],
            "{got:?}"
        );
        let a = parse_article(Path::new("p.md"), text.to_string()).unwrap();
        let speakers: Vec<_> = extract(&a, "p")
            .quotes
            .into_iter()
            .map(|q| q.speaker)
            .collect();
        assert_eq!(
            speakers,
            [
                Some("Rahim Musa".to_string()),
                Some("Rahim Musa".to_string())
            ]
        );
    }

    /// A person first named by one word (`Sheikh Abdullah` in a headline) and then in full is one
    /// person.
    #[test]
    fn a_given_name_alone_before_the_full_name_is_one_person() {
        let got = people(
            "Talks made progress, says Sheikh Abdullah.\n\n\
             Sheikh Abdullah bin Zayed Al Nahyan, the foreign minister, welcomed the talks. \
             “We are hopeful,” Abdullah said.",
        );
        assert_eq!(
            got.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(),
            ["Abdullah bin Zayed Al Nahyan"],
            "{got:?}"
        );
    }

    /// Sports copy puts a nationality before a name (`American Jordan Hasay came third`): the
    /// adjective is no part of the name.
    #[test]
    fn a_nationality_before_a_name_is_no_part_of_it() {
        let got = people(
            "American Jordan Hasay came in third. Kenyan Eliud Kiprop won, and Kiprop said \
             he was delighted. Hasay said she was thrilled.",
        );
        assert_eq!(
            got.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(),
            ["Jordan Hasay", "Eliud Kiprop"],
            "{got:?}"
        );
    }

    /// An office's `of` complement of several capitalised words (`Minister of Foreign Affairs`,
    /// `Secretary of Homeland Security`) is the role's: the name is the words after it.
    #[test]
    fn an_office_complement_of_several_words_is_no_part_of_the_name() {
        assert_eq!(
            people(
                "Minister of Foreign Affairs Liina Kask said the talks had stalled. Kask \
                 spoke after Secretary of Homeland Security Dana Vell met Minister of Defence \
                 Rauno Tamm. Leader of the Opposition Ana Roos disagreed."
            ),
            [
                p("Liina Kask", Some("Minister of Foreign Affairs")),
                p("Dana Vell", Some("Secretary of Homeland Security")),
                p("Rauno Tamm", Some("Minister of Defence")),
                p("Ana Roos", Some("Leader of the Opposition")),
            ]
        );
    }

    /// After a name and a comma, a clause with a finite verb is the sentence going on, not an
    /// apposition: `Instead of Mr Orlov, the ministry is sending its deputy Ivan Petrenko` gives
    /// Orlov no role.
    #[test]
    fn a_clause_after_a_comma_is_no_role() {
        assert_eq!(
            people(
                "Instead of Mr Orlov, the ministry is sending its deputy Ivan Petrenko and two \
                 advisers. Besides Nadia Kovac, the central bank has sent nobody to the talks, \
                 Kovac told reporters."
            ),
            [
                p("Orlov", None),
                p("Ivan Petrenko", Some("deputy")),
                p("Nadia Kovac", None),
            ]
        );
    }

    /// A preposition or number word opening a sentence is no given name: `Alongside Morrow's
    /// charm` names Morrow, `Two Danish mayors` nobody.
    #[test]
    fn a_sentence_opening_preposition_or_number_is_no_given_name() {
        assert_eq!(
            people(
                "Envoy Paul Morrow arrived first. Alongside Morrow's charm, the aide brought \
                 rigour. Two Danish mayors joined them. Throughout Tuesday the talks ran late."
            ),
            [p("Paul Morrow", Some("Envoy"))]
        );
    }

    /// A participle opening the sentence (`Addressing`, `Welcoming`) is not part of the role of
    /// the person it governs; `Acting` is.
    #[test]
    fn an_opening_participle_is_not_a_role() {
        assert_eq!(
            people(
                "Addressing Governor Ruth Ebb's plan for the port, the board said little. \
                 Acting Mayor Tom Hale spoke later."
            ),
            [
                p("Ruth Ebb", Some("Governor")),
                p("Tom Hale", Some("Acting Mayor")),
            ]
        );
        // A possessive name before a lower-case word that names a body when capitalised (`plan`,
        // `government`) is a person, not part of the body's name.
        assert_eq!(
            people("Ruth Ebb’s plan for the port was dropped by the board."),
            [p("Ruth Ebb", None)]
        );
    }

    /// Only a noun is a job: the verb of `to meet Donald Trump`, the adjective of `the late
    /// Roberto Firmino` and the time heading a clause (`the day Vladimir Putin spoke`) are not,
    /// though each still says a person is named.
    #[test]
    fn a_verb_adjective_or_time_before_a_name_is_no_job() {
        assert_eq!(
            people(
                "The mayor flew to meet Paul Morrow in June, on the day Ruth Ebb resigned. \
                 Fans mourned the late Tom Hale, said retired bus driver Olena Marchuk."
            ),
            [
                p("Paul Morrow", None),
                p("Ruth Ebb", None),
                p("Tom Hale", None),
                p("Olena Marchuk", Some("retired bus driver")),
            ]
        );
    }

    #[test]
    fn a_role_in_lower_case_runs_over_its_of_complement() {
        // `US secretary of state Marco Rubio`, written in lower case: the office is the role.
        assert_eq!(
            people("US secretary of state Maria Lund said on Sunday the talks had gone well."),
            [p("Maria Lund", Some("US secretary of state"))]
        );
        // `head of the Ukrainian delegation Andrey Yermak`: a longer complement, no comma.
        assert_eq!(
            people("The talks were productive, head of the Moldovan delegation Ilie Banaru said."),
            [p("Ilie Banaru", Some("head of the Moldovan delegation"))]
        );
    }

    #[test]
    fn a_conjunction_opening_a_sentence_is_no_first_name() {
        // `Although Trump did not rule out …`: a capitalised conjunction or adverb is no name.
        assert_eq!(
            people(
                "President Donald Trump met the envoy on Friday. Although Trump did not rule out \
                 sending the jets, he struck a cautious tone. Nevertheless Kowal said the talks \
                 went well, Foreign Minister Anna Kowal added."
            ),
            [
                p("Donald Trump", Some("President")),
                p("Anna Kowal", Some("Foreign Minister"))
            ]
        );
    }

    #[test]
    fn a_verb_opening_a_sentence_before_a_surname_is_no_first_name() {
        // `Let Kellogg take a look`: `Let`, a word of English opening a quotation, is no first
        // name of the envoy the article already named in full.
        assert_eq!(
            people(
                "Envoy Keith Kellogg arrived in Kyiv on Wednesday. \u{201c}Let Kellogg take a look \
                 at the city. Let him see it,\u{201d} President Ana Petrova said. She wants \
                 Kellogg to visit the front."
            ),
            [p("Keith Kellogg", Some("Envoy")), p("Ana Petrova", Some("President"))]
        );
    }

    #[test]
    fn people_need_a_cue_and_places_are_not_people() {
        assert_eq!(
            people(
                "The European Union and the White House met in New Delhi. Jan-Willem van der Berg, \
                 who runs the mission, arrived. Anna Keller, 58, spoke. Keller left. Phase Zero \
                 began on Monday in Palais des Nations."
            ),
            [p("Jan-Willem van der Berg", None), p("Anna Keller", None)]
        );
        // A place after `in` before a verb is the verb's setting, not its speaker.
        assert_eq!(
            people("Two days of talks in Marsa Velt concluded with a draft, Anna Keller said."),
            [p("Anna Keller", None)]
        );
    }

    #[test]
    fn spellings_of_one_name_are_one_person() {
        let a = parse_article(
            Path::new("v.md"),
            "Ukrainian President Volodymyr Zelenskiy spoke. Volodymyr Zelenskyy said more. \
             Zelensky left."
                .to_string(),
        )
        .unwrap();
        let ex = extract(&a, "v");
        assert_eq!(ex.people.len(), 1, "{:?}", ex.people);
        let p = &ex.people[0];
        assert_eq!(p.name, "Volodymyr Zelenskiy");
        assert!(
            p.aliases.iter().any(|x| x == "Volodymyr Zelenskyy"),
            "{p:?}"
        );
    }

    #[test]
    fn people_named_without_a_speech_verb() {
        let names: Vec<String> = people(
            "Donald Trump's envoys arrived. Later Mr Trump spoke. \
             \"Fine,\" said retired bus driver Mykola Savchuk, 71. \
             Mr Pryce's wife Rhian was there. Church treasurer Linda Marsh, one of the elders, said \
             nothing.",
        )
        .into_iter()
        .map(|p| p.0)
        .collect();
        for n in ["Donald Trump", "Mykola Savchuk", "Rhian", "Linda Marsh"] {
            assert!(names.iter().any(|x| x == n), "{n} in {names:?}");
        }
    }

    #[test]
    fn a_name_in_capitals_opening_a_lede() {
        let names: Vec<String> = people(
            "GRANT McALLISTER launched a tirade.\n\nSouth Wales Police said. McAllister, 52, \
             fumed.",
        )
        .into_iter()
        .map(|p| p.0)
        .collect();
        // "Grant" is spelt nowhere else: the name stays as the text has it.
        assert_eq!(names, ["GRANT McALLISTER"]);
    }

    #[test]
    fn organisations_and_places_saying_things_are_not_people() {
        assert_eq!(
            people(
                "Saudi Arabia said it would host talks. Human Rights Watch said both sides abused \
                 prisoners. New Zealand said nothing. Al Jazeera reported it."
            ),
            []
        );
    }
}
