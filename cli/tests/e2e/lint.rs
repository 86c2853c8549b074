//! `lint`: our module passes; a copy with seeded problems fails on each policy.

use super::harness::*;
use std::collections::BTreeMap;
use std::path::Path;

#[test]
fn the_ecs_module_passes() {
    let r = run(&["lint", "terraform/modules/ecs"]);
    expect_code(&r, 0);
    assert!(
        r.stdout.ends_with("files checked, no problems found.\n"),
        "{}",
        r.stdout
    );
    // Without a directory: terraform/modules/ecs of the current directory.
    let r = run(&["lint", "--format", "json"]);
    expect_code(&r, 0);
    assert!(r.json()["files"][0]["path"]
        .as_str()
        .unwrap()
        .starts_with("terraform/modules/ecs/"));
}

#[test]
fn the_embedded_module_is_linted_outside_a_checkout() {
    let dir = tempfile::tempdir().unwrap();
    let r = run_in(dir.path(), &["lint", "--format", "json"]);
    expect_code(&r, 0);
    let doc = r.json();
    assert!(doc["summary"]["files"].as_u64().unwrap() >= 10);
}

/// A copy of the ECS module with one problem of each kind seeded.
fn seeded_copy(dir: &Path) {
    for e in std::fs::read_dir(root().join("terraform/modules/ecs")).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "tf") {
            std::fs::copy(&p, dir.join(p.file_name().unwrap())).unwrap();
        }
    }
    // An existing statement widened to every file system.
    let iam = std::fs::read_to_string(dir.join("iam.tf")).unwrap();
    let widened = iam.replacen(
        "resources = [aws_efs_file_system.this.arn]",
        "resources = [\"*\"]",
        1,
    );
    assert_ne!(
        iam, widened,
        "iam.tf still scopes the EFS statement to the module's file system"
    );
    std::fs::write(dir.join("iam.tf"), widened).unwrap();
    std::fs::write(
        dir.join("seeded.tf"),
        r#"variable "undocumented" {
  type    = string
  default = "x"
}

variable "untyped" {
  description = "No type."
  default     = 1
}

output "bare" {
  value = var.undocumented
}

resource "aws_s3_bucket" "untagged" {
  bucket = "x"
}

resource "aws_sqs_queue" "partly" {
  name = "q"
  tags = merge(var.tags, { project = var.project })
}

data "aws_iam_policy_document" "wide" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["*"]
  }

  statement {
    actions   = ["s3:PutObject"]
    resources = ["arn:aws:s3:::someone-elses-bucket/*"]
  }

  statement {
    #tfcheck:skip=LINT005:
    actions   = ["s3:DeleteObject"]
    resources = ["arn:aws:s3:::a-skip-without-a-reason/*"]
  }

  statement {
    #tfcheck:skip=LINT005:Objects another program writes at run time.
    actions   = ["s3:GetObjectTagging"]
    resources = ["arn:aws:s3:::a-skip-with-a-reason/*"]
  }

  statement {
    actions   = ["ecr:GetAuthorizationToken"]
    resources = ["*"]
  }

  statement {
    actions   = ["*"]
    effect    = "Deny"
    resources = ["*"]
  }
}

resource "aws_iam_policy" "inline" {
  name = "x"
  tags = local.tags
  policy = jsonencode({
    Statement = [
      { Effect = "Allow", Action = "logs:*", Resource = "*" },
      { Effect = "Allow", Action = ["logs:PutLogEvents"], NotResource = [aws_cloudwatch_log_group.containers.arn] },
    ]
  })
}
"#,
    )
    .unwrap();
}

#[test]
fn a_seeded_bad_copy_fails_on_every_policy() {
    let dir = tempfile::tempdir().unwrap();
    seeded_copy(dir.path());
    let r = run(&["lint", "--format", "json", dir.path().to_str().unwrap()]);
    expect_code(&r, 1);
    let doc = r.json();
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for (_, code) in codes(&doc) {
        *counts.entry(code).or_default() += 1;
    }
    let expected: BTreeMap<String, usize> = [
        ("LINT001", 1),
        ("LINT002", 1),
        ("LINT003", 1),
        ("LINT004", 2),
        ("LINT005", 6),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    assert_eq!(counts, expected, "{}", r.stdout);

    let r = run(&["lint", dir.path().to_str().unwrap()]);
    expect_code(&r, 1);
    for needle in [
        "error[LINT001]",
        "Variable \"undocumented\" has no description.",
        "Variable \"untyped\" has no type",
        "Output \"bare\" has no description.",
        "aws_s3_bucket.untagged has no tags",
        "The tags of aws_sqs_queue.partly lack the standard tags environment, component, managed-by.",
        "\"*\" allows s3:GetObject on every resource",
        "\"arn:aws:s3:::someone-elses-bucket/*\" is not one of this module's resources.",
        "\"arn:aws:s3:::a-skip-without-a-reason/*\" is not one of this module's resources.",
        "\"*\" allows elasticfilesystem:ClientMount",
        "NotResource allows every resource",
        "iam.tf:",
        "seeded.tf:",
    ] {
        assert!(r.stdout.contains(needle), "missing {needle:?} in:\n{}", r.stdout);
    }
    // The other formats carry the same findings.
    let r = run(&["lint", "--format", "github", dir.path().to_str().unwrap()]);
    expect_code(&r, 1);
    assert_eq!(r.stdout.lines().count(), 11);
    let r = run(&["lint", "--format", "sarif", dir.path().to_str().unwrap()]);
    assert_eq!(r.json()["runs"][0]["results"].as_array().unwrap().len(), 11);
}

#[test]
fn a_module_that_cannot_be_read_exits_2() {
    let r = run(&["lint", &fixture("module-broken")]);
    expect_code(&r, 2);
    let r = run(&["lint", "no/such/module"]);
    expect_code(&r, 2);
}
