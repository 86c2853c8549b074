//! Byte offsets to lines and columns, the way Terraform numbers them: lines and
//! columns start at 1, and a column counts characters, not bytes.

use crate::syntax::Span;
use serde::Serialize;

/// A position in a source text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(all(target_arch = "wasm32", feature = "npm"), derive(tsify::Tsify))]
pub struct Pos {
    pub line: usize,
    pub column: usize,
    /// Zero-based byte offset (not serialised: consumers count lines and columns).
    #[serde(skip)]
    pub byte: usize,
}

/// A range of a source text, from `start` up to (not including) `end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(all(target_arch = "wasm32", feature = "npm"), derive(tsify::Tsify))]
pub struct Range {
    pub start: Pos,
    pub end: Pos,
}

/// A source text with its line index.
#[derive(Clone, Debug)]
pub struct SourceText<'a> {
    text: &'a str,
    line_starts: std::borrow::Cow<'a, [usize]>,
}

/// Where each line of `text` starts.
pub fn line_starts(text: &str) -> Vec<usize> {
    let mut starts = vec![0];
    starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
    starts
}

impl<'a> SourceText<'a> {
    pub fn new(text: &'a str) -> SourceText<'a> {
        SourceText { text, line_starts: line_starts(text).into() }
    }

    /// A view with a line index computed before (see [`line_starts`]).
    pub fn with_line_starts(text: &'a str, starts: &'a [usize]) -> SourceText<'a> {
        SourceText { text, line_starts: starts.into() }
    }

    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The position of a byte offset (clamped to the text, and to a character boundary).
    pub fn pos(&self, byte: usize) -> Pos {
        let mut byte = byte.min(self.text.len());
        while !self.text.is_char_boundary(byte) {
            byte -= 1;
        }
        let line = match self.line_starts.binary_search(&byte) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.line_starts[line];
        let column = self.text[start..byte].chars().count() + 1;
        Pos {
            line: line + 1,
            column,
            byte,
        }
    }

    pub fn range(&self, span: Span) -> Range {
        Range {
            start: self.pos(span.start),
            end: self.pos(span.end.max(span.start)),
        }
    }

    /// The text of line `line` (1-based), without its line break.
    pub fn line(&self, line: usize) -> &'a str {
        let Some(&start) = self.line_starts.get(line.wrapping_sub(1)) else {
            return "";
        };
        let end = self.line_starts.get(line).map_or(self.text.len(), |&e| e);
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }

    /// Terraform's short form of a range: `variables.tf:3,1-20` or `a.tfvars:1,2-3,4`.
    pub fn describe(&self, file: &str, span: Span) -> String {
        let r = self.range(span);
        if r.start.line == r.end.line {
            format!(
                "{file}:{},{}-{}",
                r.start.line, r.start.column, r.end.column
            )
        } else {
            format!(
                "{file}:{},{}-{},{}",
                r.start.line, r.start.column, r.end.line, r.end.column
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters() {
        let s = SourceText::new("a = \"é\"\nb = 1\n");
        assert_eq!(
            s.pos(0),
            Pos {
                line: 1,
                column: 1,
                byte: 0
            }
        );
        assert_eq!(s.pos(7).column, 7);
        assert_eq!(
            s.pos(9),
            Pos {
                line: 2,
                column: 1,
                byte: 9
            }
        );
        assert_eq!(s.line(2), "b = 1");
        assert_eq!(s.describe("x.tf", Span::new(9, 14)), "x.tf:2,1-6");
    }

    #[test]
    fn clamps_out_of_range_offsets() {
        let s = SourceText::new("é");
        assert_eq!(s.pos(1).byte, 0);
        assert_eq!(s.pos(99).byte, 2);
    }
}
