//! Word knowledge shared by extraction and question analysis, one list per kind: the verbs of
//! speech and judgement ([`verbs`]), how spellings of a name fold together ([`names`]), the
//! shapes of questions ([`questions`]: overview, recency, yes/no, quantity cues), the months
//! ([`dates`]), the nouns of
//! roles and unnamed sources ([`roles`]), the words a general lexicon relates to a word
//! ([`related`]), how common a word is in English ([`frequency`]), and the
//! allocation-free word lists they are looked up in ([`wordset`]). It imports nothing else of
//! Parley's.

pub mod dates;
pub mod frequency;
pub mod names;
pub mod questions;
pub mod related;
pub mod roles;
pub mod verbs;
pub mod wordset;

pub use names::name_key;
pub use related::{
    abbreviations_opening_with, country_forms, country_word, country_words, is_abbreviation,
    is_country_name, is_place_preposition, names_country, phrases, related_words, same_country,
};
pub use roles::{
    describes_person, is_past_role, is_role_noun, is_source_noun, may_be_office_form,
    resembles_role_noun, role_is_female, same_office,
};
pub use verbs::{
    asks_given_words, calls_for, irregular_forms, is_after_quote_verb, is_asking_noun,
    is_asking_word, is_auxiliary, is_be_form, is_inverting_verb, is_judgement_verb, is_participle,
    is_questioned_participle, is_reporting_verb, is_speech_participle, is_statement_verb,
    is_strong_reporting_verb, is_view_verb, is_voiced_stance, outcome_form, reports_outcome,
    reports_that, states_intent,
};
pub use wordset::WordSet;
