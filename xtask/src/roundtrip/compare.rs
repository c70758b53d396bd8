//! Comparing an instance with what its round trip gave back.
//!
//! Objects are compared as maps (member order is not data), numbers by
//! their decimal value (`5` and `5.0` are the same number, the last digit of
//! a double is not noise), date-times by the instant they name, UUIDs
//! without regard to case, everything else exactly. A difference the
//! generated types make on purpose is [`ByDesign`], with its reason; any
//! other is a [`Loss`].

use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;

use bigdecimal::BigDecimal;
use serde_json::Value;

use super::draw::{escape, Note};

/// What a comparison found.
#[derive(Debug, PartialEq)]
pub(crate) enum Verdict {
    Lossless,
    /// Differences the generated types make on purpose, and only those.
    ByDesign(Vec<ByDesign>),
    /// The first difference that loses data, and how many there were.
    Lossy {
        first: Difference,
        count: usize,
    },
}

/// A difference the generated types make on purpose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum ByDesign {
    /// README, "Optional and nullable, only as deep as needed": in a type
    /// that only responses contain, an optional, nullable member is an
    /// `Option`, so `null` reads as absent.
    NullReadAsAbsent,
    /// README, "Open objects keep what they do not declare" and issue 18:
    /// members a schema does not name are kept only with
    /// `keep_undeclared_members` (or a declared `additionalProperties`).
    UndeclaredDropped,
    /// README, "Constants are always sent": a constant member is written
    /// even when the instance left it out.
    ConstantWritten,
    /// Settings `[types] float = "f32"`: a `format: float` number is an
    /// `f32`, so a double comes back rounded to the nearest `f32`.
    RoundedToF32,
    /// README, "How schemas become types": `format: binary` is `bytes::Bytes`, file content
    /// for multipart and octet-stream bodies; inside JSON its bytes are
    /// written as an array of numbers (JSON has no binary strings).
    BinaryAsByteArray,
}

impl ByDesign {
    /// How the summary line names it.
    pub(crate) fn label(self) -> &'static str {
        match self {
            ByDesign::NullReadAsAbsent => "optional null read as absent in a type only responses contain",
            ByDesign::UndeclaredDropped => "undeclared member dropped (keep_undeclared_members off)",
            ByDesign::ConstantWritten => "constant member written though left out",
            ByDesign::BinaryAsByteArray => "format: binary string sent back as its bytes (an array of numbers)",
            ByDesign::RoundedToF32 => "format: float rounded to f32 (settings float = \"f32\")",
        }
    }
}

/// A difference that loses data, at a JSON pointer into the instance.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Difference {
    pub(crate) loss: Loss,
    pub(crate) pointer: String,
    pub(crate) detail: String,
}

/// The kinds of loss, which group failures in the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Loss {
    /// A member the schema declares (in `properties`) is missing.
    DeclaredMemberLost,
    /// A member allowed by `additionalProperties` (or a free-form object) is missing.
    AdditionalMemberLost,
    /// A member the schema does not declare is missing, with `keep_undeclared_members` on.
    UndeclaredMemberLost,
    /// A member that was `null` is missing.
    NullDropped,
    /// A member the instance did not have is there.
    MemberAdded,
    NumberChanged,
    StringChanged,
    BooleanChanged,
    ArrayLengthChanged,
    /// A value came back as another kind of value (a string as an array, `null` as `{}`).
    KindChanged,
}

impl fmt::Display for Loss {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Loss::DeclaredMemberLost => "declared member lost",
            Loss::AdditionalMemberLost => "additionalProperties member lost",
            Loss::UndeclaredMemberLost => "undeclared member lost (keep_undeclared_members on)",
            Loss::NullDropped => "explicit null dropped",
            Loss::MemberAdded => "member added",
            Loss::NumberChanged => "number changed",
            Loss::StringChanged => "string changed",
            Loss::BooleanChanged => "boolean changed",
            Loss::ArrayLengthChanged => "array length changed",
            Loss::KindChanged => "value changed kind",
        })
    }
}

/// What the comparison needs to know besides the two values.
pub(crate) struct Rules<'a> {
    pub(crate) keep_undeclared_members: bool,
    /// Settings `[types] float = "f32"`.
    pub(crate) float_as_f32: bool,
    /// Whether requests contain the type of the component schema at a
    /// pointer (`None`: not known, so no by-design reading applies).
    pub(crate) in_requests: &'a dyn Fn(&str) -> Option<bool>,
}

/// Compares `sent` (an instance, with the drawer's notes) with `returned`.
pub(crate) fn compare(sent: &Value, notes: &[(String, Note)], returned: &Value, rules: &Rules<'_>) -> Verdict {
    let mut by_pointer: HashMap<&str, Vec<&Note>> = HashMap::new();
    for (pointer, note) in notes {
        by_pointer.entry(pointer.as_str()).or_default().push(note);
    }
    let mut walk = Walk { notes: by_pointer, rules, by_design: Vec::new(), losses: Vec::new() };
    walk.value(sent, returned, &mut String::new());
    if let Some(first) = walk.losses.first() {
        return Verdict::Lossy { first: first.clone(), count: walk.losses.len() };
    }
    if walk.by_design.is_empty() {
        return Verdict::Lossless;
    }
    walk.by_design.sort_unstable();
    walk.by_design.dedup();
    Verdict::ByDesign(walk.by_design)
}

struct Walk<'n, 'r> {
    notes: HashMap<&'n str, Vec<&'n Note>>,
    rules: &'r Rules<'r>,
    by_design: Vec<ByDesign>,
    losses: Vec<Difference>,
}

impl Walk<'_, '_> {
    fn note(&self, pointer: &str, wanted: impl Fn(&Note) -> bool) -> Option<&Note> {
        self.notes.get(pointer).and_then(|notes| notes.iter().copied().find(|note| wanted(note)))
    }

    fn lose(&mut self, loss: Loss, pointer: &str, detail: String) {
        self.losses.push(Difference { loss, pointer: pointer.to_owned(), detail });
    }

    fn value(&mut self, sent: &Value, returned: &Value, at: &mut String) {
        match (sent, returned) {
            (Value::Object(sent), Value::Object(returned)) => {
                for (name, value) in sent {
                    let len = at.len();
                    at.push('/');
                    at.push_str(&escape(name));
                    match returned.get(name) {
                        Some(back) => self.value(value, back, at),
                        None => self.missing(value, at),
                    }
                    at.truncate(len);
                }
                for (name, value) in returned.iter().filter(|(name, _)| !sent.contains_key(*name)) {
                    let member_at = format!("{at}/{}", escape(name));
                    self.added(value, &member_at);
                }
            }
            (Value::Array(sent), Value::Array(returned)) => {
                if sent.len() != returned.len() {
                    let detail = format!("{} items sent, {} came back", sent.len(), returned.len());
                    self.lose(Loss::ArrayLengthChanged, at, detail);
                    return;
                }
                for (index, (item, back)) in sent.iter().zip(returned).enumerate() {
                    let len = at.len();
                    at.push('/');
                    at.push_str(&index.to_string());
                    self.value(item, back, at);
                    at.truncate(len);
                }
            }
            (Value::Number(sent), Value::Number(returned)) => {
                let as_f32 = self.rules.float_as_f32 && self.note(at, |note| *note == Note::Float).is_some();
                if as_f32 && rounded_to_f32(sent, returned) {
                    self.by_design.push(ByDesign::RoundedToF32);
                } else if !same_number(sent, returned) {
                    self.lose(Loss::NumberChanged, at, format!("{sent} came back as {returned}"));
                }
            }
            (Value::String(sent), Value::String(returned)) => {
                if sent != returned && !self.same_text(sent, returned, at) {
                    self.lose(
                        Loss::StringChanged,
                        at,
                        format!("{} came back as {}", Value::from(sent.as_str()), Value::from(returned.as_str())),
                    );
                }
            }
            (Value::Bool(sent), Value::Bool(returned)) => {
                if sent != returned {
                    self.lose(Loss::BooleanChanged, at, format!("{sent} came back as {returned}"));
                }
            }
            (Value::Null, Value::Null) => {}
            (Value::String(text), Value::Array(bytes))
                if self.note(at, |note| *note == Note::Binary).is_some() && same_bytes(text, bytes) =>
            {
                self.by_design.push(ByDesign::BinaryAsByteArray);
            }
            (sent, returned) => {
                self.lose(Loss::KindChanged, at, format!("{} came back as {}", short(sent), short(returned)))
            }
        }
    }

    /// Strings that are the same value: the same instant, the same UUID.
    fn same_text(&self, sent: &str, returned: &str, at: &str) -> bool {
        if self.note(at, |note| *note == Note::DateTime).is_some() {
            let instant = |text: &str| chrono::DateTime::parse_from_rfc3339(text).ok();
            return matches!((instant(sent), instant(returned)), (Some(a), Some(b)) if a == b);
        }
        self.note(at, |note| *note == Note::Uuid).is_some() && sent.eq_ignore_ascii_case(returned)
    }

    fn missing(&mut self, sent: &Value, at: &str) {
        if self.note(at, |note| *note == Note::Undeclared).is_some() {
            if self.rules.keep_undeclared_members {
                self.lose(Loss::UndeclaredMemberLost, at, format!("{} was dropped", short(sent)));
            } else {
                self.by_design.push(ByDesign::UndeclaredDropped);
            }
            return;
        }
        if sent.is_null() {
            let owner = self.note(at, |note| matches!(note, Note::OptionalNull { .. }));
            let only_in_responses = match owner {
                Some(Note::OptionalNull { owner: Some(owner) }) => (self.rules.in_requests)(owner) == Some(false),
                _ => false,
            };
            if only_in_responses {
                self.by_design.push(ByDesign::NullReadAsAbsent);
            } else if owner.is_some() {
                self.lose(
                    Loss::NullDropped,
                    at,
                    "an optional `null` was dropped in a type that requests contain".to_owned(),
                );
            } else {
                self.lose(Loss::NullDropped, at, "a required `null` was dropped".to_owned());
            }
            return;
        }
        if self.note(at, |note| *note == Note::Additional).is_some() {
            self.lose(Loss::AdditionalMemberLost, at, format!("{} was dropped", short(sent)));
        } else {
            self.lose(Loss::DeclaredMemberLost, at, format!("{} was dropped", short(sent)));
        }
    }

    fn added(&mut self, returned: &Value, at: &str) {
        if let Some(Note::OmittedConstant { value }) =
            self.note(at, |note| matches!(note, Note::OmittedConstant { .. }))
        {
            if value == returned {
                self.by_design.push(ByDesign::ConstantWritten);
                return;
            }
        }
        self.lose(Loss::MemberAdded, at, format!("{} was added", short(returned)));
    }
}

/// Whether two JSON numbers have the same decimal value.
fn same_number(a: &serde_json::Number, b: &serde_json::Number) -> bool {
    if a == b {
        return true;
    }
    match (BigDecimal::from_str(&a.to_string()), BigDecimal::from_str(&b.to_string())) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Whether `bytes` (JSON numbers) are the UTF-8 bytes of `text`.
fn same_bytes(text: &str, bytes: &[Value]) -> bool {
    text.len() == bytes.len() && text.bytes().zip(bytes).all(|(byte, value)| value.as_u64() == Some(u64::from(byte)))
}

/// Whether `returned` is `sent` rounded to the nearest `f32` (and not
/// `sent` itself), written as the shortest text that reads as that `f32`.
fn rounded_to_f32(sent: &serde_json::Number, returned: &serde_json::Number) -> bool {
    #[allow(clippy::cast_possible_truncation)] // the rounding is what is checked
    match (sent.as_f64(), returned.as_f64()) {
        (Some(sent), Some(returned)) => sent != returned && sent as f32 == returned as f32,
        _ => false,
    }
}

/// A value for a one-line message, cut short when long.
pub(crate) fn short(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() <= 80 {
        return text;
    }
    let cut: String = text.chars().take(77).collect();
    format!("{cut}...")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const RESPONSES_ONLY: &str = "#/components/schemas/Reply";

    fn in_requests(pointer: &str) -> Option<bool> {
        Some(pointer != RESPONSES_ONLY)
    }

    fn verdict(sent: Value, notes: &[(&str, Note)], returned: Value, keep: bool) -> Verdict {
        let notes: Vec<(String, Note)> =
            notes.iter().map(|(pointer, note)| ((*pointer).to_owned(), note.clone())).collect();
        compare(
            &sent,
            &notes,
            &returned,
            &Rules { keep_undeclared_members: keep, float_as_f32: false, in_requests: &in_requests },
        )
    }

    fn loss(verdict: Verdict) -> (Loss, String) {
        match verdict {
            Verdict::Lossy { first, .. } => (first.loss, first.pointer),
            other => panic!("expected a loss, got {other:?}"),
        }
    }

    #[test]
    fn the_same_values_written_differently_are_lossless() {
        let sent = json!({"a": 5, "b": [1.5e300, -0.0], "c": "x", "when": "2024-02-29t23:30:00.5+01:00", "id": "A0B1C2D3-0000-4000-8000-000000000000"});
        let returned = json!({"id": "a0b1c2d3-0000-4000-8000-000000000000", "when": "2024-02-29T22:30:00.500Z", "c": "x", "b": [1.5e300, 0.0], "a": 5.0});
        let notes = [("/when", Note::DateTime), ("/id", Note::Uuid)];
        assert_eq!(verdict(sent, &notes, returned, false), Verdict::Lossless);
    }

    #[test]
    fn a_required_null_member_that_goes_missing_is_a_loss() {
        let sent = json!({"name": "x", "deleted_at": null});
        assert_eq!(
            loss(verdict(sent, &[], json!({"name": "x"}), false)),
            (Loss::NullDropped, "/deleted_at".to_owned())
        );
    }

    #[test]
    fn an_optional_null_reads_as_absent_only_in_types_that_requests_do_not_contain() {
        let sent = json!({"nickname": null});
        let reply = [("/nickname", Note::OptionalNull { owner: Some(RESPONSES_ONLY.to_owned()) })];
        assert_eq!(
            verdict(sent.clone(), &reply, json!({}), false),
            Verdict::ByDesign(vec![ByDesign::NullReadAsAbsent])
        );
        let request = [("/nickname", Note::OptionalNull { owner: Some("#/components/schemas/Update".to_owned()) })];
        assert_eq!(loss(verdict(sent, &request, json!({}), false)).0, Loss::NullDropped);
    }

    #[test]
    fn undeclared_members_may_drop_only_with_the_setting_off() {
        let sent = json!({"a": 1, "later": {"x": 1}});
        let notes = [("/later", Note::Undeclared)];
        assert_eq!(
            verdict(sent.clone(), &notes, json!({"a": 1}), false),
            Verdict::ByDesign(vec![ByDesign::UndeclaredDropped])
        );
        assert_eq!(
            loss(verdict(sent, &notes, json!({"a": 1}), true)),
            (Loss::UndeclaredMemberLost, "/later".to_owned())
        );
    }

    #[test]
    fn changed_numbers_strings_and_kinds_are_losses_at_their_pointer() {
        let sent = json!({"total": -3.480_097_249_668_007e153});
        assert_eq!(
            loss(verdict(sent, &[], json!({"total": -3.480_097_249_668_007_5e153}), false)),
            (Loss::NumberChanged, "/total".to_owned())
        );
        assert_eq!(
            loss(verdict(json!({"a/b": [1, "x"]}), &[], json!({"a/b": [1, "y"]}), false)),
            (Loss::StringChanged, "/a~1b/1".to_owned())
        );
        assert_eq!(loss(verdict(json!({"r": []}), &[], json!({"r": {}}), false)), (Loss::KindChanged, "/r".to_owned()));
        assert_eq!(
            loss(verdict(json!({"r": [1]}), &[], json!({"r": []}), false)),
            (Loss::ArrayLengthChanged, "/r".to_owned())
        );
        let when = [("/t", Note::DateTime)];
        assert_eq!(
            loss(verdict(
                json!({"t": "2024-01-01T00:00:00.123456789Z"}),
                &when,
                json!({"t": "2024-01-01T00:00:00.123Z"}),
                false
            ))
            .0,
            Loss::StringChanged
        );
    }

    #[test]
    fn floats_may_round_to_f32_only_where_the_settings_ask_and_binary_keeps_its_bytes() {
        let sent = json!({"w": 0.038_196_521_073_308_95});
        let notes = vec![("/w".to_owned(), Note::Float)];
        let returned = json!({"w": 0.038_196_523});
        let f32_rules = Rules { keep_undeclared_members: false, float_as_f32: true, in_requests: &in_requests };
        assert_eq!(compare(&sent, &notes, &returned, &f32_rules), Verdict::ByDesign(vec![ByDesign::RoundedToF32]));
        assert_eq!(compare(&sent, &notes, &sent, &f32_rules), Verdict::Lossless);
        assert_eq!(loss(compare(&sent, &notes, &json!({"w": 0.04}), &f32_rules)).0, Loss::NumberChanged);
        assert_eq!(loss(verdict(sent, &[("/w", Note::Float)], returned, false)).0, Loss::NumberChanged);
        let binary = [("/b", Note::Binary)];
        assert_eq!(
            verdict(json!({"b": "Ox"}), &binary, json!({"b": [79, 120]}), false),
            Verdict::ByDesign(vec![ByDesign::BinaryAsByteArray])
        );
        assert_eq!(loss(verdict(json!({"b": "Ox"}), &binary, json!({"b": [79]}), false)).0, Loss::KindChanged);
    }

    #[test]
    fn added_members_are_losses_unless_a_left_out_constant_is_written() {
        let notes = [("/kind", Note::OmittedConstant { value: json!("circle") })];
        assert_eq!(
            verdict(json!({}), &notes, json!({"kind": "circle"}), false),
            Verdict::ByDesign(vec![ByDesign::ConstantWritten])
        );
        assert_eq!(loss(verdict(json!({}), &notes, json!({"kind": "square"}), false)).0, Loss::MemberAdded);
        assert_eq!(
            loss(verdict(json!({}), &[], json!({"destinationId": null}), false)),
            (Loss::MemberAdded, "/destinationId".to_owned())
        );
    }
}
