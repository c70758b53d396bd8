//! Changes to what a type or the request builders offer besides fields and
//! variants: traits (derived or implemented), inherent functions and
//! constants, associated types; and the names the crate root re-exports
//! from the runtime, and each operation's stream.

use super::{Diff, Impact};
use crate::describe::{ApiDescription, BuildersDesc};

/// Whose surface changed, for the report's phrases.
#[derive(Debug, Clone, Copy)]
pub(super) enum Owner<'a> {
    /// A type of the `types` module.
    Type(&'a str),
    /// Every item of a kind the operations module has, e.g. "a request builder".
    Every(&'static str),
}

impl Owner<'_> {
    /// `Type::item`, or the item as every builder's.
    fn path(self, item: &str) -> String {
        match self {
            Owner::Type(name) => format!("`{name}::{item}`"),
            Owner::Every(_) => format!("`{item}`"),
        }
    }

    /// What callers hold, in a sentence.
    fn held(self) -> String {
        match self {
            Owner::Type(name) => format!("a `{name}`"),
            Owner::Every(held) => (*held).to_owned(),
        }
    }

    /// Why losing `trait_name` breaks callers.
    pub(super) fn lost_trait_why(self, trait_name: &str) -> String {
        let held = self.held();
        match (self, trait_name) {
            (Owner::Type(name), "Default") => format!(
                "code calling `{name}::default()` or ending a struct literal in `..Default::default()` must build the value in full"
            ),
            (_, "Serialize") => format!(
                "code that encodes {held} itself (`serde_json::to_string`, a field of its own serialisable type) or passes one where `Serialize` is required stops compiling"
            ),
            (_, "Deserialize") => format!(
                "code that decodes {held} itself (`serde_json::from_str`, a field of its own deserialisable type) or asks for `Deserialize` stops compiling"
            ),
            (_, "IntoFuture") => format!("code that awaits {held} directly must call `.send()` first"),
            _ => format!(
                "code that uses {held} as `{trait_name}` (the trait's methods, a generic bound, a derive on a type holding it) stops compiling"
            ),
        }
    }
}

impl Diff {
    /// Traits that stopped or started being implemented (derived or not).
    pub(super) fn traits(&mut self, subject: &str, owner: Owner<'_>, old: &[String], new: &[String]) {
        for lost in old.iter().filter(|t| !new.contains(t)) {
            self.push(Impact::Breaking, subject, format!("no longer implements `{lost}`"), owner.lost_trait_why(lost));
        }
        for gained in new.iter().filter(|t| !old.contains(t)) {
            self.push(Impact::Addition, subject, format!("now implements `{gained}`"), "");
        }
    }

    /// Public inherent functions and constants removed, changed or added;
    /// `traits` are the new ones, whose methods a call may reach instead.
    pub(super) fn inherent(
        &mut self,
        subject: &str,
        owner: Owner<'_>,
        traits: &[String],
        old: &[String],
        new: &[String],
    ) {
        for before in old {
            let name = item_name(before);
            let path = owner.path(name);
            match new.iter().find(|after| item_name(after) == name) {
                Some(after) if after == before => {}
                Some(after) => self.push(
                    Impact::Breaking,
                    subject,
                    format!("{path} changed from `{before}` to `{after}`"),
                    "code using it must follow the new signature",
                ),
                None => {
                    // `Type::name(..)` also finds a trait's method of that
                    // name, but only where the trait is imported.
                    let why = match traits.iter().find(|t| trait_method(t) == Some(name)) {
                        Some(t) => format!(
                            "calls of {path} now reach `{t}::{name}`, which takes other arguments and is found only where `{t}` is imported; elsewhere they stop compiling"
                        ),
                        None => "code using it stops compiling".to_owned(),
                    };
                    self.push(Impact::Breaking, subject, format!("{path} removed (was `{before}`)"), why);
                }
            }
        }
        for after in new.iter().filter(|after| !old.iter().any(|before| item_name(before) == item_name(after))) {
            self.push(Impact::Addition, subject, format!("{} added (`{after}`)", owner.path(item_name(after))), "");
        }
    }

    /// The request builders' common surface, the runtime's names at the
    /// crate root, and each operation's stream; compared only when both
    /// descriptions record them.
    pub(super) fn builders(&mut self, old: &ApiDescription, new: &ApiDescription) {
        let (Some(before), Some(after)) = (&old.request_builders, &new.request_builders) else { return };
        self.builder_surface(before, after);
        self.runtime_names(&old.runtime, &new.runtime);
        let others = [
            ("every success and error enum", "a success or error enum", &old.response_enums, &new.response_enums),
            (
                "every struct of response headers",
                "a struct of response headers",
                &old.header_structs,
                &new.header_structs,
            ),
        ];
        // Empty: a description written before these were recorded.
        for (subject, held, old, new) in others.into_iter().filter(|(.., old, new)| !old.is_empty() && !new.is_empty())
        {
            self.traits(subject, Owner::Every(held), old, new);
        }
        for op in &new.operations {
            let Some(was) = old.operations.iter().find(|o| o.name == op.name) else { continue };
            let subject = super::method(&op.name);
            match (&was.stream, &op.stream) {
                (None, Some(item)) => self.push(
                    Impact::Addition,
                    &subject,
                    format!("paginated: `{}::into_stream` added, streaming `{item}`", op.builder),
                    "",
                ),
                (Some(item), None) => self.push(
                    Impact::Breaking,
                    &subject,
                    format!("no longer paginated: `{}::into_stream` (streaming `{item}`) removed", op.builder),
                    "code streaming its pages stops compiling",
                ),
                (Some(a), Some(b)) if !self.same_type(a, b) => self.push(
                    Impact::Breaking,
                    &subject,
                    format!("`{}::into_stream` now streams `{b}` (was `{a}`)", op.builder),
                    "code reading the stream's items must follow the new type",
                ),
                _ => {}
            }
        }
    }

    fn builder_surface(&mut self, old: &BuildersDesc, new: &BuildersDesc) {
        let subject = "every request builder";
        let owner = Owner::Every("a request builder");
        self.traits(subject, owner, &old.traits, &new.traits);
        self.inherent(subject, owner, &new.traits, &old.inherent, &new.inherent);
        // `IntoFuture::IntoFuture = ResponseFuture<..>`: keyed by what is left of ` = `.
        let key = |item: &str| item.split_once(" = ").map_or(item, |(key, _)| key).to_owned();
        for before in &old.associated {
            match new.associated.iter().find(|after| key(after) == key(before)) {
                Some(after) if after == before => {}
                Some(after) => self.push(
                    Impact::Breaking,
                    subject,
                    format!("`{after}` (was `{before}`)"),
                    format!(
                        "code that names `{}` of a builder (a variable or field of that type) must follow the new type",
                        key(before)
                    ),
                ),
                None => self.push(
                    Impact::Breaking,
                    subject,
                    format!("`{before}` removed"),
                    "code naming it stops compiling",
                ),
            }
        }
        for after in new.associated.iter().filter(|after| !old.associated.iter().any(|b| key(b) == key(after))) {
            self.push(Impact::Addition, subject, format!("`{after}` added"), "");
        }
        if old.into_stream != new.into_stream {
            self.push(
                Impact::Breaking,
                "every paginated operation's builder",
                format!("`into_stream` changed from `{}` to `{}`", old.into_stream, new.into_stream),
                "code using the stream must follow the new signature",
            );
        }
    }

    fn runtime_names(&mut self, old: &[String], new: &[String]) {
        for gone in old.iter().filter(|name| !new.contains(name)) {
            self.push(
                Impact::Breaking,
                &format!("`{gone}`"),
                "no longer exported from the crate root",
                "code naming it stops compiling",
            );
        }
        for added in new.iter().filter(|name| !old.contains(name)) {
            self.push(Impact::Addition, &format!("`{added}`"), "now exported from the crate root", "");
        }
    }
}

/// The name in a recorded signature: `as_str` in `fn as_str(&self) -> &str`,
/// `VALUE` in `const VALUE: i64`.
fn item_name(signature: &str) -> &str {
    let rest = signature.split_once(' ').map_or(signature, |(_, rest)| rest);
    rest.split(|c: char| !(c.is_alphanumeric() || c == '_')).next().unwrap_or(rest)
}

/// The method of a recorded trait that a call written `Type::method` would
/// reach once an inherent function of that name is gone.
fn trait_method(trait_name: &str) -> Option<&'static str> {
    Some(match trait_name {
        "Serialize" => "serialize",
        "Deserialize" => "deserialize",
        "Default" => "default",
        "Clone" => "clone",
        "Display" => "fmt",
        "IntoFuture" => "into_future",
        _ if trait_name.starts_with("From<") => "from",
        _ => return None,
    })
}
