//! The snapshot cases (`tests/cases/`), shared by the tests that run the
//! generator on every one of them.

use std::fs;
use std::path::{Path, PathBuf};

/// Extensions of input documents.
const INPUT_EXTENSIONS: [&str; 3] = ["yaml", "yml", "json"];

/// The directory of the cases.
pub fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("cases")
}

/// Input documents in `dir`, sorted by file name.
pub fn find_cases(dir: &Path) -> Vec<PathBuf> {
    let entries = fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
    let mut cases: Vec<PathBuf> = entries
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.extension().and_then(|e| e.to_str()).is_some_and(|e| INPUT_EXTENSIONS.contains(&e)))
        .collect();
    cases.sort();
    let mut stems: Vec<_> = cases.iter().map(|c| c.file_stem().map(ToOwned::to_owned)).collect();
    stems.dedup();
    assert_eq!(stems.len(), cases.len(), "two input documents share a name in {}", dir.display());
    cases
}

/// The settings of a case: its `.toml` file when it has one.
pub fn settings_for(case: &Path) -> openapi_xtask::Settings {
    let mut settings = openapi_xtask::Settings::new("snapshot-client");
    if let Ok(text) = fs::read_to_string(case.with_extension("toml")) {
        let config = openapi_xtask::settings_file::parse(&text)
            .unwrap_or_else(|e| panic!("{}: {e}", case.with_extension("toml").display()));
        config.apply(&mut settings);
    }
    settings
}

/// The name of a case, its file stem.
pub fn case_name(case: &Path) -> &str {
    case.file_stem().and_then(|s| s.to_str()).expect("case file names are UTF-8")
}
