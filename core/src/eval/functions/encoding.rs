//! Encoding functions: base64decode, base64encode, jsondecode, jsonencode.
//!
//! `jsonencode` writes numbers with [`Number::to_text`] and escapes strings the
//! way Go's `encoding/json` does (`<`, `>`, `&`, U+2028 and U+2029 as `\uXXXX`).
//! `jsondecode` reads JSON the way Go's `json.Decoder` token API does, so that it
//! accepts and rejects the same texts with the same messages (including Go's
//! quirk of ignoring a `]` or `}` after the value).

use super::support::{go_quote, text, too_long, MAX_STRING_BYTES};
use super::{nullable, param, FuncError, Function, ParamKind as K};
use crate::value::{Number, Type, Value};
use std::collections::BTreeMap;

pub(super) const FUNCTIONS: &[Function] = &[
    Function {
        name: "base64decode",
        params: &[param("str", K::String)],
        variadic: None,
        imp: base64decode,
    },
    Function {
        name: "base64encode",
        params: &[param("str", K::String)],
        variadic: None,
        imp: |a| {
            let s = text(&a[0]);
            if s.len() / 3 * 4 + 4 > MAX_STRING_BYTES {
                return Err(too_long());
            }
            Ok(Value::String(base64_encode(s.as_bytes())))
        },
    },
    Function {
        name: "jsondecode",
        params: &[param("str", K::String)],
        variadic: None,
        imp: |a| json_decode(text(&a[0])).map_err(FuncError::call),
    },
    Function {
        name: "jsonencode",
        params: &[nullable("val", K::Any)],
        variadic: None,
        imp: |a| {
            let mut out = String::new();
            json_value(&a[0], &mut out).map_err(FuncError::call)?;
            Ok(Value::String(out))
        },
    },
];

/// Longest number text written into JSON.
const MAX_NUMBER_TEXT: usize = 1 << 20;

/// Writes `v` as cty's JSON marshaller does (object keys sorted, nulls as `null`).
pub(super) fn json_value(v: &Value, out: &mut String) -> Result<(), String> {
    match v {
        Value::Null(_) => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => {
            if n.is_infinite() {
                return Err("cannot serialize infinity as JSON".into());
            }
            let t = n
                .to_text(MAX_NUMBER_TEXT)
                .ok_or_else(|| "number is too large to serialize as JSON".to_string())?;
            out.push_str(&t);
        }
        Value::String(s) => out.push_str(&json_quote(s)),
        Value::List(_, vs) | Value::Set(_, vs) | Value::Tuple(vs) => {
            out.push('[');
            for (i, e) in vs.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                json_value(e, out)?;
            }
            out.push(']');
        }
        Value::Map(_, m) | Value::Object(m) => {
            out.push('{');
            for (i, (k, e)) in m.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&json_quote(k));
                out.push(':');
                json_value(e, out)?;
            }
            out.push('}');
        }
    }
    if out.len() > MAX_STRING_BYTES {
        return Err(format!(
            "the result would be longer than the {MAX_STRING_BYTES} bytes this evaluator allows"
        ));
    }
    Ok(())
}

/// A JSON string literal, escaped as Go's `encoding/json` escapes (HTML-safe).
pub(super) fn json_quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '<' | '>' | '&' | '\u{2028}' | '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", c as u32));
            }
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn base64_encode(data: &[u8]) -> String {
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(B64[(n >> (18 - 6 * i)) as usize & 63]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Go's `base64.StdEncoding.DecodeString`: padding required, `\r` and `\n`
/// skipped anywhere, unused bits of the last symbol ignored.
fn base64_decode(s: &str) -> Option<Vec<u8>> {
    let symbols: Vec<u8> = s.bytes().filter(|b| *b != b'\r' && *b != b'\n').collect();
    if !symbols.len().is_multiple_of(4) {
        return None;
    }
    let mut out = Vec::with_capacity(symbols.len() / 4 * 3);
    let quanta = symbols.len() / 4;
    for (qi, q) in symbols.chunks(4).enumerate() {
        let mut vals = [0u32; 4];
        let mut len = 4;
        for (j, &c) in q.iter().enumerate() {
            match B64.iter().position(|&b| b == c) {
                Some(v) if len == 4 => vals[j] = v as u32,
                Some(_) => return None,
                None if c == b'=' && j >= 2 && qi + 1 == quanta => {
                    if len == 4 {
                        len = j;
                    }
                }
                None => return None,
            }
        }
        // "xx=y" is not valid padding.
        if len == 2 && q[3] != b'=' {
            return None;
        }
        let n = vals[0] << 18 | vals[1] << 12 | vals[2] << 6 | vals[3];
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend_from_slice(&bytes[..len - 1]);
    }
    Some(out)
}

fn base64decode(a: &[Value]) -> Result<Value, FuncError> {
    let s = text(&a[0]);
    let bytes = base64_decode(s)
        .ok_or_else(|| FuncError::call(format!("failed to decode base64 data {}", go_quote(s))))?;
    String::from_utf8(bytes).map(Value::String).map_err(|_| {
        FuncError::call("the result of decoding the provided string is not valid UTF-8")
    })
}

/// How deeply arrays and objects may nest in `jsondecode` input (Go has no such
/// limit here; this keeps recursion bounded).
const MAX_JSON_DEPTH: usize = 1000;

/// The states of Go's `json.Decoder` token reader.
#[derive(Clone, Copy, PartialEq)]
enum Tok {
    TopValue,
    ArrayStart,
    ArrayValue,
    ArrayComma,
    ObjectStart,
    ObjectKey,
    ObjectColon,
    ObjectValue,
    ObjectComma,
}

enum Token {
    Open(u8),
    Close(u8),
    Str(String),
    Value(Value),
}

struct Decoder<'a> {
    b: &'a [u8],
    p: usize,
    state: Tok,
    stack: Vec<Tok>,
}

/// Go's `quoteChar`: a byte in single quotes (bytes above ASCII read as Latin-1).
fn quote_byte(c: u8) -> String {
    match c {
        b'\'' => "'\\''".into(),
        b'"' => "'\"'".into(),
        _ => {
            let q = go_quote(&char::from(c).to_string());
            format!("'{}'", &q[1..q.len() - 1])
        }
    }
}

impl Decoder<'_> {
    fn peek(&mut self) -> Option<u8> {
        while self.p < self.b.len() && matches!(self.b[self.p], b' ' | b'\t' | b'\r' | b'\n') {
            self.p += 1;
        }
        self.b.get(self.p).copied()
    }

    fn value_allowed(&self) -> bool {
        matches!(
            self.state,
            Tok::TopValue | Tok::ArrayStart | Tok::ArrayValue | Tok::ObjectValue
        )
    }

    fn value_end(&mut self) {
        self.state = match self.state {
            Tok::ArrayStart | Tok::ArrayValue => Tok::ArrayComma,
            Tok::ObjectValue => Tok::ObjectComma,
            s => s,
        };
    }

    fn token_error(&self, c: u8) -> String {
        let context = match self.state {
            Tok::TopValue | Tok::ArrayStart | Tok::ArrayValue | Tok::ObjectValue => {
                " looking for beginning of value"
            }
            Tok::ArrayComma => " after array element",
            Tok::ObjectKey => " looking for beginning of object key string",
            Tok::ObjectColon => " after object key",
            Tok::ObjectComma => " after object key:value pair",
            Tok::ObjectStart => "",
        };
        format!("invalid character {}{context}", quote_byte(c))
    }

    fn token(&mut self) -> Result<Token, String> {
        loop {
            let Some(c) = self.peek() else {
                return Err("EOF".into());
            };
            match c {
                b'[' | b'{' => {
                    if !self.value_allowed() {
                        return Err(self.token_error(c));
                    }
                    if self.stack.len() >= MAX_JSON_DEPTH {
                        return Err(format!(
                            "JSON nests more than {MAX_JSON_DEPTH} levels deep, more than this evaluator allows"
                        ));
                    }
                    self.p += 1;
                    self.stack.push(self.state);
                    self.state = if c == b'[' {
                        Tok::ArrayStart
                    } else {
                        Tok::ObjectStart
                    };
                    return Ok(Token::Open(c));
                }
                b']' | b'}' => {
                    let ok = if c == b']' {
                        matches!(self.state, Tok::ArrayStart | Tok::ArrayComma)
                    } else {
                        matches!(self.state, Tok::ObjectStart | Tok::ObjectComma)
                    };
                    if !ok {
                        return Err(self.token_error(c));
                    }
                    self.p += 1;
                    self.state = self.stack.pop().unwrap_or(Tok::TopValue);
                    self.value_end();
                    return Ok(Token::Close(c));
                }
                b':' => {
                    if self.state != Tok::ObjectColon {
                        return Err(self.token_error(c));
                    }
                    self.p += 1;
                    self.state = Tok::ObjectValue;
                }
                b',' => match self.state {
                    Tok::ArrayComma => {
                        self.p += 1;
                        self.state = Tok::ArrayValue;
                    }
                    Tok::ObjectComma => {
                        self.p += 1;
                        self.state = Tok::ObjectKey;
                    }
                    _ => return Err(self.token_error(c)),
                },
                b'"' if matches!(self.state, Tok::ObjectStart | Tok::ObjectKey) => {
                    let s = self.read_string()?;
                    self.state = Tok::ObjectColon;
                    return Ok(Token::Str(s));
                }
                _ => {
                    if !self.value_allowed() {
                        return Err(self.token_error(c));
                    }
                    let v = self.read_scalar()?;
                    self.value_end();
                    return Ok(Token::Value(v));
                }
            }
        }
    }

    /// Scans one string, number or literal as Go's scanner does.
    fn read_scalar(&mut self) -> Result<Value, String> {
        let b = self.b;
        let c = b[self.p];
        let unexpected_eof = || "unexpected EOF".to_string();
        let err = |c: u8, ctx: &str| format!("invalid character {} {ctx}", quote_byte(c));
        match c {
            b'"' => self.read_string().map(Value::String),
            b't' | b'f' | b'n' => {
                let word: &[u8] = match c {
                    b't' => b"true",
                    b'f' => b"false",
                    _ => b"null",
                };
                for (i, &want) in word.iter().enumerate().skip(1) {
                    match b.get(self.p + i) {
                        None => return Err(unexpected_eof()),
                        Some(&got) if got != want => {
                            return Err(err(
                                got,
                                &format!(
                                    "in literal {} (expecting {})",
                                    std::str::from_utf8(word).unwrap_or_default(),
                                    quote_byte(want)
                                ),
                            ))
                        }
                        _ => {}
                    }
                }
                self.p += word.len();
                Ok(match c {
                    b't' => Value::Bool(true),
                    b'f' => Value::Bool(false),
                    _ => Value::Null(Type::Dynamic),
                })
            }
            b'-' | b'0'..=b'9' => {
                let start = self.p;
                let mut p = self.p;
                if b[p] == b'-' {
                    p += 1;
                    match b.get(p) {
                        None => return Err(unexpected_eof()),
                        Some(d) if d.is_ascii_digit() => {}
                        Some(&d) => return Err(err(d, "in numeric literal")),
                    }
                }
                if b[p] == b'0' {
                    p += 1;
                } else {
                    while p < b.len() && b[p].is_ascii_digit() {
                        p += 1;
                    }
                }
                if b.get(p) == Some(&b'.') {
                    p += 1;
                    match b.get(p) {
                        None => return Err(unexpected_eof()),
                        Some(d) if d.is_ascii_digit() => {}
                        Some(&d) => return Err(err(d, "after decimal point in numeric literal")),
                    }
                    while p < b.len() && b[p].is_ascii_digit() {
                        p += 1;
                    }
                }
                if matches!(b.get(p), Some(b'e' | b'E')) {
                    p += 1;
                    if matches!(b.get(p), Some(b'+' | b'-')) {
                        p += 1;
                    }
                    match b.get(p) {
                        None => return Err(unexpected_eof()),
                        Some(d) if d.is_ascii_digit() => {}
                        Some(&d) => return Err(err(d, "in exponent of numeric literal")),
                    }
                    while p < b.len() && b[p].is_ascii_digit() {
                        p += 1;
                    }
                }
                self.p = p;
                let t = std::str::from_utf8(&b[start..p]).unwrap_or("0");
                Number::parse(t)
                    .map(Value::Number)
                    .ok_or_else(|| "a number is required".to_string())
            }
            _ => Err(err(c, "looking for beginning of value")),
        }
    }

    /// Reads a JSON string starting at the opening quote, decoding escapes (lone
    /// surrogates become U+FFFD, as in Go).
    fn read_string(&mut self) -> Result<String, String> {
        let b = self.b;
        let mut p = self.p + 1;
        let mut out: Vec<u16> = Vec::new();
        let mut s = String::new();
        let flush = |out: &mut Vec<u16>, s: &mut String| {
            s.extend(char::decode_utf16(out.drain(..)).map(|r| r.unwrap_or('\u{fffd}')));
        };
        loop {
            let Some(&c) = b.get(p) else {
                return Err("unexpected EOF".into());
            };
            match c {
                b'"' => {
                    flush(&mut out, &mut s);
                    self.p = p + 1;
                    return Ok(s);
                }
                b'\\' => {
                    let Some(&e) = b.get(p + 1) else {
                        return Err("unexpected EOF".into());
                    };
                    let simple = match e {
                        b'b' => Some('\u{8}'),
                        b'f' => Some('\u{c}'),
                        b'n' => Some('\n'),
                        b'r' => Some('\r'),
                        b't' => Some('\t'),
                        b'\\' => Some('\\'),
                        b'/' => Some('/'),
                        b'"' => Some('"'),
                        b'u' => None,
                        _ => {
                            return Err(format!(
                                "invalid character {} in string escape code",
                                quote_byte(e)
                            ))
                        }
                    };
                    if let Some(ch) = simple {
                        flush(&mut out, &mut s);
                        s.push(ch);
                        p += 2;
                        continue;
                    }
                    let mut unit: u16 = 0;
                    for i in 0..4 {
                        let Some(&h) = b.get(p + 2 + i) else {
                            return Err("unexpected EOF".into());
                        };
                        let d = char::from(h).to_digit(16).ok_or_else(|| {
                            format!(
                                "invalid character {} in \\u hexadecimal character escape",
                                quote_byte(h)
                            )
                        })?;
                        unit = unit * 16 + d as u16;
                    }
                    out.push(unit);
                    p += 6;
                }
                c if c < 0x20 => {
                    return Err(format!(
                        "invalid character {} in string literal",
                        quote_byte(c)
                    ))
                }
                _ => {
                    flush(&mut out, &mut s);
                    let rest = &b[p..];
                    let len = match c {
                        0..=0x7f => 1,
                        0xc0..=0xdf => 2,
                        0xe0..=0xef => 3,
                        _ => 4,
                    };
                    s.push_str(
                        std::str::from_utf8(&rest[..len.min(rest.len())]).unwrap_or("\u{fffd}"),
                    );
                    p += len;
                }
            }
        }
    }

    /// Reads the value whose first token is `tok` (cty's `ImpliedType` walk),
    /// with an explicit stack so deep nesting cannot overflow ours.
    fn value(&mut self, tok: Token) -> Result<Value, String> {
        enum Frame {
            Array(Vec<Value>),
            Object(BTreeMap<String, Value>, Option<String>),
        }
        let mut stack: Vec<Frame> = Vec::new();
        let mut tok = tok;
        loop {
            // Turn the token into a finished value, or open a container.
            let done = match tok {
                Token::Value(v) => Some(v),
                Token::Str(s) => match stack.last_mut() {
                    Some(Frame::Object(_, key @ None)) => {
                        *key = Some(s);
                        None
                    }
                    _ => Some(Value::String(s)),
                },
                Token::Open(b'[') => {
                    stack.push(Frame::Array(Vec::new()));
                    None
                }
                Token::Open(_) => {
                    stack.push(Frame::Object(BTreeMap::new(), None));
                    None
                }
                Token::Close(c) => match stack.pop() {
                    Some(Frame::Array(vs)) if c == b']' => Some(Value::Tuple(vs)),
                    Some(Frame::Object(m, None)) if c == b'}' => Some(Value::Object(m)),
                    _ => return Err(format!("unexpected delimiter {:?}", char::from(c))),
                },
            };
            if let Some(v) = done {
                match stack.last_mut() {
                    None => return Ok(v),
                    Some(Frame::Array(vs)) => vs.push(v),
                    Some(Frame::Object(m, key)) => match key.take() {
                        Some(k) => {
                            m.insert(k, v);
                        }
                        None => return Err("expected string key".into()),
                    },
                }
            }
            tok = self.token()?;
        }
    }
}

fn json_decode(s: &str) -> Result<Value, String> {
    let mut d = Decoder {
        b: s.as_bytes(),
        p: 0,
        state: Tok::TopValue,
        stack: Vec::new(),
    };
    let first = d.token()?;
    let v = d.value(first)?;
    // Go's Decoder.More: anything left but a closing bracket is extraneous.
    if matches!(d.peek(), Some(c) if c != b']' && c != b'}') {
        return Err("extraneous data after JSON object".into());
    }
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::super::{call, lookup};
    use super::*;

    fn run(name: &str, args: &[Value]) -> Result<Value, String> {
        call(lookup(name).unwrap(), args).map_err(|e| e.detail)
    }

    fn enc(v: Value) -> String {
        run("jsonencode", &[v])
            .unwrap()
            .as_str()
            .unwrap()
            .to_string()
    }

    #[test]
    fn jsonencode_escapes_like_go() {
        assert_eq!(
            enc("<a href=\"x\">&\u{2028}\u{1}\u{7f}\u{8}".into()),
            "\"\\u003ca href=\\\"x\\\"\\u003e\\u0026\\u2028\\u0001\u{7f}\\b\""
        );
        let obj = Value::Object(
            [
                ("b".to_string(), Value::number(1)),
                (
                    "a".to_string(),
                    Value::Tuple(vec![Value::Bool(true), Value::null()]),
                ),
            ]
            .into_iter()
            .collect(),
        );
        assert_eq!(enc(obj), "{\"a\":[true,null],\"b\":1}");
        assert_eq!(enc(Value::null()), "null");
        let inf = Value::Number(Number::from_f64(f64::INFINITY).unwrap());
        assert_eq!(
            run("jsonencode", &[inf]).unwrap_err(),
            "Call to function \"jsonencode\" failed: cannot serialize infinity as JSON."
        );
    }

    #[test]
    fn jsondecode_follows_go_decoder() {
        assert_eq!(
            json_decode("  [1, \"a\", null, {\"b\": true}] ")
                .unwrap()
                .ty()
                .to_string(),
            "tuple([number, string, any, object({b = bool})])"
        );
        assert_eq!(
            json_decode("{\"a\":1,\"a\":\"x\"}").unwrap(),
            Value::Object([("a".to_string(), "x".into())].into_iter().collect())
        );
        assert_eq!(json_decode("1 ]").unwrap(), Value::number(1));
        assert_eq!(
            json_decode("\"\\ud800\\u00e9\"").unwrap(),
            "\u{fffd}é".into()
        );
        for (input, msg) in [
            ("", "EOF"),
            ("{", "EOF"),
            ("[1", "EOF"),
            ("tru", "unexpected EOF"),
            ("1.", "unexpected EOF"),
            (
                "[1,]",
                "invalid character ']' looking for beginning of value",
            ),
            ("[1 2]", "invalid character '2' after array element"),
            ("{\"a\" 1}", "invalid character '1' after object key"),
            ("{1:2}", "invalid character '1'"),
            (
                "{\"a\":1,}",
                "invalid character '}' looking for beginning of object key string",
            ),
            (
                "{\"a\":1 \"b\":2}",
                "invalid character '\"' after object key:value pair",
            ),
            ("01", "extraneous data after JSON object"),
            ("\"\\x\"", "invalid character 'x' in string escape code"),
            ("\"\t\"", "invalid character '\\t' in string literal"),
            (
                "\"\\u12\"",
                "invalid character '\"' in \\u hexadecimal character escape",
            ),
            (
                "trux",
                "invalid character 'x' in literal true (expecting 'e')",
            ),
            ("é", "invalid character 'Ã' looking for beginning of value"),
        ] {
            assert_eq!(json_decode(input).unwrap_err(), msg, "{input}");
        }
        assert!(json_decode(&"[".repeat(5000)).is_err());
    }

    #[test]
    fn base64_follows_go() {
        assert_eq!(
            run("base64encode", &["héllo".into()]).unwrap(),
            "aMOpbGxv".into()
        );
        assert_eq!(
            run("base64decode", &["aGVs\nbG8=".into()]).unwrap(),
            "hello".into()
        );
        assert_eq!(run("base64decode", &["QR==".into()]).unwrap(), "A".into());
        for bad in ["aGVsbG8", "aGVs bG8=", "QQ==QQ==", "====", "Q===", "QQ=x"] {
            assert_eq!(
                run("base64decode", &[bad.into()]).unwrap_err(),
                format!(
                    "Call to function \"base64decode\" failed: failed to decode base64 data {}.",
                    go_quote(bad)
                )
            );
        }
        assert_eq!(
            run("base64decode", &["/w==".into()]).unwrap_err(),
            "Call to function \"base64decode\" failed: the result of decoding the provided string is not valid UTF-8."
        );
    }
}
