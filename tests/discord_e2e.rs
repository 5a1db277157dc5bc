//! End-to-end tests of the Discord bot against a fake Discord on 127.0.0.1 (tests/support): each
//! test starts its own fake and bot, talks to the bot through the gateway, and checks the REST
//! requests the bot makes. Every test name contains `discord_e2e`.

mod support;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use parley::discord::{self, BotConfig, BotHandle, Token};
use parley::kb::Live;
use parley::reply::text;
use parley::settings::{Settings, Shards};
use serde_json::{json, Value};
use support::fake_discord::payload::{self, From};
use support::fake_discord::{FakeDiscord, Recorded, GUILD_ID};

const FIXTURES: &str = "tests/data/discord";

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

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        if e.path().is_file() {
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
}

/// A fake Discord, a bot connected to it, and the bot's temporary data directory (a copy of
/// `data/` plus the test articles).
struct Rig {
    fake: FakeDiscord,
    bot: Option<BotHandle>,
    dir: tempfile::TempDir,
}

impl Rig {
    async fn start(tweak: impl FnOnce(&mut Settings)) -> Rig {
        Self::start_with_token("e2e-token-not-secret", tweak).await
    }

    async fn start_with_token(token: &str, tweak: impl FnOnce(&mut Settings)) -> Rig {
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
        tweak(&mut settings);
        let live = Arc::new(Live::load(dir.path()).expect("test data loads"));
        let fake = FakeDiscord::start().await;
        let mut config = BotConfig::new(settings, live, Token::new(token));
        config.api_base = Some(fake.base.clone());
        let bot = discord::start(config).await.expect("bot starts");
        fake.wait_registered().await;
        Rig {
            fake,
            bot: Some(bot),
            dir,
        }
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
        !rig.fake
            .requests()
            .iter()
            .any(|r| r.body["message_reference"]["message_id"] == json!(bot_msg.to_string())),
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
    // …and so is a reply to one of the bot's messages.
    let reply = rig.fake.next_id();
    let mut m = payload::message(reply, 4102, HELSINKI_Q, vec![], true);
    m["type"] = json!(19);
    m["message_reference"] =
        json!({"message_id": "1", "channel_id": support::fake_discord::CHANNEL_ID.to_string()});
    m["referenced_message"] = payload::message(1, 0, "earlier answer", vec![], true);
    m["referenced_message"]["author"] = support::fake_discord::bot_user();
    rig.fake.dispatch("MESSAGE_CREATE", m);
    let r = rig.fake.reply_to(reply).await;
    assert!(embed_text(&r.body).contains(HELSINKI_QUOTE));
    assert!(
        !rig.fake
            .requests()
            .iter()
            .any(|r| r.body["message_reference"]["message_id"] == json!(ignored.to_string())),
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
        let expected = discord::ask::choices(parley::answer::suggest(&kb, partial, 25));
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
