//! `cargo xtask bench`: how fast we generate, compile and call.
//!
//! Measures, each several times with the median reported:
//! generation per stage and peak memory for ReAdmin and the four largest
//! corpus documents (`generation.rs`, a release build of `benchmarks/`, one
//! process per document); every corpus document's generation time for the
//! chart (`chart.rs`); documents nested 10 to 120 levels deep
//! (`nesting.rs`); the compile time of the generated crates
//! (`compile.rs`, in the scratch workspace `target/bench/`); the
//! generated client's overhead over hand-written `reqwest` (`client.rs`);
//! what exact float parsing and `keep_undeclared_members` cost
//! (`fidelity.rs`); what compiling one tag of GitHub's crate saves
//! (`per_tag.rs`); and nexus's crate against progenitor's, with what ours
//! monomorphises (`progenitor.rs`, `llvm_lines.rs`).
//! Then rewrites `BENCHMARKS.md` (`report.rs`) and the chart's SVG;
//! `--client`, `--nesting`, `--fidelity`, `--per-tag` and `--progenitor`
//! rewrite only their section (`page.rs`).

mod chart;
mod client;
mod client_section;
mod compile;
mod fidelity;
mod generation;
mod llvm_lines;
mod machine;
mod nesting;
mod page;
mod per_tag;
mod progenitor;
mod report;
mod stats;
mod tools;

use std::path::Path;

use crate::corpus;
use crate::flags;
use crate::scratch;
use generation::{Document, Generation};

/// The large corpus documents measured in detail beside ReAdmin.
const LARGE_DOCUMENTS: &[&str] =
    &["progenitor-api.github.com.json", "stripe-spec3.yaml", "openai-openapi.yaml", "discord-openapi.json"];
const DEFAULT_GENERATION_RUNS: u32 = 5;
const DEFAULT_COMPILE_RUNS: u32 = 3;
/// Runs per document for the chart, where not measured in detail already.
const CHART_RUNS: u32 = 3;
const REPORT_PATH: &str = "BENCHMARKS.md";
const CHART_PATH: &str = "benchmarks/generation-time.svg";
/// The one section of the report written by hand (what each compile-time
/// lever changed, measured one by one): a run keeps it as it is.
const LEVERS_HEADING: &str = "## Compile-time levers";

/// Runs every benchmark and rewrites the report (with `--client`, only the
/// client overhead and its section).
pub(crate) fn run(args: &flags::Bench) -> Result<(), String> {
    let root = crate::project_root();
    let machine = machine::describe(&root);
    if args.client {
        return run_client(&root, &machine, args);
    }
    if args.nesting {
        return run_nesting(&root, &machine, args);
    }
    // Each of these measures one section and rewrites it in place.
    type Section = fn(&Path, &machine::Machine, &flags::Bench, &str) -> String;
    let alone: [(bool, &str, Section); 3] = [
        (args.per_tag, per_tag::HEADING, with_per_tag),
        (args.progenitor, progenitor::HEADING, with_progenitor),
        (args.fidelity, fidelity::HEADING, with_fidelity),
    ];
    if let Some((_, heading, section)) = alone.into_iter().find(|(chosen, _, _)| *chosen) {
        let page = std::fs::read_to_string(root.join(REPORT_PATH)).unwrap_or_default();
        write(&root, REPORT_PATH, &section(&root, &machine, args, &page))?;
        println!("bench: wrote the section `{heading}` of {REPORT_PATH}");
        return Ok(());
    }
    let generation_runs = args.runs.unwrap_or(DEFAULT_GENERATION_RUNS);
    let compile_runs = args.compile_runs.or(args.runs).unwrap_or(DEFAULT_COMPILE_RUNS);
    let chart_runs = args.runs.map_or(CHART_RUNS, |runs| runs.min(CHART_RUNS));

    let (readmin_spec, readmin_settings) = crate::codegen::readmin_input()?;
    let corpus_dir = corpus::corpus_dir(&root);
    let readmin = Document {
        label: "readmin.yaml (ReAdmin)".to_owned(),
        path: readmin_spec,
        crate_name: readmin_settings.crate_name.clone(),
    };
    let mut detailed = vec![(readmin, readmin_settings)];
    for name in LARGE_DOCUMENTS {
        let path = corpus_dir.join(name);
        let crate_name = scratch::crate_name(&path);
        let settings = openapi_xtask::Settings::new(crate_name.clone());
        detailed.push((Document { label: (*name).to_owned(), path, crate_name }, settings));
    }
    if !args.only.is_empty() {
        detailed.retain(|(document, _)| args.only.iter().any(|only| selects(only, document)));
        if detailed.is_empty() {
            return Err(format!("`--only` matches none of readmin, {}", LARGE_DOCUMENTS.join(", ")));
        }
    }

    let binary = generation::build(&root)?;
    let generation: Vec<Generation> = detailed
        .iter()
        .map(|(document, _)| {
            eprintln!("bench: generating {} ({})", document.label, runs_text(generation_runs));
            generation::measure(&binary, document, generation_runs)
        })
        .collect();
    let corpus = measure_corpus(&binary, &corpus_dir, &detailed, &generation, chart_runs);
    eprintln!("bench: generating nested documents ({} each)", runs_text(generation_runs));
    let nesting = nesting::measure(&binary, generation_runs);

    let (to_compile, compile_note) = if args.quick {
        let note = "`--quick`: only the ReAdmin crate was compiled, not the large documents' crates.".to_owned();
        (detailed.iter().filter(|(document, _)| document.crate_name == "readmin-client").cloned().collect(), Some(note))
    } else {
        (detailed.clone(), None)
    };
    let compile = compile::measure(&root, &to_compile, compile_runs)?;
    let client = client::measure(&root, generation_runs);
    if let Err(reason) = &client {
        eprintln!("bench: client overhead not measured: {reason}");
    }

    let points: Vec<chart::Point> = corpus
        .as_deref()
        .unwrap_or_default()
        .iter()
        .filter_map(|row| {
            row.outcome.as_ref().ok().map(|m| chart::Point {
                label: row.document.clone(),
                bytes: row.bytes,
                milliseconds: m.total_ms,
            })
        })
        .collect();
    let svg = chart::render(
        &points,
        &format!("Generation time against document size ({} corpus documents, release build)", points.len()),
    );
    write(&root, CHART_PATH, &svg)?;
    let existing = std::fs::read_to_string(root.join(REPORT_PATH)).unwrap_or_default();
    let page = report::render(&report::Report {
        machine: &machine,
        command: command_line(args),
        generation_runs,
        generation: &generation,
        compile_runs,
        compile: &compile,
        compile_note,
        client: &client,
        previous_client: client_section::previous(&existing),
        chart_runs,
        corpus: corpus.as_deref().map_err(String::as_str),
        chart_path: CHART_PATH,
        nesting: &nesting,
    });
    let page = with_fidelity(&root, &machine, args, &page);
    let page = if args.quick { page } else { with_per_tag(&root, &machine, args, &page) };
    let page = if args.quick { page } else { with_progenitor(&root, &machine, args, &page) };
    let page = match page::find(&existing, LEVERS_HEADING) {
        Some(levers) => page::replace(&page, LEVERS_HEADING, levers),
        None => page,
    };
    write(&root, REPORT_PATH, &page)?;
    println!("bench: wrote {REPORT_PATH} and {CHART_PATH}");
    Ok(())
}

/// `--client`: measures the client overhead only and replaces the client
/// section of the report in place, keeping the rest of the page.
fn run_client(root: &Path, machine: &machine::Machine, args: &flags::Bench) -> Result<(), String> {
    let client = client::measure(root, args.runs.unwrap_or(DEFAULT_GENERATION_RUNS));
    if let Err(reason) = &client {
        return Err(format!("client overhead not measured: {reason}"));
    }
    let page = std::fs::read_to_string(root.join(REPORT_PATH)).unwrap_or_default();
    let section = client_section::render(&client, &provenance(machine, args), client_section::previous(&page).as_ref());
    write(root, REPORT_PATH, &client_section::replace(&page, &section))?;
    println!("bench: wrote the client section of {REPORT_PATH}");
    Ok(())
}

/// `--nesting`: measures generation against nesting depth only and replaces
/// its section of the report in place, keeping the rest of the page.
fn run_nesting(root: &Path, machine: &machine::Machine, args: &flags::Bench) -> Result<(), String> {
    let runs = args.runs.unwrap_or(DEFAULT_GENERATION_RUNS);
    let binary = generation::build(root)?;
    eprintln!("bench: generating nested documents ({} each)", runs_text(runs));
    let nesting = nesting::measure(&binary, runs);
    let section = report::nesting_section(&nesting, runs, &provenance(machine, args));
    let page = std::fs::read_to_string(root.join(REPORT_PATH)).unwrap_or_default();
    write(root, REPORT_PATH, &page::replace(&page, report::NESTING_HEADING, &section))?;
    println!("bench: wrote the nesting section of {REPORT_PATH}");
    Ok(())
}

/// Where a section written alone says its numbers come from.
fn provenance(machine: &machine::Machine, args: &flags::Bench) -> page::Provenance {
    page::Provenance { date: machine.date.clone(), commit: machine.commit.clone(), command: command_line(args) }
}

/// `page` with the cost of faithful data measured and its section replaced.
fn with_fidelity(root: &Path, machine: &machine::Machine, args: &flags::Bench, page: &str) -> String {
    let runs = args.runs.unwrap_or(DEFAULT_GENERATION_RUNS);
    let compile_runs = args.compile_runs.or(args.runs).unwrap_or(1);
    let measured = fidelity::measure(root, runs, compile_runs);
    let when = format!("{} at commit {} (`{}`)", machine.date, machine.commit, command_line(args));
    page::replace(page, fidelity::HEADING, &fidelity::render(&measured, &when))
}

/// `page` with GitHub's crate compiled per tag and its section replaced.
fn with_per_tag(root: &Path, machine: &machine::Machine, args: &flags::Bench, page: &str) -> String {
    let compile_runs = args.compile_runs.or(args.runs).unwrap_or(1);
    let measured = per_tag::measure(root, compile_runs);
    let when = format!("{} at commit {} (`{}`)", machine.date, machine.commit, command_line(args));
    page::replace(page, per_tag::HEADING, &per_tag::render(&measured, &when))
}

/// `page` with nexus's crate compiled beside progenitor's and its section replaced.
fn with_progenitor(root: &Path, machine: &machine::Machine, args: &flags::Bench, page: &str) -> String {
    let compile_runs = args.compile_runs.or(args.runs).unwrap_or(1);
    let measured = progenitor::measure(root, compile_runs);
    let when = format!("{} at commit {} (`{}`)", machine.date, machine.commit, command_line(args));
    page::replace(page, progenitor::HEADING, &progenitor::render(&measured, &when))
}

/// Whether an `--only` value names this document (file name, crate name, or
/// `readmin` for ReAdmin).
fn selects(only: &str, document: &Document) -> bool {
    let file_name = scratch::file_name(&document.path);
    only == file_name || only == document.crate_name || (only == "readmin" && document.crate_name == "readmin-client")
}

/// Every corpus document's generation, reusing the detailed measurements of
/// the documents that have them.
fn measure_corpus(
    binary: &Path,
    corpus_dir: &Path,
    detailed: &[(Document, openapi_xtask::Settings)],
    measured: &[Generation],
    runs: u32,
) -> Result<Vec<Generation>, String> {
    let documents = match scratch::list_documents(corpus_dir) {
        Ok(documents) => documents,
        Err(reason) => {
            eprintln!("bench: no chart: {reason}");
            return Err("the corpus could not be read (`../shared/corpus`, or `CORPUS_DIR`)".to_owned());
        }
    };
    eprintln!("bench: generating all {} corpus documents for the chart ({} each)", documents.len(), runs_text(runs));
    let generations = documents
        .iter()
        .map(|path| {
            let done = detailed.iter().position(|(document, _)| document.path == *path);
            match done.and_then(|index| measured.get(index)) {
                Some(generation) => generation.clone(),
                None => {
                    let document = Document {
                        label: scratch::file_name(path),
                        path: path.clone(),
                        crate_name: scratch::crate_name(path),
                    };
                    generation::measure(binary, &document, runs)
                }
            }
        })
        .collect::<Vec<_>>();
    Ok(generations)
}

/// `1 run`, `5 runs`.
pub(crate) fn runs_text(runs: u32) -> String {
    if runs == 1 {
        "1 run".to_owned()
    } else {
        format!("{runs} runs")
    }
}

/// The command as typed, for the report.
fn command_line(args: &flags::Bench) -> String {
    let mut command = "cargo xtask bench".to_owned();
    if let Some(runs) = args.runs {
        command.push_str(&format!(" --runs {runs}"));
    }
    if let Some(runs) = args.compile_runs {
        command.push_str(&format!(" --compile-runs {runs}"));
    }
    if args.quick {
        command.push_str(" --quick");
    }
    if args.client {
        command.push_str(" --client");
    }
    if args.nesting {
        command.push_str(" --nesting");
    }
    if args.fidelity {
        command.push_str(" --fidelity");
    }
    if args.per_tag {
        command.push_str(" --per-tag");
    }
    if args.progenitor {
        command.push_str(" --progenitor");
    }
    for only in &args.only {
        command.push_str(&format!(" --only {only}"));
    }
    command
}

fn write(root: &Path, relative: &str, contents: &str) -> Result<(), String> {
    std::fs::write(root.join(relative), contents).map_err(|e| format!("cannot write {relative}: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_selects_by_file_name_crate_name_or_readmin() {
        let document = |path: &str, crate_name: &str| Document {
            label: String::new(),
            path: path.into(),
            crate_name: crate_name.to_owned(),
        };
        let stripe = document("corpus/stripe-spec3.yaml", "stripe-spec3");
        let readmin = document("spec/readmin.yaml", "readmin-client");
        assert!(selects("stripe-spec3.yaml", &stripe) && selects("stripe-spec3", &stripe));
        assert!(!selects("stripe", &stripe) && !selects("readmin", &stripe));
        assert!(
            selects("readmin", &readmin) && selects("readmin-client", &readmin) && selects("readmin.yaml", &readmin)
        );
    }

    #[test]
    fn the_report_names_the_command_as_typed() {
        let args =
            flags::Bench { runs: Some(2), quick: true, only: vec!["readmin".to_owned()], ..flags::Bench::default() };
        assert_eq!(command_line(&args), "cargo xtask bench --runs 2 --quick --only readmin");
        assert_eq!(command_line(&flags::Bench::default()), "cargo xtask bench");
        assert_eq!((runs_text(1), runs_text(3)), ("1 run".to_owned(), "3 runs".to_owned()));
    }
}
