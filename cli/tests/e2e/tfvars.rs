//! `tfvars`: defaults, --set, --from, formats, --only-changed, --describe, -o,
//! and never writing an invalid file. (`terraform fmt` leaving the HCL as it is
//! is checked by tests/cli/run.sh with the real binary.)

use super::harness::*;

#[test]
fn defaults_plus_set_values_in_declaration_order() {
    let r = run(&[
        "tfvars",
        "--module",
        MODULE,
        "--set",
        "name=\"demo\"",
        "--set",
        "tags={ team = \"platform\", \"cost center\" = \"42\" }",
    ]);
    expect_code(&r, 0);
    assert_eq!(
        r.stdout,
        "name      = \"demo\"\naz_count  = 2\nretention = 30\ntags = {\n  \"cost center\" = \"42\"\n  team          = \"platform\"\n}\nzones   = []\nenabled = true\n"
    );
}

#[test]
fn only_changed_and_describe() {
    let r = run(&[
        "tfvars",
        "--module",
        MODULE,
        "--set",
        "name=\"demo\"",
        "--set",
        "az_count=3",
        "--set",
        "az_count=2",
        "--only-changed",
    ]);
    expect_code(&r, 0);
    assert_eq!(
        r.stdout, "name = \"demo\"\n",
        "the last --set wins and equals the default"
    );
    let r = run(&[
        "tfvars",
        "--module",
        MODULE,
        "--set",
        "name=\"demo\"",
        "--set",
        "zones=[\"a\", \"b\"]",
        "--only-changed",
        "--describe",
    ]);
    expect_code(&r, 0);
    assert_eq!(r.stdout, "# Name of the deployment.\nname = \"demo\"\n\n# Availability zones; empty picks the first az_count.\nzones = [\"a\", \"b\"]\n");
}

#[test]
fn json_by_flag_or_by_the_output_name() {
    let r = run(&[
        "tfvars",
        "--module",
        MODULE,
        "--set",
        "name=\"demo\"",
        "--only-changed",
        "--format",
        "json",
    ]);
    expect_code(&r, 0);
    assert_eq!(r.stdout, "{\n  \"name\": \"demo\"\n}\n");
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("ci.tfvars.json");
    let r = run(&[
        "tfvars",
        "--module",
        MODULE,
        "--set",
        "name=\"demo\"",
        "--only-changed",
        "-o",
        out.to_str().unwrap(),
    ]);
    expect_code(&r, 0);
    assert_eq!(r.stdout, "");
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        "{\n  \"name\": \"demo\"\n}\n"
    );
    // --describe has nowhere to go in JSON.
    let r = run(&[
        "tfvars",
        "--module",
        MODULE,
        "--set",
        "name=\"demo\"",
        "--describe",
        "--format",
        "json",
    ]);
    expect_code(&r, 2);
}

#[test]
fn from_normalises_a_file_and_set_overrides_it() {
    let r = run(&[
        "tfvars",
        "--module",
        MODULE,
        "--from",
        &fixture("tfvars/nested/deeper/two.tfvars.json"),
        "--only-changed",
    ]);
    expect_code(&r, 0);
    assert_eq!(
        r.stdout, "name     = \"deeper\"\naz_count = 4\n",
        "\"4\" converted to a number"
    );
    // A value the file gets wrong is fine when --set replaces it.
    let r = run(&[
        "tfvars",
        "--module",
        MODULE,
        "--from",
        &fixture("tfvars/plain.tfvars"),
        "--set",
        "az_count=5",
        "--only-changed",
    ]);
    expect_code(&r, 0);
    assert_eq!(r.stdout, "name     = \"demo\"\naz_count = 5\n");
    let r = run_stdin(
        &[
            "tfvars",
            "--module",
            MODULE,
            "--from",
            "-",
            "--only-changed",
        ],
        b"name = \"piped\"\n",
    );
    expect_code(&r, 0);
    assert_eq!(r.stdout, "name = \"piped\"\n");
}

#[test]
fn an_invalid_result_is_never_written() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.tfvars");
    let o = out.to_str().unwrap();
    // No value for the required name.
    let r = run(&["tfvars", "--module", MODULE, "-o", o]);
    expect_code(&r, 1);
    assert!(r.stderr.contains("error[TF005]"), "{}", r.stderr);
    assert!(r.stderr.contains("nothing was written"), "{}", r.stderr);
    assert!(!out.exists());
    // A --set value a rule rejects.
    let r = run(&[
        "tfvars",
        "--module",
        MODULE,
        "--set",
        "name=\"demo\"",
        "--set",
        "az_count=9",
        "-o",
        o,
    ]);
    expect_code(&r, 1);
    assert!(
        r.stderr
            .contains("az_count must be a whole number from 1 to 6."),
        "{}",
        r.stderr
    );
    assert!(!out.exists());
    // A --from file with errors: its frames are shown.
    let r = run(&[
        "tfvars",
        "--module",
        MODULE,
        "--from",
        &fixture("tfvars/several-errors.tfvars"),
        "-o",
        o,
    ]);
    expect_code(&r, 1);
    assert!(
        r.stderr
            .contains("--> tests/cli/fixtures/tfvars/several-errors.tfvars:3:13"),
        "{}",
        r.stderr
    );
    assert!(!out.exists());
    assert_eq!(r.stdout, "");
}

#[test]
fn bad_set_arguments_are_usage_errors() {
    for (set, needle) in [
        ("name", "expects NAME=VALUE"),
        ("planet=\"mars\"", "declares no variable named \"planet\""),
        ("name=demo", "write a string with its quotes"),
        ("az_count=[1,", "--set az_count"),
    ] {
        let r = run(&["tfvars", "--module", MODULE, "--set", set]);
        expect_code(&r, 2);
        assert!(r.stderr.contains(needle), "{set}: {}", r.stderr);
    }
    let r = run(&["tfvars", "--module", MODULE, "--from", "no/such.tfvars"]);
    expect_code(&r, 2);
    assert!(r.stderr.contains("no/such.tfvars"), "{}", r.stderr);
}

#[test]
fn the_embedded_module_with_its_required_inputs() {
    let r = run(&[
        "tfvars",
        "--set",
        "name=\"ci-test\"",
        "--set",
        "environment=\"test\"",
        "--describe",
    ]);
    if r.stderr.contains("MOD003") {
        // A rule calls a Terraform function the core does not implement yet, so
        // the values cannot be vouched for and nothing may be written.
        expect_code(&r, 1);
        assert_eq!(r.stdout, "");
        return;
    }
    expect_code(&r, 0);
    assert!(r.stdout.starts_with("# "), "{}", r.stdout);
    assert!(r.stdout.contains("\nname = \"ci-test\"\n"), "{}", r.stdout);
    // What tfvars writes, check accepts.
    let r2 = run_stdin(&["check", "-"], r.stdout.as_bytes());
    assert_eq!(r2.code, 0, "{}", r2.stdout);
}
