//! The file layer around the pure generator: what `cargo xtask codegen` does,
//! as a library for your own xtask.
//!
//! [`crate::generate`] turns a document into files and touches nothing; this
//! module reads the document and the settings file, keeps a crate directory
//! equal to a generation and reports on it:
//!
//! - [`write()`] writes only the files whose contents changed and removes
//!   generated files that are no longer generated, keeps the version of an
//!   existing `Cargo.toml`, and prints the API change report (what changed in
//!   the crate's public API since the checked-in `api.json`, and the version
//!   the next release needs), which [`WriteOptions::bump`] applies;
//! - [`check`] changes nothing and fails when a file is stale, missing or
//!   extra, with the start of each diff and every cause it can tell from the
//!   generation record `codegen.json` (the spec changed, a file was edited by
//!   hand, or the generator changed);
//! - [`cli`] parses the flags of a `codegen` command (`--check`, `--bump`,
//!   `--report FILE`, `--deny-warnings`) and runs one of them, for an xtask's
//!   `main`.
//!
//! In the crate directory a [`Job`] owns `Cargo.toml`, `api.json`,
//! `codegen.json` and everything under `src/` ([`CRATE_LAYOUT`]); nothing
//! else (such as hand-written `tests/`) is touched. Progress, warnings and
//! reports are printed to stdout and stderr, as a command-line tool does.
//!
//! ```no_run
//! use openapi_xtask::codegen::{self, Job};
//!
//! let job = Job::new("api.yaml", "pets-client", "pets-client").settings_file("codegen.toml");
//! codegen::write(&job, &codegen::WriteOptions::default())?;
//! codegen::check(&job, None)?;
//! # Ok::<(), codegen::Error>(())
//! ```

mod api_diff;
mod drift;
pub mod files;
pub mod manifest;
/// Whether files of the crate's code changed: the generation record and the
/// API description are about the crate, and a change there alone (a new
/// field of `api.json`, say) asks for no new version.
fn code_changed(stale: &[files::Stale]) -> bool {
    stale.iter().any(|file| file.path != RECORD_PATH && file.path != DESCRIPTION_PATH)
}

#[cfg(test)]
mod testing;

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::changes::{self, Bump};
use crate::describe::DESCRIPTION_PATH;
use crate::provenance::RECORD_PATH;
use api_diff::ApiChanges;
use files::{FileSet, Owned, Stale, StaleKind};

/// The files of a crate directory that codegen keeps: see [`Owned`].
pub const CRATE_LAYOUT: Owned = Owned { files: &["Cargo.toml", DESCRIPTION_PATH, RECORD_PATH], dirs: &["src"] };

/// How many lines of each file's diff [`check`] prints.
const DIFF_LINES: usize = 40;

/// The usage of [`cli`]'s flags, for an xtask's help text.
pub const USAGE: &str = "\
flags:
  --check          change nothing; fail with the diff and its causes when a generated file is stale
  --bump           apply the version the API change report suggests (not with --check)
  --report FILE    also write the API change report to FILE as Markdown
  --deny-warnings  treat generator warnings as errors
";

/// Why a codegen run failed, as a message for the terminal (the diagnostics
/// and diffs behind it were printed already).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl From<String> for Error {
    fn from(message: String) -> Error {
        Error(message)
    }
}

/// One crate to generate: the document, the crate directory, the crate's
/// name, and how paths and the fixing command appear in messages.
#[derive(Debug, Clone)]
pub struct Job {
    spec: PathBuf,
    spec_shown: String,
    out: PathBuf,
    out_shown: String,
    crate_name: String,
    dev_dependencies: BTreeMap<String, String>,
    settings_file: Option<(PathBuf, String)>,
    deny_warnings: bool,
    fix: String,
}

impl Job {
    /// Generate the crate `crate_name` from the document at `spec` into the
    /// directory `out`. Messages show the paths as given, and a failed check
    /// tells the user to run `cargo xtask codegen` (see [`Job::fix_command`]).
    pub fn new(spec: impl Into<PathBuf>, out: impl Into<PathBuf>, crate_name: impl Into<String>) -> Job {
        let spec = spec.into();
        let out = out.into();
        Job {
            spec_shown: spec.display().to_string(),
            out_shown: out.display().to_string().trim_end_matches('/').to_owned(),
            spec,
            out,
            crate_name: crate_name.into(),
            dev_dependencies: BTreeMap::new(),
            settings_file: None,
            deny_warnings: false,
            fix: "cargo xtask codegen".to_owned(),
        }
    }

    /// Reads generator settings (TOML: pagination rules, type choices) from
    /// `path`; see `docs/codegen.md`.
    pub fn settings_file(mut self, path: impl Into<PathBuf>) -> Job {
        let path = path.into();
        self.settings_file = Some((path.clone(), path.display().to_string()));
        self
    }

    /// Adds `name = spec` (a TOML value, such as `"0.3"` or
    /// `{ version = "1", features = ["macros"] }`) to the generated crate's
    /// `[dev-dependencies]`, for its hand-written tests.
    pub fn dev_dependency(mut self, name: impl Into<String>, spec: impl Into<String>) -> Job {
        self.dev_dependencies.insert(name.into(), spec.into());
        self
    }

    /// Treats generator warnings as errors: they are printed and nothing is written.
    pub fn deny_warnings(mut self, deny: bool) -> Job {
        self.deny_warnings = deny;
        self
    }

    /// The command a failed [`check`] tells the user to run (default `cargo xtask codegen`).
    pub fn fix_command(mut self, command: impl Into<String>) -> Job {
        self.fix = command.into();
        self
    }

    /// Shows the document, the crate directory and the settings file relative
    /// to `root` (a workspace root, say) in messages, where they are under it.
    pub fn shown_relative_to(mut self, root: &Path) -> Job {
        let relative = |path: &Path| path.strip_prefix(root).ok().map(|p| p.display().to_string());
        if let Some(spec) = relative(&self.spec) {
            self.spec_shown = spec;
        }
        if let Some(out) = relative(&self.out) {
            self.out_shown = out;
        }
        if let Some((path, shown)) = &mut self.settings_file {
            if let Some(relative) = relative(path) {
                *shown = relative;
            }
        }
        self
    }

    /// The crate's package name.
    pub fn crate_name(&self) -> &str {
        &self.crate_name
    }

    /// The document the crate is generated from.
    pub fn spec(&self) -> &Path {
        &self.spec
    }

    /// The crate directory.
    pub fn out(&self) -> &Path {
        &self.out
    }

    /// The command a failed check tells the user to run.
    pub fn fix(&self) -> &str {
        &self.fix
    }

    /// `relative` (a path inside the crate directory) as messages show it.
    pub fn shown(&self, relative: &str) -> String {
        if self.out_shown.is_empty() {
            relative.to_owned()
        } else {
            format!("{}/{relative}", self.out_shown)
        }
    }
}

/// What [`write()`] does beside writing the files.
#[derive(Debug, Clone, Default)]
pub struct WriteOptions {
    /// Writes the version the API change report suggests into the generated
    /// `Cargo.toml` (the report compares with the `api.json` on disk, so use
    /// it on the run that regenerates).
    pub bump: bool,
    /// Also writes the API change report to this file, as Markdown.
    pub report: Option<PathBuf>,
}

/// A successful generation, its files already checked against [`CRATE_LAYOUT`].
#[derive(Debug)]
struct Generation {
    files: FileSet,
    stats: crate::Stats,
    /// The spec it was generated from.
    spec_text: String,
    /// The generated `api.json`.
    description: String,
    /// The crate version it was generated with.
    version: String,
}

/// Brings the crate directory up to date: generates, writes the files whose
/// contents changed, removes files in `src/` no longer generated, and prints
/// a summary line and the API change report (with the suggested version,
/// applied with [`WriteOptions::bump`]). Hand edits that are overwritten are
/// named. On a generator error (or a warning with [`Job::deny_warnings`])
/// every diagnostic is printed and nothing is written.
pub fn write(job: &Job, options: &WriteOptions) -> Result<(), Error> {
    let mut generation = generate(job, None)?;
    let stale = files::check_files(&job.out, &generation.files)?;
    if let Ok(record) = drift::read_record(&job.out) {
        let edits = drift::hand_edits(&job.out, &record, &stale);
        if !edits.is_empty() {
            eprintln!("codegen: note: overwriting hand edits: {}", edits.list(&|path| job.shown(path)));
        }
    }
    let api_changes = api_diff::compare(&job.out, &generation.description);
    let code_changed = code_changed(&stale);
    let mut advice = match api_changes.advise(&generation.version, code_changed) {
        Some(Ok(advice)) => Some(advice),
        Some(Err(e)) if options.bump => return Err(Error(e)),
        Some(Err(e)) => {
            eprintln!("codegen: note: {e}");
            None
        }
        None => None,
    };
    if let Some(advice) = advice.as_mut().filter(|a| options.bump && a.bump != Bump::None) {
        generation = generate(job, Some(&advice.next))?;
        advice.applied = true;
    }
    let report = files::write_files(&job.out, &generation.files)?;
    println!(
        "codegen: {}, {}, {} changed ({})",
        plural(generation.stats.operations, "operation"),
        plural(generation.stats.types, "type"),
        plural(report.changed(), "file"),
        job.crate_name
    );
    let quiet = report.changed() == 0 && matches!(&api_changes, ApiChanges::Compared(r) if r.changes.is_empty());
    if !quiet {
        print!("{}", api_changes.text(&job.crate_name, &job.shown(DESCRIPTION_PATH), advice.as_ref()));
    }
    if let Some(advice) = advice.as_ref().filter(|a| !a.applied && a.bump != Bump::None) {
        println!(
            "To apply it, set `version = \"{}\"` in {} (codegen keeps the version there), or regenerate with `--bump`.",
            advice.next,
            job.shown("Cargo.toml")
        );
    }
    if let Some(path) = &options.report {
        api_diff::write_report(path, &api_changes.markdown(&job.crate_name, advice.as_ref()))?;
    }
    Ok(())
}

/// Checks that the crate directory is what [`write()`] would make, changing
/// nothing. When it is not, prints each stale, missing or extra file (with
/// the start of its diff), the API changes regenerating would make, and fails
/// with every cause it can tell (the spec changed, a file was edited by hand,
/// the generator changed) and the command that fixes it. `report`, when
/// given, receives the API change report as Markdown either way.
pub fn check(job: &Job, report: Option<&Path>) -> Result<(), Error> {
    let generation = generate(job, None)?;
    let stale = files::check_files(&job.out, &generation.files)?;
    let api_changes = api_diff::compare(&job.out, &generation.description);
    if let Some(path) = report {
        let code_changed = code_changed(&stale);
        let advice = api_changes.advise(&generation.version, code_changed).and_then(Result::ok);
        api_diff::write_report(path, &api_changes.markdown(&job.crate_name, advice.as_ref()))?;
    }
    if stale.is_empty() {
        println!(
            "codegen --check: {}, {}, {} up to date ({})",
            plural(generation.stats.operations, "operation"),
            plural(generation.stats.types, "type"),
            plural(generation.files.len(), "file"),
            job.crate_name
        );
        return Ok(());
    }
    for file in &stale {
        eprint!("{}", describe_stale(job, file));
    }
    let record_shown = job.shown(RECORD_PATH);
    let shown = drift::Shown { spec: &job.spec_shown, record: &record_shown };
    let causes = drift::explain(&job.out, &generation.spec_text, &stale, &shown);
    if let ApiChanges::Compared(report) = &api_changes {
        if !report.changes.is_empty() {
            eprint!("Regenerating would change the API.\n{}", changes::render_text(&job.crate_name, report, None));
        }
    }
    let paths = stale.iter().map(|file| job.shown(&file.path)).collect::<Vec<_>>();
    let why: String = causes.iter().map(|cause| format!("\n  because {}", cause.message(&job.out_shown))).collect();
    Err(Error(format!(
        "{} out of date ({}): {}{why}\nrun `{}` to update",
        plural(stale.len(), "generated file"),
        job.crate_name,
        paths.join(", "),
        job.fix
    )))
}

/// Runs a `codegen` command for `job` with the flags in `args` (those after
/// the command's name; see [`USAGE`]): [`check`] with `--check`, else
/// [`write()`]. Prints the error or the usage and returns the exit code (1 for
/// a failed run, 2 for bad flags), so an xtask's `main` can return it.
pub fn cli(job: &Job, args: impl IntoIterator<Item = impl Into<OsString>>) -> ExitCode {
    let mut check_only = false;
    let mut options = WriteOptions::default();
    let mut deny_warnings = job.deny_warnings;
    let mut args = args.into_iter().map(Into::into);
    while let Some(arg) = args.next() {
        match arg.to_str() {
            Some("--check") => check_only = true,
            Some("--bump") => options.bump = true,
            Some("--deny-warnings") => deny_warnings = true,
            Some("--report") => match args.next() {
                Some(path) => options.report = Some(PathBuf::from(path)),
                None => return usage_error("`--report` needs a file"),
            },
            Some("--help" | "-h") => {
                print!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ => return usage_error(&format!("unknown flag `{}`", arg.to_string_lossy())),
        }
    }
    if check_only && options.bump {
        return usage_error("`--bump` changes the crate, so it does not go with `--check`");
    }
    let job = job.clone().deny_warnings(deny_warnings);
    let result = if check_only { check(&job, options.report.as_deref()) } else { write(&job, &options) };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("error: {message}\n\n{USAGE}");
    ExitCode::from(2)
}

/// Reads the spec and runs the generator (with `version` instead of the one
/// in the existing `Cargo.toml`, when given), printing its warnings; on
/// failure (or on a warning with `--deny-warnings`), prints every diagnostic
/// rustc-style and returns an error.
fn generate(job: &Job, version: Option<&str>) -> Result<Generation, Error> {
    let bytes = fs::read(&job.spec).map_err(|e| format!("cannot read {}: {e}", job.spec_shown))?;
    let spec_text = match crate::parse::decode(&bytes) {
        Ok(text) => text.to_owned(),
        Err(diagnostic) => {
            print_diagnostics(job, &String::from_utf8_lossy(&bytes), &[diagnostic]);
            return Err(failed(job, 1));
        }
    };
    let mut settings = settings(job)?;
    if let Some(version) = version {
        settings.crate_version = version.to_owned();
    }
    let generated = match crate::generate(&spec_text, &settings) {
        Ok(generated) => generated,
        Err(diagnostics) => {
            print_diagnostics(job, &spec_text, &diagnostics);
            let errors = diagnostics.iter().filter(|d| d.severity == crate::Severity::Error).count();
            return Err(failed(job, errors.max(1)));
        }
    };
    if job.deny_warnings && !generated.diagnostics.is_empty() {
        let denied: Vec<crate::Diagnostic> = generated
            .diagnostics
            .iter()
            .map(|d| crate::Diagnostic { severity: crate::Severity::Error, ..d.clone() })
            .collect();
        print_diagnostics(job, &spec_text, &denied);
        eprintln!("note: these warnings are errors because of `--deny-warnings`");
        return Err(failed(job, denied.len()));
    }
    print_diagnostics(job, &spec_text, &generated.diagnostics);
    let description =
        generated.files.iter().find(|file| file.path == DESCRIPTION_PATH).map(|file| file.contents.clone());
    let files = generated.files.into_iter().map(|file| (file.path, file.contents));
    let files = FileSet::new(CRATE_LAYOUT, files)
        .map_err(|e| format!("the generator's output for {} is unusable: {e}; nothing written", job.crate_name))?;
    let description = description.unwrap_or_default();
    Ok(Generation { files, stats: generated.stats, spec_text, description, version: settings.crate_version })
}

/// Prints diagnostics rustc-style, each followed by a blank line.
fn print_diagnostics(job: &Job, spec_text: &str, diagnostics: &[crate::Diagnostic]) {
    for diagnostic in diagnostics {
        eprintln!("{}", crate::diagnostics::render(diagnostic, &job.spec_shown, spec_text));
    }
}

fn failed(job: &Job, errors: usize) -> Error {
    Error(format!(
        "generating {} from {} failed with {}; nothing written",
        job.crate_name,
        job.spec_shown,
        plural(errors, "error")
    ))
}

/// The generator settings of `job`: its settings file applied, and the
/// version of an existing `Cargo.toml` kept.
///
/// Refuses a directory whose `Cargo.toml` belongs to another package, or that
/// has a `src/` but no `Cargo.toml`, so a mistyped output directory cannot
/// replace some other project's sources.
pub fn settings(job: &Job) -> Result<crate::Settings, Error> {
    let mut settings = crate::Settings::new(job.crate_name.clone());
    settings.dev_dependencies = job.dev_dependencies.clone();
    if let Some((path, shown)) = &job.settings_file {
        let text = fs::read_to_string(path).map_err(|e| format!("cannot read {shown}: {e}"))?;
        crate::settings_file::parse(&text).map_err(|e| format!("{shown}: {e}"))?.apply(&mut settings);
    }
    let manifest_path = job.out.join("Cargo.toml");
    let Some(manifest) = read_existing(&manifest_path, &job.shown("Cargo.toml"))? else {
        let src_in_use = fs::read_dir(job.out.join("src")).is_ok_and(|mut entries| entries.next().is_some());
        if src_in_use {
            return Err(Error(format!(
                "{} exists without {}; refusing to replace it (choose another output directory or remove it)",
                job.shown("src/"),
                job.shown("Cargo.toml")
            )));
        }
        return Ok(settings);
    };
    match manifest::package_field(&manifest, "name") {
        Some(name) if name == job.crate_name => {}
        found => {
            let found = found.map_or("no package name".to_owned(), |name| format!("package `{name}`"));
            return Err(Error(format!(
                "{} has {found}, not `{}`; refusing to overwrite it (choose another output directory or remove it)",
                job.shown("Cargo.toml"),
                job.crate_name
            )));
        }
    }
    if let Some(version) = manifest::package_field(&manifest, "version").filter(|v| !v.is_empty()) {
        settings.crate_version = version;
    }
    Ok(settings)
}

fn read_existing(path: &Path, shown: &str) -> Result<Option<String>, String> {
    match fs::read_to_string(path) {
        Ok(text) => Ok(Some(text)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(format!("cannot read {shown}: {e}")),
    }
}

/// The report for one stale file: what is wrong and, for a changed file, the
/// start of its diff.
fn describe_stale(job: &Job, file: &Stale) -> String {
    let shown = job.shown(&file.path);
    match &file.kind {
        StaleKind::Missing => format!("{shown}: missing (generated, not on disk)\n"),
        StaleKind::Extra => format!("{shown}: extra (on disk, no longer generated)\n"),
        StaleKind::Changed { diff } => {
            let mut text = format!("{shown}: stale\n--- {shown} (on disk)\n+++ {shown} (generated)\n");
            let lines = diff.lines().collect::<Vec<_>>();
            for line in lines.iter().take(DIFF_LINES) {
                text.push_str(line);
                text.push('\n');
            }
            if lines.len() > DIFF_LINES {
                text.push_str(&format!("... {} more diff lines\n", lines.len() - DIFF_LINES));
            }
            text
        }
    }
}

fn plural(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("{count} {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

/// Quotes `word` for a POSIX shell when it holds anything but plain path
/// characters, for commands shown in messages (see [`Job::fix_command`]).
pub fn shell_word(word: &str) -> String {
    let plain = !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '.' | '-' | '_' | '+' | ',' | ':' | '@'));
    if plain {
        word.to_owned()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::testing::TempDir;
    use super::*;

    fn job_in(dir: &TempDir, name: &str) -> Job {
        Job::new(dir.0.join("api.yaml"), dir.0.join("out"), name)
    }

    #[test]
    fn a_changed_description_or_record_alone_is_no_code_change() {
        let stale = |paths: &[&str]| -> Vec<files::Stale> {
            paths.iter().map(|p| files::Stale { path: (*p).to_owned(), kind: files::StaleKind::Missing }).collect()
        };
        assert!(!code_changed(&stale(&[DESCRIPTION_PATH, RECORD_PATH])));
        assert!(code_changed(&stale(&[DESCRIPTION_PATH, "src/types.rs"])));
    }

    #[test]
    fn settings_keep_the_existing_version() {
        let dir = TempDir::new();
        assert_eq!(settings(&job_in(&dir, "pets")).unwrap().crate_version, "0.1.0");
        dir.put("out/Cargo.toml", "[package]\nname = \"pets\"\nversion = \"2.3.4\"\n");
        let settings = settings(&job_in(&dir, "pets")).unwrap();
        assert_eq!((settings.crate_name.as_str(), settings.crate_version.as_str()), ("pets", "2.3.4"));
    }

    #[test]
    fn settings_refuse_another_package() {
        let dir = TempDir::new();
        dir.put("out/Cargo.toml", "[package]\nname = \"xtask\"\n");
        let error = settings(&job_in(&dir, "pets")).unwrap_err().to_string();
        assert!(error.contains("package `xtask`, not `pets`; refusing"), "{error}");
        dir.put("out/Cargo.toml", "[workspace]\nmembers = []\n");
        assert!(settings(&job_in(&dir, "pets")).unwrap_err().to_string().contains("no package name"));
    }

    #[test]
    fn settings_refuse_a_src_dir_without_manifest() {
        let dir = TempDir::new();
        dir.put("out/src/main.py", "");
        let error = settings(&job_in(&dir, "pets")).unwrap_err().to_string();
        assert!(error.contains("src/ exists without"), "{error}");
    }

    #[test]
    fn paths_are_shown_relative_to_a_root() {
        let job = Job::new("/repo/spec/api.yaml", "/repo/client/", "pets")
            .settings_file("/repo/spec/codegen.toml")
            .shown_relative_to(Path::new("/repo"));
        assert_eq!((job.spec_shown.as_str(), job.out_shown.as_str()), ("spec/api.yaml", "client"));
        assert_eq!(job.settings_file.as_ref().map(|(_, shown)| shown.as_str()), Some("spec/codegen.toml"));
        assert_eq!(job.shown("src/lib.rs"), "client/src/lib.rs");
    }

    #[test]
    fn changed_file_report_is_cut_at_the_diff_limit() {
        let job = Job::new("api.yaml", "generated-client", "pets");
        let diff = (0..50).map(|i| format!("+line {i}\n")).collect::<String>();
        let text = describe_stale(&job, &Stale { path: "src/lib.rs".to_owned(), kind: StaleKind::Changed { diff } });
        assert!(text.starts_with("generated-client/src/lib.rs: stale\n--- generated-client/src/lib.rs (on disk)\n"));
        assert!(text.contains("+line 39\n"));
        assert!(!text.contains("+line 40\n"));
        assert!(text.ends_with("... 10 more diff lines\n"));
    }

    #[test]
    fn shell_words_are_quoted_when_odd() {
        assert_eq!(shell_word("out/pets"), "out/pets");
        assert_eq!(shell_word("my specs/api.yaml"), "'my specs/api.yaml'");
        assert_eq!(shell_word("it's"), r"'it'\''s'");
    }

    /// A list operation whose names the pagination detection does not know.
    const FEEDS: &str = "\
openapi: 3.0.3
info: { title: Feeds, version: '1' }
paths:
  /entries:
    get:
      operationId: listEntries
      parameters:
        - { name: after, in: query, schema: { type: string } }
      responses:
        '200':
          description: A page
          content:
            application/json:
              schema:
                type: object
                properties:
                  entries: { type: array, items: { type: string } }
                  links: { type: object, properties: { following: { type: string } } }
";

    #[test]
    fn settings_file_declares_pagination() {
        let dir = TempDir::new();
        dir.put("api.yaml", FEEDS);
        let run_with = |config: Option<&str>| {
            let mut job = Job::new(dir.0.join("api.yaml"), dir.0.join("out"), "feeds");
            if let Some(name) = config {
                job = job.settings_file(dir.0.join(name));
            }
            write(&job, &WriteOptions::default())
                .map(|()| dir.get("out/src/operations.rs").unwrap())
                .map_err(|e| e.to_string())
        };
        assert!(!run_with(None).unwrap().contains("fn into_stream"), "not detected without the file");

        dir.put(
            "feeds.toml",
            "[pagination.listEntries]\ncursor_param = \"after\"\nnext_cursor = \"links.following\"\n",
        );
        let operations = run_with(Some("feeds.toml")).unwrap();
        assert!(operations.contains("pub fn into_stream"), "declared by the file");
        assert!(operations.contains("next.after = Some(cursor.clone())"), "the declared cursor parameter");

        dir.put("feeds.toml", "[pagination.listEntries]\ncursor_param = \"after\"\nnext_cursor = \"links.following\"\nitem = \"entries\"\n");
        let error = run_with(Some("feeds.toml")).unwrap_err();
        assert!(error.contains("feeds.toml: `pagination.listEntries.item`: unknown field `item`"), "{error}");

        dir.put("feeds.toml", "[pagination.listEntry]\ncursor_param = \"after\"\nnext_cursor = \"links.following\"\n");
        let error = run_with(Some("feeds.toml")).unwrap_err();
        assert!(error.contains("failed with 1 error"), "an operationId the document lacks fails generation: {error}");

        let error = run_with(Some("missing.toml")).unwrap_err();
        assert!(error.contains("cannot read") && error.contains("missing.toml"), "{error}");
    }

    #[test]
    fn cli_runs_write_then_check() {
        let dir = TempDir::new();
        dir.put("api.yaml", testing::SPEC);
        let job = job_in(&dir, "pets");
        assert_eq!(cli(&job, ["--check"]), ExitCode::FAILURE, "nothing generated yet");
        assert_eq!(cli(&job, Vec::<String>::new()), ExitCode::SUCCESS);
        assert_eq!(cli(&job, ["--check"]), ExitCode::SUCCESS);
        assert_eq!(cli(&job, ["--check", "--bump"]), ExitCode::from(2));
        assert_eq!(cli(&job, ["--frobnicate"]), ExitCode::from(2));
        assert_eq!(cli(&job, ["--report"]), ExitCode::from(2));
    }
}
