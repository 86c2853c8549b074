//! The collection functions on maps and objects: keys, lookup, merge,
//! transpose, values, zipmap.

use super::elems;
use crate::eval::functions::support::{too_many_elements, MAX_ELEMENTS};
use crate::eval::functions::FuncError;
use crate::small::CollectSorted;
use crate::value::{convert, Type, Value};
use std::collections::BTreeMap;

pub(super) fn keys(a: &[Value]) -> Result<Value, FuncError> {
    match &a[0] {
        Value::Map(_, m) => Ok(Value::List(
            Type::String,
            m.keys().map(|k| Value::String(k.clone())).collect(),
        )),
        Value::Object(m) => Ok(Value::Tuple(
            m.keys().map(|k| Value::String(k.clone())).collect(),
        )),
        _ => Err(FuncError::arg(0, "must have map or object type")),
    }
}

pub(super) fn values(a: &[Value]) -> Result<Value, FuncError> {
    match &a[0] {
        Value::Map(t, m) => Ok(Value::List(t.clone(), m.values().cloned().collect())),
        Value::Object(m) => Ok(Value::Tuple(m.values().cloned().collect())),
        _ => Err(FuncError::call(
            "values() requires a map as the first argument",
        )),
    }
}

pub(super) fn lookup(a: &[Value]) -> Result<Value, FuncError> {
    if a.len() > 3 {
        return Err(FuncError::call(format!(
            "lookup() takes two or three arguments, got {}",
            a.len()
        )));
    }
    let key = a[1].as_str().unwrap_or_default();
    let default = a.get(2);
    match &a[0] {
        Value::Object(m) => match (m.get(key), default) {
            (Some(v), _) => Ok(v.clone()),
            (None, Some(d)) => Ok(d.clone()),
            (None, None) => Err(FuncError::arg(
                0,
                format!("the given object has no attribute {}", go_quote(key)),
            )),
        },
        Value::Map(ety, m) => {
            let default = match default {
                Some(d) => Some(convert(d, ety).map_err(|_| {
                    FuncError::arg(
                        2,
                        "the default value must have the same type as the map elements",
                    )
                })?),
                None => None,
            };
            match (m.get(key), default) {
                (Some(v), _) => Ok(v.clone()),
                (None, Some(d)) => Ok(d),
                (None, None) => Err(FuncError::call(format!(
                    "lookup failed to find key {}",
                    go_quote(key)
                ))),
            }
        }
        _ => Err(FuncError::arg(
            0,
            "lookup() requires a map as the first argument",
        )),
    }
}

fn go_quote(s: &str) -> String {
    crate::eval::functions::support::go_quote(s)
}

pub(super) fn merge(a: &[Value]) -> Result<Value, FuncError> {
    if a.is_empty() {
        return Ok(Value::Object(BTreeMap::new()));
    }
    let mut dynamic = false;
    let first = a[0].ty();
    let mut matching = true;
    for (i, v) in a.iter().enumerate() {
        let ty = v.ty();
        if ty == Type::Dynamic {
            dynamic = true;
            continue;
        }
        if !matches!(ty, Type::Object(_) | Type::Map(_)) {
            return Err(FuncError::call(format!(
                "arguments must be maps or objects, got {}",
                go_quote(&ty.friendly_name())
            )));
        }
        if i > 0 && ty != first {
            matching = false;
        }
    }
    let mut out: BTreeMap<String, Value> = BTreeMap::new();
    for v in a {
        for (k, e) in v.entries().into_iter().flatten() {
            out.insert(k.clone(), e.clone());
        }
    }
    if out.len() > MAX_ELEMENTS {
        return Err(too_many_elements(out.len()));
    }
    if dynamic {
        return Ok(Value::Object(out));
    }
    // cty merges into a map when every argument has the same map type, and into
    // an object otherwise (null arguments contribute nothing).
    Ok(match first {
        Type::Map(ety) if matching => Value::Map(*ety, out),
        _ => Value::Object(out),
    })
}

pub(super) fn transpose(a: &[Value]) -> Result<Value, FuncError> {
    let ety = Type::list(Type::String);
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut total = 0usize;
    for (k, list) in a[0].entries().into_iter().flatten() {
        for v in elems(list) {
            let Value::String(s) = v else {
                return Err(FuncError::call("input list must not contain null string"));
            };
            total += 1;
            if total > MAX_ELEMENTS {
                return Err(too_many_elements(total));
            }
            out.entry(s.clone()).or_default().push(k.clone());
        }
    }
    let map = out
        .into_iter()
        .map(|(k, mut ks)| {
            crate::small::sort(&mut ks);
            (
                k,
                Value::List(Type::String, ks.into_iter().map(Value::String).collect()),
            )
        })
        .collect_map();
    Ok(Value::Map(ety, map))
}

pub(super) fn zipmap(a: &[Value]) -> Result<Value, FuncError> {
    let keys = elems(&a[0]);
    let values = match &a[1] {
        Value::List(_, vs) | Value::Tuple(vs) => vs,
        _ => {
            return Err(FuncError::call(
                "values argument must be a list or tuple value",
            ))
        }
    };
    if keys.len() != values.len() {
        return Err(FuncError::call(format!(
            "number of keys ({}) does not match number of values ({})",
            keys.len(),
            values.len()
        )));
    }
    let mut out = BTreeMap::new();
    for (i, (k, v)) in keys.iter().zip(values).enumerate() {
        let Value::String(k) = k else {
            return Err(FuncError::call(format!(
                "keys list has null value at index {i}"
            )));
        };
        out.insert(k.clone(), v.clone());
    }
    Ok(match &a[1] {
        Value::List(t, _) => Value::Map(t.clone(), out),
        _ => Value::Object(out),
    })
}
