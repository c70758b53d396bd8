//! Which branch a generated value is in: a [`Branched`] impl for every
//! struct and union of `reference-client` that the echo routes carry.
//!
//! This is the only file that names the generated structs, unions and
//! variants; when the generator renames them, only the lists below change.
//! A struct names its Python class and the fields that hold models; a union
//! names its variants, and any other variant (the catch-all of an unknown
//! tag) is reported as such, so it never matches an expected branch.

use reference_client::types::*;

use crate::json;
use crate::roundtrip::{Branched, Branches};

/// `model!(RustType => "PythonClass" { fields, with, models })`
macro_rules! model {
    ($($ty:ty => $class:literal { $($field:ident),* })*) => {$(
        impl Branched for $ty {
            fn branches_at(&self, at: &str, out: &mut Branches) {
                out.insert(at.to_owned(), $class.to_owned());
                $(self.$field.branches_at(&format!("{at}/{}", stringify!($field)), out);)*
            }
        }
    )*};
}

/// `union!(RustUnion { Variant, Variant })`: each variant holds a model.
macro_rules! union {
    ($($ty:ident { $($variant:ident),* })*) => {$(
        impl Branched for $ty {
            fn branches_at(&self, at: &str, out: &mut Branches) {
                #[allow(unreachable_patterns)]
                match self {
                    $($ty::$variant(value) => value.branches_at(at, out),)*
                    other => {
                        let json = serde_json::to_value(other).unwrap_or_default();
                        out.insert(at.to_owned(), format!("no branch of {} ({})", stringify!($ty), json::short(&json)));
                    }
                }
            }
        }
    )*};
}

model! {
    OrchestrationResult => "OrchestrationResult" { state, details, previous_details }
    State => "State" {}
    StateAcceptDetails => "StateAcceptDetails" {}
    StateWaitDetails => "StateWaitDetails" {}
    StateRejectDetails => "StateRejectDetails" {}
    StateAbortDetails => "StateAbortDetails" {}
    Cat => "Cat" {}
    Dog => "Dog" {}
    Lizard => "Lizard" {}
    Household => "Household" { pets, favourite, by_room }
    ConfigV1 => "ConfigV1" {}
    ConfigV2 => "ConfigV2" { retry }
    RetryPolicyModel => "RetryPolicy" {}
    JobOutcome => "JobOutcome" { outcome }
    JobSucceeded => "JobSucceeded" {}
    JobFailed => "JobFailed" {}
    Problem => "Problem" {}
    FlowRun => "FlowRun" {}
}

union! {
    // OrchestrationResult.details and .previous_details
    OrchestrationResultDetails { StateAcceptDetails, StateWaitDetails, StateRejectDetails, StateAbortDetails }
    OrchestrationResultPreviousDetails { StateAbortDetails, StateRejectDetails }
    // The body of echo_pet and the value it answers with
    EchoPetRequestBody { Cat, Dog, Lizard }
    EchoPetValue { Cat, Dog, Lizard }
    // Household.pets, .favourite and .by_room
    HouseholdPetsItem { Cat, Dog, Lizard }
    HouseholdFavourite { Cat, Dog, Lizard }
    HouseholdByRoomValueItem { Cat, Dog, Lizard }
    // The body of echo_config and the value it answers with
    EchoConfigRequestBody { ConfigV1, ConfigV2 }
    EchoConfigValue { ConfigV1, ConfigV2 }
    // JobOutcome.outcome
    JobOutcomeOutcome { JobSucceeded, JobFailed }
}
