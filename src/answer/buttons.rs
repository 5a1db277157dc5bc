//! What the buttons under an answer need, with no state kept between the answer and the click:
//! each retrieved item is named by a short key (a hash of its stable id) that the button carries,
//! and a click looks the keys up in the live knowledge base — so a restart or a reload that keeps
//! the article loses nothing. **Sources** shows each cited item's whole paragraph with the item
//! marked; **More** shows the next items of the same answer, a page at a time.

use super::hit::{hit_at, item_of, Answer, Hit};
use crate::kb::KnowledgeBase;
use crate::model::{fnv1a, Kind};
use crate::reply::{text, Reply, ReplyKind};

/// Items a More page shows.
pub const PAGE: usize = 3;
/// Items an answer's buttons can carry beyond what it shows (three More pages).
pub const MORE_MAX: usize = 3 * PAGE;
/// Marks around the cited span inside its paragraph.
const MARK_OPEN: &str = "⟦";
const MARK_CLOSE: &str = "⟧";

/// The short key of an item id: 8 hex digits of its FNV-1a hash.
pub fn item_key(id: &str) -> String {
    format!("{:08x}", fnv1a(id.as_bytes()) as u32)
}

/// The keys of the items an answer shows, and of the items a More button can page through.
pub fn answer_keys(answer: &Answer) -> (Vec<String>, Vec<String>) {
    let shown = answer.reply.items.len().min(answer.hits.len());
    let keys: Vec<String> = answer.hits.iter().map(|h| item_key(&h.id)).collect();
    let more = keys.iter().skip(shown).take(MORE_MAX).cloned().collect();
    (keys.into_iter().take(shown).collect(), more)
}

/// The items with these keys, in the order of the keys; keys no longer in the knowledge base are
/// skipped.
pub fn hits_by_keys(kb: &KnowledgeBase, keys: &[String]) -> Vec<Hit> {
    let mut found: Vec<Option<Hit>> = vec![None; keys.len()];
    for (si, s) in kb.sources().iter().enumerate() {
        let items = s
            .facts
            .iter()
            .map(|f| (Kind::Fact, &f.id))
            .enumerate()
            .chain(s.quotes.iter().map(|q| (Kind::Quote, &q.id)).enumerate())
            .chain(
                s.statements
                    .iter()
                    .map(|x| (Kind::Statement, &x.id))
                    .enumerate(),
            );
        for (i, (kind, id)) in items {
            let k = item_key(id);
            if let Some(at) = keys.iter().position(|x| *x == k) {
                if found[at].is_none() {
                    found[at] = hit_at(kb, kind, si as u32, i as u32, 0.0, 0.0);
                }
            }
        }
    }
    found.into_iter().flatten().collect()
}

/// The next page of an answer: the items of `keys`.
pub fn more_reply(kb: &KnowledgeBase, keys: &[String]) -> Reply {
    let hits = hits_by_keys(kb, keys);
    if hits.is_empty() {
        return Reply::info(text::MORE_TITLE, text::NOTHING_MORE);
    }
    let mut r = Reply::info(text::MORE_TITLE, String::new());
    r.kind = ReplyKind::Answer;
    r.items = hits
        .iter()
        .enumerate()
        .map(|(i, h)| item_of(kb, h, i + 1))
        .collect();
    r
}

/// Each cited item's whole paragraph with the item marked, and its article's title, outlet, date
/// and link.
pub fn sources_reply(kb: &KnowledgeBase, keys: &[String]) -> Reply {
    let hits = hits_by_keys(kb, keys);
    if hits.is_empty() {
        return Reply::info(text::SOURCES_TITLE, text::NOTHING_MORE);
    }
    let mut lines = Vec::new();
    for (i, h) in hits.iter().enumerate() {
        let item = item_of(kb, h, i + 1);
        lines.push(format!("[{}] {}", i + 1, paragraph_marked(kb, h)));
        lines.push(item.citation.line());
    }
    Reply::info(text::SOURCES_TITLE, lines.join("\n"))
}

/// The paragraph holding a hit, with the hit's span between marks.
fn paragraph_marked(kb: &KnowledgeBase, h: &Hit) -> String {
    let Some(s) = kb.source(&h.source_id) else {
        return h.text.clone();
    };
    let in_paragraph = s.facts.iter().filter(|f| f.paragraph == h.paragraph);
    let (start, end) =
        in_paragraph.fold((h.start, h.end), |(a, b), f| (a.min(f.start), b.max(f.end)));
    let (Some(before), Some(span), Some(after)) = (
        s.text.get(start..h.start),
        s.text.get(h.start..h.end),
        s.text.get(h.end..end),
    ) else {
        return h.text.clone();
    };
    format!("{before}{MARK_OPEN}{span}{MARK_CLOSE}{after}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::{ask, AskOptions};

    fn kb() -> KnowledgeBase {
        crate::kb::load_dir(std::path::Path::new("data")).unwrap()
    }

    #[test]
    fn keys_find_their_items_and_pages_hold_the_rest() {
        let kb = kb();
        let opts = AskOptions {
            top: 1 + 2 + MORE_MAX,
            ..AskOptions::default()
        };
        let a = ask(&kb, "What did Rubio say about concessions?", &opts).unwrap();
        let (shown, more) = answer_keys(&a);
        assert_eq!(shown.len(), a.reply.items.len());
        assert!(!more.is_empty() && more.len() <= MORE_MAX);
        let again = hits_by_keys(&kb, &shown);
        assert_eq!(
            again.iter().map(|h| &h.id).collect::<Vec<_>>(),
            a.hits
                .iter()
                .take(shown.len())
                .map(|h| &h.id)
                .collect::<Vec<_>>()
        );
        let page = more_reply(&kb, &more[..PAGE.min(more.len())]);
        assert_eq!(page.items.len(), PAGE.min(more.len()));
        let src = sources_reply(&kb, &shown);
        assert!(
            src.body.contains(MARK_OPEN) && src.body.contains("concessions"),
            "{}",
            src.body
        );
        assert_eq!(
            more_reply(&kb, &["00000000".into()]).body,
            text::NOTHING_MORE
        );
    }
}
