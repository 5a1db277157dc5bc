//! A fake Discord on 127.0.0.1 for end-to-end tests of the bot: REST (axum) records every request
//! (method, path, Authorization header, JSON body) and answers like Discord; the gateway
//! (tokio-tungstenite) does the HELLO / IDENTIFY / READY handshake, acknowledges heartbeats and
//! sends the dispatches a test pushes. Everything stops when the value is dropped.

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
}

impl Inner {
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
    /// The REST base URL to give serenity as its proxy (`http://127.0.0.1:PORT`).
    pub base: String,
    inner: Arc<Inner>,
    dispatch: mpsc::UnboundedSender<(String, Value)>,
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
        let inner = Arc::new(Inner {
            next_id: AtomicU64::new(600_000_000_000_000_000),
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
        let rest_task = tokio::spawn(async move {
            let _ = axum::serve(rest, app).await;
        });
        let (tx, rx) = mpsc::unbounded_channel();
        let rx = Arc::new(tokio::sync::Mutex::new(rx));
        let gw_inner = inner.clone();
        let gw_task = tokio::spawn(async move {
            let mut conns = Vec::new();
            while let Ok((stream, _)) = gateway.accept().await {
                let inner = gw_inner.clone();
                let rx = rx.clone();
                conns.push(tokio::spawn(gateway_conn(stream, inner, rx)));
            }
        });
        FakeDiscord {
            base: format!("http://{rest_addr}"),
            inner,
            dispatch: tx,
            tasks: vec![rest_task, gw_task],
        }
    }

    /// Sends a gateway dispatch (`t` is the event name, `d` its payload).
    pub fn dispatch(&self, t: &str, d: Value) {
        let _ = self.dispatch.send((t.to_string(), d));
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
    let rec = Recorded {
        method: method.to_string(),
        path: path.clone(),
        authorization: headers
            .get("authorization")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string),
        raw,
        body: json.clone(),
    };
    let ws_url = inner
        .ws_url
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .clone();
    let p = uri.path();
    let sends = (method == Method::POST
        && (p.ends_with("/messages") || p.starts_with("/api/v10/interactions/")))
        || method == Method::PATCH;
    let fail = sends
        && inner
            .failures
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
            .is_ok();
    let response = if fail {
        (
            StatusCode::INTERNAL_SERVER_ERROR,
            axum::Json(json!({"code": 0, "message": "fake failure"})),
        )
            .into_response()
    } else if method == Method::GET && p == "/api/v10/gateway" {
        (StatusCode::OK, axum::Json(json!({ "url": ws_url }))).into_response()
    } else if method == Method::GET && p == "/api/v10/gateway/bot" {
        (
            StatusCode::OK,
            axum::Json(json!({
                "url": ws_url,
                "shards": 1,
                "session_start_limit": {"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1}
            })),
        )
            .into_response()
    } else if method == Method::PUT && p.ends_with("/commands") {
        (StatusCode::OK, axum::Json(json!([]))).into_response()
    } else if method == Method::POST && p.starts_with("/api/v10/interactions/") {
        StatusCode::NO_CONTENT.into_response()
    } else if (method == Method::POST
        && p.starts_with("/api/v10/channels/")
        && p.ends_with("/messages"))
        || (method == Method::PATCH && p.starts_with("/api/v10/webhooks/"))
    {
        let channel = p
            .strip_prefix("/api/v10/channels/")
            .and_then(|r| r.split('/').next())
            .unwrap_or("700000000000000001")
            .to_string();
        let id = inner.next_id.fetch_add(1, Ordering::SeqCst);
        (StatusCode::OK, axum::Json(bot_message(id, &channel, &json))).into_response()
    } else {
        (
            StatusCode::NOT_FOUND,
            axum::Json(json!({"code": 0, "message": "404: Not Found (fake Discord)"})),
        )
            .into_response()
    };
    inner.record(rec);
    response
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

async fn gateway_conn(
    stream: tokio::net::TcpStream,
    inner: Arc<Inner>,
    rx: Arc<tokio::sync::Mutex<mpsc::UnboundedReceiver<(String, Value)>>>,
) {
    let Ok(ws) = tokio_tungstenite::accept_async(stream).await else {
        return;
    };
    let (mut sink, mut stream) = ws.split();
    let hello = json!({"op": 10, "d": {"heartbeat_interval": 41_250}});
    if sink.send(WsMessage::Text(hello.to_string())).await.is_err() {
        return;
    }
    // Wait for IDENTIFY.
    let identify = loop {
        match stream.next().await {
            Some(Ok(WsMessage::Text(t))) => {
                let v: Value = serde_json::from_str(&t).unwrap_or(Value::Null);
                if v["op"] == 2 {
                    break v;
                }
                if v["op"] == 1 {
                    let _ = sink
                        .send(WsMessage::Text(json!({"op": 11}).to_string()))
                        .await;
                }
            }
            Some(Ok(_)) => {}
            _ => return,
        }
    };
    inner
        .identifies
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .push(identify["d"].clone());
    let ws_url = inner
        .ws_url
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .clone();
    let shard = identify["d"]["shard"].clone();
    let ready = json!({
        "op": 0, "s": 1, "t": "READY",
        "d": {
            "v": 10,
            "user": bot_user(),
            "guilds": [],
            "session_id": "fake-session",
            "resume_gateway_url": ws_url,
            "application": {"id": APP_ID.to_string(), "flags": 0},
            "shard": if shard.is_null() { json!([0, 1]) } else { shard }
        }
    });
    if sink.send(WsMessage::Text(ready.to_string())).await.is_err() {
        return;
    }
    let mut seq: u64 = 1;
    // Only one live connection takes dispatches at a time.
    let mut rx = rx.lock().await;
    loop {
        tokio::select! {
            incoming = stream.next() => match incoming {
                Some(Ok(WsMessage::Text(t))) => {
                    let v: Value = serde_json::from_str(&t).unwrap_or(Value::Null);
                    if v["op"] == 1 {
                        let _ = sink.send(WsMessage::Text(json!({"op": 11}).to_string())).await;
                    }
                }
                Some(Ok(WsMessage::Ping(p))) => {
                    let _ = sink.send(WsMessage::Pong(p)).await;
                }
                Some(Ok(WsMessage::Close(_))) | None | Some(Err(_)) => return,
                Some(Ok(_)) => {}
            },
            out = rx.recv() => match out {
                Some((t, d)) => {
                    seq += 1;
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
