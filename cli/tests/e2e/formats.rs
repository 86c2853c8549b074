//! The machine formats: JSON's contract, SARIF's structure (the schema itself
//! is checked by tests/cli/run.sh), and GitHub workflow commands parsed back.

use super::harness::*;
use serde_json::{json, Value};
use std::collections::BTreeMap;

fn several() -> Vec<String> {
    [
        "tfvars/several-errors.tfvars",
        "tfvars/missing-required.tfvars",
        "tfvars/good.tfvars",
        "tfvars/syntax-error.tfvars",
    ]
    .iter()
    .map(|f| fixture(f))
    .collect()
}

fn check(format: &str) -> Run {
    let files = several();
    let mut args = vec!["check", "--format", format, "--module", MODULE];
    args.extend(files.iter().map(String::as_str));
    let r = run(&args);
    expect_code(&r, 1);
    r
}

#[test]
fn json_has_the_documented_shape() {
    let doc = check("json").json();
    // serde_json::Value sorts keys, so these compare sets.
    let keys = |v: &Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(keys(&doc), ["files", "summary"]);
    assert_eq!(
        doc["summary"],
        json!({"files": 4, "errors": 5, "warnings": 1})
    );
    let files = doc["files"].as_array().unwrap();
    assert_eq!(files.len(), 4);
    for f in files {
        assert_eq!(keys(f), ["diagnostics", "path", "valid"]);
        for d in f["diagnostics"].as_array().unwrap() {
            let k = keys(d);
            for required in [
                "code", "severity", "message", "variable", "range", "summary",
            ] {
                assert!(k.iter().any(|x| x == required), "{required} in {d}");
            }
            assert!(
                k.iter().all(|x| [
                    "code", "severity", "message", "variable", "range", "summary", "rule", "help"
                ]
                .contains(&x.as_str())),
                "{d}"
            );
            assert!(d["severity"] == "error" || d["severity"] == "warning");
            if !d["range"].is_null() {
                for end in ["start", "end"] {
                    assert_eq!(keys(&d["range"][end]), ["column", "line"]);
                    assert!(d["range"][end]["line"].as_u64().unwrap() >= 1);
                    assert!(d["range"][end]["column"].as_u64().unwrap() >= 1);
                }
            }
        }
    }
    let first = &files[0]["diagnostics"][0];
    assert_eq!(first["code"], "TF006");
    assert_eq!(first["variable"], "name");
    assert_eq!(first["message"], "name must have 2 to 20 characters.");
    assert_eq!(
        first["range"],
        json!({"start": {"line": 2, "column": 13}, "end": {"line": 2, "column": 16}})
    );
    assert_eq!(first["rule"]["file"], "variables.tf");
    assert_eq!(files[2]["valid"], true);
    assert_eq!(files[2]["diagnostics"], json!([]));
}

#[test]
fn sarif_lists_every_rule_and_locates_every_result() {
    let doc = check("sarif").json();
    assert_eq!(doc["version"], "2.1.0");
    assert!(doc["$schema"].as_str().unwrap().contains("sarif-2.1.0"));
    let run0 = &doc["runs"][0];
    let driver = &run0["tool"]["driver"];
    assert_eq!(driver["name"], "sockerless-tfcheck");
    let rules = driver["rules"].as_array().unwrap();
    let ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    for id in ["TF001", "TF006", "AWS001", "ADV002", "LINT005", "IO001"] {
        assert!(ids.contains(&id), "{id} in rules");
    }
    let results = run0["results"].as_array().unwrap();
    assert_eq!(results.len(), 6);
    for r in results {
        let index = r["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], r["ruleId"]);
        let loc = &r["locations"][0]["physicalLocation"];
        assert!(loc["artifactLocation"]["uri"]
            .as_str()
            .unwrap()
            .starts_with("tests/cli/fixtures/tfvars/"));
        assert_eq!(loc["artifactLocation"]["uriBaseId"], "%SRCROOT%");
        assert!(loc["region"]["startLine"].as_u64().unwrap() >= 1);
    }
    let first = &results[0];
    assert_eq!(first["level"], "error");
    assert_eq!(
        first["locations"][0]["physicalLocation"]["region"],
        json!({"startLine": 2, "startColumn": 13, "endLine": 2, "endColumn": 16})
    );
    assert_eq!(
        first["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "tests/cli/fixtures/module/variables.tf"
    );
}

/// One parsed `::error file=...::message` line.
#[derive(Debug, PartialEq)]
struct Command {
    kind: String,
    props: BTreeMap<String, String>,
    message: String,
}

fn unescape(s: &str) -> String {
    s.replace("%0D", "\r")
        .replace("%0A", "\n")
        .replace("%3A", ":")
        .replace("%2C", ",")
        .replace("%25", "%")
}

fn parse(line: &str) -> Command {
    let rest = line.strip_prefix("::").expect("starts with ::");
    let (head, message) = rest.split_once("::").expect("has a message");
    let (kind, props) = head.split_once(' ').expect("has properties");
    let props = props
        .split(',')
        .map(|p| {
            let (k, v) = p.split_once('=').expect("key=value");
            (k.to_string(), unescape(v))
        })
        .collect();
    Command {
        kind: kind.into(),
        props,
        message: unescape(message),
    }
}

#[test]
fn github_commands_parse_back_to_the_json_diagnostics() {
    let r = check("github");
    let lines: Vec<&str> = r.stdout.lines().collect();
    let doc = check("json").json();
    let mut expected = Vec::new();
    for f in doc["files"].as_array().unwrap() {
        for d in f["diagnostics"].as_array().unwrap() {
            expected.push((f["path"].as_str().unwrap().to_string(), d.clone()));
        }
    }
    assert_eq!(lines.len(), expected.len(), "{}", r.stdout);
    for (line, (path, d)) in lines.iter().zip(&expected) {
        let c = parse(line);
        assert_eq!(c.kind, d["severity"].as_str().unwrap());
        assert_eq!(c.props["file"], *path);
        assert_eq!(
            c.props["title"],
            format!(
                "{} {}",
                d["code"].as_str().unwrap(),
                d["summary"].as_str().unwrap()
            )
        );
        let mut message = d["message"].as_str().unwrap().to_string();
        if let Some(h) = d["help"].as_str() {
            message.push_str("\nhelp: ");
            message.push_str(h);
        }
        assert_eq!(c.message, message);
        if d["range"].is_null() {
            assert!(!c.props.contains_key("line"));
        } else {
            assert_eq!(c.props["line"], d["range"]["start"]["line"].to_string());
            assert_eq!(c.props["col"], d["range"]["start"]["column"].to_string());
            assert_eq!(c.props["endLine"], d["range"]["end"]["line"].to_string());
            assert_eq!(
                c.props["endColumn"],
                d["range"]["end"]["column"].to_string()
            );
        }
    }
}

#[test]
fn github_escapes_newlines_percent_colons_and_commas() {
    // A message with a newline and a percent sign, in a file whose name has a comma and a colon.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("odd, name:1.tfvars");
    std::fs::write(&path, "name = \"demo\"\nretention = 45\n").unwrap();
    let module = dir.path().join("module");
    std::fs::create_dir(&module).unwrap();
    std::fs::write(
        module.join("variables.tf"),
        "variable \"name\" {\n  type = string\n}\nvariable \"retention\" {\n  type = number\n  validation {\n    condition     = var.retention > 50\n    error_message = \"retention is 100% too small:\\nuse more than 50.\"\n  }\n}\n",
    )
    .unwrap();
    let r = run(&[
        "check",
        "--format",
        "github",
        "--module",
        module.to_str().unwrap(),
        path.to_str().unwrap(),
    ]);
    expect_code(&r, 1);
    assert_eq!(r.stdout.lines().count(), 1, "{}", r.stdout);
    let line = r.stdout.trim_end();
    assert!(line.contains("odd%2C name%3A1.tfvars,line=2"), "{line}");
    assert!(
        line.ends_with("::retention is 100%25 too small:%0Ause more than 50."),
        "{line}"
    );
    let c = parse(line);
    assert_eq!(c.props["file"], path.to_str().unwrap());
    assert_eq!(c.message, "retention is 100% too small:\nuse more than 50.");
}

#[test]
fn clean_runs_print_empty_machine_reports() {
    let good = fixture("tfvars/good.tfvars");
    let r = run(&["check", "--format", "github", "--module", MODULE, &good]);
    expect_code(&r, 0);
    assert_eq!(r.stdout, "");
    let r = run(&["check", "--format", "json", "--module", MODULE, &good]);
    assert_eq!(
        r.json()["summary"],
        json!({"files": 1, "errors": 0, "warnings": 0})
    );
    let r = run(&["check", "--format", "sarif", "--module", MODULE, &good]);
    assert_eq!(r.json()["runs"][0]["results"], json!([]));
}
