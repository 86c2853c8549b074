//! Terraform's types (go-cty's type system), as declared in `type = ...` constraints
//! and as carried by values.

use crate::small::CollectSorted;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// A Terraform type. `Dynamic` is `any` in a constraint and "not yet known" in a value.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(
    feature = "snapshot",
    derive(borsh::BorshSerialize, borsh::BorshDeserialize)
)]
pub enum Type {
    Dynamic,
    Bool,
    Number,
    String,
    List(Box<Type>),
    Set(Box<Type>),
    Map(Box<Type>),
    Object(ObjectType),
    Tuple(Vec<Type>),
}

/// An object type. `optional` lists the attributes declared with `optional(...)` in a
/// type constraint; the values of such attributes may be omitted.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[cfg_attr(
    feature = "snapshot",
    derive(borsh::BorshSerialize, borsh::BorshDeserialize)
)]
pub struct ObjectType {
    pub attrs: BTreeMap<String, Type>,
    pub optional: BTreeSet<String>,
}

impl ObjectType {
    pub fn new(attrs: BTreeMap<String, Type>) -> ObjectType {
        ObjectType {
            attrs,
            optional: BTreeSet::new(),
        }
    }
}

impl Type {
    pub fn list(elem: Type) -> Type {
        Type::List(Box::new(elem))
    }
    pub fn set(elem: Type) -> Type {
        Type::Set(Box::new(elem))
    }
    pub fn map(elem: Type) -> Type {
        Type::Map(Box::new(elem))
    }
    pub fn object(attrs: BTreeMap<String, Type>) -> Type {
        Type::Object(ObjectType::new(attrs))
    }

    pub fn is_primitive(&self) -> bool {
        matches!(self, Type::Bool | Type::Number | Type::String)
    }

    pub fn is_collection(&self) -> bool {
        matches!(self, Type::List(_) | Type::Set(_) | Type::Map(_))
    }

    /// The element type of a list, set or map.
    pub fn element(&self) -> Option<&Type> {
        match self {
            Type::List(e) | Type::Set(e) | Type::Map(e) => Some(e),
            _ => None,
        }
    }

    /// Whether the type contains `Dynamic` anywhere (`any` in a constraint).
    pub fn has_dynamic(&self) -> bool {
        match self {
            Type::Dynamic => true,
            Type::Bool | Type::Number | Type::String => false,
            Type::List(e) | Type::Set(e) | Type::Map(e) => e.has_dynamic(),
            Type::Object(o) => o.attrs.values().any(Type::has_dynamic),
            Type::Tuple(ts) => ts.iter().any(Type::has_dynamic),
        }
    }

    /// The type with every `optional` marker removed, as a value of it has.
    pub fn without_optional(&self) -> Type {
        match self {
            Type::List(e) => Type::list(e.without_optional()),
            Type::Set(e) => Type::set(e.without_optional()),
            Type::Map(e) => Type::map(e.without_optional()),
            Type::Object(o) => Type::object(
                o.attrs
                    .iter()
                    .map(|(k, t)| (k.clone(), t.without_optional()))
                    .collect_map(),
            ),
            Type::Tuple(ts) => Type::Tuple(ts.iter().map(Type::without_optional).collect()),
            t => t.clone(),
        }
    }

    /// cty's `FriendlyName`, used in Terraform's messages: "list of string", "object".
    pub fn friendly_name(&self) -> String {
        match self {
            Type::Dynamic => "dynamic".into(),
            Type::Bool => "bool".into(),
            Type::Number => "number".into(),
            Type::String => "string".into(),
            Type::List(e) => format!("list of {}", e.friendly_name()),
            Type::Set(e) => format!("set of {}", e.friendly_name()),
            Type::Map(e) => format!("map of {}", e.friendly_name()),
            Type::Object(_) => "object".into(),
            Type::Tuple(_) => "tuple".into(),
        }
    }

    /// cty's `FriendlyNameForConstraint`: like `friendly_name`, but `any` reads "any type".
    pub fn friendly_name_for_constraint(&self) -> String {
        match self {
            Type::Dynamic => "any type".into(),
            Type::List(e) | Type::Set(e) | Type::Map(e) if **e == Type::Dynamic => {
                let kind = match self {
                    Type::List(_) => "list",
                    Type::Set(_) => "set",
                    _ => "map",
                };
                format!("{kind} of any single type")
            }
            Type::List(e) => format!("list of {}", e.friendly_name_for_constraint()),
            Type::Set(e) => format!("set of {}", e.friendly_name_for_constraint()),
            Type::Map(e) => format!("map of {}", e.friendly_name_for_constraint()),
            t => t.friendly_name(),
        }
    }
}

/// The type in Terraform's type-constraint syntax: `list(string)`, `object({a=number})`.
impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Type::Dynamic => f.write_str("any"),
            Type::Bool => f.write_str("bool"),
            Type::Number => f.write_str("number"),
            Type::String => f.write_str("string"),
            Type::List(e) => write!(f, "list({e})"),
            Type::Set(e) => write!(f, "set({e})"),
            Type::Map(e) => write!(f, "map({e})"),
            Type::Object(o) => {
                f.write_str("object({")?;
                for (i, (k, t)) in o.attrs.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    if o.optional.contains(k) {
                        write!(f, "{k} = optional({t})")?;
                    } else {
                        write!(f, "{k} = {t}")?;
                    }
                }
                f.write_str("})")
            }
            Type::Tuple(ts) => {
                f.write_str("tuple([")?;
                for (i, t) in ts.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{t}")?;
                }
                f.write_str("])")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn friendly_names_follow_cty() {
        assert_eq!(Type::list(Type::String).friendly_name(), "list of string");
        assert_eq!(
            Type::map(Type::Dynamic).friendly_name_for_constraint(),
            "map of any single type"
        );
        assert_eq!(Type::Tuple(vec![]).friendly_name(), "tuple");
    }

    #[test]
    fn displays_as_type_constraint() {
        let mut o = ObjectType::new(
            [
                ("a".to_string(), Type::String),
                ("b".to_string(), Type::Number),
            ]
            .into_iter()
            .collect(),
        );
        o.optional.insert("b".into());
        assert_eq!(
            Type::list(Type::Object(o)).to_string(),
            "list(object({a = string, b = optional(number)}))"
        );
    }
}
