//! Numeric functions: abs, ceil, floor, log, max, min, parseint, pow, signum.
//!
//! `log` and `pow` work on 64-bit floats as Terraform does ([`Number::pow`] and
//! [`Number::log`] reproduce Go's `math.Pow` and `math.Log`).
//!
//! `parseint` results that fit 64 bits are exact with 64-bit precision, as in
//! Terraform; larger ones are rounded to 512 bits, where Terraform keeps every
//! bit (it only matters beyond 154 decimal digits, or for the precision of
//! later arithmetic on such a result).

use super::support::{bigint_number, num, whole_int};
use super::{param, FuncError, Function, ParamKind as K};
use crate::biguint::BigUint;
use crate::value::{Number, Value};

pub(super) const FUNCTIONS: &[Function] = &[
    Function {
        name: "abs",
        params: &[param("num", K::Number)],
        variadic: None,
        imp: |a| Ok(Value::Number(num(&a[0]).abs())),
    },
    Function {
        name: "ceil",
        params: &[param("num", K::Number)],
        variadic: None,
        imp: |a| Ok(Value::Number(num(&a[0]).ceil())),
    },
    Function {
        name: "floor",
        params: &[param("num", K::Number)],
        variadic: None,
        imp: |a| Ok(Value::Number(num(&a[0]).floor())),
    },
    Function {
        name: "log",
        params: &[param("num", K::Number), param("base", K::Number)],
        variadic: None,
        imp: |a| {
            num(&a[0])
                .log(&num(&a[1]))
                .map(Value::Number)
                .map_err(|e| FuncError::call(e.0))
        },
    },
    Function {
        name: "max",
        params: &[],
        variadic: Some(param("numbers", K::Number)),
        imp: |a| extreme(a, std::cmp::Ordering::Greater),
    },
    Function {
        name: "min",
        params: &[],
        variadic: Some(param("numbers", K::Number)),
        imp: |a| extreme(a, std::cmp::Ordering::Less),
    },
    Function {
        name: "parseint",
        params: &[param("number", K::Any), param("base", K::Number)],
        variadic: None,
        imp: parseint,
    },
    Function {
        name: "pow",
        params: &[param("num", K::Number), param("power", K::Number)],
        variadic: None,
        imp: |a| {
            num(&a[0])
                .pow(&num(&a[1]))
                .map(Value::Number)
                .map_err(|e| FuncError::call(e.0))
        },
    },
    Function {
        name: "signum",
        params: &[param("num", K::Number)],
        variadic: None,
        imp: |a| {
            let n = whole_int(&num(&a[0])).map_err(FuncError::call)?;
            Ok(Value::number(n.signum()))
        },
    },
];

fn extreme(args: &[Value], keep: std::cmp::Ordering) -> Result<Value, FuncError> {
    let mut best: Option<Number> = None;
    for a in args {
        let n = num(a);
        best = Some(match best {
            Some(b) if n.cmp_numeric(&b) != keep => b,
            _ => n,
        });
    }
    best.map(Value::Number)
        .ok_or_else(|| FuncError::call("must pass at least one number"))
}

fn parseint(a: &[Value]) -> Result<Value, FuncError> {
    let Value::String(s) = &a[0] else {
        return Err(FuncError::arg(
            0,
            format!(
                "first argument must be a string, not {}",
                a[0].ty().friendly_name()
            ),
        ));
    };
    let base = whole_int(&num(&a[1])).map_err(|m| FuncError::arg(1, m))?;
    if !(2..=62).contains(&base) {
        return Err(FuncError::arg(
            1,
            "base must be a whole number between 2 and 62 inclusive",
        ));
    }
    let fail = || {
        FuncError::arg(
            0,
            format!("cannot parse {} as a base {base} integer", go_quote_str(s)),
        )
    };
    let (neg, mag) = go_parse_big_int(s, base as u32).ok_or_else(fail)?;
    bigint_number(neg, &mag).map(Value::Number).ok_or_else(fail)
}

fn go_quote_str(s: &str) -> String {
    super::support::go_quote(s)
}

/// Go's `big.Int.SetString(s, base)` for bases 2 to 62: an optional sign, then
/// digits (0-9, a-z, A-Z; for bases up to 36 letters are case-insensitive, above
/// that lowercase comes before uppercase), at least one, nothing else. Gives
/// whether it is negative and the magnitude.
fn go_parse_big_int(s: &str, base: u32) -> Option<(bool, BigUint)> {
    let (neg, digits) = match s.as_bytes().first() {
        Some(b'+') => (false, &s[1..]),
        Some(b'-') => (true, &s[1..]),
        _ => (false, s),
    };
    if digits.len() > 100_000 {
        return None;
    }
    Some((neg, BigUint::parse_radix(digits.as_bytes(), base)?))
}

#[cfg(test)]
mod tests {
    use super::super::support::NOT_AN_INT;
    use super::super::{call, lookup};
    use super::*;

    fn run(name: &str, args: &[Value]) -> Result<Value, String> {
        call(lookup(name).unwrap(), args).map_err(|e| format!("{}: {}", e.summary, e.detail))
    }

    fn n(v: f64) -> Value {
        Value::Number(Number::from_f64(v).unwrap())
    }

    #[test]
    fn log_and_pow_follow_go() {
        assert_eq!(run("log", &[n(8.0), n(2.0)]).unwrap(), n(3.0));
        assert_eq!(run("log", &[n(100.0), n(10.0)]).unwrap(), n(2.0));
        assert_eq!(run("pow", &[n(2.0), n(10.0)]).unwrap(), n(1024.0));
        assert_eq!(
            run("pow", &[n(2.0), n(0.5)]).unwrap(),
            n(std::f64::consts::SQRT_2)
        );
        assert_eq!(
            run("log", &[n(-1.0), n(10.0)]).unwrap_err(),
            "Error in function call: Call to function \"log\" failed: panic in function implementation: Float.SetFloat64(NaN)."
        );
        assert!(run("pow", &[n(10.0), n(400.0)])
            .unwrap()
            .as_number()
            .unwrap()
            .is_infinite());
    }

    #[test]
    fn parseint_follows_big_int_set_string() {
        assert_eq!(run("parseint", &["FF".into(), n(16.0)]).unwrap(), n(255.0));
        assert_eq!(
            run("parseint", &["-ff".into(), n(16.0)]).unwrap(),
            n(-255.0)
        );
        assert_eq!(run("parseint", &["zz".into(), n(62.0)]).unwrap(), n(2205.0));
        assert_eq!(run("parseint", &["ZZ".into(), n(62.0)]).unwrap(), n(3843.0));
        assert_eq!(
            run("parseint", &["0x10".into(), n(16.0)]).unwrap_err(),
            "Invalid function argument: Invalid value for \"number\" parameter: cannot parse \"0x10\" as a base 16 integer."
        );
        assert_eq!(
            run("parseint", &["1".into(), n(63.0)]).unwrap_err(),
            "Invalid function argument: Invalid value for \"base\" parameter: base must be a whole number between 2 and 62 inclusive."
        );
        assert_eq!(
            run("parseint", &[n(12.0), n(10.0)]).unwrap_err(),
            "Invalid function argument: Invalid value for \"number\" parameter: first argument must be a string, not number."
        );
        assert!(run("parseint", &["".into(), n(10.0)]).is_err());
        assert!(run("parseint", &["1_0".into(), n(10.0)]).is_err());
    }

    #[test]
    fn signum_needs_a_whole_number() {
        assert_eq!(run("signum", &[n(-3.0)]).unwrap(), n(-1.0));
        assert_eq!(
            run("signum", &[n(0.5)]).unwrap_err(),
            format!("Error in function call: Call to function \"signum\" failed: {NOT_AN_INT}.")
        );
    }

    #[test]
    fn min_max_abs_floor_ceil() {
        assert_eq!(run("max", &[n(1.0), "2".into(), n(3.0)]).unwrap(), n(3.0));
        assert_eq!(run("min", &[n(1.0), n(-2.0)]).unwrap(), n(-2.0));
        assert!(run("max", &[])
            .unwrap_err()
            .contains("must pass at least one number"));
        assert_eq!(run("abs", &[n(-2.5)]).unwrap(), n(2.5));
        assert_eq!(run("floor", &[n(-1.5)]).unwrap(), n(-2.0));
        assert_eq!(run("ceil", &[n(1.2)]).unwrap(), n(2.0));
    }
}
