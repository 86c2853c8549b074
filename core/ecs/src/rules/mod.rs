//! The ECS module's rules beyond its own `validation` and `precondition` blocks:
//! what AWS rejects at apply time that a plan never sees (`aws`), and what a
//! reviewer would point out (`advice`). They name the variables of the ECS
//! module's input contract, so they are added to a checker of that module only
//! ([`crate::checker`]); a variable that already failed one of the module's
//! rules gets no second diagnostic for the same value.

mod advice;
mod aws;

use tfcheck_core::value::Value;
use tfcheck_core::ExtraRule;

/// Every rule, in the order they run.
pub const RULES: &[ExtraRule] = &[aws::check, advice::check];

/// The strings of a list variable, with their indexes.
fn strings(v: Option<&Value>) -> Vec<(usize, String)> {
    v.and_then(Value::elements)
        .map(|es| {
            es.iter()
                .enumerate()
                .filter_map(|(i, e)| e.as_str().map(|s| (i, s.to_string())))
                .collect()
        })
        .unwrap_or_default()
}

fn number(v: Option<&Value>) -> Option<i64> {
    v.and_then(Value::as_number)
        .and_then(tfcheck_core::value::Number::to_i64)
}
