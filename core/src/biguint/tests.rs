//! Differential tests against `num-bigint` (a dev-dependency only), on random
//! and edge-case operands up to ~1200 bits.

use super::BigUint;
use num_bigint::{BigInt, BigUint as Ref};

/// xorshift64*: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// Limbs biased towards the values that exercise carries and Knuth's
    /// correction steps (0, 1, top bit, all ones).
    fn limb(&mut self, bias: u64) -> u32 {
        match self.below(bias) {
            0 => 0,
            1 => 1,
            2 => 0x8000_0000,
            3 => 0x7fff_ffff,
            4 => u32::MAX,
            _ => self.next() as u32,
        }
    }

    /// A pair of equal values: ours and the reference.
    fn pair(&mut self) -> (BigUint, Ref) {
        let limbs = match self.below(8) {
            0 => 0,
            1 => 1 + self.below(3) as usize,
            _ => self.below(39) as usize,
        };
        let bias = [6, 12, 1000][self.below(3) as usize];
        let mut d: Vec<u32> = (0..limbs).map(|_| self.limb(bias)).collect();
        match self.below(10) {
            0 => d.iter_mut().for_each(|l| *l = u32::MAX),
            1 if !d.is_empty() => {
                d.iter_mut().for_each(|l| *l = 0);
                let top = d.len() - 1;
                d[top] = 1 << self.below(32);
            }
            _ => {}
        }
        (super::trim(d.clone()), Ref::new(d))
    }
}

fn same(a: &BigUint, r: &Ref) {
    assert_eq!(a.d, r.to_u32_digits(), "{a} vs {r}");
}

const ROUNDS: usize = 3000;

#[test]
fn arithmetic_matches_num_bigint() {
    let mut g = Rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..ROUNDS {
        let ((a, ra), (b, rb)) = (g.pair(), g.pair());
        same(&(&a + &b), &(&ra + &rb));
        same(&(a.clone() + b.clone()), &(&ra + &rb));
        same(&(&a * &b), &(&ra * &rb));
        same(&(a.clone() * b.clone()), &(&ra * &rb));
        assert_eq!(a.cmp(&b), ra.cmp(&rb));
        assert_eq!(a == b, ra == rb);
        if a >= b {
            same(&(&a - &b), &(&ra - &rb));
            same(&(a.clone() - b.clone()), &(&ra - &rb));
        } else {
            same(&(&b - &a), &(&rb - &ra));
        }
        let small = g.next() as u32 >> g.below(32);
        same(&(&a + small), &(&ra + small));
        same(&(&a * small), &(&ra * small));
        let mut c = a.clone();
        c += small;
        same(&c, &(&ra + small));
        if ra >= Ref::from(small) {
            same(&(&a - small), &(&ra - small));
        }
        if !b.is_zero() {
            let (q, r) = a.div_rem(&b);
            same(&q, &(&ra / &rb));
            same(&r, &(&ra % &rb));
            // A quotient of many limbs with a remainder near the divisor.
            let big = &(&a * &b) + &(&b - 1u32);
            let (q, r) = big.div_rem(&b);
            let rbig = &ra * &rb + (&rb - 1u32);
            same(&q, &(&rbig / &rb));
            same(&r, &(&rbig % &rb));
        }
    }
}

#[test]
fn knuth_add_back_cases() {
    // Divisions whose first quotient-digit estimate is one too large after
    // the two-limb test (Hacker's Delight's divmnu test vectors).
    let cases: [(&[u32], &[u32]); 4] = [
        (&[0, 0, 0x8000, 0x7fff], &[1, 0, 0x8000]),
        (&[0, 0xfffe, 0, 0x8000], &[0xffff, 0x8000]),
        (&[3, 0, 0x8000], &[1, 0, 0x2000]),
        (&[0, 0, 0x8000_0000, 0x7fff_ffff], &[1, 0, 0x8000_0000]),
    ];
    for (u, v) in cases {
        let (a, b) = (super::trim(u.to_vec()), super::trim(v.to_vec()));
        let (ra, rb) = (Ref::new(u.to_vec()), Ref::new(v.to_vec()));
        let (q, r) = a.div_rem(&b);
        same(&q, &(&ra / &rb));
        same(&r, &(&ra % &rb));
    }
}

#[test]
fn bits_and_shifts_match_num_bigint() {
    let mut g = Rng(0x0123_4567_89ab_cdef);
    for _ in 0..ROUNDS {
        let (a, ra) = g.pair();
        assert_eq!(a.bits(), ra.bits());
        assert_eq!(a.trailing_zeros(), ra.trailing_zeros());
        assert_eq!(a.is_zero(), ra.bits() == 0);
        for _ in 0..8 {
            let i = g.below(a.bits() + 70);
            assert_eq!(a.bit(i), ra.bit(i), "bit {i} of {a}");
        }
        let n = g.below(200) as usize;
        same(&(&a << n), &(&ra << n));
        same(&(a.clone() << n as u64), &(&ra << n));
        same(&(&a >> n as u64), &(&ra >> n));
        same(&(a.clone() >> n), &(&ra >> n));
        let mut c = a.clone();
        c >>= n as u32;
        same(&c, &(&ra >> n));
        let low = ra.iter_u64_digits().next().unwrap_or(0);
        assert_eq!(a.low_u64(), low);
        assert_eq!(a.to_u64(), (ra.bits() <= 64).then_some(low));
    }
}

#[test]
fn pow_matches_num_bigint() {
    let mut g = Rng(42);
    for _ in 0..300 {
        let (a, ra) = if g.below(2) == 0 {
            let v = g.next() >> g.below(64);
            (BigUint::from(v), Ref::from(v))
        } else {
            g.pair()
        };
        let e = g.below(if a.bits() > 64 { 4 } else { 40 }) as u32;
        same(&a.pow(e), &ra.pow(e));
    }
    same(&BigUint::from(5u8).pow(1000), &Ref::from(5u8).pow(1000));
    same(&BigUint::zero().pow(0), &Ref::from(1u8));
}

#[test]
fn text_and_bytes_match_num_bigint() {
    let mut g = Rng(7);
    for _ in 0..ROUNDS {
        let (a, ra) = g.pair();
        for radix in [2, 8, 10, 16, 36] {
            let s = a.to_str_radix(radix);
            assert_eq!(s, ra.to_str_radix(radix));
            same(&BigUint::parse_radix(s.as_bytes(), radix).unwrap(), &ra);
            let upper = s.to_ascii_uppercase();
            same(&BigUint::parse_radix(upper.as_bytes(), radix).unwrap(), &ra);
        }
        assert_eq!(a.to_string(), ra.to_string());
        assert_eq!(format!("{a:?}"), format!("{ra:?}"));
        let bytes = a.to_bytes_be();
        assert_eq!(
            bytes,
            if a.is_zero() {
                vec![]
            } else {
                ra.to_bytes_be()
            }
        );
        same(&BigUint::from_bytes_be(&bytes), &ra);
        let mut padded = vec![0u8; g.below(6) as usize];
        padded.extend_from_slice(&bytes);
        same(&BigUint::from_bytes_be(&padded), &ra);
    }
}

#[test]
fn parses_like_go_set_string() {
    let p = |s: &str, radix| BigUint::parse_radix(s.as_bytes(), radix).map(|n| n.to_string());
    assert_eq!(p("", 10), None);
    assert_eq!(p("+1", 10), None);
    assert_eq!(p("1_0", 10), None);
    assert_eq!(p("12a", 10), None);
    assert_eq!(p("0009", 10).as_deref(), Some("9"));
    assert_eq!(p("zZ", 36).as_deref(), Some("1295"));
    // Above base 36 upper case digits come after lower case ones.
    assert_eq!(p("zZ", 62).as_deref(), Some("2231"));
    assert_eq!(p("Z", 61), None);
    let long = "7".repeat(1000);
    assert_eq!(
        p(&long, 10),
        Some(Ref::parse_bytes(long.as_bytes(), 10).unwrap().to_string())
    );
    assert_eq!(
        p(&long, 62),
        Some(
            long.bytes()
                .fold(Ref::from(0u8), |n, _| n * 62u32 + 7u32)
                .to_string()
        )
    );
}

#[test]
fn bitwise_matches_num_bigint() {
    let mut g = Rng(99);
    for _ in 0..ROUNDS {
        let ((a, ra), (b, rb)) = (g.pair(), g.pair());
        same(&(a.clone() | b.clone()), &(&ra | &rb));
        same(&a.and_not(&b), &(&ra ^ (&ra & &rb)));
        // insert_num's negative case: x | -y in two's complement (big.Int.Or).
        if !b.is_zero() {
            let v = (&b - 1u32).and_not(&a) + 1u32;
            let want = BigInt::from(ra.clone()) | -BigInt::from(rb.clone());
            assert_eq!(want.sign(), num_bigint::Sign::Minus);
            same(&v, want.magnitude());
        }
    }
}

#[test]
#[should_panic(expected = "subtraction underflow")]
fn subtraction_underflow_panics() {
    let _ = BigUint::from(1u8) - BigUint::from(u64::MAX);
}

#[test]
#[should_panic(expected = "division by zero")]
fn division_by_zero_panics() {
    let _ = BigUint::one().div_rem(&BigUint::zero());
}
