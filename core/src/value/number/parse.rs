//! String → number, mirroring `big.ParseFloat(s, 10, 512, ToNearestEven)`
//! (what cty.ParseNumberVal, tonumber() and HCL number literals use).
//!
//! Go's scanner is *not* a correctly rounded decimal conversion: it reads
//! the digits into an exact integer M, then multiplies or divides by 5^|e|,
//! where 5^|e| itself was built by square-and-multiply with rounding to
//! 576/640 bits at every step. We replay that exact sequence of roundings so
//! every parse agrees bit-for-bit, and, like Go, an exponent outside int32
//! is an error while a representable-but-huge one overflows to ±Inf.

use super::arith::{go_mul, go_quo, round};
use super::{Form, Number, MAX_EXP, MIN_EXP, PARSE_PREC};
use crate::biguint::BigUint;

pub(super) fn parse_float(s: &str) -> Option<Number> {
    // Not with `compact` (the size-bound WebAssembly).
    if !cfg!(feature = "compact") {
        if let Some((neg, n)) = small_integer(s.as_bytes()) {
            // What the general path below computes for it (exact in 512 bits,
            // no power of five), without its digit buffer and big-integer parse.
            return Some(Number::from_u64_exact(neg, n, PARSE_PREC));
        }
    }
    // Float.Parse handles infinities before scanning.
    match s {
        "Inf" | "inf" | "+Inf" | "+inf" => return Some(Number::inf_with(false, PARSE_PREC)),
        "-Inf" | "-inf" => return Some(Number::inf_with(true, PARSE_PREC)),
        _ => {}
    }
    let b = s.as_bytes();
    let mut i = 0;
    // sign
    let neg = match b.first() {
        None => return None,
        Some(b'-') => {
            i += 1;
            true
        }
        Some(b'+') => {
            i += 1;
            false
        }
        _ => false,
    };
    // mantissa: decimal digits with at most one '.', at least one digit
    let start = i;
    let mut digits = 0usize;
    let mut frac_digits: Option<usize> = None;
    while i < b.len() {
        match b[i] {
            b'0'..=b'9' => {
                digits += 1;
                if let Some(f) = frac_digits.as_mut() {
                    *f += 1;
                }
            }
            b'.' if frac_digits.is_none() => frac_digits = Some(0),
            _ => break,
        }
        i += 1;
    }
    if digits == 0 {
        return None;
    }
    let mant_digits: Vec<u8> = b[start..i]
        .iter()
        .copied()
        .filter(u8::is_ascii_digit)
        .collect();
    // exponent: 'e'/'E' (decimal) or 'p'/'P' (binary), sign, digits as int64
    let mut exp: i64 = 0;
    let mut exp_base10 = true;
    if let Some(&c) = b.get(i) {
        if matches!(c, b'e' | b'E' | b'p' | b'P') {
            exp_base10 = matches!(c, b'e' | b'E');
            i += 1;
            let mut eneg = false;
            if let Some(&sc) = b.get(i) {
                if sc == b'+' || sc == b'-' {
                    eneg = sc == b'-';
                    i += 1;
                }
            }
            let es = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            if i == es {
                return None;
            }
            // strconv.ParseInt(digits, 10, 64): out of range is an error.
            let mut v: i128 = 0;
            for &d in &b[es..i] {
                v = v * 10 + i128::from(d - b'0');
                if v > 1i128 << 64 {
                    return None;
                }
            }
            if eneg {
                v = -v;
            }
            exp = i64::try_from(v).ok()?;
        }
    }
    // the entire string must be consumed
    if i != b.len() {
        return None;
    }
    let m = BigUint::parse_radix(&mant_digits, 10)?;
    if m.bits() == 0 {
        return Some(Number::zero_with(neg, PARSE_PREC));
    }
    let nfrac = frac_digits.unwrap_or(0) as i128;
    let mut exp2 = i128::from(m.bits()) - nfrac;
    let mut exp5 = -nfrac;
    if exp_base10 {
        exp5 += i128::from(exp);
    }
    exp2 += i128::from(exp);
    if exp2 < i128::from(MIN_EXP) || exp2 > i128::from(MAX_EXP) {
        return None; // "exponent overflow"
    }
    let e = exp2 as i64 - m.bits() as i64;
    if exp5 == 0 {
        return Some(round(neg, m, e, false, PARSE_PREC));
    }
    // z holds the exact, unrounded mantissa; Mul/Quo round once to 512 bits.
    let z = Number {
        neg,
        form: Form::Finite,
        mant: m,
        exp: e,
        prec: PARSE_PREC,
    };
    let p = pow5(exp5.unsigned_abs() as u64, PARSE_PREC + 64);
    let r = if exp5 < 0 {
        go_quo(&z, &p, PARSE_PREC)
    } else {
        go_mul(&z, &p, PARSE_PREC)
    };
    r.ok()
}

/// An optional sign and 1 to 19 decimal digits, nothing else (so the value
/// fits in a u64): most numbers rules parse (`tonumber` of an octet or a
/// prefix length). `None` for any other text.
fn small_integer(b: &[u8]) -> Option<(bool, u64)> {
    let (neg, digits) = match b.first()? {
        b'-' => (true, &b[1..]),
        b'+' => (false, &b[1..]),
        _ => (false, b),
    };
    if digits.is_empty() || digits.len() > 19 || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let n = digits
        .iter()
        .fold(0u64, |n, d| n * 10 + u64::from(d - b'0'));
    Some((neg, n))
}

/// Float.pow5: 5^n at precision `prec`, computed exactly as Go does (table
/// up to 5^27, then square-and-multiply with rounding; may overflow to +Inf).
fn pow5(n: u64, prec: u32) -> Number {
    const M: u64 = 27;
    let five = |k: u64| {
        let v = 5u64.pow(k as u32);
        round(false, BigUint::from(v), 0, false, prec)
    };
    if n <= M {
        return five(n);
    }
    let mut z = five(M);
    let mut n = n - M;
    let mut f = round(false, BigUint::from(5u32), 0, false, prec + 64);
    while n > 0 {
        if n & 1 != 0 {
            z = go_mul(&z, &f, prec).unwrap_or_else(|_| Number::inf_with(false, prec));
        }
        f = go_mul(&f, &f, prec + 64).unwrap_or_else(|_| Number::inf_with(false, prec + 64));
        n >>= 1;
    }
    z
}

/// HCL number literal: the scanner's token shape (a digit, then digits, '.',
/// and e/E exponents, not ending in '.'), then the same ParseNumberVal as above.
pub(super) fn parse_literal(s: &str) -> Option<Number> {
    let b = s.as_bytes();
    if !b.first()?.is_ascii_digit() || b.last() == Some(&b'.') {
        return None;
    }
    if !b
        .iter()
        .all(|c| c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'E' | b'+' | b'-'))
    {
        return None;
    }
    parse_float(s)
}
