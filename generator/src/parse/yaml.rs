//! A JSON value read from YAML without failing on what JSON cannot hold, and
//! without letting aliases blow the document up.
//!
//! `serde_json::Value` rejects integers beyond 64 bits (YAML allows them, and
//! real documents use `-9223372036854776000` as a bound) and non-string keys
//! (`200:` is a status code). This visitor turns the former into floats and
//! the latter into strings.
//!
//! Every value read is paid for from a budget. An alias (`*name`) repeats its
//! anchor's whole subtree, so a small document can stand for billions of
//! values ("billion laughs"); `serde_yaml` bounds only the number of alias
//! jumps, which still lets one large anchor be repeated many times.

use serde::de::{DeserializeSeed, Deserializer, Error as _, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};
use std::cell::Cell;
use std::fmt;

/// The message of the error raised when the budget runs out.
pub(super) const TOO_MANY_VALUES: &str = "the document expands to too many values";

/// The message of the error raised for a mapping or list used as a key.
pub(super) const COMPLEX_KEY: &str = "a mapping or a list is used as a key; keys must be strings";

/// The start of the message of the error raised for a repeated key.
pub(super) const DUPLICATE_KEY: &str = "duplicate key `";

/// Reads `text` as one YAML document, allowing at most `budget` values (keys
/// included) after alias expansion.
pub(super) fn from_str(text: &str, budget: usize) -> Result<Value, serde_yaml::Error> {
    let budget = Cell::new(budget);
    ValueSeed { budget: &budget }.deserialize(serde_yaml::Deserializer::from_str(text))
}

/// Reads `text` as JSON with the same rules (duplicate keys are errors).
pub(super) fn from_json_str(text: &str) -> Result<Value, serde_json::Error> {
    let budget = Cell::new(usize::MAX);
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let value = ValueSeed { budget: &budget }.deserialize(&mut deserializer)?;
    deserializer.end()?;
    Ok(value)
}

/// Deserializes one value, paying from the budget.
#[derive(Clone, Copy)]
struct ValueSeed<'b> {
    budget: &'b Cell<usize>,
}

impl<'de> DeserializeSeed<'de> for ValueSeed<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(ValueVisitor { budget: self.budget })
    }
}

/// A map key: any scalar, written as text.
#[derive(Clone, Copy)]
struct KeySeed<'b> {
    budget: &'b Cell<usize>,
}

impl<'de> DeserializeSeed<'de> for KeySeed<'_> {
    type Value = String;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<String, D::Error> {
        match deserializer.deserialize_any(ValueVisitor { budget: self.budget })? {
            Value::String(s) => Ok(s),
            // A mapping or list as a key (`? [a, b]`) has no JSON form; written
            // as text, nested ones would double in size at every level.
            Value::Array(_) | Value::Object(_) => Err(D::Error::custom(COMPLEX_KEY)),
            other => Ok(other.to_string()),
        }
    }
}

struct ValueVisitor<'b> {
    budget: &'b Cell<usize>,
}

impl ValueVisitor<'_> {
    /// Pays for one value, or fails when the budget is spent.
    fn spend<E: serde::de::Error>(&self) -> Result<(), E> {
        match self.budget.get().checked_sub(1) {
            Some(left) => {
                self.budget.set(left);
                Ok(())
            }
            None => Err(E::custom(TOO_MANY_VALUES)),
        }
    }
}

fn float(f: f64) -> Value {
    Number::from_f64(f).map_or(Value::Null, Value::Number)
}

impl<'de> Visitor<'de> for ValueVisitor<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<Value, E> {
        self.spend()?;
        Ok(Value::Bool(v))
    }

    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Value, E> {
        self.spend()?;
        Ok(Value::from(v))
    }

    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Value, E> {
        self.spend()?;
        Ok(Value::from(v))
    }

    fn visit_i128<E: serde::de::Error>(self, v: i128) -> Result<Value, E> {
        self.spend()?;
        Ok(i64::try_from(v).map_or_else(|_| float(v as f64), Value::from))
    }

    fn visit_u128<E: serde::de::Error>(self, v: u128) -> Result<Value, E> {
        self.spend()?;
        Ok(u64::try_from(v).map_or_else(|_| float(v as f64), Value::from))
    }

    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Value, E> {
        self.spend()?;
        Ok(float(v))
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Value, E> {
        self.spend()?;
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Value, E> {
        self.spend()?;
        Ok(Value::String(v))
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<Value, E> {
        self.spend()?;
        Ok(Value::Null)
    }

    fn visit_none<E: serde::de::Error>(self) -> Result<Value, E> {
        self.spend()?;
        Ok(Value::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        self.spend()?;
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(ValueSeed { budget: self.budget })? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Value, A::Error> {
        self.spend()?;
        let mut map = Map::new();
        while let Some(key) = access.next_key_seed(KeySeed { budget: self.budget })? {
            if map.contains_key(&key) {
                return Err(A::Error::custom(format!("{DUPLICATE_KEY}{key}`")));
            }
            let value = access.next_value_seed(ValueSeed { budget: self.budget })?;
            map.insert(key, value);
        }
        Ok(Value::Object(map))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn huge_integers_and_numeric_keys_are_read() {
        let value = from_str("min: -9223372036854776000\n200: ok\n", 100).unwrap();
        assert_eq!(value, json!({"min": -9.223372036854776e18, "200": "ok"}));
    }

    /// Found by the fuzzer: nested complex keys (`? ? ? a`) were written as
    /// JSON text, doubling in size at every level, which hung the reader.
    #[test]
    fn complex_keys_are_errors() {
        let text = format!("a:\n {}b: 1\n", "? ".repeat(60));
        let error = from_str(&text, 1000).unwrap_err();
        assert!(error.to_string().contains(COMPLEX_KEY), "{error}");
        assert_eq!(from_str("1: a\ntrue: b\n~: c\n", 100).unwrap(), json!({"1": "a", "true": "b", "null": "c"}));
    }

    #[test]
    fn aliases_are_paid_for_after_expansion() {
        let text = "a: &a [1, 2, 3]\nb: [*a, *a, *a]\n";
        // 1 map + 2 keys + 4 for `a` + 1 list + 3 x 4 for the aliases.
        assert_eq!(from_str(text, 20).unwrap(), json!({"a": [1, 2, 3], "b": [[1, 2, 3], [1, 2, 3], [1, 2, 3]]}));
        let error = from_str(text, 19).unwrap_err();
        assert!(error.to_string().contains(TOO_MANY_VALUES), "{error}");
    }
}
