//! Arithmetic. Two layers:
//! * `go_*`: big.Float operations (exact result, one ToNearestEven rounding to
//!   the receiver precision, ±0/±Inf rules, int32 exponent overflow/underflow).
//! * `cty_*`: what go-cty v1.16 does with them for HCL operators and the
//!   numeric functions, including its precision choices and error wording.

use super::{Form, Number, NumberError, MAX_EXP, MIN_EXP, PARSE_PREC};
use crate::biguint::BigUint;

/// big.Float panicked with ErrNaN (cty turns it into an operator error).
pub(super) struct NaN;

/// Round ±(m + δ)·2^e to `prec` bits (ToNearestEven), where `sticky` means
/// 0 < δ < 1 (bits were dropped below m's lsb; callers then supply at least
/// prec+2 bits). Mirrors Float.setExpAndRound: an exponent outside int32
/// gives ±0 / ±Inf, and a rounding carry at MaxExp overflows to ±Inf.
pub(super) fn round(neg: bool, m: BigUint, e: i64, sticky: bool, prec: u32) -> Number {
    if m.is_zero() {
        return Number::zero_with(neg, prec);
    }
    let bits = m.bits() as i64;
    let gexp = e + bits;
    if gexp < MIN_EXP {
        return Number::zero_with(neg, prec);
    }
    if gexp > MAX_EXP {
        return Number::inf_with(neg, prec);
    }
    let p = i64::from(prec.max(1));
    if bits <= p {
        return Number::finite_exact(neg, m, e, prec);
    }
    let shift = (bits - p) as u64;
    let half = m.bit(shift - 1);
    let below = sticky || m.trailing_zeros().is_some_and(|tz| tz < shift - 1);
    let mut kept = m >> shift;
    let mut e2 = e + shift as i64;
    if half && (below || kept.bit(0)) {
        kept += 1u32;
        if kept.bits() as i64 > p {
            kept >>= 1u32;
            e2 += 1;
            if gexp + 1 > MAX_EXP {
                return Number::inf_with(neg, prec);
            }
        }
    }
    Number::finite_exact(neg, kept, e2, prec)
}

/// `z.SetPrec(prec).Set(x)`: x rounded to `prec`.
pub(super) fn set(x: &Number, prec: u32) -> Number {
    match x.form {
        Form::Finite => round(x.neg, x.mant.clone(), x.exp, false, prec),
        Form::Zero => Number::zero_with(x.neg, prec),
        Form::Inf => Number::inf_with(x.neg, prec),
    }
}

/// big.Float.Add with receiver precision `prec`.
pub(super) fn go_add(x: &Number, y: &Number, prec: u32) -> Result<Number, NaN> {
    match (x.form, y.form) {
        (Form::Finite, Form::Finite) => Ok(add_finite(x, y, prec)),
        (Form::Inf, Form::Inf) if x.neg != y.neg => Err(NaN),
        (Form::Zero, Form::Zero) => Ok(Number::zero_with(x.neg && y.neg, prec)),
        (Form::Inf, _) | (_, Form::Zero) => Ok(set(x, prec)),
        _ => Ok(set(y, prec)),
    }
}

fn add_finite(x: &Number, y: &Number, prec: u32) -> Number {
    // If one operand lies entirely more than a few bits below the other's
    // rounding position it cannot change the rounded result (|tiny| < ulp/4
    // even just below a power of two). Go would still build the exact sum,
    // whose size grows with the exponent gap; we must not.
    let (gx, gy) = (x.gexp(), y.gexp());
    let gap = i64::from(prec) + 4;
    if gy < gx - gap {
        return set(x, prec);
    }
    if gx < gy - gap {
        return set(y, prec);
    }
    let e = x.exp.min(y.exp);
    // The fast paths are left out with `compact` (the size-bound WebAssembly).
    if !cfg!(feature = "compact") {
        if let Some(r) = add_small(x, y, e, prec) {
            return r;
        }
    }
    let a = &x.mant << ((x.exp - e) as usize);
    let b = &y.mant << ((y.exp - e) as usize);
    if x.neg == y.neg {
        return round(x.neg, a + b, e, false, prec);
    }
    match a.cmp(&b) {
        std::cmp::Ordering::Greater => round(x.neg, a - b, e, false, prec),
        std::cmp::Ordering::Less => round(y.neg, b - a, e, false, prec),
        std::cmp::Ordering::Equal => Number::zero_with(false, prec),
    }
}

/// `add_finite` without big integers when both mantissas fit in 64 bits and
/// their exponents are close: the exact sum fits in 128 bits. `None` otherwise.
fn add_small(x: &Number, y: &Number, e: i64, prec: u32) -> Option<Number> {
    let (sx, sy) = (x.exp - e, y.exp - e);
    if sx > 62 || sy > 62 {
        return None;
    }
    let a = u128::from(x.mant.to_u64()?) << sx;
    let b = u128::from(y.mant.to_u64()?) << sy;
    Some(if x.neg == y.neg {
        round_small(x.neg, a + b, e, prec)?
    } else if a > b {
        round_small(x.neg, a - b, e, prec)?
    } else if a < b {
        round_small(y.neg, b - a, e, prec)?
    } else {
        Number::zero_with(false, prec)
    })
}

/// `round(neg, m, e, false, prec)` for a nonzero `m` that needs no rounding and
/// fits in 64 bits once its trailing zeros are dropped; `None` otherwise.
fn round_small(neg: bool, m: u128, e: i64, prec: u32) -> Option<Number> {
    let bits = 128 - i64::from(m.leading_zeros());
    let gexp = e + bits;
    if m == 0 || bits > i64::from(prec.max(1)) || !(MIN_EXP..=MAX_EXP).contains(&gexp) {
        return None;
    }
    let tz = m.trailing_zeros();
    let odd = u64::try_from(m >> tz).ok()?;
    Some(Number {
        neg,
        form: Form::Finite,
        mant: BigUint::from(odd),
        exp: e + i64::from(tz),
        prec,
    })
}

/// big.Float.Mul with receiver precision `prec`.
pub(super) fn go_mul(x: &Number, y: &Number, prec: u32) -> Result<Number, NaN> {
    let neg = x.neg != y.neg;
    match (x.form, y.form) {
        (Form::Finite, Form::Finite) => {
            let small = match (x.mant.to_u64(), y.mant.to_u64()) {
                (Some(a), Some(b)) if !cfg!(feature = "compact") => {
                    round_small(neg, u128::from(a) * u128::from(b), x.exp + y.exp, prec)
                }
                _ => None,
            };
            Ok(small.unwrap_or_else(|| round(neg, &x.mant * &y.mant, x.exp + y.exp, false, prec)))
        }
        (Form::Zero, Form::Inf) | (Form::Inf, Form::Zero) => Err(NaN),
        (Form::Inf, _) | (_, Form::Inf) => Ok(Number::inf_with(neg, prec)),
        _ => Ok(Number::zero_with(neg, prec)),
    }
}

/// big.Float.Quo with receiver precision `prec` (correctly rounded).
pub(super) fn go_quo(x: &Number, y: &Number, prec: u32) -> Result<Number, NaN> {
    let neg = x.neg != y.neg;
    match (x.form, y.form) {
        (Form::Finite, Form::Finite) => {
            let (bx, by) = (x.mant.bits() as i64, y.mant.bits() as i64);
            // Enough quotient bits for the rounding bit; the remainder is the sticky bit.
            let k = (i64::from(prec) + 3 + by - bx).max(0);
            let (q, r) = (&x.mant << (k as usize)).div_rem(&y.mant);
            Ok(round(neg, q, x.exp - k - y.exp, !r.is_zero(), prec))
        }
        (Form::Zero, Form::Zero) | (Form::Inf, Form::Inf) => Err(NaN),
        (Form::Zero, _) | (_, Form::Inf) => Ok(Number::zero_with(neg, prec)),
        _ => Ok(Number::inf_with(neg, prec)),
    }
}

fn err(msg: &str) -> NumberError {
    NumberError(msg.to_string())
}

pub(super) fn cty_add(x: &Number, y: &Number) -> Result<Number, NumberError> {
    go_add(x, y, x.prec.max(y.prec)).map_err(|_| err("can't compute sum of opposing infinities"))
}

/// cty Subtract is `x.Add(y.Negate())`.
pub(super) fn cty_sub(x: &Number, y: &Number) -> Result<Number, NumberError> {
    go_add(x, &y.neg(), x.prec.max(y.prec)).map_err(|_| err("can't subtract infinity from itself"))
}

/// cty Multiply: product rounded to 512 bits, then given the larger operand
/// precision or the product's MinPrec, whichever is larger (so no second rounding).
pub(super) fn cty_mul(x: &Number, y: &Number) -> Result<Number, NumberError> {
    let mut r = go_mul(x, y, PARSE_PREC).map_err(|_| err("can't multiply zero by infinity"))?;
    let min_prec = if r.form == Form::Finite {
        r.mant.bits() as u32
    } else {
        0
    };
    r.prec = x.prec.max(y.prec).max(min_prec);
    Ok(r)
}

pub(super) fn cty_div(x: &Number, y: &Number) -> Result<Number, NumberError> {
    go_quo(x, y, x.prec.max(y.prec))
        .map_err(|_| err("can't divide zero by zero or infinity by infinity"))
}

/// Integer part (truncation toward zero) as big.Float.Int would give it;
/// zero comes back as +0 because big.Int has no negative zero.
fn trunc(x: &Number) -> Number {
    match x.form {
        Form::Finite if x.exp < 0 => {
            let shift = x.exp.unsigned_abs();
            if shift >= x.mant.bits() {
                Number::zero_with(false, x.prec)
            } else {
                Number::finite_exact(x.neg, &x.mant >> shift, 0, x.prec)
            }
        }
        Form::Zero => Number::zero_with(false, x.prec),
        _ => x.clone(),
    }
}

/// cty Modulo (v1.16): `work = SetInt(Int(x/y))` at x's precision, then
/// `x - y*work`, both rounded to x's precision. A zero divisor returns x; an
/// infinite quotient makes Go dereference a nil *big.Int, which the function
/// machinery reports as a panic.
pub(super) fn cty_rem(x: &Number, y: &Number) -> Result<Number, NumberError> {
    const MSG: &str = "can't use modulo with zero and infinity";
    if y.form == Form::Zero {
        return Ok(x.clone());
    }
    let rat = go_quo(x, y, x.prec.max(y.prec)).map_err(|_| err(MSG))?;
    if rat.form == Form::Inf {
        return Err(err(
            "panic in function implementation: runtime error: invalid memory address or nil pointer dereference",
        ));
    }
    let work = set(&trunc(&rat), x.prec);
    let work = go_mul(y, &work, x.prec).map_err(|_| err(MSG))?;
    go_add(x, &work.neg(), x.prec).map_err(|_| err(MSG))
}

/// cty floor()/ceil(): Int() adjusted by one, then `f.SetInt(i)` at the
/// argument's precision (so -0 and results that reach zero become +0).
pub(super) fn floor_ceil(x: &Number, ceil: bool) -> Number {
    match x.form {
        Form::Inf => x.clone(),
        Form::Zero => Number::zero_with(false, x.prec),
        Form::Finite if x.exp >= 0 => x.clone(),
        Form::Finite => {
            let t = trunc(x);
            // Non-integer: move away from zero when the direction demands it.
            if x.neg != ceil {
                let mag = if t.form == Form::Finite {
                    &t.mant << (t.exp as usize)
                } else {
                    BigUint::zero()
                };
                round(x.neg, mag + 1u32, 0, false, x.prec)
            } else {
                set(&t, x.prec)
            }
        }
    }
}

/// big.Float.Float64: nearest double and whether it is exact.
pub(super) fn to_f64(x: &Number) -> (f64, bool) {
    let sign = if x.neg { -1.0 } else { 1.0 };
    match x.form {
        Form::Zero => return (sign * 0.0, true),
        Form::Inf => return (sign * f64::INFINITY, true),
        Form::Finite => {}
    }
    let e = x.gexp() - 1; // exponent of 1.xxx form
    let mut p = 53i64;
    if e < -1022 {
        p = 1075 + e;
        let only_msb = x.mant.bits() == 1;
        if p < 0 || (p == 0 && only_msb) {
            return (sign * 0.0, false);
        }
        if p == 0 {
            return (sign * f64::from_bits(1), false);
        }
    }
    let r = round(x.neg, x.mant.clone(), x.exp, false, p as u32);
    if r.form != Form::Finite || r.gexp() - 1 > 1023 {
        return (sign * f64::INFINITY, false);
    }
    let exact = r.mant == x.mant && r.exp == x.exp;
    let m = r.mant.low_u64();
    let bits = r.mant.bits() as i64;
    let g = r.exp + bits - 1;
    let mag = if g >= -1022 {
        let frac = (m << (52 - (bits - 1))) & ((1u64 << 52) - 1);
        f64::from_bits((((g + 1023) as u64) << 52) | frac)
    } else {
        let sh = r.exp + 1074;
        if !(0..64).contains(&sh) {
            return (sign * 0.0, false);
        }
        f64::from_bits(m << sh)
    };
    (sign * mag, exact)
}

/// `f64::MAX` as Go's `%f` prints it (written out so that no float formatting
/// code is linked into the WebAssembly build for one message).
const F64_MAX_FIXED: &str = "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000";

/// gocty's float64 conversion of a function argument.
fn float_arg(x: &Number) -> Result<f64, NumberError> {
    let (f, exact) = to_f64(x);
    if !exact && f.is_infinite() {
        return Err(NumberError(format!(
            "value must be between -{F64_MAX_FIXED} and {F64_MAX_FIXED} inclusive"
        )));
    }
    Ok(f)
}

/// cty.NumberFloatVal; Go's SetFloat64 panics on NaN and the function
/// machinery reports the panic (Terraform appends a Go stack trace).
fn float_result(f: f64) -> Result<Number, NumberError> {
    Number::from_f64(f)
        .ok_or_else(|| err("panic in function implementation: Float.SetFloat64(NaN)"))
}

pub(super) fn cty_pow(x: &Number, y: &Number) -> Result<Number, NumberError> {
    let (a, b) = (float_arg(x)?, float_arg(y)?);
    float_result(go_pow(a, b))
}

pub(super) fn cty_log(x: &Number, base: &Number) -> Result<Number, NumberError> {
    let (a, b) = (float_arg(x)?, float_arg(base)?);
    float_result(go_log(a) / go_log(b))
}

// ---- Go's math package, for pow() and log() --------------------------------

/// math.Frexp: frac in [0.5, 1).
fn frexp(f: f64) -> (f64, i64) {
    if f == 0.0 || !f.is_finite() {
        return (f, 0);
    }
    let (mut f, mut exp) = (f, 0i64);
    if f.abs() < f64::MIN_POSITIVE {
        f *= (1u64 << 52) as f64;
        exp = -52;
    }
    let mut x = f.to_bits();
    exp += ((x >> 52) & 0x7ff) as i64 - 1022;
    x &= !(0x7ffu64 << 52);
    x |= 1022u64 << 52;
    (f64::from_bits(x), exp)
}

/// math.Ldexp: frac·2^exp with a single rounding for denormal results.
fn ldexp(frac: f64, exp: i64) -> f64 {
    if frac == 0.0 || !frac.is_finite() {
        return frac;
    }
    let (frac, e) = frexp(frac);
    // frexp's frac is in [0.5,1): the biased-exponent field is 1022.
    let exp = exp.saturating_add(e) - 1;
    if exp < -1075 {
        return 0.0f64.copysign(frac);
    }
    if exp > 1023 {
        return f64::INFINITY.copysign(frac);
    }
    let (mut exp, mut m) = (exp, 1.0);
    if exp < -1022 {
        exp += 53;
        m = 1.0 / (1u64 << 53) as f64;
    }
    let mut x = frac.to_bits();
    x &= !(0x7ffu64 << 52);
    x |= ((exp + 1023) as u64) << 52;
    m * f64::from_bits(x)
}

fn is_odd_int(x: f64) -> bool {
    if x.abs() >= (1u64 << 53) as f64 {
        return false;
    }
    x.fract() == 0.0 && (x.trunc() as i64) & 1 == 1
}

/// Go's math.Log (FreeBSD e_log.c algorithm, as in Go's pure implementation).
fn go_log(x: f64) -> f64 {
    const LN2_HI: f64 = f64::from_bits(0x3fe62e42fee00000);
    const LN2_LO: f64 = f64::from_bits(0x3dea39ef35793c76);
    const L1: f64 = f64::from_bits(0x3fe5555555555593);
    const L2: f64 = f64::from_bits(0x3fd999999997fa04);
    const L3: f64 = f64::from_bits(0x3fd2492494229359);
    const L4: f64 = f64::from_bits(0x3fcc71c51d8e78af);
    const L5: f64 = f64::from_bits(0x3fc7466496cb03de);
    const L6: f64 = f64::from_bits(0x3fc39a09d078c69f);
    const L7: f64 = f64::from_bits(0x3fc2f112df3e5244);
    if x.is_nan() || x == f64::INFINITY {
        return x;
    }
    if x < 0.0 {
        return f64::NAN;
    }
    if x == 0.0 {
        return f64::NEG_INFINITY;
    }
    let (mut f1, mut ki) = frexp(x);
    if f1 < std::f64::consts::SQRT_2 / 2.0 {
        f1 *= 2.0;
        ki -= 1;
    }
    let f = f1 - 1.0;
    let k = ki as f64;
    let s = f / (2.0 + f);
    let s2 = s * s;
    let s4 = s2 * s2;
    let t1 = s2 * (L1 + s4 * (L3 + s4 * (L5 + s4 * L7)));
    let t2 = s4 * (L2 + s4 * (L4 + s4 * L6));
    let r = t1 + t2;
    let hfsq = 0.5 * f * f;
    k * LN2_HI - ((hfsq - (s * (hfsq + r) + k * LN2_LO)) - f)
}

/// Go's math.Pow: special cases, then x^frac via Exp/Log and x^int by
/// repeated squaring with the binary exponent kept separately.
fn go_pow(x: f64, y: f64) -> f64 {
    if y == 0.0 || x == 1.0 {
        return 1.0;
    }
    if y == 1.0 {
        return x;
    }
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == 0.0 {
        if y < 0.0 {
            return if x.is_sign_negative() && is_odd_int(y) {
                f64::NEG_INFINITY
            } else {
                f64::INFINITY
            };
        }
        return if x.is_sign_negative() && is_odd_int(y) {
            x
        } else {
            0.0
        };
    }
    if y.is_infinite() {
        if x == -1.0 {
            return 1.0;
        }
        return if (x.abs() < 1.0) == (y > 0.0) {
            0.0
        } else {
            f64::INFINITY
        };
    }
    if x.is_infinite() {
        if x < 0.0 {
            return go_pow(1.0 / x, -y);
        }
        return if y < 0.0 { 0.0 } else { f64::INFINITY };
    }
    if y == 0.5 {
        return x.sqrt();
    }
    if y == -0.5 {
        return 1.0 / x.sqrt();
    }
    let ya = y.abs();
    let (mut yi, mut yf) = (ya.trunc(), ya - ya.trunc());
    if yf != 0.0 && x < 0.0 {
        return f64::NAN;
    }
    if yi >= (1u64 << 63) as f64 {
        if x == -1.0 {
            return 1.0;
        }
        return if (x.abs() < 1.0) == (y > 0.0) {
            0.0
        } else {
            f64::INFINITY
        };
    }
    let mut a1 = 1.0;
    let mut ae: i64 = 0;
    if yf != 0.0 {
        if yf > 0.5 {
            yf -= 1.0;
            yi += 1.0;
        }
        a1 = (yf * go_log(x)).exp();
    }
    let (mut x1, mut xe) = frexp(x);
    let mut i = yi as i64;
    while i != 0 {
        if !(-(1 << 12)..=(1 << 12)).contains(&xe) {
            ae += xe;
            break;
        }
        if i & 1 == 1 {
            a1 *= x1;
            ae += xe;
        }
        x1 *= x1;
        xe <<= 1;
        if x1 < 0.5 {
            x1 += x1;
            xe -= 1;
        }
        i >>= 1;
    }
    if y < 0.0 {
        a1 = 1.0 / a1;
        ae = -ae;
    }
    ldexp(a1, ae)
}
