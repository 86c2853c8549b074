//! tfvars in JSON (`.tfvars.json`), two-space indented, variables in declaration
//! order, numbers exactly as Terraform prints them.

use super::{selected, TfvarsOptions};
use crate::module::Module;
use crate::value::Value;
use std::collections::BTreeMap;

pub fn tfvars(m: &Module, values: &BTreeMap<String, Value>, opts: TfvarsOptions) -> String {
    let items = selected(m, values, opts);
    if items.is_empty() {
        return "{}\n".into();
    }
    let mut out = String::from("{\n");
    for (i, (v, val)) in items.iter().enumerate() {
        out.push_str("  ");
        out.push_str(&string(&v.name));
        out.push_str(": ");
        write(&mut out, val, 1);
        out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
    }
    out.push_str("}\n");
    out
}

/// A value as pretty JSON at the given indentation level.
pub fn write(out: &mut String, v: &Value, level: usize) {
    let pad = |n: usize| "  ".repeat(n);
    match v {
        Value::Null(_) => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) if n.is_infinite() => out.push_str(&string(&n.to_string())),
        Value::Number(n) => out.push_str(&n.to_string()),
        Value::String(s) => out.push_str(&string(s)),
        Value::List(_, vs) | Value::Set(_, vs) | Value::Tuple(vs) => {
            if vs.is_empty() {
                out.push_str("[]");
                return;
            }
            out.push_str("[\n");
            for (i, x) in vs.iter().enumerate() {
                out.push_str(&pad(level + 1));
                write(out, x, level + 1);
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
                out.push_str(&string(k));
                out.push_str(": ");
                write(out, x, level + 1);
                out.push_str(if i + 1 < m.len() { ",\n" } else { "\n" });
            }
            out.push_str(&pad(level));
            out.push('}');
        }
    }
}

fn string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_pretty_json_in_declaration_order() {
        let m = Module::from_sources(&[(
            "v.tf",
            "variable \"b\" {\n  default = 1\n}\nvariable \"a\" {\n  default = [\"x\"]\n}\n",
        )]);
        let values = [
            ("a".to_string(), Value::Tuple(vec!["x".into()])),
            ("b".to_string(), Value::number(2)),
        ]
        .into_iter()
        .collect();
        assert_eq!(
            tfvars(&m, &values, TfvarsOptions::default()),
            "{\n  \"b\": 2,\n  \"a\": [\n    \"x\"\n  ]\n}\n"
        );
    }
}
