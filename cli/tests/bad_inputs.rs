//! The bad-input corpus (`tests/bad-inputs/`): every case of `expect.tsv` run
//! through the built binary, which must exit as the manifest says, report
//! exactly its codes and print its fragment, in well under a second; then the
//! hostile inputs too large or too deep to commit, generated here. The largest
//! (50 MB, 200 KB of random bytes, with time and memory measured) are in
//! `tests/bad-inputs/run.sh`.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The repository's root (the binary runs there, as CI runs it).
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("cli/ has a parent")
        .to_path_buf()
}

const CORPUS: &str = "tests/bad-inputs";

/// A watchdog, not a speed check: a case still running after this long is a
/// hang (every case answers in milliseconds; speed is measured in
/// tests/bad-inputs/run.sh, not asserted).
const TIME_LIMIT: Duration = Duration::from_secs(60);

struct Run {
    code: i32,
    /// Standard output then standard error.
    output: String,
}

/// Runs the binary with `args` (and `input` on standard input), killing it if it
/// outlives [`TIME_LIMIT`] so that a hang fails the test instead of stalling it.
fn run(args: &[String], input: Option<&[u8]>) -> Run {
    let start = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_sockerless-tfcheck"))
        .args(args)
        .current_dir(root())
        .env_remove("NO_COLOR")
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    if let Some(bytes) = input {
        let mut stdin = child.stdin.take().expect("piped stdin");
        let bytes = bytes.to_vec();
        // A writer thread: the binary may stop reading (a limit) before the end.
        std::thread::spawn(move || {
            let _ = stdin.write_all(&bytes);
        });
    }
    let stdout = child.stdout.take().expect("piped stdout");
    let stderr = child.stderr.take().expect("piped stderr");
    let read = |mut r: Box<dyn std::io::Read + Send>| {
        std::thread::spawn(move || {
            let mut v = Vec::new();
            let _ = r.read_to_end(&mut v);
            v
        })
    };
    let (out, err) = (read(Box::new(stdout)), read(Box::new(stderr)));
    let status = loop {
        if let Some(s) = child.try_wait().expect("the binary can be waited for") {
            break s;
        }
        if start.elapsed() > TIME_LIMIT {
            let _ = child.kill();
            panic!("{args:?} ran for more than {TIME_LIMIT:?}");
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let mut output = String::from_utf8_lossy(&out.join().expect("stdout read")).into_owned();
    output.push_str(&String::from_utf8_lossy(&err.join().expect("stderr read")));
    Run {
        code: status
            .code()
            .expect("the binary exits, not killed by a signal"),
        output,
    }
}

/// The codes of the diagnostics a human-format output shows (`error[TF001]`),
/// advice (`ADV*`) left out.
fn codes(output: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for prefix in ["error[", "warning["] {
        for (i, _) in output.match_indices(prefix) {
            let rest = &output[i + prefix.len()..];
            if let Some(end) = rest.find(']') {
                let code = &rest[..end];
                let well_formed = !code.is_empty()
                    && code.len() <= 8
                    && code
                        .chars()
                        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
                if well_formed && !code.starts_with("ADV") {
                    found.insert(code.to_string());
                }
            }
        }
    }
    found
}

/// One line of `expect.tsv`.
struct Case {
    line: usize,
    path: String,
    exit: i32,
    codes: BTreeSet<String>,
    fragment: String,
    command: Vec<String>,
}

fn manifest() -> Vec<Case> {
    let file = root().join(CORPUS).join("expect.tsv");
    let text = std::fs::read_to_string(&file).expect("tests/bad-inputs/expect.tsv is readable");
    let mut cases = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        assert_eq!(f.len(), 6, "expect.tsv:{}: six tab-separated fields", i + 1);
        let path = format!("{CORPUS}/{}", f[0]);
        let codes = match f[2] {
            "-" => BTreeSet::new(),
            list => list.split(',').map(str::to_string).collect(),
        };
        let command = f[5]
            .split_whitespace()
            .map(|a| {
                if a == "{}" {
                    path.clone()
                } else {
                    a.to_string()
                }
            })
            .collect();
        cases.push(Case {
            line: i + 1,
            path: f[0].to_string(),
            exit: f[1].parse().expect("an exit code"),
            codes,
            fragment: f[3].to_string(),
            command,
        });
    }
    cases
}

#[test]
fn every_corpus_case_gives_its_exit_code_codes_and_message() {
    let cases = manifest();
    assert!(
        cases.len() >= 100,
        "the corpus has {} cases, fewer than 100",
        cases.len()
    );
    let mut failures = Vec::new();
    for c in &cases {
        let r = run(&c.command, None);
        let mut problems = Vec::new();
        if r.code != c.exit {
            problems.push(format!("exit code {} (expected {})", r.code, c.exit));
        }
        let found = codes(&r.output);
        if found != c.codes {
            problems.push(format!("codes {found:?} (expected {:?})", c.codes));
        }
        if !r.output.contains(&c.fragment) {
            problems.push(format!("no {:?} in the output", c.fragment));
        }
        if r.output.contains("panicked") || r.output.contains("internal error") {
            problems.push("a panic".to_string());
        }
        if !problems.is_empty() {
            failures.push(format!(
                "expect.tsv:{} {} ({:?}): {}\n{}",
                c.line,
                c.path,
                c.command,
                problems.join("; "),
                r.output
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases fail:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn every_corpus_file_has_a_case() {
    let cases = manifest();
    let mut named: BTreeSet<String> = cases.iter().map(|c| c.path.clone()).collect();
    // Module directories that cases use with --module.
    for c in &cases {
        for a in &c.command {
            if let Some(rel) = a.strip_prefix(&format!("{CORPUS}/")) {
                named.insert(rel.trim_end_matches('/').to_string());
            }
        }
    }
    let mut orphans = Vec::new();
    let base = root().join(CORPUS);
    for dir in ["hcl", "json", "backend", "modules"] {
        let mut stack = vec![base.join(dir)];
        while let Some(d) = stack.pop() {
            for e in std::fs::read_dir(&d).expect("a corpus directory") {
                let p = e.expect("an entry").path();
                let rel = p
                    .strip_prefix(&base)
                    .expect("under the corpus")
                    .to_string_lossy()
                    .into_owned();
                if p.is_dir() {
                    // A module directory is a case when a case names it or a file in it.
                    if dir == "modules" && !named.iter().any(|n| n.starts_with(&rel)) {
                        orphans.push(rel);
                    }
                    stack.push(p);
                } else if !rel.ends_with(".tf") && !named.contains(&rel) {
                    orphans.push(rel);
                }
            }
        }
    }
    assert!(
        orphans.is_empty(),
        "files without a line in expect.tsv: {orphans:?}"
    );
}

fn args(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

/// Writes `bytes` to a fresh temporary file named `name`; returns its directory
/// (kept alive by the caller) and path.
fn temp_file(name: &str, bytes: &[u8]) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).expect("the file is written");
    (dir, path.to_string_lossy().into_owned())
}

#[track_caller]
fn expect(r: &Run, code: i32, codes_expected: &[&str], fragment: &str) {
    let want: BTreeSet<String> = codes_expected.iter().map(|s| s.to_string()).collect();
    assert_eq!(
        (r.code, codes(&r.output)),
        (code, want),
        "output:\n{}",
        &r.output[..r.output.len().min(4000)]
    );
    assert!(
        r.output.contains(fragment),
        "no {fragment:?} in:\n{}",
        &r.output[..r.output.len().min(4000)]
    );
}

#[test]
fn ten_thousand_deep_nesting_stops_at_the_depth_limit() {
    let n = 10_000;
    // Each case, and its exit code once the limit is raised far enough to read it.
    for (name, text, raised) in [
        (
            "lists.tfvars",
            format!("availability_zones = {}{}\n", "[".repeat(n), "]".repeat(n)),
            1,
        ),
        (
            "parens.tfvars",
            format!("az_count = {}2{}\n", "(".repeat(n), ")".repeat(n)),
            0,
        ),
        (
            "objects.tfvars",
            format!("tags = {}\"x\"{}\n", "{ a = ".repeat(n), "}".repeat(n)),
            1,
        ),
        (
            "templates.tfvars",
            format!("name = {}\"x\"{}\n", "\"${".repeat(n), "}\"".repeat(n)),
            1,
        ),
        (
            "unary.tfvars",
            format!("efs_encrypted = {}true\n", "!".repeat(n)),
            0,
        ),
        (
            "operators.tfvars",
            format!("az_count = {}1\n", "- ".repeat(n)),
            0,
        ),
        (
            "arrays.tfvars.json",
            format!(
                "{{\"availability_zones\": {}{}}}\n",
                "[".repeat(n),
                "]".repeat(n)
            ),
            1,
        ),
        (
            "objects.tfvars.json",
            format!(
                "{{\"tags\": {}\"x\"{}}}\n",
                "{\"a\": ".repeat(n),
                "}".repeat(n)
            ),
            1,
        ),
        (
            "unclosed.tfvars.json",
            format!("{{\"tags\": {}", "[".repeat(n)),
            1,
        ),
    ] {
        let (_dir, path) = temp_file(name, text.as_bytes());
        let r = run(&args(&["check", &path]), None);
        expect(
            &r,
            1,
            &["LIM002"],
            "levels deep here; raise the limit with --max-depth",
        );
        // Raised to its most, the limit lets it all be read: the value is still
        // refused, and the stack fits the depth, never an overflow.
        let r = run(&args(&["check", "--max-depth", "20000", &path]), None);
        assert_eq!(
            r.code,
            raised,
            "{name}:\n{}",
            &r.output[..r.output.len().min(2000)]
        );
        // (An HCL object and its item, a template and its interpolation, are two
        // levels each: 10,000 of them are still over the limit.)
        if !matches!(name, "objects.tfvars" | "templates.tfvars") {
            assert!(!r.output.contains("LIM002"), "{name}");
        }
        assert!(!r.output.contains("panicked"), "{name}");
    }
    let r = run(&args(&["check", "--max-depth", "20001", "x.tfvars"]), None);
    assert_eq!(r.code, 2);
    assert!(r.output.contains("must be from 1 to 20000"), "{}", r.output);
}

#[test]
fn deep_input_in_many_files_is_checked_on_threads_with_enough_stack() {
    // More than 64 files are checked on several threads: each needs the stack
    // the depth limit calls for, like the main one.
    let dir = tempfile::tempdir().expect("a temporary directory");
    let n = 250;
    for i in 0..130 {
        let text = format!("name = {}\"x\"{}\n", "\"${".repeat(n), "}\"".repeat(n));
        std::fs::write(dir.path().join(format!("f{i:03}.tfvars")), text).expect("written");
    }
    let path = dir.path().to_string_lossy().into_owned();
    let r = run(&args(&["check", "--format", "json", &path]), None);
    assert_eq!(r.code, 1, "{}", &r.output[..r.output.len().min(2000)]);
    let doc: serde_json::Value = serde_json::from_str(&r.output).expect("JSON output");
    assert_eq!(doc["summary"]["files"], 130);
}

#[test]
fn a_file_over_the_size_limit_is_refused_without_being_read() {
    let text = format!("name = \"{}\"\n", "a".repeat(5000));
    let (_dir, path) = temp_file("big.tfvars", text.as_bytes());
    let r = run(&args(&["check", "--max-bytes", "4096", &path]), None);
    expect(
        &r,
        1,
        &["LIM001"],
        "The file is 5010 bytes, more than the limit of 4096 bytes; raise it with --max-bytes",
    );
    // Standard input: read no further than the limit.
    let r = run(
        &args(&["check", "--max-bytes", "4096", "-"]),
        Some(text.as_bytes()),
    );
    expect(
        &r,
        1,
        &["LIM001"],
        "The input is more than the limit of 4096 bytes",
    );
    // At the limit exactly, it is read.
    let r = run(&args(&["check", "--max-bytes", "5010", &path]), None);
    expect(&r, 1, &["TF006"], "64-character limit");
    // A device that never ends.
    if Path::new("/dev/zero").exists() {
        let r = run(&args(&["check", "/dev/zero"]), None);
        expect(
            &r,
            1,
            &["LIM001"],
            "The input is more than the limit of 8388608 bytes",
        );
    }
    // tfvars --from and backend-config honour it too.
    let r = run(
        &args(&["tfvars", "--max-bytes", "4096", "--from", &path]),
        None,
    );
    expect(&r, 1, &["LIM001"], "more than the limit of 4096 bytes");
    let outputs = format!("{{\"x\": {{\"value\": \"{}\"}}}}", "a".repeat(5000));
    let (_d2, out_path) = temp_file("outputs.json", outputs.as_bytes());
    let r = run(
        &args(&["backend-config", "--max-bytes", "4096", &out_path]),
        None,
    );
    expect(&r, 1, &["LIM001"], "more than the limit of 4096 bytes");
}

#[test]
fn a_module_over_the_size_limit_is_refused() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    std::fs::write(
        dir.path().join("variables.tf"),
        "variable \"name\" {\n  type = string\n}\n",
    )
    .expect("written");
    let mut padding = String::from("# padding\n");
    padding.push_str(&"#".repeat(9 << 20));
    std::fs::write(dir.path().join("zz.tf"), padding).expect("written");
    let (_d, tfvars) = temp_file("a.tfvars", b"name = \"x\"\n");
    let module = dir.path().to_string_lossy().into_owned();
    let r = run(&args(&["check", "--module", &module, &tfvars]), None);
    assert_eq!(r.code, 2, "{}", r.output);
    assert!(
        r.output.contains("is too large (LIM001)")
            && r.output.contains("raise it with --max-bytes"),
        "{}",
        r.output
    );
    // A lower --max-bytes is for tfvars files: it does not shrink what a module may hold.
    std::fs::remove_file(dir.path().join("zz.tf")).expect("removed");
    let r = run(
        &args(&["check", "--max-bytes", "20", "--module", &module, &tfvars]),
        None,
    );
    expect(&r, 0, &[], "1 file checked, no problems found.");
}

/// A deterministic stream of bytes (xorshift), so a failure can be replayed.
fn random_bytes(n: usize, seed: u64) -> Vec<u8> {
    let mut x = seed;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

#[test]
fn random_bytes_get_a_quick_clean_answer() {
    let bytes = random_bytes(200_000, 0x5eed);
    // Printable ASCII and newlines reach the parser, unlike bytes that are not UTF-8.
    let text: Vec<u8> = bytes
        .iter()
        .map(|b| match b % 97 {
            95 => b'\n',
            96 => b'\t',
            c => b' ' + c,
        })
        .collect();
    for (name, data) in [
        ("random.tfvars", &bytes),
        ("random.tfvars.json", &bytes),
        ("random-text.tfvars", &text),
        ("random-text.tfvars.json", &text),
    ] {
        let (_dir, path) = temp_file(name, data);
        let r = run(&args(&["check", "--format", "json", &path]), None);
        assert_eq!(
            r.code,
            1,
            "{name}: {}",
            &r.output[..r.output.len().min(2000)]
        );
        let doc: serde_json::Value = serde_json::from_str(&r.output).expect("JSON output");
        assert_eq!(doc["files"][0]["valid"], false, "{name}");
    }
}

#[test]
fn a_very_long_line_and_many_diagnostics_on_it_stay_fast() {
    // One 1 MB line: a value the name rule refuses.
    let text = format!("name = \"{}\"\n", "a".repeat(1 << 20));
    let (_dir, path) = temp_file("long.tfvars", text.as_bytes());
    let r = run(&args(&["check", &path]), None);
    expect(&r, 1, &["TF006"], "64-character limit");
    // 20,000 undeclared variables on one line: a warning each, each located and
    // drawn without rescanning the line.
    let props: Vec<String> = (0..20_000).map(|i| format!("\"v{i}\": {i}")).collect();
    let json = format!("{{{}}}", props.join(", "));
    let (_d2, path) = temp_file("wide.tfvars.json", json.as_bytes());
    for format in ["human", "json"] {
        let r = run(&args(&["check", "--format", format, &path]), None);
        assert_eq!(r.code, 0, "{}", &r.output[..r.output.len().min(2000)]);
        assert!(r.output.contains("v19999"), "{format}");
    }
    let r = run(&args(&["check", "--format", "json", &path]), None);
    let doc: serde_json::Value = serde_json::from_str(&r.output).expect("JSON output");
    let last = doc["files"][0]["diagnostics"]
        .as_array()
        .and_then(|ds| ds.iter().find(|d| d["variable"] == "v19999"))
        .expect("a diagnostic for v19999");
    assert_eq!(last["code"], "TF009");
    assert_eq!(
        last["range"]["start"]["column"].as_u64(),
        json.find("\"v19999\"").map(|b| b as u64 + 1)
    );
}
