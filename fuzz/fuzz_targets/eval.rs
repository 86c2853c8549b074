//! Any text as an expression evaluated the way `terraform console` would: a value
//! or an error, never a panic or a hang (the step budget bounds the work).
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::collections::BTreeMap;
use tfcheck_core::eval::{Env, Evaluator};
use tfcheck_core::syntax::parse_expr;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let Ok(expr) = parse_expr(&text, 64) else { return };
    let vars = BTreeMap::new();
    let env = Env { vars: Some(&vars), functions: true, ..Env::default() };
    let _ = Evaluator::new(env).with_budget(200_000).eval(&expr, None);
});
