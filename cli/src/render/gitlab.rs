//! GitLab Code Quality JSON (a subset of the Code Climate issue format): one
//! array, one object per diagnostic with `description` (the message, and the
//! help after a line break), `check_name` (the code, `TF005`), `fingerprint`,
//! `severity` (`major` for errors, `minor` for warnings), `location.path` and
//! `location.lines.begin` (line 1 for a diagnostic without a range), plus
//! Code Climate's `type` and `categories`.
//!
//! The fingerprint is what GitLab matches findings by between a merge request
//! and its target branch. It hashes the path, the code, the variable and the
//! message, never the line, so moving a line keeps it; two diagnostics with all
//! four the same in one file are told apart by their order.

use super::Report;
use serde_json::{json, Value};
use std::collections::HashMap;
use tfcheck_core::Severity;

pub fn render(report: &Report) -> String {
    let mut issues: Vec<Value> = Vec::new();
    for f in &report.files {
        let path = f.path.strip_prefix("./").unwrap_or(&f.path);
        let mut seen: HashMap<String, usize> = HashMap::new();
        for d in &f.diagnostics {
            let key = [
                path,
                d.code.id(),
                d.variable.as_deref().unwrap_or(""),
                &d.message,
            ]
            .join("\u{0}");
            let n = seen.entry(key.clone()).or_insert(0);
            let fingerprint = fingerprint(&format!("{key}\u{0}{n}"));
            *n += 1;
            let mut description = d.message.clone();
            if let Some(h) = &d.help {
                description.push_str("\nhelp: ");
                description.push_str(h);
            }
            let (severity, category) = match d.severity {
                Severity::Error => ("major", "Bug Risk"),
                Severity::Warning => ("minor", "Style"),
            };
            let line = d.range.map_or(1, |r| r.start.line);
            issues.push(json!({
                "type": "issue",
                "description": description,
                "check_name": d.code.id(),
                "categories": [category],
                "fingerprint": fingerprint,
                "severity": severity,
                "location": {"path": path, "lines": {"begin": line}},
            }));
        }
    }
    let mut s = serde_json::to_string_pretty(&issues).unwrap_or_default();
    s.push('\n');
    s
}

/// 128 bits of FNV-1a (two 64-bit passes with different offsets), as 32 hex
/// digits: stable across runs, platforms and builds, which std's hasher is not.
pub fn fingerprint(s: &str) -> String {
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut a: u64 = 0xcbf2_9ce4_8422_2325;
    let mut b: u64 = 0x6c62_272e_07bb_0142;
    for byte in s.bytes() {
        a = (a ^ u64::from(byte)).wrapping_mul(PRIME);
        b = (b ^ u64::from(byte.rotate_left(3))).wrapping_mul(PRIME);
    }
    format!("{a:016x}{b:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::tests::{diag, report};
    use tfcheck_core::Code;

    fn issues(r: &Report) -> Vec<Value> {
        serde_json::from_str(&render(r)).unwrap()
    }

    #[test]
    fn each_diagnostic_is_an_issue_with_the_required_fields() {
        let code = *Code::ALL
            .iter()
            .find(|c| c.default_severity() == Severity::Error)
            .unwrap();
        let mut d = diag(code, "too big", Some((7, 3)));
        d.help = Some("at most 6".into());
        let r = report(vec![
            ("./envs/prod.tfvars", vec![d]),
            ("envs/ok.tfvars", vec![]),
        ]);
        let out = issues(&r);
        assert_eq!(out.len(), 1);
        let i = &out[0];
        assert_eq!(i["description"], "too big\nhelp: at most 6");
        assert_eq!(i["check_name"], code.id());
        assert_eq!(i["severity"], "major");
        assert_eq!(i["type"], "issue");
        assert_eq!(i["location"]["path"], "envs/prod.tfvars");
        assert_eq!(i["location"]["lines"]["begin"], 7);
        assert_eq!(i["fingerprint"].as_str().unwrap().len(), 32);
    }

    #[test]
    fn fingerprints_survive_line_moves_and_differ_between_findings() {
        let code = Code::ALL[0];
        let at = |line| {
            report(vec![(
                "a.tfvars",
                vec![diag(code, "same", Some((line, 1)))],
            )])
        };
        assert_eq!(
            issues(&at(3))[0]["fingerprint"],
            issues(&at(40))[0]["fingerprint"]
        );
        let twice = report(vec![(
            "a.tfvars",
            vec![
                diag(code, "same", Some((1, 1))),
                diag(code, "same", Some((9, 1))),
            ],
        )]);
        let both = issues(&twice);
        assert_ne!(both[0]["fingerprint"], both[1]["fingerprint"]);
        assert_eq!(both[0]["fingerprint"], issues(&at(5))[0]["fingerprint"]);
        let other_file = report(vec![("b.tfvars", vec![diag(code, "same", Some((3, 1)))])]);
        assert_ne!(
            issues(&other_file)[0]["fingerprint"],
            issues(&at(3))[0]["fingerprint"]
        );
    }

    #[test]
    fn fingerprint_is_a_fixed_function() {
        // Fixed values: a change here changes every fingerprint users' GitLab has stored.
        assert_eq!(fingerprint(""), "cbf29ce4842223256c62272e07bb0142");
        assert_ne!(fingerprint("a"), fingerprint("b"));
    }

    #[test]
    fn warnings_are_minor_and_missing_ranges_are_line_one() {
        let code = *Code::ALL
            .iter()
            .find(|c| c.default_severity() == Severity::Warning)
            .unwrap();
        let out = issues(&report(vec![("w.tfvars", vec![diag(code, "hm", None)])]));
        assert_eq!(out[0]["severity"], "minor");
        assert_eq!(out[0]["location"]["lines"]["begin"], 1);
    }

    #[test]
    fn nothing_found_is_an_empty_array() {
        assert_eq!(render(&Report::default()), "[]\n");
    }
}
