//! Byte offsets to LSP positions and back. LSP counts a line's characters in
//! UTF-16 code units (the default position encoding, the one every client
//! supports), so a character outside the Basic Multilingual Plane counts two.

use lsp_types::{Position, Range};

/// Where each line of a text starts.
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> LineIndex<'a> {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|(_, b)| *b == b'\n')
                .map(|(i, _)| i + 1),
        );
        LineIndex { text, starts }
    }

    /// The position of a byte offset (clamped to the text and to a character boundary).
    pub fn position(&self, byte: usize) -> Position {
        let mut byte = byte.min(self.text.len());
        while !self.text.is_char_boundary(byte) {
            byte -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= byte) - 1;
        let start = self.starts[line];
        let col: usize = self.text[start..byte].chars().map(char::len_utf16).sum();
        Position::new(line as u32, col as u32)
    }

    pub fn range(&self, start: usize, end: usize) -> Range {
        Range::new(self.position(start), self.position(end.max(start)))
    }

    /// The byte offset of a position. A line past the end is the end of the
    /// text; a column past the end of its line is the line's end (as LSP says);
    /// a column inside a surrogate pair is the character's start.
    pub fn offset(&self, p: Position) -> usize {
        let Some(&start) = self.starts.get(p.line as usize) else {
            return self.text.len();
        };
        let end = self
            .starts
            .get(p.line as usize + 1)
            .map_or(self.text.len(), |&n| n - 1);
        let line = &self.text[start..end];
        let line = line.strip_suffix('\r').unwrap_or(line);
        let mut units = 0usize;
        for (i, c) in line.char_indices() {
            let next = units + c.len_utf16();
            if next > p.character as usize {
                return start + i;
            }
            units = next;
        }
        start + line.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_utf16_units() {
        let text = "a = \"é𝄞x\"\nb = 1\n";
        let ix = LineIndex::new(text);
        // é is one unit (two bytes), 𝄞 two units (four bytes).
        let x = text.find('x').unwrap();
        assert_eq!(ix.position(x), Position::new(0, 8));
        assert_eq!(ix.offset(Position::new(0, 8)), x);
        let b = text.find('b').unwrap();
        assert_eq!(ix.position(b), Position::new(1, 0));
        assert_eq!(ix.offset(Position::new(1, 0)), b);
    }

    #[test]
    fn clamps_out_of_range_positions() {
        let text = "ab\r\ncd";
        let ix = LineIndex::new(text);
        assert_eq!(ix.offset(Position::new(0, 99)), 2);
        assert_eq!(ix.offset(Position::new(9, 0)), text.len());
        assert_eq!(ix.position(999), Position::new(1, 2));
        // Inside the surrogate pair of 𝄞: its start.
        let ix = LineIndex::new("𝄞");
        assert_eq!(ix.offset(Position::new(0, 1)), 0);
    }

    #[test]
    fn round_trips_every_boundary() {
        let text = "x = \"ü\"\n\ny = [\"𝄞\", 2]\n";
        let ix = LineIndex::new(text);
        for (i, _) in text.char_indices() {
            assert_eq!(ix.offset(ix.position(i)), i, "offset {i}");
        }
    }
}
