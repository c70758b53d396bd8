//! Where a generated crate's `cargo build` time goes beyond `cargo check`:
//! the LLVM IR it hands to code generation, per function and counting
//! every monomorphised copy, as `cargo llvm-lines` reports it (installed by
//! `tools.rs`). Run in a target directory of its own, since it builds with
//! flags of its own.

use std::fmt::Write as _;
use std::path::Path;

use super::tools;
use crate::scratch;

const VERSION: &str = "0.4.48";
/// Functions listed, largest first.
const SHOWN: usize = 12;

/// The crate's IR lines in all and its largest functions.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct LlvmLines {
    pub(crate) total: Row,
    pub(crate) largest: Vec<Row>,
}

/// One function (or the total): IR lines and monomorphised copies.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Row {
    pub(crate) lines: u64,
    pub(crate) copies: u64,
    pub(crate) function: String,
}

/// Runs `cargo llvm-lines` on the library of `crate_name` in the scratch workspace.
pub(crate) fn measure(root: &Path, scratch: &Path, crate_name: &str) -> Result<LlvmLines, String> {
    let binary = tools::install(root, "cargo-llvm-lines", VERSION)?;
    eprintln!("bench: counting the LLVM IR of {crate_name} (cargo llvm-lines)");
    let output = std::process::Command::new(&binary)
        .args(["llvm-lines", "--lib", "-p", crate_name])
        .current_dir(scratch)
        .env("CARGO_TARGET_DIR", scratch.join("target-llvm-lines"))
        .env("CARGO", scratch::cargo())
        .output()
        .map_err(|e| format!("cannot run {}: {e}", binary.display()))?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        return Err(format!("cargo llvm-lines failed ({}): {}", output.status, stderr.lines().last().unwrap_or("")));
    }
    parse(&String::from_utf8_lossy(&output.stdout), crate_name)
}

/// Reads the report: a `(TOTAL)` row, then one row per function, largest
/// first (`  23198 (4.7%,  4.7%)     85 (0.6%,  0.6%)  name`). The crate's
/// own paths are shortened to `crate::`.
fn parse(report: &str, crate_name: &str) -> Result<LlvmLines, String> {
    let own = format!("{}::", crate_name.replace('-', "_"));
    let mut rows = report.lines().filter_map(|line| {
        let mut numbers = line.split_whitespace().filter(|word| word.chars().all(|c| c.is_ascii_digit()));
        let lines = numbers.next()?.parse().ok()?;
        let copies = numbers.next()?.parse().ok()?;
        // The name follows the last column's two spaces.
        let function = line.rsplit_once("  ")?.1.trim().replace(&own, "crate::");
        Some(Row { lines, copies, function })
    });
    let total = rows.next().filter(|row| row.function == "(TOTAL)").ok_or("cargo llvm-lines printed no total")?;
    Ok(LlvmLines { total, largest: rows.take(SHOWN).collect() })
}

/// The table, ending with a blank line.
pub(crate) fn render(measured: &Result<LlvmLines, String>, crate_name: &str) -> String {
    let mut out = String::new();
    let measured = match measured {
        Ok(measured) => measured,
        Err(reason) => {
            let _ = writeln!(out, "LLVM IR of `{crate_name}` not counted: {}\n", crate::markdown::cell(reason));
            return out;
        }
    };
    let _ = writeln!(
        out,
        "What `{crate_name}` hands to code generation (`cargo llvm-lines` {VERSION}, LLVM IR lines before optimisation, \
         every monomorphised copy counted): {} lines in {} copies of functions; the {SHOWN} largest:\n",
        crate::markdown::thousands(measured.total.lines),
        crate::markdown::thousands(measured.total.copies),
    );
    let _ = writeln!(out, "| function | lines | share | copies |");
    let _ = writeln!(out, "| --- | ---: | ---: | ---: |");
    for row in &measured.largest {
        let share = 100.0 * row.lines as f64 / measured.total.lines.max(1) as f64;
        let _ = writeln!(
            out,
            "| `{}` | {} | {share:.1} % | {} |",
            crate::markdown::cell(&row.function),
            crate::markdown::thousands(row.lines),
            row.copies
        );
    }
    let _ = writeln!(out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const REPORT: &str = "  Lines                 Copies               Function name
  -----                 ------               -------------
  491602                15215                (TOTAL)
   23198 (4.7%,  4.7%)     85 (0.6%,  0.6%)  <&mut serde_json::de::Deserializer<R> as serde_core::de::Deserializer>::deserialize_map
   19188 (3.9%,  8.6%)    156 (1.0%,  1.6%)  nexus_openapi_xtask::runtime::response::RawResponse::json_undocumented
";

    #[test]
    fn reads_the_total_and_the_rows_with_the_crate_shortened() {
        let parsed = parse(REPORT, "nexus-openapi-xtask").expect("parses");
        assert_eq!(parsed.total, Row { lines: 491_602, copies: 15_215, function: "(TOTAL)".to_owned() });
        assert_eq!(parsed.largest.len(), 2);
        assert_eq!(parsed.largest[1].function, "crate::runtime::response::RawResponse::json_undocumented");
        assert_eq!((parsed.largest[1].lines, parsed.largest[1].copies), (19_188, 156));
        assert!(parse("nothing here", "x").is_err());
    }

    #[test]
    fn the_table_gives_each_function_its_share() {
        let table = render(&parse(REPORT, "nexus-openapi-xtask"), "nexus-openapi-xtask");
        assert!(table.contains("491,602 lines in 15,215 copies"), "{table}");
        assert!(
            table.contains("| `crate::runtime::response::RawResponse::json_undocumented` | 19,188 | 3.9 % | 156 |"),
            "{table}"
        );
    }
}
