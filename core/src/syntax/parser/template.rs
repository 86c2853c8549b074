//! Templates: quoted strings and heredocs with `${...}` interpolations and
//! `%{if}`/`%{for}` directives, including `~` whitespace stripping.

use super::{Parser, SyntaxError};
use crate::syntax::ast::{Expr, ExprKind, Part, Span};
use crate::value::Value;

/// A template piece before directives are nested and whitespace is stripped.
enum Token {
    Literal(String),
    Interp(Expr, bool, bool),
    If(Expr, bool, bool, Span),
    Else(bool, bool, Span),
    EndIf(bool, bool, Span),
    For(Option<String>, String, Expr, bool, bool, Span),
    EndFor(bool, bool, Span),
}

impl Token {
    fn strips(&self) -> (bool, bool) {
        match self {
            Token::Literal(_) => (false, false),
            Token::Interp(_, l, r)
            | Token::If(_, l, r, _)
            | Token::Else(l, r, _)
            | Token::EndIf(l, r, _)
            | Token::For(_, _, _, l, r, _)
            | Token::EndFor(l, r, _) => (*l, *r),
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Quoted,
    Heredoc { end: usize },
}

/// The expression a template stands for: a literal string, the single
/// interpolated value, or a template.
pub(super) fn template_expr(parts: Vec<Part>, span: Span) -> Expr {
    let kind = if let Some(s) = single_literal(&parts) {
        // Terraform's strings are always in Unicode NFC.
        ExprKind::Literal(Value::String(crate::value::nfc::nfc_owned(s)))
    } else if let [Part::Interpolation(_)] = parts.as_slice() {
        match parts.into_iter().next() {
            Some(Part::Interpolation(e)) => ExprKind::TemplateWrap(Box::new(e)),
            _ => ExprKind::Template(Vec::new()),
        }
    } else {
        ExprKind::Template(parts)
    };
    Expr { kind, span }
}

/// The text of a template with no interpolations or directives.
pub(super) fn single_literal(parts: &[Part]) -> Option<String> {
    match parts {
        [] => Some(String::new()),
        [Part::Literal(s)] => Some(s.clone()),
        _ => None,
    }
}

impl Parser<'_> {
    /// A quoted string starting at the opening quote; consumes the closing one.
    pub(super) fn quoted_template(&mut self) -> Result<Vec<Part>, SyntaxError> {
        let open = self.pos;
        self.pos += 1;
        self.enter()?;
        let tokens = self.template_tokens(Mode::Quoted, open)?;
        self.leave();
        build(tokens)
    }

    /// `<<EOT` or `<<-EOT`, through the closing delimiter line.
    pub(super) fn heredoc(&mut self) -> Result<Expr, SyntaxError> {
        let start = self.pos;
        self.pos += 2;
        let flush = self.eat("-");
        let Some((delim, _)) = self.ident() else {
            return Err(self.error_here(
                "Invalid heredoc introducer",
                "A heredoc introducer must be followed by an identifier to use as the closing marker.",
            ));
        };
        if !(self.eat("\r\n") || self.eat("\n")) {
            return Err(self.error_here(
                "Invalid heredoc introducer",
                "A heredoc introducer must be followed immediately by a newline.",
            ));
        }
        let content_start = self.pos;
        let mut line_start = content_start;
        let (content_end, after) = loop {
            if line_start >= self.b.len() {
                let _ = start;
                return Err(self.error(
                    "Unterminated template string",
                    "No closing marker was found for the string.",
                    Span::new(self.b.len(), self.b.len()),
                ));
            }
            let line_end = self.src[line_start..]
                .find('\n')
                .map_or(self.b.len(), |i| line_start + i);
            if self.src[line_start..line_end].trim() == delim {
                break (line_start, line_end);
            }
            line_start = line_end + 1;
        };
        self.enter()?;
        let mut tokens = self.template_tokens(Mode::Heredoc { end: content_end }, start)?;
        self.leave();
        if flush {
            dedent(&mut tokens);
        }
        self.pos = after;
        let parts = build(tokens)?;
        Ok(template_expr(parts, Span::new(start, after)))
    }

    fn template_tokens(&mut self, mode: Mode, open: usize) -> Result<Vec<Token>, SyntaxError> {
        let mut tokens = Vec::new();
        let mut lit = String::new();
        loop {
            if let Mode::Heredoc { end } = mode {
                if self.pos >= end {
                    break;
                }
            }
            let Some(c) = self.peek_char() else {
                return Err(self.error(
                    "Unterminated template string",
                    "No closing marker was found for the string.",
                    Span::new(open, open + 1),
                ));
            };
            match c {
                '"' if mode == Mode::Quoted => {
                    self.pos += 1;
                    break;
                }
                '\n' | '\r' if mode == Mode::Quoted => {
                    return Err(self.error_here(
                        "Invalid multi-line string",
                        "Quoted strings may not be split over multiple lines. To produce a multi-line \
                         string, either use the \\n escape to represent a newline character or use the \
                         \"heredoc\" multi-line template syntax.",
                    ));
                }
                '\\' if mode == Mode::Quoted => lit.push(self.escape()?),
                '$' if self.starts_with("$${") => {
                    self.pos += 3;
                    lit.push_str("${");
                }
                '%' if self.starts_with("%%{") => {
                    self.pos += 3;
                    lit.push_str("%{");
                }
                '$' if self.starts_with("${") => {
                    if !lit.is_empty() {
                        tokens.push(Token::Literal(std::mem::take(&mut lit)));
                    }
                    tokens.push(self.interpolation()?);
                }
                '%' if self.starts_with("%{") => {
                    if !lit.is_empty() {
                        tokens.push(Token::Literal(std::mem::take(&mut lit)));
                    }
                    tokens.push(self.directive()?);
                }
                _ => {
                    // Copy the run of ordinary characters up to the next one that
                    // may mean something, in one go.
                    let limit = match mode {
                        Mode::Heredoc { end } => end,
                        Mode::Quoted => self.b.len(),
                    };
                    let run = self.b[self.pos..limit]
                        .iter()
                        .position(|b| matches!(b, b'"' | b'\\' | b'$' | b'%' | b'\n' | b'\r'))
                        .map_or(limit, |i| self.pos + i.max(1));
                    let run = if self.src.is_char_boundary(run) {
                        run
                    } else {
                        self.pos + c.len_utf8()
                    };
                    lit.push_str(&self.src[self.pos..run]);
                    self.pos = run;
                }
            }
        }
        if !lit.is_empty() {
            tokens.push(Token::Literal(lit));
        }
        Ok(tokens)
    }

    fn escape(&mut self) -> Result<char, SyntaxError> {
        let start = self.pos;
        self.pos += 1;
        let Some(c) = self.peek_char() else {
            return Err(self.error_here(
                "Unterminated template string",
                "No closing marker was found for the string.",
            ));
        };
        self.pos += c.len_utf8();
        let simple = match c {
            'n' => Some('\n'),
            'r' => Some('\r'),
            't' => Some('\t'),
            '"' => Some('"'),
            '\\' => Some('\\'),
            _ => None,
        };
        if let Some(s) = simple {
            return Ok(s);
        }
        let digits = match c {
            'u' => 4,
            'U' => 8,
            _ => {
                return Err(self.error(
                    "Invalid escape sequence",
                    format!("The symbol {c:?} is not a valid escape sequence selector."),
                    Span::new(start, self.pos),
                ))
            }
        };
        let hex = self.src.get(self.pos..self.pos + digits).unwrap_or("");
        let ch = (hex.len() == digits && hex.bytes().all(|b| b.is_ascii_hexdigit()))
            .then(|| u32::from_str_radix(hex, 16).ok().and_then(char::from_u32))
            .flatten();
        match ch {
            Some(ch) => {
                self.pos += digits;
                Ok(ch)
            }
            None => Err(self.error(
                "Invalid escape sequence",
                format!("The \\{c} escape must be followed by {digits} hexadecimal digits giving a valid Unicode character."),
                Span::new(start, self.pos),
            )),
        }
    }

    /// `${ expr }`, with optional `~` strip markers.
    fn interpolation(&mut self) -> Result<Token, SyntaxError> {
        self.pos += 2;
        let strip_left = self.eat("~");
        let e = self.with_newlines(true, |p| {
            p.skip_trivia();
            p.expr()
        })?;
        self.with_newlines(true, |p| p.skip_trivia());
        let strip_right = self.eat("~");
        if !self.eat("}") {
            return Err(self.error_here(
                "Extra characters after interpolation expression",
                "Expected a closing brace to end the interpolation expression, but found extra characters.",
            ));
        }
        Ok(Token::Interp(e, strip_left, strip_right))
    }

    /// `%{ if c }`, `%{ else }`, `%{ endif }`, `%{ for k, v in c }`, `%{ endfor }`.
    fn directive(&mut self) -> Result<Token, SyntaxError> {
        let start = self.pos;
        self.pos += 2;
        let strip_left = self.eat("~");
        self.skip_all();
        let word = self.ident().map(|(w, _)| w).unwrap_or_default();
        self.skip_all();
        let kind = match word.as_str() {
            "if" => DirKind::If(self.with_newlines(true, |p| p.expr())?),
            "else" => DirKind::Else,
            "endif" => DirKind::EndIf,
            "endfor" => DirKind::EndFor,
            "for" => {
                let bad = |p: &Self| {
                    p.error_here(
                        "Invalid 'for' directive",
                        "A for directive reads: %{ for name in collection }, or %{ for key, name in collection }.",
                    )
                };
                let (first, _) = self.ident().ok_or_else(|| bad(self))?;
                self.skip_all();
                let (key, value) = if self.eat(",") {
                    self.skip_all();
                    let (second, _) = self.ident().ok_or_else(|| bad(self))?;
                    (Some(first), second)
                } else {
                    (None, first)
                };
                self.skip_all();
                if !matches!(self.ident(), Some((w, _)) if w == "in") {
                    return Err(bad(self));
                }
                self.skip_all();
                DirKind::For(key, value, self.with_newlines(true, |p| p.expr())?)
            }
            _ => {
                return Err(self.error(
                    "Invalid template directive",
                    "A template directive keyword (\"if\", \"for\", etc) is expected at the beginning of a %{ sequence.",
                    Span::new(start, self.pos),
                ))
            }
        };
        self.skip_all();
        let strip_right = self.eat("~");
        if !self.eat("}") {
            return Err(self.error_here(
                "Extra characters in template directive",
                "Expected a closing brace to end the template directive.",
            ));
        }
        let span = Span::new(start, self.pos);
        Ok(match kind {
            DirKind::If(c) => Token::If(c, strip_left, strip_right, span),
            DirKind::Else => Token::Else(strip_left, strip_right, span),
            DirKind::EndIf => Token::EndIf(strip_left, strip_right, span),
            DirKind::For(k, v, c) => Token::For(k, v, c, strip_left, strip_right, span),
            DirKind::EndFor => Token::EndFor(strip_left, strip_right, span),
        })
    }
}

enum DirKind {
    If(Expr),
    Else,
    EndIf,
    For(Option<String>, String, Expr),
    EndFor,
}

/// `<<-` heredocs: remove the smallest indentation of the non-blank lines from
/// the start of every line.
fn dedent(tokens: &mut [Token]) {
    let mut min: Option<usize> = None;
    let mut at_line_start = true;
    for t in tokens.iter() {
        match t {
            Token::Literal(s) => {
                for (i, line) in s.split('\n').enumerate() {
                    if (i > 0 || at_line_start) && !line.trim().is_empty() {
                        let n = line.len() - line.trim_start_matches([' ', '\t']).len();
                        min = Some(min.map_or(n, |m| m.min(n)));
                    }
                }
                at_line_start = s.ends_with('\n');
            }
            _ => {
                if at_line_start {
                    min = Some(0);
                }
                at_line_start = false;
            }
        }
    }
    let Some(n) = min.filter(|&n| n > 0) else {
        return;
    };
    let mut at_line_start = true;
    for t in tokens.iter_mut() {
        match t {
            Token::Literal(s) => {
                let mut out = String::with_capacity(s.len());
                for (i, line) in s.split('\n').enumerate() {
                    if i > 0 {
                        out.push('\n');
                    }
                    if i > 0 || at_line_start {
                        let strip = line.len() - line.trim_start_matches([' ', '\t']).len();
                        out.push_str(&line[strip.min(n)..]);
                    } else {
                        out.push_str(line);
                    }
                }
                at_line_start = s.ends_with('\n');
                *s = out;
            }
            _ => at_line_start = false,
        }
    }
}

/// Applies strip markers to neighbouring literals, then nests directives.
fn build(mut tokens: Vec<Token>) -> Result<Vec<Part>, SyntaxError> {
    for i in 0..tokens.len() {
        let (left, right) = tokens[i].strips();
        if left && i > 0 {
            if let Token::Literal(s) = &mut tokens[i - 1] {
                let kept = s.trim_end().len();
                s.truncate(kept);
            }
        }
        if right && i + 1 < tokens.len() {
            if let Token::Literal(s) = &mut tokens[i + 1] {
                *s = s.trim_start().to_string();
            }
        }
    }
    let mut iter = tokens.into_iter().peekable();
    let (parts, end) = nest(&mut iter)?;
    match end {
        None => Ok(parts),
        Some((what, span)) => Err(unexpected(what, span)),
    }
}

type Tokens = std::iter::Peekable<std::vec::IntoIter<Token>>;

/// The directive that ended a run of parts (`else`, `endif`, `endfor`) and where.
type Closer = Option<(&'static str, Span)>;

/// Parts up to the next `else`/`endif`/`endfor`, which is returned with them.
fn nest(tokens: &mut Tokens) -> Result<(Vec<Part>, Closer), SyntaxError> {
    let mut parts = Vec::new();
    while let Some(t) = tokens.next() {
        match t {
            Token::Literal(s) => {
                if !s.is_empty() {
                    parts.push(Part::Literal(s));
                }
            }
            Token::Interp(e, ..) => parts.push(Part::Interpolation(e)),
            Token::Else(_, _, span) => return Ok((parts, Some(("else", span)))),
            Token::EndIf(_, _, span) => return Ok((parts, Some(("endif", span)))),
            Token::EndFor(_, _, span) => return Ok((parts, Some(("endfor", span)))),
            Token::If(condition, _, _, span) => {
                let (then, end) = nest(tokens)?;
                let otherwise = match end {
                    Some(("else", _)) => {
                        let (otherwise, end) = nest(tokens)?;
                        match end {
                            Some(("endif", _)) => otherwise,
                            Some((w, s)) => return Err(unexpected(w, s)),
                            None => return Err(unclosed("if", "endif", span)),
                        }
                    }
                    Some(("endif", _)) => Vec::new(),
                    Some((w, s)) => return Err(unexpected(w, s)),
                    None => return Err(unclosed("if", "endif", span)),
                };
                parts.push(Part::If {
                    condition,
                    then,
                    otherwise,
                });
            }
            Token::For(key_var, value_var, collection, _, _, span) => {
                let (body, end) = nest(tokens)?;
                match end {
                    Some(("endfor", _)) => {}
                    Some((w, s)) => return Err(unexpected(w, s)),
                    None => return Err(unclosed("for", "endfor", span)),
                }
                parts.push(Part::For {
                    key_var,
                    value_var,
                    collection,
                    body,
                });
            }
        }
    }
    Ok((parts, None))
}

fn unexpected(what: &str, span: Span) -> SyntaxError {
    SyntaxError {
        summary: format!("Unexpected {what} directive"),
        detail: format!("The {what} directive here has no matching opening directive."),
        span,
        too_deep: false,
    }
}

fn unclosed(what: &str, closer: &str, span: Span) -> SyntaxError {
    SyntaxError {
        summary: format!("Unterminated template {what} directive"),
        detail: format!("The {what} directive here has no matching %{{ {closer} }}."),
        span,
        too_deep: false,
    }
}
