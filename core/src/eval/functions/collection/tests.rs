use super::super::{call, lookup};
use crate::value::{Number, Type, Value};
use std::collections::BTreeMap;

fn run(name: &str, args: &[Value]) -> Result<Value, String> {
    call(lookup(name).unwrap(), args).map_err(|e| format!("{}: {}", e.summary, e.detail))
}

fn n(v: i64) -> Value {
    Value::number(v)
}

fn num(s: &str) -> Value {
    Value::Number(Number::parse(s).unwrap())
}

fn tuple(vs: Vec<Value>) -> Value {
    Value::Tuple(vs)
}

fn strs(v: &[&str]) -> Vec<Value> {
    v.iter().map(|s| Value::from(*s)).collect()
}

fn obj(pairs: &[(&str, Value)]) -> Value {
    Value::Object(
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect(),
    )
}

fn map(ety: Type, pairs: &[(&str, Value)]) -> Value {
    Value::Map(
        ety,
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect(),
    )
}

#[test]
fn alltrue_anytrue() {
    assert_eq!(
        run("alltrue", &[tuple(vec![Value::Bool(true), "true".into()])]).unwrap(),
        Value::Bool(true)
    );
    assert_eq!(run("alltrue", &[tuple(vec![])]).unwrap(), Value::Bool(true));
    assert_eq!(
        run("alltrue", &[tuple(vec![Value::Bool(true), Value::null()])]).unwrap(),
        Value::Bool(false)
    );
    assert_eq!(
        run("anytrue", &[tuple(vec![Value::null(), Value::Bool(true)])]).unwrap(),
        Value::Bool(true)
    );
    assert_eq!(
        run("anytrue", &[tuple(vec![])]).unwrap(),
        Value::Bool(false)
    );
    assert_eq!(
        run("anytrue", &[tuple(vec![n(1)])]).unwrap_err(),
        "Invalid function argument: Invalid value for \"list\" parameter: element 0: bool required."
    );
}

#[test]
fn chunklist_and_element() {
    let abc = tuple(strs(&["a", "b", "c"]));
    let got = run("chunklist", &[abc.clone(), n(2)]).unwrap();
    assert_eq!(got.ty(), Type::list(Type::list(Type::String)));
    assert_eq!(got.len(), Some(2));
    assert_eq!(
        run("chunklist", &[abc.clone(), n(0)]).unwrap().len(),
        Some(1)
    );
    assert!(run("chunklist", &[abc.clone(), n(-1)])
        .unwrap_err()
        .contains("the size argument must be positive"));
    assert_eq!(run("element", &[abc.clone(), n(4)]).unwrap(), "b".into());
    let list = Value::List(Type::String, strs(&["a", "b", "c"]));
    assert_eq!(run("element", &[list, n(-1)]).unwrap(), "c".into());
    assert!(run("element", &[abc, n(-1)])
        .unwrap_err()
        .contains("index out of range [-1]"));
    assert!(run("element", &[tuple(vec![]), n(0)])
        .unwrap_err()
        .contains("empty list"));
    assert!(run("element", &["x".into(), n(0)])
        .unwrap_err()
        .contains("cannot read elements from string"));
}

#[test]
fn coalesce_and_coalescelist() {
    assert_eq!(
        run("coalesce", &["".into(), Value::null(), "b".into()]).unwrap(),
        "b".into()
    );
    assert_eq!(run("coalesce", &[n(1), "a".into()]).unwrap(), "1".into());
    assert!(run("coalesce", &[Value::Bool(true), n(1)])
        .unwrap_err()
        .contains("all arguments must have the same type"));
    assert!(run("coalesce", &[Value::null()])
        .unwrap_err()
        .contains("no non-null, non-empty-string arguments"));
    assert_eq!(
        run("coalescelist", &[tuple(vec![]), tuple(vec![n(1)])]).unwrap(),
        tuple(vec![n(1)])
    );
    assert!(run("coalescelist", &["a".into()])
        .unwrap_err()
        .contains("must be lists or tuples"));
    assert!(run("coalescelist", &[])
        .unwrap_err()
        .contains("at least one argument is required"));
}

#[test]
fn compact_concat_contains_distinct() {
    let l = tuple(vec!["a".into(), "".into(), Value::null(), "b".into()]);
    assert_eq!(
        run("compact", &[l]).unwrap(),
        Value::List(Type::String, strs(&["a", "b"]))
    );
    let lists = [
        Value::List(Type::Number, vec![n(1)]),
        Value::List(Type::String, strs(&["a"])),
    ];
    assert_eq!(
        run("concat", &lists).unwrap().ty(),
        Type::list(Type::String)
    );
    assert_eq!(
        run("concat", &[tuple(vec![n(1)]), tuple(strs(&["a"]))])
            .unwrap()
            .ty(),
        Type::Tuple(vec![Type::Number, Type::String])
    );
    assert!(run("concat", &[n(1)])
        .unwrap_err()
        .contains("all arguments must be lists or tuples; got number"));
    assert_eq!(
        run("contains", &[tuple(strs(&["1"])), n(1)]).unwrap(),
        Value::Bool(false)
    );
    assert_eq!(
        run("contains", &[tuple(vec![n(1), n(2)]), num("2.0")]).unwrap(),
        Value::Bool(true)
    );
    assert!(run("contains", &[obj(&[]), n(1)])
        .unwrap_err()
        .contains("argument must be list, tuple, or set"));
    let d = run(
        "distinct",
        &[tuple(vec![
            "b".into(),
            "a".into(),
            "b".into(),
            "c".into(),
            "a".into(),
        ])],
    )
    .unwrap();
    assert_eq!(d, Value::List(Type::String, strs(&["b", "a", "c"])));
}

#[test]
fn flatten_index_keys_values_length() {
    let nested = tuple(vec![
        tuple(vec![n(1), tuple(vec![n(2)])]),
        Value::set(Type::Number, vec![n(3)]),
        tuple(vec![]),
    ]);
    assert_eq!(
        run("flatten", &[nested]).unwrap(),
        tuple(vec![n(1), n(2), n(3)])
    );
    assert!(run("flatten", &["a".into()])
        .unwrap_err()
        .contains("can only flatten lists, sets and tuples"));
    assert_eq!(
        run("index", &[tuple(strs(&["a", "b"])), "b".into()]).unwrap(),
        n(1)
    );
    assert!(run("index", &[tuple(strs(&["a"])), "z".into()])
        .unwrap_err()
        .contains("item not found"));
    assert!(run("index", &[tuple(vec![]), "z".into()])
        .unwrap_err()
        .contains("cannot search an empty list"));
    let o = obj(&[("b", n(1)), ("a", "x".into())]);
    assert_eq!(
        run("keys", std::slice::from_ref(&o)).unwrap(),
        tuple(strs(&["a", "b"]))
    );
    assert_eq!(
        run("values", std::slice::from_ref(&o)).unwrap(),
        tuple(vec!["x".into(), n(1)])
    );
    assert!(run("keys", &["x".into()])
        .unwrap_err()
        .contains("must have map or object type"));
    assert!(run("values", &["x".into()])
        .unwrap_err()
        .contains("values() requires a map"));
    assert_eq!(run("length", &[o]).unwrap(), n(2));
    assert_eq!(run("length", &["👍🏽é".into()]).unwrap(), n(2));
    assert!(run("length", &[n(1)])
        .unwrap_err()
        .contains("argument must be a string, a collection type"));
}

#[test]
fn lookup_and_merge() {
    let o = obj(&[("a", n(1))]);
    assert_eq!(run("lookup", &[o.clone(), "a".into()]).unwrap(), n(1));
    assert_eq!(
        run("lookup", &[o.clone(), "b".into(), "x".into()]).unwrap(),
        "x".into()
    );
    assert!(run("lookup", &[o.clone(), "b".into()])
        .unwrap_err()
        .contains("the given object has no attribute \"b\""));
    let m = map(Type::Number, &[("a", n(1))]);
    assert!(run("lookup", &[m.clone(), "b".into()])
        .unwrap_err()
        .contains("lookup failed to find key \"b\""));
    assert!(run("lookup", &[m.clone(), "b".into(), "x".into()])
        .unwrap_err()
        .contains("the default value must have the same type"));
    assert!(run("lookup", &[m.clone(), "a".into(), n(1), n(2)])
        .unwrap_err()
        .contains("takes two or three arguments, got 4"));
    let merged = run("merge", &[m.clone(), map(Type::Number, &[("b", n(2))])]).unwrap();
    assert_eq!(merged.ty(), Type::map(Type::Number));
    let mixed = run(
        "merge",
        &[o, map(Type::String, &[("a", "x".into())]), Value::null()],
    )
    .unwrap();
    assert_eq!(mixed, obj(&[("a", "x".into())]));
    assert_eq!(run("merge", &[]).unwrap(), Value::Object(BTreeMap::new()));
    assert!(run("merge", &["x".into()])
        .unwrap_err()
        .contains("arguments must be maps or objects, got \"string\""));
}

#[test]
fn matchkeys_one_reverse_slice() {
    let got = run(
        "matchkeys",
        &[
            tuple(strs(&["a", "b", "c"])),
            tuple(strs(&["x", "y", "x"])),
            tuple(strs(&["x"])),
        ],
    )
    .unwrap();
    assert_eq!(got, Value::List(Type::String, strs(&["a", "c"])));
    assert!(run(
        "matchkeys",
        &[
            tuple(strs(&["a"])),
            tuple(vec![n(1), n(2)]),
            tuple(vec![n(1)])
        ]
    )
    .unwrap_err()
    .contains("length of keys and values should be equal"));
    assert_eq!(run("one", &[tuple(vec![])]).unwrap(), Value::null());
    assert_eq!(run("one", &[tuple(vec![n(5)])]).unwrap(), n(5));
    assert!(run("one", &[tuple(vec![n(1), n(2)])])
        .unwrap_err()
        .contains("either zero or one elements"));
    assert_eq!(
        run("reverse", &[tuple(vec![n(1), "a".into()])]).unwrap(),
        tuple(vec!["a".into(), n(1)])
    );
    assert!(run("reverse", &["x".into()])
        .unwrap_err()
        .contains("can only reverse list or tuple values, not string"));
    assert_eq!(
        run("slice", &[tuple(vec![n(1), n(2), n(3)]), n(1), n(3)]).unwrap(),
        tuple(vec![n(2), n(3)])
    );
    assert!(run("slice", &[tuple(vec![n(1)]), n(1), n(0)])
        .unwrap_err()
        .contains("start index must not be greater than end index"));
    assert!(
        run("slice", &[Value::set(Type::Number, vec![n(1)]), n(0), n(1)])
            .unwrap_err()
            .contains("cannot slice a set")
    );
}

#[test]
fn range_is_capped_like_cty() {
    assert_eq!(
        run("range", &[n(3)]).unwrap(),
        Value::List(Type::Number, vec![n(0), n(1), n(2)])
    );
    assert_eq!(
        run("range", &[n(-2)]).unwrap(),
        Value::List(Type::Number, vec![n(0), n(-1)])
    );
    assert_eq!(
        run("range", &[n(1), n(2), num("0.5")]).unwrap().len(),
        Some(2)
    );
    assert!(run("range", &[num("1e12")])
        .unwrap_err()
        .contains("more than 1024 values were generated"));
    assert!(run("range", &[n(0), n(5), n(0)])
        .unwrap_err()
        .contains("more than 1024 values"));
    assert!(run("range", &[n(0), n(10), n(-1)])
        .unwrap_err()
        .contains("end must be less than start when step is negative"));
    assert!(run("range", &[])
        .unwrap_err()
        .contains("must have one, two, or three arguments"));
}

#[test]
fn set_functions() {
    let a = tuple(strs(&["a", "b"]));
    let b = tuple(strs(&["b", "c"]));
    assert_eq!(
        run("setintersection", &[a.clone(), b.clone()]).unwrap(),
        Value::set(Type::String, strs(&["b"]))
    );
    assert_eq!(
        run("setunion", &[a.clone(), b.clone()]).unwrap(),
        Value::set(Type::String, strs(&["a", "b", "c"]))
    );
    assert_eq!(
        run("setsubtract", &[a.clone(), b.clone()]).unwrap(),
        Value::set(Type::String, strs(&["a"]))
    );
    assert_eq!(
        run("setunion", &[tuple(vec![n(1)]), a.clone()])
            .unwrap()
            .ty(),
        Type::set(Type::String)
    );
    assert!(run(
        "setunion",
        &[tuple(vec![n(1)]), tuple(vec![tuple(vec![n(1)])])]
    )
    .unwrap_err()
    .contains("compatible element types"));
    let p = run("setproduct", &[a.clone(), tuple(vec![n(1), n(2)])]).unwrap();
    assert_eq!(
        p.ty(),
        Type::list(Type::Tuple(vec![Type::String, Type::Number]))
    );
    assert_eq!(p.len(), Some(4));
    assert!(run("setproduct", std::slice::from_ref(&a))
        .unwrap_err()
        .contains("at least two arguments are required"));
    assert!(run("setproduct", &[a, "x".into()])
        .unwrap_err()
        .contains("a set or a list is required"));
}

#[test]
fn sort_sum_transpose_zipmap() {
    assert_eq!(
        run("sort", &[tuple(vec![n(3), n(10), n(1)])]).unwrap(),
        Value::List(Type::String, strs(&["1", "10", "3"]))
    );
    assert!(run("sort", &[tuple(vec!["b".into(), Value::null()])])
        .unwrap_err()
        .contains("given list element 1 is null"));
    assert_eq!(
        run("sum", &[tuple(vec![n(1), "2".into(), num("0.5")])]).unwrap(),
        num("3.5")
    );
    assert!(run("sum", &[tuple(vec![])])
        .unwrap_err()
        .contains("cannot sum an empty list"));
    assert!(run("sum", &["x".into()])
        .unwrap_err()
        .contains("cannot sum noniterable"));
    assert!(run("sum", &[obj(&[("a", n(1))])])
        .unwrap_err()
        .contains("Received object"));
    let inf = Value::Number(Number::from_f64(f64::INFINITY).unwrap());
    let ninf = Value::Number(Number::from_f64(f64::NEG_INFINITY).unwrap());
    assert!(run("sum", &[tuple(vec![inf, ninf])])
        .unwrap_err()
        .contains("opposing infinities"));
    let t = run(
        "transpose",
        &[obj(&[
            ("a", tuple(strs(&["x", "y"]))),
            ("b", tuple(strs(&["x"]))),
        ])],
    )
    .unwrap();
    assert_eq!(
        t.entries().unwrap()["x"],
        Value::List(Type::String, strs(&["a", "b"]))
    );
    assert!(
        run("transpose", &[obj(&[("a", tuple(vec![Value::null()]))])])
            .unwrap_err()
            .contains("must not contain null string")
    );
    assert_eq!(
        run(
            "zipmap",
            &[tuple(strs(&["a", "b"])), tuple(vec![n(1), "x".into()])]
        )
        .unwrap(),
        obj(&[("a", n(1)), ("b", "x".into())])
    );
    assert!(
        run("zipmap", &[tuple(strs(&["a", "b"])), tuple(vec![n(1)])])
            .unwrap_err()
            .contains("number of keys (2) does not match number of values (1)")
    );
    assert!(run("zipmap", &[tuple(strs(&["a"])), "x".into()])
        .unwrap_err()
        .contains("values argument must be a list or tuple value"));
}

#[test]
fn large_inputs_stay_fast() {
    let many: Vec<Value> = (0..20_000).map(|i| n(i % 1000)).collect();
    let d = run("distinct", &[Value::List(Type::Number, many.clone())]).unwrap();
    assert_eq!(d.len(), Some(1000));
    let s = run(
        "setintersection",
        &[
            Value::List(Type::Number, many.clone()),
            Value::List(Type::Number, many),
        ],
    )
    .unwrap();
    assert_eq!(s.len(), Some(1000));
}
