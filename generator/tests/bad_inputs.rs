//! Bad input never crashes the generator: it gets located diagnostics.
//!
//! Every file in `tests/bad_inputs/` (`.yaml`, `.json` or `.bin`, read as
//! bytes) and every document built by [`built_cases`] (too large, too deep
//! or too repetitive to commit) is read the way `cargo xtask codegen` reads
//! it, and its diagnostics, rendered as `cargo xtask codegen` prints them,
//! are compared with `tests/bad_inputs/<name>.out`.
//!
//! Each case runs on a thread with a 2 MiB stack (less than a main thread
//! has), must answer (a case that hangs fails instead of blocking the test),
//! and must end with an error unless it is listed in
//! [`SUCCEEDS_WITH_WARNINGS`]; every diagnostic must be located.
//!
//! Run with `UPDATE_SNAPSHOTS=1` to (re)write the `.out` files instead of
//! comparing them, then review the change with `git diff`.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

/// Cases whose documents are sound enough to generate (with warnings).
const SUCCEEDS_WITH_WARNINGS: &[&str] = &["duplicate_operation_ids", "deep_schema_nesting"];

/// Extensions of input files.
const INPUT_EXTENSIONS: [&str; 3] = ["yaml", "json", "bin"];

/// How long one case may take (in a debug build), far more than any needs.
const CASE_TIME_LIMIT: Duration = Duration::from_secs(10);

/// A document built in code: its name, the file name shown in diagnostics, and its bytes.
struct Built {
    name: &'static str,
    shown: &'static str,
    bytes: Vec<u8>,
}

fn built_cases() -> Vec<Built> {
    const HEADER: &str = "openapi: 3.0.3\ninfo:\n  title: t\n  version: \"1\"\n";
    let depth = 10_000;
    let mut cases = Vec::new();

    // 100 MiB: a valid document with a very long description.
    let mut huge = String::from(HEADER);
    huge.push_str("  description: \"");
    huge.extend(std::iter::repeat_n('x', 100 << 20));
    huge.push_str("\"\npaths: {}\n");
    cases.push(Built { name: "huge_document", shown: "huge_document.yaml", bytes: huge.into_bytes() });

    // 10,000 levels of nesting, in JSON, YAML flow style and YAML block style.
    let json = format!("{{\"openapi\": \"3.0.3\", \"info\": {}1{}}}", "{\"a\": ".repeat(depth), "}".repeat(depth));
    cases.push(Built { name: "deep_nesting_json", shown: "deep_nesting_json.json", bytes: json.into_bytes() });
    let flow = format!("{HEADER}paths: {}{}\n", "[".repeat(depth), "]".repeat(depth));
    cases.push(Built {
        name: "deep_nesting_yaml_flow",
        shown: "deep_nesting_yaml_flow.yaml",
        bytes: flow.into_bytes(),
    });
    let block = format!("{HEADER}x-deep:\n  {}x\npaths: {{}}\n", "- ".repeat(depth));
    cases.push(Built {
        name: "deep_nesting_yaml_block",
        shown: "deep_nesting_yaml_block.yaml",
        bytes: block.into_bytes(),
    });

    // Schemas nested as deep as the readers allow: lowered down to its depth limit.
    let items = 120;
    let schema =
        format!("{}{{\"type\": \"string\"}}{}", "{\"type\": \"array\", \"items\": ".repeat(items), "}".repeat(items));
    let nested = format!(
        "{{\"openapi\": \"3.0.3\", \"info\": {{\"title\": \"t\", \"version\": \"1\"}}, \"paths\": {{}},\n\"components\": {{\"schemas\": {{\"Deep\":\n{schema}}}}}}}"
    );
    cases.push(Built { name: "deep_schema_nesting", shown: "deep_schema_nesting.json", bytes: nested.into_bytes() });

    // A reference to a wrong schema 60 levels deep, in an extension that only
    // lowering reads as a schema: read in time linear in its size (it once took 2^60 steps).
    let wrong = format!(
        "{}{{\"type\": \"string\", \"maxLength\": \"ten\"}}{}",
        "{\"type\": \"array\", \"items\": ".repeat(60),
        "}".repeat(60)
    );
    let referenced = format!(
        "{{\"openapi\": \"3.0.3\", \"info\": {{\"title\": \"t\", \"version\": \"1\"}}, \"paths\": {{}},\n\"x-deep\": {wrong},\n\"components\": {{\"schemas\": {{\"Deep\": {{\"$ref\": \"#/x-deep\"}}}}}}}}"
    );
    cases.push(Built {
        name: "ref_to_deep_wrong_schema",
        shown: "ref_to_deep_wrong_schema.json",
        bytes: referenced.into_bytes(),
    });

    // One anchor of 100,000 values repeated by 2,000 aliases: 200 million values
    // from 600 KB, within serde_yaml's own limit on alias jumps.
    let mut repeated = String::from(HEADER);
    repeated.push_str("x-big: &big [");
    repeated.push_str(&"1,".repeat(100_000));
    repeated.push_str("1]\nx-copies: [");
    repeated.push_str(&"*big,".repeat(2_000));
    repeated.push_str("*big]\npaths: {}\n");
    cases.push(Built { name: "alias_repetition", shown: "alias_repetition.yaml", bytes: repeated.into_bytes() });

    // A chain of 10,000 references.
    let mut chain = String::from(HEADER);
    chain.push_str("paths: {}\nx-chain:\n");
    for i in 0..depth {
        let _ = writeln!(chain, "  s{i}:\n    $ref: '#/x-chain/s{}'", i + 1);
    }
    let _ = writeln!(
        chain,
        "  s{depth}:\n    type: string\ncomponents:\n  schemas:\n    Start:\n      $ref: '#/x-chain/s0'"
    );
    cases.push(Built { name: "long_ref_chain", shown: "long_ref_chain.yaml", bytes: chain.into_bytes() });

    // Binary garbage: a PNG header and pseudo-random bytes.
    let mut garbage = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    let mut state: u32 = 0x2545_f491;
    for _ in 0..256 {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        garbage.push(state.to_le_bytes()[0]);
    }
    cases.push(Built { name: "binary_garbage", shown: "binary_garbage.png", bytes: garbage });
    // Text that is not UTF-8 halfway through.
    let mut latin1 = format!("{HEADER}  description: \"caf").into_bytes();
    latin1.extend_from_slice(b"\xe9\"\npaths: {}\n");
    cases.push(Built { name: "not_utf8", shown: "not_utf8.yaml", bytes: latin1 });
    cases
}

#[test]
fn bad_inputs() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("bad_inputs");
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some_and(|v| !v.is_empty() && v != "0");
    let mut cases: Vec<Built> = built_cases();
    let files = input_files(&dir);
    for path in &files {
        let bytes = fs::read(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let name: &'static str = Box::leak(file_stem(path).into_boxed_str());
        let shown: &'static str = Box::leak(file_name(path).into_boxed_str());
        cases.push(Built { name, shown, bytes });
    }
    let mut names: Vec<&str> = cases.iter().map(|c| c.name).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), cases.len(), "two cases share a name");

    let mut failures = Vec::new();
    let mut expected_outs: Vec<PathBuf> = Vec::new();
    for case in cases {
        let name = case.name;
        let out_path = dir.join(format!("{name}.out"));
        expected_outs.push(out_path.clone());
        let (sender, receiver) = mpsc::channel();
        std::thread::Builder::new()
            .name(name.to_owned())
            .stack_size(2 << 20)
            .spawn(move || {
                let outcome = std::panic::catch_unwind(|| run_case(&case));
                let _ = sender.send(outcome);
            })
            .expect("spawn a case thread");
        // A hang fails the case instead of blocking the test (its thread is left behind).
        let (actual, problems) = match receiver.recv_timeout(CASE_TIME_LIMIT) {
            Ok(Ok(result)) => result,
            Ok(Err(_)) => {
                failures.push(format!("case `{name}`: the generator panicked"));
                continue;
            }
            Err(_) => {
                failures.push(format!("case `{name}`: no answer within {CASE_TIME_LIMIT:?}"));
                continue;
            }
        };
        failures.extend(problems.into_iter().map(|p| format!("case `{name}`: {p}")));
        if update {
            if fs::read_to_string(&out_path).ok().as_deref().map(normalize_newlines) != Some(actual.clone()) {
                fs::write(&out_path, &actual).unwrap_or_else(|e| panic!("cannot write {}: {e}", out_path.display()));
                eprintln!("updated {}", out_path.display());
            }
            continue;
        }
        match fs::read_to_string(&out_path) {
            Ok(expected) if normalize_newlines(&expected) == actual => {}
            Ok(expected) => failures.push(format!(
                "case `{name}`: output differs from {}\n--- expected\n{}\n--- actual\n{actual}",
                out_path.display(),
                normalize_newlines(&expected)
            )),
            Err(_) => {
                failures.push(format!("case `{name}`: missing snapshot {}\n--- actual\n{actual}", out_path.display()))
            }
        }
    }
    for entry in fs::read_dir(&dir).expect("bad_inputs directory") {
        let path = entry.expect("directory entry").path();
        if path.extension().is_some_and(|e| e == "out") && !expected_outs.contains(&path) {
            if update {
                fs::remove_file(&path).unwrap_or_else(|e| panic!("cannot remove {}: {e}", path.display()));
            } else {
                failures.push(format!("stale snapshot {} has no case", path.display()));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} bad-input problems:\n\n{}\n\nIf the new output is right, run `UPDATE_SNAPSHOTS=1 cargo test -p openapi-xtask --test bad_inputs` and review the diff.",
        failures.len(),
        failures.join("\n\n")
    );
}

/// Runs one case as `cargo xtask codegen` would: the rendered diagnostics,
/// followed by the outcome, and what is wrong with them.
fn run_case(case: &Built) -> (String, Vec<String>) {
    let mut problems = Vec::new();
    let mut out = String::new();
    let text = match openapi_xtask::parse::decode(&case.bytes) {
        Ok(text) => text,
        Err(diagnostic) => {
            out.push_str(&openapi_xtask::diagnostics::render(
                &diagnostic,
                case.shown,
                &String::from_utf8_lossy(&case.bytes),
            ));
            out.push_str("=> failed: not text\n");
            return (out, problems);
        }
    };
    let (diagnostics, outcome) = match openapi_xtask::generate(text, &openapi_xtask::Settings::new("bad-input-client"))
    {
        Ok(generated) => {
            if !SUCCEEDS_WITH_WARNINGS.contains(&case.name) {
                problems.push("generation succeeded, an error was expected".to_owned());
            }
            let outcome =
                format!("=> generated {} operations and {} types\n", generated.stats.operations, generated.stats.types);
            (generated.diagnostics, outcome)
        }
        Err(diagnostics) => {
            if SUCCEEDS_WITH_WARNINGS.contains(&case.name) {
                problems.push("generation failed, it was expected to succeed".to_owned());
            }
            let errors = diagnostics.iter().filter(|d| d.severity == openapi_xtask::Severity::Error).count();
            if errors == 0 {
                problems.push("generation failed without an error".to_owned());
            }
            (diagnostics, format!("=> failed with {errors} error(s)\n"))
        }
    };
    for diagnostic in &diagnostics {
        if diagnostic.location.is_none() {
            problems.push(format!("diagnostic without a location: {diagnostic}"));
        }
        out.push_str(&openapi_xtask::diagnostics::render(diagnostic, case.shown, text));
        out.push('\n');
    }
    out.push_str(&outcome);
    (out, problems)
}

/// The input files in `dir`, sorted.
fn input_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.extension().and_then(|e| e.to_str()).is_some_and(|e| INPUT_EXTENSIONS.contains(&e)))
        .collect();
    files.sort();
    files
}

fn file_stem(path: &Path) -> String {
    path.file_stem().and_then(|s| s.to_str()).expect("UTF-8 file name").to_owned()
}

fn file_name(path: &Path) -> String {
    path.file_name().and_then(|s| s.to_str()).expect("UTF-8 file name").to_owned()
}

fn normalize_newlines(text: &str) -> String {
    text.replace("\r\n", "\n")
}

/// Both operations with the same operationId are generated, under distinct names.
#[test]
fn duplicate_operation_ids_both_generate() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("bad_inputs");
    let text = fs::read_to_string(dir.join("duplicate_operation_ids.yaml")).expect("case file");
    let generated = openapi_xtask::generate(&text, &openapi_xtask::Settings::new("dup")).expect("generates");
    assert_eq!(generated.stats.operations, 2);
    let client: String = generated.files.iter().map(|f| f.contents.as_str()).collect();
    assert!(client.contains("fn get_thing(") && client.contains("fn get_thing_2("), "both operations are methods");
    let warning = &generated.diagnostics[0];
    assert_eq!(warning.pointer, "#/paths/~1things~1{id}/get/operationId");
    assert_eq!(warning.location, Some((14, 7)));
}

/// A chain of `allOf` references, each part adding a property:
/// `S0: {allOf: [{$ref: S1}, {properties: {p0}}]}`, ..., 10,000 long.
fn all_of_chain(length: usize) -> String {
    let mut text = String::from("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n");
    for i in 0..length {
        let _ = writeln!(
            text,
            "    S{i}:\n      allOf:\n        - $ref: '#/components/schemas/S{}'\n        - {{type: object, properties: {{p{i}: {{type: string}}}}}}",
            i + 1
        );
    }
    let _ = writeln!(text, "    S{length}: {{type: object, properties: {{last: {{type: string}}}}}}");
    text
}

/// Regression: lowering followed `allOf` references recursively, one level
/// per link, so a long chain overflowed the stack. It now stops merging past
/// a bounded depth, with a warning.
#[test]
fn long_all_of_chain_does_not_overflow() {
    let text = all_of_chain(10_000);
    let outcome = std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || openapi_xtask::generate(&text, &openapi_xtask::Settings::new("chain")).map(|g| g.stats.types))
        .expect("spawn")
        .join();
    assert!(outcome.is_ok(), "the generator panicked");
}

/// Regression (found by `cargo xtask fuzz --seed 7`, case 58155): schemas
/// that alias each other through one-element `allOf`/`oneOf`/`anyOf` lowered
/// to `type A = B; type B = A;` and made the emitter loop forever. They are
/// now reported and typed as `serde_json::Value`.
#[test]
fn alias_only_cycle_is_reported_and_typed_as_json() {
    let text = "\
openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /things:
    get:
      operationId: getThings
      parameters:
        - {name: filter, in: query, schema: {$ref: '#/components/schemas/A'}}
      responses:
        '204': {description: ok}
components:
  schemas:
    A:
      allOf: [{$ref: '#/components/schemas/B'}]
    B:
      oneOf: [{$ref: '#/components/schemas/A'}]
";
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let warnings = openapi_xtask::generate(text, &openapi_xtask::Settings::new("cycle"))
            .map(|g| g.diagnostics.iter().map(|d| d.message.clone()).collect::<Vec<_>>());
        let _ = sender.send(warnings);
    });
    match receiver.recv_timeout(Duration::from_secs(20)) {
        Ok(Ok(warnings)) => assert!(
            warnings.iter().any(|w| w.contains("defined only in terms of itself")),
            "an alias-only cycle must be reported: {warnings:?}"
        ),
        Ok(Err(errors)) => panic!("an alias-only cycle is a warning with a fallback, not an error: {errors:?}"),
        Err(_) => panic!("the generator hangs on an alias-only cycle"),
    }
}
