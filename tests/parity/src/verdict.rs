//! A verdict on one tfvars file, from Terraform's JSON diagnostics or from the
//! core's diagnostics, in a form the two can be compared in.

use std::collections::BTreeSet;
use std::fmt;
use tfcheck_core::{CheckResult, Code, Module, Severity};

/// The variable whose validation rule starts at `at` (`main.tf:12,3-13`).
fn rule_owner(module: &Module, at: &str) -> Option<String> {
    let (file, pos) = at.rsplit_once(':')?;
    let (line, rest) = pos.split_once(',')?;
    let col = rest.split('-').next()?;
    let (line, col): (usize, usize) = (line.parse().ok()?, col.parse().ok()?);
    module.variables.iter().find_map(|v| {
        v.validations.iter().find_map(|r| {
            let loc = module.location(r.file, r.span)?;
            (loc.file == file && loc.range.start.line == line && loc.range.start.column == col)
                .then(|| v.name.clone())
        })
    })
}

/// One thing a verdict says.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Finding {
    /// The file cannot be read (syntax, or an expression Terraform refuses), with
    /// the error's summary.
    Unreadable(String),
    TypeMismatch(String),
    Required(String),
    Validation {
        variable: String,
        message: String,
    },
    Precondition(String),
    /// A rule's condition failed with an error (its summary).
    RuleError(String),
    Undeclared(String),
    /// Something only one side can say (an AWS apply-time error or a module problem).
    Other(String),
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Finding::Unreadable(s) => write!(f, "unreadable: {s}"),
            Finding::TypeMismatch(v) => write!(f, "type mismatch: var.{v}"),
            Finding::Required(v) => write!(f, "required: var.{v}"),
            Finding::Validation { variable, message } => {
                write!(f, "validation var.{variable}: {message}")
            }
            Finding::Precondition(m) => write!(f, "precondition: {m}"),
            Finding::RuleError(s) => write!(f, "rule error: {s}"),
            Finding::Undeclared(v) => write!(f, "undeclared: {v}"),
            Finding::Other(s) => write!(f, "other: {s}"),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Verdict {
    pub findings: BTreeSet<Finding>,
}

impl Verdict {
    pub fn valid(&self) -> bool {
        !self
            .findings
            .iter()
            .any(|f| !matches!(f, Finding::Undeclared(_)))
    }

    /// Terraform's verdict from the JSON lines of `terraform plan -json`. A failed
    /// validation belongs to the variable whose rule is at the place Terraform
    /// names ("checked by the validation rule at FILE:LINE,COL"), found in `module`.
    pub fn from_terraform(stdout: &str, case_file: &str, module: &Module) -> Verdict {
        let mut v = Verdict::default();
        for line in stdout.lines() {
            let Ok(j) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            if j["type"] != "diagnostic" {
                continue;
            }
            let d = &j["diagnostic"];
            let summary = d["summary"].as_str().unwrap_or_default().to_string();
            let detail = d["detail"].as_str().unwrap_or_default();
            let file = d["range"]["filename"].as_str().unwrap_or_default();
            let traversal = d["snippet"]["values"]
                .as_array()
                .and_then(|vs| vs.iter().find_map(|x| x["traversal"].as_str()))
                .and_then(|t| t.strip_prefix("var."))
                .map(str::to_string);
            let between = |a: &str, b: &str| {
                detail
                    .split_once(a)
                    .and_then(|(_, r)| r.split_once(b))
                    .map(|(x, _)| x.to_string())
            };
            let finding = match (d["severity"].as_str(), summary.as_str()) {
                (Some("warning"), "Value for undeclared variable") => {
                    between("variable named \"", "\"").map(Finding::Undeclared)
                }
                (Some("warning"), _) => None,
                (_, "Invalid value for variable") => Some(Finding::Validation {
                    variable: detail
                        .split_once("validation rule at ")
                        .and_then(|(_, at)| rule_owner(module, at.trim_end().trim_end_matches('.')))
                        .or(traversal)
                        .unwrap_or_default(),
                    message: detail
                        .split("\n\nThis was checked by the validation rule at")
                        .next()
                        .unwrap_or_default()
                        .to_string(),
                }),
                (_, "Invalid value for input variable") => {
                    between("var.", " declared at").map(Finding::TypeMismatch)
                }
                (_, "No value for required variable") => {
                    between("variable \"", "\" is not set").map(Finding::Required)
                }
                (_, "Required variable not set") => {
                    between("var.", " defined at").map(Finding::Required)
                }
                (_, "Resource precondition failed") => {
                    Some(Finding::Precondition(detail.to_string()))
                }
                _ if file.ends_with(case_file) || file.is_empty() => {
                    Some(Finding::Unreadable(summary))
                }
                _ => Some(Finding::RuleError(summary)),
            };
            if let Some(f) = finding {
                v.findings.insert(f);
            }
        }
        v
    }

    /// The core's verdict.
    pub fn from_core(r: &CheckResult) -> Verdict {
        let mut v = Verdict::default();
        for d in &r.diagnostics {
            let var = d.variable.clone().unwrap_or_default();
            let f = match d.code {
                Code::Syntax
                | Code::DuplicateVariable
                | Code::NotConstant
                | Code::InvalidExpression
                | Code::NestingTooDeep => Finding::Unreadable(d.summary.clone()),
                Code::TypeMismatch => Finding::TypeMismatch(var),
                Code::MissingRequired | Code::NullNotAllowed => Finding::Required(var),
                Code::ValidationFailed => Finding::Validation {
                    variable: var,
                    message: d.message.clone(),
                },
                Code::PreconditionFailed => Finding::Precondition(d.message.clone()),
                Code::RuleError => Finding::RuleError(d.summary.clone()),
                Code::UndeclaredVariable => Finding::Undeclared(var),
                // Advice and Terraform's silent acceptance of repeated keys are ours alone.
                _ if d.severity == Severity::Warning => continue,
                other => Finding::Other(format!("{} {}: {}", other.id(), var, d.message)),
            };
            v.findings.insert(f);
        }
        v
    }

    /// Whether two verdicts agree. A file Terraform cannot read agrees when both
    /// refuse it and the core's reason is among Terraform's.
    pub fn agrees(&self, other: &Verdict) -> bool {
        let unreadable = |v: &Verdict| -> BTreeSet<String> {
            v.findings
                .iter()
                .filter_map(|f| match f {
                    Finding::Unreadable(s) => Some(s.clone()),
                    _ => None,
                })
                .collect()
        };
        let (a, b) = (unreadable(self), unreadable(other));
        if !a.is_empty() || !b.is_empty() {
            return !a.is_empty() && !b.is_empty() && (a.is_subset(&b) || b.is_subset(&a));
        }
        self.findings == other.findings
    }
}
