//! Running the binary and reading what it printed.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The repository's root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("cli/ has a parent")
        .to_path_buf()
}

/// `tests/cli/fixtures/<rel>`, relative to the root (the tests run there).
pub fn fixture(rel: &str) -> String {
    format!("tests/cli/fixtures/{rel}")
}

/// The fixture module, for `--module`.
pub const MODULE: &str = "tests/cli/fixtures/module";

/// What one run printed, and how it exited.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }
}

/// The binary, in the repository root, with a predictable environment.
pub fn command(args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_sockerless-tfcheck"));
    c.args(args).current_dir(root()).env_remove("NO_COLOR");
    c
}

pub fn run(args: &[&str]) -> Run {
    run_with(command(args), None)
}

pub fn run_stdin(args: &[&str], input: &[u8]) -> Run {
    run_with(command(args), Some(input))
}

pub fn run_in(dir: &Path, args: &[&str]) -> Run {
    let mut c = command(args);
    c.current_dir(dir);
    run_with(c, None)
}

pub fn run_with(mut c: Command, input: Option<&[u8]>) -> Run {
    c.stdin(if input.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    })
    .stdout(Stdio::piped())
    .stderr(Stdio::piped());
    let mut child = c.spawn().expect("the binary starts");
    if let Some(bytes) = input {
        let mut stdin = child.stdin.take().expect("piped stdin");
        stdin.write_all(bytes).expect("stdin is written");
    }
    let out = child.wait_with_output().expect("the binary ends");
    Run {
        code: out
            .status
            .code()
            .expect("the binary exits, not killed by a signal"),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    }
}

/// Asserts the exit code, showing the output when it is not the expected one.
#[track_caller]
pub fn expect_code(r: &Run, code: i32) {
    assert_eq!(
        r.code, code,
        "exit code\n--- stdout\n{}\n--- stderr\n{}",
        r.stdout, r.stderr
    );
}

/// The codes of a JSON report's diagnostics, file by file.
pub fn codes(doc: &serde_json::Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for f in doc["files"].as_array().expect("files") {
        for d in f["diagnostics"].as_array().expect("diagnostics") {
            out.push((
                f["path"].as_str().unwrap_or_default().to_string(),
                d["code"].as_str().unwrap_or_default().to_string(),
            ));
        }
    }
    out
}
