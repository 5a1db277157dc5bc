//! Every sentence Parley shows a user, in one place.

pub const HELP_TITLE: &str = "Parley — answers from the articles it was given";

pub const CHAT_BANNER: &str = "Ask Parley about the articles it was given (Ctrl-D to quit).";

pub const NO_TOKEN: &str =
    "error: DISCORD_TOKEN is not set. Put the bot token in the DISCORD_TOKEN \
environment variable (see README.md, \"Running the Discord bot\"); to try Parley without Discord, use \
`parley ask QUESTION` or `parley chat`.";

/// The body of `help()`.
pub const HELP_BODY: &str = "Ask a question in plain words and Parley answers with the best \
matching sentence or direct quote from its articles, who said it, and where it was reported \
(title, outlet, date, section, paragraph). It never answers beyond what the articles say: when \
they do not cover a question, it says so.

Examples:
• What did Marco Rubio say about concessions?
• Who called the meeting a disaster?
• Who is Jake Sullivan?
• Is a ceasefire on the table?

Under an answer, Sources shows each cited paragraph, More the next items, and 👍/👎 tell us \
whether it helped. Reply to an answer to follow up (\"what else did he say?\"). Right-click any \
message and choose Apps → Ask Parley to ask about it.

Typos are fine (\"wat did rubbio say about concesions\"). Other commands: quotes by a person, \
the list of sources, reloading the articles and the report of unanswered questions (/gaps, \
admins), and adding or removing articles (operators).";

/// Heading of the related items under an answer.
pub const RELATED: &str = "Related:";

/// Footer of every answer embed.
pub const ANSWER_FOOTER: &str = "Parley quotes its articles verbatim; check the sources cited.";

/// The first line of a reply to a question the articles do not cover.
pub const NO_ANSWER: &str = "I couldn't find an answer to that in my articles.";

pub const NO_ANSWER_TITLE: &str = "No answer in the articles";

/// Lead-in of the people a no-answer reply suggests.
pub const NO_ANSWER_PEOPLE: &str = "I can tell you what these people said:";

/// Lead-in of the articles a no-answer reply suggests.
pub const NO_ANSWER_SOURCES: &str = "My articles:";

/// Lead-in of example questions.
pub const TRY: &str = "Try:";

pub const NO_SOURCES: &str = "No articles are loaded.";

pub const SOURCES_TITLE: &str = "Sources";

/// Title of the list of a person's quotes.
pub fn quotes_title(name: &str) -> String {
    format!("Quotes by {name}")
}

/// A person is known but has no attributed quotes.
pub fn no_quotes(name: &str) -> String {
    format!("My articles name {name}, but quote nothing they said.")
}

/// Nobody by that name.
pub fn unknown_person(asked: &str) -> String {
    format!("I don't know anyone called “{asked}” in my articles.")
}

/// A person the articles name but never quote or report speaking.
pub fn mentioned_not_quoted(name: &str) -> String {
    format!("{name} is mentioned but not quoted in my articles. What they say about {name}:")
}

/// Lead of an answer drawn from several dated articles: the newest date.
pub fn as_of(date: &str) -> String {
    format!("As of {date}:")
}

/// Lead of an overview of a broad question.
pub fn overview_lead(date: Option<&str>) -> String {
    match date {
        Some(d) => format!("The main stories in my articles, as of {d}:"),
        None => "The main stories in my articles:".to_string(),
    }
}

pub const UNKNOWN_PERSON_TITLE: &str = "Unknown person";

/// Lead-in of the list of known people.
pub const KNOWN_PEOPLE: &str = "People in my articles:";

/// Title of an answer (the question, echoed).
pub fn answer_title(question: &str) -> String {
    question.trim().to_string()
}

/// "Who is X" lead: name and role.
pub fn person_role(name: &str, role: &str) -> String {
    format!("{name}: {role}")
}

/// A quote shown with its speaker: `“…” — Name, role`.
pub fn quoted(text: &str, speaker: Option<&str>, role: Option<&str>) -> String {
    match (speaker, role) {
        (Some(s), Some(r)) => format!("“{text}” — {s}, {r}"),
        (Some(s), None) => format!("“{text}” — {s}"),
        _ => format!("“{text}”"),
    }
}

/// A statement (reported speech) shown with its speaker when the sentence does not name them
/// ("He added that …" — Marco Rubio).
pub fn stated(text: &str, speaker: Option<&str>) -> String {
    let surname = speaker.and_then(|s| s.split_whitespace().last());
    match (speaker, surname) {
        (Some(s), Some(last)) if !text.contains(last) => format!("{text} — {s}"),
        _ => text.to_string(),
    }
}

/// A citation line: `[1] “Title”, Outlet, 2025-08-17 — section “S”, paragraph 4. URL`.
pub fn citation(
    number: usize,
    title: &str,
    outlet: Option<&str>,
    published: Option<&str>,
    section: Option<&str>,
    paragraph: usize,
    url: Option<&str>,
) -> String {
    let mut s = format!("[{number}] “{title}”");
    for x in [outlet, published].into_iter().flatten() {
        s.push_str(", ");
        s.push_str(x);
    }
    s.push_str(" — ");
    if let Some(sec) = section {
        s.push_str(&format!("section “{sec}”, "));
    }
    s.push_str(&format!("paragraph {paragraph}."));
    if let Some(u) = url {
        s.push(' ');
        s.push_str(u);
    }
    s
}

/// One line of the sources overview.
pub fn source_line(
    title: &str,
    outlet: Option<&str>,
    published: Option<&str>,
    facts: usize,
    quotes: usize,
) -> String {
    let mut s = format!("“{title}”");
    for x in [outlet, published].into_iter().flatten() {
        s.push_str(", ");
        s.push_str(x);
    }
    s.push_str(&format!(
        " — {facts} fact{}, {quotes} quote{}",
        plural(facts),
        plural(quotes)
    ));
    s
}

/// The totals line of the sources overview.
pub fn sources_total(sources: usize, facts: usize, quotes: usize, people: usize) -> String {
    format!(
        "{sources} article{}, {facts} fact{}, {quotes} quote{}, {people} {}",
        plural(sources),
        plural(facts),
        plural(quotes),
        if people == 1 { "person" } else { "people" }
    )
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// A suggested question about what a person said.
pub fn suggest_said(name: &str, topic: Option<&str>) -> String {
    match topic {
        Some(t) => format!("What did {name} say about {t}?"),
        None => format!("What did {name} say?"),
    }
}

/// A suggested "who is" question.
pub fn suggest_who(name: &str) -> String {
    format!("Who is {name}?")
}

/// The question is too long to search.
pub fn too_long(chars: usize, max: usize) -> String {
    format!("the question is too long ({chars} characters; at most {max})")
}

pub const EMPTY_QUESTION: &str = "the question is empty";

/// The ellipsis put where text is cut.
pub const ELLIPSIS: &str = "…";

// ---------------------------------------------------------------------------------------------
// Discord adapter wording (owned by the `discord` branch; keep this section at the end).
// ---------------------------------------------------------------------------------------------

/// Ephemeral (or short reply) note when a user has asked too many questions.
pub fn rate_limited(questions: u32, window_seconds: u64, retry_after_seconds: u64) -> String {
    format!(
        "You have asked {questions} questions in the last {window_seconds} seconds, which is the \
limit. Please try again in {retry_after_seconds} s."
    )
}

/// A question longer than the configured maximum.
pub fn question_too_long(max_chars: usize, got_chars: usize) -> String {
    format!(
        "That question is {got_chars} characters long; please ask in at most {max_chars} \
characters."
    )
}

/// A mention (or DM) that contains no question.
pub const EMPTY_MENTION: &str =
    "Ask me a question about the peace negotiations, e.g. `@Parley what did Rubio say about concessions?`, or use `/ask`.";

/// A reply to Parley whose text Discord withheld (the reply's @mention was switched off and Parley
/// does not read every message).
pub const REPLY_TEXT_WITHHELD: &str = "I can only read replies that keep the @mention on \
(Discord hides the text of the others from me). Reply again with the mention on, or use `/ask`.";

/// Title of a note edited into a deferred `/ask` response.
pub const NOTE_TITLE: &str = "Parley";

/// Shown when a handler failed; the details go to the log only.
pub const GENERIC_ERROR: &str =
    "Sorry, something went wrong while answering. The error has been logged.";

/// `/reload` in a direct message.
pub const RELOAD_IN_DM: &str = "`/reload` works only inside a server, not in direct messages.";

/// `/reload` from a server the bot is not configured for.
pub const RELOAD_WRONG_GUILD: &str = "`/reload` is not enabled in this server.";

/// `/reload` by someone who is not an admin.
pub const RELOAD_NOT_ADMIN: &str =
    "Only members with the Manage Server permission (or configured admins) may use `/reload`.";

/// Labels of the buttons under an answer.
pub const SOURCES_BUTTON: &str = "Sources";
pub const MORE_BUTTON: &str = "More";

/// Title of a More page.
pub const MORE_TITLE: &str = "More from the articles";

/// A More or Sources click whose items are no longer in the articles (or there are none left).
pub const NOTHING_MORE: &str = "Nothing more: the articles hold no further items for this answer.";

/// A vote that could not be kept (the feedback store failed).
pub const VOTE_NOT_KEPT: &str = "Thanks — but your vote could not be kept right now.";

/// The vote a button stands for.
fn vote_sign(up: bool) -> &'static str {
    if up {
        "👍"
    } else {
        "👎"
    }
}

/// A first vote on an answer, acknowledged.
pub fn vote_recorded(up: bool) -> String {
    format!("Thanks — your {} is noted.", vote_sign(up))
}

/// A changed vote, acknowledged.
pub fn vote_changed(up: bool) -> String {
    format!("Thanks — your vote is now {}.", vote_sign(up))
}

/// The same vote again.
pub fn vote_unchanged(up: bool) -> String {
    format!("Your {} was already noted.", vote_sign(up))
}

/// Title of the gaps report.
pub const GAPS_TITLE: &str = "Gaps: what people asked that the articles did not answer well";

/// The message context-menu command.
pub const ASK_PARLEY: &str = "Ask Parley";

/// "Ask Parley" on a message with no text (an image, or text Discord withheld).
pub const ASK_PARLEY_EMPTY: &str = "That message has no text I can read to answer.";

/// `/article add|remove` by someone who is not an operator.
pub const ARTICLE_NOT_OPERATOR: &str = "Only Parley's operators (users or roles listed in its \
settings) may add or remove articles.";

/// Title of an import preview waiting for Confirm.
pub const ARTICLE_PREVIEW_TITLE: &str = "Add this article?";

/// The preview's note under the extracted quotes.
pub const ARTICLE_PREVIEW_HINT: &str = "Confirm writes it into the data directory and reloads; \
Cancel leaves everything as it is.";

/// Confirm / Cancel button labels.
pub const CONFIRM: &str = "Confirm";
pub const CANCEL: &str = "Cancel";

/// After Cancel.
pub const ARTICLE_CANCELLED: &str = "Cancelled: nothing was written.";

/// A Confirm or Cancel whose preview is gone (a restart, or more than 15 minutes).
pub const ARTICLE_EXPIRED: &str = "This preview has expired: run /article add again.";

/// A Confirm or Cancel pressed by someone else than who asked for the preview.
pub const ARTICLE_NOT_YOURS: &str = "Only the operator who asked for this preview can confirm it.";

/// `/article add` with neither a URL nor a file.
pub const ARTICLE_ADD_NEEDS_INPUT: &str = "Give a `url` or attach a `file` (.html, .md or .txt).";

/// Title of a failed import or removal: the data is unchanged.
pub const ARTICLE_FAILED_TITLE: &str = "Nothing changed";

/// Title of `/article list`.
pub const ARTICLE_LIST_TITLE: &str = "Articles";

/// Title after an article was removed.
pub const ARTICLE_REMOVED_TITLE: &str = "Removed";

/// Where a removed article went.
pub fn article_removed(from: &str, to: &str) -> String {
    format!("{from} moved to {to} (recoverable: move it back and /reload to restore it).")
}

/// Title of a successful reload report.
pub const RELOAD_OK_TITLE: &str = "Reloaded the articles";

/// Title of a failed reload report.
pub const RELOAD_FAILED_TITLE: &str = "Reload failed: the previous articles are still live";

/// Names listed per line in a reload report before "and N more".
const RELOAD_LIST_MAX: usize = 15;

fn name_list(label: &str, names: &[String]) -> String {
    if names.is_empty() {
        return format!("{label}: none");
    }
    let shown: Vec<&str> = names
        .iter()
        .take(RELOAD_LIST_MAX)
        .map(String::as_str)
        .collect();
    let more = names.len().saturating_sub(RELOAD_LIST_MAX);
    let mut s = format!("{label} ({}): {}", names.len(), shown.join("; "));
    if more > 0 {
        s.push_str(&format!(" … and {more} more"));
    }
    s
}

/// The body of a successful `/reload` reply: what changed, counts before → after, time taken.
pub fn reload_report(r: &crate::kb::ReloadReport) -> String {
    format!(
        "{}\n{}\n{}\nArticles: {} → {}\nFacts: {} → {}\nQuotes: {} → {}\nTook {} ms.",
        name_list("Added", &r.added),
        name_list("Removed", &r.removed),
        name_list("Changed", &r.changed),
        r.before.sources,
        r.after.sources,
        r.before.facts,
        r.after.facts,
        r.before.quotes,
        r.after.quotes,
        r.took.as_millis()
    )
}

/// Errors listed in a failed reload reply before "and N more".
const RELOAD_ERRORS_MAX: usize = 20;

/// The body of a failed `/reload` reply: every error with its file and line (up to a limit).
pub fn reload_failed(e: &crate::error::Error) -> String {
    match e {
        crate::error::Error::Data(errs) => {
            let n = errs.0.len();
            let mut s = format!(
                "{n} error{} in the data; nothing was changed:",
                if n == 1 { "" } else { "s" }
            );
            for d in errs.0.iter().take(RELOAD_ERRORS_MAX) {
                s.push_str(&format!("\n• {d}"));
            }
            if n > RELOAD_ERRORS_MAX {
                s.push_str(&format!("\n… and {} more", n - RELOAD_ERRORS_MAX));
            }
            s
        }
        other => format!("{other}\nNothing was changed."),
    }
}
