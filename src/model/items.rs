//! What extraction finds in an article: facts (sentences), direct quotes, statements (reported
//! speech) and the people named.
//! Every text field is exactly the source file's bytes `[start..end]`.

use serde::Serialize;

/// One sentence of an article body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fact {
    /// Stable id: `<source id>:f-<hash of the text>`, suffixed `-2`, `-3` … for repeats.
    pub id: String,
    pub text: String,
    /// The section heading the sentence sits under, if any.
    pub section: Option<String>,
    /// 1-based paragraph number in the article.
    pub paragraph: usize,
    /// 1-based sentence number in the paragraph.
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
}

/// A quotation of fewer words than this is a fragment of the sentence around it (`was “the
/// border question”`), not a saying of its own: shown as that sentence, which is the statement of
/// whoever it quotes.
pub const FRAGMENT_WORDS: usize = 6;

/// One direct quotation. `text` is the quotation without its outer quote marks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quote {
    /// Stable id: `<source id>:q-<hash of the text>`, suffixed for repeats.
    pub id: String,
    pub text: String,
    /// Full name of the person who said it, when known.
    pub speaker: Option<String>,
    /// The unnamed or organisational source it is attributed to when no named person said it
    /// (`a senior Ukrainian official`, `the Kremlin`); never set together with `speaker`.
    pub label: Option<String>,
    pub section: Option<String>,
    /// 1-based paragraph number where the quotation opens.
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
    /// Id of the fact (sentence) the quotation opens in.
    pub fact: String,
}

/// Reported speech: a sentence in which a named person says something in the article's words
/// ("X said that …", "according to X, …"). `text` is the whole sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Statement {
    /// Stable id: `<source id>:s-<hash of the text>`, suffixed for repeats.
    pub id: String,
    pub text: String,
    /// Full name of the person reported speaking.
    pub speaker: String,
    pub section: Option<String>,
    /// 1-based paragraph number.
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
    /// Id of the fact (sentence) the statement is.
    pub fact: String,
}

/// A person an article names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Person {
    /// Full name, as the article first gives it.
    pub name: String,
    /// The role the article gives them (`US Secretary of State`), if any.
    pub role: Option<String>,
    /// Other names the article uses for them: surname, title.
    pub aliases: Vec<String>,
    /// Other roles the articles give them (`head of Russia's sovereign wealth fund` beside
    /// `Putin's investment envoy`): they name the person in a question as their role does.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub other_roles: Vec<String>,
}
