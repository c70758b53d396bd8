//! The traits and inherent items of each generated type and request
//! builder: decided once here,
//! so that emit (the derives it writes, beside the impls it writes by hand)
//! and describe (what the API change report compares) agree.
//!
//! A trait a type stops implementing is a breaking change for code that
//! relies on it, even when no field or variant moved, so the description
//! records all of them, for the types and for the request builders;
//! `tests/surfaces.rs` checks every generated crate's code against these
//! lists.

use crate::ir::{Constant, TypeDef, TypeKind};

/// What code outside the crate can use of one type besides its fields or variants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Surface {
    /// The traits in the type's `#[derive(..)]`, in the order written.
    pub derives: Vec<&'static str>,
    /// The public traits implemented by hand, as `Trait` or `Trait<Arg>`.
    pub implements: Vec<&'static str>,
    /// Public inherent functions and constants, as their signatures.
    pub inherent: Vec<&'static str>,
    /// The associated types of the trait impls, as `Trait::Name = Type`.
    pub associated: Vec<&'static str>,
}

impl Surface {
    /// Every trait the type implements, sorted.
    pub fn traits(&self) -> Vec<String> {
        let mut traits: Vec<String> = self.derives.iter().chain(&self.implements).map(|t| (*t).to_owned()).collect();
        traits.sort();
        traits
    }
}

/// The surface of `def`, which must already know whether it derives `Default`.
pub(crate) fn of(def: &TypeDef) -> Surface {
    let default = def.derives_default.then_some("Default");
    let (derives, implements, inherent): (Vec<&'static str>, Vec<&'static str>, Vec<&'static str>) = match &def.kind {
        // `Serialize` and `Deserialize` are written out (see emit/objects.rs), not serde's derives.
        TypeKind::Struct(_) => (
            ["Debug", "Clone", "PartialEq"].into_iter().chain(default).collect(),
            vec!["Serialize", "Deserialize"],
            vec![],
        ),
        TypeKind::StringEnum(_) => (
            ordered_value_derives(false, default),
            vec!["From<&str>", "Display", "Serialize", "Deserialize"],
            vec!["fn as_str(&self) -> &str"],
        ),
        TypeKind::IntegerEnum(_) => (
            ordered_value_derives(true, default),
            vec!["From<i64>", "Display", "Serialize", "Deserialize"],
            vec!["fn value(self) -> i64"],
        ),
        TypeKind::Union(_) => (vec!["Debug", "Clone", "PartialEq"], vec!["Serialize", "Deserialize"], vec![]),
        TypeKind::Const(constant) => (
            vec!["Debug", "Clone", "Copy", "Default", "PartialEq", "Eq", "Hash", "PartialOrd", "Ord"],
            vec!["Serialize", "Deserialize"],
            vec![match constant {
                Constant::String(_) => "const VALUE: &'static str",
                Constant::Integer(_) => "const VALUE: i64",
                Constant::Bool(_) => "const VALUE: bool",
            }],
        ),
        // An alias has its target's traits; the description names the target.
        TypeKind::Alias(_) => (vec![], vec![], vec![]),
    };
    Surface { derives, implements, inherent, associated: Vec::new() }
}

/// What every request builder has besides its parameter setters, with `R`
/// for its operation's `Response<..>` type and `E` for its error type. The
/// call options' methods come from the runtime's `call_options!`, which
/// every builder invokes.
pub(crate) fn request_builder() -> Surface {
    Surface {
        derives: vec!["Debug", "Clone"],
        implements: vec!["IntoFuture", "CallOptions"],
        inherent: vec![
            "fn send(self) -> ResponseFuture<'a, R, E>",
            "fn timeout(self, timeout: std::time::Duration) -> Self",
            "fn deadline(self, deadline: std::time::Duration) -> Self",
            "fn retry(self, policy: RetryPolicy) -> Self",
            "fn header(self, name: HeaderName, value: HeaderValue) -> Self",
        ],
        associated: vec![
            "IntoFuture::Output = Result<R, Error<E>>",
            "IntoFuture::IntoFuture = ResponseFuture<'a, R, E>",
        ],
    }
}

/// What the success and error enums of operations have.
pub(crate) fn response_enum() -> Surface {
    Surface { derives: vec!["Debug", "Clone", "PartialEq"], implements: vec![], inherent: vec![], associated: vec![] }
}

/// What a struct of documented response headers has.
pub(crate) fn header_struct() -> Surface {
    Surface {
        derives: vec!["Debug", "Clone", "PartialEq"],
        implements: vec!["FromHeaders"],
        inherent: vec![],
        associated: vec![],
    }
}

/// `into_stream` of a paginated operation's builder, with `T` for the item
/// type of its stream.
pub(crate) const INTO_STREAM: &str =
    "fn into_stream(self) -> impl futures_util::Stream<Item = Result<T, Error<E>>> + Unpin + Send + 'a";

/// The derives of an enum of plain values: `Copy` for integers, `Default`
/// last (with `#[default]` on its variant).
fn ordered_value_derives(copy: bool, default: Option<&'static str>) -> Vec<&'static str> {
    ["Debug", "Clone"]
        .into_iter()
        .chain(copy.then_some("Copy"))
        .chain(["PartialEq", "Eq", "Hash", "PartialOrd", "Ord"])
        .chain(default)
        .collect()
}
