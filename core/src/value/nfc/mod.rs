//! Unicode Normalization Form C, which Terraform applies to every string value
//! (go-cty's `StringVal` normalises), so `"Cafe\u0301"` and `"Café"` are the same
//! string to every rule. Tables are Unicode 15.0.0, as Terraform 1.11's Go
//! libraries use; the algorithm is the one UAX #15 describes.

mod tables;

use crate::varint::Varints;
use std::borrow::Cow;
use std::sync::OnceLock;

// Hangul syllables are composed and decomposed by arithmetic (UAX #15, 3.12).
const S_BASE: u32 = 0xAC00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11A7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const N_COUNT: u32 = V_COUNT * T_COUNT;
const S_COUNT: u32 = L_COUNT * N_COUNT;

/// The NFC form of `s`, borrowed when `s` is already in it.
pub fn nfc(s: &str) -> Cow<'_, str> {
    // Nothing below U+0300 decomposes or combines with what precedes it.
    if s.chars().all(|c| (c as u32) < 0x300) {
        return Cow::Borrowed(s);
    }
    let mut chars: Vec<u32> = Vec::with_capacity(s.len());
    for c in s.chars() {
        decompose(c as u32, &mut chars);
    }
    reorder(&mut chars);
    compose(&mut chars);
    let out: String = chars.into_iter().filter_map(char::from_u32).collect();
    if out == s {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(out)
    }
}

/// The NFC form, taking ownership when it changes nothing.
pub fn nfc_owned(s: String) -> String {
    match nfc(&s) {
        Cow::Borrowed(_) => s,
        Cow::Owned(o) => o,
    }
}

/// The tables, decoded from their compact form (see tables.rs) on first use.
struct Tables {
    /// Runs of a non-zero combining class: (first, last, class), sorted.
    classes: Vec<(u32, u32, u8)>,
    /// Canonical decompositions: (code point, first, second or 0), sorted.
    decompositions: Vec<(u32, u32, u32)>,
    /// Primary composites: (first << 21 | second, composite), sorted.
    compositions: Vec<(u64, u32)>,
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(decode)
}

/// `from` plus the zigzag-encoded difference `z`.
fn plus(from: u32, z: u32) -> u32 {
    from.wrapping_add_signed((z >> 1) as i32 ^ -((z & 1) as i32))
}

fn decode() -> Tables {
    let mut classes = Vec::new();
    let mut r = Varints(tables::COMBINING_CLASS);
    let mut last = 0;
    while !r.is_empty() {
        let first = last + r.next_or_zero();
        last = first + r.next_or_zero();
        let class = r.byte().unwrap_or(0);
        classes.push((first, last, class));
    }
    let mut decompositions = Vec::new();
    let mut compositions = Vec::new();
    let mut r = Varints(tables::DECOMPOSITION);
    let (mut c, mut first, mut second) = (0, 0, 0);
    while !r.is_empty() {
        let head = r.next_or_zero();
        c += head >> 1;
        first = plus(first, r.next_or_zero());
        let s = match r.next_or_zero() {
            0 => 0,
            z => {
                second = plus(second, z - 1);
                second
            }
        };
        decompositions.push((c, first, s));
        if head & 1 == 1 {
            compositions.push(((u64::from(first) << 21) | u64::from(s), c));
        }
    }
    crate::small::sort_by_key(&mut compositions, |e| e.0);
    Tables {
        classes,
        decompositions,
        compositions,
    }
}

fn combining_class(c: u32) -> u8 {
    let classes = &tables().classes;
    let i = classes.partition_point(|e| e.1 < c);
    match classes.get(i) {
        Some(&(first, _, class)) if first <= c => class,
        _ => 0,
    }
}

/// Appends the full canonical decomposition of `c`.
fn decompose(c: u32, out: &mut Vec<u32>) {
    if (S_BASE..S_BASE + S_COUNT).contains(&c) {
        let s = c - S_BASE;
        out.push(L_BASE + s / N_COUNT);
        out.push(V_BASE + (s % N_COUNT) / T_COUNT);
        if !s.is_multiple_of(T_COUNT) {
            out.push(T_BASE + s % T_COUNT);
        }
        return;
    }
    let d = &tables().decompositions;
    match d.binary_search_by_key(&c, |e| e.0) {
        Ok(i) => {
            let (_, first, second) = d[i];
            decompose(first, out);
            if second != 0 {
                decompose(second, out);
            }
        }
        Err(_) => out.push(c),
    }
}

/// Sorts each run of combining marks by combining class, keeping equal classes
/// in order (the canonical ordering algorithm).
fn reorder(chars: &mut [u32]) {
    let mut i = 0;
    while i < chars.len() {
        if combining_class(chars[i]) == 0 {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && combining_class(chars[i]) != 0 {
            i += 1;
        }
        crate::small::sort_by_key(&mut chars[start..i], |&c| combining_class(c));
    }
}

fn compose_pair(a: u32, b: u32) -> Option<u32> {
    if (L_BASE..L_BASE + L_COUNT).contains(&a) && (V_BASE..V_BASE + V_COUNT).contains(&b) {
        return Some(S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT);
    }
    if (S_BASE..S_BASE + S_COUNT).contains(&a)
        && (a - S_BASE).is_multiple_of(T_COUNT)
        && (T_BASE + 1..T_BASE + T_COUNT).contains(&b)
    {
        return Some(a + (b - T_BASE));
    }
    let key = (u64::from(a) << 21) | u64::from(b);
    let comp = &tables().compositions;
    comp.binary_search_by_key(&key, |e| e.0)
        .ok()
        .map(|i| comp[i].1)
}

/// Canonical composition: each character joins the last starter before it unless
/// a character in between blocks it.
fn compose(chars: &mut Vec<u32>) {
    if chars.is_empty() {
        return;
    }
    let mut starter = 0;
    let mut last_class: u16 = match combining_class(chars[0]) {
        0 => 0,
        // Text that starts with a mark has no starter to compose with yet.
        _ => 256,
    };
    let mut write = 1;
    for read in 1..chars.len() {
        let c = chars[read];
        let class = u16::from(combining_class(c));
        let composite = compose_pair(chars[starter], c);
        match composite {
            Some(x) if last_class < class || last_class == 0 => chars[starter] = x,
            _ => {
                if class == 0 {
                    starter = write;
                }
                last_class = class;
                chars[write] = c;
                write += 1;
            }
        }
    }
    chars.truncate(write);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn composes_what_terraform_composes() {
        assert_eq!(nfc("Cafe\u{301}"), "Café");
        assert_eq!(nfc("\u{212A}elvin"), "Kelvin");
        assert_eq!(nfc("\u{1100}\u{1161}\u{11A8}"), "\u{AC01}");
        // A mark with nothing to join, and marks reordered by class.
        assert_eq!(nfc("\u{301}a"), "\u{301}a");
        assert_eq!(nfc("a\u{323}\u{302}"), "\u{1EAD}");
        assert_eq!(nfc("a\u{302}\u{323}"), "\u{1EAD}");
        // Composition exclusions stay decomposed.
        assert_eq!(nfc("\u{0958}"), "\u{0915}\u{093C}");
    }

    #[test]
    fn borrows_text_already_in_nfc() {
        assert!(matches!(nfc("plain ascii"), Cow::Borrowed(_)));
        assert!(matches!(nfc("Café ☕"), Cow::Borrowed(_)));
    }
}
