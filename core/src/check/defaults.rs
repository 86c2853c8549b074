//! What each rule says of the module's default values, worked out once per
//! module: most variables of most files keep their defaults, and a rule whose
//! variables all hold their default values gives the same verdict every time.

use super::{judge, locals, Verdict};
use crate::eval::{Env, Evaluator, DEFAULT_STEP_BUDGET};
use crate::module::Module;
use crate::small::CollectSorted;
use crate::value::Value;
use std::cell::Cell;
use std::collections::{BTreeMap, BTreeSet};

/// A verdict at the defaults, with the positions in `Module::variables` of the
/// rule's variables (the first declaration of each name, as
/// `Module::variable` finds it), to test them without looking names up.
pub(crate) type Cached = (Verdict, Vec<usize>);

/// Verdicts at the defaults, by rule position; `None` for a rule that involves a
/// variable without a default (it can never be at its default).
#[derive(Clone, Debug, Default)]
#[cfg_attr(
    feature = "snapshot",
    derive(borsh::BorshSerialize, borsh::BorshDeserialize)
)]
pub(crate) struct DefaultVerdicts {
    validations: Vec<Vec<Option<Cached>>>,
    preconditions: Vec<Vec<Option<Cached>>>,
}

impl DefaultVerdicts {
    pub fn validation(&self, var: usize, rule: usize) -> Option<&Cached> {
        self.validations.get(var)?.get(rule)?.as_ref()
    }

    pub fn precondition(&self, check: usize, rule: usize) -> Option<&Cached> {
        self.preconditions.get(check)?.get(rule)?.as_ref()
    }
}

/// Which variables of one file hold exactly their default value, each worked
/// out on first use.
pub(crate) struct AtDefaults<'a> {
    m: &'a Module,
    values: &'a BTreeMap<String, Value>,
    known: Vec<Cell<Option<bool>>>,
}

impl<'a> AtDefaults<'a> {
    pub fn new(m: &'a Module, values: &'a BTreeMap<String, Value>) -> AtDefaults<'a> {
        AtDefaults {
            m,
            values,
            known: vec![Cell::new(None); m.variables.len()],
        }
    }

    /// Whether each of the variables (positions from [`Cached`]) has its default.
    pub fn all(&self, vars: &[usize]) -> bool {
        vars.iter().all(|&i| {
            if let Some(at) = self.known[i].get() {
                return at;
            }
            let v = &self.m.variables[i];
            let at =
                matches!((&v.default, self.values.get(&v.name)), (Some(d), Some(x)) if d.equals(x));
            self.known[i].set(Some(at));
            at
        })
    }
}

/// Judges every rule whose variables all have defaults, at the defaults.
pub(crate) fn compute(m: &Module) -> DefaultVerdicts {
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
    let positions = |vars: &BTreeSet<String>| -> Vec<usize> {
        vars.iter()
            .filter_map(|n| m.variables.iter().position(|v| v.name == *n))
            .collect()
    };
    let validations = m
        .variables
        .iter()
        .map(|v| {
            v.validations
                .iter()
                .map(|r| {
                    all_default(&r.variables).then(|| {
                        let v = judge(
                            &ev,
                            r,
                            "Invalid variable validation result",
                            "Validation condition",
                        );
                        (v, positions(&r.variables))
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
                    all_default(&r.variables).then(|| {
                        let v = judge(&ev, r, "Invalid condition result", "Condition");
                        (v, positions(&r.variables))
                    })
                })
                .collect()
        })
        .collect();
    DefaultVerdicts {
        validations,
        preconditions,
    }
}
