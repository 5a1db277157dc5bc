//! The one check of a question before it is searched: not blank, and not longer than the one
//! limit (`retrieval.max_question_chars`). The CLI, `/ask` and mentions all go through it.

use std::fmt;

use crate::reply::text;

/// The default longest question, in characters; `config/default.toml` ships the same value.
pub const MAX_QUESTION_CHARS: usize = 500;

/// Why a question cannot be searched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QuestionError {
    /// Nothing but white space.
    Empty,
    /// Longer than the limit.
    TooLong { chars: usize, max: usize },
}

impl fmt::Display for QuestionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            QuestionError::Empty => f.write_str(text::EMPTY_QUESTION),
            QuestionError::TooLong { chars, max } => {
                f.write_str(&text::question_too_long(*max, *chars))
            }
        }
    }
}

impl std::error::Error for QuestionError {}

/// Checks a question: `Ok` when it can be searched.
pub fn check_question(question: &str, max_chars: usize) -> Result<(), QuestionError> {
    let q = question.trim();
    if q.is_empty() {
        return Err(QuestionError::Empty);
    }
    let chars = q.chars().count();
    if chars > max_chars {
        return Err(QuestionError::TooLong {
            chars,
            max: max_chars,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_and_long_questions_are_refused_by_characters() {
        assert_eq!(check_question(" \t\n", 10), Err(QuestionError::Empty));
        assert_eq!(check_question("ééééé", 5), Ok(()));
        assert_eq!(
            check_question(" éééééé ", 5),
            Err(QuestionError::TooLong { chars: 6, max: 5 })
        );
    }
}
