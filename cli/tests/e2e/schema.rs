//! `schema`: the core's JSON Schema, printed or written.

use super::harness::*;

#[test]
fn prints_the_schema_of_the_module() {
    let r = run(&["schema", "--module", MODULE]);
    expect_code(&r, 0);
    let s = r.json();
    assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert_eq!(s["required"], serde_json::json!(["name"]));
    assert_eq!(
        s["properties"]["retention"]["enum"],
        serde_json::json!([1, 30, 365, null])
    );
    assert_eq!(s["properties"]["az_count"]["default"], 2);
}

#[test]
fn the_embedded_module_and_output_files() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("schema.json");
    let r = run(&["schema", "-o", out.to_str().unwrap()]);
    expect_code(&r, 0);
    let s: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert!(s["properties"]["az_count"].is_object());
    assert!(s["properties"]["vpc_cidr"]["description"].is_string());
    let r = run(&["schema", "--module", "no/such/dir"]);
    expect_code(&r, 2);
    let r = run(&["schema", "-o", "/no/such/dir/schema.json"]);
    expect_code(&r, 2);
    assert!(
        r.stderr.contains("cannot write /no/such/dir/schema.json"),
        "{}",
        r.stderr
    );
}
