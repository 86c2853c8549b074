//! The npm package's API, run in a browser (headless Chromium) by
//! wasm-bindgen-test: `wasm-pack test --headless --chrome core/npm -- --test wasm_browser`
//! (tests/npm/run.sh). Node's tests of the packed package are in tests/npm/.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Object, Reflect, JSON};
use tfcheck_npm as wasm;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

const EXAMPLE: &str = include_str!("../../../terraform/examples/default/terraform.tfvars");

/// A small module whose verdicts these tests can state exactly.
const MODULE: &str = r#"{"variables.tf": "variable \"name\" {\n  description = \"The name.\"\n  type        = string\n}\n\nvariable \"size\" {\n  description = \"How many.\"\n  type        = number\n  default     = 2\n\n  validation {\n    condition     = var.size >= 1 && var.size <= 5\n    error_message = \"size must be from 1 to 5.\"\n  }\n}\n\nvariable \"mode\" {\n  type    = string\n  default = \"fast\"\n\n  validation {\n    condition     = contains([\"fast\", \"slow\"], var.mode)\n    error_message = \"mode must be fast or slow.\"\n  }\n}\n"}"#;

fn with_module(options: &str) -> JsValue {
    let o = json(options);
    Reflect::set(&o, &"module".into(), &json(MODULE)).unwrap();
    o
}

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).expect("an object")
}

fn json(text: &str) -> JsValue {
    JSON::parse(text).expect("valid JSON")
}

fn codes(result: &JsValue) -> Vec<String> {
    get(result, "diagnostics")
        .unchecked_into::<Array>()
        .iter()
        .map(|d| get(&d, "code").as_string().unwrap_or_default())
        .collect()
}

fn type_error(r: Result<JsValue, JsValue>) -> String {
    let e = r.expect_err("a misuse throws");
    assert!(e.is_instance_of::<js_sys::TypeError>(), "a TypeError");
    String::from(e.unchecked_into::<js_sys::Error>().message())
}

fn diagnostics(result: &JsValue) -> Vec<JsValue> {
    get(result, "diagnostics")
        .unchecked_into::<Array>()
        .iter()
        .collect()
}

#[wasm_bindgen_test]
fn checks_against_a_given_module() {
    let r = wasm::check("name = \"a\"\nsize = 3\n".into(), with_module("{}")).unwrap();
    assert_eq!(get(&r, "valid"), JsValue::TRUE);
    assert!(diagnostics(&r).is_empty());

    let r = wasm::check(
        "name = \"a\"\nsize = 12\nmode = \"odd\"\n".into(),
        with_module(r#"{"filename": "prod.tfvars"}"#),
    )
    .unwrap();
    assert_eq!(get(&r, "valid"), JsValue::FALSE);
    assert_eq!(codes(&r), ["TF006", "TF006"]);
    let d = &diagnostics(&r)[0];
    assert_eq!(get(d, "variable"), "size");
    assert_eq!(get(d, "message"), "size must be from 1 to 5.");
    assert_eq!(get(d, "severity"), "error");
    let range = get(d, "range");
    for (end, line, column) in [("start", 2.0, 8.0), ("end", 2.0, 10.0)] {
        assert_eq!(get(&get(&range, end), "line").as_f64(), Some(line));
        assert_eq!(get(&get(&range, end), "column").as_f64(), Some(column));
    }
    assert_eq!(get(&get(d, "rule"), "file"), "variables.tf");

    // A missing required variable has no range: `null`, as in the CLI's JSON.
    let r = wasm::check("".into(), with_module("{}")).unwrap();
    assert_eq!(codes(&r), ["TF005"]);
    assert!(get(&diagnostics(&r)[0], "range").is_null());
}

#[wasm_bindgen_test]
fn reads_json_by_name_or_by_option() {
    let text = r#"{"name": "a", "size": "two"}"#;
    for opts in [r#"{"filename": "a.tfvars.json"}"#, r#"{"format": "json"}"#] {
        let r = wasm::check(text.into(), with_module(opts)).unwrap();
        assert_eq!(codes(&r), ["TF004"], "{opts}");
    }
    let r = wasm::check(text.into(), with_module("{}")).unwrap();
    assert_eq!(codes(&r), ["TF001"], "read as HCL by default");
}

#[wasm_bindgen_test]
fn checks_the_bundled_module() {
    let text = EXAMPLE.replace("az_count          = 2", "az_count          = 9");
    let r = wasm::check(text.into(), JsValue::UNDEFINED).unwrap();
    assert_eq!(get(&r, "valid"), JsValue::FALSE);
    let az = diagnostics(&r)
        .into_iter()
        .find(|d| get(d, "variable") == "az_count")
        .expect("a diagnostic for az_count");
    assert_eq!(get(&az, "code"), "TF006");
    let start = get(&get(&az, "range"), "start");
    assert_eq!(get(&start, "line").as_f64(), Some(10.0));
    assert_eq!(get(&start, "column").as_f64(), Some(21.0));
    // One NAT gateway for two zones is advice.
    let r = wasm::check(EXAMPLE.into(), JsValue::NULL).unwrap();
    assert!(codes(&r).iter().any(|c| c == "ADV001"));
    let m = wasm::check_module(JsValue::UNDEFINED).unwrap();
    assert_eq!(get(&m, "valid"), JsValue::TRUE);
}

#[wasm_bindgen_test]
fn reports_an_unreadable_module_as_diagnostics() {
    let broken = json(r#"{"main.tf": "variable \"x\" {"}"#);
    let m = wasm::check_module(broken.clone()).unwrap();
    assert_eq!(get(&m, "valid"), JsValue::FALSE);
    assert_eq!(codes(&m), ["MOD001"]);
    let opts = Object::new();
    Reflect::set(&opts, &"module".into(), &broken).unwrap();
    let r = wasm::check("x = 1\n".into(), opts.into()).unwrap();
    assert_eq!(get(&r, "valid"), JsValue::FALSE);
    assert!(codes(&r).iter().any(|c| c == "MOD001"));
}

#[wasm_bindgen_test]
fn lists_variables() {
    let vars: Vec<JsValue> = wasm::variables(json(MODULE))
        .unwrap()
        .unchecked_into::<Array>()
        .iter()
        .collect();
    let names: Vec<String> = vars
        .iter()
        .map(|v| get(v, "name").as_string().unwrap())
        .collect();
    assert_eq!(names, ["name", "size", "mode"]);
    assert_eq!(get(&vars[0], "required"), JsValue::TRUE);
    assert!(get(&vars[0], "default").is_undefined());
    assert_eq!(get(&vars[1], "type"), "number");
    assert_eq!(get(&vars[1], "default").as_f64(), Some(2.0));
    assert_eq!(get(&vars[1], "defaultHcl"), "2");
    assert_eq!(
        JSON::stringify(&get(&vars[2], "enum")).unwrap(),
        r#"["fast","slow"]"#
    );

    let bundled = wasm::variables(JsValue::UNDEFINED)
        .unwrap()
        .unchecked_into::<Array>();
    let retention = bundled
        .iter()
        .find(|v| get(v, "name") == "log_retention_days")
        .expect("log_retention_days");
    assert_eq!(get(&retention, "type"), "number");
    assert!(Array::is_array(&get(&retention, "enum")));
}

#[wasm_bindgen_test]
fn writes_tfvars_only_when_valid() {
    let values = json(r#"{"name": "a", "size": 3}"#);
    let r = wasm::tfvars(values.clone(), with_module("{}")).unwrap();
    assert_eq!(get(&r, "valid"), JsValue::TRUE);
    assert_eq!(get(&r, "text"), "name = \"a\"\nsize = 3\nmode = \"fast\"\n");
    let r = wasm::tfvars(
        values.clone(),
        with_module(r#"{"onlyChanged": true, "describe": true}"#),
    )
    .unwrap();
    assert_eq!(
        get(&r, "text"),
        "# The name.\nname = \"a\"\n\n# How many.\nsize = 3\n"
    );
    let r = wasm::tfvars(
        values,
        with_module(r#"{"format": "json", "onlyChanged": true}"#),
    )
    .unwrap();
    assert_eq!(get(&r, "text"), "{\n  \"name\": \"a\",\n  \"size\": 3\n}\n");

    let r = wasm::tfvars(json(r#"{"name": "a", "size": 9}"#), with_module("{}")).unwrap();
    assert_eq!(get(&r, "valid"), JsValue::FALSE);
    assert_eq!(get(&r, "text"), "");
    assert_eq!(codes(&r), ["TF006"]);
    let r = wasm::tfvars(json(r#"{"size": 3, "colour": "red"}"#), with_module("{}")).unwrap();
    assert_eq!(codes(&r), ["TF009", "TF005"]);
}

#[wasm_bindgen_test]
fn gives_the_schema() {
    let s = wasm::schema(JsValue::UNDEFINED).unwrap();
    assert_eq!(
        get(&s, "$schema"),
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert!(get(&get(&s, "properties"), "vpc_cidr").is_object());
}

#[wasm_bindgen_test]
fn writes_the_backend_config() {
    let outputs = r#"{"backend_config": {"sensitive": false, "type": "object", "value": {"backend": "ecs",
        "aws": {"region": "us-east-1", "ecs": {"cluster": "sockerless", "subnets": ["subnet-12345678"],
        "security_groups": ["sg-12345678"], "task_role_arn": "arn:aws:iam::123456789012:role/task",
        "execution_role_arn": "arn:aws:iam::123456789012:role/exec", "agent_efs_id": "fs-12345678",
        "log_group": "/sockerless", "assign_public_ip": false}}}}}"#;
    let r = wasm::backend_config(outputs.into(), JsValue::UNDEFINED).unwrap();
    assert!(get(&r, "text")
        .as_string()
        .unwrap()
        .starts_with("environments:\n  \"sockerless\":\n    backend: \"ecs\"\n    aws:\n      region: \"us-east-1\"\n"));
    let r = wasm::backend_config(outputs.into(), json(r#"{"format": "json"}"#)).unwrap();
    assert!(get(&r, "text")
        .as_string()
        .unwrap()
        .starts_with("{\n  \"environments\": {\n    \"sockerless\": {"));
    let r = wasm::backend_config("{".into(), JsValue::UNDEFINED).unwrap();
    assert_eq!(get(&r, "valid"), JsValue::FALSE);
    assert_eq!(codes(&r), ["BKD001"]);
}

#[wasm_bindgen_test]
fn misuse_throws_a_type_error_naming_the_argument() {
    assert_eq!(
        type_error(wasm::check(JsValue::from_f64(1.0), JsValue::UNDEFINED)),
        "check: `text` must be a string, got number"
    );
    assert!(
        type_error(wasm::check("".into(), json(r#"{"format": "yaml"}"#)))
            .starts_with("check: `options.format` must be")
    );
    assert!(
        type_error(wasm::check("".into(), json(r#"{"fromat": "json"}"#)))
            .contains("no option \"fromat\"")
    );
    assert!(type_error(wasm::variables(JsValue::from_str("main.tf")))
        .starts_with("variables: `module`"));
    assert!(
        type_error(wasm::tfvars(json("[1]"), JsValue::UNDEFINED)).starts_with("tfvars: `values`")
    );
    assert!(
        type_error(wasm::tfvars(json("{}"), json(r#"{"onlyChanged": "yes"}"#)))
            .starts_with("tfvars: `options.onlyChanged` must be a boolean")
    );
    assert!(
        type_error(wasm::backend_config(JsValue::NULL, JsValue::UNDEFINED))
            .starts_with("backendConfig: `terraformOutputJson`")
    );
}
