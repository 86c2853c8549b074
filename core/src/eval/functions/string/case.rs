//! Go's `unicode.ToUpper` and `unicode.ToLower` (simple, one-character case
//! mappings), from compact tables instead of std's `char::to_uppercase` and
//! `to_lowercase`, whose tables cost about 24 KB of WebAssembly.
//!
//! The tables are std's mappings (as the functions used before them: the
//! one-character results, with Go's exceptions), checked for every character by
//! the tests; `cargo test -p tfcheck-core print_case_tables -- --ignored
//! --nocapture` prints them anew.

/// Go's `unicode.ToUpper`: the simple (one character) uppercase mapping.
pub(in crate::eval::functions) fn go_upper(c: char) -> char {
    map(UPPER, c)
}

/// Go's `unicode.ToLower`: the simple lowercase mapping.
pub(in crate::eval::functions) fn go_lower(c: char) -> char {
    map(LOWER, c)
}

/// Entries are runs: start << 43 | length << 36 | (stride - 1) << 35 |
/// (delta + 2^17); the characters start, start + stride, ... (length of them)
/// map to themselves plus delta.
fn map(table: &[u64], c: char) -> char {
    let u = c as u32;
    let i = table.partition_point(|&e| (e >> 43) as u32 <= u);
    let Some(&e) = i.checked_sub(1).and_then(|i| table.get(i)) else {
        return c;
    };
    let off = u - (e >> 43) as u32;
    let stride = ((e >> 35) & 1) as u32 + 1;
    if !off.is_multiple_of(stride) || off / stride >= ((e >> 36) & 0x7F) as u32 {
        return c;
    }
    let delta = (e & 0x3_FFFF) as i64 - (1 << 17);
    char::from_u32((i64::from(u) + delta) as u32).unwrap_or(c)
}

#[rustfmt::skip]
const UPPER: &[u64] = &[
    0x309A00001FFE0,
    0x5A810000202E7,
    0x701700001FFE0,
    0x7C0700001FFE0,
    0x7F81000020079,
    0x809880001FFFF,
    0x988100001FF18,
    0x998380001FFFF,
    0x9D0880001FFFF,
    0xA59780001FFFF,
    0xBD0380001FFFF,
    0xBF8100001FED4,
    0xC0010000200C3,
    0xC18280001FFFF,
    0xC40100001FFFF,
    0xC60100001FFFF,
    0xC90100001FFFF,
    0xCA81000020061,
    0xCC8100001FFFF,
    0xCD010000200A3,
    0xCD8100002A641,
    0xCF01000020082,
    0xD08380001FFFF,
    0xD40100001FFFF,
    0xD68100001FFFF,
    0xD80100001FFFF,
    0xDA0280001FFFF,
    0xDC8100001FFFF,
    0xDE8100001FFFF,
    0xDF81000020038,
    0xE28100001FFFF,
    0xE30100001FFFE,
    0xE40100001FFFF,
    0xE48100001FFFE,
    0xE58100001FFFF,
    0xE60100001FFFE,
    0xE70880001FFFF,
    0xEE8100001FFB1,
    0xEF8980001FFFF,
    0xF90100001FFFF,
    0xF98100001FFFE,
    0xFA8100001FFFF,
    0xFC9480001FFFF,
    0x1118980001FFFF,
    0x11E0100001FFFF,
    0x11F82000022A3F,
    0x1210100001FFFF,
    0x1238580001FFFF,
    0x12801000022A1F,
    0x12881000022A1C,
    0x12901000022A1E,
    0x1298100001FF2E,
    0x12A0100001FF32,
    0x12B0200001FF33,
    0x12C8100001FF36,
    0x12D8100001FF35,
    0x12E0100002A54F,
    0x1300100001FF33,
    0x1308100002A54B,
    0x1318100001FF31,
    0x1320100002A567,
    0x1328100002A528,
    0x1330100002A544,
    0x1340100001FF2F,
    0x1348100001FF2D,
    0x1350100002A544,
    0x135810000229F7,
    0x1360100002A541,
    0x1378100001FF2D,
    0x138810000229FD,
    0x1390100001FF2B,
    0x13A8100001FF2A,
    0x13E810000229E7,
    0x1400100001FF26,
    0x1410100002A543,
    0x1418100001FF26,
    0x1438100002A52A,
    0x1440100001FF26,
    0x1448100001FFBB,
    0x1450200001FF27,
    0x1460100001FFB9,
    0x1490100001FF25,
    0x14E8100002A515,
    0x14F0100002A512,
    0x1A281000020054,
    0x1B88280001FFFF,
    0x1BB8100001FFFF,
    0x1BD83000020082,
    0x1D60100001FFDA,
    0x1D68300001FFDB,
    0x1D89100001FFE0,
    0x1E10100001FFE1,
    0x1E18900001FFE0,
    0x1E60100001FFC0,
    0x1E68200001FFC1,
    0x1E80100001FFC2,
    0x1E88100001FFC7,
    0x1EA8100001FFD1,
    0x1EB0100001FFCA,
    0x1EB8100001FFF8,
    0x1EC8C80001FFFF,
    0x1F80100001FFAA,
    0x1F88100001FFB0,
    0x1F901000020007,
    0x1F98100001FF8C,
    0x1FA8100001FFA0,
    0x1FC0100001FFFF,
    0x1FD8100001FFFF,
    0x2182000001FFE0,
    0x2281000001FFB0,
    0x2309180001FFFF,
    0x2459B80001FFFF,
    0x2610780001FFFF,
    0x2678100001FFF1,
    0x268B080001FFFF,
    0x2B0A600001FFD0,
    0x8682B000020BC0,
    0x87E83000020BC0,
    0x9FC0600001FFF8,
    0xE400100001E792,
    0xE408100001E793,
    0xE410100001E79C,
    0xE418200001E79E,
    0xE428100001E79D,
    0xE430100001E7A4,
    0xE438100001E7DB,
    0xE44010000289C2,
    0xE450100001FFFF,
    0xEBC81000028A04,
    0xEBE81000020EE6,
    0xEC701000028A38,
    0xF00CB80001FFFF,
    0xF4D8100001FFC5,
    0xF50B080001FFFF,
    0xF8008000020008,
    0xF8806000020008,
    0xF9008000020008,
    0xF9808000020008,
    0xFA006000020008,
    0xFA884800020008,
    0xFB008000020008,
    0xFB80200002004A,
    0xFB904000020056,
    0xFBB02000020064,
    0xFBC02000020080,
    0xFBD02000020070,
    0xFBE0200002007E,
    0xFC008000020008,
    0xFC808000020008,
    0xFD008000020008,
    0xFD802000020008,
    0xFD981000020009,
    0xFDF0100001E3DB,
    0xFE181000020009,
    0xFE802000020008,
    0xFF002000020008,
    0xFF281000020007,
    0xFF981000020009,
    0x10A70100001FFE4,
    0x10B81000001FFF0,
    0x10C20100001FFFF,
    0x12681A00001FFE6,
    0x16183000001FFD0,
    0x16308100001FFFF,
    0x16328100001D5D5,
    0x16330100001D5D8,
    0x16340380001FFFF,
    0x16398100001FFFF,
    0x163B0100001FFFF,
    0x1640B280001FFFF,
    0x16760280001FFFF,
    0x16798100001FFFF,
    0x16802600001E3A0,
    0x16938100001E3A0,
    0x16968100001E3A0,
    0x53209780001FFFF,
    0x53408E80001FFFF,
    0x53918780001FFFF,
    0x53999F80001FFFF,
    0x53BD0280001FFFF,
    0x53BF8580001FFFF,
    0x53C60100001FFFF,
    0x53C88280001FFFF,
    0x53CA01000020030,
    0x53CB8A80001FFFF,
    0x53DA8880001FFFF,
    0x53E40280001FFFF,
    0x53E68880001FFFF,
    0x53FB0100001FFFF,
    0x55A98100001FC60,
    0x55B850000016830,
    0x7FA09A00001FFE0,
    0x82142800001FFD8,
    0x826C2400001FFD8,
    0x82CB8B00001FFD9,
    0x82D18F00001FFD9,
    0x82D98700001FFD9,
    0x82DD8200001FFD9,
    0x86603300001FFC0,
    0x86B81600001FFE0,
    0x8C602000001FFE0,
    0xB7302000001FFE0,
    0xB75D9900001FFE5,
    0xF4912200001FFDE,
];
#[rustfmt::skip]
const LOWER: &[u64] = &[
    0x209A000020020,
    0x6017000020020,
    0x6C07000020020,
    0x8018800020001,
    0x980100001FF39,
    0x9903800020001,
    0x9C88800020001,
    0xA517800020001,
    0xBC0100001FF87,
    0xBC83800020001,
    0xC0810000200D2,
    0xC102800020001,
    0xC3010000200CE,
    0xC381000020001,
    0xC4820000200CD,
    0xC581000020001,
    0xC70100002004F,
    0xC7810000200CA,
    0xC8010000200CB,
    0xC881000020001,
    0xC9810000200CD,
    0xCA010000200CF,
    0xCB010000200D3,
    0xCB810000200D1,
    0xCC01000020001,
    0xCE010000200D3,
    0xCE810000200D5,
    0xCF810000200D6,
    0xD003800020001,
    0xD3010000200DA,
    0xD381000020001,
    0xD4810000200DA,
    0xD601000020001,
    0xD7010000200DA,
    0xD781000020001,
    0xD8820000200D9,
    0xD982800020001,
    0xDB810000200DB,
    0xDC01000020001,
    0xDE01000020001,
    0xE201000020002,
    0xE281000020001,
    0xE381000020002,
    0xE401000020001,
    0xE501000020002,
    0xE589800020001,
    0xEF09800020001,
    0xF881000020002,
    0xF902800020001,
    0xFB0100001FF9F,
    0xFB8100001FFC8,
    0xFC14800020001,
    0x1100100001FF7E,
    0x11109800020001,
    0x11D01000022A2B,
    0x11D81000020001,
    0x11E8100001FF5D,
    0x11F01000022A28,
    0x12081000020001,
    0x1218100001FF3D,
    0x12201000020045,
    0x12281000020047,
    0x12305800020001,
    0x1B802800020001,
    0x1BB01000020001,
    0x1BF81000020074,
    0x1C301000020026,
    0x1C403000020025,
    0x1C601000020040,
    0x1C70200002003F,
    0x1C891000020020,
    0x1D189000020020,
    0x1E781000020008,
    0x1EC0C800020001,
    0x1FA0100001FFC4,
    0x1FB81000020001,
    0x1FC8100001FFF9,
    0x1FD01000020001,
    0x1FE8300001FF7E,
    0x20010000020050,
    0x20820000020020,
    0x23011800020001,
    0x2451B800020001,
    0x2600100002000F,
    0x26087800020001,
    0x26830800020001,
    0x298A6000020030,
    0x85026000021C60,
    0x86381000021C60,
    0x86681000021C60,
    0x9D0500000297D0,
    0x9F806000020008,
    0xE4481000020001,
    0xE482B00001F440,
    0xE5E8300001F440,
    0xF004B800020001,
    0xF4F0100001E241,
    0xF5030800020001,
    0xF840800001FFF8,
    0xF8C0600001FFF8,
    0xF940800001FFF8,
    0xF9C0800001FFF8,
    0xFA40600001FFF8,
    0xFAC8480001FFF8,
    0xFB40800001FFF8,
    0xFC40800001FFF8,
    0xFCC0800001FFF8,
    0xFD40800001FFF8,
    0xFDC0200001FFF8,
    0xFDD0200001FFB6,
    0xFDE0100001FFF7,
    0xFE40400001FFAA,
    0xFE60100001FFF7,
    0xFEC0200001FFF8,
    0xFED0200001FF9C,
    0xFF40200001FFF8,
    0xFF50200001FF90,
    0xFF60100001FFF9,
    0xFFC0200001FF80,
    0xFFD0200001FF82,
    0xFFE0100001FFF7,
    0x10930100001E2A3,
    0x10950100001DF41,
    0x10958100001DFBA,
    0x10990100002001C,
    0x10B010000020010,
    0x10C181000020001,
    0x125B1A00002001A,
    0x160030000020030,
    0x163001000020001,
    0x16310100001D609,
    0x16318100001F11A,
    0x16320100001D619,
    0x163383800020001,
    0x16368100001D5E4,
    0x16370100001D603,
    0x16378100001D5E1,
    0x16380100001D5E2,
    0x163901000020001,
    0x163A81000020001,
    0x163F0200001D5C1,
    0x164032800020001,
    0x167582800020001,
    0x167901000020001,
    0x532017800020001,
    0x53400E800020001,
    0x539107800020001,
    0x53991F800020001,
    0x53BC82800020001,
    0x53BE810000175FC,
    0x53BF05800020001,
    0x53C581000020001,
    0x53C681000015AD8,
    0x53C802800020001,
    0x53CB0A800020001,
    0x53D501000015ABC,
    0x53D581000015AB1,
    0x53D601000015AB5,
    0x53D681000015ABF,
    0x53D701000015ABC,
    0x53D801000015AEE,
    0x53D881000015AD6,
    0x53D901000015AEB,
    0x53D9810000203A0,
    0x53DA08800020001,
    0x53E20100001FFD0,
    0x53E281000015ABD,
    0x53E3010000175C8,
    0x53E382800020001,
    0x53E581000015A99,
    0x53E608800020001,
    0x53EE010000159BF,
    0x53FA81000020001,
    0x7F909A000020020,
    0x820028000020028,
    0x825824000020028,
    0x82B80B000020027,
    0x82BE0F000020027,
    0x82C607000020027,
    0x82CA02000020027,
    0x864033000020040,
    0x86A816000020020,
    0x8C5020000020020,
    0xB72020000020020,
    0xB7501900002001B,
    0xF48022000020022,
];

#[cfg(test)]
mod tests {
    use super::*;

    /// What the functions were: std's mappings when they give one character.
    fn std_upper(c: char) -> char {
        let mut it = c.to_uppercase();
        match (it.next(), it.next()) {
            (Some(u), None) => u,
            _ => {
                // Full mappings of several characters; the simple mapping is the
                // character itself except for Greek letters with ypogegrammeni,
                // which map to their title-case forms.
                let u = c as u32;
                let mapped = match u {
                    0x1f80..=0x1faf if u & 0xf < 8 => u + 8,
                    0x1fb3 | 0x1fc3 | 0x1ff3 => u + 9,
                    _ => u,
                };
                char::from_u32(mapped).unwrap_or(c)
            }
        }
    }

    fn std_lower(c: char) -> char {
        if c == '\u{130}' {
            return 'i';
        }
        let mut it = c.to_lowercase();
        match (it.next(), it.next()) {
            (Some(l), None) => l,
            _ => c,
        }
    }

    /// The table of a mapping, in the entries' format (runs of at most 127).
    fn runs(f: impl Fn(char) -> char) -> Vec<u64> {
        // (start, length, stride, delta)
        let mut out: Vec<(u32, u32, u32, i64)> = Vec::new();
        for c in (0..0x11_0000u32).filter_map(char::from_u32) {
            let u = c as u32;
            let d = i64::from(f(c) as u32) - i64::from(u);
            if d == 0 {
                continue;
            }
            if let Some(r) = out.last_mut() {
                if r.3 == d && r.1 < 127 {
                    if r.1 == 1 && u - r.0 <= 2 {
                        (r.1, r.2) = (2, u - r.0);
                        continue;
                    }
                    if r.1 > 1 && u == r.0 + r.1 * r.2 {
                        r.1 += 1;
                        continue;
                    }
                }
            }
            out.push((u, 1, 1, d));
        }
        out.iter()
            .map(|&(s, n, st, d)| {
                (u64::from(s) << 43)
                    | (u64::from(n) << 36)
                    | (u64::from(st - 1) << 35)
                    | (d + (1 << 17)) as u64
            })
            .collect()
    }

    fn source(name: &str, table: &[u64]) -> String {
        let rows: String = table.iter().map(|e| format!("    0x{e:X},\n")).collect();
        format!("const {name}: &[u64] = &[\n{rows}];")
    }

    #[test]
    fn tables_are_std_mappings() {
        for c in (0..0x11_0000u32).filter_map(char::from_u32) {
            assert_eq!(go_upper(c), std_upper(c), "upper of U+{:04X}", c as u32);
            assert_eq!(go_lower(c), std_lower(c), "lower of U+{:04X}", c as u32);
        }
        // On a new Unicode version the message holds the table to paste in.
        for (name, table, want) in [
            ("UPPER", UPPER, runs(std_upper)),
            ("LOWER", LOWER, runs(std_lower)),
        ] {
            assert!(
                table == want.as_slice(),
                "{name} is stale; it should read:\n{}",
                source(name, &want)
            );
        }
    }
}
