//! `cargo xtask codegen`: reads an OpenAPI document, runs the generator, and
//! keeps the generated crate's files fresh (or, with `--check`, reports how
//! they are not).
//!
//! In a crate directory, codegen owns `Cargo.toml`, `api.json` (the
//! description of the public API), `codegen.json` (the generation record) and
//! everything under `src/`; other files, such as hand-written `tests/`, are
//! never touched. The files are written exactly as the generator returns
//! them. The version in an existing `Cargo.toml` is passed back to the
//! generator, so a version set there survives regeneration.
//!
//! Writing compares the new `api.json` with the one on disk and prints the
//! API change report (`api_diff.rs`) with the suggested version, which
//! `--bump` applies. A failed check says why the crate is stale (`drift.rs`).

use std::fs;
use std::path::{Path, PathBuf};

use crate::api_diff::{self, ApiChanges};
use crate::drift;
use crate::ensure::{self, FileSet, Owned, Stale, StaleKind};
use crate::flags::{self, Mode, Target};
use crate::manifest;
use generator::changes::{self, Bump};
use generator::describe::DESCRIPTION_PATH;
use generator::provenance::RECORD_PATH;

/// The files of a crate directory that codegen keeps; see [`Owned`].
pub(crate) const CRATE_LAYOUT: Owned = Owned { files: &["Cargo.toml", DESCRIPTION_PATH, RECORD_PATH], dirs: &["src"] };

const READMIN_SPEC: &str = "spec/readmin.yaml";
/// The runtime fixture: a small document for the runtime features ReAdmin
/// does not use (typed headers, `Link`, offset and page pagination), whose
/// crate `fixture-client/` is checked in and tested like `readmin-client`.
const FIXTURE_SPEC: &str = "spec/fixture.yaml";
const FIXTURE_CONFIG: &str = "spec/fixture.toml";
const FIXTURE_DIR: &str = "fixture-client";
const FIXTURE_CRATE: &str = "fixture-client";
/// The reference server's document: the `/openapi.json` of the FastAPI app
/// in `reference-server/`, checked in so a framework upgrade shows up as a
/// diff. Its crate `reference-client/` is tested against the live server.
const REFERENCE_SPEC: &str = "reference-server/openapi.json";
const REFERENCE_DIR: &str = "reference-client";
const REFERENCE_CRATE: &str = "reference-client";
/// What the hand-written tests in `reference-client/tests/` use beside the
/// crate's own dependencies.
const REFERENCE_DEV_DEPENDENCIES: &[(&str, &str)] = &[
    ("test-support", "{ path = \"../test-support\" }"),
    ("tokio", "{ version = \"1\", features = [\"macros\", \"rt-multi-thread\", \"time\"] }"),
];
/// The ReAdmin job's generator settings (`config.rs`); optional.
const READMIN_CONFIG: &str = "spec/codegen.toml";
const READMIN_DIR: &str = "generated-client";
const READMIN_CRATE: &str = "readmin-client";
/// What the hand-written tests in `generated-client/tests/` use.
const READMIN_DEV_DEPENDENCIES: &[(&str, &str)] = &[
    ("futures", "\"0.3\""),
    ("serde_json", "\"1\""),
    ("tokio", "{ version = \"1\", features = [\"macros\", \"rt-multi-thread\", \"net\", \"io-util\", \"time\"] }"),
    ("wiremock", "\"0.6\""),
];

/// How many lines of each file's diff `--check` prints.
const DIFF_LINES: usize = 40;

/// Runs `cargo xtask codegen` with the parsed flags.
pub(crate) fn run(args: &flags::Codegen) -> Result<(), String> {
    let mut job = match &args.target {
        Target::Readmin => Job::readmin(),
        Target::Standalone(standalone) => Job::standalone(standalone),
    };
    job.deny_warnings = args.deny_warnings;
    match args.mode {
        Mode::Write => write(&job, args.bump, args.report.as_deref())?,
        Mode::Check => check(&job, args.report.as_deref())?,
    }
    if matches!(args.target, Target::Readmin) {
        // The other checked-in crates go with the ReAdmin one. Their versions
        // are not managed (`--bump` and `--report` are ReAdmin's).
        for companion in Job::companions() {
            match args.mode {
                Mode::Write => write(&companion, false, None)?,
                Mode::Check => check(&companion, None)?,
            }
        }
    }
    Ok(())
}

/// Checks every checked-in crate (ReAdmin's, the runtime fixture's and the
/// reference server's) against its spec, changing nothing.
pub(crate) fn check_checked_in() -> Result<(), String> {
    check(&Job::readmin(), None)?;
    Job::companions().iter().try_for_each(|job| check(job, None))
}

/// The ReAdmin document and the settings its crate is generated with (those
/// of `cargo xtask codegen`), for the benchmarks.
pub(crate) fn readmin_input() -> Result<(PathBuf, generator::Settings), String> {
    let job = Job::readmin();
    let settings = settings(&job)?;
    Ok((job.spec, settings))
}

/// One crate to generate, with the paths as they should appear in messages.
#[derive(Debug)]
struct Job {
    spec: PathBuf,
    spec_shown: String,
    out: PathBuf,
    out_shown: String,
    crate_name: String,
    /// `[dev-dependencies]` of the generated crate.
    dev_dependencies: &'static [(&'static str, &'static str)],
    /// The command that brings the crate up to date.
    fix: String,
    /// Whether generator warnings fail the run (`--deny-warnings`).
    deny_warnings: bool,
    /// The generator settings file and how to show it; see `config.rs`.
    config: Option<(PathBuf, String)>,
}

impl Job {
    fn readmin() -> Job {
        let root = crate::project_root();
        Job {
            spec: root.join(READMIN_SPEC),
            spec_shown: READMIN_SPEC.to_owned(),
            out: root.join(READMIN_DIR),
            out_shown: READMIN_DIR.to_owned(),
            crate_name: READMIN_CRATE.to_owned(),
            dev_dependencies: READMIN_DEV_DEPENDENCIES,
            fix: "cargo xtask codegen".to_owned(),
            deny_warnings: false,
            config: Some(root.join(READMIN_CONFIG))
                .filter(|path| path.exists())
                .map(|path| (path, READMIN_CONFIG.to_owned())),
        }
    }

    fn fixture() -> Job {
        let root = crate::project_root();
        Job {
            spec: root.join(FIXTURE_SPEC),
            spec_shown: FIXTURE_SPEC.to_owned(),
            out: root.join(FIXTURE_DIR),
            out_shown: FIXTURE_DIR.to_owned(),
            crate_name: FIXTURE_CRATE.to_owned(),
            dev_dependencies: READMIN_DEV_DEPENDENCIES,
            fix: "cargo xtask codegen".to_owned(),
            deny_warnings: true,
            config: Some((root.join(FIXTURE_CONFIG), FIXTURE_CONFIG.to_owned())),
        }
    }

    fn reference() -> Job {
        let root = crate::project_root();
        Job {
            spec: root.join(REFERENCE_SPEC),
            spec_shown: REFERENCE_SPEC.to_owned(),
            out: root.join(REFERENCE_DIR),
            out_shown: REFERENCE_DIR.to_owned(),
            crate_name: REFERENCE_CRATE.to_owned(),
            dev_dependencies: REFERENCE_DEV_DEPENDENCIES,
            fix: "cargo xtask codegen".to_owned(),
            deny_warnings: true,
            config: None,
        }
    }

    /// The crates checked in beside ReAdmin's, generated and checked with
    /// it. Their documents are meant to be warning-free, so warnings fail them.
    fn companions() -> [Job; 2] {
        [Job::fixture(), Job::reference()]
    }

    fn standalone(args: &flags::Standalone) -> Job {
        let spec_shown = args.spec.display().to_string();
        let out_shown = args.out.display().to_string().trim_end_matches('/').to_owned();
        let config = args.config.as_ref().map(|path| (path.clone(), path.display().to_string()));
        let mut fix = format!(
            "cargo xtask codegen --spec {} --out {} --name {}",
            shell_word(&spec_shown),
            shell_word(&out_shown),
            args.name
        );
        if let Some((_, shown)) = &config {
            fix.push_str(&format!(" --config {}", shell_word(shown)));
        }
        Job {
            spec: args.spec.clone(),
            spec_shown,
            out: args.out.clone(),
            out_shown,
            crate_name: args.name.clone(),
            dev_dependencies: &[],
            fix,
            deny_warnings: false,
            config,
        }
    }

    fn shown(&self, relative: &str) -> String {
        if self.out_shown.is_empty() {
            relative.to_owned()
        } else {
            format!("{}/{relative}", self.out_shown)
        }
    }
}

/// A successful generation, its files already checked against [`CRATE_LAYOUT`].
#[derive(Debug)]
struct Generation {
    files: FileSet,
    stats: generator::Stats,
    /// The spec it was generated from.
    spec_text: String,
    /// The generated `api.json`.
    description: String,
    /// The crate version it was generated with.
    version: String,
}

fn write(job: &Job, bump: bool, report_path: Option<&Path>) -> Result<(), String> {
    let mut generation = generate(job, None)?;
    let stale = ensure::check_files(&job.out, &generation.files)?;
    if let Ok(record) = drift::read_record(&job.out) {
        let edits = drift::hand_edits(&job.out, &record, &stale);
        if !edits.is_empty() {
            eprintln!("codegen: note: overwriting hand edits: {}", edits.list(&|path| job.shown(path)));
        }
    }
    let api_changes = api_diff::compare(&job.out, &generation.description);
    let code_changed = stale.iter().any(|file| file.path != RECORD_PATH);
    let mut advice = match api_changes.advise(&generation.version, code_changed) {
        Some(Ok(advice)) => Some(advice),
        Some(Err(e)) if bump => return Err(e),
        Some(Err(e)) => {
            eprintln!("codegen: note: {e}");
            None
        }
        None => None,
    };
    if let Some(advice) = advice.as_mut().filter(|a| bump && a.bump != Bump::None) {
        generation = generate(job, Some(&advice.next))?;
        advice.applied = true;
    }
    let report = ensure::write_files(&job.out, &generation.files)?;
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
    if let Some(path) = report_path {
        api_diff::write_report(path, &api_changes.markdown(&job.crate_name, advice.as_ref()))?;
    }
    Ok(())
}

fn check(job: &Job, report_path: Option<&Path>) -> Result<(), String> {
    let generation = generate(job, None)?;
    let stale = ensure::check_files(&job.out, &generation.files)?;
    let api_changes = api_diff::compare(&job.out, &generation.description);
    if let Some(path) = report_path {
        let code_changed = stale.iter().any(|file| file.path != RECORD_PATH);
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
    Err(format!(
        "{} out of date ({}): {}{why}\nrun `{}` to update",
        plural(stale.len(), "generated file"),
        job.crate_name,
        paths.join(", "),
        job.fix
    ))
}

/// Reads the spec and runs the generator (with `version` instead of the one
/// in the existing `Cargo.toml`, when given), printing its warnings; on
/// failure (or on a warning with `--deny-warnings`), prints every diagnostic
/// rustc-style and returns an error.
fn generate(job: &Job, version: Option<&str>) -> Result<Generation, String> {
    let bytes = fs::read(&job.spec).map_err(|e| format!("cannot read {}: {e}", job.spec_shown))?;
    let spec_text = match generator::parse::decode(&bytes) {
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
    let generated = match generator::generate(&spec_text, &settings) {
        Ok(generated) => generated,
        Err(diagnostics) => {
            print_diagnostics(job, &spec_text, &diagnostics);
            let errors = diagnostics.iter().filter(|d| d.severity == generator::Severity::Error).count();
            return Err(failed(job, errors.max(1)));
        }
    };
    if job.deny_warnings && !generated.diagnostics.is_empty() {
        let denied: Vec<generator::Diagnostic> = generated
            .diagnostics
            .iter()
            .map(|d| generator::Diagnostic { severity: generator::Severity::Error, ..d.clone() })
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
fn print_diagnostics(job: &Job, spec_text: &str, diagnostics: &[generator::Diagnostic]) {
    for diagnostic in diagnostics {
        eprintln!("{}", generator::diagnostics::render(diagnostic, &job.spec_shown, spec_text));
    }
}

fn failed(job: &Job, errors: usize) -> String {
    format!(
        "generating {} from {} failed with {}; nothing written",
        job.crate_name,
        job.spec_shown,
        plural(errors, "error")
    )
}

/// Settings for the job, keeping the version of an existing `Cargo.toml`.
///
/// Refuses a directory whose `Cargo.toml` belongs to another package, or that
/// has a `src/` but no `Cargo.toml`, so a mistyped `--out` cannot replace
/// some other project's sources.
fn settings(job: &Job) -> Result<generator::Settings, String> {
    let mut settings = generator::Settings::new(job.crate_name.clone());
    settings.dev_dependencies =
        job.dev_dependencies.iter().map(|(name, spec)| ((*name).to_owned(), (*spec).to_owned())).collect();
    if let Some((path, shown)) = &job.config {
        let text = fs::read_to_string(path).map_err(|e| format!("cannot read {shown}: {e}"))?;
        generator::settings_file::parse(&text).map_err(|e| format!("{shown}: {e}"))?.apply(&mut settings);
    }
    let manifest_path = job.out.join("Cargo.toml");
    let Some(manifest) = read_existing(&manifest_path, &job.shown("Cargo.toml"))? else {
        let src_in_use = fs::read_dir(job.out.join("src")).is_ok_and(|mut entries| entries.next().is_some());
        if src_in_use {
            return Err(format!(
                "{} exists without {}; refusing to replace it (choose another output directory or remove it)",
                job.shown("src/"),
                job.shown("Cargo.toml")
            ));
        }
        return Ok(settings);
    };
    match manifest::package_field(&manifest, "name") {
        Some(name) if name == job.crate_name => {}
        found => {
            let found = found.map_or("no package name".to_owned(), |name| format!("package `{name}`"));
            return Err(format!(
                "{} has {found}, not `{}`; refusing to overwrite it (choose another output directory or remove it)",
                job.shown("Cargo.toml"),
                job.crate_name
            ));
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

/// Quotes `word` for a POSIX shell when it holds anything but plain path characters.
fn shell_word(word: &str) -> String {
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
    use super::*;
    use crate::ensure::tests::TempDir;

    /// Drift test: the checked-in `generated-client/` must match what the
    /// generator makes from `spec/readmin.yaml` now, so `cargo test` catches
    /// a generator or spec change committed without regenerating.
    #[test]
    fn readmin_client_is_up_to_date() {
        if let Err(message) = check(&Job::readmin(), None) {
            panic!("{message}");
        }
    }

    /// The same for the runtime fixture crate, `fixture-client/`.
    #[test]
    fn fixture_client_is_up_to_date() {
        if let Err(message) = check(&Job::fixture(), None) {
            panic!("{message}");
        }
    }

    /// The same for the reference server's crate, `reference-client/`.
    #[test]
    fn reference_client_is_up_to_date() {
        if let Err(message) = check(&Job::reference(), None) {
            panic!("{message}");
        }
    }

    fn job_in(dir: &TempDir, name: &str) -> Job {
        Job::standalone(&flags::Standalone {
            spec: dir.0.join("api.yaml"),
            out: dir.0.join("out"),
            name: name.to_owned(),
            config: None,
        })
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
        let error = settings(&job_in(&dir, "pets")).unwrap_err();
        assert!(error.contains("package `xtask`, not `pets`; refusing"), "{error}");
        dir.put("out/Cargo.toml", "[workspace]\nmembers = []\n");
        assert!(settings(&job_in(&dir, "pets")).unwrap_err().contains("no package name"));
    }

    #[test]
    fn settings_refuse_a_src_dir_without_manifest() {
        let dir = TempDir::new();
        dir.put("out/src/main.py", "");
        let error = settings(&job_in(&dir, "pets")).unwrap_err();
        assert!(error.contains("src/ exists without"), "{error}");
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
    fn config_file_declares_pagination_in_standalone_mode() {
        let dir = TempDir::new();
        dir.put("api.yaml", FEEDS);
        let run_with = |config: Option<&str>| {
            let job = Job::standalone(&flags::Standalone {
                spec: dir.0.join("api.yaml"),
                out: dir.0.join("out"),
                name: "feeds".to_owned(),
                config: config.map(|name| dir.0.join(name)),
            });
            write(&job, false, None).map(|()| dir.get("out/src/operations.rs").unwrap())
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
        assert!(error.contains("feeds.toml: unknown key `pagination.listEntries.item`"), "{error}");

        dir.put("feeds.toml", "[pagination.listEntry]\ncursor_param = \"after\"\nnext_cursor = \"links.following\"\n");
        let error = run_with(Some("feeds.toml")).unwrap_err();
        assert!(error.contains("failed with 1 error"), "an operationId the document lacks fails generation: {error}");

        let error = run_with(Some("missing.toml")).unwrap_err();
        assert!(error.contains("cannot read") && error.contains("missing.toml"), "{error}");
    }

    #[test]
    fn standalone_fix_command_quotes_odd_paths() {
        let job = Job::standalone(&flags::Standalone {
            spec: "my specs/api.yaml".into(),
            out: "out/pets/".into(),
            name: "pets".to_owned(),
            config: None,
        });
        assert_eq!(job.fix, "cargo xtask codegen --spec 'my specs/api.yaml' --out out/pets --name pets");
        let with_config = Job::standalone(&flags::Standalone {
            spec: "api.yaml".into(),
            out: "out".into(),
            name: "pets".to_owned(),
            config: Some("my settings.toml".into()),
        });
        assert_eq!(
            with_config.fix,
            "cargo xtask codegen --spec api.yaml --out out --name pets --config 'my settings.toml'"
        );
        assert_eq!(job.shown("src/lib.rs"), "out/pets/src/lib.rs");
    }

    #[test]
    fn changed_file_report_is_cut_at_the_diff_limit() {
        let job = Job::readmin();
        let diff = (0..50).map(|i| format!("+line {i}\n")).collect::<String>();
        let text = describe_stale(&job, &Stale { path: "src/lib.rs".to_owned(), kind: StaleKind::Changed { diff } });
        assert!(text.starts_with("generated-client/src/lib.rs: stale\n--- generated-client/src/lib.rs (on disk)\n"));
        assert!(text.contains("+line 39\n"));
        assert!(!text.contains("+line 40\n"));
        assert!(text.ends_with("... 10 more diff lines\n"));
    }
}
