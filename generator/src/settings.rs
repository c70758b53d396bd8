//! What the caller chooses about a generated crate: its name and version,
//! and what the document cannot say (pagination rules, type choices). The
//! settings file (`settings_file.rs`) reads the latter from TOML.

use std::collections::BTreeMap;

/// What the caller chooses about the generated crate.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Cargo package name of the generated crate, e.g. `readmin-client`.
    pub crate_name: String,
    /// Version written into the generated `Cargo.toml`.
    pub crate_version: String,
    /// `[dev-dependencies]` of the generated crate: name -> TOML value.
    pub dev_dependencies: BTreeMap<String, String>,
    /// Pagination declared for operations (by operationId), overriding detection.
    pub pagination: BTreeMap<String, PaginationRule>,
    /// How schemas become types where the document leaves a choice.
    pub types: TypeSettings,
    /// One Cargo feature per tag (all on by default), so that a user
    /// compiles only the operations of the tags they use and the types
    /// those reach (see `lower/features.rs`).
    pub features_per_tag: bool,
}

/// Choices about the generated types that the document does not make.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TypeSettings {
    /// Every struct keeps the members its schema does not declare (unless
    /// the schema says `additionalProperties: false`) in a flattened map and
    /// sends them back, so read-modify-write loses nothing a newer server
    /// added. Structs whose schema declares `additionalProperties` keep them
    /// either way.
    pub keep_undeclared_members: bool,
    /// `format: float` is `f32` instead of `f64`. Off by default: many servers
    /// send doubles under that format, and `f32` would round them.
    pub float_as_f32: bool,
}

/// How one operation pages through results, for APIs whose names the
/// detection does not know. Paths are dotted wire names in the success body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaginationRule {
    pub style: PaginationStyle,
    /// Where the items are, e.g. `data`; detected when `None` (the body
    /// itself when it is an array).
    pub items: Option<String>,
}

/// Where the next page comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PaginationStyle {
    /// A cursor in the body, sent back in a query parameter.
    Cursor {
        /// The query parameter that takes the cursor, e.g. `cursor`.
        cursor_param: String,
        /// Where the next cursor is, e.g. `pagination.nextCursor`.
        next_cursor: String,
    },
    /// The `rel="next"` URL of the `Link` response header (RFC 8288).
    LinkHeader,
    /// An integer query parameter advanced by the number of items received.
    Offset {
        /// The offset parameter, e.g. `offset`.
        param: String,
        /// The page size parameter, e.g. `limit`: a shorter page is the last.
        limit_param: Option<String>,
    },
    /// An integer query parameter incremented for each page.
    Page {
        /// The page number parameter, e.g. `page`.
        param: String,
        /// The number of the first page (usually 1).
        first: i64,
        /// The page size parameter, e.g. `per_page`: a shorter page is the last.
        limit_param: Option<String>,
    },
}

impl PaginationRule {
    /// A cursor-in-body rule (the settings file's original form).
    pub fn cursor(cursor_param: impl Into<String>, next_cursor: impl Into<String>, items: Option<String>) -> Self {
        PaginationRule {
            style: PaginationStyle::Cursor { cursor_param: cursor_param.into(), next_cursor: next_cursor.into() },
            items,
        }
    }
}

impl Settings {
    /// Settings for a crate called `crate_name`, at version `0.1.0`.
    pub fn new(crate_name: impl Into<String>) -> Self {
        Settings {
            crate_name: crate_name.into(),
            crate_version: "0.1.0".to_owned(),
            dev_dependencies: BTreeMap::new(),
            pagination: BTreeMap::new(),
            types: TypeSettings::default(),
            features_per_tag: false,
        }
    }
}
