//! Values to and from JSON data (serde), for the faces that exchange values with
//! JavaScript or print them. Numbers become JSON integers or doubles when that is
//! exact, otherwise strings holding Terraform's text for them.

use super::{Number, Type, Value};
use crate::small::CollectSorted;
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};

impl Serialize for Number {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if let Some(i) = self.to_i64() {
            return s.serialize_i64(i);
        }
        let text = self.to_string();
        let f = self.to_f64();
        if f.is_finite() && Number::from_f64(f).is_some_and(|back| back.to_string() == text) {
            return s.serialize_f64(f);
        }
        s.serialize_str(&text)
    }
}

impl Serialize for Value {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Null(_) => s.serialize_unit(),
            Value::Bool(b) => s.serialize_bool(*b),
            Value::Number(n) => n.serialize(s),
            Value::String(v) => s.serialize_str(v),
            Value::List(_, vs) | Value::Set(_, vs) | Value::Tuple(vs) => {
                let mut seq = s.serialize_seq(Some(vs.len()))?;
                for v in vs {
                    seq.serialize_element(v)?;
                }
                seq.end()
            }
            Value::Map(_, m) | Value::Object(m) => {
                let mut map = s.serialize_map(Some(m.len()))?;
                for (k, v) in m {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
        }
    }
}

impl Serialize for Type {
    /// A type serialises as its constraint syntax: `"list(string)"`.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl Value {
    /// A value from JSON data, as Terraform reads a `.tfvars.json` value: objects
    /// become objects, arrays tuples.
    pub fn from_json(j: &serde_json::Value) -> Value {
        match j {
            serde_json::Value::Null => Value::null(),
            serde_json::Value::Bool(b) => Value::Bool(*b),
            serde_json::Value::Number(n) => {
                let n = if let Some(i) = n.as_i64() {
                    Some(Number::from_i64(i))
                } else if let Some(u) = n.as_u64() {
                    Some(Number::from_u64(u))
                } else {
                    n.as_f64().and_then(Number::from_f64)
                };
                n.map_or(Value::null(), Value::Number)
            }
            serde_json::Value::String(s) => Value::String(super::nfc::nfc(s).into_owned()),
            serde_json::Value::Array(a) => Value::Tuple(a.iter().map(Value::from_json).collect()),
            serde_json::Value::Object(o) => Value::Object(
                o.iter()
                    .map(|(k, v)| (k.clone(), Value::from_json(v)))
                    .collect_map(),
            ),
        }
    }

    /// The value as JSON data.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or(serde_json::Value::Null)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_stay_exact() {
        let big = Number::parse("12345678901234567890123").unwrap();
        assert_eq!(
            serde_json::to_string(&big).unwrap(),
            "\"12345678901234567890123\""
        );
        assert_eq!(serde_json::to_string(&Number::from_i64(7)).unwrap(), "7");
        assert_eq!(
            serde_json::to_string(&Number::parse("0.5").unwrap()).unwrap(),
            "0.5"
        );
    }

    #[test]
    fn json_round_trip() {
        let j = serde_json::json!({"a": [1, "x", null], "b": {"c": true}});
        assert_eq!(Value::from_json(&j).to_json(), j);
    }
}
