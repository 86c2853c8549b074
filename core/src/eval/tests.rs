use super::*;
use crate::value::{Number, Type};

fn ok(src: &str) -> Value {
    eval_str(src).unwrap_or_else(|e| panic!("{src}: {e:?}"))
}

fn fails(src: &str) -> EvalError {
    eval_str(src).expect_err(src)
}

fn num(n: i64) -> Value {
    Value::Number(Number::from_i64(n))
}

#[test]
fn arithmetic_and_comparison_convert_operands() {
    assert_eq!(ok("1 + 2 * 3"), num(7));
    assert_eq!(ok("\"5\" + 1"), num(6));
    assert_eq!(ok("2 > 1 && 1 >= 1"), Value::Bool(true));
    assert_eq!(ok("-(3)"), num(-3));
    assert_eq!(
        fails("\"a\" + 1").detail,
        "Unsuitable value for left operand: a number is required."
    );
    // A null converts to a number; the operation then refuses it (Terraform 1.11).
    let e = fails("null + 1");
    assert_eq!(
        (e.summary.as_str(), e.detail.as_str()),
        (
            "Operation failed",
            "Error during operation: argument must not be null."
        )
    );
    assert_eq!(fails("tonumber(null) < 1").summary, "Operation failed");
    assert_eq!(fails("-tonumber(null)").summary, "Operation failed");
    assert_eq!(fails("!tobool(null)").summary, "Operation failed");
}

#[test]
fn logical_operators_evaluate_both_sides() {
    // Terraform has no short-circuit: the error on the right still counts.
    assert_eq!(fails("true || null").summary, "Operation failed");
    assert_eq!(ok("true && \"true\""), Value::Bool(true));
}

#[test]
fn equality_is_type_sensitive() {
    assert_eq!(ok("[1, 2] == [1, 2]"), Value::Bool(true));
    assert_eq!(ok("\"1\" == 1"), Value::Bool(false));
    assert_eq!(ok("null == null"), Value::Bool(true));
}

#[test]
fn conditionals_unify_and_report_the_chosen_branch_only() {
    assert_eq!(ok("true ? 1 : \"x\""), Value::string("1"));
    assert_eq!(ok("false ? null.x : 2"), num(2));
    assert_eq!(
        fails("true ? \"a\" : [1]").detail,
        "The true and false result expressions must have consistent types. The 'true' value is string, but the 'false' value is tuple."
    );
    assert_eq!(fails("null ? 1 : 2").summary, "Null condition");
}

#[test]
fn for_expressions_build_tuples_and_objects() {
    assert_eq!(
        ok("[for x in [1, 2, 3] : x * 2 if x != 2]"),
        Value::Tuple(vec![num(2), num(6)])
    );
    let v = ok("{for k, v in {a = 1, b = 2} : v => k}");
    assert_eq!(v.entries().unwrap()["1"], Value::string("a"));
    let g = ok("{for s in [\"a\", \"ab\", \"b\"] : substr(s, 0, 1) => s...}");
    assert_eq!(g.entries().unwrap()["a"].len(), Some(2));
    assert_eq!(
        fails("{for s in [\"a\", \"a\"] : s => s}").summary,
        "Duplicate object key"
    );
    assert_eq!(
        fails("[for x in null : x]").summary,
        "Iteration over null value"
    );
}

#[test]
fn splats_map_over_elements() {
    assert_eq!(
        ok("[{a = 1}, {a = 2}][*].a"),
        Value::Tuple(vec![num(1), num(2)])
    );
    assert_eq!(ok("null[*]"), Value::Tuple(vec![]));
    assert_eq!(ok("\"x\"[*]"), Value::Tuple(vec![Value::string("x")]));
    assert_eq!(
        ok("[{a = [1]}, {a = [2]}].*.a[0]"),
        Value::Tuple(vec![num(1)])
    );
    let v = ok("tolist([\"a\"])[*]");
    assert_eq!(v.ty(), Type::list(Type::String));
}

#[test]
fn indexing_follows_terraform() {
    assert_eq!(ok("[1, 2][1]"), num(2));
    assert_eq!(ok("{a = 1}[\"a\"]"), num(1));
    assert_eq!(ok("[1, 2][\"1\"]"), num(2));
    assert_eq!(fails("[1][5]").summary, "Invalid index");
    assert_eq!(fails("null[0]").summary, "Attempt to index null value");
    assert_eq!(fails("{a = 1}.b").summary, "Unsupported attribute");
}

#[test]
fn templates_interpolate_and_run_directives() {
    assert_eq!(ok("\"a-${1 + 1}-${true}\""), Value::string("a-2-true"));
    assert_eq!(
        ok("\"%{ for x in [1, 2] }${x},%{ endfor }\""),
        Value::string("1,2,")
    );
    assert_eq!(
        ok("\"%{ if false }y%{ else }n%{ endif }\""),
        Value::string("n")
    );
    assert_eq!(ok("\"${null}\""), Value::null());
    assert_eq!(
        fails("\"a${null}\"").summary,
        "Invalid template interpolation value"
    );
    assert_eq!(
        fails("\"x${[1]}\"").detail,
        "Cannot include the given value in a string template: string required."
    );
}

#[test]
fn can_and_try_catch_runtime_errors_only() {
    assert_eq!(ok("can(tonumber(\"x\"))"), Value::Bool(false));
    assert_eq!(ok("can(nosuchfunction(1))"), Value::Bool(false));
    assert_eq!(ok("try(tonumber(\"x\"), 5)"), num(5));
    // References Terraform rejects before evaluating are not swallowed.
    assert_eq!(fails("can(var.nope)").kind, ErrorKind::Static);
    assert_eq!(
        fails("can(sha256(\"x\"))").kind,
        ErrorKind::UnsupportedFunction
    );
    assert_eq!(
        fails("try(tonumber(\"x\"))").summary,
        "Error in function call"
    );
}

#[test]
fn constants_only_in_tfvars() {
    let expr = crate::syntax::parse_expr("upper(\"a\")", 64).unwrap();
    let e = Evaluator::new(Env::constant())
        .eval(&expr, None)
        .unwrap_err();
    assert_eq!(e.summary, "Function calls not allowed");
    let expr = crate::syntax::parse_expr("var.x", 64).unwrap();
    let e = Evaluator::new(Env::constant())
        .eval(&expr, None)
        .unwrap_err();
    assert_eq!(e.summary, "Variables not allowed");
}

#[test]
fn the_step_budget_stops_runaway_rules() {
    let expr = crate::syntax::parse_expr(
        "[for a in range(1000) : [for b in range(1000) : a * b]]",
        64,
    )
    .unwrap();
    let vars = BTreeMap::new();
    let env = Env {
        vars: Some(&vars),
        functions: true,
        ..Env::default()
    };
    let e = Evaluator::new(env)
        .with_budget(10_000)
        .eval(&expr, None)
        .unwrap_err();
    assert_eq!(e.kind, ErrorKind::Budget);
}

/// Found by the eval fuzz target (a 10 MB `format` result): what a call or a
/// template builds counts against the budget, so a loop of them stops early
/// instead of allocating gigabytes.
#[test]
fn the_step_budget_counts_what_calls_and_templates_build() {
    let vars = BTreeMap::new();
    let env = Env {
        vars: Some(&vars),
        functions: true,
        ..Env::default()
    };
    for src in [
        r#"[for i in range(1000) : format("%9999999d", i)]"#,
        r#"[for i in range(1000) : "${format("%999999d", i)}${format("%999999d", i)}"]"#,
    ] {
        let expr = crate::syntax::parse_expr(src, 64).unwrap();
        let e = Evaluator::new(env)
            .with_budget(2_000_000)
            .eval(&expr, None)
            .unwrap_err();
        assert_eq!(e.kind, ErrorKind::Budget, "{src}");
    }
}
