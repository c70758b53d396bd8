//! Why a generated crate is stale, from its generation record (`codegen.json`).
//!
//! The generator records the hash of the spec it read, its own version and a
//! hash of every file it wrote. When `codegen --check` finds the crate stale,
//! comparing that record with the present tells the causes apart:
//!
//! - the spec's hash differs from the recorded one: the spec changed;
//! - a file no longer matches its recorded hash (or was deleted, or a file
//!   appeared beside the generated ones): it was edited by hand;
//! - neither, yet the output differs: the generator changed (its recorded
//!   version says whether it was bumped).

use std::fs;
use std::path::Path;

use crate::provenance::{self, Record};

use super::files::{Stale, StaleKind};

/// One reason a generated crate is stale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Cause {
    /// The spec's hash differs from the recorded one.
    SpecChanged { spec: String, record: String },
    /// Generated files that differ from what the last generation wrote.
    HandEdited(HandEdits),
    /// The spec and files are as recorded, but the generator writes something else.
    GeneratorChanged { record: String, recorded_version: String },
    /// No usable record, so nothing can be told.
    NoRecord { record: String, problem: String },
}

/// Files that changed on disk since the last generation wrote them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct HandEdits {
    pub(super) edited: Vec<String>,
    pub(super) deleted: Vec<String>,
    pub(super) added: Vec<String>,
}

impl HandEdits {
    pub(super) fn is_empty(&self) -> bool {
        self.edited.is_empty() && self.deleted.is_empty() && self.added.is_empty()
    }

    /// `src/types.rs (edited), src/x.rs (deleted)`, with paths shown by `shown`.
    pub(super) fn list(&self, shown: &dyn Fn(&str) -> String) -> String {
        let edited = self.edited.iter().map(|p| format!("{} (edited)", shown(p)));
        let deleted = self.deleted.iter().map(|p| format!("{} (deleted)", shown(p)));
        let added = self.added.iter().map(|p| format!("{} (added)", shown(p)));
        edited.chain(deleted).chain(added).collect::<Vec<_>>().join(", ")
    }
}

/// Where the things a cause names are, as they should appear in messages.
#[derive(Debug)]
pub(super) struct Shown<'a> {
    pub(super) spec: &'a str,
    pub(super) record: &'a str,
}

/// Reads the generation record in `dir`.
pub(super) fn read_record(dir: &Path) -> Result<Record, String> {
    match fs::read_to_string(dir.join(provenance::RECORD_PATH)) {
        Ok(text) => Record::from_json(&text).map_err(|e| format!("is unreadable ({e})")),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err("is missing".to_owned()),
        Err(e) => Err(format!("cannot be read ({e})")),
    }
}

/// The files under `dir` that differ from what the generation `record`
/// describes; `stale` supplies the extra files found in owned directories.
pub(super) fn hand_edits(dir: &Path, record: &Record, stale: &[Stale]) -> HandEdits {
    let mut edits = HandEdits::default();
    for (path, hash) in &record.files {
        match fs::read(dir.join(path)) {
            Err(_) => edits.deleted.push(path.clone()),
            Ok(bytes) => {
                let same = std::str::from_utf8(&bytes).is_ok_and(|text| provenance::file_hash(path, text) == *hash);
                if !same {
                    edits.edited.push(path.clone());
                }
            }
        }
    }
    edits.added = stale
        .iter()
        .filter(|s| s.kind == StaleKind::Extra && !record.files.contains_key(&s.path))
        .map(|s| s.path.clone())
        .collect();
    edits
}

/// Every cause of the staleness of the crate in `dir`, generated from
/// `spec_text`, most telling first; never empty.
pub(super) fn explain(dir: &Path, spec_text: &str, stale: &[Stale], shown: &Shown<'_>) -> Vec<Cause> {
    let record = match read_record(dir) {
        Ok(record) => record,
        Err(problem) => return vec![Cause::NoRecord { record: shown.record.to_owned(), problem }],
    };
    let mut causes = Vec::new();
    if record.spec_hash != provenance::spec_hash(spec_text) {
        causes.push(Cause::SpecChanged { spec: shown.spec.to_owned(), record: shown.record.to_owned() });
    }
    let edits = hand_edits(dir, &record, stale);
    if !edits.is_empty() {
        causes.push(Cause::HandEdited(edits));
    }
    if causes.is_empty() || record.generator_version != provenance::GENERATOR_VERSION {
        causes.push(Cause::GeneratorChanged {
            record: shown.record.to_owned(),
            recorded_version: record.generator_version,
        });
    }
    causes
}

impl Cause {
    /// The message for this cause, with generated paths shown under `out`.
    pub(super) fn message(&self, out: &str) -> String {
        let shown = |path: &str| if out.is_empty() { path.to_owned() } else { format!("{out}/{path}") };
        match self {
            Cause::SpecChanged { spec, record } => {
                format!("the spec changed since the last generation: {spec} no longer matches the hash recorded in {record}")
            }
            Cause::HandEdited(edits) => format!(
                "generated files were edited by hand since the last generation: {}; regenerating discards hand edits, so make the change in the spec or the generator instead",
                edits.list(&shown)
            ),
            Cause::GeneratorChanged { record, recorded_version } if recorded_version == provenance::GENERATOR_VERSION => format!(
                "the generator changed since the last generation: the spec and the generated files are as recorded in {record}, but the generator now writes different output (generator {recorded_version} both times, so its code or the codegen settings changed without a version bump)"
            ),
            Cause::GeneratorChanged { recorded_version, .. } => format!(
                "the generator changed since the last generation: the files were written by generator {recorded_version}, this is generator {}",
                provenance::GENERATOR_VERSION
            ),
            Cause::NoRecord { record, problem } => {
                format!("the cause cannot be told: the generation record {record} {problem}")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    //! The three causes, each reproduced on a real generation in a scratch
    //! directory and checked through `codegen --check`.

    use super::super::testing::{Mode, TempDir, SPEC};
    use super::*;

    fn run(dir: &TempDir, mode: Mode) -> Result<(), String> {
        super::super::testing::codegen(dir, mode, false, false)
    }

    /// A freshly generated crate, checked fresh.
    fn generated() -> TempDir {
        let dir = TempDir::new();
        dir.put("api.yaml", SPEC);
        run(&dir, Mode::Write).unwrap();
        run(&dir, Mode::Check).unwrap();
        dir
    }

    fn check_error(dir: &TempDir) -> String {
        run(dir, Mode::Check).expect_err("the check should fail")
    }

    #[test]
    fn spec_change_is_named() {
        let dir = generated();
        dir.put(
            "api.yaml",
            &SPEC.replace("name: { type: string }", "name: { type: string }\n        age: { type: integer }"),
        );
        let error = check_error(&dir);
        assert!(error.contains("the spec changed since the last generation"), "{error}");
        assert!(error.contains("api.yaml no longer matches the hash recorded in"), "{error}");
        assert!(!error.contains("edited by hand"), "{error}");
        assert!(!error.contains("generator changed"), "{error}");
    }

    #[test]
    fn spec_change_that_only_touches_the_record_is_still_named() {
        let dir = generated();
        dir.put("api.yaml", &format!("# A comment.\n{SPEC}"));
        let error = check_error(&dir);
        assert!(error.contains("1 generated file out of date"), "{error}");
        assert!(error.contains("the spec changed"), "{error}");
    }

    #[test]
    fn hand_edit_is_named() {
        let dir = generated();
        let types = dir.get("out/src/types.rs").unwrap();
        dir.put("out/src/types.rs", &types.replace("pub name: String,", "pub name: String,\n    pub mine: u8,"));
        dir.put("out/src/extra.rs", "// mine\n");
        let error = check_error(&dir);
        assert!(error.contains("edited by hand since the last generation"), "{error}");
        assert!(error.contains("out/src/types.rs (edited)"), "{error}");
        assert!(error.contains("out/src/extra.rs (added)"), "{error}");
        assert!(!error.contains("the spec changed"), "{error}");
        assert!(!error.contains("generator changed"), "{error}");

        std::fs::remove_file(dir.0.join("out/src/client.rs")).unwrap();
        assert!(check_error(&dir).contains("out/src/client.rs (deleted)"));
    }

    #[test]
    fn version_edit_is_not_a_hand_edit() {
        let dir = generated();
        let manifest = dir.get("out/Cargo.toml").unwrap();
        dir.put("out/Cargo.toml", &manifest.replace("version = \"0.1.0\"", "version = \"3.1.4\""));
        run(&dir, Mode::Check).unwrap();
    }

    /// A generator change cannot be made in a test, so the test makes the
    /// crate look as if another generator had written it: a file with other
    /// contents, recorded in `codegen.json` with their hash.
    #[test]
    fn generator_change_is_named() {
        let dir = generated();
        let older = dir.get("out/src/types.rs").unwrap().replace("pub struct Pet", "pub struct Pet2");
        dir.put("out/src/types.rs", &older);
        let mut record = Record::from_json(&dir.get("out/codegen.json").unwrap()).unwrap();
        record.files.insert("src/types.rs".to_owned(), provenance::file_hash("src/types.rs", &older));
        dir.put("out/codegen.json", &record.to_json());
        let error = check_error(&dir);
        assert!(error.contains("the generator changed since the last generation"), "{error}");
        assert!(error.contains("both times, so its code or the codegen settings changed"), "{error}");
        assert!(!error.contains("the spec changed"), "{error}");
        assert!(!error.contains("edited by hand"), "{error}");

        record.generator_version = "0.0.1".to_owned();
        dir.put("out/codegen.json", &record.to_json());
        let error = check_error(&dir);
        assert!(error.contains("written by generator 0.0.1, this is generator"), "{error}");
    }

    #[test]
    fn causes_combine_and_a_missing_record_is_said() {
        let dir = generated();
        dir.put("api.yaml", &SPEC.replace("1.0.0", "1.0.1"));
        dir.put("out/src/lib.rs", "// gone\n");
        let error = check_error(&dir);
        assert!(error.contains("the spec changed") && error.contains("out/src/lib.rs (edited)"), "{error}");

        std::fs::remove_file(dir.0.join("out/codegen.json")).unwrap();
        let error = check_error(&dir);
        assert!(error.contains("the cause cannot be told"), "{error}");
        assert!(error.contains("codegen.json is missing"), "{error}");
    }
}
