use super::*;

const MODULE: &str = r#"
variable "count_of" {
  type    = number
  default = 2
  validation {
    condition     = var.count_of >= 1 && var.count_of <= 6
    error_message = "count_of is ${var.count_of}: use 1 to 6."
  }
}
variable "nat" {
  type    = number
  default = 1
}
variable "name" {
  type     = string
  nullable = false
}
variable "tags" {
  type     = map(string)
  default  = {}
  nullable = false
}
variable "strategy" {
  type    = list(object({ provider = string, weight = optional(number, 1) }))
  default = []
}
locals {
  ok = var.count_of >= 1 && var.count_of <= 6
}
resource "terraform_data" "input_checks" {
  lifecycle {
    precondition {
      condition     = !local.ok || var.nat <= var.count_of
      error_message = "nat is ${var.nat} but count_of is ${var.count_of}."
    }
  }
}
"#;

fn run(text: &str) -> CheckResult {
    let m = Module::from_sources(&[("variables.tf", MODULE)]);
    assert!(m.is_usable(), "{:?}", m.diagnostics);
    check(&m, "t.tfvars", text, Format::Hcl, &Limits::default())
}

fn codes(r: &CheckResult) -> Vec<&'static str> {
    r.diagnostics.iter().map(|d| d.code.id()).collect()
}

#[test]
fn a_complete_file_is_valid() {
    let r = run("name = \"x\"\n");
    assert!(r.valid(), "{:?}", r.diagnostics);
    assert_eq!(r.values["count_of"], Value::number(2));
}

#[test]
fn missing_required_variable() {
    let r = run("");
    assert_eq!(codes(&r), ["TF005"]);
    assert!(r.diagnostics[0]
        .message
        .starts_with("The root module input variable \"name\" is not set"));
    assert_eq!(r.diagnostics[0].rule.as_ref().unwrap().range.start.line, 14);
}

#[test]
fn validation_failure_points_at_the_value_with_the_module_message() {
    let r = run("name = \"x\"\ncount_of = 9\n");
    assert_eq!(codes(&r), ["TF006"]);
    let d = &r.diagnostics[0];
    assert_eq!(d.message, "count_of is 9: use 1 to 6.");
    assert_eq!(d.variable.as_deref(), Some("count_of"));
    let range = d.range.unwrap();
    assert_eq!(
        (range.start.line, range.start.column, range.end.column),
        (2, 12, 13)
    );
    assert_eq!(d.help.as_deref(), Some("allowed: from 1 to 6"));
}

#[test]
fn preconditions_run_only_when_their_variables_are_valid() {
    let r = run("name = \"x\"\nnat = 5\ncount_of = 3\n");
    assert_eq!(codes(&r), ["TF007"]);
    assert_eq!(r.diagnostics[0].message, "nat is 5 but count_of is 3.");
    assert_eq!(r.diagnostics[0].variable.as_deref(), Some("nat"));
    // count_of fails its own validation: Terraform does not evaluate the precondition.
    let r = run("name = \"x\"\nnat = 5\ncount_of = 9\n");
    assert_eq!(codes(&r), ["TF006"]);
}

#[test]
fn type_conversion_follows_terraform() {
    let r = run("name = \"x\"\ncount_of = \"3\"\n");
    assert!(r.valid());
    let r = run("name = [1]\n");
    assert_eq!(codes(&r), ["TF004"]);
    assert_eq!(r.diagnostics[0].message, "The given value is not suitable for var.name declared at variables.tf:14,1-16: string required.");
    let r = run("name = \"x\"\ntags = { a = \"1\", b = [2] }\n");
    assert_eq!(codes(&r), ["TF004"]);
    // The diagnostic points at the element that failed.
    assert_eq!(r.diagnostics[0].message, "The given value is not suitable for var.tags declared at variables.tf:18,1-16: element \"b\": string required.");
    assert_eq!(r.diagnostics[0].range.unwrap().start.column, 23);
}

#[test]
fn null_means_default_for_non_nullable_variables() {
    let r = run("name = \"x\"\ntags = null\n");
    assert!(r.valid());
    let r = run("name = null\n");
    assert_eq!(codes(&r), ["TF010"]);
    assert!(r.diagnostics[0]
        .message
        .ends_with("required variable may not be set to null."));
}

#[test]
fn optional_attributes_get_their_defaults() {
    let r = run("name = \"x\"\nstrategy = [{ provider = \"FARGATE\" }]\n");
    assert!(r.valid(), "{:?}", r.diagnostics);
    let s = &r.values["strategy"].elements().unwrap()[0];
    assert_eq!(s.entries().unwrap()["weight"], Value::number(1));
}

#[test]
fn undeclared_variables_warn_and_repeated_keys_warn() {
    let r = run("name = \"x\"\nnope = 1\ntags = { a = \"1\", a = \"2\" }\n");
    assert_eq!(codes(&r), ["TF009", "TF011"]);
    assert!(r.valid());
    assert_eq!(r.values["tags"].entries().unwrap()["a"], Value::string("2"));
}

#[test]
fn syntax_errors_and_expressions_terraform_refuses() {
    let r = run("name = \"x\"\nname = \"y\"\n");
    assert_eq!(codes(&r), ["TF001"]);
    assert_eq!(r.diagnostics[0].summary, "Attribute redefined");
    let r = run("name = var.x\n");
    assert_eq!(codes(&r), ["TF003"]);
    let r = run("name = upper(\"x\")\n");
    assert_eq!(r.diagnostics[0].summary, "Function calls not allowed");
    let r = run("name = \"x\"\ncount_of = 1 + 1\n");
    assert!(r.valid());
}

#[test]
fn limits_are_diagnostics() {
    let m = Module::from_sources(&[("variables.tf", MODULE)]);
    let small = Limits {
        max_bytes: 4,
        ..Limits::default()
    };
    let r = check(&m, "t.tfvars", "name = \"x\"\n", Format::Hcl, &small);
    assert_eq!(codes(&r), ["LIM001"]);
    let deep = format!("name = {}\"x\"{}\n", "[".repeat(300), "]".repeat(300));
    let r = check(&m, "t.tfvars", &deep, Format::Hcl, &Limits::default());
    assert_eq!(codes(&r), ["LIM002"]);
}

#[test]
fn json_files_check_the_same() {
    let m = Module::from_sources(&[("variables.tf", MODULE)]);
    let r = check(
        &m,
        "t.tfvars.json",
        "{\"name\": \"x\", \"count_of\": 9}",
        Format::Json,
        &Limits::default(),
    );
    assert_eq!(codes(&r), ["TF006"]);
    assert_eq!(r.diagnostics[0].range.unwrap().start.column, 27);
}

#[test]
fn values_without_a_file() {
    let m = Module::from_sources(&[("variables.tf", MODULE)]);
    let given = [
        ("name".to_string(), Value::string("x")),
        ("count_of".to_string(), Value::number(0)),
    ]
    .into_iter()
    .collect();
    let r = check_values(&m, &given, &Limits::default());
    assert_eq!(codes(&r), ["TF006"]);
    assert!(r.diagnostics[0].range.is_none());
}

/// A failed precondition names the first of its variables that was given, for
/// values as for a file written from them; not the first of its variables by
/// name, which may be one left at its default (found by core/tests/properties.rs).
#[test]
fn values_without_a_file_name_the_given_variable_of_a_failed_precondition() {
    let m = Module::from_sources(&[("variables.tf", MODULE)]);
    let given = [
        ("name".to_string(), Value::string("x")),
        ("nat".to_string(), Value::number(5)),
    ]
    .into_iter()
    .collect();
    let r = check_values(&m, &given, &Limits::default());
    assert_eq!(codes(&r), ["TF007"]);
    assert_eq!(r.diagnostics[0].variable.as_deref(), Some("nat"));
    let file = run("name = \"x\"\nnat = 5\n");
    assert_eq!(codes(&file), ["TF007"]);
    assert_eq!(file.diagnostics[0].variable.as_deref(), Some("nat"));
}

#[test]
fn locals_can_be_evaluated_for_a_face() {
    let m = Module::from_sources(&[("variables.tf", MODULE)]);
    let r = run("name = \"x\"\ncount_of = 3\n");
    let l = eval_locals(&m, &r.values, &["ok", "missing"], &Limits::default());
    assert_eq!(l["ok"], Ok(Value::Bool(true)));
    assert!(!l.contains_key("missing"));
}
