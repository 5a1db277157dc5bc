//! The feedback store in one SQLite file (`rusqlite`, SQLite built in): the schema from
//! `migrations/` applied in order by `PRAGMA user_version`, a salt made once per database, users
//! stored as salted SHA-256 hashes. One connection behind a mutex: writes are a few a second.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Mutex;
use std::time::{Duration, SystemTime};

use rusqlite::{params, Connection, OptionalExtension};
use sha2::{Digest, Sha256};

use super::gaps::{Downvoted, Gaps, Unanswered};
use super::{FeedbackError, FeedbackStore, QuestionRecord, VoteOutcome};

/// The migrations, in order; migration `i` takes the database from version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[include_str!("../../migrations/0001_feedback.sql")];
/// How long a write waits for a lock held by another process before it gives up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(2);

/// Feedback in a SQLite file.
pub struct SqliteStore {
    conn: Mutex<Connection>,
    salt: String,
}

impl std::fmt::Debug for SqliteStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SqliteStore")
    }
}

fn secs(t: SystemTime) -> i64 {
    t.duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

fn query_err(e: rusqlite::Error) -> FeedbackError {
    FeedbackError::Query(e.to_string())
}

impl SqliteStore {
    /// Opens (or creates) the database at `path` and brings its schema up to date. A file that
    /// is not a database, is locked, or is from a newer Parley is a clear error.
    pub fn open(path: &Path) -> Result<SqliteStore, FeedbackError> {
        let open_err = |reason: String| FeedbackError::Open {
            path: path.display().to_string(),
            reason,
        };
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| open_err(e.to_string()))?;
        }
        let mut conn = Connection::open(path).map_err(|e| open_err(e.to_string()))?;
        conn.busy_timeout(BUSY_TIMEOUT)
            .map_err(|e| open_err(e.to_string()))?;
        let version: usize = conn
            .query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0))
            .map_err(|e| open_err(e.to_string()))?
            .try_into()
            .unwrap_or(0);
        if version > MIGRATIONS.len() {
            return Err(open_err(format!(
                "its schema version {version} is newer than this Parley knows ({})",
                MIGRATIONS.len()
            )));
        }
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(version) {
            let tx = conn.transaction().map_err(|e| open_err(e.to_string()))?;
            tx.execute_batch(sql)
                .and_then(|()| tx.pragma_update(None, "user_version", (i + 1) as i64))
                .and_then(|()| tx.commit())
                .map_err(|e| open_err(format!("migration {}: {e}", i + 1)))?;
        }
        let salt: Option<String> = conn
            .query_row("SELECT value FROM meta WHERE key = 'salt'", [], |r| {
                r.get(0)
            })
            .optional()
            .map_err(|e| open_err(e.to_string()))?;
        let salt = match salt {
            Some(s) => s,
            None => {
                let s = new_salt();
                conn.execute("INSERT INTO meta (key, value) VALUES ('salt', ?1)", [&s])
                    .map_err(|e| open_err(e.to_string()))?;
                s
            }
        };
        Ok(SqliteStore {
            conn: Mutex::new(conn),
            salt,
        })
    }

    /// A user as stored: the salted hash of their id, never the id or name.
    pub fn user_hash(&self, user: u64) -> String {
        let mut h = Sha256::new();
        h.update(self.salt.as_bytes());
        h.update(user.to_le_bytes());
        h.finalize()
            .iter()
            .take(16)
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    fn conn(&self) -> std::sync::MutexGuard<'_, Connection> {
        self.conn.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// How many questions and votes are stored (for tests and `parley gaps`).
    pub fn counts(&self) -> Result<(usize, usize), FeedbackError> {
        let c = self.conn();
        let n = |sql: &str| -> Result<usize, FeedbackError> {
            c.query_row(sql, [], |r| r.get::<_, i64>(0))
                .map(|n| usize::try_from(n).unwrap_or(0))
                .map_err(query_err)
        };
        Ok((
            n("SELECT COUNT(*) FROM questions")?,
            n("SELECT COUNT(*) FROM votes")?,
        ))
    }
}

/// A salt unique to this database: the process's random hasher keys, the time and the pid.
fn new_salt() -> String {
    use std::hash::{BuildHasher, Hasher};
    let mut h = Sha256::new();
    for _ in 0..4 {
        let mut x = std::collections::hash_map::RandomState::new().build_hasher();
        x.write_u128(
            SystemTime::now()
                .duration_since(SystemTime::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos()),
        );
        h.update(x.finish().to_le_bytes());
    }
    h.update(std::process::id().to_le_bytes());
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

impl FeedbackStore for SqliteStore {
    fn record_question(&self, q: &QuestionRecord) -> Result<(), FeedbackError> {
        let user = self.user_hash(q.user);
        self.conn()
            .execute(
                "INSERT INTO questions (at, user_hash, question, wording, answered, answer_key, hits)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    secs(q.at),
                    user,
                    q.question,
                    q.wording,
                    q.answered,
                    q.answer_key,
                    q.hits.join(",")
                ],
            )
            .map(|_| ())
            .map_err(query_err)
    }

    fn vote(
        &self,
        answer_key: &str,
        user: u64,
        up: bool,
        at: SystemTime,
    ) -> Result<VoteOutcome, FeedbackError> {
        let user = self.user_hash(user);
        let c = self.conn();
        let before: Option<bool> = c
            .query_row(
                "SELECT up FROM votes WHERE answer_key = ?1 AND user_hash = ?2",
                params![answer_key, user],
                |r| r.get(0),
            )
            .optional()
            .map_err(query_err)?;
        c.execute(
            "INSERT INTO votes (answer_key, user_hash, up, at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (answer_key, user_hash) DO UPDATE SET up = excluded.up, at = excluded.at",
            params![answer_key, user, up, secs(at)],
        )
        .map_err(query_err)?;
        Ok(match before {
            None => VoteOutcome::Recorded,
            Some(b) if b == up => VoteOutcome::Unchanged,
            Some(_) => VoteOutcome::Changed,
        })
    }

    fn purge(&self, before: SystemTime) -> Result<usize, FeedbackError> {
        let c = self.conn();
        let t = secs(before);
        let q = c
            .execute("DELETE FROM questions WHERE at < ?1", [t])
            .map_err(query_err)?;
        let v = c
            .execute("DELETE FROM votes WHERE at < ?1", [t])
            .map_err(query_err)?;
        Ok(q + v)
    }

    fn gaps(&self, since: SystemTime) -> Result<Gaps, FeedbackError> {
        let c = self.conn();
        let t = secs(since);
        let mut unanswered: BTreeMap<String, Unanswered> = BTreeMap::new();
        let mut stmt = c
            .prepare("SELECT wording, question FROM questions WHERE answered = 0 AND at >= ?1 ORDER BY at")
            .map_err(query_err)?;
        let rows = stmt
            .query_map([t], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
            })
            .map_err(query_err)?;
        for row in rows {
            let (wording, question) = row.map_err(query_err)?;
            let e = unanswered.entry(wording.clone()).or_insert(Unanswered {
                wording,
                count: 0,
                example: question,
            });
            e.count += 1;
        }
        let mut unanswered: Vec<Unanswered> = unanswered.into_values().collect();
        unanswered.sort_by(|a, b| b.count.cmp(&a.count).then(a.wording.cmp(&b.wording)));
        let mut stmt = c
            .prepare(
                "SELECT v.answer_key, SUM(1 - v.up), SUM(v.up),
                        (SELECT q.question FROM questions q WHERE q.answer_key = v.answer_key LIMIT 1)
                 FROM votes v WHERE v.at >= ?1 GROUP BY v.answer_key HAVING SUM(1 - v.up) > 0",
            )
            .map_err(query_err)?;
        let rows = stmt
            .query_map([t], |r| {
                Ok(Downvoted {
                    answer_key: r.get(0)?,
                    down: usize::try_from(r.get::<_, i64>(1)?).unwrap_or(0),
                    up: usize::try_from(r.get::<_, i64>(2)?).unwrap_or(0),
                    example: r.get::<_, Option<String>>(3)?.unwrap_or_default(),
                })
            })
            .map_err(query_err)?;
        let mut downvoted = Vec::new();
        for row in rows {
            downvoted.push(row.map_err(query_err)?);
        }
        downvoted.sort_by(|a, b| b.down.cmp(&a.down).then(a.answer_key.cmp(&b.answer_key)));
        Ok(Gaps {
            unanswered,
            downvoted,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feedback::{days_before, NoStore};

    fn q(
        at: SystemTime,
        user: u64,
        text: &str,
        answered: bool,
        key: Option<&str>,
    ) -> QuestionRecord {
        QuestionRecord {
            at,
            user,
            question: text.into(),
            wording: text.to_lowercase(),
            answered,
            answer_key: key.map(str::to_string),
            hits: vec!["a:f-1".into()],
        }
    }

    #[test]
    fn migrates_from_empty_and_reopens_with_the_same_salt() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state/feedback.sqlite");
        let s = SqliteStore::open(&path).unwrap();
        let h = s.user_hash(42);
        assert_eq!(h.len(), 32);
        assert_ne!(h, s.user_hash(43));
        // Another database has another salt: the same user hashes differently there.
        let other = SqliteStore::open(&dir.path().join("other.sqlite")).unwrap();
        assert_ne!(other.user_hash(42), h);
        drop(s);
        let again = SqliteStore::open(&path).unwrap();
        assert_eq!(again.user_hash(42), h, "one salt per database");
        let version: i64 = again
            .conn()
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(version, MIGRATIONS.len() as i64);
    }

    #[test]
    fn votes_change_and_gaps_group_by_wording() {
        let dir = tempfile::tempdir().unwrap();
        let s = SqliteStore::open(&dir.path().join("f.sqlite")).unwrap();
        let now = SystemTime::now();
        s.record_question(&q(now, 1, "Where is Macron?", false, None))
            .unwrap();
        s.record_question(&q(now, 2, "where is macron?", false, None))
            .unwrap();
        s.record_question(&q(now, 3, "Who won?", false, None))
            .unwrap();
        s.record_question(&q(now, 1, "What did Rubio say?", true, Some("k1")))
            .unwrap();
        assert_eq!(s.vote("k1", 1, true, now).unwrap(), VoteOutcome::Recorded);
        assert_eq!(s.vote("k1", 1, true, now).unwrap(), VoteOutcome::Unchanged);
        assert_eq!(s.vote("k1", 1, false, now).unwrap(), VoteOutcome::Changed);
        assert_eq!(s.vote("k1", 2, false, now).unwrap(), VoteOutcome::Recorded);
        let g = s.gaps(days_before(now, 7)).unwrap();
        assert_eq!(
            (g.unanswered[0].count, g.unanswered[0].wording.as_str()),
            (2, "where is macron?")
        );
        assert_eq!(g.unanswered.len(), 2);
        assert_eq!((g.downvoted[0].down, g.downvoted[0].up), (2, 0));
        assert_eq!(g.downvoted[0].example, "What did Rubio say?");
    }

    #[test]
    fn retention_purges_old_rows_by_the_given_clock() {
        let dir = tempfile::tempdir().unwrap();
        let s = SqliteStore::open(&dir.path().join("f.sqlite")).unwrap();
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(100 * 86_400);
        s.record_question(&q(days_before(now, 40), 1, "old", false, None))
            .unwrap();
        s.record_question(&q(days_before(now, 1), 1, "new", false, None))
            .unwrap();
        s.vote("k", 1, false, days_before(now, 31)).unwrap();
        assert_eq!(s.purge(days_before(now, 30)).unwrap(), 2);
        assert_eq!(s.counts().unwrap(), (1, 0));
    }

    #[test]
    fn a_locked_database_is_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f.sqlite");
        drop(SqliteStore::open(&path).unwrap());
        // Another process holds an exclusive lock (it is mid-write and never finishes).
        let holder = Connection::open(&path).unwrap();
        holder.execute_batch("BEGIN EXCLUSIVE").unwrap();
        let e = SqliteStore::open(&path).unwrap_err().to_string();
        assert!(e.contains("f.sqlite") && e.contains("locked"), "{e}");
    }

    #[test]
    fn a_corrupt_file_is_a_clear_error_and_storage_off_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f.sqlite");
        std::fs::write(
            &path,
            b"this is not a database, just some text that is long enough",
        )
        .unwrap();
        let e = SqliteStore::open(&path).unwrap_err().to_string();
        assert!(
            e.contains("f.sqlite") && e.contains("cannot be used"),
            "{e}"
        );
        let off = NoStore;
        off.record_question(&q(SystemTime::now(), 1, "x", false, None))
            .unwrap();
        assert_eq!(off.gaps(SystemTime::UNIX_EPOCH).unwrap(), Gaps::default());
        let before: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .collect();
        assert_eq!(before, vec![path], "storage off creates no file");
    }
}
