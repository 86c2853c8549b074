//! Collection functions: alltrue, anytrue, chunklist, coalesce, coalescelist,
//! compact, concat, contains, distinct, element, flatten, index, keys, length,
//! lookup, matchkeys, merge, one, range, reverse, setintersection, setproduct,
//! setsubtract, setunion, slice, sort, sum, transpose, values, zipmap.
//!
//! The functions on maps and objects are in `collection/maps.rs`, the set
//! functions in `collection/sets.rs`.

mod maps;
mod sets;

use super::support::{count, grapheme_len, num, too_many_elements, whole_int, MAX_ELEMENTS};
use super::{nullable, param, FuncError, Function, ParamKind as K};
use crate::value::{convert, convert_cow, unify, Number, Type, Value};
use std::borrow::Cow;

pub(super) const FUNCTIONS: &[Function] = &[
    Function {
        name: "alltrue",
        params: &[param("list", K::ListOfBool)],
        variadic: None,
        imp: |a| {
            let all = elems(&a[0]).iter().all(|v| v.as_bool() == Some(true));
            Ok(Value::Bool(all))
        },
    },
    Function {
        name: "anytrue",
        params: &[param("list", K::ListOfBool)],
        variadic: None,
        imp: |a| {
            Ok(Value::Bool(
                elems(&a[0]).iter().any(|v| v.as_bool() == Some(true)),
            ))
        },
    },
    Function {
        name: "chunklist",
        params: &[param("list", K::ListOfAny), param("size", K::Number)],
        variadic: None,
        imp: chunklist,
    },
    Function {
        name: "coalesce",
        params: &[],
        variadic: Some(nullable("vals", K::Any)),
        imp: coalesce,
    },
    Function {
        name: "coalescelist",
        params: &[],
        variadic: Some(nullable("vals", K::Any)),
        imp: coalescelist,
    },
    Function {
        name: "compact",
        params: &[param("list", K::ListOfString)],
        variadic: None,
        imp: |a| {
            let kept = elems(&a[0])
                .iter()
                .filter(|v| !matches!(v, Value::Null(_)) && v.as_str() != Some(""))
                .cloned()
                .collect();
            Ok(Value::List(Type::String, kept))
        },
    },
    Function {
        name: "concat",
        params: &[],
        variadic: Some(param("seqs", K::Any)),
        imp: concat,
    },
    Function {
        name: "contains",
        params: &[param("list", K::Any), param("value", K::Any)],
        variadic: None,
        imp: |a| {
            if !matches!(a[0], Value::List(..) | Value::Set(..) | Value::Tuple(_)) {
                return Err(FuncError::call("argument must be list, tuple, or set"));
            }
            Ok(Value::Bool(elems(&a[0]).iter().any(|v| v.equals(&a[1]))))
        },
    },
    Function {
        name: "distinct",
        params: &[param("list", K::ListOfAny)],
        variadic: None,
        imp: |a| Ok(Value::List(elem_type(&a[0]), distinct(elems(&a[0])))),
    },
    Function {
        name: "element",
        params: &[param("list", K::Any), param("index", K::Number)],
        variadic: None,
        imp: element,
    },
    Function {
        name: "flatten",
        params: &[param("list", K::Any)],
        variadic: None,
        imp: |a| {
            if !matches!(a[0], Value::List(..) | Value::Set(..) | Value::Tuple(_)) {
                return Err(FuncError::call("can only flatten lists, sets and tuples"));
            }
            let mut out = Vec::new();
            flatten_into(&a[0], &mut out)?;
            Ok(Value::Tuple(out))
        },
    },
    Function {
        name: "index",
        params: &[param("list", K::Any), param("value", K::Any)],
        variadic: None,
        imp: |a| {
            if !matches!(a[0], Value::List(..) | Value::Tuple(_)) {
                return Err(FuncError::call("argument must be a list or tuple"));
            }
            let es = elems(&a[0]);
            if es.is_empty() {
                return Err(FuncError::call("cannot search an empty list"));
            }
            es.iter()
                .position(|v| v.equals(&a[1]))
                .map(count)
                .ok_or_else(|| FuncError::call("item not found"))
        },
    },
    Function {
        name: "keys",
        params: &[param("inputMap", K::Any)],
        variadic: None,
        imp: maps::keys,
    },
    Function {
        name: "length",
        params: &[param("value", K::Any)],
        variadic: None,
        imp: |a| match &a[0] {
            Value::String(s) => Ok(count(grapheme_len(s))),
            v => v.len().map(count).ok_or_else(|| {
                FuncError::call(
                    "argument must be a string, a collection type, or a structural type",
                )
            }),
        },
    },
    Function {
        name: "lookup",
        params: &[param("inputMap", K::Any), param("key", K::String)],
        variadic: Some(nullable("default", K::Any)),
        imp: maps::lookup,
    },
    Function {
        name: "matchkeys",
        params: &[
            param("values", K::ListOfAny),
            param("keys", K::ListOfAny),
            param("searchset", K::ListOfAny),
        ],
        variadic: None,
        imp: matchkeys,
    },
    Function {
        name: "merge",
        params: &[],
        variadic: Some(nullable("maps", K::Any)),
        imp: maps::merge,
    },
    Function {
        name: "one",
        params: &[param("list", K::Any)],
        variadic: None,
        imp: one,
    },
    Function {
        name: "range",
        params: &[],
        variadic: Some(param("params", K::Number)),
        imp: range,
    },
    Function {
        name: "reverse",
        params: &[param("list", K::Any)],
        variadic: None,
        imp: |a| match &a[0] {
            Value::Tuple(vs) => Ok(Value::Tuple(vs.iter().rev().cloned().collect())),
            Value::List(t, vs) | Value::Set(t, vs) => {
                Ok(Value::List(t.clone(), vs.iter().rev().cloned().collect()))
            }
            v => Err(FuncError::arg(
                0,
                format!(
                    "can only reverse list or tuple values, not {}",
                    v.ty().friendly_name()
                ),
            )),
        },
    },
    Function {
        name: "setintersection",
        params: &[param("first_set", K::SetOfAny)],
        variadic: Some(param("other_sets", K::SetOfAny)),
        imp: sets::intersection,
    },
    Function {
        name: "setproduct",
        params: &[],
        variadic: Some(param("sets", K::Any)),
        imp: sets::product,
    },
    Function {
        name: "setsubtract",
        params: &[param("a", K::SetOfAny), param("b", K::SetOfAny)],
        variadic: None,
        imp: sets::subtract,
    },
    Function {
        name: "setunion",
        params: &[param("first_set", K::SetOfAny)],
        variadic: Some(param("other_sets", K::SetOfAny)),
        imp: sets::union,
    },
    Function {
        name: "slice",
        params: &[
            param("list", K::Any),
            param("start_index", K::Number),
            param("end_index", K::Number),
        ],
        variadic: None,
        imp: slice,
    },
    Function {
        name: "sort",
        params: &[param("list", K::ListOfString)],
        variadic: None,
        imp: |a| {
            let mut out = Vec::new();
            for (i, v) in elems(&a[0]).iter().enumerate() {
                match v {
                    Value::String(s) => out.push(s.clone()),
                    _ => {
                        return Err(FuncError::call(format!(
                            "given list element {i} is null; a null string cannot be sorted"
                        )))
                    }
                }
            }
            crate::small::sort(&mut out);
            Ok(Value::List(
                Type::String,
                out.into_iter().map(Value::String).collect(),
            ))
        },
    },
    Function {
        name: "sum",
        params: &[param("list", K::Any)],
        variadic: None,
        imp: sum,
    },
    Function {
        name: "transpose",
        params: &[param("values", K::MapOfListOfString)],
        variadic: None,
        imp: maps::transpose,
    },
    Function {
        name: "values",
        params: &[param("values", K::Any)],
        variadic: None,
        imp: maps::values,
    },
    Function {
        name: "zipmap",
        params: &[param("keys", K::ListOfString), param("values", K::Any)],
        variadic: None,
        imp: maps::zipmap,
    },
];

/// The elements of a list, set or tuple argument (empty for anything else).
fn elems(v: &Value) -> &[Value] {
    v.elements().unwrap_or_default()
}

/// The element type of a list or set argument.
fn elem_type(v: &Value) -> Type {
    match v {
        Value::List(t, _) | Value::Set(t, _) | Value::Map(t, _) => t.clone(),
        _ => Type::Dynamic,
    }
}

/// The values without repeats, first occurrences kept in order. Sorting keeps
/// this O(n log n): the elements of a list share one type, where `set_order`
/// agrees with Terraform's equality.
fn distinct(vs: &[Value]) -> Vec<Value> {
    let mut order: Vec<usize> = (0..vs.len()).collect();
    crate::small::sort_by(&mut order, |&i, &j| {
        Value::set_order(&vs[i], &vs[j]).then(i.cmp(&j))
    });
    let mut keep = vec![false; vs.len()];
    let mut last: Option<usize> = None;
    for i in order {
        if !last.is_some_and(|l| vs[l].equals(&vs[i])) {
            keep[i] = true;
            last = Some(i);
        }
    }
    vs.iter()
        .zip(keep)
        .filter(|(_, k)| *k)
        .map(|(v, _)| v.clone())
        .collect()
}

/// Whether a list sorted by `set_order` holds a value equal to `v`.
fn sorted_contains(sorted: &[Value], v: &Value) -> bool {
    sorted
        .binary_search_by(|e| Value::set_order(e, v))
        .is_ok_and(|i| sorted[i].equals(v))
}

fn chunklist(a: &[Value]) -> Result<Value, FuncError> {
    let size = whole_int(&num(&a[1])).map_err(|m| FuncError::call(format!("invalid size: {m}")))?;
    if size < 0 {
        return Err(FuncError::call("the size argument must be positive"));
    }
    let ety = elem_type(&a[0]);
    let list_ty = Type::list(ety.clone());
    let es = elems(&a[0]);
    if es.is_empty() {
        return Ok(Value::List(list_ty, Vec::new()));
    }
    if size == 0 {
        return Ok(Value::List(list_ty, vec![a[0].clone()]));
    }
    let size = usize::try_from(size).unwrap_or(usize::MAX);
    let chunks = es
        .chunks(size)
        .map(|c| Value::List(ety.clone(), c.to_vec()))
        .collect();
    Ok(Value::List(list_ty, chunks))
}

fn coalesce(a: &[Value]) -> Result<Value, FuncError> {
    let types: Vec<Type> = a.iter().map(Value::ty).collect();
    let ret =
        unify(&types).ok_or_else(|| FuncError::call("all arguments must have the same type"))?;
    for v in a {
        let v = convert(v, &ret).map_err(|e| FuncError::call(e.message))?;
        if v.is_null() || (ret == Type::String && v.as_str() == Some("")) {
            continue;
        }
        return Ok(v);
    }
    Err(FuncError::call("no non-null, non-empty-string arguments"))
}

fn coalescelist(a: &[Value]) -> Result<Value, FuncError> {
    if a.is_empty() {
        return Err(FuncError::call("at least one argument is required"));
    }
    if a.iter()
        .any(|v| !matches!(v.ty(), Type::List(_) | Type::Tuple(_)))
    {
        return Err(FuncError::call(
            "coalescelist arguments must be lists or tuples",
        ));
    }
    a.iter()
        .find(|v| v.len().unwrap_or(0) > 0)
        .cloned()
        .ok_or_else(|| FuncError::call("no non-null arguments"))
}

fn concat(a: &[Value]) -> Result<Value, FuncError> {
    if a.is_empty() {
        return Err(FuncError::call("at least one argument is required"));
    }
    if a.iter().all(|v| matches!(v, Value::List(..))) {
        let types: Vec<Type> = a.iter().map(Value::ty).collect();
        if let Some(Type::List(ety)) = unify(&types) {
            let total: usize = a.iter().map(|v| elems(v).len()).sum();
            if total > MAX_ELEMENTS {
                return Err(too_many_elements(total));
            }
            let mut out = Vec::with_capacity(total);
            let want = Type::list((*ety).clone());
            for (i, v) in a.iter().enumerate() {
                let c = convert(v, &want).map_err(|e| FuncError::arg(i, e.message))?;
                out.extend(elems(&c).iter().cloned());
            }
            return Ok(Value::List(*ety, out));
        }
    }
    let mut out = Vec::new();
    for (i, v) in a.iter().enumerate() {
        match v {
            Value::List(..) | Value::Tuple(_) => {
                if out.len() + elems(v).len() > MAX_ELEMENTS {
                    return Err(too_many_elements(out.len() + elems(v).len()));
                }
                out.extend(elems(v).iter().cloned());
            }
            v => {
                return Err(FuncError::arg(
                    i,
                    format!(
                        "all arguments must be lists or tuples; got {}",
                        v.ty().friendly_name()
                    ),
                ))
            }
        }
    }
    Ok(Value::Tuple(out))
}

fn element(a: &[Value]) -> Result<Value, FuncError> {
    let vs = match &a[0] {
        Value::Tuple(vs) | Value::List(_, vs) => vs,
        v => {
            return Err(FuncError::call(format!(
                "cannot read elements from {}",
                v.ty().friendly_name()
            )))
        }
    };
    let index =
        whole_int(&num(&a[1])).map_err(|m| FuncError::call(format!("invalid index: {m}")))?;
    if vs.is_empty() {
        return Err(FuncError::call(
            "cannot use element function with an empty list",
        ));
    }
    let len = vs.len() as i64;
    if matches!(a[0], Value::Tuple(_)) {
        // cty takes Go's remainder, which keeps the sign, and indexes the
        // tuple's element types with it.
        let r = index % len;
        if r < 0 {
            return Err(FuncError::call(format!(
                "panic in function implementation: runtime error: index out of range [{r}]"
            )));
        }
        return Ok(vs[r as usize].clone());
    }
    Ok(vs[index.rem_euclid(len) as usize].clone())
}

/// Appends the leaves of a (possibly nested) sequence; null sequences are leaves.
fn flatten_into(v: &Value, out: &mut Vec<Value>) -> Result<(), FuncError> {
    for e in elems(v) {
        if matches!(e, Value::List(..) | Value::Set(..) | Value::Tuple(_)) {
            flatten_into(e, out)?;
        } else {
            if out.len() >= MAX_ELEMENTS {
                return Err(too_many_elements(out.len() + 1));
            }
            out.push(e.clone());
        }
    }
    Ok(())
}

fn matchkeys(a: &[Value]) -> Result<Value, FuncError> {
    let ty = unify(&[a[1].ty(), a[2].ty()])
        .ok_or_else(|| FuncError::call("keys and searchset must be of the same type"))?;
    let (values, keys) = (elems(&a[0]), elems(&a[1]));
    let ety = elem_type(&a[0]);
    if values.len() != keys.len() {
        return Err(FuncError::call("length of keys and values should be equal"));
    }
    let keys = convert(&a[1], &ty).map_err(|e| FuncError::call(e.message))?;
    let search = convert(&a[2], &ty).map_err(|e| FuncError::call(e.message))?;
    let mut search = elems(&search).to_vec();
    crate::small::sort_by(&mut search, Value::set_order);
    let out = elems(&keys)
        .iter()
        .zip(values)
        .filter(|(k, _)| sorted_contains(&search, k))
        .map(|(_, v)| v.clone())
        .collect();
    Ok(Value::List(ety, out))
}

fn one(a: &[Value]) -> Result<Value, FuncError> {
    let wrong = || {
        FuncError::arg(
            0,
            "must be a list, set, or tuple value with either zero or one elements",
        )
    };
    match &a[0] {
        Value::List(t, vs) | Value::Set(t, vs) => match vs.as_slice() {
            [] => Ok(Value::Null(t.clone())),
            [v] => Ok(v.clone()),
            _ => Err(wrong()),
        },
        Value::Tuple(vs) => match vs.as_slice() {
            [] => Ok(Value::null()),
            [v] => Ok(v.clone()),
            _ => Err(wrong()),
        },
        _ => Err(wrong()),
    }
}

/// cty stops `range` at 1024 values.
const MAX_RANGE: usize = 1024;

fn range(a: &[Value]) -> Result<Value, FuncError> {
    let zero = Number::zero();
    let one = Number::from_i64(1);
    let (start, end, step) = match a {
        [e] => {
            let e = num(e);
            let step = if e.cmp_numeric(&zero).is_lt() {
                one.neg()
            } else {
                one
            };
            (zero, e, step)
        }
        [s, e] => {
            let (s, e) = (num(s), num(e));
            let step = if e.cmp_numeric(&s).is_lt() {
                one.neg()
            } else {
                one
            };
            (s, e, step)
        }
        [s, e, st] => (num(s), num(e), num(st)),
        _ => return Err(FuncError::call("must have one, two, or three arguments")),
    };
    let down = step.cmp_numeric(&Number::zero()).is_lt();
    if down && end.cmp_numeric(&start).is_gt() {
        return Err(FuncError::arg(
            1,
            "end must be less than start when step is negative",
        ));
    }
    if !down && end.cmp_numeric(&start).is_lt() {
        return Err(FuncError::arg(
            1,
            "end must be greater than start when step is positive",
        ));
    }
    let mut out = Vec::new();
    let mut n = start;
    while if down {
        n.cmp_numeric(&end).is_gt()
    } else {
        n.cmp_numeric(&end).is_lt()
    } {
        if out.len() >= MAX_RANGE {
            return Err(FuncError::call(
                "more than 1024 values were generated; either decrease the difference between start and end or use a smaller step",
            ));
        }
        let next = n.add(&step).map_err(|e| FuncError::call(e.0))?;
        out.push(Value::Number(n));
        n = next;
    }
    Ok(Value::List(Type::Number, out))
}

fn slice(a: &[Value]) -> Result<Value, FuncError> {
    let es = match &a[0] {
        Value::Set(..) => {
            return Err(FuncError::arg(
                0,
                "cannot slice a set, because its elements do not have indices; explicitly convert to a list if the ordering of the result is not important",
            ))
        }
        Value::List(_, vs) | Value::Tuple(vs) => vs,
        _ => return Err(FuncError::arg(0, "must be a list or tuple value")),
    };
    let len = es.len() as i64;
    let start = whole_int(&num(&a[1]))
        .map_err(|m| FuncError::arg(1, format!("invalid start index: {m}")))?;
    if start < 0 {
        return Err(FuncError::arg(1, "start index must not be less than zero"));
    }
    if start > len {
        return Err(FuncError::arg(
            1,
            "start index must not be greater than the length of the list",
        ));
    }
    let end =
        whole_int(&num(&a[2])).map_err(|m| FuncError::arg(2, format!("invalid end index: {m}")))?;
    if end < 0 {
        return Err(FuncError::arg(2, "end index must not be less than zero"));
    }
    if end > len {
        return Err(FuncError::arg(
            2,
            "end index must not be greater than the length of the list",
        ));
    }
    if start > end {
        return Err(FuncError::arg(
            1,
            "start index must not be greater than end index",
        ));
    }
    let part = es[start as usize..end as usize].to_vec();
    Ok(match &a[0] {
        Value::List(t, _) => Value::List(t.clone(), part),
        _ => Value::Tuple(part),
    })
}

fn sum(a: &[Value]) -> Result<Value, FuncError> {
    let v = &a[0];
    if v.len().is_none() {
        return Err(FuncError::arg(0, "cannot sum noniterable"));
    }
    if v.len() == Some(0) {
        return Err(FuncError::arg(0, "cannot sum an empty list"));
    }
    if !matches!(v, Value::List(..) | Value::Set(..) | Value::Tuple(_)) {
        return Err(FuncError::arg(
            0,
            format!(
                "argument must be list, set, or tuple. Received {}",
                v.ty().friendly_name()
            ),
        ));
    }
    let mut total: Option<Number> = None;
    for e in elems(v) {
        // Borrowed when already a number: only the running total is built.
        let n = match e {
            Value::Null(_) => None,
            e => match convert_cow(e, &Type::Number) {
                Ok(Cow::Borrowed(Value::Number(n))) => Some(Cow::Borrowed(n)),
                Ok(Cow::Owned(Value::Number(n))) => Some(Cow::Owned(n)),
                _ => None,
            },
        }
        .ok_or_else(|| {
            FuncError::arg(0, "argument must be list, set, or tuple of number values")
        })?;
        total = Some(match total {
            None => n.into_owned(),
            Some(t) => {
                if t.is_infinite() && n.is_infinite() && t.signum() != n.signum() {
                    return Err(FuncError::call("can't compute sum of opposing infinities"));
                }
                t.add(&n).map_err(|e| FuncError::call(e.0))?
            }
        });
    }
    Ok(Value::Number(total.unwrap_or_else(Number::zero)))
}

#[cfg(test)]
mod tests;
