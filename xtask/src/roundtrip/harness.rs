//! The harness: one binary crate that round-trips instances through the
//! generated types, exactly as a client does with a body:
//! `serde_json::from_slice::<T>` to decode, `serde_json::to_vec` to encode.
//!
//! Every generated crate of a check becomes one module of the harness, made
//! of the crate's own `types.rs`, `values.rs` and `runtime/param.rs` (all
//! that its types need; the HTTP runtime and the operations are left out, so
//! the harness builds in one crate without the HTTP stack). The files are
//! copied as generated, with one change: their `crate::` paths, which name
//! the generated crate's root, name the module instead (`super::`). The
//! harness takes the generated crates' own dependency lines for the crates
//! types use (`serde_json` among them), so numbers are parsed exactly only
//! if the generated crate asks for it. The harness compares nothing: it
//! writes what came back, and `compare.rs` judges.
//!
//! Protocol: the input file has one line per instance, `crate \t pointer \t
//! JSON`; the harness answers each with one line, `ok \t JSON` (what
//! encoding gave), `rejected \t message`, `unencodable \t message`,
//! `panicked \t message` or `unknown \t` (a pointer it has no type for),
//! messages as JSON strings. A crash (a stack overflow) ends the output
//! early: the instance after the last answer crashed it, and the run goes
//! on after it.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

/// The generated files a harness module is made of: (path in the generated
/// crate, file name in the module).
const MODULE_FILES: [(&str, &str); 3] =
    [("src/types.rs", "types.rs"), ("src/values.rs", "values.rs"), ("src/runtime/param.rs", "param.rs")];
/// The dependencies of the generated crates that their types use.
const TYPE_DEPENDENCIES: [&str; 6] = ["bytes", "chrono", "erased-serde", "serde", "serde_json", "uuid"];

/// One generated crate: its files and the Rust type of each of its component schemas.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Target<'a> {
    pub(crate) crate_name: &'a str,
    pub(crate) schema_types: &'a [(String, String)],
    pub(crate) files: &'a [openapi_xtask::GeneratedFile],
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

/// Writes the harness crate `name` into the scratch workspace: `main.rs`
/// and one module directory per generated crate.
pub(crate) fn write(scratch: &Path, name: &str, targets: &[Target<'_>]) -> Result<(), String> {
    let dir = scratch.join("crates").join(name);
    let src = dir.join("src");
    let modules: Vec<String> = targets.iter().map(|target| module_name(target.crate_name)).collect();
    // Modules of generated crates no longer checked would still be compiled.
    if let Ok(entries) = fs::read_dir(&src) {
        for entry in entries.filter_map(Result::ok) {
            let stale = entry.path().is_dir() && !modules.contains(&entry.file_name().to_string_lossy().into_owned());
            if stale {
                fs::remove_dir_all(entry.path())
                    .map_err(|e| format!("cannot remove {}: {e}", entry.path().display()))?;
            }
        }
    }
    for (target, module) in targets.iter().zip(&modules) {
        let module_dir = src.join(module);
        fs::create_dir_all(&module_dir).map_err(|e| format!("cannot create {}: {e}", module_dir.display()))?;
        for (generated, file) in MODULE_FILES {
            let contents = target
                .files
                .iter()
                .find(|f| f.path == generated)
                .ok_or_else(|| format!("{}: the generator wrote no {generated}", target.crate_name))?;
            write_if_changed(&module_dir.join(file), &crate_paths_to_module(&contents.contents))?;
        }
        write_if_changed(&module_dir.join("mod.rs"), &module_source(target))?;
    }
    write_if_changed(&dir.join("Cargo.toml"), &manifest(name, targets)?)?;
    write_if_changed(&src.join("main.rs"), &main_source(targets))
}

/// The module of a generated crate: `roundtrip-readmin-keep` -> `roundtrip_readmin_keep`.
fn module_name(crate_name: &str) -> String {
    crate_name.replace('-', "_")
}

/// Writes a file unless it already has these contents (so cargo does not rebuild).
fn write_if_changed(path: &Path, contents: &str) -> Result<(), String> {
    if fs::read_to_string(path).is_ok_and(|current| current == contents) {
        return Ok(());
    }
    fs::write(path, contents).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// A generated file's `crate::` paths as paths from a child of its module:
/// `crate::values::present` -> `super::values::present` (in code and in
/// serde's string attributes alike). `$crate::` and `pub(crate)` stay.
fn crate_paths_to_module(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    let mut rest = source;
    while let Some(at) = rest.find("crate::") {
        let before = rest[..at].chars().next_back();
        let starts_path = !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$');
        out.push_str(&rest[..at]);
        out.push_str(if starts_path { "super::" } else { "crate::" });
        rest = &rest[at + "crate::".len()..];
    }
    out.push_str(rest);
    out
}

/// The harness's `Cargo.toml`: the generated crates' own lines for the
/// dependencies their types use; an error if two crates disagree on one.
fn manifest(name: &str, targets: &[Target<'_>]) -> Result<String, String> {
    let mut lines: BTreeMap<&str, (String, &str)> = BTreeMap::new();
    for target in targets {
        let manifest = target
            .files
            .iter()
            .find(|f| f.path == "Cargo.toml")
            .ok_or_else(|| format!("{}: no Cargo.toml generated", target.crate_name))?;
        for (dependency, line) in dependency_lines(&manifest.contents)? {
            let Some(dependency) = TYPE_DEPENDENCIES.iter().copied().find(|known| *known == dependency) else {
                continue;
            };
            match lines.get(dependency) {
                Some((known, first)) if *known != line => {
                    return Err(format!(
                        "the generated crates {first} and {} ask for `{dependency}` differently:\n{known}\n{line}",
                        target.crate_name
                    ));
                }
                Some(_) => {}
                None => {
                    lines.insert(dependency, (line, target.crate_name));
                }
            }
        }
    }
    let mut out = format!(
        "# Written by `cargo xtask roundtrip`; see xtask/src/roundtrip/harness.rs.\n[package]\nname = \"{name}\"\nversion = \"0.1.0\"\nedition = \"2021\"\npublish = false\n\n[dependencies]\n"
    );
    for (line, _) in lines.values() {
        let _ = writeln!(out, "{line}");
    }
    Ok(out)
}

/// `(name, line)` of each entry of a manifest's `[dependencies]`, the line
/// as TOML writes it (`serde = { version = "1", features = ["derive"] }`).
fn dependency_lines(manifest: &str) -> Result<Vec<(String, String)>, String> {
    let manifest: toml::Table = manifest.parse().map_err(|e| format!("a generated Cargo.toml does not parse: {e}"))?;
    let Some(dependencies) = manifest.get("dependencies").and_then(toml::Value::as_table) else {
        return Ok(Vec::new());
    };
    Ok(dependencies.iter().map(|(name, value)| (name.clone(), format!("{name} = {value}"))).collect())
}

/// A generated crate's module: its files, and one function that decodes
/// `body` as the type of the schema at `pointer` and encodes it again
/// (`None` for a pointer it does not know, `Err((true, message))` when
/// decoding failed, `Err((false, ..))` encoding).
fn module_source(target: &Target<'_>) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "//! The types of `{}`, as generated, and their round trips.\n", target.crate_name);
    let _ = writeln!(out, "pub mod types;\nmod values;\nmod param;\n");
    let _ = writeln!(out, "mod runtime {{\n    pub use super::param::ParamValue;\n}}\n");
    let _ = writeln!(
        out,
        "#[allow(unused_imports)]\nuse types::*;\n#[allow(unused_imports)]\nuse std::collections::BTreeMap;\n"
    );
    let _ =
        writeln!(out, "pub fn round_trip(pointer: &str, body: &[u8]) -> Option<Result<Vec<u8>, (bool, String)>> {{");
    let _ = writeln!(out, "    Some(match pointer {{");
    for (pointer, ty) in target.schema_types {
        let _ = writeln!(out, "        {pointer:?} => crate::trip::<{ty}>(body),");
    }
    let _ = writeln!(out, "        _ => return None,\n    }})\n}}\n");
    let _ = writeln!(out, "pub fn decodes(pointer: &str, body: &[u8]) -> Option<bool> {{");
    let _ = writeln!(out, "    Some(match pointer {{");
    for (pointer, ty) in target.schema_types {
        let _ = writeln!(out, "        {pointer:?} => crate::decode_only::<{ty}>(body),");
    }
    let _ = writeln!(out, "        _ => return None,\n    }})\n}}");
    out
}

/// The harness's `main.rs`.
fn main_source(targets: &[Target<'_>]) -> String {
    let mut out = String::from(MAIN_ATTRIBUTES);
    // The modules' types are as deep as in their own crates: the harness
    // needs the largest limit any of them declares.
    if let Some(limit) = targets.iter().filter_map(recursion_limit).max() {
        let _ = writeln!(out, "#![recursion_limit = \"{limit}\"]");
    }
    out.push_str(MAIN);
    for target in targets {
        let _ = writeln!(out, "mod {};", module_name(target.crate_name));
    }
    let _ = writeln!(
        out,
        "\nfn round_trip(krate: &str, pointer: &str, body: &[u8]) -> Option<Result<Vec<u8>, (bool, String)>> {{"
    );
    let _ = writeln!(out, "    match krate {{");
    for target in targets {
        let _ = writeln!(
            out,
            "        {:?} => {}::round_trip(pointer, body),",
            target.crate_name,
            module_name(target.crate_name)
        );
    }
    let _ = writeln!(out, "        _ => None,\n    }}\n}}");
    let _ = writeln!(out, "\nfn decodes(krate: &str, pointer: &str, body: &[u8]) -> Option<bool> {{");
    let _ = writeln!(out, "    match krate {{");
    for target in targets {
        let module = module_name(target.crate_name);
        let _ = writeln!(out, "        {:?} => {module}::decodes(pointer, body),", target.crate_name);
    }
    let _ = writeln!(out, "        _ => None,\n    }}\n}}");
    out
}

/// The `recursion_limit` a generated crate's `lib.rs` declares, if any.
fn recursion_limit(target: &Target<'_>) -> Option<u32> {
    let lib = target.files.iter().find(|f| f.path == "src/lib.rs")?;
    lib.contents.lines().find_map(|line| {
        let value = line.trim().strip_prefix("#![recursion_limit = \"")?.strip_suffix("\"]")?;
        value.parse().ok()
    })
}

/// The start of `main.rs`, up to its crate attributes.
const MAIN_ATTRIBUTES: &str = r#"//! Round trips for `cargo xtask roundtrip`, written by it (see
//! xtask/src/roundtrip/harness.rs): each input line `crate \t pointer \t
//! JSON` is decoded as the client decodes a body and encoded again as the
//! client sends one; each answer is one output line.

// The generated modules are compiled for their types alone.
#![allow(dead_code, unused_imports, deprecated)]
"#;

/// The rest of `main.rs`, before the generated modules.
const MAIN: &str = r#"
use std::io::Write as _;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, path, rounds] = args.as_slice() {
        if flag == "--time" {
            return time(path, rounds);
        }
    }
    let [path, skip] = args.as_slice() else {
        eprintln!("usage: harness INPUT SKIP | harness --time INPUT ROUNDS");
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

/// `--time`: decodes every input line `rounds` times (as the client decodes
/// a body) and prints how long that took in nanoseconds, and how many
/// lines decoded.
fn time(path: &str, rounds: &str) {
    let input = std::fs::read_to_string(path).unwrap_or_else(|e| {
        eprintln!("cannot read {path}: {e}");
        std::process::exit(2);
    });
    let rounds: u32 = rounds.parse().unwrap_or(1);
    let lines: Vec<(&str, &str, &[u8])> = input
        .lines()
        .map(|line| {
            let mut fields = line.splitn(3, '\t');
            (fields.next().unwrap_or(""), fields.next().unwrap_or(""), fields.next().unwrap_or("").as_bytes())
        })
        .collect();
    let started = std::time::Instant::now();
    let mut decoded = 0usize;
    for _ in 0..rounds {
        for (krate, pointer, body) in &lines {
            decoded += usize::from(decodes(krate, pointer, std::hint::black_box(body)) == Some(true));
        }
    }
    println!("{} {decoded}", started.elapsed().as_nanos());
}

fn quoted(message: &str) -> String {
    serde_json::Value::from(message).to_string()
}

/// Decoding alone, as the client decodes a body.
fn decode_only<T: serde::de::DeserializeOwned>(body: &[u8]) -> bool {
    std::hint::black_box(serde_json::from_slice::<T>(body)).is_ok()
}

/// Decoding as the client decodes a body, encoding as it sends one.
fn trip<T: serde::de::DeserializeOwned + serde::Serialize>(body: &[u8]) -> Result<Vec<u8>, (bool, String)> {
    match serde_json::from_slice::<T>(body) {
        Ok(value) => serde_json::to_vec(&value).map_err(|error| (false, error.to_string())),
        Err(error) => Err((true, error.to_string())),
    }
}

"#;

/// Builds the harness crate `name` (optimised with `release`, for timing);
/// returns its binary.
pub(crate) fn build(scratch: &Path, name: &str, release: bool) -> Result<PathBuf, String> {
    // Incremental caches would only grow (generated files change as a
    // whole), and debug info is a third of the build of serde's code.
    let mut args = vec!["build", "--quiet", "--message-format", "short", "-p", name];
    if release {
        args.push("--release");
    }
    let output = crate::scratch::scratch_cargo(scratch)
        .env("CARGO_INCREMENTAL", "0")
        .env("CARGO_PROFILE_DEV_DEBUG", "0")
        .args(&args)
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let errors: Vec<&str> = stderr.lines().filter(|line| line.contains("error")).take(40).collect();
        let shown = if errors.is_empty() { stderr.trim().to_owned() } else { errors.join("\n") };
        return Err(format!(
            "the round-trip harness (`crates/{name}` in {}) does not build:\n{shown}",
            scratch.display()
        ));
    }
    let profile = if release { "release" } else { "debug" };
    Ok(scratch.join("target").join(profile).join(format!("{name}{}", std::env::consts::EXE_SUFFIX)))
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
            let reason =
                stderr.lines().rev().find(|line| !line.trim().is_empty()).unwrap_or("no message").trim().to_owned();
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

    fn file(path: &str, contents: &str) -> openapi_xtask::GeneratedFile {
        openapi_xtask::GeneratedFile { path: path.to_owned(), contents: contents.to_owned() }
    }

    #[test]
    fn the_harness_takes_the_generated_crates_dependency_lines_for_types() {
        let types = vec![("#/components/schemas/When".to_owned(), "chrono::DateTime<chrono::Utc>".to_owned())];
        let generated = |serde_json: &str| {
            let manifest = format!("[package]\nname = \"x\"\n\n[dependencies]\nchrono = {{ version = \"0.4\" }}\nreqwest = \"0.13\"\nserde_json = {serde_json}\n\n[dev-dependencies]\nwiremock = \"0.6\"\n");
            vec![file("Cargo.toml", &manifest)]
        };
        let exact = generated("{ version = \"1\", features = [\"float_roundtrip\"] }");
        let targets = [Target { crate_name: "roundtrip-pets", schema_types: &types, files: &exact }];
        let written = manifest("harness", &targets).unwrap();
        assert!(
            written.contains("\nserde_json = { features = [\"float_roundtrip\"], version = \"1\" }\n"),
            "{written}"
        );
        assert!(
            written.contains("\nchrono = ") && !written.contains("reqwest") && !written.contains("wiremock"),
            "{written}"
        );
        let inexact = generated("\"1\"");
        let both = [Target { crate_name: "b", schema_types: &types, files: &inexact }, targets[0]];
        assert!(manifest("harness", &both).is_err(), "crates that disagree on serde_json share a harness");
        let main = main_source(&targets);
        assert!(
            main.contains("mod roundtrip_pets;")
                && main.contains("\"roundtrip-pets\" => roundtrip_pets::round_trip(pointer, body),"),
            "{main}"
        );
        let module = module_source(&targets[0]);
        assert!(
            module.contains("\"#/components/schemas/When\" => crate::trip::<chrono::DateTime<chrono::Utc>>(body),"),
            "{module}"
        );
    }

    #[test]
    fn the_harness_takes_the_largest_recursion_limit_of_its_crates() {
        let lib = |limit: &str| vec![file("src/lib.rs", &format!("//! A client.\n{limit}\npub mod types;\n"))];
        let (deep, deeper, plain) =
            (lib("#![recursion_limit = \"256\"]"), lib("#![recursion_limit = \"1024\"]"), lib(""));
        let target = |files| Target { crate_name: "c", schema_types: &[], files };
        let main = main_source(&[target(&deep), target(&plain), target(&deeper)]);
        assert!(
            main.contains("#![allow(dead_code, unused_imports, deprecated)]\n#![recursion_limit = \"1024\"]\n"),
            "{main}"
        );
        assert!(!main_source(&[target(&plain)]).contains("recursion_limit"));
    }

    #[test]
    fn crate_paths_name_the_module() {
        let source = "use crate::runtime::ParamValue;\n#[serde(deserialize_with = \"crate::values::present\")]\npub(crate) fn f() { $crate::x(); mycrate::y(); }";
        assert_eq!(
            crate_paths_to_module(source),
            "use super::runtime::ParamValue;\n#[serde(deserialize_with = \"super::values::present\")]\npub(crate) fn f() { $crate::x(); mycrate::y(); }"
        );
    }

    #[test]
    fn answers_are_read_back() {
        assert_eq!(parse_answer("ok\t{\"a\":1}"), Ok(Returned::Encoded("{\"a\":1}".to_owned())));
        assert_eq!(
            parse_answer("rejected\t\"missing field `a`\""),
            Ok(Returned::Rejected("missing field `a`".to_owned()))
        );
        assert!(parse_answer("unknown\t").is_err());
    }
}
