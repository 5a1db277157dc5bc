//! Every sentence Parley shows a user, in one place.

pub const HELP_TITLE: &str = "Parley — answers from the articles it was given";

pub const CHAT_BANNER: &str = "Ask Parley about the articles it was given (Ctrl-D to quit).";

pub const NO_TOKEN: &str =
    "error: DISCORD_TOKEN is not set. Put the bot token in the DISCORD_TOKEN \
environment variable (see README.md, \"Running the bot\"); to try Parley without Discord, use \
`parley ask QUESTION` or `parley chat`.";

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
pub const EMPTY_QUESTION: &str =
    "Ask me a question about the peace negotiations, e.g. `@Parley what did Rubio say about concessions?`, or use `/ask`.";

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
