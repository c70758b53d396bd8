//! `bench-generate SPEC [--runs N] [--name CRATE]`: generates the crate for
//! one OpenAPI document N times (default 5) and prints one JSON object on
//! stdout with each run's stage times in nanoseconds, the counts of the
//! result, and this process's peak memory.
//!
//! `bench-generate --nested DEPTH [--null-branches] [--ref-leaves]
//! [--wrong-leaf]` does the same for a document of `openapi_xtask::nesting`,
//! DEPTH levels deep. One with a wrong leaf is refused with an error
//! (`"generated": false`); the time it takes to say so is what is measured.
//!
//! `cargo xtask bench` runs it from a release build, one process per
//! document, so the peak memory is that document's (plus the process's own
//! small baseline and the document's text). A document that cannot be read
//! or generated is a JSON object with an `error` and exit status 1.

/// As in `cargo xtask`, which this times.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::process::ExitCode;
use std::time::Duration;

use openapi_xtask::nesting::Nesting;
use serde_json::{json, Value};

const USAGE: &str = "bench-generate SPEC [--runs N] [--name CRATE]
       bench-generate --nested DEPTH [--null-branches] [--ref-leaves] [--wrong-leaf] [--runs N]";

fn main() -> ExitCode {
    let (report, status) = match parse_args(std::env::args().skip(1)) {
        Ok(args) => match measure(&args) {
            Ok(report) => (report, ExitCode::SUCCESS),
            Err(error) => (json!({ "spec": args.spec(), "error": error }), ExitCode::FAILURE),
        },
        Err(error) => {
            eprintln!("error: {error}\nusage: {USAGE}");
            return ExitCode::from(2);
        }
    };
    println!("{report}");
    status
}

/// The command line.
#[derive(Debug)]
struct Args {
    document: Source,
    runs: u32,
    crate_name: String,
}

/// Where the document comes from.
#[derive(Debug)]
enum Source {
    /// A file.
    Spec(String),
    /// A document of `openapi_xtask::nesting`.
    Nested(Nesting),
}

impl Args {
    /// The document, as the report names it.
    fn spec(&self) -> String {
        match &self.document {
            Source::Spec(path) => path.clone(),
            Source::Nested(nesting) => format!("{nesting:?}"),
        }
    }
}

fn parse_args(args: impl Iterator<Item = String>) -> Result<Args, String> {
    let mut spec = None;
    let mut nested: Option<Nesting> = None;
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
            "--nested" => {
                let value = args.next().ok_or("`--nested` needs a depth")?;
                let depth = value.parse().map_err(|_| format!("`--nested` needs a depth, got `{value}`"))?;
                nested = Some(Nesting { depth, null_branches: false, ref_leaves: false, wrong_leaf: false });
            }
            "--null-branches" | "--ref-leaves" | "--wrong-leaf" => {
                let nesting = nested.as_mut().ok_or(format!("`{arg}` goes after `--nested DEPTH`"))?;
                match arg.as_str() {
                    "--null-branches" => nesting.null_branches = true,
                    "--ref-leaves" => nesting.ref_leaves = true,
                    _ => nesting.wrong_leaf = true,
                }
            }
            flag if flag.starts_with("--") => return Err(format!("unknown flag `{flag}`")),
            _ if spec.is_some() => return Err(format!("unexpected argument `{arg}`")),
            _ => spec = Some(arg),
        }
    }
    let document = match (spec, nested) {
        (Some(spec), None) => Source::Spec(spec),
        (None, Some(nesting)) => Source::Nested(nesting),
        (Some(_), Some(_)) => return Err("give a document or `--nested`, not both".to_owned()),
        (None, None) => return Err("no document given".to_owned()),
    };
    Ok(Args { document, runs, crate_name })
}

fn measure(args: &Args) -> Result<Value, String> {
    let text = match &args.document {
        Source::Spec(path) => std::fs::read_to_string(path).map_err(|e| format!("cannot read the document: {e}"))?,
        Source::Nested(nesting) => openapi_xtask::nesting::document(*nesting),
    };
    // A nested document with a wrong leaf is meant to be refused.
    let refusal_expected = matches!(args.document, Source::Nested(Nesting { wrong_leaf: true, .. }));
    let settings = openapi_xtask::Settings::new(args.crate_name.clone());
    let mut runs = Vec::new();
    let mut counts = Value::Null;
    let mut generated_any = false;
    for _ in 0..args.runs {
        let (result, timings) = openapi_xtask::generate_timed(&text, &settings);
        let generated = match result {
            Ok(generated) => Some(generated),
            Err(_) if refusal_expected => None,
            Err(diagnostics) => {
                let errors = diagnostics.iter().filter(|d| d.severity == openapi_xtask::Severity::Error).count();
                return Err(format!("generation failed with {errors} error(s)"));
            }
        };
        runs.push(json!({
            "parse": nanos(timings.parse),
            "lower": nanos(timings.lower),
            "emit": nanos(timings.emit),
            "render": nanos(timings.render),
        }));
        let Some(generated) = generated else { continue };
        generated_any = true;
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
        "spec": args.spec(),
        "bytes": text.len(),
        "generated": generated_any,
        "runs": runs,
        "counts": counts,
        "peak_rss_kib": benchmarks::memory::peak_rss_kib(),
    }))
}

fn nanos(duration: Duration) -> u64 {
    u64::try_from(duration.as_nanos()).unwrap_or(u64::MAX)
}
