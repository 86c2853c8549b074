//! Property test of the change stream: random incremental edits (ranges in or
//! out of bounds, text with quotes, brackets, newlines and characters of one to
//! four bytes) and random requests at random positions. The server never fails
//! inside, and after every edit it publishes exactly what `check` says of the
//! text a client would have.

use proptest::prelude::*;
use serde_json::{json, Value};
use tfcheck_lsp::{parse, Limits, Server};

const START: &str = include_str!("../../../terraform/examples/default/terraform.tfvars");
const URI: &str = "file:///nonexistent-dir/prop.tfvars";

fn send(s: &mut Server, v: Value) -> Vec<Value> {
    s.handle(parse(&serde_json::to_vec(&v).unwrap()))
}

/// The byte offset of an LSP position, written apart from the server's.
fn offset(text: &str, line: u32, ch: u32) -> usize {
    let mut start = 0;
    for _ in 0..line {
        match text[start..].find('\n') {
            Some(i) => start += i + 1,
            None => return text.len(),
        }
    }
    let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let end = if text[start..end].ends_with('\r') {
        end - 1
    } else {
        end
    };
    let mut units = 0;
    for (i, c) in text[start..end].char_indices() {
        units += c.len_utf16() as u32;
        if units > ch {
            return start + i;
        }
    }
    end
}

#[derive(Debug, Clone)]
enum Op {
    Edit(u32, u32, u32, u32, String),
    Request(&'static str, u32, u32),
}

fn op() -> impl Strategy<Value = Op> {
    let text = prop::collection::vec(
        prop::sample::select(vec![
            "a",
            "_",
            "=",
            " ",
            "\n",
            "\"",
            "{",
            "}",
            "[",
            "]",
            ",",
            "1",
            "é",
            "𝄞",
            "#",
            "<<EOF\n",
            "\\",
            "$",
            "az_count",
            "name",
            "vpc_cidr = \"10.0.0.1/16\"\n",
            "true",
            "null",
            "/",
            "*",
        ]),
        0..6,
    )
    .prop_map(|v| v.concat());
    let method = prop::sample::select(vec![
        "textDocument/hover",
        "textDocument/completion",
        "textDocument/definition",
        "textDocument/codeAction",
        "textDocument/documentSymbol",
        "textDocument/formatting",
    ]);
    prop_oneof![
        3 => (0u32..20, 0u32..40, 0u32..20, 0u32..40, text).prop_map(|(a, b, c, d, t)| Op::Edit(a, b, c, d, t)),
        2 => (method, 0u32..20, 0u32..40).prop_map(|(m, l, c)| Op::Request(m, l, c)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn change_stream_never_fails_and_matches_check(ops in prop::collection::vec(op(), 1..16)) {
        let limits = Limits::default();
        let checker = tfcheck_ecs::checker();
        let mut s = Server::new(limits.clone());
        send(&mut s, json!({"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": {"capabilities": {}}}));
        let mut text = START.to_string();
        send(&mut s, json!({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": URI, "languageId": "x", "version": 1, "text": text}}}));
        for (i, op) in ops.into_iter().enumerate() {
            match op {
                Op::Edit(l0, c0, l1, c1, t) => {
                    let (a, b) = (offset(&text, l0, c0), offset(&text, l1, c1));
                    let (a, b) = (a, b.max(a));
                    text.replace_range(a..b, &t);
                    let out = send(&mut s, json!({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
                        "textDocument": {"uri": URI, "version": i + 2},
                        "contentChanges": [{"range": {"start": {"line": l0, "character": c0},
                                                      "end": {"line": l1, "character": c1}}, "text": t}]}}));
                    prop_assert_eq!(out.len(), 1);
                    let got: Vec<String> = out[0]["params"]["diagnostics"].as_array().unwrap().iter()
                        .map(|d| format!("{} {}", d["code"], d["message"])).collect();
                    let want: Vec<String> = checker.check("/nonexistent-dir/prop.tfvars", &text,
                            tfcheck_core::Format::Hcl, &limits)
                        .diagnostics.iter()
                        .map(|d| format!("\"{}\" {}", d.code, serde_json::to_string(&match &d.help {
                            Some(h) => format!("{}\nhelp: {h}", d.message),
                            None => d.message.clone(),
                        }).unwrap()))
                        .collect();
                    prop_assert_eq!(got, want, "text: {:?}", text);
                }
                Op::Request(m, l, c) => {
                    let pos = json!({"line": l, "character": c});
                    let params = if m == "textDocument/codeAction" {
                        json!({"textDocument": {"uri": URI}, "range": {"start": pos, "end": pos},
                            "context": {"diagnostics": []}})
                    } else if m == "textDocument/formatting" {
                        json!({"textDocument": {"uri": URI}, "options": {"tabSize": 2, "insertSpaces": true}})
                    } else {
                        json!({"textDocument": {"uri": URI}, "position": pos})
                    };
                    let out = send(&mut s, json!({"jsonrpc": "2.0", "id": i + 1, "method": m, "params": params}));
                    prop_assert_eq!(out.len(), 1);
                    prop_assert!(out[0].get("error").is_none(), "{} failed: {} on {:?}", m, out[0], text);
                }
            }
        }
    }
}
