//! Helpers for the codegen tests: a scratch directory and a small document.

use std::fs;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

/// A fresh directory under the system temp dir, removed on drop.
#[derive(Debug)]
pub(crate) struct TempDir(pub(crate) PathBuf);

impl TempDir {
    pub(crate) fn new() -> TempDir {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let unique = format!("generator-codegen-{}-{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed));
        let path = std::env::temp_dir().join(unique);
        let _ = fs::remove_dir_all(&path);
        fs::create_dir_all(&path).unwrap();
        TempDir(path)
    }

    pub(crate) fn put(&self, path: &str, contents: &str) {
        let full = self.0.join(path);
        fs::create_dir_all(full.parent().unwrap()).unwrap();
        fs::write(full, contents).unwrap();
    }

    pub(crate) fn get(&self, path: &str) -> Option<String> {
        fs::read_to_string(self.0.join(path)).ok()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// A one-operation document the codegen tests start from.
pub(crate) const SPEC: &str = "\
openapi: 3.0.3
info: { title: Pets, version: 1.0.0 }
paths:
  /pets:
    get:
      operationId: listPets
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: array, items: { $ref: '#/components/schemas/Pet' } }
components:
  schemas:
    Pet:
      type: object
      required: [name]
      properties:
        name: { type: string }
";

/// Which of the two runs to make.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Mode {
    Write,
    Check,
}

/// Codegen on `dir/api.yaml` into `dir/out` (crate `pets`), as `write` or
/// `check`, with `--bump` and a report to `dir/report/changes.md` when asked.
pub(crate) fn codegen(dir: &TempDir, mode: Mode, bump: bool, report: bool) -> Result<(), String> {
    let job = super::Job::new(dir.0.join("api.yaml"), dir.0.join("out"), "pets");
    let report = report.then(|| dir.0.join("report/changes.md"));
    let result = match mode {
        Mode::Write => super::write(&job, &super::WriteOptions { bump, report }),
        Mode::Check => super::check(&job, report.as_deref()),
    };
    result.map_err(|e| e.to_string())
}
