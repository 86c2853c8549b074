//! Unsigned big integers: the few operations the exact numbers (`value::number`)
//! and the integer functions need. Our own rather than `num-bigint` because the
//! WebAssembly build is size-bound; `num-bigint` stays the reference in the
//! differential tests.
//!
//! Little-endian `u32` limbs with `u64` intermediates (native on wasm32), no
//! high zero limbs, schoolbook multiplication and Knuth's division: operands
//! are mostly 512–1100-bit mantissas.

#[cfg(test)]
mod tests;

use std::cmp::Ordering;
use std::fmt;
use std::ops::{Add, AddAssign, BitOr, Mul, Shl, Shr, ShrAssign, Sub};

#[derive(Clone, Default, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "snapshot",
    derive(borsh::BorshSerialize, borsh::BorshDeserialize)
)]
pub struct BigUint {
    /// Limbs, least significant first; the last one is nonzero.
    d: Vec<u32>,
}

fn trim(mut d: Vec<u32>) -> BigUint {
    while d.last() == Some(&0) {
        d.pop();
    }
    BigUint { d }
}

impl From<u64> for BigUint {
    fn from(v: u64) -> BigUint {
        trim(vec![v as u32, (v >> 32) as u32])
    }
}

impl From<u32> for BigUint {
    fn from(v: u32) -> BigUint {
        BigUint::from(u64::from(v))
    }
}

impl From<u8> for BigUint {
    fn from(v: u8) -> BigUint {
        BigUint::from(u64::from(v))
    }
}

impl BigUint {
    pub fn zero() -> BigUint {
        BigUint::default()
    }

    pub fn one() -> BigUint {
        BigUint { d: vec![1] }
    }

    pub fn is_zero(&self) -> bool {
        self.d.is_empty()
    }

    /// Bits needed to write the value (0 for zero).
    pub fn bits(&self) -> u64 {
        self.d.last().map_or(0, |top| {
            self.d.len() as u64 * 32 - u64::from(top.leading_zeros())
        })
    }

    pub fn bit(&self, i: u64) -> bool {
        self.d
            .get((i / 32) as usize)
            .is_some_and(|l| l >> (i % 32) & 1 == 1)
    }

    /// Index of the lowest set bit; `None` for zero.
    pub fn trailing_zeros(&self) -> Option<u64> {
        let i = self.d.iter().position(|&l| l != 0)?;
        Some(i as u64 * 32 + u64::from(self.d[i].trailing_zeros()))
    }

    /// The low 64 bits (Go's `big.Int.Uint64`).
    pub fn low_u64(&self) -> u64 {
        let limb = |i: usize| u64::from(self.d.get(i).copied().unwrap_or(0));
        limb(0) | limb(1) << 32
    }

    pub fn to_u64(&self) -> Option<u64> {
        (self.d.len() <= 2).then(|| self.low_u64())
    }

    pub fn pow(&self, mut e: u32) -> BigUint {
        let (mut base, mut acc) = (self.clone(), BigUint::one());
        while e > 0 {
            if e & 1 == 1 {
                acc = &acc * &base;
            }
            e >>= 1;
            if e > 0 {
                base = &base * &base;
            }
        }
        acc
    }

    /// Big-endian bytes without leading zeros (none for zero).
    pub fn from_bytes_be(b: &[u8]) -> BigUint {
        trim(
            b.rchunks(4)
                .map(|c| c.iter().fold(0u32, |acc, &x| acc << 8 | u32::from(x)))
                .collect(),
        )
    }

    pub fn to_bytes_be(&self) -> Vec<u8> {
        let mut out: Vec<u8> = self.d.iter().rev().flat_map(|l| l.to_be_bytes()).collect();
        let lead = out.iter().take_while(|&&b| b == 0).count();
        out.drain(..lead);
        out
    }

    /// Bits set in `self` and not in `o`.
    pub fn and_not(&self, o: &BigUint) -> BigUint {
        let d = self.d.iter().enumerate();
        trim(
            d.map(|(i, &l)| l & !o.d.get(i).copied().unwrap_or(0))
                .collect(),
        )
    }

    /// Digits `0-9`, `a-z`, `A-Z` (as Go's `big.Int.SetString`: letters are
    /// case-insensitive up to base 36, above that upper case comes after lower
    /// case); at least one, nothing else. `radix` is 2 to 62.
    pub fn parse_radix(s: &[u8], radix: u32) -> Option<BigUint> {
        if s.is_empty() {
            return None;
        }
        // Several digits per multiply-add: radix^k fits a limb.
        let mut k = 1;
        while u64::from(radix).pow(k + 1) <= u64::from(u32::MAX) {
            k += 1;
        }
        let mut n = Vec::new();
        for chunk in s.chunks(k as usize) {
            let mut v = 0u32;
            for &b in chunk {
                let d = match b {
                    b'0'..=b'9' => b - b'0',
                    b'a'..=b'z' => b - b'a' + 10,
                    b'A'..=b'Z' if radix <= 36 => b - b'A' + 10,
                    b'A'..=b'Z' => b - b'A' + 36,
                    _ => return None,
                };
                if u32::from(d) >= radix {
                    return None;
                }
                v = v * radix + u32::from(d);
            }
            mul_add_small(&mut n, radix.pow(chunk.len() as u32), v);
        }
        Some(trim(n))
    }

    /// Digits in `radix` (2 to 36), lower case; "0" for zero.
    pub fn to_str_radix(&self, radix: u32) -> String {
        const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
        let mut k = 1;
        while u64::from(radix).pow(k + 1) <= u64::from(u32::MAX) {
            k += 1;
        }
        let chunk = radix.pow(k);
        let mut n = self.d.clone();
        let mut out = Vec::new(); // least significant digit first
        while !n.is_empty() {
            let mut r = div_small(&mut n, chunk);
            for _ in 0..k {
                out.push(DIGITS[(r % radix) as usize]);
                r /= radix;
                if n.is_empty() && r == 0 {
                    break;
                }
            }
        }
        if out.is_empty() {
            out.push(b'0');
        }
        out.reverse();
        String::from_utf8(out).unwrap_or_default()
    }

    /// Quotient and remainder (Knuth's algorithm D). Panics on a zero divisor.
    pub fn div_rem(&self, v: &BigUint) -> (BigUint, BigUint) {
        assert!(!v.is_zero(), "division by zero");
        if self < v {
            return (BigUint::zero(), self.clone());
        }
        if v.d.len() == 1 {
            let mut q = self.d.clone();
            let r = div_small(&mut q, v.d[0]);
            return (trim(q), BigUint::from(r));
        }
        // Normalise so the divisor's top limb has its high bit set.
        let s = v.d[v.d.len() - 1].leading_zeros() as usize;
        let v = (v << s).d;
        let mut u = (self << s).d;
        u.resize(self.d.len() + 1, 0);
        let n = v.len();
        let (v1, v2) = (u64::from(v[n - 1]), u64::from(v[n - 2]));
        let mut q = vec![0u32; u.len() - n];
        for j in (0..q.len()).rev() {
            let top = u64::from(u[j + n]) << 32 | u64::from(u[j + n - 1]);
            let (mut qhat, mut rhat) = (top / v1, top % v1);
            while qhat >> 32 != 0 || qhat * v2 > (rhat << 32 | u64::from(u[j + n - 2])) {
                qhat -= 1;
                rhat += v1;
                if rhat >> 32 != 0 {
                    break;
                }
            }
            // u[j..=j+n] -= qhat·v
            let (mut borrow, mut carry) = (0i64, 0u64);
            for i in 0..n {
                let p = qhat * u64::from(v[i]) + carry;
                carry = p >> 32;
                let t = i64::from(u[i + j]) - (p & 0xffff_ffff) as i64 - borrow;
                u[i + j] = t as u32;
                borrow = i64::from(t < 0);
            }
            let t = i64::from(u[j + n]) - carry as i64 - borrow;
            u[j + n] = t as u32;
            if t < 0 {
                // qhat was one too large: add v back.
                qhat -= 1;
                let mut c = 0u64;
                for i in 0..n {
                    let s = u64::from(u[i + j]) + u64::from(v[i]) + c;
                    u[i + j] = s as u32;
                    c = s >> 32;
                }
                u[j + n] = u[j + n].wrapping_add(c as u32);
            }
            q[j] = qhat as u32;
        }
        u.truncate(n);
        (trim(q), trim(u) >> s as u64)
    }
}

/// n = n·m + a.
fn mul_add_small(n: &mut Vec<u32>, m: u32, a: u32) {
    let mut carry = u64::from(a);
    for l in n.iter_mut() {
        let t = u64::from(*l) * u64::from(m) + carry;
        *l = t as u32;
        carry = t >> 32;
    }
    if carry != 0 {
        n.push(carry as u32);
    }
}

/// n /= m in place (trimmed), returning the remainder.
fn div_small(n: &mut Vec<u32>, m: u32) -> u32 {
    let mut r = 0u64;
    for l in n.iter_mut().rev() {
        let t = r << 32 | u64::from(*l);
        *l = (t / u64::from(m)) as u32;
        r = t % u64::from(m);
    }
    while n.last() == Some(&0) {
        n.pop();
    }
    r as u32
}

fn add(a: &[u32], b: &[u32]) -> BigUint {
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let mut out = Vec::with_capacity(a.len() + 1);
    let mut carry = 0u64;
    for (i, &x) in a.iter().enumerate() {
        let t = u64::from(x) + u64::from(b.get(i).copied().unwrap_or(0)) + carry;
        out.push(t as u32);
        carry = t >> 32;
    }
    out.push(carry as u32);
    trim(out)
}

/// a - b; panics when b > a, as `num-bigint` does.
fn sub(a: &[u32], b: &[u32]) -> BigUint {
    let mut out = Vec::with_capacity(a.len());
    let mut borrow = 0i64;
    for (i, &x) in a.iter().enumerate() {
        let t = i64::from(x) - i64::from(b.get(i).copied().unwrap_or(0)) - borrow;
        out.push(t as u32);
        borrow = i64::from(t < 0);
    }
    assert!(borrow == 0 && b.len() <= a.len(), "subtraction underflow");
    trim(out)
}

fn mul(a: &[u32], b: &[u32]) -> BigUint {
    if a.is_empty() || b.is_empty() {
        return BigUint::zero();
    }
    let mut out = vec![0u32; a.len() + b.len()];
    for (i, &x) in a.iter().enumerate() {
        let mut carry = 0u64;
        for (j, &y) in b.iter().enumerate() {
            let t = u64::from(x) * u64::from(y) + u64::from(out[i + j]) + carry;
            out[i + j] = t as u32;
            carry = t >> 32;
        }
        out[i + b.len()] = carry as u32;
    }
    trim(out)
}

fn shl(a: &[u32], n: usize) -> BigUint {
    if a.is_empty() {
        return BigUint::zero();
    }
    let (limbs, bits) = (n / 32, n % 32);
    let mut out = vec![0u32; limbs];
    out.reserve(a.len() + 1);
    if bits == 0 {
        out.extend_from_slice(a);
    } else {
        let mut prev = 0u32;
        for &x in a {
            out.push(x << bits | prev >> (32 - bits));
            prev = x;
        }
        out.push(prev >> (32 - bits));
    }
    trim(out)
}

fn shr(a: &[u32], n: u64) -> BigUint {
    let limbs = usize::try_from(n / 32).unwrap_or(usize::MAX);
    if limbs >= a.len() {
        return BigUint::zero();
    }
    let (a, bits) = (&a[limbs..], (n % 32) as u32);
    if bits == 0 {
        return BigUint { d: a.to_vec() };
    }
    let next = |i: usize| a.get(i + 1).map_or(0, |&h| h << (32 - bits));
    trim((0..a.len()).map(|i| a[i] >> bits | next(i)).collect())
}

impl Ord for BigUint {
    fn cmp(&self, o: &BigUint) -> Ordering {
        self.d
            .len()
            .cmp(&o.d.len())
            .then_with(|| self.d.iter().rev().cmp(o.d.iter().rev()))
    }
}

impl PartialOrd for BigUint {
    fn partial_cmp(&self, o: &BigUint) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}

/// `impl Op<Rhs> for Lhs` through a function of the two limb slices, for every
/// owned/borrowed combination the callers use.
macro_rules! binop {
    ($tr:ident, $m:ident, $f:ident) => {
        impl $tr<&BigUint> for &BigUint {
            type Output = BigUint;
            fn $m(self, o: &BigUint) -> BigUint {
                $f(&self.d, &o.d)
            }
        }
        impl $tr<BigUint> for BigUint {
            type Output = BigUint;
            fn $m(self, o: BigUint) -> BigUint {
                $f(&self.d, &o.d)
            }
        }
        impl $tr<BigUint> for &BigUint {
            type Output = BigUint;
            fn $m(self, o: BigUint) -> BigUint {
                $f(&self.d, &o.d)
            }
        }
        impl $tr<u32> for &BigUint {
            type Output = BigUint;
            fn $m(self, o: u32) -> BigUint {
                $f(&self.d, &BigUint::from(o).d)
            }
        }
        impl $tr<u32> for BigUint {
            type Output = BigUint;
            fn $m(self, o: u32) -> BigUint {
                $f(&self.d, &BigUint::from(o).d)
            }
        }
    };
}

binop!(Add, add, add);
binop!(Sub, sub, sub);
binop!(Mul, mul, mul);

impl AddAssign<u32> for BigUint {
    fn add_assign(&mut self, o: u32) {
        *self = &*self + o;
    }
}

impl BitOr<BigUint> for BigUint {
    type Output = BigUint;
    fn bitor(self, o: BigUint) -> BigUint {
        let (mut a, b) = if self.d.len() >= o.d.len() {
            (self, o)
        } else {
            (o, self)
        };
        a.d.iter_mut().zip(&b.d).for_each(|(x, y)| *x |= y);
        a
    }
}

/// Shifts by `usize` and `u64`, of owned and borrowed values.
macro_rules! shifts {
    ($($t:ty),*) => {$(
        impl Shl<$t> for &BigUint {
            type Output = BigUint;
            fn shl(self, n: $t) -> BigUint {
                shl(&self.d, usize::try_from(n).expect("shift too large"))
            }
        }
        impl Shl<$t> for BigUint {
            type Output = BigUint;
            fn shl(self, n: $t) -> BigUint {
                &self << n
            }
        }
        impl Shr<$t> for &BigUint {
            type Output = BigUint;
            fn shr(self, n: $t) -> BigUint {
                shr(&self.d, n as u64)
            }
        }
        impl Shr<$t> for BigUint {
            type Output = BigUint;
            fn shr(self, n: $t) -> BigUint {
                &self >> n
            }
        }
    )*};
}

shifts!(usize, u64);

impl ShrAssign<u32> for BigUint {
    fn shr_assign(&mut self, n: u32) {
        *self = shr(&self.d, u64::from(n));
    }
}

impl fmt::Display for BigUint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_str_radix(10))
    }
}

impl fmt::Debug for BigUint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}
