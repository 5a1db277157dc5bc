//! The gaps report: unanswered questions grouped by wording (the retriever's own normalisation),
//! and the answers with the most 👎, each with counts and one example.

/// One group of unanswered questions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unanswered {
    pub wording: String,
    pub count: usize,
    pub example: String,
}

/// One downvoted answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Downvoted {
    pub answer_key: String,
    pub down: usize,
    pub up: usize,
    /// A question the answer was given to.
    pub example: String,
}

/// What `/gaps` shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Gaps {
    pub unanswered: Vec<Unanswered>,
    pub downvoted: Vec<Downvoted>,
}

/// Groups listed in a report, at most.
pub const REPORT_ROWS: usize = 10;

/// The report as text, for `/gaps` and `parley gaps`.
pub fn gap_report(g: &Gaps, days: u64) -> String {
    let mut out = format!("Last {days} days.\n");
    if g.unanswered.is_empty() {
        out.push_str("Unanswered: none.\n");
    } else {
        out.push_str("Unanswered (count, example):\n");
        for u in g.unanswered.iter().take(REPORT_ROWS) {
            out.push_str(&format!("• {} × “{}”\n", u.count, u.example));
        }
    }
    if g.downvoted.is_empty() {
        out.push_str("Downvoted answers: none.\n");
    } else {
        out.push_str("Downvoted answers (👎, 👍, question):\n");
        for d in g.downvoted.iter().take(REPORT_ROWS) {
            out.push_str(&format!("• {} 👎, {} 👍 — “{}”\n", d.down, d.up, d.example));
        }
    }
    out
}
