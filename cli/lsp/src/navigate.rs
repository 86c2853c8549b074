//! Hover, go to definition and document symbols: what a variable set in the
//! file is, from the module's declaration.

use crate::diagnostics;
use crate::engine::{self, Format, Limits, LoadedModule, Parts};
use crate::lines::LineIndex;
use lsp_types as lsp;

/// The name set at `offset` and its span: from the parsed file, or, in an
/// HCL file that does not parse (half typed), a top-level key the completion
/// scanner finds there.
fn name_at(
    text: &str,
    format: Format,
    limits: &Limits,
    offset: usize,
) -> Option<(String, (usize, usize))> {
    if let Some(assignments) = engine::assignments(text, format, limits) {
        return assignments
            .into_iter()
            .find(|a| a.name_span.0 <= offset && offset <= a.name_span.1)
            .map(|a| (a.name, a.name_span));
    }
    if format != Format::Hcl || text.len() > limits.max_bytes {
        return None;
    }
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let word = |c: char| c.is_alphanumeric() || c == '_' || c == '-';
    let start = text[..offset].rfind(|c: char| !word(c)).map_or(0, |i| {
        i + text[i..].chars().next().map_or(1, char::len_utf8)
    });
    let end = text[offset..]
        .find(|c: char| !word(c))
        .map_or(text.len(), |i| offset + i);
    if start == end {
        return None;
    }
    let cx = crate::context::at(text, end, format);
    (cx.at_key && cx.path.is_empty()).then(|| (text[start..end].to_string(), (start, end)))
}

pub fn hover(
    m: &LoadedModule,
    text: &str,
    format: Format,
    limits: &Limits,
    offset: usize,
) -> Option<lsp::Hover> {
    let (name, span) = name_at(text, format, limits, offset)?;
    let ix = LineIndex::new(text);
    let range = Some(ix.range(span.0, span.1));
    let value = match describe(m, &name) {
        Some(md) => md,
        None => format!(
            "**{name}**: {} does not declare this variable; Terraform ignores it with a warning.",
            m.label
        ),
    };
    Some(lsp::Hover {
        contents: lsp::HoverContents::Markup(lsp::MarkupContent {
            kind: lsp::MarkupKind::Markdown,
            value,
        }),
        range,
    })
}

/// A variable in Markdown: type, default, description, flags, rules in words.
pub fn describe(m: &LoadedModule, name: &str) -> Option<String> {
    let info = engine::variable_infos(m.module())
        .into_iter()
        .find(|v| v.name == name)?;
    let mut out = format!("**{}**: `{}`", info.name, info.type_expr);
    match &info.default_hcl {
        Some(d) if d.contains('\n') => out.push_str(&format!("\n\nDefault:\n```hcl\n{d}\n```")),
        Some(d) => out.push_str(&format!(", default `{d}`")),
        None => out.push_str(", required"),
    }
    if !info.description.is_empty() {
        out.push_str("\n\n");
        out.push_str(&info.description);
    }
    out.push_str(&format!(
        "\n\n{}, {}",
        if info.sensitive {
            "sensitive"
        } else {
            "not sensitive"
        },
        if info.nullable {
            "nullable"
        } else {
            "not nullable"
        }
    ));
    let mut rules = Vec::new();
    if let Some(h) = info.hints.describe() {
        rules.push(h);
    }
    rules.extend(engine::rule_messages(m.module(), name));
    for (address, others) in engine::joint_rules(m.module(), name) {
        if others.is_empty() {
            rules.push(format!("checked by {address}"));
        } else {
            rules.push(format!("checked with {} by {address}", others.join(", ")));
        }
    }
    if !rules.is_empty() {
        out.push_str("\n\nRules:");
        for r in rules {
            out.push_str(&format!("\n- {r}"));
        }
    }
    Some(out)
}

pub fn definition(
    m: &LoadedModule,
    text: &str,
    format: Format,
    limits: &Limits,
    offset: usize,
) -> Option<lsp::Location> {
    let (name, _) = name_at(text, format, limits, offset)?;
    diagnostics::location(m, &engine::declaration(m.module(), &name)?)
}

#[allow(deprecated)] // DocumentSymbol::deprecated: the field must be written.
fn symbol(
    name: String,
    detail: Option<String>,
    kind: lsp::SymbolKind,
    range: lsp::Range,
    selection: lsp::Range,
    children: Vec<lsp::DocumentSymbol>,
) -> lsp::DocumentSymbol {
    lsp::DocumentSymbol {
        name,
        detail,
        kind,
        tags: None,
        deprecated: None,
        range,
        selection_range: selection,
        children: (!children.is_empty()).then_some(children),
    }
}

/// One symbol per variable set, with the keys of object values below it.
pub fn symbols(
    m: &LoadedModule,
    text: &str,
    format: Format,
    limits: &Limits,
) -> Vec<lsp::DocumentSymbol> {
    let Some(assignments) = engine::assignments(text, format, limits) else {
        return Vec::new();
    };
    let ix = LineIndex::new(text);
    assignments
        .iter()
        .map(|a| {
            let detail = engine::variable(m.module(), &a.name).map(|v| v.ty.to_string());
            let start = a.name_span.0.min(a.value_span.0);
            let end = a.name_span.1.max(a.value_span.1);
            symbol(
                a.name.clone(),
                detail,
                lsp::SymbolKind::VARIABLE,
                ix.range(start, end),
                ix.range(a.name_span.0, a.name_span.1),
                keys(&a.parts, &ix),
            )
        })
        .collect()
}

fn keys(p: &Parts, ix: &LineIndex<'_>) -> Vec<lsp::DocumentSymbol> {
    match p {
        Parts::Map(items) => items
            .iter()
            .map(|(k, span, sub)| {
                let r = ix.range(span.0, span.1);
                symbol(k.clone(), None, lsp::SymbolKind::FIELD, r, r, keys(sub, ix))
            })
            .collect(),
        Parts::Seq(items) => items.iter().flat_map(|(_, sub)| keys(sub, ix)).collect(),
        Parts::Leaf => Vec::new(),
    }
}
