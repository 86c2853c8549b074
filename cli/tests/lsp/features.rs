//! Hover, definition, symbols, completion and code actions.

use super::session::{pos, Session};
use serde_json::{json, Value};

const U: &str = "file:///nonexistent-dir/env.tfvars";

fn td() -> Value {
    json!({"uri": U})
}

fn labels(items: &Value) -> Vec<String> {
    items
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["label"].as_str().unwrap().to_string())
        .collect()
}

/// Applies a workspace edit's changes for U to `text`.
fn apply(text: &str, edit: &Value) -> String {
    apply_to(U, text, edit)
}

/// Applies a workspace edit's changes for `uri` to `text` (ASCII positions).
fn apply_to(uri: &str, text: &str, edit: &Value) -> String {
    let mut lines: Vec<String> = text.split('\n').map(str::to_string).collect();
    let mut edits = edit["changes"][uri].as_array().unwrap().clone();
    edits.sort_by_key(|e| {
        std::cmp::Reverse((
            e["range"]["start"]["line"].as_u64(),
            e["range"]["start"]["character"].as_u64(),
        ))
    });
    for e in edits {
        let (l0, c0) = (
            e["range"]["start"]["line"].as_u64().unwrap() as usize,
            e["range"]["start"]["character"].as_u64().unwrap() as usize,
        );
        let (l1, c1) = (
            e["range"]["end"]["line"].as_u64().unwrap() as usize,
            e["range"]["end"]["character"].as_u64().unwrap() as usize,
        );
        let joined = lines.join("\n");
        let offset = |l: usize, c: usize| -> usize {
            let start: usize = lines.iter().take(l).map(|x| x.len() + 1).sum();
            let line = lines.get(l).map_or("", String::as_str);
            start
                + line
                    .char_indices()
                    .map(|(i, _)| i)
                    .chain([line.len()])
                    .nth(c)
                    .unwrap()
        };
        let (a, b) = (
            offset(l0, c0).min(joined.len()),
            offset(l1, c1).min(joined.len()),
        );
        let mut t = joined.clone();
        t.replace_range(a..b, e["newText"].as_str().unwrap());
        lines = t.split('\n').map(str::to_string).collect();
    }
    lines.join("\n")
}

#[test]
fn hover_definition_and_symbols() {
    let mut s = Session::start();
    s.initialize(json!({}));
    let text = "# env\nlog_retention_days = 30\ntags = {\n  owner = \"a\"\n}\n";
    s.open(U, text);
    let h = s.result(
        "textDocument/hover",
        json!({"textDocument": td(), "position": pos(1, 3)}),
    );
    let md = h["contents"]["value"].as_str().unwrap();
    assert!(
        md.starts_with("**log_retention_days**: `number`, default `30`"),
        "{md}"
    );
    assert!(md.contains("not sensitive, not nullable"), "{md}");
    assert!(md.contains("allowed values: 0, 1, 3"), "{md}");
    assert_eq!(h["range"], json!({"start": pos(1, 0), "end": pos(1, 18)}));
    // Not on a name: nothing.
    let h = s.result(
        "textDocument/hover",
        json!({"textDocument": td(), "position": pos(1, 22)}),
    );
    assert_eq!(h, Value::Null);

    let d = s.result(
        "textDocument/definition",
        json!({"textDocument": td(), "position": pos(2, 1)}),
    );
    let file = d["uri"].as_str().unwrap().strip_prefix("file://").unwrap();
    assert!(file.ends_with("/variables.tf"), "{d}");
    let line = d["range"]["start"]["line"].as_u64().unwrap() as usize;
    assert_eq!(
        std::fs::read_to_string(file)
            .unwrap()
            .lines()
            .nth(line)
            .unwrap(),
        "variable \"tags\" {"
    );

    let syms = s.result("textDocument/documentSymbol", json!({"textDocument": td()}));
    assert_eq!(labels_of_symbols(&syms), vec!["log_retention_days", "tags"]);
    assert_eq!(syms[1]["detail"], "map(string)");
    assert_eq!(syms[1]["children"][0]["name"], "owner");
    assert_eq!(
        syms[1]["range"],
        json!({"start": pos(2, 0), "end": pos(4, 1)})
    );

    // Half typed, so it does not parse: names still hover and lead to their block.
    s.notify("textDocument/didChange", json!({"textDocument": {"uri": U, "version": 2},
        "contentChanges": [{"text": "tags = {\n  owner = \"a\"\n}\naz_count = \nlog_retention_days = [1,"}]}));
    assert_eq!(s.diagnostics(U)["diagnostics"][0]["code"], "TF001");
    let h = s.result(
        "textDocument/hover",
        json!({"textDocument": td(), "position": pos(3, 2)}),
    );
    assert!(
        h["contents"]["value"]
            .as_str()
            .unwrap()
            .starts_with("**az_count**"),
        "{h}"
    );
    assert_eq!(h["range"], json!({"start": pos(3, 0), "end": pos(3, 8)}));
    let d = s.result(
        "textDocument/definition",
        json!({"textDocument": td(), "position": pos(4, 5)}),
    );
    assert!(d["uri"].as_str().unwrap().ends_with("/variables.tf"), "{d}");
    // An object's key is not a variable.
    let h = s.result(
        "textDocument/hover",
        json!({"textDocument": td(), "position": pos(1, 3)}),
    );
    assert_eq!(h, Value::Null);
    assert_eq!(s.shutdown(), 0);
}

fn labels_of_symbols(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn completion_of_names_values_and_booleans() {
    let mut s = Session::start();
    s.initialize(
        json!({"textDocument": {"completion": {"completionItem": {"snippetSupport": true}}}}),
    );
    let text = "name = \"svc\"\naz\n";
    s.open(U, text);
    let items = s.result(
        "textDocument/completion",
        json!({"textDocument": td(), "position": pos(1, 2)}),
    );
    let names = labels(&items);
    assert!(names.contains(&"az_count".to_string()));
    assert!(!names.contains(&"name".to_string()), "already set");
    let az = items
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["label"] == "az_count")
        .unwrap();
    assert_eq!(az["textEdit"]["newText"], "az_count = ${1:2}");
    assert_eq!(
        az["textEdit"]["range"],
        json!({"start": pos(1, 0), "end": pos(1, 2)})
    );
    assert_eq!(az["insertTextFormat"], 2);
    assert!(az["documentation"]["value"]
        .as_str()
        .unwrap()
        .contains("**az_count**"));

    // Values a rule lists, inside an opened string.
    s.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": U, "version": 2},
        "contentChanges": [{"text": "efs_throughput_mode = \"pro"}]}),
    );
    s.diagnostics(U);
    let items = s.result(
        "textDocument/completion",
        json!({"textDocument": td(), "position": pos(0, 26)}),
    );
    assert_eq!(
        labels(&items)[..3],
        ["\"bursting\"", "\"provisioned\"", "\"elastic\""]
    );
    assert_eq!(
        items[1]["textEdit"]["range"],
        json!({"start": pos(0, 22), "end": pos(0, 26)})
    );

    // Booleans.
    s.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": U, "version": 3},
        "contentChanges": [{"text": "efs_encrypted = "}]}),
    );
    s.diagnostics(U);
    let items = s.result(
        "textDocument/completion",
        json!({"textDocument": td(), "position": pos(0, 16)}),
    );
    assert_eq!(labels(&items), ["true", "false"]);
    assert_eq!(s.shutdown(), 0);
}

#[test]
fn code_actions_fix_and_are_rechecked() {
    let mut s = Session::start();
    s.initialize(json!({}));
    let text = "vpc_cidr = \"10.0.0.1/16\"\nfoo = 1\naz_count = \"3\"\n";
    s.open(U, text);
    let actions = s.result(
        "textDocument/codeAction",
        json!({"textDocument": td(), "range": {"start": pos(0, 0), "end": pos(3, 0)}, "context": {"diagnostics": []}}),
    );
    let titles: Vec<&str> = actions
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        [
            "Write the network address: 10.0.0.0/16",
            "Remove foo, which the module does not declare",
            "Write 3 as a number"
        ]
    );
    assert_eq!(actions[0]["kind"], "quickfix");
    assert_eq!(actions[0]["diagnostics"][0]["code"], "TF006");
    let mut fixed = text.to_string();
    // Each edit was made against the original text: apply them from the last line up.
    for i in [2, 1, 0] {
        fixed = apply(&fixed, &actions[i]["edit"]);
    }
    assert_eq!(fixed, "vpc_cidr = \"10.0.0.0/16\"\naz_count = 3\n");
    s.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": U, "version": 2}, "contentChanges": [{"text": fixed}]}),
    );
    let d = s.diagnostics(U);
    assert!(
        d["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .all(|d| d["severity"] != 1 && d["code"] != "TF009"),
        "{d}"
    );
    // Nothing to fix, nothing offered.
    let none = s.result(
        "textDocument/codeAction",
        json!({"textDocument": td(), "range": {"start": pos(0, 0), "end": pos(0, 3)}, "context": {"diagnostics": []}}),
    );
    assert_eq!(none, json!([]));
    assert_eq!(s.shutdown(), 0);
}

#[test]
fn formatting_as_terraform_fmt_or_none() {
    let mut s = Session::start();
    s.initialize(json!({}));
    s.open(U, "a=1 # one\nlong_name = [1,2] # two\n");
    let params = json!({"textDocument": td(), "options": {"tabSize": 2, "insertSpaces": true}});
    let edits = s.result("textDocument/formatting", params.clone());
    assert_eq!(edits.as_array().unwrap().len(), 1);
    assert_eq!(
        edits[0]["newText"],
        "a         = 1      # one\nlong_name = [1, 2] # two\n"
    );
    assert_eq!(
        edits[0]["range"],
        json!({"start": pos(0, 0), "end": pos(2, 0)})
    );
    // Formatted already: no edit.
    s.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": U, "version": 2},
        "contentChanges": [{"text": "a = 1\n"}]}),
    );
    s.diagnostics(U);
    assert_eq!(
        s.result("textDocument/formatting", params.clone()),
        json!([])
    );
    // A heredoc: no formatting offered (a null result), rather than a layout
    // terraform fmt would undo.
    s.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": U, "version": 3},
        "contentChanges": [{"text": "a   = <<EOT\nx\nEOT\n"}]}),
    );
    s.diagnostics(U);
    assert_eq!(s.result("textDocument/formatting", params), Value::Null);
    assert_eq!(s.shutdown(), 0);
}

#[test]
fn json_fixes_keep_json_valid() {
    let mut s = Session::start();
    s.initialize(json!({}));
    let u = "file:///nonexistent-dir/env.tfvars.json";
    for (text, want) in [
        (
            "{\n  \"foo\": 1,\n  \"az_count\": 2\n}\n",
            "{\n  \"az_count\": 2\n}\n",
        ),
        (
            "{\n  \"az_count\": 2,\n  \"foo\": [1]\n}\n",
            "{\n  \"az_count\": 2\n}\n",
        ),
        ("{\"foo\": {}}", "{}"),
    ] {
        s.open(u, text);
        let line = text.lines().position(|l| l.contains("foo")).unwrap() as u32;
        let col = text
            .lines()
            .nth(line as usize)
            .unwrap()
            .find("\"foo")
            .unwrap() as u32;
        let actions = s.result(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": u}, "range": {"start": pos(line, col), "end": pos(line, col)}, "context": {"diagnostics": []}}),
        );
        assert_eq!(
            actions[0]["title"], "Remove foo, which the module does not declare",
            "{text}"
        );
        let fixed = apply_to(u, text, &actions[0]["edit"]);
        assert_eq!(fixed, want);
        serde_json::from_str::<Value>(&fixed).unwrap();
        s.notify("textDocument/didClose", json!({"textDocument": {"uri": u}}));
        s.diagnostics(u);
    }
    assert_eq!(s.shutdown(), 0);
}
