//! Small helpers the function groups share: reading converted arguments, Go's
//! integer conversions with their messages, size limits and Go-style quoting.

use super::FuncError;
use crate::biguint::BigUint;
use crate::value::{Number, Value};

/// The most elements (or map entries) a function builds. Terraform has no limit
/// and would try to allocate; we fail with a clear error instead.
pub(super) const MAX_ELEMENTS: usize = 1 << 20;

/// The longest string, in bytes, a function builds (same reason as [`MAX_ELEMENTS`]).
pub(super) const MAX_STRING_BYTES: usize = 16 << 20;

/// The error for a result that would pass [`MAX_ELEMENTS`].
pub(super) fn too_many_elements(count: impl std::fmt::Display) -> FuncError {
    FuncError::call(format!(
        "the result would have {count} elements, more than the {MAX_ELEMENTS} this evaluator allows"
    ))
}

/// The error for a string result that would pass [`MAX_STRING_BYTES`].
pub(super) fn too_long() -> FuncError {
    FuncError::call(format!(
        "the result would be longer than the {MAX_STRING_BYTES} bytes this evaluator allows"
    ))
}

/// The argument as a string; [`super::call`] has already converted it.
pub(super) fn text(v: &Value) -> &str {
    v.as_str().unwrap_or_default()
}

/// The argument as a number; [`super::call`] has already converted it.
pub(super) fn num(v: &Value) -> Number {
    v.as_number().cloned().unwrap_or_else(Number::zero)
}

/// The message gocty gives when a number does not fit a Go `int`.
pub(super) const NOT_AN_INT: &str =
    "value must be a whole number, between -9223372036854775808 and 9223372036854775807";

/// A number as a Go `int`, with gocty's message when it is fractional or too big.
pub(super) fn whole_int(n: &Number) -> Result<i64, String> {
    n.to_i64().ok_or_else(|| NOT_AN_INT.to_string())
}

/// Largest binary exponent of an integer we turn into a big integer (a 512-bit
/// float can be astronomically large).
const MAX_BIGINT_BITS: i64 = 1 << 16;

/// A number as a Go `*big.Int` (whether negative, magnitude; zero is never
/// negative), with gocty's message when it is fractional. `None` inside the `Ok`
/// means a whole number too large to handle exactly (more than
/// [`MAX_BIGINT_BITS`] bits).
pub(super) fn whole_bigint(n: &Number) -> Result<Option<(bool, BigUint)>, String> {
    if !n.is_integer() {
        return Err("value must be a whole number".to_string());
    }
    let Some((neg, mant, exp)) = n.to_parts() else {
        return Err("value must be a whole number".to_string());
    };
    if exp > MAX_BIGINT_BITS {
        return Ok(None);
    }
    let mag = mant << usize::try_from(exp.max(0)).unwrap_or(0);
    Ok(Some((neg && !mag.is_zero(), mag)))
}

/// A big integer (whether negative, magnitude) as Go prints it.
pub(super) fn bigint_text(neg: bool, mag: &BigUint) -> String {
    let sign = if neg && !mag.is_zero() { "-" } else { "" };
    format!("{sign}{mag}")
}

/// A big integer as a number: exact with 64-bit precision when it fits (as
/// `cty.NumberIntVal`), otherwise rounded to 512 bits.
pub(super) fn bigint_number(neg: bool, mag: &BigUint) -> Option<Number> {
    match mag.to_u64() {
        Some(v) if !neg && v <= i64::MAX as u64 => Some(Number::from_i64(v as i64)),
        Some(v) if neg && v <= 1 << 63 => Some(Number::from_i64((v as i64).wrapping_neg())),
        _ => Number::parse(&bigint_text(neg, mag)),
    }
}

/// A count as a number.
pub(super) fn count(n: usize) -> Value {
    Value::Number(Number::from_u64(n as u64))
}

/// The number of user-perceived characters (grapheme clusters), as Terraform counts.
pub(super) fn grapheme_len(s: &str) -> usize {
    crate::graphemes::graphemes(s).count()
}

/// Go's `strconv.Quote`: a double-quoted string with Go escapes for control and
/// other non-printing characters.
pub(super) fn go_quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{7}' => out.push_str("\\a"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{b}' => out.push_str("\\v"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c if !go_printable(c) => {
                if (c as u32) < 0x10000 {
                    out.push_str(&format!("\\u{:04x}", c as u32));
                } else {
                    out.push_str(&format!("\\U{:08x}", c as u32));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Go's `unicode.IsPrint` for characters beyond ASCII controls: everything but
/// spaces other than U+0020, format characters, controls and private use.
/// (Unassigned code points count as printable here; Go escapes them.)
fn go_printable(c: char) -> bool {
    let u = c as u32;
    !(matches!(u, 0x80..=0xa0 | 0xad | 0x600..=0x605 | 0x61c | 0x6dd | 0x70f | 0x890 | 0x891
        | 0x8e2 | 0x1680 | 0x180e | 0x2000..=0x200f | 0x2028..=0x202f | 0x205f..=0x2064
        | 0x2066..=0x206f | 0x3000 | 0xd800..=0xf8ff | 0xfeff | 0xfff9..=0xfffb
        | 0x110bd | 0x110cd | 0x13430..=0x1343f | 0x1bca0..=0x1bca3 | 0x1d173..=0x1d17a
        | 0xe0001 | 0xe0020..=0xe007f | 0xf0000..=0x10ffff)
        || (u & 0xfffe) == 0xfffe)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_like_go() {
        assert_eq!(
            go_quote("a\"b\\\n\u{1}\u{7f}é\u{a0}"),
            "\"a\\\"b\\\\\\n\\x01\\x7fé\\u00a0\""
        );
        assert_eq!(go_quote("\u{f0000}"), "\"\\U000f0000\"");
    }

    #[test]
    fn converts_numbers_like_gocty() {
        assert_eq!(whole_int(&Number::from_i64(-3)), Ok(-3));
        assert!(whole_int(&Number::parse("1.5").unwrap()).is_err());
        let (neg, mag) = whole_bigint(&Number::parse("-1e20").unwrap())
            .unwrap()
            .unwrap();
        assert_eq!(bigint_text(neg, &mag), "-100000000000000000000");
        let zero = whole_bigint(&Number::from_i64(0).neg()).unwrap().unwrap();
        assert_eq!(zero, (false, BigUint::zero()));
        assert!(whole_bigint(&Number::parse("0.5").unwrap()).is_err());
    }
}

#[cfg(test)]
mod robustness {
    use super::super::{all, call};
    use crate::value::{Number, Type, Value};

    fn samples() -> Vec<Value> {
        let num = |s: &str| Value::Number(Number::parse(s).unwrap());
        let inf = Value::Number(Number::from_f64(f64::INFINITY).unwrap());
        let list = Value::List(Type::String, vec!["a".into(), "b".into()]);
        let obj = Value::Object(
            [
                ("a".to_string(), Value::number(1)),
                ("b".to_string(), list.clone()),
            ]
            .into_iter()
            .collect(),
        );
        vec![
            Value::null(),
            Value::Null(Type::String),
            Value::Bool(true),
            Value::number(0),
            Value::number(-1),
            Value::number(3),
            num("0.5"),
            num("1e400"),
            num("-1e400"),
            num("18446744073709551617"),
            inf,
            "".into(),
            "a".into(),
            "10.0.0.0/8".into(),
            "fd00::/120".into(),
            "%[99999999999]d %.1000001f %v".into(),
            "(?i)[\\x{0}-\\x{10FFFF}]{1000}".into(),
            "/(a*)*$/".into(),
            "[1,{\"a\":[".into(),
            "é👍🏽\u{0}\\".into(),
            list.clone(),
            Value::Tuple(vec![Value::number(1), "x".into(), Value::null()]),
            Value::Tuple(vec![list.clone(), Value::Tuple(vec![])]),
            Value::set(Type::Number, vec![Value::number(2), Value::number(1)]),
            Value::Map(
                Type::list(Type::String),
                [("k".to_string(), list)].into_iter().collect(),
            ),
            obj,
        ]
    }

    /// Every function with every combination of up to two sample arguments (and
    /// a sample of three) returns instead of panicking.
    #[test]
    fn no_function_panics() {
        let s = samples();
        for f in all() {
            let _ = call(f, &[]);
            for a in &s {
                let _ = call(f, std::slice::from_ref(a));
                for b in &s {
                    let _ = call(f, &[a.clone(), b.clone()]);
                }
            }
            for (i, a) in s.iter().enumerate() {
                for b in s.iter().skip(i % 3).step_by(3) {
                    for c in s.iter().skip(i % 5).step_by(5) {
                        let _ = call(f, &[a.clone(), b.clone(), c.clone()]);
                    }
                }
            }
        }
    }
}
