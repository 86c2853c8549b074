//! Tests. The golden table is real Terraform 1.11 output (go-cty v1.16.0,
//! hcl v2.23.0). Regenerate it with this loop, one expression per line in
//! exprs.txt (the first column below), then paste the output into GOLDEN:
//!
//! ```sh
//! unset TF_CLI_CONFIG_FILE; export CHECKPOINT_DISABLE=1; cd "$(mktemp -d)"
//! while IFS= read -r e; do
//!   out=$(printf '%s\n' "$e" | terraform console -no-color 2>&1)
//!   if printf '%s' "$out" | grep -q Error; then
//!     msg=$(printf '%s\n' "$out" | awk '/source code not available/{f=1;next} f && NF>1 {sub(/^│ /,""); print; exit}')
//!     printf '%s\tERR:%s\n' "$e" "$msg"
//!   else
//!     printf '%s\t%s\n' "$e" "$(printf '%s' "$out" | tr '\n' ' ' | sed 's/ *$//')"
//!   fi
//! done < exprs.txt
//! ```
//!
//! Error lines hold only the first line of Terraform's message, so they are
//! compared as a prefix. A tiny HCL-expression evaluator below maps each
//! expression onto the `Number` API (`length([..])` → `from_i64`, as cty's
//! NumberIntVal; literals → `parse_literal`; `<`/`>` → `cmp_numeric`).

use super::*;
use std::collections::hash_map::DefaultHasher;

const GOLDEN: &str = r#"
10/3	3.3333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333332
2/3	0.6666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666667
0.1+0.2	0.3
1/0	+Inf
-1/0	-Inf
0/0	ERR:Error during operation: can't divide zero by zero or infinity by infinity.
1e400	10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
tostring(1.5e-7)	"0.00000015"
7 % 3	1
-7 % 3	-1
7.5 % 2	1.5
floor(-2.5)	-3
tonumber("-0")	-0
tonumber("Inf")	+Inf
tonumber(".5")	0.5
tonumber("5.")	5
tonumber("+1")	1
tonumber(" 1")	ERR:Invalid value for "v" parameter: cannot convert " 1" to number; given string
tonumber("0x10")	ERR:Invalid value for "v" parameter: cannot convert "0x10" to number; given
tonumber("1_000")	ERR:Invalid value for "v" parameter: cannot convert "1_000" to number; given
2.00000000000000000001 == 2	false
1e-7	0.0000001
123456789012345678901234567890	123456789012345678901234567890
-123.456	-123.456
0.000001	0.000001
1e21	1000000000000000000000
1e-30	0.000000000000000000000000000001
1.5e300	1500000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
-2.5e-5	-0.000025
100	100
1000000	1000000
0.1	0.1
0.5	0.5
1/7	0.14285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285
-1/3	-0.33333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333335
22/7	3.1428571428571428571428571428571428571428571428571428571428571428571428571428571428571428571428571428571428571428571428571428571428571428571428571428571428
1e-400	0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001
2e-400 * 1e200	0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000002
(1/0)-(1/0)	ERR:Error during operation: can't subtract infinity from itself.
(1/0)+(-1/0)	ERR:Error during operation: can't compute sum of opposing infinities.
(1/0)*0	ERR:Error during operation: can't multiply zero by infinity.
0*(1/0)	ERR:Error during operation: can't multiply zero by infinity.
(1/0)/(1/0)	ERR:Error during operation: can't divide zero by zero or infinity by infinity.
(1/0)+1	+Inf
-(1/0)	-Inf
1/(1/0)	0
-1/(1/0)	-0
(1/0)*(-1)	-Inf
(1/0) > 1e400	true
-(1/0) < -1e400	true
-7 % -3	-1
7 % -3	1
7.5 % -2	1.5
-7.5 % 2	-1.5
5 % 0	5
0 % 5	0
-0 % 3	-0
1 % 0.3	0.099999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999955
10 % 2.5	0
5 % (1/0)	ERR:Error during operation: can't use modulo with zero and infinity.
(1/0) % 3	ERR:Error during operation: panic in function implementation: runtime error:
1e400 % 7	0
0.1 % 0.03	0.010000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000003
1e30 % 7	1
floor(2.5)	2
ceil(2.5)	3
ceil(-2.5)	-2
floor(-0.5)	-1
ceil(-0.5)	0
floor(1e400)	10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
floor(1/0)	+Inf
ceil(-1/0)	-Inf
floor(0.9999999999999999999999)	0
floor(-0)	0
ceil(1e-300)	1
floor(-1e-300)	-1
floor(123456789.987654321)	123456789
ceil(1e20 + 0.5)	100000000000000000001
0.1+0.2 == 0.3	true
1/3 == 0.3333333333333333	false
1/3*3 == 1	true
1/3*3	1
-0 == 0	true
1e400 > 1e399	true
(1/0) == (1/0)	true
pow(10,-1) == 0.1	true
pow(10,-1) == pow(10,-1) + 0	false
pow(2,0.5)	1.4142135623730951
pow(2,10)	1024
pow(3,40)	12157665459056929000
pow(2,-1074)	0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000004940656458412465
pow(10,308)*10	1000000000000000609731156489856398914316737007824688283603484959668838304813287646535200850474166624478002144487922051958849956095179974075014466610059558700000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
log(8,2)	3
log(100,10)	2
log(0,10)	-Inf
pow(0,-1)	+Inf
pow(1e400,1)	ERR:Call to function "pow" failed: value must be between
log(1,1)	ERR:Call to function "log" failed: panic in function implementation:
pow(-8, 1/3)	ERR:Call to function "pow" failed: panic in function implementation:
tonumber("1E5")	100000
tonumber("1e+5")	100000
tonumber("-.5")	-0.5
tonumber("inf")	+Inf
tonumber("INF")	ERR:Invalid value for "v" parameter: cannot convert "INF" to number; given string
tonumber("+Inf")	+Inf
tonumber("-inf")	-Inf
tonumber("Infinity")	ERR:Invalid value for "v" parameter: cannot convert "Infinity" to number; given
tonumber("NaN")	ERR:Invalid value for "v" parameter: cannot convert "NaN" to number; given string
tonumber("")	ERR:Invalid value for "v" parameter: cannot convert "" to number; given string
tonumber("-")	ERR:Invalid value for "v" parameter: cannot convert "-" to number; given string
tonumber("1e")	ERR:Invalid value for "v" parameter: cannot convert "1e" to number; given string
tonumber("00012")	12
tonumber("1.2.3")	ERR:Invalid value for "v" parameter: cannot convert "1.2.3" to number; given
tonumber("1p3")	8
tonumber("1.5p-1")	0.75
tonumber("1e999999999")	+Inf
tonumber("1e-999999999")	0
tonumber("-1e999999999")	-Inf
tonumber("1e3000000000")	ERR:Invalid value for "v" parameter: cannot convert "1e3000000000" to number;
tonumber("1e-3000000000")	ERR:Invalid value for "v" parameter: cannot convert "1e-3000000000" to number;
tonumber("0e99999999999999999999")	ERR:Invalid value for "v" parameter: cannot convert "0e99999999999999999999" to
tonumber("1e99999999999999999999")	ERR:Invalid value for "v" parameter: cannot convert "1e99999999999999999999" to
tonumber("0e3000000000")	0
tonumber("1.")	1
tonumber(".")	ERR:Invalid value for "v" parameter: cannot convert "." to number; given string
tonumber("+.5")	0.5
tonumber("--1")	ERR:Invalid value for "v" parameter: cannot convert "--1" to number; given string
tonumber("1e5.5")	ERR:Invalid value for "v" parameter: cannot convert "1e5.5" to number; given
tonumber("0.1e1")	1
tonumber("1e+")	ERR:Invalid value for "v" parameter: cannot convert "1e+" to number; given string
tonumber("1 ")	ERR:Invalid value for "v" parameter: cannot convert "1 " to number; given string
tonumber("-0.0")	-0
tonumber("0.000")	0
tonumber("1e-7")	0.0000001
tonumber("12345678901234567890123456789012345678901234567890")	12345678901234567890123456789012345678901234567890
tostring(1/3)	"0.33333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333335"
tostring(-0.5)	"-0.5"
tostring(1e25)	"10000000000000000000000000"
tostring(1/0)	"+Inf"
jsonencode(1.5)	"1.5"
jsonencode(-0.25)	"-0.25"
jsonencode(1e-10)	"0.0000000001"
length([1,2,3])/length([1,2,3,4,5,6,7])	0.42857142857142857144
length([1,2,3])/7	0.42857142857142857142857142857142857142857142857142857142857142857142857142857142857142857142857142857142857142857142857142857142857142857142857142857142856
length([1,2])*length([1,2,3])	6
1 - length([1])	0
pow(2,0.5)*pow(2,0.5)	2.00000000000000027343234630647693
pow(2,0.5)*pow(3,0.5)	2.4494897427831781237221939200634
pow(2,0.5)+0	1.4142135623730951454746218587388284504413604736328125
pow(1.1,2)	1.2100000000000002
pow(1.1,2) == 1.21	false
pow(3,0.5) < 1.7320508075688772	true
pow(3,0.5) > 1.7320508075688772	false
pow(3,0.5) == 1.7320508075688772	true
0.1 < 0.10000000000000000001	true
1/3 < 0.33333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333	false
abs(-2.5)	2.5
abs(-0)	0
-(0)	-0
0 - 0	0
-0 - 0	-0
-0 + -0	-0
1 - 1	0
3 * -0	-0
-0 * -0	0
-0 / 5	-0
0 / -5	-0
99999999999999999999 + 1	100000000000000000000
0.3 - 0.1	0.20000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000002
1e-10 * 1e-10	0.000000000000000000009999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999
4.35 * 100	435
1.1 * 1.1	1.2100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001
1e200 * 1e200	10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
1.7976931348623157e308 * 10	1797693134862315700000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
5 / 2	2.5
-5 / 2	-2.5
1e-320 / 1e10	0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001
(0.1 + 0.2) * 10	3
100000000000000000000000 / 3	33333333333333333333333.333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333334
"#;

// ---- a minimal HCL expression evaluator over Number ------------------------

#[derive(Debug, Clone)]
enum V {
    N(Number),
    S(String),
    B(bool),
    L(usize),
}

struct P<'a> {
    s: &'a [u8],
    i: usize,
}

type R = Result<V, String>;

fn num(v: V) -> Result<Number, String> {
    match v {
        V::N(n) => Ok(n),
        V::S(s) => Number::parse(&s).ok_or_else(|| format!("cannot convert {s:?} to number")),
        other => Err(format!("not a number: {other:?}")),
    }
}

fn e(r: Result<Number, NumberError>) -> R {
    r.map(V::N).map_err(|e| e.0)
}

impl P<'_> {
    fn ws(&mut self) {
        while self.s.get(self.i) == Some(&b' ') {
            self.i += 1;
        }
    }
    fn eat(&mut self, t: &str) -> bool {
        self.ws();
        if self.s[self.i..].starts_with(t.as_bytes()) {
            self.i += t.len();
            true
        } else {
            false
        }
    }
    fn expr(&mut self) -> R {
        let l = self.cmp()?;
        if self.eat("==") {
            let r = self.cmp()?;
            return Ok(V::B(eq(&l, &r)));
        }
        if self.eat("!=") {
            let r = self.cmp()?;
            return Ok(V::B(!eq(&l, &r)));
        }
        Ok(l)
    }
    fn cmp(&mut self) -> R {
        let l = self.add()?;
        for op in ["<=", ">=", "<", ">"] {
            if self.eat(op) {
                let (a, b) = (num(l)?, num(self.add()?)?);
                let o = a.cmp_numeric(&b);
                return Ok(V::B(match op {
                    "<" => o.is_lt(),
                    ">" => o.is_gt(),
                    "<=" => o.is_lt() || a == b,
                    _ => o.is_gt() || a == b,
                }));
            }
        }
        Ok(l)
    }
    fn add(&mut self) -> R {
        let mut l = self.mul()?;
        loop {
            if self.eat("+") {
                l = e(num(l)?.add(&num(self.mul()?)?))?;
            } else if self.eat("-") {
                l = e(num(l)?.sub(&num(self.mul()?)?))?;
            } else {
                return Ok(l);
            }
        }
    }
    fn mul(&mut self) -> R {
        let mut l = self.unary()?;
        loop {
            if self.eat("*") {
                l = e(num(l)?.mul(&num(self.unary()?)?))?;
            } else if self.eat("/") {
                l = e(num(l)?.div(&num(self.unary()?)?))?;
            } else if self.eat("%") {
                l = e(num(l)?.rem(&num(self.unary()?)?))?;
            } else {
                return Ok(l);
            }
        }
    }
    fn unary(&mut self) -> R {
        if self.eat("-") {
            return Ok(V::N(num(self.unary()?)?.neg()));
        }
        self.primary()
    }
    fn primary(&mut self) -> R {
        self.ws();
        let c = *self.s.get(self.i).ok_or("eof")?;
        if c == b'(' {
            self.i += 1;
            let v = self.expr()?;
            self.eat(")");
            return Ok(v);
        }
        if c == b'"' {
            let st = self.i + 1;
            let en = st
                + self.s[st..]
                    .iter()
                    .position(|&b| b == b'"')
                    .ok_or("unterminated")?;
            self.i = en + 1;
            return Ok(V::S(String::from_utf8_lossy(&self.s[st..en]).into_owned()));
        }
        if c == b'[' {
            let mut n = 0;
            self.i += 1;
            while !self.eat("]") {
                self.expr()?;
                n += 1;
                self.eat(",");
            }
            return Ok(V::L(n));
        }
        if c.is_ascii_digit() {
            let st = self.i;
            while let Some(&b) = self.s.get(self.i) {
                let sign_ok = (b == b'+' || b == b'-') && matches!(self.s[self.i - 1], b'e' | b'E');
                if b.is_ascii_digit() || b == b'.' || b == b'e' || b == b'E' || sign_ok {
                    self.i += 1;
                } else {
                    break;
                }
            }
            let lit = std::str::from_utf8(&self.s[st..self.i]).map_err(|e| e.to_string())?;
            return Number::parse_literal(lit)
                .map(V::N)
                .ok_or_else(|| format!("bad literal {lit}"));
        }
        let st = self.i;
        while self
            .s
            .get(self.i)
            .is_some_and(|b| b.is_ascii_alphanumeric())
        {
            self.i += 1;
        }
        let name = std::str::from_utf8(&self.s[st..self.i])
            .map_err(|e| e.to_string())?
            .to_string();
        let mut args = Vec::new();
        if self.eat("(") {
            while !self.eat(")") {
                args.push(self.expr()?);
                self.eat(",");
            }
        }
        call(&name, args)
    }
}

fn eq(a: &V, b: &V) -> bool {
    match (a, b) {
        (V::N(x), V::N(y)) => x == y,
        (V::S(x), V::S(y)) => x == y,
        (V::B(x), V::B(y)) => x == y,
        _ => false,
    }
}

fn call(name: &str, mut a: Vec<V>) -> R {
    let mut arg = || a.remove(0);
    match name {
        "tonumber" => match arg() {
            V::S(s) => Number::parse(&s).map(V::N).ok_or_else(|| {
                format!("cannot convert {s:?} to number; given string must be a decimal representation of a number")
            }),
            v => Ok(V::N(num(v)?)),
        },
        "tostring" => Ok(V::S(num(arg())?.to_text(100_000).ok_or("too long")?)),
        "jsonencode" => {
            let n = num(arg())?;
            if n.is_infinite() {
                return Err("cannot serialize infinity as JSON".into());
            }
            Ok(V::S(n.to_text(100_000).ok_or("too long")?))
        }
        "floor" => Ok(V::N(num(arg())?.floor())),
        "ceil" => Ok(V::N(num(arg())?.ceil())),
        "abs" => Ok(V::N(num(arg())?.abs())),
        "pow" => {
            let (x, y) = (num(arg())?, num(arg())?);
            e(x.pow(&y))
        }
        "log" => {
            let (x, y) = (num(arg())?, num(arg())?);
            e(x.log(&y))
        }
        "length" => match arg() {
            V::L(n) => Ok(V::N(Number::from_i64(n as i64))),
            v => Err(format!("length of {v:?}")),
        },
        "true" => Ok(V::B(true)),
        "false" => Ok(V::B(false)),
        _ => Err(format!("unknown function {name}")),
    }
}

fn eval(src: &str) -> String {
    let mut p = P {
        s: src.as_bytes(),
        i: 0,
    };
    match p.expr() {
        Ok(V::N(n)) => n.to_text(100_000).unwrap_or_else(|| "<too long>".into()),
        Ok(V::S(s)) => format!("\"{s}\""),
        Ok(V::B(b)) => b.to_string(),
        Ok(V::L(n)) => format!("<list {n}>"),
        Err(e) => format!("ERR:{e}"),
    }
}

fn golden_cases() -> Vec<(&'static str, &'static str)> {
    GOLDEN
        .lines()
        .filter(|l| !l.is_empty())
        .filter_map(|l| l.split_once('\t'))
        .collect()
}

#[test]
fn golden_table_matches_terraform() {
    let cases = golden_cases();
    assert!(cases.len() >= 80, "only {} golden cases", cases.len());
    let mut failures = Vec::new();
    for (expr, want) in &cases {
        let got = eval(expr);
        let ok = match want.strip_prefix("ERR:") {
            Some(msg) => {
                let mut msg = msg.trim();
                for pre in [
                    "Error during operation: ",
                    "Invalid value for \"v\" parameter: ",
                ] {
                    msg = msg.strip_prefix(pre).unwrap_or(msg);
                }
                if let Some(rest) = msg.strip_prefix("Call to function \"") {
                    msg = rest.split_once("\" failed: ").map_or(msg, |x| x.1);
                }
                let msg = msg.strip_suffix('.').unwrap_or(msg);
                got.strip_prefix("ERR:").is_some_and(|g| g.starts_with(msg))
            }
            None => got == *want,
        };
        if !ok {
            failures.push(format!("{expr}\n   want: {want}\n   got:  {got}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

// ---- property-style tests ----------------------------------------------------

/// Deterministic xorshift generator (no extra crates).
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn n(s: &str) -> Number {
    Number::parse(s).unwrap_or_else(|| panic!("parse {s}"))
}

fn hash_of(x: &Number) -> u64 {
    let mut h = DefaultHasher::new();
    x.hash(&mut h);
    h.finish()
}

/// A mix of values: random decimals at 512 bits, arithmetic results,
/// 64-bit integers, 53-bit floats (pow/log-like), infinities and zeros.
fn sample_values(count: usize, seed: u64) -> Vec<Number> {
    let mut r = Rng(seed);
    let mut out = vec![
        n("0"),
        n("-0"),
        n("Inf"),
        n("-Inf"),
        n("0.1"),
        Number::from_f64(0.1).unwrap(),
    ];
    while out.len() < count {
        let digits: String = (0..1 + r.below(25))
            .map(|_| char::from(b'0' + r.below(10) as u8))
            .collect();
        let sign = if r.below(2) == 0 { "" } else { "-" };
        let s = format!("{sign}{digits}e{}", r.below(80) as i64 - 40);
        let x = n(&s);
        out.push(match r.below(6) {
            0 => x.div(&n("7")).unwrap(),
            1 => x.mul(&x).unwrap(),
            2 => Number::from_f64(x.to_f64()).unwrap(),
            3 => Number::from_i64(r.next() as i64 >> r.below(60)),
            4 => Number::from_f64(x.to_f64())
                .unwrap()
                .mul(&Number::from_f64(1.1).unwrap())
                .unwrap(),
            _ => x,
        });
    }
    out
}

#[test]
fn text_round_trips_through_parse() {
    for x in sample_values(400, 7) {
        let t = x.to_text(10_000).unwrap();
        let y = Number::parse(&t).unwrap_or_else(|| panic!("reparse {t}"));
        // Integers compare exactly, so a 53/64-bit integer printed with fewer
        // digits (e.g. pow(3,40) → 12157665459056929000) does not round-trip
        // in Terraform either; everything else must.
        if !(x.is_integer() && x.prec < PARSE_PREC) {
            assert_eq!(x, y, "{t}");
        }
        assert_eq!(y.to_text(10_000).unwrap(), t);
        if x.prec == PARSE_PREC && !t.ends_with("Inf") {
            assert_eq!(x.cmp_numeric(&y), Ordering::Equal, "{t}");
        }
    }
}

#[test]
fn ordering_is_total_and_consistent_with_eq_and_hash() {
    let mut v = sample_values(150, 11);
    // Values that print alike but differ in binary (mixed precision).
    v.push(Number::from_f64(0.1).unwrap().add(&n("0")).unwrap());
    v.push(Number::from_i64(2));
    v.push(n("2").add(&Number::from_f64(4e-16).unwrap()).unwrap());
    v.sort();
    for i in 0..v.len() {
        for j in 0..v.len() {
            let (a, b) = (&v[i], &v[j]);
            let o = a.cmp(b);
            assert_eq!(o, b.cmp(a).reverse());
            assert_eq!(o == Ordering::Equal, a == b);
            if i < j {
                assert_ne!(o, Ordering::Greater, "{a} vs {b}");
            }
            if a == b {
                assert_eq!(hash_of(a), hash_of(b));
            }
            if a.prec == b.prec {
                assert_eq!(o, a.cmp_numeric(b), "{a} vs {b}");
            }
        }
    }
}

#[test]
fn terraform_equality_quirks() {
    let tenth53 = Number::from_f64(0.1).unwrap();
    assert_eq!(tenth53, n("0.1")); // both print 0.1
    assert_eq!(tenth53.cmp_numeric(&n("0.1")), Ordering::Greater);
    assert_ne!(tenth53.add(&n("0")).unwrap(), tenth53); // 512-bit copy prints every digit
    assert_eq!(n("-0"), n("0"));
    assert_eq!(hash_of(&n("-0")), hash_of(&n("0")));
    assert_eq!(Number::from_i64(3), n("3"));
    assert_eq!(n("Inf"), n("+inf"));
    assert!(n("-Inf") < n("-1e400") && n("1e400") < n("Inf"));
}

#[test]
fn conversions() {
    for f in [
        0.0,
        -0.0,
        1.0,
        -2.5,
        0.1,
        1e300,
        5e-324,
        2.2250738585072014e-308,
        f64::MAX,
        f64::INFINITY,
    ] {
        let x = Number::from_f64(f).unwrap();
        assert_eq!(x.to_f64().to_bits(), f.to_bits(), "{f}");
    }
    assert!(Number::from_f64(f64::NAN).is_none());
    assert_eq!(n("1e400").to_f64(), f64::INFINITY);
    assert_eq!(n("-1e-400").to_f64().to_bits(), (-0.0f64).to_bits());
    assert_eq!(n("0.1").to_f64(), 0.1);
    assert_eq!(Number::from_i64(i64::MIN).to_i64(), Some(i64::MIN));
    assert_eq!(Number::from_u64(u64::MAX).to_i64(), None);
    assert_eq!(n("9223372036854775807").to_i64(), Some(i64::MAX));
    assert_eq!(n("-9223372036854775809").to_i64(), None);
    assert_eq!(n("2.5").to_i64(), None);
    assert_eq!(
        Number::from_u64(u64::MAX).to_text(100).unwrap(),
        "18446744073709551615"
    );
    assert!(n("-0").is_integer() && !n("0.5").is_integer() && !n("Inf").is_integer());
    assert_eq!(
        (n("-3").signum(), n("-0").signum(), n("Inf").signum()),
        (-1, 0, 1)
    );
    assert_eq!(Number::parse_literal("1.5e3").unwrap().to_string(), "1500");
    for bad in [
        "-1", "+1", ".5", "1.", "Inf", "1p3", "0x1", "1_0", "", "1.2.3", " 1",
    ] {
        assert!(Number::parse_literal(bad).is_none(), "{bad}");
    }
}

#[test]
fn hostile_exponents_stay_cheap() {
    let start = std::time::Instant::now();
    let huge = n("1e600000000");
    let tiny = n("1e-600000000");
    assert!(!huge.is_infinite() && tiny.signum() == 1);
    assert_eq!(n("1e999999999"), n("Inf"));
    assert_eq!(n("-1e-999999999").to_text(10).unwrap(), "-0");
    assert!(Number::parse("1e3000000000").is_none());
    assert!(huge.to_text(4096).is_none() && tiny.to_text(4096).is_none());
    assert_eq!(huge.to_string(), "1e+600000000");
    assert_eq!(tiny.to_string(), "1e-600000000");
    assert!(huge.mul(&huge).unwrap().is_infinite());
    assert_eq!(tiny.mul(&tiny).unwrap().signum(), 0);
    assert_eq!(huge.div(&huge).unwrap(), n("1"));
    assert_eq!(huge.add(&n("1")).unwrap(), huge);
    assert_eq!(huge.sub(&tiny).unwrap(), huge);
    assert_eq!(tiny.add(&n("1")).unwrap(), n("1"));
    assert_eq!(huge.floor(), huge);
    assert_eq!(tiny.ceil(), n("1"));
    let _ = huge.rem(&n("7")).unwrap();
    let _ = n("7").rem(&tiny).unwrap();
    assert!(tiny < n("1e-400") && huge > n("1e400") && tiny == tiny.clone());
    let _ = (hash_of(&huge), hash_of(&tiny));
    let max_finite = n("1e646000000");
    assert!(!max_finite.is_infinite());
    assert!(
        max_finite.mul(&n("10")).unwrap().is_infinite()
            || max_finite.mul(&n("10")).unwrap() > max_finite
    );
    // generous bound: debug builds of num-bigint are slow; release is far below.
    assert!(start.elapsed().as_millis() < 2000, "{:?}", start.elapsed());
}

#[test]
fn random_strings_never_panic() {
    let alphabet = b"0123456789..eEpP+-_xXInfa \t";
    let others = [
        n("3"),
        n("-0.5"),
        n("0"),
        n("Inf"),
        Number::from_f64(1e-300).unwrap(),
        n("1e-5000"),
    ];
    let mut r = Rng(99);
    let mut parsed = 0;
    for _ in 0..4000 {
        let len = r.below(24) as usize;
        let s: String = (0..len)
            .map(|_| alphabet[r.below(alphabet.len() as u64) as usize] as char)
            .collect();
        let lit = Number::parse_literal(&s);
        if let Some(x) = Number::parse(&s) {
            parsed += 1;
            if let Some(l) = lit {
                assert_eq!(l, x);
            }
            let _ = (
                x.to_text(300),
                x.to_string(),
                x.to_f64(),
                x.to_i64(),
                x.floor(),
                x.ceil(),
                hash_of(&x),
            );
            for o in &others {
                let _ = (
                    x.add(o),
                    x.sub(o),
                    x.mul(o),
                    x.div(o),
                    x.rem(o),
                    o.rem(&x),
                    x.pow(o),
                    x.log(o),
                );
                let _ = (x.cmp(o), x.cmp_numeric(o), x == *o);
            }
        } else {
            assert!(lit.is_none(), "{s}");
        }
    }
    assert!(parsed > 100, "{parsed}");
}

#[test]
fn fixed5_is_rusts_five_decimals() {
    use super::format::fixed5;
    let mut xs = vec![
        0.0,
        1.0,
        9.999995,
        9.999994999,
        10.0,
        1.015625, // 65/64: a tie at the fifth decimal, rounded to even
        1.046875, // 67/64: a tie rounded up
        2.5e-6,
        1.5e-5,
        123456.789,
        f64::MIN_POSITIVE,
        5e-324,
        1.8446744073709552e19 - 4096.0,
    ];
    // Every value 10^f for f in [0, 1) that approx_text can meet, on a fine grid,
    // and odd multiples of 2^-k near ties.
    for i in 0..20_000 {
        xs.push(10f64.powf(i as f64 / 20_000.0));
    }
    for k in 6..=30 {
        for n in (1..400u64).step_by(7) {
            xs.push((2 * n + 1) as f64 / (1u64 << k) as f64);
        }
    }
    for x in xs {
        assert_eq!(fixed5(x), format!("{x:.5}"), "{x:e}");
    }
}
