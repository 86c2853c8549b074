//! `check`'s diagnostics in the protocol's form: the same code, severity and
//! message, the range in UTF-16 positions, and the module rule as related
//! information.

use crate::engine::{self, Diagnostic, Format, Limits, LoadedModule, RuleLocation, Severity};
use crate::lines::LineIndex;
use crate::modules::Resolved;
use lsp_types as lsp;

pub const SOURCE: &str = "sockerless-tfcheck";

/// Everything to publish for one document.
pub fn for_document(name: &str, text: &str, r: &Resolved, limits: &Limits) -> Vec<lsp::Diagnostic> {
    let ix = LineIndex::new(text);
    let mut out = Vec::new();
    if let Some(p) = &r.problem {
        out.push(lsp::Diagnostic {
            range: lsp::Range::default(),
            severity: Some(lsp::DiagnosticSeverity::WARNING),
            source: Some(SOURCE.into()),
            message: format!("checked against {}: {p}", r.module.label),
            ..Default::default()
        });
    }
    let m = &r.module;
    if !engine::usable(m.module()) {
        // The module cannot judge anything: say why, each problem at its place
        // in the module.
        for d in m.module().diagnostics.iter().filter(|d| d.is_error()) {
            let mut l = convert(d, &ix, m);
            l.message = format!(
                "{} has errors in its own sources, so nothing can be checked against it: {}",
                m.label, d.message
            );
            out.push(l);
        }
        return out;
    }
    let format = engine::format_of(name);
    for d in m.check(name, text, format, limits) {
        out.push(convert(&d, &ix, m));
    }
    out
}

/// The format of a document by its URI's path.
pub fn format_of(uri: &lsp::Url) -> Format {
    engine::format_of(uri.path())
}

/// One diagnostic. One without a place in the file (a required variable not
/// set) is at the file's start.
pub fn convert(d: &Diagnostic, ix: &LineIndex<'_>, m: &LoadedModule) -> lsp::Diagnostic {
    let range = d
        .range
        .map_or_else(lsp::Range::default, |r| ix.range(r.start.byte, r.end.byte));
    let message = match &d.help {
        Some(h) => format!("{}\nhelp: {h}", d.message),
        None => d.message.clone(),
    };
    let related = d.rule.as_ref().and_then(|r| {
        let what = match d.code {
            engine::Code::ValidationFailed
            | engine::Code::PreconditionFailed
            | engine::Code::RuleError => "the rule",
            _ => "the declaration",
        };
        location(m, r).map(|loc| {
            vec![lsp::DiagnosticRelatedInformation {
                location: loc,
                message: format!("{what} in the module ({}: {})", d.code, d.summary),
            }]
        })
    });
    lsp::Diagnostic {
        range,
        severity: Some(match d.severity {
            Severity::Error => lsp::DiagnosticSeverity::ERROR,
            Severity::Warning => lsp::DiagnosticSeverity::WARNING,
        }),
        code: Some(lsp::NumberOrString::String(d.code.id().into())),
        source: Some(SOURCE.into()),
        message,
        related_information: related,
        ..Default::default()
    }
}

/// Where a module file's range is, as a location a client can open.
pub fn location(m: &LoadedModule, r: &RuleLocation) -> Option<lsp::Location> {
    let dir = m.dir.as_ref()?;
    let uri = lsp::Url::from_file_path(dir.join(&r.file)).ok()?;
    let text = engine::module_file_text(m.module(), &r.file)?;
    let ix = LineIndex::new(text);
    Some(lsp::Location::new(
        uri,
        ix.range(r.range.start.byte, r.range.end.byte),
    ))
}
