//! The core's entry points, one file each, that the CLI and the Discord adapter call: [`ask`] a
//! question, [`suggest`] questions while someone types, list a person's quotes
//! ([`person_quotes`]), describe the loaded sources ([`sources_overview`]), and [`help`]. A
//! question is checked in one place ([`question`]) against one limit.
//!
//! Every entry point hands out retrieved items as one type, [`Hit`].

mod ask;
pub mod buttons;
pub mod follow_up;
mod help;
mod hit;
mod instance;
mod named;
mod overview;
mod person;
pub mod question;
mod sources;
mod suggest;

pub use ask::{
    ask, AskOptions, MIN_COVERAGE, MIN_COVERAGE_QUANTITY, MIN_COVERAGE_ROLE, MIN_COVERAGE_YES_NO,
    MIN_TOPIC_COVERAGE, SPEAKER_MIN_COVERAGE,
};
pub use help::help;
pub use hit::{item_of, Answer, Hit, Outcome};
pub use person::{find_person, person_quotes, suggest_people};
pub use question::{check_question, QuestionError, MAX_QUESTION_CHARS};
pub use sources::sources_overview;
pub use suggest::suggest;
