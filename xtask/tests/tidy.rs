//! House rules for the hand-written sources, checked on every `cargo xtask
//! test` so that they stay kept: every Rust file opens with a `//!` comment
//! saying what it is for; no file grows past [`MAX_LINES`]; the generator's
//! own code never calls `.unwrap()` (on input it would be a panic; where an
//! invariant makes a failure impossible, `.expect("why")` says which).
//!
//! Generated crates' sources and the generator's snapshot cases are not
//! hand-written and are left out.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The longest a hand-written source file may be.
const MAX_LINES: usize = 800;

/// Files longer than [`MAX_LINES`] today, with their length: they may shrink,
/// never grow, until they are split by subject.
const OVER_THE_LIMIT: &[(&str, usize)] = &[
    ("generated-client/tests/activity.rs", 822),
    ("generated-client/tests/sessions.rs", 823),
    ("generator/src/changes.rs", 1118),
    ("generator/src/emit/operations.rs", 1152),
    ("generator/src/lower/operation.rs", 870),
    ("generator/src/lower/schema.rs", 1104),
];

/// Directories whose Rust files are generated, not written by hand.
const GENERATED: &[&str] =
    &["generated-client/src/", "fixture-client/src/", "reference-client/src/", "generator/tests/cases/"];

#[test]
fn every_source_file_says_what_it_is_for() {
    let missing: Vec<String> = hand_written()
        .into_iter()
        .filter(|(_, text)| !text.trim_start().starts_with("//!"))
        .map(|(path, _)| path)
        .collect();
    assert!(missing.is_empty(), "these files do not open with a `//!` comment:\n{}", missing.join("\n"));
}

#[test]
fn no_source_file_grows_past_the_limit() {
    let mut problems = Vec::new();
    for (path, text) in hand_written() {
        let lines = text.lines().count();
        let allowed = OVER_THE_LIMIT.iter().find(|(known, _)| *known == path).map_or(MAX_LINES, |(_, lines)| *lines);
        if lines > allowed {
            problems.push(format!("{path}: {lines} lines (at most {allowed}); split it by subject"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_generator_never_unwraps() {
    let mut problems = Vec::new();
    for (path, text) in hand_written() {
        // Test code may unwrap: `#[cfg(test)]` modules at the end of a file,
        // and the test-only helper modules.
        if !path.starts_with("generator/src/") || path.ends_with("/testing.rs") {
            continue;
        }
        for (number, line) in text.lines().enumerate().take_while(|(_, line)| !line.starts_with("#[cfg(test)]")) {
            if line.contains(".unwrap()") && !line.trim_start().starts_with("//") {
                problems.push(format!("{path}:{}: {}", number + 1, line.trim()));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "`.unwrap()` in the generator (return a diagnostic, or `.expect(\"why\")` for an invariant):\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_list_of_long_files_is_current() {
    let files = hand_written();
    for (known, _) in OVER_THE_LIMIT {
        let text = files.iter().find(|(path, _)| path == known).map(|(_, text)| text);
        let lines = text.map(|text| text.lines().count());
        assert!(
            lines.is_some_and(|lines| lines > MAX_LINES),
            "{known} is no longer over {MAX_LINES} lines (or is gone): take it off OVER_THE_LIMIT"
        );
    }
}

/// Every hand-written Rust file the repository tracks, by its path from the
/// workspace root, with its text.
fn hand_written() -> Vec<(String, String)> {
    let root = root();
    let output = Command::new("git")
        .args(["ls-files", "-z", "--", "*.rs"])
        .current_dir(&root)
        .output()
        .expect("git runs (the tidy checks read the tracked files)");
    assert!(output.status.success(), "git ls-files failed: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout)
        .expect("paths are UTF-8")
        .split('\0')
        .filter(|path| !path.is_empty() && !GENERATED.iter().any(|dir| path.starts_with(dir)))
        // A file deleted in the work tree but not yet in the index is gone.
        .filter_map(|path| std::fs::read_to_string(root.join(path)).ok().map(|text| (path.to_owned(), text)))
        .collect()
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask sits in the workspace root").to_path_buf()
}
