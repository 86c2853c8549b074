//! Numeric functions: abs, ceil, floor, log, max, min, parseint, pow, signum.

use super::{param, FuncError, Function, ParamKind::*};
use crate::value::{Number, Value};

pub(super) const FUNCTIONS: &[Function] = &[
    Function {
        name: "abs",
        params: &[param("num", Number)],
        variadic: None,
        imp: |a| Ok(Value::Number(num(&a[0]).abs())),
    },
    Function {
        name: "ceil",
        params: &[param("num", Number)],
        variadic: None,
        imp: |a| Ok(Value::Number(num(&a[0]).ceil())),
    },
    Function {
        name: "floor",
        params: &[param("num", Number)],
        variadic: None,
        imp: |a| Ok(Value::Number(num(&a[0]).floor())),
    },
    Function {
        name: "max",
        params: &[],
        variadic: Some(param("numbers", Number)),
        imp: |a| extreme(a, std::cmp::Ordering::Greater),
    },
    Function {
        name: "min",
        params: &[],
        variadic: Some(param("numbers", Number)),
        imp: |a| extreme(a, std::cmp::Ordering::Less),
    },
    Function {
        name: "signum",
        params: &[param("num", Number)],
        variadic: None,
        imp: |a| Ok(Value::number(i64::from(num(&a[0]).signum()))),
    },
];

/// The argument as a number; [`super::call`] has already converted it.
fn num(v: &Value) -> Number {
    v.as_number().cloned().unwrap_or_else(Number::zero)
}

fn extreme(args: &[Value], keep: std::cmp::Ordering) -> Result<Value, FuncError> {
    let mut best: Option<Number> = None;
    for a in args {
        let n = num(a);
        best = Some(match best {
            Some(b) if n.cmp(&b) != keep => b,
            _ => n,
        });
    }
    best.map(Value::Number)
        .ok_or_else(|| FuncError::call("must pass at least one number"))
}
