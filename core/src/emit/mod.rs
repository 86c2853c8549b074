//! Writing things out: tfvars files (HCL that `terraform fmt` leaves as it is, and
//! JSON), and the JSON Schema of a module's inputs.

pub mod hcl;
pub mod json;
pub mod schema;

use crate::module::{Module, Variable};
use crate::value::Value;
use std::collections::BTreeMap;

/// What to put in an emitted tfvars file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TfvarsOptions {
    /// Leave out variables whose value equals their default.
    pub only_changed: bool,
    /// Put each variable's description above it as a comment (HCL only).
    pub describe: bool,
}

/// The variables to write, in declaration order, with their values.
fn selected<'a>(
    m: &'a Module,
    values: &'a BTreeMap<String, Value>,
    opts: TfvarsOptions,
) -> Vec<(&'a Variable, &'a Value)> {
    m.variables
        .iter()
        .filter_map(|v| values.get(&v.name).map(|val| (v, val)))
        .filter(|(v, val)| !opts.only_changed || v.default.as_ref().is_none_or(|d| !d.equals(val)))
        .collect()
}
