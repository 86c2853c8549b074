//! The JSON format, one document:
//! `{"files":[{"path","valid","diagnostics":[...]}],"summary":{"files","errors","warnings"}}`.
//!
//! Every diagnostic has all of `code`, `name`, `severity`, `summary`, `message`,
//! `variable`, `range`, `help` and `rule`; `variable`, `range`, `help` and `rule`
//! are `null` when absent. Lines and columns are 1-based, columns count
//! characters, and `end` is just past the span.

use super::Report;
use serde::Serialize;
use tfcheck_core::source::Range;
use tfcheck_core::{Diagnostic, Severity};

#[derive(Serialize)]
struct Doc<'a> {
    files: Vec<File<'a>>,
    summary: Summary,
}

#[derive(Serialize)]
struct File<'a> {
    path: &'a str,
    valid: bool,
    diagnostics: Vec<Diag<'a>>,
}

#[derive(Serialize)]
struct Summary {
    files: usize,
    errors: usize,
    warnings: usize,
}

#[derive(Serialize)]
struct Diag<'a> {
    code: &'static str,
    name: &'static str,
    severity: Severity,
    summary: &'a str,
    message: &'a str,
    variable: Option<&'a str>,
    range: Option<Span>,
    help: Option<&'a str>,
    rule: Option<Rule<'a>>,
}

#[derive(Serialize)]
struct Rule<'a> {
    file: &'a str,
    range: Span,
}

#[derive(Serialize)]
struct Span {
    start: LineColumn,
    end: LineColumn,
}

#[derive(Serialize)]
struct LineColumn {
    line: usize,
    column: usize,
}

impl From<&Range> for Span {
    fn from(r: &Range) -> Span {
        Span {
            start: LineColumn {
                line: r.start.line,
                column: r.start.column,
            },
            end: LineColumn {
                line: r.end.line,
                column: r.end.column,
            },
        }
    }
}

pub fn render(report: &Report) -> String {
    let doc = Doc {
        files: report
            .files
            .iter()
            .map(|f| File {
                path: &f.path,
                valid: f.valid(),
                diagnostics: f.diagnostics.iter().map(diagnostic).collect(),
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

fn diagnostic(d: &Diagnostic) -> Diag<'_> {
    Diag {
        code: d.code.id(),
        name: d.code.name(),
        severity: d.severity,
        summary: &d.summary,
        message: &d.message,
        variable: d.variable.as_deref(),
        range: d.range.as_ref().map(Span::from),
        help: d.help.as_deref(),
        rule: d.rule.as_ref().map(|r| Rule {
            file: &r.file,
            range: Span::from(&r.range),
        }),
    }
}
