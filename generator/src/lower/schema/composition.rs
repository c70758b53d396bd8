//! Composition: `oneOf`/`anyOf` unions (their branches, tags and
//! discriminators, and the enums a list of constants makes) and `allOf`
//! (the properties of every part merged into one struct).

// The schema lowerer's own helpers and imports.
use super::*;

impl SchemaLowerer<'_> {
    /// `oneOf`/`anyOf` (`keyword`) of the schema at `at`: an enum when every
    /// branch is a constant, else a union whose decoding is planned once
    /// every type is known (see `unions.rs`).
    pub(super) fn union(
        &mut self,
        branches: &[ReferenceOr<Schema>],
        schema: &Schema,
        at: &str,
        keyword: &str,
        name: &str,
    ) -> TypeKind {
        let list_pointer = pointer(at, keyword);
        if branches.len() == 1 {
            return TypeKind::Alias(self.use_site(&branches[0], &pointer(&list_pointer, "0"), name));
        }
        let constants: Vec<Option<Constant>> = branches
            .iter()
            .map(|branch| match branch {
                ReferenceOr::Item(item) => branch_constant(item),
                ReferenceOr::Reference { .. } => None,
            })
            .collect();
        if let Some(kind) = constants_enum(&constants, schema) {
            return kind;
        }
        let mut scope = Scope::with_reserved(CATCH_ALL_NAMES);
        let mut variants = Vec::new();
        for (index, branch) in branches.iter().enumerate() {
            let branch_pointer = pointer(&list_pointer, &index.to_string());
            if let Some(constant) = &constants[index] {
                let rust_name = scope.claim(&naming::variant_name(&constant.label()));
                variants.push(UnionVariant { rust_name, value: VariantValue::Const(constant.clone()), boxed: false });
                continue;
            }
            let (title, tag) = match branch {
                ReferenceOr::Item(s) => (s.schema_data.title.clone().filter(|t| is_good_title(t)), inline_tag(s)),
                ReferenceOr::Reference { .. } => (None, None),
            };
            // An inline branch is named by its title, else by its tag
            // (`{type: const created}` -> `EventCreated`), else by position.
            let label = title.as_deref().or(tag.as_deref()).map(naming::type_name);
            let hint = match &label {
                Some(label) => format!("{name}{label}"),
                None => format!("{name}Variant{index}"),
            };
            let ty = self.use_site(branch, &branch_pointer, &hint);
            let rust_name = match label {
                Some(label) => scope.claim(&label),
                None => scope.claim(&self.variant_label(&ty)),
            };
            variants.push(UnionVariant { rust_name, value: VariantValue::Type(ty), boxed: false });
        }
        let discriminator = schema.schema_data.discriminator.as_ref().map(|d| self.discriminator(d, branches));
        // A discriminator that maps no branch says nothing: the union is untagged.
        let discriminator = discriminator.filter(|d| !d.mapping.is_empty());
        if let Some(discriminator) = &discriminator {
            name_variants_by_tag(&mut variants, discriminator);
        }
        TypeKind::Union(Union { variants, discriminator, decode: UnionDecode::default(), catch_all: None })
    }

    /// The tags of a `discriminator` keyword: its `mapping`, then the
    /// implicit tag (the schema's name) of every branch it does not map.
    pub(super) fn discriminator(
        &self,
        declared: &openapiv3::Discriminator,
        branches: &[ReferenceOr<Schema>],
    ) -> Discriminator {
        let refs: Vec<Option<&str>> = branches
            .iter()
            .map(|b| match b {
                ReferenceOr::Reference { reference } => Some(reference.as_str()),
                ReferenceOr::Item(_) => None,
            })
            .collect();
        let mut mapping = Vec::new();
        for (value, target) in &declared.mapping {
            let target =
                if target.starts_with('#') { target.clone() } else { format!("#/components/schemas/{target}") };
            // A target that is not in the document is an error found by parse.
            if let Some(index) = refs.iter().position(|r| *r == Some(target.as_str())) {
                mapping.push((value.clone(), index));
            }
        }
        for (index, reference) in refs.iter().enumerate() {
            if mapping.iter().any(|(_, i)| *i == index) {
                continue;
            }
            if let Some(reference) = reference {
                let implicit = reference.rsplit('/').next().unwrap_or_default().to_owned();
                mapping.push((implicit, index));
            }
        }
        Discriminator { property: declared.property_name.clone(), mapping }
    }

    /// A variant's name from its type: the named type's name, or the kind of value.
    pub(super) fn variant_label(&self, ty: &TypeRef) -> String {
        match ty {
            TypeRef::Named(id) => self.names[*id].to_string(),
            TypeRef::Option(inner) => self.variant_label(inner),
            TypeRef::String | TypeRef::Uuid => "String".to_owned(),
            TypeRef::Bool => "Boolean".to_owned(),
            TypeRef::I32 | TypeRef::I64 | TypeRef::U64 | TypeRef::I128 => "Integer".to_owned(),
            TypeRef::F32 | TypeRef::F64 => "Number".to_owned(),
            TypeRef::DateTime => "DateTime".to_owned(),
            TypeRef::Date => "Date".to_owned(),
            TypeRef::Bytes => "Bytes".to_owned(),
            TypeRef::Json => "Value".to_owned(),
            TypeRef::JsonObject | TypeRef::Map(_) => "Map".to_owned(),
            TypeRef::Vec(_) => "Array".to_owned(),
            TypeRef::Unit => "Null".to_owned(),
        }
    }

    /// `allOf`: the properties of every part merged into one struct.
    pub(super) fn all_of(
        &mut self,
        parts: &[ReferenceOr<Schema>],
        own: &[(String, ReferenceOr<Schema>)],
        own_required: &[String],
        at: &str,
        name: &str,
    ) -> TypeKind {
        if parts.len() == 1 && own.is_empty() {
            return TypeKind::Alias(self.use_site(&parts[0], &pointer(&pointer(at, "allOf"), "0"), name));
        }
        let mut properties: PropertyList = Vec::new();
        let mut required = Vec::new();
        let mut additional = None;
        let mut visited = HashSet::new();
        for (index, part) in parts.iter().enumerate() {
            let part_pointer = pointer(&pointer(at, "allOf"), &index.to_string());
            self.collect_properties(
                part,
                &part_pointer,
                name,
                &mut properties,
                &mut required,
                &mut additional,
                &mut visited,
            );
        }
        for (wire, schema) in own {
            properties.push((wire.clone(), schema.clone(), pointer(&pointer(at, "properties"), wire), name.to_owned()));
        }
        required.extend(own_required.iter().cloned());
        // A property declared in several parts: the last declaration wins, in the first's position.
        let mut merged: PropertyList = Vec::new();
        for property in properties {
            match merged.iter_mut().find(|p| p.0 == property.0) {
                Some(existing) => *existing = property,
                None => merged.push(property),
            }
        }
        if merged.is_empty() && additional.is_none() {
            return TypeKind::Alias(TypeRef::JsonObject);
        }
        // `additionalProperties: false` in one part would refuse the other
        // parts' properties; what authors mean is unclear, so the merged
        // struct is left open.
        if matches!(additional, Some(AdditionalProperties::Any(false))) {
            additional = None;
        }
        self.object(merged, &required, additional.as_ref(), at, name)
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn collect_properties(
        &mut self,
        part: &ReferenceOr<Schema>,
        at: &str,
        owner: &str,
        properties: &mut PropertyList,
        required: &mut Vec<String>,
        additional: &mut Option<AdditionalProperties>,
        visited: &mut HashSet<String>,
    ) {
        let (schema, at, owner) = match part {
            ReferenceOr::Reference { reference } => {
                if !visited.insert(reference.clone()) {
                    return;
                }
                if visited.len() > MAX_DEPTH {
                    self.diagnostics.push(Diagnostic::warning(
                        at,
                        format!("`allOf` references nest more than {MAX_DEPTH} levels deep; the properties beyond are not merged"),
                    ));
                    return;
                }
                let Some(Ok(schema)) = self.document.read_at::<ReferenceOr<Schema>>(reference) else {
                    self.diagnostics
                        .push(Diagnostic::error(at, format!("reference `{reference}` does not point to a schema")));
                    return;
                };
                // Nested types keep the name of the schema that declares them.
                let owner = match self.by_pointer.get(reference.as_str()) {
                    Some(TypeRef::Named(id)) => self.names[*id].to_string(),
                    _ => owner.to_owned(),
                };
                if let ReferenceOr::Reference { .. } = schema {
                    self.collect_properties(&schema, reference, &owner, properties, required, additional, visited);
                    return;
                }
                let ReferenceOr::Item(schema) = schema else { return };
                (schema, reference.clone(), owner)
            }
            ReferenceOr::Item(schema) => (schema.clone(), at.to_owned(), owner.to_owned()),
        };
        match &schema.schema_kind {
            SchemaKind::Type(Type::Object(object)) => {
                for (wire, property) in &object.properties {
                    properties.push((
                        wire.clone(),
                        unbox(property),
                        pointer(&pointer(&at, "properties"), wire),
                        owner.clone(),
                    ));
                }
                required.extend(object.required.iter().cloned());
                if let Some(extra) = &object.additional_properties {
                    *additional = Some(extra.clone());
                }
            }
            SchemaKind::AllOf { all_of } => {
                for (index, inner) in all_of.iter().enumerate() {
                    let inner_pointer = pointer(&pointer(&at, "allOf"), &index.to_string());
                    self.collect_properties(inner, &inner_pointer, &owner, properties, required, additional, visited);
                }
            }
            SchemaKind::Any(any) if !any.properties.is_empty() || !any.all_of.is_empty() => {
                for (wire, property) in &any.properties {
                    properties.push((
                        wire.clone(),
                        unbox(property),
                        pointer(&pointer(&at, "properties"), wire),
                        owner.clone(),
                    ));
                }
                required.extend(any.required.iter().cloned());
                for (index, inner) in any.all_of.iter().enumerate() {
                    let inner_pointer = pointer(&pointer(&at, "allOf"), &index.to_string());
                    self.collect_properties(inner, &inner_pointer, &owner, properties, required, additional, visited);
                }
            }
            SchemaKind::Any(any)
                if any.properties.is_empty() && any.typ.is_none() && any.one_of.is_empty() && any.any_of.is_empty() =>
            {
                // Only constraints or docs (e.g. `required: [..]`): adds requirements, no properties.
                required.extend(any.required.iter().cloned());
            }
            _ => {
                self.diagnostics.push(Diagnostic::warning(
                    at.as_str(),
                    "this `allOf` part is not an object schema; its constraints are not merged into the generated struct",
                ));
            }
        }
    }
}

/// The value of a union branch that allows one value: a `const`, or (as
/// OpenAPI 3.0 documents write one) an inline `enum` of one value.
fn branch_constant(schema: &Schema) -> Option<Constant> {
    match enum_values(schema).as_slice() {
        [only] if !enum_allows_null(schema) => Constant::from_json(only),
        _ => None,
    }
}

/// A union whose branches are all constants is an enum: of strings or of
/// integers, with their catch-all; constants of other kinds (booleans, or
/// strings beside integers) stay a union of unit variants.
fn constants_enum(constants: &[Option<Constant>], schema: &Schema) -> Option<TypeKind> {
    let all: Vec<&Constant> = constants.iter().map(Option::as_ref).collect::<Option<_>>()?;
    if all.iter().all(|c| matches!(c, Constant::String(_))) {
        let values: Vec<&str> =
            all.iter().filter_map(|c| if let Constant::String(v) = c { Some(v.as_str()) } else { None }).collect();
        return Some(string_enum(&values, schema));
    }
    if all.iter().all(|c| matches!(c, Constant::Integer(_))) {
        let values: Vec<i64> =
            all.iter().filter_map(|c| if let Constant::Integer(v) = c { Some(*v) } else { None }).collect();
        return Some(integer_enum(&values, schema));
    }
    None
}

/// The tag of an inline object branch: the value of its one constant
/// property (`type: {const: created}`), if it has exactly one.
fn inline_tag(schema: &Schema) -> Option<String> {
    let properties = match &schema.schema_kind {
        SchemaKind::Type(Type::Object(object)) => &object.properties,
        SchemaKind::Any(any) => &any.properties,
        _ => return None,
    };
    let mut tags = properties.values().filter_map(|property| match property {
        ReferenceOr::Item(item) => match enum_values(item).as_slice() {
            [tag] if !enum_allows_null(item) => Constant::from_json(tag).map(|tag| tag.label()),
            _ => None,
        },
        ReferenceOr::Reference { .. } => None,
    });
    let tag = tags.next()?;
    tags.next().is_none().then_some(tag)
}

/// Variants of a discriminated union are named after their tag (`daily` ->
/// `Daily`) when every variant has exactly one tag.
fn name_variants_by_tag(variants: &mut [UnionVariant], discriminator: &Discriminator) {
    let mut tags: Vec<Option<&str>> = vec![None; variants.len()];
    for (tag, index) in &discriminator.mapping {
        if tags[*index].replace(tag).is_some() {
            return;
        }
    }
    if tags.iter().any(Option::is_none) {
        return;
    }
    let mut scope = Scope::with_reserved(&["Unknown"]);
    for (variant, tag) in variants.iter_mut().zip(tags) {
        variant.rust_name = scope.claim(&naming::variant_name(tag.unwrap_or_default()));
    }
}
