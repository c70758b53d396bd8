//! `bench-generate SPEC [--runs N] [--name CRATE]`: generates the crate for
//! one OpenAPI document N times (default 5) and prints one JSON object on
//! stdout with each run's stage times in nanoseconds, the counts of the
//! result, and this process's peak memory.
//!
//! `cargo xtask bench` runs it from a release build, one process per
//! document, so the peak memory is that document's (plus the process's own
//! small baseline and the document's text). A document that cannot be read
//! or generated is a JSON object with an `error` and exit status 1.

use std::process::ExitCode;
use std::time::Duration;

use serde_json::{json, Value};

fn main() -> ExitCode {
    let (report, status) = match parse_args(std::env::args().skip(1)) {
        Ok(args) => match measure(&args) {
            Ok(report) => (report, ExitCode::SUCCESS),
            Err(error) => (json!({ "spec": args.spec, "error": error }), ExitCode::FAILURE),
        },
        Err(error) => {
            eprintln!("error: {error}\nusage: bench-generate SPEC [--runs N] [--name CRATE]");
            return ExitCode::from(2);
        }
    };
    println!("{report}");
    status
}

/// The command line.
#[derive(Debug)]
struct Args {
    spec: String,
    runs: u32,
    crate_name: String,
}

fn parse_args(args: impl Iterator<Item = String>) -> Result<Args, String> {
    let mut spec = None;
    let mut runs = 5;
    let mut crate_name = "bench-client".to_owned();
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--runs" => {
                let value = args.next().ok_or("`--runs` needs a number")?;
                runs = value
                    .parse()
                    .ok()
                    .filter(|&n| n > 0)
                    .ok_or(format!("`--runs` needs a positive number, got `{value}`"))?;
            }
            "--name" => crate_name = args.next().ok_or("`--name` needs a crate name")?,
            flag if flag.starts_with("--") => return Err(format!("unknown flag `{flag}`")),
            _ if spec.is_some() => return Err(format!("unexpected argument `{arg}`")),
            _ => spec = Some(arg),
        }
    }
    Ok(Args { spec: spec.ok_or("no document given")?, runs, crate_name })
}

fn measure(args: &Args) -> Result<Value, String> {
    let text = std::fs::read_to_string(&args.spec).map_err(|e| format!("cannot read the document: {e}"))?;
    let settings = generator::Settings::new(args.crate_name.clone());
    let mut runs = Vec::new();
    let mut counts = Value::Null;
    for _ in 0..args.runs {
        let (result, timings) = generator::generate_timed(&text, &settings);
        let generated = result.map_err(|diagnostics| {
            let errors = diagnostics.iter().filter(|d| d.severity == generator::Severity::Error).count();
            format!("generation failed with {errors} error(s)")
        })?;
        runs.push(json!({
            "parse": nanos(timings.parse),
            "lower": nanos(timings.lower),
            "emit": nanos(timings.emit),
            "render": nanos(timings.render),
        }));
        if counts.is_null() {
            let lines: usize =
                generated.files.iter().filter(|f| f.path.ends_with(".rs")).map(|f| f.contents.lines().count()).sum();
            counts = json!({
                "operations": generated.stats.operations,
                "types": generated.stats.types,
                "warnings": generated.diagnostics.len(),
                "lines": lines,
            });
        }
        // Drop this run's output before the next, so the peak is one run's.
        drop(generated);
    }
    Ok(json!({
        "spec": args.spec,
        "bytes": text.len(),
        "runs": runs,
        "counts": counts,
        "peak_rss_kib": benchmarks::memory::peak_rss_kib(),
    }))
}

fn nanos(duration: Duration) -> u64 {
    u64::try_from(duration.as_nanos()).unwrap_or(u64::MAX)
}
