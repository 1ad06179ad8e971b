//! A participant's browser reduced to what the server tests need: plain HTTP/1.1 over
//! a `TcpStream`, one request per connection, the device cookie kept between requests.

#![allow(dead_code, clippy::expect_used, clippy::unwrap_used)] // each test file uses part of it

pub mod cli;

use std::io::{Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpStream};

pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// A connection from `source` (a loopback address 127.0.0.N: another phone), or from
/// the system's choice.
pub fn connect_from(source: Option<Ipv4Addr>, address: SocketAddr) -> std::io::Result<TcpStream> {
    let Some(source) = source else {
        return TcpStream::connect(address);
    };
    let socket = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None)?;
    socket.bind(&SocketAddr::new(source.into(), 0).into())?;
    socket.connect(&address.into())?;
    Ok(socket.into())
}

/// Sends one request and reads the whole answer (`Connection: close`).
pub fn request(
    address: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Reply {
    request_from(None, address, method, path, headers, body)
}

/// [`request`] from a source address of its own.
pub fn request_from(
    source: Option<Ipv4Addr>,
    address: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Reply {
    let mut stream = connect_from(source, address).expect("the server accepts");
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).unwrap();
    // A refused body may be answered before it is read; the answer still arrives.
    let _ = stream.write_all(body);
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    parse(&raw)
}

fn parse(raw: &[u8]) -> Reply {
    let text = String::from_utf8_lossy(raw);
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let mut lines = head.lines();
    let status_line = lines.next().unwrap_or_default();
    let status = status_line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no status in {text:?}"));
    let headers = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(n, v)| (n.trim().to_owned(), v.trim().to_owned()))
        .collect();
    Reply {
        status,
        headers,
        body: body.to_owned(),
    }
}

/// Percent-encodes a form value (`application/x-www-form-urlencoded`).
pub fn encode(value: &str) -> String {
    form_urlencoded::byte_serialize(value.as_bytes()).collect()
}

/// One participant's device: its cookie, set by the server on the first page load.
pub struct Participant {
    pub address: SocketAddr,
    /// `/TOKEN/`.
    pub base: String,
    pub cookie: Option<String>,
    /// The phone's own address (127.0.0.N); None is 127.0.0.1.
    pub source: Option<Ipv4Addr>,
}

impl Participant {
    pub fn new(join_url: &str) -> Self {
        let rest = join_url.strip_prefix("http://").expect("an http address");
        let (host, path) = rest.split_once('/').expect("a path");
        Self {
            address: host.parse().expect("an address with a port"),
            base: format!("/{path}"),
            cookie: None,
            source: None,
        }
    }

    fn headers<'a>(&'a self, extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
        let mut headers = extra.to_vec();
        if let Some(cookie) = &self.cookie {
            headers.push(("Cookie", cookie.as_str()));
        }
        headers
    }

    fn keep_cookie(&mut self, reply: &Reply) {
        if let Some(set) = reply.header("Set-Cookie") {
            self.cookie = set.split(';').next().map(str::to_owned);
        }
    }

    pub fn get(&mut self, rest: &str) -> Reply {
        let path = format!("{}{rest}", self.base);
        let headers = self.headers(&[]);
        let reply = request_from(self.source, self.address, "GET", &path, &headers, b"");
        self.keep_cookie(&reply);
        reply
    }

    pub fn post(&mut self, rest: &str, body: &str, json: bool) -> Reply {
        let path = format!("{}{rest}", self.base);
        let mut extra = vec![("Content-Type", "application/x-www-form-urlencoded")];
        if json {
            extra.push(("Accept", "application/json"));
        }
        let reply = request_from(
            self.source,
            self.address,
            "POST",
            &path,
            &self.headers(&extra),
            body.as_bytes(),
        );
        self.keep_cookie(&reply);
        reply
    }

    /// A phone with its own address, 127.0.0.`n`.
    pub fn from_address(join_url: &str, n: u8) -> Self {
        Self {
            source: Some(Ipv4Addr::new(127, 0, 0, n)),
            ..Self::new(join_url)
        }
    }

    pub fn card(&mut self, text: &str, submission: &str) -> Reply {
        let body = format!("text={}&submission={}", encode(text), encode(submission));
        self.post("card", &body, false)
    }

    pub fn dot(&mut self, card: &str, submission: &str) -> Reply {
        let body = format!("card={}&submission={}", encode(card), encode(submission));
        self.post("dot", &body, false)
    }
}
