//! Discord's REST rate limits as the fake Discord enforces them: per-route buckets with a major
//! parameter (message sends per channel, edits and follow-ups per interaction token), each a fixed
//! window that starts with its first request, and the global limit per bot (a token bucket;
//! interaction callbacks are exempt). A request over a limit gets Discord's 429; every response of a
//! limited route carries the `X-RateLimit-*` headers. Windows are configurable so a test can scale
//! time down (e.g. 5 sends per 250 ms instead of per 5 s) and still run serenity's real limiter.

#![allow(dead_code)]

use std::collections::HashMap;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde_json::{json, Value};

/// Discord's limits: message sends a channel takes per window.
pub const CHANNEL_MESSAGES: u32 = 5;
/// Discord's window for message sends.
pub const CHANNEL_WINDOW: Duration = Duration::from_secs(5);
/// Edits and follow-ups of one interaction per window.
pub const WEBHOOK_MESSAGES: u32 = 5;
/// Discord's window for interaction edits and follow-ups.
pub const WEBHOOK_WINDOW: Duration = Duration::from_secs(2);
/// Requests per bot per global window (interaction callbacks not counted).
pub const GLOBAL_REQUESTS: u32 = 50;
/// Discord's global window.
pub const GLOBAL_WINDOW: Duration = Duration::from_secs(1);

/// The limits a fake enforces. [`RateLimits::discord`] is Discord's; [`RateLimits::scaled`]
/// divides every window by a factor (the counts stay).
#[derive(Debug, Clone, Copy)]
pub struct RateLimits {
    pub channel_messages: u32,
    pub channel_window: Duration,
    pub webhook_messages: u32,
    pub webhook_window: Duration,
    pub global_requests: u32,
    pub global_window: Duration,
}

impl RateLimits {
    pub fn discord() -> RateLimits {
        RateLimits {
            channel_messages: CHANNEL_MESSAGES,
            channel_window: CHANNEL_WINDOW,
            webhook_messages: WEBHOOK_MESSAGES,
            webhook_window: WEBHOOK_WINDOW,
            global_requests: GLOBAL_REQUESTS,
            global_window: GLOBAL_WINDOW,
        }
    }

    /// Discord's limits with every window `factor` times shorter.
    pub fn scaled(factor: u32) -> RateLimits {
        let d = RateLimits::discord();
        RateLimits {
            channel_window: d.channel_window / factor,
            webhook_window: d.webhook_window / factor,
            global_window: d.global_window / factor,
            ..d
        }
    }
}

/// One fixed window of a route bucket: it opens with its first request and closes `window` later.
#[derive(Debug, Clone, Copy)]
struct Window {
    opened: Instant,
    used: u32,
}

/// The global limit: a bucket of `global_requests` tokens refilled evenly over the window.
#[derive(Debug, Clone, Copy)]
struct Tokens {
    tokens: f64,
    at: Instant,
}

/// What the limiter says about one request.
#[derive(Debug, Clone)]
pub enum Verdict {
    /// Not a limited route (and not counted globally).
    Free,
    /// Allowed; the headers go on the response. `bucket` is the limited bucket, if any.
    Allowed {
        bucket: Option<String>,
        headers: Vec<(String, String)>,
    },
    /// Refused with a 429: these headers and this body.
    Limited {
        bucket: String,
        headers: Vec<(String, String)>,
        body: Value,
    },
}

/// The rate-limit state of one fake.
#[derive(Debug)]
pub struct Limiter {
    pub limits: RateLimits,
    windows: HashMap<String, Window>,
    global: Tokens,
}

/// The bucket and its limit for one request: (key shown in `X-RateLimit-Bucket` plus the major
/// parameter, limit, window). `None` for routes without a per-route limit.
fn route(limits: &RateLimits, method: &str, path: &str) -> Option<(String, u32, Duration)> {
    let parts: Vec<&str> = path.trim_start_matches("/api/v10/").split('/').collect();
    match (method, parts.as_slice()) {
        ("POST", ["channels", channel, "messages"]) => Some((
            format!("channel-messages:{channel}"),
            limits.channel_messages,
            limits.channel_window,
        )),
        (_, ["webhooks", _app, token, ..]) => Some((
            format!("interaction-webhook:{token}"),
            limits.webhook_messages,
            limits.webhook_window,
        )),
        _ => None,
    }
}

/// Seconds as Discord writes them: a float with millisecond precision, rounded up so a client
/// that waits exactly this long is never early.
fn secs(d: Duration) -> String {
    let ms = d.as_nanos().div_ceil(1_000_000);
    format!("{}.{:03}", ms / 1000, ms % 1000)
}

fn epoch_secs(at: SystemTime) -> String {
    secs(at.duration_since(UNIX_EPOCH).unwrap_or_default())
}

/// Discord's 429 body.
fn too_many(retry_after: Duration, global: bool) -> Value {
    let retry = retry_after.as_nanos().div_ceil(1_000_000) as f64 / 1000.0;
    json!({"message": "You are being rate limited.", "retry_after": retry, "global": global})
}

impl Limiter {
    pub fn new(limits: RateLimits, now: Instant) -> Limiter {
        Limiter {
            limits,
            windows: HashMap::new(),
            global: Tokens {
                tokens: f64::from(limits.global_requests),
                at: now,
            },
        }
    }

    /// Counts one request (`path` without the query) and says whether Discord would take it.
    pub fn check(&mut self, method: &str, path: &str, now: Instant) -> Verdict {
        if !path.starts_with("/api/v10/") || path == "/api/v10/gateway" {
            return Verdict::Free;
        }
        // Interaction callbacks are bound by neither the global nor a route limit.
        if path.starts_with("/api/v10/interactions/") {
            return Verdict::Free;
        }
        let l = self.limits;
        // The global limit first: it refuses whatever the route.
        let per_token = l.global_window.as_secs_f64() / f64::from(l.global_requests);
        let refill = now.saturating_duration_since(self.global.at).as_secs_f64() / per_token;
        self.global.tokens = (self.global.tokens + refill).min(f64::from(l.global_requests));
        self.global.at = now;
        if self.global.tokens < 1.0 {
            let wait = Duration::from_secs_f64((1.0 - self.global.tokens) * per_token);
            return Verdict::Limited {
                bucket: "global".to_string(),
                headers: vec![
                    ("retry-after".into(), secs(wait)),
                    ("x-ratelimit-global".into(), "true".into()),
                    ("x-ratelimit-scope".into(), "global".into()),
                ],
                body: too_many(wait, true),
            };
        }
        let Some((bucket, limit, window)) = route(&l, method, path) else {
            self.global.tokens -= 1.0;
            return Verdict::Allowed {
                bucket: None,
                headers: Vec::new(),
            };
        };
        let w = self.windows.entry(bucket.clone()).or_insert(Window {
            opened: now,
            used: 0,
        });
        if now.saturating_duration_since(w.opened) >= window {
            *w = Window {
                opened: now,
                used: 0,
            };
        }
        let reset_after = window.saturating_sub(now.saturating_duration_since(w.opened));
        let reset_at = SystemTime::now() + reset_after;
        let hash = bucket.split(':').next().unwrap_or("").to_string();
        let mut headers = vec![
            ("x-ratelimit-limit".to_string(), limit.to_string()),
            ("x-ratelimit-reset".into(), epoch_secs(reset_at)),
            ("x-ratelimit-reset-after".into(), secs(reset_after)),
            ("x-ratelimit-bucket".into(), hash),
        ];
        if w.used >= limit {
            headers.push(("x-ratelimit-remaining".into(), "0".into()));
            headers.push(("retry-after".into(), secs(reset_after)));
            headers.push(("x-ratelimit-scope".into(), "user".into()));
            return Verdict::Limited {
                bucket,
                headers,
                body: too_many(reset_after, false),
            };
        }
        w.used += 1;
        self.global.tokens -= 1.0;
        headers.push(("x-ratelimit-remaining".into(), (limit - w.used).to_string()));
        Verdict::Allowed {
            bucket: Some(bucket),
            headers,
        }
    }
}
