//! `backend-config`: `terraform output -json` to the ECS backend's configuration.

use super::harness::*;

const YAML: &str = "environments:
  \"sockerless\":
    backend: \"ecs\"
    aws:
      region: \"eu-west-1\"
      ecs:
        cluster: \"sockerless\"
        subnets:
          - \"subnet-0123456789abcdef0\"
          - \"subnet-0fedcba9876543210\"
        security_groups:
          - \"sg-0123456789abcdef0\"
        task_role_arn: \"arn:aws:iam::123456789012:role/sockerless-task\"
        execution_role_arn: \"arn:aws:iam::123456789012:role/sockerless-execution\"
        log_group: \"/sockerless/containers\"
        assign_public_ip: false
        agent_efs_id: \"fs-0123456789abcdef0\"
";

const ENV: &str = "AWS_REGION=eu-west-1
SOCKERLESS_ECS_CLUSTER=sockerless
SOCKERLESS_ECS_SUBNETS=subnet-0123456789abcdef0,subnet-0fedcba9876543210
SOCKERLESS_ECS_SECURITY_GROUPS=sg-0123456789abcdef0
SOCKERLESS_ECS_TASK_ROLE_ARN=arn:aws:iam::123456789012:role/sockerless-task
SOCKERLESS_ECS_EXECUTION_ROLE_ARN=arn:aws:iam::123456789012:role/sockerless-execution
SOCKERLESS_ECS_LOG_GROUP=/sockerless/containers
SOCKERLESS_ECS_PUBLIC_IP=false
SOCKERLESS_AGENT_EFS_ID=fs-0123456789abcdef0
SOCKERLESS_ECS_CPU_ARCHITECTURE=ARM64
";

#[test]
fn the_module_s_outputs_give_the_same_file_and_the_environment() {
    let r = run(&["backend-config", &fixture("backend/module-outputs.json")]);
    expect_code(&r, 0);
    assert_eq!(r.stdout, YAML);
    let r = run(&[
        "backend-config",
        "--format",
        "env",
        &fixture("backend/module-outputs.json"),
    ]);
    expect_code(&r, 0);
    assert_eq!(r.stdout, ENV);
    let r = run(&[
        "backend-config",
        "--environment",
        "prod-eu",
        &fixture("backend/module-outputs.json"),
    ]);
    expect_code(&r, 0);
    assert!(
        r.stdout.starts_with("environments:\n  \"prod-eu\":\n"),
        "{}",
        r.stdout
    );
}

#[test]
fn the_environment_form_needs_the_cpu_architecture_and_names_are_checked() {
    // The individual outputs carry no CPU architecture.
    let r = run(&[
        "backend-config",
        "--format",
        "env",
        &fixture("backend/outputs.json"),
    ]);
    expect_code(&r, 1);
    assert!(r.stderr.contains("error[BKD002]"), "{}", r.stderr);
    assert!(
        r.stderr.contains("SOCKERLESS_ECS_CPU_ARCHITECTURE"),
        "{}",
        r.stderr
    );
    assert!(r.stdout.is_empty());
    let r = run(&[
        "backend-config",
        "--environment",
        "a b",
        &fixture("backend/outputs.json"),
    ]);
    expect_code(&r, 2);
}

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
    let env = &j["environments"]["sockerless"];
    assert_eq!(env["backend"], "ecs");
    assert_eq!(
        env["aws"]["ecs"]["security_groups"],
        serde_json::json!(["sg-0123456789abcdef0"])
    );
    assert_eq!(env["aws"]["region"], "eu-west-1");
    assert_eq!(env["aws"]["ecs"]["agent_efs_id"], "fs-0123456789abcdef0");
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
    assert!(r.stderr.contains("No value for aws.region"), "{}", r.stderr);
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
