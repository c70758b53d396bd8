//! The example of `examples/xtask/` works as a user's project: copied into a
//! temporary directory with a path dependency on this generator, its
//! `cargo xtask codegen` writes the client, `--check` passes, and after the
//! document changes `--check` fails and says why.
//!
//! The example's builds share `target/example-xtask/`, so after the first run
//! only the example's own crate compiles. The workspace's `Cargo.lock` is
//! copied in, so the example resolves to the versions this workspace tests
//! with and needs no registry look-up.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The files of the example project, relative to `examples/xtask/`.
const EXAMPLE_FILES: &[&str] =
    &["Cargo.toml", ".cargo/config.toml", "api.yaml", "xtask/Cargo.toml", "xtask/src/main.rs"];

/// The path dependency as the example writes it (relative to its place in this repository).
const GENERATOR_DEPENDENCY: &str = "openapi-xtask = { path = \"../../../generator\" }";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("the workspace root").to_path_buf()
}

/// A copy of the example in a fresh temporary directory, removed on drop.
struct Project(tempfile::TempDir);

impl Project {
    fn copy_example() -> Project {
        let temporary = tempfile::Builder::new().prefix("example-xtask-").tempdir().expect("a temporary directory");
        let dir = temporary.path();
        let example = root().join("examples/xtask");
        for file in EXAMPLE_FILES {
            let target = dir.join(file);
            fs::create_dir_all(target.parent().unwrap()).unwrap();
            fs::copy(example.join(file), &target).unwrap_or_else(|e| panic!("copy examples/xtask/{file}: {e}"));
        }
        let manifest = fs::read_to_string(dir.join("xtask/Cargo.toml")).unwrap();
        assert!(manifest.contains(GENERATOR_DEPENDENCY), "the example's dependency line changed:\n{manifest}");
        let generator = root().join("generator");
        let absolute = format!("openapi-xtask = {{ path = {:?} }}", generator.display().to_string());
        fs::write(dir.join("xtask/Cargo.toml"), manifest.replace(GENERATOR_DEPENDENCY, &absolute)).unwrap();
        fs::copy(root().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
        Project(temporary)
    }

    /// `cargo xtask ARGS` in the project, as its user runs it.
    fn xtask(&self, args: &[&str]) -> Output {
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        Command::new(cargo)
            .arg("xtask")
            .args(args)
            .current_dir(self.0.path())
            .env("CARGO_TARGET_DIR", root().join("target/example-xtask"))
            .env_remove("RUSTFLAGS")
            .output()
            .expect("run cargo")
    }
}

fn text(output: &Output) -> String {
    format!(
        "stdout:\n{}\nstderr:\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

#[test]
fn the_example_xtask_generates_checks_and_explains_drift() {
    let project = Project::copy_example();

    let check = project.xtask(&["codegen", "--check"]);
    assert!(!check.status.success(), "nothing is generated yet:\n{}", text(&check));

    let write = project.xtask(&["codegen"]);
    assert!(write.status.success(), "{}", text(&write));
    assert!(text(&write).contains("codegen: 2 operations, "), "{}", text(&write));
    let lib =
        fs::read_to_string(project.0.path().join("clients/pets-client/src/lib.rs")).expect("the client is written");
    assert!(lib.contains("Pets API"), "{lib}");
    let manifest = fs::read_to_string(project.0.path().join("clients/pets-client/Cargo.toml")).unwrap();
    assert!(manifest.contains("name = \"pets-client\""), "{manifest}");

    let check = project.xtask(&["codegen", "--check"]);
    assert!(check.status.success(), "fresh after writing:\n{}", text(&check));
    assert!(text(&check).contains("up to date (pets-client)"), "{}", text(&check));

    let spec = fs::read_to_string(project.0.path().join("api.yaml")).unwrap();
    fs::write(project.0.path().join("api.yaml"), spec.replace("summary: Get one pet", "summary: Fetch one pet"))
        .unwrap();
    let check = project.xtask(&["codegen", "--check"]);
    let shown = text(&check);
    assert!(!check.status.success(), "stale after the document changed:\n{shown}");
    assert!(shown.contains("because the spec changed since the last generation"), "{shown}");
    assert!(shown.contains("run `cargo xtask codegen` to update"), "{shown}");
    assert!(shown.contains("clients/pets-client/src/"), "paths are shown from the project's root:\n{shown}");
}

/// The README shows the example's `main.rs` (after its `//!` lines) as it is.
#[test]
fn the_readme_shows_the_example_as_it_is() {
    let main = fs::read_to_string(root().join("examples/xtask/xtask/src/main.rs")).unwrap();
    let code =
        main.lines().skip_while(|line| line.starts_with("//!") || line.is_empty()).collect::<Vec<_>>().join("\n");
    let readme = fs::read_to_string(root().join("README.md")).unwrap();
    assert!(
        readme.contains(&format!("```rust,no_run\n{code}\n```")),
        "README.md no longer shows examples/xtask/xtask/src/main.rs:\n{code}"
    );
}
