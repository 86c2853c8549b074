//! The life cycle, diagnostics as `check` gives them, and bad input.

use super::session::{pos, uri, Session};
use serde_json::{json, Value};

#[test]
fn life_cycle_and_exit_codes() {
    let mut s = Session::start();
    // Before initialize, requests are refused and notifications dropped.
    let r = s.call("textDocument/hover", json!({}));
    assert_eq!(r["error"]["code"], -32002);
    let caps = s.initialize(json!({}));
    let c = &caps["capabilities"];
    assert_eq!(c["textDocumentSync"]["change"], 2, "incremental sync");
    for p in [
        "hoverProvider",
        "definitionProvider",
        "documentSymbolProvider",
    ] {
        assert_eq!(c[p], true, "{p}");
    }
    assert!(c["completionProvider"].is_object());
    assert!(c["codeActionProvider"].is_object());
    assert_eq!(caps["serverInfo"]["name"], "sockerless-tfcheck");
    let again = s.call("initialize", json!({"capabilities": {}}));
    assert_eq!(again["error"]["code"], -32600);
    assert_eq!(s.shutdown(), 0);

    // exit without shutdown: 1; input ending without exit: 1.
    let mut s = Session::start();
    s.initialize(json!({}));
    s.notify("exit", Value::Null);
    assert_eq!(s.wait(), 1);
    let mut s = Session::start();
    s.initialize(json!({}));
    assert_eq!(s.wait(), 1);
}

#[test]
fn requests_after_shutdown_are_refused() {
    let mut s = Session::start();
    s.initialize(json!({}));
    assert_eq!(s.result("shutdown", Value::Null), Value::Null);
    let r = s.call("textDocument/hover", json!({}));
    assert_eq!(r["error"]["code"], -32600);
    s.notify("exit", Value::Null);
    assert_eq!(s.wait(), 0);
}

#[test]
fn diagnostics_are_checks_with_utf16_ranges() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("prod.tfvars");
    // Astral characters (two UTF-16 units) before the errors on their lines.
    let text = "tags = { owner = \"é𝄞\", team = [\"x\"] }\nname = \"𝄞\"\nvpc_cidr = \"10.0.0.1/16\"\nfoo = 1\n";
    std::fs::write(&path, text).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_sockerless-tfcheck"))
        .args(["check", "--format", "json"])
        .arg(&path)
        .output()
        .unwrap();
    let check: Value = serde_json::from_slice(&out.stdout).unwrap();
    let want = check["files"][0]["diagnostics"].as_array().unwrap().clone();
    assert!(want.len() >= 4, "{want:?}");

    let mut s = Session::start();
    s.initialize(json!({}));
    let u = uri(&path);
    let got = s.open(&u, text);
    assert_eq!(got["version"], 1);
    let got = got["diagnostics"].as_array().unwrap().clone();
    assert_eq!(got.len(), want.len(), "{got:#?}");
    let lines: Vec<&str> = text.lines().collect();
    // A 1-based column in characters, as UTF-16 units from the line's start.
    let utf16 = |line: usize, col: usize| -> u64 {
        lines[line]
            .chars()
            .take(col - 1)
            .map(|c| c.len_utf16() as u64)
            .sum()
    };
    for (g, w) in got.iter().zip(&want) {
        assert_eq!(g["code"], w["code"]);
        assert_eq!(g["source"], "sockerless-tfcheck");
        assert_eq!(g["severity"], if w["severity"] == "error" { 1 } else { 2 });
        assert!(g["message"]
            .as_str()
            .unwrap()
            .starts_with(w["message"].as_str().unwrap()));
        if let Some(h) = w["help"].as_str() {
            assert!(g["message"]
                .as_str()
                .unwrap()
                .ends_with(&format!("help: {h}")));
        }
        if w["range"].is_null() {
            assert_eq!(g["range"], json!({"start": pos(0, 0), "end": pos(0, 0)}));
            continue;
        }
        for end in ["start", "end"] {
            let line = w["range"][end]["line"].as_u64().unwrap() as usize - 1;
            let col = w["range"][end]["column"].as_u64().unwrap() as usize;
            assert_eq!(g["range"][end]["line"], line as u64, "{g}");
            assert_eq!(g["range"][end]["character"], utf16(line, col), "{g}");
        }
    }
    // The name's error sits after a four-byte character: UTF-16 counts it twice.
    let name = got
        .iter()
        .find(|d| d["code"] == "TF006" && d["range"]["start"]["line"] == 1)
        .unwrap();
    assert_eq!(name["range"]["end"]["character"], 11);
    // The rule in the module, as related information in a file that exists.
    let rel = &name["relatedInformation"][0];
    let file = rel["location"]["uri"]
        .as_str()
        .unwrap()
        .strip_prefix("file://")
        .unwrap()
        .to_string();
    let module_text = std::fs::read_to_string(&file).unwrap();
    let line = rel["location"]["range"]["start"]["line"].as_u64().unwrap() as usize;
    assert!(
        module_text
            .lines()
            .nth(line)
            .unwrap()
            .contains("validation"),
        "{rel}"
    );
    assert_eq!(s.shutdown(), 0);
}

#[test]
fn every_change_is_checked_again() {
    let mut s = Session::start();
    s.initialize(json!({}));
    let u = "file:///nonexistent-dir/dev.tfvars";
    let d = s.open(u, "az_count = 9\n");
    assert!(d["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d["code"] == "TF006"));
    // Incremental: 9 -> 2.
    s.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": u, "version": 2}, "contentChanges": [
            {"range": {"start": pos(0, 11), "end": pos(0, 12)}, "text": "2"}]}),
    );
    let d = s.diagnostics(u);
    assert_eq!(d["version"], 2);
    assert!(
        d["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .all(|d| d["severity"] != 1),
        "{d}"
    );
    // Full text, half typed: a syntax error, not a crash.
    s.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": u, "version": 3}, "contentChanges": [{"text": "az_count = [1,\nname = "}]}),
    );
    let d = s.diagnostics(u);
    assert_eq!(d["diagnostics"][0]["code"], "TF001");
    s.notify("textDocument/didClose", json!({"textDocument": {"uri": u}}));
    assert_eq!(s.diagnostics(u)["diagnostics"], json!([]));
    assert_eq!(s.shutdown(), 0);
}

#[test]
fn json_files_are_checked_as_json() {
    let mut s = Session::start();
    s.initialize(json!({}));
    let u = "file:///nonexistent-dir/dev.tfvars.json";
    let d = s.open(u, "{\n  \"az_count\": 9,\n  \"name\": \"ok-name\"\n}\n");
    let diags = d["diagnostics"].as_array().unwrap();
    let e = diags.iter().find(|d| d["code"] == "TF006").unwrap();
    assert_eq!(e["range"]["start"], pos(1, 14));
    assert_eq!(s.shutdown(), 0);
}

#[test]
fn malformed_messages_and_unknown_methods_do_not_stop_the_server() {
    let mut s = Session::start();
    s.initialize(json!({}));
    s.raw(b"Content-Length: 9\r\n\r\n{not json");
    let e = s.wait_for("parse error", |v| v["error"]["code"] == -32700);
    assert_eq!(e["id"], Value::Null);
    s.send(&json!({"jsonrpc": "2.0", "id": 41, "method": 5}));
    let e = s.wait_for("invalid request", |v| v["id"] == 41);
    assert_eq!(e["error"]["code"], -32600);
    s.raw(b"X-Header: 1\r\n\r\n");
    s.wait_for("missing length error", |v| {
        v["error"]["code"] == -32700
            && v["error"]["message"]
                .as_str()
                .unwrap()
                .contains("Content-Length")
    });
    let r = s.call("textDocument/unknownThing", json!({}));
    assert_eq!(r["error"]["code"], -32601);
    // Wrong parameters for a known method.
    let r = s.call("textDocument/hover", json!({"textDocument": 3}));
    assert_eq!(r["error"]["code"], -32602);
    // An unknown notification, and one with bad parameters: ignored.
    s.notify("$/unknown", json!({}));
    s.notify("textDocument/didOpen", json!({"textDocument": 1}));
    // A request about a file that is not open: a null result.
    let h = s.result(
        "textDocument/hover",
        json!({"textDocument": {"uri": "file:///x/none.tfvars"}, "position": pos(0, 0)}),
    );
    assert_eq!(h, Value::Null);
    // Still serving.
    let d = s.open("file:///nonexistent-dir/a.tfvars", "az_count = 7\n");
    assert!(!d["diagnostics"].as_array().unwrap().is_empty());
    assert_eq!(s.shutdown(), 0);
}

#[test]
fn files_over_the_size_limit_get_the_limit_diagnostic() {
    let mut s = Session::start();
    s.initialize(json!({}));
    let big = format!("tags = {{\n{}}}\n", "  k = \"v\"\n".repeat(1_000_000));
    let d = s.open("file:///nonexistent-dir/big.tfvars", &big);
    assert_eq!(d["diagnostics"][0]["code"], "LIM001");
    assert_eq!(s.shutdown(), 0);
}
