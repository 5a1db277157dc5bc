//! `curated.toml`: corrections admins make to what extraction got wrong — set a quote's speaker,
//! add a person (or an alias or role to one), hide a fact or a quote. Every error names the file
//! and line.
//!
//! ```toml
//! [[quote]]
//! id = "seed:q-1a2b3c4d"
//! speaker = "Marco Rubio"        # "" clears the speaker
//!
//! [[person]]
//! name = "Marco Rubio"
//! role = "US Secretary of State"
//! aliases = ["Secretary Rubio"]
//!
//! [[hide]]
//! id = "seed:f-5e6f7a8b"          # a fact or a quote
//! ```

use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::error::{DataError, DataErrors};
use crate::model::{Person, Source};
use crate::source::line_of;

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawCurated {
    #[serde(default)]
    quote: Vec<QuoteFix>,
    #[serde(default)]
    person: Vec<PersonFix>,
    #[serde(default)]
    hide: Vec<Hide>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct QuoteFix {
    id: Spanned<String>,
    speaker: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PersonFix {
    name: Spanned<String>,
    role: Option<String>,
    #[serde(default)]
    aliases: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Hide {
    id: Spanned<String>,
}

/// Parsed corrections, applied by [`Curated::apply`].
#[derive(Debug, Default)]
pub struct Curated {
    file: PathBuf,
    text: String,
    raw: RawCurated,
}

impl Curated {
    /// Parses the file's text; `file` is the name errors use.
    pub fn parse(file: &Path, text: &str) -> Result<Curated, DataErrors> {
        let raw: RawCurated = toml::from_str(text).map_err(|e| {
            let line = e.span().map(|s| line_of(text, s.start));
            DataErrors(vec![DataError::new(
                file,
                line,
                format!("invalid curated file: {}", e.message()),
            )])
        })?;
        Ok(Curated {
            file: file.to_path_buf(),
            text: text.to_string(),
            raw,
        })
    }

    fn err(&self, span: Range<usize>, msg: String) -> DataError {
        DataError::new(&self.file, Some(line_of(&self.text, span.start)), msg)
    }

    /// Applies the corrections to the extracted sources; every dangling reference is an error.
    pub fn apply(&self, sources: &mut [Source]) -> Result<(), DataErrors> {
        let mut errors = Vec::new();
        for p in &self.raw.person {
            let name = p.name.get_ref().trim();
            if name.is_empty() {
                errors.push(self.err(p.name.span(), "a person needs a non-empty `name`".into()));
                continue;
            }
            let mut found = false;
            for s in sources.iter_mut() {
                if let Some(person) = s.people.iter_mut().find(|x| x.name == name) {
                    found = true;
                    if p.role.is_some() {
                        person.role.clone_from(&p.role);
                    }
                    for a in &p.aliases {
                        if !person.aliases.contains(a) {
                            person.aliases.push(a.clone());
                        }
                    }
                }
            }
            if !found {
                // A person no article names yet: attach to the first source so it is known.
                if let Some(s) = sources.first_mut() {
                    s.people.push(Person {
                        other_roles: Vec::new(),
                        name: name.to_string(),
                        role: p.role.clone(),
                        aliases: p.aliases.clone(),
                    });
                }
            }
        }
        for q in &self.raw.quote {
            let id = q.id.get_ref();
            let Some(quote) = sources
                .iter_mut()
                .flat_map(|s| s.quotes.iter_mut())
                .find(|x| &x.id == id)
            else {
                errors.push(self.err(q.id.span(), format!("no quote has the id `{id}`")));
                continue;
            };
            let speaker = q.speaker.get_ref().trim();
            quote.speaker = (!speaker.is_empty()).then(|| speaker.to_string());
        }
        for h in &self.raw.hide {
            let id = h.id.get_ref();
            let mut found = false;
            for s in sources.iter_mut() {
                let (nf, nq) = (s.facts.len(), s.quotes.len());
                s.facts.retain(|f| &f.id != id);
                s.quotes.retain(|q| &q.id != id);
                found |= s.facts.len() != nf || s.quotes.len() != nq;
            }
            if !found {
                errors.push(self.err(h.id.span(), format!("no fact or quote has the id `{id}`")));
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(DataErrors(errors))
        }
    }
}
