//! The HTTP side of a session: hyper on a tokio runtime of the session's own, on one
//! background thread, so that the window never waits for it. Every limit is set here
//! from [`super::Limits`] (docs/moderation.md lists them): the time a request's head
//! and body may take, the size and number of headers, the body size, and the open
//! connections in all and per network address. Nothing is allocated by a number the
//! client sends: hyper reads bodies in chunks, and a body is collected only up to the
//! limit.

use std::collections::HashMap;
use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper::header::{ACCEPT, CONTENT_LENGTH, COOKIE, HeaderName, HeaderValue};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Notify, watch};

use super::handler::{self, Answer, Context, Reply};

/// How long a stopping session lets requests already being answered finish.
const GRACE: Duration = Duration::from_millis(500);

/// The serving thread; [`Serving::stop`] ends it.
pub struct Serving {
    stop: watch::Sender<bool>,
    thread: Option<JoinHandle<()>>,
}

impl Serving {
    /// Serves `listener` until stopped.
    pub fn start(listener: std::net::TcpListener, context: Arc<Context>) -> std::io::Result<Self> {
        listener.set_nonblocking(true)?;
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_io()
            .enable_time()
            .build()?;
        let (stop, stopped) = watch::channel(false);
        let thread = std::thread::Builder::new()
            .name("kartenabfrage-server".into())
            .spawn(move || {
                runtime.block_on(async move {
                    match TcpListener::from_std(listener) {
                        Ok(listener) => accept(listener, context, stopped).await,
                        Err(error) => eprintln!("Kartenabfrage: {error}"),
                    }
                });
                // Connections still open (stalled, idle) are dropped here, unanswered.
                runtime.shutdown_timeout(Duration::ZERO);
            })?;
        Ok(Self {
            stop,
            thread: Some(thread),
        })
    }

    /// Closes the port; requests being answered get [`GRACE`] to finish, the rest are
    /// cut. Returns once the port is closed, within about a second whatever clients do.
    pub fn stop(&mut self) {
        let _ = self.stop.send(true);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for Serving {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Open connections, in all and per address; a [`Slot`] holds one.
#[derive(Default)]
struct Connections {
    open: Mutex<Open>,
}

#[derive(Default)]
struct Open {
    next: u64,
    /// By number, which grows: the first entry is the oldest connection.
    all: std::collections::BTreeMap<u64, (IpAddr, Arc<Notify>)>,
    per_address: HashMap<IpAddr, usize>,
}

struct Slot {
    connections: Arc<Connections>,
    number: u64,
    address: IpAddr,
    /// Told when the connection must make room for a newer one.
    evicted: Arc<Notify>,
}

impl Connections {
    /// A slot for a new connection from `address`. At the cap in all, the oldest
    /// connection is told to close: idle connections from many addresses cannot lock
    /// the room out. At the cap for one address, the new one is refused.
    fn enter(self: &Arc<Self>, address: IpAddr, total: usize, per_address: usize) -> Option<Slot> {
        let mut open = self.open.lock().unwrap_or_else(PoisonError::into_inner);
        let from_address = open.per_address.get(&address).copied().unwrap_or(0);
        if from_address >= per_address {
            return None;
        }
        if open.all.len() >= total
            && let Some((_, (_, oldest))) = open.all.pop_first()
        {
            oldest.notify_one();
        }
        open.next += 1;
        let number = open.next;
        let evicted = Arc::new(Notify::new());
        open.all.insert(number, (address, Arc::clone(&evicted)));
        open.per_address.insert(address, from_address + 1);
        Some(Slot {
            connections: Arc::clone(self),
            number,
            address,
            evicted,
        })
    }

    fn count(&self) -> usize {
        let open = self.open.lock().unwrap_or_else(PoisonError::into_inner);
        open.per_address.values().sum()
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut open = (self.connections.open.lock()).unwrap_or_else(PoisonError::into_inner);
        open.all.remove(&self.number);
        if let Some(count) = open.per_address.get_mut(&self.address) {
            *count = count.saturating_sub(1);
            if *count == 0 {
                open.per_address.remove(&self.address);
            }
        }
    }
}

async fn accept(listener: TcpListener, context: Arc<Context>, mut stopped: watch::Receiver<bool>) {
    let connections = Arc::new(Connections::default());
    let limits = context.config.limits.clone();
    let mut last_report: Option<Instant> = None;
    loop {
        let accepted = tokio::select! {
            () = stop_signal(&mut stopped) => break,
            accepted = listener.accept() => accepted,
        };
        match accepted {
            Ok((stream, peer)) => {
                let slot = connections.enter(
                    peer.ip(),
                    limits.max_connections,
                    limits.max_connections_per_address,
                );
                match slot {
                    Some(slot) => {
                        let (context, stopped) = (Arc::clone(&context), stopped.clone());
                        tokio::spawn(serve(stream, peer, context, stopped, slot));
                    }
                    None => refuse(&stream, &context),
                }
            }
            // Out of file handles (EMFILE) and the like: the port stays open, the
            // connections that hold handles time out, and accepting goes on.
            Err(error) => {
                if last_report.is_none_or(|at| at.elapsed() > Duration::from_secs(10)) {
                    eprintln!("Kartenabfrage: accept: {error}");
                    last_report = Some(Instant::now());
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }
    }
    drop(listener);
    // Requests being answered finish; idle connections close at once (graceful).
    let deadline = Instant::now() + GRACE * 2;
    while connections.count() > 0 && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// Resolves once the session is stopping.
async fn stop_signal(stopped: &mut watch::Receiver<bool>) {
    let _ = stopped.wait_for(|stop| *stop).await;
}

/// A connection beyond its address's cap: a short 503 where the socket takes it, then closed.
fn refuse(stream: &TcpStream, context: &Context) {
    let reply = handler::busy(context);
    let mut bytes = format!(
        "HTTP/1.1 503 Service Unavailable\r\nContent-Length: {}\r\n",
        reply.body.len()
    )
    .into_bytes();
    for (name, value) in &reply.headers {
        bytes.extend_from_slice(format!("{name}: {value}\r\n").as_bytes());
    }
    bytes.extend_from_slice(b"\r\n");
    bytes.extend_from_slice(&reply.body);
    let _ = stream.try_write(&bytes);
}

async fn serve(
    stream: TcpStream,
    peer: SocketAddr,
    context: Arc<Context>,
    mut stopped: watch::Receiver<bool>,
    slot: Slot,
) {
    let _ = stream.set_nodelay(true);
    let limits = &context.config.limits;
    let mut builder = http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout)
        .max_headers(limits.max_headers)
        .max_header_size(limits.max_header_bytes)
        .max_buf_size(limits.max_header_bytes.max(8192) + limits.max_body_bytes)
        .keep_alive(true);
    let service_context = Arc::clone(&context);
    let service = service_fn(move |request| {
        let context = Arc::clone(&service_context);
        async move { Ok::<_, Infallible>(respond(&context, peer.ip(), request).await) }
    });
    let connection = builder.serve_connection(TokioIo::new(stream), service);
    tokio::pin!(connection);
    tokio::select! {
        _ = connection.as_mut() => {}
        () = slot.evicted.notified() => {}
        () = stop_signal(&mut stopped) => {
            connection.as_mut().graceful_shutdown();
            let _ = tokio::time::timeout(GRACE, connection).await;
        }
    }
}

async fn respond(
    context: &Context,
    address: IpAddr,
    request: Request<hyper::body::Incoming>,
) -> Response<Full<Bytes>> {
    let method = request.method().as_str();
    let path = request.uri().path_and_query().map_or("/", |p| p.as_str());
    let (route, query) = match handler::route(context, method, path) {
        Ok(routed) => routed,
        Err(reply) => return response(reply),
    };
    let header = |name: HeaderName| {
        let value = request.headers().get(name)?;
        value.to_str().ok().map(str::to_owned)
    };
    let incoming = handler::Incoming::new(
        route,
        &query,
        address,
        header(COOKIE).as_deref(),
        header(ACCEPT).as_deref(),
    );
    let body = if route.has_body() {
        let limits = &context.config.limits;
        let announced = header(CONTENT_LENGTH).and_then(|length| length.parse::<u64>().ok());
        if announced.is_some_and(|length| length > limits.max_body_bytes as u64) {
            return closing(handler::too_large(context, &incoming));
        }
        let body = Limited::new(request.into_body(), limits.max_body_bytes);
        match tokio::time::timeout(limits.body_timeout, body.collect()).await {
            Err(_) => return response(handler::too_slow(context)),
            Ok(Err(_)) => return closing(handler::too_large(context, &incoming)),
            Ok(Ok(collected)) => collected.to_bytes(),
        }
    } else {
        Bytes::new()
    };
    match handler::answer(context, &incoming, &body) {
        Answer::Now(reply) => response(reply),
        Answer::AfterJournal {
            durable,
            reply,
            failed,
        } => match durable.await {
            Ok(Ok(())) => response(reply),
            _ => response(failed),
        },
    }
}

/// An answer after which the rest of the request is not read: the connection closes.
fn closing(reply: Reply) -> Response<Full<Bytes>> {
    let mut response = response(reply);
    let headers = response.headers_mut();
    headers.insert(hyper::header::CONNECTION, HeaderValue::from_static("close"));
    response
}

fn response(reply: Reply) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::from(reply.body)));
    *response.status_mut() =
        StatusCode::from_u16(reply.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let headers = response.headers_mut();
    for (name, value) in reply.headers {
        let name = HeaderName::from_bytes(name.as_bytes());
        if let (Ok(name), Ok(value)) = (name, HeaderValue::from_str(&value)) {
            headers.append(name, value);
        }
    }
    response
}
