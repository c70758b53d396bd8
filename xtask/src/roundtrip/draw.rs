//! Drawing instances of a schema: JSON values the schema allows, picked by a
//! seeded random number generator.
//!
//! A schema is first gathered into a [`View`]: its `$ref`s followed, its
//! `allOf` parts merged, one branch of each `oneOf`/`anyOf` chosen (with the
//! tag a `discriminator` gives that branch). A value is then drawn from the
//! view: one of its kinds, members and items drawn the same way. Past a few
//! `$ref`s (recursive schemas) only what is required is drawn. The drawer
//! aims for valid values but does not promise them: every instance is
//! checked by a validator afterwards, and invalid ones are discarded.
//!
//! Beside the value, the drawer writes [`Note`]s on what it drew where, which
//! the comparison needs: date-times (compared by instant), members the
//! schema does not declare, `null` for a member that may be left out, and
//! constant members left out.

use rand::rngs::StdRng;
use rand::RngExt;
use serde_json::{Map, Value};

use super::schema::resolve;
use super::values;

/// `$ref`s followed on one path before only required members are drawn.
const SOFT_DEPTH: usize = 4;
/// `$ref`s followed on one path before a draw is given up.
const HARD_DEPTH: usize = 24;
/// Values drawn for one instance before only required members are drawn.
const SOFT_NODES: usize = 300;

/// One drawn instance and what the comparison must know about it.
#[derive(Debug, Clone)]
pub(crate) struct Drawn {
    pub(crate) value: Value,
    /// By JSON pointer into `value`.
    pub(crate) notes: Vec<(String, Note)>,
}

/// Something the drawer knows about a value it drew.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Note {
    /// A `date-time` string: it may come back in another offset.
    DateTime,
    /// A `uuid` string: it may come back in lower case.
    Uuid,
    /// A number of `format: float`: rounded to `f32` where the settings ask for it.
    Float,
    /// A `format: binary` string: its bytes may come back as an array of numbers.
    Binary,
    /// A member its object's schema does not declare (and does not forbid).
    Undeclared,
    /// A member its object's `additionalProperties` allows (or any member
    /// of an object that declares no properties).
    Additional,
    /// `null` for a member its object does not require, in an object that
    /// is (part of) the component schema `owner` (its nearest `$ref`).
    OptionalNull { owner: Option<String> },
    /// A member whose schema allows one value, left out.
    OmittedConstant { value: Value },
}

/// How much of what a schema allows an instance has.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Style {
    /// The chance of each optional member.
    pub(crate) optional: f64,
    /// The chance of `null` where `null` and other values are allowed.
    pub(crate) null: f64,
    /// The chance of undeclared members in an object that allows them.
    pub(crate) undeclared: f64,
}

impl Style {
    /// The style of the `index`th draw of a schema: the first draws are the
    /// barest and the fullest instances, the others in between.
    pub(crate) fn of_draw(index: usize) -> Style {
        match index % 4 {
            0 => Style { optional: 0.0, null: 0.0, undeclared: 0.0 },
            1 => Style { optional: 1.0, null: 0.25, undeclared: 0.5 },
            2 => Style { optional: 1.0, null: 0.75, undeclared: 0.75 },
            _ => Style { optional: 0.5, null: 0.3, undeclared: 0.3 },
        }
    }
}

/// Draws an instance of the schema at `pointer` of `document` (converted to
/// JSON Schema, see `schema.rs`), or says why it could not.
pub(crate) fn draw(document: &Value, pointer: &str, rng: &mut StdRng, style: Style) -> Result<Drawn, String> {
    let schema = resolve(document, pointer).ok_or_else(|| format!("{pointer} points to nothing"))?;
    let mut drawer = Drawer { document, rng, style, notes: Vec::new(), nodes: 0 };
    let mut view = View { owner: Some(pointer.to_owned()), ..View::default() };
    let context = Context { depth: 0, here: Some(pointer), owner_follows_refs: true };
    drawer.gather(schema, &mut view, context)?;
    let value = drawer.draw_view(&view, "", view.depth)?;
    Ok(Drawn { value, notes: drawer.notes })
}

struct Drawer<'a, 'r> {
    document: &'a Value,
    rng: &'r mut StdRng,
    style: Style,
    notes: Vec<(String, Note)>,
    nodes: usize,
}

/// Where gathering is in the document.
#[derive(Debug, Clone, Copy)]
struct Context<'a> {
    /// `$ref`s followed on this path.
    depth: usize,
    /// The pointer of the schema being gathered, when a `$ref` named it.
    here: Option<&'a str>,
    /// Whether a `$ref` followed from here makes its target the owner of
    /// the members (not for the parts of an `allOf`, which the generator
    /// merges into one type).
    owner_follows_refs: bool,
}

/// The kinds of JSON value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Null,
    Boolean,
    Integer,
    Number,
    String,
    Array,
    Object,
}

impl Kind {
    fn named(name: &str) -> Option<Kind> {
        Some(match name {
            "null" => Kind::Null,
            "boolean" => Kind::Boolean,
            "integer" => Kind::Integer,
            "number" => Kind::Number,
            "string" => Kind::String,
            "array" => Kind::Array,
            "object" => Kind::Object,
            _ => return None,
        })
    }
}

/// Everything gathered about the value to draw.
#[derive(Debug, Default)]
pub(crate) struct View<'a> {
    /// The component schema the members belong to.
    owner: Option<String>,
    /// The kinds allowed (`None`: any).
    kinds: Option<Vec<Kind>>,
    constant: Option<&'a Value>,
    enums: Vec<&'a [Value]>,
    formats: Vec<&'a str>,
    properties: Vec<(&'a str, Vec<&'a Value>)>,
    required: Vec<&'a str>,
    /// `additionalProperties` schemas (`true` included).
    additional: Vec<&'a Value>,
    /// `additionalProperties: false` (or `unevaluatedProperties: false`).
    closed: bool,
    min_properties: usize,
    items: Vec<&'a Value>,
    prefix_items: Vec<&'a Value>,
    min_items: usize,
    max_items: Option<usize>,
    unique_items: bool,
    min_length: usize,
    max_length: Option<usize>,
    pub(crate) bounds: values::Bounds,
    /// Members a `discriminator` sets, with their tag.
    tags: Vec<(&'a str, Value)>,
    /// The kinds other keywords imply (`properties`: an object), in order.
    says_kind: Vec<Kind>,
    /// The most `$ref`s followed to gather this view.
    depth: usize,
    /// Whether a `type` names `integer` (not only `number`).
    typed_integer: bool,
}

impl<'a> Drawer<'a, '_> {
    /// Adds what `schema` says to `view`.
    fn gather(&mut self, schema: &'a Value, view: &mut View<'a>, context: Context<'a>) -> Result<(), String> {
        let map = match schema {
            Value::Bool(true) => return Ok(()),
            Value::Bool(false) => return Err("a `false` schema allows nothing".to_owned()),
            Value::Object(map) => map,
            _ => return Err("a schema that is not an object".to_owned()),
        };
        if let Some(Value::String(reference)) = map.get("$ref") {
            if context.depth >= HARD_DEPTH {
                return Err(format!("more than {HARD_DEPTH} nested references"));
            }
            let target = resolve(self.document, reference).ok_or_else(|| format!("`{reference}` points to nothing"))?;
            if context.owner_follows_refs {
                view.owner = Some(reference.clone());
            }
            view.depth = view.depth.max(context.depth + 1);
            let inner = Context { depth: context.depth + 1, here: Some(reference), ..context };
            self.gather(target, view, inner)?;
        }
        self.gather_value_keywords(map, view)?;
        self.gather_object_keywords(map, view);
        self.gather_array_keywords(map, view);
        if let Some(Value::Array(parts)) = map.get("allOf") {
            // A lone `$ref` in an `allOf` is that type; several parts make a new one.
            let lone_reference = parts.len() == 1 && parts[0].get("$ref").is_some() && !map.contains_key("properties");
            for part in parts {
                let inner = Context { owner_follows_refs: context.owner_follows_refs && lone_reference, ..context };
                self.gather_part(part, view, inner, context.here)?;
            }
        }
        for keyword in ["oneOf", "anyOf"] {
            if let Some(Value::Array(branches)) = map.get(keyword) {
                self.gather_branch(map, branches, view, context)?;
            }
        }
        if !map.contains_key("oneOf") && !map.contains_key("anyOf") {
            // The base of an `allOf` hierarchy: the tag names the schema that extends it.
            if let (Some(discriminator), Some(child)) = (map.get("discriminator"), context.here) {
                if let Some((property, spellings)) = tag_of(discriminator, child, true) {
                    let tag = spellings[self.rng.random_range(0..spellings.len())].clone();
                    view.tags.push((property, Value::String(tag)));
                }
            }
        }
        Ok(())
    }

    /// Gathers one part of an `allOf`; a discriminator in it names `child`.
    fn gather_part(
        &mut self,
        part: &'a Value,
        view: &mut View<'a>,
        context: Context<'a>,
        child: Option<&'a str>,
    ) -> Result<(), String> {
        // The part's own `$ref` must not replace `here`: a discriminator on
        // the base is resolved for the schema that has the `allOf`.
        match (part.get("$ref").and_then(Value::as_str), child) {
            (Some(reference), Some(child)) => {
                let target =
                    resolve(self.document, reference).ok_or_else(|| format!("`{reference}` points to nothing"))?;
                if context.depth >= HARD_DEPTH {
                    return Err(format!("more than {HARD_DEPTH} nested references"));
                }
                if context.owner_follows_refs {
                    view.owner = Some(reference.to_owned());
                }
                view.depth = view.depth.max(context.depth + 1);
                let has_tag = target.get("discriminator").is_some()
                    && target.get("oneOf").is_none()
                    && target.get("anyOf").is_none();
                let inner = Context {
                    depth: context.depth + 1,
                    here: if has_tag { Some(child) } else { Some(reference) },
                    ..context
                };
                self.gather(target, view, inner)
            }
            _ => self.gather(part, view, context),
        }
    }

    /// Chooses one branch of a `oneOf` or `anyOf` and gathers it, with the
    /// tag a `discriminator` beside it gives the branch.
    fn gather_branch(
        &mut self,
        map: &'a Map<String, Value>,
        branches: &'a [Value],
        view: &mut View<'a>,
        context: Context<'a>,
    ) -> Result<(), String> {
        if branches.is_empty() {
            return Err("an empty `oneOf` or `anyOf`".to_owned());
        }
        let deep = context.depth >= SOFT_DEPTH || self.nodes > SOFT_NODES;
        let shallow: Vec<&Value> = branches.iter().filter(|branch| branch.get("$ref").is_none()).collect();
        let branch = if deep && !shallow.is_empty() {
            shallow[self.rng.random_range(0..shallow.len())]
        } else {
            &branches[self.rng.random_range(0..branches.len())]
        };
        if let (Some(discriminator), Some(reference)) =
            (map.get("discriminator"), branch.get("$ref").and_then(Value::as_str))
        {
            if let Some((property, spellings)) = tag_of(discriminator, reference, false) {
                // A branch with several tags: any of them.
                let tag = spellings[self.rng.random_range(0..spellings.len())].clone();
                view.tags.push((property, Value::String(tag)));
            }
        }
        self.gather(branch, view, Context { owner_follows_refs: true, ..context })
    }

    fn gather_value_keywords(&mut self, map: &'a Map<String, Value>, view: &mut View<'a>) -> Result<(), String> {
        match map.get("type") {
            Some(Value::String(name)) => restrict_kinds(view, &[name.as_str()])?,
            Some(Value::Array(names)) => {
                let names: Vec<&str> = names.iter().filter_map(Value::as_str).collect();
                restrict_kinds(view, &names)?;
            }
            _ => {}
        }
        if let Some(constant) = map.get("const") {
            view.constant = Some(constant);
        }
        if let Some(Value::Array(values)) = map.get("enum") {
            view.enums.push(values);
        }
        if let Some(Value::String(format)) = map.get("format") {
            view.formats.push(format);
        }
        let count = |key: &str| map.get(key).and_then(Value::as_u64).map(|n| usize::try_from(n).unwrap_or(usize::MAX));
        if let Some(min) = count("minLength") {
            view.min_length = view.min_length.max(min);
            view.says_kind.push(Kind::String);
        }
        if let Some(max) = count("maxLength") {
            view.max_length = Some(view.max_length.map_or(max, |current| current.min(max)));
            view.says_kind.push(Kind::String);
        }
        if map.contains_key("pattern") {
            view.says_kind.push(Kind::String);
        }
        if view.bounds.gather(map) {
            view.says_kind.push(Kind::Number);
        }
        Ok(())
    }

    fn gather_object_keywords(&mut self, map: &'a Map<String, Value>, view: &mut View<'a>) {
        if let Some(Value::Object(properties)) = map.get("properties") {
            for (name, schema) in properties {
                match view.properties.iter_mut().find(|(known, _)| known == name) {
                    Some((_, schemas)) => schemas.push(schema),
                    None => view.properties.push((name, vec![schema])),
                }
            }
            view.says_kind.push(Kind::Object);
        }
        if let Some(Value::Array(required)) = map.get("required") {
            for name in required.iter().filter_map(Value::as_str) {
                if !view.required.contains(&name) {
                    view.required.push(name);
                }
            }
            view.says_kind.push(Kind::Object);
        }
        for keyword in ["additionalProperties", "unevaluatedProperties"] {
            match map.get(keyword) {
                Some(Value::Bool(false)) => view.closed = true,
                Some(schema) if keyword == "additionalProperties" => view.additional.push(schema),
                _ => {}
            }
        }
        if map.contains_key("additionalProperties") {
            view.says_kind.push(Kind::Object);
        }
        if let Some(min) = map.get("minProperties").and_then(Value::as_u64) {
            view.min_properties = view.min_properties.max(usize::try_from(min).unwrap_or(usize::MAX));
        }
    }

    fn gather_array_keywords(&mut self, map: &'a Map<String, Value>, view: &mut View<'a>) {
        if let Some(items) = map.get("items") {
            view.items.push(items);
            view.says_kind.push(Kind::Array);
        }
        if let Some(Value::Array(prefix)) = map.get("prefixItems") {
            if view.prefix_items.is_empty() {
                view.prefix_items = prefix.iter().collect();
            }
            view.says_kind.push(Kind::Array);
        }
        let count = |key: &str| map.get(key).and_then(Value::as_u64).map(|n| usize::try_from(n).unwrap_or(usize::MAX));
        if let Some(min) = count("minItems") {
            view.min_items = view.min_items.max(min);
        }
        if let Some(max) = count("maxItems") {
            view.max_items = Some(view.max_items.map_or(max, |current| current.min(max)));
        }
        if map.get("uniqueItems") == Some(&Value::Bool(true)) {
            view.unique_items = true;
        }
    }

    /// Draws a value from everything gathered.
    fn draw_view(&mut self, view: &View<'a>, at: &str, depth: usize) -> Result<Value, String> {
        self.nodes += 1;
        if let Some(value) = self.pick_listed(view)? {
            self.note_format(view, &value, at);
            return Ok(value);
        }
        let kind = self.pick_kind(view)?;
        let value = match kind {
            Kind::Null => Value::Null,
            Kind::Boolean => Value::Bool(self.rng.random_bool(0.5)),
            // A `number` that happens to be whole stays within what a double
            // holds exactly (RFC 8259, section 6); an `integer` has 64 bits.
            Kind::Integer if view.kinds.is_some() && !view.typed_integer => {
                values::integer(self.rng, &view.bounds.within_doubles())?
            }
            Kind::Integer => values::integer(self.rng, &view.bounds)?,
            Kind::Number => values::number(self.rng, &view.bounds)?,
            Kind::String => Value::String(values::string(self.rng, &view.formats, view.min_length, view.max_length)?),
            Kind::Array => self.draw_array(view, at, depth)?,
            Kind::Object => self.draw_object(view, at, depth)?,
        };
        self.note_format(view, &value, at);
        Ok(value)
    }

    /// A value of a `const` or `enum`, when the view has one.
    fn pick_listed(&mut self, view: &View<'a>) -> Result<Option<Value>, String> {
        if let Some(constant) = view.constant {
            return Ok(Some(constant.clone()));
        }
        let Some((first, others)) = view.enums.split_first() else { return Ok(None) };
        let allowed: Vec<&Value> =
            first.iter().filter(|value| others.iter().all(|other| other.contains(value))).collect();
        if allowed.is_empty() {
            return Err("no value is in every `enum`".to_owned());
        }
        let nulls_too = allowed.len() > 1 && allowed.contains(&&Value::Null);
        if nulls_too && self.rng.random_bool(self.style.null) {
            return Ok(Some(Value::Null));
        }
        let choices: Vec<&Value> = allowed.iter().copied().filter(|value| !nulls_too || !value.is_null()).collect();
        Ok(Some(choices[self.rng.random_range(0..choices.len())].clone()))
    }

    fn pick_kind(&mut self, view: &View<'a>) -> Result<Kind, String> {
        let kinds: Vec<Kind> = match &view.kinds {
            Some(kinds) => kinds.clone(),
            // Without a `type`, the kind the other keywords describe (what
            // the generator reads), else any value.
            None => match view.says_kind.first() {
                Some(kind) => vec![*kind],
                None => vec![
                    Kind::Null,
                    Kind::Boolean,
                    Kind::Integer,
                    Kind::Number,
                    Kind::String,
                    Kind::Array,
                    Kind::Object,
                ],
            },
        };
        if kinds.is_empty() {
            return Err("no kind of value is allowed by every `type`".to_owned());
        }
        let others: Vec<Kind> = kinds.iter().copied().filter(|kind| *kind != Kind::Null).collect();
        if others.is_empty() || (others.len() < kinds.len() && self.rng.random_bool(self.style.null)) {
            return Ok(Kind::Null);
        }
        Ok(others[self.rng.random_range(0..others.len())])
    }

    fn note_format(&mut self, view: &View<'a>, value: &Value, at: &str) {
        if value.is_number() && view.formats.contains(&"float") {
            self.notes.push((at.to_owned(), Note::Float));
        }
        if !value.is_string() {
            return;
        }
        if view.formats.contains(&"binary") {
            self.notes.push((at.to_owned(), Note::Binary));
        } else if view.formats.contains(&"date-time") {
            self.notes.push((at.to_owned(), Note::DateTime));
        } else if view.formats.contains(&"uuid") {
            self.notes.push((at.to_owned(), Note::Uuid));
        }
    }

    /// Draws a value of the `allOf` of `schemas`, whose members belong to `owner`.
    fn draw_schemas(
        &mut self,
        schemas: &[&'a Value],
        owner: Option<&String>,
        at: &str,
        depth: usize,
    ) -> Result<Value, String> {
        let mut view = View { owner: owner.cloned(), ..View::default() };
        let context = Context { depth, here: None, owner_follows_refs: true };
        for schema in schemas {
            self.gather(schema, &mut view, context)?;
        }
        self.draw_view(&view, at, view.depth.max(depth))
    }

    fn deep(&self, depth: usize) -> bool {
        depth >= SOFT_DEPTH || self.nodes > SOFT_NODES
    }

    fn draw_object(&mut self, view: &View<'a>, at: &str, depth: usize) -> Result<Value, String> {
        let deep = self.deep(depth);
        let mut object = Map::new();
        for (name, tag) in &view.tags {
            object.insert((*name).to_owned(), tag.clone());
        }
        for (name, schemas) in &view.properties {
            if object.contains_key(*name) {
                continue;
            }
            let member_at = format!("{at}/{}", escape(name));
            let required = view.required.contains(name);
            if !required && (deep || !self.rng.random_bool(self.style.optional)) {
                if let Some(value) = constant_of(self.document, schemas) {
                    self.notes.push((member_at, Note::OmittedConstant { value }));
                }
                continue;
            }
            let value = self.draw_schemas(schemas, view.owner.as_ref(), &member_at, depth)?;
            if !required && value.is_null() {
                self.notes.push((member_at, Note::OptionalNull { owner: view.owner.clone() }));
            }
            object.insert((*name).to_owned(), value);
        }
        for name in &view.required {
            if !object.contains_key(*name) {
                let member_at = format!("{at}/{}", escape(name));
                let value = self.draw_extra(view, &member_at, depth)?;
                object.insert((*name).to_owned(), value);
            }
        }
        if view.closed {
            return Ok(Value::Object(object));
        }
        let declared_extras = !view.additional.is_empty() || view.properties.is_empty();
        let count = if deep {
            0
        } else if declared_extras {
            self.rng.random_range(0..=2)
        } else if self.rng.random_bool(self.style.undeclared) {
            self.rng.random_range(1..=2)
        } else {
            0
        };
        let count = count.max(view.min_properties.saturating_sub(object.len()));
        for _ in 0..count {
            let name = values::member_name(self.rng, |name| {
                object.contains_key(name) || view.properties.iter().any(|(known, _)| *known == name)
            });
            let member_at = format!("{at}/{}", escape(&name));
            let value = self.draw_extra(view, &member_at, depth)?;
            self.notes.push((member_at, if declared_extras { Note::Additional } else { Note::Undeclared }));
            object.insert(name, value);
        }
        Ok(Value::Object(object))
    }

    /// A member the object's `properties` do not name: from its
    /// `additionalProperties` schema, or any value.
    fn draw_extra(&mut self, view: &View<'a>, at: &str, depth: usize) -> Result<Value, String> {
        if view.additional.is_empty() {
            return Ok(self.any_value(depth + 1));
        }
        self.draw_schemas(&view.additional, view.owner.as_ref(), at, depth)
    }

    fn draw_array(&mut self, view: &View<'a>, at: &str, depth: usize) -> Result<Value, String> {
        let low = view.min_items.max(if self.deep(depth) { 0 } else { view.prefix_items.len().min(1) });
        let high = view.max_items.unwrap_or(usize::MAX).min(low + if self.deep(depth) { 0 } else { 3 });
        if high < low {
            return Err("`maxItems` is below `minItems`".to_owned());
        }
        let length = self.rng.random_range(low..=high);
        let mut items: Vec<Value> = Vec::with_capacity(length);
        let mut attempts = 0;
        while items.len() < length {
            let index = items.len();
            let item_at = format!("{at}/{index}");
            let item = match view.prefix_items.get(index) {
                Some(schema) => self.draw_schemas(&[schema], view.owner.as_ref(), &item_at, depth)?,
                None if view.items.is_empty() => self.any_value(depth + 1),
                None => self.draw_schemas(&view.items, view.owner.as_ref(), &item_at, depth)?,
            };
            attempts += 1;
            if view.unique_items && items.contains(&item) {
                if attempts > length * 4 {
                    break;
                }
                let inside = format!("{item_at}/");
                self.notes.retain(|(pointer, _)| *pointer != item_at && !pointer.starts_with(&inside));
                continue;
            }
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    /// Any JSON value, small.
    fn any_value(&mut self, depth: usize) -> Value {
        let kinds = if self.deep(depth) { 5 } else { 7 };
        match self.rng.random_range(0..kinds) {
            0 => Value::Null,
            1 => Value::Bool(self.rng.random_bool(0.5)),
            2 => values::integer(self.rng, &values::Bounds::default()).unwrap_or(Value::Null),
            3 => values::number(self.rng, &values::Bounds::default()).unwrap_or(Value::Null),
            4 => Value::String(values::free_text(self.rng, 0, 8)),
            5 => Value::Array((0..self.rng.random_range(0..3)).map(|_| self.any_value(depth + 1)).collect()),
            _ => {
                let mut object = Map::new();
                for _ in 0..self.rng.random_range(0..3) {
                    let name = values::member_name(self.rng, |name| object.contains_key(name));
                    let value = self.any_value(depth + 1);
                    object.insert(name, value);
                }
                Value::Object(object)
            }
        }
    }
}

/// Narrows the allowed kinds to `names` (`integer` is also a `number`).
fn restrict_kinds(view: &mut View<'_>, names: &[&str]) -> Result<(), String> {
    view.typed_integer |= names.contains(&"integer");
    let mut allowed: Vec<Kind> = names.iter().filter_map(|name| Kind::named(name)).collect();
    if allowed.contains(&Kind::Number) && !allowed.contains(&Kind::Integer) {
        allowed.push(Kind::Integer);
    }
    let narrowed = match view.kinds.take() {
        None => allowed,
        Some(current) => current.into_iter().filter(|kind| allowed.contains(kind)).collect(),
    };
    // Only `number` left of `[integer, number]` would draw integers half the time: keep both.
    if narrowed.is_empty() {
        return Err("no kind of value is allowed by every `type`".to_owned());
    }
    view.kinds = Some(narrowed);
    Ok(())
}

/// The one value a member's schemas allow (`const`, a one-value `enum`), if so.
fn constant_of(document: &Value, schemas: &[&Value]) -> Option<Value> {
    let mut schema = *schemas.first()?;
    for _ in 0..HARD_DEPTH {
        match schema.get("$ref").and_then(Value::as_str) {
            Some(reference) => schema = resolve(document, reference)?,
            None => break,
        }
    }
    if let Some(constant) = schema.get("const") {
        return Some(constant.clone());
    }
    match schema.get("enum") {
        Some(Value::Array(values)) if values.len() == 1 => Some(values[0].clone()),
        _ => None,
    }
}

/// The member a `discriminator` sets and the tags it may give the schema
/// at `reference`: the `mapping` keys naming it, else the schema's name (for
/// a component, or for the base of an `allOf` hierarchy, `implicit`).
fn tag_of<'a>(discriminator: &'a Value, reference: &str, implicit: bool) -> Option<(&'a str, Vec<String>)> {
    let property = discriminator.get("propertyName")?.as_str()?;
    let name = reference.rsplit('/').next()?;
    let mapped: Vec<String> = match discriminator.get("mapping").and_then(Value::as_object) {
        Some(mapping) => mapping
            .iter()
            .filter(|(_, target)| target.as_str().is_some_and(|target| target == reference || target == name))
            .map(|(key, _)| key.clone())
            .collect(),
        None => Vec::new(),
    };
    if !mapped.is_empty() {
        return Some((property, mapped));
    }
    (implicit || reference.starts_with("#/components/schemas/")).then(|| (property, vec![name.to_owned()]))
}

/// A member name as a JSON pointer token.
pub(crate) fn escape(name: &str) -> String {
    name.replace('~', "~0").replace('/', "~1")
}
