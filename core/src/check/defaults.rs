//! What each rule says of the module's default values, worked out once per
//! module: most variables of most files keep their defaults, and a rule whose
//! variables all hold their default values gives the same verdict every time.

use super::{judge, locals, Verdict};
use crate::eval::{Env, Evaluator, DEFAULT_STEP_BUDGET};
use crate::module::Module;
use crate::small::CollectSorted;
use crate::value::Value;
use std::collections::{BTreeMap, BTreeSet};

/// Verdicts at the defaults, by rule position; `None` for a rule that involves a
/// variable without a default (it can never be at its default).
#[derive(Clone, Debug, Default)]
#[cfg_attr(
    feature = "native",
    derive(borsh::BorshSerialize, borsh::BorshDeserialize)
)]
pub(crate) struct DefaultVerdicts {
    validations: Vec<Vec<Option<Verdict>>>,
    preconditions: Vec<Vec<Option<Verdict>>>,
}

impl DefaultVerdicts {
    pub fn validation(&self, var: usize, rule: usize) -> Option<&Verdict> {
        self.validations.get(var)?.get(rule)?.as_ref()
    }

    pub fn precondition(&self, check: usize, rule: usize) -> Option<&Verdict> {
        self.preconditions.get(check)?.get(rule)?.as_ref()
    }
}

/// The module's default verdicts, computed on first use.
pub(crate) fn verdicts(m: &Module) -> &DefaultVerdicts {
    m.default_verdicts.get_or_init(|| compute(m))
}

/// Whether each of `vars` has exactly its default value in `values`.
pub(crate) fn at_defaults(
    m: &Module,
    values: &BTreeMap<String, Value>,
    vars: &BTreeSet<String>,
) -> bool {
    vars.iter().all(|name| {
        let default = m.variable(name).and_then(|v| v.default.as_ref());
        matches!((default, values.get(name)), (Some(d), Some(v)) if d.equals(v))
    })
}

fn compute(m: &Module) -> DefaultVerdicts {
    let defaults: BTreeMap<String, Value> = m
        .variables
        .iter()
        .filter_map(|v| Some((v.name.clone(), v.default.clone()?)))
        .collect_map();
    let resolver = locals::Resolver::new(m);
    let env = Env {
        vars: Some(&defaults),
        locals: Some(&resolver),
        functions: true,
    };
    let ev = Evaluator::new(env).with_budget(DEFAULT_STEP_BUDGET);
    let all_default = |vars: &BTreeSet<String>| vars.iter().all(|v| defaults.contains_key(v));
    let validations = m
        .variables
        .iter()
        .map(|v| {
            v.validations
                .iter()
                .map(|r| {
                    all_default(&r.variables).then(|| {
                        judge(
                            &ev,
                            r,
                            "Invalid variable validation result",
                            "Validation condition",
                        )
                    })
                })
                .collect()
        })
        .collect();
    let preconditions = m
        .checks
        .iter()
        .map(|c| {
            c.preconditions
                .iter()
                .map(|r| {
                    all_default(&r.variables)
                        .then(|| judge(&ev, r, "Invalid condition result", "Condition"))
                })
                .collect()
        })
        .collect();
    DefaultVerdicts {
        validations,
        preconditions,
    }
}
