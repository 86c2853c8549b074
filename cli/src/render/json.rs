//! The JSON format, one document:
//! `{"files":[{"path","valid","diagnostics":[...]}],"summary":{"files","errors","warnings"}}`.
//!
//! Each diagnostic is the core's [`Diagnostic`] in its serde form, the wire
//! format every face shares: `code`, `severity`, `message`, `variable` and `range`
//! always (`null` when absent; lines and columns 1-based, columns counting
//! characters, `end` just past the span), then `summary`, and `rule` (where the
//! rule is in the module) and `help` when there are.

use super::Report;
use serde::Serialize;
use tfcheck_core::Diagnostic;

#[derive(Serialize)]
struct Doc<'a> {
    files: Vec<File<'a>>,
    summary: Summary,
}

#[derive(Serialize)]
struct File<'a> {
    path: &'a str,
    valid: bool,
    diagnostics: &'a [Diagnostic],
}

#[derive(Serialize)]
struct Summary {
    files: usize,
    errors: usize,
    warnings: usize,
}

pub fn render(report: &Report) -> String {
    let doc = Doc {
        files: report
            .files
            .iter()
            .map(|f| File {
                path: &f.path,
                valid: f.valid(),
                diagnostics: &f.diagnostics,
            })
            .collect(),
        summary: Summary {
            files: report.files.len(),
            errors: report.errors(),
            warnings: report.warnings(),
        },
    };
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}
