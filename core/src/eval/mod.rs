//! Evaluation of HCL expressions with Terraform's semantics.
//!
//! The evaluator walks [`crate::syntax::Expr`] trees itself rather than lowering
//! them to another library's model, because Terraform's `can` and `try` must see
//! their arguments unevaluated and every error must keep its span.

mod call;
mod expr;
mod for_expr;
pub mod functions;
mod operators;
mod template;
mod traversal;

use crate::syntax::{Expr, Span};
use crate::value::Value;
use std::borrow::Cow;
use std::cell::Cell;
use std::collections::BTreeMap;

/// A failed evaluation, worded as Terraform words it.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(
    feature = "snapshot",
    derive(borsh::BorshSerialize, borsh::BorshDeserialize)
)]
pub struct EvalError {
    pub summary: String,
    pub detail: String,
    pub span: Span,
    /// The module file the span is in, when evaluating module expressions.
    pub file: Option<usize>,
    pub kind: ErrorKind,
}

/// What kind of failure an error is. Only `Runtime` errors are caught by `can` and
/// `try`; the others are problems Terraform finds before evaluating anything, or
/// limits of this evaluator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(
    feature = "snapshot",
    derive(borsh::BorshSerialize, borsh::BorshDeserialize)
)]
pub enum ErrorKind {
    /// An error while evaluating, as Terraform would raise it.
    Runtime,
    /// A reference or call Terraform rejects statically (undeclared variable,
    /// variables or functions in a tfvars file).
    Static,
    /// A Terraform function this evaluator does not implement.
    UnsupportedFunction,
    /// A reference to something that exists only at plan time (resources, data
    /// sources); the rule cannot be checked without a provider.
    NotEvaluable,
    /// Locals that refer to each other in a circle.
    Cycle,
    /// The evaluation step budget ran out.
    Budget,
}

impl EvalError {
    pub fn new(summary: impl Into<String>, detail: impl Into<String>, span: Span) -> EvalError {
        EvalError {
            summary: summary.into(),
            detail: detail.into(),
            span,
            file: None,
            kind: ErrorKind::Runtime,
        }
    }

    pub fn with_kind(mut self, kind: ErrorKind) -> EvalError {
        self.kind = kind;
        self
    }

    /// Whether `can`/`try` may swallow this error.
    pub fn is_catchable(&self) -> bool {
        self.kind == ErrorKind::Runtime
    }
}

/// Resolves `local.NAME` references (lazily, with cycle detection).
pub trait Locals {
    /// `None` when no local of that name is declared. The value is borrowed from
    /// the resolver, so a reference copies only the part it uses.
    fn local(&self, name: &str, ev: &Evaluator<'_>) -> Option<Result<&Value, EvalError>>;
}

/// What an expression may refer to.
#[derive(Clone, Copy, Default)]
pub struct Env<'a> {
    /// `var.*`. `None` means no references at all are allowed (tfvars files).
    pub vars: Option<&'a BTreeMap<String, Value>>,
    pub locals: Option<&'a dyn Locals>,
    /// Whether function calls are allowed (not in tfvars files).
    pub functions: bool,
}

impl<'a> Env<'a> {
    /// The environment of a tfvars file or a variable default: constants only.
    pub fn constant() -> Env<'a> {
        Env::default()
    }
}

/// Default evaluation step budget; see [`Evaluator::with_budget`].
pub const DEFAULT_STEP_BUDGET: u64 = 2_000_000;

/// Evaluates expressions in one environment.
pub struct Evaluator<'a> {
    env: Env<'a>,
    steps: Cell<u64>,
    budget: u64,
    file: Cell<Option<usize>>,
}

/// Names bound by `for` expressions and splats, innermost first.
pub(crate) struct Scope<'p> {
    parent: Option<&'p Scope<'p>>,
    name: &'p str,
    /// Borrowed from the iterated collection when it outlives the loop.
    value: Cow<'p, Value>,
}

/// The scope name a splat's current element is bound to; not a valid identifier.
const SPLAT_ITEM: &str = "*";

impl<'p> Scope<'p> {
    fn lookup<'s>(scope: Option<&'s Scope<'_>>, name: &str) -> Option<&'s Value> {
        let mut s = scope;
        while let Some(f) = s {
            if f.name == name {
                return Some(&f.value);
            }
            s = f.parent;
        }
        None
    }
}

impl<'a> Evaluator<'a> {
    pub fn new(env: Env<'a>) -> Evaluator<'a> {
        Evaluator {
            env,
            steps: Cell::new(0),
            budget: DEFAULT_STEP_BUDGET,
            file: Cell::new(None),
        }
    }

    /// Limits the work one evaluator may do, so a hostile rule cannot hang.
    pub fn with_budget(mut self, steps: u64) -> Evaluator<'a> {
        self.budget = steps;
        self
    }

    /// Evaluates `expr`, which comes from module file `file` (or from a tfvars file
    /// when `None`).
    pub fn eval(&self, expr: &Expr, file: Option<usize>) -> Result<Value, EvalError> {
        let saved = self.file.replace(file);
        let r = self.eval_in(expr, None);
        self.file.set(saved);
        r
    }

    pub(crate) fn env(&self) -> &Env<'a> {
        &self.env
    }

    pub fn steps_used(&self) -> u64 {
        self.steps.get()
    }

    /// Charges `n` steps against the budget.
    pub(crate) fn charge(&self, n: u64, span: Span) -> Result<(), EvalError> {
        let used = self.steps.get().saturating_add(n);
        self.steps.set(used);
        if used > self.budget {
            return Err(self
                .error(
                    "Evaluation step limit reached",
                    format!(
                        "Evaluating the module's rules took more than {} steps.",
                        self.budget
                    ),
                    span,
                )
                .with_kind(ErrorKind::Budget));
        }
        Ok(())
    }

    /// An error located in the file being evaluated.
    pub(crate) fn error(
        &self,
        summary: impl Into<String>,
        detail: impl Into<String>,
        span: Span,
    ) -> EvalError {
        let mut e = EvalError::new(summary, detail, span);
        e.file = self.file.get();
        e
    }

    /// Evaluates a local's expression from another file, then returns to this one.
    pub fn eval_in_file(&self, expr: &Expr, file: usize) -> Result<Value, EvalError> {
        self.eval(expr, Some(file))
    }
}

#[cfg(test)]
mod tests;

/// Parses and evaluates a standalone expression the way `terraform console` does
/// with an empty configuration: functions allowed, no variables declared.
///
/// ```
/// use tfcheck_core::eval::eval_str;
/// use tfcheck_core::value::Value;
/// assert_eq!(eval_str("upper(\"a\")").unwrap(), Value::string("A"));
/// assert!(eval_str("can(tonumber(\"x\"))").unwrap() == Value::Bool(false));
/// ```
pub fn eval_str(src: &str) -> Result<Value, EvalError> {
    let expr = crate::syntax::parse_expr(src, crate::syntax::DEFAULT_MAX_DEPTH).map_err(|e| {
        let mut err = EvalError::new(e.summary, e.detail, e.span);
        err.kind = ErrorKind::Static;
        err
    })?;
    let vars = BTreeMap::new();
    let env = Env {
        vars: Some(&vars),
        functions: true,
        ..Env::default()
    };
    Evaluator::new(env).eval(&expr, None)
}
