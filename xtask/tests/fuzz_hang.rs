//! The fuzzer reports a case that hangs like one that crashes: with its case
//! number, its saved input and the command that reruns it, and it goes on
//! with the cases after it.
//!
//! `cargo xtask fuzz` runs here as users run it (a supervisor and its worker
//! processes); the workers hang in the case that the test hook
//! `XTASK_FUZZ_TEST_HANG_IN_CASE` names.

use std::path::Path;
use std::process::Command;

#[test]
fn a_hanging_case_is_reported_with_its_number_and_its_input() {
    let seed = 17_000_017_u64;
    let output = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["fuzz", "--seed", &seed.to_string(), "--cases", "6", "--timeout", "2"])
        .env("XTASK_FUZZ_TEST_HANG_IN_CASE", "4")
        .env_remove("XTASK_FUZZ_WORKER")
        .output()
        .expect("run cargo xtask fuzz");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "a hang must fail the run:\n{stderr}");
    for expected in [
        "fuzz: 6 cases in ",
        " 1 failed;",
        "fuzz: case 4 (",
        "hang: no answer within 2 s",
        &format!("rerun: cargo xtask fuzz --seed {seed} --case 4"),
        &format!("error: 1 of 6 fuzz cases failed (seed {seed})"),
    ] {
        assert!(stderr.contains(expected), "missing {expected:?} in:\n{stderr}");
    }
    assert!(!stderr.contains("outside any case"), "{stderr}");
    // The five other cases ran: the worker was replaced after the hang.
    let counted = stderr.lines().find(|line| line.contains("6 cases in")).unwrap_or_default();
    assert!(counted.contains("1 failed"), "{counted}");

    let input = stderr.lines().find_map(|line| line.trim().strip_prefix("input: ")).expect("the input is saved");
    let input = Path::new(input);
    assert_eq!(
        input.file_name().and_then(|n| n.to_str()).map(|n| n.starts_with(&format!("hang-{seed}-4."))),
        Some(true),
        "{stderr}"
    );
    let saved = std::fs::read(input).expect("the saved input is readable");
    assert!(!saved.is_empty());
    std::fs::remove_file(input).expect("remove the saved input");
}

/// `cargo xtask test` runs from `target/debug/xtask`, which its `cargo test`
/// step rebuilds: workers started after that must still be this binary.
#[test]
fn workers_start_after_the_binary_has_been_replaced() {
    let temporary = tempfile::tempdir().unwrap();
    let dir = temporary.path();
    let binary = dir.join("xtask");
    std::fs::copy(env!("CARGO_BIN_EXE_xtask"), &binary).unwrap();
    let seed = 17_000_018_u64;
    // The first case hangs, so a second worker starts two seconds in, after the file was replaced.
    let run = Command::new(&binary)
        .args(["fuzz", "--seed", &seed.to_string(), "--cases", "4", "--timeout", "2"])
        .env("XTASK_FUZZ_TEST_HANG_IN_CASE", "0")
        .env_remove("XTASK_FUZZ_WORKER")
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run the copied xtask");
    std::thread::sleep(std::time::Duration::from_millis(500));
    let replacement = dir.join("xtask.new");
    std::fs::copy(&binary, &replacement).unwrap();
    std::fs::rename(&replacement, &binary).unwrap();
    let output = run.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("fuzz: 4 cases in ") && stderr.contains("fuzz: case 0 ("), "{stderr}");
    assert!(!stderr.contains("cannot start a fuzz worker"), "{stderr}");
    if let Some(input) = stderr.lines().find_map(|line| line.trim().strip_prefix("input: ")) {
        std::fs::remove_file(input).unwrap();
    }
}
