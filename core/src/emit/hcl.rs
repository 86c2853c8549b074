//! tfvars in HCL, formatted exactly as `terraform fmt` would leave it: `=` aligned
//! within runs of one-line attributes, two-space indentation, one space after
//! commas.

use super::{selected, TfvarsOptions};
use crate::module::Module;
use crate::value::Value;
use std::collections::BTreeMap;

use crate::value::write::hcl_key as key;
/// One-line HCL literals and quoted strings: the value writer's.
pub use crate::value::write::{hcl_literal as literal, hcl_quote as quote};

/// Writes `values` (variable name to value) as a tfvars file.
pub fn tfvars(m: &Module, values: &BTreeMap<String, Value>, opts: TfvarsOptions) -> String {
    let items: Vec<(String, Value, Option<String>)> = selected(m, values, opts)
        .into_iter()
        .map(|(v, val)| {
            (
                v.name.clone(),
                val.clone(),
                opts.describe.then(|| v.description.clone()).flatten(),
            )
        })
        .collect();
    let mut out = String::new();
    let mut group: Vec<(String, String)> = Vec::new();
    for (i, (name, value, description)) in items.iter().enumerate() {
        if let Some(d) = description {
            flush(&mut out, &mut group);
            if i > 0 {
                out.push('\n');
            }
            for line in wrap(d, 78) {
                out.push_str(format!("# {line}").trim_end());
                out.push('\n');
            }
        } else if opts.describe && i > 0 {
            flush(&mut out, &mut group);
            out.push('\n');
        }
        match multi_line_object(value) {
            Some(entries) => {
                flush(&mut out, &mut group);
                out.push_str(&format!("{name} = {{\n"));
                let rows: Vec<(String, String)> =
                    entries.iter().map(|(k, v)| (key(k), literal(v))).collect();
                let width = rows
                    .iter()
                    .map(|(k, _)| display_width(k))
                    .max()
                    .unwrap_or(0);
                for (k, v) in rows {
                    out.push_str(&format!(
                        "  {k}{} = {v}\n",
                        " ".repeat(width - display_width(&k))
                    ));
                }
                out.push_str("}\n");
            }
            None => group.push((name.clone(), literal(value))),
        }
    }
    flush(&mut out, &mut group);
    out
}

/// Writes a run of one-line attributes with their `=` aligned.
fn flush(out: &mut String, group: &mut Vec<(String, String)>) {
    let width = group
        .iter()
        .map(|(k, _)| display_width(k))
        .max()
        .unwrap_or(0);
    for (k, v) in group.drain(..) {
        out.push_str(&format!(
            "{k}{} = {v}\n",
            " ".repeat(width - display_width(&k))
        ));
    }
}

/// `terraform fmt` aligns by characters as they display, not bytes.
fn display_width(s: &str) -> usize {
    crate::graphemes::graphemes(s).count()
}

/// Top-level maps and objects with entries are written one entry per line.
fn multi_line_object(v: &Value) -> Option<&BTreeMap<String, Value>> {
    match v {
        Value::Map(_, m) | Value::Object(m) if !m.is_empty() => Some(m),
        _ => None,
    }
}

/// Splits a description into comment lines of at most `width` characters,
/// keeping its own line breaks.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    for para in text.lines() {
        let mut line = String::new();
        for word in para.split_whitespace() {
            if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn module() -> Module {
        Module::from_sources(&[(
            "v.tf",
            "variable \"name\" {\n  type = string\n  default = \"a\"\n  description = \"The name.\"\n}\nvariable \"az_count\" {\n  type = number\n  default = 2\n}\nvariable \"tags\" {\n  type = map(string)\n  default = {}\n}\nvariable \"zones\" {\n  type = list(string)\n  default = []\n}\n",
        )])
    }

    /// Found by the eval fuzz target: a 53-bit number (`pow`) is written as its
    /// shortest text and reads back at 512 bits as a different number, as in
    /// Terraform; the text itself must be a fixed point.
    #[test]
    fn literals_of_lower_precision_numbers_are_fixed_points() {
        use crate::eval::{Env, Evaluator};
        let env = Env {
            functions: true,
            ..Env::constant()
        };
        let v = Evaluator::new(env)
            .eval(&crate::syntax::parse_expr("pow(10, 40)", 64).unwrap(), None)
            .unwrap();
        let lit = literal(&v);
        assert_eq!(lit, "10000000000000000000000000000000000000000");
        let again = Evaluator::new(Env::constant())
            .eval(&crate::syntax::parse_expr(&lit, 64).unwrap(), None)
            .unwrap();
        assert!(
            !again.equals(&v),
            "Terraform reads the text back at 512 bits"
        );
        assert_eq!(literal(&again), lit);
    }

    fn values(pairs: &[(&str, Value)]) -> BTreeMap<String, Value> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect()
    }

    #[test]
    fn aligns_one_line_attributes_and_breaks_at_multi_line_ones() {
        let m = module();
        let tags = Value::Object(
            [
                ("Owner".to_string(), "me".into()),
                ("cost center".to_string(), "42".into()),
            ]
            .into_iter()
            .collect(),
        );
        let v = values(&[
            ("name", "x".into()),
            ("az_count", Value::number(3)),
            ("tags", tags),
            ("zones", Value::Tuple(vec!["a".into()])),
        ]);
        assert_eq!(
            tfvars(&m, &v, TfvarsOptions::default()),
            "name     = \"x\"\naz_count = 3\ntags = {\n  Owner         = \"me\"\n  \"cost center\" = \"42\"\n}\nzones = [\"a\"]\n"
        );
    }

    #[test]
    fn only_changed_and_descriptions() {
        let m = module();
        let v = values(&[("name", "a".into()), ("az_count", Value::number(3))]);
        let opts = TfvarsOptions {
            only_changed: true,
            describe: true,
        };
        assert_eq!(tfvars(&m, &v, opts), "az_count = 3\n");
        let opts = TfvarsOptions {
            only_changed: false,
            describe: true,
        };
        assert_eq!(
            tfvars(&m, &v, opts),
            "# The name.\nname = \"a\"\n\naz_count = 3\n"
        );
    }

    #[test]
    fn quotes_what_would_otherwise_be_a_template() {
        assert_eq!(
            quote("a\"b\\c\n${x}%{y}$z"),
            "\"a\\\"b\\\\c\\n$${x}%%{y}$z\""
        );
    }
}
