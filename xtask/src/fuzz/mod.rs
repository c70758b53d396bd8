//! `cargo xtask fuzz`: the generator against mutated and random documents.
//!
//! Case `i` of seed `S` is a pure function of `(S, i)` (see `cases.rs`). Each
//! case runs the way `cargo xtask codegen` runs the generator (bytes -> text
//! -> generate); every 16th is generated twice and the outputs compared.
//! Cases run in worker processes (see `supervise.rs`), so that a crash that
//! is not a panic or a hang is caught too and reported with its case and its
//! input. A failure is any panic, crash, hang (a case over the timeout, 60 s
//! unless `--timeout` says otherwise), diagnostic without a location, an
//! internal error (emitted code that does not parse) or nondeterministic
//! output; `--case I` reruns one case in this process to
//! debug it.

mod cases;
mod supervise;

use std::io::Write as _;
use std::panic::{self, AssertUnwindSafe};
use std::time::{Duration, Instant};

use crate::flags;
use cases::{make_case, Seeds};

/// The environment variable that makes this binary a worker for a range of cases.
const WORKER_ENV: &str = "XTASK_FUZZ_WORKER";

/// A test hook: a worker given this variable hangs in the case it names, so
/// that a test can see the supervisor report a hang (`tests/fuzz_hang.rs`).
const HANG_IN_CASE_ENV: &str = "XTASK_FUZZ_TEST_HANG_IN_CASE";

/// A case running longer than this is a hang, unless `--timeout` says otherwise.
const CASE_TIMEOUT: Duration = Duration::from_secs(60);

/// How many cases `cargo xtask test` runs.
pub(crate) const SUITE_CASES: u64 = 10_000;

/// Runs `cargo xtask fuzz` with the parsed flags.
pub(crate) fn run(args: &flags::Fuzz) -> Result<(), String> {
    let seed = args.seed.unwrap_or_else(time_seed);
    let seeds = Seeds::load()?;
    if let Ok(range) = std::env::var(WORKER_ENV) {
        return worker(seed, &range, &seeds);
    }
    if let Some(case) = args.case {
        return run_one(seed, case, &seeds);
    }
    let timeout = args.timeout.map_or(CASE_TIMEOUT, Duration::from_secs);
    supervise::supervise(seed, args.cases, timeout, &seeds)
}

/// The suite step: a new seed each run, so that every run tries new cases;
/// the seed is printed, with the command that reruns it.
pub(crate) fn run_suite() -> Result<(), String> {
    let seeds = Seeds::load()?;
    supervise::supervise(time_seed(), SUITE_CASES, CASE_TIMEOUT, &seeds)
}

fn time_seed() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() ^ u64::from(d.subsec_nanos()))
}

/// Runs cases `from..to`, one line per event on stdout: `start I`, then `ok
/// I MICROS`, `error I MICROS` or `fail I WHAT`; `done` at the end.
fn worker(seed: u64, range: &str, seeds: &Seeds) -> Result<(), String> {
    let (from, to) = range
        .split_once("..")
        .and_then(|(a, b)| Some((a.parse::<u64>().ok()?, b.parse::<u64>().ok()?)))
        .ok_or("bad worker range")?;
    panic::set_hook(Box::new(|_| {}));
    let mut out = std::io::stdout().lock();
    let hang_in = std::env::var(HANG_IN_CASE_ENV).ok().and_then(|case| case.parse::<u64>().ok());
    for case in from..to {
        let _ = writeln!(out, "start {case}");
        let _ = out.flush();
        if hang_in == Some(case) {
            loop {
                std::thread::sleep(Duration::from_secs(3600));
            }
        }
        let input = make_case(seed, case, seeds);
        let started = Instant::now();
        let line = match check_case(case, &input.bytes) {
            Ok(true) => format!("ok {case} {}", started.elapsed().as_micros()),
            Ok(false) => format!("error {case} {}", started.elapsed().as_micros()),
            Err(what) => format!("fail {case} {}", what.replace('\n', "\\n")),
        };
        let _ = writeln!(out, "{line}");
    }
    let _ = writeln!(out, "done");
    Ok(())
}

/// Runs one case in this process, with the panic message and backtrace shown.
fn run_one(seed: u64, case: u64, seeds: &Seeds) -> Result<(), String> {
    let input = make_case(seed, case, seeds);
    eprintln!("fuzz: case {case} of seed {seed}: {} ({} bytes)", input.recipe, input.bytes.len());
    let started = Instant::now();
    let outcome = check_case(case, &input.bytes);
    eprintln!("fuzz: took {:.3} s", started.elapsed().as_secs_f64());
    match outcome {
        Ok(generated) => {
            eprintln!("fuzz: no failure ({})", if generated { "generated" } else { "rejected with errors" });
            Ok(())
        }
        Err(what) => Err(what),
    }
}

/// Runs the generator on one input as `cargo xtask codegen` does: whether it
/// generated, or what went wrong (a panic, nondeterministic output, an
/// error without a location, an internal error).
fn check_case(case: u64, bytes: &[u8]) -> Result<bool, String> {
    let twice = case % 16 == 0;
    let result = panic::catch_unwind(AssertUnwindSafe(|| {
        let Ok(text) = openapi_xtask::parse::decode(bytes) else { return Ok(None) };
        let settings = openapi_xtask::Settings::new("fuzz-client");
        let first = openapi_xtask::generate(text, &settings);
        // Rendering is part of what codegen does with the diagnostics.
        let diagnostics = match &first {
            Ok(generated) => &generated.diagnostics,
            Err(diagnostics) => diagnostics,
        };
        for diagnostic in diagnostics {
            if diagnostic.is_internal() {
                return Err(format!("the generator failed itself: {diagnostic}"));
            }
            if diagnostic.location.is_none() && !text.trim().is_empty() {
                return Err(format!("diagnostic without a location: {diagnostic}"));
            }
            let _ = openapi_xtask::diagnostics::render(diagnostic, "fuzz.yaml", text);
        }
        if twice {
            let second = openapi_xtask::generate(text, &settings);
            if summary(&first) != summary(&second) {
                return Err("nondeterministic: two generations of the same text differ".to_owned());
            }
        }
        Ok(Some(first.is_ok()))
    }));
    match result {
        Ok(Ok(generated)) => Ok(generated == Some(true)),
        Ok(Err(what)) => Err(what),
        Err(payload) => {
            let message = payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| payload.downcast_ref::<String>().cloned());
            Err(format!("panic: {}", message.unwrap_or_else(|| "(no message)".to_owned())))
        }
    }
}

/// Everything a generation produced, as text.
fn summary(result: &Result<openapi_xtask::Generated, Vec<openapi_xtask::Diagnostic>>) -> String {
    match result {
        Ok(generated) => {
            let files: String = generated.files.iter().map(|f| format!("{}\n{}\n", f.path, f.contents)).collect();
            let diagnostics: String = generated.diagnostics.iter().map(|d| format!("{d}\n")).collect();
            files + &diagnostics
        }
        Err(diagnostics) => diagnostics.iter().map(|d| format!("{d}\n")).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    /// A few hundred cases in-process, so that `cargo test` runs the harness
    /// (the suite runs 10,000 in workers).
    #[test]
    fn a_few_cases_pass() {
        let seeds = Seeds::load().unwrap();
        let failures: BTreeMap<u64, String> = (0..300)
            .filter_map(|case| {
                let input = make_case(12345, case, &seeds);
                check_case(case, &input.bytes).err().map(|what| (case, format!("{what} ({})", input.recipe)))
            })
            .collect();
        assert!(failures.is_empty(), "{failures:#?}");
    }
}
