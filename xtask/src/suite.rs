//! `cargo xtask test`: every check the project has, as one list of steps.
//!
//! Steps run in order from the workspace root, with their output streamed,
//! and the run stops at the first failure. To add a check (a corpus run,
//! say), add a [`Step`] to [`steps`].

use std::path::Path;
use std::process::Command;

/// One check of the suite.
#[derive(Debug)]
struct Step {
    /// How the step is named in progress and failure messages.
    name: &'static str,
    action: Action,
}

/// What a step does.
#[derive(Debug)]
enum Action {
    /// Calls a function of this binary.
    InProcess(fn() -> Result<(), String>),
    /// Runs cargo with these arguments and extra environment variables.
    Cargo { args: &'static [&'static str], env: &'static [(&'static str, &'static str)] },
}

/// The suite, in the order it runs: cheapest and most telling first.
fn steps() -> Vec<Step> {
    vec![
        Step { name: "codegen --check", action: Action::InProcess(crate::codegen::check_checked_in) },
        Step { name: "cargo fmt --check", action: Action::Cargo { args: &["fmt", "--all", "--check"], env: &[] } },
        Step { name: "npm ci (contract/)", action: Action::InProcess(install_contract_tools) },
        Step {
            name: "python venv (reference-server/)",
            action: Action::InProcess(crate::venv::install_reference_server),
        },
        // Includes the contract suite (contract-tests/), which runs Prism from contract/,
        // and the reference-server tests (reference-client/), which run the FastAPI app.
        Step { name: "cargo test", action: Action::Cargo { args: &["test", "--workspace"], env: &[] } },
        // 10,000 mutated and random documents, a new seed each run (see `fuzz/`).
        Step { name: "fuzz", action: Action::InProcess(crate::fuzz::run_suite) },
        // `--all-targets` also compiles the benchmarks (`benchmarks/benches/`),
        // which `cargo test` neither builds nor runs; `cargo xtask bench` runs them.
        Step {
            name: "cargo clippy",
            action: Action::Cargo {
                args: &["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"],
                env: &[],
            },
        },
        Step {
            name: "cargo doc",
            action: Action::Cargo {
                args: &[
                    "doc",
                    "-p",
                    "readmin-client",
                    "-p",
                    "fixture-client",
                    "-p",
                    "reference-client",
                    "-p",
                    "openapi-xtask-runtime",
                    "-p",
                    "openapi-xtask",
                    "--no-deps",
                ],
                env: &[("RUSTDOCFLAGS", "-D warnings")],
            },
        },
        // Every snapshot case of the generator as a crate, linted and documented with warnings denied.
        Step { name: "cases compile", action: Action::InProcess(crate::cases::compile_all) },
        // A mid-size corpus document with one feature per tag, linted with no
        // feature, each feature alone and all of them (see `features.rs`).
        Step { name: "features per tag", action: Action::InProcess(crate::features::run_suite) },
        // Schema-valid instances through the generated types and back, seed 1 (see `roundtrip/`).
        Step { name: "roundtrip", action: Action::InProcess(crate::roundtrip::run_suite) },
        // The small and mid-size corpus documents; `cargo xtask corpus` runs all 25.
        Step { name: "corpus --quick", action: Action::InProcess(quick_corpus) },
    ]
}

fn quick_corpus() -> Result<(), String> {
    crate::corpus::run(&crate::flags::Corpus { quick: true, only: Vec::new() })
}

/// Runs every step, stopping at the first failure.
pub(crate) fn run() -> Result<(), String> {
    let root = crate::project_root();
    let steps = steps();
    let total = steps.len();
    for (index, step) in steps.iter().enumerate() {
        let number = index + 1;
        eprintln!("xtask test: [{number}/{total}] {}", describe(step));
        run_step(step, &root).map_err(|e| format!("xtask test: step {number}/{total} ({}) failed: {e}", step.name))?;
    }
    println!("xtask test: all {total} steps passed");
    Ok(())
}

fn run_step(step: &Step, root: &Path) -> Result<(), String> {
    match step.action {
        Action::InProcess(function) => function(),
        Action::Cargo { args, env } => {
            let status = Command::new(crate::scratch::cargo())
                .args(args)
                .envs(env.iter().copied())
                .current_dir(root)
                .status()
                .map_err(|e| format!("cannot run cargo: {e}"))?;
            let command = format!("cargo {}", args.join(" "));
            match status.code() {
                Some(0) => Ok(()),
                Some(code) => Err(format!("`{command}` exited with status {code}")),
                None => Err(format!("`{command}` was stopped ({status})")),
            }
        }
    }
}

/// Installs the npm packages pinned in `contract/` (the Prism mock server of
/// the contract suite) with `npm ci`, when `contract/node_modules` is missing
/// or older than `package-lock.json`.
fn install_contract_tools() -> Result<(), String> {
    let dir = crate::project_root().join("contract");
    if !npm_install_needed(&dir) {
        eprintln!("xtask test: contract/node_modules is up to date");
        return Ok(());
    }
    let npm = if cfg!(windows) { "npm.cmd" } else { "npm" };
    let args = ["ci", "--no-audit", "--no-fund"];
    let status = Command::new(npm).args(args).current_dir(&dir).status().map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            "`npm` was not found on PATH: the contract tests (contract-tests/) need Node.js and npm to install and run \
             the Prism mock server pinned in contract/package.json; install Node.js (with npm) and run again"
                .to_owned()
        } else {
            format!("cannot run npm: {e}")
        }
    })?;
    match status.code() {
        Some(0) => Ok(()),
        Some(code) => Err(format!("`npm {}` in contract/ exited with status {code}", args.join(" "))),
        None => Err(format!("`npm {}` in contract/ was stopped ({status})", args.join(" "))),
    }
}

/// Whether `dir/node_modules` is missing, or was installed before the last
/// change of `dir/package-lock.json` (npm records an install in
/// `node_modules/.package-lock.json`).
fn npm_install_needed(dir: &Path) -> bool {
    let modified = |path: &Path| std::fs::metadata(path).and_then(|metadata| metadata.modified()).ok();
    match (modified(&dir.join("node_modules").join(".package-lock.json")), modified(&dir.join("package-lock.json"))) {
        (Some(installed), Some(locked)) => installed < locked,
        (None, _) => true,
        (Some(_), None) => false,
    }
}

fn describe(step: &Step) -> String {
    match step.action {
        Action::InProcess(_) => step.name.to_owned(),
        Action::Cargo { args, env } => {
            let env = env.iter().map(|(key, value)| format!("{key}=\"{value}\" "));
            format!("{}cargo {}", env.collect::<String>(), args.join(" "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_have_distinct_names_and_readable_commands() {
        let steps = steps();
        let mut names = steps.iter().map(|step| step.name).collect::<Vec<_>>();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), steps.len());
        let described = steps.iter().map(describe).collect::<Vec<_>>();
        assert_eq!(
            described,
            [
                "codegen --check",
                "cargo fmt --all --check",
                "npm ci (contract/)",
                "python venv (reference-server/)",
                "cargo test --workspace",
                "fuzz",
                "cargo clippy --workspace --all-targets -- -D warnings",
                "RUSTDOCFLAGS=\"-D warnings\" cargo doc -p readmin-client -p fixture-client -p reference-client -p openapi-xtask-runtime -p openapi-xtask --no-deps",
                "cases compile",
                "features per tag",
                "roundtrip",
                "corpus --quick",
            ]
        );
    }

    #[test]
    fn npm_install_is_needed_when_node_modules_is_missing_or_older_than_the_lock() {
        let temporary = tempfile::tempdir().unwrap();
        let dir = temporary.path();
        std::fs::create_dir_all(dir.join("node_modules")).unwrap();
        let set_time = |path: &Path, seconds: u64| {
            let file = std::fs::OpenOptions::new().create(true).truncate(true).write(true).open(path).unwrap();
            file.set_modified(std::time::UNIX_EPOCH + std::time::Duration::from_secs(seconds)).unwrap();
        };
        set_time(&dir.join("package-lock.json"), 2_000_000_000);
        assert!(npm_install_needed(dir), "node_modules has never been installed");
        set_time(&dir.join("node_modules").join(".package-lock.json"), 2_000_000_100);
        assert!(!npm_install_needed(dir), "installed after the last change of the lock");
        set_time(&dir.join("package-lock.json"), 2_000_000_200);
        assert!(npm_install_needed(dir), "the lock changed after the install");
    }
}
