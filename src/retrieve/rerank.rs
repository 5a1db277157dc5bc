//! The rerank of the best BM25 candidates: proximity of the matched words, and bonuses for what
//! the question's intent wants — the asked-about person's quotes and statements, a speaker, a date,
//! a place — plus a small preference for direct quotes and a discount for the headline repeated
//! atop the story. Every bonus is a field of
//! [`super::Weights`]; the search's early exit uses [`Index::max_factor`], computed from the same
//! weights.

use rustc_hash::FxHashMap;

use super::index::{content_words, Doc, Index};
use super::initialisms::phrases_at;
use super::intent::IntentKind;
use super::query::Query;
use super::text::{date_words, fold, for_each_word, is_stop, words};
use super::Weights;
use crate::lexicon::frequency::usage;
use crate::lexicon::questions::{answers_measure, gives_cause, is_number, Measure};
use crate::lexicon::{is_place_preposition, is_role_noun, is_statement_verb, names_country};
use crate::model::{Kind, Source};

/// Rounding slack on the computed bound, so float error never prunes a candidate that ties.
const BOUND_SLACK: f32 = 1.001;

/// What the rerank makes of a candidate.
#[derive(Debug, Clone, Copy)]
pub(super) struct Verdict {
    /// The factor its BM25 score is multiplied by.
    pub factor: f32,
    /// See [`super::ScoredDoc::subject_ok`].
    pub subject_ok: bool,
    /// See [`super::ScoredDoc::by_subject`].
    pub by_subject: bool,
    /// See [`super::ScoredDoc::answers_type`].
    pub answers_type: bool,
    /// See [`super::ScoredDoc::counts_asked`].
    pub counts_asked: bool,
    /// See [`super::ScoredDoc::title_coverage`].
    pub title_share: f32,
}

impl Index {
    /// The largest factor [`Index::rerank`] can give a document for this query, computed from the
    /// same weights: the proximity bonus (below `1 + proximity`, as a window holding m matched
    /// words spans at least m), the largest bonus of the question's intent and the quote bonus.
    pub(super) fn max_factor(&self, q: &Query) -> f32 {
        let w = &self.weights;
        let number = w.number * w.counted.max(1.0);
        let intent = match q.intent.kind {
            IntentKind::SaidBy => {
                let number = said_measure(q).map_or(1.0, |_| number);
                w.speaker.max(w.statement).max(w.other_speaker)
                    * number.max(1.0)
                    * (1.0 + w.context.max(0.0))
            }
            IntentKind::WhoSaid => w.who_said_speaker.max(w.who_said_verb),
            IntentKind::When => w.date,
            IntentKind::Where => w.place,
            IntentKind::Quantity(_) => number,
            _ => 1.0,
        };
        let cause = if q.asks_cause { w.cause.max(1.0) } else { 1.0 };
        (1.0 + w.proximity)
            * intent.max(1.0)
            * cause
            * w.quote.max(1.0)
            * (1.0 + w.title.max(0.0))
            * w.headline.max(1.0)
            * BOUND_SLACK
    }

    /// Multiplies a candidate's score by proximity and intent bonuses; says whether it is a
    /// statement of the person a "what did X say" question asks about.
    pub(super) fn rerank(&self, sources: &[Source], q: &Query, doc: u32, mask: u64) -> Verdict {
        let w = &self.weights;
        let Some((d, text)) = self
            .docs
            .get(doc as usize)
            .and_then(|d| Some((d, self.doc_text(sources, d)?)))
        else {
            return Verdict {
                factor: 1.0,
                subject_ok: false,
                by_subject: false,
                answers_type: false,
                counts_asked: false,
                title_share: 0.0,
            };
        };
        let matched = mask.count_ones() as usize;
        // Words only the title holds say the article is about them: "how long did the Istanbul
        // talks last" prefers "The talks lasted an hour." under "Istanbul talks: …".
        let title_share = self.title_share(q, doc, mask);
        let title = (1.0 + w.title * title_share) * if d.headline { w.headline } else { 1.0 };
        let needs_words = matched >= 2 || q.intent.kind != IntentKind::General;
        if !needs_words {
            return Verdict {
                factor: title * if d.kind == Kind::Quote { w.quote } else { 1.0 },
                subject_ok: true,
                by_subject: false,
                answers_type: !q.intent.kind.asks_type(),
                counts_asked: false,
                title_share,
            };
        }
        let toks = self.doc_tokens(text, q);
        let mut factor = title;
        // Proximity: the smallest window holding every matched slot.
        if matched >= 2 {
            if let Some(span) = min_window(&toks, matched) {
                factor *= 1.0 + w.proximity * (matched as f32 - 1.0) / span as f32;
            }
        }
        let subject_slots: Vec<usize> = q
            .slots
            .iter()
            .enumerate()
            .filter(|(_, s)| s.is_subject)
            .map(|(i, _)| i)
            .collect();
        let mut subject_ok = true;
        let mut by_subject = false;
        let mut answers_type = !q.intent.kind.asks_type();
        let mut counted = false;
        match q.intent.kind {
            IntentKind::SaidBy if !subject_slots.is_empty() => {
                // A speaker is named by their name in the subject, or by a word of their role
                // that is nobody's name: "Trump's special envoy" is Witkoff, not Trump; in
                // "what did Putin say to Trump", Trump is not the speaker.
                let named = |p: u32| {
                    // "Latvia's foreign minister": not a holder whose role names another country.
                    if q.ruled_out.contains(&p) {
                        return false;
                    }
                    // A speaker described by a role ("the president") has it for their role's
                    // head noun: the head of the president's office is no president.
                    let roles = match q.subject_head {
                        Some(_) => &self.role_heads,
                        None => &self.role_terms,
                    };
                    let role = roles
                        .get(p as usize)
                        .into_iter()
                        .flatten()
                        .filter(|t| !self.name_terms.contains(t));
                    self.person_terms
                        .get(p as usize)
                        .into_iter()
                        .flatten()
                        .chain(role)
                        .any(|t| match q.subject_head {
                            Some(h) => q.slots[h].matches(*t),
                            None => subject_slots.iter().any(|&i| q.slots[i].matches(*t)),
                        })
                };
                let speaks = matches!(d.kind, Kind::Quote | Kind::Statement)
                    && d.person().is_some_and(named)
                    || d.kind == Kind::Quote
                        && d.person().is_none()
                        && self.quote_speaker_matches(sources, d, q, &subject_slots);
                // A statement extraction gave to someone the subject does not name is theirs,
                // though a subject word stands by its verb ("the minister said that Russia …").
                let unattributed = d.kind == Kind::Fact || d.person().is_none();
                let states = unattributed
                    && d.kind != Kind::Quote
                    && (subject_of_verb(&toks, &subject_slots)
                        || pronoun_statement(text)
                            && self.previous_fact_names(sources, doc, q, &subject_slots, false));
                // Words a colon sets off after a sentence whose subject the question's is ("The
                // leaders also agreed on a message:" then the quotation) are the subject's own.
                let speaks = speaks
                    || unattributed
                        && self.previous_fact_names(sources, doc, q, &subject_slots, true);
                if speaks {
                    by_subject = true;
                    factor *= w.speaker;
                } else if states {
                    factor *= w.statement;
                } else {
                    factor *= w.other_speaker;
                    // Words of someone the question names outside its subject ("what did the
                    // ministry say back to Lund") are the words of whom the subject spoke to.
                    let addressee = matches!(d.kind, Kind::Quote | Kind::Statement)
                        && d.person().is_some_and(|p| q.people.contains(&p));
                    // A sentence naming the subject only in part ("public housing" for "the
                    // Housing Authority") is about something else of that name. Its country
                    // ("the Russian side" for "the Russian delegation") is the subject's own,
                    // a role may be worded otherwise ("a European diplomat" for "envoy"), and a
                    // surname alone ("Ms Mirza" for "Olena Mirza") is the person: only a word
                    // of English held counts.
                    let holds = |i: &usize| toks.iter().any(|t| t.0 == Some(*i));
                    let word = |i: &usize| q.slots[*i].word.as_str();
                    let in_part = d.kind == Kind::Fact
                        && subject_slots.iter().any(|i| {
                            holds(i) && !names_country(word(i)) && usage(word(i)).is_some()
                        })
                        && subject_slots
                            .iter()
                            .any(|i| !holds(i) && !is_role_noun(word(i)));
                    // A speaker no article knows said none of this (see `asks_unknown_speaker`).
                    subject_ok = !q.asks_person_statement()
                        && !q.asks_unknown_speaker()
                        && !addressee
                        && !in_part;
                }
                // "How many … according to X": X's words holding the number asked for.
                if let Some(measure) = said_measure(q) {
                    (answers_type, counted) = number_bonus(w, text, &toks, q, measure, &mut factor);
                }
            }
            IntentKind::WhoSaid => {
                if matches!(d.kind, Kind::Quote | Kind::Statement) && d.person().is_some() {
                    factor *= w.who_said_speaker;
                } else if toks.iter().any(|t| t.1) {
                    factor *= w.who_said_verb;
                }
            }
            IntentKind::When if toks.iter().any(|t| t.2) => {
                factor *= w.date;
                answers_type = true;
            }
            IntentKind::Where if has_place(text, &q.words) => {
                factor *= w.place;
                answers_type = true;
            }
            // "How long" wants a duration ("its fourth year"), "how fast" a speed: a number with
            // the unit asked for; "how many" any number.
            IntentKind::Quantity(measure) => {
                (answers_type, counted) = number_bonus(w, text, &toks, q, measure, &mut factor);
            }
            _ => {}
        }
        // "Why …": a sentence giving a cause ("beaten because …"), whatever the intent.
        if q.asks_cause && gives_cause(&super::fold_words(text)) {
            factor *= w.cause;
            answers_type = true;
        }
        if d.kind == Kind::Quote {
            factor *= w.quote;
        }
        Verdict {
            factor,
            subject_ok,
            by_subject,
            answers_type,
            counts_asked: counted,
            title_share,
        }
    }

    /// The share of the question's weight that only the title of document `doc`'s article
    /// matches (none of the slots in `mask`, the document's own).
    fn title_share(&self, q: &Query, doc: u32, mask: u64) -> f32 {
        let total = q.total_weight();
        let titled = self.title_mask(q, doc, mask);
        if titled == 0 || total <= 0.0 {
            return 0.0;
        }
        let held: f32 = q
            .slots
            .iter()
            .enumerate()
            .filter(|(i, _)| *i < 63 && titled & (1u64 << i) != 0)
            .map(|(_, s)| s.weight)
            .sum();
        held / total
    }

    /// Does the fact before document `doc`'s sentence (in the same or the previous paragraph)
    /// name the subject — and, when `colon`, end with a colon that sets off what follows? A
    /// statement's sentence is found through the index, not its own number.
    fn previous_fact_names(
        &self,
        sources: &[Source],
        doc: u32,
        q: &Query,
        subject_slots: &[usize],
        colon: bool,
    ) -> bool {
        let (Some(s), Some(at)) = (
            self.docs
                .get(doc as usize)
                .and_then(|d| sources.get(d.source as usize)),
            self.sentence_of(doc),
        ) else {
            return false;
        };
        let (Some(cur), Some(prev)) = (
            s.facts.get(at),
            at.checked_sub(1).and_then(|i| s.facts.get(i)),
        ) else {
            return false;
        };
        if cur.paragraph > prev.paragraph + 1 || colon && !prev.text.trim_end().ends_with(':') {
            return false;
        }
        self.subject_states(&prev.text, q, subject_slots)
    }

    /// Is a subject word the subject of a reporting verb in `text`?
    fn subject_states(&self, text: &str, q: &Query, subject_slots: &[usize]) -> bool {
        let toks = self.doc_tokens(text, q);
        subject_of_verb(&toks, subject_slots)
    }

    /// A document's words: (slot index matched, reporting verb, the kind of word the question
    /// asks for: a date word for "when", a number for "how many / much …").
    fn doc_tokens(&self, text: &str, q: &Query) -> Vec<(Option<usize>, bool, bool)> {
        let keep_texts = q.intent.kind == IntentKind::When || !q.abbreviated.is_empty();
        let mut toks = Vec::new();
        let folded = fold(text);
        let mut texts = Vec::new();
        for_each_word(&folded, |w| {
            if w.joined {
                return;
            }
            let stop = is_stop(w.text);
            let term = if stop {
                None
            } else {
                self.surfaces.get(w.text).copied()
            };
            let slot = term.and_then(|t| {
                q.slots
                    .iter()
                    .position(|s| s.alts.iter().any(|(x, _)| *x == t))
            });
            let reporting = match q.intent.kind {
                IntentKind::SaidBy | IntentKind::WhoSaid if stop => is_statement_verb(w.text),
                IntentKind::SaidBy | IntentKind::WhoSaid => self.reporting.contains(w.text),
                _ => false,
            };
            let typed = matches!(q.intent.kind, IntentKind::Quantity(_)) && is_number(w.text);
            if keep_texts {
                texts.push(w.text.to_string());
            }
            toks.push((slot, reporting, typed));
        });
        // "prisoners of war" for a question's "POWs": the phrase's words are that slot's.
        if !q.abbreviated.is_empty() {
            for i in 0..toks.len() {
                if toks[i].0.is_some() {
                    continue;
                }
                for (short, len) in phrases_at(&texts, i) {
                    if let Some(&(slot, _)) = q.abbreviated.iter().find(|(_, w)| w == short) {
                        for t in toks.iter_mut().skip(i).take(len) {
                            t.0 = Some(slot);
                        }
                    }
                }
            }
        }
        if q.intent.kind == IntentKind::When {
            let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
            for (t, dated) in toks.iter_mut().zip(date_words(&texts)) {
                t.2 = dated;
            }
        }
        toks
    }

    fn quote_speaker_matches(
        &self,
        sources: &[Source],
        d: &Doc,
        q: &Query,
        subject_slots: &[usize],
    ) -> bool {
        let Some(name) = sources
            .get(d.source as usize)
            .and_then(|s| s.quotes.get(d.item as usize))
            .and_then(|x| x.speaker.as_deref())
        else {
            return false;
        };
        let mut hit = false;
        content_words(name, |w| {
            if let Some(&t) = self.surfaces.get(w.text.as_str()) {
                if subject_slots
                    .iter()
                    .any(|&i| q.slots[i].alts.iter().any(|(x, _)| *x == t))
                {
                    hit = true;
                }
            }
        });
        hit
    }
}

/// Smallest number of consecutive words containing `need` distinct matched slots.
fn min_window(toks: &[(Option<usize>, bool, bool)], need: usize) -> Option<usize> {
    let pos: Vec<(usize, usize)> = toks
        .iter()
        .enumerate()
        .filter_map(|(i, t)| t.0.map(|s| (i, s)))
        .collect();
    let mut counts: FxHashMap<usize, usize> = FxHashMap::default();
    let mut best: Option<usize> = None;
    let mut lo = 0;
    for hi in 0..pos.len() {
        *counts.entry(pos[hi].1).or_insert(0) += 1;
        while counts.len() >= need {
            let span = pos[hi].0 - pos[lo].0 + 1;
            best = Some(best.map_or(span, |b: usize| b.min(span)));
            let c = counts.entry(pos[lo].1).or_insert(1);
            *c -= 1;
            if *c == 0 {
                counts.remove(&pos[lo].1);
            }
            lo += 1;
        }
    }
    best
}

/// Is a subject word within three words before (or two after) a reporting verb?
fn subject_of_verb(toks: &[(Option<usize>, bool, bool)], subject_slots: &[usize]) -> bool {
    toks.iter().enumerate().any(|(i, t)| {
        t.0.is_some_and(|s| subject_slots.contains(&s)) && {
            let after = toks.iter().skip(i + 1).take(3).any(|x| x.1);
            let before = toks[i.saturating_sub(2)..i].iter().any(|x| x.1);
            after || before
        }
    })
}

/// Most words between a number and what it counts: "42 of the homes", "600 objections".
const COUNTED_GAP: usize = 3;

/// What a "what did X say" question measures too, if anything ("how many documents are being
/// worked on according to X").
fn said_measure(q: &Query) -> Option<Measure> {
    q.measure.filter(|_| q.intent.kind == IntentKind::SaidBy)
}

/// Does `text` hold the measure asked? If so, multiplies `factor` by the number bonus, and by the
/// counted one when a number stands right before what the question counts.
fn number_bonus(
    w: &Weights,
    text: &str,
    toks: &[(Option<usize>, bool, bool)],
    q: &Query,
    measure: Measure,
    factor: &mut f32,
) -> (bool, bool) {
    if !answers_measure(text, measure) {
        return (false, false);
    }
    // "How many soldiers" is not answered by "30 countries" (on the private tuned splits: two
    // more out-of-scope questions declined, one more right answer, none lost).
    if measure == Measure::Count && counts_other(text, toks, &q.counted) {
        return (false, false);
    }
    *factor *= w.number;
    let counted = counts_asked(toks, &q.counted);
    if counted {
        *factor *= w.counted;
    }
    (true, counted)
}

/// Does every number of the text count something other than what the question counts: stand
/// right before a word of its own ("a four-point plan", "30 countries" for "how many soldiers"),
/// with no word of what is counted within [`COUNTED_GAP`] words ("40 newly trained soldiers")? A
/// number before a function word ("95 of its soldiers", "more than 3,000 to this sector") or
/// another number ("$300 billion") may count anything.
fn counts_other(text: &str, toks: &[(Option<usize>, bool, bool)], counted: &[usize]) -> bool {
    if counted.is_empty() {
        return false;
    }
    let mut ws: Vec<String> = Vec::new();
    for_each_word(&fold(text), |w| {
        if !w.joined {
            ws.push(w.text.to_string());
        }
    });
    let numbers: Vec<usize> = (0..ws.len()).filter(|&i| is_number(&ws[i])).collect();
    !numbers.is_empty()
        && numbers.iter().all(|&i| {
            ws.get(i + 1)
                .is_some_and(|next| !is_stop(next) && !is_number(next))
                && !toks
                    .iter()
                    .skip(i + 1)
                    .take(COUNTED_GAP)
                    .any(|t| t.0.is_some_and(|s| counted.contains(&s)))
        })
}

/// Does a number (a token marked as the asked type) stand right before a word of what the
/// question counts, within [`COUNTED_GAP`] words?
fn counts_asked(toks: &[(Option<usize>, bool, bool)], counted: &[usize]) -> bool {
    !counted.is_empty()
        && toks.iter().enumerate().any(|(i, t)| {
            t.2 && toks
                .iter()
                .skip(i + 1)
                .take(COUNTED_GAP)
                .any(|x| x.0.is_some_and(|s| counted.contains(&s)))
        })
}

/// Does the sentence open with a pronoun as the subject of a reporting verb (`He added that`)?
fn pronoun_statement(text: &str) -> bool {
    let ws: Vec<String> = {
        let mut v = Vec::new();
        words(&fold(text), |w| {
            if v.len() < 4 && !w.joined {
                v.push(w.text)
            }
        });
        v
    };
    ws.iter()
        .position(|w| matches!(w.as_str(), "he" | "she" | "they"))
        .is_some_and(|i| i <= 1 && ws[i + 1..].iter().take(2).any(|w| is_statement_verb(w)))
}

/// Does the text name a place the question does not already give: a word that puts a place after
/// it (`in`, `at`, `to`, …, the lexicon's list) followed by a capitalised word that is not one of
/// the question's (`asked`, folded)? "Where was he visiting" is answered by "a visit to Albania"
/// too. "Where in Istanbul did they meet" wants "at Dolmabahce Palace", not any sentence saying
/// "in Istanbul".
fn has_place(text: &str, asked: &[String]) -> bool {
    let ws: Vec<&str> = text.split_whitespace().collect();
    ws.windows(2).any(|w| {
        is_place_preposition(w[0]) && w[1].chars().next().is_some_and(char::is_uppercase) && {
            let folded = super::text::fold(w[1]);
            let word = folded
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            !asked.iter().any(|a| a == word)
        }
    })
}
