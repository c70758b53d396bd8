//! `generate-client`: one-off generation of a client crate, without an xtask.
//!
//! ```text
//! cargo install --path generator
//! generate-client --spec api.yaml --out my-client --name my-client [--config codegen.toml] [--check] [--bump] [--report FILE] [--deny-warnings]
//! ```
//!
//! It does what `openapi_xtask::codegen::cli` does for an xtask (write changed
//! files only, or `--check`), for the document, directory and crate name given.

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use openapi_xtask::codegen::{self, shell_word, Job};

const USAGE: &str = "\
usage: generate-client --spec FILE --out DIR --name CRATE [--config FILE] [flags]

Generates the Rust client crate CRATE from the OpenAPI document FILE into DIR
(owning DIR/Cargo.toml, DIR/api.json, DIR/codegen.json and DIR/src/).

  --spec FILE      the OpenAPI 3.0 or 3.1 document (YAML or JSON)
  --out DIR        the crate directory
  --name CRATE     the crate's package name
  --config FILE    generator settings (TOML: pagination rules, type choices)
";

fn main() -> ExitCode {
    let (mut spec, mut out, mut name, mut config) = (None, None, None, None);
    let mut rest: Vec<OsString> = Vec::new();
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        let slot = match arg.to_str() {
            Some("--spec") => &mut spec,
            Some("--out") => &mut out,
            Some("--name") => &mut name,
            Some("--config") => &mut config,
            Some("--help" | "-h") => {
                print!("{USAGE}\n{}", codegen::USAGE);
                return ExitCode::SUCCESS;
            }
            _ => {
                rest.push(arg);
                continue;
            }
        };
        match args.next() {
            Some(value) => *slot = Some(value),
            None => return usage_error(&format!("`{}` needs a value", arg.to_string_lossy())),
        }
    }
    let (Some(spec), Some(out), Some(name)) = (spec, out, name) else {
        return usage_error("`--spec`, `--out` and `--name` are required");
    };
    let name = name.to_string_lossy().into_owned();
    let (spec, out) = (PathBuf::from(spec), PathBuf::from(out));
    let mut fix = format!(
        "generate-client --spec {} --out {} --name {}",
        shell_word(&spec.display().to_string()),
        shell_word(out.display().to_string().trim_end_matches('/')),
        shell_word(&name)
    );
    let mut job = Job::new(spec, out, name.as_str());
    if let Some(config) = config.map(PathBuf::from) {
        fix.push_str(&format!(" --config {}", shell_word(&config.display().to_string())));
        job = job.settings_file(config);
    }
    codegen::cli(&job.fix_command(fix), rest)
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("error: {message}\n\n{USAGE}");
    ExitCode::from(2)
}
