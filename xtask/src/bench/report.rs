//! `BENCHMARKS.md`: the Markdown page that `cargo xtask bench` rewrites.

use std::fmt::Write as _;

use super::client::ClientOverhead;
use super::client_section;
use super::compile::Compile;
use super::generation::Generation;
use super::machine::Machine;
use super::nesting::{Nested, DEPTHS, SHAPES};
use super::page::Provenance;
use super::runs_text;
use crate::markdown::{cell, thousands};

/// Everything one run measured, and how.
#[derive(Debug)]
pub(crate) struct Report<'a> {
    pub(crate) machine: &'a Machine,
    /// The command as it was run, e.g. `cargo xtask bench --quick`.
    pub(crate) command: String,
    pub(crate) generation_runs: u32,
    pub(crate) generation: &'a [Generation],
    pub(crate) compile_runs: u32,
    pub(crate) compile: &'a [Compile],
    /// Why some documents were not compiled (`--quick`), if they were not.
    pub(crate) compile_note: Option<String>,
    pub(crate) client: &'a Result<ClientOverhead, String>,
    /// The client section of the page being replaced, if it had one.
    pub(crate) previous_client: Option<client_section::Previous<'a>>,
    pub(crate) chart_runs: u32,
    /// Every corpus document's generation, for the chart's table, or why
    /// there are none.
    pub(crate) corpus: Result<&'a [Generation], &'a str>,
    /// The chart's path relative to the project root.
    pub(crate) chart_path: &'a str,
    /// The nested documents' generation, measured `generation_runs` times each.
    pub(crate) nesting: &'a [Nested],
}

/// The whole page.
pub(crate) fn render(report: &Report<'_>) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Benchmarks\n");
    let _ = writeln!(
        out,
        "Written by `{}`; every run rewrites this page, so do not edit it by hand, except \
         [Compile-time levers](#compile-time-levers), which is written by hand and kept by every run. \
         Each number is the median of several runs on the machine below; compare numbers from one machine only.\n",
        report.command
    );
    machine_section(&mut out, report);
    generation_section(&mut out, report);
    compile_section(&mut out, report);
    client_section(&mut out, report);
    chart_section(&mut out, report);
    out.push_str(&nesting_section(report.nesting, report.generation_runs, &provenance(report)));
    out
}

/// Where the whole page's numbers come from, for sections that say it.
fn provenance(report: &Report<'_>) -> Provenance {
    Provenance {
        date: report.machine.date.clone(),
        commit: report.machine.commit.clone(),
        command: report.command.clone(),
    }
}

fn machine_section(out: &mut String, report: &Report<'_>) {
    let machine = report.machine;
    let _ = writeln!(out, "## Machine and versions\n");
    let _ = writeln!(out, "| | |\n| --- | --- |");
    let rows = [
        ("date", machine.date.clone()),
        ("cores", machine.cores.clone()),
        ("processor", machine.cpu.clone()),
        ("memory", machine.memory.clone()),
        ("operating system", machine.os.clone()),
        ("rustc", machine.rustc.clone()),
        ("generator crate", machine.generator_version.clone()),
        ("git commit", machine.commit.clone()),
        ("command", format!("`{}`", report.command)),
    ];
    for (name, value) in rows {
        let _ = writeln!(out, "| {name} | {} |", cell(&value));
    }
    out.push('\n');
}

fn generation_section(out: &mut String, report: &Report<'_>) {
    let _ = writeln!(out, "## Generation\n");
    let _ = writeln!(
        out,
        "`openapi_xtask::generate_timed` in a release build (`benchmarks/src/bin/generate.rs`, with mimalloc as the global allocator, as `cargo xtask` generates), one process per document; \
         median of {}, in milliseconds, per stage (`Timings`: parse, lower, emit, render) and in total \
         (the median of the runs' totals). Peak memory is the process's peak resident set (`VmHWM`), \
         which includes the document's text and the process itself.\n",
        runs_text(report.generation_runs)
    );
    let _ = writeln!(
        out,
        "| document | size | operations | types | lines | parse | lower | emit | render | total | peak memory |"
    );
    let _ = writeln!(out, "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for row in report.generation {
        let Ok(measured) = &row.outcome else { continue };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | **{}** | {} |",
            cell(&row.document),
            size(row.bytes),
            thousands(measured.operations),
            thousands(measured.types),
            thousands(measured.lines),
            milliseconds(measured.parse_ms),
            milliseconds(measured.lower_ms),
            milliseconds(measured.emit_ms),
            milliseconds(measured.render_ms),
            milliseconds(measured.total_ms),
            measured.peak_mib.map_or("n/a".to_owned(), |mib| format!("{mib:.0} MiB")),
        );
    }
    skipped(
        out,
        report
            .generation
            .iter()
            .filter_map(|row| row.outcome.as_ref().err().map(|reason| (row.document.as_str(), reason.as_str()))),
    );
}

fn compile_section(out: &mut String, report: &Report<'_>) {
    let _ = writeln!(out, "## Compiling the generated crates\n");
    let _ = writeln!(
        out,
        "Each crate is generated into one scratch workspace (`target/bench/`, dev profile), so dependencies build once. \
         Each time is `cargo build -p CRATE` compiling that crate alone, its dependencies already built \
         (after touching its `src/lib.rs`, or its first build when that compiled nothing else); `cargo check` likewise, \
         with them already checked. Incremental compilation is off, so each run compiles the whole crate. Median of {}, in seconds.\n",
        runs_text(report.compile_runs)
    );
    if let Some(note) = &report.compile_note {
        let _ = writeln!(out, "{note}\n");
    }
    let _ = writeln!(out, "| document | crate | lines | `cargo build` | `cargo check` |");
    let _ = writeln!(out, "| --- | --- | ---: | ---: | ---: |");
    for row in report.compile {
        let Ok(times) = &row.outcome else { continue };
        let _ = writeln!(
            out,
            "| {} | `{}` | {} | {:.1} s | {:.1} s |",
            cell(&row.document),
            row.crate_name,
            thousands(row.lines as u64),
            times.build_s,
            times.check_s
        );
    }
    skipped(
        out,
        report
            .compile
            .iter()
            .filter_map(|row| row.outcome.as_ref().err().map(|reason| (row.document.as_str(), reason.as_str()))),
    );
}

fn client_section(out: &mut String, report: &Report<'_>) {
    out.push_str(&client_section::render(report.client, &provenance(report), report.previous_client.as_ref()));
}

fn chart_section(out: &mut String, report: &Report<'_>) {
    let _ = writeln!(out, "## Generation time against document size\n");
    let _ = writeln!(
        out,
        "Every corpus document, generated in a release build; median of {} ({} for the documents above).\n",
        runs_text(report.chart_runs),
        runs_text(report.generation_runs)
    );
    let _ = writeln!(out, "![Generation time against document size]({})\n", report.chart_path);
    let corpus = match report.corpus {
        Ok(corpus) => corpus,
        Err(reason) => {
            let _ = writeln!(out, "Not measured: {}\n", cell(reason));
            return;
        }
    };
    let _ = writeln!(out, "| document | size | generation |");
    let _ = writeln!(out, "| --- | ---: | ---: |");
    let mut by_size: Vec<&Generation> = corpus.iter().collect();
    by_size.sort_by_key(|row| row.bytes);
    for row in by_size {
        let Ok(measured) = &row.outcome else { continue };
        let _ =
            writeln!(out, "| {} | {} | {} ms |", cell(&row.document), size(row.bytes), milliseconds(measured.total_ms));
    }
    skipped(
        out,
        corpus
            .iter()
            .filter_map(|row| row.outcome.as_ref().err().map(|reason| (row.document.as_str(), reason.as_str()))),
    );
}

/// The heading of the nesting section, which also finds it in an existing page.
pub(crate) const NESTING_HEADING: &str = "## Generation time against nesting depth";

/// The section on generation time against nesting depth, ending with a blank
/// line; written by every run and alone by `--nesting`.
pub(crate) fn nesting_section(nesting: &[Nested], runs: u32, provenance: &Provenance) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{NESTING_HEADING}\n");
    let _ = writeln!(
        out,
        "Documents of `openapi_xtask::nesting`, in which one schema nests `properties`, `oneOf`, `items`, `allOf`, `anyOf` \
         and `additionalProperties` in turn until the document is as many levels of mappings and lists deep as the \
         first column says (the readers refuse 128), generated by `bench-generate --nested` in a release build; \
         median of {}, in milliseconds. A document with a wrong leaf is refused with an error at the leaf, and its \
         time is the time to say so: fuzzing found a 10 KB document of that shape that took minutes. The size is the \
         first shape's. `generator/tests/nesting.rs` checks that the work, counted, grows linearly with the depth. {}\n",
        runs_text(runs),
        provenance.sentence()
    );
    let labels: Vec<String> = SHAPES.iter().map(|shape| cell(shape.label)).collect();
    let _ = writeln!(out, "| depth | size | {} |", labels.join(" | "));
    let _ = writeln!(out, "| ---: | ---: |{}", " ---: |".repeat(SHAPES.len()));
    for depth in DEPTHS {
        let row: Vec<&Nested> = nesting.iter().filter(|nested| nested.depth == depth).collect();
        let Some(first) = row.first() else { continue };
        let times: Vec<String> = SHAPES
            .iter()
            .map(|shape| match row.iter().find(|nested| nested.shape == shape.label).map(|nested| &nested.outcome) {
                Some(Ok(measured)) => format!("{} ms", milliseconds(measured.total_ms)),
                _ => "n/a".to_owned(),
            })
            .collect();
        let _ = writeln!(out, "| {depth} | {} | {} |", size(first.bytes), times.join(" | "));
    }
    let failed: Vec<(String, &str)> = nesting
        .iter()
        .filter_map(|nested| {
            let reason = nested.outcome.as_ref().err()?;
            Some((format!("{}, depth {}", nested.shape, nested.depth), reason.as_str()))
        })
        .collect();
    skipped(&mut out, failed.iter().map(|(document, reason)| (document.as_str(), *reason)));
    out
}

/// A list of what was not measured and why, after a table.
fn skipped<'a>(out: &mut String, rows: impl Iterator<Item = (&'a str, &'a str)>) {
    out.push('\n');
    let mut any = false;
    for (document, reason) in rows {
        if !any {
            let _ = writeln!(out, "Not measured:\n");
            any = true;
        }
        let _ = writeln!(out, "- {}: {}", cell(document), cell(reason));
    }
    if any {
        out.push('\n');
    }
}

/// Milliseconds with about three significant digits.
fn milliseconds(ms: f64) -> String {
    match ms {
        ms if !ms.is_finite() => "n/a".to_owned(),
        ms if ms < 10.0 => format!("{ms:.2}"),
        ms if ms < 100.0 => format!("{ms:.1}"),
        ms => thousands(ms.round() as u64),
    }
}

fn size(bytes: u64) -> String {
    match bytes {
        b if b < 1024 => format!("{b} B"),
        b if b < 1024 * 1024 => format!("{:.1} KiB", b as f64 / 1024.0),
        b => format!("{:.1} MiB", b as f64 / 1024.0 / 1024.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bench::client::ClientNumbers;
    use crate::bench::compile::CompileTimes;
    use crate::bench::generation::Measured;

    fn machine() -> Machine {
        Machine {
            cores: "2".to_owned(),
            cpu: "Test CPU".to_owned(),
            memory: "24.0 GiB".to_owned(),
            os: "linux 6.1".to_owned(),
            rustc: "rustc 1.95.0".to_owned(),
            generator_version: "0.1.0".to_owned(),
            commit: "abc123".to_owned(),
            date: "2026-12-01 08:00 UTC".to_owned(),
        }
    }

    fn measured_row(document: &str, bytes: u64, total_ms: f64) -> Generation {
        let measured = Measured {
            parse_ms: 1.0,
            lower_ms: 2.0,
            emit_ms: 3.0,
            render_ms: 4.0,
            total_ms,
            peak_mib: Some(12.4),
            operations: 56,
            types: 157,
            lines: 12_345,
        };
        Generation { document: document.to_owned(), bytes, outcome: Ok(measured) }
    }

    #[test]
    fn page_has_every_section_and_the_ratios() {
        let machine = machine();
        let generation = [
            measured_row("readmin.yaml", 120_000, 10.0),
            Generation { document: "stripe-spec3.yaml".to_owned(), bytes: 0, outcome: Err("not found".to_owned()) },
        ];
        let compile = [Compile {
            document: "readmin.yaml".to_owned(),
            crate_name: "readmin-client".to_owned(),
            lines: 12_345,
            outcome: Ok(CompileTimes { build_s: 4.24, check_s: 2.0 }),
        }];
        let client = Ok(ClientOverhead {
            runs: 5,
            sequential_requests: 2000,
            concurrency: 16,
            concurrent_requests: 10_000,
            body_bytes: 900,
            generated: ClientNumbers { median_us: 60.0, p99_us: 120.0, requests_per_second: 9000.0 },
            hand_written: ClientNumbers { median_us: 50.0, p99_us: 100.0, requests_per_second: 12_000.0 },
            run_ratios: Vec::new(),
        });
        let corpus = [measured_row("oai-petstore.yaml", 2772, 0.5)];
        let nesting: Vec<Nested> = DEPTHS
            .iter()
            .flat_map(|&depth| {
                SHAPES.iter().map(move |shape| Nested {
                    depth,
                    shape: shape.label,
                    bytes: 20 * depth as u64,
                    outcome: if depth == 120 && shape.label == SHAPES[3].label {
                        Err("timed out".to_owned())
                    } else {
                        measured_row("", 0, depth as f64 / 10.0).outcome
                    },
                })
            })
            .collect();
        let page = render(&Report {
            machine: &machine,
            command: "cargo xtask bench --quick".to_owned(),
            generation_runs: 5,
            generation: &generation,
            compile_runs: 3,
            compile: &compile,
            compile_note: Some("`--quick`: only ReAdmin was compiled.".to_owned()),
            client: &client,
            previous_client: None,
            chart_runs: 3,
            corpus: Ok(&corpus),
            chart_path: "benchmarks/generation-time.svg",
            nesting: &nesting,
        });
        for expected in [
            "| git commit | abc123 |",
            "| readmin.yaml | 117.2 KiB | 56 | 157 | 12,345 | 1.00 | 2.00 | 3.00 | 4.00 | **10.0** | 12 MiB |",
            "- stripe-spec3.yaml: not found",
            "| readmin.yaml | `readmin-client` | 12,345 | 4.2 s | 2.0 s |",
            "`--quick`: only ReAdmin was compiled.",
            "| **generated / hand-written** | **1.20** | **1.20** | **0.75** |",
            "![Generation time against document size](benchmarks/generation-time.svg)",
            "| oai-petstore.yaml | 2.7 KiB | 0.50 ms |",
            "| depth | size | inline leaves | null branches, `$ref` leaves | wrong leaf (refused) | null branches, wrong leaf (refused) |",
            "| 40 | 800 B | 4.00 ms | 4.00 ms | 4.00 ms | 4.00 ms |",
            "| 120 | 2.3 KiB | 12.0 ms | 12.0 ms | 12.0 ms | n/a |",
            "- null branches, wrong leaf (refused), depth 120: timed out",
        ] {
            assert!(page.contains(expected), "missing {expected:?} in:\n{page}");
        }
    }

    #[test]
    fn an_unmeasured_client_says_why() {
        let machine = machine();
        let page = render(&Report {
            machine: &machine,
            command: "cargo xtask bench".to_owned(),
            generation_runs: 5,
            generation: &[],
            compile_runs: 3,
            compile: &[],
            compile_note: None,
            client: &Err("the server | did not start".to_owned()),
            previous_client: None,
            chart_runs: 3,
            corpus: Err("the corpus could not be read"),
            chart_path: "chart.svg",
            nesting: &[],
        });
        assert!(page.contains("Not measured: the server \\| did not start"), "{page}");
        assert!(page.contains("Not measured: the corpus could not be read"), "{page}");
    }

    #[test]
    fn number_formats() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_234_567), "1,234,567");
        assert_eq!(milliseconds(1234.4), "1,234");
        assert_eq!(milliseconds(f64::NAN), "n/a");
        assert_eq!(size(930), "930 B");
        assert_eq!(size(4_164_836), "4.0 MiB");
    }
}
