//! SARIF 2.1.0 for code-scanning upload: one run whose tool lists every code
//! the core knows as a rule, and one result per diagnostic with its physical
//! location (1-based lines; columns in Unicode code points, `endColumn` just
//! past the span). A diagnostic without a range (a missing variable) points at
//! line 1 of its file. Where the module rule is, is a related location.

use super::Report;
use serde_json::{json, Value};
use tfcheck_core::source::Range;
use tfcheck_core::{Code, Diagnostic, Severity};

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";
const INFO_URI: &str = "https://github.com/sockerless/sockerless-tfcheck";

pub fn render(report: &Report, module_dir: Option<&str>) -> String {
    let rules: Vec<Value> = Code::ALL.iter().map(|c| rule(*c)).collect();
    let mut results = Vec::new();
    for f in &report.files {
        for d in &f.diagnostics {
            results.push(result(&f.path, d, module_dir));
        }
    }
    let doc = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "sockerless-tfcheck",
                "version": env!("CARGO_PKG_VERSION"),
                "semanticVersion": env!("CARGO_PKG_VERSION"),
                "informationUri": INFO_URI,
                "rules": rules,
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

fn rule(c: Code) -> Value {
    json!({
        "id": c.id(),
        "name": c.name(),
        "shortDescription": {"text": c.summary()},
        "fullDescription": {"text": c.summary()},
        "defaultConfiguration": {"level": level(c.default_severity())},
        "helpUri": format!("{INFO_URI}#diagnostic-codes"),
        "properties": {"tags": [category(c)]},
    })
}

/// The family a code belongs to, from its prefix.
fn category(c: Code) -> &'static str {
    let id = c.id();
    let prefix: String = id
        .chars()
        .take_while(|ch| ch.is_ascii_alphabetic())
        .collect();
    match prefix.as_str() {
        "TF" => "terraform",
        "AWS" => "aws",
        "ADV" => "advice",
        "MOD" => "module",
        "LIM" => "limits",
        "BKD" => "backend-config",
        "LINT" => "lint",
        _ => "input",
    }
}

fn result(path: &str, d: &Diagnostic, module_dir: Option<&str>) -> Value {
    let index = Code::ALL.iter().position(|c| *c == d.code).unwrap_or(0);
    let mut text = d.message.clone();
    if let Some(h) = &d.help {
        text.push_str("\nhelp: ");
        text.push_str(h);
    }
    let place = match &d.range {
        Some(r) => region(r),
        None => json!({"startLine": 1}),
    };
    let mut res = json!({
        "ruleId": d.code.id(),
        "ruleIndex": index,
        "level": level(d.severity),
        "message": {"text": text},
        "locations": [{"physicalLocation": {"artifactLocation": artifact(path), "region": place}}],
    });
    if let Some(rule) = &d.rule {
        let file = match module_dir {
            Some(dir) => std::path::Path::new(dir)
                .join(&rule.file)
                .to_string_lossy()
                .into_owned(),
            None => rule.file.clone(),
        };
        res["relatedLocations"] = json!([{
            "id": 1,
            "message": {"text": "the module rule"},
            "physicalLocation": {"artifactLocation": artifact(&file), "region": region(&rule.range)},
        }]);
    }
    if let Some(v) = &d.variable {
        res["properties"] = json!({"variable": v});
    }
    res
}

fn region(r: &Range) -> Value {
    json!({"startLine": r.start.line, "startColumn": r.start.column, "endLine": r.end.line, "endColumn": r.end.column})
}

/// A relative path is relative to the repository root (`%SRCROOT%`); an absolute
/// one becomes a `file://` URI.
fn artifact(path: &str) -> Value {
    let path = path.replace('\\', "/");
    match path.strip_prefix('/') {
        Some(abs) => json!({"uri": format!("file:///{}", encode(abs))}),
        None => json!({"uri": encode(path.trim_start_matches("./")), "uriBaseId": "%SRCROOT%"}),
    }
}

/// Percent-encodes everything but unreserved characters and `/`.
pub fn encode(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
