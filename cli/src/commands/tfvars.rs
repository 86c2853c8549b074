//! `tfvars`: writes a tfvars file from the module's defaults, an existing file
//! (`--from`) and `--set NAME=VALUE` values (HCL syntax, applied last). The
//! result is checked first: an invalid one is never written (exit 1, the
//! diagnostics on standard error).

use crate::args::{TfvarsArgs, TfvarsFormat};
use crate::input;
use crate::render::hints;
use crate::render::human::{self, Colors};
use crate::render::{FileReport, Report};
use crate::{module_dir, output, Fatal, Outcome};
use std::collections::BTreeMap;
use tfcheck_core::emit::{self, TfvarsOptions};
use tfcheck_core::eval::{Env, ErrorKind, Evaluator};
use tfcheck_core::syntax::{parse_expr, ExprKind};
use tfcheck_core::value::Value;
use tfcheck_core::{Code, Diagnostic, Module};

pub fn run(a: TfvarsArgs, colors: Colors) -> Result<Outcome, Fatal> {
    let limits = a.limits.limits();
    let loaded = module_dir::load(
        a.module.module.as_deref(),
        colors.err,
        module_dir::max_bytes(&limits),
    )?;
    let checker = &loaded.checker;
    let module = checker.module();
    let to_json = a
        .output
        .as_deref()
        .is_some_and(|p| p.to_string_lossy().ends_with(".json"));
    let format = a.format.unwrap_or(if to_json {
        TfvarsFormat::Json
    } else {
        TfvarsFormat::Hcl
    });
    if a.describe && format == TfvarsFormat::Json {
        return Err(Fatal::new("--describe writes descriptions as comments, and JSON has no comments: use --format hcl"));
    }
    let sets = parse_sets(&a.set, module, limits.max_depth)?;
    let show = |report: &Report| {
        output::eprint(&human::render(report, colors.err, Some(&loaded.dir), false))
    };

    let mut given: BTreeMap<String, Value> = BTreeMap::new();
    let mut file_warnings: Vec<Diagnostic> = Vec::new();
    let mut file_report: Option<FileReport> = None;
    if let Some(from) = &a.from {
        let src = input::read_one(from, "<stdin>", limits.max_bytes)?;
        let from_path = src.path.clone();
        let result = match src.problem.clone() {
            Some(d) => tfcheck_core::CheckResult {
                diagnostics: vec![d],
                ..Default::default()
            },
            None => checker.check(&src.path, &src.text, src.format, &limits),
        };
        // An error about a variable that --set replaces does not stop the run.
        let blocked = result
            .diagnostics
            .iter()
            .any(|d| d.is_error() && d.variable.as_ref().is_none_or(|v| !sets.contains_key(v)));
        let report = FileReport {
            path: src.path,
            text: src.text,
            diagnostics: result.diagnostics.clone(),
        };
        if blocked {
            show(&Report {
                files: vec![report],
            });
            output::eprint(&format!(
                "{}{from_path} is not valid, so nothing was written\n",
                human::error_prefix(colors.err)
            ));
            return Ok(Outcome::Failed);
        }
        for name in &result.given {
            if let Some(v) = result.values.get(name) {
                given.insert(name.clone(), v.clone());
            }
        }
        file_warnings = result
            .diagnostics
            .iter()
            .filter(|d| !d.is_error())
            .cloned()
            .collect();
        file_report = Some(report);
    }
    given.extend(sets);

    let result = checker.check_values(&given, &limits);
    let values_report = FileReport {
        path: "<values>".into(),
        text: String::new(),
        diagnostics: result.diagnostics.clone(),
    };
    // The file's own warnings (with their frames) that the final check does not repeat.
    let mut reports = Vec::new();
    if let Some(mut f) = file_report {
        f.diagnostics = file_warnings
            .into_iter()
            .filter(|w| {
                !result
                    .diagnostics
                    .iter()
                    .any(|d| d.code == w.code && d.variable == w.variable)
            })
            .collect();
        if !f.diagnostics.is_empty() {
            reports.push(f);
        }
    }
    if !values_report.diagnostics.is_empty() {
        reports.push(values_report);
    }
    let report = Report { files: reports };
    if !report.files.is_empty() {
        show(&report);
    }
    if !result.valid() {
        output::eprint(&format!(
            "{}the values are not valid, so nothing was written\n",
            human::error_prefix(colors.err)
        ));
        return Ok(Outcome::Failed);
    }
    let opts = TfvarsOptions {
        only_changed: a.only_changed,
        describe: a.describe,
    };
    let text = match format {
        TfvarsFormat::Hcl => emit::hcl::tfvars(module, &result.values, opts),
        TfvarsFormat::Json => emit::json::tfvars(module, &result.values, opts),
    };
    output::emit(a.output.as_deref(), &text)?;
    Ok(Outcome::Clean)
}

/// `--set NAME=VALUE`, each value an HCL expression evaluated as in a tfvars
/// file (constants only). A later `--set` of the same name wins.
fn parse_sets(
    sets: &[String],
    module: &Module,
    max_depth: usize,
) -> Result<BTreeMap<String, Value>, Fatal> {
    let mut out = BTreeMap::new();
    for s in sets {
        let Some((name, text)) = s.split_once('=') else {
            return Err(Fatal::new(format!("--set expects NAME=VALUE, got {s:?}")));
        };
        let name = name.trim();
        if module.variable(name).is_none() {
            return Err(Fatal::new(format!(
                "--set {name}: the module declares no variable named {name:?}"
            )));
        }
        let expr = parse_expr(text, max_depth).map_err(|e| {
            let code = if e.too_deep {
                Code::NestingTooDeep
            } else {
                Code::Syntax
            };
            let detail = hints::message(code, &e.detail);
            Fatal::new(format!("--set {name}: {}: {detail}", e.summary))
        })?;
        let value = Evaluator::new(Env::constant())
            .eval(&expr, None)
            .map_err(|e| {
                let hint = if matches!(expr.kind, ExprKind::Variable(_) | ExprKind::GetAttr(..)) {
                    format!(
                        " (values are HCL: write a string with its quotes, --set '{name}=\"{}\"')",
                        text.trim()
                    )
                } else {
                    String::new()
                };
                let code = match e.kind {
                    ErrorKind::Budget => Code::StepBudget,
                    _ => Code::InvalidExpression,
                };
                let detail = hints::message(code, &e.detail);
                Fatal::new(format!("--set {name}: {}: {detail}{hint}", e.summary))
            })?;
        out.insert(name.to_string(), value);
    }
    Ok(out)
}
