//! The generator's snapshot cases (`generator/tests/cases/`), compiled: every
//! case that generates becomes a crate of the scratch workspace the corpus
//! uses (`target/corpus/`, so dependencies build once for both), and all of
//! them are linted together with warnings denied. A lint a user of a
//! generated crate would see fails the suite here first. Cases with one
//! feature per tag are linted under each selection of features too.

use std::fs;
use std::path::Path;

use crate::scratch;

/// Crate names of compiled cases start with this, apart from the corpus's.
const PREFIX: &str = "case-";

/// Generates every snapshot case into the scratch workspace and runs
/// `cargo clippy -D warnings` on all of them at once.
pub(crate) fn compile_all() -> Result<(), String> {
    let root = crate::project_root();
    let scratch = root.join("target/corpus");
    let cases = scratch::list_documents(&root.join("generator/tests/cases"))?;
    let mut names = Vec::new();
    for case in &cases {
        let name = format!("{PREFIX}{}", scratch::crate_name(case).replace('_', "-"));
        let text = fs::read_to_string(case).map_err(|e| format!("cannot read {}: {e}", case.display()))?;
        // Cases that are meant to fail generation have nothing to compile.
        let mut settings = openapi_xtask::Settings::new(name.clone());
        if let Ok(config) = fs::read_to_string(case.with_extension("toml")) {
            openapi_xtask::settings_file::parse(&config)
                .map_err(|e| format!("{}: {e}", case.with_extension("toml").display()))?
                .apply(&mut settings);
        }
        let Ok(generated) = openapi_xtask::generate(&text, &settings) else { continue };
        scratch::write_crate(&scratch, &name, generated.files)?;
        names.push(name);
    }
    remove_stale(&scratch, &names)?;
    scratch::write_workspace(&root, &scratch)?;
    let mut args = vec![
        "clippy".to_owned(),
        "--quiet".to_owned(),
        "--keep-going".to_owned(),
        "--message-format".to_owned(),
        "short".to_owned(),
    ];
    for name in &names {
        args.push("-p".to_owned());
        args.push(name.clone());
    }
    args.extend(["--".to_owned(), "-D".to_owned(), "warnings".to_owned()]);
    eprintln!("cases: linting {} generated crates (`cargo clippy -D warnings` in {})", names.len(), scratch.display());
    let output = scratch::scratch_cargo(&scratch).args(&args).output().map_err(|e| format!("cannot run cargo: {e}"))?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    let problems: Vec<&str> = stderr
        .lines()
        .filter(|l| l.contains(": warning:") || l.contains(": error") || l.starts_with("error"))
        .collect();
    if output.status.success() && problems.is_empty() {
        document_all(&scratch, &names)?;
        return lint_feature_selections(&scratch, &names);
    }
    let shown: Vec<&str> = problems.iter().take(40).copied().collect();
    Err(format!(
        "snapshot cases do not compile cleanly (each line names its case crate, `crates/{PREFIX}<case>`):\n{}",
        if shown.is_empty() { stderr.trim().to_owned() } else { shown.join("\n") }
    ))
}

/// Runs `cargo doc` with rustdoc warnings denied on the case crates: the
/// generated docs must build without a broken link or stray markup.
fn document_all(scratch: &Path, names: &[String]) -> Result<(), String> {
    let mut args = vec!["doc".to_owned(), "--quiet".to_owned(), "--no-deps".to_owned(), "--keep-going".to_owned()];
    for name in names {
        args.push("-p".to_owned());
        args.push(name.clone());
    }
    eprintln!("cases: documenting {} generated crates (`cargo doc`, rustdoc warnings denied)", names.len());
    let output = scratch::scratch_cargo(scratch)
        .args(&args)
        .env("RUSTDOCFLAGS", "-D warnings")
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    if output.status.success() && !stderr.contains("warning") {
        println!("cases: {} snapshot cases compile and document with warnings denied", names.len());
        return Ok(());
    }
    let shown: Vec<&str> = stderr.lines().take(60).collect();
    Err(format!("the docs of snapshot cases do not build cleanly:\n{}", shown.join("\n")))
}

/// Lints the cases with one feature per tag under every feature selection.
fn lint_feature_selections(scratch: &Path, names: &[String]) -> Result<(), String> {
    let mut cases = 0;
    for name in names {
        if !crate::features::features_of(scratch, name)?.is_empty() {
            crate::features::check_selections(scratch, name)?;
            cases += 1;
        }
    }
    println!("cases: {cases} snapshot cases with per-tag features lint cleanly under each selection");
    Ok(())
}

/// Removes case crates whose document is gone, so the workspace lists only live ones.
fn remove_stale(scratch: &Path, live: &[String]) -> Result<(), String> {
    let Ok(entries) = fs::read_dir(scratch.join("crates")) else { return Ok(()) };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with(PREFIX) && !live.contains(&name) {
            fs::remove_dir_all(entry.path()).map_err(|e| format!("cannot remove {}: {e}", entry.path().display()))?;
        }
    }
    Ok(())
}
