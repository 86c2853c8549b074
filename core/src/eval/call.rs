//! Function calls, including the lazy `can` and `try`.

use super::functions::{self, CallError};
use super::{ErrorKind, EvalError, Evaluator, Scope};
use crate::syntax::{Expr, ExprKind, Span};
use crate::value::Value;

/// Every function Terraform 1.11 has. A name here that the evaluator does not
/// implement is reported as unsupported instead of behaving like Terraform's
/// "unknown function" (which `can` would turn into `false`).
const TERRAFORM_FUNCTIONS: &[&str] = &[
    "abs",
    "abspath",
    "alltrue",
    "anytrue",
    "base64decode",
    "base64encode",
    "base64gzip",
    "base64sha256",
    "base64sha512",
    "basename",
    "bcrypt",
    "can",
    "ceil",
    "chomp",
    "chunklist",
    "cidrhost",
    "cidrnetmask",
    "cidrsubnet",
    "cidrsubnets",
    "coalesce",
    "coalescelist",
    "compact",
    "concat",
    "contains",
    "csvdecode",
    "dirname",
    "distinct",
    "element",
    "endswith",
    "ephemeralasnull",
    "file",
    "filebase64",
    "filebase64sha256",
    "filebase64sha512",
    "fileexists",
    "filemd5",
    "fileset",
    "filesha1",
    "filesha256",
    "filesha512",
    "flatten",
    "floor",
    "format",
    "formatdate",
    "formatlist",
    "indent",
    "index",
    "issensitive",
    "join",
    "jsondecode",
    "jsonencode",
    "keys",
    "length",
    "log",
    "lookup",
    "lower",
    "matchkeys",
    "max",
    "md5",
    "merge",
    "min",
    "nonsensitive",
    "one",
    "parseint",
    "pathexpand",
    "plantimestamp",
    "pow",
    "range",
    "regex",
    "regexall",
    "replace",
    "reverse",
    "rsadecrypt",
    "sensitive",
    "setintersection",
    "setproduct",
    "setsubtract",
    "setunion",
    "sha1",
    "sha256",
    "sha512",
    "signum",
    "slice",
    "sort",
    "split",
    "startswith",
    "strcontains",
    "strrev",
    "substr",
    "sum",
    "templatefile",
    "templatestring",
    "textdecodebase64",
    "textencodebase64",
    "timeadd",
    "timecmp",
    "timestamp",
    "title",
    "tobool",
    "tolist",
    "tomap",
    "tonumber",
    "toset",
    "tostring",
    "transpose",
    "trim",
    "trimprefix",
    "trimspace",
    "trimsuffix",
    "try",
    "upper",
    "urlencode",
    "uuid",
    "uuidv5",
    "values",
    "yamldecode",
    "yamlencode",
    "zipmap",
];

/// Whether Terraform itself has a function of this name (provider functions
/// included, as Terraform would resolve them at plan time).
pub fn terraform_has_function(name: &str) -> bool {
    let bare = name.strip_prefix("core::").unwrap_or(name);
    name.starts_with("provider::") || TERRAFORM_FUNCTIONS.binary_search(&bare).is_ok()
}

impl Evaluator<'_> {
    pub(super) fn call(&self, e: &Expr, scope: Option<&Scope<'_>>) -> Result<Value, EvalError> {
        let ExprKind::Call {
            name,
            name_span,
            args,
            expand_final,
        } = &e.kind
        else {
            return Err(self.error("Invalid expression", "Not a function call.", e.span));
        };
        if !self.env().functions {
            return Err(self
                .error(
                    "Function calls not allowed",
                    "Functions may not be called here.",
                    e.span,
                )
                .with_kind(ErrorKind::Static));
        }
        let bare = name.strip_prefix("core::").unwrap_or(name);
        match bare {
            "can" => return self.can(args, e.span, scope),
            "try" => return self.try_(args, e.span, scope),
            _ => {}
        }
        let Some(f) = functions::lookup(bare) else {
            if terraform_has_function(name) {
                return Err(self
                    .error(
                        "Unsupported function",
                        format!("tfcheck does not implement the function {name:?}, so a rule that calls it cannot be checked ahead of a plan."),
                        *name_span,
                    )
                    .with_kind(ErrorKind::UnsupportedFunction));
            }
            return Err(self.error(
                "Call to unknown function",
                format!("There is no function named {name:?}."),
                *name_span,
            ));
        };
        let mut values = Vec::with_capacity(args.len());
        for (i, a) in args.iter().enumerate() {
            let v = self.eval_in(a, scope)?;
            if *expand_final && i + 1 == args.len() {
                match v {
                    Value::Null(_) => {
                        return Err(self.error(
                            "Invalid expanding argument value",
                            "The expanding argument (indicated by ...) must not be null.",
                            a.span,
                        ))
                    }
                    Value::List(_, vs) | Value::Set(_, vs) | Value::Tuple(vs) => values.extend(vs),
                    _ => {
                        return Err(self.error(
                            "Invalid expanding argument value",
                            "The expanding argument (indicated by ...) must be of a tuple, list, or set type.",
                            a.span,
                        ))
                    }
                }
            } else {
                values.push(v);
            }
        }
        // The span of value `i`: its argument's, or the expanded final one's.
        let count = values.len();
        let span_of = |i: usize| match args.get(i) {
            _ if i >= count => None,
            Some(a) if !*expand_final || i + 1 < args.len() => Some(a.span),
            _ => args.last().map(|a| a.span),
        };
        // A call costs what it is given (see `weight`), charged before the
        // work: a huge argument meets the step budget instead of a slow function.
        self.charge(values.iter().map(weight).sum(), e.span)?;
        let result = functions::call_owned(f, values).map_err(
            |CallError {
                 summary,
                 detail,
                 arg,
             }| {
                let span = arg.and_then(span_of).unwrap_or(e.span);
                self.error(summary, detail, span)
            },
        )?;
        // And what it builds: `format("%9999999d", i)` in a loop makes 10 MB a call.
        self.charge(weight(&result), e.span)?;
        Ok(result)
    }

    fn arity(
        &self,
        name: &str,
        args: &[Expr],
        min: usize,
        max: Option<usize>,
        span: Span,
    ) -> Result<(), EvalError> {
        if args.len() < min {
            return Err(self.error(
                "Not enough function arguments",
                format!("Function {name:?} expects {min} argument(s). Missing value for \"expression\"."),
                span,
            ));
        }
        if let Some(max) = max {
            if args.len() > max {
                return Err(self.error(
                    "Too many function arguments",
                    format!("Function {name:?} expects only {max} argument(s)."),
                    args[max].span,
                ));
            }
        }
        Ok(())
    }

    /// `can(expr)`: true when `expr` evaluates without an error.
    fn can(
        &self,
        args: &[Expr],
        span: Span,
        scope: Option<&Scope<'_>>,
    ) -> Result<Value, EvalError> {
        self.arity("can", args, 1, Some(1), span)?;
        match self.eval_in(&args[0], scope) {
            Ok(_) => Ok(Value::Bool(true)),
            Err(e) if e.is_catchable() => Ok(Value::Bool(false)),
            Err(e) => Err(e),
        }
    }

    /// `try(a, b, ...)`: the first argument that evaluates without an error.
    fn try_(
        &self,
        args: &[Expr],
        span: Span,
        scope: Option<&Scope<'_>>,
    ) -> Result<Value, EvalError> {
        if args.is_empty() {
            return Err(self.error(
                "Not enough function arguments",
                "Function \"try\" expects at least one argument.",
                span,
            ));
        }
        let mut failures = Vec::new();
        for a in args {
            match self.eval_in(a, scope) {
                Ok(v) => return Ok(v),
                Err(e) if e.is_catchable() => failures.push(e),
                Err(e) => return Err(e),
            }
        }
        let mut detail = String::from("Call to function \"try\" failed: no expression succeeded:");
        for f in &failures {
            detail.push_str(&format!("\n- {}\n  {}", f.summary, f.detail));
        }
        detail.push_str("\n\nAt least one expression must produce a successful result.");
        Err(self.error("Error in function call", detail, span))
    }
}

/// What a function's argument costs: its values, and its strings' bytes in
/// 16-byte pieces (the functions are linear in them, so a long but ordinary
/// string stays well within the budget).
fn weight(v: &Value) -> u64 {
    match v {
        Value::String(s) => 1 + s.len() as u64 / 16,
        Value::List(_, vs) | Value::Set(_, vs) | Value::Tuple(vs) => {
            1 + vs.iter().map(weight).sum::<u64>()
        }
        Value::Map(_, m) | Value::Object(m) => {
            1 + m
                .iter()
                .map(|(k, v)| k.len() as u64 + weight(v))
                .sum::<u64>()
        }
        _ => 1,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn function_names_are_sorted_for_lookup() {
        let mut sorted = super::TERRAFORM_FUNCTIONS.to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, super::TERRAFORM_FUNCTIONS);
    }
}
