//! Checks of the Prism harness itself: it fails loudly when Prism is missing,
//! and leaves no mock server behind, also when a test panics.

use std::net::{SocketAddr, TcpStream};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use contract_tests::{Mode, Paths, Prism};

#[test]
fn a_missing_prism_is_an_error_that_says_how_to_install_it() {
    let workspace = Paths::of_workspace();
    let paths =
        Paths { contract_dir: std::env::temp_dir().join("no-such-contract-dir-for-readmin"), spec: workspace.spec };
    let error = Prism::start_with(&paths, Mode::Static).expect_err("Prism cannot start without node_modules");
    let message = error.to_string();
    assert!(message.contains("npm ci"), "the message should say to run `npm ci`: {message}");
}

#[test]
fn prism_is_stopped_when_dropped_and_when_a_test_panics() {
    let prism = Prism::start(Mode::Static).unwrap_or_else(|e| panic!("{e}"));
    let (address, pid) = (prism.address(), prism.pid());
    assert!(TcpStream::connect(address).is_ok(), "Prism should be listening on {address}");
    drop(prism);
    assert_gone(address, pid);

    let panicking = std::thread::spawn(|| {
        let prism = Prism::start(Mode::Dynamic).unwrap_or_else(|e| panic!("{e}"));
        let started = (prism.address(), prism.pid());
        std::panic::panic_any(started);
    });
    let payload = panicking.join().expect_err("the thread panics");
    let (address, pid) = *payload.downcast::<(SocketAddr, u32)>().expect("the panic carries Prism's address and pid");
    assert_gone(address, pid);
}

#[test]
fn the_watchdog_stops_node_when_its_parent_goes_away() {
    // What a killed test process looks like to Prism: its stdin pipe closes.
    let paths = Paths::of_workspace();
    let mut node = Command::new("node")
        .arg("--require")
        .arg(paths.watchdog())
        .args(["-e", "setInterval(() => {}, 1000)"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run `node` (the contract tests need Node.js): {e}"));
    drop(node.stdin.take());
    let deadline = Instant::now() + Duration::from_secs(10);
    while node.try_wait().expect("node can be watched").is_none() {
        if Instant::now() > deadline {
            let _ = node.kill();
            let _ = node.wait();
            panic!("node kept running after its stdin closed: {} does not work", paths.watchdog().display());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Prism no longer accepts connections and (on Linux) its process is gone.
fn assert_gone(address: SocketAddr, pid: u32) {
    assert!(TcpStream::connect_timeout(&address, Duration::from_secs(1)).is_err(), "Prism still listens on {address}");
    if cfg!(target_os = "linux") {
        let proc_dir = std::path::PathBuf::from(format!("/proc/{pid}"));
        assert!(!proc_dir.exists(), "Prism's process {pid} is still there");
    }
}
