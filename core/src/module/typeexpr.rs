//! Type constraints: `string`, `list(number)`, `object({a = optional(string, "x")})`.

use crate::eval::{Env, Evaluator};
use crate::small::CollectSorted;
use crate::syntax::{Expr, ExprKind, ObjectKey, Span};
use crate::value::{convert, ObjectType, Type, Value};
use std::collections::BTreeMap;

/// Default values for `optional(type, default)` attributes, shaped like the type:
/// `attrs` are this object's own defaults, `children` the defaults further down
/// (keyed by attribute name, or `""` for the elements of a collection).
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(
    feature = "snapshot",
    derive(borsh::BorshSerialize, borsh::BorshDeserialize)
)]
pub struct TypeDefaults {
    pub attrs: BTreeMap<String, Value>,
    pub children: BTreeMap<String, TypeDefaults>,
}

impl TypeDefaults {
    fn is_empty(&self) -> bool {
        self.attrs.is_empty() && self.children.is_empty()
    }

    /// Fills in defaults for missing or null optional attributes, as Terraform does
    /// before converting a value to the type.
    pub fn apply(&self, v: &Value, ty: &Type) -> Value {
        match (v, ty) {
            (Value::Null(_), _) => v.clone(),
            (Value::Object(m) | Value::Map(_, m), Type::Object(o)) => {
                let mut out = m.clone();
                for (k, d) in &self.attrs {
                    if out.get(k).is_none_or(Value::is_null) {
                        out.insert(k.clone(), d.clone());
                    }
                }
                for (k, child) in &self.children {
                    if let (Some(cv), Some(cty)) = (out.get(k), o.attrs.get(k)) {
                        let applied = child.apply(cv, cty);
                        out.insert(k.clone(), applied);
                    }
                }
                Value::Object(out)
            }
            (Value::Tuple(vs), Type::List(e) | Type::Set(e)) => match self.children.get("") {
                Some(child) => Value::Tuple(vs.iter().map(|x| child.apply(x, e)).collect()),
                None => v.clone(),
            },
            (Value::List(et, vs), Type::List(e) | Type::Set(e)) => match self.children.get("") {
                Some(child) => {
                    let vs: Vec<Value> = vs.iter().map(|x| child.apply(x, e)).collect();
                    // Elements may now have more attributes than the old element type.
                    let _ = et;
                    Value::Tuple(vs)
                }
                None => v.clone(),
            },
            (Value::Object(m) | Value::Map(_, m), Type::Map(e)) => match self.children.get("") {
                Some(child) => Value::Object(
                    m.iter()
                        .map(|(k, x)| (k.clone(), child.apply(x, e)))
                        .collect_map(),
                ),
                None => v.clone(),
            },
            (Value::Tuple(vs), Type::Tuple(ts)) => Value::Tuple(
                vs.iter()
                    .zip(ts)
                    .enumerate()
                    .map(|(i, (x, t))| match self.children.get(&i.to_string()) {
                        Some(child) => child.apply(x, t),
                        None => x.clone(),
                    })
                    .collect(),
            ),
            _ => v.clone(),
        }
    }
}

/// Why a type constraint is invalid, with where.
#[derive(Debug)]
pub struct TypeError {
    pub summary: &'static str,
    pub detail: String,
    pub span: Span,
}

fn invalid(detail: impl Into<String>, span: Span) -> TypeError {
    TypeError {
        summary: "Invalid type specification",
        detail: detail.into(),
        span,
    }
}

/// Reads a type constraint and the defaults its `optional(...)` attributes declare.
pub fn parse_type(e: &Expr) -> Result<(Type, Option<TypeDefaults>), TypeError> {
    let mut defaults = TypeDefaults::default();
    let ty = constraint(e, &mut defaults, false)?;
    Ok((ty, (!defaults.is_empty()).then_some(defaults)))
}

fn keyword(name: &str, span: Span) -> Result<Type, TypeError> {
    Ok(match name {
        "string" => Type::String,
        "number" => Type::Number,
        "bool" => Type::Bool,
        "any" => Type::Dynamic,
        // Bare `list` and `map` are legacy shorthands for list(any) and map(any).
        "list" => Type::list(Type::Dynamic),
        "map" => Type::map(Type::Dynamic),
        "set" => Type::set(Type::Dynamic),
        other => {
            return Err(invalid(
                format!("The keyword {other:?} is not a valid type specification."),
                span,
            ))
        }
    })
}

fn constraint(e: &Expr, defaults: &mut TypeDefaults, in_object: bool) -> Result<Type, TypeError> {
    match &e.kind {
        ExprKind::Variable(name) => keyword(name, e.span),
        ExprKind::Parens(inner) => constraint(inner, defaults, in_object),
        ExprKind::Call { name, args, .. } => {
            let one = |what: &str| -> Result<&Expr, TypeError> {
                match args.as_slice() {
                    [a] => Ok(a),
                    _ => Err(invalid(
                        format!("The {what} type constructor requires one argument specifying the element type."),
                        e.span,
                    )),
                }
            };
            match name.as_str() {
                "list" | "set" | "map" => {
                    let mut child = TypeDefaults::default();
                    let elem = constraint(one(name)?, &mut child, false)?;
                    if !child.is_empty() {
                        defaults.children.insert(String::new(), child);
                    }
                    Ok(match name.as_str() {
                        "list" => Type::list(elem),
                        "set" => Type::set(elem),
                        _ => Type::map(elem),
                    })
                }
                "object" => object(one("object")?, defaults),
                "tuple" => {
                    let a = one("tuple")?;
                    let ExprKind::Tuple(items) = &a.kind else {
                        return Err(invalid(
                            "The tuple type constructor requires a list of element types.",
                            a.span,
                        ));
                    };
                    let mut tys = Vec::new();
                    for (i, it) in items.iter().enumerate() {
                        let mut child = TypeDefaults::default();
                        tys.push(constraint(it, &mut child, false)?);
                        if !child.is_empty() {
                            defaults.children.insert(i.to_string(), child);
                        }
                    }
                    Ok(Type::Tuple(tys))
                }
                "optional" if !in_object => Err(invalid(
                    "Keyword \"optional\" is valid only as a modifier for object type attributes.",
                    e.span,
                )),
                other => Err(invalid(
                    format!("Keyword {other:?} is not a valid type constructor."),
                    e.span,
                )),
            }
        }
        _ => Err(invalid(
            "A type specification is either a primitive type keyword (bool, number, string) or a complex type constructor call, like list(string).",
            e.span,
        )),
    }
}

fn object(a: &Expr, defaults: &mut TypeDefaults) -> Result<Type, TypeError> {
    let ExprKind::Object(items) = &a.kind else {
        return Err(invalid(
            "Object type constructor requires a map whose keys are attribute names and whose values are the corresponding attribute types.",
            a.span,
        ));
    };
    let mut o = ObjectType::default();
    for it in items {
        let name = match &it.key {
            ObjectKey::Name(n, _) => n.clone(),
            ObjectKey::Expr(k) => match &k.kind {
                ExprKind::Literal(Value::String(s)) => s.clone(),
                _ => {
                    return Err(invalid(
                        "Object constructor map keys must be attribute names.",
                        k.span,
                    ))
                }
            },
        };
        let mut child = TypeDefaults::default();
        let (ty, optional) = match &it.value.kind {
            ExprKind::Call { name: f, args, .. } if f == "optional" => {
                let (inner, default) = match args.as_slice() {
                    [t] => (t, None),
                    [t, d] => (t, Some(d)),
                    _ => {
                        return Err(invalid(
                            "Optional attribute modifier expects at most two arguments: the attribute type, and a default value.",
                            it.value.span,
                        ))
                    }
                };
                let ty = constraint(inner, &mut child, false)?;
                if let Some(d) = default {
                    let v =
                        Evaluator::new(Env::constant())
                            .eval(d, None)
                            .map_err(|e| TypeError {
                                summary: "Invalid default value for optional attribute",
                                detail: format!("{}: {}", e.summary, e.detail),
                                span: d.span,
                            })?;
                    let v = child.apply(&v, &ty);
                    let v = convert(&v, &ty).map_err(|err| TypeError {
                        summary: "Invalid default value for optional attribute",
                        detail: format!("This default value is not compatible with the attribute's type constraint: {err}."),
                        span: d.span,
                    })?;
                    defaults.attrs.insert(name.clone(), v);
                }
                (ty, true)
            }
            _ => (constraint(&it.value, &mut child, true)?, false),
        };
        if !child.is_empty() {
            defaults.children.insert(name.clone(), child);
        }
        if optional {
            o.optional.insert(name.clone());
        }
        o.attrs.insert(name, ty);
    }
    Ok(Type::Object(o))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::parse_expr;

    fn ty(src: &str) -> (Type, Option<TypeDefaults>) {
        parse_type(&parse_expr(src, 64).unwrap()).unwrap()
    }

    #[test]
    fn reads_primitive_and_collection_types() {
        assert_eq!(ty("string").0, Type::String);
        assert_eq!(
            ty("list(map(number))").0,
            Type::list(Type::map(Type::Number))
        );
        assert_eq!(ty("list").0, Type::list(Type::Dynamic));
        assert_eq!(
            ty("tuple([string, bool])").0,
            Type::Tuple(vec![Type::String, Type::Bool])
        );
    }

    #[test]
    fn reads_optional_attributes_with_defaults() {
        let (t, d) = ty("list(object({ name = string, weight = optional(number, 1) }))");
        let Type::List(e) = &t else { panic!() };
        let Type::Object(o) = &**e else { panic!() };
        assert!(o.optional.contains("weight"));
        let d = d.unwrap();
        assert_eq!(d.children[""].attrs["weight"], Value::number(1));
        let given = Value::Tuple(vec![Value::Object(
            [("name".to_string(), Value::string("a"))]
                .into_iter()
                .collect(),
        )]);
        let v = convert(&d.apply(&given, &t), &t).unwrap();
        assert_eq!(
            v.elements().unwrap()[0].entries().unwrap()["weight"],
            Value::number(1)
        );
    }

    #[test]
    fn rejects_unknown_keywords() {
        let e = parse_type(&parse_expr("strin", 64).unwrap()).unwrap_err();
        assert_eq!(
            e.detail,
            "The keyword \"strin\" is not a valid type specification."
        );
    }
}
