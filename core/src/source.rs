//! Byte offsets to lines and columns, the way Terraform numbers them: lines and
//! columns start at 1, and a column counts characters, not bytes.

use serde::Serialize;

/// A byte range in one source text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(
    feature = "snapshot",
    derive(borsh::BorshSerialize, borsh::BorshDeserialize)
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }
    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// A position in a source text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "snapshot",
    derive(borsh::BorshSerialize, borsh::BorshDeserialize)
)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
pub struct Pos {
    pub line: usize,
    pub column: usize,
    /// Zero-based byte offset (not serialised: consumers count lines and columns).
    #[serde(skip)]
    pub byte: usize,
}

/// A range of a source text, from `start` up to (not including) `end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "snapshot",
    derive(borsh::BorshSerialize, borsh::BorshDeserialize)
)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
pub struct Range {
    pub start: Pos,
    pub end: Pos,
}

/// A source text with its line index.
#[derive(Clone, Debug)]
pub struct SourceText<'a> {
    text: &'a str,
    line_starts: std::borrow::Cow<'a, [usize]>,
    /// The last position found (line start, byte, column): the next one on the
    /// same line counts characters from there, so the many diagnostics of one
    /// long line cost time in proportion to the line, not to the line times
    /// the diagnostics.
    last: std::cell::Cell<(usize, usize, usize)>,
}

/// Where each line of `text` starts.
pub fn line_starts(text: &str) -> Vec<usize> {
    let mut starts = vec![0];
    starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
    starts
}

const BOM: &str = "\u{feff}";

/// No position found yet: matches no line start.
const NO_LAST: (usize, usize, usize) = (usize::MAX, 0, 0);

impl<'a> SourceText<'a> {
    pub fn new(text: &'a str) -> SourceText<'a> {
        SourceText {
            text,
            line_starts: line_starts(text).into(),
            last: NO_LAST.into(),
        }
    }

    /// A view with a line index computed before (see [`line_starts`]).
    pub fn with_line_starts(text: &'a str, starts: &'a [usize]) -> SourceText<'a> {
        SourceText {
            text,
            line_starts: starts.into(),
            last: NO_LAST.into(),
        }
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
        let column = match self.last.get() {
            (s, b, c) if s == start && b <= byte => c + self.text[b..byte].chars().count(),
            _ => self.text[start..byte].chars().count() + 1,
        };
        self.last.set((start, byte, column));
        // A byte-order mark is no character of the first line (Terraform skips it).
        let column = if line == 0 && byte >= BOM.len() && self.text.starts_with(BOM) {
            column - 1
        } else {
            column
        };
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
    fn columns_are_the_same_in_any_order_of_lookups() {
        let text = "é = [\"ü\", 2, \"ß\"]\nb = 1\n";
        let fresh = |b: usize| SourceText::new(text).pos(b);
        let s = SourceText::new(text);
        let bytes: Vec<usize> = (0..=text.len())
            .filter(|&b| text.is_char_boundary(b))
            .collect();
        for &b in bytes.iter().chain(bytes.iter().rev()).chain(bytes.iter()) {
            assert_eq!(s.pos(b), fresh(b), "byte {b}");
        }
    }

    #[test]
    fn a_byte_order_mark_is_not_counted() {
        let s = SourceText::new("\u{feff}a = 1\nb = 2\n");
        assert_eq!(s.pos(0).column, 1);
        assert_eq!(s.pos(3).column, 1);
        assert_eq!(s.pos(7).column, 5);
        assert_eq!(s.pos(9).column, 1);
        let twice = SourceText::new("\u{feff}\u{feff}a");
        assert_eq!(twice.pos(3).column, 1);
        assert_eq!(twice.pos(6).column, 2);
    }

    #[test]
    fn clamps_out_of_range_offsets() {
        let s = SourceText::new("é");
        assert_eq!(s.pos(1).byte, 0);
        assert_eq!(s.pos(99).byte, 2);
    }
}
