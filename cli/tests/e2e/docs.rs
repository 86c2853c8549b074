//! `docs`: the Markdown tables, `--write` and `--check` of a README's markers,
//! and the ECS module's README kept up to date.

use super::harness::*;

const TABLES: &str = r#"### Inputs

Inputs whose default says required must be set, the others are optional; the rules each one must satisfy are enforced by its `validation` blocks.

| Name | Description | Type | Default |
|------|-------------|------|---------|
| <a name="input_name"></a> `name` | Name of the deployment. | `string` | required |
| <a name="input_az_count"></a> `az_count` | How many availability zones to use. | `number` | `2` |
| <a name="input_retention"></a> `retention` | Days to keep logs. | `number` | `30` |
| <a name="input_tags"></a> `tags` | Tags for every resource. | `map(string)` | `{}` |
| <a name="input_zones"></a> `zones` | Availability zones; empty picks the first az_count. | `list(string)` | `[]` |
| <a name="input_enabled"></a> `enabled` | Whether anything is created. | `bool` | `true` |

### Outputs

| Name | Description |
|------|-------------|
| <a name="output_name"></a> `name` | The deployment's name. |
"#;

#[test]
fn prints_the_tables() {
    let r = run(&["docs", MODULE]);
    expect_code(&r, 0);
    assert_eq!(r.stdout, TABLES);
}

#[test]
fn write_replaces_only_what_is_between_the_markers_and_check_agrees() {
    let dir = tempfile::tempdir().unwrap();
    let readme = dir.path().join("README.md");
    std::fs::copy(root().join(fixture("docs/README.md")), &readme).unwrap();
    let p = readme.to_str().unwrap();

    let r = run(&["docs", MODULE, "--check", p]);
    expect_code(&r, 1);
    assert!(r.stderr.contains("are stale"), "{}", r.stderr);
    assert!(r.stderr.contains("--write"), "{}", r.stderr);

    let r = run(&["docs", MODULE, "--write", p]);
    expect_code(&r, 0);
    let text = std::fs::read_to_string(&readme).unwrap();
    assert_eq!(
        text,
        format!("# Fixture module\n\nHand-written text above the markers stays.\n\n<!-- BEGIN_TF_DOCS -->\n{TABLES}<!-- END_TF_DOCS -->\n\nHand-written text below the markers stays.\n")
    );
    let r = run(&["docs", MODULE, "--check", p]);
    expect_code(&r, 0);
    // Writing again changes nothing.
    run(&["docs", MODULE, "--write", p]);
    assert_eq!(std::fs::read_to_string(&readme).unwrap(), text);
}

#[test]
fn a_readme_without_markers_or_a_missing_one_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let readme = dir.path().join("README.md");
    std::fs::write(&readme, "# No markers\n").unwrap();
    let r = run(&["docs", MODULE, "--check", readme.to_str().unwrap()]);
    expect_code(&r, 2);
    assert!(
        r.stderr.contains("has no <!-- BEGIN_TF_DOCS --> marker"),
        "{}",
        r.stderr
    );
    let r = run(&["docs", MODULE, "--write", "no/such/README.md"]);
    expect_code(&r, 2);
    let r = run(&["docs", "no/such/module"]);
    expect_code(&r, 2);
}

#[test]
fn the_ecs_module_readme_tables_are_up_to_date() {
    let r = run(&[
        "docs",
        "terraform/modules/ecs",
        "--check",
        "terraform/modules/ecs/README.md",
    ]);
    assert_eq!(r.code, 0, "the README's tables are stale: run `cargo run -p sockerless-tfcheck -- docs terraform/modules/ecs --write terraform/modules/ecs/README.md`\n{}", r.stderr);
}

/// The codes table of cli/README.md is the engine's list of codes
/// (`tfcheck_core::Code::ALL`), as `docs --codes` prints it.
#[test]
fn the_codes_table_is_generated_from_the_engines_list() {
    let r = run(&["docs", "--codes"]);
    expect_code(&r, 0);
    assert!(r
        .stdout
        .starts_with("| Code | Name | Default severity | Meaning |\n| --- | --- | --- | --- |\n| `TF001` | syntax-error | error |"));
    assert_eq!(r.stdout.lines().count(), 2 + tfcheck_core::Code::ALL.len());
    let r = run(&["docs", "--codes", "--check", "cli/README.md"]);
    assert_eq!(r.code, 0, "cli/README.md's codes table is stale: run `cargo run -p sockerless-tfcheck -- docs --codes --write cli/README.md`\n{}", r.stderr);
}
