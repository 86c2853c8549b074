//! `for` expressions: `[for ...]` builds a tuple, `{for ...}` an object, with
//! optional filtering and grouping.

use super::{EvalError, Evaluator, Scope};
use crate::small::CollectSorted;
use crate::syntax::{ForExpr, Span};
use crate::value::{convert, Number, Type, Value};
use std::borrow::Cow;
use std::collections::BTreeMap;

impl Evaluator<'_> {
    pub(super) fn for_expr(
        &self,
        f: &ForExpr,
        span: Span,
        scope: Option<&Scope<'_>>,
    ) -> Result<Value, EvalError> {
        // Borrowed when it is a reference (`for s in local.x`): each element is
        // bound by reference, not copied.
        let coll = self.eval_ref(&f.collection, scope)?;
        // The keys are built only when the expression names them.
        let keyed = f.key_var.is_some();
        let pairs: Vec<(Option<Cow<'_, Value>>, &Value)> = match &*coll {
            Value::Null(_) => {
                return Err(self.error(
                    "Iteration over null value",
                    "A null value cannot be used as the collection in a 'for' expression.",
                    f.collection.span,
                ))
            }
            Value::List(_, vs) | Value::Tuple(vs) => vs
                .iter()
                .enumerate()
                .map(|(i, v)| {
                    let k = keyed.then(|| Cow::Owned(Value::Number(Number::from_u64(i as u64))));
                    (k, v)
                })
                .collect(),
            // A set element is its own key.
            Value::Set(_, vs) => vs.iter().map(|v| (Some(Cow::Borrowed(v)), v)).collect(),
            Value::Map(_, m) | Value::Object(m) => m
                .iter()
                .map(|(k, v)| (keyed.then(|| Cow::Owned(Value::String(k.clone()))), v))
                .collect(),
            other => {
                return Err(self.error(
                    "Iteration over non-iterable value",
                    format!(
                    "A value of type {} cannot be used as the collection in a 'for' expression.",
                    other.ty().friendly_name()
                ),
                    f.collection.span,
                ))
            }
        };
        let mut tuple = Vec::new();
        let mut object: BTreeMap<String, Value> = BTreeMap::new();
        let mut groups: BTreeMap<String, Vec<Value>> = BTreeMap::new();
        for (k, v) in pairs {
            self.charge(1, span)?;
            let value_frame;
            let key_frame;
            let frame = match (&f.key_var, k) {
                (Some(kn), Some(k)) => {
                    key_frame = Scope {
                        parent: scope,
                        name: kn,
                        value: k,
                    };
                    value_frame = Scope {
                        parent: Some(&key_frame),
                        name: &f.value_var,
                        value: Cow::Borrowed(v),
                    };
                    &value_frame
                }
                _ => {
                    value_frame = Scope {
                        parent: scope,
                        name: &f.value_var,
                        value: Cow::Borrowed(v),
                    };
                    &value_frame
                }
            };
            if let Some(c) = &f.condition {
                let cv = self.eval_in(c, Some(frame))?;
                if cv.is_null() {
                    return Err(self.error(
                        "Invalid 'for' condition",
                        "The value of the 'if' clause must not be null.",
                        c.span,
                    ));
                }
                match convert(&cv, &Type::Bool) {
                    Ok(Value::Bool(true)) => {}
                    Ok(_) => continue,
                    Err(e) => {
                        return Err(self.error(
                            "Invalid 'for' condition",
                            format!("The 'if' clause value is invalid: {}.", e.message),
                            c.span,
                        ))
                    }
                }
            }
            let value = self.eval_in(&f.value, Some(frame))?;
            let Some(kexpr) = &f.key else {
                tuple.push(value);
                continue;
            };
            let kv = self.eval_in(kexpr, Some(frame))?;
            if kv.is_null() {
                return Err(self.error(
                    "Invalid object key",
                    "Key expression in 'for' expression must not produce a null value.",
                    kexpr.span,
                ));
            }
            let key = match convert(&kv, &Type::String) {
                Ok(Value::String(s)) => s,
                _ => {
                    return Err(self.error(
                        "Invalid object key",
                        "The key expression produced an invalid result: string required.",
                        kexpr.span,
                    ))
                }
            };
            if f.grouping {
                groups.entry(key).or_default().push(value);
            } else {
                match object.entry(key) {
                    std::collections::btree_map::Entry::Occupied(e) => {
                        return Err(self.error(
                            "Duplicate object key",
                            format!("Two different items produced the key {:?} in this 'for' expression. If duplicates are expected, use the ellipsis (...) after the value expression to enable grouping by key.", e.key()),
                            kexpr.span,
                        ));
                    }
                    std::collections::btree_map::Entry::Vacant(e) => {
                        e.insert(value);
                    }
                }
            }
        }
        Ok(match (&f.key, f.grouping) {
            (None, _) => Value::Tuple(tuple),
            (Some(_), false) => Value::Object(object),
            (Some(_), true) => Value::Object(
                groups
                    .into_iter()
                    .map(|(k, vs)| (k, Value::Tuple(vs)))
                    .collect_map(),
            ),
        })
    }
}
