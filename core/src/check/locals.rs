//! `local.NAME` for rule evaluation: evaluated on first use, remembered, and
//! guarded against circles and runaway chains.

use crate::eval::{ErrorKind, EvalError, Evaluator, Locals};
use crate::module::Module;
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

/// How many locals may be in evaluation at once (a chain of locals each
/// referring to the next): beyond this a hostile module could exhaust the stack.
const MAX_LOCAL_CHAIN: usize = 128;

enum State {
    InProgress,
    Done(Result<Value, EvalError>),
}

pub(super) struct Resolver<'m> {
    module: &'m Module,
    states: RefCell<BTreeMap<String, State>>,
    chain: Cell<usize>,
}

impl<'m> Resolver<'m> {
    pub fn new(module: &'m Module) -> Resolver<'m> {
        Resolver {
            module,
            states: RefCell::new(BTreeMap::new()),
            chain: Cell::new(0),
        }
    }
}

impl Locals for Resolver<'_> {
    fn local(&self, name: &str, ev: &Evaluator<'_>) -> Option<Result<Value, EvalError>> {
        let local = self.module.locals.get(name)?;
        match self.states.borrow().get(name) {
            Some(State::Done(r)) => return Some(r.clone()),
            Some(State::InProgress) => {
                let mut e = EvalError::new(
                    "Cycle",
                    format!("local.{name} refers to itself through other locals."),
                    local.expr.span,
                )
                .with_kind(ErrorKind::Cycle);
                e.file = Some(local.file);
                return Some(Err(e));
            }
            None => {}
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
        self.states
            .borrow_mut()
            .insert(name.to_string(), State::InProgress);
        self.chain.set(self.chain.get() + 1);
        let r = ev.eval_in_file(&local.expr, local.file);
        self.chain.set(self.chain.get() - 1);
        self.states
            .borrow_mut()
            .insert(name.to_string(), State::Done(r.clone()));
        Some(r)
    }
}
