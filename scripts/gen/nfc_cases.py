#!/usr/bin/env python3
"""Writes core/tests/golden/nfc.txt: strings and their NFC form by Python's
unicodedata2 15.0.0, for core/tests/nfc.rs. Each line: input code points, a tab,
the NFC code points (hex, space-separated). Seeded, so re-running gives the same file.
"""
import random
import unicodedata2 as ud

assert ud.unidata_version == "15.0.0"
rng = random.Random(15)
# Characters that decompose, combine or reorder, plus Hangul and plain ones.
pool = [cp for cp in range(0x110000)
        if (ud.decomposition(chr(cp)) and not ud.decomposition(chr(cp)).startswith("<"))
        or ud.combining(chr(cp))]
pool += list(range(0x1100, 0x1113)) + list(range(0x1161, 0x1176)) + list(range(0x11A8, 0x11C3))
pool += [0xAC00, 0xAC01, 0xD7A3] + [ord(c) for c in "aeiouAEIOUnNcCsSzZkK"]
for _ in range(3000):
    s = "".join(chr(rng.choice(pool)) for _ in range(rng.randint(1, 6)))
    n = ud.normalize("NFC", s)
    print(" ".join(f"{ord(c):X}" for c in s) + "\t" + " ".join(f"{ord(c):X}" for c in n))
