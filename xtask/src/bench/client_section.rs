//! The client overhead section of `BENCHMARKS.md`: written by every run of
//! `cargo xtask bench`, and alone, in place, by `cargo xtask bench --client`.
//! It says when and at which commit it was measured, and keeps the table it
//! replaces as the previous measurement, so that a change to the generated
//! client shows its before and after.

use std::fmt::Write as _;

use super::client::ClientOverhead;
use super::page::{self, Provenance};
use super::runs_text;
use crate::markdown::{cell, thousands};

/// The section's heading, which also finds it in an existing page.
pub(crate) const HEADING: &str = "## Client overhead";

/// The whole section, ending with a blank line. `previous` is the section
/// this one replaces and where it came from, if the page had one.
pub(crate) fn render(
    client: &Result<ClientOverhead, String>,
    provenance: &Provenance,
    previous: Option<&Previous<'_>>,
) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{HEADING}\n");
    match client {
        Ok(overhead) => measured(&mut out, overhead, provenance),
        Err(reason) => {
            let _ = writeln!(out, "Not measured: {}\n", cell(reason));
        }
    }
    if let Some(table) =
        previous.and_then(|previous| previous_measurement(previous.section, previous.page_provenance.as_deref()))
    {
        let _ = writeln!(out, "{table}");
    }
    out
}

fn measured(out: &mut String, overhead: &ClientOverhead, provenance: &Provenance) {
    let _ = writeln!(
        out,
        "`readmin-client`'s `get_teams()` against the same request made by hand with plain `reqwest` (same URL and headers, \
         the body decoded into the same `TeamListResponse` with `serde_json`), both calling a local keep-alive HTTP/1.1 \
         server on 127.0.0.1 that answers a fixed {}-byte JSON body (`benchmarks/benches/client.rs`, release build). \
         Latency: {} sequential requests per run. Throughput: {} requests with {} in flight on one client thread. \
         The two clients take turns within each run (blocks of 10 sequential requests, bursts of concurrent ones), \
         so that a busy machine slows both alike. Median of {}. The ratio generated / hand-written is the number that \
         matters: it is the cost of the generated layer (builder, retries, the per-attempt timeout and the call's \
         deadline, tracing span, error mapping).\n",
        overhead.body_bytes,
        overhead.sequential_requests,
        overhead.concurrent_requests,
        overhead.concurrency,
        runs_text(overhead.runs as u32)
    );
    let _ = writeln!(out, "{}\n", provenance.sentence());
    let _ = writeln!(out, "| client | median latency | p99 latency | throughput |");
    let _ = writeln!(out, "| --- | ---: | ---: | ---: |");
    for (name, numbers) in [
        ("`readmin-client` (generated)", &overhead.generated),
        ("plain `reqwest` (hand-written)", &overhead.hand_written),
    ] {
        let _ = writeln!(
            out,
            "| {name} | {:.1} µs | {:.1} µs | {} requests/s |",
            numbers.median_us,
            numbers.p99_us,
            thousands(numbers.requests_per_second.round() as u64)
        );
    }
    let ratio = |generated: f64, hand_written: f64| format!("{:.2}", generated / hand_written);
    let _ = writeln!(
        out,
        "| **generated / hand-written** | **{}** | **{}** | **{}** |\n",
        ratio(overhead.generated.median_us, overhead.hand_written.median_us),
        ratio(overhead.generated.p99_us, overhead.hand_written.p99_us),
        ratio(overhead.generated.requests_per_second, overhead.hand_written.requests_per_second),
    );
    if !overhead.run_ratios.is_empty() {
        let each: Vec<String> =
            overhead.run_ratios.iter().map(|(latency, throughput)| format!("{latency:.3} / {throughput:.3}")).collect();
        let _ = writeln!(out, "Each run's ratios (median latency / throughput): {}.\n", each.join(", "));
    }
}

/// The client section of an existing page.
#[derive(Debug, Clone)]
pub(crate) struct Previous<'p> {
    pub(crate) section: &'p str,
    /// When and at which commit the whole page was measured, for a section
    /// that does not say (one written before sections said it).
    pub(crate) page_provenance: Option<String>,
}

/// The client section of `page` and the page's own provenance.
pub(crate) fn previous(page: &str) -> Option<Previous<'_>> {
    Some(Previous { section: find(page)?, page_provenance: page_provenance(page) })
}

/// `2026-12-01 09:58 UTC at commit a0381889e6ca`, from a page's machine table.
fn page_provenance(page: &str) -> Option<String> {
    let row = |name: &str| page.lines().find_map(|line| line.strip_prefix(&format!("| {name} | "))?.strip_suffix(" |"));
    Some(format!("{} at commit {}", row("date")?, row("git commit")?))
}

/// The measurement of an earlier section, as the previous one: its
/// provenance line (or else the page's) and its table.
fn previous_measurement(section: &str, page_provenance: Option<&str>) -> Option<String> {
    // A previous measurement of the previous one is not kept.
    let section = section.split("\nPrevious measurement").next().unwrap_or(section);
    let table: Vec<&str> =
        section.lines().skip_while(|line| !line.starts_with('|')).take_while(|line| line.starts_with('|')).collect();
    if table.is_empty() {
        return None;
    }
    let when = section
        .lines()
        .find_map(|line| line.strip_prefix("Measured "))
        .map(|rest| rest.trim_end_matches('.'))
        .or(page_provenance);
    let mut out = String::new();
    let _ = match when {
        Some(when) => writeln!(out, "Previous measurement ({when}):\n"),
        None => writeln!(out, "Previous measurement:\n"),
    };
    for line in table {
        let _ = writeln!(out, "{line}");
    }
    Some(out)
}

/// The client section of `page`, up to the next section.
pub(crate) fn find(page: &str) -> Option<&str> {
    page::find(page, HEADING)
}

/// `page` with its client section replaced by `section` (or, without one,
/// `section` at the end).
pub(crate) fn replace(page: &str, section: &str) -> String {
    page::replace(page, HEADING, section)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bench::client::ClientNumbers;

    fn overhead(generated_us: f64) -> ClientOverhead {
        ClientOverhead {
            runs: 3,
            sequential_requests: 2000,
            concurrency: 16,
            concurrent_requests: 10_000,
            body_bytes: 900,
            generated: ClientNumbers { median_us: generated_us, p99_us: 120.0, requests_per_second: 9000.0 },
            hand_written: ClientNumbers { median_us: 50.0, p99_us: 100.0, requests_per_second: 10_000.0 },
            run_ratios: vec![(1.02, 0.98), (1.01, 0.99)],
        }
    }

    fn provenance(commit: &str) -> Provenance {
        Provenance {
            date: "2026-12-02 10:00 UTC".to_owned(),
            commit: commit.to_owned(),
            command: "cargo xtask bench --client".to_owned(),
        }
    }

    #[test]
    fn a_new_section_keeps_the_one_it_replaces_as_the_previous_measurement() {
        let first = render(&Ok(overhead(60.0)), &provenance("aaa111"), None);
        assert!(
            first.contains("Measured 2026-12-02 10:00 UTC at commit aaa111 by `cargo xtask bench --client`."),
            "{first}"
        );
        assert!(first.contains("| **generated / hand-written** | **1.20** | **1.20** | **0.90** |"), "{first}");
        assert!(
            first.contains("Each run's ratios (median latency / throughput): 1.020 / 0.980, 1.010 / 0.990."),
            "{first}"
        );
        assert!(!first.contains("Previous"));

        let previous =
            |section| Previous { section, page_provenance: Some("2026-11-30 08:00 UTC at commit 000000".to_owned()) };
        let second = render(&Ok(overhead(51.0)), &provenance("bbb222"), Some(&previous(&first)));
        assert!(second.contains("| **generated / hand-written** | **1.02** |"), "{second}");
        assert!(
            second.contains(
                "Previous measurement (2026-12-02 10:00 UTC at commit aaa111 by `cargo xtask bench --client`):"
            ),
            "{second}"
        );
        assert!(second.contains("| `readmin-client` (generated) | 60.0 µs |"), "the old table: {second}");

        // Only one level of history.
        let third = render(&Ok(overhead(50.0)), &provenance("ccc333"), Some(&previous(&second)));
        assert!(third.contains("commit bbb222") && !third.contains("commit aaa111"), "{third}");
    }

    #[test]
    fn the_section_is_replaced_in_place() {
        let page =
            "# Benchmarks\n\n## Compiling\n\nx\n\n## Client overhead\n\nold\n\n| a |\n\n## Generation time\n\ny\n";
        assert_eq!(find(page), Some("## Client overhead\n\nold\n\n| a |\n\n"));
        assert_eq!(
            replace(page, "## Client overhead\n\nnew\n\n")
                .matches("## Client overhead\n\nnew\n\n## Generation")
                .count(),
            1
        );
        // A section that does not say when it was measured has the page's provenance.
        let page = format!("| date | 2026-12-01 09:58 UTC |\n| git commit | a0381889e6ca |\n{page}");
        let old = previous(&page).expect("found");
        let shown = previous_measurement(old.section, old.page_provenance.as_deref()).expect("a table");
        assert!(
            shown.contains("Previous measurement (2026-12-01 09:58 UTC at commit a0381889e6ca):")
                && shown.contains("| a |"),
            "{shown}"
        );
    }
}
