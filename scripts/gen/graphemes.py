#!/usr/bin/env python3
"""Writes core/src/graphemes/tables.rs: the grapheme cluster break data of the
unicode-segmentation crate the core used before (its tables are the reference,
so clusters stay exactly what they were), in a compact form.

`python3 scripts/gen/graphemes.py ~/.cargo/registry/src/*/unicode-segmentation-1.13.3/src/tables.rs | rustfmt --edition 2021 > core/src/graphemes/tables.rs`
"""
import re
import sys
from rust_bytes import array, varint

src = open(sys.argv[1]).read()
version = re.search(r"UNICODE_VERSION: \(u64, u64, u64\) = \((\d+), (\d+), (\d+)\)", src).groups()


def chars(text):
    return [int(x, 16) for x in re.findall(r"'\\u\{([0-9a-fA-F]+)\}'", text)]


def body(start):
    i = src.index(start)
    return src[i:src.index("];", i)]


cats = re.search(r"pub enum GraphemeCat \{(.*?)\}", src, re.S).group(1)
names = [n.strip() for n in cats.split(",") if n.strip()]
assert names[0] == "GC_Any" and len(names) <= 16, names

table = re.findall(r"\('\\u\{([0-9a-f]+)\}',\s*'\\u\{([0-9a-f]+)\}',\s*(GC_\w+)\)",
                   body("const grapheme_cat_table"))
table = [(int(a, 16), int(b, 16), names.index(c)) for a, b, c in table]
extend = chars(body("const InCB_Extend_table"))
extend = list(zip(extend[::2], extend[1::2]))
i = src.index("pub fn is_incb_linker")
linkers = chars(src[i:src.index("\n}", i)])


def rust_name(n):
    # CR -> Cr, Regional_Indicator -> RegionalIndicator (Rust's naming style).
    return "".join(p[0] + p[1:].lower() if p.isupper() else p for p in n[3:].split("_"))


# Categories: runs from U+0000, varints of length << 4 | category (gaps are Any).
runs = bytearray()
at = 0
for a, b, c in table:
    assert a >= at, hex(a)
    if a > at:
        varint((a - at) << 4, runs)
    varint((b - a + 1) << 4 | c, runs)
    at = b + 1
# InCB=Extend ranges: varints of the gap before each, then its length.
ext = bytearray()
at = 0
for a, b in extend:
    varint(a - at, ext)
    varint(b - a + 1, ext)
    at = b + 1


out = sys.stdout
out.write(f"//! Grapheme cluster break data (Unicode {'.'.join(version)}), from the unicode-segmentation\n")
out.write("//! crate's tables by scripts/gen/graphemes.py. Do not edit by hand.\n\n")
out.write("/// The categories, by number (as in unicode-segmentation).\n")
out.write("#[derive(Clone, Copy, PartialEq, Eq, Debug)]\n")
out.write("pub(super) enum Cat {\n")
for n in names:
    out.write(f"    {rust_name(n)},\n")
out.write("}\n\n")
out.write(f"pub(super) const CATS: [Cat; {len(names)}] = [\n")
for n in names:
    out.write(f"    Cat::{rust_name(n)},\n")
out.write("];\n\n")
array(out, "CATEGORIES", runs,
      "/// Every code point from U+0000 up as runs of one category: varints of\n"
      "/// length << 4 | category number (code points past the last run are Any).\n")
out.write("\n")
array(out, "INCB_EXTEND", ext,
      "/// The Indic_Conjunct_Break=Extend ranges: varints of the gap before each, then\n"
      "/// its length.\n")
out.write("\n/// The Indic_Conjunct_Break=Linker characters.\n")
out.write(f"pub(super) const INCB_LINKERS: [u32; {len(linkers)}] = [\n")
for i in range(0, len(linkers), 8):
    out.write("    " + " ".join(f"0x{x:X}," for x in linkers[i:i + 8]) + "\n")
out.write("];\n")
print(f"{len(table)} ranges ({len(runs)} bytes), {len(extend)} InCB=Extend ranges, {len(linkers)} linkers",
      file=sys.stderr)
