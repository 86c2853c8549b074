//! Where each part of a value came from, so a diagnostic about one element of a
//! list points at that element rather than the whole list.

use crate::syntax::{Expr, ExprKind, ObjectKey, Span};
use crate::value::{PathStep, Value};

/// The spans of a value and, for literal collections, of its parts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SpanTree {
    Leaf(Span),
    Seq(Span, Vec<SpanTree>),
    /// Keys in source order; a repeated key keeps its last occurrence, as the value does.
    Map(Span, Vec<(String, SpanTree)>),
}

impl SpanTree {
    pub fn span(&self) -> Span {
        match self {
            SpanTree::Leaf(s) | SpanTree::Seq(s, _) | SpanTree::Map(s, _) => *s,
        }
    }

    /// The span of the part at `path`, or of the deepest part the path reaches.
    pub fn at(&self, path: &[PathStep]) -> Span {
        let mut t = self;
        for step in path {
            let next = match (t, step) {
                (SpanTree::Seq(_, items), PathStep::Index(i)) => items.get(*i),
                (SpanTree::Map(_, items), PathStep::Key(k) | PathStep::Attr(k)) => {
                    items.iter().rev().find(|(n, _)| n == k).map(|(_, t)| t)
                }
                _ => None,
            };
            match next {
                Some(n) => t = n,
                None => break,
            }
        }
        t.span()
    }

    /// The span of element `i` of a sequence, if the value was written as one.
    pub fn element(&self, i: usize) -> Option<Span> {
        match self {
            SpanTree::Seq(_, items) => items.get(i).map(SpanTree::span),
            _ => None,
        }
    }

    /// Spans of the parts of an HCL expression that built a value.
    pub fn of_expr(e: &Expr) -> SpanTree {
        match &e.kind {
            ExprKind::Parens(inner) => SpanTree::of_expr(inner),
            ExprKind::Tuple(items) => {
                SpanTree::Seq(e.span, items.iter().map(SpanTree::of_expr).collect())
            }
            ExprKind::Object(items) => SpanTree::Map(
                e.span,
                items
                    .iter()
                    .filter_map(|it| {
                        literal_key(&it.key).map(|k| (k, SpanTree::of_expr(&it.value)))
                    })
                    .collect(),
            ),
            _ => SpanTree::Leaf(e.span),
        }
    }
}

/// The key of an object item when it is written literally.
pub fn literal_key(k: &ObjectKey) -> Option<String> {
    match k {
        ObjectKey::Name(n, _) => Some(n.clone()),
        ObjectKey::Expr(e) => match &e.kind {
            ExprKind::Literal(Value::String(s)) => Some(s.clone()),
            ExprKind::Parens(inner) => match &inner.kind {
                ExprKind::Literal(Value::String(s)) => Some(s.clone()),
                _ => None,
            },
            _ => None,
        },
    }
}
