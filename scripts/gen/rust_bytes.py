"""Byte tables for the generators in scripts/gen/: LEB128 varints, and a Rust
`&[u8]` constant written twenty bytes a line (kept as is by rustfmt::skip)."""


def varint(v, out):
    """Appends `v` to the bytearray `out` as an LEB128 varint."""
    while v >= 0x80:
        out.append(v & 0x7F | 0x80)
        v >>= 7
    out.append(v)


def array(out, name, data, doc):
    """Writes `pub(super) const NAME: &[u8]` holding `data`, after the doc comment `doc`."""
    out.write(doc)
    out.write("#[rustfmt::skip]\n")
    out.write(f"pub(super) const {name}: &[u8] = &[\n")
    for i in range(0, len(data), 20):
        out.write("    " + " ".join(f"{x}," for x in data[i:i + 20]) + "\n")
    out.write("];\n")
