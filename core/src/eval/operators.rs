//! Unary and binary operators. Terraform evaluates both operands of `&&` and `||`
//! (no short-circuit) and converts operands to the operator's parameter types.

use super::{EvalError, Evaluator, Scope};
use crate::syntax::{BinaryOp, Expr, Span, UnaryOp};
use crate::value::{convert_cow, Number, Type, Value};
use std::borrow::Cow;

impl Evaluator<'_> {
    pub(super) fn unary(
        &self,
        op: UnaryOp,
        operand: &Expr,
        span: Span,
        scope: Option<&Scope<'_>>,
    ) -> Result<Value, EvalError> {
        let v = self.eval_ref(operand, scope)?;
        match op {
            UnaryOp::Negate => {
                let n = self.operand_as(&v, &Type::Number, "unary", operand.span)?;
                n.as_number()
                    .map(|n| Value::Number(n.neg()))
                    .ok_or_else(|| self.null_operand(span))
            }
            UnaryOp::Not => {
                let b = self.operand_as(&v, &Type::Bool, "unary", operand.span)?;
                b.as_bool()
                    .map(|b| Value::Bool(!b))
                    .ok_or_else(|| self.null_operand(span))
            }
        }
    }

    /// cty's operations refuse a null argument, and HCL reports it so.
    fn null_operand(&self, span: Span) -> EvalError {
        self.error(
            "Operation failed",
            "Error during operation: argument must not be null.",
            span,
        )
    }

    pub(super) fn binary(
        &self,
        op: BinaryOp,
        l: &Expr,
        r: &Expr,
        span: Span,
        scope: Option<&Scope<'_>>,
    ) -> Result<Value, EvalError> {
        let lv = self.eval_ref(l, scope)?;
        let rv = self.eval_ref(r, scope)?;
        let numbers = || -> Result<(Cow<'_, Number>, Cow<'_, Number>), EvalError> {
            // Numbers already: what the conversions below would give.
            if let (Value::Number(a), Value::Number(b)) = (&*lv, &*rv) {
                return Ok((Cow::Borrowed(a), Cow::Borrowed(b)));
            }
            let a = self.operand_as(&lv, &Type::Number, "left", l.span)?;
            let b = self.operand_as(&rv, &Type::Number, "right", r.span)?;
            match (number(a), number(b)) {
                (Some(a), Some(b)) => Ok((a, b)),
                // A null converts to a number; cty's operation then refuses it.
                _ if lv.is_null() || rv.is_null() => Err(self.null_operand(span)),
                _ => Err(self.error("Invalid operand", "A number is required.", span)),
            }
        };
        let bools = || -> Result<(bool, bool), EvalError> {
            if let (Value::Bool(a), Value::Bool(b)) = (&*lv, &*rv) {
                return Ok((*a, *b));
            }
            let a = self.operand_as(&lv, &Type::Bool, "left", l.span)?;
            let b = self.operand_as(&rv, &Type::Bool, "right", r.span)?;
            match (a.as_bool(), b.as_bool()) {
                (Some(a), Some(b)) => Ok((a, b)),
                _ => Err(self.null_operand(span)),
            }
        };
        let arith = |f: fn(&Number, &Number) -> Result<Number, crate::value::NumberError>| {
            let (a, b) = numbers()?;
            f(&a, &b).map(Value::Number).map_err(|e| {
                self.error(
                    "Operation failed",
                    format!("Error during operation: {}.", e.0),
                    span,
                )
            })
        };
        let compare =
            |f: fn(&Number, &Number) -> bool| numbers().map(|(a, b)| Value::Bool(f(&a, &b)));
        match op {
            BinaryOp::Equal => Ok(Value::Bool(lv.equals(&rv))),
            BinaryOp::NotEqual => Ok(Value::Bool(!lv.equals(&rv))),
            BinaryOp::And => bools().map(|(a, b)| Value::Bool(a && b)),
            BinaryOp::Or => bools().map(|(a, b)| Value::Bool(a || b)),
            // cty orders numbers exactly but calls them equal by their printed form,
            // so `<=` is "less than, or equal" rather than one comparison.
            BinaryOp::Less => compare(|a, b| a.cmp_numeric(b).is_lt()),
            BinaryOp::LessEqual => compare(|a, b| a.cmp_numeric(b).is_lt() || a == b),
            BinaryOp::Greater => compare(|a, b| a.cmp_numeric(b).is_gt()),
            BinaryOp::GreaterEqual => compare(|a, b| a.cmp_numeric(b).is_gt() || a == b),
            BinaryOp::Add => arith(Number::add),
            BinaryOp::Subtract => arith(Number::sub),
            BinaryOp::Multiply => arith(Number::mul),
            BinaryOp::Divide => arith(Number::div),
            BinaryOp::Modulo => arith(Number::rem),
        }
    }

    /// Converts an operand to the type the operator takes.
    fn operand_as<'v>(
        &self,
        v: &'v Value,
        ty: &Type,
        side: &str,
        span: Span,
    ) -> Result<Cow<'v, Value>, EvalError> {
        convert_cow(v, ty).map_err(|e| {
            self.error(
                "Invalid operand",
                format!("Unsuitable value for {side} operand: {}.", e.message),
                span,
            )
        })
    }
}

/// The number a converted operand holds, borrowed when the operand was.
fn number(v: Cow<'_, Value>) -> Option<Cow<'_, Number>> {
    match v {
        Cow::Borrowed(Value::Number(n)) => Some(Cow::Borrowed(n)),
        Cow::Owned(Value::Number(n)) => Some(Cow::Owned(n)),
        _ => None,
    }
}
