//! Front matter at the top of an article: TOML between two `+++` lines, or the flat `key: value`
//! lines Markdown tools write between two `---` lines. Title, outlet (or source), url, published
//! (or date, YYYY-MM-DD) and author, all optional; unknown keys are errors.

use std::path::Path;

use serde::Deserialize;

use crate::model::SourceMeta;

use crate::error::{DataError, DataErrors};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMeta {
    title: Option<String>,
    #[serde(alias = "source")]
    outlet: Option<String>,
    url: Option<String>,
    #[serde(alias = "date")]
    published: Option<toml::Value>,
    author: Option<String>,
}

/// The line that opens and closes front matter: `+++` around TOML, `---` around `key: value`
/// lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fence {
    Toml,
    Yaml,
}

fn fence(line: &str) -> Option<Fence> {
    match line.trim_end() {
        "+++" => Some(Fence::Toml),
        "---" => Some(Fence::Yaml),
        _ => None,
    }
}

/// Is a line a `key: value` line (`title: Talks resume`, `author:`)?
fn is_key_line(line: &str) -> bool {
    line.split_once(':').is_some_and(|(k, _)| is_key(k))
}

fn is_key(k: &str) -> bool {
    k.starts_with(|c: char| c.is_ascii_alphabetic())
        && k.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// A string as a TOML basic string.
fn toml_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The `key: value` lines between `---` fences as TOML, line for line (so an error's line is
/// the same in both): a double-quoted value as it is (YAML's escapes are TOML's), a single-quoted
/// one unquoted (`''` is `'`), a date bare, any other value as a string; a key with no value is
/// left out. Err: (index of the line, what is wrong with it).
fn yaml_as_toml(block: &str) -> Result<String, (usize, String)> {
    let mut out = String::with_capacity(block.len() + 16);
    for (i, line) in block.lines().enumerate() {
        let line = line.trim_end();
        let trimmed = line.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            out.push('\n');
            continue;
        }
        let Some((key, value)) = line.split_once(':').filter(|(k, _)| is_key(k)) else {
            return Err((
                i,
                format!(
                    "front matter between `---` lines holds `key: value` lines only \
                     (no lists or nested keys), found {trimmed:?}"
                ),
            ));
        };
        let value = value.trim();
        let toml_value = if value.is_empty() {
            None
        } else if value.len() >= 2 && value.starts_with('"') && value.ends_with('"') {
            Some(value.to_string())
        } else if value.len() >= 2 && value.starts_with('\'') && value.ends_with('\'') {
            Some(toml_string(&value[1..value.len() - 1].replace("''", "'")))
        } else if calendar_date(value).is_some() {
            Some(value.to_string())
        } else {
            Some(toml_string(value))
        };
        if let Some(v) = toml_value {
            out.push_str(key);
            out.push_str(" = ");
            out.push_str(&v);
        }
        out.push('\n');
    }
    Ok(out)
}

/// Splits off the front matter. Returns the metadata and the byte offset where the body starts.
pub(super) fn split(file: &Path, text: &str) -> Result<(SourceMeta, usize), DataErrors> {
    let stem = file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let first_end = text[bom..].find('\n').map_or(text.len(), |i| bom + i);
    let toml_start = (first_end + 1).min(text.len());
    let no_meta = || {
        let meta = SourceMeta {
            title: stem.clone(),
            ..SourceMeta::default()
        };
        Ok((meta, bom))
    };
    let Some(kind) = fence(&text[bom..first_end]) else {
        return no_meta();
    };
    // A `---` rule over a line of text opens a body, not front matter: that opens with a key.
    let first_key = text[toml_start..]
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'));
    if kind == Fence::Yaml && !first_key.is_some_and(is_key_line) {
        return no_meta();
    }
    let mut pos = toml_start;
    let mut close = None;
    while pos < text.len() {
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        if fence(&text[pos..end]) == Some(kind) {
            close = Some((pos, (end + 1).min(text.len())));
            break;
        }
        pos = end + 1;
    }
    let err = |line: usize, msg: String| DataErrors(vec![DataError::new(file, Some(line), msg)]);
    let mark = match kind {
        Fence::Toml => "+++",
        Fence::Yaml => "---",
    };
    let Some((toml_end, body_start)) = close else {
        return Err(err(
            1,
            format!("front matter opened with `{mark}` is never closed by a `{mark}` line"),
        ));
    };
    let first_line = super::line_of(text, toml_start);
    let converted;
    let toml_text = match kind {
        Fence::Toml => &text[toml_start..toml_end],
        Fence::Yaml => {
            converted = yaml_as_toml(&text[toml_start..toml_end])
                .map_err(|(i, msg)| err(first_line + i, msg))?;
            converted.as_str()
        }
    };
    let raw: RawMeta = toml::from_str(toml_text).map_err(|e| {
        let line = e.span().map_or(first_line, |s| {
            first_line + super::line_of(toml_text, s.start) - 1
        });
        err(line, format!("malformed front matter: {}", e.message()))
    })?;
    let key_line = |keys: &[&str]| {
        toml_text
            .lines()
            .position(|l| keys.iter().any(|k| l.trim_start().starts_with(k)))
            .map_or(first_line, |i| first_line + i)
    };
    let published = match raw.published {
        None => None,
        Some(v) => Some(parse_date(&v).ok_or_else(|| {
            err(
                key_line(&["published", "date"]),
                format!("`published` must be a date YYYY-MM-DD, found {v}"),
            )
        })?),
    };
    let nonempty = |s: Option<String>| s.map(|s| one_line(&s)).filter(|s| !s.is_empty());
    let url = nonempty(raw.url);
    if let Some(u) = &url {
        let ok = (u.starts_with("https://") || u.starts_with("http://")) && !u.contains(' ');
        if !ok {
            return Err(err(
                key_line(&["url"]),
                format!("`url` must be an http:// or https:// address without spaces, found {u:?}"),
            ));
        }
    }
    let meta = SourceMeta {
        title: nonempty(raw.title).unwrap_or(stem),
        outlet: nonempty(raw.outlet),
        url,
        published,
        author: nonempty(raw.author),
    };
    Ok((meta, body_start))
}

/// A metadata value as one line: control characters (line breaks, tabs, escapes) become spaces and
/// runs of whitespace one space, so a title never breaks a citation line or the terminal.
pub(super) fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Accepts a TOML date (`2025-08-17`) or a string holding one; checks the calendar.
fn parse_date(v: &toml::Value) -> Option<String> {
    let s = match v {
        toml::Value::String(s) => s.trim().to_string(),
        toml::Value::Datetime(d) if d.time.is_none() && d.offset.is_none() => d.to_string(),
        _ => return None,
    };
    calendar_date(&s)
}

/// `YYYY-MM-DD` when it is a date of the calendar (leap years included), else `None`.
pub fn calendar_date(s: &str) -> Option<String> {
    let parts: Vec<&str> = s.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return None;
    };
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (y, m, d): (u32, u32, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (1..=days).contains(&d).then(|| s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(text: &str) -> Result<(SourceMeta, usize), DataErrors> {
        split(Path::new("data/sources/x.md"), text)
    }

    #[test]
    fn reads_all_fields() {
        let text = "+++\ntitle = \"T\"\noutlet = \"O\"\nurl = \"https://e.x\"\npublished = 2025-08-17\nauthor = \"A\"\n+++\nBody.";
        let (m, body) = meta(text).unwrap();
        assert_eq!(m.title, "T");
        assert_eq!(m.published.as_deref(), Some("2025-08-17"));
        assert_eq!(&text[body..], "Body.");
    }

    #[test]
    fn string_date_is_accepted_and_checked() {
        assert!(meta("+++\npublished = \"2024-02-29\"\n+++\n").is_ok());
        let e = meta("+++\ntitle = \"x\"\npublished = \"2023-02-29\"\n+++\n").unwrap_err();
        assert_eq!(e.0[0].line, Some(3));
    }

    #[test]
    fn unknown_key_names_its_line() {
        let e = meta("+++\ntitle = \"x\"\nsorce = \"y\"\n+++\nBody").unwrap_err();
        assert_eq!(e.0[0].line, Some(3), "{}", e);
        assert!(e.0[0].message.contains("sorce"), "{}", e);
    }

    #[test]
    fn malformed_toml_and_unclosed_fence() {
        let e = meta("+++\ntitle = \n+++\n").unwrap_err();
        assert_eq!(e.0[0].line, Some(2), "{}", e);
        let e = meta("+++\ntitle = \"x\"\n").unwrap_err();
        assert_eq!(e.0[0].line, Some(1));
    }

    #[test]
    fn values_are_one_line_and_urls_are_web_addresses() {
        let (m, _) = meta("+++\ntitle = \"\"\"Two\n  lines\\u001b[31m\trest\"\"\"\n+++\n").unwrap();
        assert_eq!(m.title, "Two lines [31m rest");
        let (m, _) = meta("+++\nurl = \" https://e.x/a \"\n+++\n").unwrap();
        assert_eq!(m.url.as_deref(), Some("https://e.x/a"));
        let e = meta("+++\ntitle = \"x\"\nurl = \"javascript:alert(1)\"\n+++\n").unwrap_err();
        assert_eq!(e.0[0].line, Some(3), "{e}");
        assert!(e.0[0].message.contains("http"), "{e}");
        assert!(meta("+++\nurl = \"https://e.x/a b\"\n+++\n").is_err());
    }

    #[test]
    fn yaml_front_matter_between_dashes_is_read() {
        // What Markdown tools write (Jekyll, Hugo, Obsidian): `key: value` lines, quoted or not,
        // with `source` for the outlet and `date` for the day it was published.
        let text =
            "---\ntitle: \"Envoys \\\"meet\\\" in Geneva\"\nsource: 'Example Wire''s desk'\n\
                    # a comment\nurl: https://e.x/a\ndate: 2025-08-17\nauthor:\n---\nBody.";
        let (m, body) = meta(text).unwrap();
        assert_eq!(m.title, "Envoys \"meet\" in Geneva");
        assert_eq!(m.outlet.as_deref(), Some("Example Wire's desk"));
        assert_eq!(m.url.as_deref(), Some("https://e.x/a"));
        assert_eq!(m.published.as_deref(), Some("2025-08-17"));
        assert_eq!(m.author, None);
        assert_eq!(&text[body..], "Body.");
        // A bare title with a colon in it is the whole rest of the line.
        let (m, _) = meta("---\ntitle: Geneva: talks resume\n---\nBody.").unwrap();
        assert_eq!(m.title, "Geneva: talks resume");
    }

    #[test]
    fn bad_yaml_front_matter_names_its_line() {
        // An unknown key, a bad date, a line that is no `key: value`: each names its line.
        let e = meta("---\ntitle: x\ntags: [a, b]\n---\nBody").unwrap_err();
        assert_eq!(e.0[0].line, Some(3), "{e}");
        assert!(e.0[0].message.contains("tags"), "{e}");
        let e = meta("---\ntitle: x\ndate: 2023-02-29\n---\n").unwrap_err();
        assert_eq!(e.0[0].line, Some(3), "{e}");
        let e = meta("---\ntitle: x\n  - nested\n---\n").unwrap_err();
        assert_eq!(e.0[0].line, Some(3), "{e}");
        // Opened and never closed.
        let e = meta("---\ntitle: x\nBody").unwrap_err();
        assert_eq!(e.0[0].line, Some(1), "{e}");
        // A body that opens with a rule under a line of text is a body, not front matter.
        let (m, body) = meta("---\nTalks resumed on Monday.\n").unwrap();
        assert_eq!((m.title.as_str(), body), ("x", 0));
    }

    #[test]
    fn no_front_matter_means_stem_title() {
        let (m, body) = meta("Just text").unwrap();
        assert_eq!((m.title.as_str(), body), ("x", 0));
    }
}
