//! NFC against Python's `unicodedata2` 15.0.0 on 3,000 seeded strings of
//! decomposable, combining and Hangul characters (scripts/gen/nfc_cases.py).

use tfcheck_core::value::nfc::nfc;

fn chars(hex: &str) -> String {
    hex.split_whitespace()
        .map(|h| {
            u32::from_str_radix(h, 16)
                .ok()
                .and_then(char::from_u32)
                .expect("a code point")
        })
        .collect()
}

#[test]
fn agrees_with_unicode_data() {
    let cases = include_str!("golden/nfc.txt");
    let mut n = 0;
    for line in cases.lines() {
        let (input, want) = line.split_once('\t').expect("two columns");
        let (input, want) = (chars(input), chars(want));
        assert_eq!(nfc(&input), want, "input {input:?}");
        n += 1;
    }
    assert_eq!(n, 3000);
}
