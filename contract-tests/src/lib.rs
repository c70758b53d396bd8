//! Harness for the contract tests of `readmin-client`: runs the Stoplight
//! Prism mock server (the npm package pinned in `contract/`) on
//! `spec/readmin.yaml`.
//!
//! [`Prism::start`] checks that Node.js and the pinned Prism are installed
//! (failing with a message that says what to run, never skipping), starts
//! `prism mock --errors [--dynamic]` on a free port of 127.0.0.1 and waits
//! until it answers HTTP. Prism is killed when the [`Prism`] value is dropped,
//! which also happens while a panicking test unwinds. As a safety net for runs
//! that end without unwinding (SIGKILL, an abort), Prism is started with
//! `contract/exit-with-parent.cjs` preloaded, which makes it exit when its
//! stdin, a pipe held by the test process, closes.
//!
//! The tests themselves are in `tests/`: `contract.rs` calls every operation
//! through the generated client, `harness.rs` checks this module.

use std::fmt;
use std::net::{Ipv4Addr, SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, ExitStatus, Stdio};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use test_support::{answers_http, OutputTail};

/// How long Prism may take to load the document and answer its first request.
pub const READY_TIMEOUT: Duration = Duration::from_secs(60);

/// The npm package of the mock server, as named in `contract/package.json`.
pub const PRISM_PACKAGE: &str = "@stoplight/prism-cli";

/// Lines of Prism's output kept to show when something fails.
const LOG_LINES: usize = 400;

/// Ports tried before giving up when another process takes the free port first.
const PORT_ATTEMPTS: usize = 3;

/// How Prism builds its responses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Examples of the document, or one response built from each schema.
    Static,
    /// `--dynamic`: a random response generated from the schema for every
    /// request (reproducible with a `Prefer: seed=...` request header).
    Dynamic,
}

impl fmt::Display for Mode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Mode::Static => "static",
            Mode::Dynamic => "dynamic",
        })
    }
}

/// Why Prism could not be started; the message says what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HarnessError(String);

impl fmt::Display for HarnessError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for HarnessError {}

fn error(message: impl Into<String>) -> HarnessError {
    HarnessError(message.into())
}

/// Where the harness finds the npm project and the OpenAPI document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    /// The folder with `package.json`, `package-lock.json` and `node_modules/`.
    pub contract_dir: PathBuf,
    /// The OpenAPI document Prism serves.
    pub spec: PathBuf,
}

impl Paths {
    /// `contract/` and `spec/readmin.yaml` of this workspace.
    pub fn of_workspace() -> Paths {
        let root = workspace_root();
        Paths { contract_dir: root.join("contract"), spec: root.join("spec").join("readmin.yaml") }
    }

    /// `node_modules/.bin/prism`, which `npm ci` installs.
    pub fn prism_bin(&self) -> PathBuf {
        self.contract_dir.join("node_modules").join(".bin").join("prism")
    }

    /// The script preloaded into Prism so that it exits with the test process.
    pub fn watchdog(&self) -> PathBuf {
        self.contract_dir.join("exit-with-parent.cjs")
    }
}

/// The workspace root: the parent of this crate's directory.
pub fn workspace_root() -> PathBuf {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    crate_dir.parent().unwrap_or(crate_dir).to_path_buf()
}

/// A running Prism mock server, killed on drop.
#[derive(Debug)]
pub struct Prism {
    child: Child,
    /// Held open for the watchdog; closing it makes Prism exit.
    stdin: Option<ChildStdin>,
    readers: Vec<JoinHandle<()>>,
    log: OutputTail,
    mode: Mode,
    address: SocketAddr,
}

impl Prism {
    /// Starts Prism on `spec/readmin.yaml` of this workspace; see [`Prism::start_with`].
    pub fn start(mode: Mode) -> Result<Prism, HarnessError> {
        Prism::start_with(&Paths::of_workspace(), mode)
    }

    /// Starts `prism mock --errors` (plus `--dynamic` in [`Mode::Dynamic`])
    /// on a free port of 127.0.0.1 and waits up to [`READY_TIMEOUT`] until it
    /// answers HTTP.
    ///
    /// Fails with a message naming the missing piece when Node.js or the
    /// pinned Prism is not installed, and with Prism's output when it exits
    /// or does not answer in time.
    pub fn start_with(paths: &Paths, mode: Mode) -> Result<Prism, HarnessError> {
        let prism_js = check_installation(paths)?;
        let mut last_error = None;
        for _ in 0..PORT_ATTEMPTS {
            let port = free_port()?;
            let mut prism = Prism::spawn(paths, &prism_js, mode, port)?;
            match prism.wait_ready(READY_TIMEOUT) {
                Ok(()) => return Ok(prism),
                // Another process took the port between our probe and Prism's bind.
                Err(Startup::PortTaken(message)) => last_error = Some(message),
                Err(Startup::Failed(message)) => return Err(error(message)),
            }
        }
        Err(error(last_error.unwrap_or_default()))
    }

    fn spawn(paths: &Paths, prism_js: &Path, mode: Mode, port: u16) -> Result<Prism, HarnessError> {
        let port_arg = port.to_string();
        let mut command = Command::new("node");
        command.arg("--require").arg(paths.watchdog()).arg(prism_js);
        command.args(["mock", "-h", "127.0.0.1", "-p", &port_arg, "--errors"]);
        if mode == Mode::Dynamic {
            command.arg("--dynamic");
        }
        command
            .arg(&paths.spec)
            .current_dir(&paths.contract_dir)
            .env("FORCE_COLOR", "0")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = command.spawn().map_err(|e| error(format!("cannot start Prism with `node`: {e}")))?;
        let log = OutputTail::new(LOG_LINES);
        let mut readers = Vec::new();
        if let Some(stdout) = child.stdout.take() {
            readers.push(log.collect(stdout));
        }
        if let Some(stderr) = child.stderr.take() {
            readers.push(log.collect(stderr));
        }
        let stdin = child.stdin.take();
        let address = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
        Ok(Prism { child, stdin, readers, log, mode, address })
    }

    fn wait_ready(&mut self, timeout: Duration) -> Result<(), Startup> {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(status) =
                self.child.try_wait().map_err(|e| Startup::Failed(format!("cannot watch Prism: {e}")))?
            {
                return Err(self.exited(status));
            }
            if answers_http(self.address, "/") {
                return Ok(());
            }
            if Instant::now() >= deadline {
                return Err(Startup::Failed(format!(
                    "Prism ({} mode) did not answer on http://{} within {} s; its output:\n{}",
                    self.mode,
                    self.address,
                    timeout.as_secs(),
                    self.output()
                )));
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn exited(&mut self, status: ExitStatus) -> Startup {
        // The process is gone: its pipes are closed, so the readers finish.
        for reader in self.readers.drain(..) {
            let _ = reader.join();
        }
        let output = self.output();
        let message =
            format!("Prism ({} mode) exited with {status} before it answered; its output:\n{output}", self.mode);
        if output.contains("EADDRINUSE") {
            Startup::PortTaken(message)
        } else {
            Startup::Failed(message)
        }
    }

    /// `http://127.0.0.1:PORT`, to give to the client as its base URL.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.address)
    }

    /// The address Prism listens on.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// The process id of Prism's `node` process.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// The last lines Prism wrote to stdout and stderr.
    pub fn output(&self) -> String {
        self.log.text()
    }
}

impl Drop for Prism {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        self.stdin.take();
    }
}

enum Startup {
    PortTaken(String),
    Failed(String),
}

/// Checks that `node` runs and that the Prism pinned in `package.json` is the
/// one installed; returns the JavaScript file behind `node_modules/.bin/prism`.
fn check_installation(paths: &Paths) -> Result<PathBuf, HarnessError> {
    let install = format!(
        "run `npm ci` in {} (`cargo xtask test` does it when node_modules is missing)",
        paths.contract_dir.display()
    );
    let node = Command::new("node").arg("--version").output();
    let node_error = match node {
        Ok(output) if output.status.success() => None,
        Ok(output) => Some(format!(
            "`node --version` failed ({}): the contract tests need a working Node.js to run the Prism mock server. {}",
            output.status,
            String::from_utf8_lossy(&output.stderr).trim()
        )),
        Err(e) => Some(format!(
            "cannot run `node` ({e}): the contract tests need Node.js and npm on PATH to run the Prism mock server; \
             install them, then {install}"
        )),
    };
    if let Some(message) = node_error {
        return Err(error(message));
    }
    let bin = paths.prism_bin();
    if !bin.exists() {
        return Err(error(format!(
            "Prism is not installed: {} does not exist; {install}. The contract tests never skip.",
            bin.display()
        )));
    }
    let pinned = read_json(&paths.contract_dir.join("package.json"))?
        .pointer(&format!("/dependencies/{}", PRISM_PACKAGE.replace('/', "~1")))
        .and_then(|version| version.as_str().map(str::to_owned))
        .ok_or_else(|| {
            error(format!("{}/package.json does not depend on {PRISM_PACKAGE}", paths.contract_dir.display()))
        })?;
    let installed_manifest = paths.contract_dir.join("node_modules").join(PRISM_PACKAGE).join("package.json");
    let installed = read_json(&installed_manifest)?.get("version").and_then(|v| v.as_str().map(str::to_owned));
    if installed.as_deref() != Some(pinned.as_str()) {
        return Err(error(format!(
            "the installed {PRISM_PACKAGE} is {} but package.json pins {pinned}; {install}",
            installed.as_deref().unwrap_or("of no known version")
        )));
    }
    let watchdog = paths.watchdog();
    if !watchdog.is_file() {
        return Err(error(format!("{} is missing", watchdog.display())));
    }
    if !paths.spec.is_file() {
        return Err(error(format!("the OpenAPI document {} is missing", paths.spec.display())));
    }
    std::fs::canonicalize(&bin).map_err(|e| error(format!("cannot resolve {}: {e}; {install}", bin.display())))
}

fn read_json(path: &Path) -> Result<serde_json::Value, HarnessError> {
    let text = std::fs::read_to_string(path).map_err(|e| error(format!("cannot read {}: {e}", path.display())))?;
    serde_json::from_str(&text).map_err(|e| error(format!("{} is not valid JSON: {e}", path.display())))
}

/// A port of 127.0.0.1 that was free a moment ago.
fn free_port() -> Result<u16, HarnessError> {
    let listener =
        TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).map_err(|e| error(format!("cannot find a free port: {e}")))?;
    listener.local_addr().map(|address| address.port()).map_err(|e| error(format!("cannot find a free port: {e}")))
}
