//! `backend-config`: `terraform output -json` to the ECS backend's block.

use super::harness::*;

const YAML: &str = "ecs:
  region: \"eu-west-1\"
  cluster: \"sockerless\"
  subnets:
    - \"subnet-0123456789abcdef0\"
    - \"subnet-0fedcba9876543210\"
  security_groups:
    - \"sg-0123456789abcdef0\"
  task_role_arn: \"arn:aws:iam::123456789012:role/sockerless-task\"
  execution_role_arn: \"arn:aws:iam::123456789012:role/sockerless-execution\"
  efs_filesystem_id: \"fs-0123456789abcdef0\"
  log_group: \"/sockerless/containers\"
";

#[test]
fn yaml_from_a_file_and_from_stdin() {
    let r = run(&["backend-config", &fixture("backend/outputs.json")]);
    expect_code(&r, 0);
    assert_eq!(r.stdout, YAML);
    let text = std::fs::read(root().join(fixture("backend/outputs.json"))).unwrap();
    let r = run_stdin(&["backend-config"], &text);
    expect_code(&r, 0);
    assert_eq!(r.stdout, YAML);
    let r = run_stdin(&["backend-config", "-"], &text);
    assert_eq!(r.stdout, YAML);
    // A byte-order mark, as some editors and PowerShell's Out-File write it, is skipped.
    let r = run_stdin(
        &["backend-config"],
        &[b"\xEF\xBB\xBF".as_slice(), &text].concat(),
    );
    expect_code(&r, 0);
    assert_eq!(r.stdout, YAML);
}

#[test]
fn json_output() {
    let r = run(&[
        "backend-config",
        "--format",
        "json",
        &fixture("backend/outputs.json"),
    ]);
    expect_code(&r, 0);
    let j = r.json();
    assert_eq!(
        j["ecs"]["security_groups"],
        serde_json::json!(["sg-0123456789abcdef0"])
    );
    assert_eq!(j["ecs"]["region"], "eu-west-1");
}

#[test]
fn missing_and_malformed_values_are_named_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("backend.yaml");
    let r = run(&[
        "backend-config",
        &fixture("backend/bad-outputs.json"),
        "-o",
        out.to_str().unwrap(),
    ]);
    expect_code(&r, 1);
    assert!(r.stderr.contains("error[BKD002]"), "{}", r.stderr);
    assert!(r.stderr.contains("No value for region"), "{}", r.stderr);
    assert!(r.stderr.contains("error[BKD003]"), "{}", r.stderr);
    assert!(r.stderr.contains("bad-outputs.json:3:"), "{}", r.stderr);
    assert!(!out.exists());
    let r = run_stdin(&["backend-config"], b"not json");
    expect_code(&r, 1);
    assert!(r.stderr.contains("error[BKD001]"), "{}", r.stderr);
}

#[test]
fn a_missing_input_exits_2() {
    let r = run(&["backend-config", "no/such/outputs.json"]);
    expect_code(&r, 2);
    assert!(
        r.stderr.contains("cannot read no/such/outputs.json"),
        "{}",
        r.stderr
    );
}
