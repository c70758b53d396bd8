//! Generation time against nesting depth: the documents of
//! `openapi_xtask::nesting` at 10 to 120 levels, in four shapes, each generated
//! by `bench-generate --nested` (a release build, one process per document).
//! The shapes with a wrong leaf are refused with an error, as the fuzzing
//! case that once took minutes was; their time is the time to say so.

use std::path::Path;
use std::process::Command;

use super::generation::{self, Measured};

/// The depths measured, in levels of mappings and lists.
pub(crate) const DEPTHS: [usize; 5] = [10, 20, 40, 80, 120];

/// A shape of nested document: how the table names it, and its flags.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Shape {
    pub(crate) label: &'static str,
    flags: &'static [&'static str],
}

/// The shapes measured at each depth.
pub(crate) const SHAPES: [Shape; 4] = [
    Shape { label: "inline leaves", flags: &[] },
    Shape { label: "null branches, `$ref` leaves", flags: &["--null-branches", "--ref-leaves"] },
    Shape { label: "wrong leaf (refused)", flags: &["--wrong-leaf"] },
    Shape { label: "null branches, wrong leaf (refused)", flags: &["--null-branches", "--wrong-leaf"] },
];

/// One nested document's generation.
#[derive(Debug, Clone)]
pub(crate) struct Nested {
    pub(crate) depth: usize,
    pub(crate) shape: &'static str,
    pub(crate) bytes: u64,
    pub(crate) outcome: Result<Measured, String>,
}

/// Generates every depth in every shape, `runs` times each.
pub(crate) fn measure(binary: &Path, runs: u32) -> Vec<Nested> {
    let mut measured = Vec::new();
    for depth in DEPTHS {
        for shape in SHAPES {
            let mut command = Command::new(binary);
            command.args(["--nested", &depth.to_string()]).args(shape.flags);
            let report = generation::report(command, runs);
            let bytes = report.as_ref().ok().and_then(|report| report["bytes"].as_u64()).unwrap_or(0);
            let outcome = report.and_then(|report| generation::parse_report(&report));
            if let Err(reason) = &outcome {
                eprintln!("bench: nested document ({}, depth {depth}): skipped: {reason}", shape.label);
            }
            measured.push(Nested { depth, shape: shape.label, bytes, outcome });
        }
    }
    measured
}
