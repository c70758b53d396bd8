//! Crates with one Cargo feature per tag, linted feature by feature: with no
//! feature, with each feature alone and with the default (all of them), each
//! time with warnings denied, so that no selection a user makes meets an
//! unresolved name or a warning.
//!
//! The suite runs it on the snapshot cases that turn the setting on
//! (`cases.rs`) and on a mid-size corpus document, the Ory Kratos API (60
//! operations under 4 tags), generated with the setting into the corpus's
//! scratch workspace.

use std::fs;
use std::path::Path;

use crate::scratch;

/// The corpus document the suite generates with one feature per tag.
const CORPUS_DOCUMENT: &str = "ory-kratos-api.json";

/// Crate names of the corpus crates this module generates start with this.
const PREFIX: &str = "features-";

/// The suite's step: the corpus document with one feature per tag, linted
/// under every selection.
pub(crate) fn run_suite() -> Result<(), String> {
    let root = crate::project_root();
    let scratch = root.join("target/corpus");
    let document = crate::corpus::corpus_dir(&root).join(CORPUS_DOCUMENT);
    let text = fs::read_to_string(&document).map_err(|e| format!("cannot read {}: {e}", document.display()))?;
    let name = format!("{PREFIX}{}", scratch::crate_name(&document));
    let mut settings = openapi_xtask::Settings::new(name.clone());
    settings.features_per_tag = true;
    let generated = openapi_xtask::generate(&text, &settings)
        .map_err(|diagnostics| format!("{CORPUS_DOCUMENT} does not generate: {} diagnostics", diagnostics.len()))?;
    scratch::write_crate(&scratch, &name, generated.files)?;
    scratch::write_workspace(&root, &scratch)?;
    let selections = check_selections(&scratch, &name)?;
    println!("features: {CORPUS_DOCUMENT} lints cleanly under {selections} feature selections");
    Ok(())
}

/// The features of the generated crate `name` in the scratch workspace,
/// `default` left out; empty for a crate without features.
pub(crate) fn features_of(scratch: &Path, name: &str) -> Result<Vec<String>, String> {
    let path = scratch.join("crates").join(name).join("Cargo.toml");
    let text = fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let manifest: toml::Table = text.parse().map_err(|e| format!("{}: {e}", path.display()))?;
    let Some(features) = manifest.get("features").and_then(toml::Value::as_table) else { return Ok(Vec::new()) };
    Ok(features.keys().filter(|feature| *feature != "default").cloned().collect())
}

/// Lints crate `name` with no feature, with each feature alone and with
/// the default ones, warnings denied; returns how many selections it tried.
pub(crate) fn check_selections(scratch: &Path, name: &str) -> Result<usize, String> {
    let features = features_of(scratch, name)?;
    let mut selections: Vec<Option<&str>> = vec![Some("")];
    selections.extend(features.iter().map(|feature| Some(feature.as_str())));
    // `None`: the default features.
    selections.push(None);
    eprintln!("features: linting {name} under {} feature selections", selections.len());
    for selection in &selections {
        let mut command = scratch::scratch_cargo(scratch);
        command.args(["clippy", "--quiet", "--message-format", "short", "-p", name]);
        if let Some(features) = selection {
            command.args(["--no-default-features", "--features", features]);
        }
        command.args(["--", "-D", "warnings"]);
        let output = command.output().map_err(|e| format!("cannot run cargo: {e}"))?;
        let stderr = String::from_utf8_lossy(&output.stderr);
        if !output.status.success() || stderr.contains("warning") {
            let shown: Vec<&str> = stderr.lines().take(40).collect();
            let described = match selection {
                Some("") => "no feature".to_owned(),
                Some(feature) => format!("only feature `{feature}`"),
                None => "the default features".to_owned(),
            };
            return Err(format!("{name} does not lint cleanly with {described}:\n{}", shown.join("\n")));
        }
    }
    Ok(selections.len())
}
