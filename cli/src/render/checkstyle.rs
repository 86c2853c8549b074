//! Checkstyle XML, the format reviewdog (`-f=checkstyle`) and many CI plugins
//! read: `<checkstyle version="4.3">`, one `<file name>` per checked file (clean
//! files too, so a reader knows they were checked), one `<error>` per
//! diagnostic with `line`, `column` (1-based, in characters), `severity`
//! (`error` or `warning`), `message` (with the help after a line break) and
//! `source`, the diagnostic code (`TF005`). A diagnostic without a range (a
//! missing variable) is on line 1, without a column.

use super::{xml, Report};
use tfcheck_core::Severity;

pub fn render(report: &Report) -> String {
    let mut out =
        String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n");
    for f in &report.files {
        if f.diagnostics.is_empty() {
            out.push_str(&format!("  <file name=\"{}\"/>\n", xml::attr(&f.path)));
            continue;
        }
        out.push_str(&format!("  <file name=\"{}\">\n", xml::attr(&f.path)));
        for d in &f.diagnostics {
            let place = match &d.range {
                Some(r) => format!("line=\"{}\" column=\"{}\"", r.start.line, r.start.column),
                None => "line=\"1\"".to_string(),
            };
            let severity = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            let mut message = d.message.clone();
            if let Some(h) = &d.help {
                message.push_str("\nhelp: ");
                message.push_str(h);
            }
            out.push_str(&format!(
                "    <error {place} severity=\"{severity}\" message=\"{}\" source=\"{}\"/>\n",
                xml::attr(&message),
                d.code.id()
            ));
        }
        out.push_str("  </file>\n");
    }
    out.push_str("</checkstyle>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::tests::{diag, report};
    use tfcheck_core::Code;

    #[test]
    fn one_file_element_per_file_and_one_error_per_diagnostic() {
        let mut d = diag(Code::ALL[0], "bad \"value\" <x>", Some((3, 5)));
        d.help = Some("use 1 & 2".into());
        let w = diag(Code::ALL[1], "missing", None);
        let r = report(vec![
            ("envs/prod.tfvars", vec![d.clone(), w]),
            ("envs/ok.tfvars", vec![]),
        ]);
        let s = render(&r);
        assert!(s.starts_with(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"
        ));
        assert!(s.contains("  <file name=\"envs/prod.tfvars\">\n"));
        assert!(s.contains(&format!(
            "    <error line=\"3\" column=\"5\" severity=\"{}\" message=\"bad &quot;value&quot; &lt;x&gt;&#10;help: use 1 &amp; 2\" source=\"{}\"/>\n",
            d.severity,
            Code::ALL[0].id()
        )));
        assert!(s.contains(&format!(
            "<error line=\"1\" severity=\"{}\" message=\"missing\" source=\"{}\"/>",
            Code::ALL[1].default_severity(),
            Code::ALL[1].id()
        )));
        assert!(s.contains("  <file name=\"envs/ok.tfvars\"/>\n"));
        assert!(s.ends_with("</checkstyle>\n"));
    }

    #[test]
    fn no_files_is_an_empty_document() {
        assert_eq!(
            render(&Report::default()),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n</checkstyle>\n"
        );
    }

    #[test]
    fn file_names_are_escaped() {
        let r = report(vec![("a&b <c>.tfvars", vec![])]);
        assert!(render(&r).contains("<file name=\"a&amp;b &lt;c&gt;.tfvars\"/>"));
    }
}
