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
//! Operations without an entry keep the generator's detection. Anything the
//! file does not know (a key, a misspelt section, a value of the wrong type)
//! is an error naming it; an operationId the document does not have, or a
//! rule that does not fit its operation, is a generator error.

use std::collections::BTreeMap;

use crate::{PaginationRule, PaginationStyle, Settings, TypeSettings};

/// What a settings file declares.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Config {
    pub pagination: BTreeMap<String, PaginationRule>,
    pub types: TypeSettings,
}

impl Config {
    /// Adds the file's declarations to `settings`.
    pub fn apply(self, settings: &mut Settings) {
        settings.pagination.extend(self.pagination);
        settings.types = self.types;
    }
}

/// The keys a rule of each style may have (besides `style`).
const STYLES: &[(&str, &[&str])] = &[
    ("cursor", &["cursor_param", "next_cursor", "items"]),
    ("link_header", &["items"]),
    ("offset", &["param", "limit_param", "items"]),
    ("page", &["param", "first_page", "limit_param", "items"]),
];

/// Parses and checks a settings file's text.
pub fn parse(text: &str) -> Result<Config, String> {
    let table: toml::Table = text.parse().map_err(|e: toml::de::Error| e.to_string().trim_end().to_owned())?;
    let mut config = Config::default();
    for (key, value) in table {
        match key.as_str() {
            "pagination" => {
                let operations = value.as_table().ok_or("`pagination` must be a table of operationIds")?;
                for (operation, rule) in operations {
                    let rule = rule
                        .as_table()
                        .ok_or_else(|| format!("`pagination.{operation}` must be a table (a pagination rule)"))?;
                    config.pagination.insert(operation.clone(), pagination_rule(operation, rule)?);
                }
            }
            "types" => config.types = type_settings(&value)?,
            other => {
                return Err(format!("unknown setting `{other}` (the settings file knows `pagination` and `types`)"))
            }
        }
    }
    Ok(config)
}

fn type_settings(value: &toml::Value) -> Result<TypeSettings, String> {
    let table = value.as_table().ok_or("`types` must be a table")?;
    let mut settings = TypeSettings::default();
    for (key, value) in table {
        match (key.as_str(), value) {
            ("keep_undeclared_members", toml::Value::Boolean(keep)) => settings.keep_undeclared_members = *keep,
            ("float", toml::Value::String(width)) if width == "f32" || width == "f64" => {
                settings.float_as_f32 = width == "f32"
            }
            ("keep_undeclared_members", other) => {
                return Err(format!(
                    "`types.keep_undeclared_members` must be true or false, not a {}",
                    other.type_str()
                ))
            }
            ("float", _) => return Err("`types.float` must be \"f64\" or \"f32\"".to_owned()),
            (other, _) => {
                return Err(format!("unknown setting `types.{other}` (known: `keep_undeclared_members`, `float`)"))
            }
        }
    }
    Ok(settings)
}

fn pagination_rule(operation: &str, table: &toml::Table) -> Result<PaginationRule, String> {
    let text = |key: &str| -> Result<Option<String>, String> {
        match table.get(key) {
            None => Ok(None),
            Some(toml::Value::String(value)) if valid_path(value) => Ok(Some(value.clone())),
            Some(toml::Value::String(value)) => {
                Err(format!("`pagination.{operation}.{key}` = \"{value}\" is not a property name or dotted path"))
            }
            Some(other) => Err(format!("`pagination.{operation}.{key}` must be a string, not a {}", other.type_str())),
        }
    };
    // Without `style`, a rule is cursor-in-body (the file's original form).
    let style = match table.get("style") {
        None => "cursor",
        Some(toml::Value::String(style)) => style.as_str(),
        Some(other) => {
            return Err(format!("`pagination.{operation}.style` must be a string, not a {}", other.type_str()))
        }
    };
    let names: Vec<String> = STYLES.iter().map(|(name, _)| format!("\"{name}\"")).collect();
    let Some((_, keys)) = STYLES.iter().find(|(name, _)| *name == style) else {
        return Err(format!(
            "`pagination.{operation}.style` = \"{style}\" is not a pagination style (one of {})",
            names.join(", ")
        ));
    };
    if let Some(unknown) = table.keys().find(|key| *key != "style" && !keys.contains(&key.as_str())) {
        let known: Vec<String> = keys.iter().map(|key| format!("`{key}`")).collect();
        return Err(format!(
            "unknown key `pagination.{operation}.{unknown}` (a `{style}` pagination rule has {})",
            known.join(", ")
        ));
    }
    let required = |key: &str| text(key)?.ok_or_else(|| format!("`pagination.{operation}` needs `{key}`"));
    let items = text("items")?;
    let style = match style {
        "cursor" => {
            PaginationStyle::Cursor { cursor_param: required("cursor_param")?, next_cursor: required("next_cursor")? }
        }
        "link_header" => PaginationStyle::LinkHeader,
        "offset" => PaginationStyle::Offset {
            param: text("param")?.unwrap_or_else(|| "offset".to_owned()),
            limit_param: text("limit_param")?,
        },
        _ => {
            let first = match table.get("first_page") {
                None => 1,
                Some(toml::Value::Integer(first)) => *first,
                Some(other) => {
                    return Err(format!(
                        "`pagination.{operation}.first_page` must be an integer, not a {}",
                        other.type_str()
                    ))
                }
            };
            PaginationStyle::Page {
                param: text("param")?.unwrap_or_else(|| "page".to_owned()),
                first,
                limit_param: text("limit_param")?,
            }
        }
    };
    Ok(PaginationRule { style, items })
}

/// Non-empty names separated by single dots.
fn valid_path(value: &str) -> bool {
    !value.is_empty() && value.split('.').all(|part| !part.is_empty())
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
            ("[paginaton.listSessions]\ncursor_param = \"c\"\n", "unknown setting `paginaton`"),
            ("[pagination.listSessions]\ncursor_param = \"c\"\nnext_cursor = \"n\"\nitem = \"data\"\n", "unknown key `pagination.listSessions.item`"),
            ("[pagination.listSessions]\nnext_cursor = \"n\"\n", "`pagination.listSessions` needs `cursor_param`"),
            ("[pagination.listSessions]\ncursor_param = \"c\"\n", "needs `next_cursor`"),
            ("[pagination.listSessions]\ncursor_param = 1\nnext_cursor = \"n\"\n", "`pagination.listSessions.cursor_param` must be a string, not a integer"),
            ("[pagination.listSessions]\ncursor_param = \"c\"\nnext_cursor = \"a..b\"\n", "is not a property name or dotted path"),
            ("pagination = 3\n", "`pagination` must be a table"),
            ("[pagination]\nlistSessions = \"cursor\"\n", "`pagination.listSessions` must be a table"),
            ("[pagination.listSessions\n", "line 1"),
            ("[pagination.a]\nstyle = \"links\"\n", "`pagination.a.style` = \"links\" is not a pagination style (one of \"cursor\", \"link_header\", \"offset\", \"page\")"),
            ("[pagination.a]\nstyle = 1\n", "`pagination.a.style` must be a string, not a integer"),
            ("[pagination.a]\nstyle = \"link_header\"\ncursor_param = \"c\"\n", "unknown key `pagination.a.cursor_param` (a `link_header` pagination rule has `items`)"),
            ("[pagination.a]\nstyle = \"offset\"\nfirst_page = 1\n", "unknown key `pagination.a.first_page`"),
            ("[pagination.a]\nstyle = \"page\"\nfirst_page = \"1\"\n", "`pagination.a.first_page` must be an integer, not a string"),
            ("[pagination.a]\nstyle = \"offset\"\nlimit_param = 10\n", "`pagination.a.limit_param` must be a string, not a integer"),
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
    }

    #[test]
    fn type_settings_are_read_and_checked() {
        let config = parse("[types]\nkeep_undeclared_members = true\nfloat = \"f32\"\n").expect("valid");
        assert_eq!(config.types, TypeSettings { keep_undeclared_members: true, float_as_f32: true });
        assert_eq!(parse("").expect("valid").types, TypeSettings::default());
        for (text, message) in [
            ("[types]\nfloat = \"f16\"\n", "`types.float` must be"),
            ("[types]\nkeep_undeclared_members = 1\n", "must be true or false"),
            ("[types]\nkeep = true\n", "unknown setting `types.keep`"),
        ] {
            let error = parse(text).expect_err(text);
            assert!(error.contains(message), "{text}: {error}");
        }
    }
}
