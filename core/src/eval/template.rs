//! Template evaluation: interpolated values become strings; directives select or
//! repeat parts.

use super::{EvalError, Evaluator, Scope};
use crate::syntax::Part;
use crate::value::{convert, Number, Type, Value};
use std::borrow::Cow;

impl Evaluator<'_> {
    pub(super) fn template(
        &self,
        parts: &[Part],
        scope: Option<&Scope<'_>>,
    ) -> Result<String, EvalError> {
        let mut out = String::new();
        for p in parts {
            match p {
                Part::Literal(s) => out.push_str(s),
                Part::Interpolation(e) => {
                    let v = self.eval_ref(e, scope)?;
                    if v.is_null() {
                        return Err(self.error(
                            "Invalid template interpolation value",
                            "The expression result is null. Cannot include a null value in a string template.",
                            e.span,
                        ));
                    }
                    match convert(&v, &Type::String) {
                        Ok(Value::String(s)) => {
                            // Copying is work too: a huge value interpolated in a
                            // loop meets the step budget, not the memory's end.
                            self.charge(s.len() as u64 / 16, e.span)?;
                            out.push_str(&s);
                        }
                        _ => return Err(self.error(
                            "Invalid template interpolation value",
                            "Cannot include the given value in a string template: string required.",
                            e.span,
                        )),
                    }
                }
                Part::If {
                    condition,
                    then,
                    otherwise,
                } => {
                    let c = self.eval_in(condition, scope)?;
                    let b = match (&c, convert(&c, &Type::Bool)) {
                        (Value::Null(_), _) => return Err(self.error(
                            "Invalid template if condition",
                            "The condition value is null. Conditions must either be true or false.",
                            condition.span,
                        )),
                        (_, Ok(Value::Bool(b))) => b,
                        _ => {
                            return Err(self.error(
                                "Invalid template if condition",
                                "The condition expression must be of type bool.",
                                condition.span,
                            ))
                        }
                    };
                    out.push_str(&self.template(if b { then } else { otherwise }, scope)?);
                }
                Part::For {
                    key_var,
                    value_var,
                    collection,
                    body,
                } => {
                    let c = self.eval_ref(collection, scope)?;
                    let pairs: Vec<(Cow<'_, Value>, &Value)> = match &*c {
                        Value::List(_, vs) | Value::Tuple(vs) => vs
                            .iter()
                            .enumerate()
                            .map(|(i, v)| {
                                (Cow::Owned(Value::Number(Number::from_u64(i as u64))), v)
                            })
                            .collect(),
                        Value::Set(_, vs) => vs.iter().map(|v| (Cow::Borrowed(v), v)).collect(),
                        Value::Map(_, m) | Value::Object(m) => m
                            .iter()
                            .map(|(k, v)| (Cow::Owned(Value::String(k.clone())), v))
                            .collect(),
                        _ => {
                            return Err(self.error(
                                "Invalid template for directive",
                                "The for directive requires a collection to iterate over.",
                                collection.span,
                            ))
                        }
                    };
                    for (k, v) in pairs {
                        self.charge(1, collection.span)?;
                        let key_frame;
                        let frame = match key_var {
                            Some(kn) => {
                                key_frame = Scope {
                                    parent: scope,
                                    name: kn,
                                    value: k,
                                };
                                Scope {
                                    parent: Some(&key_frame),
                                    name: value_var,
                                    value: Cow::Borrowed(v),
                                }
                            }
                            None => Scope {
                                parent: scope,
                                name: value_var,
                                value: Cow::Borrowed(v),
                            },
                        };
                        out.push_str(&self.template(body, Some(&frame))?);
                    }
                }
            }
            if out.len() > MAX_TEMPLATE_BYTES {
                return Err(self.error(
                    "Template result too large",
                    format!("A template produced more than {MAX_TEMPLATE_BYTES} bytes."),
                    crate::syntax::Span::default(),
                ));
            }
        }
        Ok(out)
    }
}

/// The largest string a template may build, so a hostile rule cannot exhaust memory.
const MAX_TEMPLATE_BYTES: usize = 16 << 20;
