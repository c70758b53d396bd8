//! Keeps the generated part of a directory equal to what the generator produced.
//!
//! An [`Owned`] layout says which part of a directory belongs to the tool:
//! some single files, which every generation must produce, and some
//! directories, whose every file is generated or else removed. A [`FileSet`]
//! is one generation's output, checked against that layout once, when built.
//! Then [`write_files`] makes the directory match (touching only files whose
//! contents changed), and [`check_files`] reports how it differs without
//! changing anything.
//!
//! Contents are compared with line endings normalised, so a checkout with
//! CRLF line endings counts as fresh.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// Which files under a directory belong to the tool, as `/`-separated relative paths.
#[derive(Debug, Clone, Copy)]
pub struct Owned {
    /// Single files that every generation must produce.
    pub files: &'static [&'static str],
    /// Directories whose files are all generated; any other file in them is removed.
    pub dirs: &'static [&'static str],
}

/// One generation's files, known to be safe relative paths inside an [`Owned`] layout.
#[derive(Debug, Clone)]
pub struct FileSet {
    owned: Owned,
    files: BTreeMap<String, String>,
}

/// What [`write_files`] did, as relative paths.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct WriteReport {
    /// Files created or overwritten.
    pub written: Vec<String>,
    /// Files removed because they are no longer generated.
    pub removed: Vec<String>,
}

/// One file on disk that differs from the generation.
#[derive(Debug, PartialEq, Eq)]
pub struct Stale {
    /// Relative path, `/`-separated.
    pub path: String,
    pub kind: StaleKind,
}

/// How a file differs from the generation.
#[derive(Debug, PartialEq, Eq)]
pub enum StaleKind {
    /// Generated, but not on disk.
    Missing,
    /// On disk with other contents; `diff` is a unified diff (hunks only) from disk to generated.
    Changed { diff: String },
    /// On disk in an owned directory, but no longer generated.
    Extra,
}

impl FileSet {
    /// Checks a generation's files against `owned`: every path must be a plain
    /// relative path (no `..`, `.`, empty parts, `\` or leading `/`), appear
    /// once, and be either an owned file or under an owned directory; every
    /// owned file must be present.
    pub fn new(owned: Owned, files: impl IntoIterator<Item = (String, String)>) -> Result<FileSet, String> {
        let mut map = BTreeMap::new();
        for (path, contents) in files {
            check_relative_path(&path)?;
            if !owned.files.contains(&path.as_str()) && owned_dir_of(&owned, &path).is_none() {
                return Err(format!("`{path}` is outside the files codegen keeps ({})", describe(&owned)));
            }
            if map.insert(path.clone(), contents).is_some() {
                return Err(format!("`{path}` was generated twice"));
            }
        }
        for file in owned.files {
            if !map.contains_key(*file) {
                return Err(format!("`{file}` was not generated"));
            }
        }
        Ok(FileSet { owned, files: map })
    }

    /// Number of files in the set.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// Whether the set has no files (only possible for a layout without owned files).
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

impl WriteReport {
    /// Number of files written or removed.
    pub fn changed(&self) -> usize {
        self.written.len() + self.removed.len()
    }
}

/// Makes the owned part of `dir` equal to `set`: writes the files whose
/// contents differ (ignoring line endings), removes files in owned
/// directories that `set` lacks, and then removes directories left empty
/// inside them. Files outside the owned part are never touched.
pub fn write_files(dir: &Path, set: &FileSet) -> Result<WriteReport, String> {
    let mut report = WriteReport::default();
    for (path, contents) in &set.files {
        let full = dir.join(path);
        if let Some(existing) = read_if_exists(&full)? {
            if same_text(&existing, contents) {
                continue;
            }
        }
        if let Some(parent) = full.parent() {
            fs::create_dir_all(parent).map_err(|e| io_error("cannot create", parent, &e))?;
        }
        fs::write(&full, contents).map_err(|e| io_error("cannot write", &full, &e))?;
        report.written.push(path.clone());
    }
    for (path, full) in files_in_owned_dirs(dir, &set.owned)? {
        if !set.files.contains_key(&path) {
            fs::remove_file(&full).map_err(|e| io_error("cannot remove", &full, &e))?;
            report.removed.push(path);
        }
    }
    for owned_dir in set.owned.dirs {
        remove_empty_subdirs(&dir.join(owned_dir))?;
    }
    Ok(report)
}

/// Compares the owned part of `dir` with `set` and lists every difference,
/// sorted by path. Changes nothing.
pub fn check_files(dir: &Path, set: &FileSet) -> Result<Vec<Stale>, String> {
    let mut stale = Vec::new();
    for (path, contents) in &set.files {
        let kind = match read_if_exists(&dir.join(path))? {
            None => StaleKind::Missing,
            Some(existing) if same_text(&existing, contents) => continue,
            Some(existing) => StaleKind::Changed { diff: unified_diff(&existing, contents) },
        };
        stale.push(Stale { path: path.clone(), kind });
    }
    for (path, _) in files_in_owned_dirs(dir, &set.owned)? {
        if !set.files.contains_key(&path) {
            stale.push(Stale { path, kind: StaleKind::Extra });
        }
    }
    stale.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(stale)
}

/// Whether two texts are equal once CRLF line endings become LF.
fn same_text(existing: &[u8], generated: &str) -> bool {
    match std::str::from_utf8(existing) {
        Ok(existing) => normalize_newlines(existing) == normalize_newlines(generated),
        Err(_) => false,
    }
}

fn normalize_newlines(text: &str) -> String {
    text.replace("\r\n", "\n")
}

/// How long computing one file's diff may take.
const DIFF_DEADLINE: std::time::Duration = std::time::Duration::from_millis(500);

/// A unified diff from `existing` to `generated`, hunks only, three lines of context.
fn unified_diff(existing: &[u8], generated: &str) -> String {
    let existing = normalize_newlines(&String::from_utf8_lossy(existing));
    let generated = normalize_newlines(generated);
    // Myers' diff is quadratic in the worst case (a file rewritten from
    // another document); past the deadline it settles for a coarser diff.
    let diff = similar::TextDiff::configure().timeout(DIFF_DEADLINE).diff_lines(&existing, &generated);
    let mut text = String::new();
    for hunk in diff.unified_diff().context_radius(3).iter_hunks() {
        text.push_str(&hunk.to_string());
        if !text.ends_with('\n') {
            text.push('\n');
        }
    }
    text
}

fn read_if_exists(path: &Path) -> Result<Option<Vec<u8>>, String> {
    match fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(io_error("cannot read", path, &e)),
    }
}

/// Every file (or symlink) under the owned directories of `dir`, as
/// (`/`-separated relative path, full path), sorted.
fn files_in_owned_dirs(dir: &Path, owned: &Owned) -> Result<Vec<(String, PathBuf)>, String> {
    let mut files = Vec::new();
    for owned_dir in owned.dirs {
        collect_files(&dir.join(owned_dir), owned_dir, &mut files)?;
    }
    files.sort();
    Ok(files)
}

fn collect_files(dir: &Path, relative: &str, files: &mut Vec<(String, PathBuf)>) -> Result<(), String> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(io_error("cannot list", dir, &e)),
    };
    for entry in entries {
        let entry = entry.map_err(|e| io_error("cannot list", dir, &e))?;
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        let child = format!("{relative}/{name}");
        let file_type = entry.file_type().map_err(|e| io_error("cannot inspect", &path, &e))?;
        if file_type.is_dir() {
            collect_files(&path, &child, files)?;
        } else {
            files.push((child, path));
        }
    }
    Ok(())
}

/// Removes the empty directories below `dir` (not `dir` itself), deepest first.
fn remove_empty_subdirs(dir: &Path) -> Result<(), String> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(io_error("cannot list", dir, &e)),
    };
    for entry in entries {
        let entry = entry.map_err(|e| io_error("cannot list", dir, &e))?;
        let path = entry.path();
        let is_dir = entry.file_type().map_err(|e| io_error("cannot inspect", &path, &e))?.is_dir();
        if is_dir {
            remove_empty_subdirs(&path)?;
            let is_empty = fs::read_dir(&path).map_err(|e| io_error("cannot list", &path, &e))?.next().is_none();
            if is_empty {
                fs::remove_dir(&path).map_err(|e| io_error("cannot remove", &path, &e))?;
            }
        }
    }
    Ok(())
}

fn check_relative_path(path: &str) -> Result<(), String> {
    let plain = !path.is_empty()
        && !path.contains('\\')
        && !path.contains(':')
        && path.split('/').all(|part| !part.is_empty() && part != "." && part != "..");
    if plain {
        Ok(())
    } else {
        Err(format!("`{path}` is not a plain relative path"))
    }
}

fn owned_dir_of<'a>(owned: &'a Owned, path: &str) -> Option<&'a str> {
    owned.dirs.iter().copied().find(|dir| path.strip_prefix(dir).is_some_and(|rest| rest.starts_with('/')))
}

fn describe(owned: &Owned) -> String {
    let files = owned.files.iter().map(|file| file.to_string());
    let dirs = owned.dirs.iter().map(|dir| format!("{dir}/"));
    files.chain(dirs).collect::<Vec<_>>().join(", ")
}

fn io_error(what: &str, path: &Path, error: &io::Error) -> String {
    format!("{what} {}: {error}", path.display())
}

#[cfg(test)]
mod tests {
    use super::super::testing::TempDir;
    use super::*;

    const CRATE: Owned = Owned { files: &["Cargo.toml"], dirs: &["src"] };

    fn set(files: &[(&str, &str)]) -> FileSet {
        FileSet::new(CRATE, files.iter().map(|(p, c)| (p.to_string(), c.to_string()))).unwrap()
    }

    fn kinds(stale: &[Stale]) -> Vec<(&str, &str)> {
        stale
            .iter()
            .map(|s| {
                let kind = match s.kind {
                    StaleKind::Missing => "missing",
                    StaleKind::Changed { .. } => "changed",
                    StaleKind::Extra => "extra",
                };
                (s.path.as_str(), kind)
            })
            .collect()
    }

    #[test]
    fn writes_into_an_empty_dir_then_is_quiet() {
        let dir = TempDir::new();
        let files = set(&[("Cargo.toml", "[package]\n"), ("src/lib.rs", "mod a;\n"), ("src/a/b.rs", "\n")]);
        let report = write_files(&dir.0, &files).unwrap();
        assert_eq!(report.written, ["Cargo.toml", "src/a/b.rs", "src/lib.rs"]);
        assert_eq!(dir.get("src/a/b.rs").as_deref(), Some("\n"));
        assert_eq!(check_files(&dir.0, &files).unwrap(), []);

        let again = write_files(&dir.0, &files).unwrap();
        assert_eq!(again, WriteReport::default());
    }

    #[test]
    fn writes_only_changed_files() {
        let dir = TempDir::new();
        dir.put("Cargo.toml", "[package]\n");
        dir.put("src/lib.rs", "old\n");
        let cargo_toml_mtime = fs::metadata(dir.0.join("Cargo.toml")).unwrap().modified().unwrap();

        let report = write_files(&dir.0, &set(&[("Cargo.toml", "[package]\n"), ("src/lib.rs", "new\n")])).unwrap();
        assert_eq!(report.written, ["src/lib.rs"]);
        assert_eq!(report.changed(), 1);
        assert_eq!(dir.get("src/lib.rs").as_deref(), Some("new\n"));
        let after = fs::metadata(dir.0.join("Cargo.toml")).unwrap().modified().unwrap();
        assert_eq!(after, cargo_toml_mtime, "an unchanged file must not be rewritten");
    }

    #[test]
    fn removes_stale_files_and_empty_dirs_but_nothing_outside() {
        let dir = TempDir::new();
        dir.put("Cargo.toml", "[package]\n");
        dir.put("src/lib.rs", "\n");
        dir.put("src/old.rs", "\n");
        dir.put("src/gone/deep.rs", "\n");
        dir.put("tests/smoke.rs", "\n");
        dir.put("README.md", "\n");

        let report = write_files(&dir.0, &set(&[("Cargo.toml", "[package]\n"), ("src/lib.rs", "\n")])).unwrap();
        assert_eq!(report.written, Vec::<String>::new());
        assert_eq!(report.removed, ["src/gone/deep.rs", "src/old.rs"]);
        assert!(!dir.0.join("src/gone").exists());
        assert!(dir.0.join("src").is_dir());
        assert!(dir.get("tests/smoke.rs").is_some());
        assert!(dir.get("README.md").is_some());
    }

    #[test]
    fn check_reports_stale_missing_and_extra_without_changing_anything() {
        let dir = TempDir::new();
        dir.put("Cargo.toml", "[package]\nname = \"old\"\n");
        dir.put("src/lib.rs", "same\n");
        dir.put("src/extra.rs", "\n");
        dir.put("tests/ignored.rs", "\n");
        let files =
            set(&[("Cargo.toml", "[package]\nname = \"new\"\n"), ("src/lib.rs", "same\n"), ("src/missing.rs", "\n")]);

        let stale = check_files(&dir.0, &files).unwrap();
        assert_eq!(
            kinds(&stale),
            [("Cargo.toml", "changed"), ("src/extra.rs", "extra"), ("src/missing.rs", "missing")]
        );
        let StaleKind::Changed { diff } = &stale[0].kind else { unreachable!() };
        assert!(diff.starts_with("@@ "), "{diff}");
        assert!(diff.contains("-name = \"old\"\n+name = \"new\"\n"), "{diff}");

        assert_eq!(dir.get("Cargo.toml").as_deref(), Some("[package]\nname = \"old\"\n"));
        assert!(dir.get("src/extra.rs").is_some());
        assert!(dir.get("src/missing.rs").is_none());
    }

    #[test]
    fn crlf_on_disk_counts_as_fresh() {
        let dir = TempDir::new();
        dir.put("Cargo.toml", "[package]\r\nname = \"x\"\r\n");
        dir.put("src/lib.rs", "a\r\nb\r\n");
        let files = set(&[("Cargo.toml", "[package]\nname = \"x\"\n"), ("src/lib.rs", "a\nb\n")]);
        assert_eq!(check_files(&dir.0, &files).unwrap(), []);
        assert_eq!(write_files(&dir.0, &files).unwrap(), WriteReport::default());
        assert_eq!(dir.get("src/lib.rs").as_deref(), Some("a\r\nb\r\n"));
    }

    #[test]
    fn non_utf8_file_is_stale() {
        let dir = TempDir::new();
        dir.put("Cargo.toml", "\n");
        dir.put("src/lib.rs", "");
        fs::write(dir.0.join("src/lib.rs"), [0xff, b'\n']).unwrap();
        let files = set(&[("Cargo.toml", "\n"), ("src/lib.rs", "ok\n")]);
        assert_eq!(kinds(&check_files(&dir.0, &files).unwrap()), [("src/lib.rs", "changed")]);
        assert_eq!(write_files(&dir.0, &files).unwrap().written, ["src/lib.rs"]);
    }

    #[test]
    fn file_set_rejects_unsafe_or_unowned_paths() {
        let make =
            |files: &[(&str, &str)]| FileSet::new(CRATE, files.iter().map(|(p, c)| (p.to_string(), c.to_string())));
        let cargo = ("Cargo.toml", "");
        for bad in [
            "../x.rs",
            "src/../x.rs",
            "/src/x.rs",
            "src//x.rs",
            "src/./x.rs",
            "src\\x.rs",
            "src",
            "srcx/a.rs",
            "tests/t.rs",
            "C:/x",
        ] {
            assert!(make(&[cargo, (bad, "")]).is_err(), "{bad} should be rejected");
        }
        assert!(make(&[("src/lib.rs", "")]).is_err(), "Cargo.toml is required");
        assert!(make(&[cargo, ("src/lib.rs", ""), ("src/lib.rs", "")]).is_err(), "duplicates");
        assert_eq!(make(&[cargo, ("src/a/b.rs", "")]).unwrap().len(), 2);
    }
}
