//! A scriptable HTTP/1.1 server on raw TCP (127.0.0.1), for the runtime tests
//! that need a server to misbehave in ways a mock library cannot: truncate a
//! body, reset the connection, stall, send gigabytes.
//!
//! The server records every request it reads, byte for byte (request line,
//! headers, body) with the time it arrived, and counts the connections it
//! accepted. A handler decides, per request, what to do on the socket.
//!
//! Every test binary that includes this module uses only part of it.
#![allow(dead_code)]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// One request as the server read it.
#[derive(Debug, Clone)]
pub struct RawRequest {
    /// The request line and headers, exactly as received (without the blank line).
    pub head: Vec<u8>,
    pub method: String,
    /// The request target exactly as sent: path and query, still encoded.
    pub target: String,
    /// Header names lowercased, values as received, in order.
    pub headers: Vec<(String, Vec<u8>)>,
    pub body: Vec<u8>,
    pub received_at: Instant,
}

impl RawRequest {
    /// The path part of the target.
    pub fn path(&self) -> &str {
        self.target.split('?').next().unwrap_or_default()
    }

    /// The query part of the target, without `?`.
    pub fn query(&self) -> Option<&str> {
        self.target.split_once('?').map(|(_, query)| query)
    }

    /// The query parameter `name`, still percent-encoded (first occurrence).
    pub fn query_param(&self, name: &str) -> Option<&str> {
        self.query()?.split('&').find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
    }

    /// Every value of header `name` (case-insensitive) as text.
    pub fn header_values(&self, name: &str) -> Vec<String> {
        let name = name.to_ascii_lowercase();
        self.headers.iter().filter(|(n, _)| *n == name).map(|(_, v)| String::from_utf8_lossy(v).into_owned()).collect()
    }

    /// The single value of header `name`; fails if it appears more than once.
    pub fn header(&self, name: &str) -> Option<String> {
        let mut values = self.header_values(name);
        assert!(values.len() <= 1, "header `{name}` sent {} times: {values:?}", values.len());
        values.pop()
    }

    /// The names of the headers, lowercased.
    pub fn header_names(&self) -> Vec<&str> {
        self.headers.iter().map(|(n, _)| n.as_str()).collect()
    }
}

/// What the server does on the socket, in order, after reading a request.
#[derive(Debug, Clone)]
pub enum Step {
    /// Writes these bytes (and flushes).
    Send(Vec<u8>),
    /// Waits before the next step.
    Sleep(Duration),
    /// Writes `chunk` over and over until `total` bytes are written or the
    /// client goes away.
    Flood { chunk: Vec<u8>, total: usize },
    /// Aborts the connection with a TCP reset (SO_LINGER 0), ending the script.
    Reset,
}

type Handler = Arc<dyn Fn(usize, &RawRequest) -> Vec<Step> + Send + Sync>;

/// A running server; it stops when the test's runtime shuts down.
pub struct RawServer {
    address: std::net::SocketAddr,
    requests: Arc<Mutex<Vec<RawRequest>>>,
    accepted: Arc<AtomicUsize>,
}

impl RawServer {
    /// Starts a server whose `handler` gets the index of each request (0 for
    /// the first one the server read) and the request, and returns the
    /// steps to play. After the steps the connection is closed (one request
    /// per connection; responses say `connection: close`).
    pub async fn start(handler: impl Fn(usize, &RawRequest) -> Vec<Step> + Send + Sync + 'static) -> RawServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind 127.0.0.1:0");
        let address = listener.local_addr().expect("local address");
        let requests = Arc::new(Mutex::new(Vec::new()));
        let accepted = Arc::new(AtomicUsize::new(0));
        let handler: Handler = Arc::new(handler);
        let (log, count) = (requests.clone(), accepted.clone());
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                count.fetch_add(1, Ordering::SeqCst);
                let (log, handler) = (log.clone(), handler.clone());
                tokio::spawn(async move {
                    let _ = serve(stream, log, handler).await;
                });
            }
        });
        RawServer { address, requests, accepted }
    }

    /// A server that answers every request with the same bytes.
    pub async fn always(response: Vec<u8>) -> RawServer {
        RawServer::start(move |_, _| vec![Step::Send(response.clone())]).await
    }

    /// `http://127.0.0.1:<port>`.
    pub fn url(&self) -> String {
        format!("http://{}", self.address)
    }

    /// Every request read so far, in arrival order.
    pub fn requests(&self) -> Vec<RawRequest> {
        self.requests.lock().expect("request log").clone()
    }

    /// How many requests the server read.
    pub fn request_count(&self) -> usize {
        self.requests.lock().expect("request log").len()
    }

    /// How many connections the server accepted.
    pub fn connections(&self) -> usize {
        self.accepted.load(Ordering::SeqCst)
    }

    /// The one request the server read; fails if it read more or none.
    pub fn only_request(&self) -> RawRequest {
        let mut requests = self.requests();
        assert_eq!(
            requests.len(),
            1,
            "expected exactly one request, got {:#?}",
            requests.iter().map(|r| &r.target).collect::<Vec<_>>()
        );
        requests.remove(0)
    }
}

async fn serve(mut stream: TcpStream, log: Arc<Mutex<Vec<RawRequest>>>, handler: Handler) -> std::io::Result<()> {
    let Some(request) = read_request(&mut stream).await? else { return Ok(()) };
    let index = {
        let mut log = log.lock().expect("request log");
        log.push(request.clone());
        log.len() - 1
    };
    for step in handler(index, &request) {
        match step {
            Step::Send(bytes) => {
                stream.write_all(&bytes).await?;
                stream.flush().await?;
            }
            Step::Sleep(duration) => tokio::time::sleep(duration).await,
            Step::Flood { chunk, total } => {
                let mut written = 0;
                while written < total {
                    let n = chunk.len().min(total - written);
                    stream.write_all(&chunk[..n]).await?;
                    written += n;
                }
                stream.flush().await?;
            }
            Step::Reset => {
                stream.set_zero_linger()?;
                drop(stream);
                return Ok(());
            }
        }
    }
    stream.shutdown().await?;
    // Let the client read to the end before the socket is dropped.
    let mut sink = [0u8; 1024];
    let _ =
        tokio::time::timeout(Duration::from_secs(2), async { while stream.read(&mut sink).await.unwrap_or(0) > 0 {} })
            .await;
    Ok(())
}

/// Reads one request: the head up to the blank line, then `content-length` bytes.
async fn read_request(stream: &mut TcpStream) -> std::io::Result<Option<RawRequest>> {
    let mut buffer = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        if let Some(position) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            break position;
        }
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            return Ok(None);
        }
        buffer.extend_from_slice(&chunk[..n]);
    };
    let received_at = Instant::now();
    let head = buffer[..head_end].to_vec();
    let mut body = buffer[head_end + 4..].to_vec();
    let text = String::from_utf8_lossy(&head).into_owned();
    let mut lines = text.split("\r\n");
    let request_line = lines.next().unwrap_or_default();
    let mut parts = request_line.split(' ');
    let method = parts.next().unwrap_or_default().to_owned();
    let target = parts.next().unwrap_or_default().to_owned();
    let mut headers = Vec::new();
    for line in head.split(|b| *b == b'\n').skip(1) {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if let Some(colon) = line.iter().position(|b| *b == b':') {
            let name = String::from_utf8_lossy(&line[..colon]).trim().to_ascii_lowercase();
            let value = line[colon + 1..].trim_ascii().to_vec();
            headers.push((name, value));
        }
    }
    let length = headers
        .iter()
        .find(|(name, _)| name == "content-length")
        .and_then(|(_, value)| String::from_utf8_lossy(value).parse::<usize>().ok())
        .unwrap_or(0);
    while body.len() < length {
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            break;
        }
        body.extend_from_slice(&chunk[..n]);
    }
    Ok(Some(RawRequest { head, method, target, headers, body, received_at }))
}

/// A complete response with `content-length` and `connection: close`.
pub fn response(status: u16, headers: &[(&str, &str)], body: impl AsRef<[u8]>) -> Vec<u8> {
    let body = body.as_ref();
    let mut out = format!("HTTP/1.1 {status} {}\r\n", reason(status));
    for (name, value) in headers {
        out.push_str(&format!("{name}: {value}\r\n"));
    }
    out.push_str(&format!("content-length: {}\r\nconnection: close\r\n\r\n", body.len()));
    let mut bytes = out.into_bytes();
    bytes.extend_from_slice(body);
    bytes
}

/// A JSON response.
pub fn json(status: u16, body: &serde_json::Value) -> Vec<u8> {
    response(status, &[("content-type", "application/json")], body.to_string())
}

/// Only the status line and headers, announcing `content_length` body bytes.
pub fn head_only(status: u16, headers: &[(&str, &str)], content_length: usize) -> Vec<u8> {
    let mut out = format!("HTTP/1.1 {status} {}\r\n", reason(status));
    for (name, value) in headers {
        out.push_str(&format!("{name}: {value}\r\n"));
    }
    out.push_str(&format!("content-length: {content_length}\r\nconnection: close\r\n\r\n"));
    out.into_bytes()
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        201 => "Created",
        204 => "No Content",
        400 => "Bad Request",
        404 => "Not Found",
        408 => "Request Timeout",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "Whatever",
    }
}

/// A retry policy with short delays, so the tests stay fast.
pub fn fast_retries(max_retries: u32) -> readmin_client::RetryPolicy {
    readmin_client::RetryPolicy {
        max_retries,
        initial_backoff: Duration::from_millis(5),
        max_backoff: Duration::from_millis(50),
        ..readmin_client::RetryPolicy::default()
    }
}

/// A client of `server` with both test credentials and `retry`.
pub fn client(server: &RawServer, retry: readmin_client::RetryPolicy) -> readmin_client::Client {
    readmin_client::Client::builder()
        .base_url(server.url())
        .loader_id(LOADER_ID)
        .api_key(API_KEY)
        .retry(retry)
        .build()
        .expect("client builds")
}

/// The credentials [`client`] sends; tests check they never leak.
pub const LOADER_ID: &str = "L-raw-secret-7f3a";
pub const API_KEY: &str = "K-raw-secret-91bc";
