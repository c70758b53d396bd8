//! The same document gives byte-identical output, twice in one process and
//! in another process (where every hash map is seeded differently), for the
//! ReAdmin document and the three largest corpus documents.
//!
//! The other process is this test binary again, running only
//! [`child_process_generates`] with [`CHILD_ENV`] naming a directory to write
//! its outputs to. The corpus is `../shared/corpus` (or `CORPUS_DIR`).

use std::path::{Path, PathBuf};
use std::process::Command;

/// Set in the child process: where to write the outputs.
const CHILD_ENV: &str = "GENERATOR_DETERMINISM_OUT";

/// The corpus documents, largest first.
const CORPUS_DOCUMENTS: [&str; 3] = ["stripe-spec3.yaml", "progenitor-api.github.com.json", "openai-openapi.yaml"];

fn documents() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("workspace root").to_path_buf();
    let corpus = std::env::var_os("CORPUS_DIR").map_or_else(|| root.join("../shared/corpus"), PathBuf::from);
    let mut documents = vec![root.join("spec/readmin.yaml")];
    documents.extend(CORPUS_DOCUMENTS.iter().map(|name| corpus.join(name)));
    for document in &documents {
        assert!(document.is_file(), "{} is missing (set CORPUS_DIR to the shared corpus)", document.display());
    }
    documents
}

/// Everything one generation produced, as bytes: every file with its path,
/// then every diagnostic with its location.
fn output(document: &Path) -> Vec<u8> {
    let text = std::fs::read_to_string(document).unwrap_or_else(|e| panic!("cannot read {}: {e}", document.display()));
    let mut out = Vec::new();
    match openapi_xtask::generate(&text, &openapi_xtask::Settings::new("determinism-client")) {
        Ok(generated) => {
            for file in &generated.files {
                out.extend_from_slice(format!("==== {} ({} bytes)\n", file.path, file.contents.len()).as_bytes());
                out.extend_from_slice(file.contents.as_bytes());
            }
            for diagnostic in &generated.diagnostics {
                out.extend_from_slice(format!("{diagnostic}\n").as_bytes());
            }
        }
        Err(diagnostics) => panic!("{} does not generate: {}", document.display(), diagnostics[0]),
    }
    out
}

fn out_name(document: &Path) -> String {
    format!("{}.out", document.file_name().and_then(|n| n.to_str()).expect("file name"))
}

#[test]
fn output_is_identical_in_one_process_and_across_processes() {
    let documents = documents();
    let dir = std::env::temp_dir().join(format!("generator-determinism-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temporary directory");
    // The other process works while this one generates.
    let child = Command::new(std::env::current_exe().expect("test binary"))
        .args(["--exact", "child_process_generates", "--nocapture", "--test-threads", "1"])
        .env(CHILD_ENV, &dir)
        .spawn()
        .expect("start the child process");
    let mut mismatches = Vec::new();
    let mut firsts = Vec::new();
    for document in &documents {
        let first = output(document);
        let second = output(document);
        if first != second {
            mismatches.push(format!("{}: two generations in one process differ", document.display()));
        }
        firsts.push(first);
    }
    let status = child.wait_with_output().expect("wait for the child process").status;
    assert!(status.success(), "the child process failed: {status}");
    for (document, first) in documents.iter().zip(&firsts) {
        let other = std::fs::read(dir.join(out_name(document))).unwrap_or_default();
        if *first != other {
            mismatches.push(format!("{}: the output of another process differs", document.display()));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

/// The other process's half of the test above; does nothing in a normal run.
#[test]
fn child_process_generates() {
    let Some(dir) = std::env::var_os(CHILD_ENV) else { return };
    for document in documents() {
        std::fs::write(Path::new(&dir).join(out_name(&document)), output(&document)).expect("write the output");
    }
}
