//! Rule verdicts remembered across the files of one run. A rule's verdict is a
//! function of the values of the variables it depends on (`Rule::variables`,
//! through locals; the functions that are not pure, like `timestamp()`, are not
//! implemented, so they end in the same error every time), and the files of one
//! repository repeat those values: the same `vpc_cidr` and `az_count` in many
//! environments. This is the default verdicts' cache (defaults.rs) for any
//! values seen before.
//!
//! Like a verdict at the defaults, a remembered verdict costs no evaluation
//! steps. A verdict that ran out of steps is never remembered: it depends on
//! what earlier rules left of the budget, not only on the values.
//!
//! With the `snapshot` feature only (borsh): the key is the values' borsh
//! encoding, which is exact (types and numbers' precision included), and a face
//! that checks one configuration at a time has nothing to remember.

use super::Verdict;
use crate::value::Value;
use std::collections::{BTreeMap, BTreeSet};

/// The most verdicts one module remembers: a run over many files with ever-new
/// values stops remembering rather than growing without bound.
#[cfg(feature = "snapshot")]
const MAX_ENTRIES: usize = 1 << 16;

/// Which rule: a variable's validation or a resource's precondition, by position.
#[derive(Clone, Copy)]
#[cfg_attr(not(feature = "snapshot"), allow(dead_code))]
pub(crate) enum RuleId {
    Validation(usize, usize),
    Precondition(usize, usize),
}

/// The remembered verdicts of one module, shared by the threads checking files.
#[derive(Default)]
pub(crate) struct Memo {
    #[cfg(feature = "snapshot")]
    verdicts: std::sync::Mutex<crate::small::LookupMap<Vec<u8>, Verdict>>,
}

impl Memo {
    /// The verdict of rule `id` for the `values` of its variables `vars`:
    /// remembered, or worked out by `judge` (and remembered). Without the
    /// `snapshot` feature, always `judge`'s.
    pub fn verdict(
        &self,
        id: RuleId,
        values: &BTreeMap<String, Value>,
        vars: &BTreeSet<String>,
        judge: impl FnOnce() -> Verdict,
    ) -> Verdict {
        #[cfg(not(feature = "snapshot"))]
        {
            let _ = (id, values, vars);
            judge()
        }
        #[cfg(feature = "snapshot")]
        {
            let key = key(id, values, vars);
            // A poisoned lock means a thread panicked mid-insert; the map is
            // still a map, and remembering is only an optimisation.
            let map = || self.verdicts.lock().unwrap_or_else(|p| p.into_inner());
            if let Some(v) = map().get(&key).cloned() {
                return v;
            }
            let verdict = judge();
            let out_of_steps =
                matches!(&verdict, Verdict::Error(e) if e.kind == crate::eval::ErrorKind::Budget);
            let mut map = map();
            if !out_of_steps && map.len() < MAX_ENTRIES {
                map.insert(key, verdict.clone());
            }
            verdict
        }
    }
}

/// The rule and the exact values of its variables (absent ones included).
#[cfg(feature = "snapshot")]
fn key(id: RuleId, values: &BTreeMap<String, Value>, vars: &BTreeSet<String>) -> Vec<u8> {
    use borsh::BorshSerialize;
    let (kind, a, b) = match id {
        RuleId::Validation(a, b) => (0u8, a, b),
        RuleId::Precondition(a, b) => (1u8, a, b),
    };
    // Most keys are a few short values: one allocation, no regrowth.
    let mut key = Vec::with_capacity(256);
    key.push(kind);
    key.extend_from_slice(&(a as u64).to_le_bytes());
    key.extend_from_slice(&(b as u64).to_le_bytes());
    for name in vars {
        // Writing to a Vec cannot fail.
        let _ = values.get(name).serialize(&mut key);
    }
    key
}

impl std::fmt::Debug for Memo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Memo")
    }
}

#[cfg(all(test, feature = "snapshot"))]
mod tests {
    use crate::{Checker, Format, Limits, Module};

    const MODULE: &str = r#"
variable "size" {
  type = number
  validation {
    condition     = var.size <= 10
    error_message = "size is ${var.size}: at most 10."
  }
}
variable "spare" {
  type    = number
  default = 1
}
resource "terraform_data" "rules" {
  lifecycle {
    precondition {
      condition     = var.spare < var.size
      error_message = "spare must be less than size."
    }
  }
}
"#;

    fn run(c: &Checker<'_>, text: &str, limits: &Limits) -> String {
        let r = c.check("a.tfvars", text, Format::Hcl, limits);
        format!("{:?}", r.diagnostics)
    }

    fn remembered(c: &Checker<'_>) -> usize {
        c.memo.verdicts.lock().unwrap().len()
    }

    #[test]
    fn a_verdict_seen_before_is_the_same_verdict() {
        let m = Checker::new(Module::from_sources(&[("variables.tf", MODULE)]));
        let limits = Limits::default();
        let files = ["size = 12\n", "size = 5\nspare = 7\n", "size = 3\n"];
        let first: Vec<String> = files.iter().map(|t| run(&m, t, &limits)).collect();
        assert!(remembered(&m) > 0);
        // Again, in another order, and by a fresh checker.
        for (i, t) in files.iter().enumerate().rev() {
            assert_eq!(run(&m, t, &limits), first[i]);
            let fresh = Checker::new(Module::from_sources(&[("variables.tf", MODULE)]));
            assert_eq!(run(&fresh, t, &limits), first[i]);
        }
        assert!(first[0].contains("size is 12: at most 10."));
        assert!(first[1].contains("spare must be less than size."));
    }

    #[test]
    fn values_that_differ_only_in_type_are_kept_apart() {
        let m = Checker::new(Module::from_sources(&[(
            "variables.tf",
            r#"
variable "v" {
  validation {
    condition     = can(tonumber(var.v)) || tostring(var.v) == "ok"
    error_message = "not a number: ${jsonencode(var.v)}."
  }
}
"#,
        )]));
        let limits = Limits::default();
        let as_string = run(&m, "v = \"1\"\n", &limits);
        let as_list = run(&m, "v = [\"1\"]\n", &limits);
        assert!(!as_string.contains("not a number"), "{as_string}");
        assert_ne!(as_string, as_list);
        assert_eq!(run(&m, "v = \"1\"\n", &limits), as_string);
    }

    #[test]
    fn running_out_of_steps_is_not_remembered() {
        let m = Checker::new(Module::from_sources(&[("variables.tf", MODULE)]));
        let tight = Limits {
            max_steps: 1,
            ..Limits::default()
        };
        let out = run(&m, "size = 12\n", &tight);
        assert!(out.contains("StepBudget"), "{out}");
        assert_eq!(remembered(&m), 0);
        let roomy = run(&m, "size = 12\n", &Limits::default());
        assert!(roomy.contains("size is 12: at most 10."), "{roomy}");
    }
}
