//! `cargo xtask codegen [--check] [--bump] [--report FILE]`: keeps
//! `clients/pets-client` equal to what the generator makes from `api.yaml`.

use openapi_xtask::codegen::{self, Job};
use std::{path::Path, process::ExitCode};

fn main() -> ExitCode {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("the workspace root");
    let mut args = std::env::args().skip(1);
    if args.next().as_deref() != Some("codegen") {
        eprintln!("usage: cargo xtask codegen [--check] [--bump] [--report FILE]");
        return ExitCode::from(2);
    }
    let job = Job::new(root.join("api.yaml"), root.join("clients/pets-client"), "pets-client");
    codegen::cli(&job.shown_relative_to(root), args)
}
