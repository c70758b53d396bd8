//! Installs the reference server (`reference-server/`, a FastAPI app) for the
//! tests of `reference-client/`: a Python virtual environment in
//! `reference-server/.venv` with exactly the packages pinned in
//! `reference-server/requirements.txt`, the way `npm ci` installs Prism.
//!
//! The venv is made anew when it is missing or was installed from other
//! requirements: a successful install copies `requirements.txt` into the
//! venv as [`STAMP`], and the install is fresh while the two are equal. The
//! test harness (`reference-client/tests/reference/server.rs`) checks the
//! same stamp, so a stale venv is never used silently.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The reference server's folder, relative to the workspace root.
const SERVER_DIR: &str = "reference-server";
const REQUIREMENTS: &str = "requirements.txt";
const VENV: &str = ".venv";
/// The copy of `requirements.txt` a successful install leaves in the venv.
const STAMP: &str = "installed-requirements.txt";

/// Creates `reference-server/.venv` and installs the pinned packages into it,
/// unless it is already installed from the present `requirements.txt`.
pub(crate) fn install_reference_server() -> Result<(), String> {
    let dir = crate::project_root().join(SERVER_DIR);
    let requirements = fs::read_to_string(dir.join(REQUIREMENTS))
        .map_err(|e| format!("cannot read {SERVER_DIR}/{REQUIREMENTS}: {e}"))?;
    let venv = dir.join(VENV);
    if is_fresh(&venv, &requirements) {
        eprintln!("xtask test: {SERVER_DIR}/{VENV} is up to date");
        return Ok(());
    }
    if venv.exists() {
        fs::remove_dir_all(&venv).map_err(|e| format!("cannot remove the stale {SERVER_DIR}/{VENV}: {e}"))?;
    }
    let python3 = if cfg!(windows) { "python" } else { "python3" };
    run(Command::new(python3).args(["-m", "venv"]).arg(&venv), &format!("{python3} -m venv {SERVER_DIR}/{VENV}"))
        .map_err(|e| match e {
            Failure::NotFound => format!(
                "`{python3}` was not found on PATH: the reference-server tests (reference-client/tests/) need \
                 CPython 3.9 or later with the `venv` module to run the FastAPI server pinned in \
                 {SERVER_DIR}/{REQUIREMENTS}; install Python 3 and run again"
            ),
            Failure::Other(message) => format!(
                "{message}; on Debian and Ubuntu the `venv` module is the `python3-venv` package: install it and run again"
            ),
        })?;
    let python = venv_python(&venv);
    let pip = ["-m", "pip", "--disable-pip-version-check", "--no-input"];
    // `--no-deps`: requirements.txt pins every package, transitive ones too;
    // `pip check` then proves that the pinned set is complete and consistent.
    let install = ["install", "--no-deps", "--only-binary", ":all:", "-r", REQUIREMENTS];
    run(Command::new(&python).args(pip).args(install).current_dir(&dir), &format!("pip {}", install.join(" ")))
        .map_err(Failure::into_message)?;
    run(Command::new(&python).args(pip).arg("check").current_dir(&dir), "pip check")
        .map_err(|e| format!("{}: {SERVER_DIR}/{REQUIREMENTS} must pin every dependency", e.into_message()))?;
    fs::write(venv.join(STAMP), requirements).map_err(|e| format!("cannot write {SERVER_DIR}/{VENV}/{STAMP}: {e}"))
}

/// Whether `venv` was installed from exactly these requirements.
fn is_fresh(venv: &Path, requirements: &str) -> bool {
    venv_python(venv).is_file() && fs::read_to_string(venv.join(STAMP)).is_ok_and(|stamp| stamp == requirements)
}

/// The venv's own interpreter.
fn venv_python(venv: &Path) -> PathBuf {
    if cfg!(windows) {
        venv.join("Scripts").join("python.exe")
    } else {
        venv.join("bin").join("python")
    }
}

enum Failure {
    /// The program is not on `PATH`.
    NotFound,
    Other(String),
}

impl Failure {
    fn into_message(self) -> String {
        match self {
            Failure::NotFound => "the venv's python is missing".to_owned(),
            Failure::Other(message) => message,
        }
    }
}

/// Runs `command` with its output streamed; `shown` names it in errors.
fn run(command: &mut Command, shown: &str) -> Result<(), Failure> {
    let status = command.status().map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => Failure::NotFound,
        _ => Failure::Other(format!("cannot run `{shown}`: {e}")),
    })?;
    match status.code() {
        Some(0) => Ok(()),
        Some(code) => Err(Failure::Other(format!("`{shown}` exited with status {code}"))),
        None => Err(Failure::Other(format!("`{shown}` was stopped ({status})"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_venv_is_fresh_only_when_installed_from_the_same_requirements() {
        let temporary = tempfile::tempdir().unwrap();
        let dir = temporary.path();
        let python = venv_python(dir);
        fs::create_dir_all(python.parent().unwrap()).unwrap();
        assert!(!is_fresh(dir, "fastapi==1\n"), "no interpreter yet");
        fs::write(&python, "").unwrap();
        assert!(!is_fresh(dir, "fastapi==1\n"), "never installed: no stamp");
        fs::write(dir.join(STAMP), "fastapi==1\n").unwrap();
        assert!(is_fresh(dir, "fastapi==1\n"), "installed from these requirements");
        assert!(!is_fresh(dir, "fastapi==2\n"), "the requirements changed after the install");
    }
}
