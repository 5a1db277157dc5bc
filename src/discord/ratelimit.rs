//! The per-user question rate limit: a sliding window of the last `questions` timestamps per user,
//! read from an injectable [`Clock`] so tests never sleep. Stale users are pruned so memory stays
//! bounded by the number of users active within one window.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::settings::RateLimit;

/// Where the rate limiter reads the time from.
pub trait Clock: Send + Sync + 'static {
    fn now(&self) -> Instant;
}

/// The real monotonic clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Instant {
        Instant::now()
    }
}

/// What the limiter decided for one question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// The question may be answered.
    Allowed,
    /// Over the limit. `first` is true for the first refusal in the current window (so a chatty
    /// user gets one note, not one per message); `retry_after` is when a slot frees up.
    Limited { first: bool, retry_after: Duration },
}

#[derive(Debug, Default)]
struct UserWindow {
    asked: VecDeque<Instant>,
    /// Set when the user was told about the limit; cleared when a question is allowed again.
    noted: bool,
}

/// A sliding-window limiter keyed by user id.
#[derive(Debug)]
pub struct RateLimiter {
    max: usize,
    window: Duration,
    users: Mutex<HashMap<u64, UserWindow>>,
    /// When the map was last swept for idle users.
    swept: Mutex<Option<Instant>>,
}

impl RateLimiter {
    pub fn new(limit: RateLimit) -> RateLimiter {
        RateLimiter {
            max: limit.questions.max(1) as usize,
            window: Duration::from_secs(limit.window_seconds.max(1)),
            users: Mutex::new(HashMap::new()),
            swept: Mutex::new(None),
        }
    }

    /// Records a question by `user` at `now` if the user is under the limit.
    pub fn check(&self, user: u64, now: Instant) -> Decision {
        let mut users = self.users.lock().unwrap_or_else(|p| p.into_inner());
        self.sweep(&mut users, now);
        let w = users.entry(user).or_default();
        while w
            .asked
            .front()
            .is_some_and(|t| now.saturating_duration_since(*t) >= self.window)
        {
            w.asked.pop_front();
        }
        if w.asked.len() < self.max {
            w.asked.push_back(now);
            w.noted = false;
            return Decision::Allowed;
        }
        let oldest = w.asked.front().copied().unwrap_or(now);
        let retry_after = self
            .window
            .saturating_sub(now.saturating_duration_since(oldest));
        let first = !w.noted;
        w.noted = true;
        Decision::Limited { first, retry_after }
    }

    /// How many users are currently tracked (for tests of the memory bound).
    pub fn tracked_users(&self) -> usize {
        self.users.lock().unwrap_or_else(|p| p.into_inner()).len()
    }

    /// Drops users whose every question is older than the window, at most once per window.
    fn sweep(&self, users: &mut HashMap<u64, UserWindow>, now: Instant) {
        let mut swept = self.swept.lock().unwrap_or_else(|p| p.into_inner());
        if swept.is_some_and(|t| now.saturating_duration_since(t) < self.window) {
            return;
        }
        *swept = Some(now);
        let window = self.window;
        users.retain(|_, w| {
            w.asked
                .back()
                .is_some_and(|t| now.saturating_duration_since(*t) < window)
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limiter(questions: u32, window_seconds: u64) -> RateLimiter {
        RateLimiter::new(RateLimit {
            questions,
            window_seconds,
        })
    }

    #[test]
    fn allows_up_to_the_limit_then_notes_once() {
        let l = limiter(5, 30);
        let t0 = Instant::now();
        for i in 0..5 {
            assert_eq!(l.check(1, t0 + Duration::from_secs(i)), Decision::Allowed);
        }
        let d = l.check(1, t0 + Duration::from_secs(10));
        assert_eq!(
            d,
            Decision::Limited {
                first: true,
                retry_after: Duration::from_secs(20)
            }
        );
        assert!(matches!(
            l.check(1, t0 + Duration::from_secs(11)),
            Decision::Limited { first: false, .. }
        ));
        // Another user is not affected.
        assert_eq!(l.check(2, t0 + Duration::from_secs(11)), Decision::Allowed);
    }

    #[test]
    fn window_slides() {
        let l = limiter(2, 10);
        let t0 = Instant::now();
        assert_eq!(l.check(7, t0), Decision::Allowed);
        assert_eq!(l.check(7, t0 + Duration::from_secs(5)), Decision::Allowed);
        assert!(matches!(
            l.check(7, t0 + Duration::from_secs(9)),
            Decision::Limited { .. }
        ));
        // The first question leaves the window at t0 + 10.
        assert_eq!(l.check(7, t0 + Duration::from_secs(10)), Decision::Allowed);
        assert!(matches!(
            l.check(7, t0 + Duration::from_secs(11)),
            Decision::Limited { first: true, .. }
        ));
    }

    #[test]
    fn idle_users_are_pruned() {
        let l = limiter(1, 10);
        let t0 = Instant::now();
        for u in 0..1000 {
            l.check(u, t0);
        }
        assert_eq!(l.tracked_users(), 1000);
        l.check(5000, t0 + Duration::from_secs(20));
        assert_eq!(l.tracked_users(), 1);
    }
}
