//! Names, references (`var.x`, `local.y`), attribute access, indexing and splats.
//!
//! A traversal of a bound name, a variable or a local borrows the stored value
//! and copies only the part it ends at: rules walk the same locals many times.

use super::{ErrorKind, EvalError, Evaluator, Scope, SPLAT_ITEM};
use crate::syntax::{Expr, ExprKind, Span};
use crate::value::{convert, convert_cow, unify, Type, Value};
use std::borrow::Cow;

impl<'a> Evaluator<'a> {
    /// `eval_in`, but borrowing what a traversal reaches instead of copying it.
    pub(super) fn eval_ref<'s>(
        &'s self,
        e: &'s Expr,
        scope: Option<&'s Scope<'s>>,
    ) -> Result<Cow<'s, Value>, EvalError> {
        match &e.kind {
            ExprKind::Literal(v) => {
                self.charge(1, e.span)?;
                Ok(Cow::Borrowed(v))
            }
            ExprKind::Parens(inner) | ExprKind::TemplateWrap(inner) => {
                self.charge(1, e.span)?;
                self.eval_ref(inner, scope)
            }
            ExprKind::Variable(_)
            | ExprKind::GetAttr(..)
            | ExprKind::Index(..)
            | ExprKind::Splat { .. }
            | ExprKind::SplatItem => {
                self.charge(1, e.span)?;
                self.traversal(e, scope)
            }
            _ => self.eval_in(e, scope).map(Cow::Owned),
        }
    }

    /// A traversal, already charged for its own node.
    pub(super) fn traversal<'s>(
        &'s self,
        e: &'s Expr,
        scope: Option<&'s Scope<'s>>,
    ) -> Result<Cow<'s, Value>, EvalError> {
        match &e.kind {
            ExprKind::Variable(name) => self.variable(name, e.span, scope).map(Cow::Borrowed),
            ExprKind::SplatItem => Scope::lookup(scope, SPLAT_ITEM)
                .map(Cow::Borrowed)
                .ok_or_else(|| {
                    self.error(
                        "Invalid splat",
                        "A splat item is used outside a splat.",
                        e.span,
                    )
                }),
            ExprKind::GetAttr(obj, name) => {
                if let Some(v) = self.reference(obj, name, e.span, scope)? {
                    return Ok(v);
                }
                match self.eval_ref(obj, scope)? {
                    Cow::Borrowed(v) => self.attr(v, name, e.span).map(Cow::Borrowed),
                    Cow::Owned(v) => self.get_attr(&v, name, e.span).map(Cow::Owned),
                }
            }
            ExprKind::Index(coll, key) => {
                if let ExprKind::Literal(Value::String(name)) = &key.kind {
                    if let Some(v) = self.reference(coll, name, e.span, scope)? {
                        return Ok(v);
                    }
                }
                if let ExprKind::Tuple(items) = &coll.kind {
                    // Not with `compact` (the size-bound WebAssembly).
                    if !cfg!(feature = "compact") {
                        return self.index_tuple(coll, items, key, scope);
                    }
                }
                let c = self.eval_ref(coll, scope)?;
                let k = self.eval_ref(key, scope)?;
                match c {
                    Cow::Borrowed(c) => self.element(c, &k, key.span).map(Cow::Borrowed),
                    Cow::Owned(c) => self.index(&c, &k, key.span).map(Cow::Owned),
                }
            }
            ExprKind::Splat { source, each } => self.splat(source, each, scope).map(Cow::Owned),
            _ => Err(self.error("Invalid expression", "Not a traversal.", e.span)),
        }
    }

    /// `[a, b, c][i]`: as evaluating the tuple and indexing it, but keeping its
    /// elements borrowed (`[16777216, 65536, 256, 1][i]` copies no number).
    fn index_tuple<'s>(
        &'s self,
        coll: &'s Expr,
        items: &'s [Expr],
        key: &'s Expr,
        scope: Option<&'s Scope<'s>>,
    ) -> Result<Cow<'s, Value>, EvalError> {
        self.charge(1, coll.span)?;
        let mut vs = items
            .iter()
            .map(|i| self.eval_ref(i, scope))
            .collect::<Result<Vec<_>, _>>()?;
        let k = self.eval_ref(key, scope)?;
        if k.is_null() {
            return Err(self.error(
                "Invalid index",
                "Can't use a null value as an indexing key.",
                key.span,
            ));
        }
        let i = self.position(vs.len(), &k, key.span)?;
        Ok(vs.swap_remove(i))
    }

    /// A bare name: a `for`/splat binding, or a reference root used on its own.
    fn variable<'s>(
        &self,
        name: &str,
        span: Span,
        scope: Option<&'s Scope<'_>>,
    ) -> Result<&'s Value, EvalError> {
        if let Some(v) = Scope::lookup(scope, name) {
            return Ok(v);
        }
        if self.env.vars.is_none() {
            return Err(self
                .error(
                    "Variables not allowed",
                    "Variables may not be used here.",
                    span,
                )
                .with_kind(ErrorKind::Static));
        }
        let detail = match name {
            "var" | "local" | "path" | "terraform" => format!(
                "The {name:?} object cannot be accessed directly. Instead, access one of its attributes."
            ),
            _ => "A reference to a resource type must be followed by at least one attribute access, specifying the resource name.".into(),
        };
        Err(self
            .error("Invalid reference", detail, span)
            .with_kind(ErrorKind::Static))
    }

    /// `root.name` where `root` is a reference root (`var`, `local`, ...) rather than
    /// a bound name. `None` when `obj` is not such a root.
    fn reference(
        &self,
        obj: &Expr,
        name: &str,
        span: Span,
        scope: Option<&Scope<'_>>,
    ) -> Result<Option<Cow<'a, Value>>, EvalError> {
        let ExprKind::Variable(root) = &obj.kind else {
            return Ok(None);
        };
        if Scope::lookup(scope, root).is_some() {
            return Ok(None);
        }
        let Some(vars) = self.env.vars else {
            return Err(self
                .error(
                    "Variables not allowed",
                    "Variables may not be used here.",
                    obj.span,
                )
                .with_kind(ErrorKind::Static));
        };
        match root.as_str() {
            "var" => match vars.get(name) {
                Some(v) => Ok(Some(Cow::Borrowed(v))),
                None => Err(self
                    .error(
                        "Reference to undeclared input variable",
                        format!("An input variable with the name {name:?} has not been declared. This variable can be declared with a variable {name:?} {{}} block."),
                        span,
                    )
                    .with_kind(ErrorKind::Static)),
            },
            "local" => match self.env.locals.and_then(|l| l.local(name, self)) {
                Some(r) => r.map(|v| Some(Cow::Borrowed(v))),
                None => Err(self
                    .error(
                        "Reference to undeclared local value",
                        format!("A local value with the name {name:?} has not been declared."),
                        span,
                    )
                    .with_kind(ErrorKind::Static)),
            },
            "path" if matches!(name, "module" | "root" | "cwd") => {
                Ok(Some(Cow::Owned(Value::string("."))))
            }
            "terraform" if name == "workspace" => Ok(Some(Cow::Owned(Value::string("default")))),
            _ => Err(self
                .error(
                    "Reference needs a plan",
                    format!("{root}.{name} exists only when Terraform plans with providers, so this rule cannot be checked ahead of a plan."),
                    span,
                )
                .with_kind(ErrorKind::NotEvaluable)),
        }
    }

    pub(crate) fn get_attr(&self, v: &Value, name: &str, span: Span) -> Result<Value, EvalError> {
        self.attr(v, name, span).cloned()
    }

    fn attr<'v>(&self, v: &'v Value, name: &str, span: Span) -> Result<&'v Value, EvalError> {
        match v {
            Value::Null(_) => Err(self.error(
                "Attempt to get attribute from null value",
                "This value is null, so it does not have any attributes.",
                span,
            )),
            Value::Object(m) => m.get(name).ok_or_else(|| {
                self.error(
                    "Unsupported attribute",
                    format!("This object does not have an attribute named {name:?}."),
                    span,
                )
            }),
            Value::Map(_, m) => m.get(name).ok_or_else(|| {
                self.error(
                    "Missing map element",
                    format!("This map does not have an element with the key {name:?}."),
                    span,
                )
            }),
            Value::List(..) | Value::Set(..) | Value::Tuple(_) => Err(self.error(
                "Unsupported attribute",
                format!("Can't access attributes on a {}. Did you mean to access an attribute for a specific element of the list, or across all elements of the list?", v.ty().friendly_name()),
                span,
            )),
            _ => Err(self.error(
                "Unsupported attribute",
                format!("Can't access attributes on a primitive-typed value ({}).", v.ty().friendly_name()),
                span,
            )),
        }
    }

    pub(crate) fn index(&self, c: &Value, k: &Value, span: Span) -> Result<Value, EvalError> {
        self.element(c, k, span).cloned()
    }

    fn element<'v>(&self, c: &'v Value, k: &Value, span: Span) -> Result<&'v Value, EvalError> {
        let invalid = |detail: &str| self.error("Invalid index", detail.to_string(), span);
        const NO_ELEMENT: &str =
            "The given key does not identify an element in this collection value.";
        if c.is_null() {
            return Err(self.error(
                "Attempt to index null value",
                "This value is null, so it does not have any indices.",
                span,
            ));
        }
        if k.is_null() {
            return Err(invalid("Can't use a null value as an indexing key."));
        }
        match c {
            Value::List(_, vs) | Value::Tuple(vs) => Ok(&vs[self.position(vs.len(), k, span)?]),
            Value::Map(_, m) | Value::Object(m) => {
                let key = convert(k, &Type::String).map_err(|e| {
                    invalid(&format!(
                        "The given key does not identify an element in this collection value: {}.",
                        e.message
                    ))
                })?;
                let key = key.as_str().unwrap_or_default();
                m.get(key).ok_or_else(|| invalid(NO_ELEMENT))
            }
            Value::Set(..) => Err(invalid(
                "Elements of a set are identified only by their value and don't have any separate index or key to select with, so it's only possible to perform operations across all elements of the set.",
            )),
            _ => Err(invalid("This value does not have any indices.")),
        }
    }

    /// The element a (non-null) key selects in a list or tuple of `len`.
    fn position(&self, len: usize, k: &Value, span: Span) -> Result<usize, EvalError> {
        let invalid = |detail: &str| self.error("Invalid index", detail.to_string(), span);
        let n = convert_cow(k, &Type::Number).map_err(|e| {
            invalid(&format!(
                "The given key does not identify an element in this collection value: {}.",
                e.message
            ))
        })?;
        let i = n
            .as_number()
            .and_then(|n| if n.is_integer() { n.to_i64() } else { None });
        match i {
            Some(i) if i >= 0 && (i as u64) < len as u64 => Ok(i as usize),
            Some(i) if i >= 0 => Err(invalid(
                "The given key does not identify an element in this collection value: the given index is greater than or equal to the length of the collection.",
            )),
            Some(_) => Err(invalid(
                "The given key does not identify an element in this collection value: a negative number is not a valid index for a sequence.",
            )),
            None => Err(invalid(
                "The given key does not identify an element in this collection value: the given index is not a whole number.",
            )),
        }
    }

    fn splat(
        &self,
        source: &Expr,
        each: &Expr,
        scope: Option<&Scope<'_>>,
    ) -> Result<Value, EvalError> {
        let src = self.eval_ref(source, scope)?;
        let (items, as_list) = match &*src {
            Value::Null(_) => return Ok(Value::Tuple(Vec::new())),
            Value::List(_, vs) | Value::Set(_, vs) => (&vs[..], true),
            Value::Tuple(vs) => (&vs[..], false),
            // Any other value is treated as a one-element tuple.
            other => (std::slice::from_ref(other), false),
        };
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            let frame = Scope {
                parent: scope,
                name: SPLAT_ITEM,
                value: Cow::Borrowed(item),
            };
            out.push(self.eval_in(each, Some(&frame))?);
        }
        if !as_list {
            return Ok(Value::Tuple(out));
        }
        if out.is_empty() {
            return Ok(Value::List(Type::Dynamic, out));
        }
        let tys: Vec<Type> = out.iter().map(Value::ty).collect();
        match unify(&tys) {
            Some(ty) => {
                let conv: Result<Vec<_>, _> = out.iter().map(|v| convert(v, &ty)).collect();
                match conv {
                    Ok(vs) => Ok(Value::List(ty, vs)),
                    Err(_) => Ok(Value::Tuple(out)),
                }
            }
            None => Ok(Value::Tuple(out)),
        }
    }
}
