//! Feedback: the questions people ask (answered or not, the hits shown) and their 👍/👎 votes on
//! answers, kept so admins can see which questions go unanswered and which answers are wrong
//! (`/gaps`, `parley gaps`). Behind the [`FeedbackStore`] trait: an embedded SQLite file
//! ([`sqlite::SqliteStore`]) for one host, or nothing at all ([`NoStore`], storage off); a server
//! database can implement the same trait for many hosts. Users are stored only as salted hashes.

pub mod gaps;
pub mod sqlite;

use std::time::{Duration, SystemTime};

pub use gaps::{gap_report, Gaps};
pub use sqlite::SqliteStore;

/// One question as it is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionRecord {
    pub at: SystemTime,
    pub user: u64,
    pub question: String,
    /// The retriever's normalised wording (folded content words), for grouping.
    pub wording: String,
    pub answered: bool,
    /// The key the answer's vote buttons carry (none for a "no answer").
    pub answer_key: Option<String>,
    /// Ids of the hits shown.
    pub hits: Vec<String>,
}

/// What a vote did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VoteOutcome {
    /// The user's first vote on this answer.
    Recorded,
    /// The user changed their vote.
    Changed,
    /// The same vote again: nothing changed.
    Unchanged,
}

/// Errors of the feedback store. Answering never depends on it.
#[derive(Debug, thiserror::Error)]
pub enum FeedbackError {
    #[error("the feedback database {path} cannot be used: {reason}")]
    Open { path: String, reason: String },
    #[error("the feedback database failed: {0}")]
    Query(String),
}

/// Where feedback goes.
pub trait FeedbackStore: Send + Sync {
    fn record_question(&self, q: &QuestionRecord) -> Result<(), FeedbackError>;
    /// One vote per user per answer; a second click changes it.
    fn vote(
        &self,
        answer_key: &str,
        user: u64,
        up: bool,
        at: SystemTime,
    ) -> Result<VoteOutcome, FeedbackError>;
    /// Deletes everything older than `before`; returns how many rows went.
    fn purge(&self, before: SystemTime) -> Result<usize, FeedbackError>;
    /// Unanswered questions and downvoted answers since `since`.
    fn gaps(&self, since: SystemTime) -> Result<Gaps, FeedbackError>;
}

/// Storage off: nothing is written, nothing is reported.
#[derive(Debug, Default, Clone, Copy)]
pub struct NoStore;

impl FeedbackStore for NoStore {
    fn record_question(&self, _: &QuestionRecord) -> Result<(), FeedbackError> {
        Ok(())
    }
    fn vote(&self, _: &str, _: u64, _: bool, _: SystemTime) -> Result<VoteOutcome, FeedbackError> {
        Ok(VoteOutcome::Recorded)
    }
    fn purge(&self, _: SystemTime) -> Result<usize, FeedbackError> {
        Ok(0)
    }
    fn gaps(&self, _: SystemTime) -> Result<Gaps, FeedbackError> {
        Ok(Gaps::default())
    }
}

/// The moment `days` days before `now` (the start of a retention window or a report).
pub fn days_before(now: SystemTime, days: u64) -> SystemTime {
    now.checked_sub(Duration::from_secs(days.saturating_mul(86_400)))
        .unwrap_or(SystemTime::UNIX_EPOCH)
}
