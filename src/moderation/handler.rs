//! One request in, one response out: the token check, routing, body limits, the device
//! cookie, and the security headers every response carries. `tiny_http` parses HTTP;
//! `form_urlencoded` parses form bodies; the rules are in [`super::session`].

use std::io::{Cursor, Read};
use std::net::{IpAddr, Ipv4Addr};
use std::sync::{Mutex, PoisonError};
use std::time::Instant;

use chrono::Utc;
use tiny_http::{Header, Method, Request, Response, StatusCode};

use super::address::random_id;
use super::escape::same_secret;
use super::page::{Note, PageView, render};
use super::session::{Refusal, Session};
use super::{Phase, SessionConfig};
use crate::i18n::Msg;
use crate::model::MAX_CARD_CHARS;

type Reply = Response<Cursor<Vec<u8>>>;

const COOKIE: &str = "nc_device";

/// What every request handler shares: the secret, the session, and the app's bell.
pub struct Context {
    pub token: String,
    /// `/TOKEN/`.
    pub base: String,
    pub config: SessionConfig,
    pub session: Mutex<Session>,
    pub wake: Box<dyn Fn() + Send + Sync>,
}

impl Context {
    pub fn session(&self) -> std::sync::MutexGuard<'_, Session> {
        // A panic while holding the lock leaves plain data behind; serving on is safe.
        self.session.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Route {
    Page,
    Card,
    Dot,
    State,
}

/// The request as the handlers need it, read once.
struct Incoming {
    route: Route,
    query: String,
    address: IpAddr,
    cookie: Option<String>,
    wants_json: bool,
}

pub fn handle(context: &Context, mut request: Request) {
    let reply = respond(context, &mut request);
    // A participant who closed the page is no error of ours.
    let _ = request.respond(reply);
}

fn respond(context: &Context, request: &mut Request) -> Reply {
    let url = request.url().to_owned();
    let (path, query) = url.split_once('?').unwrap_or((url.as_str(), ""));
    let Some((token, rest)) = path
        .strip_prefix('/')
        .map(|p| p.split_once('/').unwrap_or((p, "")))
    else {
        return not_found();
    };
    if !same_secret(token, &context.token) {
        return not_found();
    }
    if !path.ends_with('/') && rest.is_empty() {
        return redirect(&context.base);
    }
    let (route, allowed) = match rest {
        "" => (Route::Page, Method::Get),
        "state.json" => (Route::State, Method::Get),
        "card" => (Route::Card, Method::Post),
        "dot" => (Route::Dot, Method::Post),
        _ => return not_found(),
    };
    let method = request.method().clone();
    if method != allowed && !(allowed == Method::Get && method == Method::Head) {
        return with_security(text_reply(405, "Method Not Allowed"));
    }
    let incoming = Incoming {
        route,
        query: query.to_owned(),
        address: request
            .remote_addr()
            .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |a| a.ip()),
        cookie: header_value(request, "Cookie").and_then(|value| cookie(&value)),
        wants_json: header_value(request, "Accept").is_some_and(|v| v.contains("application/json")),
    };
    let body = if route == Route::Card || route == Route::Dot {
        match read_body(request, context.config.limits.max_body_bytes) {
            Some(body) => body,
            None => return refused(context, &incoming, Refusal::TooLarge, ""),
        }
    } else {
        Vec::new()
    };
    serve(context, &incoming, &body)
}

fn serve(context: &Context, incoming: &Incoming, body: &[u8]) -> Reply {
    let Ok(new_device) = random_id() else {
        return with_security(text_reply(500, "Internal Server Error"));
    };
    let admitted = {
        let cookie = incoming.cookie.as_deref();
        context
            .session()
            .admit(incoming.address, cookie, &new_device, Instant::now())
    };
    let admitted = match admitted {
        Ok(admitted) => admitted,
        Err(refusal) => return refused(context, incoming, refusal, ""),
    };
    let device = admitted.device.as_str();
    let reply = match incoming.route {
        Route::Page => page(context, device, note_for(context, &incoming.query), ""),
        Route::State => state(context),
        Route::Card => post_card(context, incoming, device, body),
        Route::Dot => post_dot(context, incoming, device, body),
    };
    if admitted.new {
        let value = format!(
            "{COOKIE}={device}; Path={}; HttpOnly; SameSite=Lax",
            context.base
        );
        add_header(reply, "Set-Cookie", &value)
    } else {
        reply
    }
}

fn post_card(context: &Context, incoming: &Incoming, device: &str, body: &[u8]) -> Reply {
    let (text, submission) = (form_value(body, "text"), form_value(body, "submission"));
    let (Some(text), Some(submission)) = (text, submission) else {
        return refused(context, incoming, Refusal::BadRequest, "");
    };
    let result = context
        .session()
        .add_card(device, &text, &submission, Utc::now(), Instant::now());
    match result {
        Ok(_) => {
            (context.wake)();
            done(context, incoming, "?sent=1")
        }
        Err(refusal) => refused(context, incoming, refusal, &text),
    }
}

fn post_dot(context: &Context, incoming: &Incoming, device: &str, body: &[u8]) -> Reply {
    let (card, submission) = (form_value(body, "card"), form_value(body, "submission"));
    let (Some(card), Some(submission)) = (card, submission) else {
        return refused(context, incoming, Refusal::BadRequest, "");
    };
    let result = context
        .session()
        .add_dot(device, &card, &submission, Instant::now());
    match result {
        Ok(_) => {
            (context.wake)();
            done(context, incoming, "?dotted=1")
        }
        Err(refusal) => refused(context, incoming, refusal, ""),
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

fn refused(context: &Context, incoming: &Incoming, refusal: Refusal, draft: &str) -> Reply {
    let language = context.config.language;
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
        Refusal::NotNow => (409, Msg::ModErrorNotNow.text(language).to_owned()),
        Refusal::NoDotsLeft => (409, Msg::ModErrorNoDotsLeft.text(language).to_owned()),
        Refusal::UnknownCard => (409, Msg::ModErrorUnknownCard.text(language).to_owned()),
    };
    let reply = if incoming.wants_json || matches!(refusal, Refusal::TooFast | Refusal::Full) {
        let body = serde_json::json!({ "error": message }).to_string();
        with_security(json_reply(status, body))
    } else {
        // The page again, with the note and the participant's text kept in the box.
        // The device is unknown here only when it was refused, so no dots are shown.
        let device = incoming.cookie.as_deref().unwrap_or("");
        page(context, device, Some(Note::Problem(message)), draft).with_status_code(status)
    };
    if refusal == Refusal::TooFast {
        add_header(reply, "Retry-After", "2")
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
    let reply = Response::from_data(html.into_bytes());
    let reply = add_header(reply, "Content-Type", "text/html; charset=utf-8");
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

fn not_found() -> Reply {
    with_security(text_reply(404, "Not Found"))
}

fn redirect(location: &str) -> Reply {
    add_header(with_security(text_reply(303, "")), "Location", location)
}

fn text_reply(status: u16, text: &str) -> Reply {
    let reply = Response::from_data(text.as_bytes().to_vec()).with_status_code(StatusCode(status));
    add_header(reply, "Content-Type", "text/plain; charset=utf-8")
}

fn json_reply(status: u16, body: String) -> Reply {
    let reply = Response::from_data(body.into_bytes()).with_status_code(StatusCode(status));
    add_header(reply, "Content-Type", "application/json")
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
        .fold(reply, |reply, (name, value)| add_header(reply, name, value))
}

fn add_header(mut reply: Reply, name: &str, value: &str) -> Reply {
    if let Ok(header) = Header::from_bytes(name.as_bytes(), value.as_bytes()) {
        reply.add_header(header);
    }
    reply
}

fn header_value(request: &Request, name: &'static str) -> Option<String> {
    request
        .headers()
        .iter()
        .find(|h| h.field.equiv(name))
        .map(|h| h.value.as_str().to_owned())
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

/// The body, or `None` when it is larger than `limit` (by its header or by reading).
fn read_body(request: &mut Request, limit: usize) -> Option<Vec<u8>> {
    if request.body_length().is_some_and(|length| length > limit) {
        return None;
    }
    let mut body = Vec::new();
    let mut reader = request.as_reader().take(limit as u64 + 1);
    reader.read_to_end(&mut body).ok()?;
    (body.len() <= limit).then_some(body)
}
