//! Property tests (proptest) on random inputs:
//!
//! 1. tfvars emitted in HCL (`emit::hcl`) from any value set read back as the same
//!    values, with the same verdict as checking the values directly, and a valid
//!    value set (the values a check keeps) survives a second round trip unchanged;
//! 2. the HCL and JSON emissions of the same values get the same verdict, the same
//!    diagnostics and the same values;
//! 3. the CIDR functions (cidrhost, cidrnetmask, cidrsubnet, cidrsubnets) and the
//!    rules' CIDR code (`rules::cidr`) agree with `ipnet` and integer arithmetic.
//!
//! Value sets are generated from a module's variables (`Module::variable_infos`:
//! types, defaults, allowed values, patterns, ranges), for the ECS module and for a
//! module with richer types; each variable is left out, given a value of its type
//! (often a valid one, often one its rules refuse) or given a value of the wrong
//! type. Case counts are moderate so that `cargo test` stays fast; set
//! PROPTEST_CASES to run more.

use ipnet::{Ipv4Net, Ipv6Net};
use proptest::prelude::*;
use proptest::test_runner::Config;
use std::collections::BTreeMap;
use std::net::{Ipv4Addr, Ipv6Addr};
use tfcheck_core::emit::{self, TfvarsOptions};
use tfcheck_core::eval::eval_str;
use tfcheck_core::module::Hints;
use tfcheck_core::syntax::DEFAULT_MAX_DEPTH;
use tfcheck_core::value::{nfc, Number, Type, Value};
use tfcheck_core::{tfvars, CheckResult, Checker, Format, Limits, Module};
use tfcheck_ecs::cidr::Cidr;

/// PROPTEST_CASES, or `default`.
fn cases(default: u32) -> Config {
    let n = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default);
    Config {
        cases: n,
        // Failures are reported with their minimal input; no files are written.
        failure_persistence: None,
        ..Config::default()
    }
}

// ---- modules ----------------------------------------------------------------

/// Richer types than the ECS module has: sets, objects with optional attributes
/// and defaults, nested collections, tuples, `any`, a non-nullable and a
/// required variable, and validations over each.
const RICH: &str = r#"
variable "label" {
  type     = string
  nullable = false
  default  = "x"
  validation {
    condition     = length(var.label) <= 10
    error_message = "label is at most 10 characters."
  }
}
variable "size" {
  type    = number
  default = 1
  validation {
    condition     = var.size >= 0 && var.size <= 100 && floor(var.size) == var.size
    error_message = "size is a whole number from 0 to 100."
  }
}
variable "flag" {
  type    = bool
  default = false
}
variable "names" {
  type    = set(string)
  default = []
  validation {
    condition     = alltrue([for n in var.names : can(regex("^[a-z]+$", n))])
    error_message = "names are lowercase letters."
  }
}
variable "ports" {
  type    = list(number)
  default = []
  validation {
    condition     = alltrue([for p in var.ports : p >= 1 && p <= 65535])
    error_message = "ports are from 1 to 65535."
  }
}
variable "settings" {
  type = object({
    mode   = optional(string, "auto")
    count  = number
    labels = optional(map(string), {})
  })
  default = null
}
variable "matrix" {
  type    = map(list(number))
  default = {}
}
variable "pair" {
  type    = tuple([string, bool])
  default = ["a", true]
}
variable "anything" {
  type    = any
  default = null
}
variable "owner" {
  type = string
}
"#;

fn ecs() -> &'static Module {
    static M: std::sync::OnceLock<Module> = std::sync::OnceLock::new();
    M.get_or_init(tfcheck_ecs::module)
}

/// The checker of `module` (one of [`ecs`] and [`rich`]), kept for every case
/// as a face keeps it: the ECS module's with the ECS rules.
fn checker(module: &'static Module) -> &'static Checker<'static> {
    static ECS: std::sync::OnceLock<Checker<'static>> = std::sync::OnceLock::new();
    static RICH: std::sync::OnceLock<Checker<'static>> = std::sync::OnceLock::new();
    if std::ptr::eq(module, ecs()) {
        ECS.get_or_init(|| Checker::borrowed(module).with_rules(tfcheck_ecs::RULES))
    } else {
        RICH.get_or_init(|| Checker::borrowed(module))
    }
}

fn rich() -> &'static Module {
    static M: std::sync::OnceLock<Module> = std::sync::OnceLock::new();
    M.get_or_init(|| {
        let m = Module::from_sources(&[("variables.tf", RICH)]);
        assert!(m.is_usable(), "{:?}", m.diagnostics);
        m
    })
}

// ---- values -----------------------------------------------------------------
//
// Values are generated in the shapes a tfvars file gives them (strings, numbers,
// bools, null, tuples and objects), which Terraform then converts to the
// variable's type. Strings are NFC, as every Terraform string is.

fn string(s: impl Into<String>) -> Value {
    Value::String(nfc::nfc_owned(s.into()))
}

fn number(text: &str) -> Value {
    Value::Number(Number::parse(text).expect("a decimal number"))
}

/// Strings that are awkward to write down: quotes, escapes, template markers,
/// control characters, non-ASCII, decomposed accents (normalised), a BOM.
fn awkward_string() -> BoxedStrategy<Value> {
    prop_oneof![
        "[a-z][a-z0-9-]{0,12}",
        "\\PC{0,12}",
        prop::sample::select(vec![
            "",
            " ",
            "${var.x}",
            "%{ if true }y%{ endif }",
            "$${x}",
            "$",
            "%",
            "a\"b",
            "back\\slash",
            "line\nbreak",
            "tab\there",
            "cr\rhere",
            "\u{1}\u{7f}\u{85}",
            "e\u{301}",
            "\u{feff}bom",
            "日本語",
            "true",
            "null",
            "42",
            "-1.5",
            "1e3",
        ])
        .prop_map(str::to_string),
    ]
    .prop_map(string)
    .boxed()
}

/// Decimal numbers: small and large integers, fractions, exponents, negatives.
fn any_number() -> BoxedStrategy<Value> {
    prop_oneof![
        any::<i64>().prop_map(Value::number),
        (-1000i64..1000).prop_map(Value::number),
        "-?[0-9]{1,30}(\\.[0-9]{1,20})?".prop_map(|s| number(&s)),
        "-?[1-9]\\.[0-9]{0,8}e[+-]?[0-9]{1,2}".prop_map(|s| number(&s)),
    ]
    .boxed()
}

/// A number near the hinted range (inside it and just outside), or any number.
fn number_for(h: &Hints) -> BoxedStrategy<Value> {
    let lo = h.minimum.as_ref().and_then(Number::to_i64);
    let hi = h.maximum.as_ref().and_then(Number::to_i64);
    let (lo, hi) = match (lo, hi) {
        (Some(l), Some(h)) => (l, h),
        (Some(l), None) => (l, l + 1000),
        (None, Some(h)) => (h - 1000, h),
        (None, None) => return any_number(),
    };
    prop_oneof![
        4 => (lo - 2..=hi + 2).prop_map(Value::number),
        1 => (lo..=hi).prop_map(|n| number(&format!("{n}.5"))),
        1 => any_number(),
    ]
    .boxed()
}

/// A string matching the hinted pattern, or an allowed value, or anything.
fn string_for(h: &Hints) -> BoxedStrategy<Value> {
    let mut options: Vec<(u32, BoxedStrategy<Value>)> = vec![(1, awkward_string())];
    if let Some(p) = &h.pattern {
        let p = p.trim_start_matches('^').trim_end_matches('$');
        if let Ok(s) = proptest::string::string_regex(p) {
            options.push((2, s.prop_map(string).boxed()));
        }
    }
    if p_is_cidr(h) {
        options.push((2, cidr_text().prop_map(string).boxed()));
    }
    let one_of = proptest::strategy::Union::new_weighted(options).boxed();
    match &h.enum_values {
        Some(vals) if !vals.is_empty() => prop_oneof![
            3 => prop::sample::select(vals.clone()),
            1 => one_of,
        ]
        .boxed(),
        _ => one_of,
    }
}

fn p_is_cidr(h: &Hints) -> bool {
    h.pattern.as_deref().is_some_and(|p| p.contains('/'))
}

/// Dotted-quad CIDRs, mostly private and aligned, as a module's networks are.
fn cidr_text() -> impl Strategy<Value = String> {
    prop_oneof![
        (0u8..4, 16u8..=28).prop_map(|(b, p)| format!("10.{b}.0.0/{p}")),
        (0u8..=255, 0u8..=255, 16u8..=28).prop_map(|(b, c, p)| format!("10.{b}.{c}.0/{p}")),
        (any::<[u8; 4]>(), 0u8..=32)
            .prop_map(|(o, p)| format!("{}.{}.{}.{}/{p}", o[0], o[1], o[2], o[3])),
    ]
}

/// A value of type `ty` (after conversion), shaped by the variable's hints.
fn valid_for(ty: &Type, h: &Hints, nullable: bool, depth: u32) -> BoxedStrategy<Value> {
    let items = h.items.as_deref().cloned().unwrap_or_default();
    let v: BoxedStrategy<Value> = match ty {
        Type::String => prop_oneof![
            8 => string_for(h),
            1 => any_number(),
            1 => any::<bool>().prop_map(Value::Bool),
        ]
        .boxed(),
        Type::Number => {
            let nums = match &h.enum_values {
                Some(vals) if !vals.is_empty() => prop_oneof![
                    3 => prop::sample::select(vals.clone()),
                    1 => number_for(h),
                ]
                .boxed(),
                _ => number_for(h),
            };
            prop_oneof![
                6 => nums,
                1 => (-50i64..50).prop_map(|n| string(n.to_string())),
            ]
            .boxed()
        }
        Type::Bool => prop_oneof![
            4 => any::<bool>().prop_map(Value::Bool),
            1 => prop::sample::select(vec!["true", "false"]).prop_map(string),
        ]
        .boxed(),
        Type::List(e) | Type::Set(e) => {
            prop::collection::vec(valid_for(e, &items, false, depth + 1), 0..5)
                .prop_map(Value::Tuple)
                .boxed()
        }
        Type::Map(e) => {
            prop::collection::btree_map(key(), valid_for(e, &items, false, depth + 1), 0..4)
                .prop_map(Value::Object)
                .boxed()
        }
        Type::Object(o) => {
            let attrs: Vec<BoxedStrategy<Option<(String, Value)>>> = o
                .attrs
                .iter()
                .map(|(name, t)| {
                    let name = name.clone();
                    let v = valid_for(t, &Hints::default(), true, depth + 1);
                    if o.optional.contains(&name) {
                        prop::option::of(v.prop_map(move |v| (name.clone(), v))).boxed()
                    } else {
                        v.prop_map(move |v| Some((name.clone(), v))).boxed()
                    }
                })
                .collect();
            attrs
                .prop_map(|kv| Value::Object(kv.into_iter().flatten().collect()))
                .boxed()
        }
        Type::Tuple(ts) => ts
            .iter()
            .map(|t| valid_for(t, &Hints::default(), true, depth + 1))
            .collect::<Vec<_>>()
            .prop_map(Value::Tuple)
            .boxed(),
        Type::Dynamic => any_literal(depth),
    };
    if nullable {
        prop_oneof![8 => v, 1 => Just(Value::null())].boxed()
    } else {
        v
    }
}

/// Object keys: identifiers, keywords, and keys that must be quoted.
fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z][a-z0-9_-]{0,8}",
        "[A-Z][a-zA-Z ]{0,8}",
        prop::sample::select(vec![
            "true", "null", "for", "if", "in", "0", "1a", "a.b", "a b", "é", "${x}", "",
        ])
        .prop_map(str::to_string),
    ]
    .prop_map(nfc::nfc_owned)
}

/// Any literal a tfvars file can hold, nested a few levels at most.
fn any_literal(depth: u32) -> BoxedStrategy<Value> {
    let leaf = prop_oneof![
        awkward_string(),
        any_number(),
        any::<bool>().prop_map(Value::Bool),
        Just(Value::null()),
    ]
    .boxed();
    if depth >= 2 {
        return leaf;
    }
    prop_oneof![
        3 => leaf,
        1 => prop::collection::vec(any_literal(depth + 1), 0..4).prop_map(Value::Tuple),
        1 => prop::collection::btree_map(key(), any_literal(depth + 1), 0..4).prop_map(Value::Object),
    ]
    .boxed()
}

/// A value that cannot be converted to `ty` (or a null where null is refused).
fn invalid_for(ty: &Type, nullable: bool) -> BoxedStrategy<Value> {
    let not_a_string = prop_oneof![
        Just(Value::Tuple(vec![])),
        Just(Value::Object(BTreeMap::new())),
        any_number().prop_map(|n| Value::Tuple(vec![n])),
    ]
    .boxed();
    let v: BoxedStrategy<Value> = match ty {
        Type::String => not_a_string,
        Type::Number => prop_oneof![
            prop::sample::select(vec!["abc", "", "1_000", "0x10", " 1", "NaN", "one"])
                .prop_map(string),
            any::<bool>().prop_map(Value::Bool),
            not_a_string,
        ]
        .boxed(),
        Type::Bool => prop_oneof![
            prop::sample::select(vec!["yes", "1", "True", ""]).prop_map(string),
            any_number(),
            not_a_string,
        ]
        .boxed(),
        Type::List(e) | Type::Set(e) => {
            let e = (**e).clone();
            prop_oneof![
                awkward_string(),
                Just(Value::Object(BTreeMap::new())),
                invalid_for(&e, false).prop_map(|x| Value::Tuple(vec![x])),
            ]
            .boxed()
        }
        Type::Map(e) => {
            let e = (**e).clone();
            prop_oneof![
                awkward_string(),
                Just(Value::Tuple(vec![Value::Bool(true)])),
                (key(), invalid_for(&e, false))
                    .prop_map(|(k, x)| Value::Object([(k, x)].into_iter().collect())),
            ]
            .boxed()
        }
        Type::Object(_) => prop_oneof![
            awkward_string(),
            Just(Value::Object(BTreeMap::new())),
            Just(Value::Tuple(vec![])),
        ]
        .boxed(),
        Type::Tuple(ts) => {
            let n = ts.len();
            prop_oneof![
                awkward_string(),
                prop::collection::vec(any_number(), (n + 1)..(n + 3)).prop_map(Value::Tuple),
            ]
            .boxed()
        }
        // Anything converts to `any`; only a refused null is wrong.
        Type::Dynamic => any_literal(1),
    };
    if nullable {
        v
    } else {
        prop_oneof![3 => v, 1 => Just(Value::null())].boxed()
    }
}

/// A typed value (a default) as a tfvars file writes it: collections as tuples
/// and objects, nulls untyped.
fn raw(v: Value) -> Value {
    match v {
        Value::Null(_) => Value::null(),
        Value::List(_, vs) | Value::Set(_, vs) | Value::Tuple(vs) => {
            Value::Tuple(vs.into_iter().map(raw).collect())
        }
        Value::Map(_, m) | Value::Object(m) => {
            Value::Object(m.into_iter().map(|(k, v)| (k, raw(v))).collect())
        }
        other => other,
    }
}

/// A value its rules most likely accept: the default, an allowed value, a whole
/// number in range, a string matching the pattern, an empty collection.
fn plausible_for(ty: &Type, h: &Hints, default: Option<Value>) -> BoxedStrategy<Value> {
    let mut options: Vec<(u32, BoxedStrategy<Value>)> = Vec::new();
    if let Some(d) = default {
        options.push((3, Just(raw(d)).boxed()));
    }
    if let Some(vals) = h.enum_values.as_ref().filter(|v| !v.is_empty()) {
        let vals: Vec<Value> = vals.iter().cloned().map(raw).collect();
        options.push((4, prop::sample::select(vals).boxed()));
    }
    match ty {
        Type::Number => {
            let lo = h.minimum.as_ref().and_then(Number::to_i64).unwrap_or(0);
            let hi = h
                .maximum
                .as_ref()
                .and_then(Number::to_i64)
                .unwrap_or(lo + 1000);
            options.push((3, (lo..=hi).prop_map(Value::number).boxed()));
        }
        Type::String if p_is_cidr(h) => {
            let net = (0u8..=255).prop_map(|b| string(format!("10.{b}.0.0/16")));
            options.push((3, net.boxed()));
        }
        Type::String => {
            if let Some(p) = &h.pattern {
                let p = p.trim_start_matches('^').trim_end_matches('$');
                if let Ok(s) = proptest::string::string_regex(p) {
                    // Cut to the longest length allowed (which may leave it
                    // not matching: most values still do).
                    let max = h.max_length.unwrap_or(64) as usize;
                    let cut = move |s: String| string(s.chars().take(max).collect::<String>());
                    options.push((3, s.prop_map(cut).boxed()));
                }
            }
        }
        Type::Bool => options.push((3, any::<bool>().prop_map(Value::Bool).boxed())),
        Type::List(_) | Type::Set(_) => options.push((1, Just(Value::Tuple(vec![])).boxed())),
        Type::Map(_) => {
            let tag = ("[A-Z][a-z]{1,8}", "[a-z0-9 ]{0,12}").prop_map(|(k, v)| (k, string(v)));
            let tags = prop::collection::btree_map(
                tag.prop_map(|(k, _)| k),
                "[a-z0-9]{0,12}".prop_map(string),
                0..3,
            );
            options.push((2, tags.prop_map(Value::Object).boxed()));
        }
        _ => {}
    }
    if options.is_empty() {
        return valid_for(ty, h, false, 0);
    }
    proptest::strategy::Union::new_weighted(options).boxed()
}

/// A value set for `module`. Mixed: each variable left out, given a value of its
/// type (which its rules may refuse) or a value of the wrong type. Plausible:
/// most variables left out, the others given values their own rules accept.
fn value_set(module: &'static Module) -> BoxedStrategy<BTreeMap<String, Value>> {
    let mixed: Vec<BoxedStrategy<Option<(String, Value)>>> = module
        .variable_infos()
        .into_iter()
        .map(|info| {
            let var = module.variable(&info.name).expect("declared");
            let name = info.name.clone();
            let valid = valid_for(&var.ty, &info.hints, info.nullable, 0);
            let invalid = invalid_for(&var.ty, info.nullable);
            let absent = if info.required { 1 } else { 6 };
            prop_oneof![
                absent => Just(None),
                8 => valid.prop_map(Some),
                1 => invalid.prop_map(Some),
            ]
            .prop_map(move |v| v.map(|v| (name.clone(), v)))
            .boxed()
        })
        .collect();
    let plausible: Vec<BoxedStrategy<Option<(String, Value)>>> = module
        .variable_infos()
        .into_iter()
        .map(|info| {
            let var = module.variable(&info.name).expect("declared");
            let name = info.name.clone();
            let v = plausible_for(&var.ty, &info.hints, info.default.clone());
            let absent = if info.required { 0 } else { 6 };
            prop_oneof![absent => Just(None), 2 => v.prop_map(Some)]
                .prop_map(move |v| v.map(|v| (name.clone(), v)))
                .boxed()
        })
        .collect();
    prop_oneof![mixed, plausible]
        .prop_map(|kv| kv.into_iter().flatten().collect())
        .boxed()
}

// ---- comparing results -------------------------------------------------------

/// What a verdict says, without positions (a file's diagnostics have ranges;
/// values checked directly have none), sorted.
fn said(r: &CheckResult) -> Vec<(String, String, String, Option<String>)> {
    let mut v: Vec<_> = r
        .diagnostics
        .iter()
        .map(|d| {
            (
                d.code.id().to_string(),
                d.summary.clone(),
                d.message.clone(),
                d.variable.clone(),
            )
        })
        .collect();
    v.sort();
    v
}

fn same_values(a: &BTreeMap<String, Value>, b: &BTreeMap<String, Value>) -> Result<(), String> {
    if a.len() != b.len() || a.keys().ne(b.keys()) {
        return Err(format!(
            "different variables: {:?} and {:?}",
            a.keys().collect::<Vec<_>>(),
            b.keys().collect::<Vec<_>>()
        ));
    }
    for (k, x) in a {
        if !identical(x, &b[k]) {
            return Err(format!("{k}: {x:?} and {:?}", b[k]));
        }
    }
    Ok(())
}

/// Terraform's equality, plus numbers printed the same (`==` compares
/// non-integers by their printed text) and nulls of the same type.
fn identical(a: &Value, b: &Value) -> bool {
    if !a.equals(b) {
        return false;
    }
    match (a, b) {
        (Value::Null(s), Value::Null(t)) => s == t,
        (Value::Number(x), Value::Number(y)) => x.to_parts() == y.to_parts(),
        _ => match (a.elements(), b.elements(), a.entries(), b.entries()) {
            (Some(x), Some(y), _, _) => x.iter().zip(y).all(|(p, q)| identical(p, q)),
            (_, _, Some(x), Some(y)) => x.values().zip(y.values()).all(|(p, q)| identical(p, q)),
            _ => true,
        },
    }
}

/// Reads an emitted file back: it must parse, set exactly `values` in declaration
/// order, and repeat no key.
fn read_back(
    module: &Module,
    text: &str,
    format: Format,
    values: &BTreeMap<String, Value>,
) -> Result<(), TestCaseError> {
    let file = match format {
        Format::Hcl => "emitted.tfvars",
        Format::Json => "emitted.tfvars.json",
    };
    let parsed = tfvars::read(text, file, format, DEFAULT_MAX_DEPTH)
        .map_err(|e| TestCaseError::fail(format!("{format:?} does not parse: {e:?}\n{text}")))?;
    prop_assert!(parsed.repeated_keys.is_empty(), "{text}");
    let names: Vec<&str> = parsed.assignments.iter().map(|a| a.name.as_str()).collect();
    let declared: Vec<&str> = module
        .variables
        .iter()
        .map(|v| v.name.as_str())
        .filter(|n| values.contains_key(*n))
        .collect();
    prop_assert_eq!(names, declared);
    let mut read = BTreeMap::new();
    for a in parsed.assignments {
        let v = a
            .value
            .map_err(|e| TestCaseError::fail(format!("{}: {e:?}\n{text}", a.name)))?;
        read.insert(a.name, v);
    }
    same_values(values, &read).map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
    Ok(())
}

/// The verdicts of `a` and `b` agree: validity, every diagnostic (code, summary,
/// message, variable) and every value.
fn same_verdict(a: &CheckResult, b: &CheckResult, what: &str) -> Result<(), TestCaseError> {
    prop_assert_eq!(a.valid(), b.valid(), "{}", what);
    prop_assert_eq!(said(a), said(b), "{}", what);
    same_values(&a.values, &b.values).map_err(|e| TestCaseError::fail(format!("{what}: {e}")))?;
    Ok(())
}

/// Property 1 on one module and value set.
fn hcl_round_trip(
    module: &'static Module,
    values: &BTreeMap<String, Value>,
) -> Result<(), TestCaseError> {
    let limits = Limits::default();
    let text = emit::hcl::tfvars(module, values, TfvarsOptions::default());
    read_back(module, &text, Format::Hcl, values)?;
    let from_file = checker(module).check("emitted.tfvars", &text, Format::Hcl, &limits);
    let direct = checker(module).check_values(values, &limits);
    same_verdict(
        &from_file,
        &direct,
        &format!("file and values differ:\n{text}"),
    )?;

    // The values the check kept (converted to their types: the valid part of
    // the set) go round again unchanged, with the same verdict on them.
    let kept: BTreeMap<String, Value> = from_file
        .values
        .iter()
        .filter(|(k, _)| values.contains_key(*k))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let again = emit::hcl::tfvars(module, &kept, TfvarsOptions::default());
    let second = checker(module).check("again.tfvars", &again, Format::Hcl, &limits);
    let kept_direct = checker(module).check_values(&kept, &limits);
    same_verdict(&second, &kept_direct, &format!("second round:\n{again}"))?;
    let kept_again: BTreeMap<String, Value> = second
        .values
        .iter()
        .filter(|(k, _)| kept.contains_key(*k))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    same_values(&kept, &kept_again)
        .map_err(|e| TestCaseError::fail(format!("second round changed {e}\n{again}")))?;
    if from_file.valid() {
        prop_assert!(second.valid(), "{}", again);
    }
    Ok(())
}

/// Property 2 on one module and value set.
fn hcl_and_json_agree(
    module: &'static Module,
    values: &BTreeMap<String, Value>,
) -> Result<(), TestCaseError> {
    let limits = Limits::default();
    let hcl = emit::hcl::tfvars(module, values, TfvarsOptions::default());
    let json = emit::json::tfvars(module, values, TfvarsOptions::default());
    read_back(module, &json, Format::Json, values)?;
    let a = checker(module).check("emitted.tfvars", &hcl, Format::Hcl, &limits);
    let b = checker(module).check("emitted.tfvars.json", &json, Format::Json, &limits);
    same_verdict(&a, &b, &format!("HCL and JSON differ:\n{hcl}\n{json}"))
}

/// The generators make both kinds of value set: ones the module accepts and
/// ones it refuses (so the properties above are not about errors only).
#[test]
fn value_sets_are_both_valid_and_invalid() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    for module in [ecs(), rich()] {
        let mut runner = TestRunner::deterministic();
        let strategy = value_set(module);
        let valid = (0..60)
            .filter(|_| {
                let values = strategy.new_tree(&mut runner).unwrap().current();
                checker(module)
                    .check_values(&values, &Limits::default())
                    .valid()
            })
            .count();
        assert!((6..=54).contains(&valid), "{valid} of 60 valid");
    }
}

proptest! {
    #![proptest_config(cases(64))]

    #[test]
    fn ecs_hcl_emission_reads_back_with_the_same_values_and_verdict(values in value_set(ecs())) {
        hcl_round_trip(ecs(), &values)?;
    }

    #[test]
    fn rich_types_hcl_emission_reads_back_with_the_same_values_and_verdict(values in value_set(rich())) {
        hcl_round_trip(rich(), &values)?;
    }

    #[test]
    fn ecs_hcl_and_json_emissions_get_the_same_verdict(values in value_set(ecs())) {
        hcl_and_json_agree(ecs(), &values)?;
    }

    #[test]
    fn rich_types_hcl_and_json_emissions_get_the_same_verdict(values in value_set(rich())) {
        hcl_and_json_agree(rich(), &values)?;
    }
}

// ---- CIDR --------------------------------------------------------------------

/// Calls a function through the evaluator, as a module's rule would.
fn call(expr: &str) -> Result<Value, String> {
    eval_str(expr).map_err(|e| e.detail)
}

fn call_str(expr: &str) -> Result<String, String> {
    call(expr).map(|v| match v {
        Value::String(s) => s,
        other => panic!("{expr} gave {other:?}"),
    })
}

/// An IPv4 network as `ipnet` builds it, written with the given address (host
/// bits and all).
fn v4(addr: u32, prefix: u8) -> (String, Ipv4Net) {
    let ip = Ipv4Addr::from(addr);
    (
        format!("{ip}/{prefix}"),
        Ipv4Net::new(ip, prefix).unwrap().trunc(),
    )
}

/// An IPv6 network outside ::ffff:0:0/96 and ::/16, where Go writes and compares
/// addresses as IPv4 ones: the first group is never zero and the prefix keeps it.
fn v6_strategy() -> impl Strategy<Value = (String, Ipv6Net)> {
    (
        0x2000u16..0xfeff,
        prop::array::uniform7(prop_oneof![Just(0u16), any::<u16>()]),
        16u8..=128,
    )
        .prop_map(|(first, rest, prefix)| {
            let mut g = [0u16; 8];
            g[0] = first;
            g[1..].copy_from_slice(&rest);
            let ip = Ipv6Addr::from(g);
            (
                format!("{ip}/{prefix}"),
                Ipv6Net::new(ip, prefix).unwrap().trunc(),
            )
        })
}

/// The address `n` places from the start of the network, counting back from its
/// end when negative (go-cidr's HostFromBig); None when the network is too small.
fn host_index(n: i128, host_bits: u32) -> Option<u128> {
    let size: u128 = if host_bits >= 128 {
        u128::MAX
    } else {
        1u128 << host_bits
    };
    if n >= 0 {
        ((n as u128) < size || host_bits >= 128).then_some(n as u128)
    } else {
        let back = n.unsigned_abs();
        (back <= size).then(|| size - back)
    }
}

/// cidrsubnets as go-cidr allocates: each subnet starts at the first address
/// aligned to its size past the previous one (the first at the base's start), and
/// must lie inside the base without wrapping around the address space.
fn subnets_model(
    base: u128,
    prefix: u32,
    bits: u32,
    newbits: &[i64],
) -> Result<Vec<(u128, u32)>, ()> {
    let space: u128 = if bits == 128 {
        u128::MAX
    } else {
        (1u128 << bits) - 1
    };
    let base_last = base | (space >> prefix.min(bits - 1) >> u32::from(prefix >= bits));
    let mut last = base.wrapping_sub(1) & space;
    let mut out = Vec::new();
    for &nb in newbits {
        if !(1..=32).contains(&nb) || i64::from(prefix) + nb > i64::from(bits) {
            return Err(());
        }
        let len = prefix + nb as u32;
        let host = bits - len;
        let block = (last >> host).checked_add(1).ok_or(())?;
        if host < 128 && bits - host < 128 && block >> (bits - host) != 0 {
            return Err(()); // past the end of the address space
        }
        let start = block << host;
        if start == 0 || start < base || start > base_last {
            return Err(());
        }
        last = start | (((1u128 << host) - 1) & space);
        out.push((start, len));
    }
    Ok(out)
}

proptest! {
    #![proptest_config(cases(256))]

    #[test]
    fn cidrhost_agrees_with_ipnet_v4(addr in any::<u32>(), prefix in 0u8..=32, n in prop_oneof![-300i64..300, any::<i32>().prop_map(i64::from)]) {
        let (text, net) = v4(addr, prefix);
        let got = call_str(&format!("cidrhost({text:?}, {n})"));
        let want = host_index(i128::from(n), 32 - u32::from(prefix))
            .map(|i| Ipv4Addr::from(u32::from(net.network()) + i as u32).to_string());
        match want {
            Some(w) => prop_assert_eq!(got, Ok(w)),
            None => prop_assert!(got.is_err(), "{:?}", got),
        }
    }

    #[test]
    fn cidrhost_agrees_with_ipnet_v6((text, net) in v6_strategy(), n in prop_oneof![-300i64..300, any::<i64>()]) {
        let got = call_str(&format!("cidrhost({text:?}, {n})"));
        let want = host_index(i128::from(n), 128 - u32::from(net.prefix_len()))
            .map(|i| Ipv6Addr::from(u128::from(net.network()) + i).to_string());
        match want {
            Some(w) => prop_assert_eq!(got, Ok(w)),
            None => prop_assert!(got.is_err(), "{:?}", got),
        }
    }

    #[test]
    fn cidrnetmask_agrees_with_ipnet(addr in any::<u32>(), prefix in 0u8..=32, (v6, _) in v6_strategy()) {
        let (text, net) = v4(addr, prefix);
        prop_assert_eq!(call_str(&format!("cidrnetmask({text:?})")), Ok(net.netmask().to_string()));
        let got = call_str(&format!("cidrnetmask({v6:?})"));
        prop_assert!(got.is_err(), "{:?}", got);
    }

    #[test]
    fn cidrsubnet_agrees_with_ipnet_v4(addr in any::<u32>(), prefix in 0u8..=32, newbits in 0i64..=34, netnum in prop_oneof![0u64..300, any::<u32>().prop_map(u64::from)]) {
        let (text, net) = v4(addr, prefix);
        let got = call_str(&format!("cidrsubnet({text:?}, {newbits}, {netnum})"));
        let len = i64::from(prefix) + newbits;
        if len > 32 || netnum >= 1u64 << newbits {
            prop_assert!(got.is_err(), "{:?}", got);
        } else {
            let start = u32::from(net.network()) as u64 + (netnum << (32 - len));
            let want = Ipv4Net::new(Ipv4Addr::from(start as u32), len as u8).unwrap();
            prop_assert_eq!(got, Ok(want.to_string()));
        }
    }

    #[test]
    fn cidrsubnet_agrees_with_ipnet_v6((text, net) in v6_strategy(), newbits in 0i64..=40, netnum in prop_oneof![0u64..300, any::<u32>().prop_map(u64::from)]) {
        let got = call_str(&format!("cidrsubnet({text:?}, {newbits}, {netnum})"));
        let len = i64::from(net.prefix_len()) + newbits;
        if len > 128 || netnum >= 1u64 << newbits {
            prop_assert!(got.is_err(), "{:?}", got);
        } else {
            let start = u128::from(net.network()) + (u128::from(netnum) << (128 - len));
            let want = Ipv6Net::new(Ipv6Addr::from(start), len as u8).unwrap();
            prop_assert_eq!(got, Ok(want.to_string()));
        }
    }

    #[test]
    fn cidrsubnets_agrees_with_ipnet_v4(addr in any::<u32>(), prefix in 0u8..=30, newbits in prop::collection::vec(prop_oneof![8 => 1i64..=8, 1 => -1i64..=34], 0..6)) {
        let (text, net) = v4(addr, prefix);
        let args: String = newbits.iter().map(|n| format!(", {n}")).collect();
        let got = call(&format!("cidrsubnets({text:?}{args})"));
        let want = subnets_model(u128::from(u32::from(net.network())), u32::from(prefix), 32, &newbits);
        match want {
            Ok(subnets) => {
                let want: Vec<Value> = subnets
                    .iter()
                    .map(|(s, l)| string(Ipv4Net::new(Ipv4Addr::from(*s as u32), *l as u8).unwrap().to_string()))
                    .collect();
                let got = got.map_err(TestCaseError::fail)?;
                prop_assert!(got.elements().is_some_and(|g| g.len() == want.len() && g.iter().zip(&want).all(|(a, b)| a.equals(b))), "{:?} != {:?}", got, want);
            }
            Err(()) => prop_assert!(got.is_err(), "{} gave {:?}", text, got),
        }
    }

    #[test]
    fn cidrsubnets_agrees_with_ipnet_v6((text, net) in v6_strategy(), newbits in prop::collection::vec(prop_oneof![8 => 1i64..=16, 1 => -1i64..=34], 0..6)) {
        let args: String = newbits.iter().map(|n| format!(", {n}")).collect();
        let got = call(&format!("cidrsubnets({text:?}{args})"));
        let want = subnets_model(u128::from(net.network()), u32::from(net.prefix_len()), 128, &newbits);
        match want {
            Ok(subnets) => {
                let want: Vec<Value> = subnets
                    .iter()
                    .map(|(s, l)| string(Ipv6Net::new(Ipv6Addr::from(*s), *l as u8).unwrap().to_string()))
                    .collect();
                let got = got.map_err(TestCaseError::fail)?;
                prop_assert!(got.elements().is_some_and(|g| g.len() == want.len() && g.iter().zip(&want).all(|(a, b)| a.equals(b))), "{:?} != {:?}", got, want);
            }
            Err(()) => prop_assert!(got.is_err(), "{} gave {:?}", text, got),
        }
    }

    /// The rules' parser (`rules::cidr`, on `ipnet`) and the functions' parser
    /// (Go's, which also takes leading zeros) read the same network; canonical
    /// form, capacity, overlap and containment match integer arithmetic.
    #[test]
    fn rules_cidr_agrees_with_ipnet_and_cidrhost(
        a in (any::<[u8; 4]>(), 0u8..=32, prop::array::uniform4(0usize..=2)),
        b in (any::<[u8; 4]>(), 0u8..=32, prop::array::uniform4(0usize..=2)),
    ) {
        let mut nets = Vec::new();
        for (octets, prefix, zeros) in [a, b] {
            // Leading zeros, as long as an octet stays at most three digits.
            let text = octets
                .iter()
                .zip(zeros)
                .map(|(o, z)| {
                    let s = o.to_string();
                    format!("{}{s}", "0".repeat(z.min(3 - s.len())))
                })
                .collect::<Vec<_>>()
                .join(".")
                + &format!("/{prefix}");
            let c = Cidr::parse(&text).ok_or_else(|| TestCaseError::fail(format!("{text} refused")))?;
            let net = Ipv4Net::new(Ipv4Addr::from(octets), prefix).unwrap().trunc();
            prop_assert_eq!(c.net, net);
            prop_assert_eq!(c.prefix(), prefix);
            prop_assert_eq!(c.canonical, net.to_string() == text);
            prop_assert_eq!(c.usable(), (1u64 << (32 - prefix)).saturating_sub(5));
            prop_assert_eq!(call_str(&format!("cidrhost({text:?}, 0)")), Ok(net.network().to_string()));
            let range = (u32::from(net.network()), u32::from(net.broadcast()));
            nets.push((c, range));
        }
        let ((ca, (a0, a1)), (cb, (b0, b1))) = (nets[0], nets[1]);
        prop_assert_eq!(ca.overlaps(&cb), a0 <= b1 && b0 <= a1);
        prop_assert_eq!(ca.within(&cb), b0 <= a0 && a1 <= b1);
    }
}
