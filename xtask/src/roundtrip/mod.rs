//! `cargo xtask roundtrip`: a property-based round trip through the
//! generated types.
//!
//! For every component schema of a few documents (ReAdmin, the fixture, the
//! reference server's, mid-size corpus documents and the generator's
//! snapshot cases), schema-valid JSON
//! instances are drawn with a seeded random number generator (`draw.rs`,
//! `values.rs`) and checked by a JSON Schema validator (`schema.rs`), then
//! decoded with the generated type and encoded again, as a client decodes a
//! body and sends one, by one harness crate that holds the types of every
//! generated crate (`harness.rs`). What comes back
//! must be what was sent (`compare.rs`), except for differences the
//! generated types make by design, which are counted apart with their
//! reason. Each document is generated twice, with its settings and with
//! `keep_undeclared_members`, and every instance goes through both (a
//! snapshot case only with its own settings).
//! The report (`report.rs`) groups failures by class.

mod compare;
mod draw;
pub(crate) mod harness;
mod report;
mod schema;
mod values;

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

use rand::rngs::StdRng;
use rand::SeedableRng;
use serde_json::Value;

use compare::{ByDesign, Rules, Verdict};
use draw::{Drawn, Style};
use harness::Returned;

/// The seed `cargo xtask test` uses.
const SUITE_SEED: u64 = 1;
/// The scratch workspace of the harness, with its own target directory.
pub(crate) const SCRATCH: &str = "target/roundtrip";
/// The generator's snapshot cases.
const CASES: &str = "generator/tests/cases";
/// Instances drawn for each component schema (before duplicates are dropped).
pub(crate) const DEFAULT_INSTANCES: usize = 16;
/// Draws of one instance before it is given up as invalid.
const ATTEMPTS: usize = 4;

/// Where a document comes from.
#[derive(Debug, Clone, Copy)]
enum Place {
    /// A path in this repository, with the settings file its crate is generated with.
    Project(&'static str, Option<&'static str>),
    /// A file of the shared corpus (`CORPUS_DIR`).
    Corpus(&'static str),
}

/// The documents checked: ours, and corpus documents with unions, nullable
/// members, numbers of every format, `additionalProperties` and recursion.
const DOCUMENTS: &[(&str, Place)] = &[
    ("readmin", Place::Project("spec/readmin.yaml", Some("spec/codegen.toml"))),
    ("fixture", Place::Project("spec/fixture.yaml", Some("spec/fixture.toml"))),
    ("reference-server", Place::Project("reference-server/openapi.json", None)),
    ("progenitor-propolis-server", Place::Corpus("progenitor-propolis-server.json")),
    ("progenitor-buildomat", Place::Corpus("progenitor-buildomat.json")),
    ("readme-train-travel", Place::Corpus("readme-train-travel.yaml")),
    ("readme-polymorphism", Place::Corpus("readme-polymorphism.yaml")),
    ("readme-schema-additional-properties", Place::Corpus("readme-schema-additional-properties.yaml")),
    ("readme-schema-circular", Place::Corpus("readme-schema-circular.json")),
];

/// One document to check.
#[derive(Debug, Clone)]
pub(crate) struct Source {
    pub(crate) name: String,
    pub(crate) text: String,
    /// The generator settings file its crate is generated with.
    pub(crate) settings: Option<String>,
    /// Whether it is also checked with `keep_undeclared_members` on (a
    /// snapshot case is checked with its own settings only).
    pub(crate) both_settings: bool,
}

/// How a check runs.
#[derive(Debug, Clone)]
pub(crate) struct Options {
    pub(crate) seed: u64,
    pub(crate) instances: usize,
    /// Package names of the generated crates start with this; the harness is `{prefix}harness`.
    pub(crate) prefix: &'static str,
    /// Remove `float_roundtrip` from the generated crates' `serde_json`
    /// dependency: what the check must catch if the generator stopped asking for it.
    pub(crate) strip_exact_floats: bool,
}

/// `cargo xtask roundtrip`.
pub(crate) fn run(args: &crate::flags::Roundtrip) -> Result<(), String> {
    let seed = args.seed.unwrap_or(SUITE_SEED);
    let sources = sources(&args.only)?;
    let options = Options {
        seed,
        instances: args.instances.unwrap_or(DEFAULT_INSTANCES),
        prefix: "roundtrip-",
        strip_exact_floats: false,
    };
    let report = check(&sources, &options)?;
    report::print(&report, &options);
    report.verdict()
}

/// The suite's step: every document, the fixed seed.
pub(crate) fn run_suite() -> Result<(), String> {
    run(&crate::flags::Roundtrip::default())
}

/// The documents to check (those named by `only`, when given).
pub(crate) fn sources(only: &[String]) -> Result<Vec<Source>, String> {
    let root = crate::project_root();
    let corpus = crate::corpus::corpus_dir(&root);
    let read = |path: &Path| fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()));
    let mut sources = Vec::new();
    for (name, place) in DOCUMENTS {
        let (text, settings) = match place {
            Place::Project(path, settings) => {
                (read(&root.join(path))?, settings.map(|path| read(&root.join(path))).transpose()?)
            }
            Place::Corpus(file) => (read(&corpus.join(file))?, None),
        };
        sources.push(Source { name: (*name).to_owned(), text, settings, both_settings: true });
    }
    // The generator's snapshot cases: one document per rule of "How schemas
    // become types", each with its own settings. Cases that are meant to
    // fail generation, or have no component schemas, have nothing to check.
    for case in crate::scratch::list_documents(&root.join(CASES))? {
        let text = read(&case)?;
        let settings = fs::read_to_string(case.with_extension("toml")).ok();
        let name = format!("case-{}", crate::scratch::crate_name(&case).replace('_', "-"));
        let mut generator_settings = openapi_xtask::Settings::new(name.clone());
        if let Some(settings) = &settings {
            openapi_xtask::settings_file::parse(settings)
                .map_err(|e| format!("{}: {e}", case.display()))?
                .apply(&mut generator_settings);
        }
        if openapi_xtask::generate(&text, &generator_settings).is_ok_and(|generated| !generated.schema_types.is_empty())
        {
            sources.push(Source { name, text, settings, both_settings: false });
        }
    }
    let unknown: Vec<&String> =
        only.iter().filter(|name| *name != "cases" && !sources.iter().any(|s| s.name == **name)).collect();
    if !unknown.is_empty() {
        let known: Vec<&str> = DOCUMENTS.iter().map(|(name, _)| *name).collect();
        return Err(format!(
            "no document {unknown:?} in the round trip (it has {}, `cases` and each `case-<name>`)",
            known.join(", ")
        ));
    }
    sources.retain(|source| {
        only.is_empty() || only.iter().any(|only| *only == source.name || (only == "cases" && !source.both_settings))
    });
    Ok(sources)
}

/// One document generated with one choice of settings.
#[derive(Debug)]
pub(crate) struct Variant {
    pub(crate) document: usize,
    pub(crate) keep_undeclared_members: bool,
    /// Settings `[types] float = "f32"`.
    float_as_f32: bool,
    pub(crate) crate_name: String,
    pub(crate) schema_types: Vec<(String, String)>,
    /// Whether requests contain each named type (from the crate's `api.json`).
    in_requests: HashMap<String, bool>,
    /// The generated crate's files (the harness takes its types from them).
    pub(crate) files: Vec<openapi_xtask::GeneratedFile>,
}

impl Variant {
    pub(crate) fn setting(&self) -> &'static str {
        if self.keep_undeclared_members {
            "keep_undeclared_members"
        } else {
            "default"
        }
    }

    /// Whether requests contain the type of the component schema at `pointer`.
    fn requests_contain(&self, pointer: &str) -> Option<bool> {
        let (_, ty) = self.schema_types.iter().find(|(known, _)| known == pointer)?;
        self.in_requests.get(innermost_type(ty)).copied()
    }
}

/// The named type inside wrappers: `Option<Vec<Pet>>` -> `Pet`.
fn innermost_type(ty: &str) -> &str {
    let mut ty = ty;
    for wrapper in ["Option<", "Vec<", "BTreeMap<String, "] {
        while let Some(inner) = ty.strip_prefix(wrapper).and_then(|inner| inner.strip_suffix('>')) {
            ty = inner;
        }
    }
    ty
}

/// The instances of one document.
#[derive(Debug, Default)]
pub(crate) struct Drawing {
    /// (schema pointer, instance, its JSON text).
    pub(crate) instances: Vec<(String, Drawn, String)>,
    /// Draws the validator refused.
    pub(crate) discarded: usize,
    /// Schemas with no valid instance, with the last reason.
    pub(crate) empty: Vec<(String, String)>,
    pub(crate) schemas: usize,
}

/// Why one round trip failed.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Class {
    /// Decoding failed; the message with its specifics left out.
    Rejected(String),
    Unencodable(String),
    Panicked,
    Crashed,
    Lost(compare::Loss),
}

/// One failed round trip, with everything needed to reproduce it.
#[derive(Debug, Clone)]
pub(crate) struct Failure {
    pub(crate) variant: usize,
    pub(crate) pointer: String,
    pub(crate) instance: String,
    /// What came back, or the error.
    pub(crate) returned: String,
    pub(crate) class: Class,
    /// Where and how the first difference is (empty for errors).
    pub(crate) difference: String,
}

/// Everything one check found.
#[derive(Debug, Default)]
pub(crate) struct Report {
    pub(crate) sources: Vec<String>,
    pub(crate) variants: Vec<Variant>,
    pub(crate) drawings: Vec<Drawing>,
    /// Per variant: round trips, lossless ones, by-design ones by reason.
    pub(crate) tallies: Vec<Tally>,
    pub(crate) failures: Vec<Failure>,
    pub(crate) timings: Vec<(&'static str, Duration)>,
}

#[derive(Debug, Default, Clone)]
pub(crate) struct Tally {
    pub(crate) round_trips: usize,
    pub(crate) lossless: usize,
    /// Round trips whose only differences are by design (counted in `lossless` too).
    pub(crate) designed: usize,
    pub(crate) by_design: BTreeMap<ByDesign, usize>,
    pub(crate) failed: usize,
}

impl Report {
    fn verdict(&self) -> Result<(), String> {
        if self.failures.is_empty() {
            Ok(())
        } else {
            let total: usize = self.tallies.iter().map(|t| t.round_trips).sum();
            Err(format!("{} of {total} round trips lost data", self.failures.len()))
        }
    }
}

/// Generates, draws, builds the harness, runs it and compares.
pub(crate) fn check(sources: &[Source], options: &Options) -> Result<Report, String> {
    let root = crate::project_root();
    let scratch = root.join(SCRATCH);
    let mut report = Report { sources: sources.iter().map(|s| s.name.clone()).collect(), ..Report::default() };

    let started = Instant::now();
    for (index, source) in sources.iter().enumerate() {
        for keep in [false, true].into_iter().take(if source.both_settings { 2 } else { 1 }) {
            report.variants.push(generate(index, source, keep, options)?);
        }
    }
    report.timings.push(("generate", started.elapsed()));

    let started = Instant::now();
    for (index, source) in sources.iter().enumerate() {
        let pointers: Vec<&String> = report
            .variants
            .iter()
            .find(|v| v.document == index)
            .map(|v| v.schema_types.iter().map(|(pointer, _)| pointer).collect())
            .unwrap_or_default();
        report.drawings.push(draw_document(source, &pointers, options)?);
    }
    report.timings.push(("draw and validate", started.elapsed()));

    let started = Instant::now();
    let harness_name = format!("{}harness", options.prefix);
    let targets: Vec<harness::Target<'_>> = report
        .variants
        .iter()
        .map(|v| harness::Target { crate_name: &v.crate_name, schema_types: &v.schema_types, files: &v.files })
        .collect();
    harness::write(&scratch, &harness_name, &targets)?;
    crate::scratch::write_workspace(&root, &scratch)?;
    eprintln!("roundtrip: building the harness (`cargo build -p {harness_name}` in {})", scratch.display());
    let binary = harness::build(&scratch, &harness_name, false)?;
    report.timings.push(("build the harness", started.elapsed()));

    let started = Instant::now();
    let mut input = String::new();
    let mut order = Vec::new();
    for (variant_index, variant) in report.variants.iter().enumerate() {
        for (instance_index, (pointer, _, text)) in report.drawings[variant.document].instances.iter().enumerate() {
            input.push_str(&format!("{}\t{pointer}\t{text}\n", variant.crate_name));
            order.push((variant_index, instance_index));
        }
    }
    let input_path = scratch.join(format!("{harness_name}.input"));
    fs::write(&input_path, input).map_err(|e| format!("cannot write {}: {e}", input_path.display()))?;
    let answers = harness::run(&binary, &input_path, order.len())?;
    report.timings.push(("round trips", started.elapsed()));

    let started = Instant::now();
    report.tallies = vec![Tally::default(); report.variants.len()];
    for ((variant_index, instance_index), answer) in order.into_iter().zip(answers) {
        let variant = &report.variants[variant_index];
        let (pointer, drawn, text) = &report.drawings[variant.document].instances[instance_index];
        let tally = &mut report.tallies[variant_index];
        tally.round_trips += 1;
        match judge(variant, drawn, answer) {
            Ok(reasons) => {
                tally.lossless += 1;
                tally.designed += usize::from(!reasons.is_empty());
                for reason in reasons {
                    *tally.by_design.entry(reason).or_default() += 1;
                }
            }
            Err((class, returned, difference)) => {
                tally.failed += 1;
                report.failures.push(Failure {
                    variant: variant_index,
                    pointer: pointer.clone(),
                    instance: text.clone(),
                    returned,
                    class,
                    difference,
                });
            }
        }
    }
    report.timings.push(("compare", started.elapsed()));
    Ok(report)
}

/// What one answer means for the instance: the differences by design (none
/// when it came back as it was sent), or the class of failure, what came
/// back and the difference.
fn judge(variant: &Variant, drawn: &Drawn, answer: Returned) -> Result<Vec<ByDesign>, (Class, String, String)> {
    let encoded = match answer {
        Returned::Encoded(encoded) => encoded,
        Returned::Rejected(message) => {
            return Err((Class::Rejected(report::message_shape(&message)), message, String::new()))
        }
        Returned::Unencodable(message) => {
            return Err((Class::Unencodable(report::message_shape(&message)), message, String::new()))
        }
        Returned::Panicked(message) => return Err((Class::Panicked, message, String::new())),
        Returned::Crashed(message) => return Err((Class::Crashed, message, String::new())),
    };
    let returned: Value = serde_json::from_str(&encoded)
        .map_err(|e| (Class::Unencodable("not JSON".to_owned()), format!("{encoded} ({e})"), String::new()))?;
    let in_requests = |pointer: &str| variant.requests_contain(pointer);
    let rules = Rules {
        keep_undeclared_members: variant.keep_undeclared_members,
        float_as_f32: variant.float_as_f32,
        in_requests: &in_requests,
    };
    match compare::compare(&drawn.value, &drawn.notes, &returned, &rules) {
        Verdict::Lossy { first, count } => {
            let more = if count > 1 { format!(" ({} differences in all)", count) } else { String::new() };
            let pointer = if first.pointer.is_empty() { "the top" } else { first.pointer.as_str() };
            Err((Class::Lost(first.loss), encoded, format!("at {pointer}: {}{more}", first.detail)))
        }
        Verdict::ByDesign(reasons) => Ok(reasons),
        Verdict::Lossless => Ok(Vec::new()),
    }
}

/// Generates one variant of a document.
pub(crate) fn generate(document: usize, source: &Source, keep: bool, options: &Options) -> Result<Variant, String> {
    let crate_name = format!("{}{}{}", options.prefix, source.name, if keep { "-keep" } else { "" });
    let mut settings = openapi_xtask::Settings::new(crate_name.clone());
    if let Some(text) = &source.settings {
        openapi_xtask::settings_file::parse(text)
            .map_err(|e| format!("{}: the settings file: {e}", source.name))?
            .apply(&mut settings);
    }
    settings.types.keep_undeclared_members |= keep;
    // The harness compiles every crate's types as one module of its own, with
    // no Cargo features of theirs: per-tag gates would hide them all. Gates
    // change which types compile, never how they encode (`cargo xtask features`
    // lints the gated crates).
    settings.features_per_tag = false;
    let keep = settings.types.keep_undeclared_members;
    let generated = openapi_xtask::generate(&source.text, &settings).map_err(|diagnostics| {
        let messages: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
        format!("{}: generation failed:\n{}", source.name, messages.join("\n"))
    })?;
    let in_requests = requests_contain(&generated.files).map_err(|e| format!("{}: {e}", source.name))?;
    let mut files = generated.files;
    if options.strip_exact_floats {
        let manifest = files.iter_mut().find(|f| f.path == "Cargo.toml").ok_or("no Cargo.toml generated")?;
        manifest.contents = strip_exact_floats(&manifest.contents)?;
    }
    Ok(Variant {
        document,
        keep_undeclared_members: keep,
        float_as_f32: settings.types.float_as_f32,
        crate_name,
        schema_types: generated.schema_types,
        in_requests,
        files,
    })
}

/// Whether requests contain each type, from the generated `api.json`.
fn requests_contain(files: &[openapi_xtask::GeneratedFile]) -> Result<HashMap<String, bool>, String> {
    let api = files.iter().find(|f| f.path == "api.json").ok_or("no api.json generated")?;
    let api: Value = serde_json::from_str(&api.contents).map_err(|e| format!("api.json: {e}"))?;
    let types = api.get("types").and_then(Value::as_array).ok_or("api.json has no `types`")?;
    Ok(types
        .iter()
        .filter_map(|ty| Some((ty.get("name")?.as_str()?.to_owned(), ty.get("in_requests")?.as_bool()?)))
        .collect())
}

/// The generated `Cargo.toml` without exact float parsing: `serde_json`'s
/// `float_roundtrip` feature removed. An error if it has no such feature.
fn strip_exact_floats(manifest: &str) -> Result<String, String> {
    let mut found = false;
    let lines: Vec<String> = manifest
        .lines()
        .map(|line| {
            if line.starts_with("serde_json") && line.contains("\"float_roundtrip\"") {
                found = true;
                "serde_json = \"1\"".to_owned()
            } else {
                line.to_owned()
            }
        })
        .collect();
    if !found {
        return Err("the generated Cargo.toml does not ask for serde_json's `float_roundtrip` feature".to_owned());
    }
    Ok(lines.join("\n") + "\n")
}

/// Draws the instances of every schema of one document.
pub(crate) fn draw_document(source: &Source, pointers: &[&String], options: &Options) -> Result<Drawing, String> {
    let document = openapi_xtask::parse::read_value(&source.text).map_err(|d| format!("{}: {d}", source.name))?;
    let converted = schema::convert_document(&document);
    let mut rng = StdRng::seed_from_u64(options.seed);
    let mut drawing = Drawing { schemas: pointers.len(), ..Drawing::default() };
    for pointer in pointers {
        let validator = schema::validator(&converted, pointer).map_err(|e| format!("{}: {e}", source.name))?;
        let mut seen = std::collections::HashSet::new();
        let mut last_reason = String::new();
        let before = drawing.instances.len();
        for index in 0..options.instances {
            for _ in 0..ATTEMPTS {
                match draw::draw(&converted, pointer, &mut rng, Style::of_draw(index)) {
                    Ok(drawn) if validator.is_valid(&drawn.value) => {
                        let text = drawn.value.to_string();
                        if seen.insert(text.clone()) {
                            drawing.instances.push(((*pointer).clone(), drawn, text));
                        }
                        break;
                    }
                    Ok(drawn) => {
                        drawing.discarded += 1;
                        last_reason = validator
                            .iter_errors(&drawn.value)
                            .next()
                            .map_or_else(String::new, |e| format!("{e} at {}", e.instance_path()));
                    }
                    Err(reason) => {
                        drawing.discarded += 1;
                        last_reason = reason;
                    }
                }
            }
        }
        if drawing.instances.len() == before {
            drawing.empty.push(((*pointer).clone(), last_reason));
        }
    }
    Ok(drawing)
}

#[cfg(test)]
mod tests;
