//! The generator settings file (TOML): `spec/codegen.toml` for the ReAdmin
//! client, `--config PATH` in standalone mode, `<case>.toml` beside a
//! snapshot case. It declares what the generator cannot
//! tell from the document; today that is pagination:
//!
//! ```toml
//! [pagination.listSessions]          # the operationId
//! cursor_param = "cursor"            # the query parameter that takes the cursor
//! next_cursor = "pagination.nextCursor"  # dotted path to the next cursor in the body
//! items = "data"                     # dotted path to the items (optional: detected)
//!
//! [pagination.listIssues]
//! style = "link_header"              # or "offset", "page"; "cursor" when left out
//! ```
//!
//! A `[types]` section makes the choices about types the document leaves
//! open:
//!
//! ```toml
//! [types]
//! keep_undeclared_members = true     # every struct keeps members its schema does not name
//! float = "f32"                      # `format: float` as f32 (default "f64")
//! ```
//!
//! A `[features]` section shapes the crate's Cargo features:
//!
//! ```toml
//! [features]
//! per_tag = true                     # one feature per tag, `default` all of them
//! ```
//!
//! Operations without an entry keep the generator's detection. Anything the
//! file does not know (a key, a misspelt section, a value of the wrong type)
//! is an error naming it; an operationId the document does not have, or a
//! rule that does not fit its operation, is a generator error.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::{PaginationRule, PaginationStyle, Settings, TypeSettings};

/// What a settings file declares.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Config {
    pub pagination: BTreeMap<String, PaginationRule>,
    pub types: TypeSettings,
    pub features_per_tag: bool,
}

impl Config {
    /// Adds the file's declarations to `settings`.
    pub fn apply(self, settings: &mut Settings) {
        settings.pagination.extend(self.pagination);
        settings.types = self.types;
        settings.features_per_tag = self.features_per_tag;
    }
}

/// The file as written; serde refuses every key it does not name.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    pagination: BTreeMap<String, Rule>,
    #[serde(default)]
    types: Types,
    #[serde(default)]
    features: FeaturesSection,
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FeaturesSection {
    #[serde(default)]
    per_tag: bool,
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Types {
    #[serde(default)]
    keep_undeclared_members: bool,
    #[serde(default)]
    float: Float,
}

#[derive(Default, Deserialize, PartialEq, Eq)]
enum Float {
    #[default]
    #[serde(rename = "f64")]
    F64,
    #[serde(rename = "f32")]
    F32,
}

/// A pagination rule as written: its `style` decides which of the other
/// keys it may have (see [`STYLES`]).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Rule {
    /// Without `style`, a rule is cursor-in-body (the file's original form).
    #[serde(default)]
    style: Style,
    cursor_param: Option<DottedPath>,
    next_cursor: Option<DottedPath>,
    items: Option<DottedPath>,
    param: Option<DottedPath>,
    limit_param: Option<DottedPath>,
    first_page: Option<i64>,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
enum Style {
    #[default]
    Cursor,
    LinkHeader,
    Offset,
    Page,
}

/// The keys a rule of each style may have (besides `style`).
const STYLES: &[(Style, &str, &[&str])] = &[
    (Style::Cursor, "cursor", &["cursor_param", "next_cursor", "items"]),
    (Style::LinkHeader, "link_header", &["items"]),
    (Style::Offset, "offset", &["param", "limit_param", "items"]),
    (Style::Page, "page", &["param", "first_page", "limit_param", "items"]),
];

impl TryFrom<String> for Style {
    type Error = String;

    fn try_from(name: String) -> Result<Self, String> {
        match STYLES.iter().find(|(_, known, _)| *known == name) {
            Some((style, _, _)) => Ok(*style),
            None => {
                let names: Vec<String> = STYLES.iter().map(|(_, name, _)| format!("\"{name}\"")).collect();
                Err(format!("\"{name}\" is not a pagination style (one of {})", names.join(", ")))
            }
        }
    }
}

/// A property name or a dotted path to one: non-empty names separated by single dots.
#[derive(Debug, Clone)]
struct DottedPath(String);

impl<'de> Deserialize<'de> for DottedPath {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        if text.is_empty() || text.split('.').any(str::is_empty) {
            return Err(serde::de::Error::custom(format!("\"{text}\" is not a property name or dotted path")));
        }
        Ok(DottedPath(text))
    }
}

/// Parses and checks a settings file's text. Errors name the key (`pagination.listSessions.item`) and where it is.
pub fn parse(text: &str) -> Result<Config, String> {
    let file: File = serde_path_to_error::deserialize(toml::Deserializer::new(text)).map_err(|error| {
        let path = error.path().to_string();
        let error = error.into_inner();
        let line = error.span().map(|span| text[..span.start.min(text.len())].matches('\n').count() + 1);
        match (path.as_str(), line) {
            (".", Some(line)) => format!("{} (line {line})", error.message()),
            (".", None) => error.message().to_owned(),
            (_, Some(line)) => format!("`{path}`: {} (line {line})", error.message()),
            (_, None) => format!("`{path}`: {}", error.message()),
        }
    })?;
    let mut config = Config {
        types: TypeSettings {
            keep_undeclared_members: file.types.keep_undeclared_members,
            float_as_f32: file.types.float == Float::F32,
        },
        features_per_tag: file.features.per_tag,
        ..Config::default()
    };
    for (operation, rule) in file.pagination {
        let checked = pagination_rule(&operation, rule)?;
        config.pagination.insert(operation, checked);
    }
    Ok(config)
}

fn pagination_rule(operation: &str, rule: Rule) -> Result<PaginationRule, String> {
    let (_, style_name, allowed) =
        STYLES.iter().find(|(style, _, _)| *style == rule.style).expect("every style has its keys listed");
    let given = [
        ("cursor_param", rule.cursor_param.is_some()),
        ("next_cursor", rule.next_cursor.is_some()),
        ("param", rule.param.is_some()),
        ("limit_param", rule.limit_param.is_some()),
        ("first_page", rule.first_page.is_some()),
    ];
    if let Some((unknown, _)) = given.iter().find(|(key, set)| *set && !allowed.contains(key)) {
        let known: Vec<String> = allowed.iter().map(|key| format!("`{key}`")).collect();
        return Err(format!(
            "unknown key `pagination.{operation}.{unknown}` (a `{style_name}` pagination rule has {})",
            known.join(", ")
        ));
    }
    let required = |value: Option<DottedPath>, key: &str| {
        value.map(|path| path.0).ok_or_else(|| format!("`pagination.{operation}` needs `{key}`"))
    };
    let text = |value: Option<DottedPath>| value.map(|path| path.0);
    let style = match rule.style {
        Style::Cursor => PaginationStyle::Cursor {
            cursor_param: required(rule.cursor_param, "cursor_param")?,
            next_cursor: required(rule.next_cursor, "next_cursor")?,
        },
        Style::LinkHeader => PaginationStyle::LinkHeader,
        Style::Offset => PaginationStyle::Offset {
            param: text(rule.param).unwrap_or_else(|| "offset".to_owned()),
            limit_param: text(rule.limit_param),
        },
        Style::Page => PaginationStyle::Page {
            param: text(rule.param).unwrap_or_else(|| "page".to_owned()),
            first: rule.first_page.unwrap_or(1),
            limit_param: text(rule.limit_param),
        },
    };
    Ok(PaginationRule { style, items: text(rule.items) })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(cursor_param: &str, next_cursor: &str, items: Option<&str>) -> PaginationRule {
        PaginationRule::cursor(cursor_param, next_cursor, items.map(str::to_owned))
    }

    #[test]
    fn every_style_is_read() {
        let config = parse(
            "[pagination.a]\nstyle = \"cursor\"\ncursor_param = \"after\"\nnext_cursor = \"next\"\n\
             [pagination.b]\nstyle = \"link_header\"\n\
             [pagination.c]\nstyle = \"offset\"\nlimit_param = \"limit\"\nitems = \"rows\"\n\
             [pagination.d]\nstyle = \"page\"\nparam = \"p\"\nfirst_page = 0\nlimit_param = \"per_page\"\n",
        )
        .unwrap();
        assert_eq!(config.pagination["a"], rule("after", "next", None));
        assert_eq!(config.pagination["b"], PaginationRule { style: PaginationStyle::LinkHeader, items: None });
        let offset = PaginationStyle::Offset { param: "offset".into(), limit_param: Some("limit".into()) };
        assert_eq!(config.pagination["c"], PaginationRule { style: offset, items: Some("rows".into()) });
        let page = PaginationStyle::Page { param: "p".into(), first: 0, limit_param: Some("per_page".into()) };
        assert_eq!(config.pagination["d"], PaginationRule { style: page, items: None });
        let default_page = parse("[pagination.e]\nstyle = \"page\"\n").unwrap();
        assert_eq!(
            default_page.pagination["e"].style,
            PaginationStyle::Page { param: "page".into(), first: 1, limit_param: None }
        );
    }

    #[test]
    fn pagination_rules_are_read() {
        let config = parse(
            "# comment\n[pagination.listSessions]\ncursor_param = \"cursor\"\nnext_cursor = \"pagination.nextCursor\"\nitems = \"data\"\n\n\
             [pagination.listOrders]\ncursor_param = \"cursor\"\nnext_cursor = \"nextCursor\"\n",
        )
        .unwrap();
        assert_eq!(config.pagination.len(), 2);
        assert_eq!(config.pagination["listSessions"], rule("cursor", "pagination.nextCursor", Some("data")));
        assert_eq!(config.pagination["listOrders"], rule("cursor", "nextCursor", None));
        assert_eq!(parse("").unwrap(), Config::default());
    }

    #[test]
    fn the_readmin_settings_file_is_valid() {
        let config = parse(include_str!("../../spec/codegen.toml")).unwrap();
        assert!(
            config.pagination.contains_key("listSessions") && config.pagination.contains_key("listOrders"),
            "{config:?}"
        );
    }

    #[test]
    fn mistakes_are_errors_naming_what_is_wrong() {
        let cases: &[(&str, &str)] = &[
            ("[paginaton.listSessions]\ncursor_param = \"c\"\n", "`paginaton`: unknown field `paginaton`, expected one of `pagination`, `types`, `features` (line 1)"),
            ("[features]\nper_tags = true\n", "`features.per_tags`: unknown field `per_tags`, expected `per_tag`"),
            ("[features]\nper_tag = \"yes\"\n", "`features.per_tag`: invalid type: string \"yes\", expected a boolean"),
            ("[pagination.listSessions]\ncursor_param = \"c\"\nnext_cursor = \"n\"\nitem = \"data\"\n", "`pagination.listSessions.item`: unknown field `item`, expected one of `style`, `cursor_param`"),
            ("[pagination.listSessions]\nnext_cursor = \"n\"\n", "`pagination.listSessions` needs `cursor_param`"),
            ("[pagination.listSessions]\ncursor_param = \"c\"\n", "needs `next_cursor`"),
            ("[pagination.listSessions]\ncursor_param = 1\nnext_cursor = \"n\"\n", "`pagination.listSessions.cursor_param`: invalid type: integer `1`, expected a string (line 2)"),
            ("[pagination.listSessions]\ncursor_param = \"c\"\nnext_cursor = \"a..b\"\n", "\"a..b\" is not a property name or dotted path"),
            ("pagination = 3\n", "`pagination`: invalid type: integer `3`, expected a map"),
            ("[pagination]\nlistSessions = \"cursor\"\n", "`pagination.listSessions`: invalid type: string \"cursor\""),
            ("[pagination.listSessions\n", "(line 1)"),
            ("[pagination.a]\nstyle = \"links\"\n", "`pagination.a.style`: \"links\" is not a pagination style (one of \"cursor\", \"link_header\", \"offset\", \"page\")"),
            ("[pagination.a]\nstyle = 1\n", "`pagination.a.style`: invalid type: integer `1`"),
            ("[pagination.a]\nstyle = \"link_header\"\ncursor_param = \"c\"\n", "unknown key `pagination.a.cursor_param` (a `link_header` pagination rule has `items`)"),
            ("[pagination.a]\nstyle = \"offset\"\nfirst_page = 1\n", "unknown key `pagination.a.first_page`"),
            ("[pagination.a]\nstyle = \"page\"\nfirst_page = \"1\"\n", "`pagination.a.first_page`: invalid type: string \"1\", expected i64"),
            ("[pagination.a]\nstyle = \"offset\"\nlimit_param = 10\n", "`pagination.a.limit_param`: invalid type: integer `10`, expected a string"),
        ];
        for (text, expected) in cases {
            let error = parse(text).expect_err(text);
            assert!(error.contains(expected), "{text:?}: {error}");
        }
    }

    #[test]
    fn applying_adds_rules_to_the_settings() {
        let mut settings = Settings::new("pets");
        parse("[pagination.listPets]\ncursor_param = \"after\"\nnext_cursor = \"meta.after\"\n")
            .unwrap()
            .apply(&mut settings);
        assert_eq!(settings.pagination["listPets"], rule("after", "meta.after", None));
        assert!(!settings.features_per_tag);
        parse("[features]\nper_tag = true\n").unwrap().apply(&mut settings);
        assert!(settings.features_per_tag);
    }

    #[test]
    fn type_settings_are_read_and_checked() {
        let config = parse("[types]\nkeep_undeclared_members = true\nfloat = \"f32\"\n").expect("valid");
        assert_eq!(config.types, TypeSettings { keep_undeclared_members: true, float_as_f32: true });
        assert_eq!(parse("").expect("valid").types, TypeSettings::default());
        for (text, message) in [
            ("[types]\nfloat = \"f16\"\n", "`types.float`: unknown variant `f16`, expected `f64` or `f32` (line 2)"),
            (
                "[types]\nkeep_undeclared_members = 1\n",
                "`types.keep_undeclared_members`: invalid type: integer `1`, expected a boolean",
            ),
            ("[types]\nkeep = true\n", "`types.keep`: unknown field `keep`"),
        ] {
            let error = parse(text).expect_err(text);
            assert!(error.contains(message), "{text}: {error}");
        }
    }
}
