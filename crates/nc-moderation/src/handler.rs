//! One request in, one response out: the token check, routing, the device cookie, the
//! journal, and the security headers every response carries. HTTP itself (parsing,
//! limits, timeouts) is the listener's (`super::listener`, hyper); this file sees a
//! request already read and returns a [`Reply`]; `form_urlencoded` parses form bodies;
//! the rules are in [`super::session`].

use std::net::IpAddr;
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Instant;

use chrono::Utc;

use super::address::random_id;
use super::escape::same_secret;
use super::journal::{Durable, Journal};
use super::page::{Note, PageView, render};
use super::session::{Refusal, Session, Stored, Writer};
use super::{Phase, SessionConfig};
use nc_i18n::Msg;
use nc_model::{CardId, MAX_CARD_CHARS};

const COOKIE: &str = "nc_device";

/// What every request handler shares: the secret, the session, its journal, and the
/// app's bell.
pub struct Context {
    pub token: String,
    /// `/TOKEN/`.
    pub base: String,
    pub config: SessionConfig,
    pub session: Mutex<Session>,
    /// None where no journal could be kept (no data folder): cards are then only in
    /// memory until the app takes them.
    pub journal: Mutex<Option<Journal>>,
    pub wake: Box<dyn Fn() + Send + Sync>,
}

impl Context {
    pub fn session(&self) -> MutexGuard<'_, Session> {
        // A panic while holding the lock leaves plain data behind; serving on is safe.
        self.session.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub fn journal(&self) -> MutexGuard<'_, Option<Journal>> {
        self.journal.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// An answer, before it becomes HTTP.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(&'static str, String)>,
    pub body: Vec<u8>,
}

impl Reply {
    fn with_header(mut self, name: &'static str, value: &str) -> Self {
        self.headers.push((name, value.to_owned()));
        self
    }

    fn with_status(mut self, status: u16) -> Self {
        self.status = status;
        self
    }
}

/// What answering needs to wait for: nothing, or the journal's flush of this write.
pub enum Answer {
    Now(Reply),
    /// Send `reply` once `durable` says the write is on disk; else `failed`.
    AfterJournal {
        durable: Durable,
        reply: Reply,
        failed: Reply,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    Page,
    Card,
    Dot,
    State,
}

impl Route {
    /// Cards and dots come with a form body; the rest has none worth reading.
    pub fn has_body(self) -> bool {
        matches!(self, Self::Card | Self::Dot)
    }
}

/// The request as the handlers need it, read once.
pub struct Incoming {
    pub route: Route,
    pub query: String,
    pub address: IpAddr,
    pub cookie: Option<String>,
    pub wants_json: bool,
}

impl Incoming {
    /// `cookie_header` and `accept` are the raw header values, where sent.
    pub fn new(
        route: Route,
        query: &str,
        address: IpAddr,
        cookie_header: Option<&str>,
        accept: Option<&str>,
    ) -> Self {
        Self {
            route,
            query: query.to_owned(),
            address,
            cookie: cookie_header.and_then(cookie),
            wants_json: accept.is_some_and(|v| v.contains("application/json")),
        }
    }
}

/// The route of `path` for `method`, or the answer that ends the request here (404 for
/// every wrong token and path, the redirect to `/TOKEN/`, 405).
pub fn route(context: &Context, method: &str, path: &str) -> Result<(Route, String), Reply> {
    let (path, query) = path.split_once('?').unwrap_or((path, ""));
    let Some((token, rest)) = path
        .strip_prefix('/')
        .map(|p| p.split_once('/').unwrap_or((p, "")))
    else {
        return Err(not_found());
    };
    if !same_secret(token, &context.token) {
        return Err(not_found());
    }
    if !path.ends_with('/') && rest.is_empty() {
        return Err(redirect(&context.base));
    }
    let (route, allowed) = match rest {
        "" => (Route::Page, "GET"),
        "state.json" => (Route::State, "GET"),
        "card" => (Route::Card, "POST"),
        "dot" => (Route::Dot, "POST"),
        _ => return Err(not_found()),
    };
    if method != allowed && !(allowed == "GET" && method == "HEAD") {
        return Err(with_security(text_reply(405, "Method Not Allowed")));
    }
    Ok((route, query.to_owned()))
}

/// The answer to a request whose body (for cards and dots) has been read.
pub fn answer(context: &Context, incoming: &Incoming, body: &[u8]) -> Answer {
    let admitted = {
        let cookie = incoming.cookie.as_deref();
        context
            .session()
            .admit(incoming.address, cookie, Instant::now())
    };
    let device = match admitted {
        Ok(device) => device.map(str::to_owned),
        Err(refusal) => return Answer::Now(refused(context, incoming, refusal, "")),
    };
    match incoming.route {
        Route::Page => {
            let note = note_for(context, &incoming.query);
            Answer::Now(page(context, device.as_deref().unwrap_or(""), note, ""))
        }
        Route::State => Answer::Now(state(context)),
        Route::Card | Route::Dot => write(context, incoming, device.as_deref(), body),
    }
}

/// A body larger than the limit, by its announced length or while reading.
pub fn too_large(context: &Context, incoming: &Incoming) -> Reply {
    refused(context, incoming, Refusal::TooLarge, "")
}

/// A body that did not arrive within the limit's time.
pub fn too_slow(context: &Context) -> Reply {
    let message = Msg::ModErrorTooSlow.text(context.config.language);
    with_security(text_reply(408, message)).with_header("Connection", "close")
}

/// The short answer to a connection beyond the caps, before it is closed.
pub fn busy(context: &Context) -> Reply {
    let message = Msg::ModErrorBusy.text(context.config.language);
    with_security(text_reply(503, message))
        .with_header("Retry-After", "5")
        .with_header("Connection", "close")
}

/// A card or a dot: stored in the session and queued for the journal under the
/// session's lock, so that the journal has the session's order.
fn write(context: &Context, incoming: &Incoming, device: Option<&str>, body: &[u8]) -> Answer {
    let Ok(new_device) = random_id() else {
        return Answer::Now(with_security(text_reply(500, "Internal Server Error")));
    };
    let writer = device.map_or(Writer::New(&new_device), Writer::Known);
    let (first, second) = match incoming.route {
        Route::Card => ("text", "submission"),
        _ => ("card", "submission"),
    };
    let (Some(value), Some(submission)) = (form_value(body, first), form_value(body, second))
    else {
        return Answer::Now(refused(context, incoming, Refusal::BadRequest, ""));
    };
    let (result, durable) = {
        let mut session = context.session();
        let (address, now) = (incoming.address, Instant::now());
        let result = match incoming.route {
            Route::Card => {
                let id = CardId::new_random();
                session.add_card(writer, address, &value, &submission, id, Utc::now(), now)
            }
            _ => session.add_dot(writer, address, &value, &submission, now),
        };
        let durable = match &result {
            Ok(Stored::New { accepted, .. }) => {
                (context.journal().as_ref()).map(|journal| journal.append(accepted))
            }
            _ => None,
        };
        (result, durable)
    };
    let new_device = match result {
        Ok(Stored::New { new_device, .. }) => {
            (context.wake)();
            new_device.then_some(new_device)
        }
        Ok(Stored::Repeated) => None,
        Err(refusal) => {
            let draft = if incoming.route == Route::Card {
                value.as_str()
            } else {
                ""
            };
            return Answer::Now(refused(context, incoming, refusal, draft));
        }
    };
    let query = if incoming.route == Route::Card {
        "?sent=1"
    } else {
        "?dotted=1"
    };
    let mut reply = done(context, incoming, query);
    if new_device.is_some() {
        let value = format!(
            "{COOKIE}={}; Path={}; HttpOnly; SameSite=Lax",
            writer_id(writer),
            context.base
        );
        reply = reply.with_header("Set-Cookie", &value);
    }
    match durable {
        None => Answer::Now(reply),
        Some(durable) => {
            let message = Msg::ModErrorNotSaved.text(context.config.language);
            let failed = with_security(json_or_text(incoming, 503, message));
            Answer::AfterJournal {
                durable,
                reply,
                failed,
            }
        }
    }
}

fn writer_id<'a>(writer: Writer<'a>) -> &'a str {
    match writer {
        Writer::Known(id) | Writer::New(id) => id,
    }
}

/// After a stored write: back to the page (no JavaScript), or a short JSON answer.
fn done(context: &Context, incoming: &Incoming, query: &str) -> Reply {
    if incoming.wants_json {
        with_security(json_reply(200, "{\"ok\":true}".to_owned()))
    } else {
        redirect(&format!("{}{query}", context.base))
    }
}

fn json_or_text(incoming: &Incoming, status: u16, message: &str) -> Reply {
    if incoming.wants_json {
        json_reply(status, serde_json::json!({ "error": message }).to_string())
    } else {
        text_reply(status, message)
    }
}

fn refused(context: &Context, incoming: &Incoming, refusal: Refusal, draft: &str) -> Reply {
    let language = context.config.language;
    let per_address = context.config.limits.devices_per_address.to_string();
    let (status, message) = match refusal {
        Refusal::TooLong => (
            413,
            Msg::ModErrorTooLong.fill(language, &[("max", &MAX_CARD_CHARS.to_string())]),
        ),
        Refusal::TooLarge => (413, Msg::ModErrorTooLarge.text(language).to_owned()),
        Refusal::Empty => (400, Msg::ModErrorEmpty.text(language).to_owned()),
        Refusal::BadRequest => (400, Msg::ModErrorBadRequest.text(language).to_owned()),
        Refusal::TooFast => (429, Msg::ModErrorTooFast.text(language).to_owned()),
        Refusal::Full => (503, Msg::ModErrorFull.text(language).to_owned()),
        Refusal::AddressFull => (
            503,
            Msg::ModErrorAddressFull.fill(language, &[("max", &per_address)]),
        ),
        Refusal::NotNow => (409, Msg::ModErrorNotNow.text(language).to_owned()),
        Refusal::NoDotsLeft => (409, Msg::ModErrorNoDotsLeft.text(language).to_owned()),
        Refusal::UnknownCard => (409, Msg::ModErrorUnknownCard.text(language).to_owned()),
    };
    let reply = if incoming.wants_json
        || matches!(
            refusal,
            Refusal::TooFast | Refusal::Full | Refusal::AddressFull
        ) {
        let body = serde_json::json!({ "error": message }).to_string();
        with_security(json_reply(status, body))
    } else {
        // The page again, with the note and the participant's text kept in the box.
        // The device is unknown here only when it was refused, so no dots are shown.
        let device = incoming.cookie.as_deref().unwrap_or("");
        page(context, device, Some(Note::Problem(message)), draft).with_status(status)
    };
    if refusal == Refusal::TooFast {
        reply.with_header("Retry-After", "2")
    } else {
        reply
    }
}

fn note_for(context: &Context, query: &str) -> Option<Note> {
    let language = context.config.language;
    match query {
        "sent=1" => Some(Note::Done(Msg::ModThanks.text(language).to_owned())),
        "dotted=1" => Some(Note::Done(Msg::ModDotThanks.text(language).to_owned())),
        _ => None,
    }
}

fn page(context: &Context, device: &str, note: Option<Note>, draft: &str) -> Reply {
    let (Ok(nonce), Ok(submission)) = (random_id(), random_id()) else {
        return with_security(text_reply(500, "Internal Server Error"));
    };
    let (phase, version, board, dots_left, dots_total) = {
        let session = context.session();
        let board = match session.phase {
            Phase::Clustering | Phase::Dotting => session.board.clone(),
            Phase::Writing | Phase::Ended => Vec::new(),
        };
        let total = session.dots_per_device();
        (
            session.phase,
            session.version,
            board,
            session.dots_left(device),
            total,
        )
    };
    let html = render(&PageView {
        language: context.config.language,
        question: &context.config.question,
        field_name: &context.config.field_name,
        base: &context.base,
        phase,
        version,
        board: &board,
        dots_left,
        dots_total,
        submission: &submission,
        nonce: &nonce,
        note,
        draft,
    });
    let policy = format!(
        "default-src 'none'; style-src 'nonce-{nonce}'; script-src 'nonce-{nonce}'; \
         connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    );
    let reply = Reply {
        status: 200,
        headers: vec![("Content-Type", "text/html; charset=utf-8".to_owned())],
        body: html.into_bytes(),
    };
    with_policy(reply, &policy)
}

fn state(context: &Context) -> Reply {
    let (phase, version) = {
        let session = context.session();
        (session.phase, session.version)
    };
    let body = format!("{{\"phase\":\"{}\",\"version\":{version}}}", phase.key());
    with_security(json_reply(200, body))
}

pub fn not_found() -> Reply {
    with_security(text_reply(404, "Not Found"))
}

fn redirect(location: &str) -> Reply {
    with_security(text_reply(303, "")).with_header("Location", location)
}

fn text_reply(status: u16, text: &str) -> Reply {
    Reply {
        status,
        headers: vec![("Content-Type", "text/plain; charset=utf-8".to_owned())],
        body: text.as_bytes().to_vec(),
    }
}

fn json_reply(status: u16, body: String) -> Reply {
    Reply {
        status,
        headers: vec![("Content-Type", "application/json".to_owned())],
        body: body.into_bytes(),
    }
}

/// The headers of every answer, a 404 included; everything but the page may load
/// nothing at all.
fn with_security(reply: Reply) -> Reply {
    with_policy(reply, "default-src 'none'; frame-ancestors 'none'")
}

/// The security headers with `policy` as the one Content-Security-Policy (two policies
/// would both apply, the stricter blocking the page's own style and script).
fn with_policy(reply: Reply, policy: &str) -> Reply {
    let headers = [
        ("Content-Security-Policy", policy),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "no-referrer"),
        ("Cache-Control", "no-store"),
        ("X-Frame-Options", "DENY"),
        ("Server", "netzwerk-canvas"),
    ];
    headers
        .iter()
        .fold(reply, |reply, (name, value)| reply.with_header(name, value))
}

/// Our device cookie among the request's cookies.
fn cookie(header: &str) -> Option<String> {
    header
        .split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .map(|(_, value)| value.to_owned())
}

fn form_value(body: &[u8], name: &str) -> Option<String> {
    form_urlencoded::parse(body)
        .find(|(key, _)| key == name)
        .map(|(_, value)| value.into_owned())
}
