//! Golden tests: the exact reply text for an answered quote, an answered fact and a no-answer,
//! over a small hand-built knowledge base (independent of extraction), plus the Discord renderings;
//! and, over two dated articles through the real extraction, a statement (reported speech), an
//! overview, a dated answer across articles, a person mentioned but not quoted, an unknown person.

use std::path::PathBuf;

use parley::answer::{ask, help, person_quotes, sources_overview, suggest, AskOptions};
use parley::kb::KnowledgeBase;
use parley::model::{Fact, Person, Quote, Source};
use parley::reply::ReplyKind;
use parley::retrieve::Synonyms;
use parley::source::SourceMeta;

const TEXT: &str = "+++
title = \"Talks resume in Geneva\"
outlet = \"Example News\"
url = \"https://example.com/talks\"
published = \"2025-08-18\"
+++

Talks in Geneva

Foreign Minister Maria Lopez said the negotiators met on Monday. “We will not sign a bad deal,” Lopez said.

The next round of talks is planned for September in Vienna.
";

fn span(text: &str, needle: &str) -> (usize, usize) {
    let start = text.find(needle).expect("needle in fixture");
    (start, start + needle.len())
}

fn kb() -> KnowledgeBase {
    let facts_text = [
        (
            "Foreign Minister Maria Lopez said the negotiators met on Monday.",
            1,
            1,
        ),
        ("“We will not sign a bad deal,” Lopez said.", 1, 2),
        (
            "The next round of talks is planned for September in Vienna.",
            2,
            1,
        ),
    ];
    let facts = facts_text
        .iter()
        .enumerate()
        .map(|(i, (t, p, s))| {
            let (start, end) = span(TEXT, t);
            Fact {
                id: format!("talks:f-{i}"),
                text: t.to_string(),
                section: Some("Talks in Geneva".into()),
                paragraph: *p,
                sentence: *s,
                start,
                end,
            }
        })
        .collect();
    let (qs, qe) = span(TEXT, "We will not sign a bad deal,");
    let quotes = vec![Quote {
        id: "talks:q-0".into(),
        text: TEXT[qs..qe].to_string(),
        speaker: Some("Maria Lopez".into()),
        label: None,
        section: Some("Talks in Geneva".into()),
        paragraph: 1,
        start: qs,
        end: qe,
        fact: "talks:f-1".into(),
    }];
    let people = vec![Person {
        other_roles: Vec::new(),
        name: "Maria Lopez".into(),
        role: Some("Foreign Minister".into()),
        aliases: vec!["Lopez".into()],
    }];
    let source = Source {
        id: "talks".into(),
        file: PathBuf::from("sources/talks.md"),
        meta: SourceMeta {
            title: "Talks resume in Geneva".into(),
            outlet: Some("Example News".into()),
            url: Some("https://example.com/talks".into()),
            published: Some("2025-08-18".into()),
            author: None,
        },
        text: TEXT.to_string(),
        facts,
        quotes,
        statements: Vec::new(),
        people,
    };
    KnowledgeBase::from_sources(vec![source], Synonyms::default())
}

fn opts() -> AskOptions {
    AskOptions {
        top: 3,
        related: 2,
        ..AskOptions::default()
    }
}

/// Asserts the question is answered and its top hit holds `needle`.
fn answers(kb: &KnowledgeBase, question: &str, needle: &str) {
    let a = ask(kb, question, &opts()).unwrap();
    assert!(a.answered, "{question}: {}", a.reply.text());
    assert!(
        a.hits[0].text.contains(needle),
        "{question}: {}",
        a.hits[0].text
    );
}

/// Asks the question, asserts the reply's outcome (showing the reply when it differs) and returns
/// the answer for further checks.
fn asked_with(
    kb: &KnowledgeBase,
    question: &str,
    outcome: parley::answer::Outcome,
) -> parley::Answer {
    let a = ask(kb, question, &opts()).unwrap();
    assert_eq!(a.outcome, outcome, "{question}: {}", a.reply.text());
    a
}

/// "X's view on Y" and "X's reaction to Y" ask what X said about Y, as "what did X say" does.
#[test]
fn a_persons_view_or_reaction_is_what_they_said() {
    let kb = kb();
    let said = ask(&kb, "What did Maria Lopez say about the deal?", &opts()).unwrap();
    assert!(said.answered);
    for q in [
        "Maria Lopez's view on the deal",
        "What was Maria Lopez's reaction to the deal?",
    ] {
        let a = ask(&kb, q, &opts()).unwrap();
        assert!(a.answered, "{q}: {}", a.reply.text());
        assert_eq!(a.hits[0].text, said.hits[0].text, "{q}");
    }
}

#[test]
fn answered_quote() {
    let kb = kb();
    let a = ask(&kb, "What did Maria Lopez say about the deal?", &opts()).unwrap();
    assert!(a.answered);
    assert_eq!(a.reply.kind, ReplyKind::Answer);
    assert_eq!(
        a.reply.text(),
        concat!(
            "“We will not sign a bad deal” — Maria Lopez, Foreign Minister [1]\n",
            "\n",
            "Related:\n",
            "• Foreign Minister Maria Lopez said the negotiators met on Monday. [2]\n",
            "\n",
            "[1] “Talks resume in Geneva”, Example News, 2025-08-18 — section “Talks in Geneva”, paragraph 1. https://example.com/talks\n",
            "[2] “Talks resume in Geneva”, Example News, 2025-08-18 — section “Talks in Geneva”, paragraph 1. https://example.com/talks",
        )
    );
}

#[test]
fn answered_fact() {
    let kb = kb();
    let a = ask(&kb, "When is the next round of talks planned?", &opts()).unwrap();
    assert!(a.answered);
    assert_eq!(
        a.reply.text(),
        concat!(
            "The next round of talks is planned for September in Vienna. [1]\n",
            "\n",
            "[1] “Talks resume in Geneva”, Example News, 2025-08-18 — section “Talks in Geneva”, paragraph 2. https://example.com/talks",
        )
    );
}

#[test]
fn no_answer() {
    let kb = kb();
    let a = ask(&kb, "What is the weather on Mars?", &opts()).unwrap();
    assert!(!a.answered);
    assert_eq!(a.reply.kind, ReplyKind::NoAnswer);
    assert_eq!(
        a.reply.text(),
        concat!(
            "I couldn't find an answer to that in my articles.\n",
            "I can tell you what these people said: Maria Lopez.\n",
            "My articles: “Talks resume in Geneva”.\n",
            "\n",
            "Try:\n",
            "• What did Maria Lopez say?",
        )
    );
}

#[test]
fn embed_of_an_answer() {
    let kb = kb();
    let a = ask(&kb, "What did Maria Lopez say about the deal?", &opts()).unwrap();
    let e = a.reply.embed();
    assert_eq!(e.title, "What did Maria Lopez say about the deal?");
    assert_eq!(e.url.as_deref(), Some("https://example.com/talks"));
    assert!(e
        .description
        .starts_with("“We will not sign a bad deal” — Maria Lopez, Foreign Minister [1]"));
    assert_eq!(e.fields[0].name, "[1]");
    assert_eq!(
        e.fields[0].value,
        "“Talks resume in Geneva”, Example News, 2025-08-18 — section “Talks in Geneva”, paragraph 1. https://example.com/talks"
    );
}

#[test]
fn other_entry_points() {
    let kb = kb();
    let r = person_quotes(&kb, "lopes", 5);
    assert_eq!(r.title, "Quotes by Maria Lopez");
    assert_eq!(r.items.len(), 1);
    let r = person_quotes(&kb, "Nobody Known", 5);
    assert!(r.text().contains("Maria Lopez"), "{}", r.text());
    let s = suggest(&kb, "lopez deal", 3);
    assert!(
        s.iter().any(|x| x.starts_with("What did Maria Lopez say")),
        "{s:?}"
    );
    assert!(s.iter().all(|x| x.chars().count() <= 100));
    assert_eq!(
        sources_overview(&kb).text(),
        "Sources\n• “Talks resume in Geneva”, Example News, 2025-08-18 — 3 facts, 1 quote\n1 article, 3 facts, 1 quote, 1 person"
    );
    assert!(help()
        .text()
        .contains("What did Marco Rubio say about concessions?"));
}

// Two dated articles through the real extraction: statements, overviews, dated answers across
// articles, a person named but never speaking, and a name no article gives.

const GENEVA: &str = "+++
title = \"Talks resume in Geneva\"
outlet = \"Example News\"
published = \"2025-08-18\"
+++

Negotiators from both countries met in Geneva on Monday for a new round of ceasefire talks.

Foreign Minister Maria Lopez said that the ceasefire talks would continue in Vienna next month.

The talks were chaired by the mediator Paul Okafor, a retired judge from Lagos.
";

const VIENNA: &str = "+++
title = \"Talks move to Vienna\"
outlet = \"Example Wire\"
published = \"2025-09-02\"
+++

The ceasefire talks moved to Vienna on Tuesday, with both delegations attending the first session.

“We are closer than ever,” Lopez told reporters in Vienna after the session.
";

/// A knowledge base of these (file, text) articles, through the real parsing and extraction.
fn kb_of(files: &[(&str, &str)]) -> KnowledgeBase {
    let articles = files
        .iter()
        .map(|(f, t)| parley::source::parse_article(&PathBuf::from(f), t.to_string()).unwrap())
        .collect();
    KnowledgeBase::from_articles(articles, None, Synonyms::default()).unwrap()
}

fn dated_kb() -> KnowledgeBase {
    kb_of(&[("sources/geneva.md", GENEVA), ("sources/vienna.md", VIENNA)])
}

#[test]
fn statement_answer() {
    let kb = dated_kb();
    let a = ask(&kb, "What did Lopez say about next month?", &opts()).unwrap();
    assert_eq!(a.hits[0].kind, parley::Kind::Statement);
    assert_eq!(
        a.reply.text(),
        concat!(
            "Foreign Minister Maria Lopez said that the ceasefire talks would continue in Vienna next month. [1]\n",
            "\n",
            "[1] “Talks resume in Geneva”, Example News, 2025-08-18 — paragraph 2.",
        )
    );
}

/// A role asked without an article ("foreign minister") is its holder's, not a name nobody
/// speaks under: never "mentioned but not quoted".
#[test]
fn a_role_phrase_is_not_an_unlisted_name() {
    let kb = dated_kb();
    let a = asked_with(
        &kb,
        "what did foreign minister say about next month",
        parley::answer::Outcome::Answer,
    );
    assert_eq!(a.hits[0].speaker.as_deref(), Some("Maria Lopez"));
    // Nothing on the topic: an honest no-answer, not "Foreign Minister is mentioned".
    asked_with(
        &kb,
        "what did foreign minister say about the harvest",
        parley::answer::Outcome::NoAnswer,
    );
    // A description with a word no article has is nobody unknown: "I don't know anyone called
    // “Spain Foreign Minister”" would be wrong. A name no article has still is.
    for q in [
        "what did spain's foreign minister say about next month",
        "what did the talks mean according to spanish diplomats",
        // Typed in a hurry: no apostrophe, the role noun misspelt.
        "wat did spains forign minster say about next month",
        // A known person's possessive without its apostrophe, before words that are no title.
        "what did lopezs top guy say about next month",
        // A country or capital of two words no article writes is a place.
        "What is the minister hoping to get out of this trip to New Zealand?",
        "Will the talks move to Buenos Aires?",
    ] {
        let a = ask(&kb, q, &opts()).unwrap();
        assert_ne!(
            a.outcome,
            parley::answer::Outcome::UnknownPerson,
            "{q}: {}",
            a.reply.text()
        );
    }
    asked_with(
        &kb,
        "what did Judge Ramos say about next month",
        parley::answer::Outcome::UnknownPerson,
    );
}

#[test]
fn overview_answer() {
    let kb = dated_kb();
    let a = ask(&kb, "What happened at the ceasefire talks?", &opts()).unwrap();
    assert_eq!(a.outcome, parley::answer::Outcome::Overview);
    assert_eq!(
        a.reply.text(),
        concat!(
            "The main stories in my articles, as of 2025-09-02:\n",
            "The ceasefire talks moved to Vienna on Tuesday, with both delegations attending the first session. [1]\n",
            "\n",
            "Related:\n",
            "• Negotiators from both countries met in Geneva on Monday for a new round of ceasefire talks. [2]\n",
            "\n",
            "[1] “Talks move to Vienna”, Example Wire, 2025-09-02 — paragraph 1.\n",
            "[2] “Talks resume in Geneva”, Example News, 2025-08-18 — paragraph 1.",
        )
    );
}

#[test]
fn dated_answer_across_articles() {
    let kb = dated_kb();
    let a = ask(&kb, "What did Lopez say in Vienna?", &opts()).unwrap();
    assert_eq!(
        a.reply.text(),
        concat!(
            "As of 2025-09-02:\n",
            "“We are closer than ever,” Lopez told reporters in Vienna after the session. [1]\n",
            "\n",
            "Related:\n",
            "• Foreign Minister Maria Lopez said that the ceasefire talks would continue in Vienna next month. [2]\n",
            "• The ceasefire talks moved to Vienna on Tuesday, with both delegations attending the first session. [3]\n",
            "\n",
            "[1] “Talks move to Vienna”, Example Wire, 2025-09-02 — paragraph 2.\n",
            "[2] “Talks resume in Geneva”, Example News, 2025-08-18 — paragraph 2.\n",
            "[3] “Talks move to Vienna”, Example Wire, 2025-09-02 — paragraph 1.",
        )
    );
}

/// "As of DATE" dates the answer: an undated article's answer gets none, though a related hit
/// under it comes from a dated one.
#[test]
fn an_undated_answer_is_not_dated_by_its_related_hits() {
    let undated = VIENNA.replace("published = \"2025-09-02\"\n", "");
    let kb = kb_of(&[
        ("sources/geneva.md", GENEVA),
        ("sources/vienna.md", undated.as_str()),
    ]);
    let a = ask(&kb, "What did Lopez say about being closer?", &opts()).unwrap();
    assert!(a.answered, "{}", a.reply.text());
    assert_eq!(a.hits[0].date, None, "{:?}", a.hits[0]);
    assert!(a.hits.iter().any(|h| h.date.is_some()), "{:?}", a.hits);
    assert!(a.reply.text().contains("[2]"), "{}", a.reply.text());
    assert!(!a.reply.text().starts_with("As of"), "{}", a.reply.text());
}

#[test]
fn mentioned_but_not_quoted() {
    let kb = dated_kb();
    let a = ask(&kb, "What did Paul Okafor say about the talks?", &opts()).unwrap();
    assert_eq!(a.outcome, parley::answer::Outcome::Mentioned);
    assert_eq!(
        a.reply.text(),
        concat!(
            "What did Paul Okafor say about the talks?\n",
            "Paul Okafor is mentioned but not quoted in my articles. What they say about Paul Okafor:\n",
            "• The talks were chaired by the mediator Paul Okafor, a retired judge from Lagos. [1]\n",
            "\n",
            "[1] “Talks resume in Geneva”, Example News, 2025-08-18 — paragraph 3.",
        )
    );
}

#[test]
fn unknown_person() {
    let kb = dated_kb();
    let a = ask(&kb, "What did Jake Tapper say about the talks?", &opts()).unwrap();
    assert_eq!(a.outcome, parley::answer::Outcome::UnknownPerson);
    assert_eq!(
        a.reply.text(),
        concat!(
            "Unknown person\n",
            "I don't know anyone called “Jake Tapper” in my articles.\n",
            "People in my articles: Maria Lopez.",
        )
    );
}

// A quote's attribution clause, and a quoted fragment shown as its sentence.

const ADDRESS: &str = "+++
title = \"Lopez addresses the nation\"
outlet = \"Example Wire\"
published = \"2025-09-03\"
+++

Foreign Minister Maria Lopez spoke for twenty minutes on state television.

In her evening broadcast, she said the country stood ready “to move fast toward a fair settlement that ends the fighting”.

Lopez said the harbour plan was “understandable but far too slow”.

“We are ready for anything,” Lopez said on arrival.
";

fn address_kb() -> KnowledgeBase {
    kb_of(&[
        ("sources/geneva.md", GENEVA),
        ("sources/address.md", ADDRESS),
    ])
}

/// "In her evening broadcast, she said the country stood ready “…”": the words around the quote say
/// what it answers, so "what is the country ready for" finds the quote itself.
#[test]
fn a_quote_is_found_by_its_attribution_clause() {
    let kb = address_kb();
    let a = ask(&kb, "What did Lopez say the country is ready for?", &opts()).unwrap();
    assert!(a.answered, "{}", a.reply.text());
    assert_eq!(a.hits[0].kind, parley::Kind::Quote, "{:?}", a.hits[0]);
    assert!(
        a.hits[0].text.starts_with("to move fast"),
        "{:?}",
        a.hits[0]
    );
}

/// A one-word quote is shown as the sentence it sits in, with what it was said about.
#[test]
fn a_quoted_fragment_is_shown_as_its_sentence() {
    let kb = address_kb();
    let a = ask(&kb, "What did Lopez say was understandable?", &opts()).unwrap();
    assert!(a.answered, "{}", a.reply.text());
    assert!(
        a.hits[0].text.starts_with("Lopez said the harbour plan"),
        "{:?}",
        a.hits[0]
    );
}

const HARBOUR: &str = "+++
title = \"Harbour talks\"
outlet = \"Example Wire\"
published = \"2025-09-04\"
+++

Foreign Minister Maria Lopez said the harbour deal was close.

“We need one more week and one more signature,” she told reporters.

Mediator Paul Okafor said the grain corridor would reopen soon.

“Nobody should celebrate yet,” said Lena Brandt, an analyst.

Brandt said the port fees were “high but fair”.

“Nobody will be left out,” she added. “Not one ship.”

Lopez said the fishing quota was “a settled matter”.

“We are ready for anything,” Lopez said on arrival.
";

/// A statement followed by its speaker's quote of several sentences: the reply shows the quote
/// whole, through the sentence where it closes, not cut after its first sentence.
#[test]
fn a_statement_is_shown_with_the_whole_quote_that_follows_it() {
    let kb = kb_of(&[(
        "sources/ferry.md",
        "+++\ntitle = \"Ferry talks\"\n+++\n\nHarbour master Ines Corvo said the ferry \
         timetable was settled.\n\n\u{201c}We sail at six. Nobody waits for the late boat. The \
         fares stay as they are,\u{201d} she said. The crews were not asked.\n",
    )]);
    let a = ask(
        &kb,
        "What did Corvo say about the ferry timetable?",
        &opts(),
    )
    .unwrap();
    assert!(a.answered, "{}", a.reply.text());
    assert!(
        a.hits[0]
            .text
            .ends_with("The fares stay as they are,\u{201d} she said."),
        "{:?}",
        a.hits[0]
    );
}

/// A reporter's summary of what someone said, then their own words in the next sentence: the
/// reply shows both, as the article gives them. Someone else's words are never joined on.
#[test]
fn a_statement_is_shown_with_the_quote_that_follows_it() {
    let kb = kb_of(&[("sources/harbour.md", HARBOUR)]);
    let a = ask(&kb, "What did Lopez say about the harbour deal?", &opts()).unwrap();
    assert!(a.answered, "{}", a.reply.text());
    assert_eq!(
        a.hits[0].text,
        "Foreign Minister Maria Lopez said the harbour deal was close.\n\n\
         “We need one more week and one more signature,” she told reporters."
    );
    let a = ask(
        &kb,
        "What did Okafor say about the grain corridor?",
        &opts(),
    )
    .unwrap();
    assert!(a.answered, "{}", a.reply.text());
    assert_eq!(
        a.hits[0].text,
        "Mediator Paul Okafor said the grain corridor would reopen soon."
    );
    // A statement quoting its speaker: the quote goes on in the next sentence, under a pronoun…
    let a = ask(&kb, "What did Brandt say about the port fees?", &opts()).unwrap();
    assert!(
        a.hits[0]
            .text
            .ends_with("“Nobody will be left out,” she added."),
        "{:?}",
        a.hits[0]
    );
    // … but a sentence naming the speaker afresh is another occasion.
    let a = ask(&kb, "What did Lopez say about the fishing quota?", &opts()).unwrap();
    assert_eq!(
        a.hits[0].text,
        "Lopez said the fishing quota was “a settled matter”."
    );
}

const CUSTOMS: &str = "+++
title = \"Harbour talks end without a deal\"
outlet = \"Example News\"
published = \"2025-08-18\"
+++

Delegations met at the old customs house for the harbour talks on Monday.

Police closed the quay to traffic for the day.

Reporters waited outside in the rain.

Fishermen watched from their boats.

Gulls circled over the fish market.

A ferry was held back until noon.

The talks lasted a little over an hour.
";

const PALACE: &str = "+++
title = \"Palace summit opens a new channel\"
outlet = \"Example Wire\"
published = \"2025-09-02\"
+++

Ministers met at the palace on Tuesday.

The guards wore ceremonial dress.

Crowds gathered at the gates before dawn.

A band played in the courtyard.

Lunch was served in the mirror hall.

The talks lasted five hours.
";

/// A newer article's sentence matching the same share of the question's own words does not
/// displace the answer when it matches less of it with its context: the newer talks are other
/// talks.
#[test]
fn a_newer_article_answers_first_only_when_it_answers_as_well() {
    let kb = kb_of(&[
        ("sources/customs.md", CUSTOMS),
        ("sources/palace.md", PALACE),
    ]);
    let a = ask(&kb, "How long did the harbour talks last?", &opts()).unwrap();
    assert!(a.answered, "{}", a.reply.text());
    assert_eq!(a.hits[0].text, "The talks lasted a little over an hour.");
    assert!(
        a.hits
            .iter()
            .any(|h| h.text == "The talks lasted five hours."),
        "{:?}",
        a.hits
    );
}

const ENVOY: &str = "+++
title = \"Envoy named for the northern file\"
outlet = \"Example Wire\"
published = \"2025-10-01\"
+++

The ministry named a new envoy for the northern file on Wednesday.

She led the ministry's team at the harbour talks last year.

Her first trip is planned for November.
";

/// A newer article's sentence matching as much of the question does not displace the answer
/// when it lacks what the question asks for: "last year" is no length of time.
#[test]
fn a_newer_article_answers_first_only_when_it_holds_what_is_asked() {
    let kb = kb_of(&[("sources/customs.md", CUSTOMS), ("sources/envoy.md", ENVOY)]);
    let a = ask(&kb, "How long did the harbour talks last?", &opts()).unwrap();
    assert!(a.answered, "{}", a.reply.text());
    assert_eq!(
        a.hits[0].text, "The talks lasted a little over an hour.",
        "{:?}",
        a.hits
    );
}

const MAYOR: &str = "+++
title = \"Mayor opens the new bridge\"
outlet = \"Example News\"
published = \"2025-10-03\"
+++

Mayor Ines Harlan opened the new bridge on Friday.

Ines Harlan thanked the builders for finishing early.

Her deputy, Tom Reyes, 44, cut the ribbon.
";

/// "How old" is answered by an age or not at all: a sentence about the person that gives none is
/// no answer, however well it matches their name.
#[test]
fn how_old_is_answered_by_an_age_or_not_at_all() {
    let kb = kb_of(&[("sources/mayor.md", MAYOR)]);
    let a = ask(&kb, "How old is Tom Reyes?", &opts()).unwrap();
    assert!(a.answered, "{}", a.reply.text());
    assert_eq!(a.hits[0].text, "Her deputy, Tom Reyes, 44, cut the ribbon.");
    let a = ask(&kb, "How old is Ines Harlan?", &opts()).unwrap();
    assert!(!a.answered, "{}", a.reply.text());
}

const QUOTAS: &str = "+++
title = \"Harbour talks collapse over fishing quotas\"
outlet = \"Example News\"
published = \"2025-08-20\"
+++

The harbour was closed to ferries on Tuesday.

Both sides had agreed to the talks a month ago.

Officials said the session was tense from the start.

Boats stayed in port for the whole day.

The main dispute was over quotas for the northern grounds.

Negotiators left without a date for another round.

Crews unloaded what little they had caught.

The main pier stayed shut.

A dispute broke out over parking.
";

/// A sentence under a headline is about what the headline says: "the harbour talks" of the
/// question are only in the title, and the answer counts them at a discount.
#[test]
fn the_headline_counts_for_the_sentences_under_it() {
    let kb = kb_of(&[("sources/quotas.md", QUOTAS)]);
    let a = ask(
        &kb,
        "What was the main dispute at the harbour talks?",
        &opts(),
    )
    .unwrap();
    assert!(a.answered, "{}", a.reply.text());
    assert_eq!(
        a.hits[0].text,
        "The main dispute was over quotas for the northern grounds."
    );
}

/// Prepositions and modals ("per", "via", "amid", "might") are function words: a question is not
/// out of scope because the articles never use one.
#[test]
fn a_function_word_the_articles_lack_does_not_decline_the_question() {
    let kb = dated_kb();
    for q in [
        "Per Lopez, where might the ceasefire talks continue?",
        "Where will the ceasefire talks continue next month, via Lopez?",
    ] {
        answers(&kb, q, "continue in Vienna");
    }
}

const ASSETS: &str = "+++
title = \"Brussels weighs the frozen assets plan\"
outlet = \"Example News\"
published = \"2025-11-20\"
+++

Ministers met in Brussels on Thursday to discuss the frozen assets.

\"Deciding this without Europe would be humiliating,\" said Ines Varga, a senior fellow at the European Policy Centre.

";

/// A question naming an organisation by its initials finds the sentence that spells it out.
#[test]
fn initials_in_a_question_find_the_name_written_out() {
    let kb = kb_of(&[("sources/assets.md", ASSETS)]);
    answers(
        &kb,
        "What did the EPC fellow say about Europe?",
        "would be humiliating",
    );
}

const DEPARTURE: &str = "+++
title = \"Mediator quits the Geneva round\"
outlet = \"Example News\"
published = \"2025-11-21\"
+++

The mediator left Geneva on Friday after the talks broke down.

Delegates fought over the wording of the final text until dawn.

The next round has no date.
";

/// An irregular verb's past form answers its base: "leave" finds "left", "fight" finds "fought"
/// (neither is a misspelling the typo correction would reach).
#[test]
fn an_irregular_past_form_answers_the_verb_asked() {
    let kb = kb_of(&[("sources/departure.md", DEPARTURE)]);
    answers(
        &kb,
        "When did the mediator leave Geneva?",
        "left Geneva on Friday",
    );
    answers(
        &kb,
        "What did the delegates fight over?",
        "fought over the wording",
    );
}

/// Chat shorthand ("w" for with, "u", "tho") is no topic the articles lack.
#[test]
fn chat_shorthand_does_not_decline_the_question() {
    let kb = dated_kb();
    let q = "wat did lopez say abt the ceasefire talks w vienna tho";
    answers(&kb, q, "Vienna");
}

const FLOOD_HALL: &str = "+++
title = \"Port town counts the cost of the flood\"
+++

Residents of the port town say the government ignored their warnings about the sea wall.

Hundreds of people spent Tuesday night in the school hall after the water rose.

The council will meet on Friday to discuss repairs.
";

/// Words typed without their vowels, as chat does ("ppl", "govt"), stand for the article's words
/// they abbreviate, not for a topic the articles lack.
#[test]
fn words_typed_without_vowels_find_the_words_they_shorten() {
    let kb = kb_of(&[("sources/flood.md", FLOOD_HALL)]);
    answers(
        &kb,
        "where did ppl spend tuesday night",
        "Hundreds of people spent Tuesday night",
    );
    answers(
        &kb,
        "what do residents say the govt ignored",
        "the government ignored their warnings",
    );
}

/// Chat spells sounds with digits ("b4", "2day"): the word they stand for, not a topic the
/// articles lack.
#[test]
fn words_spelt_with_a_digit_are_the_words_they_sound_out() {
    let kb = kb_of(&[("sources/flood.md", FLOOD_HALL)]);
    answers(
        &kb,
        "what did residents warn the govt about b4 the flood",
        "the government ignored their warnings",
    );
    answers(
        &kb,
        "is the council meeting 2day or on friday to discuss repairs",
        "The council will meet on Friday",
    );
}

const FIRE_CHIEF: &str = "+++
title = \"Fire chief urges residents to leave early\"
+++

Dana Whitlock is the head of the county fire service.

\"Our crews will always protect lives first, so every late leaver pulls crews off the fire \
line,\" she says.

Whitlok says there was evidence of late evacuations in the valley as well.

Ray Ortiz, a volunteer, said the crews worked through the night.
";

/// A surname the article itself misspells once ("Whitlok" for "Whitlock"), asked as misspelt:
/// the question still asks about the person, whose own words answer it.
#[test]
fn a_surname_misspelt_as_the_article_misspells_it_is_still_the_person() {
    let kb = kb_of(&[("sources/fire.md", FIRE_CHIEF)]);
    answers(
        &kb,
        "what did whitlok say about the crews",
        "every late leaver",
    );
}

const ENVOY_ARRIVES: &str = "+++
title = \"Envoy arrives in the capital\"
+++

The special envoy Keith Kellogg arrived in the capital on Wednesday.

\"Part of my mission is to listen to the people here,\" Kellogg told reporters.

Kellogg will meet the president on Thursday.
";

/// A surname typed with two letters dropped ("kelog" for "Kellogg") is the person, not someone
/// the articles never name.
#[test]
fn a_surname_typed_two_letters_short_is_the_person() {
    let kb = kb_of(&[("sources/envoy.md", ENVOY_ARRIVES)]);
    answers(
        &kb,
        "wat did kelog say about his mission",
        "Part of my mission",
    );
}

const WARDS: &str = "+++
title = \"Hospitals under strain\"
outlet = \"Example News\"
published = \"2025-11-22\"
+++

Emergency departments across the region are full, nurses say.

Patients are now seen on trolleys in corridors and in parked ambulances.

The health board will meet on Friday.
";

/// Initials typed in capitals that no article writes ("EDs") do not decline the question: the
/// articles may spell them out in lower case.
#[test]
fn capital_initials_the_articles_spell_out_do_not_decline_the_question() {
    let kb = kb_of(&[("sources/wards.md", WARDS)]);
    let q = "Where are patients seen on trolleys when the EDs are full?";
    answers(&kb, q, "corridors");
}

const EXCHANGE: &str = "+++
title = \"Captives to come home after overnight talks\"
outlet = \"Example News\"
published = \"2025-11-23\"
+++

\"The next exchange of prisoners will take place within days,\" said Olena Marchuk, the ombudsman.

The two leaders spoke in a telephone conversation on Sunday evening, officials said.

Families of the captured soldiers waited outside the hall.

Residents of the border villages said they were frightened of the night raids.

Officials said 14 children were among those freed in the last exchange.
";

/// A word the articles say otherwise ("scared" for "frightened", "phone" for "telephone") finds the
/// sentence through the words a general lexicon relates to it, and does not decline the question.
#[test]
fn a_word_said_otherwise_finds_its_related_word() {
    let kb = kb_of(&[("sources/exchange.md", EXCHANGE)]);
    answers(
        &kb,
        "What are the border villages scared of?",
        "frightened of the night raids",
    );
    answers(
        &kb,
        "When did the two leaders talk on the phone?",
        "telephone conversation",
    );
    // An irregular form of a related word: "kid" is related to "child", written "children".
    answers(&kb, "How many kids were freed?", "14 children");
}

const GRAIN_TALKS: &str = "+++
title = \"Grain corridor talks stall\"
+++

Trade Minister Ivan Petrov said on Friday that the grain corridor deal could not be signed before the harvest.

“We will not sign a grain corridor deal that leaves our ports exposed,” Foreign Minister Margit Lund said in reply.

Ships waited outside the harbour for a third week.
";

/// "What did X say to Y": Y is whom X spoke to, not the speaker. Y's own words neither come
/// first nor answer when the question asks after someone who never spoke.
#[test]
fn the_person_spoken_to_is_not_the_speaker() {
    let kb = kb_of(&[("sources/grain.md", GRAIN_TALKS)]);
    let a = asked_with(
        &kb,
        "what did petrov say to lund about the grain corridor deal",
        parley::answer::Outcome::Answer,
    );
    assert!(
        a.hits[0].text.contains("before the harvest"),
        "{}",
        a.hits[0].text
    );
    let a = ask(
        &kb,
        "what did the port authority say back to lund about the grain corridor deal",
        &opts(),
    )
    .unwrap();
    assert!(
        !a.answered || a.hits[0].speaker.as_deref() != Some("Margit Lund"),
        "{}",
        a.reply.text()
    );
}

const STRIKE_REPLY: &str = "+++
title = \"Drones hit the parliament\"
+++

Foreign Minister Ola Brenn said that Russia had struck the parliament building in Vilnius for the first time.

Repairs to the roof will take months, the city said.
";

const AIDES: &str = "+++
title = \"Envoys leave Moscow\"
+++

Presidential aide Olek Varn led the delegation to Riga. The aide told reporters the talks were over.

Vladimir Putin met the envoys on Tuesday.

Kremlin aide Yurii Sabin said that Moscow had received new proposals from Washington after the envoys' visit.
";

/// A statement extraction gave to its speaker is theirs, though a word of the asked subject
/// stands by its verb: "Brenn said that Russia had struck …" is not what Russia said. And a
/// title some article uses as a person's alias ("the aide") names nobody: "Putin's aide" is
/// still any aide's role.
#[test]
fn a_statement_is_its_speakers_not_the_subject_it_names() {
    let kb = kb_of(&[("sources/strike.md", STRIKE_REPLY)]);
    let a = ask(
        &kb,
        "what did the kremlin say back to brenn about the parliament building strike",
        &opts(),
    )
    .unwrap();
    assert!(
        !a.answered || a.hits[0].speaker.as_deref() != Some("Ola Brenn"),
        "{}",
        a.reply.text()
    );
    let kb = kb_of(&[("sources/aides.md", AIDES)]);
    answers(
        &kb,
        "What did Putin's aide say Moscow got from Washington after the envoys' visit?",
        "Moscow had received new proposals",
    );
}

const ENVOYS_HOME: &str = "+++
title = \"Envoys head home after the talks\"
+++

The envoys' talks in the capital ended late on Monday.

Officials confirmed that neither Hale nor Ortiz planned to fly to Vilnius after the talks, and that both were returning to Ottawa.

The meeting between Prime Minister Anton Dorn and Hale lasted almost four hours.

Ortiz, a former banker, joined the delegation in March.
";

const FANS_QUEUE: &str = "+++
title = \"Fans queue for the final\"
+++

Fans spent the night seeing in the new season outside the stadium.
";

/// A person the question names whom only the sentence beside the answer names ("after seeing
/// Dorn", who is named in the next sentence) still counts, in part, for the answer.
#[test]
fn a_name_the_next_sentence_holds_counts_for_the_answer() {
    let kb = kb_of(&[
        ("sources/envoys.md", ENVOYS_HOME),
        ("sources/fans.md", FANS_QUEUE),
    ]);
    answers(
        &kb,
        "is ortiz going to vilnius after seeing dorn?",
        "neither Hale nor Ortiz planned to fly to Vilnius",
    );
}

const HARBOUR_REPORTS: &str = "+++
title = \"Port board studies inspection findings\"
+++

The harbour board has now received four additional inspection reports from the transport ministry, its chairman said on Monday.

The board will publish a summary of the reports before the quay reopens.

Shipping firms have asked for the full reports to be released.
";

/// A word the articles say otherwise that the general lexicon does not relate ("extra" for
/// "additional") finds the sentence through the words a sentence-embedding model places beside
/// it, and does not decline the question.
#[test]
fn a_word_said_otherwise_finds_its_nearest_word() {
    let kb = kb_of(&[("sources/reports.md", HARBOUR_REPORTS)]);
    answers(
        &kb,
        "how many extra reports has the harbour board got from the ministry",
        "four additional inspection reports",
    );
}

/// A page's copy with one paragraph per line and a blank line only here and there, its headline
/// repeated over the lead and advertisement labels glued to a quote's paragraph.
const AD_GLUED: &str = "+++
title = \"Harbour deal within reach, says port chief\"
outlet = \"Example Regional\"
+++

Harbour deal within reach, says port chief
The chief executive of the Example Harbour Board, Nadia Frost, has said a deal to reopen the northern quay to container ships could be signed before the end of the month.
Ms Frost spoke to reporters after a meeting with shipping firms at the board's offices on Tuesday.
Hide AdAdvertisement
Hide Ad\u{201c}We are closer than we have ever been,\u{201d} Ms Frost said. \u{201c}The firms want the quay open as much as we do.\u{201d}

The board will vote on the plan next week.
";

#[test]
fn a_page_with_rare_blank_lines_and_glued_ad_labels_reads_cleanly() {
    let kb = kb_of(&[("sources/harbour.md", AD_GLUED)]);
    // The headline line is not glued to the lead: the lead answers on its own.
    answers(
        &kb,
        "When could the quay deal be signed?",
        "The chief executive of the Example Harbour Board",
    );
    let a = ask(
        &kb,
        "What did Frost say about being closer than ever?",
        &opts(),
    )
    .unwrap();
    assert!(a.answered, "{}", a.reply.text());
    let top = &a.hits[0];
    assert_eq!(top.speaker.as_deref(), Some("Nadia Frost"));
    // The quote shown whole, on through the part after its attribution.
    assert_eq!(
        top.text,
        "We are closer than we have ever been,\u{201d} Ms Frost said. \u{201c}The firms want the \
         quay open as much as we do."
    );
    // No answer carries the advertisement labels.
    for q in ["What did Frost say?", "How close is the deal?"] {
        let a = ask(&kb, q, &opts()).unwrap();
        for h in &a.hits {
            assert!(!h.text.contains("Hide Ad"), "{q}: {}", h.text);
            assert!(
                !h.text.contains("Harbour deal within reach"),
                "{q}: {}",
                h.text
            );
        }
        assert!(
            !a.reply.text().contains("Hide Ad"),
            "{q}: {}",
            a.reply.text()
        );
    }
}

const INTERVIEW: &str = "+++
title = \"Minister hopeful after weekend talks\"
outlet = \"Example News\"
+++

Foreign Minister Ana Petrova said in an interview on the Sunday Review programme that the weekend talks had gone better than expected.

The talks in Oslo were chaired by Norwegian mediator Lars Eide, who met both delegations on Saturday.
";

/// "Who did …" wants someone the question does not name: a sentence naming only the person asked
/// about does not answer it.
#[test]
fn a_who_question_wants_someone_the_question_does_not_name() {
    let kb = kb_of(&[("sources/interview.md", INTERVIEW)]);
    let a = ask(
        &kb,
        "Who interviewed Petrova on the Sunday Review programme?",
        &opts(),
    )
    .unwrap();
    assert!(!a.answered, "{}", a.reply.text());
    answers(&kb, "Who chaired the talks in Oslo?", "Lars Eide");
    // "Who said …" asks for a speaker, who is the answer's.
    answers(
        &kb,
        "Who said the weekend talks went better than expected?",
        "better than expected",
    );
}

const ROAD_TRIP: &str = "+++
title = \"Rovers lose all three on the road\"
outlet = \"Example Sport\"
+++

The Rovers opened the trip with a 4-2 defeat to Kingsbridge Athletic on Tuesday, followed by a 3-0 loss to the Harbour Town Mariners on Friday.

Defender Mia Roche scored the only goal in the cup final last spring.
";

/// "Who did …" is answered by a sentence saying it was done: naming other people or teams
/// beside what the question asks about is not enough.
#[test]
fn a_who_question_wants_a_sentence_holding_what_was_done() {
    let kb = kb_of(&[("sources/road.md", ROAD_TRIP)]);
    let a = ask(
        &kb,
        "Who scored for Kingsbridge in their 4-2 win over the Rovers?",
        &opts(),
    )
    .unwrap();
    assert!(!a.answered, "{}", a.reply.text());
    answers(
        &kb,
        "Who scored the only goal in the cup final?",
        "Mia Roche",
    );
}

const SPOKESMAN: &str = "+++
title = \"Council must be tougher on rail delays, says MP\"
outlet = \"Example News\"
+++

An MP says the council needs a much tougher line on the rail delays.

Ivo Marsh, who is the Green party's transport spokesman, said there were “too many excuses” for the delays on the coast line.

Speaking on local radio on Monday, Mr Marsh said: “We have had a month of excuses from the operator and the council.

“The council has to stand up and tell the rail firm ‘run the trains or hand back the contract’. Passengers cannot wait another winter.”
";

/// The sentence introducing a speaker by their role ranks high on the role's words, and its
/// neighbours hold the topic; but their own words holding more of the topic answer.
#[test]
fn a_speakers_words_on_the_topic_answer_before_their_introduction() {
    let kb = kb_of(&[
        ("sources/spokesman.md", SPOKESMAN),
        ("sources/interview.md", INTERVIEW),
        ("sources/road.md", ROAD_TRIP),
        ("sources/report.md", REPORT_THEN_QUOTE),
    ]);
    answers(
        &kb,
        "What does the Green party's transport spokesman think the council should do?",
        "run the trains or hand back the contract",
    );
}

const ENVOY_PORT: &str = "+++
title = \"Port deal close, envoy says\"
+++

Trade envoy Mira Sol said the port deal was close.
";

const ENVOY_FUND: &str = "+++
title = \"Fund keeps its harbour stake\"
+++

Mira Sol, head of the national shipping fund, spoke in Oslo on Friday.

“The fund will not sell its stake in the harbour,” Sol said.
";

/// Articles give one person different roles: each names them, not only the first article's.
#[test]
fn every_role_the_articles_give_names_the_speaker() {
    let kb = kb_of(&[
        ("sources/port.md", ENVOY_PORT),
        ("sources/fund.md", ENVOY_FUND),
        ("sources/interview.md", INTERVIEW),
    ]);
    let sol = kb
        .people()
        .iter()
        .find(|p| p.name == "Mira Sol")
        .expect("Mira Sol");
    assert_eq!(sol.role.as_deref(), Some("Trade envoy"));
    assert_eq!(sol.other_roles, ["head of the national shipping fund"]);
    let hits = kb.search(
        "what did the head of the national shipping fund say about the harbour stake",
        3,
    );
    assert!(hits.first().is_some_and(|h| h.by_subject), "{hits:?}");
}

const SWAP_ROUND: &str = "+++
title = \"Second round of harbour talks ends with prisoner swap\"
published = \"2026-02-05\"
+++

The second round of talks in Port Aldous ended on Thursday with a deal to swap prisoners.

“Today the delegations agreed to exchange 157 prisoners, the first such exchange in five months,” mediator Lena Ott said.
";

const FARES: &str = "+++
title = \"Ferry fares rise\"
+++

Ferry fares rose by a tenth in January, the operator said.
";

/// A time the question names ("back in January") that neither the answer nor the sentences
/// beside it hold: the answer is about another time.
#[test]
fn a_time_the_question_names_must_be_the_answers() {
    let kb = kb_of(&[
        ("sources/swap.md", SWAP_ROUND),
        ("sources/fares.md", FARES),
        ("sources/interview.md", INTERVIEW),
    ]);
    let a = ask(
        &kb,
        "how many prisoners did the delegations agree to exchange back in January?",
        &opts(),
    )
    .unwrap();
    assert!(!a.answered, "{}", a.reply.text());
    answers(
        &kb,
        "how many prisoners did the delegations agree to exchange on Thursday?",
        "157 prisoners",
    );
}

/// A race report that covers only one of two races run the same day.
const ONE_RACE: &str = "+++
title = \"Okoye wins the Lakeside half marathon\"
outlet = \"Example Sport\"
published = \"2026-04-12\"
+++

Daniel Okoye won the men's race at the Lakeside half marathon on Sunday, the first local runner to do so, in 1:02:41.

\"The wind off the lake made the last three miles brutal,\" Okoye said.
";

/// A question about the women's race is not answered by the men's winner: a hit holding only
/// the other sex's word ("men's") is about the other race.
#[test]
fn the_other_sexs_race_does_not_answer() {
    let kb = kb_of(&[("sources/race.md", ONE_RACE)]);
    let a = ask(
        &kb,
        "who won the women's race at the lakeside half marathon",
        &opts(),
    )
    .unwrap();
    assert!(!a.answered, "{}", a.reply.text());
    answers(
        &kb,
        "who won the men's race at the lakeside half marathon",
        "Daniel Okoye",
    );
}

/// A body that is named but never speaks, and a sentence sharing one word of its name.
const QUAY: &str = "+++
title = \"Spring tides swamp harbour moorings\"
outlet = \"Example Coast\"
published = \"2026-05-02\"
+++

Most of the port's fishermen still moor at the old quay in Kessick, which floods at spring tides.

The harbour has been run by the Port Authority since 1998.

\"We lose a day's work every time it floods,\" said skipper Aled Price.
";

/// "What did the Port Authority tell …": a sentence holding "port" but not "authority" is about
/// something else of that name, not what the body said.
#[test]
fn a_sentence_naming_the_asked_body_in_part_does_not_answer() {
    let kb = kb_of(&[("sources/quay.md", QUAY)]);
    let a = ask(
        &kb,
        "what did the port authority tell the fishermen about the old quay in kessick",
        &opts(),
    )
    .unwrap();
    assert!(!a.answered, "{}", a.reply.text());
    answers(
        &kb,
        "what did the skipper say about the floods",
        "We lose a day",
    );
}

/// A match report in the pattern news copy follows: the lead reports what the captain said,
/// a later paragraph quotes him saying it, and another quote of his shares only the topic.
const REPORT_THEN_QUOTE: &str = "+++
title = \"Harriers edge Millbrook to take the county shield\"
outlet = \"Example Sport\"
published = \"2026-03-14\"
+++

Captain Owen Tallis said the Harriers need patience to build on Saturday's narrow win over Millbrook, their first county shield in six seasons.

The visitors led for most of the second half before a late penalty settled the final.

\"This squad needs patience right now. We are young and we will make mistakes,\" Tallis said after the final whistle.

\"The win over Millbrook was ugly, but a final is there to be won,\" he added.

Millbrook's coach, Dana Price, said her side had run out of ideas in the last twenty minutes.
";

#[test]
fn a_reported_claim_is_answered_with_the_quote_that_says_it() {
    let kb = kb_of(&[("sources/shield.md", REPORT_THEN_QUOTE)]);
    let a = ask(
        &kb,
        "What did Owen Tallis say after the Harriers won the shield?",
        &opts(),
    )
    .unwrap();
    assert!(a.answered, "{}", a.reply.text());
    let top = &a.hits[0];
    // The captain's own words, not the lead's report of them, nor his quote that shares only
    // the topic ("win over Millbrook").
    assert_eq!(top.kind, parley::model::Kind::Quote, "{}", top.text);
    assert_eq!(top.speaker.as_deref(), Some("Owen Tallis"));
    assert!(top.text.contains("needs patience"), "{}", top.text);
    // The report follows it.
    assert!(
        a.hits.iter().any(|h| h
            .text
            .starts_with("Captain Owen Tallis said the Harriers need patience")),
        "{:?}",
        a.hits.iter().map(|h| &h.text).collect::<Vec<_>>()
    );
    // Someone with no quote of their own keeps their reported statement.
    let a = ask(&kb, "What did Dana Price say about Millbrook?", &opts()).unwrap();
    assert_eq!(a.hits[0].speaker.as_deref(), Some("Dana Price"));
}

const REPORT_WITH_WORDS: &str = "+++
title = \"Rovers coach backs the academy\"
outlet = \"Example Sport\"
published = \"2026-03-21\"
+++

Rovers coach Mara Quinlan said the academy was \"the future of this club\" and needed more money from the owners before next season.

The first team lost again on Saturday, their fourth defeat in a row.

\"The owners know the academy needs money, and they know the future is there,\" Quinlan told the club's website.
";

#[test]
fn a_report_that_shows_the_speakers_words_keeps_its_place() {
    let kb = kb_of(&[("sources/rovers.md", REPORT_WITH_WORDS)]);
    let a = ask(
        &kb,
        "What did Mara Quinlan say about the academy before next season?",
        &opts(),
    )
    .unwrap();
    assert!(a.answered, "{}", a.reply.text());
    // The report already quotes her ("the future of this club"): it answers, and her later quote
    // sharing its words ("academy", "money", "owners", "future") does not push it down.
    let top = &a.hits[0];
    assert_eq!(top.kind, parley::model::Kind::Statement, "{}", top.text);
    assert!(
        top.text
            .starts_with("Rovers coach Mara Quinlan said the academy"),
        "{}",
        top.text
    );
    assert!(
        a.hits.iter().any(|h| h.kind == parley::model::Kind::Quote
            && h.text.contains("The owners know the academy needs money")),
        "{:?}",
        a.hits.iter().map(|h| &h.text).collect::<Vec<_>>()
    );
}

/// A lede in the pattern wire copy follows: the report quotes a few of the minister's words, and
/// a later paragraph gives the whole sentence they come from.
const PARTIAL_THEN_WHOLE: &str = "+++
title = \"Docks stay shut as talks with the dockers' union stall\"
outlet = \"Example Wire\"
published = \"2026-05-02\"
+++

Harbour Minister Ilse Brandt said on Friday that reopening the docks without the dockers' union would be \"a recipe for chaos\".

Talks between the port operator and the union broke down on Thursday after nine hours.

But Brandt warned that \"pushing a reopening of the docks through without the union at the table is a recipe for chaos, and I will not sign off on it.\"

The union has called a rally for Monday.
";

/// A report quoting a few of the speaker's words gives way to their quote holding those words
/// whole: Parley shows what people said verbatim, not a paraphrase with a fragment of it.
#[test]
fn a_report_quoting_a_fragment_gives_way_to_the_whole_quote() {
    let kb = kb_of(&[("sources/docks.md", PARTIAL_THEN_WHOLE)]);
    let a = ask(
        &kb,
        "What did Brandt say about reopening the docks without the dockers' union?",
        &opts(),
    )
    .unwrap();
    assert!(a.answered, "{}", a.reply.text());
    let top = &a.hits[0];
    assert_eq!(top.kind, parley::model::Kind::Quote, "{}", top.text);
    assert_eq!(top.speaker.as_deref(), Some("Ilse Brandt"));
    assert!(
        top.text.contains("I will not sign off on it"),
        "{}",
        top.text
    );
    // The report follows it.
    assert!(
        a.hits.iter().any(|h| h
            .text
            .starts_with("Harbour Minister Ilse Brandt said on Friday")),
        "{:?}",
        a.hits.iter().map(|h| &h.text).collect::<Vec<_>>()
    );
}

/// British copy names a knight by honorific and first name after the first mention ("Sir Keir"
/// for Sir Keir Starmer), or before it in a lede that gives the full name lower down.
const KNIGHTED: &str = "+++
title = \"Harbour deal signed in Leith\"
outlet = \"Example Wire\"
published = \"2026-05-09\"
+++

Transport Secretary Sir Alan Pryde met the dockers' leaders in Leith on Thursday.

During a call with the port operator on Wednesday, Sir Alan praised the union for its patience.

Speaking on Thursday, Sir Alan said: 'This agreement keeps the cranes moving through the winter.'

Dame Morag said: 'We have waited two years for a deal like this one.'

Dame Morag Lennox, who chairs the port board, said the deal was fair.

The board chair, Dame Morag Lennox, will brief councillors next week.
";

#[test]
fn a_knight_named_by_first_name_is_the_person_named_in_full() {
    let kb = kb_of(&[("sources/leith.md", KNIGHTED)]);
    for (q, who, words) in [
        (
            "What did Pryde say about the agreement?",
            "Alan Pryde",
            "keeps the cranes moving",
        ),
        (
            "What did Lennox say about waiting for a deal?",
            "Morag Lennox",
            "waited two years",
        ),
    ] {
        let a = ask(&kb, q, &opts()).unwrap();
        assert!(a.answered, "{q}: {}", a.reply.text());
        assert_eq!(a.hits[0].speaker.as_deref(), Some(who), "{q}");
        assert!(a.hits[0].text.contains(words), "{q}: {}", a.hits[0].text);
    }
}

const PORT_PLAN: &str = "\
# Harbour plan stalls

Port Authority chair Greta Holm said on Monday that she feared the harbour plan would collapse without federal money.

Dock workers gathered outside the offices on Monday morning.

The union wants a pay rise of four percent this year.

Shipping firms have moved some cargo to a rival terminal up the coast.

The city council will vote on the budget next week.

Local traders said the quayside market had lost customers since the spring, and some were scared it would close.

A ferry operator cut its winter timetable to two sailings a day.

Engineers found cracks in the north breakwater during an inspection in May.
";

/// The asked person's own words, found by who said them and their context, answer though the
/// question words its topic otherwise ("scared of" for "feared"); a topic nobody speaks of is
/// still declined.
#[test]
fn the_asked_speakers_words_answer_a_topic_worded_otherwise() {
    let kb = kb_of(&[("sources/port.md", PORT_PLAN)]);
    let a = asked_with(
        &kb,
        "What did port authority chair Greta Holm say she was scared of?",
        parley::answer::Outcome::Answer,
    );
    assert_eq!(a.hits[0].speaker.as_deref(), Some("Greta Holm"));
    asked_with(
        &kb,
        "What did port authority chair Greta Holm say about the football final?",
        parley::answer::Outcome::NoAnswer,
    );
}

const MAYOR_ROW: &str = "\
# Mayor and port board trade blame over quay works

Mayor Ines Corvo, speaking at the town hall, said she wanted the quay works finished by summer. She accused the port board of hiding the true costs while the works dragged on.

“The port board meets on Monday, and I will be in the room,” Corvo said.

Board chairman Tomas Reyes declined to comment.

Fishermen say the half-built quay has cost them a season.
";

/// "She accused the board of …" after a sentence naming the mayor is the mayor's statement: it
/// answers "what did she accuse … of", ahead of her quote that only shares the topic's words.
#[test]
fn an_accusation_is_what_its_speaker_said() {
    let kb = kb_of(&[("sources/quay.md", MAYOR_ROW)]);
    let a = ask(&kb, "What did Corvo accuse the port board of?", &opts()).unwrap();
    assert!(a.answered, "{}", a.reply.text());
    assert!(
        a.hits[0].text.contains("accused the port board of hiding"),
        "{:?}",
        a.hits.iter().map(|h| &h.text).collect::<Vec<_>>()
    );
}

const VOLUNTEER: &str = "+++\ntitle = \"Harbour town volunteer wins national award\"\n+++\n\n\
A Kestrel Bay man who has coached at his local rowing club for nearly fifty years has been \
named this year's winner of the national Volunteer of the Year award.\n\n\
The award is given each winter to one volunteer chosen from every county.\n\n\
82-year-old Tomas Reilly has coached juniors at the Kestrel Bay club since 1976.\n\n\
\"I just turned up one Saturday and never left,\" Reilly said.\n";

/// "How old" wants an age: when the best sentence about the person holds none, the one that
/// does, among those that answer the rest, is the answer.
#[test]
fn how_old_finds_the_sentence_with_the_age() {
    let kb = kb_of(&[("sources/volunteer.md", VOLUNTEER)]);
    let a = asked_with(
        &kb,
        "how old is the Kestrel Bay man who won the volunteer award?",
        parley::answer::Outcome::Answer,
    );
    assert!(
        a.hits[0].text.starts_with("82-year-old"),
        "{}",
        a.hits[0].text
    );
}

const COUNT: &str = "+++\ntitle = \"Keter hails election chief\"\n+++\n\n\
President-elect Amos Keter has praised the electoral commission's chairman, Paul Wanjala, for \
the way he ran the vote.\n\n\
“Let me congratulate the commission and every one of its staff, in every county and every \
polling station. If there is one hero of this count it is Paul Wanjala.” He said at a meeting \
in his home.\n\n\
According to Keter, Wanjala's decision was a game changer.\n";

/// "What did X say about Y" answered as well by X's statement as by X's quote: the quote comes
/// first, in X's own words (shown under the praise that introduces it, itself X's statement).
#[test]
fn a_quote_answering_as_well_as_a_statement_comes_first() {
    let kb = kb_of(&[("sources/count.md", COUNT)]);
    let a = asked_with(
        &kb,
        "what did keter say about wanjala",
        parley::answer::Outcome::Answer,
    );
    assert!(
        a.hits[0]
            .text
            .contains("“Let me congratulate the commission"),
        "{}",
        a.hits[0].text
    );
}

const JETS: &str = "+++\ntitle = \"Kowal weighs jets for the port\"\n+++\n\n\
President Anna Kowal met the harbour council on Monday.\n\n\
Kowal did not rule out sending the long-range Falcon jets to the port city, aides said.\n\n\
The navy said its ships would stay in harbour until the spring.\n";

/// Chat around a question is no part of it: an opener ("so", "ok so", "hey") before a yes/no
/// question, and a tail ("or nah", "lol"), neither hides the question's shape nor weighs as a
/// word no article has.
#[test]
fn chat_openers_and_tails_do_not_hide_the_question() {
    let kb = kb_of(&[("sources/jets.md", JETS)]);
    for q in [
        "so is kowal sending the falcon jets or nah",
        "ok so is kowal sending the falcon jets lol",
        "hey is kowal sending the falcon jets",
    ] {
        let a = asked_with(&kb, q, parley::answer::Outcome::Answer);
        assert!(
            a.hits[0].text.contains("did not rule out sending"),
            "{q}: {}",
            a.hits[0].text
        );
    }
}

const FERRY: &str = "+++\ntitle = \"Ferry strike talks resume in Kiel\"\n+++\n\n\
Union negotiators and the ferry operator met again in Kiel on Tuesday.\n\n\
Speaking after the session, union leader Mette Sorensen said the most significant matter yet to be resolved between the two sides was overtime pay.\n\n\
The operator has offered a one-off bonus to crews who return this week.\n\n\
Sailings from Kiel to Oslo remain cancelled until Friday.\n";

/// A question asking in common words the articles lack ("the biggest matter still to be
/// resolved" for "the most significant matter yet to be resolved") is answered; one naming a
/// topic they lack ("fuel tariffs", "the oil price") is not, however common its nouns.
#[test]
fn common_words_the_articles_lack_do_not_decline_a_paraphrase() {
    let kb = kb_of(&[("sources/ferry.md", FERRY)]);
    answers(
        &kb,
        "whats the biggest matter still to be resolved according to sorensen",
        "overtime pay",
    );
    for q in [
        "did sorensen say anything about fuel tariffs for the ferry?",
        "what did sorensen say about the oil price and the ferry operator",
    ] {
        asked_with(&kb, q, parley::answer::Outcome::NoAnswer);
    }
}

const DREDGING: &str = "+++\ntitle = \"Harbour board sets no date for dredging\"\n+++\n\n\
Harbour authority chair Lena Brandt said on Tuesday that no dates had been set for the dredging.\n\n\
Asked about reports, according to local radio, \"that the channel would reopen within weeks,\" Brandt said: \"Not so fast. It is far too early to promise that.\"\n\n\
Crews from two firms are on standby at the north quay.\n";

/// A sentence cut inside the quote it opens (`Brandt said: "Not so fast.`) is shown through the
/// quote's end: the speaker's answer, not the report put to them.
#[test]
fn a_statement_cut_inside_its_quote_is_shown_through_the_quote() {
    let kb = kb_of(&[("sources/dredging.md", DREDGING)]);
    answers(
        &kb,
        "what did brandt say about the channel reopening within weeks",
        "It is far too early to promise that.\"",
    );
}

const CRANES: &str = "+++\ntitle = \"Port chief tours the terminals\"\n+++\n\n\
Port chief Ines Falk toured the northern terminals on Monday.\n\n\
\"The cranes are old. We need new ones before winter,\" Falk told reporters in Rotterdam.\n\n\
\"Our crews did their best,\" Falk said at a dinner in Ghent.\n\n\
Rotterdam's terminal handled record volumes in October.\n";

/// The attribution after a quote running over several sentences (`… before winter," Falk told
/// reporters in Rotterdam.`) says where it was said, as a one-sentence quote's does.
#[test]
fn a_long_quotes_closing_attribution_says_where_it_was_said() {
    let kb = kb_of(&[("sources/cranes.md", CRANES)]);
    let a = asked_with(
        &kb,
        "what did falk say in rotterdam",
        parley::answer::Outcome::Answer,
    );
    assert_eq!(
        a.hits[0].text,
        "The cranes are old. We need new ones before winter,"
    );
}

const PORT_SALE: &str = "+++\ntitle = \"Mayor rejects the port bid\"\n+++\n\n\
‘We will not sell the port’: Mayor Tove Lind rejects the bid\n\n\
The council met the bidders on Monday and heard their offer.\n\n\
Lind thanked them, then added: ‘We will not sell the port.’\n";

/// A quote repeated with other punctuation (a headline's, a second telling) is shown once.
#[test]
fn the_same_words_are_shown_once_whatever_their_punctuation() {
    let kb = kb_of(&[("sources/port.md", PORT_SALE)]);
    let a = asked_with(
        &kb,
        "what did lind say about selling the port",
        parley::answer::Outcome::Answer,
    );
    let same = a
        .hits
        .iter()
        .filter(|h| h.text.starts_with("We will not sell the port"))
        .count();
    assert_eq!(same, 1, "{:?}", a.hits);
}

/// A quote running on over paragraphs (the first left open, the next reopening it) answers as a
/// whole: the paragraph that matches best is shown after the paragraphs that open the quote, so
/// "And the readiness…" never stands without what it goes on from. Someone else's quote in the
/// next paragraph, or one the reporter's words separate, is never joined on.
#[test]
fn a_quote_running_on_is_shown_from_its_opening() {
    let kb = kb_of(&[(
        "sources/harbour.md",
        "+++\ntitle = \"Port talks\"\n+++\n\nThe envoys met at the harbour on Monday.\n\n\
         Harbour master Ines Corvo said: \u{201c}We bring a single request \u{2013} to keep the \
         grain moving and the crews safe.\n\n\u{201c}And the proof that both sides want it is \
         that they came to Odesa at all.\n\n\u{201c}Nothing else matters this winter.\u{201d}\n\n\
         Pilot Marta Sousa said: \u{201c}The channel has been swept twice and is open to any \
         ship.\u{201d}\n",
    )]);
    let a = ask(&kb, "what did corvo say about coming to odesa", &opts()).unwrap();
    assert!(a.answered, "{}", a.reply.text());
    let h = &a.hits[0];
    assert!(h.text.starts_with("We bring a single request"), "{h:?}");
    assert!(h.text.contains("came to Odesa at all."), "{h:?}");
    assert!(!h.text.contains("Nothing else matters"), "{h:?}");
    assert_eq!(h.paragraph, 2, "{h:?}");
    // The reply shows it as one quote on one line, the paragraph break and reopening mark gone.
    assert!(
        a.reply.text().starts_with(
            "\u{201c}We bring a single request \u{2013} to keep the grain moving and the crews \
             safe. And the proof that both sides want it is that they came to Odesa at all.\u{201d} \
             \u{2014} Ines Corvo"
        ),
        "{}",
        a.reply.text()
    );
    // Sousa's quote follows Corvo's closed one, but it is hers alone.
    let b = ask(&kb, "what did sousa say about the channel", &opts()).unwrap();
    assert!(
        b.hits[0].text.starts_with("The channel has been swept"),
        "{:?}",
        b.hits[0]
    );
}

/// A statement quoting one word of its speaker's ("…, saying a “truce” might come soon"),
/// followed by the quote that word comes from, is shown with that quote though it names the
/// speaker afresh: it is the same saying, not another occasion.
#[test]
fn a_statement_quoting_a_word_is_shown_with_the_quote_it_comes_from() {
    let kb = kb_of(&[(
        "sources/pause.md",
        "+++\ntitle = \"Pause in fighting discussed\"\n+++\n\nMediator Ana Ruiz added weight to \
         talk of a pause in the fighting, saying a \u{201c}truce\u{201d} might come soon. \
         \u{201c}I won\u{2019}t promise peace, but a truce is nearer than it was a month ago,\
         \u{201d} Ruiz told reporters after the call.\n\nThe next call is set for Friday.\n",
    )]);
    let a = ask(&kb, "what did ruiz say about the fighting pausing", &opts()).unwrap();
    assert!(a.answered, "{}", a.reply.text());
    assert!(
        a.hits[0]
            .text
            .ends_with("Ruiz told reporters after the call."),
        "{:?}",
        a.hits[0]
    );
}

/// A quote the attribution breaks (`“We accept the offer,” Ruiz told reporters. “The idea is
/// sound.”`) is shown on through the part after it: the first part ends mid-thought.
#[test]
fn a_quote_broken_by_its_attribution_is_shown_whole() {
    let kb = kb_of(&[(
        "sources/offer.md",
        "+++\ntitle = \"Offer weighed\"\n+++\n\nThe mediators put a new offer on the table.\n\n\
         \"We accept the offer of a pause in the shelling,\" Ana Ruiz told reporters in Vienna. \
         \"The idea itself is sound, and we back it.\"\n\n\"But a pause must lead somewhere,\" \
         said Ivo Marn, her deputy.\n",
    )]);
    let a = ask(&kb, "what did ruiz say about the offer of a pause", &opts()).unwrap();
    assert!(a.answered, "{}", a.reply.text());
    let h = &a.hits[0];
    assert!(h.text.starts_with("We accept the offer"), "{h:?}");
    assert!(h.text.ends_with("we back it."), "{h:?}");
    // Marn's words after Ruiz's are his own.
    assert!(!h.text.contains("lead somewhere"), "{h:?}");
}

/// "How many … according to X" asks X's words for a number: X's sentence holding one answers
/// before X's quote that matches more words but counts nothing.
#[test]
fn how_many_according_to_someone_wants_their_number() {
    let kb = kb_of(&[(
        "sources/papers.md",
        "+++\ntitle = \"Port papers\"\n+++\n\n\u{201c}We consider the harbour document complete, \
         and we expect further work on the documents about trade,\u{201d} Ana Ruiz said.\n\n\
         There are four documents under discussion, Ruiz said, covering fees and quotas.\n\n\
         The harbour reopened in March after a long winter of repairs.\n\nWork on the quay went \
         on all week.\n\nDock crews went back to work on Monday.\n",
    )]);
    answers(
        &kb,
        "how many documents are being worked on according to ruiz",
        "four documents",
    );
}

const PIER: &str = "+++
title = \"Freel warns it would be ‘reckless’ to reopen storm-hit pier before repairs\"
outlet = \"Example News\"
published = \"2025-06-02\"
+++

Freel warns it would be ‘reckless’ to reopen storm-hit pier before repairs

The Harbour Master has said it would be “reckless” to reopen the pier before it is repaired after the storm in May.

Harbour Master Oona Freel said on Monday that engineers needed another month on the pier.

“It would be reckless to reopen the pier before the repairs are finished. The fleet can use the east quay until then,” Freel said.
";

/// A headline sums up what the story quotes: asked what someone said, the reply is their own
/// words in the story, not the headline's short version of them.
#[test]
fn the_speakers_words_in_the_story_outrank_the_headline_about_them() {
    let kb = kb_of(&[("sources/pier.md", PIER)]);
    answers(
        &kb,
        "what did freel say about reopening the pier before repairs after the storm",
        "reopen the pier before",
    );
}

const MAYORS: &str = "+++
title = \"Mayors press the governor over the bridge\"
outlet = \"Example News\"
published = \"2025-04-09\"
+++

The five mayors met in Lund on Tuesday to discuss the closed bridge.

Deputy Mayor Ana Ruiz said the governor's promises on the bridge were welcome but late.

“We have heard many promises about this bridge,” Ruiz said.

The five mayors also agreed on a message to the governor:

“Promises about the bridge cannot be trusted any more.”
";

/// Words a group says, set off by a colon after the sentence naming it ("The leaders also
/// agreed on a message:" then the quotation), are the group's: asked what the group said, they
/// outrank a member's words that merely share the role.
#[test]
fn a_quote_introduced_by_a_colon_is_the_words_of_the_group_named_before_it() {
    let kb = kb_of(&[("sources/mayors.md", MAYORS)]);
    answers(
        &kb,
        "did the mayors say the governor's promises can be trusted?",
        "cannot be trusted any more",
    );
}

const LYON: &str = "+++
title = \"Ministers gather in Lyon\"
outlet = \"Example News\"
published = \"2025-05-14\"
+++

The meeting in Lyon brought together ministers of 12 countries, the hosts said.

Several ministers arrived late because of a rail strike.

The talks on grain will go on in June.
";

/// "How many countries …" is answered by the number of countries, though the question's other
/// words are the articles' in other words: a count of what it asks about is the answer.
#[test]
fn a_count_of_what_is_asked_answers_how_many() {
    let kb = kb_of(&[("sources/lyon.md", LYON)]);
    let a = ask(
        &kb,
        "how many countries had ministers at the lyon gathering",
        &opts(),
    )
    .unwrap();
    assert!(a.answered, "{}", a.reply.text());
    assert!(
        a.hits[0].text.contains("ministers of 12 countries"),
        "{}",
        a.reply.text()
    );
}

const FLORIDA: &str = "+++
title = \"Envoys meet again\"
outlet = \"Example News\"
published = \"2025-12-01\"
+++

The envoys held five hours of talks in Tampa on Sunday. Trade Secretary Nina Holt, who also attended, said afterward that “there is more work to do.”

Fishing crews waited at the quay for news. The harbour stayed shut. Boats stayed in.

Trade Secretary Nina Holt said on Friday that the talks on tariffs would need patience.
";

/// What someone said right after the sentence naming the occasion ("held talks in Tampa …, said
/// afterward") answers "what did X say after the Tampa talks", before their other words that only
/// share "talks".
#[test]
fn the_occasion_a_neighbouring_sentence_names_ranks_the_speakers_words() {
    let kb = kb_of(&[
        ("sources/tampa.md", FLORIDA),
        ("sources/geneva.md", GENEVA),
        ("sources/vienna.md", VIENNA),
        ("sources/pier.md", PIER),
        ("sources/lyon.md", LYON),
        ("sources/mayors.md", MAYORS),
    ]);
    answers(
        &kb,
        "what did the trade secretary say after the tampa talks",
        "more work to do",
    );
}

const ROUND_OF_TALKS: &str = "+++\ntitle = \"Ferry strike talks resume in Port Aldous\"\n+++\n\n\
Union negotiators arrived in Port Aldous on Tuesday for a new round of talks with the ferry \
operator.\n\n\
The crews walked out last month over rosters and pay.\n\n\
\"We are here to get the boats sailing again,\" union secretary Dana Ruiz said.\n";

/// "How many" wants a count: a sentence about the thing counted that holds no number is no
/// answer ("how many negotiators" is not answered by "negotiators arrived").
#[test]
fn how_many_is_not_answered_without_a_number() {
    let kb = kb_of(&[("sources/ferry.md", ROUND_OF_TALKS)]);
    asked_with(
        &kb,
        "how many union negotiators arrived in port aldous",
        parley::answer::Outcome::NoAnswer,
    );
    let counted =
        ROUND_OF_TALKS.replace("Union negotiators arrived", "Six union negotiators arrived");
    let kb = kb_of(&[("sources/ferry.md", counted.as_str())]);
    let a = asked_with(
        &kb,
        "how many union negotiators arrived in port aldous",
        parley::answer::Outcome::Answer,
    );
    assert!(
        a.hits[0].text.starts_with("Six union"),
        "{}",
        a.hits[0].text
    );
}

const FERRY_COURT: &str = "+++\ntitle = \"Ferry owner in court over harbour crash\"\n+++\n\n\
Ferry owner Tom Hale appeared before the county court on Monday over last year's harbour \
crash.\n\n\
His lawyer told reporters the case against the crew was weak.\n\n\
\"We did nothing wrong,\" Hale said outside court. The court will deliver its verdict on 22 \
August, according to his lawyer.\n";

/// "When is X due / expected" asks when X happens: the timing word is the question's form, and
/// the sentence giving X's date answers though it lacks the word.
#[test]
fn when_something_is_due_is_answered_by_its_date() {
    let kb = kb_of(&[("sources/ferry.md", FERRY_COURT)]);
    for q in [
        "when is the verdict in hale's case due?",
        "when is the verdict in hale's case expected",
    ] {
        answers(&kb, q, "22 August");
    }
}

const HARBOUR_RADARS: &str = "+++\ntitle = \"Harbour board buys new radars\"\n+++\n\n\
The harbour board is working with two other ports to buy new radars, especially for the \
northern channel.\n\n\
\"We want every ship seen in fog,\" board chair Ines Varga said.\n";

/// "How much" wants an amount: a sentence about the purchase that names no sum or share is no
/// answer ("how much is the board spending on radars" is not answered by "working to buy").
#[test]
fn how_much_is_not_answered_without_an_amount() {
    let kb = kb_of(&[("sources/radars.md", HARBOUR_RADARS)]);
    asked_with(
        &kb,
        "how much is the harbour board spending on those new radars",
        parley::answer::Outcome::NoAnswer,
    );
    let priced = HARBOUR_RADARS.replace("to buy new radars,", "to buy new radars for €4 million,");
    let kb = kb_of(&[("sources/radars.md", priced.as_str())]);
    let a = asked_with(
        &kb,
        "how much is the harbour board spending on those new radars",
        parley::answer::Outcome::Answer,
    );
    assert!(a.hits[0].text.contains("€4 million"), "{}", a.hits[0].text);
}

const WATER_TALKS: &str = "+++\ntitle = \"Mayor proposes water talks\"\n+++\n\n\
Mayor Ilse Varga on Sunday proposed holding the water talks in Dunmore in June, but set no \
agenda.\n\n\
The reservoir has been below half since the spring.\n";

/// "Who …" wants someone the question does not name: a day or a month is nobody, so a sentence
/// naming only the asked mayor and when does not answer it.
#[test]
fn a_day_is_not_someone_a_who_question_asks_for() {
    let kb = kb_of(&[("sources/water.md", WATER_TALKS)]);
    asked_with(
        &kb,
        "who will lead the water talks varga proposed in dunmore",
        parley::answer::Outcome::NoAnswer,
    );
}

/// A word of English the articles lack is a topic they do not cover, not a misspelling of the
/// word one letter away that they have: "party" is not "part".
#[test]
fn a_word_of_english_is_not_corrected_to_another() {
    let text = WATER_TALKS.replace(
        "The reservoir",
        "Varga will lead part of the talks herself.\n\nThe reservoir",
    );
    let kb = kb_of(&[("sources/water.md", text.as_str())]);
    asked_with(
        &kb,
        "which party does varga lead",
        parley::answer::Outcome::NoAnswer,
    );
}

const QUOTA: &str = "+++\ntitle = \"Quota talks to resume\"\n+++\n\n\
Norway has asked for the fishing quota talks to resume next month, its fisheries ministry said.\n\n\
\"We want a fair share for our boats,\" fisheries minister Eira Holm said.\n";

/// A country's position asked for with its possessive typed without the apostrophe ("norways")
/// is no unknown person's.
#[test]
fn a_countrys_possessive_is_not_an_unknown_person() {
    let kb = kb_of(&[("sources/quota.md", QUOTA)]);
    let a = ask(&kb, "whats norways position on the fishing talks", &opts()).unwrap();
    assert_ne!(
        a.outcome,
        parley::answer::Outcome::UnknownPerson,
        "{}",
        a.reply.text()
    );
}

const GOVERNOR: &str = "+++\ntitle = \"Bridge to reopen\"\n+++\n\n\
Governor Ansel Hale said on Friday, after a long meeting with engineers and the county's road \
officials, that the bridge would reopen to traffic.\n\n\
Marta Oken, the head of the Office of the Governor, said the bridge would reopen to traffic.\n";

/// A speaker described by a role ("the governor") has it for the head of their own role: the
/// head of the governor's office is no governor, however well her words match the topic.
#[test]
fn the_head_of_an_office_is_not_its_title_holder() {
    let kb = kb_of(&[("sources/bridge.md", GOVERNOR)]);
    let a = ask(
        &kb,
        "what did the governor say about the bridge reopening to traffic",
        &opts(),
    )
    .unwrap();
    assert_eq!(
        a.hits.first().and_then(|h| h.speaker.as_deref()),
        Some("Ansel Hale"),
        "{}",
        a.reply.text()
    );
}

const FERRY_CUTS: &str = "+++\ntitle = \"Ferry operator to cut winter routes\"\n+++\n\n\
Harbour Line, the island ferry operator, said on Monday its new head office would open in the \
city next year.\n\n\
About 60 staff will move to the operator's new head office in Dunmore, chief executive Rory Tate \
said.\n\n\
The operator bought its newest ship from a yard in Dunmore.\n\n\
A former captain's appeal against the operator was heard by a court in Dunmore last spring.\n\n\
The captain's appeal then went to Westport Circuit Court in June.\n\n\
Councillor Breda Lyne told a party of islanders the cuts were \"a hammer blow for us.\"\n";

/// "Which city / court / party" asks for a name of that kind: the answer is the sentence naming
/// one the question does not, preferring a name holding the kind's noun ("Circuit Court"), and
/// no sentence naming none answers, however well it matches the rest.
#[test]
fn which_city_or_party_wants_a_name_of_that_kind() {
    let kb = kb_of(&[("sources/ferry-cuts.md", FERRY_CUTS)]);
    let a = asked_with(
        &kb,
        "which city will the operator's new head office be in",
        parley::answer::Outcome::Answer,
    );
    assert!(a.hits[0].text.contains("in Dunmore"), "{}", a.hits[0].text);
    let a = asked_with(
        &kb,
        "which court heard the captain's appeal",
        parley::answer::Outcome::Answer,
    );
    assert!(
        a.hits[0].text.contains("Circuit Court"),
        "{}",
        a.hits[0].text
    );
    // A town is no country; "a party of islanders" names no party.
    asked_with(
        &kb,
        "which country did the operator buy its newest ship from",
        parley::answer::Outcome::NoAnswer,
    );
    asked_with(
        &kb,
        "which party is councillor breda lyne in",
        parley::answer::Outcome::NoAnswer,
    );
}

const TERMINAL: &str = "+++\ntitle = \"Harbour board plans new ferry terminal\"\n+++\n\n\
The new ferry terminal at Dunmore will open soon, the harbour board said.\n\n\
Work on the terminal's second pier began on 3 March.\n";

/// "What date" wants a date: a sentence saying only "soon" does not answer it.
#[test]
fn what_date_wants_a_date() {
    let kb = kb_of(&[("sources/terminal.md", TERMINAL)]);
    asked_with(
        &kb,
        "what date will the new ferry terminal at dunmore open",
        parley::answer::Outcome::NoAnswer,
    );
    let a = asked_with(
        &kb,
        "what date did work on the second pier begin",
        parley::answer::Outcome::Answer,
    );
    assert!(a.hits[0].text.contains("3 March"), "{}", a.hits[0].text);
}

const ROWING: &str = "+++\ntitle = \"Rowing club hosts regional regatta\"\n+++\n\n\
The regional regatta on the Lenn river ended on Sunday after two days of racing.\n\n\
\"Everyone cheered the regatta crews on the river all weekend,\" said Ilse Varga, a club \
spokeswoman.\n";

/// "Who led …" asks for someone the answer's words name: a quote's speaker is who said it, and a
/// quote naming nobody does not answer.
#[test]
fn a_quotes_speaker_is_not_who_a_who_question_asks_for() {
    let kb = kb_of(&[("sources/rowing.md", ROWING)]);
    asked_with(
        &kb,
        "who cheered the regatta crews on the river",
        parley::answer::Outcome::NoAnswer,
    );
}

const PEACE_FORCE: &str = "+++\ntitle = \"Minister silent on troops for peace force\"\n+++\n\n\
Talks on a peace force for the region now involve more than 30 countries, the defence minister \
said.\n\n\
The minister would not say how many soldiers the country might send to the force.\n";

const TRAINERS: &str = "+++\ntitle = \"Army trainers return home\"\n+++\n\n\
Last spring the army sent 95 of its soldiers to train allies abroad.\n\n\
In the autumn it sent 40 newly trained soldiers to the border.\n";

/// "How many soldiers" is not answered by a number counting something else ("30 countries"),
/// but may be by one counting them through a function word ("95 of its soldiers").
#[test]
fn how_many_wants_a_number_counting_what_it_asks() {
    let kb = kb_of(&[("sources/peace-force.md", PEACE_FORCE)]);
    asked_with(
        &kb,
        "how many soldiers would the country send to the peace force",
        parley::answer::Outcome::NoAnswer,
    );
    let kb = kb_of(&[("sources/trainers.md", TRAINERS)]);
    let a = asked_with(
        &kb,
        "how many soldiers did the army send to train allies",
        parley::answer::Outcome::Answer,
    );
    assert!(a.hits[0].text.contains("95 of its"), "{}", a.hits[0].text);
    // Words describing what is counted may stand between the number and it.
    let a = asked_with(
        &kb,
        "how many soldiers did the army send to the border in the autumn",
        parley::answer::Outcome::Answer,
    );
    assert!(a.hits[0].text.contains("40 newly"), "{}", a.hits[0].text);
}

const LOAN: &str = "+++\ntitle = \"Council weighs bridge loan\"\n+++\n\n\
The council said it was ready to approve the bridge loan if the port paid half.\n\n\
The port board signed the new harbour lease on Friday.\n\n\
The union faces pressure over whether to stage its march on the quay should the mayor attend \
the ferry launch in June.\n";

/// "Did X actually happen" is not settled by a sentence saying only that it was planned or
/// offered; a sentence saying it happened does answer.
#[test]
fn a_plan_does_not_settle_whether_it_happened() {
    let kb = kb_of(&[("sources/loan.md", LOAN)]);
    asked_with(
        &kb,
        "did the council actually approve the bridge loan",
        parley::answer::Outcome::NoAnswer,
    );
    // A condition ("should the mayor attend") is a prospect too.
    asked_with(
        &kb,
        "did the mayor end up attending the ferry launch in june",
        parley::answer::Outcome::NoAnswer,
    );
    let a = asked_with(
        &kb,
        "did the port board actually sign the new harbour lease",
        parley::answer::Outcome::Answer,
    );
    assert!(a.hits[0].text.contains("signed"), "{}", a.hits[0].text);
}

const SUMMIT_TRIP: &str = "+++\ntitle = \"Minister heads to summit\"\n+++\n\n\
The foreign minister said she would fly out for the regional summit this week.\n\n\
On Thursday the foreign minister flew to Tirana for the summit, her office said.\n";

/// "Where" is answered by a place after any word that puts one there ("to Tirana"), not only
/// after "in" or "at".
#[test]
fn where_is_answered_by_a_place_after_to() {
    let kb = kb_of(&[("sources/summit-trip.md", SUMMIT_TRIP)]);
    let a = asked_with(
        &kb,
        "where did the foreign minister fly out for the summit",
        parley::answer::Outcome::Answer,
    );
    assert!(a.hits[0].text.contains("Tirana"), "{}", a.hits[0].text);
}

const SCARE_QUOTED: &str =
    "+++\ntitle = \"Minister warns against strings on harbour truce\"\n+++\n\n\
Fisheries Minister Tomas Varga has said it would be \u{201c}reckless\u{201d} for the port \
authority to attach conditions to a truce with the trawler crews.\n\n\
Varga said a pause in the dispute would be a first step towards a settlement.\n\n\
The crews walked out on Monday over fuel prices.\n\n\
\u{201c}It would be reckless for the authority to set conditions. Our backing for the fleet \
stays firm,\u{201d} Varga told the Courier.\n\n\
The authority has not commented.\n";

/// A report quoting one word of its speaker's ("it would be “reckless” to …") gives way to the
/// speaker's quote holding that word further down: the lede paraphrases what the quote says
/// verbatim.
#[test]
fn a_report_quoting_one_word_gives_way_to_the_quote_holding_it() {
    let kb = kb_of(&[("sources/truce.md", SCARE_QUOTED)]);
    let a = asked_with(
        &kb,
        "what did varga say about the port authority attaching conditions to the truce",
        parley::answer::Outcome::Answer,
    );
    let top = &a.hits[0];
    assert_eq!(top.kind, parley::model::Kind::Quote, "{}", top.text);
    assert!(
        a.hits[0].text.starts_with("It would be reckless"),
        "{}",
        a.hits[0].text
    );
}

const TURKIYE: &str = "+++\ntitle = \"Grain corridor talks set\"\n+++\n\n\
The harbour authorities of both sides will meet in T\u{fc}rkiye on 15 May to discuss the grain \
corridor, the foreign ministry in Ankara said.\n\n\
Shipping firms welcomed the news.\n";

/// A country goes by its newer name too: "Turkey" in a question finds "Türkiye" in the text.
#[test]
fn a_country_is_found_by_its_newer_name() {
    let kb = kb_of(&[("sources/corridor.md", TURKIYE)]);
    let a = asked_with(
        &kb,
        "when will the harbour authorities meet in turkey",
        parley::answer::Outcome::Answer,
    );
    assert!(a.hits[0].text.contains("15 May"), "{}", a.hits[0].text);
}

const FIVE_MAYORS: &str = "+++\ntitle = \"Harbour initiative\"\n+++\n\n\
On Tuesday, Mayor Ana Ruiz announced a harbour initiative by her and five other mayors.\n\n\
The first meeting is set for June.\n";

/// "Who were the other five mayors in ruizs initiative": the possessive typed without its
/// apostrophe still names Ruiz, so a sentence naming only her names no one else.
#[test]
fn a_possessive_typed_without_its_apostrophe_is_the_person_asked_about() {
    let kb = kb_of(&[("sources/mayors.md", FIVE_MAYORS)]);
    asked_with(
        &kb,
        "who were the other five mayors in ruizs harbour initiative",
        parley::answer::Outcome::NoAnswer,
    );
}

const TRILATERAL: &str = "+++\ntitle = \"Harbour talks end\"\n+++\n\n\
Two days of harbour talks with Norway and the United States in Bergen concluded with \
constructive discussions, the mayor said on Saturday.\n\n\
Each country sent two delegates to the town hall.\n\n\
The next round is planned for next week.\n";

/// A country of several words ("the United States") is a country, read whole: it
/// answers "which country", and is no place of the kind "which hotel" asks for.
#[test]
fn a_country_of_several_words_is_read_whole() {
    let kb = kb_of(&[("sources/trilateral.md", TRILATERAL)]);
    asked_with(
        &kb,
        "which hotel were the harbour talks in bergen held in",
        parley::answer::Outcome::NoAnswer,
    );
    let a = asked_with(
        &kb,
        "which country took part in the harbour talks in bergen with norway",
        parley::answer::Outcome::Answer,
    );
    assert!(
        a.hits[0].text.contains("United States"),
        "{}",
        a.hits[0].text
    );
}

/// A match report that names both sides and the venue but gives the result of only one game.
const CUP_TIE: &str = "+++
title = \"Harbour Town edge past Millbrook in cup tie\"
outlet = \"Example Sport\"
published = \"2026-03-15\"
+++

Harbour Town beat Millbrook Rovers 2-1 at Quayside Park on Saturday to reach the county cup semi-finals.

\"We were second best for an hour and still found a way,\" said Harbour Town manager Ines Calder.

Harbour Town now face Eastfield Athletic, who were too strong for Harbour Town in the league in October.
";

/// "What was the score …" asks for a figure: a sentence about the right game without one (the
/// October league game) does not give it, and the cup tie's result does.
#[test]
fn a_score_question_needs_a_figure() {
    let kb = kb_of(&[("sources/cup.md", CUP_TIE)]);
    let a = ask(
        &kb,
        "what was the score when harbour town played eastfield in october",
        &opts(),
    )
    .unwrap();
    assert!(!a.answered, "{}", a.reply.text());
    answers(
        &kb,
        "what was the final score in the cup tie between harbour town and millbrook",
        "2-1",
    );
}

/// "What did Okoro say about inflation" where Okoro never speaks, and a headline's words are
/// its subject's, not its object's (`Bello praises Minister Okoro and says … “…”`): Okoro is
/// mentioned, not quoted.
#[test]
fn anothers_words_about_a_silent_person_are_not_theirs() {
    let kb = kb_of(&[(
        "sources/budget.md",
        "+++
title = \"Bello praises Minister Okoro and says 20% inflation would be “a great result”\"
outlet = \"Example Post\"
published = \"2025-03-02\"
+++

Bello praises Minister Okoro and says 20% inflation would be “a great result”

President Ada Bello praised Finance Minister Chidi Okoro for his handling of inflation in February and said a rate of 20% would be a great result.

“We expected far worse, so if inflation falls to 20% it is a real achievement,” Bello told a radio station.

Prices for food rose again in the capital last month.
",
    )]);
    let a = ask(
        &kb,
        "What did Okoro say about the inflation figure?",
        &opts(),
    )
    .unwrap();
    assert_eq!(
        a.outcome,
        parley::answer::Outcome::Mentioned,
        "{}",
        a.reply.text()
    );
    assert!(
        a.reply
            .text()
            .contains("Chidi Okoro is mentioned but not quoted"),
        "{}",
        a.reply.text()
    );
    // The speaker's own words still answer a question about them.
    let a = ask(&kb, "What did Bello say about inflation?", &opts()).unwrap();
    assert!(a.answered, "{}", a.reply.text());
}

/// "What are the names of the men …" asks for people's names: a sentence about the men that
/// names no one does not answer it; one naming the judge answers "what's the name of the judge".
#[test]
fn a_question_asking_for_names_wants_someone_named() {
    let kb = kb_of(&[(
        "sources/appeal.md",
        "+++
title = \"Court of Appeal reviews nightclub drug sentences\"
outlet = \"Example Courier\"
published = \"2008-09-01\"
+++

The Crown was appealing the sentences of three young men who pleaded guilty to selling cocaine to undercover officers during Operation Lantern.

Justice Amara Nwosu, president of the Court of Appeal, announced the decision after hearing arguments from the prosecutor.

“It would not be fair to send them back to prison now,” Nwosu said.
",
    )]);
    let a = ask(
        &kb,
        "What are the names of the three men who sold cocaine to the undercover officers?",
        &opts(),
    )
    .unwrap();
    assert!(!a.answered, "{}", a.reply.text());
    let a = ask(
        &kb,
        "what's the name of the president of the court of appeal",
        &opts(),
    )
    .unwrap();
    assert!(a.answered, "{}", a.reply.text());
    assert!(a.hits[0].text.contains("Amara Nwosu"), "{}", a.reply.text());
}

/// "What did Mirza say about Witkoff" where Mirza (a byline's reporter) never speaks: a sentence
/// about her questions is no words of hers, however well it matches. She is mentioned, not
/// quoted.
#[test]
fn a_sentence_naming_a_silent_person_is_not_their_words() {
    let kb = kb_of(&[(
        "sources/interview.md",
        "+++
title = \"Witkoff defends leaked call in television interview\"
outlet = \"Example Wire\"
published = \"2025-11-30\"
+++

By Daniel Brook and Olena Mirza

Envoy Steve Witkoff sat down with reporters for an hour in his office on Sunday.

Ms. Mirza's questions about the leaked call with the Kremlin aide Yuri Ushakov, in which Mr. Witkoff appeared to coach the other side, drew a shrug. “That's negotiating,” he said.

“I did nothing wrong, and I would make that call again,” Witkoff said.
",
    )]);
    let a = ask(&kb, "What did Olena Mirza say about Witkoff?", &opts()).unwrap();
    assert_eq!(
        a.outcome,
        parley::answer::Outcome::Mentioned,
        "{}",
        a.reply.text()
    );
    // Witkoff does speak: his words answer a question about him.
    let a = ask(&kb, "What did Witkoff say about the call?", &opts()).unwrap();
    assert!(a.answered, "{}", a.reply.text());
}

/// "Maria Lopez, what was her comment on the talks?": a name put first and taken up by a pronoun
/// asks about that person, as "what was Maria Lopez's comment on the talks?" does; the reply
/// keeps the question as typed.
#[test]
fn a_name_put_first_is_who_the_question_asks_about() {
    let kb = dated_kb();
    let plain = ask(&kb, "What was Maria Lopez's comment on the talks?", &opts()).unwrap();
    let fronted = ask(
        &kb,
        "Maria Lopez, what was her comment on the talks?",
        &opts(),
    )
    .unwrap();
    assert!(plain.answered, "{}", plain.reply.text());
    assert!(fronted.answered, "{}", fronted.reply.text());
    assert_eq!(fronted.hits[0].text, plain.hits[0].text);
    assert_eq!(
        fronted.question,
        "Maria Lopez, what was her comment on the talks?"
    );
}

/// "Did they agree to a swap?", "What did the ministers decide?": a sentence putting it only in
/// prospect ("will discuss", "to be paid within three days") does not say what came of it, and
/// Parley says it does not know; one reporting it done answers.
#[test]
fn an_outcome_in_prospect_does_not_answer_what_came_of_it() {
    let talks = "+++\ntitle = \"Talks open in Geneva\"\n+++\n\n\
        The delegations will also discuss a possible prisoner exchange in Geneva.\n\n\
        The court set a fine of 50,000 euros for the newspaper, to be paid within three days.\n\n\
        Foreign ministers will meet in Brussels on Monday to discuss support for the harbour \
        towns.\n";
    let kb = kb_of(&[("sources/talks.md", talks)]);
    for q in [
        "Did Russia agree to a prisoner exchange in Geneva?",
        "Did the newspaper pay the fine within the three days?",
        "What did the foreign ministers decide in Brussels about support for the harbour towns?",
    ] {
        asked_with(&kb, q, parley::answer::Outcome::NoAnswer);
    }
    let done = "+++\ntitle = \"Swap agreed\"\n+++\n\n\
        The two sides agreed to a prisoner exchange, which will take place in Geneva next week.\n";
    let kb = kb_of(&[("sources/done.md", done)]);
    answers(
        &kb,
        "Did the two sides agree to a prisoner exchange?",
        "agreed to",
    );
}
