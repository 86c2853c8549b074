//! Number → text (big.Float.Text('f', -1)), and the comparison keys built on
//! the same shortest-digit algorithm (cty compares non-integers by text).
//!
//! Go's `roundShortest` expands x, x-½ulp and x+½ulp into *exact* decimals and
//! walks their digits. The walk always stops within ⌈(prec+1)·log10 2⌉+1
//! digits, so we only compute that many leading digits of each (plus whether
//! anything nonzero follows) — same answer, bounded work for any exponent.

use super::{Form, Number};
use crate::biguint::BigUint;
use std::cmp::Ordering;
use std::hash::{Hash, Hasher};

const LOG10_2: f64 = std::f64::consts::LOG10_2;
/// Longest text `to_text` will build whatever the caller's limit.
const HARD_MAX_LEN: usize = 1 << 20;
/// Non-integers whose binary exponent is below -KEY_LIMIT are compared
/// numerically instead of by printed text (their text is > 4900 chars; an
/// exact comparison would cost work proportional to the exponent).
const KEY_LIMIT: i64 = 1 << 14;

/// Leading decimal digits of a positive value: value = 0.d1d2d3… × 10^exp.
struct Digits {
    d: Vec<u8>, // ASCII digits; trailing zeros trimmed when `more` is false
    exp: i64,
    more: bool, // nonzero digits exist beyond `d`
}

impl Digits {
    fn at(&self, i: usize) -> u8 {
        self.d.get(i).copied().unwrap_or(b'0')
    }
    /// Go's len(decimal.mant) compared with n: Equal/Less/Greater.
    fn len_cmp(&self, n: usize) -> Ordering {
        if self.more {
            Ordering::Greater
        } else {
            self.d.len().cmp(&n)
        }
    }
}

/// First `n` significant digits of m·2^e (m > 0).
fn leading_digits(m: &BigUint, e: i64, n: usize) -> Digits {
    let lg = (m.bits() as i64 - 1 + e) as f64 * LOG10_2;
    let mut exp10 = lg.floor() as i64 + 1;
    let lo = BigUint::from(10u32).pow(n as u32 - 1);
    let hi = &lo * 10u32;
    for _ in 0..4 {
        let s = n as i64 - exp10; // scale by 10^s
        let (t, more) = if s >= 0 {
            let num = m * BigUint::from(10u32).pow(s as u32);
            if e >= 0 {
                (num << (e as usize), false)
            } else {
                let sh = e.unsigned_abs();
                let more = num.trailing_zeros().is_some_and(|tz| tz < sh);
                (num >> sh, more)
            }
        } else {
            let den5 = BigUint::from(5u32).pow(s.unsigned_abs() as u32);
            let e2 = e + s;
            let (num, den) = if e2 >= 0 {
                (m << (e2 as usize), den5)
            } else {
                (m.clone(), den5 << e2.unsigned_abs())
            };
            let (q, r) = num.div_rem(&den);
            (q, !r.is_zero())
        };
        if t >= hi {
            exp10 += 1;
        } else if t < lo {
            exp10 -= 1;
        } else {
            let mut d = t.to_str_radix(10).into_bytes();
            if !more {
                while d.last() == Some(&b'0') {
                    d.pop();
                }
            }
            return Digits {
                d,
                exp: exp10,
                more,
            };
        }
    }
    Digits {
        d: vec![b'1'],
        exp: exp10,
        more: false,
    } // unreachable in practice
}

/// Shortest decimal that rounds back to x at x's precision, exactly as
/// big.Float's roundShortest picks it. x must be finite and nonzero.
fn shortest(x: &Number) -> Digits {
    let p = i64::from(x.prec.max(1));
    let n = ((p + 1) as f64 * LOG10_2) as usize + 4;
    let mut d = leading_digits(&x.mant, x.exp, n + 1);
    // mant with lsb = ½ulp: x = big_m · 2^e2, big_m has prec+1 bits.
    let e2 = x.gexp() - (p + 1);
    let big_m = &x.mant << ((x.exp - e2).max(0) as usize);
    let lower = leading_digits(&(&big_m - 1u32), e2, n + 1);
    let upper = leading_digits(&(&big_m + 1u32), e2, n + 1);
    let inclusive = !big_m.bit(1);
    let mut i = 0;
    while d.len_cmp(i) == Ordering::Greater && i <= n {
        let m = d.at(i);
        let (l, u) = (lower.at(i), upper.at(i));
        let okdown = l != m || (inclusive && lower.len_cmp(i + 1) == Ordering::Equal);
        let okup = m != u && (inclusive || m + 1 < u || upper.len_cmp(i + 1) == Ordering::Greater);
        match (okdown, okup) {
            (true, true) => {
                if should_round_up(&d, i + 1) {
                    round_up(&mut d, i + 1)
                } else {
                    round_down(&mut d, i + 1)
                }
            }
            (true, false) => round_down(&mut d, i + 1),
            (false, true) => round_up(&mut d, i + 1),
            (false, false) => {
                i += 1;
                continue;
            }
        }
        return d;
    }
    d
}

fn should_round_up(d: &Digits, n: usize) -> bool {
    if d.at(n) == b'5' && d.len_cmp(n + 1) == Ordering::Equal {
        return n > 0 && (d.at(n - 1) - b'0') & 1 != 0; // exactly half: to even
    }
    d.at(n) >= b'5'
}

fn round_up(d: &mut Digits, mut n: usize) {
    if d.len_cmp(n) != Ordering::Greater {
        return;
    }
    while n > 0 && d.at(n - 1) >= b'9' {
        n -= 1;
    }
    if n == 0 {
        d.d = vec![b'1'];
        d.exp += 1;
    } else {
        d.d.truncate(n);
        if let Some(last) = d.d.last_mut() {
            *last += 1;
        }
    }
    d.more = false;
}

fn round_down(d: &mut Digits, n: usize) {
    if d.len_cmp(n) != Ordering::Greater {
        return;
    }
    d.d.truncate(n);
    while d.d.last() == Some(&b'0') {
        d.d.pop();
    }
    d.more = false;
}

pub(super) fn to_text(x: &Number, max_len: usize) -> Option<String> {
    let max_len = max_len.min(HARD_MAX_LEN);
    let sign = if x.neg { "-" } else { "" };
    let s = match x.form {
        Form::Inf => format!("{}Inf", if x.neg { "-" } else { "+" }),
        Form::Zero => format!("{sign}0"),
        Form::Finite => {
            // Cheap lower bound on the length before doing any big-number work:
            // |x| >= 2^(g-1) has ≥ (g-1)·log10(2) integer digits; |x| < 2^g < 1
            // needs ≥ -g·log10(2) - 1 zeros after the point.
            let g = x.gexp();
            let min_len = if g > 0 {
                (g - 1) as f64 * LOG10_2
            } else {
                -g as f64 * LOG10_2 - 1.0
            };
            if min_len > max_len as f64 + 2.0 {
                return None;
            }
            let d = shortest(x);
            let frac = (d.d.len() as i64 - d.exp).max(0);
            let total = sign.len() as i64 + d.exp.max(1) + if frac > 0 { frac + 1 } else { 0 };
            if total > max_len as i64 {
                return None;
            }
            let mut out = String::with_capacity(total as usize);
            out.push_str(sign);
            if d.exp > 0 {
                for i in 0..d.exp as usize {
                    out.push(d.at(i) as char);
                }
            } else {
                out.push('0');
            }
            if frac > 0 {
                out.push('.');
                for i in 0..frac {
                    let k = d.exp + i;
                    out.push(if k < 0 { '0' } else { d.at(k as usize) as char });
                }
            }
            out
        }
    };
    (s.len() <= max_len).then_some(s)
}

/// Fallback for Display when the exact text is too long: "1.23e+4567" style.
pub(super) fn approx_text(x: &Number) -> String {
    if x.form != Form::Finite {
        return to_text(x, 16).unwrap_or_default();
    }
    // log10|x| from the top 64 mantissa bits; 6 significant digits.
    let bits = x.mant.bits();
    let top = (&x.mant >> bits.saturating_sub(64)).low_u64() as f64;
    let lg = top.log10() + (x.exp + bits.saturating_sub(64) as i64) as f64 * LOG10_2;
    let e10 = lg.floor();
    let lead = 10f64.powf(lg - e10);
    let mut s = fixed5(lead);
    while s.ends_with('0') {
        s.pop();
    }
    if s.ends_with('.') {
        s.pop();
    }
    format!(
        "{}{s}e{}{}",
        if x.neg { "-" } else { "" },
        if e10 >= 0.0 { "+" } else { "-" },
        e10.abs() as i64
    )
}

/// `format!("{x:.5}")` for a finite `x >= 0` below 2^64, worked out exactly
/// with integers (the binary value times 10^5, rounded half to even, as Rust's
/// formatting rounds), so that no float formatting code is linked: in
/// WebAssembly it cost 12 KB.
pub(super) fn fixed5(x: f64) -> String {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = u128::from(bits & ((1 << 52) - 1));
    // x = m · 2^e exactly.
    let (m, e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | 1 << 52, exp - 1075)
    };
    let scaled = m * 100_000;
    let q = if e >= 0 {
        scaled << e
    } else if e <= -120 {
        0
    } else {
        let sh = (-e) as u32;
        let (q, r) = (scaled >> sh, scaled & ((1u128 << sh) - 1));
        let half = 1u128 << (sh - 1);
        if r > half || (r == half && q & 1 == 1) {
            q + 1
        } else {
            q
        }
    };
    let digits = format!("{q:06}");
    let (int, dec) = digits.split_at(digits.len() - 5);
    format!("{int}.{dec}")
}

/// Compare a·2^a2·10^a10 with b·2^b2·10^b10 (a, b > 0).
pub(super) fn cmp_scaled(
    a: &BigUint,
    a2: i64,
    a10: i64,
    b: &BigUint,
    b2: i64,
    b10: i64,
) -> Ordering {
    // Not with `compact` (the size-bound WebAssembly).
    if !cfg!(feature = "compact") {
        if let Some(o) = cmp_binary_small(a, a2, a10, b, b2, b10) {
            return o;
        }
    }
    const LOG2_10: f64 = std::f64::consts::LOG2_10;
    let la = a.bits() as f64 + a2 as f64 + a10 as f64 * LOG2_10;
    let lb = b.bits() as f64 + b2 as f64 + b10 as f64 * LOG2_10;
    if la > lb + 4.0 {
        return Ordering::Greater;
    }
    if lb > la + 4.0 {
        return Ordering::Less;
    }
    // Magnitudes are close, so the exponent differences below are small.
    let (ea, eb) = (a2 + a10, b2 + b10);
    let (f, e) = (a10.min(b10), ea.min(eb));
    let scale = |m: &BigUint, p5: i64, p2: i64| -> BigUint {
        (m * BigUint::from(5u32).pow(p5 as u32)) << (p2 as usize)
    };
    scale(a, a10 - f, ea - e).cmp(&scale(b, b10 - f, eb - e))
}

/// `cmp_scaled` without big-integer arithmetic for the common case: no powers
/// of ten, and both sides fit in 128 bits at a common exponent (integers, and
/// fractions of a few bits). `None` otherwise.
fn cmp_binary_small(
    a: &BigUint,
    a2: i64,
    a10: i64,
    b: &BigUint,
    b2: i64,
    b10: i64,
) -> Option<Ordering> {
    if a10 != 0 || b10 != 0 {
        return None;
    }
    let (x, y) = (a.to_u64()?, b.to_u64()?);
    let e = a2.min(b2);
    let (sx, sy) = (a2 - e, b2 - e);
    // x < 2^64, so x << 63 still fits in a u128.
    if sx > 63 || sy > 63 {
        return None;
    }
    Some((u128::from(x) << sx).cmp(&(u128::from(y) << sy)))
}

/// What Terraform's equality looks at for a nonzero number.
enum Key {
    Inf,
    /// Integer, or a non-integer too tiny for a text key: exact binary value.
    Bin(bool, BigUint, i64),
    /// Non-integer: its shortest printed digits, value = d · 10^e10.
    Dec(BigUint, i64),
}

fn key(x: &Number) -> Key {
    match x.form {
        Form::Inf => Key::Inf,
        _ if x.exp >= 0 => Key::Bin(true, x.mant.clone(), x.exp),
        _ if x.gexp() < -KEY_LIMIT => Key::Bin(false, x.mant.clone(), x.exp),
        _ => {
            let d = shortest(x);
            let digits = BigUint::parse_radix(&d.d, 10).unwrap_or_else(BigUint::one);
            Key::Dec(digits, d.exp - d.d.len() as i64)
        }
    }
}

/// Ord for Number: sign, then magnitude of the key (the printed value for
/// non-integers), then integers before non-integers that print the same.
pub(super) fn cmp_keys(x: &Number, y: &Number) -> Ordering {
    let (sx, sy) = (x.signum(), y.signum());
    if sx != sy {
        return sx.cmp(&sy);
    }
    if sx == 0 {
        return Ordering::Equal;
    }
    // Two integers (the common case): their keys are their exact binary
    // values, so there is nothing to build.
    if x.form == Form::Finite && y.form == Form::Finite && x.exp >= 0 && y.exp >= 0 {
        let mag = cmp_scaled(&x.mant, x.exp, 0, &y.mant, y.exp, 0);
        return if sx < 0 { mag.reverse() } else { mag };
    }
    let (kx, ky) = (key(x), key(y));
    let is_int = |k: &Key| matches!(k, Key::Bin(true, ..));
    let parts = |k: &Key| match k {
        Key::Bin(_, m, e) => (m.clone(), *e, 0),
        Key::Dec(d, e10) => (d.clone(), 0, *e10),
        Key::Inf => (BigUint::one(), 0, 0),
    };
    let mag = match (&kx, &ky) {
        (Key::Inf, Key::Inf) => Ordering::Equal,
        (Key::Inf, _) => Ordering::Greater,
        (_, Key::Inf) => Ordering::Less,
        _ => {
            let ((a, a2, a10), (b, b2, b10)) = (parts(&kx), parts(&ky));
            cmp_scaled(&a, a2, a10, &b, b2, b10)
        }
    };
    let mag = if sx < 0 { mag.reverse() } else { mag };
    mag.then_with(|| is_int(&ky).cmp(&is_int(&kx)))
}

pub(super) fn hash_key<H: Hasher>(x: &Number, state: &mut H) {
    let s = x.signum();
    s.hash(state);
    if s == 0 {
        return;
    }
    match key(x) {
        Key::Inf => 0u8.hash(state),
        Key::Bin(int, m, e) => {
            (1u8, int).hash(state);
            m.hash(state);
            e.hash(state);
        }
        Key::Dec(d, e10) => {
            2u8.hash(state);
            d.hash(state);
            e10.hash(state);
        }
    }
}
