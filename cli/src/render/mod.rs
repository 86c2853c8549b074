//! Turning diagnostics into text: one file per output format. Every renderer
//! takes the same [`Report`] and returns what to print.

pub mod checkstyle;
pub mod github;
pub mod gitlab;
pub mod hints;
pub mod human;
pub mod json;
pub mod junit;
pub mod sarif;
mod xml;

use crate::args::DiagnosticFormat;
use tfcheck_core::{Diagnostic, Severity};

/// The diagnostics of one checked file, with its text for code frames.
#[derive(Clone, Debug)]
pub struct FileReport {
    pub path: String,
    pub text: String,
    pub diagnostics: Vec<Diagnostic>,
}

impl FileReport {
    pub fn valid(&self) -> bool {
        !self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Everything one run found.
#[derive(Clone, Debug, Default)]
pub struct Report {
    pub files: Vec<FileReport>,
}

impl Report {
    pub fn count(&self, severity: Severity) -> usize {
        self.files
            .iter()
            .flat_map(|f| &f.diagnostics)
            .filter(|d| d.severity == severity)
            .count()
    }
    pub fn errors(&self) -> usize {
        self.count(Severity::Error)
    }
    pub fn warnings(&self) -> usize {
        self.count(Severity::Warning)
    }

    /// The run's verdict: errors fail it, and warnings too when they are denied.
    pub fn outcome(&self, deny_warnings: bool) -> crate::Outcome {
        if self.errors() > 0 || (deny_warnings && self.warnings() > 0) {
            crate::Outcome::Failed
        } else {
            crate::Outcome::Clean
        }
    }
}

/// How to render.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// ANSI colours in the human format.
    pub color: bool,
    /// The directory module rule locations are shown under (`note: the rule is at ...`).
    pub module_dir: Option<String>,
    /// Human format: print nothing when there are no diagnostics.
    pub quiet: bool,
}

/// Renders `report` in `format`.
pub fn render(format: DiagnosticFormat, report: &Report, opts: &Options) -> String {
    // The human renderer adds the CLI's hints itself (it is also called alone).
    let hinted = || hints::report(report);
    match format {
        DiagnosticFormat::Human => {
            let mut s = human::render(report, opts.color, opts.module_dir.as_deref(), true);
            if opts.quiet && report.files.iter().all(|f| f.diagnostics.is_empty()) {
                s.clear();
            }
            s
        }
        DiagnosticFormat::Json => json::render(&hinted()),
        DiagnosticFormat::Sarif => sarif::render(&hinted(), opts.module_dir.as_deref()),
        DiagnosticFormat::Github => github::render(&hinted()),
        DiagnosticFormat::Checkstyle => checkstyle::render(&hinted()),
        DiagnosticFormat::Junit => junit::render(&hinted()),
        DiagnosticFormat::Gitlab => gitlab::render(&hinted()),
    }
}

/// `1 error`, `2 warnings`.
pub fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

#[cfg(test)]
pub mod tests {
    //! Reports for the renderers' unit tests.
    use super::{FileReport, Report};
    use tfcheck_core::source::{Pos, Range};
    use tfcheck_core::{Code, Diagnostic};

    /// A diagnostic of `code` at `at` (line, column), one character long.
    pub fn diag(code: Code, message: &str, at: Option<(usize, usize)>) -> Diagnostic {
        let mut d = Diagnostic::new(code, message);
        d.range = at.map(|(line, column)| Range {
            start: Pos {
                line,
                column,
                byte: 0,
            },
            end: Pos {
                line,
                column: column + 1,
                byte: 1,
            },
        });
        d
    }

    pub fn report(files: Vec<(&str, Vec<Diagnostic>)>) -> Report {
        Report {
            files: files
                .into_iter()
                .map(|(path, diagnostics)| FileReport {
                    path: path.to_string(),
                    text: String::new(),
                    diagnostics,
                })
                .collect(),
        }
    }
}
