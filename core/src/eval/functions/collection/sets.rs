//! The set functions: setintersection, setproduct, setsubtract, setunion.
//!
//! Arguments arrive as sets (the parameters are `set(any)`); the result's element
//! type is the unification of the arguments' element types, ignoring empty sets
//! of unknown element type, as cty does.

use super::{elems, sorted_contains};
use crate::eval::functions::support::{too_many_elements, MAX_ELEMENTS};
use crate::eval::functions::FuncError;
use crate::value::{convert, unify, Type, Value};

/// Converts every argument to the common set type.
fn common_sets(a: &[Value]) -> Result<(Type, Vec<Vec<Value>>), FuncError> {
    let etys: Vec<Type> = a
        .iter()
        .filter_map(|v| match v {
            Value::Set(t, vs) if !(vs.is_empty() && *t == Type::Dynamic) => Some(t.clone()),
            _ => None,
        })
        .collect();
    let ety = if etys.is_empty() {
        Type::Dynamic
    } else {
        unify(&etys)
            .ok_or_else(|| FuncError::call("given sets must all have compatible element types"))?
    };
    let want = Type::set(ety.clone());
    let mut sets = Vec::with_capacity(a.len());
    for (i, v) in a.iter().enumerate() {
        let c = convert(v, &want).map_err(|e| FuncError::arg(i, e.message))?;
        sets.push(elems(&c).to_vec());
    }
    Ok((ety, sets))
}

pub(super) fn union(a: &[Value]) -> Result<Value, FuncError> {
    let (ety, sets) = common_sets(a)?;
    let total: usize = sets.iter().map(Vec::len).sum();
    if total > MAX_ELEMENTS {
        return Err(too_many_elements(total));
    }
    Ok(Value::set(ety, sets.into_iter().flatten().collect()))
}

pub(super) fn intersection(a: &[Value]) -> Result<Value, FuncError> {
    let (ety, mut sets) = common_sets(a)?;
    // Set elements come sorted by `set_order` (see `Value::set`).
    let mut acc = sets.remove(0);
    for s in &sets {
        acc.retain(|v| sorted_contains(s, v));
    }
    Ok(Value::set(ety, acc))
}

pub(super) fn subtract(a: &[Value]) -> Result<Value, FuncError> {
    let (ety, sets) = common_sets(a)?;
    let mut acc = sets[0].clone();
    acc.retain(|v| !sorted_contains(&sets[1], v));
    Ok(Value::set(ety, acc))
}

pub(super) fn product(a: &[Value]) -> Result<Value, FuncError> {
    if a.len() < 2 {
        return Err(FuncError::call("at least two arguments are required"));
    }
    let mut lists = 0;
    let mut etys = Vec::with_capacity(a.len());
    for (i, v) in a.iter().enumerate() {
        match v {
            Value::Set(t, _) => etys.push(t.clone()),
            Value::List(t, _) => {
                etys.push(t.clone());
                lists += 1;
            }
            Value::Tuple(vs) if vs.is_empty() => {
                etys.push(Type::Dynamic);
                lists += 1;
            }
            Value::Tuple(vs) => {
                let tys: Vec<Type> = vs.iter().map(Value::ty).collect();
                let t = unify(&tys)
                    .ok_or_else(|| FuncError::arg(i, "all elements must be of the same type"))?;
                etys.push(t);
                lists += 1;
            }
            _ => return Err(FuncError::arg(i, "a set or a list is required")),
        }
    }
    let tuple_ty = Type::Tuple(etys.clone());
    let mut total: usize = 1;
    for v in a {
        total = total.saturating_mul(elems(v).len());
    }
    if total.saturating_mul(a.len()) > MAX_ELEMENTS {
        return Err(too_many_elements(total));
    }
    let mut columns = Vec::with_capacity(a.len());
    for (v, t) in a.iter().zip(&etys) {
        let col = elems(v)
            .iter()
            .map(|e| convert(e, t).map_err(|err| FuncError::call(err.message)))
            .collect::<Result<Vec<_>, _>>()?;
        columns.push(col);
    }
    let mut rows = Vec::with_capacity(total);
    let mut idx = vec![0usize; a.len()];
    for _ in 0..total {
        rows.push(Value::Tuple(
            idx.iter()
                .zip(&columns)
                .map(|(&i, c)| c[i].clone())
                .collect(),
        ));
        for j in (0..idx.len()).rev() {
            idx[j] += 1;
            if idx[j] < columns[j].len() {
                break;
            }
            idx[j] = 0;
        }
    }
    if lists == a.len() {
        Ok(Value::List(tuple_ty, rows))
    } else {
        Ok(Value::set(tuple_ty, rows))
    }
}
