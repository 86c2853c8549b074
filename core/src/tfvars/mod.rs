//! Reading tfvars files (`.tfvars` in HCL, `.tfvars.json`) into assignments, each
//! with its value as Terraform reads it and the spans of its parts.

pub mod json;
pub mod spans;

use crate::eval::{Env, EvalError, Evaluator};
use crate::small::{Entry, LookupMap};
use crate::syntax::{parse_body, ExprKind, Span, SyntaxError};
use crate::value::Value;
pub use spans::SpanTree;

/// The two syntaxes Terraform reads variable files in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Hcl,
    Json,
}

impl Format {
    /// `.json` files are JSON (as Terraform decides by the name); all else is HCL.
    pub fn from_path(path: &str) -> Format {
        if path.ends_with(".json") {
            Format::Json
        } else {
            Format::Hcl
        }
    }
}

/// `name = value` in a tfvars file.
#[derive(Clone, Debug)]
pub struct Assignment {
    pub name: String,
    pub name_span: Span,
    /// The value, or why Terraform cannot read it (a variable or function call).
    pub value: Result<Value, EvalError>,
    pub spans: SpanTree,
}

/// A key written twice in one object: Terraform keeps the last value.
#[derive(Clone, Debug)]
pub struct RepeatedKey {
    pub key: String,
    pub first: Span,
    pub again: Span,
}

/// What a tfvars file holds.
#[derive(Clone, Debug, Default)]
pub struct Tfvars {
    pub assignments: Vec<Assignment>,
    pub repeated_keys: Vec<RepeatedKey>,
}

/// Reads a tfvars file. A syntax error, or a block in an HCL file, is an error of
/// the whole file, as in Terraform.
pub fn read(
    text: &str,
    file: &str,
    format: Format,
    max_depth: usize,
) -> Result<Tfvars, SyntaxError> {
    match format {
        Format::Json => {
            let props = json::parse(text, file, max_depth)?;
            Ok(Tfvars {
                assignments: props
                    .into_iter()
                    .map(|p| Assignment {
                        name: p.name,
                        name_span: p.name_span,
                        value: Ok(p.value.value),
                        spans: p.value.spans,
                    })
                    .collect(),
                repeated_keys: Vec::new(),
            })
        }
        Format::Hcl => {
            let body = parse_body(text, file, max_depth)?;
            if let Some(b) = body.blocks.first() {
                return Err(SyntaxError {
                    summary: format!("Unexpected {:?} block", b.kind),
                    detail: "Blocks are not allowed here.".into(),
                    span: Span::new(b.span.start, b.span.start + b.kind.len()),
                    too_deep: false,
                });
            }
            // Every node of a literal takes at least a byte, so the text's length bounds
            // the work; the default budget still applies to small files.
            let budget = (text.len() as u64).max(crate::eval::DEFAULT_STEP_BUDGET);
            let ev = Evaluator::new(Env::constant()).with_budget(budget);
            let mut out = Tfvars::default();
            for a in body.attributes {
                a.value.walk(&mut |e| {
                    if let ExprKind::Object(items) = &e.kind {
                        // By key, where it first appears (a map, so that an object
                        // with many keys is not quadratic).
                        let mut seen: LookupMap<String, Span> = LookupMap::new();
                        for it in items {
                            if let Some(k) = spans::literal_key(&it.key) {
                                match seen.entry(k) {
                                    Entry::Occupied(first) => {
                                        out.repeated_keys.push(RepeatedKey {
                                            key: first.key().clone(),
                                            first: *first.get(),
                                            again: it.key.span(),
                                        });
                                    }
                                    Entry::Vacant(v) => {
                                        v.insert(it.key.span());
                                    }
                                }
                            }
                        }
                    }
                });
                let value = ev.eval(&a.value, None);
                out.assignments.push(Assignment {
                    name: a.name,
                    name_span: a.name_span,
                    value,
                    spans: SpanTree::of_expr(&a.value),
                });
            }
            Ok(out)
        }
    }
}
