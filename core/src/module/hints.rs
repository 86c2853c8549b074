//! What a variable's validation rules allow, when they say it in a form simple
//! enough to restate: a list of allowed values, a pattern, a numeric range, a
//! length range. The JSON Schema, the web form's widgets and the help lines of
//! diagnostics use these; the rules themselves are still what decides.

use super::Module;
use crate::syntax::{BinaryOp, Expr, ExprKind, UnaryOp};
use crate::value::{Number, Value};
use serde::Serialize;

/// Constraints read off a variable's validation conditions.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
pub struct Hints {
    #[serde(rename = "enum", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", tsify(type = "JsonValue[]"))]
    pub enum_values: Option<Vec<Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
    /// A number: a JSON number when exact, else Terraform's text for it.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", tsify(type = "number | string"))]
    pub minimum: Option<Number>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", tsify(type = "number | string"))]
    pub maximum: Option<Number>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    #[cfg_attr(feature = "typescript", tsify(optional))]
    pub integer: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_length: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_length: Option<u64>,
    /// Constraints on each element of a list, set or map.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub items: Option<Box<Hints>>,
}

impl Hints {
    pub fn is_empty(&self) -> bool {
        *self == Hints::default()
    }

    /// A short statement of what is allowed, for a diagnostic's help line.
    pub fn describe(&self) -> Option<String> {
        if let Some(vals) = &self.enum_values {
            let list: Vec<String> = vals.iter().map(render).collect();
            return Some(format!("allowed values: {}", list.join(", ")));
        }
        let mut parts = Vec::new();
        match (&self.minimum, &self.maximum) {
            (Some(a), Some(b)) => parts.push(format!("from {a} to {b}")),
            (Some(a), None) => parts.push(format!("at least {a}")),
            (None, Some(b)) => parts.push(format!("at most {b}")),
            (None, None) => {}
        }
        if self.integer {
            parts.push("a whole number".into());
        }
        match (self.min_length, self.max_length) {
            (Some(a), Some(b)) => parts.push(format!("{a} to {b} characters long")),
            (None, Some(b)) => parts.push(format!("at most {b} characters long")),
            (Some(a), None) if a > 0 => parts.push(format!("at least {a} characters long")),
            _ => {}
        }
        if let Some(p) = &self.pattern {
            parts.push(format!("matching {p}"));
        }
        (!parts.is_empty()).then(|| format!("allowed: {}", parts.join(", ")))
    }
}

fn render(v: &Value) -> String {
    match v {
        Value::String(s) => format!("{s:?}"),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        _ => "…".into(),
    }
}

/// The hints of one variable, from all its validation blocks.
pub fn for_variable(m: &Module, name: &str) -> Hints {
    let mut h = Hints::default();
    if let Some(v) = m.variable(name) {
        for r in &v.validations {
            read(&r.condition, &Subject::Var(name), &mut h);
        }
    }
    h
}

/// What a condition talks about: `var.NAME`, or a `for` variable over its elements.
enum Subject<'a> {
    Var(&'a str),
    Bound(&'a str),
}

impl Subject<'_> {
    fn is(&self, e: &Expr) -> bool {
        match (self, &strip(e).kind) {
            (Subject::Var(n), ExprKind::GetAttr(root, attr)) => {
                attr == n && matches!(&root.kind, ExprKind::Variable(r) if r == "var")
            }
            (Subject::Bound(n), ExprKind::Variable(v)) => v == n,
            _ => false,
        }
    }
}

fn strip(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Parens(inner) => strip(inner),
        _ => e,
    }
}

fn literal(e: &Expr) -> Option<&Value> {
    match &strip(e).kind {
        ExprKind::Literal(v) => Some(v),
        ExprKind::Unary(UnaryOp::Negate, _) => None,
        _ => None,
    }
}

fn number(e: &Expr) -> Option<Number> {
    match &strip(e).kind {
        ExprKind::Literal(Value::Number(n)) => Some(n.clone()),
        ExprKind::Unary(UnaryOp::Negate, inner) => number(inner).map(|n| n.neg()),
        _ => None,
    }
}

fn call<'e>(e: &'e Expr, name: &str) -> Option<&'e [Expr]> {
    match &strip(e).kind {
        ExprKind::Call { name: n, args, .. } if n == name => Some(args),
        _ => None,
    }
}

/// Reads the conjuncts of a condition into `h`.
fn read(cond: &Expr, s: &Subject<'_>, h: &mut Hints) {
    let e = strip(cond);
    match &e.kind {
        ExprKind::Binary(BinaryOp::And, a, b) => {
            read(a, s, h);
            read(b, s, h);
        }
        // `var.x == null || rule`: the rule applies to every non-null value.
        ExprKind::Binary(BinaryOp::Or, a, b) if is_null_test(a, s) => read(b, s, h),
        ExprKind::Binary(op, a, b) => comparison(*op, a, b, s, h),
        ExprKind::Call { name, args, .. } => match (name.as_str(), args.as_slice()) {
            ("contains", [list, x]) if s.is(x) => {
                if let ExprKind::Tuple(items) = &strip(list).kind {
                    let vals: Option<Vec<Value>> =
                        items.iter().map(|i| literal(i).cloned()).collect();
                    if let Some(vals) = vals {
                        h.enum_values = Some(vals);
                    }
                }
            }
            ("can", [inner]) => {
                if let Some([pat, x]) = call(inner, "regex") {
                    if s.is(x) {
                        if let Some(Value::String(p)) = literal(pat) {
                            h.pattern = Some(p.clone());
                        }
                    }
                }
            }
            ("alltrue", [list]) => {
                if let ExprKind::For(f) = &strip(list).kind {
                    if f.key.is_none() && f.condition.is_none() && s.is(&f.collection) {
                        let mut inner = h.items.take().map(|b| *b).unwrap_or_default();
                        read(&f.value, &Subject::Bound(&f.value_var), &mut inner);
                        if !inner.is_empty() {
                            h.items = Some(Box::new(inner));
                        }
                    }
                }
            }
            _ => {}
        },
        _ => {}
    }
}

fn is_null_test(e: &Expr, s: &Subject<'_>) -> bool {
    matches!(&strip(e).kind, ExprKind::Binary(BinaryOp::Equal, a, b)
        if (s.is(a) && matches!(literal(b), Some(Value::Null(_)))) || (s.is(b) && matches!(literal(a), Some(Value::Null(_)))))
}

fn comparison(op: BinaryOp, a: &Expr, b: &Expr, s: &Subject<'_>, h: &mut Hints) {
    // floor(x) == x: a whole number.
    if op == BinaryOp::Equal {
        let floor_of =
            |e: &Expr| call(e, "floor").is_some_and(|args| args.len() == 1 && s.is(&args[0]));
        if (floor_of(a) && s.is(b)) || (floor_of(b) && s.is(a)) {
            h.integer = true;
        }
        return;
    }
    let length_of =
        |e: &Expr| call(e, "length").is_some_and(|args| args.len() == 1 && s.is(&args[0]));
    // Normalise to `subject OP bound`.
    let (op, subject, bound) = if s.is(a) || length_of(a) {
        (op, a, b)
    } else if s.is(b) || length_of(b) {
        let flipped = match op {
            BinaryOp::Less => BinaryOp::Greater,
            BinaryOp::LessEqual => BinaryOp::GreaterEqual,
            BinaryOp::Greater => BinaryOp::Less,
            BinaryOp::GreaterEqual => BinaryOp::LessEqual,
            other => other,
        };
        (flipped, b, a)
    } else {
        return;
    };
    let Some(n) = number(bound) else { return };
    let one = Number::from_i64(1);
    if length_of(subject) {
        let Some(n) = n.to_i64().and_then(|i| u64::try_from(i).ok()) else {
            return;
        };
        match op {
            BinaryOp::LessEqual => h.max_length = Some(n),
            BinaryOp::Less => h.max_length = n.checked_sub(1),
            BinaryOp::GreaterEqual => h.min_length = Some(n),
            BinaryOp::Greater => h.min_length = Some(n + 1),
            _ => {}
        }
        return;
    }
    match op {
        BinaryOp::LessEqual => h.maximum = Some(n),
        BinaryOp::Less if n.is_integer() && h.integer => h.maximum = n.sub(&one).ok(),
        BinaryOp::GreaterEqual => h.minimum = Some(n),
        BinaryOp::Greater if n.is_integer() && h.integer => h.minimum = n.add(&one).ok(),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hints(var: &str, conds: &[&str]) -> Hints {
        let mut src = format!("variable \"{var}\" {{\n  type = any\n");
        for c in conds {
            src.push_str(&format!(
                "  validation {{\n    condition = {c}\n    error_message = \"x\"\n  }}\n"
            ));
        }
        src.push_str("}\n");
        let m = Module::from_sources(&[("v.tf", src.as_str())]);
        assert!(m.diagnostics.is_empty(), "{:?}", m.diagnostics);
        for_variable(&m, var)
    }

    #[test]
    fn reads_enums_ranges_and_patterns() {
        let h = hints("r", &["contains([0, 1, 3], var.r)"]);
        assert_eq!(h.enum_values.as_ref().map(Vec::len), Some(3));
        assert_eq!(h.describe().unwrap(), "allowed values: 0, 1, 3");
        let h = hints("n", &["floor(var.n) == var.n && var.n >= 1 && var.n <= 6"]);
        assert!(h.integer);
        assert_eq!(
            h.describe().unwrap(),
            "allowed: from 1 to 6, a whole number"
        );
        let h = hints(
            "s",
            &["can(regex(\"^[a-z]+$\", var.s)) && length(var.s) <= 10"],
        );
        assert_eq!(h.pattern.as_deref(), Some("^[a-z]+$"));
        assert_eq!(h.max_length, Some(10));
    }

    #[test]
    fn reads_element_rules_of_lists() {
        let h = hints(
            "l",
            &["alltrue([for c in var.l : can(regex(\"^sg-\", c))])"],
        );
        assert_eq!(h.items.unwrap().pattern.as_deref(), Some("^sg-"));
    }

    #[test]
    fn ignores_what_it_cannot_restate() {
        assert!(hints("x", &["var.x != \"a\" || var.x == \"b\""]).is_empty());
    }
}
