//! Unit tests of the retriever's parts working together: analysis, scoring, pruning and rerank.

use super::index::Index;
use super::search::{PRUNE_POSTINGS, RERANK};
use super::{Synonyms, Weights};
use crate::model::{Fact, Kind, Person, Quote, Source, SourceMeta};

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
                label: None,
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
        statements: Vec::new(),
        people: Vec::new(),
    }
}

/// Moves quote `q` of source `s` into the sentence of fact `fact` (the `source` helper puts
/// every quote in the first).
fn quote_in(s: &mut Source, q: usize, fact: usize) {
    s.quotes[q].fact = s.facts[fact].id.clone();
    s.quotes[q].paragraph = s.facts[fact].paragraph;
}

/// One source of these facts, indexed with no people and no synonyms.
fn facts_index(facts: &[&str]) -> (Vec<Source>, Index) {
    let sources = vec![source(facts, &[])];
    let ix = Index::build(&sources, &[], Synonyms::default());
    (sources, ix)
}

/// One source of three facts, the first two quotes in the second and third, indexed with
/// `people`, each given as (name, role, alias).
fn two_speakers_index(
    facts: &[&str],
    quotes: &[(&str, &str)],
    people: &[(&str, &str, &str)],
) -> (Vec<Source>, Index) {
    let mut s = source(facts, quotes);
    quote_in(&mut s, 0, 1);
    quote_in(&mut s, 1, 2);
    let sources = vec![s];
    let ix = Index::build(&sources, &persons(people), Synonyms::default());
    (sources, ix)
}

/// People given as (name, role, alias).
fn persons(people: &[(&str, &str, &str)]) -> Vec<Person> {
    people
        .iter()
        .map(|&(name, role, alias)| Person {
            other_roles: Vec::new(),
            name: name.into(),
            role: Some(role.into()),
            aliases: vec![alias.into()],
        })
        .collect()
}

/// Asserts the first person is the speaker `q` asks about: the top hit is theirs, by subject,
/// and no hit of anyone else is.
fn asks_the_first_person(sources: &[Source], ix: &Index, q: &str) {
    let hits = ix.search_query(sources, &ix.analyze(q), 3);
    let top = ix.doc(hits[0].doc).and_then(|d| d.person());
    assert_eq!((top, hits[0].by_subject), (Some(0), true), "{q}: {hits:?}");
    let only_first = hits
        .iter()
        .all(|h| !h.by_subject || ix.doc(h.doc).and_then(|d| d.person()) == Some(0));
    assert!(only_first, "{q}: {hits:?}");
}

/// Adds a statement by `speaker` that is fact `fact` of source `s`, as extraction would.
fn state_on_fact(s: &mut Source, fact: usize, speaker: &str) {
    let f = s.facts[fact].clone();
    s.statements.push(crate::model::Statement {
        id: format!("s:s-{}", s.statements.len()),
        text: f.text,
        speaker: speaker.into(),
        section: None,
        paragraph: f.paragraph,
        start: f.start,
        end: f.end,
        fact: f.id,
    });
}

fn people() -> Vec<Person> {
    vec![Person {
        other_roles: Vec::new(),
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
fn two_words_the_corpus_also_writes_apart_match_where_they_stand_apart() {
    let s = source(
        &[
            "Fourth-quarter revenue rose at the chain's stores.",
            "Sales softened in the fourth quarter across Europe.",
            "The ceasefire held overnight.",
        ],
        &[],
    );
    let sources = vec![s];
    let ix = Index::build(&sources, &[], Synonyms::default());
    let q = ix.analyze("fourth quarter sales");
    assert!(q.slots.iter().any(|x| x.word == "fourth"), "{:?}", q.slots);
    let t = top_text(&sources, &ix, "fourth quarter sales").unwrap();
    assert!(t.starts_with("Sales softened"), "{t}");
    // A compound whose parts the corpus never writes alone is still joined.
    let q = ix.analyze("did the cease fire hold");
    assert!(
        q.slots.iter().any(|x| x.word == "ceasefire"),
        "{:?}",
        q.slots
    );
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
    assert_eq!(hits[0].kind, Kind::Quote, "{hits:?}");
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

/// A number is what it is: a year or a count the articles lack is not a typo of the one they
/// have ("in 2024" is not "in 2025").
#[test]
fn a_number_the_articles_lack_is_never_corrected_to_another() {
    let (sources, ix) = facts_index(&[
        "The ministry has confirmed 10 cases so far in 2025.",
        "A ferry carried 345 passengers to the island.",
    ]);
    for (q, number) in [
        ("how many cases were confirmed in 2024", "2024"),
        ("did the ferry carry 346 passengers", "346"),
    ] {
        let a = ix.analyze(q);
        let slot = a.slots.iter().find(|s| s.word == number).unwrap();
        assert!(
            slot.alts.is_empty() && slot.corrected.is_none(),
            "{q}: {slot:?}"
        );
    }
    // The number the articles have still matches.
    let t = top_text(&sources, &ix, "how many cases in 2025").unwrap();
    assert!(t.contains("10 cases"), "{t}");
}

/// A common word of English the articles lack is the topic it names, not a misspelling of a
/// name one letter away ("cost" is not Costa, "dance" not Vance); a rare one may be ("vane").
#[test]
fn a_common_english_word_is_no_misspelt_name() {
    let sources = vec![source(&["Costa and Vance met in Sofia on Monday."], &[])];
    let ps: Vec<Person> = [("Antonio Costa", "Costa"), ("JD Vance", "Vance")]
        .iter()
        .map(|&(name, alias)| Person {
            other_roles: Vec::new(),
            name: name.into(),
            role: None,
            aliases: vec![alias.into()],
        })
        .collect();
    let ix = Index::build(&sources, &ps, Synonyms::default());
    for word in ["cost", "dance"] {
        let q = ix.analyze(&format!("what did the war {word} the young"));
        let slot = q.slots.iter().find(|s| s.word == word).unwrap();
        assert!(slot.corrected.is_none(), "{word}: {slot:?}");
    }
    let q = ix.analyze("what did vane say in sofia");
    let slot = q.slots.iter().find(|s| s.word == "vane").unwrap();
    assert_eq!(slot.corrected.as_deref(), Some("vance"), "{slot:?}");
}

/// Sports and local copy's short forms of a name ("Tipp" for Tipperary): a word no article has
/// and no English word, which opens exactly one word of the articles that is no English word
/// either, is that word. Not when it opens several.
#[test]
fn a_clipped_name_is_the_one_name_it_opens() {
    let (sources, ix) = facts_index(&[
        "Tipperary played eight league games in ten weeks.",
        "Galway won the league final.",
        "Kilkenny and Kilkeel drew.",
    ]);
    let q = ix.analyze("how many league games did tipp play");
    let slot = q.slots.iter().find(|s| s.word == "tipp").unwrap();
    let tipperary = ix.term_of("tipperary").unwrap();
    assert!(slot.matches(tipperary), "{slot:?}");
    let t = top_text(&sources, &ix, "how many league games did tipp play").unwrap();
    assert!(t.starts_with("Tipperary"), "{t}");
    // "kilk" opens two names: no guess.
    let q = ix.analyze("did kilk draw");
    let slot = q.slots.iter().find(|s| s.word == "kilk").unwrap();
    assert!(slot.alts.is_empty(), "{slot:?}");
}

#[test]
fn unknown_words_match_their_family() {
    let (s, ix) = fixture();
    let t = top_text(&s, &ix, "analysts settled").unwrap();
    assert!(t.contains("broader settlement"), "{t}");
    assert!(ix.analyze("zebras").slots[0].alts.is_empty());
}

#[test]
fn a_title_matches_its_other_sex_and_neutral_forms() {
    // "chairman" asked is the article's "chairperson"; "spokeswoman" its "spokesman".
    let (s, ix) = facts_index(&[
        "The board chose a new chairperson on Friday.",
        "The board chose new auditors on Monday.",
        "The ministry's spokesman left in May.",
        "The ministry's auditors left in June.",
        // Both forms asked are words of the articles too.
        "A chairman and a spokeswoman spoke in March.",
    ]);
    let t = top_text(&s, &ix, "when did the board pick its chairman").unwrap();
    assert!(t.contains("chairperson"), "{t}");
    let t = top_text(&s, &ix, "when did the ministry spokeswoman leave").unwrap();
    assert!(t.contains("spokesman"), "{t}");
}

#[test]
fn a_country_matches_its_adjective() {
    // "the Ukrainian delegation" is "Ukraine's delegation"; the word as asked still counts most.
    let (s, ix) = facts_index(&[
        "The harbour delegation flew home on Sunday.",
        "Ukraine's delegation flew home on Friday.",
        "The Ukrainian grain ships left on Monday.",
    ]);
    let t = top_text(&s, &ix, "when did the ukrainian delegation fly home").unwrap();
    assert!(t.starts_with("Ukraine's delegation"), "{t}");
    let t = top_text(&s, &ix, "ukrainian ships").unwrap();
    assert!(t.starts_with("The Ukrainian grain"), "{t}");
}

#[test]
fn a_title_asked_by_two_initials_finds_it_spelt_out() {
    let (s, ix) = facts_index(&[
        "Polish farmers also drove to Kyiv.",
        "Polish Prime Minister Donald Tusk also arrived in Kyiv.",
    ]);
    let t = top_text(&s, &ix, "did the polish pm go to kyiv").unwrap();
    assert!(t.contains("Prime Minister"), "{t}");
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
    facts_index(&refs)
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

/// The early exit's bound is computed from the rerank's weights: raise a bonus far past today's
/// values and the bound rises with it, and the cutoff still returns the exhaustive top hits.
#[test]
fn the_pruning_bound_follows_the_rerank_weights() {
    let (fs, mut fix) = fixture();
    let q = fix.analyze("what did kowalska say about the talks in vienna");
    let before = fix.max_factor(&q);
    let heavy = Weights {
        speaker: 40.0,
        proximity: 3.0,
        quote: 2.0,
        ..Weights::default()
    };
    fix.weights = heavy;
    let after = fix.max_factor(&q);
    assert!(
        after >= 40.0 * 4.0 * 2.0 && after > before,
        "{before} -> {after}"
    );
    let (ls, mut lix) = large();
    lix.weights = heavy;
    for (s, ix, q) in [
        (&fs, &fix, "what did kowalska say about the talks in vienna"),
        (&fs, &fix, "what did kowalska say about grain exports"),
        (&ls, &lix, "zanzibar alpha"),
        (&ls, &lix, "alpha beta delta5"),
    ] {
        let all = ix.search(s, q, RERANK);
        for k in [1, 2, 3] {
            assert_eq!(
                ix.search(s, q, k)[..],
                all[..k.min(all.len())],
                "{q}, k = {k}"
            );
        }
    }
    // With a huge speaker bonus, her quote outranks the fact that matches more words.
    let hits = fix.search(&fs, "what did kowalska say about the talks in vienna", 1);
    assert_eq!(hits[0].kind, Kind::Quote, "{hits:?}");
}

#[test]
fn a_role_finds_its_holders_quotes() {
    let (s, ix) = fixture();
    let q = ix.analyze("what did the foreign minister say about the invasion");
    let hits = ix.search_query(&s, &q, 3);
    assert_eq!((hits[0].kind, hits[0].subject_ok), (Kind::Quote, true));
}

/// A speaker described by a role ("the Latvian PM") is one whose role holds its head noun, or
/// the head's initials: not someone whose role shares only a modifier ("a Latvian analyst").
#[test]
fn a_described_speaker_holds_the_roles_head() {
    let mut s = source(
        &[
            "Prime Minister Ilze Berzina said the plan needs more work.",
            "Berzina said, “The plan needs work before we can sign it.”",
            "Farmers worried about grain exports.",
            "Delegates left early.",
            "Talks resume next week in Vienna.",
            "Janis Ozols, a Latvian analyst, said, “This plan is a disaster.”",
        ],
        &[
            ("The plan needs work before we can sign it.", "Ilze Berzina"),
            ("This plan is a disaster.", "Janis Ozols"),
        ],
    );
    quote_in(&mut s, 0, 1);
    quote_in(&mut s, 1, 5);
    let sources = vec![s];
    let ps = vec![
        Person {
            other_roles: Vec::new(),
            name: "Ilze Berzina".into(),
            role: Some("Prime Minister".into()),
            aliases: vec!["Berzina".into()],
        },
        Person {
            other_roles: Vec::new(),
            name: "Janis Ozols".into(),
            role: Some("a Latvian analyst".into()),
            aliases: vec!["Ozols".into()],
        },
    ];
    let ix = Index::build(&sources, &ps, Synonyms::default());
    let q = ix.analyze("what did the latvian pm say about the plan");
    let hits = ix.search_query(&sources, &q, 3);
    let top = ix.doc(hits[0].doc).and_then(|d| d.person());
    assert_eq!((top, hits[0].by_subject), (Some(0), true), "{hits:?}");
    let only_berzina = hits
        .iter()
        .all(|h| !h.by_subject || ix.doc(h.doc).and_then(|d| d.person()) == Some(0));
    assert!(only_berzina, "{hits:?}");
}

/// "The Latvian leader" or "Riga's leader" is its Prime Minister: a two-word title is the
/// one-word title it equals, which a general role word covers; "minister" alone is not.
#[test]
fn a_prime_minister_is_the_leader_and_premier_asked_for() {
    let (sources, ix) = two_speakers_index(
        &[
            "Latvian Prime Minister Ilze Berzina met farmers in Riga.",
            "Berzina said, “The grain corridor must stay open all winter.”",
            "Janis Ozols, the Latvian agriculture minister, said, “Exports are down by a third.”",
        ],
        &[
            (
                "The grain corridor must stay open all winter.",
                "Ilze Berzina",
            ),
            ("Exports are down by a third.", "Janis Ozols"),
        ],
        &[
            ("Ilze Berzina", "Latvian Prime Minister", "Berzina"),
            ("Janis Ozols", "the Latvian agriculture minister", "Ozols"),
        ],
    );
    for q in [
        "what did the latvian leader say about exports and grain",
        "what did riga's leader say about exports and grain",
    ] {
        asks_the_first_person(&sources, &ix, q);
    }
}

/// "The head of state" is a president or monarch, "the head of government" a prime minister or
/// chancellor: the phrase names its holders, not every head or director.
#[test]
fn a_head_of_state_or_government_is_the_office_holder() {
    let facts = [
        "Port authority head Kofi Asare opened the new grain terminal.",
        "Asare said, “The terminal will feed the whole coast and the young people of the state.”",
        "President Ama Mensah said, “Our young people have paid for this war in their lives.”",
    ];
    let quotes = [
        (
            "Our young people have paid for this war in their lives.",
            "Ama Mensah",
        ),
        (
            "The terminal will feed the whole coast and the young people of the state.",
            "Kofi Asare",
        ),
    ];
    let mut s = source(&facts, &quotes);
    quote_in(&mut s, 0, 2);
    quote_in(&mut s, 1, 1);
    let sources = vec![s];
    let ps = persons(&[
        ("Ama Mensah", "President", "Mensah"),
        ("Kofi Asare", "Port authority head", "Asare"),
    ]);
    let ix = Index::build(&sources, &ps, Synonyms::default());
    asks_the_first_person(
        &sources,
        &ix,
        "what did the head of state say about young people",
    );
}

/// Sports copy's "gaffer" is the team's manager or coach: "what did the Rovers gaffer say"
/// finds the manager's words, not a player's.
#[test]
fn a_gaffer_is_the_teams_manager() {
    let (sources, ix) = two_speakers_index(
        &[
            "Rovers manager Dan Hale praised his side after the derby.",
            "Hale said, “The lads ran themselves into the ground today.”",
            "Rovers striker Tom Bell said, “We ran out of legs in the last ten minutes.”",
        ],
        &[
            ("The lads ran themselves into the ground today.", "Dan Hale"),
            ("We ran out of legs in the last ten minutes.", "Tom Bell"),
        ],
        &[
            ("Dan Hale", "Rovers manager", "Hale"),
            ("Tom Bell", "Rovers striker", "Bell"),
        ],
    );
    asks_the_first_person(
        &sources,
        &ix,
        "what did the rovers gaffer say about running out of legs",
    );
}

/// "Latvia's foreign minister" is not the Estonian one: a country in a described subject rules
/// out a holder of the office whose role names another country, typed with its possessive or
/// without the apostrophe.
#[test]
fn a_described_speakers_country_rules_out_another_countrys_holder() {
    let mut s = source(
        &[
            "Foreign ministers met in Riga on Monday.",
            "Berzina said, “A ceasefire is welcome.”",
            "Tamm said, “The ceasefire must be unconditional and the ceasefire must hold.”",
        ],
        &[
            ("A ceasefire is welcome.", "Ilze Berzina"),
            (
                "The ceasefire must be unconditional and the ceasefire must hold.",
                "Karl Tamm",
            ),
        ],
    );
    quote_in(&mut s, 0, 1);
    quote_in(&mut s, 1, 2);
    let sources = vec![s];
    let ps = vec![
        Person {
            other_roles: Vec::new(),
            name: "Ilze Berzina".into(),
            role: Some("Latvian Foreign Minister".into()),
            aliases: vec!["Berzina".into()],
        },
        Person {
            other_roles: Vec::new(),
            name: "Karl Tamm".into(),
            role: Some("Estonian Foreign Minister".into()),
            aliases: vec!["Tamm".into()],
        },
    ];
    let ix = Index::build(&sources, &ps, Synonyms::default());
    for question in [
        "what did latvia's foreign minister say about the ceasefire",
        "what did latvias foreign minister say about the ceasefire",
    ] {
        let hits = ix.search(&sources, question, 3);
        let top = ix.doc(hits[0].doc).and_then(|d| d.person());
        assert_eq!(top, Some(0), "{question}: {hits:?}");
        let tamm = hits
            .iter()
            .any(|h| h.by_subject && ix.doc(h.doc).and_then(|d| d.person()) == Some(1));
        assert!(!tamm, "{question}: {hits:?}");
    }
}

/// "The top diplomat" is the one whose role is a country's foreign office ("Secretary of State",
/// "Foreign Minister"): the question names them.
#[test]
fn a_top_diplomat_is_the_foreign_minister() {
    let sources = vec![source(
        &[
            "Marta Lind was interviewed on a Sunday news show.",
            "The envoy Piet Lund spoke on the radio on Monday.",
        ],
        &[],
    )];
    let ps = vec![
        Person {
            other_roles: Vec::new(),
            name: "Marta Lind".into(),
            role: Some("Secretary of State".into()),
            aliases: vec!["Lind".into()],
        },
        Person {
            other_roles: Vec::new(),
            name: "Piet Lund".into(),
            role: Some("envoy".into()),
            aliases: vec!["Lund".into()],
        },
    ];
    let ix = Index::build(&sources, &ps, Synonyms::default());
    let hits = ix.search(&sources, "what show was the top diplomat interviewed on", 2);
    assert_eq!(hits.first().map(|h| h.item), Some(0), "{hits:?}");
    let q = ix.analyze("what did the top diplomat say");
    assert_eq!(q.people, [0], "{q:?}");
}

/// News names other offices by epithet too: "the top law officer" is the attorney general,
/// "the top cop" the police commissioner, "the top judge" the chief justice.
#[test]
fn an_office_epithet_names_its_holder() {
    let sources = vec![source(
        &[
            "Dale Hart asked the police to investigate the leak.",
            "Rick Boyd said the inquiry would take weeks.",
            "Ana Soto ruled on the appeal on Monday.",
        ],
        &[],
    )];
    let ps = persons(&[
        ("Dale Hart", "Attorney General", "Hart"),
        ("Rick Boyd", "Police Commissioner", "Boyd"),
        ("Ana Soto", "Chief Justice", "Soto"),
    ]);
    let ix = Index::build(&sources, &ps, Synonyms::default());
    for (q, who) in [
        ("what did the top law officer ask the police to do", 0),
        ("what did the country's chief law officer ask for", 0),
        ("what did the top cop say about the inquiry", 1),
        ("what did the top judge rule", 2),
    ] {
        assert_eq!(ix.analyze(q).people, [who], "{q}");
    }
}

/// "The head of the council" is its leader, chief or chair; of the European Council, its
/// president; "the association boss" its president: a role word covering those, one way.
#[test]
fn the_head_of_something_is_its_leader() {
    for (fact, person, question, asked, title) in [
        (
            "Council leader Karlis Liepa said the plan is late.",
            ("Karlis Liepa", "Council leader", "Liepa"),
            "what did the head of the council say about the plan",
            "head",
            "leader",
        ),
        (
            "European Council President Ana Costa said the plan is late.",
            ("Ana Costa", "European Council President", "Costa"),
            "what did the head of the european council say about the plan",
            "head",
            "president",
        ),
        (
            "Growers Association President Omar Said said the plan is late.",
            ("Omar Said", "Growers Association President", "Said"),
            "what did the growers association boss say about the plan",
            "boss",
            "president",
        ),
    ] {
        let sources = vec![source(&[fact], &[])];
        let ix = Index::build(&sources, &persons(&[person]), Synonyms::default());
        let q = ix.analyze(question);
        let head = q.subject_head.map(|h| &q.slots[h]);
        assert_eq!(head.map(|s| s.word.as_str()), Some(asked), "{q:?}");
        let title = ix.term_of(title).expect("a word of the corpus");
        assert!(head.is_some_and(|s| s.matches(title)), "{head:?}");
    }
}

/// "What did X say about Y's visit" asks about Y too: X's words naming Y are on the topic,
/// before a sentence about the visit that X did not say.
#[test]
fn a_person_asked_about_is_part_of_the_topic() {
    let mut s = source(
        &[
            "A visit to Warsaw by Piet Lund is planned for Friday.",
            "Farmers worried about grain exports.",
            "Delegates left early.",
            "Talks resume next week in Vienna.",
            "Kowalska said, “Lund matters to us, and we expect a frank talk.”",
        ],
        &[(
            "Lund matters to us, and we expect a frank talk.",
            "Anna Kowalska",
        )],
    );
    quote_in(&mut s, 0, 4);
    let sources = vec![s];
    let mut ps = people();
    ps.push(Person {
        other_roles: Vec::new(),
        name: "Piet Lund".into(),
        role: Some("envoy".into()),
        aliases: vec!["Lund".into()],
    });
    let ix = Index::build(&sources, &ps, Synonyms::default());
    let q = ix.analyze("what did the foreign minister say about lund's visit");
    let hits = ix.search_query(&sources, &q, 3);
    assert_eq!(
        (hits[0].kind, hits[0].by_subject),
        (Kind::Quote, true),
        "{hits:?}"
    );
}

#[test]
fn said_by_marks_other_speakers() {
    let (s, ix) = fixture();
    let q = ix.analyze("what did kowalska say about grain exports");
    assert!(q.asks_person_statement());
    let hits = ix.search_query(&s, &q, 3);
    let grain = hits
        .iter()
        .find(|h| h.item == 2 && h.kind == Kind::Fact)
        .unwrap();
    assert!(!grain.subject_ok);
}

#[test]
fn an_unknown_name_is_not_a_distant_typo_of_a_first_name() {
    let (_, ix) = fixture();
    // Two edits from the given name "Anna": a different person, not a typo.
    let q = ix.analyze("what did annika say about the invasion");
    let s = q.slots.iter().find(|s| s.word == "annika").unwrap();
    assert!(s.alts.is_empty(), "{:?}", s.alts);
    // A surname keeps its corrections.
    let q = ix.analyze("what did kowalsak say about the invasion");
    let s = q.slots.iter().find(|s| s.word == "kowalsak").unwrap();
    assert_eq!(s.corrected.as_deref(), Some("kowalska"));
}

#[test]
fn a_hits_neighbouring_sentences_count_for_its_topic_at_a_discount() {
    let sources = vec![source(
        &[
            "Asked about the grain corridor, the minister hedged.",
            "We will see what Monday brings, she said.",
            "Delegates left early.",
            "Talks resume next week in Vienna.",
            "The corridor reopened briefly in July.",
        ],
        &[],
    )];
    let ix = Index::build(&sources, &people(), Synonyms::default());
    let hits = ix.search(&sources, "what will Monday bring for the grain corridor", 4);
    let top = hits.first().expect("a hit");
    assert_eq!(top.item, 1, "{hits:?}");
    // "grain corridor" is only in the sentence before: credited at CONTEXT_SHARE.
    assert!(top.context_topic_coverage > top.topic_coverage, "{top:?}");
    assert!(top.context_topic_coverage < 1.0, "{top:?}");
    // "grain" is three sentences away from the Vienna sentence: past the radius, no credit.
    let vienna = ix.search(&sources, "Vienna grain", 5);
    let v = vienna
        .iter()
        .find(|h| h.item == 3)
        .expect("the Vienna sentence");
    assert!(v.topic_coverage < 1.0, "{v:?}");
    assert_eq!(v.context_topic_coverage, v.topic_coverage, "{v:?}");
}

#[test]
fn a_statements_neighbours_are_those_of_its_sentence() {
    let mut s = source(
        &[
            "The summit opened in Vienna.",
            "Delegations arrived late.",
            "Kowalska said the mood was calm.",
            "Snow closed the airport.",
        ],
        &[],
    );
    state_on_fact(&mut s, 2, "Anna Kowalska");
    let sources = vec![s];
    let ix = Index::build(&sources, &people(), Synonyms::default());
    let doc = (0..ix.len() as u32)
        .find(|&d| ix.doc(d).is_some_and(|d| d.kind == Kind::Statement))
        .expect("the statement's document");
    // Statement 0 sits on fact 2: its neighbours are facts 0, 1 and 3 (within CONTEXT_RADIUS),
    // not those of fact 0, and its sentence is its own document.
    assert_eq!(ix.neighbour_docs(&sources, doc), vec![0, 1, 3]);
    assert_eq!(
        (ix.sentence_of(doc), ix.sentence_doc(doc)),
        (Some(2), Some(doc))
    );
}

#[test]
fn a_role_naming_someone_else_does_not_make_its_holder_that_person() {
    let mut s = source(&["Witkoff said the harbour talks were useful."], &[]);
    state_on_fact(&mut s, 0, "Steve Witkoff");
    let people = vec![
        Person {
            other_roles: Vec::new(),
            name: "Steve Witkoff".into(),
            role: Some("Trump's special envoy".into()),
            aliases: vec!["Witkoff".into()],
        },
        Person {
            other_roles: Vec::new(),
            name: "Donald Trump".into(),
            role: Some("President".into()),
            aliases: vec!["Trump".into()],
        },
    ];
    let sources = vec![s];
    let ix = Index::build(&sources, &people, Synonyms::default());
    let hits = ix.search(&sources, "what did Trump say about the harbour talks", 3);
    let top = hits.first().expect("a hit");
    assert!(!top.by_subject && !top.subject_ok, "{top:?}");
    // By the role's own words it is his: "the special envoy".
    let hits = ix.search(
        &sources,
        "what did the special envoy say about the harbour talks",
        3,
    );
    assert!(hits.first().is_some_and(|h| h.by_subject), "{hits:?}");
}

#[test]
fn a_misspelt_stop_word_is_a_stop_word_not_an_unknown_word() {
    let (_, ix) = fixture();
    let q = ix.analyze("what did Kowalska say abuot the grain corridor befor the summit");
    let words: Vec<&str> = q.slots.iter().map(|s| s.word.as_str()).collect();
    assert!(
        !words.contains(&"abuot") && !words.contains(&"befor"),
        "{words:?}"
    );
    // A real word no article has stays, and weighs the most; so does a name one edit from a
    // stop word ("Hern", "here").
    let q = ix.analyze("what did Kowalska say about the harbour");
    assert!(q.slots.iter().any(|s| s.word == "harbour"), "{:?}", q.slots);
    let q = ix.analyze("what did Anna Hern say about the corridor");
    assert!(q.slots.iter().any(|s| s.word == "hern"), "{:?}", q.slots);
    // A typo keeps a word's first letter: "pows" (prisoners of war) is not "hows".
    let q = ix.analyze("how many pows came home");
    assert!(q.slots.iter().any(|s| s.word == "pows"), "{:?}", q.slots);
}

#[test]
fn a_general_role_word_matches_the_titles_it_covers_one_way() {
    // The first fact answers the question, covering all of it.
    let first_covers = |facts: &[&str], question: &str| {
        let (sources, ix) = facts_index(facts);
        let hits = ix.search(&sources, question, 2);
        assert_eq!(
            hits.first().map(|h| (h.item, h.coverage)),
            Some((0, 1.0)),
            "{question}: {hits:?}"
        );
        (sources, ix)
    };
    // "boss" covers a manager...
    let (sources, ix) = first_covers(
        &[
            "Manager Tom Reed said the pitch was poor.",
            "The club boss Ann Bell praised the fans.",
        ],
        "what did the boss say about the pitch",
    );
    // ...but "manager" does not cover every boss.
    let hits = ix.search(&sources, "manager fans", 2);
    assert!(hits.iter().all(|h| h.coverage < 1.0), "{hits:?}");
    // A judge of a higher court is titled "Justice".
    first_covers(
        &[
            "Justice Ann Hale said the sentence had to deter others.",
            "The sentence was read out at noon.",
        ],
        "what did the judge say about the sentence",
    );
    // An aide is an adviser ("the Kremlin's foreign policy adviser" for the aide named).
    first_covers(
        &[
            "Presidential aide Ivo Marn said the talks could move to Vienna.",
            "The talks ended on Friday.",
        ],
        "what did the adviser say about the talks",
    );
    // Headlines call an ambassador an envoy ("Kyiv's envoy to Berlin").
    first_covers(
        &[
            "Ambassador Ivo Marn said the talks could move to Vienna.",
            "The talks ended on Friday.",
        ],
        "what did the envoy say about the talks",
    );
}

#[test]
fn a_persons_words_on_the_topic_outrank_those_matching_only_their_titles() {
    // Kowalska's last quote matches her title words over and over, but not the topic, nor do
    // the sentences around it (words beside the topic count as on it: see `topic_nearby`); her
    // first is about prisoners, a word so common here that it weighs little.
    let mut s = source(
        &[
            "Kowalska said: “Every prisoner comes home.”",
            "Prisoners were moved at dawn.",
            "The prisoners' families waited.",
            "A list of prisoners was shared.",
            "Guards counted the prisoners twice.",
            "Buses carried prisoners north.",
            "Doctors examined the prisoners.",
            "Some prisoners had been held for years.",
            "Prisoners' names were read aloud.",
            "The ministry stands on a wide avenue.",
            "Its staff number two hundred.",
            "Visitors need a pass.",
            "Foreign Minister Anna Kowalska, the foreign minister of Poland, said: “As foreign minister I speak for the ministry.”",
        ],
        &[
            ("As foreign minister I speak for the ministry.", "Anna Kowalska"),
            ("Every prisoner comes home.", "Anna Kowalska"),
        ],
    );
    quote_in(&mut s, 0, 12);
    let sources = vec![s];
    let ix = Index::build(&sources, &people(), Synonyms::default());
    for question in [
        "what did the foreign minister say about prisoners",
        "what did kowalska say about prisoners",
    ] {
        let q = ix.analyze(question);
        let hits = ix.search_query(&sources, &q, 3);
        let top = ix.doc(hits[0].doc).and_then(|d| ix.doc_text(&sources, d));
        assert!(
            top.is_some_and(|t| t.contains("prisoner")),
            "{question}: {top:?}"
        );
        assert!(
            hits[0].subject_ok && hits[0].topic_coverage > 0.0,
            "{question}"
        );
    }
}

#[test]
fn how_long_prefers_a_duration_to_any_number() {
    let s = source(
        &[
            "The Vienna talks drew 300 delegates, and the talks drew 40 reporters.",
            "The Vienna talks lasted five hours.",
        ],
        &[],
    );
    let sources = vec![s];
    let ix = Index::build(&sources, &[], Synonyms::default());
    let top = top_text(&sources, &ix, "how long were the Vienna talks");
    assert_eq!(top.as_deref(), Some("The Vienna talks lasted five hours."));
    // "How many" takes any number: the sentence matching more of the question leads.
    let top = top_text(&sources, &ix, "how many came to the Vienna talks");
    assert!(top.is_some_and(|t| t.contains("300")));
}

/// "Why …" and "what reason …" want the sentence giving a cause, over one that only shares
/// the question's words.
#[test]
fn why_prefers_a_sentence_giving_a_cause() {
    let s = source(
        &[
            "The harbour talks stalled on Friday after a long week of harbour talks.",
            "The harbour talks stalled because neither side would move on fees.",
        ],
        &[],
    );
    let sources = vec![s];
    let ix = Index::build(&sources, &[], Synonyms::default());
    for q in [
        "why did the harbour talks stall",
        "what was the reason the harbour talks stalled",
    ] {
        let top = top_text(&sources, &ix, q);
        assert!(top.is_some_and(|t| t.contains("because")), "{q}");
    }
    // Not asked why: the sentence matching more of the question leads.
    let top = top_text(
        &sources,
        &ix,
        "when did the harbour talks stall after a long week",
    );
    assert!(top.is_some_and(|t| t.contains("Friday")));
}

#[test]
fn a_speaker_picked_out_by_a_description_covers_all_of_it() {
    let mut s = source(
        &["Demirtas said the Istanbul venue suited both delegations."],
        &[],
    );
    state_on_fact(&mut s, 0, "Ali Demirtas");
    let people = vec![Person {
        other_roles: Vec::new(),
        name: "Ali Demirtas".into(),
        role: Some("a professor of international relations at Bilgi University".into()),
        aliases: vec!["Demirtas".into()],
    }];
    let sources = vec![s];
    let ix = Index::build(&sources, &people, Synonyms::default());
    // "academic" is not in his role: the speaker "the Bilgi academic" picks out still is him,
    // so the gate reads the description as matched.
    let hits = ix.search(
        &sources,
        "what did the Bilgi academic say about the Istanbul venue",
        3,
    );
    let top = hits.first().expect("a hit");
    assert!(top.by_subject, "{top:?}");
    assert!(top.context_coverage > top.coverage + 0.05, "{top:?}");
    assert!((top.context_coverage - 1.0).abs() < 1e-4, "{top:?}");
}

#[test]
fn a_word_only_the_title_holds_ranks_and_counts_for_the_article() {
    let mut harbour = source(
        &[
            "Delegations arrived at the harbour by ferry on Monday.",
            "Security was tight around the old customs house.",
            "Reporters waited outside in the rain.",
            "The talks lasted a little over an hour.",
        ],
        &[],
    );
    harbour.meta.title = "Harbour talks: what each side wants".into();
    let mut palace = source(&["The talks lasted five hours."], &[]);
    palace.id = "p".into();
    palace.meta.title = "Palace summit opens a new channel".into();
    let sources = vec![palace, harbour];
    let ix = Index::build(&sources, &[], Synonyms::default());
    let hits = ix.search(&sources, "how long did the harbour talks last", 3);
    let top = hits.first().expect("a hit");
    // Both sentences match "talks" and "last" alike (and both hold a duration); only the
    // harbour one's article is about the harbour talks.
    assert_eq!(top.source, 1, "{hits:?}");
    assert!(top.coverage < 0.9, "{top:?}");
    assert!(
        top.context_topic_coverage > top.topic_coverage,
        "the title's word counts, at a discount: {top:?}"
    );
}

#[test]
fn how_long_is_the_questions_form_not_a_word_to_match() {
    let s = source(
        &[
            "The talks lasted five hours.",
            "The road was long and the talks went on.",
        ],
        &[],
    );
    let sources = vec![s];
    let ix = Index::build(&sources, &[], Synonyms::default());
    let q = ix.analyze("how long did the talks last");
    assert!(q.slots.iter().all(|s| s.word != "long"), "{:?}", q.slots);
    // A duration answers it fully, and ranks first.
    let hits = ix.search(&sources, "how long did the talks last", 3);
    assert_eq!(hits.first().map(|h| h.item), Some(0), "{hits:?}");
    assert!(hits[0].coverage > 0.99, "{hits:?}");
    // "How many" keeps its words: any number answers it, the noun is what it counts.
    let q = ix.analyze("how many talks were held");
    assert!(q.slots.iter().any(|s| s.word == "talks"), "{:?}", q.slots);
}

#[test]
fn a_person_asked_about_is_found_by_the_other_part_of_their_name() {
    let mut s = source(
        &[
            "Whitcomb said the budget would pass.",
            "Whitcomb said the president had complete confidence in Steve.",
        ],
        &[],
    );
    state_on_fact(&mut s, 0, "Nora Whitcomb");
    state_on_fact(&mut s, 1, "Nora Whitcomb");
    let people = vec![
        Person {
            other_roles: Vec::new(),
            name: "Nora Whitcomb".into(),
            role: Some("spokeswoman".into()),
            aliases: vec!["Whitcomb".into()],
        },
        Person {
            other_roles: Vec::new(),
            name: "Steve Witkoff".into(),
            role: Some("envoy".into()),
            aliases: vec!["Witkoff".into()],
        },
    ];
    let sources = vec![s];
    let ix = Index::build(&sources, &people, Synonyms::default());
    let hits = ix.search(&sources, "what did Whitcomb say about Witkoff", 3);
    let top = hits.first().expect("a hit");
    assert_eq!(top.item, 1, "{hits:?}");
    assert!(top.coverage > 0.5, "{top:?}");
}

#[test]
fn a_title_matches_its_abbreviation_both_ways() {
    let mut s = source(&["Sen. Roger Whitfield said the deal was rushed."], &[]);
    state_on_fact(&mut s, 0, "Roger Whitfield");
    let people = vec![Person {
        other_roles: Vec::new(),
        name: "Roger Whitfield".into(),
        role: Some("Sen.".into()),
        aliases: vec!["Whitfield".into()],
    }];
    let sources = vec![s];
    let ix = Index::build(&sources, &people, Synonyms::default());
    let hits = ix.search(&sources, "what did the senator say about the deal", 3);
    assert!(hits.first().is_some_and(|h| h.by_subject), "{hits:?}");
    // A headline's short form of a role ("exec") matches the word the article uses.
    let (sources, ix) = facts_index(&["The chief executive said the merger would close in May."]);
    let hits = ix.search(&sources, "what did the chief exec say about the merger", 3);
    assert!(hits.first().is_some_and(|h| h.coverage > 0.99), "{hits:?}");
}

#[test]
fn the_asked_persons_words_in_an_article_about_the_topic_count_a_little_for_it() {
    let mut s = source(
        &[
            "The final ended after four sets on Sunday.",
            "The crowd stayed late.",
            "Rain held up play twice.",
            "Nygaard said little afterwards.",
            "I had my chances and he took his.",
        ],
        &[("I had my chances and he took his.", "Eirik Nygaard")],
    );
    s.quotes[0].fact = "s:f-4".into();
    s.quotes[0].start = s.facts[4].start;
    s.quotes[0].end = s.facts[4].end;
    let people = vec![Person {
        other_roles: Vec::new(),
        name: "Eirik Nygaard".into(),
        role: None,
        aliases: vec!["Nygaard".into()],
    }];
    let sources = vec![s];
    let ix = Index::build(&sources, &people, Synonyms::default());
    let hits = ix.search(&sources, "what did Nygaard say about the final", 5);
    let quote = hits
        .iter()
        .find(|h| h.kind == Kind::Quote)
        .expect("his quote");
    // "final" is four sentences away: beyond the neighbours, within the article.
    assert!(quote.by_subject, "{quote:?}");
    assert!(quote.topic_coverage == 0.0, "{quote:?}");
    let expected = super::context::ARTICLE_SHARE;
    assert!(
        (quote.context_topic_coverage - expected).abs() < 1e-4,
        "{quote:?}"
    );
}

#[test]
fn where_wants_a_place_the_question_does_not_already_give() {
    let s = source(
        &[
            "The talks were held in Istanbul.",
            "The Istanbul talks were held at Dolmabahce Palace on the Bosphorus.",
        ],
        &[],
    );
    let sources = vec![s];
    let ix = Index::build(&sources, &[], Synonyms::default());
    let hits = ix.search(&sources, "where in istanbul were the talks held", 3);
    assert_eq!(hits.first().map(|h| h.item), Some(1), "{hits:?}");
}

#[test]
fn an_answer_the_intent_lifts_is_reranked_from_beyond_the_first_two_dozen() {
    // Twenty-six sentences name Harlan in fewer words than the one giving his age, so by BM25
    // alone that one ranks 27th: beyond the 24 candidates an earlier version reranked.
    const PLACES: [&str; 26] = [
        "Ashford",
        "Bramley",
        "Carlow",
        "Dunmore",
        "Elmswell",
        "Fenwick",
        "Glenrock",
        "Harwich",
        "Ilford",
        "Jarrow",
        "Kelso",
        "Ludlow",
        "Marlow",
        "Newbury",
        "Oakham",
        "Penrith",
        "Quorn",
        "Rugby",
        "Selby",
        "Thirsk",
        "Ulverston",
        "Ventnor",
        "Whitby",
        "Yeovil",
        "Zennor",
        "Alston",
    ];
    let fillers: Vec<String> = PLACES
        .iter()
        .map(|p| format!("Harlan met the board of the {p} water district on a grey morning."))
        .collect();
    let age =
        "Mr. Harlan, 61, ran the county water authority for seven long years before he resigned.";
    let mut facts: Vec<&str> = fillers.iter().map(String::as_str).collect();
    facts.push(age);
    let (sources, ix) = facts_index(&facts);
    let bm25_rank = ix
        .search(&sources, "Harlan", RERANK + 8)
        .iter()
        .position(|h| ix.doc(h.doc).and_then(|d| ix.doc_text(&sources, d)) == Some(age));
    assert!(bm25_rank.is_none_or(|r| r > 24), "{bm25_rank:?}");
    assert_eq!(
        top_text(&sources, &ix, "How old is Harlan?").as_deref(),
        Some(age)
    );
}

#[test]
fn a_name_only_the_headline_gives_counts_for_its_article() {
    let facts = [
        "Delegations arrived by ferry on Monday.",
        "The talks lasted a little over an hour.",
    ];
    let mut lisbon = source(&facts, &[]);
    lisbon.meta.title = "Envoys agree to swap prisoners as Lisbon talks open".into();
    let mut palace = source(&["The talks lasted five hours."], &[]);
    palace.id = "p".into();
    palace.meta.title = "Palace summit opens a new channel".into();
    let sources = vec![palace, lisbon];
    let ix = Index::build(&sources, &[], Synonyms::default());
    // "Lisbon" is in no sentence: the sentence-case headline says it is a name, and the
    // article's; a typo of it is still that name.
    for q in [
        "how long did the Lisbon talks last",
        "how long did the lisbn talks last",
    ] {
        let hits = ix.search(&sources, q, 3);
        let top = hits.first().expect("a hit");
        assert_eq!(top.source, 1, "{q}: {hits:?}");
        assert!(top.title_coverage > 0.0, "{q}: {top:?}");
    }
    // In a headline in title case a capital marks nothing: no word of it is taken as a name.
    let mut lisbon = source(&facts, &[]);
    lisbon.meta.title = "Envoys Agree To Swap Prisoners As Lisbon Talks Open".into();
    let sources = vec![lisbon];
    let ix = Index::build(&sources, &[], Synonyms::default());
    let hits = ix.search(&sources, "how long did the Lisbon talks last", 3);
    assert!(hits.iter().all(|h| h.title_coverage == 0.0), "{hits:?}");
}

#[test]
fn the_word_asking_for_someones_words_is_the_questions_form() {
    // "X's view on Y", "X's reaction to Y": the noun asks for X's words; no answer holds it.
    let (sources, ix) = fixture();
    for q in [
        "Kowalska's view on the ceasefire",
        "What was Kowalska's reaction to the ceasefire?",
    ] {
        let query = ix.analyze(q);
        assert_eq!(query.intent.kind, super::intent::IntentKind::SaidBy, "{q}");
        let words: Vec<&str> = query.slots.iter().map(|s| s.word.as_str()).collect();
        assert!(
            !words.contains(&"view") && !words.contains(&"reaction"),
            "{q}: {words:?}"
        );
        assert!(words.contains(&"ceasefire"), "{q}: {words:?}");
    }
    // A later one is what the question is about: "what did X say about Y's position".
    let query = ix.analyze("What did Kowalska say about the envoy's position?");
    assert!(query.slots.iter().any(|s| s.word == "position"));
    let _ = sources;
}

#[test]
fn initials_are_terms_unless_the_corpus_uses_the_word() {
    let (_, ix) = facts_index(&[
        "A fellow at the European Policy Centre said the plan was sound.",
        "A Policy Analysis Network report backed it.",
        "The minister was given a frying pan.",
    ]);
    let epc = *ix.terms.get("epc").expect("the initials are a term");
    assert_eq!(ix.text[epc as usize].docs, [0]);
    // "pan" is a word of the corpus: the report's initials do not join its postings.
    let pan = ix.term_of("pan").unwrap();
    assert_eq!(ix.text[pan as usize].docs, [2]);
    // Not a surface: no typo is corrected to a name's initials.
    assert!(!ix.surfaces.contains_key("epc"));
}

/// A misspelt word of English the articles write only in another form ("thnak" for "thank",
/// the articles saying "thanked") is corrected by English, then found by its stem.
#[test]
fn a_typo_of_an_english_word_finds_its_other_forms() {
    let (sources, ix) = facts_index(&[
        "Zelensky thinks the exchange may slip to Friday.",
        "Zelensky thanked the mediators for the exchange.",
    ]);
    let q = ix.analyze("who did zelensky thnak for the exchange");
    assert!(
        q.slots
            .iter()
            .any(|s| s.corrected.as_deref() == Some("thank")),
        "{:?}",
        q.slots
    );
    let hits = ix.search(&sources, "who did zelensky thnak for the exchange", 3);
    assert_eq!(hits.first().map(|h| h.doc), Some(1), "{hits:?}");
    // A word of English is not corrected, nor a word two edits from one.
    let q = ix.analyze("who did zelensky thnka for the exchange");
    assert!(
        q.slots.iter().all(|s| s.corrected.is_none()),
        "{:?}",
        q.slots
    );
}

/// A misspelt word whose article form differs in its ending too ("peacekepers" where the articles
/// write "peacekeeping") is found by its stem, one edit from theirs.
#[test]
fn a_typo_in_another_form_of_an_article_word_is_found_by_its_stem() {
    let (sources, ix) = facts_index(&[
        "Okafor said it was too soon to talk about peacekeeping before a truce.",
        "Okafor said the talks about the truce would resume soon.",
    ]);
    let q = ix.analyze("what did okafor say about sending peacekepers");
    assert!(
        q.slots
            .iter()
            .any(|s| s.word == "peacekepers" && !s.alts.is_empty()),
        "{:?}",
        q.slots
    );
    let hits = ix.search(&sources, "what did okafor say about sending peacekepers", 3);
    assert_eq!(hits.first().map(|h| h.doc), Some(0), "{hits:?}");
    // Two edits from the stem is too far: no alternative.
    let q = ix.analyze("what did okafor say about sending peacekapors");
    assert!(
        q.slots
            .iter()
            .any(|s| s.word == "peacekapors" && s.alts.is_empty()),
        "{:?}",
        q.slots
    );
}

/// A common noun phrase is found by the abbreviation a lexicon gives it ("POWs" for "prisoners
/// of war"), whether another article writes the abbreviation or not.
#[test]
fn a_phrase_is_found_by_its_abbreviation() {
    let (sources, ix) = facts_index(&[
        "Both sides will free 300 civilians on Sunday, the mediator said.",
        "Both sides will free 84 prisoners of war on Sunday, the mediator said.",
        "Kyiv says 12 POWs came home last week.",
    ]);
    let hits = ix.search(&sources, "how many pows will both sides free on sunday", 3);
    assert_eq!(hits.first().map(|h| h.doc), Some(1), "{hits:?}");
    // The word itself still means what it says.
    let hits = ix.search(&sources, "how many pows came home", 3);
    assert_eq!(hits.first().map(|h| h.doc), Some(2), "{hits:?}");
}

#[test]
fn irregular_forms_of_light_verbs_are_not_matched() {
    let (_, ix) = facts_index(&[
        "We are going to win, he said.",
        "The war enters its fourth year.",
        "The mediator left Geneva.",
    ]);
    let go = ix.term_of("going").unwrap();
    let q = ix.analyze("how long has the war gone on");
    assert!(q.slots.iter().all(|s| !s.matches(go)), "{:?}", q.slots);
    // A verb with content keeps its past form: "leave" matches "left".
    let left = ix.term_of("left").unwrap();
    let q = ix.analyze("when did the mediator leave geneva");
    assert!(
        q.slots.iter().any(|s| s.word == "leave" && s.matches(left)),
        "{:?}",
        q.slots
    );
}

#[test]
fn how_many_prefers_the_number_before_what_it_counts() {
    // Both sentences hold a number and three of the question's words, the first closer
    // together; only the second counts the objections.
    let (sources, ix) = facts_index(&[
        "The Dunmore bypass plan should see the road open within three years.",
        "More than 450 objections were lodged against the Dunmore plan.",
        "Work on the bypass starts in spring.",
        "Objections can be sent by post.",
        "Objections close on Friday.",
    ]);
    let q = ix.analyze("how many objections were there to the Dunmore bypass plan?");
    assert_eq!(q.counted.len(), 1, "{:?}", q.slots);
    let hits = ix.search(
        &sources,
        "how many objections were there to the Dunmore bypass plan?",
        2,
    );
    assert_eq!(hits.first().map(|h| h.item), Some(1), "{hits:?}");
}

#[test]
fn a_described_speakers_words_beside_the_topic_outrank_anyones_mention_of_it() {
    // The minister's quote does not say "strike"; the sentence before it does. A sentence far
    // away by nobody the question describes holds the word itself.
    let mut s = source(
        &[
            "Port workers began a strike on Monday.",
            "“We will not be moved on this,” said Foreign Minister Anna Kowalska.",
            "Ships waited off the coast.",
            "Lorries queued for miles.",
            "Shops ran short of fruit.",
            "Ferries were cancelled.",
            "A fan of the local club said the strike was a shame.",
        ],
        &[("We will not be moved on this,", "Anna Kowalska")],
    );
    quote_in(&mut s, 0, 1);
    let sources = vec![s];
    let ix = Index::build(&sources, &people(), Synonyms::default());
    let hits = ix.search(
        &sources,
        "what did the foreign minister say about the strike",
        3,
    );
    assert_eq!(
        hits.first().map(|h| (h.kind, h.by_subject, h.topic_nearby)),
        Some((Kind::Quote, true, true)),
        "{hits:?}"
    );
}

#[test]
fn were_before_an_auxiliary_is_where() {
    use super::IntentKind;
    let (_, ix) = facts_index(&["The lunch was served at her home."]);
    assert_eq!(
        ix.analyze("were did she serve the lunch").intent.kind,
        IntentKind::Where
    );
    // A question opening with "were" as a verb stays one.
    assert_ne!(
        ix.analyze("were there any guests at the lunch").intent.kind,
        IntentKind::Where
    );
}

#[test]
fn related_words_match_a_word_the_articles_lack_without_lowering_its_weight() {
    let (_, without) = facts_index(&["The two leaders spoke on Sunday."]);
    let (sources, with) = facts_index(&[
        "The two leaders spoke in a telephone conversation on Sunday.",
        "Aid convoys reached the city.",
    ]);
    let lacking = without.analyze("phone");
    let related = with.analyze("phone");
    let phone = |q: &super::Query| q.slots.iter().find(|s| s.word == "phone").cloned().unwrap();
    assert!(phone(&lacking).alts.is_empty());
    assert!(!phone(&related).alts.is_empty(), "{:?}", phone(&related));
    // Still weighed as a word the articles lack: a sentence without a related word covers no
    // more of the question than before.
    let share = |q: &super::Query, ix: &Index| phone(q).weight / ix.max_idf();
    assert!((share(&related, &with) - share(&lacking, &without)).abs() < 1e-5);
    let t = top_text(&sources, &with, "phone").unwrap();
    assert!(t.contains("telephone"), "{t}");
}

/// A phrase of everyday English finds the single word a lexicon gives its sense ("carried out"
/// for "executed", "step down" for "resign"), and its other words are no topic the articles lack.
#[test]
fn a_multi_word_verb_finds_the_word_for_its_sense() {
    let (sources, ix) = facts_index(&[
        "The minister will travel on Friday.",
        "The minister will resign on Friday.",
        "Engineers inspected the bridge repairs overnight.",
        "Engineers executed the bridge repairs overnight.",
    ]);
    for (q, word, sense, want) in [
        (
            "is the minister going to step down on friday",
            "step",
            "resign",
            "The minister will resign",
        ),
        (
            "when did the engineers carry out the bridge repairs",
            "carry",
            "executed",
            "Engineers executed",
        ),
    ] {
        let query = ix.analyze(q);
        let t = ix.term_of(sense).expect("a word of the corpus");
        let slot = query.slots.iter().find(|s| s.word == word);
        assert!(slot.is_some_and(|s| s.matches(t)), "{q}: {:?}", query.slots);
        let top = top_text(&sources, &ix, q).unwrap();
        assert!(top.starts_with(want), "{q}: {top}");
    }
    // Out of the phrase, the words are themselves: "step" finds nothing related.
    let q = ix.analyze("did the minister step on the bridge");
    let resign = ix.term_of("resign").expect("a word of the corpus");
    assert!(q.slots.iter().all(|s| !s.matches(resign)), "{:?}", q.slots);
}

/// A country's people's noun, informal ones too ("aussie", "finns"), stands for the country.
#[test]
fn a_countrys_people_stand_for_the_country() {
    let (sources, ix) = facts_index(&[
        "Dutton said troops from several countries trained together on the plain.",
        "Australian troops will not go, Dutton said.",
        "Officials said shells will be sent to the front.",
        "Finnish officials said shells will be sent.",
    ]);
    for (q, word, country) in [
        (
            "what did dutton say about aussie troops",
            "aussie",
            "australian",
        ),
        ("are the finns sending shells", "finns", "finnish"),
    ] {
        let query = ix.analyze(q);
        let t = ix.term_of(country).expect("a word of the corpus");
        let slot = query.slots.iter().find(|s| s.word == word);
        assert!(slot.is_some_and(|s| s.matches(t)), "{q}: {slot:?}");
        let top = top_text(&sources, &ix, q).unwrap();
        assert!(top.to_lowercase().starts_with(country), "{q}: {top}");
    }
}

/// A capital or a seat of government stands for its country.
#[test]
fn a_capital_or_a_seat_of_government_stands_for_its_country() {
    let (sources, ix) = facts_index(&[
        "Chinese diplomats rejected the grain proposal on Tuesday.",
        "Farmers welcomed the grain proposal.",
        "Russian officials said the pipeline would reopen next month.",
        "The pipeline runs under the sea.",
    ]);
    let t = top_text(&sources, &ix, "how did beijing react to the grain proposal").unwrap();
    assert!(t.starts_with("Chinese diplomats"), "{t}");
    let t = top_text(&sources, &ix, "what did the kremlin say about the pipeline").unwrap();
    assert!(t.starts_with("Russian officials"), "{t}");
    // A place with no capital in it gains nothing.
    let t = top_text(&sources, &ix, "how did farmers react to the grain proposal").unwrap();
    assert!(t.starts_with("Farmers welcomed"), "{t}");
}

#[test]
fn a_when_question_prefers_a_date_written_the_agencies_way() {
    // Agency copy abbreviates a month before its day ("Dec. 3"); a sentence about some other
    // day ("Wednesday's talks") must not outrank the one that gives the date asked for.
    let (sources, ix) = facts_index(&[
        "Wednesday's talks in Lisbon between the port inspectors and the ferry operators \
         lasted three hours.",
        "The inspectors are expected to travel to Lisbon on Dec. 3 for a second round.",
        "Thursday's vote in Porto between the dock workers and the shipping lines took all day.",
        "The dock workers are due to vote in Porto again on 14 Feb after the holiday.",
    ]);
    let t = top_text(
        &sources,
        &ix,
        "When are the inspectors travelling to Lisbon?",
    )
    .unwrap();
    assert!(t.contains("Dec. 3"), "{t}");
    let t = top_text(&sources, &ix, "When will the dock workers vote in Porto?").unwrap();
    assert!(t.contains("14 Feb"), "{t}");
}

#[test]
fn a_when_question_about_a_match_prefers_the_minute_of_play() {
    // Match reports time a goal by its minute of play ("a 93rd-minute equaliser").
    let (sources, ix) = facts_index(&[
        "Harlow manager Dean Platt was furious after Eastwick's late equaliser in the derby.",
        "Eastwick snatched a draw with a 93rd-minute equaliser from a corner.",
    ]);
    let t = top_text(&sources, &ix, "When did Eastwick equalise?").unwrap();
    assert!(t.contains("93rd-minute"), "{t}");
}

#[test]
fn a_how_long_question_is_not_answered_by_a_holiday() {
    // "New Year's Day" names a day; it is no length of time.
    let (sources, ix) = facts_index(&[
        "Among the patients was Agnes Moor, 79, of Carlow, who was admitted after a fall on \
         New Year's Day.",
        "Her daughter said her mother spent 14 hours on a trolley next to a fire exit.",
        "Trolley waits at the hospital have doubled since last winter.",
    ]);
    let t = top_text(&sources, &ix, "How long did Agnes Moor spend on a trolley?").unwrap();
    assert!(t.contains("14 hours"), "{t}");
}

#[test]
fn a_when_question_is_not_answered_by_a_length_of_time() {
    // "Five years" is how long, not when; the sentence naming the day answers "when".
    let (sources, ix) = facts_index(&[
        "Each fraud count carries a maximum sentence of five years.",
        "Judge Amos Reed set sentencing for Oct. 2.",
        "Prosecutors said the Fenwick credit union lost $2m over a decade.",
    ]);
    let t = top_text(&sources, &ix, "When is Dorn's sentencing?").unwrap();
    assert!(t.contains("Oct. 2"), "{t}");
}

#[test]
fn an_informal_word_in_a_question_finds_the_formal_one() {
    let (sources, ix) = facts_index(&[
        "Okafor thanked his mother, who drove him to every junior tournament.",
        "Okafor thanked the crowd for staying through the rain delay.",
        "The tournament director praised the ground staff.",
    ]);
    let t = top_text(&sources, &ix, "what did okafor say about his mom").unwrap();
    assert!(t.contains("his mother"), "{t}");
}

/// A word no article has weighs by how rare it is in English: a common adjective or verb
/// ("bigger", "getting") less than a noun ("pension") or the head of a topic asked about
/// ("the football final"), which name something the articles lack.
#[test]
fn an_unknown_common_word_weighs_less_than_an_unknown_topic() {
    let (_, ix) = fixture();
    let weight = |q: &str, w: &str| {
        let q = ix.analyze(q);
        q.slots
            .iter()
            .find(|s| s.word == w)
            .map(|s| s.weight)
            .expect("the word's slot")
    };
    let full = weight("what did kowalska say about pensions", "pensions");
    assert!(weight("did kowalska say the talks got picked apart", "picked") < full);
    assert!(weight("is kowalska after something bigger", "bigger") < full);
    assert!(weight("is kowalska getting anywhere", "getting") < full / 2.0);
    assert_eq!(
        weight("what did kowalska say about the football final", "final"),
        full
    );
}

/// A word of English the articles lack is no misspelt question word: "has Hale sat down with
/// Dorn" asks how often they met, not what Hale said ("sat" is one letter from "say").
#[test]
fn a_word_of_english_is_no_misspelt_question_word() {
    let (_, ix) = facts_index(&["Hale met Dorn three times, an aide said."]);
    let q = ix.analyze("how many times has hale sat down with dorn");
    assert_eq!(
        q.intent.kind,
        super::IntentKind::Quantity(crate::lexicon::questions::Measure::Count),
        "{:?}",
        q.intent
    );
    // A misspelling that is no word of English still is one.
    let q = ix.analyze("wat did hale sya about dorn");
    assert_eq!(q.intent.kind, super::IntentKind::SaidBy, "{:?}", q.intent);
}

#[test]
fn a_roles_head_noun_stands_before_its_first_preposition() {
    use super::index::role_heads;
    let head = |r: &str| role_heads(r).into_iter().next().unwrap_or_default();
    assert_eq!(
        head("head of the Office of the President of Ukraine"),
        "head"
    );
    assert_eq!(head("Ukrainian President"), "president");
    assert_eq!(head("an adviser to the head of the Office"), "adviser");
    assert_eq!(head("Zelenskiy's chief of staff"), "chief");
    // A role of two offices has both heads ("… and head of the negotiating team"); a complement
    // of two nouns ("of Defence and Security") adds none.
    assert_eq!(
        role_heads(
            "Secretary of the Defence Council of Eldoria and head of the Eldorian negotiating team"
        ),
        ["secretary", "negotiating", "head"]
    );
    assert_eq!(role_heads("Minister of Defence and Security"), ["minister"]);
    // A rank before the head noun heads the office too; one in the complement does not.
    assert_eq!(
        role_heads("Council chief financial officer"),
        ["officer", "chief"]
    );
    assert_eq!(
        role_heads("an adviser to the head of the Office"),
        ["adviser"]
    );
    // The head of a team named by what it does leads the doing: the head of the negotiating
    // team is a lead negotiator.
    assert_eq!(
        role_heads("head of the Moldovan negotiating team"),
        ["head", "negotiating"]
    );
    assert_eq!(role_heads("Minister of Housing"), ["minister"]);
}

/// A speaker asked for by their second office ("the head of the negotiating team") is its
/// holder, whose role names it after their first; so is "the lead negotiator", though another
/// country's chief negotiator holds that word as a title.
#[test]
fn a_speaker_is_asked_for_by_either_office_of_their_role() {
    let mut s = source(
        &[
            "Teodor Vance, secretary of the defence council and head of the Moldovan negotiating team, arrived in Geneva.",
            "Vance said they will discuss investment and recovery with the Americans.",
            "Mira Holt, the Moldovan president, said progress was slow.",
            "Ivan Dobrev, Romania's chief negotiator, said they will discuss the border.",
        ],
        &[],
    );
    state_on_fact(&mut s, 1, "Teodor Vance");
    state_on_fact(&mut s, 2, "Mira Holt");
    state_on_fact(&mut s, 3, "Ivan Dobrev");
    let sources = vec![s];
    let people = persons(&[
        (
            "Teodor Vance",
            "secretary of the defence council and head of the Moldovan negotiating team",
            "Vance",
        ),
        ("Mira Holt", "the Moldovan president", "Holt"),
        ("Ivan Dobrev", "Romania's chief negotiator", "Dobrev"),
    ]);
    let ix = Index::build(&sources, &people, Synonyms::default());
    asks_the_first_person(
        &sources,
        &ix,
        "what does the head of moldova's negotiating team want to discuss with the americans",
    );
    asks_the_first_person(
        &sources,
        &ix,
        "what does moldova's lead negotiator want to discuss with the americans",
    );
}

/// "The French skipper": when one captain's role names the country asked, a captain whose role
/// names none ("Bok captain") is not the one asked for, though his words match the topic more.
#[test]
fn a_holder_whose_role_names_the_asked_country_rules_out_one_naming_none() {
    let mut s = source(
        &[
            "Anton Maree, the Bok captain, said the final game was hard and the last minutes harder.",
            "Rhys Tal, the French captain, said his side were squeezed in the last minutes.",
        ],
        &[],
    );
    state_on_fact(&mut s, 1, "Rhys Tal");
    state_on_fact(&mut s, 0, "Anton Maree");
    let sources = vec![s];
    let people = persons(&[
        ("Rhys Tal", "French captain", "Tal"),
        ("Anton Maree", "Bok captain", "Maree"),
    ]);
    let ix = Index::build(&sources, &people, Synonyms::default());
    asks_the_first_person(
        &sources,
        &ix,
        "what did the french skipper say about the last minutes of the final game",
    );
}

/// A quote's attribution is the clause that reports it, not another report of the same
/// speaker joined to it (`called the talks “…” and said Congress had been kept …`): that quote
/// says nothing about Congress.
#[test]
fn a_second_report_after_a_quote_is_no_part_of_its_attribution() {
    let mut s = source(
        &["Ana Mora called the talks “a property deal in disguise” and said Congress had been kept “in the dark”."],
        &[
            ("a property deal in disguise", "Ana Mora"),
            ("in the dark", "Ana Mora"),
        ],
    );
    state_on_fact(&mut s, 0, "Ana Mora");
    let sources = vec![s];
    let people = persons(&[("Ana Mora", "Representative", "Mora")]);
    let ix = Index::build(&sources, &people, Synonyms::default());
    let hits = ix.search(&sources, "what did Ana Mora say about Congress", 3);
    let first = hits.first().map(|h| (h.kind, h.item));
    assert_ne!(first, Some((Kind::Quote, 0)), "{hits:?}");
    // Its own clause still is: what she called the talks.
    let hits = ix.search(&sources, "what did Ana Mora call the talks", 3);
    assert!(
        hits.iter().any(|h| (h.kind, h.item) == (Kind::Quote, 0)),
        "{hits:?}"
    );
}

/// "How many POWs": a number before the phrase the abbreviation stands for ("84 prisoners of
/// war") counts what is asked, like one before the word itself.
#[test]
fn a_number_before_an_abbreviated_phrase_counts_it() {
    let (sources, ix) = facts_index(&["Both sides will free 84 prisoners of war on Sunday."]);
    let q = ix.analyze("how many pows will both sides free");
    let hits = ix.search_query(&sources, &q, 3);
    assert!(hits.first().is_some_and(|h| h.counts_asked), "{hits:?}");
}

/// "the us", typed in lower case, is the country (as "the US" is), not the pronoun: the pronoun
/// never follows "the".
#[test]
fn the_us_in_lower_case_is_the_country() {
    let (s, ix) = facts_index(&[
        "The Russian delegation went home on Sunday.",
        "The US delegation went home on Friday.",
    ]);
    let q = ix.analyze("when did the us delegation go home");
    assert!(q.slots.iter().any(|x| x.word == "usa"), "{:?}", q.slots);
    let t = top_text(&s, &ix, "when did the us delegation go home").unwrap();
    assert!(t.starts_with("The US delegation"), "{t}");
    // The pronoun stays a stop word.
    let q = ix.analyze("what did the delegation tell us about the talks");
    assert!(!q.slots.iter().any(|x| x.word == "usa"), "{:?}", q.slots);
}

#[test]
fn a_speaker_described_by_a_word_no_article_has_is_nobody_they_know() {
    // The fact says what happened to the reserve, but no article has a "bureau" that spoke.
    let mut s = source(
        &[
            "Last week the council approved plans to turn the marsh into a nature reserve.",
            "The harbour pilot said the tide was late.",
        ],
        &[],
    );
    state_on_fact(&mut s, 1, "Ada Quill");
    let people = vec![Person {
        other_roles: Vec::new(),
        name: "Ada Quill".into(),
        role: Some("harbour pilot".into()),
        aliases: vec!["Quill".into()],
    }];
    let sources = vec![s];
    let ix = Index::build(&sources, &people, Synonyms::default());
    let hits = ix.search(
        &sources,
        "what did the council's press bureau say about turning the marsh into a nature reserve",
        3,
    );
    let top = hits.first().expect("a hit");
    assert!(!top.subject_ok, "{top:?}");
    // A described speaker the articles know still finds their words.
    let hits = ix.search(&sources, "what did the harbour pilot say about the tide", 3);
    assert!(
        hits.first().is_some_and(|h| h.by_subject && h.subject_ok),
        "{hits:?}"
    );
}

/// Chat drops a final "g" ("leavin", "nothin") and clips a word's first letter ("bout" for
/// "about"): a word no article has is read as the word it clips, unless a name is a typo away,
/// so "leavin" finds "left" and "bout" weighs nothing.
#[test]
fn clipped_chat_spellings_are_the_words_they_clip() {
    let (sources, ix) = facts_index(&[
        "Okafor said the farmers would sell the harvest in May.",
        "Okafor said the farmers left their land for good.",
    ]);
    let q = ix.analyze("wat did okafor say bout leavin the land til may");
    let words: Vec<&str> = q.slots.iter().map(|s| s.word.as_str()).collect();
    assert!(
        !words.contains(&"bout") && !words.contains(&"til"),
        "{words:?}"
    );
    assert!(words.contains(&"leaving"), "{words:?}");
    let hits = ix.search(
        &sources,
        "wat did okafor say bout leavin the land til may",
        3,
    );
    assert_eq!(hits.first().map(|h| h.doc), Some(1), "{hits:?}");
    // A clipped form an article writes is that article's word ("a title bout").
    let (_, ix) = facts_index(&["Okafor said the title bout was moved to June."]);
    let q = ix.analyze("what did okafor say bout the title bout");
    assert!(q.slots.iter().any(|s| s.word == "bout"), "{:?}", q.slots);
    // A misspelt name is the name ("puttin" is Putin, not "putting").
    let sources = vec![source(&["Okafor said Putin would not attend."], &[])];
    let putin = Person {
        other_roles: Vec::new(),
        name: "Vladimir Putin".into(),
        role: None,
        aliases: vec!["Putin".into()],
    };
    let ix = Index::build(&sources, &[putin], Synonyms::default());
    let q = ix.analyze("what did okafor say about puttin");
    assert!(
        q.slots
            .iter()
            .any(|s| s.word == "puttin" && s.corrected.as_deref() == Some("putin")),
        "{:?}",
        q.slots
    );
    // A word of English or a name ending in "in" keeps its spelling.
    let (_, ix) = facts_index(&["Okafor said the cabin was sold."]);
    for w in ["putin", "begin", "cabin", "kremlin"] {
        let q = ix.analyze(&format!("what did okafor say about {w}"));
        assert!(q.slots.iter().any(|s| s.word == w), "{w}: {:?}", q.slots);
    }
}

/// "How did X react to Y" asks for X's words: a verb of asking after the person ("react",
/// "describe") is the question's form, not a topic the articles lack, so it does not weigh. A
/// verb asking for a view is the form even where an article has it ("reacted angrily"): another
/// speaker's "described" answers nothing about how X described it.
#[test]
fn an_asking_verb_after_the_person_is_the_questions_form() {
    let (_, ix) = facts_index(&[
        "Okafor said the swap was a relief for the families.",
        "The swap freed 40 soldiers.",
    ]);
    let q = ix.analyze("how did okafor react to the swap");
    assert!(q.slots.iter().all(|s| s.word != "react"), "{:?}", q.slots);
    let (_, ix) =
        facts_index(&["Okafor reacted angrily to the swap, which Lund described as late."]);
    for (q, verb) in [
        ("how did okafor react to the swap", "react"),
        ("how did okafor describe the swap", "describe"),
    ] {
        let q = ix.analyze(q);
        assert!(q.slots.iter().all(|s| s.word != verb), "{:?}", q.slots);
    }
    // A verb whose answer is worded with it ("warnings") stays a word where an article has it.
    let (_, ix) = facts_index(&["Okafor repeated his warnings about the swap."]);
    let q = ix.analyze("what did okafor warn about the swap");
    assert!(q.slots.iter().any(|s| s.word == "warn"), "{:?}", q.slots);
}

/// A fact naming the asked person by surname alone ("Varga's survey" for "Ines Varga") is about
/// them, though it lacks their given name; one holding a common word of an asked body ("the
/// port's fishermen" for "the Port Authority") is about something else of that name.
#[test]
fn a_surname_alone_names_the_asked_person_but_part_of_a_body_does_not() {
    let (sources, ix) = facts_index(&[
        "The column was written by Ines Varga.",
        "Varga's survey found cracks in the old quay wall.",
        "Most of the port's fishermen moor at the old quay wall.",
        "The harbour has been run by the Port Authority since 1998.",
    ]);
    let ok = |q: &str, doc: u32| {
        let hits = ix.search(&sources, q, 8);
        let h = hits.iter().find(|h| h.doc == doc);
        assert!(h.is_some(), "{q}: {hits:?}");
        h.is_some_and(|h| h.subject_ok)
    };
    assert!(ok("what did ines varga say about the quay wall", 1));
    assert!(!ok(
        "what did the port authority say about the quay wall",
        2
    ));
}

/// A typo in an inflected form the articles write otherwise (`bullyng`, the articles saying
/// "bully" and "bullied") is the word it misspells, found through its stem.
#[test]
fn a_misspelt_inflection_is_found_through_its_stem() {
    let (sources, ix) = facts_index(&[
        "Nigeria did not bully the visitors, the coach said.",
        "The visitors were never bullied off the ball.",
        "The team played well in the second half.",
    ]);
    let q = ix.analyze("did nigeria bullyng the team");
    let slot = q.slots.iter().find(|s| s.word == "bullyng").unwrap();
    assert_eq!(slot.corrected.as_deref(), Some("bullying"), "{slot:?}");
    let t = top_text(&sources, &ix, "were the visitors bullyng").unwrap();
    assert!(t.contains("bull"), "{t}");
}

/// "What did Estonia's foreign minister say" when no article names Estonia: whoever that is, no
/// article quotes them, so neither another country's foreign minister nor a secretary whose
/// role names no country is the one asked about.
#[test]
fn an_office_of_a_country_no_article_names_has_no_holder() {
    let mut s = source(
        &[
            "Foreign ministers met in Vilnius on Monday.",
            "Budrys said, “The peace plan must not pressure Ukraine.”",
            "Umerov said, “The peace plan is in its final stages.”",
        ],
        &[
            (
                "The peace plan must not pressure Ukraine.",
                "Kestutis Budrys",
            ),
            ("The peace plan is in its final stages.", "Rustem Umerov"),
        ],
    );
    quote_in(&mut s, 0, 1);
    quote_in(&mut s, 1, 2);
    let sources = vec![s];
    let ps = persons(&[
        ("Kestutis Budrys", "Lithuanian Foreign Minister", "Budrys"),
        ("Rustem Umerov", "NSDC Secretary", "Umerov"),
    ]);
    let ix = Index::build(&sources, &ps, Synonyms::default());
    let q = ix.analyze("what did estonia's foreign minister say about the peace plan");
    assert!(q.asks_unknown_speaker(), "{q:?}");
    let hits = ix.search(
        &sources,
        "what did estonia's foreign minister say about the peace plan",
        3,
    );
    assert!(hits.iter().all(|h| !h.by_subject), "{hits:?}");
    // The country the articles name still finds its holder.
    let q = ix.analyze("what did lithuania's foreign minister say about the peace plan");
    assert!(!q.asks_unknown_speaker(), "{q:?}");
}
