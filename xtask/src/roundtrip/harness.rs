//! The harness: crates of the corpus scratch workspace that round-trip
//! instances through the generated types, exactly as a client does with a
//! body: `serde_json::from_slice::<T>` to decode, `serde_json::to_vec` to
//! encode.
//!
//! Per generated crate, a library written from the generator's
//! `schema_types` holds a `match` from schema pointer to the type; one
//! binary depends on them all. They depend on `serde_json` with no features
//! of their own, so the generated crates parse numbers exactly only if they
//! ask for it themselves (Cargo unifies features). The harness compares
//! nothing: it writes what came back, and `compare.rs` judges.
//!
//! Protocol: the input file has one line per instance, `crate \t pointer \t
//! JSON`; the harness answers each with one line, `ok \t JSON` (what
//! encoding gave), `rejected \t message`, `unencodable \t message`,
//! `panicked \t message` or `unknown \t` (a pointer it has no type for),
//! messages as JSON strings. A crash (a stack overflow) ends the output
//! early: the instance after the last answer crashed it, and the run goes
//! on after it.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

/// One generated crate and the Rust type of each of its component schemas.
#[derive(Debug)]
pub(crate) struct Target<'a> {
    pub(crate) crate_name: &'a str,
    pub(crate) schema_types: &'a [(String, String)],
}

/// What one round trip gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Returned {
    /// The encoded value.
    Encoded(String),
    /// The decode error.
    Rejected(String),
    /// Decoding worked, encoding failed.
    Unencodable(String),
    /// Decoding or encoding panicked.
    Panicked(String),
    /// The harness process died on this instance (a stack overflow, say).
    Crashed(String),
}

/// Writes the harness into the scratch workspace: per generated crate a
/// library, `{crate}-trips`, with its round trips (so that they compile in
/// parallel, and only again when their crate changed), and the binary `name`.
pub(crate) fn write(scratch: &Path, name: &str, targets: &[Target<'_>]) -> Result<(), String> {
    for target in targets {
        write_crate(scratch, &trips_name(target), &trips_manifest(target), "lib.rs", &trips_source(target))?;
    }
    write_crate(scratch, name, &binary_manifest(name, targets), "main.rs", &binary_source(targets))
}

fn trips_name(target: &Target<'_>) -> String {
    format!("{}-trips", target.crate_name)
}

fn write_crate(scratch: &Path, name: &str, manifest: &str, file: &str, source: &str) -> Result<(), String> {
    let dir = scratch.join("crates").join(name);
    fs::create_dir_all(dir.join("src")).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    write_if_changed(&dir.join("Cargo.toml"), manifest)?;
    write_if_changed(&dir.join("src").join(file), source)
}

/// Writes a file unless it already has these contents (so cargo does not rebuild).
fn write_if_changed(path: &Path, contents: &str) -> Result<(), String> {
    if fs::read_to_string(path).is_ok_and(|current| current == contents) {
        return Ok(());
    }
    fs::write(path, contents).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn package(name: &str) -> String {
    format!("# Written by `cargo xtask roundtrip`; see xtask/src/roundtrip/harness.rs.\n[package]\nname = \"{name}\"\nversion = \"0.1.0\"\nedition = \"2021\"\npublish = false\n\n[dependencies]\n")
}

fn trips_manifest(target: &Target<'_>) -> String {
    let mut out = package(&trips_name(target));
    // No features: the generated crate's own choices decide how numbers are read.
    let _ = writeln!(out, "serde_json = \"1\"");
    let named = |prefix: &str| target.schema_types.iter().any(|(_, ty)| ty.contains(prefix));
    if named("bytes::") {
        let _ = writeln!(out, "bytes = \"1\"");
    }
    if named("chrono::") {
        let _ = writeln!(out, "chrono = {{ version = \"0.4\", default-features = false }}");
    }
    if named("uuid::") {
        let _ = writeln!(out, "uuid = \"1\"");
    }
    let _ = writeln!(out, "{} = {{ path = \"../{}\" }}", target.crate_name, target.crate_name);
    out
}

/// A library with one function: decode `body` as the type of the schema at
/// `pointer` and encode it again; `None` for a pointer it does not know,
/// `Err((true, message))` when decoding failed, `Err((false, ..))` encoding.
fn trips_source(target: &Target<'_>) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "//! Round trips through the types of `{}`, written by `cargo xtask roundtrip`.\n", target.crate_name);
    let _ = writeln!(out, "#[allow(unused_imports)]\nuse ::{}::types::*;", target.crate_name.replace('-', "_"));
    let _ = writeln!(out, "#[allow(unused_imports)]\nuse std::collections::BTreeMap;\n");
    let _ = writeln!(out, "{TRIP}");
    let _ = writeln!(out, "pub fn round_trip(pointer: &str, body: &[u8]) -> Option<Result<Vec<u8>, (bool, String)>> {{");
    let _ = writeln!(out, "    Some(match pointer {{");
    for (pointer, ty) in target.schema_types {
        let _ = writeln!(out, "        {pointer:?} => trip!({ty}, body),");
    }
    let _ = writeln!(out, "        _ => return None,\n    }})\n}}");
    out
}

/// Decoding as the client decodes a body, encoding as it sends one.
const TRIP: &str = r#"macro_rules! trip {
    ($ty:ty, $body:expr) => {
        match serde_json::from_slice::<$ty>($body) {
            Ok(value) => serde_json::to_vec(&value).map_err(|error| (false, error.to_string())),
            Err(error) => Err((true, error.to_string())),
        }
    };
}"#;

fn binary_manifest(name: &str, targets: &[Target<'_>]) -> String {
    let mut out = package(name);
    let _ = writeln!(out, "serde_json = \"1\"");
    for target in targets {
        let trips = trips_name(target);
        let _ = writeln!(out, "{trips} = {{ path = \"../{trips}\" }}");
    }
    out
}

/// The harness's `main.rs`.
fn binary_source(targets: &[Target<'_>]) -> String {
    let mut out = String::from(MAIN);
    let _ = writeln!(out, "fn round_trip(krate: &str, pointer: &str, body: &[u8]) -> Option<Result<Vec<u8>, (bool, String)>> {{");
    let _ = writeln!(out, "    match krate {{");
    for target in targets {
        let _ = writeln!(out, "        {:?} => {}::round_trip(pointer, body),", target.crate_name, trips_name(target).replace('-', "_"));
    }
    let _ = writeln!(out, "        _ => None,\n    }}\n}}");
    out
}

const MAIN: &str = r#"//! Round trips for `cargo xtask roundtrip`, written by it (see
//! xtask/src/roundtrip/harness.rs): each input line `crate \t pointer \t
//! JSON` is decoded as the client decodes a body and encoded again as the
//! client sends one; each answer is one output line.

use std::io::Write as _;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [path, skip] = args.as_slice() else {
        eprintln!("usage: harness INPUT SKIP");
        std::process::exit(2);
    };
    let input = std::fs::read_to_string(path).unwrap_or_else(|e| {
        eprintln!("cannot read {path}: {e}");
        std::process::exit(2);
    });
    let skip: usize = skip.parse().unwrap_or(0);
    std::panic::set_hook(Box::new(|_| {}));
    let mut out = std::io::stdout().lock();
    for line in input.lines().skip(skip) {
        let mut fields = line.splitn(3, '\t');
        let (krate, pointer, body) = (fields.next().unwrap_or(""), fields.next().unwrap_or(""), fields.next().unwrap_or(""));
        let answer = match std::panic::catch_unwind(|| round_trip(krate, pointer, body.as_bytes())) {
            Ok(Some(Ok(bytes))) => format!("ok\t{}", String::from_utf8_lossy(&bytes)),
            Ok(Some(Err((true, message)))) => format!("rejected\t{}", quoted(&message)),
            Ok(Some(Err((false, message)))) => format!("unencodable\t{}", quoted(&message)),
            Ok(None) => "unknown\t".to_owned(),
            Err(panic) => {
                let message = panic.downcast_ref::<&str>().map(|s| (*s).to_owned()).or_else(|| panic.downcast_ref::<String>().cloned());
                format!("panicked\t{}", quoted(&message.unwrap_or_default()))
            }
        };
        // One flush per answer: a crash must leave every earlier answer behind.
        if writeln!(out, "{answer}").and_then(|()| out.flush()).is_err() {
            std::process::exit(1);
        }
    }
}

fn quoted(message: &str) -> String {
    serde_json::Value::from(message).to_string()
}

"#;

/// Builds the harness crate `name`; returns its binary.
pub(crate) fn build(scratch: &Path, name: &str) -> Result<PathBuf, String> {
    // Incremental caches would only grow (generated crates change as a
    // whole), and debug info is a third of the build of serde's code.
    let output = crate::corpus::scratch_cargo(scratch)
        .env("CARGO_INCREMENTAL", "0")
        .env("CARGO_PROFILE_DEV_DEBUG", "0")
        .args(["build", "--quiet", "--message-format", "short", "-p", name])
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let errors: Vec<&str> = stderr.lines().filter(|line| line.contains("error")).take(40).collect();
        let shown = if errors.is_empty() { stderr.trim().to_owned() } else { errors.join("\n") };
        return Err(format!("the round-trip harness (`crates/{name}` in {}) does not build:\n{shown}", scratch.display()));
    }
    Ok(scratch.join("target/debug").join(format!("{name}{}", std::env::consts::EXE_SUFFIX)))
}

/// Runs every input line through the harness binary; one answer per line.
pub(crate) fn run(binary: &Path, input: &Path, lines: usize) -> Result<Vec<Returned>, String> {
    let mut answers = Vec::with_capacity(lines);
    while answers.len() < lines {
        let output = std::process::Command::new(binary)
            .arg(input)
            .arg(answers.len().to_string())
            .output()
            .map_err(|e| format!("cannot run the harness {}: {e}", binary.display()))?;
        let stdout = String::from_utf8_lossy(&output.stdout);
        let before = answers.len();
        for line in stdout.lines() {
            answers.push(parse_answer(line)?);
        }
        if answers.len() < lines {
            if output.status.success() {
                return Err(format!("the harness answered {} of {lines} instances and exited", answers.len()));
            }
            let stderr = String::from_utf8_lossy(&output.stderr);
            let reason = stderr.lines().rev().find(|line| !line.trim().is_empty()).unwrap_or("no message").trim().to_owned();
            answers.push(Returned::Crashed(format!("{reason} ({})", output.status)));
        } else if answers.len() == before {
            return Err("the harness answered nothing".to_owned());
        }
    }
    Ok(answers)
}

fn parse_answer(line: &str) -> Result<Returned, String> {
    let (kind, rest) = line.split_once('\t').unwrap_or((line, ""));
    let message = || serde_json::from_str::<String>(rest).unwrap_or_else(|_| rest.to_owned());
    Ok(match kind {
        "ok" => Returned::Encoded(rest.to_owned()),
        "rejected" => Returned::Rejected(message()),
        "unencodable" => Returned::Unencodable(message()),
        "panicked" => Returned::Panicked(message()),
        "unknown" => return Err("the harness has no type for a schema it was given (a stale harness?)".to_owned()),
        _ => return Err(format!("the harness wrote an unexpected line: {line}")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_harness_decodes_each_schema_as_its_type_and_asks_for_no_serde_json_feature() {
        let types = vec![("#/components/schemas/Pet".to_owned(), "Pet".to_owned()), ("#/components/schemas/When".to_owned(), "chrono::DateTime<chrono::Utc>".to_owned())];
        let targets = [Target { crate_name: "roundtrip-pets", schema_types: &types }];
        for manifest in [trips_manifest(&targets[0]), binary_manifest("harness", &targets)] {
            assert!(manifest.contains("serde_json = \"1\"\n"), "{manifest}");
            assert!(!manifest.contains("features = ["), "{manifest}");
        }
        let manifest = trips_manifest(&targets[0]);
        assert!(manifest.contains("chrono = ") && !manifest.contains("uuid"), "{manifest}");
        assert!(manifest.contains("roundtrip-pets = { path = \"../roundtrip-pets\" }"), "{manifest}");
        let main = binary_source(&targets);
        assert!(main.contains("\"roundtrip-pets\" => roundtrip_pets_trips::round_trip(pointer, body),"), "{main}");
        let trips = trips_source(&targets[0]);
        assert!(trips.contains("use ::roundtrip_pets::types::*;"), "{trips}");
        assert!(trips.contains("\"#/components/schemas/When\" => trip!(chrono::DateTime<chrono::Utc>, body),"), "{trips}");
    }

    #[test]
    fn answers_are_read_back() {
        assert_eq!(parse_answer("ok\t{\"a\":1}"), Ok(Returned::Encoded("{\"a\":1}".to_owned())));
        assert_eq!(parse_answer("rejected\t\"missing field `a`\""), Ok(Returned::Rejected("missing field `a`".to_owned())));
        assert!(parse_answer("unknown\t").is_err());
    }
}
