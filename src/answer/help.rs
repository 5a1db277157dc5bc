//! `help`: what Parley is and how to ask it.

use crate::reply::{text, Reply};

/// What Parley is and how to ask it.
pub fn help() -> Reply {
    Reply::info(text::HELP_TITLE, text::HELP_BODY)
}
