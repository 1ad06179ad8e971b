//! The session's server: binds one port, serves on worker threads, and closes the port
//! when the session ends. `tiny_http` (blocking, no async runtime) does the HTTP.

use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::address::{lan_address, new_token};
use super::handler::{Context, handle};
use super::session::Session;
use super::{BoardCard, ParticipantEvent, Phase, QrMatrix, SessionConfig};
use crate::i18n::{Language, Msg};

/// Threads answering requests. Each answer takes microseconds; tiny_http reads and
/// parses on its own thread per connection, so a few suffice for a room of phones.
const WORKERS: usize = 4;

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("no address on the local network")]
    NoLanAddress,
    #[error("cannot listen on {address}: {error}")]
    Bind { address: String, error: String },
}

impl StartError {
    pub fn message(&self, language: Language) -> String {
        match self {
            Self::NoLanAddress => Msg::ModNoLanAddress.text(language).to_owned(),
            Self::Bind { address, error } => {
                Msg::ModBindFailed.fill(language, &[("address", address), ("error", error)])
            }
        }
    }
}

/// A running session. Dropping it (or [`ModerationServer::stop`]) closes the port.
pub struct ModerationServer {
    context: Arc<Context>,
    server: Option<Arc<tiny_http::Server>>,
    workers: Vec<JoinHandle<()>>,
    stopping: Arc<AtomicBool>,
    address: SocketAddr,
    join_url: String,
    qr: QrMatrix,
}

impl ModerationServer {
    /// Binds the port and starts serving. `wake` is called after each participant's
    /// card or dot, from a worker thread (the app asks for a repaint).
    pub fn start(
        config: SessionConfig,
        wake: Box<dyn Fn() + Send + Sync>,
    ) -> Result<Self, StartError> {
        let ip = config
            .bind
            .or_else(lan_address)
            .ok_or(StartError::NoLanAddress)?;
        let bind_error = |error: String| StartError::Bind {
            address: SocketAddr::new(ip, config.port).to_string(),
            error,
        };
        let token = new_token().map_err(|e| bind_error(e.to_string()))?;
        let listener =
            TcpListener::bind((ip, config.port)).map_err(|e| bind_error(e.to_string()))?;
        let address = listener
            .local_addr()
            .map_err(|e| bind_error(e.to_string()))?;
        let server = tiny_http::Server::from_listener(listener, None)
            .map_err(|e| bind_error(e.to_string()))?;
        let server = Arc::new(server);
        let base = format!("/{token}/");
        let join_url = format!("http://{address}{base}");
        let session = Session::new(
            config.limits.clone(),
            config.dots_per_participant,
            config.max_participants,
        );
        let context = Arc::new(Context {
            token,
            base,
            config,
            session: std::sync::Mutex::new(session),
            wake,
        });
        let stopping = Arc::new(AtomicBool::new(false));
        let workers = (0..WORKERS)
            .map(|_| {
                let (server, context, stopping) = (
                    Arc::clone(&server),
                    Arc::clone(&context),
                    Arc::clone(&stopping),
                );
                std::thread::spawn(move || serve(&server, &context, &stopping))
            })
            .collect();
        Ok(Self {
            context,
            server: Some(server),
            workers,
            stopping,
            qr: QrMatrix::encode(&join_url),
            address,
            join_url,
        })
    }

    /// `http://ADDRESS:PORT/TOKEN/`: what participants open.
    pub fn join_url(&self) -> &str {
        &self.join_url
    }

    /// The address and port the server listens on.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    pub fn qr_code(&self) -> QrMatrix {
        self.qr.clone()
    }

    pub fn phase(&self) -> Phase {
        self.context.session().phase
    }

    pub fn set_phase(&self, phase: Phase) {
        self.context.session().set_phase(phase);
    }

    /// The cards participants see in *Clustern* and *Punkten*, in the board's order;
    /// dots are placed only on these.
    pub fn set_board(&self, cards: Vec<BoardCard>) {
        self.context.session().set_board(cards);
    }

    /// What participants sent since the last call, oldest first.
    pub fn take_events(&self) -> Vec<ParticipantEvent> {
        std::mem::take(&mut self.context.session().events)
    }

    /// Devices that have joined.
    pub fn participants(&self) -> usize {
        self.context.session().participants()
    }

    /// Ends the session and closes the port.
    pub fn stop(self) {
        drop(self);
    }

    /// Ends the session, closes the port, and returns what was sent since the last
    /// [`ModerationServer::take_events`], so that no card sent at the end is lost.
    pub fn finish(mut self) -> Vec<ParticipantEvent> {
        self.shutdown();
        self.take_events()
    }

    fn shutdown(&mut self) {
        let Some(server) = self.server.take() else {
            return;
        };
        self.stopping.store(true, Ordering::SeqCst);
        for _ in 0..self.workers.len() {
            server.unblock();
        }
        for worker in self.workers.drain(..) {
            let _ = worker.join();
        }
        // The last reference: tiny_http's drop stops its accept thread, which then drops
        // the listening socket.
        drop(server);
        wait_until_closed(self.address);
    }
}

impl Drop for ModerationServer {
    fn drop(&mut self) {
        self.shutdown();
    }
}

fn serve(server: &tiny_http::Server, context: &Context, stopping: &AtomicBool) {
    loop {
        match server.recv() {
            // After the end, a queued request gets tiny_http's empty 500 when dropped.
            Ok(request) if stopping.load(Ordering::SeqCst) => drop(request),
            Ok(request) => handle(context, request),
            Err(_) if stopping.load(Ordering::SeqCst) => return,
            Err(_) => {}
        }
    }
}

/// tiny_http closes the listening socket on its accept thread, just after its drop
/// returns; the session counts as ended once a connection is refused, so that the
/// caller can rely on the port being closed. Gives up after two seconds.
fn wait_until_closed(address: SocketAddr) {
    let deadline = Instant::now() + Duration::from_secs(2);
    while Instant::now() < deadline {
        match TcpStream::connect_timeout(&address, Duration::from_millis(200)) {
            Ok(_) => std::thread::sleep(Duration::from_millis(5)),
            Err(_) => return,
        }
    }
}
