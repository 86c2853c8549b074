//! `.tfvars.json`: JSON read the way Terraform's HCL JSON reader reads it (strings
//! are literal, numbers keep full precision, a repeated key is an error), keeping
//! the span of every value.

use super::spans::SpanTree;
use crate::small::LookupMap;
use crate::source::SourceText;
use crate::syntax::{Span, SyntaxError};
use crate::value::{Number, Value};
use std::collections::BTreeMap;

/// A parsed JSON value with its spans.
pub struct JsonValue {
    pub value: Value,
    pub spans: SpanTree,
}

/// One top-level property of a tfvars JSON file.
pub struct JsonProperty {
    pub name: String,
    pub name_span: Span,
    pub value: JsonValue,
}

/// Reads a tfvars JSON document: an object whose properties are variables. A
/// root array is JSON Terraform parses (so its syntax errors come first) but
/// refuses for a variables file, even an array of objects; a byte-order mark is
/// not JSON, as in Terraform.
pub fn parse(text: &str, file: &str, max_depth: usize) -> Result<Vec<JsonProperty>, SyntaxError> {
    let mut p = JsonParser {
        s: text,
        b: text.as_bytes(),
        pos: 0,
        depth: 0,
        max_depth,
        file,
    };
    p.ws();
    let root_start = p.pos;
    let root_err = |p: &JsonParser<'_>| {
        p.err_at(
            "Root value must be object",
            "The root value in a JSON-based configuration must be either a JSON object or a JSON array of objects.",
            Span::new(root_start, root_start + 1),
        )
    };
    let mut props = Vec::new();
    match p.peek() {
        Some(b'{') => p.object(Some(&mut props)).map(|_| ())?,
        Some(b'[') => {
            p.value()?;
            p.trailing()?;
            return Err(p.err_at(
                "Incorrect JSON value type",
                "A JSON object is required here, setting the arguments for this block.",
                Span::new(root_start, root_start + 1),
            ));
        }
        None => return Err(p.err_here("Missing value", "The JSON data ends prematurely.")),
        Some(_) => {
            // Parse it anyway so a malformed value is reported as such first.
            p.value()?;
            return Err(root_err(&p));
        }
    }
    p.trailing()?;
    Ok(props)
}

struct JsonParser<'a> {
    s: &'a str,
    b: &'a [u8],
    pos: usize,
    depth: usize,
    max_depth: usize,
    file: &'a str,
}

impl JsonParser<'_> {
    /// Nothing but whitespace may follow the root value.
    fn trailing(&mut self) -> Result<(), SyntaxError> {
        self.ws();
        if self.pos < self.b.len() {
            return Err(self.err_here(
                "Extraneous data after value",
                "Extra characters appear after the JSON value.",
            ));
        }
        Ok(())
    }

    fn peek(&self) -> Option<u8> {
        self.b.get(self.pos).copied()
    }

    fn eat(&mut self, c: u8) -> bool {
        if self.peek() == Some(c) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn err_at(&self, summary: &str, detail: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError {
            summary: summary.into(),
            detail: detail.into(),
            span,
            too_deep: false,
        }
    }

    fn err_here(&self, summary: &str, detail: impl Into<String>) -> SyntaxError {
        let len = self
            .s
            .get(self.pos..)
            .and_then(|r| r.chars().next())
            .map_or(0, char::len_utf8);
        self.err_at(summary, detail, Span::new(self.pos, self.pos + len))
    }

    fn describe(&self, span: Span) -> String {
        SourceText::new(self.s).describe(self.file, span)
    }

    fn value(&mut self) -> Result<JsonValue, SyntaxError> {
        self.ws();
        let start = self.pos;
        match self.peek() {
            None => Err(self.err_here("Missing value", "The JSON data ends prematurely.")),
            Some(b'{') => self.object(None),
            Some(b'[') => self.array(),
            Some(b'"') => {
                let s = self.string()?;
                Ok(leaf(Value::String(s), start, self.pos))
            }
            Some(b'-' | b'+' | b'.' | b'0'..=b'9') => self.number(),
            // Terraform's scanner reads any word as a keyword, then refuses all
            // but these three.
            Some(b'a'..=b'z' | b'A'..=b'Z') => {
                let word: String = self.s[self.pos..].chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
                let v = match word.as_str() {
                    "true" => Value::Bool(true),
                    "false" => Value::Bool(false),
                    "null" => Value::null(),
                    _ => {
                        return Err(self.err_at(
                            "Invalid JSON keyword",
                            format!("{word:?} is not a valid JSON keyword. Valid keywords are \"true\", \"false\", and \"null\"."),
                            Span::new(start, start + word.len()),
                        ))
                    }
                };
                self.pos += word.len();
                Ok(leaf(v, start, self.pos))
            }
            Some(_) => Err(self.err_here("Invalid start of value", "A JSON value must start with a brace, a bracket, a number, a string, or a keyword.")),
        }
    }

    fn enter(&mut self) -> Result<(), SyntaxError> {
        self.depth += 1;
        if self.depth > self.max_depth {
            let mut e = self.err_here(
                "Nesting limit reached",
                format!(
                    "Arrays and objects nest more than {} levels deep here.",
                    self.max_depth
                ),
            );
            e.too_deep = true;
            return Err(e);
        }
        Ok(())
    }

    /// An object; at the top level (`top` given) its properties are collected as
    /// variables instead of forming a value.
    fn object(&mut self, top: Option<&mut Vec<JsonProperty>>) -> Result<JsonValue, SyntaxError> {
        let start = self.pos;
        self.pos += 1;
        self.enter()?;
        let mut values: BTreeMap<String, Value> = BTreeMap::new();
        let mut spans: Vec<(String, SpanTree)> = Vec::new();
        // Keys seen in this object, with what a repeat cites (a map, so that an
        // object with many keys is not quadratic).
        let mut seen: LookupMap<String, Span> = LookupMap::new();
        let mut top = top;
        self.ws();
        if !self.eat(b'}') {
            loop {
                self.ws();
                if self.peek() != Some(b'"') {
                    if self.peek() == Some(b'}') {
                        return Err(self.err_here("Trailing comma in object", "JSON does not permit a trailing comma after the final property in an object."));
                    }
                    return Err(self.err_here(
                        "Invalid object property name",
                        "A JSON object property name must be a string.",
                    ));
                }
                let key_start = self.pos;
                let key = self.string()?;
                let key_span = Span::new(key_start, self.pos);
                self.ws();
                if !self.eat(b':') {
                    return Err(self.err_here(
                        "Missing property value colon",
                        "JSON object properties must have a colon between the name and the value.",
                    ));
                }
                let v = self.value()?;
                if let Some(prev) = seen.get(&key) {
                    let at = self.describe(*prev);
                    return Err(if top.is_some() {
                        self.err_at("Duplicate attribute definition", format!("The argument {key:?} was already set at {at}. Each argument may be set only once."), key_span)
                    } else {
                        self.err_at(
                            "Duplicate object attribute",
                            format!("An attribute named {key:?} was already defined at {at}."),
                            key_span,
                        )
                    });
                }
                // Terraform cites a repeated argument by its whole definition, a
                // repeated attribute by its name.
                let cite = if top.is_some() {
                    Span::new(key_start, v.spans.span().end)
                } else {
                    key_span
                };
                seen.insert(key.clone(), cite);
                match top.as_deref_mut() {
                    // A repeated name was refused above, as `seen` holds them all.
                    Some(props) => {
                        props.push(JsonProperty {
                            name: key,
                            name_span: key_span,
                            value: v,
                        });
                    }
                    None => {
                        spans.push((key.clone(), v.spans));
                        values.insert(key, v.value);
                    }
                }
                self.ws();
                if self.eat(b',') {
                    continue;
                }
                if self.eat(b'}') {
                    break;
                }
                if self.peek().is_none() {
                    return Err(self.err_here("Missing value", "The JSON data ends prematurely."));
                }
                return Err(self.err_here(
                    "Missing attribute seperator comma",
                    "A comma must appear between each property definition in an object.",
                ));
            }
        }
        self.depth -= 1;
        let span = Span::new(start, self.pos);
        Ok(JsonValue {
            value: Value::Object(values),
            spans: SpanTree::Map(span, spans),
        })
    }

    fn array(&mut self) -> Result<JsonValue, SyntaxError> {
        let start = self.pos;
        self.pos += 1;
        self.enter()?;
        let mut values = Vec::new();
        let mut spans = Vec::new();
        self.ws();
        if !self.eat(b']') {
            loop {
                self.ws();
                if self.peek() == Some(b']') {
                    return Err(self.err_here(
                        "Trailing comma in array",
                        "JSON does not permit a trailing comma after the final value in an array.",
                    ));
                }
                let v = self.value()?;
                values.push(v.value);
                spans.push(v.spans);
                self.ws();
                if self.eat(b',') {
                    continue;
                }
                if self.eat(b']') {
                    break;
                }
                if self.peek().is_none() {
                    return Err(self.err_here("Missing value", "The JSON data ends prematurely."));
                }
                return Err(self.err_here(
                    "Missing array element separator",
                    "A comma must appear between each value in an array.",
                ));
            }
        }
        self.depth -= 1;
        let span = Span::new(start, self.pos);
        Ok(JsonValue {
            value: Value::Tuple(values),
            spans: SpanTree::Seq(span, spans),
        })
    }

    fn number(&mut self) -> Result<JsonValue, SyntaxError> {
        let start = self.pos;
        let neg = self.eat(b'-');
        // Terraform's scanner takes a `+` into the number, then refuses it.
        let plus = !neg && self.eat(b'+');
        let body_start = self.pos;
        let digits = |p: &mut Self| {
            let s = p.pos;
            while p.peek().is_some_and(|c| c.is_ascii_digit()) {
                p.pos += 1;
            }
            p.pos > s
        };
        // JSON allows no leading zero ("02", "-01.5"), nor a bare fraction (".5").
        let leading_zero =
            self.peek() == Some(b'0') && self.b.get(self.pos + 1).is_some_and(u8::is_ascii_digit);
        let mut ok = digits(self) && !leading_zero && !plus;
        if self.eat(b'.') {
            ok &= digits(self);
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            ok &= digits(self);
        }
        let span = Span::new(start, self.pos);
        let n = ok
            .then(|| Number::parse_literal(&self.s[body_start..self.pos]))
            .flatten();
        match n {
            Some(n) => Ok(leaf(
                Value::Number(if neg { n.neg() } else { n }),
                span.start,
                span.end,
            )),
            None => Err(self.err_at(
                "Invalid JSON number",
                "There is a syntax error in the given JSON number.",
                span,
            )),
        }
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        let start = self.pos;
        self.pos += 1;
        let mut out = String::new();
        loop {
            let rest = &self.s[self.pos..];
            let Some(c) = rest.chars().next() else {
                return Err(self.err_at(
                    "Unterminated string",
                    "A JSON string must end with a quote.",
                    Span::new(start, self.pos),
                ));
            };
            match c {
                '"' => {
                    self.pos += 1;
                    // Terraform's strings are always in Unicode NFC.
                    return Ok(crate::value::nfc::nfc_owned(out));
                }
                '\\' => {
                    self.pos += 1;
                    let esc = self.peek();
                    self.pos += 1;
                    match esc {
                        Some(b'"') => out.push('"'),
                        Some(b'\\') => out.push('\\'),
                        Some(b'/') => out.push('/'),
                        Some(b'b') => out.push('\u{8}'),
                        Some(b'f') => out.push('\u{c}'),
                        Some(b'n') => out.push('\n'),
                        Some(b'r') => out.push('\r'),
                        Some(b't') => out.push('\t'),
                        Some(b'u') => {
                            let hi = self.hex4()?;
                            let ch = if (0xD800..0xDC00).contains(&hi) && self.s[self.pos..].starts_with("\\u") {
                                self.pos += 2;
                                let lo = self.hex4()?;
                                char::from_u32(0x10000 + ((hi - 0xD800) << 10) + (lo.wrapping_sub(0xDC00) & 0x3FF))
                            } else {
                                char::from_u32(hi)
                            };
                            out.push(ch.unwrap_or('\u{FFFD}'));
                        }
                        _ => return Err(self.err_at("Invalid escape sequence", "A JSON string may contain only the escapes \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX.", Span::new(self.pos.saturating_sub(2), self.pos))),
                    }
                }
                c if (c as u32) < 0x20 => {
                    return Err(self.err_here("Invalid character in string", "A JSON string may not contain control characters; use an escape sequence instead."));
                }
                c => {
                    out.push(c);
                    self.pos += c.len_utf8();
                }
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let h = self.s.get(self.pos..self.pos + 4).unwrap_or("");
        match (h.len() == 4 && h.bytes().all(|b| b.is_ascii_hexdigit()))
            .then(|| u32::from_str_radix(h, 16).ok())
            .flatten()
        {
            Some(v) => {
                self.pos += 4;
                Ok(v)
            }
            None => Err(self.err_here(
                "Invalid escape sequence",
                "\\u must be followed by four hexadecimal digits.",
            )),
        }
    }
}

fn leaf(value: Value, start: usize, end: usize) -> JsonValue {
    JsonValue {
        value,
        spans: SpanTree::Leaf(Span::new(start, end)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(s: &str) -> Vec<JsonProperty> {
        parse(s, "t.tfvars.json", 64).unwrap_or_else(|e| panic!("{s}: {e:?}"))
    }

    fn err(s: &str) -> SyntaxError {
        parse(s, "t.tfvars.json", 64).err().expect(s)
    }

    #[test]
    fn reads_properties_with_spans() {
        let p = ok("{\"a\": [1, \"x\"], \"b\": {\"c\": null}}");
        assert_eq!(p[0].name, "a");
        assert_eq!(p[0].value.spans.element(1), Some(Span::new(10, 13)));
        assert!(p[1].value.value.entries().unwrap()["c"].is_null());
    }

    #[test]
    fn strings_are_literal_and_numbers_exact() {
        let p = ok("{\"a\": \"${var.x}\", \"n\": 1e400, \"m\": -0.5}");
        assert_eq!(p[0].value.value, Value::string("${var.x}"));
        assert!(p[1].value.value.as_number().is_some());
    }

    #[test]
    fn errors_read_like_terraform() {
        assert_eq!(err("[1]").summary, "Incorrect JSON value type");
        assert_eq!(err("\"x\"").summary, "Root value must be object");
        assert_eq!(err("").summary, "Missing value");
        assert_eq!(err("{\"a\": 1,}").summary, "Trailing comma in object");
        assert_eq!(
            err("{\"a\": 1 \"b\": 2}").summary,
            "Missing attribute seperator comma"
        );
        let e = err("{\"req\": \"r\", \"req\": \"s\"}");
        assert_eq!(e.summary, "Duplicate attribute definition");
        assert_eq!(e.detail, "The argument \"req\" was already set at t.tfvars.json:1,2-12. Each argument may be set only once.");
        assert_eq!(
            err("{\"t\": {\"a\": 1, \"a\": 2}}").summary,
            "Duplicate object attribute"
        );
    }

    /// Found by the bad-input corpus against Terraform 1.11: each of these was
    /// read as valid, and Terraform refuses it.
    #[test]
    fn what_terraform_refuses_is_refused() {
        for (text, summary, span) in [
            ("[{\"a\": 1}]", "Incorrect JSON value type", Span::new(0, 1)),
            ("\n  []", "Incorrect JSON value type", Span::new(3, 4)),
            (
                "[{\"a\": 1}, {\"a\": 2}]",
                "Incorrect JSON value type",
                Span::new(0, 1),
            ),
            (
                "\u{feff}{\"a\": 1}",
                "Invalid start of value",
                Span::new(0, 3),
            ),
            ("{\"a\": 02}", "Invalid JSON number", Span::new(6, 8)),
            ("{\"a\": -01.5}", "Invalid JSON number", Span::new(6, 11)),
            ("{\"a\": .5}", "Invalid JSON number", Span::new(6, 8)),
            ("{\"a\": +2}", "Invalid JSON number", Span::new(6, 8)),
            ("{\"a\": NaN}", "Invalid JSON keyword", Span::new(6, 9)),
            ("{\"a\": x}", "Invalid JSON keyword", Span::new(6, 7)),
            ("{\"a\": @}", "Invalid start of value", Span::new(6, 7)),
        ] {
            let e = err(text);
            assert_eq!((e.summary.as_str(), e.span), (summary, span), "{text:?}");
        }
        // A root array's own syntax errors come first, as in Terraform.
        assert_eq!(err("[{\"a\": 1,}]").summary, "Trailing comma in object");
        assert_eq!(err("[] x").summary, "Extraneous data after value");
        // What stays valid.
        for text in [
            "{\"a\": 0}",
            "{\"a\": -0.0e-0}",
            "{\"a\": 10}",
            "{\"a\": 0.5}",
        ] {
            ok(text);
        }
    }

    #[test]
    fn many_keys_are_not_quadratic() {
        let keys: Vec<String> = (0..200_000).map(|i| format!("\"k{i}\": {i}")).collect();
        let text = format!("{{\"m\": {{{}}}, {}}}", keys.join(", "), keys.join(", "));
        let start = std::time::Instant::now();
        let p = ok(&text);
        assert_eq!(p.len(), 200_001);
        assert!(start.elapsed() < std::time::Duration::from_secs(20));
        let dup = format!("{{{}, \"k5\": 0}}", keys.join(", "));
        assert_eq!(err(&dup).summary, "Duplicate attribute definition");
    }

    #[test]
    fn deep_nesting_meets_the_limit() {
        let s = format!("{{\"a\": {}1{}}}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(err(&s).too_deep);
    }
}
