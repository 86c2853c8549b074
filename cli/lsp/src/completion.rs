//! Completion: the names of variables not yet set, values where a rule lists
//! them, booleans, a variable's default, and the attributes of object types.

use crate::context::{self, Step};
use crate::engine::{self, Format, Limits, LoadedModule, Type, Value};
use crate::lines::LineIndex;
use crate::navigate;
use lsp_types as lsp;

pub struct Request<'a> {
    pub module: &'a LoadedModule,
    pub text: &'a str,
    pub format: Format,
    pub limits: &'a Limits,
    pub offset: usize,
    pub snippets: bool,
}

pub fn complete(r: &Request<'_>) -> Vec<lsp::CompletionItem> {
    let cx = context::at(r.text, r.offset, r.format);
    let ix = LineIndex::new(r.text);
    let replace = ix.range(cx.word_start, r.offset.min(r.text.len()));
    let mut items = if cx.at_key && cx.path.is_empty() {
        variables(r, &cx.keys_before)
    } else if cx.at_key {
        attributes(r, &cx.path, &cx.keys_before)
    } else {
        values(r, &cx.path)
    };
    for (i, it) in items.iter_mut().enumerate() {
        let new_text = it.insert_text.take().unwrap_or_else(|| it.label.clone());
        it.text_edit = Some(lsp::CompletionTextEdit::Edit(lsp::TextEdit::new(
            replace, new_text,
        )));
        it.sort_text = Some(format!("{i:04}"));
        // What the client filters on: the text being replaced (with its quote).
        it.filter_text = Some(match r.format {
            Format::Json if it.kind != Some(lsp::CompletionItemKind::VALUE) => {
                format!("\"{}", it.label)
            }
            _ => it.label.clone(),
        });
    }
    items
}

/// The type at a path below a variable's type.
fn type_at(mut ty: Type, steps: &[Step]) -> Option<Type> {
    for s in steps {
        ty = match (ty, s) {
            (Type::Dynamic, _) => Type::Dynamic,
            (Type::Object(o), Step::Key(k)) => o.attrs.get(k)?.clone(),
            (Type::Map(e), Step::Key(_)) => *e,
            (Type::List(e) | Type::Set(e), Step::Element) => *e,
            _ => return None,
        };
    }
    Some(ty)
}

fn root_type(r: &Request<'_>, path: &[Step]) -> Option<(String, Type)> {
    let Some(Step::Key(name)) = path.first() else {
        return None;
    };
    let v = engine::variable(r.module.module(), name)?;
    Some((name.clone(), type_at(v.ty.clone(), &path[1..])?))
}

/// A placeholder for a value of a type, as a snippet or plain text.
fn placeholder(ty: &Type, format: Format, snippets: bool) -> String {
    let (plain, snip) = match (ty, format) {
        (Type::String, _) => ("\"\"", "\"${1}\""),
        (Type::Number, _) => ("0", "${1:0}"),
        (Type::Bool, _) => ("false", "${1:false}"),
        (Type::List(_) | Type::Set(_) | Type::Tuple(_), _) => ("[]", "[${1}]"),
        (Type::Map(_) | Type::Object(_), _) => ("{}", "{${1}}"),
        (Type::Dynamic, _) => ("null", "${1:null}"),
    };
    if snippets { snip } else { plain }.to_string()
}

fn literal(v: &Value, format: Format) -> String {
    match format {
        Format::Hcl => engine::hcl_literal(v),
        Format::Json => engine::json_literal(v),
    }
}

/// Escapes a text for a snippet's placeholder.
fn snippet_text(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('$', "\\$")
        .replace('}', "\\}")
}

fn variables(r: &Request<'_>, keys_before: &[String]) -> Vec<lsp::CompletionItem> {
    let set: Vec<String> = match engine::assignments(r.text, r.format, r.limits) {
        Some(a) => a.into_iter().map(|a| a.name).collect(),
        None => {
            let mut k = context::top_level_keys(r.text, r.format);
            k.extend(keys_before.iter().cloned());
            k
        }
    };
    engine::variable_infos(r.module.module())
        .into_iter()
        .filter(|v| !set.contains(&v.name))
        .map(|v| {
            let ty = engine::variable(r.module.module(), &v.name)
                .map_or(Type::Dynamic, |x| x.ty.clone());
            let value = match &v.default {
                Some(d) if r.snippets => format!("${{1:{}}}", snippet_text(&literal(d, r.format))),
                Some(d) => literal(d, r.format),
                None => placeholder(&ty, r.format, r.snippets),
            };
            let insert = match r.format {
                Format::Hcl => format!("{} = {value}", v.name),
                Format::Json => format!("\"{}\": {value}", v.name),
            };
            lsp::CompletionItem {
                label: v.name.clone(),
                kind: Some(lsp::CompletionItemKind::VARIABLE),
                detail: Some(if v.required {
                    format!("{} (required)", v.type_expr)
                } else {
                    v.type_expr.clone()
                }),
                documentation: navigate::describe(r.module, &v.name).map(markdown),
                insert_text: Some(insert),
                insert_text_format: Some(if r.snippets {
                    lsp::InsertTextFormat::SNIPPET
                } else {
                    lsp::InsertTextFormat::PLAIN_TEXT
                }),
                ..Default::default()
            }
        })
        .collect()
}

fn markdown(value: String) -> lsp::Documentation {
    lsp::Documentation::MarkupContent(lsp::MarkupContent {
        kind: lsp::MarkupKind::Markdown,
        value,
    })
}

fn attributes(r: &Request<'_>, path: &[Step], keys_before: &[String]) -> Vec<lsp::CompletionItem> {
    let Some((_, Type::Object(o))) = root_type(r, path) else {
        return Vec::new();
    };
    o.attrs
        .iter()
        .filter(|(k, _)| !keys_before.contains(k))
        .map(|(k, t)| {
            let optional = o.optional.contains(k);
            let insert = match r.format {
                Format::Hcl => format!("{k} = "),
                Format::Json => format!("\"{k}\": "),
            };
            lsp::CompletionItem {
                label: k.clone(),
                kind: Some(lsp::CompletionItemKind::FIELD),
                detail: Some(if optional {
                    format!("{t} (optional)")
                } else {
                    t.to_string()
                }),
                insert_text: Some(insert),
                ..Default::default()
            }
        })
        .collect()
}

fn value_item(label: String, detail: &str) -> lsp::CompletionItem {
    lsp::CompletionItem {
        label,
        kind: Some(lsp::CompletionItemKind::VALUE),
        detail: Some(detail.into()),
        ..Default::default()
    }
}

fn values(r: &Request<'_>, path: &[Step]) -> Vec<lsp::CompletionItem> {
    let Some((name, ty)) = root_type(r, path) else {
        return Vec::new();
    };
    let hints = engine::hints(r.module.module(), &name);
    let allowed = match &path[1..] {
        [] => hints.enum_values.clone(),
        [Step::Element] => hints.items.as_ref().and_then(|h| h.enum_values.clone()),
        _ => None,
    };
    let mut items: Vec<lsp::CompletionItem> = allowed
        .unwrap_or_default()
        .iter()
        .map(|v| value_item(literal(v, r.format), "allowed by the module's rule"))
        .collect();
    if ty == Type::Bool {
        items.push(value_item("true".into(), "bool"));
        items.push(value_item("false".into(), "bool"));
    }
    if path.len() == 1 {
        if let Some(d) = engine::variable(r.module.module(), &name).and_then(|v| v.default.clone())
        {
            let text = literal(&d, r.format);
            if !items.iter().any(|i| i.label == text) {
                items.push(value_item(text, "the default"));
            }
        }
    }
    items
}
