//! Variables need a description and a type; outputs need a description.

use super::Lint;
use tfcheck_core::Code;

pub(super) fn check(cx: &mut Lint<'_>) {
    let m = cx.m;
    for v in &m.variables {
        if v.description.as_deref().is_none_or(|d| d.trim().is_empty()) {
            cx.report(
                v.file,
                v.decl_span,
                Code::LintVariableDescription,
                format!("Variable {:?} has no description.", v.name),
                "add description = \"...\": it is the input's documentation in the README, the schema and the form",
            );
        }
        if !v.type_declared {
            cx.report(
                v.file,
                v.decl_span,
                Code::LintVariableType,
                format!(
                    "Variable {:?} has no type, so Terraform accepts any value for it.",
                    v.name
                ),
                "add a type constraint, e.g. type = string or type = list(string)",
            );
        }
    }
    for o in &m.outputs {
        if o.description.as_deref().is_none_or(|d| d.trim().is_empty()) {
            cx.report(
                o.file,
                o.decl_span,
                Code::LintOutputDescription,
                format!("Output {:?} has no description.", o.name),
                "add description = \"...\": it is the output's documentation in the README",
            );
        }
    }
}
