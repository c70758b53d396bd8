//! Helpers for tests that run a server as a child process (the contract
//! tests' Prism, the reference server of `reference-client`): the tail of
//! its output, to show when something fails, and whether it answers HTTP yet.

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

/// The last lines a process wrote, filled by one thread per pipe.
#[derive(Debug, Clone)]
pub struct OutputTail {
    lines: Arc<Mutex<VecDeque<String>>>,
    capacity: usize,
}

impl OutputTail {
    /// Keeps the last `capacity` lines.
    pub fn new(capacity: usize) -> OutputTail {
        OutputTail { lines: Arc::default(), capacity: capacity.max(1) }
    }

    /// Collects the lines of `pipe` on a new thread, which ends when the pipe closes.
    pub fn collect(&self, pipe: impl Read + Send + 'static) -> JoinHandle<()> {
        self.collect_with(pipe, |_| {})
    }

    /// Like [`OutputTail::collect`], also giving each line (without its line
    /// ending) to `on_line`, to spot a line the caller waits for.
    pub fn collect_with(
        &self,
        pipe: impl Read + Send + 'static,
        mut on_line: impl FnMut(&str) + Send + 'static,
    ) -> JoinHandle<()> {
        let tail = self.clone();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(pipe);
            let mut line = Vec::new();
            while matches!(reader.read_until(b'\n', &mut line), Ok(n) if n > 0) {
                let text = String::from_utf8_lossy(&line).trim_end().to_owned();
                on_line(&text);
                let mut lines = tail.lines.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
                if lines.len() == tail.capacity {
                    lines.pop_front();
                }
                lines.push_back(text);
                line.clear();
            }
        })
    }

    /// The lines kept, or `(no output)`.
    pub fn text(&self) -> String {
        let lines = self.lines.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if lines.is_empty() {
            return "(no output)".to_owned();
        }
        lines.iter().map(String::as_str).collect::<Vec<_>>().join("\n")
    }
}

/// Whether something at `address` answers a `GET path` with an HTTP status line.
pub fn answers_http(address: SocketAddr, path: &str) -> bool {
    let probe = || -> std::io::Result<bool> {
        let mut stream = TcpStream::connect_timeout(&address, Duration::from_secs(1))?;
        stream.set_read_timeout(Some(Duration::from_secs(5)))?;
        stream.set_write_timeout(Some(Duration::from_secs(5)))?;
        write!(stream, "GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n")?;
        let mut head = [0u8; 8];
        stream.read_exact(&mut head)?;
        Ok(head.starts_with(b"HTTP/1."))
    };
    probe().unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::{Ipv4Addr, TcpListener};

    #[test]
    fn the_tail_keeps_the_last_lines_and_shows_each_to_the_caller() {
        let tail = OutputTail::new(2);
        assert_eq!(tail.text(), "(no output)");
        let seen = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&seen);
        let reader =
            tail.collect_with(&b"one\r\ntwo\nthree"[..], move |line| sink.lock().unwrap().push(line.to_owned()));
        reader.join().unwrap();
        assert_eq!(tail.text(), "two\nthree");
        assert_eq!(*seen.lock().unwrap(), ["one", "two", "three"]);
    }

    #[test]
    fn only_an_http_answer_counts() {
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
        let address = listener.local_addr().unwrap();
        let server = std::thread::spawn(move || {
            for answer in [&b"HTTP/1.1 404 Not Found\r\n\r\n"[..], b"SSH-2.0-nope\r\n"] {
                let (mut stream, _) = listener.accept().unwrap();
                // The whole request, so closing does not reset the connection.
                let mut request = Vec::new();
                let mut reader = BufReader::new(&stream);
                while reader.read_until(b'\n', &mut request).unwrap() > 2 && !request.ends_with(b"\r\n\r\n") {}
                stream.write_all(answer).unwrap();
            }
        });
        assert!(answers_http(address, "/"));
        assert!(!answers_http(address, "/"));
        server.join().unwrap();
    }
}
