//! The expression walk: literals, collections, conditionals and the dispatch to
//! the other node kinds.

use super::{EvalError, Evaluator, Scope};
use crate::syntax::{Expr, ExprKind, ObjectKey};
use crate::value::{convert, convert_cow, unify, Type, Value};
use std::borrow::Cow;
use std::collections::BTreeMap;

impl Evaluator<'_> {
    pub(crate) fn eval_in(&self, e: &Expr, scope: Option<&Scope<'_>>) -> Result<Value, EvalError> {
        self.charge(1, e.span)?;
        match &e.kind {
            ExprKind::Literal(v) => Ok(v.clone()),
            ExprKind::Parens(inner) | ExprKind::TemplateWrap(inner) => self.eval_in(inner, scope),
            ExprKind::Template(parts) => self
                .template(parts, scope)
                .map(|s| Value::String(crate::value::nfc::nfc_owned(s))),
            ExprKind::Tuple(items) => items
                .iter()
                .map(|i| self.eval_in(i, scope))
                .collect::<Result<Vec<_>, _>>()
                .map(Value::Tuple),
            ExprKind::Object(items) => {
                let mut out = BTreeMap::new();
                for item in items {
                    let key = match &item.key {
                        ObjectKey::Name(n, _) => n.clone(),
                        ObjectKey::Expr(k) => self.object_key(k, scope)?,
                    };
                    // A repeated key takes the last value, as Terraform does.
                    out.insert(key, self.eval_in(&item.value, scope)?);
                }
                Ok(Value::Object(out))
            }
            ExprKind::Variable(_)
            | ExprKind::GetAttr(..)
            | ExprKind::Index(..)
            | ExprKind::Splat { .. }
            | ExprKind::SplatItem => self.traversal(e, scope).map(Cow::into_owned),
            ExprKind::Call { .. } => self.call(e, scope),
            ExprKind::Conditional(c, t, f) => self.conditional(c, t, f, scope),
            ExprKind::Unary(op, operand) => self.unary(*op, operand, e.span, scope),
            ExprKind::Binary(op, l, r) => self.binary(*op, l, r, e.span, scope),
            ExprKind::For(f) => self.for_expr(f, e.span, scope),
        }
    }

    fn object_key(&self, k: &Expr, scope: Option<&Scope<'_>>) -> Result<String, EvalError> {
        let v = self.eval_in(k, scope)?;
        if v.is_null() {
            return Err(self.error(
                "Null value as key",
                "Can't use a null value as a key.",
                k.span,
            ));
        }
        match convert(&v, &Type::String) {
            Ok(Value::String(s)) => Ok(s),
            _ => Err(self.error(
                "Incorrect key type",
                "Can't use this value as a key: string required.",
                k.span,
            )),
        }
    }

    fn conditional(
        &self,
        c: &Expr,
        t: &Expr,
        f: &Expr,
        scope: Option<&Scope<'_>>,
    ) -> Result<Value, EvalError> {
        // Both results are evaluated, as in Terraform, because their types must agree;
        // only the chosen one's errors count.
        let yes = self.eval_in(t, scope);
        let no = self.eval_in(f, scope);
        for r in [&yes, &no] {
            if let Err(e) = r {
                if !e.is_catchable() {
                    return Err(e.clone());
                }
            }
        }
        let cond = self.eval_in(c, scope)?;
        let take = match cond {
            Value::Null(_) => {
                return Err(self.error(
                    "Null condition",
                    "The condition value is null. Conditions must either be true or false.",
                    c.span,
                ))
            }
            v => match convert(&v, &Type::Bool) {
                Ok(Value::Bool(b)) => b,
                _ => {
                    return Err(self.error(
                        "Incorrect condition type",
                        "The condition expression must be of type bool.",
                        c.span,
                    ))
                }
            },
        };
        let (chosen, other) = if take { (yes?, no) } else { (no?, yes) };
        let Ok(other) = other else {
            return Ok(chosen);
        };
        let (tv, fv) = if take {
            (&chosen, &other)
        } else {
            (&other, &chosen)
        };
        let ty = match (tv, fv) {
            (Value::Null(Type::Dynamic), v) | (v, Value::Null(Type::Dynamic)) => v.ty(),
            _ => match unify(&[tv.ty(), fv.ty()]) {
                Some(ty) => ty,
                None => {
                    return Err(self.error(
                        "Inconsistent conditional result types",
                        format!(
                            "The true and false result expressions must have consistent types. The 'true' value is {}, but the 'false' value is {}.",
                            tv.ty().friendly_name(),
                            fv.ty().friendly_name()
                        ),
                        t.span.to(f.span),
                    ))
                }
            },
        };
        match convert_cow(&chosen, &ty) {
            // Already of the common type: no copy.
            Ok(Cow::Borrowed(_)) => Ok(chosen),
            Ok(Cow::Owned(v)) => Ok(v),
            Err(e) => Err(self.error(
                "Inconsistent conditional result types",
                format!("The result could not be converted to the common type: {e}."),
                if take { t.span } else { f.span },
            )),
        }
    }
}
