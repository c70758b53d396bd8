//! The API change report of codegen: the checked-in description
//! of the crate's public API (`api.json`) compared with the one just
//! generated, the suggested version, and the Markdown form for `--report`.
//!
//! The comparison and the classification live in the generator
//! (`openapi_xtask::changes`); this module reads and writes files.

use std::fs;
use std::path::Path;

use crate::changes::{self, ChangeReport, VersionAdvice};
use crate::describe::{ApiDescription, DESCRIPTION_PATH};

/// The outcome of comparing the previous API description with the new one.
#[derive(Debug)]
pub(crate) enum ApiChanges {
    /// The crate directory had no description to compare with.
    NoPrevious,
    /// The previous description could not be read; why.
    Unreadable(String),
    Compared(ChangeReport),
}

/// Compares the description in `dir` (if any) with `new_json`, the one just generated.
pub(crate) fn compare(dir: &Path, new_json: &str) -> ApiChanges {
    let old = match fs::read_to_string(dir.join(DESCRIPTION_PATH)) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return ApiChanges::NoPrevious,
        Err(e) => return ApiChanges::Unreadable(e.to_string()),
    };
    let old = match ApiDescription::from_json(&old) {
        Ok(old) => old,
        Err(e) => return ApiChanges::Unreadable(e),
    };
    match ApiDescription::from_json(new_json) {
        Ok(new) => ApiChanges::Compared(changes::compare(&old, &new)),
        Err(e) => ApiChanges::Unreadable(format!("the generated description does not read back: {e}")),
    }
}

impl ApiChanges {
    /// The version to suggest for the crate at `current`, given whether any
    /// generated code besides the record changed; `None` without a comparison.
    pub(crate) fn advise(&self, current: &str, code_changed: bool) -> Option<Result<VersionAdvice, String>> {
        match self {
            ApiChanges::Compared(report) => Some(changes::advise(current, report.bump(code_changed))),
            ApiChanges::NoPrevious | ApiChanges::Unreadable(_) => None,
        }
    }

    /// The report for a terminal; `shown` is where the description is, as the user sees it.
    pub(crate) fn text(&self, crate_name: &str, shown: &str, version: Option<&VersionAdvice>) -> String {
        match self {
            ApiChanges::Compared(report) => changes::render_text(crate_name, report, version),
            ApiChanges::NoPrevious => {
                format!("No API change report for {crate_name}: there was no {shown} to compare with.\n")
            }
            ApiChanges::Unreadable(e) => {
                format!("No API change report for {crate_name}: {shown} cannot be read ({e}).\n")
            }
        }
    }

    /// The report as Markdown, for `--report`.
    pub(crate) fn markdown(&self, crate_name: &str, version: Option<&VersionAdvice>) -> String {
        match self {
            ApiChanges::Compared(report) => changes::render_markdown(crate_name, report, version),
            ApiChanges::NoPrevious => format!(
                "### API changes in `{crate_name}`\n\nNo previous `{DESCRIPTION_PATH}` to compare with: this is the first generation that describes the API.\n"
            ),
            ApiChanges::Unreadable(e) => {
                format!("### API changes in `{crate_name}`\n\nThe previous `{DESCRIPTION_PATH}` cannot be read ({e}), so no changes are listed.\n")
            }
        }
    }
}

/// Writes the Markdown report to `path`.
pub(crate) fn write_report(path: &Path, markdown: &str) -> Result<(), String> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::create_dir_all(parent).map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    }
    fs::write(path, markdown).map_err(|e| format!("cannot write the report to {}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    //! `codegen` end to end: the report it prints and writes, and `--bump`.

    use super::super::manifest;
    use super::super::testing::{codegen, Mode, TempDir, SPEC};

    fn run(dir: &TempDir, bump: bool, report: bool) -> Result<(), String> {
        codegen(dir, Mode::Write, bump, report)
    }

    fn version(dir: &TempDir) -> String {
        manifest::package_field(&dir.get("out/Cargo.toml").unwrap(), "version").unwrap()
    }

    #[test]
    fn bump_applies_the_suggested_version_and_report_is_written() {
        let dir = TempDir::new();
        dir.put("api.yaml", SPEC);
        run(&dir, true, true).unwrap();
        assert_eq!(version(&dir), "0.1.0", "a first generation has nothing to compare with");
        assert!(dir.get("report/changes.md").unwrap().contains("No previous `api.json`"));

        // A new optional field in a response-only type: compatible, 0.1.0 -> 0.1.1.
        dir.put(
            "api.yaml",
            &SPEC.replace("name: { type: string }", "name: { type: string }\n        age: { type: integer }"),
        );
        run(&dir, true, true).unwrap();
        assert_eq!(version(&dir), "0.1.1");
        let markdown = dir.get("report/changes.md").unwrap();
        assert!(markdown.contains("#### Compatible\n\n- `Pet`: optional field `age: Option<i64>` added"), "{markdown}");
        assert!(markdown.contains("**Version:** `0.1.0` → `0.1.1` (applied)"), "{markdown}");

        // Running again changes nothing, so there is nothing to bump.
        run(&dir, true, false).unwrap();
        assert_eq!(version(&dir), "0.1.1");

        // A removed operation: breaking, 0.1.1 -> 0.2.0; without --bump only suggested.
        let without_pets = SPEC.replace("paths:\n  /pets:", "paths: {}\nx-gone:\n  /pets:");
        run(&dir, false, true).unwrap();
        dir.put("api.yaml", &without_pets);
        run(&dir, false, true).unwrap();
        assert_eq!(version(&dir), "0.1.1");
        let markdown = dir.get("report/changes.md").unwrap();
        assert!(markdown.contains("- `Client::list_pets`: removed (was `GET /pets`)"), "{markdown}");
        assert!(markdown.contains("`0.1.1` → `0.2.0` (suggested, not applied)"), "{markdown}");
        codegen(&dir, Mode::Check, false, false).unwrap();
    }
}
