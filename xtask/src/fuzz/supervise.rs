//! Running cases in worker processes and reporting what failed.
//!
//! Workers are this binary again, one per core, each running a range of
//! cases and saying on stdout which case it starts and how each ended. So a
//! crash that is not a panic (a stack overflow, an abort) is caught, and so
//! is a hang: a case that gives no answer within the timeout. Either way the
//! supervisor knows the case that was running, stops the worker, records the
//! failure and starts a new worker after it. At the end every failure is
//! reported with its case number, its input (saved under `target/fuzz/`)
//! and the command that reruns it.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use super::cases::{make_case, Seeds};
use super::WORKER_ENV;

/// How long a worker may be silent when no case is running.
const IDLE_TIMEOUT: Duration = Duration::from_secs(60);

/// What went wrong with one case.
#[derive(Debug)]
struct Failure {
    case: u64,
    /// A hang rather than a panic, a crash or a wrong output.
    hang: bool,
    what: String,
}

/// Counts reported by a worker.
#[derive(Debug, Default)]
struct Tally {
    generated: u64,
    rejected: u64,
    slowest: (Duration, u64),
}

/// How a worker's run of cases ended.
#[derive(Debug, PartialEq, Eq)]
enum Ended {
    /// It said `done`.
    Done,
    /// A case gave no answer in time, and the worker was stopped.
    Stopped,
    /// Its output ended without `done`.
    Died,
}

/// Runs cases `0..cases` of `seed` in workers; an error lists every failure.
pub(super) fn supervise(seed: u64, cases: u64, timeout: Duration, seeds: &Seeds) -> Result<(), String> {
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 8) as u64;
    let workers = workers.min(cases.max(1));
    eprintln!(
        "fuzz: {cases} cases, seed {seed}, {workers} worker(s), {} seed documents (rerun with `cargo xtask fuzz --seed {seed} --cases {cases}`)",
        seeds.len()
    );
    let started = Instant::now();
    let chunk = cases.div_ceil(workers);
    let results: Vec<Result<(Vec<Failure>, Tally), String>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|w| {
                let from = w * chunk;
                let to = ((w + 1) * chunk).min(cases);
                scope.spawn(move || supervise_range(seed, from, to, timeout))
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|_| Err("a supervisor thread panicked".to_owned())))
            .collect()
    });
    let mut failures = Vec::new();
    let mut tally = Tally::default();
    for result in results {
        let (f, t) = result?;
        failures.extend(f);
        tally.generated += t.generated;
        tally.rejected += t.rejected;
        tally.slowest = tally.slowest.max(t.slowest);
    }
    let elapsed = started.elapsed();
    let rate = cases as f64 / elapsed.as_secs_f64().max(1e-9);
    eprintln!(
        "fuzz: {cases} cases in {:.1} s ({rate:.0} cases/s): {} generated, {} rejected with errors, {} failed; slowest case {} ({:.2} s)",
        elapsed.as_secs_f64(),
        tally.generated,
        tally.rejected,
        failures.len(),
        tally.slowest.1,
        tally.slowest.0.as_secs_f64()
    );
    if failures.is_empty() {
        return Ok(());
    }
    failures.sort_by_key(|f| f.case);
    let dir = crate::project_root().join("target/fuzz");
    let _ = std::fs::create_dir_all(&dir);
    for failure in &failures {
        let input = make_case(seed, failure.case, seeds);
        let kind = if failure.hang { "hang" } else { "crash" };
        let path = dir.join(format!("{kind}-{seed}-{}.{}", failure.case, input.extension));
        let saved = match std::fs::write(&path, &input.bytes) {
            Ok(()) => path.display().to_string(),
            Err(e) => format!("(not saved: {e})"),
        };
        eprintln!(
            "fuzz: case {} ({}): {}\n  input: {saved}\n  rerun: cargo xtask fuzz --seed {seed} --case {}",
            failure.case, input.recipe, failure.what, failure.case
        );
    }
    Err(format!("{} of {cases} fuzz cases failed (seed {seed})", failures.len()))
}

/// Runs cases `from..to` in worker processes, one after another, starting a
/// new worker after a crash or a hang.
fn supervise_range(seed: u64, from: u64, to: u64, timeout: Duration) -> Result<(Vec<Failure>, Tally), String> {
    let mut failures = Vec::new();
    let mut tally = Tally::default();
    let mut next = from;
    while next < to {
        let mut child = spawn_worker(seed, next, to)?;
        let stdout = child.stdout.take().ok_or("no worker stdout")?;
        let (sender, receiver) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if sender.send(line).is_err() {
                    break;
                }
            }
        });
        let mut running: Option<u64> = None;
        let ended = loop {
            // Starting up and moving on to the next case take no time worth a limit of their own.
            let wait = if running.is_some() { timeout } else { timeout.max(IDLE_TIMEOUT) };
            let line = match receiver.recv_timeout(wait) {
                Ok(line) => line,
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    let _ = child.kill();
                    let Some(case) = running.take() else {
                        let _ = child.wait();
                        return Err(format!("a fuzz worker said nothing for {} s outside any case", wait.as_secs()));
                    };
                    failures.push(Failure {
                        case,
                        hang: true,
                        what: format!("hang: no answer within {} s", timeout.as_secs()),
                    });
                    next = case + 1;
                    break Ended::Stopped;
                }
                Err(mpsc::RecvTimeoutError::Disconnected) => break Ended::Died,
            };
            let mut words = line.splitn(3, ' ');
            let (kind, case, rest) =
                (words.next(), words.next().and_then(|c| c.parse::<u64>().ok()), words.next().unwrap_or(""));
            match (kind, case) {
                (Some("start"), Some(case)) => running = Some(case),
                (Some(kind @ ("ok" | "error")), Some(case)) => {
                    running = None;
                    next = case + 1;
                    if kind == "ok" {
                        tally.generated += 1;
                    } else {
                        tally.rejected += 1;
                    }
                    if let Ok(micros) = rest.parse::<u64>() {
                        tally.slowest = tally.slowest.max((Duration::from_micros(micros), case));
                    }
                }
                (Some("fail"), Some(case)) => {
                    running = None;
                    next = case + 1;
                    failures.push(Failure { case, hang: false, what: rest.replace("\\n", "\n") });
                }
                (Some("done"), _) => {
                    next = to;
                    break Ended::Done;
                }
                _ => {}
            }
        };
        let status = child.wait().map_err(|e| format!("cannot wait for a fuzz worker: {e}"))?;
        if ended == Ended::Died {
            if let Some(case) = running {
                failures.push(Failure {
                    case,
                    hang: false,
                    what: format!("crash: the worker died ({status}), e.g. a stack overflow or an abort"),
                });
                next = case + 1;
            } else if next < to {
                return Err(format!("a fuzz worker failed outside any case ({status})"));
            }
        }
    }
    Ok((failures, tally))
}

fn spawn_worker(seed: u64, from: u64, to: u64) -> Result<Child, String> {
    Command::new(this_binary()?)
        .args(["fuzz", "--seed", &seed.to_string(), "--cases", &to.to_string()])
        .env(WORKER_ENV, format!("{from}..{to}"))
        .env("RUST_BACKTRACE", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|e| format!("cannot start a fuzz worker: {e}"))
}

/// The binary this process runs, to start workers that speak its protocol:
/// on Linux `/proc/self/exe`, which names it even after a build has replaced
/// its file (in `cargo xtask test`, `cargo test` rebuilds `target/debug/xtask`
/// while the suite runs from it, before the fuzz step starts workers).
fn this_binary() -> Result<PathBuf, String> {
    let running = Path::new("/proc/self/exe");
    if running.exists() {
        return Ok(running.to_path_buf());
    }
    std::env::current_exe().map_err(|e| format!("cannot find the xtask binary: {e}"))
}
