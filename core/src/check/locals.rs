//! `local.NAME` for rule evaluation: evaluated on first use, remembered, and
//! guarded against circles and runaway chains.

use crate::eval::{ErrorKind, EvalError, Evaluator, Locals};
use crate::module::{Local, Module};
use crate::value::Value;
use std::cell::{Cell, OnceCell};

/// How many locals may be in evaluation at once (a chain of locals each
/// referring to the next): beyond this a hostile module could exhaust the stack.
const MAX_LOCAL_CHAIN: usize = 128;

/// One local: evaluated at most once; the result is kept for the resolver's
/// lifetime, so references borrow it instead of copying it.
struct Slot<'m> {
    name: &'m str,
    local: &'m Local,
    in_progress: Cell<bool>,
    done: OnceCell<Result<Value, EvalError>>,
}

pub(super) struct Resolver<'m> {
    /// Sorted by name, as the module's map iterates (no sort needed).
    slots: Vec<Slot<'m>>,
    chain: Cell<usize>,
}

impl<'m> Resolver<'m> {
    pub fn new(module: &'m Module) -> Resolver<'m> {
        let slots = module
            .locals
            .iter()
            .map(|(name, local)| Slot {
                name,
                local,
                in_progress: Cell::new(false),
                done: OnceCell::new(),
            })
            .collect();
        Resolver {
            slots,
            chain: Cell::new(0),
        }
    }
}

impl Locals for Resolver<'_> {
    fn local(&self, name: &str, ev: &Evaluator<'_>) -> Option<Result<&Value, EvalError>> {
        let i = self.slots.binary_search_by(|s| s.name.cmp(name)).ok()?;
        let slot = &self.slots[i];
        let local = slot.local;
        if let Some(r) = slot.done.get() {
            return Some(r.as_ref().map_err(Clone::clone));
        }
        if slot.in_progress.get() {
            let mut e = EvalError::new(
                "Cycle",
                format!("local.{name} refers to itself through other locals."),
                local.expr.span,
            )
            .with_kind(ErrorKind::Cycle);
            e.file = Some(local.file);
            return Some(Err(e));
        }
        if self.chain.get() >= MAX_LOCAL_CHAIN {
            let mut e = EvalError::new(
                "Evaluation step limit reached",
                format!("More than {MAX_LOCAL_CHAIN} locals refer to one another in a chain."),
                local.expr.span,
            )
            .with_kind(ErrorKind::Budget);
            e.file = Some(local.file);
            return Some(Err(e));
        }
        slot.in_progress.set(true);
        self.chain.set(self.chain.get() + 1);
        let r = ev.eval_in_file(&local.expr, local.file);
        self.chain.set(self.chain.get() - 1);
        slot.in_progress.set(false);
        // Not yet set: a circle through this local ends at the check above.
        let r = slot.done.get_or_init(|| r);
        Some(r.as_ref().map_err(Clone::clone))
    }
}
