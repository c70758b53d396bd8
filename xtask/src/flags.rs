//! Command-line parsing with `lexopt`: the commands, their flags and the usage text.
//!
//! Every problem becomes an error message (the caller prints it with the usage
//! and exits with status 2); nothing here panics, whatever the arguments.

use std::ffi::OsString;
use std::path::PathBuf;

pub(crate) const USAGE: &str = "\
usage: cargo xtask <command> [flags]

commands:
  codegen          regenerate generated-client/ (readmin-client) from spec/readmin.yaml,
                   fixture-client/ from spec/fixture.yaml, and reference-client/ from
                   reference-server/openapi.json
  test             run every check: codegen --check, cargo test, cargo clippy, cargo doc
  corpus           generate every document of the shared corpus and compile it with warnings denied
  cases            compile every snapshot case of the generator (generator/tests/cases/) with
                   warnings denied, as `test` does
  features         generate a mid-size corpus document with one Cargo feature per tag and lint it
                   with no feature, each feature alone and all of them, as `test` does
  fuzz             run the generator on mutated and random documents; fail on any panic, crash or hang
  roundtrip        draw schema-valid instances of every component schema of a few documents, decode
                   and encode them with the generated types; fail on any value that changes
  bench            measure generation, compile times and client overhead (release builds);
                   rewrite BENCHMARKS.md
  help             print this message

codegen flags:
  --check          change nothing; fail if a generated file is stale, missing or extra, and say
                   why: the spec changed, the generator changed, or a file was edited by hand
  --bump           apply the suggested semver bump (from the API change report) to the
                   generated crate's version
  --report FILE    also write the API change report to FILE as Markdown
  --spec PATH      standalone mode: the OpenAPI document (YAML or JSON) to read
  --out DIR        standalone mode: the crate directory to keep (DIR/Cargo.toml and DIR/src/)
  --name CRATE     standalone mode: the package name of the generated crate
                   (--spec, --out and --name go together)
  --config FILE    standalone mode: a generator settings file (TOML), e.g. declaring
                   pagination; the ReAdmin client reads spec/codegen.toml, the fixture
                   spec/fixture.toml
  --deny-warnings  treat generator warnings as errors: print them, write nothing, fail

corpus flags:
  --quick          only the small and mid-size documents (what `cargo xtask test` runs)
  --only NAME      only this document (file name or crate name); may be repeated

roundtrip flags:
  --seed S         the seed (default 1, as `test` runs it; printed, so a run can be repeated)
  --instances N    instances drawn per component schema (default 16)
  --only NAME      only this document (readmin, fixture, reference-server, or a corpus name such as
                   readme-polymorphism); may be repeated

bench flags:
  --runs N         runs of each measurement (default: 5 for generation and the client, 3 for
                   compiling); medians are reported
  --compile-runs N runs of the compile measurements only (overrides --runs for them)
  --quick          compile only the ReAdmin crate, not the four large corpus documents' crates
  --only NAME      only this document in the generation and compile tables (file or crate name,
                   `readmin` for ReAdmin); may be repeated
  --client         only the client overhead (with --runs): rewrite just its section of
                   BENCHMARKS.md, keeping the numbers it replaces as the previous measurement
  --nesting        only the generation time against nesting depth (with --runs): rewrite
                   just its section of BENCHMARKS.md
  --fidelity       only the cost of exact float parsing and keep_undeclared_members (decoding
                   ReAdmin's types, compiling the GitHub crate): rewrite just its section
  --per-tag        only the GitHub crate with one feature per tag, compiled with all features
                   and with one tag's alone: rewrite just its section
  --progenitor     only nexus's crate beside progenitor's, and what ours monomorphises
                   (installs cargo-progenitor and cargo-llvm-lines into target/tools/): rewrite
                   just its section

fuzz flags:
  --cases N        how many cases to run (default 10000)
  --seed S         the seed (default: from the clock; printed, so a run can be repeated)
  --case I         run only case I of the seed, in this process, to debug it
  --timeout SECS   how long a case may run before it counts as a hang (default 60)
";

/// What the user asked for.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Command {
    Help,
    Codegen(Codegen),
    Test,
    Cases,
    Features,
    Corpus(Corpus),
    Fuzz(Fuzz),
    Roundtrip(Roundtrip),
    Bench(Bench),
}

/// The arguments of `cargo xtask roundtrip`.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Roundtrip {
    pub(crate) seed: Option<u64>,
    pub(crate) instances: Option<usize>,
    pub(crate) only: Vec<String>,
}

/// The arguments of `cargo xtask bench`.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Bench {
    /// Runs of every measurement; `None` for each one's default.
    pub(crate) runs: Option<u32>,
    /// Runs of the compile measurements, overriding `runs` (they are the slow ones).
    pub(crate) compile_runs: Option<u32>,
    pub(crate) quick: bool,
    /// Only the client overhead, replacing only its section of the report.
    pub(crate) client: bool,
    /// Only the generation time against nesting depth, replacing only its section.
    pub(crate) nesting: bool,
    /// Only the cost of faithful data, replacing only its section of the report.
    pub(crate) fidelity: bool,
    /// Only the per-tag compile times, replacing only their section.
    pub(crate) per_tag: bool,
    /// Only nexus against progenitor, replacing only its section.
    pub(crate) progenitor: bool,
    pub(crate) only: Vec<String>,
}

/// The arguments of `cargo xtask fuzz`.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Fuzz {
    pub(crate) cases: u64,
    pub(crate) seed: Option<u64>,
    pub(crate) case: Option<u64>,
    /// Seconds a case may run before it counts as a hang; `None` for the default.
    pub(crate) timeout: Option<u64>,
}

/// The arguments of `cargo xtask corpus`.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Corpus {
    pub(crate) quick: bool,
    pub(crate) only: Vec<String>,
}

/// The arguments of `cargo xtask codegen`.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Codegen {
    pub(crate) mode: Mode,
    pub(crate) target: Target,
    /// Apply the suggested version bump (write mode only).
    pub(crate) bump: bool,
    /// Where to write the API change report as Markdown.
    pub(crate) report: Option<PathBuf>,
    /// Fail on generator warnings (`--deny-warnings`).
    pub(crate) deny_warnings: bool,
}

/// Whether to write the generated files or only compare them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    Write,
    Check,
}

/// Which crate to generate.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Target {
    /// The checked-in ReAdmin client at `generated-client/`.
    Readmin,
    /// Any document, to any directory.
    Standalone(Standalone),
}

/// The standalone mode's inputs, as given on the command line.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Standalone {
    pub(crate) spec: PathBuf,
    pub(crate) out: PathBuf,
    pub(crate) name: String,
    /// The generator settings file (`--config`), if any.
    pub(crate) config: Option<PathBuf>,
}

/// Parses the arguments that follow `cargo xtask`.
pub(crate) fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Command, String> {
    let args = args
        .into_iter()
        .map(|arg| arg.into_string().map_err(|arg| format!("argument {arg:?} is not valid UTF-8")))
        .collect::<Result<Vec<String>, String>>()?;
    if args.iter().any(|arg| arg == "-h" || arg == "--help") {
        return Ok(Command::Help);
    }
    let Some((command, rest)) = args.split_first() else {
        return Err("no command given".to_owned());
    };
    match command.as_str() {
        "help" => no_arguments("help", rest).map(|()| Command::Help),
        "test" => no_arguments("test", rest).map(|()| Command::Test),
        "cases" => no_arguments("cases", rest).map(|()| Command::Cases),
        "features" => no_arguments("features", rest).map(|()| Command::Features),
        "codegen" => parse_codegen(rest).map(Command::Codegen),
        "corpus" => parse_corpus(rest).map(Command::Corpus),
        "fuzz" => parse_fuzz(rest).map(Command::Fuzz),
        "roundtrip" => parse_roundtrip(rest).map(Command::Roundtrip),
        "bench" => parse_bench(rest).map(Command::Bench),
        other => Err(format!("unknown command `{other}`")),
    }
}

fn no_arguments(command: &str, rest: &[String]) -> Result<(), String> {
    match rest.first() {
        None => Ok(()),
        Some(arg) => Err(format!("`{command}` takes no arguments, got `{arg}`")),
    }
}

/// One command's flags, read with `lexopt`: long flags only, `--flag VALUE`
/// or `--flag=VALUE`, each at most once unless it collects values (`--only`),
/// and no positional arguments.
struct Flags {
    parser: lexopt::Parser,
    command: &'static str,
    seen: Vec<String>,
}

impl Flags {
    fn new(command: &'static str, args: &[String]) -> Self {
        Flags { parser: lexopt::Parser::from_args(args), command, seen: Vec::new() }
    }

    /// The next flag's name, without `--`; `None` after the last.
    fn next(&mut self) -> Result<Option<String>, String> {
        match self.parser.next().map_err(|error| error.to_string())? {
            None => Ok(None),
            Some(lexopt::Arg::Long(name)) => Ok(Some(name.to_owned())),
            Some(lexopt::Arg::Short(letter)) => Err(format!("unknown flag `-{letter}` for `{}`", self.command)),
            Some(lexopt::Arg::Value(value)) => {
                Err(format!("unexpected argument `{}` for `{}`", value.to_string_lossy(), self.command))
            }
        }
    }

    fn unknown(&self, flag: &str) -> String {
        format!("unknown flag `--{flag}` for `{}`", self.command)
    }

    fn once(&mut self, flag: &str) -> Result<(), String> {
        if self.seen.iter().any(|seen| seen == flag) {
            return Err(format!("`--{flag}` given twice"));
        }
        self.seen.push(flag.to_owned());
        Ok(())
    }

    /// A switch: given once, without a value.
    fn switch(&mut self, flag: &str) -> Result<bool, String> {
        self.once(flag)?;
        match self.parser.optional_value() {
            Some(_) => Err(format!("`--{flag}` takes no value")),
            None => Ok(true),
        }
    }

    /// The flag's value: not empty, and not the next flag.
    fn value(&mut self, flag: &str) -> Result<String, String> {
        let value = self.parser.value().map_err(|_| format!("`--{flag}` needs a value"))?;
        let value = value.into_string().map_err(|value| format!("the value of `--{flag}`, {value:?}, is not UTF-8"))?;
        if value.is_empty() || value.starts_with("--") {
            return Err(format!("`--{flag}` needs a value, got `{value}`"));
        }
        Ok(value)
    }

    /// The value of a flag given at most once.
    fn value_once(&mut self, flag: &str) -> Result<String, String> {
        self.once(flag)?;
        self.value(flag)
    }

    /// A number at least `min`, given at most once.
    fn number<T: std::str::FromStr + PartialOrd>(&mut self, flag: &str, min: T) -> Result<T, String> {
        let value = self.value_once(flag)?;
        match value.parse::<T>() {
            Ok(number) if number >= min => Ok(number),
            Ok(_) => Err(format!("`--{flag}` needs a positive number, got `{value}`")),
            Err(_) => Err(format!("`--{flag}` needs a number, got `{value}`")),
        }
    }
}

fn parse_codegen(args: &[String]) -> Result<Codegen, String> {
    let mut flags = Flags::new("codegen", args);
    let (mut check, mut bump, mut deny_warnings) = (false, false, false);
    let (mut spec, mut out, mut name, mut report, mut config) = (None, None, None, None, None);
    while let Some(flag) = flags.next()? {
        match flag.as_str() {
            "check" => check = flags.switch(&flag)?,
            "bump" => bump = flags.switch(&flag)?,
            "deny-warnings" => deny_warnings = flags.switch(&flag)?,
            "report" => report = Some(flags.value_once(&flag)?),
            "spec" => spec = Some(flags.value_once(&flag)?),
            "out" => out = Some(flags.value_once(&flag)?),
            "name" => name = Some(flags.value_once(&flag)?),
            "config" => config = Some(flags.value_once(&flag)?),
            _ => return Err(flags.unknown(&flag)),
        }
    }
    let mode = if check { Mode::Check } else { Mode::Write };
    if check && bump {
        return Err("`--bump` changes the crate's version, so it cannot go with `--check`".to_owned());
    }
    let target = match (spec, out, name) {
        (None, None, None) if config.is_some() => {
            return Err(
                "`--config` goes with `--spec`, `--out` and `--name`; the ReAdmin client reads spec/codegen.toml"
                    .to_owned(),
            )
        }
        (None, None, None) => Target::Readmin,
        (Some(spec), Some(out), Some(name)) => {
            validate_crate_name(&name)?;
            Target::Standalone(Standalone {
                spec: spec.into(),
                out: out.into(),
                name,
                config: config.map(PathBuf::from),
            })
        }
        _ => return Err("`--spec`, `--out` and `--name` must be given together".to_owned()),
    };
    Ok(Codegen { mode, target, bump, report: report.map(PathBuf::from), deny_warnings })
}

fn parse_corpus(args: &[String]) -> Result<Corpus, String> {
    let mut flags = Flags::new("corpus", args);
    let mut corpus = Corpus::default();
    while let Some(flag) = flags.next()? {
        match flag.as_str() {
            "quick" => corpus.quick = flags.switch(&flag)?,
            "only" => corpus.only.push(flags.value(&flag)?),
            _ => return Err(flags.unknown(&flag)),
        }
    }
    Ok(corpus)
}

fn parse_bench(args: &[String]) -> Result<Bench, String> {
    let mut flags = Flags::new("bench", args);
    let mut bench = Bench::default();
    while let Some(flag) = flags.next()? {
        match flag.as_str() {
            "quick" => bench.quick = flags.switch(&flag)?,
            "client" => bench.client = flags.switch(&flag)?,
            "nesting" => bench.nesting = flags.switch(&flag)?,
            "fidelity" => bench.fidelity = flags.switch(&flag)?,
            "per-tag" => bench.per_tag = flags.switch(&flag)?,
            "progenitor" => bench.progenitor = flags.switch(&flag)?,
            "runs" => bench.runs = Some(flags.number(&flag, 1)?),
            "compile-runs" => bench.compile_runs = Some(flags.number(&flag, 1)?),
            "only" => bench.only.push(flags.value(&flag)?),
            _ => return Err(flags.unknown(&flag)),
        }
    }
    let alone = [bench.client, bench.nesting, bench.fidelity, bench.per_tag, bench.progenitor];
    if alone.iter().filter(|alone| **alone).count() > 1 {
        return Err("`--client`, `--nesting`, `--fidelity`, `--per-tag` and `--progenitor` each rewrite one section: \
                    give one of them"
            .to_owned());
    }
    for (alone, flag, what) in [
        (bench.client, "--client", "the client overhead"),
        (bench.nesting, "--nesting", "generation against nesting depth"),
    ] {
        if alone && (bench.quick || bench.compile_runs.is_some() || !bench.only.is_empty()) {
            return Err(format!(
                "`{flag}` measures {what} only: it takes `--runs`, not `--quick`, `--compile-runs` or `--only`"
            ));
        }
    }
    Ok(bench)
}

fn parse_fuzz(args: &[String]) -> Result<Fuzz, String> {
    let mut flags = Flags::new("fuzz", args);
    let mut fuzz = Fuzz { cases: 10_000, seed: None, case: None, timeout: None };
    while let Some(flag) = flags.next()? {
        match flag.as_str() {
            "cases" => fuzz.cases = flags.number(&flag, 0)?,
            "seed" => fuzz.seed = Some(flags.number(&flag, 0)?),
            "case" => fuzz.case = Some(flags.number(&flag, 0)?),
            "timeout" => fuzz.timeout = Some(flags.number(&flag, 1)?),
            _ => return Err(flags.unknown(&flag)),
        }
    }
    Ok(fuzz)
}

fn parse_roundtrip(args: &[String]) -> Result<Roundtrip, String> {
    let mut flags = Flags::new("roundtrip", args);
    let mut roundtrip = Roundtrip::default();
    while let Some(flag) = flags.next()? {
        match flag.as_str() {
            "seed" => roundtrip.seed = Some(flags.number(&flag, 0)?),
            "instances" => roundtrip.instances = Some(flags.number(&flag, 1)?),
            "only" => roundtrip.only.push(flags.value(&flag)?),
            _ => return Err(flags.unknown(&flag)),
        }
    }
    Ok(roundtrip)
}

/// Accepts the names Cargo accepts for a package: ASCII letters, digits, `-`
/// and `_`, not starting with a digit.
fn validate_crate_name(name: &str) -> Result<(), String> {
    let valid_chars = name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    let starts_well = name.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
    if valid_chars && starts_well {
        Ok(())
    } else {
        Err(format!(
            "`{name}` is not a valid crate name (use ASCII letters, digits, `-` and `_`, starting with a letter)"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_strs(args: &[&str]) -> Result<Command, String> {
        parse(args.iter().map(OsString::from))
    }

    fn codegen(mode: Mode, target: Target) -> Command {
        Command::Codegen(Codegen { mode, target, bump: false, report: None, deny_warnings: false })
    }

    #[test]
    fn commands() {
        assert_eq!(parse_strs(&["test"]), Ok(Command::Test));
        assert_eq!(parse_strs(&["help"]), Ok(Command::Help));
        assert_eq!(parse_strs(&["codegen", "--help"]), Ok(Command::Help));
        assert_eq!(parse_strs(&["codegen"]), Ok(codegen(Mode::Write, Target::Readmin)));
        assert_eq!(parse_strs(&["codegen", "--check"]), Ok(codegen(Mode::Check, Target::Readmin)));
    }

    #[test]
    fn standalone_flags_in_both_spellings() {
        let expected = codegen(
            Mode::Check,
            Target::Standalone(Standalone {
                spec: "api.yaml".into(),
                out: "out/pets".into(),
                name: "pets-client".to_owned(),
                config: None,
            }),
        );
        let spaced =
            parse_strs(&["codegen", "--spec", "api.yaml", "--check", "--out", "out/pets", "--name", "pets-client"]);
        assert_eq!(spaced, Ok(expected));
        let joined = parse_strs(&["codegen", "--spec=api.yaml", "--out=out/pets", "--name=pets-client", "--check"]);
        assert!(matches!(joined, Ok(Command::Codegen(Codegen { mode: Mode::Check, .. }))));
    }

    #[test]
    fn config_flag_goes_with_standalone_mode() {
        let parsed =
            parse_strs(&["codegen", "--spec", "a.yaml", "--out", "out", "--name", "pets", "--config", "pets.toml"]);
        let Ok(Command::Codegen(Codegen { target: Target::Standalone(standalone), .. })) = parsed else {
            panic!("{parsed:?}")
        };
        assert_eq!(standalone.config, Some(PathBuf::from("pets.toml")));
        let joined = parse_strs(&["codegen", "--config=pets.toml", "--spec=a.yaml", "--out=out", "--name=pets"]);
        assert!(matches!(
            joined,
            Ok(Command::Codegen(Codegen { target: Target::Standalone(Standalone { config: Some(_), .. }), .. }))
        ));
        let error = parse_strs(&["codegen", "--config", "pets.toml"]).unwrap_err();
        assert!(error.contains("spec/codegen.toml"), "{error}");
        assert!(parse_strs(&["codegen", "--spec", "a", "--out", "b", "--name", "c", "--config"]).is_err());
        assert!(parse_strs(&["codegen", "--spec", "a", "--out", "b", "--name", "c", "--config", "x", "--config", "y"])
            .is_err());
    }

    #[test]
    fn bad_arguments_are_errors_not_panics() {
        let bad: &[&[&str]] = &[
            &[],
            &["build"],
            &["test", "--check"],
            &["codegen", "--chek"],
            &["codegen", "extra"],
            &["codegen", "--check", "--check"],
            &["codegen", "--check=yes"],
            &["codegen", "--spec"],
            &["codegen", "--spec", "--out", "x", "--name", "y"],
            &["codegen", "--spec", "a.yaml"],
            &["codegen", "--spec", "a", "--out", "b", "--name", "c", "--name", "d"],
            &["codegen", "--spec", "a", "--out", "b", "--name", "1abc"],
            &["codegen", "--spec", "a", "--out", "b", "--name", "has space"],
            &["codegen", "--spec=", "--out", "b", "--name", "c"],
            &["codegen", "--check", "--bump"],
            &["codegen", "--bump", "--bump"],
            &["codegen", "--bump=yes"],
            &["codegen", "--deny-warnings", "--deny-warnings"],
            &["codegen", "--deny-warnings=yes"],
            &["codegen", "--report"],
            &["codegen", "--report", "a.md", "--report", "b.md"],
        ];
        for args in bad {
            assert!(parse_strs(args).is_err(), "{args:?} should be rejected");
        }
    }

    #[test]
    fn bump_and_report_flags() {
        let parsed = parse_strs(&["codegen", "--bump", "--report", "changes.md"]);
        let expected = Command::Codegen(Codegen {
            mode: Mode::Write,
            target: Target::Readmin,
            bump: true,
            report: Some("changes.md".into()),
            deny_warnings: false,
        });
        assert_eq!(parsed, Ok(expected));
        let parsed = parse_strs(&["codegen", "--check", "--report=changes.md"]);
        assert!(matches!(
            parsed,
            Ok(Command::Codegen(Codegen { mode: Mode::Check, bump: false, report: Some(_), .. }))
        ));
        let parsed = parse_strs(&["codegen", "--check", "--deny-warnings"]);
        assert!(matches!(parsed, Ok(Command::Codegen(Codegen { mode: Mode::Check, deny_warnings: true, .. }))));
    }

    #[test]
    fn fuzz_flags() {
        assert_eq!(
            parse_strs(&["fuzz"]),
            Ok(Command::Fuzz(Fuzz { cases: 10_000, seed: None, case: None, timeout: None }))
        );
        assert_eq!(
            parse_strs(&["fuzz", "--cases", "5", "--seed=9"]),
            Ok(Command::Fuzz(Fuzz { cases: 5, seed: Some(9), case: None, timeout: None }))
        );
        assert_eq!(
            parse_strs(&["fuzz", "--case", "3"]),
            Ok(Command::Fuzz(Fuzz { cases: 10_000, seed: None, case: Some(3), timeout: None }))
        );
        assert_eq!(
            parse_strs(&["fuzz", "--timeout", "2"]),
            Ok(Command::Fuzz(Fuzz { cases: 10_000, seed: None, case: None, timeout: Some(2) }))
        );
        for bad in [
            &["fuzz", "--cases"][..],
            &["fuzz", "--cases", "many"],
            &["fuzz", "--seed", "1", "--seed", "2"],
            &["fuzz", "extra"],
            &["fuzz", "--timeout", "0"],
        ] {
            assert!(parse_strs(bad).is_err(), "{bad:?} should be rejected");
        }
    }

    #[test]
    fn roundtrip_flags() {
        assert_eq!(parse_strs(&["roundtrip"]), Ok(Command::Roundtrip(Roundtrip::default())));
        let parsed = parse_strs(&["roundtrip", "--seed", "7", "--instances=3", "--only", "readmin", "--only=fixture"]);
        let expected =
            Roundtrip { seed: Some(7), instances: Some(3), only: vec!["readmin".to_owned(), "fixture".to_owned()] };
        assert_eq!(parsed, Ok(Command::Roundtrip(expected)));
        let bad: &[&[&str]] = &[
            &["roundtrip", "--seed"],
            &["roundtrip", "--seed", "x"],
            &["roundtrip", "--seed", "1", "--seed", "2"],
            &["roundtrip", "--instances", "0"],
            &["roundtrip", "--only"],
            &["roundtrip", "--only", "--seed"],
            &["roundtrip", "extra"],
        ];
        for args in bad {
            assert!(parse_strs(args).is_err(), "{args:?} should be rejected");
        }
    }

    #[test]
    fn bench_flags() {
        assert_eq!(parse_strs(&["bench"]), Ok(Command::Bench(Bench::default())));
        let parsed = parse_strs(&["bench", "--runs", "3", "--quick", "--only", "readmin", "--only=stripe-spec3.yaml"]);
        let expected = Bench {
            runs: Some(3),
            quick: true,
            only: vec!["readmin".to_owned(), "stripe-spec3.yaml".to_owned()],
            ..Bench::default()
        };
        assert_eq!(parsed, Ok(Command::Bench(expected)));
        assert_eq!(parse_strs(&["bench", "--runs=1"]), Ok(Command::Bench(Bench { runs: Some(1), ..Bench::default() })));
        assert_eq!(
            parse_strs(&["bench", "--client", "--runs", "9"]),
            Ok(Command::Bench(Bench { runs: Some(9), client: true, ..Bench::default() }))
        );
        assert_eq!(
            parse_strs(&["bench", "--nesting"]),
            Ok(Command::Bench(Bench { nesting: true, ..Bench::default() }))
        );
        assert_eq!(
            parse_strs(&["bench", "--compile-runs", "1"]),
            Ok(Command::Bench(Bench { compile_runs: Some(1), ..Bench::default() }))
        );
        assert_eq!(
            parse_strs(&["bench", "--per-tag"]),
            Ok(Command::Bench(Bench { per_tag: true, ..Bench::default() }))
        );
        let bad: &[&[&str]] = &[
            &["bench", "--runs"],
            &["bench", "--runs", "0"],
            &["bench", "--runs", "many"],
            &["bench", "--runs", "1", "--runs", "2"],
            &["bench", "--quick", "--quick"],
            &["bench", "--client", "--client"],
            &["bench", "--client", "--quick"],
            &["bench", "--client", "--only", "readmin"],
            &["bench", "--client", "--nesting"],
            &["bench", "--fidelity", "--client"],
            &["bench", "--fidelity", "--fidelity"],
            &["bench", "--per-tag", "--fidelity"],
            &["bench", "--progenitor", "--per-tag"],
            &["bench", "--nesting", "--nesting"],
            &["bench", "--nesting", "--compile-runs", "1"],
            &["bench", "--quick=yes"],
            &["bench", "--only"],
            &["bench", "--only", "--quick"],
            &["bench", "extra"],
        ];
        for args in bad {
            assert!(parse_strs(args).is_err(), "{args:?} should be rejected");
        }
    }

    /// The user-facing documents, whose `cargo xtask ...` lines must stay true.
    const DOCUMENTS: &[&str] =
        &["README.md", "CONTRIBUTING.md", "ARCHITECTURE.md", "docs/codegen.md", "docs/client.md"];

    #[test]
    fn every_command_line_in_the_documents_parses_and_every_command_is_documented() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut documented = String::new();
        for document in DOCUMENTS {
            let text = std::fs::read_to_string(root.join(document)).unwrap_or_else(|e| panic!("{document}: {e}"));
            for (at, _) in text.match_indices("cargo xtask ") {
                // The command line ends where the code does: a backtick, a comment, a shell separator, a synopsis.
                let line = text[at + "cargo xtask ".len()..].lines().next().unwrap_or_default();
                let line = line.split(['`', '#', ';', '[', '|', ')', '"']).next().unwrap_or_default();
                let args: Vec<OsString> = line.split_whitespace().map(OsString::from).collect();
                if let Err(error) = parse(args) {
                    panic!("{document}: `cargo xtask {}` does not parse: {error}", line.trim());
                }
            }
            documented.push_str(&text);
        }
        let commands = USAGE.split("commands:").nth(1).and_then(|rest| rest.split("\n\n").next()).unwrap_or_default();
        // A command starts its line; its description continues on indented ones.
        let starts = commands.lines().filter(|line| line.starts_with("  ") && !line.starts_with("   "));
        for command in starts.filter_map(|line| line.split_whitespace().next()) {
            assert!(
                command == "help" || documented.contains(&format!("cargo xtask {command}")),
                "`cargo xtask {command}` is in the usage text but in none of {DOCUMENTS:?}"
            );
        }
    }

    #[cfg(unix)]
    #[test]
    fn non_utf8_argument_is_an_error() {
        use std::os::unix::ffi::OsStringExt;
        let args = vec![OsString::from("codegen"), OsString::from_vec(vec![0xff, 0xfe])];
        assert!(parse(args).is_err());
    }

    #[test]
    fn crate_names() {
        for good in ["readmin-client", "a", "_x", "pets_2"] {
            assert_eq!(validate_crate_name(good), Ok(()), "{good}");
        }
        for bad in ["", "9lives", "-x", "a.b", "naïve"] {
            assert!(validate_crate_name(bad).is_err(), "{bad}");
        }
    }
}
