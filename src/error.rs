//! Typed errors of the library: data errors that name the file and line at fault, and the
//! top-level [`Error`] every fallible library call returns.

use std::fmt;
use std::path::PathBuf;

/// One problem found in the data directory, pointing at the file (and line, when known).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct DataError {
    /// The file at fault, as it was given or found.
    pub file: PathBuf,
    /// 1-based line number, when the problem sits on one line.
    pub line: Option<usize>,
    /// What is wrong, in words an admin can act on.
    pub message: String,
}

impl DataError {
    /// A data error; a multi-line message (as TOML parsers give) is folded onto one line so every
    /// error prints as exactly one `FILE:LINE: message` line.
    pub fn new(file: impl Into<PathBuf>, line: Option<usize>, message: impl Into<String>) -> Self {
        DataError {
            file: file.into(),
            line,
            message: one_line(&message.into()),
        }
    }
}

/// Joins the non-blank lines of `s` with `; `.
fn one_line(s: &str) -> String {
    s.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("; ")
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file.display(), line, self.message),
            None => write!(f, "{}: {}", self.file.display(), self.message),
        }
    }
}

/// A list of [`DataError`]s: loading collects every problem instead of stopping at the first.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DataErrors(pub Vec<DataError>);

impl fmt::Display for DataErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.0.len();
        write!(f, "{n} error{} in the data", if n == 1 { "" } else { "s" })?;
        for e in &self.0 {
            write!(f, "\n  {e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for DataErrors {}

/// Every error the library returns.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The data could not be loaded; every problem found is listed.
    #[error("{0}")]
    Data(DataErrors),
    /// A file or directory could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The settings are invalid.
    #[error("invalid settings: {0}")]
    Settings(String),
    /// The question cannot be asked as given.
    #[error("{0}")]
    Question(String),
}

impl From<DataErrors> for Error {
    fn from(e: DataErrors) -> Self {
        Error::Data(e)
    }
}

impl From<DataError> for Error {
    fn from(e: DataError) -> Self {
        Error::Data(DataErrors(vec![e]))
    }
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_prints_on_one_line() {
        let e = DataError::new("a.md", Some(3), "invalid string\nexpected `\"`\n");
        assert_eq!(e.to_string(), "a.md:3: invalid string; expected `\"`");
    }
}
