//! Build-time OpenAPI client generator.
//!
//! The pipeline is pure: spec text and [`Settings`] go in, generated files or
//! diagnostics come out, and no stage touches the file system.
//!
//! ```text
//! parse  (YAML/JSON -> JSON value -> OpenAPI 3.1 normalised to 3.0 -> openapiv3)
//! lower  (openapiv3 -> ir: names, types, operations; the only fallible stage)
//! emit   (ir -> TokenStream with quote)
//! render (TokenStream -> prettyplease text with the generated-file header)
//! ```
//!
//! Beside the code, the generated crate gets `api.json`, a description of its
//! public API ([`describe`]; [`changes`] compares two of them), and
//! `codegen.json`, the generation record ([`provenance`]: spec hash,
//! generator version, file hashes).
//!
//! [`generate_timed`] runs the same pipeline and also returns how long each
//! stage took ([`Timings`]), for the benchmarks; [`generate_counted`] returns
//! the work it did ([`Work`]), for tests of how that grows with the document.

pub mod changes;
pub mod codegen;
pub mod describe;
pub mod diagnostics;
mod emit;
pub mod ir;
mod lower;
pub mod naming;
pub mod nesting;
pub mod parse;
pub mod provenance;
mod render;
mod runtime;
mod rust_type;
mod settings;
pub mod settings_file;
mod surface;
pub use settings::{PaginationRule, PaginationStyle, Settings, TypeSettings};

pub use diagnostics::{Diagnostic, Severity};

/// The README's examples, compiled as doctests.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;

/// The client guide's examples (`docs/client.md`), compiled as doctests.
#[cfg(doctest)]
#[doc = include_str!("../../docs/client.md")]
pub struct ClientGuideDoctests;

/// The codegen guide's examples (`docs/codegen.md`), compiled as doctests.
#[cfg(doctest)]
#[doc = include_str!("../../docs/codegen.md")]
pub struct CodegenGuideDoctests;

use std::time::{Duration, Instant};

/// One generated file, with a path relative to the crate root using `/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    pub path: String,
    pub contents: String,
}

/// Counts that summarise one generation run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    pub operations: usize,
    pub types: usize,
}

/// A successful generation: the files of the crate plus any warnings.
#[derive(Debug, Clone)]
pub struct Generated {
    /// Files sorted by path.
    pub files: Vec<GeneratedFile>,
    /// Warnings; generation went on despite them.
    pub diagnostics: Vec<Diagnostic>,
    pub stats: Stats,
    /// The Rust type each component schema decodes as (`Vec<Pet>`, `Pet`,
    /// `Option<Pet>`; named types live in the crate's `types` module), by
    /// the schema's JSON pointer, in document order: for tools that check
    /// values against the generated types.
    pub schema_types: Vec<(String, String)>,
}

/// Generates a client crate from an OpenAPI document (YAML or JSON text).
///
/// Returns every diagnostic at once when any of them is an error. Every
/// diagnostic, error or warning, comes with its line and column in
/// `spec_text` (see [`diagnostics::render`] to show it).
pub fn generate(spec_text: &str, settings: &Settings) -> Result<Generated, Vec<Diagnostic>> {
    generate_timed(spec_text, settings).0
}

/// How long each stage of one [`generate_timed`] run took.
///
/// A stage that did not run (everything after a failed parse or lowering)
/// stays at zero.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Timings {
    /// Reading YAML or JSON, 3.1 normalisation, `$ref` checks.
    pub parse: Duration,
    /// Building the IR, including locating the diagnostics in the text.
    pub lower: Duration,
    /// Emitting token streams and the text files (`Cargo.toml`, `api.json`).
    pub emit: Duration,
    /// Formatting the token streams, plus the generation record.
    pub render: Duration,
}

impl Timings {
    /// The time of the whole run.
    pub fn total(&self) -> Duration {
        self.parse + self.lower + self.emit + self.render
    }
}

/// [`generate`], also saying how long each stage took (for benchmarks).
pub fn generate_timed(spec_text: &str, settings: &Settings) -> (Result<Generated, Vec<Diagnostic>>, Timings) {
    let (result, timings, _) = generate_measured(spec_text, settings);
    (result, timings)
}

/// Work one generation did, counted rather than timed: what tests check to
/// see that generation grows linearly with the document, whatever its shape.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Work {
    /// JSON values read into OpenAPI objects: each referable object (schema,
    /// response, parameter, ...) read on its own, with a stand-in for each
    /// object below it, and the targets of the `$ref`s that lowering reads.
    pub values_read: u64,
    /// Schema bodies lowered into types.
    pub schemas_lowered: u64,
}

/// [`generate`], also counting the work it did (see [`Work`]).
pub fn generate_counted(spec_text: &str, settings: &Settings) -> (Result<Generated, Vec<Diagnostic>>, Work) {
    let (result, _, work) = generate_measured(spec_text, settings);
    (result, work)
}

fn generate_measured(spec_text: &str, settings: &Settings) -> (Result<Generated, Vec<Diagnostic>>, Timings, Work) {
    let mut timings = Timings::default();
    let mut work = Work::default();
    // The spec's hash needs only its text: another core computes it while
    // this one reads the document.
    let mut result = std::thread::scope(|scope| {
        let spec_hash = scope.spawn(|| provenance::spec_hash(spec_text));
        let spec_hash = || spec_hash.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        generate_unlocated(spec_text, settings, &mut timings, &mut work, spec_hash)
    });
    let locating = Instant::now();
    match &mut result {
        Ok(generated) => parse::locate::fill_locations(spec_text, &mut generated.diagnostics),
        Err(diagnostics) => parse::locate::fill_locations(spec_text, diagnostics),
    }
    timings.lower += locating.elapsed();
    (result, timings, work)
}

fn generate_unlocated(
    spec_text: &str,
    settings: &Settings,
    timings: &mut Timings,
    work: &mut Work,
    spec_hash: impl FnOnce() -> String,
) -> Result<Generated, Vec<Diagnostic>> {
    let mut diagnostics = Vec::new();
    let started = Instant::now();
    let document = parse::parse_counted(spec_text, &mut diagnostics, &mut work.values_read);
    timings.parse = started.elapsed();
    let Some(document) = document else {
        return Err(diagnostics);
    };
    let started = Instant::now();
    let api = lower::lower(&document, settings, &mut diagnostics);
    timings.lower = started.elapsed();
    let (values_read, schemas_lowered) = document.work();
    work.values_read += values_read;
    work.schemas_lowered = schemas_lowered;
    if diagnostics.iter().any(|d| d.severity == Severity::Error) {
        return Err(diagnostics);
    }
    let stats = Stats { operations: api.operations.len(), types: api.types.len() };
    let schema_types =
        api.components.iter().map(|(pointer, ty)| (pointer.clone(), rust_type::type_text(&api, ty))).collect();
    let started = Instant::now();
    let emitter = emit::Emitter::new(&api, settings);
    let mut outputs = emit::emit(&emitter);
    timings.emit = started.elapsed();
    let started = Instant::now();
    let modules: Vec<&emit::Module> = outputs
        .iter()
        .filter_map(|output| if let emit::Output::Rust { module, .. } = output { Some(module) } else { None })
        .collect();
    // The description and the diagnostics' places need none of the code:
    // another thread works them out while it is emitted and rendered.
    let (description, (rendered, work)) = std::thread::scope(|scope| {
        let beside = scope.spawn(|| {
            parse::locate::fill_locations(spec_text, &mut diagnostics);
            describe::api_json(&api)
        });
        let rendered = render::render_modules(&modules);
        (beside.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)), rendered)
    });
    drop(modules);
    outputs.push(emit::Output::Text { path: describe::DESCRIPTION_PATH, text: description });
    let rendered = match rendered {
        Ok(rendered) => rendered,
        Err((module, error)) => {
            let path = outputs.iter().filter_map(|output| output.rust_path()).nth(module).unwrap_or_default();
            diagnostics.push(Diagnostic::internal(format!("the generated `{path}` does not parse as Rust: {error}")));
            return Err(diagnostics);
        }
    };
    // Items are emitted and formatted together on several threads: the
    // stage's time is shared out by the work each part did.
    let (emitting, formatting) = work.share(started.elapsed());
    timings.emit += emitting;
    let mut rendered = rendered.into_iter();
    let mut files: Vec<GeneratedFile> = outputs
        .iter()
        .map(|output| match output {
            emit::Output::Rust { path, .. } => {
                GeneratedFile { path: (*path).to_owned(), contents: rendered.next().unwrap_or_default() }
            }
            emit::Output::Text { path, text } => GeneratedFile { path: (*path).to_owned(), contents: text.clone() },
        })
        .collect();
    let record =
        provenance::Record::with_spec_hash(spec_hash(), files.iter().map(|f| (f.path.as_str(), f.contents.as_str())));
    files.push(GeneratedFile { path: provenance::RECORD_PATH.to_owned(), contents: record.to_json() });
    files.sort_by(|a, b| a.path.cmp(&b.path));
    timings.render = formatting + started.elapsed().saturating_sub(emitting + formatting);
    Ok(Generated { files, diagnostics, stats, schema_types })
}

/// How many operations the document declares under `paths` (0 when it does
/// not parse), to compare with [`Stats::operations`].
pub fn count_operations(spec_text: &str) -> usize {
    let mut diagnostics = Vec::new();
    let Some(document) = parse::parse(spec_text, &mut diagnostics) else { return 0 };
    document.api.paths.paths.values().filter_map(|item| item.as_item()).map(|item| item.iter().count()).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    const PETSTORE: &str = "openapi: 3.0.3\ninfo: {title: Pets, version: '1'}\npaths:\n  /pets:\n    get:\n      operationId: listPets\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {type: array, items: {type: string}}\n";

    #[test]
    fn timed_generation_gives_the_same_files_as_generate() {
        let settings = Settings::new("pets");
        let plain = generate(PETSTORE, &settings).expect("generates");
        let (timed, _) = generate_timed(PETSTORE, &settings);
        assert_eq!(timed.expect("generates").files, plain.files);
    }

    #[test]
    fn stages_after_a_failed_parse_are_not_timed() {
        let (result, timings) = generate_timed("openapi: [", &Settings::new("broken"));
        assert!(result.is_err());
        assert_eq!((timings.emit, timings.render), (Duration::ZERO, Duration::ZERO));
        assert_eq!(timings.total(), timings.parse + timings.lower);
    }
}
