//! `cargo xtask codegen`: the checked-in crates (ReAdmin's and its two
//! companions) and standalone mode, on top of `openapi_xtask::codegen`, which
//! does the work (reading the document, writing changed files only,
//! `--check` with the causes of drift, the API change report, `--bump`).

use std::path::PathBuf;

use crate::flags::{self, Mode, Target};
use openapi_xtask::codegen::{self, shell_word, Job, WriteOptions};

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

/// Runs `cargo xtask codegen` with the parsed flags.
pub(crate) fn run(args: &flags::Codegen) -> Result<(), String> {
    let job = match &args.target {
        Target::Readmin => readmin(),
        Target::Standalone(standalone) => self::standalone(standalone),
    };
    let job = job.deny_warnings(args.deny_warnings);
    let options = WriteOptions { bump: args.bump, report: args.report.clone() };
    match args.mode {
        Mode::Write => codegen::write(&job, &options),
        Mode::Check => codegen::check(&job, args.report.as_deref()),
    }
    .map_err(|e| e.to_string())?;
    if matches!(args.target, Target::Readmin) {
        // The other checked-in crates go with the ReAdmin one. Their versions
        // are not managed (`--bump` and `--report` are ReAdmin's).
        for companion in companions() {
            match args.mode {
                Mode::Write => codegen::write(&companion, &WriteOptions::default()),
                Mode::Check => codegen::check(&companion, None),
            }
            .map_err(|e| e.to_string())?;
        }
    }
    Ok(())
}

/// Checks every checked-in crate (ReAdmin's, the runtime fixture's and the
/// reference server's) against its spec, changing nothing.
pub(crate) fn check_checked_in() -> Result<(), String> {
    codegen::check(&readmin(), None).map_err(|e| e.to_string())?;
    companions().iter().try_for_each(|job| codegen::check(job, None).map_err(|e| e.to_string()))
}

/// The ReAdmin document and the settings its crate is generated with (those
/// of `cargo xtask codegen`), for the benchmarks.
pub(crate) fn readmin_input() -> Result<(PathBuf, openapi_xtask::Settings), String> {
    let job = readmin();
    let settings = codegen::settings(&job).map_err(|e| e.to_string())?;
    Ok((job.spec().to_path_buf(), settings))
}

/// A checked-in crate of this workspace, its paths shown from the root.
fn checked_in(spec: &str, dir: &str, crate_name: &str, dev_dependencies: &[(&str, &str)], config: Option<&str>) -> Job {
    let root = crate::project_root();
    let mut job = Job::new(root.join(spec), root.join(dir), crate_name);
    for (name, spec) in dev_dependencies {
        job = job.dev_dependency(*name, *spec);
    }
    if let Some(config) = config.map(|config| root.join(config)).filter(|path| path.exists()) {
        job = job.settings_file(config);
    }
    job.shown_relative_to(&root)
}

fn readmin() -> Job {
    checked_in(READMIN_SPEC, READMIN_DIR, READMIN_CRATE, READMIN_DEV_DEPENDENCIES, Some(READMIN_CONFIG))
}

fn fixture() -> Job {
    checked_in(FIXTURE_SPEC, FIXTURE_DIR, FIXTURE_CRATE, READMIN_DEV_DEPENDENCIES, Some(FIXTURE_CONFIG))
        .deny_warnings(true)
}

fn reference() -> Job {
    checked_in(REFERENCE_SPEC, REFERENCE_DIR, REFERENCE_CRATE, REFERENCE_DEV_DEPENDENCIES, None).deny_warnings(true)
}

/// The crates checked in beside ReAdmin's, generated and checked with it.
/// Their documents are meant to be warning-free, so warnings fail them.
fn companions() -> [Job; 2] {
    [fixture(), reference()]
}

/// Standalone mode: any document into any directory, fixed by the same command.
fn standalone(args: &flags::Standalone) -> Job {
    let mut job = Job::new(&args.spec, &args.out, &args.name);
    let mut fix = format!(
        "cargo xtask codegen --spec {} --out {} --name {}",
        shell_word(&args.spec.display().to_string()),
        shell_word(args.out.display().to_string().trim_end_matches('/')),
        args.name
    );
    if let Some(config) = &args.config {
        fix.push_str(&format!(" --config {}", shell_word(&config.display().to_string())));
        job = job.settings_file(config);
    }
    job.fix_command(fix)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Drift test: the checked-in `generated-client/` must match what the
    /// generator makes from `spec/readmin.yaml` now, so `cargo test` catches
    /// a generator or spec change committed without regenerating.
    #[test]
    fn readmin_client_is_up_to_date() {
        if let Err(message) = codegen::check(&readmin(), None) {
            panic!("{message}");
        }
    }

    /// The same for the runtime fixture crate, `fixture-client/`.
    #[test]
    fn fixture_client_is_up_to_date() {
        if let Err(message) = codegen::check(&fixture(), None) {
            panic!("{message}");
        }
    }

    /// The same for the reference server's crate, `reference-client/`.
    #[test]
    fn reference_client_is_up_to_date() {
        if let Err(message) = codegen::check(&reference(), None) {
            panic!("{message}");
        }
    }

    #[test]
    fn standalone_fix_command_quotes_odd_paths() {
        let job = standalone(&flags::Standalone {
            spec: "my specs/api.yaml".into(),
            out: "out/pets/".into(),
            name: "pets".to_owned(),
            config: None,
        });
        assert_eq!(job.fix(), "cargo xtask codegen --spec 'my specs/api.yaml' --out out/pets --name pets");
        let with_config = standalone(&flags::Standalone {
            spec: "api.yaml".into(),
            out: "out".into(),
            name: "pets".to_owned(),
            config: Some("my settings.toml".into()),
        });
        assert_eq!(
            with_config.fix(),
            "cargo xtask codegen --spec api.yaml --out out --name pets --config 'my settings.toml'"
        );
        assert_eq!(job.shown("src/lib.rs"), "out/pets/src/lib.rs");
    }
}
