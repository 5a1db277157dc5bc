//! Synonym groups from `synonyms.toml` (admin-extendable): words in one group match each other in
//! questions. Parse errors and bad entries are [`DataError`]s naming the file and line.

use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use super::text::{fold, is_stop, words};
use crate::error::{DataError, DataErrors};
use crate::source::line_of;

/// Admin-extendable synonym groups: each group is a list of folded single words.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Synonyms {
    pub groups: Vec<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    group: Vec<Spanned<RawGroup>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGroup {
    words: Vec<Spanned<String>>,
}

impl Synonyms {
    /// Parses `synonyms.toml`:
    ///
    /// ```toml
    /// [[group]]
    /// words = ["truce", "ceasefire", "armistice"]
    /// ```
    ///
    /// Every word must be one word (a hyphenated compound counts as one) that is not a stop word,
    /// and every group needs at least two different words.
    pub fn parse(file: &Path, text: &str) -> Result<Synonyms, DataErrors> {
        let raw: RawFile = toml::from_str(text).map_err(|e| {
            let line = e.span().map(|s| line_of(text, s.start));
            DataErrors(vec![DataError::new(
                file,
                line,
                format!("malformed synonyms file: {}", e.message()),
            )])
        })?;
        let mut errors = Vec::new();
        let mut groups = Vec::new();
        for g in &raw.group {
            let mut group: Vec<String> = Vec::new();
            for w in &g.get_ref().words {
                let line = Some(line_of(text, w.span().start));
                match one_word(w.get_ref()) {
                    Ok(word) => {
                        if !group.contains(&word) {
                            group.push(word);
                        }
                    }
                    Err(msg) => errors.push(DataError::new(file, line, msg)),
                }
            }
            if group.len() < 2
                && g.get_ref()
                    .words
                    .iter()
                    .all(|w| one_word(w.get_ref()).is_ok())
            {
                errors.push(DataError::new(
                    file,
                    Some(line_of(text, g.span().start)),
                    "a synonym group needs at least two different words",
                ));
            }
            if group.len() >= 2 {
                groups.push(group);
            }
        }
        if errors.is_empty() {
            Ok(Synonyms { groups })
        } else {
            Err(DataErrors(errors))
        }
    }
}

/// Folds an entry into the one word it must be (`cease-fire` → `ceasefire`).
fn one_word(entry: &str) -> Result<String, String> {
    let folded = fold(entry.trim());
    let mut plain = Vec::new();
    let mut joined = None;
    words(&folded, |w| {
        if w.joined {
            joined = Some(w.text);
        } else if !w.part {
            plain.push(w.text);
        }
    });
    let word = match (plain.len(), joined) {
        (0, Some(j)) => j,
        (1, None) => plain.remove(0),
        (0, None) => return Err(format!("synonym `{entry}` has no letters or digits")),
        _ => {
            return Err(format!(
                "synonym `{entry}` is several words: use single words (or a hyphenated compound)"
            ))
        }
    };
    if is_stop(&word) {
        return Err(format!(
            "synonym `{entry}` is a stop word that questions never search for"
        ));
    }
    Ok(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Result<Synonyms, DataErrors> {
        Synonyms::parse(Path::new("synonyms.toml"), s)
    }

    #[test]
    fn parses_groups_and_folds_words() {
        let s = parse("[[group]]\nwords = [\"Truce\", \"cease-fire\", \"armistice\"]\n").unwrap();
        assert_eq!(s.groups, vec![vec!["truce", "ceasefire", "armistice"]]);
    }

    #[test]
    fn bad_entries_name_their_line() {
        let e = parse("[[group]]\nwords = [\"truce\",\n  \"peace talks\"]\n[[group]]\nwords = [\"the\", \"x\"]\n")
            .unwrap_err();
        let shown: Vec<String> = e.0.iter().map(ToString::to_string).collect();
        assert!(
            shown[0].starts_with("synonyms.toml:3: synonym `peace talks` is several words"),
            "{shown:?}"
        );
        assert!(
            shown[1].starts_with("synonyms.toml:5: synonym `the` is a stop word"),
            "{shown:?}"
        );
    }

    #[test]
    fn malformed_toml_and_small_groups_are_errors() {
        let e = parse("[[group]]\nwords = [\"a\" \"b\"]\n").unwrap_err();
        assert_eq!(e.0[0].line, Some(2));
        let e = parse("[[group]]\nwords = [\"truce\", \"Truce\"]\n").unwrap_err();
        assert!(e.0[0].message.contains("at least two"));
        let e = parse("[[group]]\nword = [\"truce\"]\n").unwrap_err();
        assert!(e.0[0].message.contains("malformed"));
    }

    #[test]
    fn shipped_file_parses() {
        let text = include_str!("../../data/synonyms.toml");
        let s = parse(text).unwrap();
        assert!(s.groups.len() >= 10);
    }
}
