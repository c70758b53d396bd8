//! Generation does work in proportion to a document's size, however deeply
//! it nests.
//!
//! Documents built by `openapi_xtask::nesting` (mixed `properties`, `oneOf`,
//! `items`, `allOf`, `anyOf` and `additionalProperties`) at 10 to 120 levels,
//! with and without null branches, `$ref` leaves and a wrong leaf, must each
//! answer, and the work `generate_counted` counts (JSON values read, schemas
//! lowered) must grow no faster than the depth. Counted, not timed: the time
//! per depth is in the benchmarks (`cargo xtask bench`).

use openapi_xtask::nesting::{self, Nesting};
use openapi_xtask::{Settings, Severity, Work};
use serde_json::Value;

const DEPTHS: [usize; 5] = [10, 20, 40, 80, 120];

#[test]
fn work_grows_linearly_with_nesting() {
    for null_branches in [false, true] {
        for ref_leaves in [false, true] {
            for wrong_leaf in [false, true] {
                let mut previous: Option<(usize, Work)> = None;
                for depth in DEPTHS {
                    let nesting = Nesting { depth, null_branches, ref_leaves, wrong_leaf };
                    let work = generate(nesting);
                    if let Some((previous_depth, before)) = previous {
                        // Twice as deep, at most twice the work (and a quarter for slack).
                        let grows_linearly =
                            |now: u64, before: u64| now * previous_depth as u64 * 4 <= before * depth as u64 * 5;
                        assert!(
                            grows_linearly(work.values_read, before.values_read)
                                && grows_linearly(work.schemas_lowered, before.schemas_lowered),
                            "{nesting:?}: {work:?}, {before:?} at depth {previous_depth}"
                        );
                    }
                    previous = Some((depth, work));
                }
            }
        }
    }
}

/// Generates the document, checks the outcome, and returns the work.
fn generate(nesting: Nesting) -> Work {
    let text = nesting::document(nesting);
    let values = values(&serde_json::from_str(&text).expect("the document is JSON"));
    let (result, work) = openapi_xtask::generate_counted(&text, &Settings::new("nested-client"));
    match result {
        Ok(generated) => {
            assert!(!nesting.wrong_leaf, "{nesting:?}: generated despite the wrong leaf");
            assert!(generated.stats.types > 1, "{nesting:?}: {} types", generated.stats.types);
            // Every value is read, and at least every fourth level is a schema that is lowered.
            assert!(work.values_read >= values, "{nesting:?}: {work:?}, {values} values");
            assert!(work.schemas_lowered >= nesting.depth as u64 / 4, "{nesting:?}: {work:?}");
        }
        Err(diagnostics) => {
            let at_leaf = diagnostics.iter().any(|d| {
                d.severity == Severity::Error
                    && d.pointer.starts_with(&format!("#/components/schemas/{}/", nesting::ROOT_SCHEMA))
                    && d.message.contains("\"ten\"")
            });
            assert!(nesting.wrong_leaf && at_leaf, "{nesting:?}: {diagnostics:#?}");
        }
    }
    // Each value read once, with a stand-in for each object read on its own,
    // and the `$ref` targets that lowering reads.
    assert!(work.values_read <= 3 * values, "{nesting:?}: {work:?}, {values} values");
    assert!(work.schemas_lowered <= values, "{nesting:?}: {work:?}, {values} values");
    work
}

fn values(value: &Value) -> u64 {
    1 + match value {
        Value::Object(map) => map.values().map(values).sum(),
        Value::Array(items) => items.iter().map(values).sum(),
        _ => 0,
    }
}
