//! Nouns of roles and of unnamed sources: what a person is called instead of, or beside, their
//! name ("the envoy", "Kremlin spokesman", "a senior official"). Extraction finds people and
//! unnamed sources by them; question analysis tells a described person from a name by them.

use super::WordSet;

static ROLE_NOUN_SET: WordSet = WordSet::new(ROLE_NOUNS);
static SOURCE_SET: WordSet = WordSet::new(SOURCE_NOUNS);

/// Nouns naming a role a person holds (lower case).
#[rustfmt::skip]
const ROLE_NOUNS: &[&str] = &[
    "president", "secretary", "minister", "senator", "adviser", "advisor", "spokesman",
    "spokeswoman", "spokesperson", "envoy", "mediator", "negotiator", "ambassador", "chancellor",
    "commissioner", "coordinator", "official", "aide", "general", "director", "chief", "leader",
    "governor", "mayor", "representative", "congressman", "congresswoman", "lawmaker", "chairman",
    "chairwoman", "chair", "head", "commander", "diplomat", "ombudsman", "premier", "king",
    "queen", "prince", "pope", "analyst", "expert", "professor", "correspondent", "judge",
    "prosecutor", "attorney", "officer", "colonel", "lieutenant", "captain", "sergeant", "admiral",
    "member", "speaker", "observer", "candidate", "economist", "researcher", "scholar", "editor",
    "founder", "executive", "ceo", "secretary-general", "emissary", "delegate", "strategist",
    "consultant", "counsellor", "counselor", "counterpart", "deputy", "gen", "lt", "col", "capt",
    "sgt", "maj", "adm", "sen", "rep", "gov", "pres", "amb", "cmdr", "sheikh", "emir",
    "prime-minister", "vice-president", "foreign-minister", "mp",
    // Roles news copy gives ordinary people and officials outside politics.
    "cllr", "clr", "cr", "councillor", "councilor", "councilman", "councilwoman", "ald", "alderman",
    "alderwoman", "alderperson", "pensioner", "resident",
    "host", "anchor", "presenter", "reporter", "journalist", "columnist", "commentator", "pundit",
    "striker", "midfielder", "defender", "goalkeeper", "winger", "manager", "coach", "referee",
    "tánaiste", "taoiseach", "det", "supt", "insp", "ch",
    "gaffer", "skipper", "goalscorer", "scorer", "widow", "widower", "reverend",
    "player", "teacher", "schoolteacher", "student", "nurse", "doctor", "surgeon", "lawyer",
    "barrister", "solicitor", "witness", "campaigner", "activist", "volunteer", "farmer",
    "soldier", "historian", "scientist", "inspector", "detective", "superintendent",
    "constable", "sheriff", "bishop", "archbishop", "rabbi", "imam", "priest", "rev",
    "chairperson", "cfo", "boss", "owner", "shopkeeper", "ombudsperson", "defendant",
    "treasurer", "accountant", "clerk", "engineer", "welder", "employee", "trustee", "steward",
    "organiser", "organizer", "lecturer", "academic", "physician", "paramedic", "midwife",
    "pilot", "coroner", "magistrate", "chaplain", "vicar", "pastor", "headteacher",
    "headmaster", "headmistress", "principal", "auditor", "regulator", "administrator",
    "registrar", "planner", "surveyor", "architect", "entrepreneur", "banker", "trader",
    "counsel", "advocate", "bailiff", "forecaster", "meteorologist", "warden", "umpire",
    "curator", "pharmacist", "firefighter", "ranger", "caretaker", "landlord", "tenant",
    "spokesmen", "envoys", "officials", "negotiators",
];

/// Nouns for unnamed sources (`sources told`, `an insider said`).
#[rustfmt::skip]
const SOURCE_NOUNS: &[&str] = &[
    "source", "sources", "insider", "insiders", "official", "officials", "spokesman",
    "spokeswoman", "spokesperson", "diplomat", "diplomats", "aide", "aides", "people", "friend",
    "pal", "analysts", "statement", "readout", "report", "reports", "newspaper", "agency",
];

/// General role words and the titles they cover: a question asking for "Kyiv's leader" or "the
/// club's boss" means a president, a manager. One way only: a president is a leader, but a
/// question about "the president" is not about every leader. Titles of public life in English
/// news, not a list of any article's words.
pub const ROLE_KINDS: &[(&str, &[&str])] = &[
    (
        "leader",
        &[
            "president",
            "premier",
            "chancellor",
            "king",
            "queen",
            "monarch",
            "emir",
        ],
    ),
    (
        "boss",
        &[
            "president",
            "manager",
            "chief",
            "head",
            "chairman",
            "chairwoman",
            "director",
            "executive",
        ],
    ),
    ("chief", &["head", "director", "executive"]),
    // Sports copy's words for a team's manager and its captain ("the Spurs gaffer").
    ("gaffer", &["manager", "coach", "boss"]),
    ("skipper", &["captain"]),
    // "The head of the council" is its leader, chief or chair; of the European Council, its
    // president.
    (
        "head",
        &[
            "leader",
            "president",
            "chief",
            "chair",
            "chairman",
            "chairwoman",
            "chairperson",
            "director",
        ],
    ),
    ("spokesman", &["spokeswoman", "spokesperson"]),
    ("spokeswoman", &["spokesman", "spokesperson"]),
    ("spokesperson", &["spokesman", "spokeswoman"]),
    (
        "lawmaker",
        &[
            "senator",
            "congressman",
            "congresswoman",
            "mp",
            "legislator",
            "deputy",
        ],
    ),
    ("diplomat", &["ambassador", "envoy", "emissary"]),
    // Headlines call an ambassador an envoy ("Kyiv's envoy to Berlin").
    ("envoy", &["emissary", "representative", "ambassador"]),
    ("minister", &["secretary"]),
    // "The Kremlin's foreign policy adviser" is the aide the story named.
    ("adviser", &["aide", "advisor", "counsellor", "counselor"]),
    ("advisor", &["aide", "adviser", "counsellor", "counselor"]),
    ("lawyer", &["attorney", "barrister", "solicitor", "counsel"]),
    // "Justice Beale", "Mr Justice Beale": the title of a judge of a higher court.
    ("judge", &["justice", "magistrate"]),
    ("attorney", &["lawyer", "counsel"]),
];

/// The titles a general role word (any case) covers by [`ROLE_KINDS`] ("leader" → "president",
/// …); none for a word that is no general role word.
pub fn titles_covered_by(word: &str) -> Option<&'static [&'static str]> {
    ROLE_KINDS
        .iter()
        .find(|(g, _)| word.eq_ignore_ascii_case(g))
        .map(|&(_, titles)| titles)
}

/// Words of rank that head an office wherever they stand before its complement ("chief
/// financial officer", "head coach"): a holder of such a role is a chief, a head.
pub const RANK_WORDS: &[&str] = &["chief", "head"];

/// Titles of two words and the one-word title each is ("Prime Minister" is a premier): the
/// head noun of such a role ("minister") is every minister's, the title alone is theirs.
pub const TWO_WORD_TITLES: &[(&str, &str)] = &[("prime minister", "premier")];

/// What news calls an office by a phrase around a general role word ("Estonia's top diplomat"
/// is its foreign minister, "the head of state" its president or monarch): (the phrase's words,
/// its role word, the offices it stands for, lower case, as a role spells them).
#[rustfmt::skip]
pub const OFFICE_PHRASES: &[(&[&str], &str, &[&str])] = &[
    (&["top", "diplomat"], "diplomat", DIPLOMAT_OFFICES),
    (&["chief", "diplomat"], "diplomat", DIPLOMAT_OFFICES),
    (&["head", "of", "state"], "head", STATE_HEAD_OFFICES),
    (&["head", "of", "government"], "head", GOVERNMENT_HEAD_OFFICES),
    (&["top", "law", "officer"], "officer", LAW_OFFICER_OFFICES),
    (&["chief", "law", "officer"], "officer", LAW_OFFICER_OFFICES),
    (&["top", "prosecutor"], "prosecutor", PROSECUTOR_OFFICES),
    (&["top", "cop"], "cop", POLICE_HEAD_OFFICES),
    (&["top", "judge"], "judge", TOP_JUDGE_OFFICES),
];

/// The offices of a government's chief law officer.
#[rustfmt::skip]
const LAW_OFFICER_OFFICES: &[&str] = &[
    "attorney general", "attorney-general", "solicitor general", "lord advocate",
];

/// The offices of a country's or a state's top prosecutor.
#[rustfmt::skip]
const PROSECUTOR_OFFICES: &[&str] = &[
    "attorney general", "attorney-general", "prosecutor general", "prosecutor-general",
    "director of public prosecutions", "chief prosecutor",
];

/// The offices of a police force's head.
#[rustfmt::skip]
const POLICE_HEAD_OFFICES: &[&str] = &[
    "police commissioner", "commissioner of police", "chief constable", "police chief",
    "chief of police", "garda commissioner", "inspector general of police",
];

/// The offices of a country's top judge.
#[rustfmt::skip]
const TOP_JUDGE_OFFICES: &[&str] = &[
    "chief justice", "president of the supreme court", "lord chief justice",
];

/// The offices of a head of state.
#[rustfmt::skip]
const STATE_HEAD_OFFICES: &[&str] = &[
    "president", "king", "queen", "monarch", "emir", "sultan", "head of state",
];

/// The offices of a head of government.
#[rustfmt::skip]
const GOVERNMENT_HEAD_OFFICES: &[&str] = &[
    "prime minister", "premier", "chancellor", "taoiseach", "head of government",
];

/// The offices of a country's foreign affairs.
#[rustfmt::skip]
const DIPLOMAT_OFFICES: &[&str] = &[
    "foreign minister", "foreign secretary", "secretary of state", "foreign affairs",
];

/// Portfolios an office names before its title ("the defence minister"): a title naming one is
/// not the holder of that title in another ("Foreign Minister").
#[rustfmt::skip]
pub const PORTFOLIOS: &[&str] = &[
    "foreign", "defence", "defense", "finance", "trade", "health", "justice", "interior",
    "energy", "economy", "economic", "agriculture", "education", "transport", "environment",
];

/// Titles as news copy abbreviates them before a name ("Sen. Roger Whitfield", "Cllr Sandra
/// Okafor") or in a headline ("chief exec"), with the word a question uses ("the senator"). They
/// match each other both ways.
#[rustfmt::skip]
pub const TITLE_ABBREVIATIONS: &[(&str, &str)] = &[
    ("sen", "senator"), ("rep", "representative"), ("gov", "governor"), ("gen", "general"),
    ("lt", "lieutenant"), ("col", "colonel"), ("maj", "major"), ("capt", "captain"),
    ("sgt", "sergeant"), ("adm", "admiral"), ("cmdr", "commander"), ("pres", "president"),
    ("amb", "ambassador"), ("cllr", "councillor"), ("clr", "councillor"), ("cr", "councillor"),
    ("prof", "professor"), ("dr", "doctor"),
    ("supt", "superintendent"), ("insp", "inspector"), ("det", "detective"), ("rev", "reverend"),
    ("atty", "attorney"), ("sec", "secretary"),
    // Headline short forms of roles ("Cisco's chief exec").
    ("exec", "executive"), ("execs", "executives"),
];

/// Endings of a title's female, male and neutral forms (`spokeswoman`, `spokesman`,
/// `spokesperson`). The female ending is tried before the male one it ends with.
const FEMALE_TITLE_END: &str = "woman";
const MALE_TITLE_END: &str = "man";
const NEUTRAL_TITLE_END: &str = "person";
const GENDERED_TITLE_ENDS: &[&str] = &[FEMALE_TITLE_END, MALE_TITLE_END];

/// Can a word (any case) be another form of some title: does it end like a gendered or neutral
/// one? Cheap, without a lower-cased copy: most words are not.
pub fn may_be_office_form(word: &str) -> bool {
    [MALE_TITLE_END, NEUTRAL_TITLE_END].iter().any(|end| {
        word.len() > end.len()
            && word
                .get(word.len() - end.len()..)
                .is_some_and(|e| e.eq_ignore_ascii_case(end))
    })
}

/// Are two lower-case titles the same office? Equal, or one the neutral form of the other
/// (`spokesperson`, `spokeswoman`).
pub fn same_office(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    match (neutral_stem(a), neutral_stem(b)) {
        (Some(s), None) => gendered_stem(b) == Some(s),
        (None, Some(s)) => gendered_stem(a) == Some(s),
        _ => false,
    }
}

/// The other forms of a title written with a sex or a neutral ending: `chairwoman` and
/// `chairperson` for `chairman`. None for any other word.
pub fn other_office_forms(word: &str) -> Vec<String> {
    let Some(stem) = neutral_stem(word).or_else(|| gendered_stem(word)) else {
        return Vec::new();
    };
    [FEMALE_TITLE_END, MALE_TITLE_END, NEUTRAL_TITLE_END]
        .iter()
        .map(|end| format!("{stem}{end}"))
        .filter(|form| form != word)
        .collect()
}

/// `spokes` of `spokesperson`.
fn neutral_stem(t: &str) -> Option<&str> {
    t.strip_suffix(NEUTRAL_TITLE_END).filter(|s| !s.is_empty())
}

/// `spokes` of `spokeswoman` or `spokesman`.
fn gendered_stem(t: &str) -> Option<&str> {
    GENDERED_TITLE_ENDS
        .iter()
        .find_map(|e| t.strip_suffix(e))
        .filter(|s| !s.is_empty())
}

/// Role nouns of one sex that no ending shows (`actress`, `king`).
#[rustfmt::skip]
const FEMALE_ROLE_NOUNS: &[&str] = &[
    "actress", "queen", "princess", "duchess", "countess", "baroness", "empress", "headmistress",
    "waitress", "hostess", "stewardess", "abbess", "nun", "sister",
];
#[rustfmt::skip]
const MALE_ROLE_NOUNS: &[&str] = &[
    "actor", "king", "prince", "duke", "baron", "emperor", "headmaster", "monk", "father",
];

/// The sex a role noun (lower case) says its holder is, `true` for female: `spokeswoman`,
/// `actress`; `chairman`, `king`. `None` for a role of either (`minister`, `chairperson`).
pub fn role_is_female(w: &str) -> Option<bool> {
    if FEMALE_ROLE_NOUNS.contains(&w) {
        return Some(true);
    }
    if MALE_ROLE_NOUNS.contains(&w) {
        return Some(false);
    }
    if !is_role_noun(w) {
        return None;
    }
    if w.strip_suffix(FEMALE_TITLE_END)
        .is_some_and(|s| !s.is_empty())
    {
        Some(true)
    } else if w
        .strip_suffix(MALE_TITLE_END)
        .is_some_and(|s| !s.is_empty())
    {
        Some(false)
    } else {
        None
    }
}

/// Is `w` (lower case) a noun naming a role a person holds?
pub fn is_role_noun(w: &str) -> bool {
    ROLE_NOUN_SET.contains(w)
}

/// Words saying a role is no longer held (`a former defence minister`): such a role is not
/// another of someone's, which would answer for the office's holder now.
static PAST_ROLE_WORDS: WordSet = WordSet::new(&["former", "ex", "onetime", "erstwhile"]);

/// Does a role say it is no longer held ([`PAST_ROLE_WORDS`])?
pub fn is_past_role(role: &str) -> bool {
    role.split(|c: char| !c.is_alphanumeric())
        .any(|w| PAST_ROLE_WORDS.contains(&w.to_lowercase()))
}

/// Is `w` (lower case) a noun for an unnamed source (`sources`, `an insider`)?
pub fn is_source_noun(w: &str) -> bool {
    SOURCE_SET.contains(w)
}

/// Is `w` (folded) one edit from a role noun of five letters or more (`captian`, `minster`)?
pub fn resembles_role_noun(w: &str) -> bool {
    ROLE_NOUNS.iter().any(|r| {
        r.len() >= 5 && r.len().abs_diff(w.len()) <= 1 && strsim::damerau_levenshtein(r, w) == 1
    })
}

/// Does a folded word describe a person rather than name one: a role or source noun, singular
/// or plural ("diplomats", "chief")?
pub fn describes_person(w: &str) -> bool {
    let singular = w.strip_suffix('s').unwrap_or(w);
    [w, singular]
        .iter()
        .any(|x| is_role_noun(x) || is_source_noun(x))
}

#[cfg(test)]
mod tests {
    use super::same_office;

    #[test]
    fn a_neutral_title_is_either_gendered_one() {
        assert!(same_office("spokesperson", "spokeswoman"));
        assert!(same_office("chairman", "chairperson"));
        assert!(same_office("envoy", "envoy"));
        assert!(!same_office("spokesman", "spokeswoman"));
        assert!(!same_office("person", "man"));
        assert!(!same_office("chairperson", "salesman"));
        use super::may_be_office_form;
        assert!(may_be_office_form("Spokesperson") && may_be_office_form("CHAIRWOMAN"));
        assert!(!may_be_office_form("envoy") && !may_be_office_form("man"));
    }

    #[test]
    fn gendered_roles() {
        use super::role_is_female;
        assert_eq!(role_is_female("spokeswoman"), Some(true));
        assert_eq!(role_is_female("chairman"), Some(false));
        assert_eq!(role_is_female("actress"), Some(true));
        assert_eq!(role_is_female("minister"), None);
        assert_eq!(role_is_female("chairperson"), None);
        assert_eq!(role_is_female("german"), None);
    }
}
