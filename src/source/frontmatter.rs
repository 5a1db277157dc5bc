//! TOML front matter between two `+++` lines at the top of an article: title, outlet, url,
//! published (YYYY-MM-DD) and author, all optional; unknown keys are errors.

use std::path::Path;

use serde::Deserialize;

use crate::model::SourceMeta;

use crate::error::{DataError, DataErrors};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMeta {
    title: Option<String>,
    outlet: Option<String>,
    url: Option<String>,
    published: Option<toml::Value>,
    author: Option<String>,
}

fn is_fence(line: &str) -> bool {
    line.trim_end() == "+++"
}

/// Splits off the front matter. Returns the metadata and the byte offset where the body starts.
pub(super) fn split(file: &Path, text: &str) -> Result<(SourceMeta, usize), DataErrors> {
    let stem = file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let first_end = text[bom..].find('\n').map_or(text.len(), |i| bom + i);
    if !is_fence(&text[bom..first_end]) {
        let meta = SourceMeta {
            title: stem,
            ..SourceMeta::default()
        };
        return Ok((meta, bom));
    }
    let toml_start = (first_end + 1).min(text.len());
    let mut pos = toml_start;
    let mut close = None;
    while pos < text.len() {
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        if is_fence(&text[pos..end]) {
            close = Some((pos, (end + 1).min(text.len())));
            break;
        }
        pos = end + 1;
    }
    let err = |line: usize, msg: String| DataErrors(vec![DataError::new(file, Some(line), msg)]);
    let Some((toml_end, body_start)) = close else {
        return Err(err(
            1,
            "front matter opened with `+++` is never closed by a `+++` line".into(),
        ));
    };
    let toml_text = &text[toml_start..toml_end];
    let first_line = super::line_of(text, toml_start);
    let raw: RawMeta = toml::from_str(toml_text).map_err(|e| {
        let line = e.span().map_or(first_line, |s| {
            first_line + super::line_of(toml_text, s.start) - 1
        });
        err(line, format!("malformed front matter: {}", e.message()))
    })?;
    let key_line = |key: &str| {
        toml_text
            .lines()
            .position(|l| l.trim_start().starts_with(key))
            .map_or(first_line, |i| first_line + i)
    };
    let published = match raw.published {
        None => None,
        Some(v) => Some(parse_date(&v).ok_or_else(|| {
            err(
                key_line("published"),
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
                key_line("url"),
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
fn one_line(s: &str) -> String {
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
        let e = meta("+++\ntitle = \"x\"\nsource = \"y\"\n+++\nBody").unwrap_err();
        assert_eq!(e.0[0].line, Some(3), "{}", e);
        assert!(e.0[0].message.contains("source"), "{}", e);
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
    fn no_front_matter_means_stem_title() {
        let (m, body) = meta("Just text").unwrap();
        assert_eq!((m.title.as_str(), body), ("x", 0));
    }
}
