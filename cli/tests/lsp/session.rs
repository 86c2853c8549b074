//! A client for the protocol tests: starts `sockerless-tfcheck lsp`, writes
//! framed messages to it and reads its replies, never waiting forever.

use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::Duration;

/// How long a reply may take before the test fails (not a timing assertion: a
/// guard against a hang).
const PATIENCE: Duration = Duration::from_secs(30);

pub struct Session {
    child: Child,
    stdin: Option<ChildStdin>,
    rx: Receiver<Value>,
    /// Messages read while waiting for another one.
    pending: Vec<Value>,
    next_id: i64,
}

fn read_frame(r: &mut impl BufRead) -> Option<Value> {
    let mut len = None;
    loop {
        let mut line = String::new();
        if r.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(v) = line.strip_prefix("Content-Length:") {
            len = v.trim().parse().ok();
        }
    }
    let mut body = vec![0; len?];
    r.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}

impl Session {
    pub fn start() -> Session {
        Session::start_in(std::env::temp_dir().as_path())
    }

    pub fn start_in(dir: &std::path::Path) -> Session {
        let mut child = Command::new(env!("CARGO_BIN_EXE_sockerless-tfcheck"))
            .arg("lsp")
            .current_dir(dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start the server");
        let mut out = BufReader::new(child.stdout.take().unwrap());
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            while let Some(v) = read_frame(&mut out) {
                if tx.send(v).is_err() {
                    break;
                }
            }
        });
        Session {
            stdin: child.stdin.take(),
            child,
            rx,
            pending: Vec::new(),
            next_id: 0,
        }
    }

    /// Writes raw bytes (for malformed input).
    pub fn raw(&mut self, bytes: &[u8]) {
        let s = self.stdin.as_mut().expect("stdin open");
        s.write_all(bytes).unwrap();
        s.flush().unwrap();
    }

    pub fn send(&mut self, msg: &Value) {
        let body = serde_json::to_vec(msg).unwrap();
        let mut frame = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
        frame.extend(body);
        self.raw(&frame);
    }

    pub fn notify(&mut self, method: &str, params: Value) {
        self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// The next message that satisfies `f`, keeping the others for later.
    pub fn wait_for(&mut self, what: &str, f: impl Fn(&Value) -> bool) -> Value {
        if let Some(i) = self.pending.iter().position(&f) {
            return self.pending.remove(i);
        }
        loop {
            match self.rx.recv_timeout(PATIENCE) {
                Ok(v) if f(&v) => return v,
                Ok(v) => self.pending.push(v),
                Err(e) => panic!(
                    "no {what} from the server ({e}); read meanwhile: {:?}",
                    self.pending
                ),
            }
        }
    }

    /// Sends a request and returns its whole response.
    pub fn call(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        self.wait_for(&format!("response to {method}"), |v| {
            v["id"] == json!(id) && v.get("method").is_none()
        })
    }

    /// A request's result (the test fails on an error response).
    pub fn result(&mut self, method: &str, params: Value) -> Value {
        let r = self.call(method, params);
        assert!(r.get("error").is_none(), "{method} failed: {r}");
        r["result"].clone()
    }

    pub fn initialize(&mut self, capabilities: Value) -> Value {
        let r = self.result(
            "initialize",
            json!({"processId": null, "rootUri": null, "capabilities": capabilities}),
        );
        self.notify("initialized", json!({}));
        r
    }

    /// The next diagnostics published for `uri`.
    pub fn diagnostics(&mut self, uri: &str) -> Value {
        let m = self.wait_for(&format!("diagnostics for {uri}"), |v| {
            v["method"] == "textDocument/publishDiagnostics" && v["params"]["uri"] == uri
        });
        m["params"].clone()
    }

    pub fn open(&mut self, uri: &str, text: &str) -> Value {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "terraform-vars", "version": 1, "text": text}}),
        );
        self.diagnostics(uri)
    }

    /// Ends the session as a client does; returns the exit code.
    pub fn shutdown(mut self) -> i32 {
        assert_eq!(self.result("shutdown", Value::Null), Value::Null);
        self.notify("exit", Value::Null);
        self.wait()
    }

    /// Closes stdin and waits for the process.
    pub fn wait(mut self) -> i32 {
        drop(self.stdin.take());
        let deadline = std::time::Instant::now() + PATIENCE;
        loop {
            if let Some(s) = self.child.try_wait().unwrap() {
                return s.code().expect("exited, not killed");
            }
            assert!(
                std::time::Instant::now() < deadline,
                "the server did not exit"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A file URI for a path.
pub fn uri(p: &std::path::Path) -> String {
    format!("file://{}", p.display())
}

pub fn pos(line: u32, character: u32) -> Value {
    json!({"line": line, "character": character})
}
