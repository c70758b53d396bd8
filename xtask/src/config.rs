//! The generator settings file: `spec/codegen.toml` for the ReAdmin client,
//! `--config PATH` in standalone mode. It declares what the generator cannot
//! tell from the document; today that is pagination:
//!
//! ```toml
//! [pagination.listSessions]          # the operationId
//! cursor_param = "cursor"            # the query parameter that takes the cursor
//! next_cursor = "pagination.nextCursor"  # dotted path to the next cursor in the body
//! items = "data"                     # dotted path to the items (optional: detected)
//! ```
//!
//! Operations without an entry keep the generator's detection. Anything the
//! file does not know (a key, a misspelt section, a value of the wrong type)
//! is an error naming it; an operationId the document does not have, or a
//! rule that does not fit its operation, is a generator error.

use std::collections::BTreeMap;
use std::path::Path;

use generator::{PaginationRule, Settings};

/// What a settings file declares.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Config {
    pub(crate) pagination: BTreeMap<String, PaginationRule>,
}

impl Config {
    /// Adds the file's declarations to `settings`.
    pub(crate) fn apply(self, settings: &mut Settings) {
        settings.pagination.extend(self.pagination);
    }
}

/// Reads and checks the file at `path`, shown as `shown` in messages.
pub(crate) fn read(path: &Path, shown: &str) -> Result<Config, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {shown}: {e}"))?;
    parse(&text).map_err(|e| format!("{shown}: {e}"))
}

const RULE_KEYS: &str = "`cursor_param`, `next_cursor` and `items`";

/// Parses and checks a settings file's text.
pub(crate) fn parse(text: &str) -> Result<Config, String> {
    let table: toml::Table = text.parse().map_err(|e: toml::de::Error| e.to_string().trim_end().to_owned())?;
    let mut config = Config::default();
    for (key, value) in table {
        match key.as_str() {
            "pagination" => {
                let operations = value.as_table().ok_or("`pagination` must be a table of operationIds")?;
                for (operation, rule) in operations {
                    let rule = rule.as_table().ok_or_else(|| format!("`pagination.{operation}` must be a table with {RULE_KEYS}"))?;
                    config.pagination.insert(operation.clone(), pagination_rule(operation, rule)?);
                }
            }
            other => return Err(format!("unknown setting `{other}` (the settings file knows `pagination`)")),
        }
    }
    Ok(config)
}

fn pagination_rule(operation: &str, table: &toml::Table) -> Result<PaginationRule, String> {
    let text = |key: &str| -> Result<Option<String>, String> {
        match table.get(key) {
            None => Ok(None),
            Some(toml::Value::String(value)) if valid_path(value) => Ok(Some(value.clone())),
            Some(toml::Value::String(value)) => Err(format!("`pagination.{operation}.{key}` = \"{value}\" is not a property name or dotted path")),
            Some(other) => Err(format!("`pagination.{operation}.{key}` must be a string, not a {}", other.type_str())),
        }
    };
    if let Some(unknown) = table.keys().find(|key| !matches!(key.as_str(), "cursor_param" | "next_cursor" | "items")) {
        return Err(format!("unknown key `pagination.{operation}.{unknown}` (a pagination rule has {RULE_KEYS})"));
    }
    let required = |key: &str| text(key)?.ok_or_else(|| format!("`pagination.{operation}` needs `{key}`"));
    Ok(PaginationRule { cursor_param: required("cursor_param")?, next_cursor: required("next_cursor")?, items: text("items")? })
}

/// Non-empty names separated by single dots.
fn valid_path(value: &str) -> bool {
    !value.is_empty() && value.split('.').all(|part| !part.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(cursor_param: &str, next_cursor: &str, items: Option<&str>) -> PaginationRule {
        PaginationRule { cursor_param: cursor_param.to_owned(), next_cursor: next_cursor.to_owned(), items: items.map(str::to_owned) }
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
        let path = crate::project_root().join("spec/codegen.toml");
        let config = read(&path, "spec/codegen.toml").unwrap();
        assert!(config.pagination.contains_key("listSessions") && config.pagination.contains_key("listOrders"), "{config:?}");
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
        ];
        for (text, expected) in cases {
            let error = parse(text).expect_err(text);
            assert!(error.contains(expected), "{text:?}: {error}");
        }
    }

    #[test]
    fn applying_adds_rules_to_the_settings() {
        let mut settings = Settings::new("pets");
        parse("[pagination.listPets]\ncursor_param = \"after\"\nnext_cursor = \"meta.after\"\n").unwrap().apply(&mut settings);
        assert_eq!(settings.pagination["listPets"], rule("after", "meta.after", None));
    }
}
