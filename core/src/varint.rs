//! LEB128 varints: the encoding of the generated Unicode tables (grapheme
//! break categories, NFC data, general categories), read by this one decoder.

/// The varints of a table, in order.
pub(crate) struct Varints(pub &'static [u8]);

impl Varints {
    /// The next varint; 0 at the end of the table.
    pub fn next_or_zero(&mut self) -> u32 {
        self.next().unwrap_or(0)
    }

    /// The next raw byte (a table may interleave bytes with its varints).
    pub fn byte(&mut self) -> Option<u8> {
        let (&b, rest) = self.0.split_first()?;
        self.0 = rest;
        Some(b)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Iterator for Varints {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        let mut v = 0u32;
        let mut shift = 0;
        loop {
            let b = self.byte()?;
            v |= u32::from(b & 0x7F) << shift;
            shift += 7;
            if b < 0x80 {
                return Some(v);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Varints;

    #[test]
    fn reads_one_and_several_byte_varints_and_raw_bytes() {
        let mut r = Varints(&[0x05, 0xE5, 0x8E, 0x26, 0x07, 0x7F]);
        assert_eq!(r.next(), Some(5));
        assert_eq!(r.next(), Some(624_485));
        assert_eq!(r.byte(), Some(7));
        assert_eq!(r.next_or_zero(), 127);
        assert!(r.is_empty());
        assert_eq!(r.next(), None);
        assert_eq!(r.next_or_zero(), 0);
    }
}
