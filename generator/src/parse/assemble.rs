//! Putting the objects read on their own back into their parents.
//!
//! [`super::objects`] reads each referable object of a document on its own
//! and leaves a stand-in reference where it was in its parent; [`Assemble`]
//! walks every `ReferenceOr` of an `openapiv3` object and puts the part a
//! stand-in names in its place. The walk follows the shape of `openapiv3`'s
//! types, so a `ReferenceOr` it does not reach leaves a part untaken, which
//! [`super::objects::read`] notices.

use super::parts::{Part, Parts};
use indexmap::IndexMap;
use openapiv3::{
    AdditionalProperties, Callback, Components, Encoding, Example, Header, Link, MediaType, OpenAPI, Operation,
    Parameter, ParameterSchemaOrContent, PathItem, ReferenceOr, RequestBody, Response, Schema, SchemaKind,
    SecurityScheme, Type,
};

/// An `openapiv3` object whose stand-ins can be replaced by their parts.
pub(crate) trait Assemble {
    fn assemble(&mut self, parts: &mut Parts);
}

/// Objects that a part can be.
trait FromPart: Sized {
    fn from_part(part: Part) -> Option<Self>;
}

/// Puts the part that `slot` stands in for in its place, or assembles what is there.
fn put_back<T: FromPart + Assemble>(slot: &mut ReferenceOr<T>, parts: &mut Parts) {
    let part = match slot {
        ReferenceOr::Item(item) => return item.assemble(parts),
        ReferenceOr::Reference { reference } => match parts.take(reference) {
            Some(part) => part,
            // A reference of the document's own, where no part was read.
            None => return,
        },
    };
    match part {
        Part::Reference(reference) => *slot = ReferenceOr::Reference { reference },
        part => match T::from_part(part) {
            Some(item) => *slot = ReferenceOr::Item(item),
            None => parts.mismatch(),
        },
    }
}

fn put_back_all<'a, T: FromPart + Assemble + 'a>(
    slots: impl IntoIterator<Item = &'a mut ReferenceOr<T>>,
    parts: &mut Parts,
) {
    for slot in slots {
        put_back(slot, parts);
    }
}

/// Parts of one variant of [`Part`].
macro_rules! from_part {
    ($($variant:ident),* $(,)?) => {$(
        impl FromPart for $variant {
            fn from_part(part: Part) -> Option<Self> {
                match part {
                    Part::$variant(object) => Some(*object),
                    _ => None,
                }
            }
        }
    )*};
}

from_part!(Schema, PathItem, Parameter, RequestBody, Response, Header, Example, Link, Callback, SecurityScheme);

impl FromPart for Box<Schema> {
    fn from_part(part: Part) -> Option<Self> {
        match part {
            Part::Schema(schema) => Some(schema),
            _ => None,
        }
    }
}

impl<T: Assemble> Assemble for Box<T> {
    fn assemble(&mut self, parts: &mut Parts) {
        (**self).assemble(parts);
    }
}

/// Objects with no `ReferenceOr` inside.
macro_rules! nothing_to_assemble {
    ($($object:ty),* $(,)?) => {$(
        impl Assemble for $object {
            fn assemble(&mut self, _parts: &mut Parts) {}
        }
    )*};
}

nothing_to_assemble!(Example, Link, SecurityScheme);

impl Assemble for OpenAPI {
    fn assemble(&mut self, parts: &mut Parts) {
        put_back_all(self.paths.paths.values_mut(), parts);
        if let Some(components) = &mut self.components {
            components.assemble(parts);
        }
    }
}

impl Assemble for Components {
    fn assemble(&mut self, parts: &mut Parts) {
        put_back_all(self.schemas.values_mut(), parts);
        put_back_all(self.responses.values_mut(), parts);
        put_back_all(self.parameters.values_mut(), parts);
        put_back_all(self.examples.values_mut(), parts);
        put_back_all(self.request_bodies.values_mut(), parts);
        put_back_all(self.headers.values_mut(), parts);
        put_back_all(self.security_schemes.values_mut(), parts);
        put_back_all(self.links.values_mut(), parts);
        put_back_all(self.callbacks.values_mut(), parts);
    }
}

impl Assemble for PathItem {
    fn assemble(&mut self, parts: &mut Parts) {
        let operations = [
            &mut self.get,
            &mut self.put,
            &mut self.post,
            &mut self.delete,
            &mut self.options,
            &mut self.head,
            &mut self.patch,
            &mut self.trace,
        ];
        for operation in operations.into_iter().flatten() {
            operation.assemble(parts);
        }
        put_back_all(&mut self.parameters, parts);
    }
}

impl Assemble for Callback {
    fn assemble(&mut self, parts: &mut Parts) {
        for path_item in self.values_mut() {
            path_item.assemble(parts);
        }
    }
}

impl Assemble for Operation {
    fn assemble(&mut self, parts: &mut Parts) {
        put_back_all(&mut self.parameters, parts);
        put_back_all(&mut self.request_body, parts);
        put_back_all(&mut self.responses.default, parts);
        put_back_all(self.responses.responses.values_mut(), parts);
        for callback in self.callbacks.values_mut() {
            callback.assemble(parts);
        }
    }
}

impl Assemble for Parameter {
    fn assemble(&mut self, parts: &mut Parts) {
        let (Parameter::Query { parameter_data, .. }
        | Parameter::Header { parameter_data, .. }
        | Parameter::Path { parameter_data, .. }
        | Parameter::Cookie { parameter_data, .. }) = self;
        parameter_data.format.assemble(parts);
        put_back_all(parameter_data.examples.values_mut(), parts);
    }
}

impl Assemble for Header {
    fn assemble(&mut self, parts: &mut Parts) {
        self.format.assemble(parts);
        put_back_all(self.examples.values_mut(), parts);
    }
}

impl Assemble for ParameterSchemaOrContent {
    fn assemble(&mut self, parts: &mut Parts) {
        match self {
            ParameterSchemaOrContent::Schema(schema) => put_back(schema, parts),
            ParameterSchemaOrContent::Content(content) => content.assemble(parts),
        }
    }
}

impl Assemble for RequestBody {
    fn assemble(&mut self, parts: &mut Parts) {
        self.content.assemble(parts);
    }
}

impl Assemble for Response {
    fn assemble(&mut self, parts: &mut Parts) {
        put_back_all(self.headers.values_mut(), parts);
        self.content.assemble(parts);
        put_back_all(self.links.values_mut(), parts);
    }
}

/// A `content` map.
impl Assemble for IndexMap<String, MediaType> {
    fn assemble(&mut self, parts: &mut Parts) {
        for media_type in self.values_mut() {
            put_back_all(&mut media_type.schema, parts);
            put_back_all(media_type.examples.values_mut(), parts);
            for encoding in media_type.encoding.values_mut() {
                encoding.assemble(parts);
            }
        }
    }
}

impl Assemble for Encoding {
    fn assemble(&mut self, parts: &mut Parts) {
        put_back_all(self.headers.values_mut(), parts);
    }
}

impl Assemble for Schema {
    fn assemble(&mut self, parts: &mut Parts) {
        match &mut self.schema_kind {
            SchemaKind::Type(Type::Object(object)) => {
                put_back_all(object.properties.values_mut(), parts);
                additional_properties(&mut object.additional_properties, parts);
            }
            SchemaKind::Type(Type::Array(array)) => put_back_all(&mut array.items, parts),
            SchemaKind::Type(Type::String(_) | Type::Number(_) | Type::Integer(_) | Type::Boolean(_)) => {}
            SchemaKind::OneOf { one_of: schemas }
            | SchemaKind::AllOf { all_of: schemas }
            | SchemaKind::AnyOf { any_of: schemas } => put_back_all(schemas, parts),
            SchemaKind::Not { not } => put_back(not, parts),
            SchemaKind::Any(any) => {
                put_back_all(any.properties.values_mut(), parts);
                additional_properties(&mut any.additional_properties, parts);
                put_back_all(&mut any.items, parts);
                put_back_all(&mut any.one_of, parts);
                put_back_all(&mut any.all_of, parts);
                put_back_all(&mut any.any_of, parts);
                if let Some(not) = &mut any.not {
                    put_back(not, parts);
                }
            }
        }
    }
}

fn additional_properties(additional: &mut Option<AdditionalProperties>, parts: &mut Parts) {
    if let Some(AdditionalProperties::Schema(schema)) = additional {
        put_back(schema, parts);
    }
}
