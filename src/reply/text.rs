//! Every sentence Parley shows a user, in one place.

pub const HELP_TITLE: &str = "Parley — answers from the articles it was given";

pub const CHAT_BANNER: &str = "Ask Parley about the articles it was given (Ctrl-D to quit).";

pub const NO_TOKEN: &str =
    "error: DISCORD_TOKEN is not set. Put the bot token in the DISCORD_TOKEN \
environment variable (see README.md, \"Running the bot\"); to try Parley without Discord, use \
`parley ask QUESTION` or `parley chat`.";
