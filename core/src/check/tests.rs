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
    // A value Terraform cannot read leaves its variable unset (diagnostics
    // without a position, the missing variable's, come first).
    let r = run("name = var.x\n");
    assert_eq!(codes(&r), ["TF005", "TF003"]);
    let r = run("name = upper(\"x\")\n");
    let refused = r
        .diagnostics
        .iter()
        .find(|d| d.code.id() == "TF003")
        .unwrap();
    assert_eq!(refused.summary, "Function calls not allowed");
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

/// Terraform's stages: an unreadable value or a missing required variable is
/// reported alone; conversion and validation come only after.
#[test]
fn early_stages_stop_the_later_ones() {
    // `name` is missing: count_of's rule and nat's type are not judged.
    let r = run("count_of = 9\nnat = \"x\"\n");
    assert_eq!(codes(&r), ["TF005"]);
    // An unreadable value of a variable with a default stops everything else.
    let r = run("name = \"x\"\ncount_of = max(1, 2)\nnat = \"x\"\n");
    assert_eq!(codes(&r), ["TF003"]);
    // An undeclared name with an unreadable value is dropped without a word.
    let r = run("name = \"x\"\nextra = upper(\"x\")\n");
    assert!(r.diagnostics.is_empty(), "{:?}", r.diagnostics);
    // A type error does not stop the other variables' rules.
    let r = run("name = \"x\"\ncount_of = 9\nnat = \"x\"\n");
    assert_eq!(codes(&r), ["TF006", "TF004"]);
}

const CROSS: &str = r#"
variable "hsm" {
  type    = bool
  default = false
  validation {
    condition     = !var.hsm || var.sku == "premium"
    error_message = "hsm needs premium"
  }
}
variable "first" {
  type    = number
  default = 0
  validation {
    condition     = var.first > 100
    error_message = "first"
  }
  validation {
    condition     = var.first != 7 && var.hsm != null
    error_message = "reads hsm"
  }
}
variable "sku" {
  type    = string
  default = "standard"
  validation {
    condition     = contains(["standard", "premium"], var.sku)
    error_message = "bad sku"
  }
}
"#;

/// A variable whose rules read an invalid variable is not validated, whatever
/// the declaration order, and counts as invalid for those that read it.
#[test]
fn rules_reading_an_invalid_variable_are_skipped_in_dependency_order() {
    let m = Module::from_sources(&[("variables.tf", CROSS)]);
    assert!(m.is_usable(), "{:?}", m.diagnostics);
    let msgs = |text: &str| -> Vec<String> {
        check(&m, "t.tfvars", text, Format::Hcl, &Limits::default())
            .diagnostics
            .iter()
            .map(|d| d.message.clone())
            .collect()
    };
    // sku fails; hsm reads it and is skipped; first reads hsm and is skipped too,
    // its own failing rule included.
    assert_eq!(msgs("sku = \"basic\"\nhsm = true\n"), ["bad sku"]);
    // With sku valid, hsm's rule runs (and passes), then first's.
    assert_eq!(msgs("sku = \"premium\"\nhsm = true\n"), ["first"]);
    assert_eq!(
        msgs("sku = \"standard\"\nhsm = true\n"),
        ["hsm needs premium"]
    );
}

/// A syntax error inside a variable's definition names that variable.
#[test]
fn syntax_errors_name_the_variable_that_holds_them() {
    let var = |text: &str, format: Format| {
        let m = Module::from_sources(&[("variables.tf", MODULE)]);
        let r = check(&m, "t", text, format, &Limits::default());
        assert_eq!(codes(&r), ["TF001"], "{text}");
        r.diagnostics[0].variable.clone()
    };
    let hcl = Format::Hcl;
    assert_eq!(
        var("name = \"x\"\nname = \"y\"\n", hcl).as_deref(),
        Some("name")
    );
    assert_eq!(
        var("tags = { a = \"\\q\" }\n", hcl).as_deref(),
        Some("tags")
    );
    assert_eq!(
        var("name = \"x\"\ntags = \"open\n", hcl).as_deref(),
        Some("tags")
    );
    // Between definitions there is no variable to name.
    assert_eq!(var("name = \"x\" nat = 1\n", hcl), None);
    let json = Format::Json;
    assert_eq!(
        var(r#"{"name": "x", "name": "y"}"#, json).as_deref(),
        Some("name")
    );
    assert_eq!(
        var(r#"{"name": "x", "tags": {"a": "1", "a": "2"}}"#, json).as_deref(),
        Some("tags")
    );
    assert_eq!(
        var(r#"{"tags": {"a": "\q"}}"#, json).as_deref(),
        Some("tags")
    );
    assert_eq!(var(r#"{"name": "x",}"#, json), None);
}

const MESSAGES: &str = r#"
variable "limits" {
  type = object({
    low  = number
    high = optional(number)
  })
  default = { low = 0, high = 1 }
  validation {
    condition     = var.limits.low >= 0
    error_message = "low ${var.limits.low}, high ${var.limits.high}"
  }
}
variable "name" {
  type    = string
  default = "x"
  validation {
    condition     = length(var.name) < 3
    error_message = <<EOT
  Too long.
EOT
  }
}
variable "zones" {
  type    = list(string)
  default = []
  validation {
    condition     = alltrue([for z in var.zones : z != null])
    error_message = "Bad zones: ${join(", ", [for z in var.zones : "<${z}>"])}"
  }
}
"#;

/// Terraform evaluates a validation's message whatever the condition says: an
/// error in it rejects the value even when the condition holds, and a failed
/// condition without a message says so. The message is trimmed.
#[test]
fn validation_messages_are_evaluated_in_any_case() {
    let m = Module::from_sources(&[("variables.tf", MESSAGES)]);
    assert!(m.is_usable(), "{:?}", m.diagnostics);
    let run = |text: &str| check(&m, "t.tfvars", text, Format::Hcl, &Limits::default());
    assert!(run("").valid());
    let r = run("limits = { low = 1 }\n");
    assert_eq!(codes(&r), ["TF008"], "{:?}", r.diagnostics);
    assert_eq!(
        r.diagnostics[0].summary,
        "Invalid template interpolation value"
    );
    let r = run("limits = { low = -1 }\n");
    let mut got: Vec<(&str, &str)> = r
        .diagnostics
        .iter()
        .map(|d| (d.code.id(), d.message.as_str()))
        .collect();
    got.sort();
    assert_eq!(
        got[0],
        ("TF006", "Failed to evaluate condition error message.")
    );
    assert_eq!(got[1].0, "TF008");
    let r = run("name = \"long\"\n");
    assert_eq!(r.diagnostics[0].message, "Too long.");
    // An error inside a function call leaves the message without a value, which
    // Terraform reports as unknown rather than as a failure without a message.
    let r = run("zones = [null]\n");
    let summaries: Vec<&str> = r.diagnostics.iter().map(|d| d.summary.as_str()).collect();
    assert_eq!(
        summaries,
        [
            "Invalid template interpolation value",
            "Invalid error message"
        ]
    );
}

/// A known difference (README): when one condition raises different errors at
/// once (here both operands of `||`), Terraform reports each; the core reports
/// the first.
#[test]
fn several_errors_in_one_condition_report_the_first() {
    let src = r#"
variable "cidr" {
  type    = string
  default = "10.0.0.0/16"
  validation {
    condition     = cidrsubnet(var.cidr, 0, 0) == var.cidr || tonumber(split("/", var.cidr)[1]) > 8
    error_message = "x"
  }
}
"#;
    let m = Module::from_sources(&[("variables.tf", src)]);
    let r = check(
        &m,
        "t.tfvars",
        "cidr = \"10.0.0.0\"\n",
        Format::Hcl,
        &Limits::default(),
    );
    let summaries: Vec<&str> = r.diagnostics.iter().map(|d| d.summary.as_str()).collect();
    assert_eq!(summaries, ["Error in function call"]);
}
