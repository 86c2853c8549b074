//! tfvars in JSON (`.tfvars.json`), two-space indented, variables in declaration
//! order, numbers exactly as Terraform prints them.

use super::{selected, TfvarsOptions};
use crate::module::Module;
use crate::value::Value;
use std::collections::BTreeMap;

/// A value as pretty JSON: the value writer's.
pub use crate::value::write::json_pretty as write;
use crate::value::write::json_string as string;

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
