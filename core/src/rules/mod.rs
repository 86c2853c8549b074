//! Rules beyond the module's own: what AWS rejects at apply time that a plan never
//! sees (`aws`), and what a reviewer would point out (`advice`). They apply to the
//! variables of the ECS module's input contract, by name, in any module that
//! declares them; a variable that already failed one of the module's rules gets
//! no second diagnostic for the same value.

pub(crate) mod advice;
pub(crate) mod aws;
pub mod cidr;

use crate::check::Ctx;
use crate::value::Value;

/// The strings of a list variable, with their indexes.
pub(crate) fn strings(v: Option<&Value>) -> Vec<(usize, String)> {
    v.and_then(Value::elements)
        .map(|es| {
            es.iter()
                .enumerate()
                .filter_map(|(i, e)| e.as_str().map(|s| (i, s.to_string())))
                .collect()
        })
        .unwrap_or_default()
}

pub(crate) fn number(v: Option<&Value>) -> Option<i64> {
    v.and_then(Value::as_number)
        .and_then(crate::value::Number::to_i64)
}

impl Ctx<'_> {
    /// The range of element `i` of a variable's value, or of the whole value.
    pub(crate) fn element_range(
        &self,
        var: &str,
        i: Option<usize>,
    ) -> Option<crate::source::Range> {
        let tree = self.spans.get(var)?;
        let span = i
            .and_then(|i| tree.element(i))
            .unwrap_or_else(|| tree.span());
        self.range(span)
    }

    /// Whether the module declares the variable and it has no error yet.
    pub(crate) fn clean(&self, var: &str) -> bool {
        self.module.variable(var).is_some()
            && !self.invalid.contains(var)
            && !self.flagged.contains(var)
    }
}
