//! One round trip through an echo route of the reference server, checked at
//! every step: the value the caller holds, what goes on the wire, the branch
//! pydantic chose and the values it parsed, and what the echoed value
//! decodes into.
//!
//! Which branch a value is in is read from the generated types by
//! [`Branched`]: one small `impl` per struct and union (see `branches.rs`),
//! so a renamed type or variant is one line to change.

use std::collections::BTreeMap;
use std::fmt::Debug;
use std::future::Future;

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use crate::json;

/// The class of every model in a value, keyed by JSON pointer (`""` is the
/// value itself): what the server reports as `branches`, and what
/// [`Branched`] reads from a generated value.
pub type Branches = BTreeMap<String, String>;

/// A generated type whose branches the tests can tell.
pub trait Branched {
    /// Records the branch of every model in `self`, which sits at `at`.
    fn branches_at(&self, at: &str, out: &mut Branches);

    fn branches(&self) -> Branches {
        let mut out = Branches::new();
        self.branches_at("", &mut out);
        out
    }
}

impl<T: Branched> Branched for Option<T> {
    fn branches_at(&self, at: &str, out: &mut Branches) {
        if let Some(value) = self {
            value.branches_at(at, out);
        }
    }
}

impl<T: Branched> Branched for reference_client::Nullable<T> {
    fn branches_at(&self, at: &str, out: &mut Branches) {
        if let Some(value) = self.as_option() {
            value.branches_at(at, out);
        }
    }
}

impl<T: Branched> Branched for Vec<T> {
    fn branches_at(&self, at: &str, out: &mut Branches) {
        for (index, value) in self.iter().enumerate() {
            value.branches_at(&format!("{at}/{index}"), out);
        }
    }
}

impl<T: Branched> Branched for BTreeMap<String, T> {
    fn branches_at(&self, at: &str, out: &mut Branches) {
        for (key, value) in self {
            value.branches_at(&format!("{at}/{}", json::escape(key)), out);
        }
    }
}

/// What an echo route answers, taken out of the generated `Echo*` type.
#[derive(Debug)]
pub struct Echoed<T> {
    /// The branches pydantic chose.
    pub branches: Branches,
    /// What pydantic parsed, decoded by the generated client.
    pub value: T,
    /// What pydantic parsed, as JSON text (the client's decoding left out).
    pub value_json: String,
}

/// One round trip: its name (the type and branch it sends) and the value to send.
#[derive(Debug)]
pub struct Case {
    pub name: String,
    pub input: Input,
    /// The branch of every model in the value, by JSON pointer.
    pub branches: Vec<(&'static str, &'static str)>,
}

/// Where a case's value comes from.
#[derive(Debug)]
pub enum Input {
    /// JSON as the server would send it, decoded with the generated type:
    /// it must decode into the right branches and re-encode unchanged.
    Json(Value),
    /// A value the caller built in Rust (a struct literal, `Default`), and
    /// the JSON that must go on the wire for it.
    Built { built: Box<dyn std::any::Any + Send>, wire: Value },
}

impl Case {
    pub fn json(name: impl Into<String>, wire: Value, branches: &[(&'static str, &'static str)]) -> Case {
        Case { name: name.into(), input: Input::Json(wire), branches: branches.to_vec() }
    }

    pub fn built<T: Send + 'static>(
        name: impl Into<String>,
        built: T,
        wire: Value,
        branches: &[(&'static str, &'static str)],
    ) -> Case {
        Case { name: name.into(), input: Input::Built { built: Box::new(built), wire }, branches: branches.to_vec() }
    }
}

/// Sends `case` with `send` (one echo route) and checks every step; the
/// error lists every step that went wrong.
pub async fn run<Req, Resp, Fut>(case: Case, send: impl FnOnce(Req) -> Fut) -> Result<(), String>
where
    Req: Serialize + DeserializeOwned + Branched + Debug + 'static,
    Resp: Serialize + Branched + Debug,
    Fut: Future<Output = Result<Echoed<Resp>, String>>,
{
    let expected: Branches = case.branches.iter().map(|(at, class)| ((*at).to_owned(), (*class).to_owned())).collect();
    let (built, wire, held) = match case.input {
        Input::Json(wire) => {
            let built: Req = serde_json::from_value(wire.clone()).map_err(|e| {
                format!("{} does not decode as {}: {e}", json::short(&wire), std::any::type_name::<Req>())
            })?;
            (built, wire, "the client decodes it as")
        }
        Input::Built { built, wire } => {
            let built = *built.downcast::<Req>().map_err(|_| {
                format!("the case's value is not a {}, the type its route takes", std::any::type_name::<Req>())
            })?;
            (built, wire, "the caller's value is")
        }
    };
    let mut problems = Vec::new();
    check_branches(&mut problems, held, &expected, &built.branches());
    let sent = serde_json::to_value(&built).map_err(|e| format!("{built:?} does not encode: {e}"))?;
    check_json(
        &mut problems,
        "the client sends something else (what goes on the wire differs from the case)",
        &wire,
        &sent,
    );
    let echoed = send(built).await?;
    check_branches(&mut problems, "the server parses it as", &expected, &echoed.branches);
    let received: Value = serde_json::from_str(&echoed.value_json)
        .map_err(|e| format!("the server's value_json is not JSON ({e}): {}", echoed.value_json))?;
    check_json(&mut problems, "the server received other values than the case's", &wire, &received);
    check_branches(&mut problems, "the echoed value decodes as", &expected, &echoed.value.branches());
    let echoed_json =
        serde_json::to_value(&echoed.value).map_err(|e| format!("{:?} does not encode: {e}", echoed.value))?;
    check_json(
        &mut problems,
        "the echoed value re-encodes differently (its decoding lost or changed something)",
        &wire,
        &echoed_json,
    );
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

fn check_branches(problems: &mut Vec<String>, what: &str, expected: &Branches, found: &Branches) {
    if expected != found {
        problems.push(format!("{what} {}, not {}", show_branches(found), show_branches(expected)));
    }
}

fn check_json(problems: &mut Vec<String>, what: &str, expected: &Value, found: &Value) {
    let differences = json::diff(expected, found);
    if !differences.is_empty() {
        problems.push(format!("{what}:{}", json::describe(&differences)));
    }
}

/// `{OrchestrationResult, /details: StateAbortDetails}`: the value's own
/// class first, then those inside it by pointer.
fn show_branches(branches: &Branches) -> String {
    let shown: Vec<String> = branches
        .iter()
        .map(|(at, class)| if at.is_empty() { class.clone() } else { format!("{at}: {class}") })
        .collect();
    format!("{{{}}}", shown.join(", "))
}

#[cfg(test)]
mod tests {
    //! The checks catch the defects they are for, without a server: an
    //! untagged union whose first branch takes every value, and a server
    //! that reads another branch than the one sent.

    use super::*;
    use serde::Deserialize;
    use serde_json::json;

    #[derive(Debug, Serialize, Deserialize)]
    struct Accept {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        r#type: Option<String>,
    }

    #[derive(Debug, Serialize, Deserialize)]
    struct Abort {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        r#type: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reason: Option<String>,
    }

    /// What the generator emitted for tag unions before issue 12.
    #[derive(Debug, Serialize, Deserialize)]
    #[serde(untagged)]
    enum Untagged {
        Accept(Accept),
        Abort(Abort),
    }

    impl Branched for Untagged {
        fn branches_at(&self, at: &str, out: &mut Branches) {
            let class = match self {
                Untagged::Accept(_) => "Accept",
                Untagged::Abort(_) => "Abort",
            };
            out.insert(at.to_owned(), class.to_owned());
        }
    }

    /// An echo that reports `class` as the branch the server chose.
    fn echo_as(class: &'static str) -> impl FnOnce(Untagged) -> std::future::Ready<Result<Echoed<Untagged>, String>> {
        move |body| {
            let value_json = serde_json::to_string(&body).unwrap();
            let branches = Branches::from([(String::new(), class.to_owned())]);
            std::future::ready(Ok(Echoed { branches, value: body, value_json }))
        }
    }

    fn run_now(
        case: Case,
        send: impl FnOnce(Untagged) -> std::future::Ready<Result<Echoed<Untagged>, String>>,
    ) -> Result<(), String> {
        let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
        runtime.block_on(run::<Untagged, Untagged, _>(case, send))
    }

    #[test]
    fn an_untagged_union_that_takes_the_first_branch_fails_naming_each_step() {
        let wire = json!({"type": "abort", "reason": "stopped"});
        let error = run_now(Case::json("Untagged: Abort", wire, &[("", "Abort")]), echo_as("Abort")).unwrap_err();
        assert!(error.contains("the client decodes it as {Accept}, not {Abort}"), "{error}");
        assert!(error.contains("/reason: expected \"stopped\", missing"), "{error}");
        assert!(error.contains("the echoed value decodes as {Accept}, not {Abort}"), "{error}");
    }

    #[test]
    fn a_dropped_tag_fails_and_a_faithful_round_trip_passes() {
        let abort = |tag: Option<&str>| Untagged::Abort(Abort { r#type: tag.map(str::to_owned), reason: None });
        let case = |built| Case::built("Untagged: Abort (built)", built, json!({"type": "abort"}), &[("", "Abort")]);
        // The tag left out: the server reads the first branch.
        let error = run_now(case(abort(None)), echo_as("Accept")).unwrap_err();
        assert!(error.contains("the client sends something else"), "{error}");
        assert!(error.contains("/type: expected \"abort\", missing"), "{error}");
        assert!(error.contains("the server parses it as {Accept}, not {Abort}"), "{error}");
        // The tag sent and read: every check passes.
        run_now(case(abort(Some("abort"))), echo_as("Abort")).unwrap();
    }
}
