//! End-to-end tests of the Discord bot against a fake Discord on 127.0.0.1 (tests/support): each
//! test starts its own fake and bot, talks to the bot through the gateway, and checks the REST
//! requests the bot makes. Every test name contains `discord_e2e`.

mod support;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use parley::discord::ratelimit::Clock;
use parley::discord::{self, BotConfig, BotHandle, Token};
use parley::kb::Live;
use parley::reply::text;
use parley::settings::{Settings, Shards};
use serde_json::{json, Value};
use support::copy_dir;
use support::fake_discord::payload::{self, From};
use support::fake_discord::{FakeDiscord, FakeOptions, Recorded, GUILD_ID};

const FIXTURES: &str = "tests/data/discord";

/// A clock the test moves by hand, so rate-limit windows pass without sleeping.
struct ManualClock(Mutex<std::time::Instant>);

impl ManualClock {
    fn advance(&self, by: std::time::Duration) {
        let mut t = self.0.lock().unwrap_or_else(|p| p.into_inner());
        *t += by;
    }
}

impl Clock for ManualClock {
    fn now(&self) -> std::time::Instant {
        *self.0.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// Every log line any test's bot wrote (one global subscriber per test process).
fn logs() -> &'static Arc<Mutex<Vec<u8>>> {
    static LOGS: OnceLock<Arc<Mutex<Vec<u8>>>> = OnceLock::new();
    LOGS.get_or_init(|| {
        let buf = Arc::new(Mutex::new(Vec::new()));
        let w = buf.clone();
        let _ = tracing_subscriber::fmt()
            .with_env_filter("debug")
            .with_ansi(false)
            .with_writer(move || LogWriter(w.clone()))
            .try_init();
        buf
    })
}

struct LogWriter(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for LogWriter {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A fake Discord, a bot connected to it, and the bot's temporary data directory (a copy of
/// `data/` plus the test articles).
struct Rig {
    fake: FakeDiscord,
    bot: Option<BotHandle>,
    dir: tempfile::TempDir,
    /// What the bot was started with, for a restart.
    settings: Settings,
    token: String,
}

impl Rig {
    async fn start(tweak: impl FnOnce(&mut Settings)) -> Rig {
        Self::start_with_token("e2e-token-not-secret", tweak).await
    }

    async fn start_with_token(token: &str, tweak: impl FnOnce(&mut Settings)) -> Rig {
        Self::start_full(token, None, tweak).await
    }

    async fn start_full(
        token: &str,
        clock: Option<Arc<dyn Clock>>,
        tweak: impl FnOnce(&mut Settings),
    ) -> Rig {
        Self::start_config(token, clock, None, tweak).await
    }

    async fn start_config(
        token: &str,
        clock: Option<Arc<dyn Clock>>,
        answer_deadline: Option<std::time::Duration>,
        tweak: impl FnOnce(&mut Settings),
    ) -> Rig {
        Self::start_with_fake_token(token, token, clock, answer_deadline, tweak).await
    }

    /// A bot with `token` against a fake that accepts only `fake_token`.
    async fn start_with_fake_token(
        token: &str,
        fake_token: &str,
        clock: Option<Arc<dyn Clock>>,
        answer_deadline: Option<std::time::Duration>,
        tweak: impl FnOnce(&mut Settings),
    ) -> Rig {
        Self::start_custom(
            token,
            fake_token,
            FakeOptions::default(),
            |config| {
                if let Some(clock) = clock {
                    config.clock = clock;
                }
                if let Some(d) = answer_deadline {
                    config.answer_deadline = d;
                }
            },
            tweak,
        )
        .await
    }

    /// A bot whose config `configure` adjusts, against a fake started with `options`.
    async fn start_custom(
        token: &str,
        fake_token: &str,
        options: FakeOptions,
        configure: impl FnOnce(&mut BotConfig),
        tweak: impl FnOnce(&mut Settings),
    ) -> Rig {
        logs();
        let dir = tempfile::tempdir().unwrap();
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        copy_dir(&root.join("data/sources"), &dir.path().join("sources"));
        copy_dir(
            &root.join(FIXTURES).join("sources"),
            &dir.path().join("sources"),
        );
        let mut settings = Settings::defaults();
        settings.data_dir = dir.path().to_path_buf();
        settings.discord.shards = Shards::Fixed(1);
        // Feedback beside the data, never in the repository.
        settings.feedback.state_dir = dir.path().join("state");
        tweak(&mut settings);
        let live = Arc::new(Live::load(dir.path()).expect("test data loads"));
        let fake = FakeDiscord::start_with(options).await;
        fake.expect_token(fake_token);
        let mut config = BotConfig::new(settings.clone(), live, Token::new(token));
        config.http_client = Some(fake.client());
        configure(&mut config);
        let bot = discord::start(config).await.expect("bot starts");
        fake.wait_registered().await;
        Rig {
            fake,
            bot: Some(bot),
            dir,
            settings,
            token: token.to_string(),
        }
    }

    /// Stops the bot and starts a new one on the same data and the same fake (a restart).
    async fn restart(&mut self) {
        if let Some(bot) = self.bot.take() {
            bot.shutdown().await.expect("clean shutdown");
        }
        let registered = self
            .fake
            .requests()
            .iter()
            .filter(|r| r.method == "PUT" && r.path.ends_with("/commands"))
            .count();
        let live = Arc::new(Live::load(self.dir.path()).expect("test data loads"));
        let mut config = BotConfig::new(self.settings.clone(), live, Token::new(&self.token));
        config.http_client = Some(self.fake.client());
        self.bot = Some(discord::start(config).await.expect("bot restarts"));
        self.fake
            .wait_n(registered + 1, |r| {
                r.method == "PUT" && r.path.ends_with("/commands")
            })
            .await;
    }

    fn bot(&self) -> &BotHandle {
        self.bot.as_ref().expect("bot running")
    }

    fn sources(&self) -> PathBuf {
        self.dir.path().join("sources")
    }

    fn add_fixture(&self, sub: &str, name: &str) {
        std::fs::copy(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join(FIXTURES)
                .join(sub)
                .join(name),
            self.sources().join(name),
        )
        .unwrap();
    }

    /// Sends a mention from `user` and returns the bot's reply to it.
    async fn mention(&self, user: u64, question: &str) -> Recorded {
        let id = self.fake.next_id();
        self.fake
            .dispatch("MESSAGE_CREATE", payload::mention(id, user, question));
        self.fake.reply_to(id).await
    }

    /// Runs a slash command and returns its interaction callback.
    async fn command(&self, name: &str, option: Option<(&str, &str)>, from: &From) -> Recorded {
        let id = self.fake.next_id();
        let token = format!("itoken-{id}");
        self.fake.dispatch(
            "INTERACTION_CREATE",
            payload::command(id, &token, name, option, from),
        );
        self.fake.callback(id).await
    }

    /// A bot whose `/ask` always defers first (a zero answer deadline), as a slow search would.
    async fn deferring() -> Rig {
        Self::start_config(
            "e2e-token-not-secret",
            None,
            Some(std::time::Duration::ZERO),
            |_| {},
        )
        .await
    }

    /// Sends `/ask question:` from `user` with a token starting `prefix`; returns its id and token.
    fn slash_ask(&self, prefix: &str, question: &str, user: u64) -> (u64, String) {
        let id = self.fake.next_id();
        let token = format!("{prefix}-{id}");
        self.fake.dispatch(
            "INTERACTION_CREATE",
            payload::command(
                id,
                &token,
                "ask",
                Some(("question", question)),
                &From::member(user),
            ),
        );
        (id, token)
    }

    /// "Ask Parley" from `user` on a message holding `said`; returns the callback.
    async fn ask_parley_on(&self, said: &str, user: u64) -> Recorded {
        let target = payload::message(self.fake.next_id(), 6600, said, vec![], true);
        let id = self.fake.next_id();
        self.fake.dispatch(
            "INTERACTION_CREATE",
            payload::context_menu(
                id,
                &format!("menu-{id}"),
                text::ASK_PARLEY,
                target,
                &From::member(user),
            ),
        );
        self.fake.callback(id).await
    }

    /// Runs `/reload` and returns the callback and, when deferred, the edited response.
    async fn reload(&self, from: &From) -> (Recorded, Option<Recorded>) {
        let id = self.fake.next_id();
        let token = format!("itoken-{id}");
        self.fake.dispatch(
            "INTERACTION_CREATE",
            payload::command(id, &token, "reload", None, from),
        );
        let cb = self.fake.callback(id).await;
        if cb.body["type"] == 5 {
            let edit = self.fake.edit_of(&token).await;
            (cb, Some(edit))
        } else {
            (cb, None)
        }
    }

    async fn stop(mut self) {
        if let Some(bot) = self.bot.take() {
            bot.shutdown().await.expect("clean shutdown");
        }
    }
}

/// All the visible text of the first embed of a message body (`data` of a callback, or the body).
fn embed_text(body: &Value) -> String {
    let b = if body["data"].is_object() {
        &body["data"]
    } else {
        body
    };
    let e = &b["embeds"][0];
    let mut parts = vec![
        e["title"].as_str().unwrap_or_default().to_string(),
        e["description"].as_str().unwrap_or_default().to_string(),
    ];
    for f in e["fields"].as_array().into_iter().flatten() {
        parts.push(f["name"].as_str().unwrap_or_default().to_string());
        parts.push(f["value"].as_str().unwrap_or_default().to_string());
    }
    parts.push(e["footer"]["text"].as_str().unwrap_or_default().to_string());
    parts.join("\n")
}

fn content(body: &Value) -> String {
    let b = if body["data"].is_object() {
        &body["data"]
    } else {
        body
    };
    b["content"].as_str().unwrap_or_default().to_string()
}

fn assert_no_pings(body: &Value) {
    let b = if body["data"].is_object() {
        &body["data"]
    } else {
        body
    };
    let am = &b["allowed_mentions"];
    assert_eq!(am["parse"], json!([]), "allowed_mentions: {am}");
    assert!(
        am["users"].as_array().is_none_or(Vec::is_empty),
        "allowed_mentions: {am}"
    );
    assert!(
        am["roles"].as_array().is_none_or(Vec::is_empty),
        "allowed_mentions: {am}"
    );
}

/// The reply the core gives for `question` on the rig's current data.
fn core_reply(rig: &Rig, question: &str) -> parley::Answer {
    let kb = rig.bot().live().snapshot();
    parley::ask(&kb, question, &parley::AskOptions::default()).expect("core answers")
}

const HELSINKI_Q: &str = "What did Virtanen say about the Helsinki corridor proposal?";
const HELSINKI_QUOTE: &str = "deserves a hearing from both delegations";
const HELSINKI_TITLE: &str = "Finnish mediator proposes Helsinki humanitarian corridor";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_e2e_mention_gets_cited_reply_without_pings() {
    let rig = Rig::start(|_| {}).await;
    let r = rig.mention(4001, HELSINKI_Q).await;
    assert_eq!(
        r.path,
        format!(
            "/api/v10/channels/{}/messages",
            support::fake_discord::CHANNEL_ID
        )
    );
    assert_no_pings(&r.body);
    assert_eq!(r.body["allowed_mentions"]["replied_user"], json!(false));
    let shown = embed_text(&r.body);
    assert!(
        shown.contains(HELSINKI_QUOTE),
        "reply lacks the quote: {shown}"
    );
    assert!(
        shown.contains(HELSINKI_TITLE),
        "reply lacks the citation: {shown}"
    );
    assert!(
        shown.contains("Virtanen"),
        "reply lacks the speaker: {shown}"
    );
    // The mention was stripped: the bot answered exactly what the core answers to the question.
    let core = core_reply(&rig, HELSINKI_Q);
    assert!(core.answered);
    assert_eq!(
        r.body["embeds"][0]["title"],
        json!(core.reply.embed().title)
    );
    // Messages from bots (including itself) are ignored; the next human message is answered.
    let bot_msg = rig.fake.next_id();
    let mut m = payload::mention(bot_msg, 4002, HELSINKI_Q);
    m["author"]["bot"] = json!(true);
    rig.fake.dispatch("MESSAGE_CREATE", m);
    rig.mention(4003, HELSINKI_Q).await;
    assert!(
        !rig.fake.requests().iter().any(|r| r.replies_to(bot_msg)),
        "the bot answered a bot"
    );
    rig.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_e2e_dm_and_reply_to_bot_are_answered_plain_messages_are_not() {
    let rig = Rig::start(|_| {}).await;
    // A plain guild message that does not address the bot is ignored…
    let ignored = rig.fake.next_id();
    rig.fake.dispatch(
        "MESSAGE_CREATE",
        payload::message(ignored, 4100, HELSINKI_Q, vec![], true),
    );
    // …a DM is answered…
    let dm = rig.fake.next_id();
    rig.fake.dispatch(
        "MESSAGE_CREATE",
        payload::message(dm, 4101, HELSINKI_Q, vec![], false),
    );
    let r = rig.fake.reply_to(dm).await;
    assert!(embed_text(&r.body).contains(HELSINKI_QUOTE));
    assert_no_pings(&r.body);
    // …and so is a reply to one of the bot's messages (with its ping on, the reply mentions the
    // bot, so Discord delivers its text without the Message Content intent).
    let reply = rig.fake.next_id();
    let mut m = payload::message(
        reply,
        4102,
        HELSINKI_Q,
        vec![support::fake_discord::bot_user()],
        true,
    );
    m["type"] = json!(19);
    m["message_reference"] =
        json!({"message_id": "1", "channel_id": support::fake_discord::CHANNEL_ID.to_string()});
    m["referenced_message"] = payload::message(1, 0, "earlier answer", vec![], true);
    m["referenced_message"]["author"] = support::fake_discord::bot_user();
    rig.fake.dispatch("MESSAGE_CREATE", m);
    let r = rig.fake.reply_to(reply).await;
    assert!(embed_text(&r.body).contains(HELSINKI_QUOTE));
    // A bare mention gets a hint on how to ask.
    let bare = rig.mention(4103, "").await;
    assert_eq!(content(&bare.body), text::EMPTY_MENTION);
    assert_no_pings(&bare.body);
    assert!(
        !rig.fake.requests().iter().any(|r| r.replies_to(ignored)),
        "a message not addressed to the bot was answered"
    );
    rig.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_e2e_slash_ask_answers_in_the_channel() {
    let rig = Rig::start(|_| {}).await;
    let cb = rig
        .command("ask", Some(("question", HELSINKI_Q)), &From::member(4200))
        .await;
    assert_eq!(cb.body["type"], 4, "{}", cb.raw);
    assert_ne!(cb.body["data"]["flags"], json!(64), "answers are public");
    assert_no_pings(&cb.body);
    let shown = embed_text(&cb.body);
    assert!(shown.contains(HELSINKI_QUOTE), "{shown}");
    assert!(shown.contains(HELSINKI_TITLE), "{shown}");
    rig.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_e2e_autocomplete_offers_at_most_25_short_relevant_choices() {
    let rig = Rig::start(|_| {}).await;
    for partial in ["Helsinki corr", "what did virtanen", "", "z"] {
        let id = rig.fake.next_id();
        rig.fake.dispatch(
            "INTERACTION_CREATE",
            payload::autocomplete(
                id,
                &format!("ac-{id}"),
                "ask",
                "question",
                partial,
                &From::member(4300),
            ),
        );
        let cb = rig.fake.callback(id).await;
        assert_eq!(cb.body["type"], 8, "{}", cb.raw);
        let choices = cb.body["data"]["choices"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        assert!(choices.len() <= 25, "{} choices", choices.len());
        for c in &choices {
            let name = c["name"].as_str().unwrap_or_default();
            let value = c["value"].as_str().unwrap_or_default();
            assert!((1..=100).contains(&name.chars().count()), "{name:?}");
            assert!((1..=100).contains(&value.chars().count()), "{value:?}");
        }
        // The bot sends what the core suggests, within Discord's limits.
        let kb = rig.bot().live().snapshot();
        let expected = discord::commands::ask::choices(parley::answer::suggest(&kb, partial, 25));
        let values: Vec<&str> = choices.iter().filter_map(|c| c["value"].as_str()).collect();
        assert_eq!(values, expected);
        if partial == "Helsinki corr" {
            assert!(!choices.is_empty(), "no suggestion for {partial:?}");
            assert!(
                choices.iter().any(|c| c["value"]
                    .as_str()
                    .unwrap_or_default()
                    .to_lowercase()
                    .contains("helsinki")),
                "suggestions unrelated to {partial:?}: {choices:?}"
            );
        }
    }
    // /quote autocompletes people.
    let id = rig.fake.next_id();
    rig.fake.dispatch(
        "INTERACTION_CREATE",
        payload::autocomplete(
            id,
            &format!("ac-{id}"),
            "quote",
            "person",
            "virt",
            &From::member(4300),
        ),
    );
    let cb = rig.fake.callback(id).await;
    let names: Vec<String> = cb.body["data"]["choices"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| c["name"].as_str().map(str::to_string))
        .collect();
    assert!(names.iter().any(|n| n.contains("Virtanen")), "{names:?}");
    rig.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_e2e_quote_sources_and_help() {
    let rig = Rig::start(|_| {}).await;
    let cb = rig
        .command(
            "quote",
            Some(("person", "Aino Virtanen")),
            &From::member(4400),
        )
        .await;
    assert_eq!(cb.body["type"], 4, "{}", cb.raw);
    assert_no_pings(&cb.body);
    let shown = embed_text(&cb.body);
    assert!(shown.contains(HELSINKI_QUOTE), "{shown}");
    assert!(shown.contains(HELSINKI_TITLE), "{shown}");
    let cb = rig.command("sources", None, &From::member(4400)).await;
    assert_no_pings(&cb.body);
    let shown = embed_text(&cb.body);
    assert!(shown.contains(HELSINKI_TITLE), "{shown}");
    assert!(shown.contains("Rubio"), "{shown}");
    let cb = rig.command("help", None, &From::member(4400)).await;
    assert_no_pings(&cb.body);
    assert!(embed_text(&cb.body).contains(&parley::answer::help().embed().title));
    rig.stop().await;
}

const GRAIN_Q: &str = "What did Aydin say about hosting the grain shipping talks in Istanbul?";
const GRAIN_QUOTE: &str = "Istanbul is ready to host the grain shipping talks";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_e2e_reload_by_non_admin_is_refused_and_data_unchanged() {
    let rig = Rig::start(|_| {}).await;
    let before = rig.bot().live().snapshot().counts();
    rig.add_fixture("extra", "black-sea-grain.md");
    // Discord would hide the command (default_member_permissions), but a server admin can loosen
    // that: the bot checks again. Send Messages + View Channel only, not listed as an admin.
    let (cb, edit) = rig.reload(&From::member(4500)).await;
    assert!(edit.is_none());
    assert_eq!(cb.body["type"], 4);
    assert_eq!(
        cb.body["data"]["flags"],
        json!(64),
        "refusals are ephemeral"
    );
    assert_eq!(content(&cb.body), text::RELOAD_NOT_ADMIN);
    assert_no_pings(&cb.body);
    assert_eq!(rig.bot().live().snapshot().counts(), before);
    let r = rig.mention(4501, GRAIN_Q).await;
    assert!(!embed_text(&r.body).contains(GRAIN_QUOTE));
    rig.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_e2e_reload_refused_in_dm_other_guild_and_without_permission() {
    let rig = Rig::start(|s| {
        s.discord.guild_ids = vec![GUILD_ID];
        s.discord.admin_role_ids = vec![31];
        s.discord.admin_user_ids = vec![4610];
    })
    .await;
    // Commands were registered in the configured guild, not globally.
    let reg = rig.fake.wait_registered().await;
    assert_eq!(
        reg.path,
        format!(
            "/api/v10/applications/{}/guilds/{GUILD_ID}/commands",
            support::fake_discord::APP_ID
        )
    );
    let reload_def = reg
        .body
        .as_array()
        .and_then(|a| a.iter().find(|c| c["name"] == "reload"))
        .cloned();
    assert_eq!(
        reload_def
            .as_ref()
            .map(|c| c["default_member_permissions"].clone()),
        Some(json!("32"))
    );
    let before = rig.bot().live().snapshot().counts();
    rig.add_fixture("extra", "black-sea-grain.md");
    let (cb, _) = rig.reload(&From::Dm { user: 4610 }).await;
    assert_eq!(content(&cb.body), text::RELOAD_IN_DM);
    let (cb, _) = rig
        .reload(&From::Member {
            guild: GUILD_ID + 1,
            user: 4610,
            permissions: 0x8,
            roles: vec![],
        })
        .await;
    assert_eq!(content(&cb.body), text::RELOAD_WRONG_GUILD);
    let (cb, _) = rig
        .reload(&From::Member {
            guild: GUILD_ID,
            user: 4611,
            permissions: 0x400 | 0x800,
            roles: vec![30],
        })
        .await;
    assert_eq!(content(&cb.body), text::RELOAD_NOT_ADMIN);
    assert_eq!(rig.bot().live().snapshot().counts(), before);
    // A configured admin role may reload, without Manage Server.
    let (cb, edit) = rig
        .reload(&From::Member {
            guild: GUILD_ID,
            user: 4612,
            permissions: 0x400 | 0x800,
            roles: vec![31],
        })
        .await;
    assert_eq!(cb.body["type"], 5);
    assert!(embed_text(&edit.expect("edited").body).contains(text::RELOAD_OK_TITLE));
    rig.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_e2e_reload_by_admin_picks_up_a_new_article() {
    let rig = Rig::start(|_| {}).await;
    let before = rig.bot().live().snapshot().counts();
    rig.add_fixture("extra", "black-sea-grain.md");
    let (cb, edit) = rig.reload(&From::admin(4700)).await;
    assert_eq!(cb.body["type"], 5, "reload defers: {}", cb.raw);
    assert_eq!(cb.body["data"]["flags"], json!(64), "ephemeral");
    let edit = edit.expect("the deferred response is edited");
    assert_no_pings(&edit.body);
    let shown = embed_text(&edit.body);
    let after = rig.bot().live().snapshot().counts();
    assert_eq!(after.sources, before.sources + 1);
    assert!(shown.contains(text::RELOAD_OK_TITLE), "{shown}");
    assert!(
        shown.contains("Added (1): Turkey offers to host Black Sea shipping talks"),
        "{shown}"
    );
    assert!(
        shown.contains(&format!("Articles: {} → {}", before.sources, after.sources)),
        "{shown}"
    );
    assert!(
        shown.contains(&format!("Facts: {} → {}", before.facts, after.facts)),
        "{shown}"
    );
    assert!(
        shown.contains(&format!("Quotes: {} → {}", before.quotes, after.quotes)),
        "{shown}"
    );
    let r = rig.mention(4701, GRAIN_Q).await;
    let shown = embed_text(&r.body);
    assert!(shown.contains(GRAIN_QUOTE), "{shown}");
    assert!(
        shown.contains("Turkey offers to host Black Sea shipping talks"),
        "{shown}"
    );
    rig.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_e2e_reload_with_broken_article_reports_file_and_line_and_keeps_old_data() {
    let rig = Rig::start(|_| {}).await;
    let before = rig.bot().live().snapshot().counts();
    rig.add_fixture("broken", "broken-article.md");
    let (_, edit) = rig.reload(&From::admin(4800)).await;
    let shown = embed_text(&edit.expect("edited").body);
    assert!(shown.contains(text::RELOAD_FAILED_TITLE), "{shown}");
    assert!(
        shown.contains("sources/broken-article.md:2:"),
        "no file and line in {shown}"
    );
    assert_eq!(rig.bot().live().snapshot().counts(), before);
    let r = rig.mention(4801, HELSINKI_Q).await;
    assert!(
        embed_text(&r.body).contains(HELSINKI_QUOTE),
        "old answers still served"
    );
    rig.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_e2e_rate_limit_sends_a_note() {
    let rig = Rig::start(|s| {
        s.discord.rate_limit.questions = 2;
        s.discord.rate_limit.window_seconds = 3600;
    })
    .await;
    for _ in 0..2 {
        let cb = rig
            .command("ask", Some(("question", HELSINKI_Q)), &From::member(4900))
            .await;
        assert!(embed_text(&cb.body).contains(HELSINKI_QUOTE));
    }
    let cb = rig
        .command("ask", Some(("question", HELSINKI_Q)), &From::member(4900))
        .await;
    assert_eq!(
        cb.body["data"]["flags"],
        json!(64),
        "the note is ephemeral: {}",
        cb.raw
    );
    assert!(
        content(&cb.body).starts_with("You have asked 2 questions in the last 3600 seconds"),
        "{}",
        cb.raw
    );
    assert!(cb.body["data"]["embeds"]
        .as_array()
        .is_none_or(Vec::is_empty));
    // By message: a short reply.
    for _ in 0..2 {
        let r = rig.mention(4902, HELSINKI_Q).await;
        assert!(embed_text(&r.body).contains(HELSINKI_QUOTE));
    }
    let r = rig.mention(4902, HELSINKI_Q).await;
    assert!(content(&r.body).contains("which is the limit"), "{}", r.raw);
    assert_no_pings(&r.body);
    // Another user is not limited.
    let r = rig.mention(4901, HELSINKI_Q).await;
    assert!(embed_text(&r.body).contains(HELSINKI_QUOTE));
    rig.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_e2e_out_of_scope_question_gets_the_no_answer_reply() {
    let rig = Rig::start(|_| {}).await;
    let q = "What is the best recipe for banana bread with walnuts?";
    let core = core_reply(&rig, q);
    assert!(!core.answered, "the core answered an out-of-scope question");
    let r = rig.mention(5000, q).await;
    assert_eq!(
        r.body["embeds"][0]["title"],
        json!(core.reply.embed().title)
    );
    assert_eq!(
        r.body["embeds"][0]["description"]
            .as_str()
            .unwrap_or_default(),
        core.reply.embed().description
    );
    // Too long a question is refused politely, without asking the core.
    let long = "peace ".repeat(120);
    let r = rig.mention(5001, &long).await;
    assert_eq!(
        content(&r.body),
        text::question_too_long(500, long.trim().chars().count())
    );
    rig.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_e2e_token_never_appears_in_logs_or_messages() {
    let token = "MTIzNDU2Nzg5.secret-e2e-token.XyZ-do-not-print";
    let rig = Rig::start_with_token(token, |_| {}).await;
    // Exercise answers, a refusal, a failed and a good reload, and a rate-limit note.
    rig.mention(5100, HELSINKI_Q).await;
    rig.command(
        "ask",
        Some(("question", "Who is Olena Marchenko?")),
        &From::member(5100),
    )
    .await;
    rig.reload(&From::member(5101)).await;
    rig.add_fixture("broken", "broken-article.md");
    rig.reload(&From::admin(5102)).await;
    std::fs::remove_file(rig.sources().join("broken-article.md")).unwrap();
    rig.reload(&From::admin(5102)).await;
    let requests = rig.fake.requests();
    let identifies = rig.fake.identifies();
    rig.stop().await;

    // The fake sees the token exactly where Discord needs it: the Authorization header and IDENTIFY.
    assert!(!requests.is_empty());
    for r in &requests {
        assert_eq!(
            r.authorization.as_deref(),
            Some(format!("Bot {token}").as_str()),
            "{} {}",
            r.method,
            r.path
        );
        assert!(
            !r.raw.contains(token),
            "token in the body of {} {}",
            r.method,
            r.path
        );
        assert!(!r.path.contains(token), "token in the path {}", r.path);
    }
    assert!(identifies
        .iter()
        .any(|d| d["token"].as_str().is_some_and(|t| t.contains(token))));
    // Never in anything logged (at debug level, serenity included) or printed by Debug.
    let logs =
        String::from_utf8_lossy(&logs().lock().unwrap_or_else(|p| p.into_inner())).into_owned();
    assert!(
        logs.contains("registered the slash commands"),
        "the log capture works"
    );
    assert!(!logs.contains(token), "the token was logged");
    assert!(
        !logs.contains("secret-e2e-token"),
        "part of the token was logged"
    );
    assert!(!format!("{:?}", Token::new(token)).contains("secret"));
}

/// Dangerous markup that must reach Discord only escaped.
fn unescaped_markup(s: &str) -> Vec<&'static str> {
    const RAW: [&str; 10] = [
        "@everyone",
        "@here",
        "<@123>",
        "<@&456>",
        "<#789>",
        "**bold**",
        "[x](https://evil)",
        "`code`",
        "||spoiler||",
        "~~strike~~",
    ];
    RAW.into_iter().filter(|m| s.contains(m)).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_e2e_markdown_and_mentions_in_articles_neither_ping_nor_format() {
    let rig = Rig::start(|_| {}).await;
    rig.add_fixture("markdown", "markdown-mentions.md");
    let (_, edit) = rig.reload(&From::admin(5200)).await;
    assert!(embed_text(&edit.expect("edited").body).contains(text::RELOAD_OK_TITLE));
    let q = "What did Hrebenko say about the ceasefire hotline?";
    let r = rig.mention(5201, q).await;
    let cb = rig
        .command("ask", Some(("question", q)), &From::member(5202))
        .await;
    let quote = rig
        .command("quote", Some(("person", "Hrebenko")), &From::member(5203))
        .await;
    for body in [&r.body, &cb.body, &quote.body] {
        assert_no_pings(body);
        let shown = embed_text(body);
        assert!(shown.contains("ceasefire hotline"), "{shown}");
        assert!(
            shown.contains("everyone"),
            "the quote is still shown: {shown}"
        );
        let bad = unescaped_markup(&shown);
        assert!(bad.is_empty(), "unescaped {bad:?} in {shown}");
        assert!(unescaped_markup(&content(body)).is_empty());
    }
    assert_eq!(r.body["allowed_mentions"]["replied_user"], json!(false));
    rig.stop().await;
}

/// Resident memory of this process in KiB (Linux), for the load test's report.
fn rss_kib() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    s.lines()
        .find(|l| l.starts_with("VmRSS:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_e2e_load_1000_questions_from_50_users() {
    const USERS: u64 = 50;
    const PER_USER: u64 = 20;
    const ROUNDS: usize = 5;
    let clock = Arc::new(ManualClock(Mutex::new(std::time::Instant::now())));
    // Default limit: 5 questions per 30 s. Answers leave at twenty times Discord's pace (the fake
    // enforces no REST limits here; tests/discord_load.rs does).
    let c: Arc<dyn Clock> = clock.clone();
    let rig = Rig::start_custom(
        "e2e-token-not-secret",
        "e2e-token-not-secret",
        FakeOptions::default(),
        |config| {
            config.clock = c;
            config.pace = discord::outbox::Pace {
                per: discord::outbox::GLOBAL_WINDOW / 20,
                ..discord::outbox::Pace::DISCORD
            };
        },
        |_| {},
    )
    .await;
    let rl = Settings::defaults().discord.rate_limit;
    let limit = rl.questions as usize;
    let questions = [
        HELSINKI_Q,
        "What did Rubio say about concessions?",
        "Who is Olena Marchenko?",
        "What happened in Alaska?",
        "Is a ceasefire possible?",
    ];
    let is_reply = |r: &Recorded| r.method == "POST" && r.path.ends_with("/messages");
    let log_len = || logs().lock().map(|l| l.len() as u64 / 1024).unwrap_or(0);
    // (RSS, captured log size) after each round, in KiB.
    let mut mem: Vec<(Option<u64>, u64)> = Vec::new();
    // Each round: 1,000 questions from 50 users arrive at once; then the rate-limit window passes.
    for round in 0..ROUNDS {
        let before = rig.fake.requests().len();
        let started = std::time::Instant::now();
        let mut ids = std::collections::HashMap::new();
        for n in 0..PER_USER {
            for u in 0..USERS {
                let id = rig.fake.next_id();
                let user = 10_000 + u;
                ids.insert(id.to_string(), user);
                let q = questions[((n + u) % questions.len() as u64) as usize];
                // Each user in a channel of their own: one channel's queue is bounded.
                let mut m = payload::mention(id, user, q);
                m["channel_id"] = json!((support::fake_discord::CHANNEL_ID + u).to_string());
                rig.fake.dispatch("MESSAGE_CREATE", m);
            }
        }
        // Each user: `limit` answers and one note; the rest are dropped silently.
        let expected = USERS as usize * (limit + 1);
        rig.fake
            .wait_n(expected, |r| {
                is_reply(r)
                    && ids.contains_key(
                        r.body["message_reference"]["message_id"]
                            .as_str()
                            .unwrap_or_default(),
                    )
            })
            .await;
        let elapsed = started.elapsed();
        // A barrier: a fresh user's question, answered after the round's questions were handled.
        let sentinel = rig.mention(99_000 + round as u64, HELSINKI_Q).await;
        assert!(embed_text(&sentinel.body).contains(HELSINKI_QUOTE));

        let replies: Vec<Recorded> = rig.fake.requests()[before..]
            .iter()
            .filter(|r| {
                is_reply(r)
                    && ids.contains_key(
                        r.body["message_reference"]["message_id"]
                            .as_str()
                            .unwrap_or_default(),
                    )
            })
            .cloned()
            .collect();
        assert_eq!(replies.len(), expected, "answers plus one note per user");
        let mut answered: std::collections::HashMap<u64, usize> = Default::default();
        let mut noted: std::collections::HashMap<u64, usize> = Default::default();
        let mut seen = std::collections::HashSet::new();
        for r in &replies {
            let mid = r.body["message_reference"]["message_id"]
                .as_str()
                .unwrap_or_default()
                .to_string();
            assert!(seen.insert(mid.clone()), "message {mid} answered twice");
            let user = ids[&mid];
            assert_no_pings(&r.body);
            if r.body["embeds"].as_array().is_some_and(|e| !e.is_empty()) {
                *answered.entry(user).or_default() += 1;
            } else {
                assert!(content(&r.body).contains("which is the limit"), "{}", r.raw);
                *noted.entry(user).or_default() += 1;
            }
        }
        for u in 0..USERS {
            let user = 10_000 + u;
            assert_eq!(answered.get(&user).copied(), Some(limit), "user {user}");
            assert_eq!(noted.get(&user).copied(), Some(1), "user {user}");
        }
        assert!(rig.bot().rate_limited_users() <= USERS as usize + ROUNDS);
        rig.fake.clear();
        mem.push((rss_kib(), log_len()));
        let total = USERS * PER_USER;
        println!(
            "load round {}: {total} questions from {USERS} users handled in {:.2} s ({:.0} questions/s, {expected} replies); RSS {} KiB, captured logs {} KiB",
            round + 1,
            elapsed.as_secs_f64(),
            total as f64 / elapsed.as_secs_f64().max(1e-9),
            mem.last().and_then(|m| m.0).unwrap_or(0),
            mem.last().map_or(0, |m| m.1),
        );
        clock.advance(std::time::Duration::from_secs(rl.window_seconds + 1));
    }
    // Memory stays flat: after the first round warmed the buffers, later rounds add little beyond
    // the test's own log capture (which keeps every line and is subtracted). The whole process is
    // measured, so the bound is loose; a leak of a few KiB per question would exceed it.
    if let (Some((Some(r1), l1)), Some((Some(rn), ln))) = (mem.first(), mem.last()) {
        let growth = rn
            .saturating_sub(*r1)
            .saturating_sub(ln.saturating_sub(*l1));
        println!("load: RSS after round 1 {r1} KiB, after round {ROUNDS} {rn} KiB; growth beyond the log capture {growth} KiB");
        assert!(
            growth < 32 * 1024,
            "memory grew by {growth} KiB beyond the log capture"
        );
    }
    rig.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_e2e_answer_channel_answers_every_message_when_not_mention_only() {
    let rig = Rig::start(|s| {
        s.discord.answer_channels = vec![support::fake_discord::CHANNEL_ID];
        s.discord.mention_only = false;
        s.discord.shards = Shards::Auto;
    })
    .await;
    // `shards = "auto"` asks Discord for the recommended count, then runs that many.
    assert!(rig
        .fake
        .requests()
        .iter()
        .any(|r| r.method == "GET" && r.path == "/api/v10/gateway/bot"));
    let identify = rig.fake.identifies().pop().expect("identified");
    assert_eq!(identify["shard"], json!([0, 1]));
    // The privileged Message Content intent is requested only in this configuration.
    let intents = identify["intents"].as_u64().unwrap_or_default();
    assert_ne!(intents & (1 << 15), 0, "MESSAGE_CONTENT intent: {intents}");
    let id = rig.fake.next_id();
    rig.fake.dispatch(
        "MESSAGE_CREATE",
        payload::message(id, 5300, HELSINKI_Q, vec![], true),
    );
    let r = rig.fake.reply_to(id).await;
    assert!(embed_text(&r.body).contains(HELSINKI_QUOTE));
    assert_no_pings(&r.body);
    rig.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_e2e_failing_handler_is_logged_and_answered_with_a_generic_note() {
    let rig = Rig::start(|_| {}).await;
    // Discord rejects the answer: the bot logs it and sends the generic note instead.
    rig.fake.fail_next(1);
    let id = rig.fake.next_id();
    rig.fake
        .dispatch("MESSAGE_CREATE", payload::mention(id, 5400, HELSINKI_Q));
    let replies = rig.fake.wait_n(2, |r| r.replies_to(id)).await;
    assert!(embed_text(&replies[0].body).contains(HELSINKI_QUOTE));
    assert_eq!(content(&replies[1].body), text::GENERIC_ERROR);
    assert_no_pings(&replies[1].body);
    // The same for a slash command: the second callback carries the ephemeral generic note.
    rig.fake.fail_next(1);
    let id = rig.fake.next_id();
    rig.fake.dispatch(
        "INTERACTION_CREATE",
        payload::command(id, &format!("t-{id}"), "sources", None, &From::member(5401)),
    );
    let p = format!("/api/v10/interactions/{id}/");
    let cbs = rig
        .fake
        .wait_n(2, |r| r.method == "POST" && r.path.starts_with(&p))
        .await;
    assert_eq!(content(&cbs[1].body), text::GENERIC_ERROR);
    assert_eq!(cbs[1].body["data"]["flags"], json!(64));
    // The bot is still up and answering.
    let r = rig.mention(5402, HELSINKI_Q).await;
    assert!(embed_text(&r.body).contains(HELSINKI_QUOTE));
    let logs =
        String::from_utf8_lossy(&logs().lock().unwrap_or_else(|p| p.into_inner())).into_owned();
    assert!(logs.contains("answering a message failed"));
    assert!(logs.contains("command failed"));
    rig.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_e2e_slow_ask_is_deferred_then_edited_with_the_answer() {
    // A zero deadline stands in for a search slower than Discord's 3 s: the bot must acknowledge
    // first (type 5) and edit the answer in afterwards.
    let rig = Rig::deferring().await;
    let (id, token) = rig.slash_ask("slow", HELSINKI_Q, 5500);
    let cb = rig.fake.callback(id).await;
    assert_eq!(cb.body["type"], 5, "{}", cb.raw);
    assert_ne!(cb.body["data"]["flags"], json!(64), "the answer is public");
    let edit = rig.fake.edit_of(&token).await;
    assert_no_pings(&edit.body);
    let shown = embed_text(&edit.body);
    assert!(shown.contains(HELSINKI_QUOTE), "{shown}");
    assert!(shown.contains(HELSINKI_TITLE), "{shown}");
    rig.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_e2e_questions_are_answered_while_a_reload_runs() {
    let rig = Rig::start(|s| s.discord.rate_limit.questions = 100).await;
    rig.add_fixture("extra", "black-sea-grain.md");
    let reload_id = rig.fake.next_id();
    let token = format!("itoken-{reload_id}");
    rig.fake.dispatch(
        "INTERACTION_CREATE",
        payload::command(reload_id, &token, "reload", None, &From::admin(5600)),
    );
    let ids: Vec<u64> = (0..30).map(|_| rig.fake.next_id()).collect();
    for &id in &ids {
        rig.fake
            .dispatch("MESSAGE_CREATE", payload::mention(id, 5601, HELSINKI_Q));
    }
    // Every question is answered, from the old or the new data, and the reload completes.
    for &id in &ids {
        let r = rig.fake.reply_to(id).await;
        assert!(embed_text(&r.body).contains(HELSINKI_QUOTE));
    }
    let edit = rig.fake.edit_of(&token).await;
    assert!(embed_text(&edit.body).contains(text::RELOAD_OK_TITLE));
    let r = rig.mention(5602, GRAIN_Q).await;
    assert!(embed_text(&r.body).contains(GRAIN_QUOTE));
    rig.stop().await;
}

// ------------------------------------------------------------------------------------------------
// The fake refuses what Discord refuses, and the bot never provokes a refusal.
// ------------------------------------------------------------------------------------------------

/// A serenity client that plays the bot by hand against the fake, to send what the bot never
/// would.
fn raw_http(fake: &FakeDiscord, token: &str) -> serenity::http::Http {
    serenity::http::HttpBuilder::new(token)
        .proxy(fake.base.as_str())
        .ratelimiter_disabled(true)
        .application_id(serenity::model::id::ApplicationId::new(
            support::fake_discord::APP_ID,
        ))
        .build()
}

/// The status and Discord error code of the last request the fake answered.
fn last_refusal(fake: &FakeDiscord) -> (u16, Value) {
    let r = fake.requests().pop().expect("a request");
    (r.status, r.answer)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_e2e_fake_refuses_what_discord_refuses() {
    use serenity::model::id::{ChannelId, InteractionId};
    let fake = FakeDiscord::start().await;
    fake.expect_token("right-token");
    let status = |fake: &FakeDiscord| fake.requests().last().map_or(0, |r| r.status);
    let channel = ChannelId::new(support::fake_discord::CHANNEL_ID);
    let right = raw_http(&fake, "right-token");
    // A wrong token: 401.
    let wrong = raw_http(&fake, "wrong-token");
    assert!(wrong
        .send_message(channel, Vec::new(), &json!({"content": "hi"}))
        .await
        .is_err());
    assert_eq!(status(&fake), 401);
    // Bodies over Discord's limits: 400 "Invalid Form Body" naming the field.
    let long = "x".repeat(2001);
    assert!(right
        .send_message(channel, Vec::new(), &json!({"content": long}))
        .await
        .is_err());
    assert_eq!(status(&fake), 400);
    let huge = json!({"embeds": [{"description": "d".repeat(4097)}]});
    assert!(right
        .send_message(channel, Vec::new(), &huge)
        .await
        .is_err());
    let refused = fake.requests().pop().expect("recorded");
    assert_eq!(refused.status, 400);
    let total = json!({"embeds": [{"title": "t".repeat(256), "description": "d".repeat(4000), "fields": (0..3).map(|i| json!({"name": format!("f{i}"), "value": "v".repeat(1000)})).collect::<Vec<_>>()}]});
    assert!(right
        .send_message(channel, Vec::new(), &total)
        .await
        .is_err());
    assert!(right
        .send_message(channel, Vec::new(), &json!({"content": ""}))
        .await
        .is_err());
    assert!(right
        .send_message(channel, Vec::new(), &json!({"content": "fine"}))
        .await
        .is_ok());
    // Interactions: one initial response, within 3 s, of a type that fits; edits only after it.
    let command =
        |id: u64, token: &str| payload::command(id, token, "help", None, &From::member(1));
    fake.dispatch_aged(
        "INTERACTION_CREATE",
        command(11, "tok-11"),
        std::time::Duration::ZERO,
    );
    let id = InteractionId::new(11);
    let edit = json!({"content": "edited"});
    assert!(right
        .edit_original_interaction_response("tok-11", &edit, Vec::new())
        .await
        .is_err());
    assert_eq!(status(&fake), 404, "an edit before the acknowledgement");
    let autocomplete_result = json!({"type": 8, "data": {"choices": []}});
    assert!(right
        .create_interaction_response(id, "tok-11", &autocomplete_result, Vec::new())
        .await
        .is_err());
    assert_eq!(status(&fake), 400, "type 8 answers only autocomplete");
    let message = json!({"type": 4, "data": {"content": "hello"}});
    assert!(right
        .create_interaction_response(id, "tok-11", &message, Vec::new())
        .await
        .is_ok());
    assert!(right
        .create_interaction_response(id, "tok-11", &message, Vec::new())
        .await
        .is_err());
    let (code, body) = last_refusal(&fake);
    assert_eq!(
        (code, body["code"].clone()),
        (400, json!(40060)),
        "a second initial response"
    );
    assert!(right
        .edit_original_interaction_response("tok-11", &edit, Vec::new())
        .await
        .is_ok());
    // Too late: 3 s after the interaction was created, it is unknown.
    fake.dispatch_aged(
        "INTERACTION_CREATE",
        command(12, "tok-12"),
        std::time::Duration::from_millis(3100),
    );
    let late = right
        .create_interaction_response(InteractionId::new(12), "tok-12", &message, Vec::new())
        .await;
    assert!(late.is_err());
    let (code, body) = last_refusal(&fake);
    assert_eq!((code, body["code"].clone()), (404, json!(10062)));
    // The fake's clock moves too.
    fake.dispatch("INTERACTION_CREATE", command(13, "tok-13"));
    fake.advance(std::time::Duration::from_secs(4));
    assert!(right
        .create_interaction_response(InteractionId::new(13), "tok-13", &message, Vec::new())
        .await
        .is_err());
    // Autocomplete: only type 8, at most 25 choices of 1 to 100 characters.
    let ac = payload::autocomplete(14, "tok-14", "ask", "question", "pea", &From::member(1));
    fake.dispatch("INTERACTION_CREATE", ac);
    let too_many = json!({"type": 8, "data": {"choices": (0..26).map(|i| json!({"name": format!("c{i}"), "value": format!("c{i}")})).collect::<Vec<_>>()}});
    assert!(right
        .create_interaction_response(InteractionId::new(14), "tok-14", &too_many, Vec::new())
        .await
        .is_err());
    assert!(right
        .create_interaction_response(InteractionId::new(14), "tok-14", &message, Vec::new())
        .await
        .is_err());
    assert_eq!(status(&fake), 400, "a message does not answer autocomplete");
    let fine = json!({"type": 8, "data": {"choices": [{"name": "peace?", "value": "peace?"}]}});
    assert!(right
        .create_interaction_response(InteractionId::new(14), "tok-14", &fine, Vec::new())
        .await
        .is_ok());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_e2e_a_failed_edit_after_a_deferral_never_sends_a_second_initial_response() {
    let rig = Rig::deferring().await;
    rig.fake.fail_next_edits(1);
    let (id, token) = rig.slash_ask("edit-fails", HELSINKI_Q, 5600);
    // The deferral, a failed edit, then the note as a second edit (or a follow-up).
    let original = format!(
        "/api/v10/webhooks/{}/{token}",
        support::fake_discord::APP_ID
    );
    let notes = rig
        .fake
        .wait_n(2, |r| r.path.starts_with(&original) && r.method != "GET")
        .await;
    assert_eq!(notes[0].status, 500, "the injected failure");
    assert!(
        notes[1].raw.contains(text::GENERIC_ERROR),
        "{}",
        notes[1].raw
    );
    assert_no_pings(&notes[1].body);
    let callbacks: Vec<Recorded> = rig
        .fake
        .requests()
        .into_iter()
        .filter(|r| r.path.starts_with(&format!("/api/v10/interactions/{id}/")))
        .collect();
    assert_eq!(callbacks.len(), 1, "one initial response: {callbacks:?}");
    assert_eq!(callbacks[0].body["type"], 5);
    assert!(
        rig.fake
            .refused()
            .iter()
            .all(|r| r.status == 500 || r.path.ends_with("@original") && r.method == "GET"),
        "{:?}",
        rig.fake.refused()
    );
    rig.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_e2e_an_interaction_answered_too_late_is_refused_and_the_bot_goes_on() {
    let rig = Rig::start(|_| {}).await;
    let id = rig.fake.next_id();
    rig.fake.dispatch_aged(
        "INTERACTION_CREATE",
        payload::command(
            id,
            &format!("late-{id}"),
            "sources",
            None,
            &From::member(5700),
        ),
        std::time::Duration::from_secs(4),
    );
    let cb = rig.fake.callback(id).await;
    assert_eq!(
        (cb.status, cb.body["type"].clone()),
        (404, json!(4)),
        "{}",
        cb.raw
    );
    let r = rig.mention(5701, HELSINKI_Q).await;
    assert!(embed_text(&r.body).contains(HELSINKI_QUOTE));
    assert_eq!(r.status, 200);
    rig.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_e2e_a_wrong_token_is_refused_with_401_and_logged() {
    let rig =
        Rig::start_with_fake_token("e2e-wrong-token", "e2e-right-token", None, None, |_| {}).await;
    let reg = rig.fake.wait_registered().await;
    assert_eq!(reg.status, 401);
    // The fake records the request before the bot reads the answer: wait for the log line.
    let deadline = std::time::Instant::now() + support::fake_discord::PATIENCE;
    loop {
        let logs =
            String::from_utf8_lossy(&logs().lock().unwrap_or_else(|p| p.into_inner())).into_owned();
        if logs.contains("could not register the slash commands") {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "no log line: {logs}");
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    rig.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_e2e_every_request_of_a_session_is_accepted() {
    // The usual traffic — mentions, slash commands, autocomplete — provokes no refusal.
    let rig = Rig::start(|_| {}).await;
    rig.mention(5800, HELSINKI_Q).await;
    rig.command("ask", Some(("question", HELSINKI_Q)), &From::member(5801))
        .await;
    rig.command("sources", None, &From::member(5802)).await;
    rig.command("help", None, &From::member(5803)).await;
    rig.command("quote", Some(("person", "Virtanen")), &From::member(5804))
        .await;
    let id = rig.fake.next_id();
    rig.fake.dispatch(
        "INTERACTION_CREATE",
        payload::autocomplete(
            id,
            &format!("ac-{id}"),
            "ask",
            "question",
            "wha",
            &From::member(5805),
        ),
    );
    rig.fake.callback(id).await;
    assert!(rig.fake.refused().is_empty(), "{:?}", rig.fake.refused());
    rig.stop().await;
}

/// A reply to one of the bot's answers, from `author`, with its ping on or off.
fn reply_to_bot(id: u64, author: u64, text: &str, ping: bool) -> Value {
    let mentions = if ping {
        vec![support::fake_discord::bot_user()]
    } else {
        vec![]
    };
    let mut m = payload::message(id, author, text, mentions, true);
    m["type"] = json!(19);
    m["message_reference"] =
        json!({"message_id": "1", "channel_id": support::fake_discord::CHANNEL_ID.to_string()});
    m["referenced_message"] = payload::message(1, 0, "earlier answer", vec![], true);
    m["referenced_message"]["author"] = support::fake_discord::bot_user();
    m
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_e2e_a_reply_whose_text_discord_withholds_gets_a_how_to_note() {
    // Without the Message Content intent, a reply with its ping off arrives blank.
    let rig = Rig::start(|_| {}).await;
    let id = rig.fake.next_id();
    rig.fake
        .dispatch("MESSAGE_CREATE", reply_to_bot(id, 5900, HELSINKI_Q, false));
    let r = rig.fake.reply_to(id).await;
    assert_eq!(content(&r.body), text::REPLY_TEXT_WITHHELD);
    assert_no_pings(&r.body);
    // With its ping on, the same reply is answered.
    let id = rig.fake.next_id();
    rig.fake
        .dispatch("MESSAGE_CREATE", reply_to_bot(id, 5901, HELSINKI_Q, true));
    let r = rig.fake.reply_to(id).await;
    assert!(embed_text(&r.body).contains(HELSINKI_QUOTE));
    rig.stop().await;
    // A bot that reads every message (answer channels) gets the text of a ping-less reply.
    let rig = Rig::start(|s| {
        s.discord.mention_only = false;
        s.discord.answer_channels = vec![support::fake_discord::CHANNEL_ID];
    })
    .await;
    let id = rig.fake.next_id();
    rig.fake
        .dispatch("MESSAGE_CREATE", reply_to_bot(id, 5902, HELSINKI_Q, false));
    let r = rig.fake.reply_to(id).await;
    assert!(embed_text(&r.body).contains(HELSINKI_QUOTE));
    rig.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_e2e_after_a_reconnect_or_a_dropped_socket_the_bot_resumes_and_answers() {
    let rig = Rig::start(|_| {}).await;
    rig.mention(6000, HELSINKI_Q).await;
    // Discord asks for a reconnect (op 7): the bot resumes its session (op 6) and answers.
    rig.fake.reconnect();
    let deadline = std::time::Instant::now() + support::fake_discord::PATIENCE;
    while rig.fake.resumes().is_empty() {
        assert!(std::time::Instant::now() < deadline, "no RESUME after op 7");
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(rig.fake.resumes()[0]["session_id"], "fake-session-0");
    let r = rig.mention(6001, HELSINKI_Q).await;
    assert!(embed_text(&r.body).contains(HELSINKI_QUOTE));
    // A socket dropped without a word: the same.
    rig.fake.drop_socket();
    let r = rig.mention(6002, HELSINKI_Q).await;
    assert!(embed_text(&r.body).contains(HELSINKI_QUOTE));
    assert_eq!(
        rig.fake.identifies().len(),
        1,
        "resumed, never identified again"
    );
    rig.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_e2e_a_privileged_intent_the_portal_refuses_stops_the_bot_with_an_error() {
    // Answer channels need Message Content; a portal that has not enabled it closes with 4014.
    let fake = FakeDiscord::start().await;
    fake.refuse_privileged_intents();
    let dir = tempfile::tempdir().unwrap();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("data/sources"),
        &dir.path().join("sources"),
    );
    let mut settings = Settings::defaults();
    settings.discord.shards = Shards::Fixed(1);
    settings.feedback.enabled = false;
    settings.discord.mention_only = false;
    settings.discord.answer_channels = vec![support::fake_discord::CHANNEL_ID];
    let live = Arc::new(Live::load(dir.path()).expect("data loads"));
    let mut config = BotConfig::new(settings, live, Token::new("e2e-token-not-secret"));
    config.http_client = Some(fake.client());
    let bot = discord::start(config).await.expect("client builds");
    let ended = tokio::time::timeout(support::fake_discord::PATIENCE, bot.wait())
        .await
        .expect("the bot stops instead of retrying forever");
    assert!(ended.is_err(), "4014 is an error: {ended:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_e2e_two_processes_on_shard_ranges_answer_their_guilds_and_share_a_reload() {
    use support::fake_discord::PATIENCE;
    logs();
    let fake = FakeDiscord::start().await;
    fake.expect_token("e2e-token-not-secret");
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    copy_dir(&root.join("data/sources"), &dir.path().join("sources"));
    copy_dir(
        &root.join(FIXTURES).join("sources"),
        &dir.path().join("sources"),
    );
    // Two guilds on different shards of two: Discord's shard is (guild_id >> 22) % shards.
    let guild_b = GUILD_ID + (1 << 22);
    let shard_of = |g: u64| (g >> 22) % 2;
    assert_ne!(shard_of(GUILD_ID), shard_of(guild_b));
    let start = |first: u32| {
        let mut settings = Settings::defaults();
        settings.data_dir = dir.path().to_path_buf();
        settings.discord.shards = Shards::Fixed(2);
        settings.feedback.enabled = false;
        settings.discord.shard_range = vec![first, first];
        let live = Arc::new(Live::load(dir.path()).expect("test data loads"));
        let mut config = BotConfig::new(settings, live, Token::new("e2e-token-not-secret"));
        config.http_client = Some(fake.client());
        config.watch_interval = Some(std::time::Duration::from_millis(50));
        discord::start(config)
    };
    let zero = start(0).await.expect("process 0 starts");
    let one = start(1).await.expect("process 1 starts");
    let deadline = std::time::Instant::now() + PATIENCE;
    while fake.identifies().len() < 2 {
        assert!(std::time::Instant::now() < deadline, "both shards identify");
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    let mut shards: Vec<Value> = fake
        .identifies()
        .iter()
        .map(|d| d["shard"].clone())
        .collect();
    shards.sort_by_key(|s| s[0].as_u64());
    assert_eq!(shards, vec![json!([0, 2]), json!([1, 2])]);
    fake.wait_n(2, |r| r.method == "PUT" && r.path.ends_with("/commands"))
        .await;
    let (a, b) = if shard_of(GUILD_ID) == 0 {
        (&zero, &one)
    } else {
        (&one, &zero)
    };
    // Each process answers its own guild.
    let in_guild = |id: u64, user: u64, guild: u64, q: &str| {
        let mut m = payload::mention(id, user, q);
        m["guild_id"] = json!(guild.to_string());
        m
    };
    let id = fake.next_id();
    fake.dispatch("MESSAGE_CREATE", in_guild(id, 6100, GUILD_ID, HELSINKI_Q));
    assert!(embed_text(&fake.reply_to(id).await.body).contains(HELSINKI_QUOTE));
    let id = fake.next_id();
    fake.dispatch("MESSAGE_CREATE", in_guild(id, 6101, guild_b, HELSINKI_Q));
    assert!(embed_text(&fake.reply_to(id).await.body).contains(HELSINKI_QUOTE));
    assert_eq!((a.rate_limited_users(), b.rate_limited_users()), (1, 1));
    // A /reload through the process of guild A is live in the process of guild B too.
    let before = b.live().snapshot().counts().sources;
    std::fs::copy(
        root.join(FIXTURES).join("extra/black-sea-grain.md"),
        dir.path().join("sources/black-sea-grain.md"),
    )
    .unwrap();
    let id = fake.next_id();
    let token = format!("reload-{id}");
    fake.dispatch(
        "INTERACTION_CREATE",
        payload::command(id, &token, "reload", None, &From::admin(6102)),
    );
    let edit = fake.edit_of(&token).await;
    assert!(embed_text(&edit.body).contains(text::RELOAD_OK_TITLE));
    while b.live().snapshot().counts().sources != before + 1 {
        assert!(
            std::time::Instant::now() < deadline + PATIENCE,
            "process B reloads"
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    let id = fake.next_id();
    fake.dispatch("MESSAGE_CREATE", in_guild(id, 6103, guild_b, GRAIN_Q));
    let shown = embed_text(&fake.reply_to(id).await.body);
    assert!(shown.contains(GRAIN_QUOTE), "{shown}");
    assert!(fake.refused().is_empty(), "{:?}", fake.refused());
    zero.shutdown().await.expect("clean shutdown");
    one.shutdown().await.expect("clean shutdown");
}

// ------------------------------------------------------------------------------------------------
// /article: operators add and remove articles from Discord.
// ------------------------------------------------------------------------------------------------

/// An operator (a listed user) in the test guild.
const OPERATOR: u64 = 6200;

/// An article an operator uploads, in Parley's own format.
const UPLOADED: &str = "+++\ntitle = \"Nordic ministers back a maritime monitoring mission\"\noutlet = \"Baltic Wire\"\npublished = \"2026-11-30\"\n+++\n\nForeign ministers of the Nordic states backed a maritime monitoring mission for the Black Sea on Monday.\n\n\"A mission at sea is the first step to a lasting ceasefire,\" Finnish Foreign Minister Aino Lahtela told reporters in Oslo.\n";
const UPLOADED_Q: &str = "What did Lahtela say about a mission at sea?";
const UPLOADED_QUOTE: &str = "A mission at sea is the first step";

/// The custom ids of a preview's buttons.
fn button_ids(edit: &Recorded) -> Vec<String> {
    edit.body["components"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|row| row["components"].as_array().cloned().unwrap_or_default())
        .filter_map(|b| b["custom_id"].as_str().map(str::to_string))
        .collect()
}

impl Rig {
    /// `/article SUB` from `from`; returns the callback and the deferred edit, if any.
    async fn article(
        &self,
        sub: &str,
        options: &[(&str, &str)],
        from: &From,
    ) -> (Recorded, Option<Recorded>) {
        let id = self.fake.next_id();
        let token = format!("article-{id}");
        self.fake.dispatch(
            "INTERACTION_CREATE",
            payload::subcommand(id, &token, "article", sub, options, from),
        );
        let cb = self.fake.callback(id).await;
        if cb.body["type"] == 5 {
            (cb, Some(self.fake.edit_of(&token).await))
        } else {
            (cb, None)
        }
    }

    /// Presses a button under a preview; returns its callback and, when acknowledged first, the
    /// edit of the message.
    async fn press(&self, custom_id: &str, from: &From) -> (Recorded, Option<Recorded>) {
        let id = self.fake.next_id();
        let token = format!("button-{id}");
        self.fake.dispatch(
            "INTERACTION_CREATE",
            payload::button(id, &token, custom_id, 1, from),
        );
        let cb = self.fake.callback(id).await;
        if cb.body["type"] == 6 {
            (cb, Some(self.fake.edit_of(&token).await))
        } else {
            (cb, None)
        }
    }
}

async fn operator_rig() -> Rig {
    Rig::start(|s| {
        s.discord.admin_user_ids = vec![OPERATOR];
        s.import.allow_private = true;
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_e2e_article_add_by_attachment_confirm_then_remove() {
    let rig = operator_rig().await;
    let op = From::member(OPERATOR);
    let before = listing_of(&rig.sources());
    // Add by attachment: a preview with Confirm / Cancel, nothing written yet.
    let url = rig.fake.upload("nordic.md", UPLOADED);
    let id = rig.fake.next_id();
    let token = format!("add-{id}");
    rig.fake.dispatch(
        "INTERACTION_CREATE",
        payload::subcommand_with_file(id, &token, "article", "add", &url, "nordic.md", &op),
    );
    let cb = rig.fake.callback(id).await;
    assert_eq!(
        (cb.body["type"].clone(), cb.body["data"]["flags"].clone()),
        (json!(5), json!(64))
    );
    let preview = rig.fake.edit_of(&token).await;
    let shown = embed_text(&preview.body);
    assert!(shown.contains(text::ARTICLE_PREVIEW_TITLE), "{shown}");
    assert!(
        shown.contains(UPLOADED_QUOTE) && shown.contains("Aino Lahtela"),
        "{shown}"
    );
    assert_eq!(
        listing_of(&rig.sources()),
        before,
        "nothing written before Confirm"
    );
    let ids = button_ids(&preview);
    assert_eq!(ids.len(), 2, "{}", preview.raw);
    // Confirm: written, reloaded, and answered from right away.
    let (cb, edit) = rig.press(&ids[0], &op).await;
    assert_eq!(cb.body["type"], 6, "{}", cb.raw);
    let edit = edit.expect("the message is edited with the reload report");
    assert!(
        embed_text(&edit.body).contains(text::RELOAD_OK_TITLE),
        "{}",
        edit.raw
    );
    assert!(rig
        .sources()
        .join("nordic-ministers-back-a-maritime-monitoring-mission.md")
        .exists());
    let r = rig.mention(6201, UPLOADED_Q).await;
    assert!(
        embed_text(&r.body).contains(UPLOADED_QUOTE),
        "{}",
        embed_text(&r.body)
    );
    // The same buttons again: the preview is gone.
    let (cb, _) = rig.press(&ids[0], &op).await;
    assert!(cb.raw.contains(text::ARTICLE_EXPIRED), "{}", cb.raw);
    // Remove: moved to removed/, no longer answered.
    let (_, edit) = rig
        .article(
            "remove",
            &[("id", "nordic-ministers-back-a-maritime-monitoring-mission")],
            &op,
        )
        .await;
    let edit = edit.expect("deferred");
    assert!(
        embed_text(&edit.body).contains(text::ARTICLE_REMOVED_TITLE),
        "{}",
        edit.raw
    );
    assert_eq!(listing_of(&rig.sources()), before);
    assert!(rig
        .dir
        .path()
        .join("removed/nordic-ministers-back-a-maritime-monitoring-mission.md")
        .exists());
    let r = rig.mention(6202, UPLOADED_Q).await;
    assert!(!embed_text(&r.body).contains(UPLOADED_QUOTE));
    assert!(rig.fake.refused().is_empty(), "{:?}", rig.fake.refused());
    rig.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_e2e_article_add_by_url_cancel_and_non_operators_refused() {
    let rig = operator_rig().await;
    let op = From::member(OPERATOR);
    let before = listing_of(&rig.sources());
    // A URL (the fake's CDN stands in for a news site): preview, then Cancel writes nothing.
    let url = rig.fake.upload("nordic-page.md", UPLOADED);
    let (_, preview) = rig.article("add", &[("url", &url)], &op).await;
    let preview = preview.expect("deferred");
    // A plain-text page is not a news page.
    assert!(
        embed_text(&preview.body).contains("not an HTML page"),
        "{}",
        preview.raw
    );
    let html_url = rig.fake.upload("page.html", "<html></html>");
    let (_, failed) = rig.article("add", &[("url", &html_url)], &op).await;
    assert!(embed_text(&failed.expect("deferred").body).contains(text::ARTICLE_FAILED_TITLE));
    let file = rig.fake.upload("nordic.md", UPLOADED);
    let id = rig.fake.next_id();
    let token = format!("add-{id}");
    rig.fake.dispatch(
        "INTERACTION_CREATE",
        payload::subcommand_with_file(id, &token, "article", "add", &file, "nordic.md", &op),
    );
    let preview = rig.fake.edit_of(&token).await;
    let ids = button_ids(&preview);
    // Someone else cannot confirm it, even a server admin…
    let (cb, _) = rig.press(&ids[0], &From::admin(6300)).await;
    assert!(cb.raw.contains(text::ARTICLE_NOT_OPERATOR), "{}", cb.raw);
    // …and Cancel leaves everything as it was.
    let (cb, _) = rig.press(&ids[1], &op).await;
    assert_eq!(cb.body["type"], 7, "{}", cb.raw);
    assert!(cb.raw.contains(text::ARTICLE_CANCELLED));
    assert_eq!(cb.body["data"]["components"], json!([]));
    assert_eq!(listing_of(&rig.sources()), before);
    // A server admin who is not an operator may not add, remove or list.
    for sub in ["add", "remove", "list"] {
        let (cb, edit) = rig
            .article(sub, &[("id", "helsinki-corridor")], &From::admin(6301))
            .await;
        assert!(edit.is_none());
        assert!(
            cb.raw.contains(text::ARTICLE_NOT_OPERATOR),
            "{sub}: {}",
            cb.raw
        );
    }
    assert_eq!(listing_of(&rig.sources()), before);
    // An operator lists the articles with their ids.
    let (cb, _) = rig.article("list", &[], &op).await;
    assert!(cb.raw.contains("helsinki-corridor"), "{}", cb.raw);
    assert!(rig.fake.refused().is_empty(), "{:?}", rig.fake.refused());
    rig.stop().await;
}

/// The files of a directory with a hash of each.
fn listing_of(dir: &Path) -> Vec<(String, u64)> {
    let mut v: Vec<(String, u64)> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| {
            let p = e.path();
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                parley::model::fnv1a(&std::fs::read(&p).unwrap()),
            )
        })
        .collect();
    v.sort();
    v
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_e2e_article_add_by_url_confirm_is_answered_right_after() {
    let rig = operator_rig().await;
    let op = From::member(OPERATOR);
    let page = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/import/wire.html"),
    )
    .unwrap();
    let url = rig.fake.upload("envoys-geneva.html", &page);
    let (_, preview) = rig.article("add", &[("url", &url)], &op).await;
    let preview = preview.expect("deferred");
    assert!(
        embed_text(&preview.body).contains("Envoys to resume talks in Geneva"),
        "{}",
        preview.raw
    );
    let ids = button_ids(&preview);
    let (_, edit) = rig.press(&ids[0], &op).await;
    assert!(embed_text(&edit.expect("edited").body).contains("Added (1)"));
    let r = rig
        .mention(6400, "When will negotiators meet again in Geneva?")
        .await;
    let shown = embed_text(&r.body);
    assert!(
        shown.contains("will meet again in Geneva next week"),
        "{shown}"
    );
    assert!(shown.contains("Northwire"), "{shown}");
    rig.stop().await;
}

// ------------------------------------------------------------------------------------------------
// Beyond one reply: Sources and More under every answer, and "Ask Parley" on any message.
// ------------------------------------------------------------------------------------------------

/// The custom id among `ids` that starts with `prefix` (a button the answer must have).
fn button_with(ids: &[String], prefix: &str) -> String {
    ids.iter()
        .find(|i| i.starts_with(prefix))
        .unwrap_or_else(|| panic!("no {prefix} button among {ids:?}"))
        .clone()
}

/// The custom ids of the buttons on a sent message or interaction response body.
fn custom_ids(body: &Value) -> Vec<String> {
    let rows = if body["components"].is_array() {
        &body["components"]
    } else {
        &body["data"]["components"]
    };
    rows.as_array()
        .into_iter()
        .flatten()
        .flat_map(|row| row["components"].as_array().cloned().unwrap_or_default())
        .filter_map(|b| b["custom_id"].as_str().map(str::to_string))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_e2e_sources_and_more_buttons_work_even_after_a_restart() {
    let mut rig = Rig::start(|_| {}).await;
    let answer = rig.mention(6500, HELSINKI_Q).await;
    let ids = custom_ids(&answer.body);
    let sources = button_with(&ids, "src:");
    let more = button_with(&ids, "more:");
    assert!(ids.iter().all(|i| i.len() <= 100));
    // Sources: ephemeral, the whole paragraph with the cited span marked, and the article.
    let (cb, _) = rig.press(&sources, &From::member(6501)).await;
    assert_eq!(
        (cb.body["type"].clone(), cb.body["data"]["flags"].clone()),
        (json!(4), json!(64))
    );
    let shown = embed_text(&cb.body["data"]);
    assert!(
        shown.contains("⟦") && shown.contains(HELSINKI_QUOTE),
        "{shown}"
    );
    assert!(shown.contains(HELSINKI_TITLE), "{shown}");
    // A restart between the answer and the next click loses nothing.
    rig.restart().await;
    // More, page after page, until there is none.
    let mut next = Some(more);
    let mut pages = 0;
    while let Some(id) = next.take() {
        let (cb, _) = rig.press(&id, &From::member(6502)).await;
        assert_eq!(
            (cb.body["type"].clone(), cb.body["data"]["flags"].clone()),
            (json!(4), json!(64)),
            "{}",
            cb.raw
        );
        assert!(embed_text(&cb.body["data"]).contains("[1]"), "{}", cb.raw);
        pages += 1;
        next = custom_ids(&cb.body)
            .into_iter()
            .find(|i| i.starts_with("more:"));
        assert!(pages <= 3, "More ends");
    }
    assert!(pages >= 1);
    assert!(rig.fake.refused().is_empty(), "{:?}", rig.fake.refused());
    rig.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_e2e_ask_parley_on_a_message_answers_the_clicker() {
    let rig = Rig::start(|_| {}).await;
    let cb = rig.ask_parley_on(HELSINKI_Q, 6601).await;
    assert_eq!(
        cb.body["data"]["flags"],
        json!(64),
        "only the clicker sees it"
    );
    assert!(
        embed_text(&cb.body["data"]).contains(HELSINKI_QUOTE),
        "{}",
        cb.raw
    );
    assert_no_pings(&cb.body["data"]);
    // A message without text gets a note, not a guess.
    let cb = rig.ask_parley_on("", 6601).await;
    assert_eq!(content(&cb.body), text::ASK_PARLEY_EMPTY, "{}", cb.raw);
    rig.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_e2e_a_reply_to_an_answer_is_read_with_its_speaker() {
    let rig = Rig::start(|_| {}).await;
    let first = rig
        .mention(6700, "What did Marchenko say about the plan?")
        .await;
    assert!(
        embed_text(&first.body).contains("Olena Marchenko"),
        "{}",
        first.raw
    );
    // The bot's answer as Discord shows it in a reply: its components carry the item keys.
    let mut earlier = payload::message(
        first.answer["id"]
            .as_str()
            .and_then(|i| i.parse().ok())
            .unwrap_or(1),
        0,
        "",
        vec![],
        true,
    );
    earlier["author"] = support::fake_discord::bot_user();
    earlier["components"] = first.body["components"].clone();
    let ask_in_reply = |id: u64, q: &str| {
        let mut m = payload::message(id, 6700, q, vec![support::fake_discord::bot_user()], true);
        m["type"] = json!(19);
        m["message_reference"] = json!({
            "message_id": earlier["id"].clone(),
            "channel_id": support::fake_discord::CHANNEL_ID.to_string()
        });
        m["referenced_message"] = earlier.clone();
        m
    };
    let id = rig.fake.next_id();
    rig.fake.dispatch(
        "MESSAGE_CREATE",
        ask_in_reply(id, "what else did she say about the corridor proposal?"),
    );
    let r = rig.fake.reply_to(id).await;
    let shown = embed_text(&r.body);
    assert!(shown.contains("We will study every line"), "{shown}");
    rig.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_e2e_votes_and_the_gaps_report() {
    let rig = Rig::start(|_| {}).await;
    let answer = rig.mention(6800, HELSINKI_Q).await;
    let ids = custom_ids(&answer.body);
    let up = button_with(&ids, "vote:1:");
    let down = button_with(&ids, "vote:0:");
    let note = |r: &Recorded| content(&r.body);
    // One vote per user per answer; a second click changes it.
    let (cb, _) = rig.press(&up, &From::member(6801)).await;
    assert_eq!(note(&cb), text::vote_recorded(true), "{}", cb.raw);
    assert_eq!(cb.body["data"]["flags"], json!(64));
    let (cb, _) = rig.press(&down, &From::member(6801)).await;
    assert_eq!(note(&cb), text::vote_changed(false));
    let (cb, _) = rig.press(&down, &From::member(6802)).await;
    assert_eq!(note(&cb), text::vote_recorded(false));
    let (cb, _) = rig.press(&down, &From::member(6802)).await;
    assert_eq!(note(&cb), text::vote_unchanged(false));
    // Unanswered questions, two with the same wording. The first asker has a snowflake-sized id,
    // far too long to turn up by chance in the database's random salt and hashes.
    const ASKER: u64 = 493_817_260_551_230_976;
    for (user, q) in [
        (ASKER, "Where is Macron?"),
        (6804, "where is macron"),
        (6805, "Who won the derby?"),
    ] {
        let r = rig.mention(user, q).await;
        assert!(
            embed_text(&r.body).contains(text::NO_ANSWER),
            "{q}: {}",
            r.raw
        );
    }
    // The report, for admins only.
    let id = rig.fake.next_id();
    let token = format!("gaps-{id}");
    rig.fake.dispatch(
        "INTERACTION_CREATE",
        payload::command(id, &token, "gaps", None, &From::admin(6806)),
    );
    let cb = rig.fake.callback(id).await;
    assert_eq!(
        (cb.body["type"].clone(), cb.body["data"]["flags"].clone()),
        (json!(5), json!(64))
    );
    let report = embed_text(&rig.fake.edit_of(&token).await.body);
    assert!(report.contains("2 × “Where is Macron?”"), "{report}");
    assert!(report.contains("1 × “Who won the derby?”"), "{report}");
    assert!(
        report.contains(&format!("2 👎, 0 👍 — “{HELSINKI_Q}”")),
        "{report}"
    );
    let cb = rig.command("gaps", None, &From::member(6807)).await;
    assert!(content(&cb.body).contains("Manage Server"), "{}", cb.raw);
    // The same report from the command line, over the same state directory.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_parley"))
        .args(["gaps", "--days", "7"])
        .current_dir(rig.dir.path())
        .env("PARLEY__FEEDBACK__STATE_DIR", rig.dir.path().join("state"))
        .output()
        .expect("parley gaps runs");
    let printed = String::from_utf8_lossy(&out.stdout);
    assert!(printed.contains("2 × “Where is Macron?”"), "{printed}");
    // Users are kept only as salted hashes.
    let db = std::fs::read(rig.dir.path().join("state/feedback.sqlite")).unwrap();
    let db = String::from_utf8_lossy(&db);
    assert!(
        !db.contains(&ASKER.to_string()) && !db.contains(&format!("user{ASKER}")),
        "no user ids or names stored"
    );
    rig.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_e2e_a_corrupt_feedback_database_is_logged_and_answering_goes_on() {
    let state = tempfile::tempdir().unwrap();
    std::fs::write(
        state.path().join("feedback.sqlite"),
        b"not a database, just some text that is long enough to look like a file header",
    )
    .unwrap();
    let dir = state.path().to_path_buf();
    let rig = Rig::start(move |s| s.feedback.state_dir = dir).await;
    let r = rig.mention(6900, HELSINKI_Q).await;
    assert!(embed_text(&r.body).contains(HELSINKI_QUOTE));
    // No vote buttons lead anywhere broken: a vote is acknowledged (nothing is kept).
    let up = button_with(&custom_ids(&r.body), "vote:1:");
    let (cb, _) = rig.press(&up, &From::member(6901)).await;
    assert_eq!(cb.status, 204, "{}", cb.raw);
    let logs =
        String::from_utf8_lossy(&logs().lock().unwrap_or_else(|p| p.into_inner())).into_owned();
    assert!(
        logs.contains("feedback is not kept") && logs.contains("feedback.sqlite"),
        "{logs}"
    );
    rig.stop().await;
}

// ------------------------------------------------------------------------------------------------
// Gateway: INVALID_SESSION and heartbeats.
// ------------------------------------------------------------------------------------------------

/// Polls `done` until it holds (panics after the fake's patience, naming `what`).
async fn until(what: &str, done: impl Fn() -> bool) {
    let deadline = std::time::Instant::now() + support::fake_discord::PATIENCE;
    while !done() {
        assert!(
            std::time::Instant::now() < deadline,
            "waited too long: {what}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_e2e_after_an_invalid_session_the_bot_resumes_or_identifies_again_and_answers() {
    let rig = Rig::start(|_| {}).await;
    rig.mention(6300, HELSINKI_Q).await;
    // op 9 with `d: true`: the session may be resumed.
    rig.fake.invalid_session(true);
    until("a RESUME after op 9 d:true", || {
        !rig.fake.resumes().is_empty()
    })
    .await;
    let r = rig.mention(6301, HELSINKI_Q).await;
    assert!(embed_text(&r.body).contains(HELSINKI_QUOTE));
    assert_eq!(rig.fake.identifies().len(), 1, "resumed, not identified");
    // op 9 with `d: false`: the session is gone; the bot identifies anew (a RESUME is refused).
    rig.fake.invalid_session(false);
    until("an IDENTIFY after op 9 d:false", || {
        rig.fake.identifies().len() == 2
    })
    .await;
    let r = rig.mention(6302, HELSINKI_Q).await;
    assert!(embed_text(&r.body).contains(HELSINKI_QUOTE));
    rig.stop().await;
}

/// Short heartbeat intervals, so several pass in a test (serenity checks every 0.5 s at most).
const SHORT_HEARTBEAT: std::time::Duration = std::time::Duration::from_secs(2);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_e2e_the_bot_heartbeats_in_time_and_reconnects_when_acks_stop() {
    let rig = Rig::start_custom(
        "e2e-token-not-secret",
        "e2e-token-not-secret",
        FakeOptions {
            heartbeat_interval: SHORT_HEARTBEAT,
            ..FakeOptions::default()
        },
        |_| {},
        |_| {},
    )
    .await;
    // Several intervals pass; the fake closes a connection whose heartbeat is 1.5 intervals late.
    until("four heartbeats", || rig.fake.heartbeats() >= 4).await;
    assert_eq!(rig.fake.heartbeat_timeouts(), 0, "never dropped");
    assert_eq!(rig.fake.identifies().len(), 1);
    assert!(rig.fake.resumes().is_empty());
    let r = rig.mention(6400, HELSINKI_Q).await;
    assert!(embed_text(&r.body).contains(HELSINKI_QUOTE));
    // Heartbeats no longer acknowledged: the bot reconnects on its own, then answers.
    rig.fake.set_acks(false);
    until("a reconnect after missed ACKs", || {
        rig.fake.resumes().len() + rig.fake.identifies().len() > 1
    })
    .await;
    rig.fake.set_acks(true);
    let r = rig.mention(6401, HELSINKI_Q).await;
    assert!(embed_text(&r.body).contains(HELSINKI_QUOTE));
    rig.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_e2e_fake_closes_a_connection_that_stops_heartbeating() {
    use futures_util::{SinkExt, StreamExt};
    use tokio_tungstenite::tungstenite::Message as WsMessage;
    let fake = FakeDiscord::start_with(FakeOptions {
        heartbeat_interval: std::time::Duration::from_millis(200),
        ..FakeOptions::default()
    })
    .await;
    let (mut ws, _) = tokio_tungstenite::connect_async(fake.gateway_url())
        .await
        .expect("the gateway accepts");
    let hello = ws.next().await.expect("HELLO").expect("a frame");
    assert!(hello.to_string().contains("\"op\":10"), "{hello}");
    let identify = json!({"op": 2, "d": {"token": "Bot x", "intents": 0, "properties": {}}});
    ws.send(WsMessage::Text(identify.to_string()))
        .await
        .expect("IDENTIFY sent");
    // READY, then nothing from this client: the fake closes with 4009 (Session timed out).
    let closed = tokio::time::timeout(support::fake_discord::PATIENCE, async {
        while let Some(Ok(m)) = ws.next().await {
            if let WsMessage::Close(Some(frame)) = m {
                return Some(u16::from(frame.code));
            }
        }
        None
    })
    .await
    .expect("closed in time");
    assert_eq!(closed, Some(4009));
    assert_eq!(fake.heartbeat_timeouts(), 1);
}
