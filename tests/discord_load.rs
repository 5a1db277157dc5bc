//! Load against a fake Discord that enforces Discord's rate limits (5 message sends per channel
//! per window, about 50 requests a second per bot, 429 with `retry_after` beyond), with every
//! window scaled down [`SCALE`] times so a test takes seconds. The bot runs serenity's real rate
//! limiter (its reqwest client reaches the fake over TLS as `discord.com`) and its own per-channel
//! queues and global pacer at the same scale. Each test checks that every allowed question is
//! answered exactly once, in order per channel, with no bucket refusing more than one request, and
//! prints the time to drain (measured, and computed for Discord's real windows). Every test name
//! contains `discord_load`.

mod support;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use parley::discord::outbox::{Pace, GLOBAL_WINDOW};
use parley::discord::{self, BotConfig, BotHandle, Token};
use parley::kb::Live;
use parley::settings::{Settings, Shards};
use serde_json::{json, Value};
use support::copy_dir;
use support::fake_discord::{payload, FakeDiscord, FakeOptions, Recorded, CHANNEL_ID};
use support::fake_limits::RateLimits;

/// Every window (Discord's and the bot's pacer) is this many times shorter than Discord's.
const SCALE: u32 = 20;
const TOKEN: &str = "load-token-not-secret";
const QUESTION: &str = "What did Virtanen say about the Helsinki corridor proposal?";
const QUOTE: &str = "deserves a hearing from both delegations";
/// How long a load test waits for all its answers before failing (a hang guard).
const DRAIN_PATIENCE: Duration = Duration::from_secs(120);

/// A rate-limiting fake and a bot on the TLS path with its real rate limiter.
async fn start() -> (FakeDiscord, BotHandle, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    copy_dir(&root.join("data/sources"), &dir.path().join("sources"));
    copy_dir(
        &root.join("tests/data/discord/sources"),
        &dir.path().join("sources"),
    );
    let mut settings = Settings::defaults();
    settings.data_dir = dir.path().to_path_buf();
    settings.discord.shards = Shards::Fixed(1);
    settings.feedback.enabled = false;
    let fake = FakeDiscord::start_with(FakeOptions {
        rate_limits: Some(RateLimits::scaled(SCALE)),
        ..FakeOptions::default()
    })
    .await;
    fake.expect_token(TOKEN);
    let live = Arc::new(Live::load(dir.path()).expect("test data loads"));
    let mut config = BotConfig::new(settings, live, Token::new(TOKEN));
    config.http_client = Some(fake.client());
    config.pace = Pace {
        per: GLOBAL_WINDOW / SCALE,
        ..Pace::DISCORD
    };
    let bot = discord::start(config).await.expect("bot starts");
    fake.wait_registered().await;
    (fake, bot, dir)
}

fn reference(r: &Recorded) -> Option<u64> {
    r.body["message_reference"]["message_id"]
        .as_str()
        .and_then(|s| s.parse().ok())
}

fn channel_of(r: &Recorded) -> Option<u64> {
    r.path
        .strip_prefix("/api/v10/channels/")?
        .split('/')
        .next()?
        .parse()
        .ok()
}

/// Sends the questions (message id, channel, user) at once, waits for every answer, and checks
/// them: each answered exactly once with the quote, in id order per channel; no bucket refused
/// more than one request, and no request was refused twice. Returns the time to drain.
async fn burst(fake: &FakeDiscord, questions: &[(u64, u64, u64)]) -> Duration {
    let asked: HashSet<u64> = questions.iter().map(|q| q.0).collect();
    let started = Instant::now();
    for &(id, channel, user) in questions {
        let mut m = payload::mention(id, user, QUESTION);
        m["channel_id"] = json!(channel.to_string());
        fake.dispatch("MESSAGE_CREATE", m);
    }
    let is_answer = |r: &Recorded| {
        r.method == "POST" && r.status == 200 && reference(r).is_some_and(|id| asked.contains(&id))
    };
    let deadline = Instant::now() + DRAIN_PATIENCE;
    while fake.requests().iter().filter(|r| is_answer(r)).count() < questions.len() {
        assert!(
            Instant::now() < deadline,
            "not drained: {} of {} answered, {} refused with 429",
            fake.requests().iter().filter(|r| is_answer(r)).count(),
            questions.len(),
            fake.throttled().len()
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let drained = started.elapsed();

    let requests = fake.requests();
    let mut answered: HashMap<u64, usize> = HashMap::new();
    let mut order: BTreeMap<u64, Vec<u64>> = BTreeMap::new();
    for r in requests.iter().filter(|r| is_answer(r)) {
        let id = reference(r).expect("a reply");
        *answered.entry(id).or_default() += 1;
        order
            .entry(channel_of(r).expect("a channel"))
            .or_default()
            .push(id);
        let shown: String = r.body["embeds"][0]["description"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        assert!(shown.contains(QUOTE), "an answer, not a note: {}", r.raw);
    }
    for &(id, _, _) in questions {
        assert_eq!(answered.get(&id), Some(&1), "message {id} answered once");
    }
    for (channel, ids) in &order {
        let mut sorted = ids.clone();
        sorted.sort_unstable();
        assert_eq!(ids, &sorted, "channel {channel} answered out of order");
    }
    let throttled = fake.throttled();
    let mut per_bucket: HashMap<String, usize> = HashMap::new();
    let mut refused_twice: HashMap<String, usize> = HashMap::new();
    for r in &throttled {
        *per_bucket
            .entry(r.bucket.clone().unwrap_or_default())
            .or_default() += 1;
        *refused_twice.entry(r.raw.clone()).or_default() += 1;
    }
    let over: Vec<_> = per_bucket.iter().filter(|(_, &n)| n > 1).collect();
    assert!(
        over.is_empty(),
        "buckets refused more than one request: {over:?}"
    );
    assert!(
        refused_twice.values().all(|&n| n == 1),
        "a request was refused twice"
    );
    println!(
        "  {} questions in {} channels: {} answers, {} 429s ({} buckets)",
        questions.len(),
        order.len(),
        answered.len(),
        throttled.len(),
        per_bucket.len()
    );
    drained
}

/// Discord's real drain time for `answers` message sends spread evenly over `channels`: the slower
/// of the per-channel windows and the bot's global pace.
fn real_drain(answers: u64, channels: u64) -> Duration {
    let d = RateLimits::discord();
    let per_channel = answers.div_ceil(channels);
    let windows = per_channel.div_ceil(u64::from(d.channel_messages)) - 1;
    let by_channel = d.channel_window * windows as u32;
    let by_pace = Pace::DISCORD.spacing() * answers as u32;
    by_channel.max(by_pace)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_load_burst_of_200_in_one_channel_is_answered_in_order_within_the_limits() {
    const QUESTIONS: u64 = 200;
    let (fake, bot, _dir) = start().await;
    // 40 users: each asks 5, the bot's own per-user limit (5 per 30 s), so all are allowed.
    let per_user = u64::from(Settings::defaults().discord.rate_limit.questions);
    let questions: Vec<(u64, u64, u64)> = (0..QUESTIONS)
        .map(|n| (fake.next_id(), CHANNEL_ID, 20_000 + n / per_user))
        .collect();
    let drained = burst(&fake, &questions).await;
    println!(
        "discord_load: {QUESTIONS} questions in one channel drained in {:.2} s at 1/{SCALE} scale (x{SCALE}: {:.0} s); computed for Discord's windows: {:.0} s",
        drained.as_secs_f64(),
        drained.as_secs_f64() * f64::from(SCALE),
        real_drain(QUESTIONS, 1).as_secs_f64()
    );
    bot.shutdown().await.expect("clean shutdown");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_load_1000_questions_across_50_channels_in_order_within_the_limits() {
    const QUESTIONS: u64 = 1000;
    const CHANNELS: u64 = 50;
    let (fake, bot, _dir) = start().await;
    // 200 users, each asking 5 questions (the per-user limit) in 5 neighbouring channels.
    let per_user = u64::from(Settings::defaults().discord.rate_limit.questions);
    let questions: Vec<(u64, u64, u64)> = (0..QUESTIONS)
        .map(|n| {
            (
                fake.next_id(),
                CHANNEL_ID + n % CHANNELS,
                30_000 + n / per_user,
            )
        })
        .collect();
    let drained = burst(&fake, &questions).await;
    println!(
        "discord_load: {QUESTIONS} questions across {CHANNELS} channels drained in {:.2} s at 1/{SCALE} scale (x{SCALE}: {:.0} s); computed for Discord's windows: {:.0} s",
        drained.as_secs_f64(),
        drained.as_secs_f64() * f64::from(SCALE),
        real_drain(QUESTIONS, CHANNELS).as_secs_f64()
    );
    bot.shutdown().await.expect("clean shutdown");
}

/// Traffic never stops in a busy bot: a question in one channel is answered while questions keep
/// arriving in others, every 10 ms, without waiting for a quiet moment.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_load_an_answer_leaves_while_other_channels_keep_asking() {
    const STREAM: u64 = 150;
    let (fake, bot, _dir) = start().await;
    let first = fake.next_id();
    let mut m = payload::mention(first, 40_000, QUESTION);
    m["channel_id"] = json!(CHANNEL_ID.to_string());
    fake.dispatch("MESSAGE_CREATE", m);
    let answered = |fake: &FakeDiscord| {
        fake.requests()
            .iter()
            .any(|r| r.method == "POST" && r.status == 200 && reference(r) == Some(first))
    };
    let mut sent_before_answer = None;
    for n in 0..STREAM {
        if answered(&fake) {
            sent_before_answer = Some(n);
            break;
        }
        // Each from its own user in its own channel: nobody's limits are reached.
        let mut m = payload::mention(fake.next_id(), 41_000 + n, QUESTION);
        m["channel_id"] = json!((CHANNEL_ID + 1 + n).to_string());
        fake.dispatch("MESSAGE_CREATE", m);
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let n =
        sent_before_answer.expect("the first question was answered while the others kept coming");
    println!("discord_load: answered after {n} more questions in other channels");
    bot.shutdown().await.expect("clean shutdown");
}

/// The fake's rule itself, straight over TLS: a channel takes 5 sends per window with the
/// `X-RateLimit-*` headers, the 6th gets Discord's 429; past 50 requests the global limit refuses
/// any route, but interaction callbacks are not counted.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_load_fake_enforces_channel_and_global_limits_with_discord_headers() {
    let fake = FakeDiscord::start_with(FakeOptions {
        rate_limits: Some(RateLimits::discord()),
        ..FakeOptions::default()
    })
    .await;
    let client = fake.client();
    let post = |channel: u64| {
        client
            .post(format!(
                "https://discord.com/api/v10/channels/{channel}/messages"
            ))
            .header("authorization", format!("Bot {TOKEN}"))
            .header("content-type", "application/json")
            .body(json!({"content": "hello"}).to_string())
            .send()
    };
    for remaining in (0..5).rev() {
        let r = post(CHANNEL_ID).await.expect("the fake answers");
        assert_eq!(r.status(), 200);
        let h = r.headers();
        assert_eq!(h["x-ratelimit-limit"], "5");
        assert_eq!(h["x-ratelimit-remaining"], remaining.to_string().as_str());
        assert!(h.contains_key("x-ratelimit-bucket"));
        let reset_after: f64 = h["x-ratelimit-reset-after"]
            .to_str()
            .unwrap()
            .parse()
            .unwrap();
        assert!(reset_after > 0.0 && reset_after <= 5.0, "{reset_after}");
        let reset: f64 = h["x-ratelimit-reset"].to_str().unwrap().parse().unwrap();
        assert!(reset > 1.0e9, "epoch seconds: {reset}");
    }
    let r = post(CHANNEL_ID).await.expect("the fake answers");
    assert_eq!(r.status(), 429);
    assert_eq!(r.headers()["x-ratelimit-scope"], "user");
    let retry: f64 = r.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(retry > 0.0);
    let body: Value = serde_json::from_slice(&r.bytes().await.unwrap()).unwrap();
    assert_eq!(body["message"], "You are being rate limited.");
    assert_eq!(body["global"], false);
    assert!(body["retry_after"]
        .as_f64()
        .is_some_and(|s| s > 0.0 && s <= 5.0));
    // Another channel is another bucket, until the global limit (5 used, 1 refused uncounted).
    let mut global = None;
    for n in 1..=200 {
        let r = post(CHANNEL_ID + n).await.expect("the fake answers");
        if r.status() == 429 {
            global = Some((n, r));
            break;
        }
    }
    let (n, r) = global.expect("the global limit refuses");
    assert!(n >= 45, "refused after {n} more requests");
    assert_eq!(r.headers()["x-ratelimit-scope"], "global");
    assert_eq!(r.headers()["x-ratelimit-global"], "true");
    let body: Value = serde_json::from_slice(&r.bytes().await.unwrap()).unwrap();
    assert_eq!(body["global"], true);
    // An interaction callback is not bound by the global limit (this one is unknown: 404).
    let r = client
        .post("https://discord.com/api/v10/interactions/1/tok/callback")
        .header("content-type", "application/json")
        .body(json!({"type": 4, "data": {"content": "hi"}}).to_string())
        .send()
        .await
        .expect("the fake answers");
    assert_eq!(r.status(), 404);
    assert_eq!(fake.throttled().len(), 2);
}
