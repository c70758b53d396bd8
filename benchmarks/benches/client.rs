//! Client overhead: a generated `readmin-client` call (`get_teams`) against
//! the same request made by hand with plain `reqwest`, both decoding the
//! same JSON into `readmin_client::types::TeamListResponse`.
//!
//! Both call a keep-alive HTTP/1.1 server on 127.0.0.1 (`benchmarks::server`)
//! that answers every request with one fixed body. Each run measures, for
//! each client: sequential latency (median and 99th percentile of one
//! request at a time) and throughput (requests per second with several
//! requests in flight). The two clients take turns within each phase (a
//! block of 10 sequential requests each, or a burst of 100 concurrent ones, with the
//! first turn alternating), so that a busy machine slows both alike and
//! their ratio stays meaningful.
//! Request counts and each phase's time are bounded.
//!
//! Run by `cargo xtask bench` (as `cargo bench -p benchmarks --bench client
//! -- --runs N`), which reads the JSON printed on stdout; progress goes to
//! stderr. `cargo test` does not run it; clippy `--all-targets` compiles it.

use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use benchmarks::latency::Summary;
use benchmarks::server::Server;
use readmin_client::types::TeamListResponse;
use serde_json::{json, Value};

/// Requests each client makes before each run's measurements.
const WARMUP_REQUESTS: usize = 200;
/// Requests timed one at a time, per client and run.
const SEQUENTIAL_REQUESTS: usize = 2_000;
/// The sequential phase alternates blocks of this many requests of each
/// client: under a millisecond, so that both see the same machine, yet most
/// requests follow one of the same client, as in a program calling it in a
/// loop (the first tokio timer after a stretch without one, such as the
/// other client's requests, costs an extra wake-up of the runtime).
const SEQUENTIAL_BLOCK: usize = 10;
/// Requests in flight at once in the throughput phase.
const CONCURRENCY: usize = 16;
/// Requests of the throughput phase, per client and run.
const CONCURRENT_REQUESTS: usize = 10_000;
/// The throughput phase alternates this many bursts of each client (of 100
/// requests each: a few milliseconds, so that both see the same machine).
const BURSTS: usize = 100;
/// No phase runs longer than this, whatever the request counts.
const PHASE_TIME_LIMIT: Duration = Duration::from_secs(20);
/// The credential the operation sends (the server ignores it).
const LOADER_ID: &str = "bench-loader-id";

fn main() -> ExitCode {
    let runs = match parse_runs(std::env::args().skip(1)) {
        Ok(runs) => runs,
        Err(error) => {
            eprintln!("error: {error}\nusage: cargo bench -p benchmarks --bench client -- [--runs N]");
            return ExitCode::from(2);
        }
    };
    match run(runs) {
        Ok(report) => {
            println!("{report}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            println!("{}", json!({ "error": error }));
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

/// `--runs N` (default 5); cargo's own `--bench` is accepted and ignored.
fn parse_runs(mut args: impl Iterator<Item = String>) -> Result<u32, String> {
    let mut runs = 5;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--bench" => {}
            "--runs" => {
                let value = args.next().ok_or("`--runs` needs a number")?;
                runs = value
                    .parse()
                    .ok()
                    .filter(|&n| n > 0)
                    .ok_or(format!("`--runs` needs a positive number, got `{value}`"))?;
            }
            other => return Err(format!("unexpected argument `{other}`")),
        }
    }
    Ok(runs)
}

/// One of the two clients under comparison.
#[derive(Debug)]
enum Caller {
    Generated(readmin_client::Client),
    HandWritten { client: reqwest::Client, url: String },
}

impl Caller {
    /// Makes the call once; returns how many teams the body held.
    async fn call(&self) -> Result<usize, String> {
        let body = match self {
            Caller::Generated(client) => {
                client.get_teams().await.map_err(|e| format!("readmin-client: {e}"))?.into_parts().2
            }
            Caller::HandWritten { client, url } => {
                let response = client
                    .get(url)
                    .header(reqwest::header::ACCEPT, "application/json")
                    .header(reqwest::header::USER_AGENT, readmin_client::USER_AGENT)
                    .header("loader-id", LOADER_ID)
                    .send()
                    .await
                    .map_err(|e| format!("reqwest: {e}"))?;
                if !response.status().is_success() {
                    return Err(format!("reqwest: status {}", response.status()));
                }
                let bytes = response.bytes().await.map_err(|e| format!("reqwest: {e}"))?;
                serde_json::from_slice::<TeamListResponse>(&bytes).map_err(|e| format!("reqwest: decoding: {e}"))?
            }
        };
        Ok(body.teams.map_or(0, |teams| teams.len()))
    }

    fn name(&self) -> &'static str {
        match self {
            Caller::Generated(_) => "generated",
            Caller::HandWritten { .. } => "hand_written",
        }
    }
}

fn run(runs: u32) -> Result<Value, String> {
    let server = Server::start(&response_body()).map_err(|e| format!("cannot start the server: {e}"))?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the client runtime: {e}"))?;
    runtime.block_on(async {
        let generated = readmin_client::Client::builder()
            .base_url(server.url())
            .loader_id(LOADER_ID)
            .build()
            .map_err(|e| format!("cannot build readmin-client: {e}"))?;
        // The same TLS set-up as readmin-client's (rustls with ring), which
        // its `build` installed already; a plain reqwest needs it too.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let hand_written = reqwest::Client::builder().build().map_err(|e| format!("cannot build reqwest: {e}"))?;
        let callers = [
            Arc::new(Caller::Generated(generated)),
            Arc::new(Caller::HandWritten { client: hand_written, url: format!("{}/teams", server.url()) }),
        ];
        let mut results = [Vec::new(), Vec::new()];
        for run in 0..runs {
            let measured = measure(&callers).await?;
            for (index, measured) in measured.into_iter().enumerate() {
                eprintln!(
                    "bench client: run {}/{runs} {:<12} median {:>6.1} us, p99 {:>6.1} us, {:>7.0} requests/s",
                    run + 1,
                    callers[index].name(),
                    measured.latency.median.as_secs_f64() * 1e6,
                    measured.latency.p99.as_secs_f64() * 1e6,
                    measured.requests_per_second,
                );
                results[index].push(measured);
            }
        }
        let [generated, hand_written] = results.map(|runs| runs.iter().map(Measured::to_json).collect::<Vec<_>>());
        Ok(json!({
            "operation": "get_teams",
            "body_bytes": response_body().len(),
            "sequential_requests": SEQUENTIAL_REQUESTS,
            "concurrency": CONCURRENCY,
            "concurrent_requests": CONCURRENT_REQUESTS,
            "generated": generated,
            "hand_written": hand_written,
        }))
    })
}

/// One client's numbers from one run.
#[derive(Debug)]
struct Measured {
    latency: Summary,
    requests_per_second: f64,
}

impl Measured {
    fn to_json(&self) -> Value {
        json!({
            "median_ns": self.latency.median.as_nanos() as u64,
            "p99_ns": self.latency.p99.as_nanos() as u64,
            "requests_per_second": self.requests_per_second,
        })
    }
}

/// Measures both clients in one run, interleaved so that whatever else the
/// machine is doing slows both alike: the sequential phase alternates blocks
/// of requests of each client (which goes first alternates too), and the
/// throughput phase short bursts of each.
async fn measure(callers: &[Arc<Caller>; 2]) -> Result<[Measured; 2], String> {
    for caller in callers {
        for _ in 0..WARMUP_REQUESTS {
            caller.call().await?;
        }
    }
    let mut samples = [Vec::with_capacity(SEQUENTIAL_REQUESTS), Vec::with_capacity(SEQUENTIAL_REQUESTS)];
    let phase = Instant::now();
    for block in 0.. {
        if samples[1].len() >= SEQUENTIAL_REQUESTS || phase.elapsed() >= PHASE_TIME_LIMIT {
            break;
        }
        let order = if block % 2 == 0 { [0, 1] } else { [1, 0] };
        for index in order {
            for _ in 0..SEQUENTIAL_BLOCK {
                let started = Instant::now();
                let teams = callers[index].call().await?;
                samples[index].push(started.elapsed());
                std::hint::black_box(teams);
            }
        }
    }
    let mut busy = [Duration::ZERO; 2];
    let mut completed = [0usize; 2];
    let phase = Instant::now();
    for burst in 0..BURSTS {
        let order = if burst % 2 == 0 { [0, 1] } else { [1, 0] };
        for index in order {
            let started = Instant::now();
            completed[index] += throughput_burst(&callers[index], phase).await?;
            busy[index] += started.elapsed();
        }
    }
    let [generated, hand_written] = samples.map(|mut samples| Summary::of(&mut samples));
    let rate = |index: usize| completed[index] as f64 / busy[index].as_secs_f64();
    Ok([
        Measured { latency: generated.ok_or("no request was timed")?, requests_per_second: rate(0) },
        Measured { latency: hand_written.ok_or("no request was timed")?, requests_per_second: rate(1) },
    ])
}

/// One burst of the throughput phase: `CONCURRENT_REQUESTS / BURSTS`
/// requests with [`CONCURRENCY`] in flight; returns how many completed.
async fn throughput_burst(caller: &Arc<Caller>, phase: Instant) -> Result<usize, String> {
    let remaining = Arc::new(AtomicUsize::new(CONCURRENT_REQUESTS / BURSTS));
    let mut workers = tokio::task::JoinSet::new();
    for _ in 0..CONCURRENCY {
        let caller = Arc::clone(caller);
        let remaining = Arc::clone(&remaining);
        workers.spawn(async move {
            let mut done = 0usize;
            while take_one(&remaining) && phase.elapsed() < PHASE_TIME_LIMIT {
                std::hint::black_box(caller.call().await?);
                done += 1;
            }
            Ok::<usize, String>(done)
        });
    }
    let mut completed = 0;
    while let Some(joined) = workers.join_next().await {
        completed += joined.map_err(|e| format!("a request task failed: {e}"))??;
    }
    Ok(completed)
}

/// Takes one request from the shared budget; false when it is spent.
fn take_one(remaining: &AtomicUsize) -> bool {
    remaining.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |left| left.checked_sub(1)).is_ok()
}

/// The fixed answer: a `TeamListResponse` of a realistic size (8 teams).
fn response_body() -> Vec<u8> {
    let teams: Vec<Value> = (1..=8)
        .map(|n| {
            json!({
                "_id": format!("team-{n}"),
                "groupId": "123456",
                "name": format!("Team {n}"),
                "description": "Moderators of the main game servers",
                "parentTeamId": null,
                "roles": [{ "id": format!("role-{n}"), "name": "Lead", "isLead": true, "robloxRoleId": 42, "created": "2026-01-05T10:00:00Z" }],
                "syncedDepartments": ["support", "moderation"],
                "autoSyncEnabled": true,
                "created": "2026-01-05T10:00:00Z",
                "createdBy": "1",
                "updatedAt": "2026-02-01T08:30:00Z",
            })
        })
        .collect();
    serde_json::to_vec(&json!({ "success": true, "teams": teams })).unwrap_or_default()
}
