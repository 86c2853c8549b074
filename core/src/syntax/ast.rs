//! The syntax tree of HCL's native syntax, as Terraform reads `.tf` and `.tfvars`
//! files. Every node keeps the byte span it came from.

use crate::value::Value;
use std::sync::Arc;

/// A byte range in one source text (defined with the text's lines and columns).
pub use crate::source::Span;

/// A file's top level, or the inside of a block.
#[derive(Clone, Debug, Default)]
pub struct Body {
    pub attributes: Vec<Attribute>,
    pub blocks: Vec<Block>,
}

impl Body {
    pub fn attribute(&self, name: &str) -> Option<&Attribute> {
        self.attributes.iter().find(|a| a.name == name)
    }
    pub fn blocks<'a>(&'a self, kind: &'a str) -> impl Iterator<Item = &'a Block> + 'a {
        self.blocks.iter().filter(move |b| b.kind == kind)
    }
}

/// `name = expression`
#[derive(Clone, Debug)]
pub struct Attribute {
    pub name: String,
    pub name_span: Span,
    /// Shared, so a module's rules can hold their expressions without copying them.
    pub value: Arc<Expr>,
    /// From the name to the end of the value.
    pub span: Span,
}

/// `kind "label" ... { body }`
#[derive(Clone, Debug)]
pub struct Block {
    pub kind: String,
    pub labels: Vec<(String, Span)>,
    pub body: Body,
    /// From the block type to the closing brace.
    pub span: Span,
    /// From the block type to the end of its last label: what Terraform calls the
    /// declaration range (`variables.tf:3,1-20`).
    pub decl_span: Span,
}

impl Block {
    pub fn label(&self, i: usize) -> Option<&str> {
        self.labels.get(i).map(|(l, _)| l.as_str())
    }
}

#[derive(Clone, Debug)]
#[cfg_attr(
    feature = "snapshot",
    derive(borsh::BorshSerialize, borsh::BorshDeserialize)
)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(
    feature = "snapshot",
    derive(borsh::BorshSerialize, borsh::BorshDeserialize)
)]
pub enum UnaryOp {
    Negate,
    Not,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(
    feature = "snapshot",
    derive(borsh::BorshSerialize, borsh::BorshDeserialize)
)]
pub enum BinaryOp {
    Or,
    And,
    Equal,
    NotEqual,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    Add,
    Subtract,
    Multiply,
    Divide,
    Modulo,
}

impl BinaryOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOp::Or => "||",
            BinaryOp::And => "&&",
            BinaryOp::Equal => "==",
            BinaryOp::NotEqual => "!=",
            BinaryOp::Less => "<",
            BinaryOp::LessEqual => "<=",
            BinaryOp::Greater => ">",
            BinaryOp::GreaterEqual => ">=",
            BinaryOp::Add => "+",
            BinaryOp::Subtract => "-",
            BinaryOp::Multiply => "*",
            BinaryOp::Divide => "/",
            BinaryOp::Modulo => "%",
        }
    }
}

#[derive(Clone, Debug)]
#[cfg_attr(
    feature = "snapshot",
    derive(borsh::BorshSerialize, borsh::BorshDeserialize)
)]
pub enum ExprKind {
    /// `null`, `true`, a number, or a string without interpolations.
    Literal(Value),
    /// A string or heredoc with interpolations or directives.
    Template(Vec<Part>),
    /// `"${x}"`: a template that is one interpolation yields the value unchanged.
    TemplateWrap(Box<Expr>),
    Tuple(Vec<Expr>),
    Object(Vec<ObjectItem>),
    /// A root name: `var`, `local`, a `for` variable.
    Variable(String),
    GetAttr(Box<Expr>, String),
    Index(Box<Expr>, Box<Expr>),
    /// `source[*].each` / `source.*.each`: `each` is evaluated for every element with
    /// [`ExprKind::SplatItem`] standing for it.
    Splat {
        source: Box<Expr>,
        each: Box<Expr>,
    },
    SplatItem,
    Call {
        name: String,
        name_span: Span,
        args: Vec<Expr>,
        /// The last argument was followed by `...`.
        expand_final: bool,
    },
    Conditional(Box<Expr>, Box<Expr>, Box<Expr>),
    Unary(UnaryOp, Box<Expr>),
    Binary(BinaryOp, Box<Expr>, Box<Expr>),
    For(Box<ForExpr>),
    Parens(Box<Expr>),
}

#[derive(Clone, Debug)]
#[cfg_attr(
    feature = "snapshot",
    derive(borsh::BorshSerialize, borsh::BorshDeserialize)
)]
pub struct ObjectItem {
    pub key: ObjectKey,
    pub value: Expr,
}

#[derive(Clone, Debug)]
#[cfg_attr(
    feature = "snapshot",
    derive(borsh::BorshSerialize, borsh::BorshDeserialize)
)]
pub enum ObjectKey {
    /// A bare identifier: the key is its name.
    Name(String, Span),
    /// Any other expression, evaluated and converted to a string.
    Expr(Expr),
}

impl ObjectKey {
    pub fn span(&self) -> Span {
        match self {
            ObjectKey::Name(_, s) => *s,
            ObjectKey::Expr(e) => e.span,
        }
    }
}

#[derive(Clone, Debug)]
#[cfg_attr(
    feature = "snapshot",
    derive(borsh::BorshSerialize, borsh::BorshDeserialize)
)]
pub struct ForExpr {
    pub key_var: Option<String>,
    pub value_var: String,
    pub collection: Expr,
    /// Present for `{for ...: k => v}`, absent for `[for ...: v]`.
    pub key: Option<Expr>,
    pub value: Expr,
    pub condition: Option<Expr>,
    /// `...` after the value: group values with the same key into tuples.
    pub grouping: bool,
}

/// A piece of a template.
#[derive(Clone, Debug)]
#[cfg_attr(
    feature = "snapshot",
    derive(borsh::BorshSerialize, borsh::BorshDeserialize)
)]
pub enum Part {
    Literal(String),
    Interpolation(Expr),
    If {
        condition: Expr,
        then: Vec<Part>,
        otherwise: Vec<Part>,
    },
    For {
        key_var: Option<String>,
        value_var: String,
        collection: Expr,
        body: Vec<Part>,
    },
}

impl Expr {
    /// Calls `f` on this expression and every expression inside it.
    pub fn walk<'a>(&'a self, f: &mut dyn FnMut(&'a Expr)) {
        f(self);
        match &self.kind {
            ExprKind::Literal(_) | ExprKind::Variable(_) | ExprKind::SplatItem => {}
            ExprKind::Template(parts) => walk_parts(parts, f),
            ExprKind::TemplateWrap(e) | ExprKind::Parens(e) | ExprKind::Unary(_, e) => e.walk(f),
            ExprKind::GetAttr(e, _) => e.walk(f),
            ExprKind::Tuple(es) | ExprKind::Call { args: es, .. } => {
                es.iter().for_each(|e| e.walk(f))
            }
            ExprKind::Object(items) => {
                for it in items {
                    if let ObjectKey::Expr(k) = &it.key {
                        k.walk(f);
                    }
                    it.value.walk(f);
                }
            }
            ExprKind::Index(a, b) | ExprKind::Binary(_, a, b) => {
                a.walk(f);
                b.walk(f);
            }
            ExprKind::Splat { source, each } => {
                source.walk(f);
                each.walk(f);
            }
            ExprKind::Conditional(a, b, c) => {
                a.walk(f);
                b.walk(f);
                c.walk(f);
            }
            ExprKind::For(fe) => {
                fe.collection.walk(f);
                if let Some(k) = &fe.key {
                    k.walk(f);
                }
                fe.value.walk(f);
                if let Some(c) = &fe.condition {
                    c.walk(f);
                }
            }
        }
    }

    /// `var.name`-style references: the root name and the first attribute after it.
    pub fn references(&self) -> Vec<(&str, Option<&str>, Span)> {
        let mut out = Vec::new();
        self.walk(&mut |e| match &e.kind {
            ExprKind::GetAttr(inner, attr) => {
                if let ExprKind::Variable(root) = &inner.kind {
                    out.push((root.as_str(), Some(attr.as_str()), e.span));
                }
            }
            ExprKind::Index(inner, key) => {
                // `var["name"]` is the same reference as `var.name`.
                if let (ExprKind::Variable(root), ExprKind::Literal(Value::String(k))) =
                    (&inner.kind, &key.kind)
                {
                    out.push((root.as_str(), Some(k.as_str()), e.span));
                }
            }
            _ => {}
        });
        out
    }
}

fn walk_parts<'a>(parts: &'a [Part], f: &mut dyn FnMut(&'a Expr)) {
    for p in parts {
        match p {
            Part::Literal(_) => {}
            Part::Interpolation(e) => e.walk(f),
            Part::If {
                condition,
                then,
                otherwise,
            } => {
                condition.walk(f);
                walk_parts(then, f);
                walk_parts(otherwise, f);
            }
            Part::For {
                collection, body, ..
            } => {
                collection.walk(f);
                walk_parts(body, f);
            }
        }
    }
}
