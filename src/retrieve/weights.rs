//! The rerank's bonuses as one named value, read by the rerank and by the search's pruning bound
//! (computed from them), so the two can never disagree.

/// The rerank's multipliers. A bonus above 1 lifts a candidate, below 1 lowers it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Weights {
    /// Proximity: a window of m matched words spanning `span` words multiplies by
    /// `1 + proximity * (m - 1) / span`. Tight phrases answer better than scattered words.
    pub proximity: f32,
    /// "What did X say": X's own quote (the strongest evidence of what X said).
    pub speaker: f32,
    /// "What did X say": a sentence with X as the subject of a reporting verb.
    pub statement: f32,
    /// "What did X say": anything else (someone else's words, or nobody's).
    pub other_speaker: f32,
    /// "Who said …": an attributed quote (it names its speaker).
    pub who_said_speaker: f32,
    /// "Who said …": a sentence with a reporting verb.
    pub who_said_verb: f32,
    /// "When …": a sentence holding a date word.
    pub date: f32,
    /// "Where …": a sentence naming a place.
    pub place: f32,
    /// "How long / much / many …": a sentence holding a number, a duration or an amount.
    pub number: f32,
    /// "Why …", "what reason …": a sentence giving a cause ("because", "due to").
    pub cause: f32,
    /// "How many …": on top of `number`, a number right before what the question counts
    /// ("600 objections" for "how many objections"), not one about something else.
    pub counted: f32,
    /// Any direct quote: a verbatim quote is what Parley exists to show.
    pub quote: f32,
    /// Question words only the article's title holds ("Istanbul talks: …" for "The talks lasted
    /// an hour."): the factor is `1 + title * (their weight / the question's)`.
    pub title: f32,
    /// A sentence of the headline repeated atop the story: the headline sums up what the story
    /// says in full, so the story's own sentences win a near tie.
    pub headline: f32,
    /// "What did X say about Y": X's words whose neighbouring sentences hold topic words their
    /// own text lacks (the talks a sentence earlier names) multiply by `1 + context * (those
    /// words' weight / the topic's)`.
    pub context: f32,
}

/// The weights Parley ranks with, calibrated on the labelled questions in `tests/data/`.
pub const WEIGHTS: Weights = Weights {
    proximity: 0.3,
    speaker: 2.0,
    statement: 1.3,
    other_speaker: 0.6,
    who_said_speaker: 1.3,
    who_said_verb: 1.15,
    date: 1.8,
    place: 1.8,
    number: 1.8,
    cause: 1.8,
    counted: 1.3,
    quote: 1.05,
    title: 0.5,
    headline: 0.6,
    context: 0.25,
};

impl Default for Weights {
    fn default() -> Self {
        WEIGHTS
    }
}
