//! People: finding a known person by a name as typed, a person's quotes (`/quote`), and names for
//! autocomplete.

use super::hit::{hit_at, item_of, notable_people};
use crate::kb::KnowledgeBase;
use crate::model::{Kind, Person, Source};
use crate::reply::{text, Reply};
use crate::retrieve::fold_words;

/// Finds a known person by a name as typed (any of their names, typos tolerated).
pub fn find_person<'a>(kb: &'a KnowledgeBase, name: &str) -> Option<&'a Person> {
    let folded = fold_words(name).join(" ");
    if folded.is_empty() {
        return None;
    }
    if let Some(p) = kb.people().iter().find(|p| {
        std::iter::once(&p.name)
            .chain(&p.aliases)
            .any(|n| fold_words(n).join(" ") == folded)
    }) {
        return Some(p);
    }
    let q = kb.analyze(name);
    q.people.first().and_then(|&i| kb.people().get(i as usize))
}

/// A person's quotes, best first (most recent article first, then article order), with
/// citations; `person` is matched fuzzily against the known people.
pub fn person_quotes(kb: &KnowledgeBase, person: &str, limit: usize) -> Reply {
    let Some(p) = find_person(kb, person) else {
        let names: Vec<&str> = notable_people(kb, 10)
            .iter()
            .map(|p| p.name.as_str())
            .collect();
        let mut body = text::unknown_person(person.trim());
        if !names.is_empty() {
            body.push_str(&format!("\n{} {}.", text::KNOWN_PEOPLE, names.join(", ")));
        }
        return Reply::info(text::UNKNOWN_PERSON_TITLE, body);
    };
    let mut sources: Vec<(usize, &Source)> = kb.sources().iter().enumerate().collect();
    sources.sort_by(|(_, a), (_, b)| b.meta.published.cmp(&a.meta.published));
    let mut items = Vec::new();
    for (si, s) in sources {
        for (qi, q) in s.quotes.iter().enumerate() {
            if items.len() >= limit {
                break;
            }
            if q.speaker.as_deref() != Some(p.name.as_str()) {
                continue;
            }
            if let Some(h) = hit_at(kb, Kind::Quote, si as u32, qi as u32, 0.0, 0.0) {
                let n = items.len() + 1;
                items.push(item_of(kb, &h, n));
            }
        }
    }
    let mut reply = Reply::info(text::quotes_title(&p.name), String::new());
    if let Some(role) = &p.role {
        reply.body = text::person_role(&p.name, role);
    }
    if items.is_empty() {
        reply.body = text::no_quotes(&p.name);
    }
    reply.items = items;
    reply
}

/// Names of known people matching what someone has typed, for autocomplete.
pub fn suggest_people(kb: &KnowledgeBase, partial: &str, limit: usize) -> Vec<String> {
    let p = fold_words(partial).join(" ");
    let mut out: Vec<String> = kb
        .people()
        .iter()
        .filter(|x| {
            std::iter::once(&x.name)
                .chain(&x.aliases)
                .any(|n| fold_words(n).join(" ").contains(&p))
        })
        .take(limit)
        .map(|x| x.name.clone())
        .collect();
    if out.is_empty() && !p.is_empty() {
        out.extend(find_person(kb, partial).map(|x| x.name.clone()));
    }
    out.truncate(limit);
    out
}
