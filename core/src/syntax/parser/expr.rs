//! Expressions: operators by precedence, terms, traversals and splats, collection
//! constructors and `for` expressions.

use super::{Parser, SyntaxError};
use crate::syntax::ast::{BinaryOp, Expr, ExprKind, ForExpr, ObjectItem, ObjectKey, Span, UnaryOp};
use crate::value::{Number, Value};

const INVALID_EXPRESSION: &str =
    "Expected the start of an expression, but found an invalid expression token.";

fn precedence(op: BinaryOp) -> u8 {
    match op {
        BinaryOp::Or => 1,
        BinaryOp::And => 2,
        BinaryOp::Equal | BinaryOp::NotEqual => 3,
        BinaryOp::Less | BinaryOp::LessEqual | BinaryOp::Greater | BinaryOp::GreaterEqual => 4,
        BinaryOp::Add | BinaryOp::Subtract => 5,
        BinaryOp::Multiply | BinaryOp::Divide | BinaryOp::Modulo => 6,
    }
}

impl Parser<'_> {
    /// A full expression: a conditional, or an operation.
    pub(super) fn expr(&mut self) -> Result<Expr, SyntaxError> {
        self.enter()?;
        let cond = self.binary(1)?;
        self.skip_trivia();
        let result = if self.peek() == Some(b'?') {
            self.pos += 1;
            self.skip_trivia();
            let yes = self.expr()?;
            self.skip_trivia();
            if !self.eat(":") {
                return Err(self.error_here(
                    "Missing false expression in conditional",
                    "The conditional operator (...?...:...) requires a false expression, delimited by a colon.",
                ));
            }
            self.skip_trivia();
            let no = self.expr()?;
            let span = cond.span.to(no.span);
            Expr {
                kind: ExprKind::Conditional(Box::new(cond), Box::new(yes), Box::new(no)),
                span,
            }
        } else {
            cond
        };
        self.leave();
        Ok(result)
    }

    fn binary_op(&self) -> Option<(BinaryOp, usize)> {
        let two = |a: u8, b: u8| self.peek() == Some(a) && self.peek_at(1) == Some(b);
        Some(match self.peek()? {
            b'|' if two(b'|', b'|') => (BinaryOp::Or, 2),
            b'&' if two(b'&', b'&') => (BinaryOp::And, 2),
            b'=' if two(b'=', b'=') => (BinaryOp::Equal, 2),
            b'!' if two(b'!', b'=') => (BinaryOp::NotEqual, 2),
            b'<' if two(b'<', b'=') => (BinaryOp::LessEqual, 2),
            b'>' if two(b'>', b'=') => (BinaryOp::GreaterEqual, 2),
            b'<' if !two(b'<', b'<') => (BinaryOp::Less, 1),
            b'>' => (BinaryOp::Greater, 1),
            b'+' => (BinaryOp::Add, 1),
            b'-' => (BinaryOp::Subtract, 1),
            b'*' => (BinaryOp::Multiply, 1),
            b'/' if !matches!(self.peek_at(1), Some(b'/' | b'*')) => (BinaryOp::Divide, 1),
            b'%' => (BinaryOp::Modulo, 1),
            _ => return None,
        })
    }

    /// Left-associative binary operations at `min` precedence or tighter. Each
    /// operation of a chain nests the tree one level deeper (`1 + 1 + 1` is
    /// `(1 + 1) + 1`), so the levels count against the limit until the chain ends.
    fn binary(&mut self, min: u8) -> Result<Expr, SyntaxError> {
        let base = self.depth;
        let mut lhs = self.unary()?;
        loop {
            self.skip_trivia();
            let Some((op, len)) = self.binary_op() else {
                self.depth = base;
                return Ok(lhs);
            };
            let prec = precedence(op);
            if prec < min {
                self.depth = base;
                return Ok(lhs);
            }
            self.pos += len;
            self.skip_trivia();
            self.enter()?;
            let rhs = self.binary(prec + 1)?;
            let span = lhs.span.to(rhs.span);
            lhs = Expr {
                kind: ExprKind::Binary(op, Box::new(lhs), Box::new(rhs)),
                span,
            };
        }
    }

    fn unary(&mut self) -> Result<Expr, SyntaxError> {
        let start = self.pos;
        let op = match self.peek() {
            Some(b'-') => UnaryOp::Negate,
            Some(b'!') => UnaryOp::Not,
            _ => return self.postfix(),
        };
        self.pos += 1;
        self.skip_trivia();
        self.enter()?;
        let operand = self.unary()?;
        self.leave();
        let span = Span::new(start, operand.span.end);
        Ok(Expr {
            kind: ExprKind::Unary(op, Box::new(operand)),
            span,
        })
    }

    /// A term followed by attribute accesses, indexes and splats.
    fn postfix(&mut self) -> Result<Expr, SyntaxError> {
        let term = self.term()?;
        self.traversals(term)
    }

    /// Accesses after a term. Each wraps the expression so far (`a.b.c` is
    /// `(a.b).c`), so, as for operators, its levels count until the chain ends.
    fn traversals(&mut self, mut e: Expr) -> Result<Expr, SyntaxError> {
        let base = self.depth;
        loop {
            let save = self.pos;
            self.skip_trivia();
            match self.peek() {
                Some(b'.') if self.peek_at(1) != Some(b'.') => {
                    self.pos += 1;
                    self.enter()?;
                    if self.eat("*") {
                        e = self.attr_splat(e)?;
                        continue;
                    }
                    e = self.get_attr(e)?;
                }
                Some(b'[') => {
                    self.enter()?;
                    let open = self.pos;
                    self.pos += 1;
                    self.with_newlines(true, |p| p.skip_trivia());
                    if self.peek() == Some(b'*') {
                        self.pos += 1;
                        self.with_newlines(true, |p| p.skip_trivia());
                        if !self.eat("]") {
                            return Err(self.error_here(
                                "Missing close bracket on splat index",
                                "The star for a full splat operator must be immediately followed by a closing bracket (\"]\").",
                            ));
                        }
                        let item = Expr {
                            kind: ExprKind::SplatItem,
                            span: Span::new(open, self.pos),
                        };
                        self.enter()?;
                        let each = self.traversals(item)?;
                        self.leave();
                        let span = e.span.to(each.span);
                        e = Expr {
                            kind: ExprKind::Splat {
                                source: Box::new(e),
                                each: Box::new(each),
                            },
                            span,
                        };
                        continue;
                    }
                    self.enter()?;
                    let key = self.with_newlines(true, |p| p.expr())?;
                    self.leave();
                    self.with_newlines(true, |p| p.skip_trivia());
                    if !self.eat("]") {
                        return Err(self.error_here(
                            "Missing close bracket on index",
                            "The index operator must end with a closing bracket (\"]\").",
                        ));
                    }
                    let span = Span::new(e.span.start, self.pos);
                    e = Expr {
                        kind: ExprKind::Index(Box::new(e), Box::new(key)),
                        span,
                    };
                }
                _ => {
                    self.pos = save;
                    self.depth = base;
                    return Ok(e);
                }
            }
        }
    }

    /// After a `.`: a name, or legacy numeric indexes (`list.0`, `list.0.1`),
    /// each index a level of the enclosing chain of accesses.
    fn get_attr(&mut self, e: Expr) -> Result<Expr, SyntaxError> {
        if self.peek().is_some_and(|c| c.is_ascii_digit()) {
            let mut e = e;
            // `a.0.1` reads as a number "0.1" to a scanner; split it into indexes.
            let start = self.pos;
            while self.peek().is_some_and(|c| c.is_ascii_digit() || c == b'.') {
                if self.peek() == Some(b'.') && !self.peek_at(1).is_some_and(|c| c.is_ascii_digit())
                {
                    break;
                }
                self.pos += 1;
            }
            let mut at = start;
            for part in self.src[start..self.pos].split('.') {
                let span = Span::new(at, at + part.len());
                at += part.len() + 1;
                let n = part.parse::<u64>().map_err(|_| {
                    self.error("Invalid index", "Index must be a whole number.", span)
                })?;
                let key = Expr {
                    kind: ExprKind::Literal(Value::Number(Number::from_u64(n))),
                    span,
                };
                let whole = Span::new(e.span.start, span.end);
                self.enter()?;
                e = Expr {
                    kind: ExprKind::Index(Box::new(e), Box::new(key)),
                    span: whole,
                };
            }
            return Ok(e);
        }
        match self.ident() {
            Some((name, span)) => {
                let whole = Span::new(e.span.start, span.end);
                Ok(Expr {
                    kind: ExprKind::GetAttr(Box::new(e), name),
                    span: whole,
                })
            }
            None => Err(self.error_here(
                "Invalid attribute name",
                "An attribute name is required after a dot.",
            )),
        }
    }

    /// `.*` followed by attribute names and legacy indexes only.
    fn attr_splat(&mut self, source: Expr) -> Result<Expr, SyntaxError> {
        let mut each = Expr {
            kind: ExprKind::SplatItem,
            span: Span::new(self.pos - 2, self.pos),
        };
        while self.peek() == Some(b'.') && self.peek_at(1) != Some(b'*') {
            self.pos += 1;
            self.enter()?;
            each = self.get_attr(each)?;
        }
        let span = source.span.to(each.span);
        Ok(Expr {
            kind: ExprKind::Splat {
                source: Box::new(source),
                each: Box::new(each),
            },
            span,
        })
    }

    fn term(&mut self) -> Result<Expr, SyntaxError> {
        let start = self.pos;
        match self.peek() {
            None => Err(self.error(
                "Missing expression",
                "Expected the start of an expression, but found the end of the file.",
                Span::new(start, start),
            )),
            Some(b'(') => {
                self.pos += 1;
                let inner = self.with_newlines(true, |p| {
                    p.skip_trivia();
                    p.expr()
                })?;
                self.with_newlines(true, |p| p.skip_trivia());
                if !self.eat(")") {
                    return Err(self.error_here(
                        "Unbalanced parentheses",
                        "Expected a closing parenthesis to terminate the expression.",
                    ));
                }
                Ok(Expr {
                    kind: ExprKind::Parens(Box::new(inner)),
                    span: Span::new(start, self.pos),
                })
            }
            Some(b'[') => self.with_newlines(true, |p| p.tuple()),
            Some(b'{') => self.object(),
            Some(b'"') => {
                let parts = self.quoted_template()?;
                Ok(super::template::template_expr(
                    parts,
                    Span::new(start, self.pos),
                ))
            }
            Some(b'<') if self.starts_with("<<") => self.heredoc(),
            Some(c) if c.is_ascii_digit() => self.number(),
            _ => {
                let Some((name, span)) = self.ident() else {
                    return Err(self.error_here("Invalid expression", INVALID_EXPRESSION));
                };
                match name.as_str() {
                    "true" => return Ok(literal(Value::Bool(true), span)),
                    "false" => return Ok(literal(Value::Bool(false), span)),
                    "null" => return Ok(literal(Value::null(), span)),
                    _ => {}
                }
                if self.starts_with("::") || self.next_is_call() {
                    return self.call(name, span);
                }
                Ok(Expr {
                    kind: ExprKind::Variable(name),
                    span,
                })
            }
        }
    }

    fn next_is_call(&mut self) -> bool {
        let save = self.pos;
        self.skip_trivia();
        let yes = self.peek() == Some(b'(');
        self.pos = save;
        yes
    }

    fn number(&mut self) -> Result<Expr, SyntaxError> {
        let start = self.pos;
        let digits = |p: &mut Self| {
            while p.peek().is_some_and(|c| c.is_ascii_digit()) {
                p.pos += 1;
            }
        };
        digits(self);
        if self.peek() == Some(b'.') && self.peek_at(1).is_some_and(|c| c.is_ascii_digit()) {
            self.pos += 1;
            digits(self);
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            let save = self.pos;
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if self.peek().is_some_and(|c| c.is_ascii_digit()) {
                digits(self);
            } else {
                self.pos = save;
            }
        }
        let span = Span::new(start, self.pos);
        match Number::parse_literal(&self.src[start..self.pos]) {
            Some(n) => Ok(literal(Value::Number(n), span)),
            None => Err(self.error(
                "Invalid number literal",
                "Failed to recognize the value of this number literal.",
                span,
            )),
        }
    }

    fn call(&mut self, mut name: String, name_span: Span) -> Result<Expr, SyntaxError> {
        let mut name_span = name_span;
        while self.eat("::") {
            match self.ident() {
                Some((part, span)) => {
                    name.push_str("::");
                    name.push_str(&part);
                    name_span.end = span.end;
                }
                None => {
                    return Err(self.error_here(
                        "Missing function name",
                        "Function scope resolution symbol :: must be followed by a function name in this scope.",
                    ))
                }
            }
        }
        self.skip_trivia();
        if !self.eat("(") {
            return Err(self.error_here(
                "Function calls require parentheses",
                "A function name must be followed by an opening parenthesis to begin the arguments.",
            ));
        }
        let mut args = Vec::new();
        let mut expand_final = false;
        self.with_newlines(true, |p| -> Result<(), SyntaxError> {
            loop {
                p.skip_trivia();
                if p.eat(")") {
                    return Ok(());
                }
                if expand_final {
                    return Err(p.error_here(
                        "Missing closing parenthesis",
                        "An expanded function argument (with ...) must be immediately followed by closing parentheses.",
                    ));
                }
                p.enter()?;
                args.push(p.expr()?);
                p.leave();
                p.skip_trivia();
                if p.eat("...") {
                    expand_final = true;
                    p.skip_trivia();
                }
                if p.eat(",") {
                    continue;
                }
                if p.peek() == Some(b')') {
                    continue;
                }
                return Err(p.error_here(
                    "Missing argument separator",
                    "A comma is required to separate each function argument from the next.",
                ));
            }
        })?;
        Ok(Expr {
            kind: ExprKind::Call {
                name,
                name_span,
                args,
                expand_final,
            },
            span: Span::new(name_span.start, self.pos),
        })
    }

    /// Whether a `for` keyword starts a `for` expression here (after `[` or `{`).
    fn at_for(&mut self) -> bool {
        let save = self.pos;
        let yes = matches!(self.ident(), Some((w, _)) if w == "for") && {
            self.skip_all();
            self.ident().is_some()
        };
        self.pos = save;
        yes
    }

    fn tuple(&mut self) -> Result<Expr, SyntaxError> {
        let start = self.pos;
        self.pos += 1;
        self.enter()?;
        self.skip_trivia();
        if self.at_for() {
            let e = self.for_expr(start, false)?;
            self.leave();
            return Ok(e);
        }
        let mut items = Vec::new();
        loop {
            self.skip_trivia();
            if self.eat("]") {
                break;
            }
            // At the end of the file an item is still expected: "Missing expression".
            items.push(self.expr()?);
            self.skip_trivia();
            if self.eat(",") || self.peek() == Some(b']') {
                continue;
            }
            if self.at_end() {
                return Err(self.error(
                    "Unterminated tuple constructor expression",
                    "There is no corresponding closing bracket before the end of the file. \
                     This may be caused by incorrect bracket nesting elsewhere in this file.",
                    Span::new(start, start + 1),
                ));
            }
            return Err(self.error_here(
                "Missing item separator",
                "Expected a comma to mark the beginning of the next item.",
            ));
        }
        self.leave();
        Ok(Expr {
            kind: ExprKind::Tuple(items),
            span: Span::new(start, self.pos),
        })
    }

    fn object(&mut self) -> Result<Expr, SyntaxError> {
        let start = self.pos;
        self.pos += 1;
        self.enter()?;
        self.skip_all();
        if self.at_for() {
            let e = self.with_newlines(true, |p| p.for_expr(start, true))?;
            self.leave();
            return Ok(e);
        }
        let mut items = Vec::new();
        self.with_newlines(false, |p| -> Result<(), SyntaxError> {
            loop {
                p.skip_all();
                if p.eat("}") {
                    return Ok(());
                }
                // At the end of the file a key is still expected: "Missing expression".
                let key = p.object_key()?;
                p.skip_trivia();
                if !(p.eat("=") || p.eat(":")) {
                    if p.at_end() {
                        return Err(p.error(
                            "Unterminated object constructor expression",
                            "There is no corresponding closing brace before the end of the file. \
                             This may be caused by incorrect brace nesting elsewhere in this file.",
                            Span::new(start, start + 1),
                        ));
                    }
                    return Err(p.error_here(
                        "Missing key/value separator",
                        "Expected an equals sign (\"=\") to mark the beginning of the attribute value.",
                    ));
                }
                p.skip_trivia();
                let value = p.expr()?;
                items.push(ObjectItem { key, value });
                p.skip_trivia();
                if p.eat(",") || p.eat("\r\n") || p.eat("\n") || p.peek() == Some(b'}') {
                    continue;
                }
                if p.at_end() {
                    return Err(p.error(
                        "Unterminated object constructor expression",
                        "There is no corresponding closing brace before the end of the file. \
                         This may be caused by incorrect brace nesting elsewhere in this file.",
                        Span::new(start, start + 1),
                    ));
                }
                return Err(p.error_here(
                    "Missing attribute separator",
                    "Expected a newline or comma to mark the beginning of the next attribute.",
                ));
            }
        })?;
        self.leave();
        Ok(Expr {
            kind: ExprKind::Object(items),
            span: Span::new(start, self.pos),
        })
    }

    fn object_key(&mut self) -> Result<ObjectKey, SyntaxError> {
        let save = self.pos;
        if let Some((name, span)) = self.ident() {
            self.skip_trivia();
            // A bare name followed by `=` or `:` is a literal key.
            if matches!(self.peek(), Some(b'=' | b':')) && self.peek_at(1) != Some(b'=') {
                return Ok(ObjectKey::Name(name, span));
            }
            self.pos = save;
        }
        self.enter()?;
        let key = self.binary(1)?;
        self.leave();
        Ok(ObjectKey::Expr(key))
    }

    /// `[for k, v in coll : value if cond]` or `{for k, v in coll : key => value... if cond}`;
    /// `start` is the opening bracket, which has been consumed.
    fn for_expr(&mut self, start: usize, object: bool) -> Result<Expr, SyntaxError> {
        self.skip_all();
        self.ident(); // `for`
        self.skip_all();
        let bad_for = |p: &Self, d: &str| p.error_here("Invalid 'for' expression", d.to_string());
        let (first, _) = self
            .ident()
            .ok_or_else(|| bad_for(self, "For expression requires variable name after 'for'."))?;
        self.skip_all();
        let (key_var, value_var) = if self.eat(",") {
            self.skip_all();
            let (second, _) = self.ident().ok_or_else(|| {
                bad_for(
                    self,
                    "For expression requires value variable name after comma.",
                )
            })?;
            (Some(first), second)
        } else {
            (None, first)
        };
        self.skip_all();
        if !matches!(self.ident(), Some((w, _)) if w == "in") {
            return Err(bad_for(
                self,
                "For expression requires the 'in' keyword after its name declarations.",
            ));
        }
        self.skip_all();
        let collection = self.expr()?;
        self.skip_all();
        if !self.eat(":") {
            return Err(bad_for(
                self,
                "For expression requires a colon after the collection expression.",
            ));
        }
        self.skip_all();
        let first_expr = self.expr()?;
        self.skip_all();
        let (key, value) = if object {
            if !self.eat("=>") {
                return Err(bad_for(
                    self,
                    "Key expression in 'for' expression must be followed by an arrow (\"=>\").",
                ));
            }
            self.skip_all();
            (Some(first_expr), self.expr()?)
        } else {
            (None, first_expr)
        };
        self.skip_all();
        let grouping = object && self.eat("...");
        self.skip_all();
        let mut condition = None;
        let save = self.pos;
        if matches!(self.ident(), Some((w, _)) if w == "if") {
            self.skip_all();
            condition = Some(self.expr()?);
            self.skip_all();
        } else {
            self.pos = save;
        }
        let close = if object { "}" } else { "]" };
        if !self.eat(close) {
            return Err(bad_for(
                self,
                &format!(
                    "Extra characters after the end of the 'for' expression; expected \"{close}\"."
                ),
            ));
        }
        Ok(Expr {
            kind: ExprKind::For(Box::new(ForExpr {
                key_var,
                value_var,
                collection,
                key,
                value,
                condition,
                grouping,
            })),
            span: Span::new(start, self.pos),
        })
    }
}

fn literal(v: Value, span: Span) -> Expr {
    Expr {
        kind: ExprKind::Literal(v),
        span,
    }
}
