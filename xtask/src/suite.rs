//! `cargo xtask test`: every check the project has, as one list of steps.
//!
//! Steps run in order from the workspace root, with their output streamed,
//! and the run stops at the first failure. To add a check (a contract test
//! suite against a mock server, a corpus run), add a [`Step`] to [`steps`].

use std::ffi::OsString;
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
        Step { name: "codegen --check", action: Action::InProcess(crate::codegen::check_readmin) },
        Step { name: "cargo test", action: Action::Cargo { args: &["test", "--workspace"], env: &[] } },
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
                args: &["doc", "-p", "readmin-client", "--no-deps"],
                env: &[("RUSTDOCFLAGS", "-D warnings")],
            },
        },
    ]
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
            let status = Command::new(cargo())
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

/// The cargo that runs this xtask (the `CARGO` variable), or `cargo` from `PATH`.
pub(crate) fn cargo() -> OsString {
    std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into())
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
                "cargo test --workspace",
                "cargo clippy --workspace --all-targets -- -D warnings",
                "RUSTDOCFLAGS=\"-D warnings\" cargo doc -p readmin-client --no-deps",
            ]
        );
    }
}
