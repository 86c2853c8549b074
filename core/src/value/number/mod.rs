//! Terraform numbers.
//!
//! Terraform (through go-cty) stores every number as a Go `*big.Float`: a
//! binary floating-point value with a *per-value* mantissa precision, rounding
//! mode ToNearestEven, and an `int32` binary exponent. Numbers parsed from
//! source or strings get 512 bits (`cty.ParseNumberVal`), integers produced by
//! functions such as `length()` get 64 bits and `pow()`/`log()` results get 53.
//! Arithmetic results take the larger operand precision, and that precision is
//! visible: it decides how many digits `tostring` prints and whether `==` holds
//! (cty compares non-integers by their shortest printed form). So this type
//! tracks the precision exactly as big.Float does instead of fixing it at 512.
//!
//! Layout: `parse.rs` (string → number, mirroring big.Float's scanner
//! including its rounded power-of-five table walk), `format.rs` (shortest
//! decimal digits, Text('f', -1)), `arith.rs` (correctly rounded big.Float
//! operations plus cty's operator/function semantics on top of them).

mod arith;
mod format;
mod parse;
#[cfg(test)]
mod tests;

use crate::biguint::BigUint;
use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};

/// big.Float's exponent range (`MinExp`/`MaxExp`): results beyond it become
/// ±0 or ±Inf, exactly as in Go.
const MIN_EXP: i64 = i32::MIN as i64;
const MAX_EXP: i64 = i32::MAX as i64;
/// Precision cty uses for numbers parsed from text.
const PARSE_PREC: u32 = 512;

/// A Terraform number: a binary floating-point value with a 512-bit mantissa
/// (Go big.Float, ToNearestEven), or ±infinity. NaN never exists (operations that
/// would produce it return an error, as Terraform does).
///
/// Equality (`==`, `Hash`) is Terraform's `==` (cty `rawNumberEqual`): integers
/// compare exactly, non-integers compare by their printed text, `-0 == 0`.
/// `Ord` is a total order consistent with that equality (see [`Number::cmp`]);
/// Terraform's `<`/`>` operators are [`Number::cmp_numeric`].
#[derive(Clone, Debug)]
#[cfg_attr(
    feature = "snapshot",
    derive(borsh::BorshSerialize, borsh::BorshDeserialize)
)]
pub struct Number {
    neg: bool,
    form: Form,
    /// Finite only: odd, nonzero. Value = mant * 2^exp.
    mant: BigUint,
    exp: i64,
    /// big.Float precision in bits (mantissa never has more significant bits).
    prec: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(
    feature = "snapshot",
    derive(borsh::BorshSerialize, borsh::BorshDeserialize)
)]
enum Form {
    Zero,
    Finite,
    Inf,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NumberError(pub String);

impl fmt::Display for NumberError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for NumberError {}

impl Number {
    // ---- construction -------------------------------------------------

    fn zero_with(neg: bool, prec: u32) -> Number {
        Number {
            neg,
            form: Form::Zero,
            mant: BigUint::zero(),
            exp: 0,
            prec,
        }
    }

    fn inf_with(neg: bool, prec: u32) -> Number {
        Number {
            neg,
            form: Form::Inf,
            mant: BigUint::zero(),
            exp: 0,
            prec,
        }
    }

    /// Exact finite value ±m·2^e (m may be even or zero); caller guarantees
    /// `m` fits in `prec` bits and the exponent is in range (use
    /// `arith::round` otherwise).
    fn finite_exact(neg: bool, m: BigUint, e: i64, prec: u32) -> Number {
        if m.is_zero() {
            return Number::zero_with(neg, prec);
        }
        let tz = m.trailing_zeros().unwrap_or(0);
        Number {
            neg,
            form: Form::Finite,
            // An odd mantissa (the usual case) is kept as it is, not copied.
            mant: if tz == 0 { m } else { m >> tz },
            exp: e + tz as i64,
            prec,
        }
    }

    /// ±n exactly, at precision `prec` (at least 64): `finite_exact` without
    /// big-integer shifts.
    fn from_u64_exact(neg: bool, n: u64, prec: u32) -> Number {
        if n == 0 {
            return Number::zero_with(neg, prec);
        }
        let tz = n.trailing_zeros();
        Number {
            neg,
            form: Form::Finite,
            mant: BigUint::from(n >> tz),
            exp: i64::from(tz),
            prec,
        }
    }

    /// The literal `0` (512 bits, like every parsed number).
    pub fn zero() -> Number {
        Number::zero_with(false, PARSE_PREC)
    }

    /// `cty.NumberIntVal`: 64-bit precision, exact.
    pub fn from_i64(v: i64) -> Number {
        Number::from_u64_exact(v < 0, v.unsigned_abs(), 64)
    }

    /// `cty.NumberUIntVal`: 64-bit precision, exact.
    pub fn from_u64(v: u64) -> Number {
        Number::from_u64_exact(false, v, 64)
    }

    /// `cty.NumberFloatVal`: 53-bit precision, exact; None for NaN (Go panics).
    pub fn from_f64(v: f64) -> Option<Number> {
        if v.is_nan() {
            return None;
        }
        let neg = v.is_sign_negative();
        if v.is_infinite() {
            return Some(Number::inf_with(neg, 53));
        }
        if v == 0.0 {
            return Some(Number::zero_with(neg, 53));
        }
        let bits = v.to_bits();
        let field = ((bits >> 52) & 0x7ff) as i64;
        let frac = bits & ((1u64 << 52) - 1);
        let (m, e) = if field == 0 {
            (frac, -1074)
        } else {
            (frac | (1u64 << 52), field - 1075)
        };
        Some(Number::finite_exact(neg, BigUint::from(m), e, 53))
    }

    /// cty.ParseNumberVal: what tonumber()/string→number conversion accept (big.ParseFloat base 10, 512 bits).
    pub fn parse(s: &str) -> Option<Number> {
        parse::parse_float(s)
    }

    /// An HCL/JSON number literal (digits, optional fraction, optional exponent; no sign), rounded to 512 bits.
    pub fn parse_literal(s: &str) -> Option<Number> {
        parse::parse_literal(s)
    }

    // ---- inspection ---------------------------------------------------

    /// Go's exponent: value = 0.1xxx (binary) * 2^gexp. Finite only.
    fn gexp(&self) -> i64 {
        self.exp + self.mant.bits() as i64
    }

    pub fn signum(&self) -> i32 {
        match (self.form, self.neg) {
            (Form::Zero, _) => 0,
            (_, true) => -1,
            (_, false) => 1,
        }
    }

    /// Finite and integral (big.Float.IsInt).
    pub fn is_integer(&self) -> bool {
        match self.form {
            Form::Zero => true,
            Form::Finite => self.exp >= 0,
            Form::Inf => false,
        }
    }

    pub fn is_infinite(&self) -> bool {
        self.form == Form::Inf
    }

    /// Some only when integral and in range.
    pub fn to_i64(&self) -> Option<i64> {
        match self.form {
            Form::Zero => Some(0),
            Form::Inf => None,
            Form::Finite => {
                if self.exp < 0 || self.gexp() > 64 {
                    return None;
                }
                // mant·2^exp < 2^64 here, so both fit in 64 bits (no big shift).
                let mag = self.mant.to_u64()? << self.exp;
                if self.neg {
                    if mag <= 1u64 << 63 {
                        Some((mag as i64).wrapping_neg())
                    } else {
                        None
                    }
                } else {
                    i64::try_from(mag).ok()
                }
            }
        }
    }

    /// The exact value of a finite number: sign, mantissa and binary exponent,
    /// value = ±mant·2^exp (mant is 0 for zero). `None` for infinities. Used to
    /// format numbers digit by digit as Go's big.Float does (`format("%.30f")`).
    pub fn to_parts(&self) -> Option<(bool, BigUint, i64)> {
        match self.form {
            Form::Zero => Some((self.neg, BigUint::zero(), 0)),
            Form::Finite => Some((self.neg, self.mant.clone(), self.exp)),
            Form::Inf => None,
        }
    }

    /// Nearest double (big.Float.Float64: ToNearestEven, denormals, ±Inf on overflow).
    pub fn to_f64(&self) -> f64 {
        arith::to_f64(self).0
    }

    /// Terraform's text for the number, as `tostring`, templates, jsonencode and console print it
    /// (big.Float.Text('f', -1) semantics; "+Inf"/"-Inf"; "-0" where Terraform prints it).
    /// Returns None when the text would exceed `max_len` bytes (hostile exponents like 1e999999999).
    pub fn to_text(&self, max_len: usize) -> Option<String> {
        format::to_text(self, max_len)
    }

    // ---- arithmetic (cty semantics, see arith.rs) ----------------------

    pub fn add(&self, o: &Number) -> Result<Number, NumberError> {
        arith::cty_add(self, o)
    }
    pub fn sub(&self, o: &Number) -> Result<Number, NumberError> {
        arith::cty_sub(self, o)
    }
    pub fn mul(&self, o: &Number) -> Result<Number, NumberError> {
        arith::cty_mul(self, o)
    }
    pub fn div(&self, o: &Number) -> Result<Number, NumberError> {
        arith::cty_div(self, o)
    }
    /// HCL `%` (cty Modulo): truncated division remainder, sign of the dividend.
    pub fn rem(&self, o: &Number) -> Result<Number, NumberError> {
        arith::cty_rem(self, o)
    }
    pub fn neg(&self) -> Number {
        let mut r = self.clone();
        r.neg = !r.neg;
        r
    }
    pub fn abs(&self) -> Number {
        let mut r = self.clone();
        r.neg = false;
        r
    }
    pub fn floor(&self) -> Number {
        arith::floor_ceil(self, false)
    }
    pub fn ceil(&self) -> Number {
        arith::floor_ceil(self, true)
    }
    /// Terraform's pow(): computed in float64 with Go's math.Pow algorithm.
    pub fn pow(&self, e: &Number) -> Result<Number, NumberError> {
        arith::cty_pow(self, e)
    }
    /// Terraform's log(): float64 `ln(num) / ln(base)`.
    pub fn log(&self, base: &Number) -> Result<Number, NumberError> {
        arith::cty_log(self, base)
    }

    // ---- comparison ---------------------------------------------------

    /// Terraform's `<`/`>` (big.Float.Cmp): exact numeric order, -0 == 0.
    /// Differs from `Ord` only for values that print identically but differ
    /// in binary (possible only across precisions, e.g. `pow(10,-1)` vs `0.1`).
    pub fn cmp_numeric(&self, o: &Number) -> Ordering {
        let (sa, sb) = (self.signum(), o.signum());
        if sa != sb {
            return sa.cmp(&sb);
        }
        let mag = match (self.form, o.form) {
            (Form::Zero, _) => Ordering::Equal,
            (Form::Inf, Form::Inf) => Ordering::Equal,
            (Form::Inf, _) => Ordering::Greater,
            (_, Form::Inf) => Ordering::Less,
            _ => format::cmp_scaled(&self.mant, self.exp, 0, &o.mant, o.exp, 0),
        };
        if sa < 0 {
            mag.reverse()
        } else {
            mag
        }
    }
}

impl PartialEq for Number {
    fn eq(&self, other: &Number) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Number {}

impl PartialOrd for Number {
    fn partial_cmp(&self, other: &Number) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Number {
    /// Total order whose `Equal` is exactly Terraform's `==`: values are
    /// ordered by the number Terraform would print (integers by exact value),
    /// with an integer sorting just before a non-integer that prints the same.
    /// For numbers of equal precision — all literals and arithmetic on them —
    /// this is the exact numeric order, i.e. Terraform's `<`.
    fn cmp(&self, other: &Number) -> Ordering {
        format::cmp_keys(self, other)
    }
}

impl Hash for Number {
    fn hash<H: Hasher>(&self, state: &mut H) {
        format::hash_key(self, state)
    }
}

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.to_text(4096) {
            Some(s) => f.write_str(&s),
            None => f.write_str(&format::approx_text(self)),
        }
    }
}
