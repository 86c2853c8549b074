//! Which module a file is checked against: the nearest module directory, a
//! project file's mapping, a reload when the module changes; and the fixes and
//! completions that need a module of one's own (required variables, objects).

use super::session::{pos, uri, Session};
use serde_json::{json, Value};
use std::path::Path;

const MODULE: &str = r#"variable "size" {
  description = "How many."
  type        = number
}

variable "label" {
  type = string
  validation {
    condition     = can(regex("^[a-z]+$", var.label))
    error_message = "label is lowercase letters only."
  }
}

variable "settings" {
  type    = object({ retention = number, note = optional(string) })
  default = { retention = 7 }
}
"#;

fn write(p: &Path, text: &str) {
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

fn codes(d: &Value) -> Vec<String> {
    d["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap_or("").to_string())
        .collect()
}

#[test]
fn nearest_module_required_fixes_and_object_attributes() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(&root.join("mod/variables.tf"), MODULE);
    let file = root.join("mod/envs/dev.tfvars");
    let u = uri(&file);
    let mut s = Session::start();
    s.initialize(json!({}));
    let d = s.open(&u, "size = 2\n");
    // The module below is used: `label` is required there, vpc_cidr unknown.
    assert_eq!(codes(&d), ["TF005"]);
    assert!(
        d["diagnostics"][0]["relatedInformation"][0]["location"]["uri"]
            .as_str()
            .unwrap()
            .ends_with("/mod/variables.tf")
    );

    // The placeholder fix: "change-me" breaks the rule, so "example" is offered.
    let actions = s.result(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": u}, "range": {"start": pos(0, 0), "end": pos(0, 0)}, "context": {"diagnostics": []}}),
    );
    assert_eq!(
        actions[0]["title"],
        "Set label to a placeholder: \"example\""
    );
    let edit = &actions[0]["edit"]["changes"][u.as_str()][0];
    assert_eq!(edit["newText"], "label = \"example\"\n");
    assert_eq!(edit["range"]["start"], pos(1, 0));

    // Attributes of an object type, not yet written.
    s.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": u, "version": 2},
        "contentChanges": [{"text": "settings = {\n  retention = 1\n  \n}\n"}]}),
    );
    s.diagnostics(&u);
    let items = s.result(
        "textDocument/completion",
        json!({"textDocument": {"uri": u}, "position": pos(2, 2)}),
    );
    assert_eq!(items.as_array().unwrap().len(), 1, "{items}");
    assert_eq!(items[0]["label"], "note");
    assert_eq!(items[0]["detail"], "string (optional)");
    assert_eq!(items[0]["textEdit"]["newText"], "note = ");
    assert_eq!(s.shutdown(), 0);
}

#[test]
fn project_file_maps_files_and_changes_reload() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(&root.join("modules/app/variables.tf"), MODULE);
    let file = root.join("envs/prod.tfvars");
    let u = uri(&file);
    let mut s = Session::start();
    s.initialize(json!({"workspace": {"didChangeWatchedFiles": {"dynamicRegistration": true}}}));
    // The watcher is registered dynamically; the client answers.
    let reg = s.wait_for("registerCapability", |v| {
        v["method"] == "client/registerCapability"
    });
    let watchers = &reg["params"]["registrations"][0]["registerOptions"]["watchers"];
    assert_eq!(watchers[0]["globPattern"], "**/*.tf");
    assert_eq!(watchers[1]["globPattern"], "**/.tfcheck.toml");
    s.send(&json!({"jsonrpc": "2.0", "id": reg["id"], "result": null}));

    // No module nearby: the embedded module, where `size` is undeclared.
    let d = s.open(&u, "size = 2\nlabel = \"ok\"\n");
    assert!(codes(&d).contains(&"TF009".to_string()), "{d}");

    write(
        &root.join(".tfcheck.toml"),
        "[[modules]]\ntfvars = [\"envs/*.tfvars\"]\nmodule = \"modules/app\"\n",
    );
    let changed = |s: &mut Session, p: &Path| {
        s.notify(
            "workspace/didChangeWatchedFiles",
            json!({"changes": [{"uri": uri(p), "type": 2}]}),
        );
    };
    changed(&mut s, &root.join(".tfcheck.toml"));
    let d = s.diagnostics(&u);
    assert_eq!(codes(&d), Vec::<String>::new(), "{d}");

    // The module changes on disk: size must now be at most 1.
    write(&root.join("modules/app/rules.tf"), "locals {}\n");
    let tightened = MODULE.replacen(
        "  type        = number\n}",
        "  type        = number\n  validation {\n    condition     = var.size <= 1\n    error_message = \"size is at most 1.\"\n  }\n}",
        1,
    );
    write(&root.join("modules/app/variables.tf"), &tightened);
    changed(&mut s, &root.join("modules/app/variables.tf"));
    let d = s.diagnostics(&u);
    assert_eq!(codes(&d), ["TF006"]);
    assert!(d["diagnostics"][0]["message"]
        .as_str()
        .unwrap()
        .starts_with("size is at most 1."));

    // A broken project file: said on the file, and the embedded module used.
    write(&root.join(".tfcheck.toml"), "[[modules]]\ntfvars = 3\n");
    changed(&mut s, &root.join(".tfcheck.toml"));
    let d = s.diagnostics(&u);
    let first = d["diagnostics"][0]["message"].as_str().unwrap();
    assert!(first.contains(".tfcheck.toml"), "{first}");

    // A module with errors in its own sources: said, nothing checked.
    write(
        &root.join(".tfcheck.toml"),
        "[[modules]]\ntfvars = [\"envs/*.tfvars\"]\nmodule = \"modules/app\"\n",
    );
    write(&root.join("modules/app/broken.tf"), "variable \"x\" {\n");
    changed(&mut s, &root.join("modules/app/broken.tf"));
    let d = s.diagnostics(&u);
    assert_eq!(codes(&d), ["MOD001"]);
    assert!(d["diagnostics"][0]["message"]
        .as_str()
        .unwrap()
        .contains("has errors in its own sources"));
    assert_eq!(s.shutdown(), 0);
}
