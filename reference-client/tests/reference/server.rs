//! Runs the reference server (`reference-server/serve.py`, a FastAPI app)
//! with the interpreter of `reference-server/.venv`, which `cargo xtask test`
//! installs from the pinned `requirements.txt`.
//!
//! The server binds a free port of 127.0.0.1 itself and prints it, so no
//! other process can take the port between a probe and the bind. It is
//! killed when the [`Server`] is dropped, which also happens while a
//! panicking test unwinds; and it exits by itself when its stdin, a pipe held
//! by the test process, closes, so it never outlives the test process, even
//! one killed with SIGKILL or a server kept in a `static` (never dropped).

use std::net::{Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, ExitStatus, Stdio};
use std::sync::{mpsc, OnceLock};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use test_support::{answers_http, OutputTail};

/// How long the server may take to import the app and answer its first request.
const READY_TIMEOUT: Duration = Duration::from_secs(60);

/// Lines of the server's output kept to show when something fails.
const LOG_LINES: usize = 200;

/// The copy of `requirements.txt` that `cargo xtask test` leaves in the venv
/// after a successful install (see `xtask/src/venv.rs`).
const STAMP: &str = "installed-requirements.txt";

/// The server shared by every test of this binary. It is never dropped: it
/// exits when the test process does (its stdin closes).
pub fn shared() -> &'static Server {
    static SERVER: OnceLock<Server> = OnceLock::new();
    SERVER.get_or_init(|| Server::start().unwrap_or_else(|e| panic!("{e}")))
}

/// The reference server's folder: `reference-server/` beside this crate.
pub fn server_dir() -> PathBuf {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    crate_dir.parent().unwrap_or(crate_dir).join("reference-server")
}

/// A running reference server, killed on drop.
#[derive(Debug)]
pub struct Server {
    child: Child,
    /// Held open; closing it makes the server exit.
    stdin: Option<ChildStdin>,
    readers: Vec<JoinHandle<()>>,
    log: OutputTail,
    address: SocketAddr,
}

impl Server {
    /// Starts `serve.py` and waits up to [`READY_TIMEOUT`] until it answers
    /// HTTP. Fails with a message saying what to run when the venv is
    /// missing or stale, and with the server's output when it does not start.
    pub fn start() -> Result<Server, String> {
        let dir = server_dir();
        let python = check_installation(&dir)?;
        let mut child = Command::new(&python)
            .arg("serve.py")
            .current_dir(&dir)
            .env("PYTHONUNBUFFERED", "1")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| format!("cannot start the reference server with {}: {e}", python.display()))?;
        let log = OutputTail::new(LOG_LINES);
        let (port_sender, port_receiver) = mpsc::channel();
        let mut readers = Vec::new();
        if let Some(stdout) = child.stdout.take() {
            readers.push(log.collect_with(stdout, move |line| {
                if let Some(Ok(port)) = line.strip_prefix("listening on ").map(str::parse::<u16>) {
                    let _ = port_sender.send(port);
                }
            }));
        }
        if let Some(stderr) = child.stderr.take() {
            readers.push(log.collect(stderr));
        }
        let stdin = child.stdin.take();
        // Until the port is known, the server is `child` alone: kill it on every error.
        let mut server = Server { child, stdin, readers, log, address: SocketAddr::from((Ipv4Addr::LOCALHOST, 0)) };
        let deadline = Instant::now() + READY_TIMEOUT;
        let port = loop {
            if let Ok(port) = port_receiver.recv_timeout(Duration::from_millis(100)) {
                break port;
            }
            server.fail_if_exited()?;
            if Instant::now() >= deadline {
                return Err(server.not_ready());
            }
        };
        server.address = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
        while !answers_http(server.address, "/openapi.json") {
            server.fail_if_exited()?;
            if Instant::now() >= deadline {
                return Err(server.not_ready());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Ok(server)
    }

    /// `http://127.0.0.1:PORT`, to give to the client as its base URL.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.address)
    }

    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// The process id of the server's Python process.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// The last lines the server wrote to stdout and stderr.
    pub fn output(&self) -> String {
        self.log.text()
    }

    /// Closes the server's stdin, as the end of the test process does, and
    /// waits up to `timeout` for it to exit by itself.
    pub fn close_stdin_and_wait(&mut self, timeout: Duration) -> Result<ExitStatus, String> {
        self.stdin.take();
        let deadline = Instant::now() + timeout;
        loop {
            match self.child.try_wait() {
                Ok(Some(status)) => return Ok(status),
                Ok(None) if Instant::now() >= deadline => {
                    return Err(format!(
                        "the reference server kept running {} s after its stdin closed: serve.py's watchdog does not \
                         work; its output:\n{}",
                        timeout.as_secs(),
                        self.output()
                    ))
                }
                Ok(None) => std::thread::sleep(Duration::from_millis(50)),
                Err(e) => return Err(format!("cannot watch the reference server: {e}")),
            }
        }
    }

    fn fail_if_exited(&mut self) -> Result<(), String> {
        match self.child.try_wait() {
            Ok(None) => Ok(()),
            Ok(Some(status)) => {
                // The process is gone, so its pipes are closed and the readers finish.
                for reader in self.readers.drain(..) {
                    let _ = reader.join();
                }
                Err(format!(
                    "the reference server exited with {status} before it answered; its output:\n{}",
                    self.output()
                ))
            }
            Err(e) => Err(format!("cannot watch the reference server: {e}")),
        }
    }

    fn not_ready(&self) -> String {
        format!(
            "the reference server did not answer within {} s; its output:\n{}",
            READY_TIMEOUT.as_secs(),
            self.output()
        )
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        self.stdin.take();
    }
}

/// The venv's interpreter, once the venv is known to be installed from the
/// present `requirements.txt`.
fn check_installation(dir: &Path) -> Result<PathBuf, String> {
    let venv = dir.join(".venv");
    let install = format!(
        "run `cargo xtask test`, which installs it, or by hand: `python3 -m venv {venv} && {venv}/bin/python -m pip \
         install --no-deps --only-binary :all: -r {requirements} && cp {requirements} {venv}/{STAMP}`. \
         The reference-server tests never skip",
        venv = venv.display(),
        requirements = dir.join("requirements.txt").display(),
    );
    let python = if cfg!(windows) { venv.join("Scripts").join("python.exe") } else { venv.join("bin").join("python") };
    if !python.is_file() {
        return Err(format!("the reference server is not installed: {} does not exist; {install}", python.display()));
    }
    let requirements = std::fs::read_to_string(dir.join("requirements.txt"))
        .map_err(|e| format!("cannot read {}: {e}", dir.join("requirements.txt").display()))?;
    let installed = std::fs::read_to_string(venv.join(STAMP)).unwrap_or_default();
    if installed != requirements {
        return Err(format!(
            "the reference server's venv {} was not installed from the present requirements.txt; {install}",
            venv.display()
        ));
    }
    Ok(python)
}
