//! JUnit XML, as CI servers (Jenkins, GitLab, Azure DevOps, CircleCI) read test
//! reports: one `<testsuite>` for the run and one `<testcase>` per checked file,
//! named by its path. A file with errors has one `<failure>` whose `message`
//! counts them, whose `type` is the first error's code, and whose text lists
//! every error as `path:line:col: error[CODE] message`; warnings are listed the
//! same way in the test case's `<system-out>` and do not fail it.
//!
//! One test case per file rather than per rule and file: the set of test cases
//! is then the set of files checked, the same from one run to the next, so a
//! CI server's test history shows a file going from failed to passed; test
//! cases per rule would appear and vanish as findings come and go, and a clean
//! file would show no test at all. Times are 0: the output is the same for the
//! same input (the native CLI's and the npm command line's alike).

use super::{xml, Report};
use tfcheck_core::{Diagnostic, Severity};

pub fn render(report: &Report) -> String {
    let tests = report.files.len();
    let failures = report.files.iter().filter(|f| !f.valid()).count();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(&format!(
        "<testsuites name=\"sockerless-tfcheck\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\" time=\"0\">\n"
    ));
    out.push_str(&format!(
        "  <testsuite name=\"sockerless-tfcheck\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\" skipped=\"0\" time=\"0\">\n"
    ));
    for f in &report.files {
        let path = xml::attr(&f.path);
        let errors: Vec<&Diagnostic> = f.diagnostics.iter().filter(|d| d.is_error()).collect();
        let warnings: Vec<&Diagnostic> = f
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .collect();
        let open =
            format!("    <testcase name=\"{path}\" classname=\"sockerless-tfcheck\" time=\"0\"");
        if errors.is_empty() && warnings.is_empty() {
            out.push_str(&open);
            out.push_str("/>\n");
            continue;
        }
        out.push_str(&open);
        out.push_str(">\n");
        if let Some(first) = errors.first() {
            out.push_str(&format!(
                "      <failure message=\"{}\" type=\"{}\">{}</failure>\n",
                super::plural(errors.len(), "error"),
                first.code.id(),
                xml::text(&listing(&f.path, &errors))
            ));
        }
        if !warnings.is_empty() {
            out.push_str(&format!(
                "      <system-out>{}</system-out>\n",
                xml::text(&listing(&f.path, &warnings))
            ));
        }
        out.push_str("    </testcase>\n");
    }
    out.push_str("  </testsuite>\n</testsuites>\n");
    out
}

/// `path:line:col: severity[CODE] message`, and `  help: ...` below, one per diagnostic.
fn listing(path: &str, diagnostics: &[&Diagnostic]) -> String {
    let mut s = String::new();
    for d in diagnostics {
        let place = match &d.range {
            Some(r) => format!("{path}:{}:{}", r.start.line, r.start.column),
            None => path.to_string(),
        };
        s.push_str(&format!(
            "{place}: {}[{}] {}\n",
            d.severity,
            d.code.id(),
            d.message
        ));
        if let Some(h) = &d.help {
            s.push_str(&format!("  help: {h}\n"));
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::tests::{diag, report};
    use tfcheck_core::Code;

    fn code_of(sev: Severity) -> Code {
        *Code::ALL
            .iter()
            .find(|c| c.default_severity() == sev)
            .unwrap()
    }

    #[test]
    fn one_test_case_per_file_and_failures_only_for_errors() {
        let e = code_of(Severity::Error);
        let w = code_of(Severity::Warning);
        let mut bad = diag(e, "must be < 10 & \"even\"", Some((4, 7)));
        bad.help = Some("try 8".into());
        let r = report(vec![
            ("envs/prod.tfvars", vec![bad, diag(e, "missing", None)]),
            ("envs/warn.tfvars", vec![diag(w, "odd", Some((2, 1)))]),
            ("envs/ok.tfvars", vec![]),
        ]);
        let s = render(&r);
        assert!(s.contains("<testsuites name=\"sockerless-tfcheck\" tests=\"3\" failures=\"1\" errors=\"0\" time=\"0\">"));
        assert!(s.contains("<testsuite name=\"sockerless-tfcheck\" tests=\"3\" failures=\"1\" errors=\"0\" skipped=\"0\" time=\"0\">"));
        assert_eq!(s.matches("<testcase ").count(), 3);
        assert_eq!(s.matches("<failure ").count(), 1);
        let id = e.id();
        assert!(s.contains(&format!(
            "<failure message=\"2 errors\" type=\"{id}\">envs/prod.tfvars:4:7: error[{id}] must be &lt; 10 &amp; \"even\"\n  help: try 8\nenvs/prod.tfvars: error[{id}] missing\n</failure>"
        )));
        assert!(s.contains(&format!(
            "<testcase name=\"envs/warn.tfvars\" classname=\"sockerless-tfcheck\" time=\"0\">\n      <system-out>envs/warn.tfvars:2:1: warning[{}] odd\n</system-out>\n    </testcase>",
            w.id()
        )));
        assert!(s.contains(
            "<testcase name=\"envs/ok.tfvars\" classname=\"sockerless-tfcheck\" time=\"0\"/>"
        ));
        assert!(s.ends_with("  </testsuite>\n</testsuites>\n"));
    }

    #[test]
    fn no_files_is_an_empty_suite() {
        let s = render(&Report::default());
        assert!(s.contains("tests=\"0\" failures=\"0\""));
        assert!(!s.contains("<testcase"));
    }
}
