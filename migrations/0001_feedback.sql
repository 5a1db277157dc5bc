-- Parley's feedback store, version 1: the questions asked and the votes on answers.
-- Users are stored only as salted hashes.
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE questions (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,            -- seconds since the Unix epoch
    user_hash TEXT NOT NULL,
    question TEXT NOT NULL,
    wording TEXT NOT NULL,          -- the retriever's normalised wording, for grouping
    answered INTEGER NOT NULL,      -- 0 or 1
    answer_key TEXT,                -- the key the answer's vote buttons carry
    hits TEXT NOT NULL              -- the hit ids shown, comma-separated
);
CREATE INDEX questions_at ON questions (at);
CREATE INDEX questions_answer ON questions (answer_key);
CREATE TABLE votes (
    answer_key TEXT NOT NULL,
    user_hash TEXT NOT NULL,
    up INTEGER NOT NULL,            -- 1 for 👍, 0 for 👎
    at INTEGER NOT NULL,
    PRIMARY KEY (answer_key, user_hash)
);
CREATE INDEX votes_at ON votes (at);
