//! Project automation, run as `cargo xtask <command>` (see `.cargo/config.toml`).
//!
//! - `codegen` regenerates the checked-in client crates, or checks that they
//!   are fresh (`codegen.rs`, on top of `openapi_xtask::codegen`, which writes
//!   changed files only, reports API changes and says why a crate is stale).
//! - `test` runs every check the project has, one step after another
//!   (`suite.rs`), installing the reference server's Python venv (`venv.rs`).
//! - `corpus` generates and compiles every document of the shared corpus
//!   (`corpus.rs`); the suite compiles the generator's snapshot cases the
//!   same way (`cases.rs`), and `features` lints a crate with one feature
//!   per tag under every selection of its features (`features.rs`).
//! - `fuzz` runs the generator on mutated and random documents (`fuzz/`).
//! - `roundtrip` decodes and re-encodes schema-valid instances with the
//!   generated types and fails on any value that changes (`roundtrip/`).
//! - `bench` measures generation, compile times and client overhead from
//!   release builds of `benchmarks/` and rewrites `BENCHMARKS.md` (`bench/`).
//!
//! Bad arguments print the usage and exit with status 2; a failed command
//! exits with status 1.

/// Generation allocates many small token trees and syntax nodes on several
/// threads, where mimalloc is a fifth faster than the system allocator
/// (BENCHMARKS.md times generation with it, as this binary runs it).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod bench;
mod cases;
mod codegen;
mod corpus;
mod features;
mod flags;
mod fuzz;
mod markdown;
mod roundtrip;
mod scratch;
mod suite;
mod venv;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use flags::Command;

fn main() -> ExitCode {
    let command = match flags::parse(std::env::args_os().skip(1)) {
        Ok(command) => command,
        Err(message) => {
            eprintln!("error: {message}\n\n{}", flags::USAGE);
            return ExitCode::from(2);
        }
    };
    let result = match command {
        Command::Help => {
            print!("{}", flags::USAGE);
            Ok(())
        }
        Command::Codegen(codegen) => codegen::run(&codegen),
        Command::Test => suite::run(),
        Command::Cases => cases::compile_all(),
        Command::Features => features::run_suite(),
        Command::Corpus(corpus) => corpus::run(&corpus),
        Command::Fuzz(fuzz) => fuzz::run(&fuzz),
        Command::Roundtrip(roundtrip) => roundtrip::run(&roundtrip),
        Command::Bench(bench) => bench::run(&bench),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root: the parent of this crate's directory.
pub(crate) fn project_root() -> PathBuf {
    let xtask_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    xtask_dir.parent().unwrap_or(xtask_dir).to_path_buf()
}
