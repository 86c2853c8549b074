//! Writing a value out as text: one-line HCL literals, quoted HCL strings, and
//! pretty JSON. The emitters (`emit::hcl`, `emit::json`) lay whole tfvars files
//! out with these; module descriptions (`module::info`) show defaults with them.

use super::Value;
/// A value as a one-line HCL literal.
pub fn hcl_literal(v: &Value) -> String {
    let mut s = String::new();
    write_literal(&mut s, v);
    s
}

fn write_literal(out: &mut String, v: &Value) {
    match v {
        Value::Null(_) => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&n.to_string()),
        Value::String(s) => out.push_str(&hcl_quote(s)),
        Value::List(_, vs) | Value::Set(_, vs) | Value::Tuple(vs) => {
            out.push('[');
            for (i, x) in vs.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_literal(out, x);
            }
            out.push(']');
        }
        Value::Map(_, m) | Value::Object(m) => {
            if m.is_empty() {
                out.push_str("{}");
                return;
            }
            out.push_str("{ ");
            for (i, (k, x)) in m.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&hcl_key(k));
                out.push_str(" = ");
                write_literal(out, x);
            }
            out.push_str(" }");
        }
    }
}

/// An object key: bare when it is an identifier, quoted otherwise.
pub fn hcl_key(k: &str) -> String {
    let mut chars = k.chars();
    let ident = chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        && !matches!(k, "true" | "false" | "null" | "for" | "in" | "if");
    if ident {
        k.to_string()
    } else {
        hcl_quote(k)
    }
}

/// A quoted HCL string: escapes, and `${`/`%{` doubled so they stay literal.
pub fn hcl_quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '$' | '%' if chars.peek() == Some(&'{') => {
                out.push(c);
                out.push(c);
            }
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A value as pretty JSON at the given indentation level.
pub fn json_pretty(out: &mut String, v: &Value, level: usize) {
    let pad = |n: usize| "  ".repeat(n);
    match v {
        Value::Null(_) => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) if n.is_infinite() => out.push_str(&json_string(&n.to_string())),
        Value::Number(n) => out.push_str(&n.to_string()),
        Value::String(s) => out.push_str(&json_string(s)),
        Value::List(_, vs) | Value::Set(_, vs) | Value::Tuple(vs) => {
            if vs.is_empty() {
                out.push_str("[]");
                return;
            }
            out.push_str("[\n");
            for (i, x) in vs.iter().enumerate() {
                out.push_str(&pad(level + 1));
                json_pretty(out, x, level + 1);
                out.push_str(if i + 1 < vs.len() { ",\n" } else { "\n" });
            }
            out.push_str(&pad(level));
            out.push(']');
        }
        Value::Map(_, m) | Value::Object(m) => {
            if m.is_empty() {
                out.push_str("{}");
                return;
            }
            out.push_str("{\n");
            for (i, (k, x)) in m.iter().enumerate() {
                out.push_str(&pad(level + 1));
                out.push_str(&json_string(k));
                out.push_str(": ");
                json_pretty(out, x, level + 1);
                out.push_str(if i + 1 < m.len() { ",\n" } else { "\n" });
            }
            out.push_str(&pad(level));
            out.push('}');
        }
    }
}

/// A JSON string literal.
pub fn json_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}
