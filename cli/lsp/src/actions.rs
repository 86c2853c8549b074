//! Code actions where the engine knows the fix: the canonical CIDR block,
//! removing a value for an undeclared variable, setting a required variable
//! to a placeholder, and a quoted number written as a number. Each is checked
//! again with the edit applied, and offered only when the file is better for it.

use crate::diagnostics;
use crate::engine::{
    self, Assignment, Code, Diagnostic, Format, Limits, LoadedModule, Parts, Type, Value,
};
use crate::lines::LineIndex;
use lsp_types as lsp;
use std::collections::HashMap;

pub struct Request<'a> {
    pub module: &'a LoadedModule,
    pub uri: &'a lsp::Url,
    pub text: &'a str,
    pub format: Format,
    pub limits: &'a Limits,
    /// The requested range, in bytes.
    pub range: (usize, usize),
}

/// One edit of the text: a byte range and its replacement.
struct Edit {
    start: usize,
    end: usize,
    text: String,
}

fn applied(text: &str, e: &Edit) -> String {
    let mut t = text.to_string();
    t.replace_range(e.start..e.end, &e.text);
    t
}

fn counts(ds: &[Diagnostic]) -> (usize, usize) {
    let errors = ds.iter().filter(|d| d.is_error()).count();
    (errors, ds.len() - errors)
}

pub fn actions(r: &Request<'_>) -> Vec<lsp::CodeActionOrCommand> {
    let m = r.module.module();
    if !engine::usable(m) {
        return Vec::new();
    }
    let name = r.uri.path();
    let before = r.module.check(name, r.text, r.format, r.limits);
    let assignments = engine::assignments(r.text, r.format, r.limits);
    let ix = LineIndex::new(r.text);
    let recheck = |e: &Edit, target: Option<&Diagnostic>| -> bool {
        let after = r
            .module
            .check(name, &applied(r.text, e), r.format, r.limits);
        let (e0, w0) = counts(&before);
        let (e1, w1) = counts(&after);
        match target {
            Some(t) => {
                let same = |ds: &[Diagnostic]| {
                    ds.iter()
                        .filter(|d| d.code == t.code && d.variable == t.variable)
                        .count()
                };
                let fewer = if t.is_error() {
                    e1 < e0
                } else {
                    e1 <= e0 && w1 < w0
                };
                fewer && same(&after) < same(&before)
            }
            None => e1 <= e0 && w1 <= w0,
        }
    };
    let mut out = Vec::new();
    for d in &before {
        let (start, end) = d.range.map_or((0, 0), |x| (x.start.byte, x.end.byte));
        let touches = if d.range.is_some() {
            start <= r.range.1 && r.range.0 <= end
        } else {
            // Shown at the file's start.
            ix.position(r.range.0).line == 0
        };
        if !touches {
            continue;
        }
        let fix = match d.code {
            // AWS's verdict, or a module rule's that the network address passes.
            Code::NonCanonicalCidr | Code::ValidationFailed => cidr(r.text, start, end),
            Code::UndeclaredVariable => assignments
                .as_ref()
                .and_then(|a| a.iter().find(|a| a.name_span.0 == start))
                .map(|a| remove(r.text, r.format, assignments.as_deref().unwrap_or(&[]), a)),
            Code::MissingRequired => d.variable.as_deref().and_then(|v| {
                let a = assignments.as_deref()?;
                candidates(r.module, v, r.format)
                    .into_iter()
                    .map(|value| (insert(r.text, r.format, a, v, &value), value))
                    .find(|(e, _)| recheck(e, Some(d)))
                    .map(|(e, value)| (format!("Set {v} to a placeholder: {value}"), e))
            }),
            _ => None,
        };
        if let Some((title, edit)) = fix {
            // The placeholder was re-checked while choosing it.
            if d.code == Code::MissingRequired || recheck(&edit, Some(d)) {
                out.push(action(
                    r,
                    &ix,
                    title,
                    edit,
                    Some(d),
                    lsp::CodeActionKind::QUICKFIX,
                ));
            }
        }
    }
    if let Some(a) = &assignments {
        for (title, edit) in quoted_numbers(r, a) {
            if recheck(&edit, None) {
                out.push(action(
                    r,
                    &ix,
                    title,
                    edit,
                    None,
                    lsp::CodeActionKind::REFACTOR_REWRITE,
                ));
            }
        }
    }
    out
}

fn action(
    r: &Request<'_>,
    ix: &LineIndex<'_>,
    title: String,
    e: Edit,
    d: Option<&Diagnostic>,
    kind: lsp::CodeActionKind,
) -> lsp::CodeActionOrCommand {
    let edit = lsp::TextEdit::new(ix.range(e.start, e.end), e.text);
    let mut changes = HashMap::new();
    changes.insert(r.uri.clone(), vec![edit]);
    lsp::CodeActionOrCommand::CodeAction(lsp::CodeAction {
        title,
        kind: Some(kind),
        diagnostics: d.map(|d| vec![diagnostics::convert(d, ix, r.module)]),
        edit: Some(lsp::WorkspaceEdit {
            changes: Some(changes),
            ..Default::default()
        }),
        is_preferred: d.map(|_| true),
        ..Default::default()
    })
}

fn cidr(text: &str, start: usize, end: usize) -> Option<(String, Edit)> {
    let written = text.get(start..end)?;
    let inner = written.strip_prefix('"')?.strip_suffix('"')?;
    let c = engine::canonical_cidr(inner).filter(|c| c != inner)?;
    Some((
        format!("Write the network address: {c}"),
        Edit {
            start,
            end,
            text: format!("\"{c}\""),
        },
    ))
}

fn line_start(text: &str, at: usize) -> usize {
    text[..at].rfind('\n').map_or(0, |i| i + 1)
}

/// Past the end of the line `at` is on (its newline included).
fn line_end(text: &str, at: usize) -> usize {
    text[at..].find('\n').map_or(text.len(), |i| at + i + 1)
}

fn remove(text: &str, format: Format, all: &[Assignment], a: &Assignment) -> (String, Edit) {
    let title = format!("Remove {}, which the module does not declare", a.name);
    let edit = match format {
        Format::Hcl => Edit {
            start: line_start(text, a.name_span.0),
            end: line_end(text, a.value_span.1),
            text: String::new(),
        },
        Format::Json => {
            // The property, and the comma that separates it from the next one
            // (or from the previous one when it is the last).
            let after = &text[a.value_span.1..];
            let ws = after.len() - after.trim_start().len();
            if after.trim_start().starts_with(',') {
                let rest = &after[ws + 1..];
                let ws2 = rest.len() - rest.trim_start().len();
                Edit {
                    start: a.name_span.0,
                    end: a.value_span.1 + ws + 1 + ws2,
                    text: String::new(),
                }
            } else {
                let prev = all
                    .iter()
                    .filter(|p| p.value_span.1 <= a.name_span.0)
                    .map(|p| p.value_span.1)
                    .max();
                Edit {
                    start: prev.unwrap_or(a.name_span.0),
                    end: a.value_span.1,
                    text: String::new(),
                }
            }
        }
    };
    (title, edit)
}

/// Values to try for a required variable, most likely to pass its rules first.
fn candidates(m: &LoadedModule, name: &str, format: Format) -> Vec<String> {
    let Some(v) = engine::variable(m.module(), name) else {
        return Vec::new();
    };
    let lit = |v: &Value| match format {
        Format::Hcl => engine::hcl_literal(v),
        Format::Json => engine::json_literal(v),
    };
    let mut out: Vec<String> = engine::hints(m.module(), name)
        .enum_values
        .unwrap_or_default()
        .iter()
        .map(lit)
        .collect();
    let more: &[&str] = match v.ty {
        Type::String => &[
            "\"change-me\"",
            "\"example\"",
            "\"placeholder\"",
            "\"changeme\"",
        ],
        Type::Number => &["1", "0"],
        Type::Bool => &["false", "true"],
        Type::List(_) | Type::Set(_) | Type::Tuple(_) => &["[]"],
        Type::Map(_) | Type::Object(_) => &["{}"],
        Type::Dynamic => &["\"change-me\""],
    };
    out.extend(more.iter().map(|s| s.to_string()));
    out
}

fn insert(text: &str, format: Format, all: &[Assignment], name: &str, value: &str) -> Edit {
    match format {
        Format::Hcl => {
            let sep = if text.is_empty() || text.ends_with('\n') {
                ""
            } else {
                "\n"
            };
            Edit {
                start: text.len(),
                end: text.len(),
                text: format!("{sep}{name} = {value}\n"),
            }
        }
        Format::Json => match all.iter().map(|a| a.value_span.1).max() {
            Some(end) => Edit {
                start: end,
                end,
                text: format!(",\n  \"{name}\": {value}"),
            },
            None => {
                let close = text.rfind('}').unwrap_or(text.len());
                Edit {
                    start: close,
                    end: close,
                    text: format!("\n  \"{name}\": {value}\n"),
                }
            }
        },
    }
}

fn is_number_text(s: &str) -> bool {
    let s = s.strip_prefix('-').unwrap_or(s);
    let (mant, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let (int, frac) = match mant.split_once('.') {
        Some((a, b)) => (a, Some(b)),
        None => (mant, None),
    };
    let digits = |x: &str| !x.is_empty() && x.bytes().all(|b| b.is_ascii_digit());
    digits(int)
        && frac.is_none_or(digits)
        && exp.is_none_or(|e| digits(e.strip_prefix(['+', '-']).unwrap_or(e)))
}

/// Strings written where the type wants a number, in the requested range.
fn quoted_numbers(r: &Request<'_>, all: &[Assignment]) -> Vec<(String, Edit)> {
    let mut out = Vec::new();
    for a in all {
        if a.value_span.1 < r.range.0 || r.range.1 < a.name_span.0 {
            continue;
        }
        let Some(v) = engine::variable(r.module.module(), &a.name) else {
            continue;
        };
        walk(r.text, &v.ty, a.value_span, &a.parts, &mut out);
    }
    out.retain(|(_, e)| e.start <= r.range.1 && r.range.0 <= e.end);
    out
}

fn walk(text: &str, ty: &Type, span: (usize, usize), parts: &Parts, out: &mut Vec<(String, Edit)>) {
    match (ty, parts) {
        (Type::Number, Parts::Leaf) => {
            let Some(inner) = text
                .get(span.0..span.1)
                .and_then(|t| t.strip_prefix('"')?.strip_suffix('"'))
            else {
                return;
            };
            if is_number_text(inner) {
                out.push((
                    format!("Write {inner} as a number"),
                    Edit {
                        start: span.0,
                        end: span.1,
                        text: inner.to_string(),
                    },
                ));
            }
        }
        (Type::List(e) | Type::Set(e), Parts::Seq(items)) => {
            for (s, p) in items {
                walk(text, e, *s, p, out);
            }
        }
        (Type::Map(e), Parts::Map(items)) => {
            for (_, s, p) in items {
                walk(text, e, *s, p, out);
            }
        }
        (Type::Object(o), Parts::Map(items)) => {
            for (k, s, p) in items {
                if let Some(t) = o.attrs.get(k) {
                    walk(text, t, *s, p, out);
                }
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_texts() {
        for s in ["1", "-2", "3.5", "1e3", "2E-2"] {
            assert!(is_number_text(s), "{s}");
        }
        for s in ["", "1.", ".5", "0x10", " 1", "1e", "abc"] {
            assert!(!is_number_text(s), "{s}");
        }
    }
}
