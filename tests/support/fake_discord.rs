//! A fake Discord on 127.0.0.1 for end-to-end tests of the bot: REST (axum) records every request
//! (method, path, Authorization header, JSON body, the status it answered) and answers like
//! Discord; the gateway (tokio-tungstenite) does the HELLO / IDENTIFY / READY handshake,
//! acknowledges heartbeats and sends the dispatches a test pushes. Everything stops when the value
//! is dropped.
//!
//! It refuses what Discord refuses (see `strict`): a wrong token (401), bodies over Discord's
//! limits (400, code 50035, naming the field), a second initial response to an interaction (400,
//! 40060), a first response later than 3 s on the fake's clock or to an unknown interaction (404,
//! 10062), a callback type that does not fit the interaction type (400, 50035), and an edit or
//! follow-up before the interaction was acknowledged (404, 10015).
//!
//! Started with [`FakeOptions::rate_limits`], it also enforces Discord's rate limits
//! ([`super::fake_limits`]): `X-RateLimit-*` headers on limited routes and 429s when a bucket or
//! the global limit is exceeded. REST is served twice: plain HTTP at `base` (attachments the bot
//! fetches, direct checks) and TLS as `discord.com` ([`super::fake_tls`], [`FakeDiscord::client`]),
//! where serenity's real rate limiter runs. The gateway enforces heartbeats (no heartbeat within
//! 1.5 intervals: closed with 4009) and can send INVALID_SESSION (op 9) and stop acknowledging
//! heartbeats.

#![allow(dead_code)]

use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::Router;
use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use tokio::net::TcpListener;
use tokio::sync::{mpsc, Notify};
use tokio::task::JoinHandle;
use tokio_tungstenite::tungstenite::Message as WsMessage;

use super::fake_limits::Verdict;

pub const BOT_ID: u64 = 900_000_000_000_000_001;
pub const APP_ID: u64 = 900_000_000_000_000_002;
pub const GUILD_ID: u64 = 800_000_000_000_000_001;
pub const CHANNEL_ID: u64 = 700_000_000_000_000_001;

/// How long a test waits for the bot before failing (a hang guard, not a timing assertion).
pub const PATIENCE: Duration = Duration::from_secs(30);

/// One REST request the bot made.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: String,
    /// Path and query, e.g. `/api/v10/channels/1/messages`.
    pub path: String,
    pub authorization: Option<String>,
    /// The raw body as text (empty when none).
    pub raw: String,
    /// The body parsed as JSON (`Null` when empty or not JSON).
    pub body: Value,
    /// The HTTP status the fake answered.
    pub status: u16,
    /// The JSON the fake answered (`Null` when none): Discord's error body on a refusal.
    pub answer: Value,
    /// The rate-limit bucket the request counted against (`global` for a global 429), when the
    /// fake enforces rate limits.
    pub bucket: Option<String>,
}

impl Recorded {
    /// Is this a message posted as a reply to the message `id`?
    pub fn replies_to(&self, id: u64) -> bool {
        let reference = &self.body["message_reference"]["message_id"];
        self.method == "POST" && reference.as_str().and_then(|s| s.parse().ok()) == Some(id)
    }
}

#[derive(Default)]
struct Inner {
    requests: Mutex<Vec<Recorded>>,
    identifies: Mutex<Vec<Value>>,
    changed: Notify,
    ws_url: Mutex<String>,
    next_id: AtomicU64,
    /// How many of the next message posts and interaction callbacks fail with a 500.
    failures: AtomicU64,
    /// How many of the next edits of `@original` fail with a 500.
    edit_failures: AtomicU64,
    /// The token requests must carry (`Bot <token>`); any token when `None`.
    token: Mutex<Option<String>>,
    /// Interactions dispatched, by token.
    interactions: Mutex<std::collections::HashMap<String, Interaction>>,
    /// How far the fake's clock is ahead of the real one (tests move it with `advance`).
    clock_offset: Mutex<Duration>,
    /// RESUME payloads (`d`) received on the gateway.
    resumes: Mutex<Vec<Value>>,
    /// The last dispatch sequence number sent (a resumed session goes on from it).
    seq: AtomicU64,
    /// Whether the developer portal allows the privileged intents (else IDENTIFY with one is
    /// closed with 4014).
    refuse_privileged: std::sync::atomic::AtomicBool,
    /// The live gateway connection of each shard, by shard id.
    shards: Mutex<std::collections::HashMap<u64, mpsc::UnboundedSender<(String, Value)>>>,
    /// Dispatches for a shard with no live connection yet (sent when it connects or resumes).
    pending: Mutex<Pending>,
    /// The shard count the bot identified with (1 until an IDENTIFY says otherwise).
    total_shards: AtomicU64,
    /// Files served as attachments, by name.
    uploads: Mutex<std::collections::HashMap<String, String>>,
    /// Discord's rate limits, when enforced.
    limiter: Mutex<Option<super::fake_limits::Limiter>>,
    /// The heartbeat interval HELLO announces, in milliseconds.
    heartbeat_ms: AtomicU64,
    /// Heartbeats (op 1) received.
    heartbeats: AtomicU64,
    /// Connections closed because no heartbeat came within 1.5 intervals.
    heartbeat_timeouts: AtomicU64,
    /// Whether heartbeats go unacknowledged (a client must then reconnect).
    acks_off: std::sync::atomic::AtomicBool,
    /// Sessions invalidated with op 9 `d: false`: a RESUME of one is refused.
    invalidated: Mutex<std::collections::HashSet<String>>,
}

impl Inner {
    /// The shard a dispatch belongs to: Discord's `(guild_id >> 22) % shards`; DMs go to shard 0.
    fn shard_of(&self, d: &Value) -> u64 {
        let total = self.total_shards.load(Ordering::SeqCst).max(1);
        let guild = d["guild_id"]
            .as_str()
            .and_then(|g| g.parse::<u64>().ok())
            .or_else(|| d["guild_id"].as_u64());
        guild.map_or(0, |g| (g >> 22) % total)
    }

    /// Sends a dispatch (or a control message) to a shard's connection, or keeps it until the
    /// shard connects. The kept dispatches' lock is held throughout, and a connection takes the
    /// shard over (or gives it up) under the same lock, so no dispatch falls between the two and
    /// is lost: Discord delivers every dispatch of a session.
    fn send_to(&self, shard: u64, t: String, d: Value) {
        let mut pending = self.pending.lock().unwrap_or_else(|p| p.into_inner());
        let live = self
            .shards
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(&shard)
            .cloned();
        if let Some(tx) = live {
            if let Err(e) = tx.send((t, d)) {
                let (t, d) = e.0;
                keep(&mut pending, shard, t, d);
            }
            return;
        }
        keep(&mut pending, shard, t, d);
    }
}

/// The dispatches kept per shard while it has no connection.
type Pending = std::collections::HashMap<u64, Vec<(String, Value)>>;

/// Keeps a dispatch until its shard connects; control messages are for a live connection only.
fn keep(pending: &mut Pending, shard: u64, t: String, d: Value) {
    if t.starts_with("__") {
        return;
    }
    pending.entry(shard).or_default().push((t, d));
}

/// Message Content, the privileged intent Parley may ask for.
pub const MESSAGE_CONTENT_INTENT: u64 = 1 << 15;
/// Control messages a test sends down the dispatch channel.
const RECONNECT: &str = "__RECONNECT__";
const DROP_SOCKET: &str = "__DROP__";
const INVALID_RESUMABLE: &str = "__INVALID_SESSION_TRUE__";
const INVALID_NEW: &str = "__INVALID_SESSION_FALSE__";

/// Discord's heartbeat interval.
pub const HEARTBEAT_INTERVAL: Duration = Duration::from_millis(41_250);
/// A connection without a heartbeat for this many intervals is closed (Discord: 4009).
const HEARTBEAT_GRACE: f64 = 1.5;

/// How a fake starts.
#[derive(Debug, Clone)]
pub struct FakeOptions {
    /// Discord's rate limits (maybe with scaled windows); `None`: no limits, no headers.
    pub rate_limits: Option<super::fake_limits::RateLimits>,
    /// The heartbeat interval HELLO announces.
    pub heartbeat_interval: Duration,
}

impl Default for FakeOptions {
    fn default() -> Self {
        FakeOptions {
            rate_limits: None,
            heartbeat_interval: HEARTBEAT_INTERVAL,
        }
    }
}

/// What the fake knows of one interaction it dispatched.
#[derive(Debug, Clone)]
struct Interaction {
    /// 2 command, 3 component, 4 autocomplete.
    kind: u64,
    /// When it was dispatched, on the fake's clock.
    created: std::time::Instant,
    /// Whether its initial response was accepted.
    acknowledged: bool,
}

impl Inner {
    /// The fake's clock: the real one plus the offset a test added.
    fn now(&self) -> std::time::Instant {
        std::time::Instant::now() + *self.clock_offset.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn record(&self, r: Recorded) {
        self.requests
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(r);
        self.changed.notify_waiters();
    }
}

/// A running fake Discord.
pub struct FakeDiscord {
    /// The REST base URL over plain HTTP (`http://127.0.0.1:PORT`), where attachments are served.
    pub base: String,
    /// The same REST over TLS as `discord.com` (see [`FakeDiscord::client`]).
    pub tls: SocketAddr,
    inner: Arc<Inner>,
    tasks: Vec<JoinHandle<()>>,
}

impl Drop for FakeDiscord {
    fn drop(&mut self) {
        for t in &self.tasks {
            t.abort();
        }
    }
}

impl FakeDiscord {
    /// Starts the REST server and the gateway on two loopback ports chosen by the OS.
    pub async fn start() -> FakeDiscord {
        Self::start_with(FakeOptions::default()).await
    }

    /// Starts a fake with rate limits and a heartbeat interval of the test's choosing.
    pub async fn start_with(options: FakeOptions) -> FakeDiscord {
        let inner = Arc::new(Inner {
            next_id: AtomicU64::new(600_000_000_000_000_000),
            limiter: Mutex::new(
                options
                    .rate_limits
                    .map(|l| super::fake_limits::Limiter::new(l, std::time::Instant::now())),
            ),
            heartbeat_ms: AtomicU64::new(options.heartbeat_interval.as_millis() as u64),
            ..Inner::default()
        });
        let rest = TcpListener::bind("127.0.0.1:0").await.expect("bind REST");
        let gateway = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind gateway");
        let rest_addr: SocketAddr = rest.local_addr().expect("REST address");
        let gw_addr: SocketAddr = gateway.local_addr().expect("gateway address");
        *inner.ws_url.lock().unwrap() = format!("ws://{gw_addr}");

        let app = Router::new()
            .fallback(rest_handler)
            .with_state(inner.clone());
        let (tls, tls_task) = super::fake_tls::serve(app.clone()).await;
        let rest_task = tokio::spawn(async move {
            let _ = axum::serve(rest, app).await;
        });
        let gw_inner = inner.clone();
        let gw_task = tokio::spawn(async move {
            let mut conns = Vec::new();
            while let Ok((stream, _)) = gateway.accept().await {
                let inner = gw_inner.clone();
                conns.push(tokio::spawn(gateway_conn(stream, inner)));
            }
        });
        FakeDiscord {
            base: format!("http://{rest_addr}"),
            tls,
            inner,
            tasks: vec![rest_task, tls_task, gw_task],
        }
    }

    /// Sends a gateway dispatch (`t` is the event name, `d` its payload). An interaction is
    /// remembered (by its token) so its responses can be checked as Discord checks them.
    pub fn dispatch(&self, t: &str, d: Value) {
        self.dispatch_aged(t, d, Duration::ZERO);
    }

    /// [`FakeDiscord::dispatch`] of an interaction created `age` ago on the fake's clock (a bot
    /// that answers it later than 3 s after creation is refused).
    pub fn dispatch_aged(&self, t: &str, d: Value, age: Duration) {
        if t == "INTERACTION_CREATE" {
            if let Some(token) = d["token"].as_str() {
                let created = self
                    .inner
                    .now()
                    .checked_sub(age)
                    .unwrap_or_else(std::time::Instant::now);
                self.inner
                    .interactions
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .insert(
                        token.to_string(),
                        Interaction {
                            kind: d["type"].as_u64().unwrap_or(0),
                            created,
                            acknowledged: false,
                        },
                    );
            }
        }
        let shard = self.inner.shard_of(&d);
        self.inner.send_to(shard, t.to_string(), d);
    }

    /// A reqwest client for the bot: `https://discord.com` reaches this fake over TLS, so serenity
    /// runs with its real base URL and rate limiter.
    pub fn client(&self) -> reqwest::Client {
        super::fake_tls::client(self.tls)
    }

    /// Every request answered with 429.
    pub fn throttled(&self) -> Vec<Recorded> {
        self.requests()
            .into_iter()
            .filter(|r| r.status == 429)
            .collect()
    }

    /// Invalidates the session of every live shard (gateway op 9): resumable (`d: true`, the
    /// client RESUMEs) or not (`d: false`, the client must IDENTIFY anew; a RESUME is refused).
    pub fn invalid_session(&self, resumable: bool) {
        self.control(if resumable {
            INVALID_RESUMABLE
        } else {
            INVALID_NEW
        });
    }

    /// Stops (or resumes) acknowledging heartbeats; a client must then reconnect.
    pub fn set_acks(&self, on: bool) {
        self.inner.acks_off.store(!on, Ordering::SeqCst);
    }

    /// Heartbeats (op 1) received so far.
    pub fn heartbeats(&self) -> u64 {
        self.inner.heartbeats.load(Ordering::SeqCst)
    }

    /// Connections the fake closed because heartbeats stopped.
    pub fn heartbeat_timeouts(&self) -> u64 {
        self.inner.heartbeat_timeouts.load(Ordering::SeqCst)
    }

    /// The gateway URL (`ws://127.0.0.1:PORT`).
    pub fn gateway_url(&self) -> String {
        self.inner
            .ws_url
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Asks the bot to reconnect and resume (gateway op 7), as Discord does.
    pub fn reconnect(&self) {
        self.control(RECONNECT);
    }

    /// Sends a control message to every live shard.
    fn control(&self, what: &str) {
        let shards: Vec<u64> = self
            .inner
            .shards
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .keys()
            .copied()
            .collect();
        for s in shards {
            self.inner.send_to(s, what.to_string(), Value::Null);
        }
    }

    /// Drops the gateway socket without a word, as a network failure does.
    pub fn drop_socket(&self) {
        self.control(DROP_SOCKET);
    }

    /// Every RESUME payload (`d`) received on the gateway.
    pub fn resumes(&self) -> Vec<Value> {
        self.inner
            .resumes
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Behaves as an application whose portal has not enabled the privileged intents.
    pub fn refuse_privileged_intents(&self) {
        self.inner.refuse_privileged.store(true, Ordering::SeqCst);
    }

    /// Serves `text` as the attachment `name`; returns its URL.
    pub fn upload(&self, name: &str, text: &str) -> String {
        self.inner
            .uploads
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(name.to_string(), text.to_string());
        format!("{}/attachments/{name}", self.base)
    }

    /// Requires every REST request to carry `Bot <token>` (Discord answers 401 otherwise).
    pub fn expect_token(&self, token: &str) {
        *self.inner.token.lock().unwrap_or_else(|p| p.into_inner()) = Some(token.to_string());
    }

    /// Moves the fake's clock forward (interaction deadlines are measured on it).
    pub fn advance(&self, by: Duration) {
        *self
            .inner
            .clock_offset
            .lock()
            .unwrap_or_else(|p| p.into_inner()) += by;
    }

    /// Requests the fake refused (any status of 400 or more).
    pub fn refused(&self) -> Vec<Recorded> {
        self.requests()
            .into_iter()
            .filter(|r| r.status >= 400)
            .collect()
    }

    /// Makes the next `n` edits of an interaction's `@original` fail with HTTP 500.
    pub fn fail_next_edits(&self, n: u64) {
        self.inner.edit_failures.store(n, Ordering::SeqCst);
    }

    /// Every REST request so far.
    pub fn requests(&self) -> Vec<Recorded> {
        self.inner
            .requests
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Forgets the recorded REST requests (long tests keep memory flat with it).
    pub fn clear(&self) {
        self.inner
            .requests
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clear();
    }

    /// Every IDENTIFY payload (`d`) received on the gateway.
    pub fn identifies(&self) -> Vec<Value> {
        self.inner
            .identifies
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Waits until at least `n` recorded requests satisfy `pred` and returns them (panics after
    /// [`PATIENCE`], listing what was recorded, so a broken bot fails instead of hanging).
    pub async fn wait_n(&self, n: usize, pred: impl Fn(&Recorded) -> bool) -> Vec<Recorded> {
        let deadline = tokio::time::Instant::now() + PATIENCE;
        loop {
            let notified = self.inner.changed.notified();
            let found: Vec<Recorded> = self.requests().into_iter().filter(|r| pred(r)).collect();
            if found.len() >= n {
                return found;
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                let seen: Vec<String> = self
                    .requests()
                    .iter()
                    .map(|r| format!("{} {} {}", r.method, r.path, r.raw))
                    .collect();
                panic!(
                    "waited too long for {n} matching requests (found {}); recorded:\n{}",
                    found.len(),
                    seen.join("\n")
                );
            }
        }
    }

    /// Waits for one request matching `pred`.
    pub async fn wait(&self, pred: impl Fn(&Recorded) -> bool) -> Recorded {
        self.wait_n(1, pred).await.remove(0)
    }

    /// Waits until the bot has processed READY and registered its slash commands.
    pub async fn wait_registered(&self) -> Recorded {
        self.wait(|r| r.method == "PUT" && r.path.ends_with("/commands"))
            .await
    }

    /// Waits for the bot's reply to message `message_id`.
    pub async fn reply_to(&self, message_id: u64) -> Recorded {
        let id = message_id.to_string();
        self.wait(move |r| {
            r.method == "POST"
                && r.path.ends_with("/messages")
                && r.body["message_reference"]["message_id"]
                    .to_string()
                    .trim_matches('"')
                    == id
        })
        .await
    }

    /// Waits for the callback of interaction `interaction_id`.
    pub async fn callback(&self, interaction_id: u64) -> Recorded {
        let p = format!("/api/v10/interactions/{interaction_id}/");
        self.wait(move |r| {
            r.method == "POST" && r.path.starts_with(&p) && r.path.ends_with("/callback")
        })
        .await
    }

    /// Waits for the edit of the deferred response of the interaction with `token`.
    pub async fn edit_of(&self, token: &str) -> Recorded {
        let p = format!("/api/v10/webhooks/{APP_ID}/{token}/messages/@original");
        self.wait(move |r| r.method == "PATCH" && r.path == p).await
    }

    /// Makes the next `n` message posts or interaction callbacks fail with HTTP 500.
    pub fn fail_next(&self, n: u64) {
        self.inner.failures.store(n, Ordering::SeqCst);
    }

    pub fn next_id(&self) -> u64 {
        self.inner.next_id.fetch_add(1, Ordering::SeqCst)
    }
}

async fn rest_handler(
    State(inner): State<Arc<Inner>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let raw = String::from_utf8_lossy(&body).into_owned();
    let json: Value = serde_json::from_str(&raw).unwrap_or(Value::Null);
    let path = uri
        .path_and_query()
        .map_or_else(|| uri.path().to_string(), |p| p.as_str().to_string());
    let mut rec = Recorded {
        method: method.to_string(),
        path: path.clone(),
        authorization: headers
            .get("authorization")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string),
        raw,
        body: json.clone(),
        status: 0,
        answer: Value::Null,
        bucket: None,
    };
    // Attachments are served as Discord's CDN serves them: the file, no authorisation.
    if let Some(name) = uri.path().strip_prefix("/attachments/") {
        let file = inner
            .uploads
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(name)
            .cloned();
        rec.status = if file.is_some() { 200 } else { 404 };
        inner.record(rec);
        let kind = if name.ends_with(".html") {
            "text/html; charset=utf-8"
        } else {
            "text/plain; charset=utf-8"
        };
        return match file {
            Some(text) => ([("content-type", kind)], text).into_response(),
            None => StatusCode::NOT_FOUND.into_response(),
        };
    }
    let verdict = inner
        .limiter
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .as_mut()
        .map(|l| l.check(method.as_str(), uri.path(), std::time::Instant::now()));
    let mut headers = Vec::new();
    match verdict {
        Some(Verdict::Limited {
            bucket,
            headers,
            body,
        }) => {
            rec.status = 429;
            rec.answer = body.clone();
            rec.bucket = Some(bucket);
            inner.record(rec);
            return with_headers(
                (StatusCode::TOO_MANY_REQUESTS, axum::Json(body)).into_response(),
                &headers,
            );
        }
        Some(Verdict::Allowed { bucket, headers: h }) => {
            rec.bucket = bucket;
            headers = h;
        }
        Some(Verdict::Free) | None => {}
    }
    let (status, reply) = answer(&inner, &method, uri.path(), &rec, &json);
    rec.status = status.as_u16();
    rec.answer = reply.clone().unwrap_or(Value::Null);
    inner.record(rec);
    let response = match reply {
        Some(v) => (status, axum::Json(v)).into_response(),
        None => status.into_response(),
    };
    with_headers(response, &headers)
}

/// Adds the rate-limit headers to a response.
fn with_headers(mut response: Response, headers: &[(String, String)]) -> Response {
    for (k, v) in headers {
        if let (Ok(k), Ok(v)) = (
            axum::http::HeaderName::from_bytes(k.as_bytes()),
            axum::http::HeaderValue::from_str(v),
        ) {
            response.headers_mut().insert(k, v);
        }
    }
    response
}

/// An error body as Discord sends it.
fn error(status: StatusCode, code: u64, message: &str) -> (StatusCode, Option<Value>) {
    (status, Some(json!({"code": code, "message": message})))
}

/// What the fake answers to one request: Discord's status and body.
fn answer(
    inner: &Inner,
    method: &Method,
    p: &str,
    rec: &Recorded,
    json: &Value,
) -> (StatusCode, Option<Value>) {
    let expected = inner
        .token
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .clone();
    // Interaction callbacks and webhooks are authorised by the interaction token in the path.
    // `GET /gateway` needs no authorisation at all.
    let by_token = p.starts_with("/api/v10/interactions/")
        || p.starts_with("/api/v10/webhooks/")
        || p == "/api/v10/gateway";
    if let Some(t) = expected.filter(|_| !by_token) {
        if rec.authorization.as_deref() != Some(format!("Bot {t}").as_str()) {
            return error(StatusCode::UNAUTHORIZED, 0, "401: Unauthorized");
        }
    }
    let ws_url = inner
        .ws_url
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .clone();
    let sends = (*method == Method::POST
        && (p.ends_with("/messages") || p.starts_with("/api/v10/interactions/")))
        || *method == Method::PATCH;
    let fail = sends
        && inner
            .failures
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
            .is_ok();
    if fail {
        return error(StatusCode::INTERNAL_SERVER_ERROR, 0, "fake failure");
    }
    if *method == Method::GET && p == "/api/v10/gateway" {
        return (StatusCode::OK, Some(json!({ "url": ws_url })));
    }
    if *method == Method::GET && p == "/api/v10/gateway/bot" {
        return (
            StatusCode::OK,
            Some(json!({
                "url": ws_url,
                "shards": 1,
                "session_start_limit": {"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1}
            })),
        );
    }
    if *method == Method::PUT && p.ends_with("/commands") {
        return (StatusCode::OK, Some(json!([])));
    }
    if *method == Method::POST && p.starts_with("/api/v10/interactions/") {
        return callback(inner, p, json);
    }
    if let Some(rest) = p.strip_prefix(&format!("/api/v10/webhooks/{APP_ID}/")) {
        return webhook(inner, method, rest, json);
    }
    if *method == Method::POST && p.starts_with("/api/v10/channels/") && p.ends_with("/messages") {
        if let Err(e) = strict::message(json) {
            return (StatusCode::BAD_REQUEST, Some(e));
        }
        let channel = p
            .strip_prefix("/api/v10/channels/")
            .and_then(|r| r.split('/').next())
            .unwrap_or("700000000000000001")
            .to_string();
        let id = inner.next_id.fetch_add(1, Ordering::SeqCst);
        return (StatusCode::OK, Some(bot_message(id, &channel, json)));
    }
    error(StatusCode::NOT_FOUND, 0, "404: Not Found (fake Discord)")
}

/// `POST /interactions/{id}/{token}/callback`: the one initial response, within 3 s, of a type
/// that fits the interaction, with a valid body.
fn callback(inner: &Inner, p: &str, json: &Value) -> (StatusCode, Option<Value>) {
    let token = p.split('/').nth(5).unwrap_or("").to_string();
    let now = inner.now();
    let mut all = inner.interactions.lock().unwrap_or_else(|p| p.into_inner());
    let Some(i) = all.get_mut(&token) else {
        return error(StatusCode::NOT_FOUND, 10062, "Unknown interaction");
    };
    if now.saturating_duration_since(i.created) > strict::FIRST_RESPONSE {
        return error(StatusCode::NOT_FOUND, 10062, "Unknown interaction");
    }
    if i.acknowledged {
        return error(
            StatusCode::BAD_REQUEST,
            40060,
            "Interaction has already been acknowledged.",
        );
    }
    let kind = json["type"].as_u64().unwrap_or(0);
    if let Err(e) = strict::callback_fits(kind, i.kind) {
        return (StatusCode::BAD_REQUEST, Some(e));
    }
    let checked = match kind {
        4 | 7 => strict::message(&json["data"]),
        8 => strict::choices(&json["data"]),
        _ => Ok(()),
    };
    if let Err(e) = checked {
        return (StatusCode::BAD_REQUEST, Some(e));
    }
    i.acknowledged = true;
    (StatusCode::NO_CONTENT, None)
}

/// `/webhooks/{app}/{token}…`: `@original` (get, edit) and follow-ups, only after the interaction
/// was acknowledged and for 15 minutes.
fn webhook(
    inner: &Inner,
    method: &Method,
    rest: &str,
    json: &Value,
) -> (StatusCode, Option<Value>) {
    let mut parts = rest.splitn(2, '/');
    let token = parts.next().unwrap_or("").to_string();
    let tail = parts.next().unwrap_or("");
    let now = inner.now();
    let known = inner
        .interactions
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .get(&token)
        .cloned();
    let Some(i) = known else {
        return error(StatusCode::NOT_FOUND, 10015, "Unknown Webhook");
    };
    if now.saturating_duration_since(i.created) > strict::TOKEN_LIFETIME {
        return error(StatusCode::UNAUTHORIZED, 50027, "Invalid Webhook Token");
    }
    if !i.acknowledged {
        return error(StatusCode::NOT_FOUND, 10015, "Unknown Webhook");
    }
    let edit = *method == Method::PATCH && tail == "messages/@original";
    let follow_up = *method == Method::POST && tail.is_empty();
    let get = *method == Method::GET && tail == "messages/@original";
    if !(edit || follow_up || get) {
        return error(StatusCode::NOT_FOUND, 0, "404: Not Found (fake Discord)");
    }
    if edit
        && inner
            .edit_failures
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
            .is_ok()
    {
        return error(StatusCode::INTERNAL_SERVER_ERROR, 0, "fake failure");
    }
    if !get {
        if let Err(e) = strict::message(json) {
            return (StatusCode::BAD_REQUEST, Some(e));
        }
    }
    let id = inner.next_id.fetch_add(1, Ordering::SeqCst);
    (
        StatusCode::OK,
        Some(bot_message(id, "700000000000000001", json)),
    )
}

/// Discord's documented limits and rules, as the fake enforces them.
pub mod strict {
    use std::time::Duration;

    use serde_json::{json, Map, Value};

    /// An interaction's first response must come within this.
    pub const FIRST_RESPONSE: Duration = Duration::from_secs(3);
    /// Edits and follow-ups work this long after the interaction.
    pub const TOKEN_LIFETIME: Duration = Duration::from_secs(15 * 60);
    pub const CONTENT: usize = 2000;
    pub const EMBEDS: usize = 10;
    pub const TITLE: usize = 256;
    pub const DESCRIPTION: usize = 4096;
    pub const FIELDS: usize = 25;
    pub const FIELD_NAME: usize = 256;
    pub const FIELD_VALUE: usize = 1024;
    pub const FOOTER: usize = 2048;
    pub const AUTHOR: usize = 256;
    pub const EMBED_TOTAL: usize = 6000;
    pub const CHOICES: usize = 25;
    pub const CHOICE_CHARS: usize = 100;

    /// Discord's "Invalid Form Body" naming one field.
    pub fn invalid(field: &str, message: &str) -> Value {
        let mut errors = Map::new();
        errors.insert(
            field.to_string(),
            json!({"_errors": [{"code": "BASE_TYPE_BAD_LENGTH", "message": message}]}),
        );
        json!({"code": 50035, "message": "Invalid Form Body", "errors": errors})
    }

    fn chars(v: &Value) -> usize {
        v.as_str().map_or(0, |s| s.chars().count())
    }

    fn at_most(v: &Value, field: &str, max: usize) -> Result<usize, Value> {
        let n = chars(v);
        if n > max {
            return Err(invalid(
                field,
                &format!("Must be {max} or fewer in length."),
            ));
        }
        Ok(n)
    }

    /// A message body (create, edit, follow-up, or an interaction response's `data`).
    pub fn message(m: &Value) -> Result<(), Value> {
        at_most(&m["content"], "content", CONTENT)?;
        let embeds = m["embeds"].as_array().cloned().unwrap_or_default();
        if embeds.len() > EMBEDS {
            return Err(invalid("embeds", "Must be 10 or fewer in length."));
        }
        let mut total = 0;
        for (i, e) in embeds.iter().enumerate() {
            let f = |k: &str| format!("embeds.{i}.{k}");
            total += at_most(&e["title"], &f("title"), TITLE)?;
            total += at_most(&e["description"], &f("description"), DESCRIPTION)?;
            total += at_most(&e["footer"]["text"], &f("footer.text"), FOOTER)?;
            total += at_most(&e["author"]["name"], &f("author.name"), AUTHOR)?;
            let fields = e["fields"].as_array().cloned().unwrap_or_default();
            if fields.len() > FIELDS {
                return Err(invalid(&f("fields"), "Must be 25 or fewer in length."));
            }
            for (j, x) in fields.iter().enumerate() {
                let name = at_most(&x["name"], &f(&format!("fields.{j}.name")), FIELD_NAME)?;
                let value = at_most(&x["value"], &f(&format!("fields.{j}.value")), FIELD_VALUE)?;
                if name == 0 || value == 0 {
                    return Err(invalid(
                        &f(&format!("fields.{j}")),
                        "This field is required",
                    ));
                }
                total += name + value;
            }
        }
        if total > EMBED_TOTAL {
            return Err(invalid("embeds", "Embed size exceeds maximum size of 6000"));
        }
        components(&m["components"])?;
        let is_edit_only = m.get("content").is_none() && m.get("embeds").is_none();
        if chars(&m["content"]) == 0 && embeds.is_empty() && !is_edit_only {
            return Err(json!({"code": 50006, "message": "Cannot send an empty message"}));
        }
        Ok(())
    }

    pub const ACTION_ROWS: usize = 5;
    pub const BUTTONS_PER_ROW: usize = 5;
    pub const CUSTOM_ID: usize = 100;
    pub const LABEL: usize = 80;

    /// Message components: at most 5 action rows of at most 5 buttons, each with a `custom_id` of
    /// 1 to 100 characters (unless it is a link) and a label of at most 80.
    pub fn components(c: &Value) -> Result<(), Value> {
        let rows = c.as_array().cloned().unwrap_or_default();
        if rows.len() > ACTION_ROWS {
            return Err(invalid("components", "Must be 5 or fewer in length."));
        }
        for (i, row) in rows.iter().enumerate() {
            if row["type"] != 1 {
                return Err(invalid(
                    &format!("components.{i}.type"),
                    "Must be an action row",
                ));
            }
            let items = row["components"].as_array().cloned().unwrap_or_default();
            if items.is_empty() || items.len() > BUTTONS_PER_ROW {
                return Err(invalid(
                    &format!("components.{i}.components"),
                    "Must be between 1 and 5 in length.",
                ));
            }
            for (j, b) in items.iter().enumerate() {
                let f = |k: &str| format!("components.{i}.components.{j}.{k}");
                at_most(&b["label"], &f("label"), LABEL)?;
                let link = b["style"] == 5;
                let id = chars(&b["custom_id"]);
                if !link && !(1..=CUSTOM_ID).contains(&id) {
                    return Err(invalid(
                        &f("custom_id"),
                        "Must be between 1 and 100 in length.",
                    ));
                }
            }
        }
        Ok(())
    }

    /// An autocomplete result: at most 25 choices, names and values of 1 to 100 characters.
    pub fn choices(d: &Value) -> Result<(), Value> {
        let choices = d["choices"].as_array().cloned().unwrap_or_default();
        if choices.len() > CHOICES {
            return Err(invalid("data.choices", "Must be 25 or fewer in length."));
        }
        for (i, c) in choices.iter().enumerate() {
            for k in ["name", "value"] {
                let n = chars(&c[k]);
                if !(1..=CHOICE_CHARS).contains(&n) && c[k].is_string() {
                    return Err(invalid(
                        &format!("data.choices.{i}.{k}"),
                        "Must be between 1 and 100 in length.",
                    ));
                }
            }
        }
        Ok(())
    }

    /// Does a callback type answer this interaction type? Autocomplete results (8) only answer
    /// autocomplete (4); messages (4) and deferrals (5) answer commands (2) and components (3);
    /// updates (6, 7) only components.
    pub fn callback_fits(callback: u64, interaction: u64) -> Result<(), Value> {
        let ok = match callback {
            4 | 5 | 9 => matches!(interaction, 2 | 3),
            6 | 7 => interaction == 3,
            8 => interaction == 4,
            _ => false,
        };
        if ok {
            Ok(())
        } else {
            Err(invalid(
                "type",
                "Interaction response type is not valid for this interaction",
            ))
        }
    }
}

/// The Message object Discord returns for a message the bot sent.
fn bot_message(id: u64, channel: &str, sent: &Value) -> Value {
    json!({
        "id": id.to_string(),
        "channel_id": channel,
        "author": bot_user(),
        "content": sent["content"].as_str().unwrap_or(""),
        "timestamp": "2026-01-01T00:00:00+00:00",
        "tts": false,
        "mention_everyone": false,
        "mentions": [],
        "mention_roles": [],
        "attachments": [],
        "embeds": [],
        "pinned": false,
        "type": 0
    })
}

pub fn bot_user() -> Value {
    json!({"id": BOT_ID.to_string(), "username": "Parley", "discriminator": "0000", "bot": true, "avatar": null, "global_name": null})
}

pub fn user(id: u64) -> Value {
    json!({"id": id.to_string(), "username": format!("user{id}"), "discriminator": "0000", "avatar": null, "global_name": null})
}

async fn gateway_conn(stream: tokio::net::TcpStream, inner: Arc<Inner>) {
    let Ok(ws) = tokio_tungstenite::accept_async(stream).await else {
        return;
    };
    let (mut sink, mut stream) = ws.split();
    let interval = inner.heartbeat_ms.load(Ordering::SeqCst);
    let hello = json!({"op": 10, "d": {"heartbeat_interval": interval}});
    if sink.send(WsMessage::Text(hello.to_string())).await.is_err() {
        return;
    }
    // Wait for IDENTIFY (a new session) or RESUME (op 6, the session goes on).
    let first = loop {
        match stream.next().await {
            Some(Ok(WsMessage::Text(t))) => {
                let v: Value = serde_json::from_str(&t).unwrap_or(Value::Null);
                if v["op"] == 2 || v["op"] == 6 {
                    break v;
                }
                if v["op"] == 1 {
                    inner.heartbeats.fetch_add(1, Ordering::SeqCst);
                    if !inner.acks_off.load(Ordering::SeqCst) {
                        let _ = sink
                            .send(WsMessage::Text(json!({"op": 11}).to_string()))
                            .await;
                    }
                }
            }
            Some(Ok(_)) => {}
            _ => return,
        }
    };
    let lock =
        |m: &Mutex<Vec<Value>>, v: Value| m.lock().unwrap_or_else(|p| p.into_inner()).push(v);
    let intents;
    let shard_id: u64;
    if first["op"] == 6 {
        lock(&inner.resumes, first["d"].clone());
        let session = first["d"]["session_id"].as_str().unwrap_or("").to_string();
        let refused = inner
            .invalidated
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .contains(&session);
        if refused {
            // Discord: the session cannot be resumed; the client must identify anew.
            let _ = sink
                .send(WsMessage::Text(json!({"op": 9, "d": false}).to_string()))
                .await;
            await_close(&mut stream).await;
            return;
        }
        shard_id = first["d"]["session_id"]
            .as_str()
            .and_then(|s| s.strip_prefix("fake-session-"))
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        intents = inner
            .identifies
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .last()
            .map_or(0, |d| d["intents"].as_u64().unwrap_or(0));
        let seq = inner.seq.fetch_add(1, Ordering::SeqCst) + 1;
        let resumed = json!({"op": 0, "s": seq, "t": "RESUMED", "d": {}});
        if sink
            .send(WsMessage::Text(resumed.to_string()))
            .await
            .is_err()
        {
            return;
        }
    } else {
        lock(&inner.identifies, first["d"].clone());
        intents = first["d"]["intents"].as_u64().unwrap_or(0);
        shard_id = first["d"]["shard"][0].as_u64().unwrap_or(0);
        // A new session under the shard's session id.
        inner
            .invalidated
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(&format!("fake-session-{shard_id}"));
        if let Some(total) = first["d"]["shard"][1].as_u64() {
            inner.total_shards.store(total, Ordering::SeqCst);
        }
        if intents & MESSAGE_CONTENT_INTENT != 0 && inner.refuse_privileged.load(Ordering::SeqCst) {
            let close = tokio_tungstenite::tungstenite::protocol::CloseFrame {
                code: tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode::from(
                    4014,
                ),
                reason: "Disallowed intent(s).".into(),
            };
            let _ = sink.send(WsMessage::Close(Some(close))).await;
            return;
        }
        let ws_url = inner
            .ws_url
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        let shard = first["d"]["shard"].clone();
        let seq = inner.seq.fetch_add(1, Ordering::SeqCst) + 1;
        let ready = json!({
            "op": 0, "s": seq, "t": "READY",
            "d": {
                "v": 10,
                "user": bot_user(),
                "guilds": [],
                "session_id": format!("fake-session-{shard_id}"),
                "resume_gateway_url": ws_url,
                "application": {"id": APP_ID.to_string(), "flags": 0},
                "shard": if shard.is_null() { json!([0, 1]) } else { shard }
            }
        });
        if sink.send(WsMessage::Text(ready.to_string())).await.is_err() {
            return;
        }
    }
    // This connection now takes the shard's dispatches, the ones kept meanwhile first.
    // (Under the kept dispatches' lock: see `Inner::send_to`.)
    let (tx, mut rx) = mpsc::unbounded_channel();
    {
        let mut pending = inner.pending.lock().unwrap_or_else(|p| p.into_inner());
        for m in pending.remove(&shard_id).unwrap_or_default() {
            let _ = tx.send(m);
        }
        inner
            .shards
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(shard_id, tx.clone());
    }
    serve_shard(&inner, &mut sink, &mut stream, &mut rx, intents, shard_id).await;
    // Dispatches sent from now on wait for the shard's next connection (unless that connection,
    // a resume, already took the shard over), with those this one had not sent yet.
    let mut pending = inner.pending.lock().unwrap_or_else(|p| p.into_inner());
    {
        let mut shards = inner.shards.lock().unwrap_or_else(|p| p.into_inner());
        if shards.get(&shard_id).is_some_and(|t| t.same_channel(&tx)) {
            shards.remove(&shard_id);
        }
    }
    drop(tx);
    while let Ok((t, d)) = rx.try_recv() {
        keep(&mut pending, shard_id, t, d);
    }
}

type WsSink = futures_util::stream::SplitSink<
    tokio_tungstenite::WebSocketStream<tokio::net::TcpStream>,
    WsMessage,
>;
type WsStream =
    futures_util::stream::SplitStream<tokio_tungstenite::WebSocketStream<tokio::net::TcpStream>>;

/// Waits (a little) for the client to close the socket after it was told to reconnect.
async fn await_close(stream: &mut WsStream) {
    let _ = tokio::time::timeout(Duration::from_secs(5), async {
        while let Some(Ok(m)) = stream.next().await {
            if matches!(m, WsMessage::Close(_)) {
                break;
            }
        }
    })
    .await;
}

/// One shard's session: heartbeats answered (and required), dispatches sent, until the socket
/// ends.
async fn serve_shard(
    inner: &Inner,
    sink: &mut WsSink,
    stream: &mut WsStream,
    rx: &mut mpsc::UnboundedReceiver<(String, Value)>,
    intents: u64,
    shard_id: u64,
) {
    let interval = Duration::from_millis(inner.heartbeat_ms.load(Ordering::SeqCst));
    let grace = interval.mul_f64(HEARTBEAT_GRACE);
    let mut beat_due = tokio::time::Instant::now() + grace;
    loop {
        tokio::select! {
            _ = tokio::time::sleep_until(beat_due) => {
                // Discord closes a connection whose heartbeats stopped: 4009 Session timed out.
                inner.heartbeat_timeouts.fetch_add(1, Ordering::SeqCst);
                let close = tokio_tungstenite::tungstenite::protocol::CloseFrame {
                    code: tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode::from(4009),
                    reason: "Session timed out.".into(),
                };
                let _ = sink.send(WsMessage::Close(Some(close))).await;
                return;
            }
            incoming = stream.next() => match incoming {
                Some(Ok(WsMessage::Text(t))) => {
                    let v: Value = serde_json::from_str(&t).unwrap_or(Value::Null);
                    if v["op"] == 1 {
                        inner.heartbeats.fetch_add(1, Ordering::SeqCst);
                        beat_due = tokio::time::Instant::now() + grace;
                        if !inner.acks_off.load(Ordering::SeqCst) {
                            let _ = sink.send(WsMessage::Text(json!({"op": 11}).to_string())).await;
                        }
                    }
                }
                Some(Ok(WsMessage::Ping(p))) => {
                    let _ = sink.send(WsMessage::Pong(p)).await;
                }
                Some(Ok(WsMessage::Close(_))) | None | Some(Err(_)) => return,
                Some(Ok(_)) => {}
            },
            out = rx.recv() => match out {
                Some((t, _)) if t == DROP_SOCKET => return,
                Some((t, _)) if t == INVALID_RESUMABLE || t == INVALID_NEW => {
                    let resumable = t == INVALID_RESUMABLE;
                    if !resumable {
                        inner
                            .invalidated
                            .lock()
                            .unwrap_or_else(|p| p.into_inner())
                            .insert(format!("fake-session-{shard_id}"));
                    }
                    let op9 = json!({"op": 9, "d": resumable});
                    let _ = sink.send(WsMessage::Text(op9.to_string())).await;
                    await_close(stream).await;
                    return;
                }
                Some((t, _)) if t == RECONNECT => {
                    let _ = sink.send(WsMessage::Text(json!({"op": 7, "d": null}).to_string())).await;
                    // The client closes and resumes on a new connection; this one is done.
                    let _ = tokio::time::timeout(Duration::from_secs(5), async {
                        while let Some(Ok(m)) = stream.next().await {
                            if matches!(m, WsMessage::Close(_)) {
                                break;
                            }
                        }
                    })
                    .await;
                    return;
                }
                Some((t, mut d)) => {
                    if t == "MESSAGE_CREATE" {
                        blank_without_intent(&mut d, intents);
                    }
                    let seq = inner.seq.fetch_add(1, Ordering::SeqCst) + 1;
                    let frame = json!({"op": 0, "s": seq, "t": t, "d": d});
                    if sink.send(WsMessage::Text(frame.to_string())).await.is_err() {
                        return;
                    }
                }
                None => return,
            },
        }
    }
}

/// Without the Message Content intent, Discord blanks a guild message's content, embeds and
/// attachments unless it mentions the bot (a reply pings the bot only if its ping is on).
fn blank_without_intent(d: &mut Value, intents: u64) {
    if intents & MESSAGE_CONTENT_INTENT != 0 || d["guild_id"].is_null() {
        return;
    }
    let bot = BOT_ID.to_string();
    let mentioned = d["mentions"]
        .as_array()
        .is_some_and(|m| m.iter().any(|u| u["id"].as_str() == Some(bot.as_str())));
    if !mentioned {
        d["content"] = json!("");
        d["embeds"] = json!([]);
        d["attachments"] = json!([]);
    }
}

/// Builders of gateway payloads.
pub mod payload {
    use super::*;

    /// A MESSAGE_CREATE payload in the test guild (or a DM when `guild` is false).
    pub fn message(
        id: u64,
        author: u64,
        content: &str,
        mentions: Vec<Value>,
        guild: bool,
    ) -> Value {
        let mut m = json!({
            "id": id.to_string(),
            "channel_id": CHANNEL_ID.to_string(),
            "author": user(author),
            "content": content,
            "timestamp": "2026-01-01T00:00:00+00:00",
            "tts": false,
            "mention_everyone": false,
            "mentions": mentions,
            "mention_roles": [],
            "attachments": [],
            "embeds": [],
            "pinned": false,
            "type": 0
        });
        if guild {
            m["guild_id"] = json!(GUILD_ID.to_string());
        }
        m
    }

    /// A guild message that mentions the bot.
    pub fn mention(id: u64, author: u64, question: &str) -> Value {
        message(
            id,
            author,
            &format!("<@{BOT_ID}> {question}"),
            vec![bot_user()],
            true,
        )
    }

    /// A guild member with the given permission bits and roles.
    pub fn member(user_id: u64, permissions: u64, roles: &[u64]) -> Value {
        json!({
            "user": user(user_id),
            "roles": roles.iter().map(|r| r.to_string()).collect::<Vec<_>>(),
            "deaf": false,
            "mute": false,
            "flags": 0,
            "joined_at": "2025-01-01T00:00:00+00:00",
            "permissions": permissions.to_string()
        })
    }

    /// Who invokes an interaction and where.
    #[derive(Clone)]
    pub enum From {
        /// A member of `guild` with permission bits and roles.
        Member {
            guild: u64,
            user: u64,
            permissions: u64,
            roles: Vec<u64>,
        },
        /// A direct message.
        Dm { user: u64 },
    }

    impl From {
        pub fn member(user: u64) -> From {
            From::Member {
                guild: GUILD_ID,
                user,
                permissions: 0x800 | 0x400,
                roles: vec![],
            }
        }
        pub fn admin(user: u64) -> From {
            From::Member {
                guild: GUILD_ID,
                user,
                permissions: 0x20 | 0x800 | 0x400,
                roles: vec![],
            }
        }
    }

    /// An INTERACTION_CREATE payload: `kind` 2 for a slash command, 4 for autocomplete.
    pub fn interaction(
        kind: u8,
        id: u64,
        token: &str,
        name: &str,
        options: Value,
        from: &From,
    ) -> Value {
        let mut i = json!({
            "id": id.to_string(),
            "application_id": APP_ID.to_string(),
            "type": kind,
            "token": token,
            "version": 1,
            "channel_id": CHANNEL_ID.to_string(),
            "locale": "en-US",
            "entitlements": [],
            "attachment_size_limit": 8_388_608,
            "data": {"id": "500000000000000001", "name": name, "type": 1, "options": options}
        });
        match from {
            From::Member {
                guild,
                user: u,
                permissions,
                roles,
            } => {
                i["guild_id"] = json!(guild.to_string());
                i["member"] = member(*u, *permissions, roles);
            }
            From::Dm { user: u } => {
                i["user"] = user(*u);
            }
        }
        i
    }

    /// A slash command's subcommand with string options.
    pub fn subcommand(
        id: u64,
        token: &str,
        name: &str,
        sub: &str,
        options: &[(&str, &str)],
        from: &From,
    ) -> Value {
        let opts: Vec<Value> = options
            .iter()
            .map(|(k, v)| json!({"name": k, "type": 3, "value": v}))
            .collect();
        interaction(
            2,
            id,
            token,
            name,
            json!([{"name": sub, "type": 1, "options": opts}]),
            from,
        )
    }

    /// `/NAME SUB file:` with an attachment at `url` named `filename`.
    pub fn subcommand_with_file(
        id: u64,
        token: &str,
        name: &str,
        sub: &str,
        url: &str,
        filename: &str,
        from: &From,
    ) -> Value {
        let attachment_id = "400000000000000001";
        let mut i = interaction(
            2,
            id,
            token,
            name,
            json!([{"name": sub, "type": 1, "options": [{"name": "file", "type": 11, "value": attachment_id}]}]),
            from,
        );
        i["data"]["resolved"] = json!({"attachments": {attachment_id: {
            "id": attachment_id, "filename": filename, "size": 1000, "url": url, "proxy_url": url,
            "content_type": "text/markdown; charset=utf-8"
        }}});
        i
    }

    /// A message context-menu command (`name`) on `target`, a message payload.
    pub fn context_menu(id: u64, token: &str, name: &str, target: Value, from: &From) -> Value {
        let mut i = interaction(2, id, token, name, json!([]), from);
        let target_id = target["id"].clone();
        i["data"]["type"] = json!(3);
        i["data"]["target_id"] = target_id.clone();
        let mut messages = serde_json::Map::new();
        messages.insert(target_id.as_str().unwrap_or("1").to_string(), target);
        i["data"]["resolved"] = json!({"messages": messages});
        i
    }

    /// A button press (`custom_id`) under message `message_id`.
    pub fn button(id: u64, token: &str, custom_id: &str, message_id: u64, from: &From) -> Value {
        let mut i = interaction(3, id, token, "", json!([]), from);
        i["data"] = json!({"custom_id": custom_id, "component_type": 2});
        let mut m = message(message_id, 0, "", vec![], true);
        m["author"] = bot_user();
        i["message"] = m;
        i
    }

    /// A slash command with one string option.
    pub fn command(
        id: u64,
        token: &str,
        name: &str,
        option: Option<(&str, &str)>,
        from: &From,
    ) -> Value {
        let options = match option {
            Some((k, v)) => json!([{"name": k, "type": 3, "value": v}]),
            None => json!([]),
        };
        interaction(2, id, token, name, options, from)
    }

    /// An autocomplete interaction with the focused string option.
    pub fn autocomplete(
        id: u64,
        token: &str,
        name: &str,
        option: &str,
        partial: &str,
        from: &From,
    ) -> Value {
        let options = json!([{"name": option, "type": 3, "value": partial, "focused": true}]);
        interaction(4, id, token, name, options, from)
    }
}
