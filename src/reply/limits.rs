//! Discord's limits, in one place, and the two ways Parley cuts text to fit them: [`truncate`] at
//! a word with an ellipsis (prose), [`clip`] at a character (labels, choices). The core renders
//! replies within these limits; the Discord adapter clips once more as a last guard.

use super::text;

/// A message's content.
pub const CONTENT: usize = 2000;
/// An embed's title.
pub const EMBED_TITLE: usize = 256;
/// An embed's description.
pub const EMBED_DESCRIPTION: usize = 4096;
/// Fields per embed.
pub const EMBED_FIELDS: usize = 25;
/// A field's name.
pub const FIELD_NAME: usize = 256;
/// A field's value.
pub const FIELD_VALUE: usize = 1024;
/// An embed's footer.
pub const FOOTER: usize = 2048;
/// All of an embed's text together.
pub const EMBED_TOTAL: usize = 6000;
/// Autocomplete choices per response.
pub const CHOICES: usize = 25;
/// Characters per autocomplete choice (and per string option value shown).
pub const CHOICE_CHARS: usize = 100;
/// The longest URL Parley shows (Discord allows 2,048; a longer one is junk or tracking).
pub const URL_MAX: usize = 512;

/// Cuts `s` to at most `max` characters, at a word boundary when one is near, ending with an
/// ellipsis. Never splits a character or leaves a dangling escape backslash.
pub fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let keep = max - 1;
    let cut = s.char_indices().nth(keep).map_or(s.len(), |(i, _)| i);
    let mut head = &s[..cut];
    if let Some(ws) = head.rfind(char::is_whitespace) {
        if head[..ws].chars().count() * 2 >= keep {
            head = &head[..ws];
        }
    }
    let mut head = head.trim_end().to_string();
    let trailing = head.chars().rev().take_while(|&c| c == '\\').count();
    if trailing % 2 == 1 {
        head.pop();
    }
    head.push_str(text::ELLIPSIS);
    head
}

/// Cuts `s` to at most `max` characters (on a char boundary), ending with `…` when cut.
pub fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let mut out: String = s.chars().take(max - 1).collect();
    out.push_str(text::ELLIPSIS);
    out
}

/// A URL that is safe to show as is: http(s), printable ASCII only (a raw URL has no other
/// characters; invisible or look-alike ones hide what it points to), no spaces, no markdown or
/// link characters, and no `@` (which could read as a mention).
pub fn safe_url(url: Option<&str>) -> Option<&str> {
    let u = url?.trim();
    let ok = (u.starts_with("https://") || u.starts_with("http://"))
        && u.len() <= URL_MAX
        && !u
            .chars()
            .any(|c| !c.is_ascii_graphic() || "<>()[]`|*\"'\\@".contains(c));
    ok.then_some(u)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncate_cuts_at_words_and_chars() {
        assert_eq!(truncate("short", 10), "short");
        assert_eq!(truncate("one two three four", 10), "one two…");
        assert_eq!(truncate("ééééééééééé", 5), "éééé…");
        assert_eq!(truncate("ab\\\\\\cd efgh", 6), "ab\\\\…");
        assert_eq!(truncate("x", 0), "");
    }

    #[test]
    fn unsafe_urls_are_dropped() {
        assert_eq!(safe_url(Some("javascript:alert(1)")), None);
        assert_eq!(safe_url(Some("https://a.b/x) [y]")), None);
        assert_eq!(safe_url(Some("https://a.b/x")), Some("https://a.b/x"));
        assert_eq!(safe_url(Some("https://a.b/x\u{200f}@everyone")), None);
        assert_eq!(safe_url(Some("https://a.b/@everyone")), None);
        assert_eq!(safe_url(Some("https://a.b/「x")), None);
    }

    #[test]
    fn clip_respects_char_boundaries() {
        assert_eq!(clip("abc", 3), "abc");
        assert_eq!(clip("ééééé", 3), "éé…");
        assert_eq!(clip("", 0), "");
        assert_eq!(clip("abc", 0), "");
    }
}
