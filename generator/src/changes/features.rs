//! Changes of the crate's Cargo features (one per tag) and of the features
//! that compile each operation and type.
//!
//! A user selects features (`default-features = false, features = [..]`),
//! so a feature that goes, or an item that a feature no longer compiles, is
//! breaking for the users who selected it; a new feature, or an item that
//! one more feature compiles, is an addition. When the crate gains or loses
//! features as a whole, only that is reported: without features every item
//! is compiled.

use super::{code, method, Diff, Impact};
use crate::describe::ApiDescription;

impl Diff {
    pub(super) fn features(&mut self, old: &ApiDescription, new: &ApiDescription) {
        match (old.features.is_empty(), new.features.is_empty()) {
            (true, true) => return,
            (true, false) => {
                return self.push(
                    Impact::Addition,
                    "the crate",
                    format!("now has one Cargo feature per tag ({})", list(&new.features)),
                    "`default` turns on all of them, so what compiled before still does",
                )
            }
            (false, true) => {
                return self.push(
                    Impact::Breaking,
                    "the crate",
                    format!("no longer has Cargo features (had {})", list(&old.features)),
                    "a dependency that selects features no longer resolves",
                )
            }
            (false, false) => {}
        }
        for gone in old.features.iter().filter(|feature| !new.features.contains(feature)) {
            self.push(
                Impact::Breaking,
                &format!("feature `{gone}`"),
                "removed",
                "a dependency that selects it no longer resolves",
            );
        }
        for added in new.features.iter().filter(|feature| !old.features.contains(feature)) {
            self.push(Impact::Addition, &format!("feature `{added}`"), "added", "");
        }
        for after in &new.operations {
            if let Some(before) = old.operations.iter().find(|op| op.name == after.name) {
                self.compiled_by(&method(&after.name), &before.features, &after.features);
            }
        }
        for after in &new.types {
            if let Some(before) = old.types.iter().find(|ty| ty.name == after.name) {
                self.compiled_by(&code(&after.name), &before.features, &after.features);
            }
        }
    }

    /// An item compiled by the features `old`, now by `new`.
    fn compiled_by(&mut self, subject: &str, old: &[String], new: &[String]) {
        let lost: Vec<String> = old.iter().filter(|feature| !new.contains(feature)).cloned().collect();
        let gained: Vec<String> = new.iter().filter(|feature| !old.contains(feature)).cloned().collect();
        if !lost.is_empty() {
            self.push(
                Impact::Breaking,
                subject,
                format!("no longer compiled with {} alone", list(&lost)),
                format!("now compiled with {}", list(new)),
            );
        }
        if !gained.is_empty() {
            self.push(Impact::Addition, subject, format!("also compiled with {}", list(&gained)), "");
        }
    }
}

/// `` `a`, `b` ``: feature names as code.
fn list(features: &[String]) -> String {
    features.iter().map(|feature| format!("`{feature}`")).collect::<Vec<_>>().join(", ")
}
