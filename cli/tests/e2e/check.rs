//! `check`: exit codes, inputs (files, directories, stdin, CRLF, BOM, bad
//! bytes), the human format, limits and usage errors.

use super::harness::*;

#[test]
fn a_valid_file_exits_0_with_one_short_line() {
    let r = run(&["check", "--module", MODULE, &fixture("tfvars/good.tfvars")]);
    expect_code(&r, 0);
    assert_eq!(r.stdout, "1 file checked, no problems found.\n");
    assert_eq!(r.stderr, "");
}

#[test]
fn quiet_prints_nothing_when_all_is_well() {
    let r = run(&[
        "check",
        "-q",
        "--module",
        MODULE,
        &fixture("tfvars/good.tfvars"),
        &fixture("tfvars/good.tfvars.json"),
    ]);
    expect_code(&r, 0);
    assert_eq!(r.stdout, "");
}

#[test]
fn the_default_example_passes_against_the_embedded_module() {
    let r = run(&[
        "check",
        "--format",
        "json",
        "terraform/examples/default/terraform.tfvars",
    ]);
    let doc = r.json();
    // MOD003 means a rule calls a Terraform function the core does not implement
    // yet: a limit of the build, not a verdict on the example.
    let errors: Vec<_> = codes(&doc)
        .into_iter()
        .filter(|(_, c)| !c.starts_with("ADV") && c != "MOD003")
        .collect();
    assert_eq!(errors, [], "{}", r.stdout);
    if !r.stdout.contains("MOD003") {
        expect_code(&r, 0);
    }
    // The example keeps one NAT gateway and 30-day logs on purpose: advice, not errors.
    assert!(doc["summary"]["warnings"].as_u64().unwrap_or(0) >= 1);
}

#[test]
fn a_file_with_several_errors_gets_a_frame_for_each() {
    let r = run(&[
        "check",
        "--module",
        MODULE,
        &fixture("tfvars/several-errors.tfvars"),
    ]);
    expect_code(&r, 1);
    let out = &r.stdout;
    for needle in [
        "error[TF006]: Invalid value for variable",
        "--> tests/cli/fixtures/tfvars/several-errors.tfvars:2:13",
        "name      = \"x\"",
        "^^^ name must have 2 to 20 characters.",
        "az_count must be a whole number from 1 to 6.",
        "retention must be one of 1, 30, 365.",
        "= help: allowed values: 1, 30, 365",
        "= note: the rule is at tests/cli/fixtures/module/variables.tf:31:3",
        "warning[TF009]: Value for undeclared variable",
        "1 file checked: 3 errors, 1 warning.",
    ] {
        assert!(out.contains(needle), "missing {needle:?} in:\n{out}");
    }
    assert_eq!(out.matches("error[TF006]").count(), 3);
    assert!(
        !out.contains('\x1b'),
        "no colour when stdout is not a terminal"
    );
}

#[test]
fn an_unparsable_file_is_an_error_of_that_file_and_others_are_still_checked() {
    let r = run(&[
        "check",
        "--format",
        "json",
        "--module",
        MODULE,
        &fixture("tfvars/syntax-error.tfvars"),
        &fixture("tfvars/good.tfvars"),
    ]);
    expect_code(&r, 1);
    let doc = r.json();
    assert_eq!(doc["files"][0]["valid"], false);
    assert_eq!(doc["files"][0]["diagnostics"][0]["code"], "TF001");
    assert_eq!(doc["files"][1]["valid"], true);
    assert_eq!(doc["summary"]["files"], 2);
}

#[test]
fn warnings_pass_unless_denied() {
    let file = fixture("tfvars/warning-only.tfvars");
    let r = run(&["check", "--module", MODULE, &file]);
    expect_code(&r, 0);
    assert!(
        r.stdout.contains("1 file checked: 1 warning."),
        "{}",
        r.stdout
    );
    let r = run(&["check", "--deny-warnings", "--module", MODULE, &file]);
    expect_code(&r, 1);
}

#[test]
fn a_directory_is_searched_recursively_in_name_order_skipping_hidden_ones() {
    let r = run(&[
        "check",
        "--format",
        "json",
        "--module",
        MODULE,
        &fixture("tfvars/nested"),
    ]);
    expect_code(&r, 0);
    let doc = r.json();
    let paths: Vec<&str> = doc["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(
        paths,
        [
            "tests/cli/fixtures/tfvars/nested/deeper/two.tfvars.json",
            "tests/cli/fixtures/tfvars/nested/one.tfvars"
        ]
    );

    let r = run(&[
        "check",
        "--format",
        "json",
        "--module",
        MODULE,
        &fixture("tfvars"),
    ]);
    let doc = r.json();
    let paths: Vec<&str> = doc["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert!(
        paths
            .iter()
            .all(|p| !p.contains(".terraform") && !p.ends_with(".txt")),
        "{paths:?}"
    );
    assert!(paths.contains(&"tests/cli/fixtures/tfvars/good.tfvars.json"));
    assert_eq!(doc["summary"]["files"], paths.len());
}

#[test]
fn stdin_is_read_for_a_dash_and_named_by_stdin_filename() {
    let r = run_stdin(
        &["check", "--format", "json", "--module", MODULE, "-"],
        b"name = \"demo\"\naz_count = 0\n",
    );
    expect_code(&r, 1);
    let doc = r.json();
    assert_eq!(doc["files"][0]["path"], "<stdin>");
    assert_eq!(
        doc["files"][0]["diagnostics"][0]["range"]["start"],
        serde_json::json!({"line": 2, "column": 12})
    );

    // A name ending in .json reads standard input as JSON.
    let r = run_stdin(
        &[
            "check",
            "--module",
            MODULE,
            "--stdin-filename",
            "ci.tfvars.json",
            "-",
        ],
        br#"{"name": "demo", "az_count": 3}"#,
    );
    expect_code(&r, 0);
    let r = run_stdin(
        &[
            "check",
            "--format",
            "json",
            "--module",
            MODULE,
            "--stdin-filename",
            "ci.tfvars.json",
            "-",
        ],
        b"name = \"demo\"\n",
    );
    expect_code(&r, 1);
    assert_eq!(r.json()["files"][0]["path"], "ci.tfvars.json");
    assert_eq!(r.json()["files"][0]["diagnostics"][0]["code"], "TF001");
}

#[test]
fn crlf_and_bom_files_point_where_the_plain_file_does() {
    let plain = run(&[
        "check",
        "--format",
        "json",
        "--module",
        MODULE,
        &fixture("tfvars/plain.tfvars"),
    ])
    .json();
    let expected = &plain["files"][0]["diagnostics"][0]["range"];
    assert_eq!(
        expected["start"],
        serde_json::json!({"line": 2, "column": 12})
    );
    for f in ["tfvars/crlf.tfvars", "tfvars/bom.tfvars"] {
        let r = run(&["check", "--format", "json", "--module", MODULE, &fixture(f)]);
        expect_code(&r, 1);
        assert_eq!(
            &r.json()["files"][0]["diagnostics"][0]["range"],
            expected,
            "{f}"
        );
    }
    let r = run(&["check", "--module", MODULE, &fixture("tfvars/crlf.tfvars")]);
    assert!(
        r.stdout.contains("2 | az_count = 7\n"),
        "no carriage return in the frame:\n{}",
        r.stdout
    );
}

#[test]
fn invalid_utf8_is_an_error_diagnostic_of_the_file() {
    let r = run(&[
        "check",
        "--format",
        "json",
        "--module",
        MODULE,
        &fixture("tfvars/not-utf8.tfvars"),
    ]);
    expect_code(&r, 1);
    let d = &r.json()["files"][0]["diagnostics"][0];
    assert_eq!(d["code"], "IO001");
    assert_eq!(
        d["range"]["start"],
        serde_json::json!({"line": 1, "column": 10})
    );
}

#[test]
fn a_missing_required_variable_has_no_range_but_names_the_variable() {
    let r = run(&[
        "check",
        "--format",
        "json",
        "--module",
        MODULE,
        &fixture("tfvars/missing-required.tfvars"),
    ]);
    expect_code(&r, 1);
    let d = &r.json()["files"][0]["diagnostics"][0];
    assert_eq!(d["code"], "TF005");
    assert_eq!(d["variable"], "name");
    assert!(d["range"].is_null());
    assert_eq!(d["rule"]["file"], "variables.tf");
    let r = run(&[
        "check",
        "--module",
        MODULE,
        &fixture("tfvars/missing-required.tfvars"),
    ]);
    assert!(
        r.stdout
            .contains("--> tests/cli/fixtures/tfvars/missing-required.tfvars\n"),
        "{}",
        r.stdout
    );
}

#[test]
fn a_missing_file_exits_2_naming_it() {
    let r = run(&[
        "check",
        "--module",
        MODULE,
        &fixture("tfvars/good.tfvars"),
        "no/such/file.tfvars",
    ]);
    expect_code(&r, 2);
    assert_eq!(r.stdout, "");
    assert!(
        r.stderr
            .contains("cannot read no/such/file.tfvars: no such file or directory"),
        "{}",
        r.stderr
    );
}

#[test]
fn an_unreadable_module_exits_2() {
    let good = fixture("tfvars/good.tfvars");
    let r = run(&["check", "--module", "no/such/module", &good]);
    expect_code(&r, 2);
    assert!(
        r.stderr
            .contains("cannot read module directory no/such/module: no such file or directory"),
        "{}",
        r.stderr
    );

    let r = run(&["check", "--module", &fixture("tfvars"), &good]);
    expect_code(&r, 2);
    assert!(r.stderr.contains("it has no .tf files"), "{}", r.stderr);

    let r = run(&["check", "--module", &good, &good]);
    expect_code(&r, 2);
    assert!(r.stderr.contains("not a directory"), "{}", r.stderr);
}

#[test]
fn a_module_with_errors_exits_2_and_shows_them() {
    let r = run(&[
        "check",
        "--module",
        &fixture("module-broken"),
        &fixture("tfvars/good.tfvars"),
    ]);
    expect_code(&r, 2);
    assert!(r.stderr.contains("error[MOD001]"), "{}", r.stderr);
    assert!(
        r.stderr
            .contains("--> tests/cli/fixtures/module-broken/main.tf:"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("has errors in its own sources"),
        "{}",
        r.stderr
    );
}

#[test]
fn a_module_file_that_is_not_utf8_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("main.tf"),
        b"variable \"a\" {\n  description = \"\xff\"\n}\n",
    )
    .unwrap();
    let r = run(&[
        "check",
        "--module",
        dir.path().to_str().unwrap(),
        &fixture("tfvars/good.tfvars"),
    ]);
    expect_code(&r, 2);
    assert!(r.stderr.contains("not UTF-8"), "{}", r.stderr);
}

#[test]
fn limits_are_flags_and_their_diagnostics_are_errors() {
    let r = run(&[
        "check",
        "--format",
        "json",
        "--max-bytes",
        "10",
        "--module",
        MODULE,
        &fixture("tfvars/good.tfvars"),
    ]);
    expect_code(&r, 1);
    assert_eq!(r.json()["files"][0]["diagnostics"][0]["code"], "LIM001");
    let r = run_stdin(
        &[
            "check",
            "--format",
            "json",
            "--max-depth",
            "3",
            "--module",
            MODULE,
            "-",
        ],
        b"zones = [[[[[\"a\"]]]]]\nname = \"demo\"\n",
    );
    expect_code(&r, 1);
    assert_eq!(r.json()["files"][0]["diagnostics"][0]["code"], "LIM002");
    let r = run(&[
        "check",
        "--max-eval-steps",
        "1000",
        "--module",
        MODULE,
        &fixture("tfvars/good.tfvars"),
    ]);
    assert!(r.code == 0 || r.code == 1, "{r:?}");
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["check"][..],
        &["check", "--format", "xml", "a.tfvars"],
        &["check", "--no-such-flag", "a.tfvars"],
        &["no-such-command"],
        &[],
    ] {
        let r = run(args);
        expect_code(&r, 2);
        assert!(!r.stderr.is_empty(), "{args:?}");
    }
}

#[test]
fn colour_follows_the_flag_and_no_color() {
    let file = fixture("tfvars/several-errors.tfvars");
    let r = run(&["check", "--color", "always", "--module", MODULE, &file]);
    assert!(r.stdout.contains("\x1b["), "{}", r.stdout);
    let r = run(&["check", "--color", "never", "--module", MODULE, &file]);
    assert!(!r.stdout.contains('\x1b'));
    // auto: never when stdout is a pipe, and never with NO_COLOR.
    let mut c = command(&["check", "--module", MODULE, &file]);
    c.env("NO_COLOR", "1");
    let r = run_with(c, None);
    assert!(!r.stdout.contains('\x1b'));
    assert!(!r.stderr.contains('\x1b'));
}

#[test]
fn version_and_help_with_examples_for_every_command() {
    let r = run(&["--version"]);
    expect_code(&r, 0);
    assert_eq!(
        r.stdout.trim(),
        format!("sockerless-tfcheck {}", env!("CARGO_PKG_VERSION"))
    );
    let r = run(&["--help"]);
    expect_code(&r, 0);
    assert!(r.stdout.contains("Exit codes:"));
    for cmd in [
        "check",
        "tfvars",
        "schema",
        "backend-config",
        "lint",
        "docs",
    ] {
        let r = run(&[cmd, "--help"]);
        expect_code(&r, 0);
        assert!(r.stdout.contains("Examples:"), "{cmd}");
        assert!(
            r.stdout.contains(&format!("sockerless-tfcheck {cmd}")) || cmd == "backend-config",
            "{cmd}: {}",
            r.stdout
        );
    }
}

#[test]
fn a_closed_pipe_is_not_a_crash() {
    let mut c = command(&["check", "--module", MODULE, &fixture("tfvars")]);
    c.stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .stdin(std::process::Stdio::null());
    let mut child = c.spawn().unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
}

/// The ECS module's AWS and advice rules are the product's, not Terraform's:
/// they apply to the embedded module only, never to another module that merely
/// declares variables of the same names.
#[test]
fn another_module_with_our_variable_names_gets_terraforms_rules_only() {
    let file = fixture("same-names.tfvars");
    let r = run(&[
        "check",
        "--format",
        "json",
        "--module",
        &fixture("module-same-names"),
        &file,
    ]);
    expect_code(&r, 0);
    assert_eq!(codes(&r.json()), [], "{}", r.stdout);

    // The same values against the embedded module: its own rules and the AWS
    // and advice rules reject or flag them.
    let r = run(&["check", "--format", "json", &file]);
    expect_code(&r, 1);
    let found: Vec<String> = codes(&r.json()).into_iter().map(|(_, c)| c).collect();
    for code in ["TF006", "ADV001", "ADV002"] {
        assert!(found.iter().any(|c| c == code), "{code} in {found:?}");
    }
}
