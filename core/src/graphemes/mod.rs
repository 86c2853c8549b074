//! Extended grapheme clusters (UAX #29), which Terraform's string functions count
//! in: the rules of the unicode-segmentation crate, with its data (tables.rs) in
//! a compact form, because the crate's tables cost about 22 KB of WebAssembly.
//! The tests check the clusters against the crate's.

mod tables;

use crate::varint::Varints;
use std::sync::OnceLock;
use tables::Cat;

/// The grapheme clusters of `s`, in order.
pub(crate) fn graphemes(s: &str) -> Graphemes<'_> {
    Graphemes { s, pos: 0 }
}

pub(crate) struct Graphemes<'a> {
    s: &'a str,
    pos: usize,
}

impl<'a> Graphemes<'a> {
    /// The byte offset of the next cluster.
    pub(crate) fn offset(&self) -> usize {
        self.pos
    }
}

impl<'a> Iterator for Graphemes<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let start = self.pos;
        let mut chars = self.s[start..].char_indices();
        let (_, first) = chars.next()?;
        let mut before = category(first);
        // Regional indicators just before the position (GB12, GB13): a cluster
        // starts after an even number of them, so counting from its start will do.
        let mut ris = usize::from(before == Cat::RegionalIndicator);
        let mut end = self.s.len();
        for (i, c) in chars {
            let after = category(c);
            if is_break(&self.s[..start + i], before, after, ris) {
                end = start + i;
                break;
            }
            ris = if after == Cat::RegionalIndicator {
                ris + 1
            } else {
                0
            };
            before = after;
        }
        self.pos = end;
        Some(&self.s[start..end])
    }
}

/// Whether there is a boundary between `head` (the text before it, ending in a
/// character of category `before`) and a character of category `after`.
fn is_break(head: &str, before: Cat, after: Cat, ris: usize) -> bool {
    use Cat::*;
    match (before, after) {
        (Cr, Lf) => false,                                               // GB3
        (Control | Cr | Lf, _) | (_, Control | Cr | Lf) => true,         // GB4, GB5
        (L, L | V | Lv | Lvt) | (Lv | V, V | T) | (Lvt | T, T) => false, // GB6-8
        (_, Extend | Zwj | SpacingMark) | (Prepend, _) => false,         // GB9, GB9a, GB9b
        (_, InCBConsonant) => !after_conjunct_linker(head),              // GB9c
        (Zwj, ExtendedPictographic) => !after_pictographic(head),        // GB11
        (RegionalIndicator, RegionalIndicator) => ris.is_multiple_of(2), // GB12, GB13
        _ => true,                                                       // GB999
    }
}

/// GB9c: `head` ends in an InCB=Consonant, then InCB=Linker and InCB=Extend
/// characters, at least one of them a linker.
fn after_conjunct_linker(head: &str) -> bool {
    let mut linkers = 0;
    for c in head.chars().rev() {
        if tables::INCB_LINKERS.contains(&(c as u32)) {
            linkers += 1;
        } else if !is_incb_extend(c) {
            return linkers > 0 && category(c) == Cat::InCBConsonant;
        }
    }
    false
}

/// GB11: `head` ends in an Extended_Pictographic character, Extend characters and
/// a ZWJ.
fn after_pictographic(head: &str) -> bool {
    let mut rest = head.chars().rev().skip(1);
    loop {
        match rest.next().map(category) {
            Some(Cat::Extend) => {}
            Some(Cat::ExtendedPictographic) => return true,
            _ => return false,
        }
    }
}

/// The tables, decoded on first use.
struct Tables {
    /// (first code point, category) of each run, in order.
    runs: Vec<(u32, Cat)>,
    /// The InCB=Extend ranges, (first, last), in order.
    incb_extend: Vec<(u32, u32)>,
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut runs = Vec::new();
        let mut at = 0;
        for v in Varints(tables::CATEGORIES) {
            runs.push((at, tables::CATS[(v & 15) as usize]));
            at += v >> 4;
        }
        runs.push((at, Cat::Any));
        let mut incb_extend = Vec::new();
        let mut at = 0;
        let mut r = Varints(tables::INCB_EXTEND);
        while let (Some(gap), Some(len)) = (r.next(), r.next()) {
            incb_extend.push((at + gap, at + gap + len - 1));
            at += gap + len;
        }
        Tables { runs, incb_extend }
    })
}

fn category(c: char) -> Cat {
    match c {
        '\n' => Cat::Lf,
        '\r' => Cat::Cr,
        '\0'..='\x1f' => Cat::Control,
        ' '..='~' => Cat::Any,
        _ => {
            let runs = &tables().runs;
            let i = runs.partition_point(|r| r.0 <= c as u32);
            runs[i - 1].1
        }
    }
}

fn is_incb_extend(c: char) -> bool {
    let r = &tables().incb_extend;
    let i = r.partition_point(|e| e.1 < c as u32);
    r.get(i).is_some_and(|e| e.0 <= c as u32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_segmentation::UnicodeSegmentation;

    fn ours(s: &str) -> Vec<&str> {
        graphemes(s).collect()
    }

    fn crates(s: &str) -> Vec<&str> {
        s.graphemes(true).collect()
    }

    #[test]
    fn every_character_clusters_as_in_unicode_segmentation() {
        // Each template tells some categories and properties apart (c is the
        // character): after a mark, before and after letters, in Hangul, emoji,
        // flag and conjunct sequences. Planes 0-2 and 14 whole, a sample elsewhere.
        let templates = [
            "ac\u{300}",
            "ca",
            "\u{1100}c\u{11A8}",
            "\u{1161}c",
            "c\n",
            "\rc",
            "\u{1F600}c\u{1F600}",
            "\u{1F600}\u{200D}c",
            "\u{1F1E6}c\u{1F1E6}",
            "\u{915}c\u{924}",
            "\u{915}\u{94D}c\u{924}",
            "\u{1F600}c\u{200D}\u{1F600}",
        ];
        let sample = (0..0x3_2000u32)
            .chain(0xE_0000..0xE_1000)
            .chain((0x3_2000..0x11_0000).step_by(97));
        for c in sample.filter_map(char::from_u32) {
            for t in templates {
                let s = t.replace('c', c.encode_utf8(&mut [0; 4]));
                assert_eq!(ours(&s), crates(&s), "{s:?}");
            }
        }
    }

    #[test]
    fn random_strings_cluster_as_in_unicode_segmentation() {
        // Characters of every category, and of the sequences rules look back over.
        let pool: Vec<char> = "a \r\n\t\u{7f}\u{85}\u{300}\u{301}\u{200D}\u{200C}\u{1F600}\u{1F468}\u{2764}\u{FE0F}\u{1F3FB}\u{1F1E6}\u{1F1E7}\u{1100}\u{1161}\u{11A8}\u{AC00}\u{AC01}\u{903}\u{93F}\u{600}\u{110BD}\u{915}\u{924}\u{94D}\u{93C}\u{9CD}\u{995}\u{E33}\u{E01EF}"
            .chars()
            .collect();
        let mut seed = 1u64;
        for _ in 0..300_000 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let len = (seed >> 60) as usize;
            let mut s = String::new();
            let mut x = seed;
            for _ in 0..len {
                x = x
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                s.push(pool[(x >> 33) as usize % pool.len()]);
            }
            assert_eq!(ours(&s), crates(&s), "{s:?}");
            let mut rev: Vec<&str> = s.graphemes(true).rev().collect();
            rev.reverse();
            assert_eq!(ours(&s), rev, "{s:?} backwards");
        }
    }
}
