//! GitHub Actions workflow commands, one line per diagnostic:
//! `::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=CODE summary::message`
//! (`::warning` for warnings). Escaped as the Actions toolkit escapes them: in the
//! message `%`, CR and LF become `%25`, `%0D`, `%0A`; in properties `:` and `,`
//! also become `%3A` and `%2C`. A diagnostic without a range names only the file.

use super::Report;
use tfcheck_core::Severity;

pub fn render(report: &Report) -> String {
    let mut out = String::new();
    for f in &report.files {
        for d in &f.diagnostics {
            let command = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            let mut props = vec![format!("file={}", property(&f.path))];
            if let Some(r) = &d.range {
                props.push(format!("line={}", r.start.line));
                props.push(format!("col={}", r.start.column));
                props.push(format!("endLine={}", r.end.line));
                props.push(format!("endColumn={}", r.end.column));
            }
            props.push(format!(
                "title={}",
                property(&format!("{} {}", d.code.id(), d.summary))
            ));
            let mut msg = d.message.clone();
            if let Some(h) = &d.help {
                msg.push_str("\nhelp: ");
                msg.push_str(h);
            }
            out.push_str(&format!(
                "::{command} {}::{}\n",
                props.join(","),
                data(&msg)
            ));
        }
    }
    out
}

/// Escapes a command's message.
pub fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a command property's value.
pub fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}
