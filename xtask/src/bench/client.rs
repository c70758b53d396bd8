//! Client overhead: runs the `client` bench target of `benchmarks/` (a
//! release build, through `cargo bench`) and takes the medians of its runs.

use std::path::Path;
use std::process::{Command, Stdio};

use serde_json::Value;

use super::stats::median;

/// The medians for the generated client and for the hand-written requests.
#[derive(Debug, Clone)]
pub(crate) struct ClientOverhead {
    pub(crate) runs: usize,
    pub(crate) sequential_requests: u64,
    pub(crate) concurrency: u64,
    pub(crate) concurrent_requests: u64,
    pub(crate) body_bytes: u64,
    pub(crate) generated: ClientNumbers,
    pub(crate) hand_written: ClientNumbers,
    /// Each run's ratios generated / hand-written: median latency, throughput.
    pub(crate) run_ratios: Vec<(f64, f64)>,
}

/// One client's medians over the runs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct ClientNumbers {
    pub(crate) median_us: f64,
    pub(crate) p99_us: f64,
    pub(crate) requests_per_second: f64,
}

/// Runs the client benchmark `runs` times (its progress goes to stderr).
pub(crate) fn measure(root: &Path, runs: u32) -> Result<ClientOverhead, String> {
    eprintln!("bench: client overhead (cargo bench -p benchmarks --bench client)");
    let output = Command::new(crate::scratch::cargo())
        .args(["bench", "-p", "benchmarks", "--bench", "client", "--", "--runs", &runs.to_string()])
        .current_dir(root)
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let report = stdout.lines().rev().find_map(|line| serde_json::from_str::<Value>(line).ok());
    match report {
        Some(report) if report["error"].is_string() => {
            Err(format!("the client benchmark failed: {}", report["error"].as_str().unwrap_or_default()))
        }
        Some(report) if output.status.success() => parse_report(&report),
        _ => Err(format!("the client benchmark failed ({})", output.status)),
    }
}

fn parse_report(report: &Value) -> Result<ClientOverhead, String> {
    let numbers = |name: &str| -> Result<(usize, ClientNumbers), String> {
        let runs = report[name]
            .as_array()
            .filter(|runs| !runs.is_empty())
            .ok_or(format!("no `{name}` runs in the client report"))?;
        let field = |key: &str| {
            median(&runs.iter().map(|run| run[key].as_f64().unwrap_or(f64::NAN)).collect::<Vec<_>>())
                .unwrap_or(f64::NAN)
        };
        let numbers = ClientNumbers {
            median_us: field("median_ns") / 1e3,
            p99_us: field("p99_ns") / 1e3,
            requests_per_second: field("requests_per_second"),
        };
        Ok((runs.len(), numbers))
    };
    let (runs, generated) = numbers("generated")?;
    let (_, hand_written) = numbers("hand_written")?;
    let per_run = |name: &str, key: &str| -> Vec<f64> {
        report[name]
            .as_array()
            .map_or_else(Vec::new, |runs| runs.iter().map(|run| run[key].as_f64().unwrap_or(f64::NAN)).collect())
    };
    let ratios = |key: &str| -> Vec<f64> {
        per_run("generated", key)
            .iter()
            .zip(per_run("hand_written", key))
            .map(|(generated, hand_written)| generated / hand_written)
            .collect()
    };
    let run_ratios = ratios("median_ns").into_iter().zip(ratios("requests_per_second")).collect();
    let count = |key: &str| report[key].as_u64().unwrap_or(0);
    Ok(ClientOverhead {
        runs,
        sequential_requests: count("sequential_requests"),
        concurrency: count("concurrency"),
        concurrent_requests: count("concurrent_requests"),
        body_bytes: count("body_bytes"),
        generated,
        hand_written,
        run_ratios,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_becomes_medians_per_client() {
        let run = |median: u64, rps: f64| serde_json::json!({ "median_ns": median, "p99_ns": median * 2, "requests_per_second": rps });
        let report = serde_json::json!({
            "sequential_requests": 2000, "concurrency": 16, "concurrent_requests": 10000, "body_bytes": 900,
            "generated": [run(60_000, 9000.0), run(50_000, 10000.0), run(70_000, 8000.0)],
            "hand_written": [run(40_000, 12000.0), run(40_000, 12000.0), run(45_000, 11000.0)],
        });
        let overhead = parse_report(&report).unwrap();
        assert_eq!(overhead.runs, 3);
        assert_eq!(overhead.generated, ClientNumbers { median_us: 60.0, p99_us: 120.0, requests_per_second: 9000.0 });
        assert_eq!(overhead.hand_written.median_us, 40.0);
        assert_eq!(overhead.run_ratios[0], (1.5, 0.75));
        assert!(parse_report(&serde_json::json!({ "generated": [] })).is_err());
    }
}
