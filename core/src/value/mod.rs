//! Terraform values (go-cty's value model) and conversion between types.
//!
//! Values are always known: the core evaluates tfvars and validation rules, where
//! Terraform never has unknown values either.

mod convert;
pub mod nfc;
mod number;
mod serde;
mod types;
pub mod write;

pub use convert::{convert, convert_cow, unify, ConvertError, PathStep};
pub use number::{Number, NumberError};
pub use types::{ObjectType, Type};

use crate::small::CollectSorted;
use std::cmp::Ordering;
use std::collections::BTreeMap;

/// A Terraform value.
#[derive(Clone, Debug)]
#[cfg_attr(
    feature = "snapshot",
    derive(borsh::BorshSerialize, borsh::BorshDeserialize)
)]
pub enum Value {
    /// A null of the given type (`Type::Dynamic` for a literal `null`).
    Null(Type),
    Bool(bool),
    Number(Number),
    String(String),
    /// A list with its element type, which an empty list still has.
    List(Type, Vec<Value>),
    /// A set, kept deduplicated and in a stable order (see [`Value::set`]).
    Set(Type, Vec<Value>),
    Map(Type, BTreeMap<String, Value>),
    Tuple(Vec<Value>),
    Object(BTreeMap<String, Value>),
}

impl Value {
    pub fn null() -> Value {
        Value::Null(Type::Dynamic)
    }

    pub fn string(s: impl Into<String>) -> Value {
        Value::String(s.into())
    }

    pub fn number(n: i64) -> Value {
        Value::Number(Number::from_i64(n))
    }

    /// A set of `elems`, deduplicated by Terraform's equality and ordered the way
    /// Terraform iterates sets (strings lexically, numbers ascending).
    pub fn set(elem: Type, mut elems: Vec<Value>) -> Value {
        crate::small::sort_by(&mut elems, Value::set_order);
        elems.dedup_by(|a, b| a.equals(b));
        Value::Set(elem, elems)
    }

    pub fn ty(&self) -> Type {
        match self {
            Value::Null(t) => t.clone(),
            Value::Bool(_) => Type::Bool,
            Value::Number(_) => Type::Number,
            Value::String(_) => Type::String,
            Value::List(t, _) => Type::list(t.clone()),
            Value::Set(t, _) => Type::set(t.clone()),
            Value::Map(t, _) => Type::map(t.clone()),
            Value::Tuple(vs) => Type::Tuple(vs.iter().map(Value::ty).collect()),
            Value::Object(m) => {
                Type::object(m.iter().map(|(k, v)| (k.clone(), v.ty())).collect_map())
            }
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null(_))
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_number(&self) -> Option<&Number> {
        match self {
            Value::Number(n) => Some(n),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// The elements of a list, set or tuple.
    pub fn elements(&self) -> Option<&[Value]> {
        match self {
            Value::List(_, vs) | Value::Set(_, vs) | Value::Tuple(vs) => Some(vs),
            _ => None,
        }
    }

    /// The entries of a map or object.
    pub fn entries(&self) -> Option<&BTreeMap<String, Value>> {
        match self {
            Value::Map(_, m) | Value::Object(m) => Some(m),
            _ => None,
        }
    }

    /// Whether a collection or structural value has no elements or attributes.
    pub fn is_empty(&self) -> Option<bool> {
        self.len().map(|n| n == 0)
    }

    /// The number of elements or attributes of a collection or structural value.
    pub fn len(&self) -> Option<usize> {
        self.elements()
            .map(<[Value]>::len)
            .or_else(|| self.entries().map(BTreeMap::len))
    }

    /// Terraform's `==`: nulls are equal to each other whatever their types; otherwise
    /// the types must be identical (so `tolist([1]) == [1]` is false) and so must the
    /// contents.
    pub fn equals(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Null(_), Value::Null(_)) => true,
            (Value::Null(_), _) | (_, Value::Null(_)) => false,
            _ if !self.same_type(other) => false,
            (a, b) => a.same_contents(b),
        }
    }

    /// Whether two values have the same type, without building the types.
    pub fn same_type(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Null(t), v) | (v, Value::Null(t)) => v.has_type(t),
            (Value::Bool(_), Value::Bool(_))
            | (Value::Number(_), Value::Number(_))
            | (Value::String(_), Value::String(_)) => true,
            (Value::List(a, _), Value::List(b, _))
            | (Value::Set(a, _), Value::Set(b, _))
            | (Value::Map(a, _), Value::Map(b, _)) => a == b,
            (Value::Tuple(a), Value::Tuple(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.same_type(y))
            }
            (Value::Object(a), Value::Object(b)) => {
                a.len() == b.len()
                    && a.iter()
                        .zip(b)
                        .all(|((ka, x), (kb, y))| ka == kb && x.same_type(y))
            }
            _ => false,
        }
    }

    /// Whether the value's type is `t`, without building the value's type.
    pub fn has_type(&self, t: &Type) -> bool {
        match (self, t) {
            (Value::Null(own), t) => own == t,
            (Value::Bool(_), Type::Bool)
            | (Value::Number(_), Type::Number)
            | (Value::String(_), Type::String) => true,
            (Value::List(e, _), Type::List(w))
            | (Value::Set(e, _), Type::Set(w))
            | (Value::Map(e, _), Type::Map(w)) => e == &**w,
            (Value::Tuple(vs), Type::Tuple(ts)) => {
                vs.len() == ts.len() && vs.iter().zip(ts).all(|(v, t)| v.has_type(t))
            }
            (Value::Object(m), Type::Object(o)) => {
                o.optional.is_empty()
                    && m.len() == o.attrs.len()
                    && m.iter()
                        .zip(&o.attrs)
                        .all(|((k, v), (n, t))| k == n && v.has_type(t))
            }
            _ => false,
        }
    }

    fn same_contents(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Number(a), Value::Number(b)) => a == b,
            (Value::String(a), Value::String(b)) => a == b,
            (Value::List(_, a), Value::List(_, b))
            | (Value::Set(_, a), Value::Set(_, b))
            | (Value::Tuple(a), Value::Tuple(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.equals(y))
            }
            (Value::Map(_, a), Value::Map(_, b)) | (Value::Object(a), Value::Object(b)) => {
                a.len() == b.len()
                    && a.iter()
                        .zip(b)
                        .all(|((ka, va), (kb, vb))| ka == kb && va.equals(vb))
            }
            _ => false,
        }
    }

    /// A total order used to keep sets stable: by kind, then by contents.
    pub fn set_order(a: &Value, b: &Value) -> Ordering {
        fn rank(v: &Value) -> u8 {
            match v {
                Value::Null(_) => 0,
                Value::Bool(_) => 1,
                Value::Number(_) => 2,
                Value::String(_) => 3,
                Value::List(..) => 4,
                Value::Set(..) => 5,
                Value::Tuple(_) => 6,
                Value::Map(..) => 7,
                Value::Object(_) => 8,
            }
        }
        match (a, b) {
            (Value::Bool(x), Value::Bool(y)) => x.cmp(y),
            (Value::Number(x), Value::Number(y)) => x.cmp(y),
            (Value::String(x), Value::String(y)) => x.cmp(y),
            (Value::List(_, x), Value::List(_, y))
            | (Value::Set(_, x), Value::Set(_, y))
            | (Value::Tuple(x), Value::Tuple(y)) => {
                for (p, q) in x.iter().zip(y) {
                    let o = Value::set_order(p, q);
                    if o != Ordering::Equal {
                        return o;
                    }
                }
                x.len().cmp(&y.len())
            }
            (Value::Map(_, x), Value::Map(_, y)) | (Value::Object(x), Value::Object(y)) => {
                for ((kp, p), (kq, q)) in x.iter().zip(y) {
                    let o = kp.cmp(kq).then_with(|| Value::set_order(p, q));
                    if o != Ordering::Equal {
                        return o;
                    }
                }
                x.len().cmp(&y.len())
            }
            _ => rank(a).cmp(&rank(b)),
        }
    }

    /// The value with every string (and object key) in Unicode NFC, as go-cty
    /// keeps all strings; cheap when there is nothing to change.
    pub fn normalized(self) -> Value {
        use nfc::nfc_owned;
        if !self.may_need_nfc() {
            return self;
        }
        match self {
            Value::String(s) => Value::String(nfc_owned(s)),
            Value::List(t, vs) => Value::List(t, vs.into_iter().map(Value::normalized).collect()),
            Value::Set(t, vs) => Value::set(t, vs.into_iter().map(Value::normalized).collect()),
            Value::Tuple(vs) => Value::Tuple(vs.into_iter().map(Value::normalized).collect()),
            Value::Map(t, m) => Value::Map(
                t,
                m.into_iter()
                    .map(|(k, v)| (nfc_owned(k), v.normalized()))
                    .collect_map(),
            ),
            Value::Object(m) => Value::Object(
                m.into_iter()
                    .map(|(k, v)| (nfc_owned(k), v.normalized()))
                    .collect_map(),
            ),
            v => v,
        }
    }

    /// Whether any string or key has a character at or above U+0300, the only ones
    /// NFC can change.
    fn may_need_nfc(&self) -> bool {
        // `is_ascii` first: it reads a word at a time, and most text is ASCII.
        let text = |s: &str| !s.is_ascii() && s.bytes().any(|b| b >= 0xCC);
        match self {
            Value::String(s) => text(s),
            Value::List(_, vs) | Value::Set(_, vs) | Value::Tuple(vs) => {
                vs.iter().any(Value::may_need_nfc)
            }
            Value::Map(_, m) | Value::Object(m) => {
                m.iter().any(|(k, v)| text(k) || v.may_need_nfc())
            }
            _ => false,
        }
    }

    /// Counts the values in this value, itself included, for size limits.
    pub fn node_count(&self) -> usize {
        1 + match self {
            Value::List(_, vs) | Value::Set(_, vs) | Value::Tuple(vs) => {
                vs.iter().map(Value::node_count).sum()
            }
            Value::Map(_, m) | Value::Object(m) => m.values().map(Value::node_count).sum(),
            _ => 0,
        }
    }
}

impl PartialEq for Value {
    /// Structural equality including types; the same as Terraform's `==`.
    fn eq(&self, other: &Value) -> bool {
        self.equals(other)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::String(s.to_string())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::String(s)
    }
}

impl From<Number> for Value {
    fn from(n: Number) -> Value {
        Value::Number(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equality_needs_identical_types() {
        let list = Value::List(Type::Number, vec![Value::number(1)]);
        let tuple = Value::Tuple(vec![Value::number(1)]);
        assert!(!list.equals(&tuple));
        assert!(tuple.equals(&Value::Tuple(vec![Value::number(1)])));
        assert!(Value::null().equals(&Value::Null(Type::String)));
        assert!(!Value::null().equals(&Value::string("")));
    }

    #[test]
    fn sets_are_deduplicated_and_ordered() {
        let s = Value::set(Type::String, vec!["b".into(), "a".into(), "b".into()]);
        assert_eq!(s.elements().unwrap(), &["a".into(), "b".into()] as &[Value]);
    }
}
