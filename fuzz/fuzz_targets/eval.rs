//! Any text as an expression evaluated the way `terraform console` would: a value
//! or an error, never a panic or a hang (the step budget bounds the work). A
//! value, written as an HCL literal, reads back as an equal value.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::collections::BTreeMap;
use tfcheck_core::emit::hcl;
use tfcheck_core::eval::{Env, Evaluator};
use tfcheck_core::syntax::parse_expr;
use tfcheck_core::value::{convert, Value};

fn has_infinity(v: &Value) -> bool {
    match v {
        Value::Number(n) => n.is_infinite(),
        Value::List(_, vs) | Value::Set(_, vs) | Value::Tuple(vs) => vs.iter().any(has_infinity),
        Value::Map(_, m) | Value::Object(m) => m.values().any(has_infinity),
        _ => false,
    }
}

/// The bytes of the strings in `v`.
fn text_bytes(v: &Value) -> usize {
    match v {
        Value::String(s) => s.len(),
        Value::List(_, vs) | Value::Set(_, vs) | Value::Tuple(vs) => vs.iter().map(text_bytes).sum(),
        Value::Map(_, m) | Value::Object(m) => m.iter().map(|(k, v)| k.len() + text_bytes(v)).sum(),
        _ => 0,
    }
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let Ok(expr) = parse_expr(&text, 64) else { return };
    let vars = BTreeMap::new();
    let env = Env { vars: Some(&vars), functions: true, ..Env::default() };
    let Ok(v) = Evaluator::new(env).with_budget(200_000).eval(&expr, None) else { return };
    if has_infinity(&v) {
        return; // no literal writes an infinity (Terraform's neither)
    }
    if text_bytes(&v) > 1 << 20 {
        // `format("%9999999d", 9)` is 10 MB, legitimately (0.4 s natively); its
        // round trip under the sanitizer outlasts the timeout without finding
        // more than the emitter tests do.
        return;
    }
    let lit = hcl::literal(&v);
    let again = parse_expr(&lit, usize::MAX)
        .unwrap_or_else(|e| panic!("the literal of {v:?} does not parse: {lit}\n{e:?}"));
    let w = Evaluator::new(Env::constant())
        .with_budget(u64::MAX)
        .eval(&again, None)
        .unwrap_or_else(|e| panic!("the literal of {v:?} does not evaluate: {lit}\n{e:?}"));
    let w = convert(&w, &v.ty()).unwrap_or_else(|e| panic!("{lit} does not convert back to {}: {e:?}", v.ty()));
    // A number of less than 512 bits (pow, log: 53) is written as its shortest
    // text at that precision and read back at 512 bits, so `pow(10, 40)` comes
    // back as exactly 1e40, as in Terraform. What must hold: the literal is a
    // fixed point, and values of full precision come back equal.
    assert!(
        v.equals(&w) || (v.is_null() && w.is_null()) || hcl::literal(&w) == lit,
        "{v:?} written as {lit} reads back as {w:?}, written as {}",
        hcl::literal(&w)
    );
});
