//! Type conversion functions: tobool, tolist, tomap, tonumber, toset, tostring,
//! and sensitive, nonsensitive, issensitive.
//!
//! Values here carry no sensitivity marks (tfvars values and validation rules
//! are checked before Terraform would mark anything), so `sensitive` and
//! `nonsensitive` return their argument unchanged and `issensitive` is false.

use super::{nullable, FuncError, Function, ParamKind as K};
use crate::value::{convert, Type, Value};

pub(super) const FUNCTIONS: &[Function] = &[
    Function {
        name: "issensitive",
        params: &[nullable("value", K::Any)],
        variadic: None,
        imp: |_| Ok(Value::Bool(false)),
    },
    Function {
        name: "nonsensitive",
        params: &[nullable("value", K::Any)],
        variadic: None,
        imp: |a| Ok(a[0].clone()),
    },
    Function {
        name: "sensitive",
        params: &[nullable("value", K::Any)],
        variadic: None,
        imp: |a| Ok(a[0].clone()),
    },
    Function {
        name: "tobool",
        params: &[nullable("v", K::Any)],
        variadic: None,
        imp: |a| to(&a[0], &Type::Bool),
    },
    Function {
        name: "tolist",
        params: &[nullable("v", K::Any)],
        variadic: None,
        imp: |a| to(&a[0], &Type::list(Type::Dynamic)),
    },
    Function {
        name: "tomap",
        params: &[nullable("v", K::Any)],
        variadic: None,
        imp: |a| to(&a[0], &Type::map(Type::Dynamic)),
    },
    Function {
        name: "tonumber",
        params: &[nullable("v", K::Any)],
        variadic: None,
        imp: |a| to(&a[0], &Type::Number),
    },
    Function {
        name: "toset",
        params: &[nullable("v", K::Any)],
        variadic: None,
        imp: |a| to(&a[0], &Type::set(Type::Dynamic)),
    },
    Function {
        name: "tostring",
        params: &[nullable("v", K::Any)],
        variadic: None,
        imp: |a| to(&a[0], &Type::String),
    },
];

/// Terraform's explicit conversion, with its messages (which differ from those
/// of implicit conversion).
fn to(v: &Value, want: &Type) -> Result<Value, FuncError> {
    // tonumber of a string, as `convert` does it (rules parse many octets).
    if let (Value::String(s), Type::Number) = (v, want) {
        if let Some(n) = crate::value::Number::parse(s) {
            return Ok(Value::Number(n));
        }
    }
    let got = v.ty();
    if got == *want {
        return Ok(v.clone());
    }
    convert(v, want).map_err(|_| {
        let what = || match v {
            Value::String(s) => super::support::go_quote(s),
            _ => "string".to_string(),
        };
        let message = match (&got, want) {
            (Type::String, Type::Bool) => format!(
                "cannot convert {} to bool; only the strings \"true\" or \"false\" are allowed",
                what()
            ),
            (Type::String, Type::Number) => format!(
                "cannot convert {} to number; given string must be a decimal representation of a number",
                what()
            ),
            _ => format!(
                "cannot convert {} to {}",
                got.friendly_name(),
                want.friendly_name_for_constraint()
            ),
        };
        FuncError::arg(0, message)
    })
}

#[cfg(test)]
mod tests {
    use super::super::{call, lookup};
    use super::*;
    use crate::value::Number;

    fn run(name: &str, args: &[Value]) -> Result<Value, String> {
        call(lookup(name).unwrap(), args).map_err(|e| format!("{}: {}", e.summary, e.detail))
    }

    #[test]
    fn converts_like_terraform() {
        assert_eq!(run("tostring", &[Value::number(12)]).unwrap(), "12".into());
        assert_eq!(
            run("tonumber", &["1.5".into()]).unwrap(),
            Value::Number(Number::parse("1.5").unwrap())
        );
        assert_eq!(run("tobool", &["true".into()]).unwrap(), Value::Bool(true));
        assert_eq!(
            run("tostring", &[Value::null()]).unwrap(),
            Value::Null(Type::String)
        );
        let t = Value::Tuple(vec!["a".into(), Value::number(1)]);
        assert_eq!(
            run("tolist", std::slice::from_ref(&t)).unwrap().ty(),
            Type::list(Type::String)
        );
        assert_eq!(run("toset", &[t]).unwrap().len(), Some(2));
        let o = Value::Object([("a".to_string(), Value::number(1))].into_iter().collect());
        assert_eq!(run("tomap", &[o]).unwrap().ty(), Type::map(Type::Number));
    }

    #[test]
    fn explains_failed_conversions() {
        assert_eq!(
            run("tobool", &["x".into()]).unwrap_err(),
            "Invalid function argument: Invalid value for \"v\" parameter: cannot convert \"x\" to bool; only the strings \"true\" or \"false\" are allowed."
        );
        assert_eq!(
            run("tonumber", &["1,5".into()]).unwrap_err(),
            "Invalid function argument: Invalid value for \"v\" parameter: cannot convert \"1,5\" to number; given string must be a decimal representation of a number."
        );
        assert_eq!(
            run("tonumber", &[Value::Bool(true)]).unwrap_err(),
            "Invalid function argument: Invalid value for \"v\" parameter: cannot convert bool to number."
        );
        assert_eq!(
            run("tolist", &["a".into()]).unwrap_err(),
            "Invalid function argument: Invalid value for \"v\" parameter: cannot convert string to list of any single type."
        );
        let mixed = Value::Tuple(vec![Value::Bool(true), Value::number(1)]);
        assert!(run("tolist", &[mixed])
            .unwrap_err()
            .contains("cannot convert tuple to list of any single type"));
    }

    #[test]
    fn sensitivity_functions_pass_values_through() {
        assert_eq!(
            run("sensitive", &[Value::number(1)]).unwrap(),
            Value::number(1)
        );
        assert_eq!(run("nonsensitive", &["a".into()]).unwrap(), "a".into());
        assert_eq!(
            run("issensitive", &[Value::number(1)]).unwrap(),
            Value::Bool(false)
        );
    }
}
