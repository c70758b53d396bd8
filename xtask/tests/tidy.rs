//! House rules for the hand-written sources, checked on every `cargo xtask
//! test` so that they stay kept: every Rust file opens with a `//!` comment
//! saying what it is for; no file grows past [`MAX_LINES`]; the generator's
//! own code never calls `.unwrap()` (on input it would be a panic; where an
//! invariant makes a failure impossible, `.expect("why")` says which); no
//! module of the generator or the xtask uses one that uses it, through any
//! chain (a module may use its ancestors' items and its descendants).
//!
//! Generated crates' sources and the generator's snapshot cases are not
//! hand-written and are left out.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The longest a hand-written source file may be.
const MAX_LINES: usize = 800;

/// Files longer than [`MAX_LINES`] today, with their length: they may shrink,
/// never grow, until they are split by subject. None today.
const OVER_THE_LIMIT: &[(&str, usize)] = &[];

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
fn the_generator_never_emits_compile_error() {
    // Emitted code that does not parse is an internal error, never a
    // `compile_error!` left for the user's compiler to find.
    let found: Vec<String> = hand_written()
        .into_iter()
        .filter(|(path, text)| path.starts_with("generator/") && text.contains(concat!("compile", "_error!")))
        .map(|(path, _)| path)
        .collect();
    assert!(found.is_empty(), "the generator writes `compile_error!` in:\n{}", found.join("\n"));
}

#[test]
fn identifiers_are_made_only_by_naming() {
    // `naming::Ident` is the only way to an identifier token: building one
    // from text anywhere else (which panics on an invalid one) is refused.
    let makers = [
        concat!("syn::Ident", "::new"),
        concat!("proc_macro2::Ident", "::new"),
        concat!("Ident", "::new_raw"),
        concat!("format_ident!(\"{", "}\""),
    ];
    let found: Vec<String> = hand_written()
        .into_iter()
        .filter(|(path, text)| {
            path.starts_with("generator/src/")
                && path != "generator/src/naming.rs"
                && makers.iter().any(|maker| text.contains(maker))
        })
        .map(|(path, _)| path)
        .collect();
    assert!(found.is_empty(), "identifier tokens made from text outside naming.rs in:\n{}", found.join("\n"));
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

/// Crates whose modules must not depend on each other in a cycle.
const LAYERED: &[&str] = &["generator/src/", "xtask/src/"];

#[test]
fn no_module_depends_on_itself_through_others() {
    let files = hand_written();
    for root in LAYERED {
        let modules: Vec<(String, &str)> = files
            .iter()
            .filter_map(|(path, text)| Some((module_of(path.strip_prefix(root)?)?, text.as_str())))
            .collect();
        let names: Vec<&str> = modules.iter().map(|(name, _)| name.as_str()).collect();
        let uses: Vec<Vec<usize>> = modules.iter().map(|(name, text)| modules_used(name, text, &names)).collect();
        for start in 0..names.len() {
            if let Some(cycle) = path_back(start, start, &uses, &mut vec![false; names.len()]) {
                let chain: Vec<&str> = std::iter::once(start).chain(cycle).map(|i| names[i]).collect();
                panic!("{root}: modules depend on each other in a cycle: {}", chain.join(" -> "));
            }
        }
    }
}

/// `lower/headers.rs` -> `lower/headers`, `lower/mod.rs` -> `lower`, `lib.rs` -> ``.
fn module_of(relative: &str) -> Option<String> {
    let stem = relative.strip_suffix(".rs")?;
    let stem = stem.strip_suffix("/mod").unwrap_or(stem);
    Some(if matches!(stem, "lib" | "main") { String::new() } else { stem.to_owned() })
}

/// The modules (indices into `names`) whose items the code of `module` uses
/// by a `crate::` or `super::` path, leaving out its ancestors (whose items
/// every descendant may use) and comments and tests.
fn modules_used(module: &str, text: &str, names: &[&str]) -> Vec<usize> {
    let code = text.split("#[cfg(test)]").next().unwrap_or_default();
    let parent = module.rsplit_once('/').map_or("", |(parent, _)| parent);
    let mut used = Vec::new();
    for line in code.lines().filter(|line| !line.trim_start().starts_with("//")) {
        for (prefix, base) in [("crate::", ""), ("super::", parent)] {
            for (at, _) in line.match_indices(prefix) {
                let path: Vec<&str> = line[at + prefix.len()..]
                    .split("::")
                    .map(|segment| segment.split(|c: char| !c.is_ascii_lowercase() && c != '_').next().unwrap_or(""))
                    .take_while(|segment| !segment.is_empty())
                    .take(2)
                    .collect();
                // The longest module the path names: `crate::lower::schema::X` is `lower/schema`.
                let candidates = (1..=path.len()).rev().map(|n| {
                    let tail = path[..n].join("/");
                    if base.is_empty() {
                        tail
                    } else {
                        format!("{base}/{tail}")
                    }
                });
                let target = candidates.filter_map(|name| names.iter().position(|known| *known == name)).next();
                let is_ancestor = |target: &str| target.is_empty() || module.starts_with(&format!("{target}/"));
                if let Some(target) = target.filter(|&t| names[t] != module && !is_ancestor(names[t])) {
                    if !used.contains(&target) {
                        used.push(target);
                    }
                }
            }
        }
    }
    used
}

/// A chain of uses from `from` back to `target`, if there is one.
fn path_back(from: usize, target: usize, uses: &[Vec<usize>], seen: &mut [bool]) -> Option<Vec<usize>> {
    for &next in &uses[from] {
        if next == target {
            return Some(vec![next]);
        }
        if !seen[next] {
            seen[next] = true;
            if let Some(mut rest) = path_back(next, target, uses, seen) {
                rest.insert(0, next);
                return Some(rest);
            }
        }
    }
    None
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
