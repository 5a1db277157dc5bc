//! Bytes of a page as text: the charset from the HTTP `Content-Type` header, else from the
//! page's own `<meta charset>` (or `http-equiv`) near its start, else UTF-8 — decoded with
//! `encoding_rs`, never assumed.

use encoding_rs::{Encoding, UTF_8};

/// How far into a page its `<meta charset>` is looked for (the HTML standard says 1,024 bytes).
const META_SCAN_BYTES: usize = 1024;

/// The charset named in a `Content-Type` value (`text/html; charset=windows-1251`).
fn from_content_type(content_type: &str) -> Option<&'static Encoding> {
    content_type.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        (k.trim().eq_ignore_ascii_case("charset"))
            .then(|| Encoding::for_label(v.trim().trim_matches('"').as_bytes()))
            .flatten()
    })
}

/// The charset a page declares in its first bytes.
fn from_meta(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(META_SCAN_BYTES)]).to_lowercase();
    let at = head.find("charset=")? + "charset=".len();
    let label: String = head[at..]
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    Encoding::for_label(label.as_bytes())
}

/// Decodes a page: a byte-order mark wins, then the header's charset, then the page's own.
pub fn decode(bytes: &[u8], content_type: Option<&str>) -> (String, &'static Encoding) {
    let declared = content_type
        .and_then(from_content_type)
        .or_else(|| from_meta(bytes))
        .unwrap_or(UTF_8);
    let (text, used, _) = declared.decode(bytes);
    (text.into_owned(), used)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_then_meta_then_utf8() {
        let (cp1251, _, _) = encoding_rs::WINDOWS_1251.encode("Переговоры");
        let (t, e) = decode(&cp1251, Some("text/html; charset=windows-1251"));
        assert_eq!((t.as_str(), e.name()), ("Переговоры", "windows-1251"));
        let mut page = b"<html><head><meta charset=\"windows-1251\"></head>".to_vec();
        page.extend_from_slice(&cp1251);
        assert!(decode(&page, Some("text/html")).0.ends_with("Переговоры"));
        assert_eq!(decode("Zelenskyy’s".as_bytes(), None).0, "Zelenskyy’s");
    }
}
