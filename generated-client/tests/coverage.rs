//! Every operation of spec/readmin.yaml must have tests: the operationIds
//! found in the spec are compared with the hand-maintained list in
//! `common::COVERED_OPERATIONS`, so a new operation without tests fails here.

mod common;

use std::collections::BTreeMap;

use common::{spec_operations, Auth, COVERED_OPERATIONS};

#[test]
fn spec_has_56_operations() {
    let operations = spec_operations();
    assert_eq!(operations.len(), 56, "operationIds in the spec: {operations:#?}");
    let unique: BTreeMap<&str, Auth> = operations.iter().map(|(id, auth)| (id.as_str(), *auth)).collect();
    assert_eq!(unique.len(), operations.len(), "duplicate operationId in the spec");
}

#[test]
fn every_spec_operation_is_covered_by_tests_and_nothing_else_is_listed() {
    let spec: BTreeMap<String, Auth> = spec_operations().into_iter().collect();
    let covered: BTreeMap<String, Auth> =
        COVERED_OPERATIONS.iter().map(|(id, auth)| ((*id).to_owned(), *auth)).collect();
    assert_eq!(covered.len(), COVERED_OPERATIONS.len(), "duplicate entry in COVERED_OPERATIONS");

    let missing: Vec<&String> = spec.keys().filter(|id| !covered.contains_key(*id)).collect();
    let stale: Vec<&String> = covered.keys().filter(|id| !spec.contains_key(*id)).collect();
    assert!(missing.is_empty(), "operations without tests: {missing:?}");
    assert!(stale.is_empty(), "COVERED_OPERATIONS lists operations the spec does not have: {stale:?}");
}

#[test]
fn covered_operations_use_the_security_the_spec_declares() {
    let spec: BTreeMap<String, Auth> = spec_operations().into_iter().collect();
    for (id, auth) in COVERED_OPERATIONS {
        assert_eq!(spec.get(*id), Some(auth), "security of {id}");
    }
}
