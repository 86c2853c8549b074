//! `format` and `formatlist`: cty's printf-like formatter.
//!
//! A verb is `%`, flags (`0 # - + space`), an optional width (no leading zero),
//! an optional precision (`.` and digits), an optional argument index `[n]`, and
//! a letter. Strings are padded and truncated in grapheme clusters; numbers are
//! formatted the way Go formats `big.Float` and `big.Int` values, from the
//! number's exact binary value (cty numbers are 512-bit floats).

use super::super::encoding::{json_quote, json_value};
use super::super::support::{bigint_text, go_quote, text, too_long, MAX_STRING_BYTES};
use super::super::FuncError;
use crate::biguint::BigUint;
use crate::graphemes::graphemes;
use crate::value::{convert, Number, Type, Value};

pub(super) fn format(a: &[Value]) -> Result<Value, FuncError> {
    let args = &a[1..];
    if args.iter().any(untyped_null) {
        return Err(untyped_null_error());
    }
    match format_with(text(&a[0]), args) {
        Ok(s) => Ok(Value::String(s)),
        Err(Fail::Msg(m)) => Err(FuncError::call(m)),
        Err(Fail::Extra { used, message }) => Err(FuncError::arg(used + 1, message)),
    }
}

pub(super) fn formatlist(a: &[Value]) -> Result<Value, FuncError> {
    let fmt = text(&a[0]);
    let args = &a[1..];
    if args.iter().any(untyped_null) {
        return Err(untyped_null_error());
    }
    if args.is_empty() {
        return match format_with(fmt, args) {
            Ok(s) => Ok(Value::List(Type::String, vec![Value::String(s)])),
            Err(Fail::Msg(m)) => Err(FuncError::call(m)),
            Err(Fail::Extra { used, message }) => Err(FuncError::arg(used + 1, message)),
        };
    }
    let mut iter_len: Option<(usize, usize)> = None;
    for (i, arg) in args.iter().enumerate() {
        if let (Some(elems), false) = (arg.elements(), arg.is_null()) {
            match iter_len {
                None => iter_len = Some((elems.len(), i)),
                Some((len, chooser)) if len != elems.len() => {
                    return Err(FuncError::arg(
                        i + 1,
                        format!(
                            "argument {} has length {}, which is inconsistent with argument {} of length {}",
                            i + 1,
                            elems.len(),
                            chooser + 1,
                            len
                        ),
                    ))
                }
                Some(_) => {}
            }
        }
    }
    let count = iter_len.map_or(1, |(len, _)| len);
    let mut out = Vec::with_capacity(count.min(1024));
    let mut total = 0usize;
    for idx in 0..count {
        let row: Vec<Value> = args
            .iter()
            .map(|arg| match (arg.elements(), arg.is_null()) {
                (Some(elems), false) => elems[idx].clone(),
                _ => arg.clone(),
            })
            .collect();
        let s = format_with(fmt, &row).map_err(|e| {
            let m = match e {
                Fail::Msg(m) | Fail::Extra { message: m, .. } => m,
            };
            FuncError::call(format!("error on format iteration {idx}: {m}"))
        })?;
        total += s.len();
        if total > MAX_STRING_BYTES {
            return Err(too_long());
        }
        out.push(Value::String(s));
    }
    Ok(Value::List(Type::String, out))
}

/// A literal `null` has no type; cty then skips the function and returns an
/// unknown value, which this evaluator (whose values are all known) cannot
/// represent, so it reports it.
fn untyped_null(v: &Value) -> bool {
    matches!(v, Value::Null(Type::Dynamic))
}

fn untyped_null_error() -> FuncError {
    FuncError::call(
        "an argument is an untyped null; Terraform would produce an unknown value here, \
         which this evaluator does not support",
    )
}

enum Fail {
    Msg(String),
    /// More arguments than the verbs used: an error about the first unused one.
    Extra {
        used: usize,
        message: String,
    },
}

/// One parsed verb.
#[derive(Default)]
struct Verb<'a> {
    raw: &'a str,
    offset: usize,
    arg_num: i64,
    mode: char,
    zero: bool,
    sharp: bool,
    plus: bool,
    minus: bool,
    space: bool,
    width: Option<i64>,
    width_digits: &'a str,
    prec: Option<i64>,
    prec_digits: &'a str,
}

/// Runs cty's format state machine over `fmt`, formatting each verb as it is met.
fn format_with(fmt: &str, args: &[Value]) -> Result<String, Fail> {
    let b = fmt.as_bytes();
    let mut out = String::new();
    let mut next_arg: i64 = 1;
    let mut max_used: i64 = 0;
    let mut p = 0;
    let eof = |_: usize| {
        Fail::Msg(format!(
            "invalid format string starting at offset {}",
            b.len()
        ))
    };
    let bad = |at: usize| {
        let c = fmt[at..].chars().next().unwrap_or('\u{fffd}');
        Fail::Msg(format!(
            "unrecognized format character {} at offset {at}",
            go_char(c)
        ))
    };
    while p < b.len() {
        if b[p] != b'%' {
            let c = fmt[p..].chars().next().unwrap_or_default();
            out.push(c);
            p += c.len_utf8();
            continue;
        }
        let start = p;
        p += 1;
        if p < b.len() && b[p] == b'%' {
            out.push('%');
            p += 1;
            continue;
        }
        let mut v = Verb {
            offset: start,
            arg_num: next_arg,
            ..Verb::default()
        };
        // flags
        while p < b.len() {
            match b[p] {
                b'0' => v.zero = true,
                b'#' => v.sharp = true,
                b'-' => v.minus = true,
                b'+' => v.plus = true,
                b' ' => v.space = true,
                _ => break,
            }
            p += 1;
        }
        // width
        if p < b.len() && (b'1'..=b'9').contains(&b[p]) {
            let ws = p;
            let mut w: i64 = 0;
            while p < b.len() && b[p].is_ascii_digit() {
                w = w.wrapping_mul(10).wrapping_add(i64::from(b[p] - b'0'));
                p += 1;
            }
            v.width = Some(w);
            v.width_digits = &fmt[ws..p];
        }
        // precision
        if p < b.len() && b[p] == b'.' {
            p += 1;
            let ps = p;
            let mut pr: i64 = 0;
            while p < b.len() && b[p].is_ascii_digit() {
                pr = pr.wrapping_mul(10).wrapping_add(i64::from(b[p] - b'0'));
                p += 1;
            }
            v.prec = Some(pr);
            v.prec_digits = &fmt[ps..p];
        }
        // argument index
        if p < b.len() && b[p] == b'[' {
            p += 1;
            if p >= b.len() {
                return Err(eof(p));
            }
            if !(b'1'..=b'9').contains(&b[p]) {
                return Err(bad(p));
            }
            let mut n: i64 = 0;
            while p < b.len() && b[p].is_ascii_digit() {
                n = n.wrapping_mul(10).wrapping_add(i64::from(b[p] - b'0'));
                p += 1;
            }
            if p >= b.len() {
                return Err(eof(p));
            }
            if b[p] != b']' {
                return Err(bad(p));
            }
            p += 1;
            v.arg_num = n;
        }
        if p >= b.len() {
            return Err(eof(p));
        }
        if !b[p].is_ascii_alphabetic() {
            return Err(bad(p));
        }
        v.mode = char::from(b[p]);
        p += 1;
        v.raw = &fmt[start..p];
        append(&v, args, &mut out)?;
        max_used = max_used.max(v.arg_num);
        next_arg = v.arg_num.wrapping_add(1);
        if out.len() > MAX_STRING_BYTES {
            return Err(Fail::Msg(format!(
                "the result would be longer than the {MAX_STRING_BYTES} bytes this evaluator allows"
            )));
        }
    }
    if (max_used as usize) < args.len() && max_used >= 0 {
        let message = if max_used == 0 {
            "too many arguments; no verbs in format string".to_string()
        } else {
            format!("too many arguments; only {max_used} used by format string")
        };
        return Err(Fail::Extra {
            used: max_used as usize,
            message,
        });
    }
    Ok(out)
}

/// Go's `%q` of a rune: a single-quoted character literal.
fn go_char(c: char) -> String {
    match c {
        '\'' => "'\\''".into(),
        '"' => "'\"'".into(),
        _ => {
            let q = go_quote(&c.to_string());
            format!("'{}'", &q[1..q.len() - 1])
        }
    }
}

fn append(v: &Verb, args: &[Value], out: &mut String) -> Result<(), Fail> {
    let idx = v.arg_num - 1;
    if idx < 0 || idx as u64 >= args.len() as u64 {
        return Err(Fail::Msg(format!(
            "not enough arguments for {} at {}: need index {} but have {} total",
            go_quote(v.raw),
            v.offset,
            v.arg_num,
            args.len()
        )));
    }
    let arg = &args[idx as usize];
    let unsupported = |m: &str| {
        Fail::Msg(format!(
            "unsupported value for {} at {}: {m}",
            go_quote(v.raw),
            v.offset
        ))
    };
    if v.mode != 'v' && arg.is_null() {
        return Err(unsupported("null value cannot be formatted"));
    }
    match v.mode {
        'v' => {
            if !v.sharp {
                match arg {
                    Value::String(s) => return pad(v, s, out),
                    Value::Number(n) => return pad(v, &float_text(n, 'g', -1), out),
                    _ => {}
                }
            }
            let mut json = String::new();
            json_value(arg, &mut json).map_err(|m| unsupported(&m))?;
            pad(v, &json, out)
        }
        't' => {
            let b = convert(arg, &Type::Bool).map_err(|e| unsupported(&e.message))?;
            out.push_str(if b.as_bool() == Some(true) {
                "true"
            } else {
                "false"
            });
            Ok(())
        }
        'b' | 'd' | 'o' | 'x' | 'X' | 'e' | 'E' | 'f' | 'g' | 'G' => {
            let n = convert(arg, &Type::Number).map_err(|e| unsupported(&e.message))?;
            let n = n.as_number().cloned().unwrap_or_else(Number::zero);
            if let Some(noverb) = go_fmt_noverb(v, &n) {
                out.push_str(&noverb);
                return Ok(());
            }
            if matches!(v.mode, 'b' | 'd' | 'o' | 'x' | 'X') {
                let Some(i) = exact_integer(&n) else {
                    return Err(unsupported("an integer is required"));
                };
                out.push_str(&format_int(v, &i));
            } else {
                out.push_str(&format_float(v, &n));
            }
            Ok(())
        }
        's' | 'q' => {
            let s = convert(arg, &Type::String).map_err(|e| unsupported(&e.message))?;
            let s = text(&s);
            let s = match v.prec {
                Some(p) if p > 0 => {
                    let mut clusters = graphemes(s);
                    let end = match usize::try_from(p) {
                        Ok(p) if clusters.nth(p - 1).is_some() => clusters.offset(),
                        _ => s.len(),
                    };
                    &s[..end]
                }
                _ => s,
            };
            if v.mode == 's' {
                pad(v, s, out)
            } else {
                pad(v, &json_quote(s), out)
            }
        }
        m => Err(Fail::Msg(format!(
            "unsupported format verb {} in {} at offset {}",
            go_char(m),
            go_quote(v.raw),
            v.offset
        ))),
    }
}

/// cty's padding for strings and JSON: width in grapheme clusters, zeros if the
/// `0` flag is given (on either side), on the right with `-`.
fn pad(v: &Verb, s: &str, out: &mut String) -> Result<(), Fail> {
    let width = v.width.unwrap_or(-1);
    let len = graphemes(s).count() as i64;
    if width <= len {
        out.push_str(s);
        return Ok(());
    }
    let n = (width - len) as u64;
    if n > MAX_STRING_BYTES as u64 {
        return Err(Fail::Msg(format!(
            "the result would be longer than the {MAX_STRING_BYTES} bytes this evaluator allows"
        )));
    }
    let pads = if v.zero { "0" } else { " " }.repeat(n as usize);
    if v.minus {
        out.push_str(s);
        out.push_str(&pads);
    } else {
        out.push_str(&pads);
        out.push_str(s);
    }
    Ok(())
}

/// Go's fmt gives up on a width or precision beyond a million and prints
/// `%!(NOVERB)` followed by the unused argument.
fn go_fmt_noverb(v: &Verb, n: &Number) -> Option<String> {
    let too_large = |digits: &str| -> bool {
        let mut num: i64 = 0;
        for d in digits.bytes() {
            if num > 1_000_000 {
                return true;
            }
            num = num * 10 + i64::from(d - b'0');
        }
        false
    };
    if !too_large(v.width_digits) && !too_large(v.prec_digits) {
        return None;
    }
    let shown = if matches!(v.mode, 'b' | 'd' | 'o' | 'x' | 'X') {
        match exact_integer(n) {
            Some((neg, mag)) => format!("*big.Int={}", bigint_text(neg, &mag)),
            None => return None,
        }
    } else {
        format!("*big.Float={}", float_text(n, 'g', -1))
    };
    Some(format!("%!(NOVERB)%!(EXTRA {shown})"))
}

/// Go's `big.Int` formatting for `%b %d %o %x %X` with flags, width and precision.
fn format_int(v: &Verb, (neg, mag): &(bool, BigUint)) -> String {
    let (base, upper) = match v.mode {
        'b' => (2, false),
        'o' => (8, false),
        'x' => (16, false),
        'X' => (16, true),
        _ => (10, false),
    };
    let sign = if *neg && !mag.is_zero() {
        "-"
    } else if v.plus {
        "+"
    } else if v.space {
        " "
    } else {
        ""
    };
    let prefix = match (v.sharp, v.mode) {
        (true, 'b') => "0b",
        (true, 'o') => "0",
        (true, 'x') => "0x",
        (true, 'X') => "0X",
        _ => "",
    };
    let mut digits = mag.to_str_radix(base);
    if upper {
        digits = digits.to_ascii_uppercase();
    }
    let mut zeros = 0usize;
    if let Some(p) = v.prec {
        let p = usize::try_from(p).unwrap_or(0);
        if digits.len() < p {
            zeros = p - digits.len();
        } else if digits == "0" && p == 0 {
            return String::new();
        }
    }
    let (mut left, mut right) = (0usize, 0usize);
    let length = sign.len() + prefix.len() + zeros + digits.len();
    if let Some(w) = v.width {
        let w = usize::try_from(w).unwrap_or(0);
        if length < w {
            let d = w - length;
            if v.minus {
                right = d;
            } else if v.zero && v.prec.is_none() {
                zeros = d;
            } else {
                left = d;
            }
        }
    }
    format!(
        "{}{sign}{prefix}{}{digits}{}",
        " ".repeat(left),
        "0".repeat(zeros),
        " ".repeat(right)
    )
}

/// Go's `big.Float` formatting for `%e %E %f %g %G` with flags, width, precision.
fn format_float(v: &Verb, n: &Number) -> String {
    let prec = match (v.prec, v.mode) {
        (Some(p), _) => p,
        (None, 'g' | 'G') => -1,
        (None, _) => 6,
    };
    let body = float_text(n, v.mode, prec);
    let (sign, digits) = match body.as_bytes().first() {
        Some(b'-') => ("-", &body[1..]),
        Some(b'+') => (if v.space { " " } else { "+" }, &body[1..]),
        _ if v.plus => ("+", body.as_str()),
        _ if v.space => (" ", body.as_str()),
        _ => ("", body.as_str()),
    };
    let width = v.width.and_then(|w| usize::try_from(w).ok()).unwrap_or(0);
    let padding = width.saturating_sub(sign.len() + digits.len());
    if v.zero && !n.is_infinite() {
        format!("{sign}{}{digits}", "0".repeat(padding))
    } else if v.minus {
        format!("{sign}{digits}{}", " ".repeat(padding))
    } else {
        format!("{}{sign}{digits}", " ".repeat(padding))
    }
}

/// A decimal number `0.mant × 10^exp` (digits without leading or trailing zeros;
/// empty for zero), as Go's `big` package uses for formatting.
#[derive(Clone, Debug, PartialEq)]
struct Decimal {
    mant: Vec<u8>,
    exp: i64,
}

impl Decimal {
    /// From the digits of an integer and a power of ten: `digits × 10^pow10`.
    fn from_digits(digits: &str, pow10: i64) -> Decimal {
        let d = digits.trim_start_matches('0');
        let trimmed = d.trim_end_matches('0');
        Decimal {
            exp: d.len() as i64 + pow10,
            mant: trimmed.as_bytes().to_vec(),
        }
        .normalized()
    }

    fn normalized(mut self) -> Decimal {
        if self.mant.is_empty() {
            self.exp = 0;
        }
        self
    }

    fn at(&self, i: i64) -> u8 {
        if i >= 0 && (i as usize) < self.mant.len() {
            self.mant[i as usize]
        } else {
            b'0'
        }
    }

    /// Go's `decimal.round`: to `n` digits, half to even on the exact digits.
    fn round(&mut self, n: i64) {
        if n < 0 || n as usize >= self.mant.len() {
            return;
        }
        let n = n as usize;
        let up = if self.mant[n] == b'5' && n + 1 == self.mant.len() {
            n > 0 && (self.mant[n - 1] - b'0') & 1 != 0
        } else {
            self.mant[n] >= b'5'
        };
        if up {
            let mut k = n;
            while k > 0 && self.mant[k - 1] >= b'9' {
                k -= 1;
            }
            if k == 0 {
                self.mant = vec![b'1'];
                self.exp += 1;
                return;
            }
            self.mant[k - 1] += 1;
            self.mant.truncate(k);
        } else {
            self.mant.truncate(n);
            while self.mant.last() == Some(&b'0') {
                self.mant.pop();
            }
            if self.mant.is_empty() {
                self.exp = 0;
            }
        }
    }
}

/// Longest number text we analyse when formatting (a 512-bit float can be
/// astronomically large or small; beyond this we fall back to the shortest text).
const MAX_NUMBER_TEXT: usize = 1 << 16;

/// The shortest decimal that identifies the number (cty's `Text('f', -1)`), and
/// whether it is negative.
fn shortest_decimal(n: &Number) -> (bool, Decimal) {
    let t = n
        .to_text(MAX_NUMBER_TEXT)
        .unwrap_or_else(|| "0".to_string());
    parse_decimal_text(&t)
}

fn parse_decimal_text(t: &str) -> (bool, Decimal) {
    let (neg, t) = match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let (int, frac) = t.split_once('.').unwrap_or((t, ""));
    let digits = format!("{int}{frac}");
    (neg, Decimal::from_digits(&digits, -(frac.len() as i64)))
}

/// Largest power of five we expand to write a tiny number's exact digits.
const MAX_FRACTION_BITS: i64 = 1 << 17;

/// The exact decimal digits of the number's binary value (what Go's big.Float
/// formats from when a precision is given).
fn exact_decimal(n: &Number) -> (bool, Decimal) {
    let Some((neg, mant, exp)) = n.to_parts() else {
        return shortest_decimal(n);
    };
    if mant.is_zero() {
        return (
            neg,
            Decimal {
                mant: Vec::new(),
                exp: 0,
            },
        );
    }
    if exp >= 0 {
        if exp > MAX_FRACTION_BITS {
            return shortest_decimal(n);
        }
        let int = mant << (exp as usize);
        return (neg, Decimal::from_digits(&int.to_string(), 0));
    }
    if -exp > MAX_FRACTION_BITS {
        return shortest_decimal(n);
    }
    // mant / 2^k = mant * 5^k / 10^k
    let k = -exp;
    let scaled = mant * BigUint::from(5u8).pow(k as u32);
    (neg, Decimal::from_digits(&scaled.to_string(), -k))
}

/// The number as an exact integer (whether negative, magnitude), if it is one.
fn exact_integer(n: &Number) -> Option<(bool, BigUint)> {
    if !n.is_integer() {
        return None;
    }
    if let Some(i) = n.to_i64() {
        return Some((i < 0, BigUint::from(i.unsigned_abs())));
    }
    let (neg, d) = exact_decimal(n);
    let mut digits = String::from_utf8(d.mant.clone()).ok()?;
    let zeros = usize::try_from(d.exp).ok()?.checked_sub(digits.len())?;
    digits.push_str(&"0".repeat(zeros));
    let mag = if digits.is_empty() {
        BigUint::zero()
    } else {
        BigUint::parse_radix(digits.as_bytes(), 10)?
    };
    Some((neg && !mag.is_zero(), mag))
}

/// Go's `big.Float.Text(fmt, prec)` for `e E f g G`; `prec < 0` means shortest.
pub(super) fn float_text(n: &Number, fmt: char, prec: i64) -> String {
    if n.is_infinite() {
        return if n.signum() < 0 {
            "-Inf".into()
        } else {
            "+Inf".into()
        };
    }
    let shortest = prec < 0;
    let (neg, mut d) = if shortest {
        shortest_decimal(n)
    } else {
        exact_decimal(n)
    };
    let mut prec = prec;
    if shortest {
        prec = match fmt {
            'e' | 'E' => d.mant.len() as i64 - 1,
            'f' => (d.mant.len() as i64 - d.exp).max(0),
            _ => d.mant.len() as i64,
        };
    } else {
        match fmt {
            'e' | 'E' => d.round(1 + prec),
            'f' => d.round(d.exp + prec),
            _ => {
                if prec == 0 {
                    prec = 1;
                }
                d.round(prec);
            }
        }
    }
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    match fmt {
        'e' | 'E' => fmt_e(&mut out, fmt, prec, &d),
        'f' => fmt_f(&mut out, prec, &d),
        _ => {
            let mut eprec = prec;
            if eprec > d.mant.len() as i64 && d.mant.len() as i64 >= d.exp {
                eprec = d.mant.len() as i64;
            }
            if shortest {
                eprec = 6;
            }
            let exp = d.exp - 1;
            let e = if fmt == 'G' { 'E' } else { 'e' };
            if exp < -4 || exp >= eprec {
                if prec > d.mant.len() as i64 {
                    prec = d.mant.len() as i64;
                }
                fmt_e(&mut out, e, prec - 1, &d);
            } else {
                if prec > d.exp {
                    prec = d.mant.len() as i64;
                }
                fmt_f(&mut out, (prec - d.exp).max(0), &d);
            }
        }
    }
    out
}

fn fmt_e(out: &mut String, e: char, prec: i64, d: &Decimal) {
    out.push(char::from(d.mant.first().copied().unwrap_or(b'0')));
    if prec > 0 {
        out.push('.');
        let m = d.mant.len().min(prec as usize + 1);
        if m > 1 {
            out.push_str(std::str::from_utf8(&d.mant[1..m]).unwrap_or_default());
        }
        for _ in m.max(1)..=prec as usize {
            out.push('0');
        }
    }
    out.push(e);
    let exp = if d.mant.is_empty() { 0 } else { d.exp - 1 };
    out.push(if exp < 0 { '-' } else { '+' });
    let exp = exp.unsigned_abs();
    if exp < 10 {
        out.push('0');
    }
    out.push_str(&exp.to_string());
}

fn fmt_f(out: &mut String, prec: i64, d: &Decimal) {
    if d.exp > 0 {
        let m = d.mant.len().min(d.exp as usize);
        out.push_str(std::str::from_utf8(&d.mant[..m]).unwrap_or_default());
        for _ in m..d.exp as usize {
            out.push('0');
        }
    } else {
        out.push('0');
    }
    if prec > 0 {
        out.push('.');
        for i in 0..prec {
            out.push(char::from(d.at(d.exp + i)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(fmt: &str, args: &[Value]) -> Result<String, String> {
        match format_with(fmt, args) {
            Ok(s) => Ok(s),
            Err(Fail::Msg(m)) | Err(Fail::Extra { message: m, .. }) => Err(m),
        }
    }

    fn num(s: &str) -> Value {
        Value::Number(Number::parse(s).unwrap())
    }

    #[test]
    fn strings_pad_and_truncate_in_graphemes() {
        assert_eq!(
            f("%5s|%-5s|%05s|", &["ab".into(), "ab".into(), "ab".into()]).unwrap(),
            "   ab|ab   |000ab|"
        );
        assert_eq!(
            f("%.2s|%3s|", &["héllo".into(), "é".into()]).unwrap(),
            "hé|  é|"
        );
        assert_eq!(
            f("%q", &["<a\"b>".into()]).unwrap(),
            "\"\\u003ca\\\"b\\u003e\""
        );
        assert_eq!(
            f("%[2]s %[1]s %s", &["a".into(), "b".into()]).unwrap(),
            "b a b"
        );
    }

    #[test]
    fn numbers_follow_go_big() {
        assert_eq!(
            f(
                "%5d|%-5d|%05d|%+d|% d",
                &[num("42"), num("42"), num("42"), num("42"), num("42")]
            )
            .unwrap(),
            "   42|42   |00042|+42| 42"
        );
        assert_eq!(
            f(
                "%x %X %o %b %#x %#08x",
                &[
                    num("255"),
                    num("255"),
                    num("8"),
                    num("5"),
                    num("255"),
                    num("255")
                ]
            )
            .unwrap(),
            "ff FF 10 101 0xff 0x0000ff"
        );
        assert_eq!(
            f(
                "%e|%.2f|%10.3f|%g|%g|%g",
                &[
                    num("123456.789"),
                    num("3.14159"),
                    num("3.14159"),
                    num("123456789"),
                    num("0.0001"),
                    num("100000")
                ]
            )
            .unwrap(),
            "1.234568e+05|3.14|     3.142|1.23456789e+08|0.0001|100000"
        );
        assert_eq!(
            f(
                "%.0f %.0f %.2f %.1f",
                &[num("2.5"), num("3.5"), num("0.125"), num("0.05")]
            )
            .unwrap(),
            "2 4 0.12 0.1"
        );
        assert_eq!(
            f("%.20f|%.3g|%.0e", &[num("0.1"), num("3.14159"), num("15")]).unwrap(),
            "0.10000000000000000000|3.14|2e+01"
        );
        assert_eq!(
            f(
                "%-05.1f|%08.3f|%.d|%.3d",
                &[num("3"), num("-3.14159"), num("0"), num("7")]
            )
            .unwrap(),
            "003.0|-003.142||007"
        );
        assert_eq!(
            f("%v %v %v", &[num("1e20"), num("123456.5"), num("0.1")]).unwrap(),
            "1e+20 123456.5 0.1"
        );
    }

    #[test]
    fn errors_name_the_verb_and_offset() {
        assert_eq!(
            f("%s %s", &["a".into()]).unwrap_err(),
            "not enough arguments for \"%s\" at 3: need index 2 but have 1 total"
        );
        assert_eq!(
            f("%d", &[num("1.5")]).unwrap_err(),
            "unsupported value for \"%d\" at 0: an integer is required"
        );
        assert_eq!(
            f("%y", &[num("1")]).unwrap_err(),
            "unsupported format verb 'y' in \"%y\" at offset 0"
        );
        assert_eq!(
            f("abc%", &[]).unwrap_err(),
            "invalid format string starting at offset 4"
        );
        assert_eq!(
            f("%[1]5d", &[num("1")]).unwrap_err(),
            "unrecognized format character '5' at offset 4"
        );
        assert_eq!(
            f("%é", &[num("1")]).unwrap_err(),
            "unrecognized format character 'é' at offset 1"
        );
        assert_eq!(
            f("%d %d", &[num("1"), num("2"), num("3")]).unwrap_err(),
            "too many arguments; only 2 used by format string"
        );
        assert_eq!(
            f("x", &[num("1")]).unwrap_err(),
            "too many arguments; no verbs in format string"
        );
        assert_eq!(
            f("%s", &[Value::Null(Type::String)]).unwrap_err(),
            "unsupported value for \"%s\" at 0: null value cannot be formatted"
        );
        assert_eq!(f("%v", &[Value::Null(Type::String)]).unwrap(), "null");
    }
}
