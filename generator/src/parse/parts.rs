//! The objects [`super::objects`] reads on their own, and the stand-in
//! references that hold their places in their parents' copies until
//! [`super::assemble`] puts them back.

use openapiv3::{Callback, Example, Header, Link, Parameter, PathItem, RequestBody, Response, Schema, SecurityScheme};
use serde_json::{Map, Value};

/// A referable object read on its own, waiting to be put back in its parent.
#[derive(Debug)]
pub(crate) enum Part {
    Reference(String),
    Schema(Box<Schema>),
    PathItem(Box<PathItem>),
    Parameter(Box<Parameter>),
    RequestBody(Box<RequestBody>),
    Response(Box<Response>),
    Header(Box<Header>),
    Example(Box<Example>),
    Link(Box<Link>),
    Callback(Box<Callback>),
    SecurityScheme(Box<SecurityScheme>),
    /// A value its parent reads in place (of a kind that is never a part).
    Value(Value),
}

/// The parts read below one object, each named in its parent's copy by the
/// stand-in reference `"\0part/N"`; a NUL never starts a reference that
/// points anywhere, and every part must be taken back exactly once.
#[derive(Debug, Default)]
pub(crate) struct Parts {
    parts: Vec<Option<Part>>,
    mismatched: bool,
}

const STAND_IN: &str = "\0part/";

impl Parts {
    /// Keeps `part`; returns what stands in for it in its parent's copy.
    pub(super) fn add(&mut self, part: Part) -> Value {
        if let Part::Value(value) = part {
            return value;
        }
        self.parts.push(Some(part));
        let mut stand_in = Map::with_capacity(1);
        stand_in.insert("$ref".to_owned(), Value::String(format!("{STAND_IN}{}", self.parts.len() - 1)));
        Value::Object(stand_in)
    }

    /// The part a stand-in reference names, or `None` for any other reference.
    pub(super) fn take(&mut self, reference: &str) -> Option<Part> {
        let index: usize = reference.strip_prefix(STAND_IN)?.parse().ok()?;
        let part = self.parts.get_mut(index).and_then(Option::take);
        self.mismatched |= part.is_none();
        part
    }

    /// Records a part that did not fit where its stand-in was.
    pub(super) fn mismatch(&mut self) {
        self.mismatched = true;
    }

    pub(super) fn all_taken(&self) -> bool {
        !self.mismatched && self.parts.iter().all(Option::is_none)
    }
}
