//! The language server's latency benchmark (tests/lsp/bench.sh runs it; not a
//! test: it prints figures). A scripted session of edits on the default
//! example, as typing makes them: a new line typed one character at a time,
//! then deleted one at a time, then `az_count` changed back and forth. For
//! each edit it measures the time from writing `didChange` to reading the
//! `publishDiagnostics` of that version, over stdio with the built server
//! (`sockerless-tfcheck lsp`), and the same edits handled in process.
//!
//! Usage: cargo run --release -p tfcheck-lsp --example latency -- BINARY [EDITS]

use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const EXAMPLE: &str = include_str!("../../../terraform/examples/default/terraform.tfvars");
const URI: &str = "file:///nonexistent-dir/terraform.tfvars";

/// One edit: (line, start character, end character, text).
fn script(n: usize) -> Vec<(u32, u32, u32, String)> {
    let lines = EXAMPLE.lines().count() as u32;
    let typed = "efs_throughput_mode = \"elastic\"";
    let az = EXAMPLE
        .lines()
        .position(|l| l.starts_with("az_count"))
        .unwrap() as u32;
    let az_col = EXAMPLE.lines().nth(az as usize).unwrap().len() as u32 - 1;
    let mut out = Vec::new();
    while out.len() < n {
        for (i, c) in typed.chars().enumerate() {
            out.push((lines, i as u32, i as u32, c.to_string()));
        }
        for i in (0..typed.len() as u32).rev() {
            out.push((lines, i, i + 1, String::new()));
        }
        for d in ["3", "2", "9", "2"] {
            out.push((az, az_col, az_col + 1, d.to_string()));
        }
    }
    out.truncate(n);
    out
}

fn frame(v: &Value) -> Vec<u8> {
    let body = serde_json::to_vec(v).unwrap();
    let mut f = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    f.extend(body);
    f
}

fn read_frame(r: &mut impl BufRead) -> Value {
    let mut len = 0;
    loop {
        let mut line = String::new();
        assert!(r.read_line(&mut line).unwrap() > 0, "the server ended");
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(v) = line.strip_prefix("Content-Length:") {
            len = v.trim().parse().unwrap();
        }
    }
    let mut body = vec![0; len];
    r.read_exact(&mut body).unwrap();
    serde_json::from_slice(&body).unwrap()
}

fn change(version: usize, e: &(u32, u32, u32, String)) -> Value {
    json!({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
        "textDocument": {"uri": URI, "version": version},
        "contentChanges": [{"range": {"start": {"line": e.0, "character": e.1},
                                      "end": {"line": e.0, "character": e.2}}, "text": e.3}]}})
}

fn open() -> Value {
    json!({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
        "uri": URI, "languageId": "terraform-vars", "version": 1, "text": EXAMPLE}}})
}

fn report(what: &str, mut t: Vec<Duration>) {
    t.sort();
    let q = |p: f64| t[((t.len() as f64 - 1.0) * p).round() as usize].as_secs_f64() * 1e3;
    println!(
        "{what}: {} edits, median {:.3} ms, p90 {:.3} ms, p99 {:.3} ms, max {:.3} ms",
        t.len(),
        q(0.5),
        q(0.9),
        q(0.99),
        q(1.0)
    );
}

fn main() {
    let mut args = std::env::args().skip(1);
    let bin = args.next().expect("usage: latency BINARY [EDITS]");
    let n: usize = args
        .next()
        .map_or(1000, |s| s.parse().expect("EDITS is a number"));
    let edits = script(n);

    let mut child = Command::new(&bin)
        .arg("lsp")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("start the server");
    let mut w = child.stdin.take().unwrap();
    let mut r = BufReader::new(child.stdout.take().unwrap());
    w.write_all(&frame(
        &json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}),
    ))
    .unwrap();
    read_frame(&mut r);
    w.write_all(&frame(&open())).unwrap();
    read_frame(&mut r);
    let mut times = Vec::with_capacity(n);
    // The edits after which the file parses: those the whole check runs on
    // (while a line is half typed, the file is a syntax error).
    let mut parsed = Vec::new();
    for (i, e) in edits.iter().enumerate() {
        let msg = frame(&change(i + 2, e));
        let t = Instant::now();
        w.write_all(&msg).unwrap();
        w.flush().unwrap();
        let v = read_frame(&mut r);
        let took = t.elapsed();
        times.push(took);
        assert_eq!(v["params"]["version"], i + 2);
        let diags = v["params"]["diagnostics"].as_array().unwrap();
        if !diags.iter().any(|d| d["code"] == "TF001") {
            parsed.push(took);
        }
    }
    w.write_all(&frame(
        &json!({"jsonrpc": "2.0", "id": 2, "method": "shutdown"}),
    ))
    .unwrap();
    read_frame(&mut r);
    w.write_all(&frame(&json!({"jsonrpc": "2.0", "method": "exit"})))
        .unwrap();
    child.wait().unwrap();
    report(
        "over stdio (didChange written -> publishDiagnostics read)",
        times,
    );
    report("over stdio, the edits after which the file parses", parsed);

    let mut s = tfcheck_lsp::Server::new(tfcheck_lsp::Limits::default());
    let msg = |v: &Value| tfcheck_lsp::parse(&serde_json::to_vec(v).unwrap());
    s.handle(msg(
        &json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}),
    ));
    s.handle(msg(&open()));
    let mut times = Vec::with_capacity(n);
    for (i, e) in edits.iter().enumerate() {
        let m = msg(&change(i + 2, e));
        let t = Instant::now();
        let out = s.handle(m);
        times.push(t.elapsed());
        assert_eq!(out.len(), 1);
    }
    report("in process (Server::handle of the didChange)", times);
}
