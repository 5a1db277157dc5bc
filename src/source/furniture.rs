//! Page furniture: the lines of a web page that are not the story (bylines, photo captions and
//! credits, read-time and updated lines, share buttons, "Read more" and newsletter promos,
//! reporting credits) and the dateline that opens a wire story (`MOSCOW, Dec 2 (Reuters) -`).
//! Such lines never become paragraphs, facts or section headings.

use crate::lexicon::dates::is_month;
use crate::lexicon::{irregular_forms, is_auxiliary};

/// Line openings (compared ignoring ASCII case, as whole words) that mark a whole line as
/// furniture.
#[rustfmt::skip]
const FURNITURE_PREFIXES: &[&str] = &[
    "published:", "updated:", "last updated", "first published",
    "read more", "read also", "follow us", "follow ap", "sign up", "subscribe",
    "advertisement", "story continues", "related articles", "related article", "related:",
    "related video", "related topics", "editor:", "© ",
    "(reporting by", "reporting by", "additional reporting",
    "our standards:", "in this article:", "click here", "get the latest",
    "listen to this article", "more for you", "bookmark", "current news",
    "watch again", "learn more", "skip to", "leave a reply", "leave a comment",
    // Link promos between paragraphs (`Also read: …`). A `Watch: Zelensky says '…'` video line
    // stays: its quote is the speaker's.
    "watch live", "listen:", "also read", "see also", "most read", "more on this story",
    "more to follow", "this browser does not support", "companies in this story", "stock image",
    "file photo", "file image", "source link", "mail this article",
];

/// Line openings that are furniture only on a line that does not end like a sentence: story text
/// may open with them too ("Share prices slid.", "Published on Monday, the report found …").
#[rustfmt::skip]
const FURNITURE_OPENERS: &[&str] = &[
    "share", "updated", "published", "copyright", "sponsored", "edited by", "translated from",
    // The buttons of a share bar ("• Print", "Email", "Copy link").
    "print", "email", "copy link", "comments",
    "writing by", "story by", "in other news", "download the", "reporting from",
    // A link line: "Read Example Daily news on Google News", "Read: talks stall again".
    "read",
];

/// Promo openings that mark a sentence as furniture even inside a paragraph, where a page glued
/// its newsletter line to the story ("… he said.Get the latest news — sign up").
#[rustfmt::skip]
const PROMO_OPENERS: &[&str] = &[
    "get the latest", "sign up", "read more", "subscribe to", "click here", "follow us",
];

/// Phrases that mark a short line that is no sentence as a promo wherever they stand.
const PROMO_PHRASES: &[&str] = &["your inbox", "newsletter"];

/// Glyphs a page puts before a line: share-bar bullets and link arrows.
const LINE_GLYPHS: &[char] = &['•', '·', '▪', '+', '►', '▶', '»', '>'];

/// Does `lower` open with `prefix` as whole words (`share` opens "share this", not "shares")?
fn opens_with(lower: &str, prefix: &str) -> bool {
    lower.starts_with(prefix)
        && (prefix.ends_with(|c: char| !c.is_alphanumeric())
            || !lower[prefix.len()..].starts_with(char::is_alphanumeric))
}

/// Is this sentence a promo line (a newsletter or "Read more" line glued into a paragraph)?
pub fn is_promo_sentence(sentence: &str) -> bool {
    // Called on every sentence: the word count first, lower-casing only the short ones.
    let line = sentence.trim();
    line.split_whitespace().count() <= MAX_BYLINE_WORDS && {
        let lower = line.to_lowercase();
        PROMO_OPENERS.iter().any(|p| opens_with(&lower, p))
    }
}

/// Markers of a photo caption or credit anywhere in a line.
#[rustfmt::skip]
const CAPTION_MARKERS: &[&str] = &[
    "(image:", "image:", "credit:", "credit...", "photograph:", "photo:", "(photo", "via getty",
    "getty images", "/afp", "/ap photo", "picture alliance", "/reuters", "(pool", "pool photo",
    "provided by", "(picture:", "(pictures:", "(pic:",
];

/// A site menu's links, each a whole line (compared ignoring case).
const MENU_LINKS: &[&str] = &[
    "more",
    "menu",
    "home",
    "search",
    "close",
    "next",
    "previous",
    "back to top",
    "back to top button",
    "trending",
    "top stories",
];

/// Newsroom titles that end a byline's second line (`Contributing Writer`, `Senior Political
/// Correspondent`): the writer's, never a person's in the story.
const WRITER_TITLES: &[&str] = &[
    "writer",
    "reporter",
    "correspondent",
    "columnist",
    "contributor",
    "journalist",
];

/// Most words a writer's newsroom title line may have.
const MAX_WRITER_TITLE_WORDS: usize = 4;

/// Most words a byline (`By A, B and C`) or a read-time line may have.
const MAX_BYLINE_WORDS: usize = 14;

/// Fewest letters of a place in capitals (`KYIV`; `AP`, `US` are not places).
const MIN_CAPS_PLACE_LETTERS: usize = 3;

/// Most words a dateline's place and date may have (`WASHINGTON, Dec. 2, 2025`).
const MAX_PLACE_WORDS: usize = 5;

/// Most bytes a dateline may take at the start of a paragraph.
const MAX_DATELINE_BYTES: usize = 70;

/// Labels a page may put before a date stamp glued to the lede (`date 2024-03-05 The …`).
const DATE_STAMP_LABELS: &[&str] = &["date", "published", "updated", "posted"];

/// The byte length of a page's date stamp opening a paragraph, with its label and time if any
/// (`date 2024-03-05 `, `Published: 2024-03-05 14:20 `), when story text follows; else 0.
fn date_stamp_len(block: &str) -> usize {
    let mut rest = block;
    for label in DATE_STAMP_LABELS {
        let opens = rest
            .get(..label.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(label));
        if opens {
            let after = rest[label.len()..]
                .strip_prefix(':')
                .unwrap_or(&rest[label.len()..]);
            if after.starts_with(char::is_whitespace) {
                rest = after.trim_start();
                break;
            }
        }
    }
    // `YYYY-MM-DD`, then an optional `HH:MM` or `HH:MM:SS`.
    let iso = |s: &str| {
        let b = s.as_bytes();
        b.len() >= 10
            && b[..10].iter().enumerate().all(|(i, c)| {
                if i == 4 || i == 7 {
                    *c == b'-'
                } else {
                    c.is_ascii_digit()
                }
            })
    };
    if !iso(rest) {
        return 0;
    }
    rest = &rest[10..];
    let clock = rest.trim_start();
    let time_len = clock
        .find(char::is_whitespace)
        .filter(|&n| {
            clock[..n]
                .split(':')
                .all(|p| p.len() == 2 && p.bytes().all(|c| c.is_ascii_digit()))
        })
        .filter(|&n| n >= 5)
        .unwrap_or(0);
    if time_len > 0 && rest.starts_with(char::is_whitespace) {
        rest = &clock[time_len..];
    }
    if !rest.starts_with(char::is_whitespace) {
        return 0;
    }
    let story = rest.trim_start();
    if story.is_empty() || story.starts_with(char::is_lowercase) {
        return 0;
    }
    block.len() - story.len()
}

/// News agencies whose name alone on a line credits the story (`Associated Press` under a
/// repost), in lower case.
#[rustfmt::skip]
const AGENCIES: &[&str] = &[
    "associated press", "the associated press", "ap", "reuters", "afp", "agence france-presse",
    "bloomberg", "tass", "ria novosti", "interfax", "xinhua", "pa media", "press association",
    "dpa", "ani", "pti", "ians", "ukrinform", "anadolu agency", "efe", "ansa", "kyodo", "yonhap",
    "aap", "epa", "pa", "aa",
];

/// Words that may follow an agency's name in a photo credit (`-AAP Image`, `/PA Wire`).
const CREDIT_TAILS: &[&str] = &[
    "image", "images", "photo", "photos", "picture", "pictures", "wire", "archive", "media",
];

/// Phrases that mark a short line as a wire or syndication trailer wherever they stand
/// (`This report by … was first published Aug. 2`).
#[rustfmt::skip]
const TRAILER_PHRASES: &[&str] = &[
    "was first published", "was originally published", "originally appeared", "first appeared on",
    "first appeared in",
];

/// How a bare link opens: a line that is one link (an embed's or a chart's address left behind)
/// tells the reader nothing.
const LINK_OPENINGS: &[&str] = &["http://", "https://", "www."];

/// Is this block (a paragraph candidate) page furniture rather than story text?
pub fn is_furniture(block: &str) -> bool {
    // A share bar's bullet ("• Print") or a link's glyph ("+Get …", "► Sign up") is not part of
    // the line.
    let line = block.trim().trim_start_matches(LINE_GLYPHS).trim_start();
    // A numbered menu item (`3. Skip to more sites`) is read without its number.
    let line = numbered_item(line).unwrap_or(line);
    // A block of several lines (`By A and B` over `Reporting from Kyiv`) is furniture when every
    // line is.
    if line.contains('\n') {
        let lines: Vec<&str> = line
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        return repeated_caption(&lines) || lines.into_iter().all(is_furniture);
    }
    let lower = line.to_lowercase();
    let words = line.split_whitespace().count();
    if words == 1 && LINK_OPENINGS.iter().any(|p| lower.starts_with(p)) {
        return true;
    }
    if FURNITURE_PREFIXES.iter().any(|p| opens_with(&lower, p)) {
        return true;
    }
    let bare = lower
        .trim_start_matches(['—', '–', '-', ' '])
        .trim_end_matches('.');
    if AGENCIES.contains(&bare) || MENU_LINKS.contains(&bare) {
        return true;
    }
    // `By HARRIET COLE, FOREIGN AFFAIRS CORRESPONDENT`, `by Daryna Kovalchuk`: a byline does not
    // end like a sentence.
    let ends_sentence = line.ends_with(['.', '!', '?', '"', '”', '’', '\'']);
    if !ends_sentence && FURNITURE_OPENERS.iter().any(|p| opens_with(&lower, p)) {
        return true;
    }
    if lower.starts_with("by ") && words <= MAX_BYLINE_WORDS && !ends_sentence {
        return true;
    }
    if words <= MAX_BYLINE_WORDS && (lower.ends_with("min read") || lower.contains(" min read ")) {
        return true;
    }
    // A date or time line (`17 February 2026`, `22:41 , Emily Ward`, `Name — Friday, 5 December
    // 2025, 09:41`): short, stamped, not a sentence.
    if words <= MAX_BYLINE_WORDS && !ends_sentence && has_timestamp(line) {
        return true;
    }
    if words <= MAX_BYLINE_WORDS * 2 && TRAILER_PHRASES.iter().any(|p| lower.contains(p)) {
        return true;
    }
    // `Get the top stories in your inbox`: a promo wherever its phrase stands, on a short line
    // that is no sentence.
    if words <= MAX_BYLINE_WORDS
        && !ends_sentence
        && PROMO_PHRASES.iter().any(|p| lower.contains(p))
    {
        return true;
    }
    // `Contributing Writer`, `STAFF REPORTER`: a line of capitalised words ending in a
    // newsroom title.
    let capitalised = line
        .split_whitespace()
        .all(|w| w.starts_with(char::is_uppercase));
    if words <= MAX_WRITER_TITLE_WORDS
        && capitalised
        && !ends_sentence
        && lower
            .split_whitespace()
            .last()
            .is_some_and(|w| WRITER_TITLES.contains(&w))
    {
        return true;
    }
    if !ends_sentence && lone_dateline(line) {
        return true;
    }
    if ends_with_credit(line) || ends_with_bracketed_credit(line) {
        return true;
    }
    // A photo caption or credit: a marker, and no quotation inside (a quoted line is content).
    let quoted = line.contains(['“', '”', '"']);
    !quoted && (CAPTION_MARKERS.iter().any(|m| lower.contains(m)) || dated_caption(line))
}

/// The most words of a photo caption in agency style.
const MAX_CAPTION_WORDS: usize = 45;

/// An agency photo caption: a line ending in a full date (`… in Oslo on Aug. 14, 2025.`, `…,
/// 3 March 2026.`) whose verbs are in the present or absent (`Lund speaks …`, `Lund in her
/// office …`). A story's sentence giving a full date tells a past or a future (`launched`,
/// `will resume`, `has been closed`, `said`).
fn dated_caption(line: &str) -> bool {
    let raw: Vec<&str> = line.split_whitespace().collect();
    let n = raw.len();
    if !(4..=MAX_CAPTION_WORDS).contains(&n) || !line.ends_with('.') {
        return false;
    }
    let words: Vec<String> = raw
        .iter()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let digits = |w: &str, len: std::ops::RangeInclusive<usize>| {
        len.contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
    };
    let year = |w: &str| digits(w, 4..=4) && (w.starts_with("19") || w.starts_with("20"));
    let day = |w: &str| digits(w, 1..=2);
    let (a, b, c) = (&words[n - 3], &words[n - 2], &words[n - 1]);
    let dated = year(c) && (is_month(a) && day(b) || day(a) && is_month(b));
    let tells = raw.iter().zip(&words).any(|(r, w)| {
        r.starts_with(char::is_lowercase)
            && (is_auxiliary(w)
                || w.len() > 3 && w.ends_with("ed")
                || irregular_forms(w).is_some_and(|(base, _)| base != w))
    });
    dated && !tells
}

/// The text of a numbered line (`3. Skip to more sites` → `Skip to more sites`), if it is one.
fn numbered_item(line: &str) -> Option<&str> {
    let (number, rest) = line.split_once(". ")?;
    (!number.is_empty() && number.len() <= 2 && number.bytes().all(|b| b.is_ascii_digit()))
        .then(|| rest.trim_start())
}

/// A dateline on a line of its own (`KYIV`, `HALIFAX, Canada`): a place in capitals, perhaps
/// with its country after a comma, and nothing else.
fn lone_dateline(line: &str) -> bool {
    let (place, country) = match line.split_once(',') {
        Some((p, c)) => (p.trim(), Some(c.trim())),
        None => (line.trim(), None),
    };
    let caps_place = place.split_whitespace().count() <= MAX_PLACE_WORDS
        && place.chars().filter(|c| c.is_alphabetic()).count() >= MIN_CAPS_PLACE_LETTERS
        && place
            .chars()
            .all(|c| c.is_uppercase() || c == ' ' || c == '-' || c == '.');
    let country_ok = country.is_none_or(|c| {
        !c.is_empty()
            && c.split_whitespace().count() <= MAX_PLACE_WORDS
            && c.split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase))
            && !c.chars().all(|ch| ch.is_uppercase() || ch == ' ')
    });
    caps_place && country_ok
}

/// A photo's text given twice, as its description and then as its caption (`A suspect is led
/// away` over `A suspect is led away`, or the same with a credit after it): story lines never
/// repeat.
fn repeated_caption(lines: &[&str]) -> bool {
    let Some((first, rest)) = lines.split_first() else {
        return false;
    };
    !rest.is_empty()
        && first.split_whitespace().count() >= 2
        && rest.iter().all(|l| l.starts_with(first))
}

/// Does the line end with a photo credit: an agency in capitals after a dash (`… in Lahore on
/// Friday. — AFP`, `… -AAP Image`) or after a photographer's name in capitals (`… Ivan PETRENKO
/// AFP`)?
/// A sentence naming an agency ("… a spokesman told AFP.") has neither.
fn ends_with_credit(line: &str) -> bool {
    let mut words: Vec<&str> = line.split_whitespace().collect();
    if words
        .last()
        .is_some_and(|w| CREDIT_TAILS.contains(&w.to_lowercase().as_str()))
    {
        words.pop();
    }
    let Some(last) = words.pop() else {
        return false;
    };
    let (dashed, agency) = match last.strip_prefix(['-', '—', '–']) {
        Some(a) => (true, a),
        None => (false, last),
    };
    let is_agency = agency.chars().all(|c| c.is_uppercase())
        && AGENCIES.contains(&agency.to_lowercase().as_str());
    let credited = |w: &&str| {
        matches!(*w, "-" | "—" | "–" | "/" | "|")
            || w.chars().filter(|c| c.is_alphabetic()).count() >= MIN_CAPS_PLACE_LETTERS
                && w.chars().all(|c| !c.is_lowercase())
    };
    !words.is_empty() && is_agency && (dashed || words.last().is_some_and(credited))
}

/// Does the line end with a photographer and an agency in parentheses, as the UK wire credits
/// its pictures (`… outside the school (Ben Hale/PA)`, `(Jo Rees/PA Wire)`)? A sentence never
/// ends so; a slash in parentheses that names no agency (`(58%/59%)`) credits nobody.
fn ends_with_bracketed_credit(line: &str) -> bool {
    let line = line.trim_end().trim_end_matches('.');
    let Some(inside) = line
        .strip_suffix(')')
        .and_then(|l| l.rsplit_once('('))
        .map(|(_, inside)| inside)
    else {
        return false;
    };
    let Some((_, agency)) = inside.rsplit_once('/') else {
        return false;
    };
    let mut words: Vec<String> = agency.split_whitespace().map(str::to_lowercase).collect();
    while words.len() > 1
        && words
            .last()
            .is_some_and(|w| CREDIT_TAILS.contains(&w.as_str()))
    {
        words.pop();
    }
    AGENCIES.contains(&words.join(" ").as_str())
}

/// Does the line hold a year (`2025`), a clock time (`09:41`, `0:58`) or an ISO date?
fn has_timestamp(line: &str) -> bool {
    line.split(|c: char| c.is_whitespace() || c == ',' || c == '|')
        .any(|w| {
            let digits = w.chars().filter(char::is_ascii_digit).count();
            let year = w.len() == 4 && digits == 4 && (w.starts_with("19") || w.starts_with("20"));
            let clock = w.contains(':')
                && digits >= 3
                && w.chars()
                    .all(|c| c.is_ascii_digit() || c == ':' || c.is_ascii_alphabetic());
            let iso = w.len() == 10 && digits == 8 && w.matches('-').count() == 2;
            // `22/05/2025`, or a time glued to it (`15:4622/05/2025`).
            let slashed = w.matches('/').count() == 2
                && digits >= 4
                && w.chars()
                    .all(|c| c.is_ascii_digit() || c == '/' || c == ':');
            year || clock || iso || slashed
        })
}

/// Advertisement labels that pages glue to the start of the next paragraph, with no space
/// between (`Hide AdAdvertisement`, `Hide Ad“We are ready,” she said.`).
const AD_LABELS: &[&str] = &["advertisement", "hide ad"];

/// The length in bytes of the advertisement labels glued to the start of a block: each label
/// directly followed by another, by a capital letter or by a quotation mark, with no space, or
/// ending the block.
/// A label followed by a space is a word of the story ("Advertisement revenue fell").
pub fn glued_ad_len(block: &str) -> usize {
    let mut at = 0;
    loop {
        let rest = &block[at..];
        let glued = AD_LABELS.iter().find_map(|label| {
            if !rest.get(..label.len())?.eq_ignore_ascii_case(label) {
                return None;
            }
            // A label alone, or ending the line, is furniture too.
            let glued = rest[label.len()..].chars().next().is_none_or(|next| {
                next.is_uppercase() || matches!(next, '“' | '"' | '‘' | '\'' | '«' | '\n' | '\r')
            });
            glued.then_some(label.len())
        });
        match glued {
            Some(n) => {
                at += n;
                at += block[at..].len() - block[at..].trim_start().len();
            }
            None => return at,
        }
    }
}

/// The byte length of a dateline opening a paragraph (`MOSCOW, Dec 2 (Reuters) - `,
/// `KYIV (Reuters) — `, `MOSCOW, December 9. /TASS/. `, `KHARKIV, Ukraine (AP) — `) or of a
/// page's date stamp (`date 2024-03-05 `), or 0.
pub fn dateline_len(block: &str) -> usize {
    let stamp = date_stamp_len(block);
    if stamp > 0 {
        return stamp;
    }
    let head_end = block
        .char_indices()
        .map(|(i, _)| i)
        .find(|&i| i > MAX_DATELINE_BYTES)
        .unwrap_or(block.len());
    let head = &block[..head_end];
    // The dateline's place: a word in capitals (`MOSCOW`) or one followed by an agency in
    // brackets (`Vienna (AFP)`).
    let first = head.split([' ', ',']).next().unwrap_or("");
    let letters = first.chars().filter(|c| c.is_alphabetic()).count();
    let caps_place = letters >= MIN_CAPS_PLACE_LETTERS && first.chars().all(|c| !c.is_lowercase());
    for sep in [") - ", ") — ", ") – ", ") -- ", "/. ", ") --"] {
        if let Some(i) = head.find(sep) {
            // `(Reuters)`: one capitalised word in the brackets, after a place and date written
            // in capitalised words and numbers (`/TASS/` needs no brackets).
            let before = &head[..i];
            let (place, agency) = before.rsplit_once(" (").unwrap_or((before, ""));
            let agency_word =
                agency.starts_with(char::is_uppercase) && !agency.contains(char::is_whitespace);
            let place_ok = place.split_whitespace().count() <= MAX_PLACE_WORDS
                && place
                    .split_whitespace()
                    .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
            let agency_ok = (place_ok && agency_word) || (sep == "/. " && caps_place);
            if agency_ok {
                return i + sep.len();
            }
        }
    }
    if caps_place {
        for sep in [" — ", " – ", " -- ", " - "] {
            if let Some(i) = head.find(sep) {
                // Only the place and a date or country before it: capitalised words and numbers.
                let place = &head[..i];
                if place.split_whitespace().count() <= MAX_PLACE_WORDS
                    && place
                        .split_whitespace()
                        .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
                {
                    return i + sep.len();
                }
            }
        }
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn furniture_lines() {
        let mut wrong = Vec::new();
        for l in [
            "By Dmitri Antonov, Lena Hartwig and Oskar Brandt",
            "By HARRIET COLE, FOREIGN AFFAIRS CORRESPONDENT",
            "PUBLISHED: 22:14 GMT, 1 December 2025 | UPDATED: 07:02 GMT, 2 December 2025",
            "Zelensky speaks in Kyiv on Monday (Image: Getty Images)",
            "The pair split after a year together (Picture: Rex)",
            "Watch live: the summit press conference",
            "Also read: Talks stall over the corridor",
            "3 min read",
            "Read more: Longmere bypass plans shelved again",
            "(Reporting by Dmitri Antonov in Moscow; Editing by Peter Vale)",
            "17 February 2026",
            "22:41 , Emily Ward",
            "2026-01-24 23:58:12",
            "Listen to this article · 9:12 min Learn more",
            "Share this article",
            "By Tomasz Wren and Ines Caldera\nReporting from Warsaw and Lisbon",
            "Sign up for our morning briefing.",
            "Skip to main content",
            "Read Example Daily news on Google News",
            "Leave a Reply",
            "  • Print",
            "Email",
            // A bare link an embed left behind.
            "https://charts.example.org/site_of_the_new_bridge",
            "www.example.com/gallery/flood-photos",
            "Associated Press",
            "— Reuters",
            // Photo captions: given twice, or ending with an agency's credit.
            "Fans wave flags outside the ground\nFans wave flags outside the ground",
            "A crane lifts a beam\nA crane lifts a beam(Jo Bloggs / Wikimedia)",
            "The spinner appeals for a wicket in Lahore on Friday. — AFP",
            "A nurse walks along a hospital corridor. -AAP Image",
            "A man clears glass from a shop front in Odesa on Monday Ivan PETRENKO AFP",
            // A photographer and an agency in parentheses, as the UK wire credits its pictures.
            "Nurses on the picket line outside the hospital in Leeds (Dana Holt/PA)",
            "The minister arrives in Downing Street (Tom Reyes/PA Wire)",
            "Rescuers search the rubble on Tuesday. (Lena Morr/Reuters)",
            // Wire trailers.
            "This report by Example Press was first published March 2, 2026.",
            "More to follow…",
            // Newsletter promos, behind a link glyph or not.
            "+Get the week's top stories from Portugal in your inbox",
            "► Sign up for our daily briefing",
            "The best of our reporting, straight to your inbox",
            // A byline's second line: the writer's newsroom title.
            "Contributing Writer",
            "Senior Political Correspondent",
            "STAFF REPORTER",
            // Link labels, share buttons, a translation credit, a numbered menu item.
            "Source link",
            "Mail This Article",
            "Translated from Spanish by DeepL/jd",
            "Published",
            "4. Skip to more Example sites",
            // A site menu's one-word links.
            "More",
            "Menu",
            "Back to top button",
            // A time glued to a slashed date.
            "15:4622/05/2025, Thursday",
            "03/11/2025",
            // A dateline alone on its line, before the story's first paragraph.
            "KHARKIV",
            "HALIFAX, Canada",
            // A photo caption in agency style: the present, or no verb, and the full date.
            "Maria Lund speaks to reporters in Oslo on Aug. 14, 2025.",
            "Maria Lund in her office in Oslo on Aug. 12, 2025.",
            "Dockers gather outside the port gates in Leith, Scotland, 3 March 2026.",
        ] {
            if !is_furniture(l) {
                wrong.push(format!("kept: {l}"));
            }
        }
        for l in [
            "By the time talks began, nobody expected a deal.",
            "Zelensky said: “We will not trade land.”",
            "Kushner did not speak to reporters.",
            "Talks resumed in 2025 after a pause.",
            "Opposition criticism",
            "The picture: a tired delegation and no deal.",
            "Watchdogs said the plan was sound.",
            // Story text that opens with a furniture word.
            "Shares in the carmaker fell 4% on Friday.",
            // An agency named in a sentence, not crediting a photo.
            "The minister confirmed the figure to AFP",
            "“We will not give up,” the commander told AFP",
            "Two lines of a story\nthat go on in lower case",
            "Share prices slid after the warning.",
            "Subscribers will pay more from April, the company said.",
            "Updated forecasts put growth at 1.2%.",
            "Published on Monday, the report found the scheme had failed.",
            "Copyright lawyers said the ruling would be appealed.",
            "Read the full statement here.",
            "Readers wrote in to complain.",
            "Printing presses ran through the night.",
            "Emails seen by the paper show the deal was close.",
            "Reuters reported the talks had stalled.",
            // Parentheses with a slash that credit nobody's picture.
            "Turnout rose to 64% (up from 58%/59% in past years).",
            "The union called the offer “an insult” (pay/PA rates aside).",
            // A paragraph of two story lines.
            "Talks resumed on Monday.\nBy evening, both sides had left.",
            // The promo's words in a sentence of the story.
            "Complaints filled the minister's inbox after the vote.",
            // A heading naming a role of the story's people, not the writer's.
            "Chief Negotiator",
            "The reporter's question",
            "A writer in exile",
            "Mail deliveries resume in the north",
            "1. A ceasefire along the front line",
            "What happens next",
            "More talks are planned.",
            "Home truths",
            "NATO, EU and the talks",
            // Story sentences that end with a full date: a past, a future, a report.
            "Russia launched its full-scale invasion on Feb. 24, 2022.",
            "The talks will resume on March 3, 2026.",
            "Lund said the vote was set for 12 May 2026.",
            "The port has been closed since Jan. 5, 2026.",
            "Lund told the Courier the offer stands, as of Aug. 14, 2025.",
        ] {
            if is_furniture(l) {
                wrong.push(format!("dropped: {l}"));
            }
        }
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    #[test]
    fn ad_labels_glued_to_a_paragraph() {
        let p = "Hide AdAdvertisement\nHide Ad“Yeah,” he said.";
        assert_eq!(&p[glued_ad_len(p)..], "“Yeah,” he said.");
        let p = "Hide Ad“Yeah,” he said.";
        assert_eq!(&p[glued_ad_len(p)..], "“Yeah,” he said.");
        assert_eq!(glued_ad_len("AdvertisementThe talks resumed."), 13);
        assert_eq!(glued_ad_len("Hide Ad"), 7);
        for story in [
            "Advertisement revenue fell.",
            "Hide and seek.",
            "Hide ads",
            "ad",
        ] {
            assert_eq!(glued_ad_len(story), 0, "{story}");
        }
    }

    #[test]
    fn datelines() {
        fn d(s: &str) -> &str {
            &s[dateline_len(s)..]
        }
        assert_eq!(
            d("MOSCOW, Dec 2 (Reuters) - Russian President"),
            "Russian President"
        );
        assert_eq!(d("KHARKIV, Ukraine (AP) — The lights"), "The lights");
        assert_eq!(d("MOSCOW, December 9. /TASS/. Russia"), "Russia");
        assert_eq!(
            d("Vienna (AFP) - Brazilian qualifier"),
            "Brazilian qualifier"
        );
        assert_eq!(
            d("Russian forces (mostly) - advanced"),
            "Russian forces (mostly) - advanced"
        );
        assert_eq!(d("NATO said - at length"), "NATO said - at length");
        // A page's date stamp glued to the lede.
        assert_eq!(
            d("date 2024-03-05 LENA Marsh has revealed"),
            "LENA Marsh has revealed"
        );
        assert_eq!(
            d("Published: 2024-03-05 The council said"),
            "The council said"
        );
        assert_eq!(d("2024-03-05 14:20 The council said"), "The council said");
        assert_eq!(d("date of the vote is set"), "date of the vote is set");
    }
}
