//! The outbox: answers to messages leave each channel one at a time, in the order the questions
//! were asked, and all of them under Discord's global request rate.
//!
//! serenity spawns a task per gateway event, so a burst of questions in one channel is answered
//! concurrently and would finish in any order. Each question therefore takes a [`Ticket`] (its
//! place in its channel's queue, ordered by message id — Discord's own order) before any work; the
//! answer is computed in parallel and handed to the ticket; one worker per channel sends the
//! answers in id order, waiting for an earlier question's answer before a later one's. serenity's
//! rate limiter (per channel, from Discord's `X-RateLimit-*` headers) spaces the sends of one
//! channel; the [`Pacer`] spaces all of them under the global limit, so neither is exceeded and
//! nothing is refused. A queue holds at most [`CHANNEL_QUEUE_MAX`] questions; a question arriving
//! at a full queue is not answered (logged), since any note about it would wait in the same queue.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serenity::builder::CreateMessage;
use serenity::http::Http;
use serenity::model::id::{ChannelId, MessageId};
use tokio::sync::Notify;

/// At most this many questions wait in one channel (at Discord's 5 sends per 5 s, about four
/// minutes of answers).
pub const CHANNEL_QUEUE_MAX: usize = 256;
/// Requests the pacer lets through per [`GLOBAL_WINDOW`]: four fifths of Discord's 50 a second,
/// leaving room for interaction edits and follow-ups, which do not pass the pacer.
pub const GLOBAL_REQUESTS: u32 = 40;
/// The window of Discord's global limit.
pub const GLOBAL_WINDOW: Duration = Duration::from_secs(1);
/// An answer leaves no sooner than this after its question took its place. serenity spawns a
/// task per event, so under a burst a later message's task can take its place before an earlier
/// one's; the pause lets an earlier question that arrived with it take its place first. Measured
/// from the answer's own question, it never grows with traffic: a busy channel cannot starve.
pub const ORDER_SETTLE: Duration = Duration::from_millis(50);

/// A request rate: `requests` per `per`, evenly spaced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pace {
    pub requests: u32,
    pub per: Duration,
}

impl Pace {
    /// The pace under Discord's global limit.
    pub const DISCORD: Pace = Pace {
        requests: GLOBAL_REQUESTS,
        per: GLOBAL_WINDOW,
    };

    /// The time between two requests.
    pub fn spacing(&self) -> Duration {
        self.per / self.requests.max(1)
    }
}

/// Spaces requests evenly: each one waits until one spacing after the one before.
#[derive(Debug)]
pub struct Pacer {
    spacing: Duration,
    next: Mutex<tokio::time::Instant>,
}

impl Pacer {
    pub fn new(pace: Pace) -> Pacer {
        Pacer {
            spacing: pace.spacing(),
            next: Mutex::new(tokio::time::Instant::now()),
        }
    }

    /// Waits for this request's turn.
    pub async fn wait(&self) {
        let at = {
            let mut next = self.next.lock().unwrap_or_else(|p| p.into_inner());
            let at = (*next).max(tokio::time::Instant::now());
            *next = at + self.spacing;
            at
        };
        tokio::time::sleep_until(at).await;
    }
}

/// An answer on its way, and the note to send instead if it is refused.
struct Outgoing {
    message: CreateMessage,
    fallback: Option<CreateMessage>,
}

enum Slot {
    /// Its answer is still being computed.
    Waiting,
    /// Ready to leave (`None`: nothing to send). Boxed: a message is large, a waiting slot small.
    Ready(Option<Box<Outgoing>>),
}

/// A question's place: when it was taken, and its answer.
struct Place {
    since: tokio::time::Instant,
    slot: Slot,
}

#[derive(Default)]
struct QueueState {
    slots: BTreeMap<MessageId, Place>,
    worker: bool,
}

#[derive(Default)]
struct ChannelQueue {
    state: Mutex<QueueState>,
    ready: Notify,
}

impl ChannelQueue {
    fn fill(&self, id: MessageId, out: Option<Box<Outgoing>>) {
        let mut st = self.state.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(place) = st.slots.get_mut(&id) {
            place.slot = Slot::Ready(out);
        }
        drop(st);
        self.ready.notify_one();
    }
}

/// The queues of every channel with answers waiting, and the pacer they share.
pub struct Outbox {
    channels: Arc<Mutex<HashMap<ChannelId, Arc<ChannelQueue>>>>,
    pacer: Arc<Pacer>,
    max: usize,
}

impl Outbox {
    pub fn new(pace: Pace) -> Outbox {
        Outbox {
            channels: Arc::default(),
            pacer: Arc::new(Pacer::new(pace)),
            max: CHANNEL_QUEUE_MAX,
        }
    }

    /// The place of message `id` in its channel's queue, or `None` when the queue is full.
    /// `fallback` is sent in its place if the answer is never given (an error, a panic) or refused.
    pub fn ticket(
        &self,
        http: &Arc<Http>,
        channel: ChannelId,
        id: MessageId,
        fallback: CreateMessage,
    ) -> Option<Ticket> {
        let mut map = self.channels.lock().unwrap_or_else(|p| p.into_inner());
        let queue = map.entry(channel).or_default().clone();
        let mut st = queue.state.lock().unwrap_or_else(|p| p.into_inner());
        if st.slots.len() >= self.max {
            return None;
        }
        st.slots.insert(
            id,
            Place {
                since: tokio::time::Instant::now(),
                slot: Slot::Waiting,
            },
        );
        if !st.worker {
            st.worker = true;
            tokio::spawn(work(
                self.channels.clone(),
                channel,
                queue.clone(),
                http.clone(),
                self.pacer.clone(),
            ));
        }
        drop(st);
        Some(Ticket {
            queue,
            id,
            fallback: Some(fallback),
        })
    }

    /// Questions waiting in all channels.
    pub fn waiting(&self) -> usize {
        let map = self.channels.lock().unwrap_or_else(|p| p.into_inner());
        map.values()
            .map(|q| {
                q.state
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .slots
                    .len()
            })
            .sum()
    }
}

/// One question's place in its channel's queue. Dropped unused (an error, a panic), it sends its
/// fallback note.
pub struct Ticket {
    queue: Arc<ChannelQueue>,
    id: MessageId,
    fallback: Option<CreateMessage>,
}

impl Ticket {
    /// Sends `message` in turn.
    pub fn send(mut self, message: CreateMessage) {
        let fallback = self.fallback.take();
        self.queue
            .fill(self.id, Some(Box::new(Outgoing { message, fallback })));
    }

    /// Nothing to send: the queue moves on.
    pub fn skip(mut self) {
        self.fallback = None;
        self.queue.fill(self.id, None);
    }
}

impl Drop for Ticket {
    fn drop(&mut self) {
        if let Some(note) = self.fallback.take() {
            self.queue.fill(
                self.id,
                Some(Box::new(Outgoing {
                    message: note,
                    fallback: None,
                })),
            );
        }
    }
}

/// A channel's worker: sends the ready answers in message-id order, then ends when the queue is
/// empty (the next question starts a new one).
async fn work(
    channels: Arc<Mutex<HashMap<ChannelId, Arc<ChannelQueue>>>>,
    channel: ChannelId,
    queue: Arc<ChannelQueue>,
    http: Arc<Http>,
    pacer: Arc<Pacer>,
) {
    loop {
        let next = {
            let mut map = channels.lock().unwrap_or_else(|p| p.into_inner());
            let mut st = queue.state.lock().unwrap_or_else(|p| p.into_inner());
            match st.slots.first_entry() {
                None => {
                    st.worker = false;
                    map.remove(&channel);
                    return;
                }
                Some(e) if matches!(e.get().slot, Slot::Waiting) => Next::Wait,
                Some(e) if tokio::time::Instant::now() < e.get().since + ORDER_SETTLE => {
                    Next::Settle(e.get().since + ORDER_SETTLE)
                }
                Some(e) => match e.remove().slot {
                    Slot::Ready(out) => Next::Send(out),
                    Slot::Waiting => Next::Wait,
                },
            }
        };
        match next {
            // The earliest question is still being answered: wait for any answer to be ready.
            Next::Wait => queue.ready.notified().await,
            // Ready, but an earlier question may still be taking its place.
            Next::Settle(at) => tokio::time::sleep_until(at).await,
            Next::Send(None) => {}
            Next::Send(Some(out)) => send(&http, &pacer, channel, *out).await,
        }
    }
}

/// What a channel's worker does next.
enum Next {
    Wait,
    Settle(tokio::time::Instant),
    Send(Option<Box<Outgoing>>),
}

/// Sends one answer (its fallback note if Discord refuses it), within the global pace.
async fn send(http: &Http, pacer: &Pacer, channel: ChannelId, out: Outgoing) {
    pacer.wait().await;
    let Err(e) = channel.send_message(http, out.message).await else {
        return;
    };
    tracing::error!(error = %e, channel = %channel, "answering a message failed");
    let Some(note) = out.fallback else {
        return;
    };
    pacer.wait().await;
    if let Err(e) = channel.send_message(http, note).await {
        tracing::warn!(error = %e, "could not send the error note");
    }
}
