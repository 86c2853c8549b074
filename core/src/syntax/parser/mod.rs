//! A parser for HCL's native syntax that reports errors the way Terraform does
//! and never recurses deeper than its nesting limit.
//!
//! It is written for this crate rather than taken from hcl-edit because Terraform
//! accepts inputs hcl-edit rejects (numbers beyond `f64`, repeated keys in an object
//! constructor), and because hostile input must meet a depth limit, not the stack.

mod body;
mod expr;
mod template;

use super::ast::{Body, Expr, Span};
use crate::source::SourceText;

/// Why a text could not be parsed, in Terraform's words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub summary: String,
    pub detail: String,
    pub span: Span,
    /// The nesting limit was reached, rather than the text being malformed.
    pub too_deep: bool,
}

/// How deeply brackets, templates and operators may nest by default.
pub const DEFAULT_MAX_DEPTH: usize = 256;

/// Parses a whole file: attributes and blocks. `file` names it in messages that
/// point at a second place ("already set at a.tfvars:1,1-5").
pub fn parse_body(text: &str, file: &str, max_depth: usize) -> Result<Body, SyntaxError> {
    let mut p = Parser::new(text, file, max_depth);
    p.file_body()
}

/// Parses one expression making up the whole text.
pub fn parse_expr(text: &str, max_depth: usize) -> Result<Expr, SyntaxError> {
    let mut p = Parser::new(text, "<expr>", max_depth);
    p.skip_newlines = true;
    p.skip_trivia();
    let e = p.expr()?;
    p.skip_trivia();
    if !p.at_end() {
        return Err(p.error_here(
            "Extra characters after expression",
            "An expression was successfully parsed, but extra characters were found after it.",
        ));
    }
    Ok(e)
}

pub(super) struct Parser<'a> {
    src: &'a str,
    b: &'a [u8],
    pos: usize,
    file: &'a str,
    depth: usize,
    max_depth: usize,
    /// Whether newlines are insignificant here (inside brackets and parentheses).
    skip_newlines: bool,
    lines: Option<SourceText<'a>>,
}

impl<'a> Parser<'a> {
    fn new(src: &'a str, file: &'a str, max_depth: usize) -> Parser<'a> {
        Parser {
            src,
            b: src.as_bytes(),
            pos: 0,
            file,
            depth: 0,
            max_depth,
            skip_newlines: false,
            lines: None,
        }
    }

    fn at_end(&self) -> bool {
        self.pos >= self.b.len()
    }

    fn peek(&self) -> Option<u8> {
        self.b.get(self.pos).copied()
    }

    fn peek_at(&self, n: usize) -> Option<u8> {
        self.b.get(self.pos + n).copied()
    }

    fn peek_char(&self) -> Option<char> {
        self.src.get(self.pos..).and_then(|s| s.chars().next())
    }

    fn starts_with(&self, s: &str) -> bool {
        self.b[self.pos.min(self.b.len())..].starts_with(s.as_bytes())
    }

    fn eat(&mut self, s: &str) -> bool {
        if self.starts_with(s) {
            self.pos += s.len();
            true
        } else {
            false
        }
    }

    fn error(&self, summary: &str, detail: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError {
            summary: summary.into(),
            detail: detail.into(),
            span,
            too_deep: false,
        }
    }

    fn error_here(&self, summary: &str, detail: impl Into<String>) -> SyntaxError {
        let end = self.pos + self.peek_char().map_or(0, char::len_utf8);
        self.error(summary, detail, Span::new(self.pos, end))
    }

    /// Enters one level of nesting; fails once the limit is passed.
    fn enter(&mut self) -> Result<(), SyntaxError> {
        self.depth += 1;
        if self.depth > self.max_depth {
            return Err(SyntaxError {
                summary: "Nesting limit reached".into(),
                detail: format!(
                    "Brackets, templates and operators nest more than {} levels deep here.",
                    self.max_depth
                ),
                span: Span::new(self.pos, self.pos + 1),
                too_deep: true,
            });
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    /// Runs `f` with newlines significant or not, restoring the previous mode.
    fn with_newlines<T>(&mut self, skip: bool, f: impl FnOnce(&mut Self) -> T) -> T {
        let saved = std::mem::replace(&mut self.skip_newlines, skip);
        let r = f(self);
        self.skip_newlines = saved;
        r
    }

    /// Skips spaces and comments, and newlines where they are insignificant.
    fn skip_trivia(&mut self) {
        loop {
            match self.peek() {
                Some(b' ' | b'\t') => self.pos += 1,
                Some(b'\r') if self.peek_at(1) == Some(b'\n') && self.skip_newlines => {
                    self.pos += 2
                }
                Some(b'\r') if self.peek_at(1) != Some(b'\n') => self.pos += 1,
                Some(b'\n') if self.skip_newlines => self.pos += 1,
                Some(b'#') => self.skip_line_comment(),
                Some(b'/') if self.peek_at(1) == Some(b'/') => self.skip_line_comment(),
                Some(b'/') if self.peek_at(1) == Some(b'*') => {
                    match self.src[self.pos + 2..].find("*/") {
                        Some(i) => self.pos += 2 + i + 2,
                        // Unterminated, it is no comment (as in Terraform): the `/`
                        // is left for the caller to report as whatever it expected.
                        None => return,
                    }
                }
                _ => return,
            }
        }
    }

    fn skip_line_comment(&mut self) {
        match self.src[self.pos..].find('\n') {
            Some(i) => {
                self.pos += i;
                // Leave the newline (and a preceding \r) to mark the end of a line.
                if self.pos > 0 && self.b[self.pos - 1] == b'\r' {
                    self.pos -= 1;
                }
            }
            None => self.pos = self.b.len(),
        }
    }

    /// Skips trivia and newlines regardless of mode.
    fn skip_all(&mut self) {
        self.with_newlines(true, |p| p.skip_trivia());
    }

    /// Consumes a line ending (with any trailing trivia); true if one was found or
    /// the text ended.
    fn eat_newline(&mut self) -> bool {
        self.with_newlines(false, |p| p.skip_trivia());
        if self.eat("\r\n") || self.eat("\n") || self.at_end() {
            return true;
        }
        false
    }

    fn ident(&mut self) -> Option<(String, Span)> {
        let start = self.pos;
        // Nearly every identifier is ASCII: scan bytes, and fall back to
        // characters only when a non-ASCII one appears.
        let bytes = &self.b[start..];
        if bytes
            .first()
            .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'_')
        {
            let n = bytes
                .iter()
                .position(|b| !(b.is_ascii_alphanumeric() || *b == b'_' || *b == b'-'))
                .unwrap_or(bytes.len());
            if bytes.get(n).is_none_or(|b| b.is_ascii()) {
                self.pos += n;
                return Some((
                    self.src[start..self.pos].to_string(),
                    Span::new(start, self.pos),
                ));
            }
        }
        let first = self.peek_char()?;
        if !super::ident::is_start(first) {
            return None;
        }
        self.pos += first.len_utf8();
        while let Some(c) = self.peek_char() {
            if super::ident::is_continue(c) {
                self.pos += c.len_utf8();
            } else {
                break;
            }
        }
        Some((
            self.src[start..self.pos].to_string(),
            Span::new(start, self.pos),
        ))
    }

    fn describe(&mut self, span: Span) -> String {
        let src = self.src;
        let lines = self.lines.get_or_insert_with(|| SourceText::new(src));
        lines.describe(self.file, span)
    }
}

#[cfg(test)]
mod tests;
