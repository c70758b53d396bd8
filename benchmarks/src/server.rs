//! A minimal keep-alive HTTP/1.1 server on 127.0.0.1 that answers every
//! request with one fixed JSON response, for the client benchmark.
//!
//! It runs on its own thread with its own single-threaded runtime, so the
//! client under test keeps the other core. It understands only what the
//! benchmark sends: request heads, an optional `Content-Length` body, and
//! pipelined requests on one connection.

use std::io;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::thread::JoinHandle;

use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::oneshot;

/// A request head larger than this closes the connection.
const MAX_REQUEST_BYTES: usize = 64 * 1024;

/// A running server; dropping it stops it.
#[derive(Debug)]
pub struct Server {
    address: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl Server {
    /// Starts a server on a free port of 127.0.0.1 that answers `200 OK`
    /// with `body` as `application/json`.
    pub fn start(body: &[u8]) -> io::Result<Server> {
        let listener = std::net::TcpListener::bind((Ipv4Addr::LOCALHOST, 0))?;
        listener.set_nonblocking(true)?;
        let address = listener.local_addr()?;
        let runtime = tokio::runtime::Builder::new_current_thread().enable_io().build()?;
        let response: Arc<[u8]> = response_bytes(body).into();
        let (stop, stopped) = oneshot::channel();
        let thread = std::thread::Builder::new().name("bench-server".to_owned()).spawn(move || {
            runtime.block_on(async move {
                let Ok(listener) = TcpListener::from_std(listener) else { return };
                tokio::select! {
                    () = accept_loop(listener, response) => {}
                    _ = stopped => {}
                }
            });
        })?;
        Ok(Server { address, stop: Some(stop), thread: Some(thread) })
    }

    /// The server's base URL, such as `http://127.0.0.1:40123`.
    pub fn url(&self) -> String {
        format!("http://{}", self.address)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The whole response, head and body, written once per request.
fn response_bytes(body: &[u8]) -> Vec<u8> {
    let head = format!("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n", body.len());
    let mut response = Vec::with_capacity(head.len() + body.len());
    response.extend_from_slice(head.as_bytes());
    response.extend_from_slice(body);
    response
}

async fn accept_loop(listener: TcpListener, response: Arc<[u8]>) {
    loop {
        match listener.accept().await {
            Ok((stream, _)) => {
                let _ = stream.set_nodelay(true);
                tokio::spawn(serve_connection(stream, Arc::clone(&response)));
            }
            // Out of file descriptors, say: the benchmark's requests fail and
            // say so, so the server just goes on.
            Err(_) => tokio::task::yield_now().await,
        }
    }
}

async fn serve_connection(mut stream: TcpStream, response: Arc<[u8]>) {
    let mut buffer = Vec::with_capacity(4096);
    let mut chunk = [0u8; 4096];
    loop {
        loop {
            match next_request(&buffer) {
                Request::Complete(length) => {
                    buffer.drain(..length);
                    if stream.write_all(&response).await.is_err() {
                        return;
                    }
                }
                Request::Incomplete => break,
                Request::Malformed => return,
            }
        }
        match stream.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(read) if buffer.len() + read > MAX_REQUEST_BYTES => return,
            Ok(read) => buffer.extend_from_slice(&chunk[..read]),
        }
    }
}

/// What the start of a connection's unread bytes holds.
#[derive(Debug, PartialEq, Eq)]
enum Request {
    /// A whole request (head and body) of this many bytes.
    Complete(usize),
    /// Not a whole request yet.
    Incomplete,
    /// A `Content-Length` that is not a number: the connection is closed.
    Malformed,
}

fn next_request(buffer: &[u8]) -> Request {
    let Some(head_end) = buffer.windows(4).position(|window| window == b"\r\n\r\n") else {
        return Request::Incomplete;
    };
    let head = &buffer[..head_end];
    let mut body_length = 0;
    for line in head.split(|&byte| byte == b'\n') {
        let Some(colon) = line.iter().position(|&byte| byte == b':') else { continue };
        if !line[..colon].eq_ignore_ascii_case(b"content-length") {
            continue;
        }
        let value = std::str::from_utf8(&line[colon + 1..]).map(str::trim);
        match value.ok().and_then(|value| value.parse::<usize>().ok()) {
            Some(length) => body_length = length,
            None => return Request::Malformed,
        }
    }
    let total = head_end + 4 + body_length;
    if buffer.len() >= total {
        Request::Complete(total)
    } else {
        Request::Incomplete
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Read as _, Write as _};

    #[test]
    fn finds_whole_requests_with_and_without_bodies() {
        assert_eq!(next_request(b"GET / HTTP/1.1\r\nhost: x\r\n\r\n"), Request::Complete(27));
        assert_eq!(next_request(b"GET / HTTP/1.1\r\nhost: x\r\n"), Request::Incomplete);
        let post = b"POST / HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}GET";
        assert_eq!(next_request(post), Request::Complete(post.len() - 3));
        assert_eq!(next_request(b"POST / HTTP/1.1\r\ncontent-length: 5\r\n\r\n{}"), Request::Incomplete);
        assert_eq!(next_request(b"POST / HTTP/1.1\r\ncontent-length: many\r\n\r\n"), Request::Malformed);
    }

    #[test]
    fn answers_pipelined_requests_on_one_connection() {
        let server = Server::start(b"{\"ok\":true}").unwrap();
        let address = server.url().trim_start_matches("http://").to_owned();
        let mut stream = std::net::TcpStream::connect(address).unwrap();
        stream.write_all(b"GET /a HTTP/1.1\r\nhost: x\r\n\r\nGET /b HTTP/1.1\r\nhost: x\r\n\r\n").unwrap();
        let one = response_bytes(b"{\"ok\":true}");
        let mut received = vec![0u8; one.len() * 2];
        stream.read_exact(&mut received).unwrap();
        assert_eq!(received, [one.clone(), one].concat());
    }
}
