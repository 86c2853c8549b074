//! `--format checkstyle`, `junit` and `gitlab` from the built binary: they say
//! what the JSON format says, exit as it does, and GitLab's fingerprints do not
//! move with lines. Schema validation is in tests/cli/run.sh.

use super::harness::{fixture, run, run_in, MODULE};

/// `check` of the fixtures in `format`, with the fixture module.
fn check(format: &str) -> super::harness::Run {
    run(&[
        "check",
        "--format",
        format,
        "--module",
        MODULE,
        &fixture("tfvars"),
    ])
}

/// Every (path, code, line) the JSON format reports, line 1 for no range.
fn json_findings() -> Vec<(String, String, u64)> {
    let doc = check("json").json();
    let mut out = Vec::new();
    for f in doc["files"].as_array().unwrap() {
        for d in f["diagnostics"].as_array().unwrap() {
            let line = d["range"]["start"]["line"].as_u64().unwrap_or(1);
            out.push((
                f["path"].as_str().unwrap().to_string(),
                d["code"].as_str().unwrap().to_string(),
                line,
            ));
        }
    }
    out
}

#[test]
fn the_formats_exit_as_json_does() {
    let json = check("json");
    for format in ["checkstyle", "junit", "gitlab"] {
        let r = check(format);
        assert_eq!(r.code, json.code, "{format}: {}", r.stderr);
        assert_eq!(r.stderr, json.stderr, "{format}");
    }
    let good = fixture("tfvars/good.tfvars");
    for format in ["checkstyle", "junit", "gitlab"] {
        let r = run(&["check", "--format", format, "--module", MODULE, &good]);
        assert_eq!(r.code, 0, "{format}: {}", r.stdout);
    }
}

#[test]
fn gitlab_issues_are_the_json_diagnostics() {
    let issues: serde_json::Value = serde_json::from_str(&check("gitlab").stdout).unwrap();
    let got: Vec<(String, String, u64)> = issues
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["location"]["path"].as_str().unwrap().to_string(),
                i["check_name"].as_str().unwrap().to_string(),
                i["location"]["lines"]["begin"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(got, json_findings());
}

#[test]
fn checkstyle_errors_are_the_json_diagnostics() {
    let out = check("checkstyle").stdout;
    let findings = json_findings();
    assert_eq!(out.matches("<error ").count(), findings.len(), "{out}");
    for (path, code, line) in findings {
        assert!(out.contains(&format!("<file name=\"{path}\">")), "{path}");
        assert!(out.contains(&format!("line=\"{line}\"")), "{line}");
        assert!(out.contains(&format!("source=\"{code}\"")), "{code}");
    }
}

#[test]
fn junit_has_one_test_case_per_file_and_fails_the_files_with_errors() {
    let doc = check("json").json();
    let files = doc["files"].as_array().unwrap();
    let invalid = files.iter().filter(|f| f["valid"] == false).count();
    let out = check("junit").stdout;
    assert_eq!(out.matches("<testcase ").count(), files.len(), "{out}");
    assert_eq!(out.matches("<failure ").count(), invalid, "{out}");
    assert!(out.contains(&format!("tests=\"{}\" failures=\"{invalid}\"", files.len())));
}

#[test]
fn gitlab_fingerprints_stay_when_lines_move_and_across_runs() {
    let dir = tempfile::tempdir().unwrap();
    let text = "name = \"x\"\naz_count = 9\n";
    std::fs::write(dir.path().join("a.tfvars"), text).unwrap();
    let first = run_in(dir.path(), &["check", "--format", "gitlab", "a.tfvars"]);
    let again = run_in(dir.path(), &["check", "--format", "gitlab", "a.tfvars"]);
    assert_eq!(first.stdout, again.stdout);
    std::fs::write(dir.path().join("a.tfvars"), format!("# moved\n\n{text}")).unwrap();
    let moved = run_in(dir.path(), &["check", "--format", "gitlab", "a.tfvars"]);
    let prints = |r: &super::harness::Run| -> Vec<(String, u64)> {
        let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
        v.as_array()
            .unwrap()
            .iter()
            .map(|i| {
                (
                    i["fingerprint"].as_str().unwrap().to_string(),
                    i["location"]["lines"]["begin"].as_u64().unwrap(),
                )
            })
            .collect()
    };
    let (a, b) = (prints(&first), prints(&moved));
    assert!(!a.is_empty());
    assert_eq!(a.len(), b.len());
    for ((fa, la), (fb, lb)) in a.iter().zip(&b) {
        assert_eq!(fa, fb);
        if *la > 1 {
            assert_eq!(*lb, la + 2, "the line moved");
        }
    }
}
