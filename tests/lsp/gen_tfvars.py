"""Random .tfvars files for tests/lsp/fmt.sh: the tokens a tfvars file holds,
laid out badly on purpose (spaces, tabs, blank lines, comments, nesting), so
that the language server's formatting can be compared with `terraform fmt`.
Usage: gen_tfvars.py DIR COUNT SEED"""
import random
import sys

KEYS = ["a", "bb", "name", "vpc_cidr", "az_count", "long_key_name_here", "x-y", "ünï", "_u"]
STRINGS = ['"x"', '"two  spaces"', '"10.0.0.0/16"', '"é𝄞"', '"a$${b}"', '"q\\"uote"', '""']


def ws(r):
    return r.choice(["", " ", "  ", "\t", " \t "])


def comment(r):
    return r.choice(["# c", "// d", "#   spaced  ", "# é"])


def value(r, depth, indent):
    kind = r.random()
    if depth > 2 or kind < 0.45:
        return r.choice(STRINGS + ["1", "-2", "1.5e3", "0", "true", "false", "null", "- 3"])
    if kind < 0.7:
        items = [value(r, depth + 1, indent) for _ in range(r.randint(0, 4))]
        if r.random() < 0.5:
            sep = ws(r) + "," + ws(r)
            return "[" + ws(r) + sep.join(items) + ws(r) + "]"
        body = "".join(ws(r) + it + ws(r) + "," + (ws(r) + comment(r) if r.random() < 0.2 else "") + "\n" for it in items)
        return "[\n" + body + ws(r) + "]"
    items = []
    for _ in range(r.randint(0, 4)):
        k = r.choice(KEYS + ['"quoted key"', '"k"'])
        items.append(k + ws(r) + r.choice(["=", "=", ":"]) + ws(r) + value(r, depth + 1, indent))
    if r.random() < 0.4 and all("\n" not in it for it in items):
        return "{" + ws(r) + (ws(r) + "," + ws(r)).join(items) + ws(r) + "}"
    body = "".join(ws(r) + it + (ws(r) + comment(r) if r.random() < 0.3 else "") + "\n" + ("\n" if r.random() < 0.1 else "") for it in items)
    return "{\n" + body + ws(r) + "}"


def main():
    out, count, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    r = random.Random(seed)
    for n in range(count):
        lines = []
        used = set()
        for _ in range(r.randint(1, 8)):
            roll = r.random()
            if roll < 0.1:
                lines.append("")
            elif roll < 0.2:
                lines.append(ws(r) + comment(r))
            else:
                k = r.choice([k for k in KEYS if k not in used] or ["z"])
                used.add(k)
                line = ws(r) + k + ws(r) + "=" + ws(r) + value(r, 0, 0)
                if r.random() < 0.3:
                    line += ws(r) + comment(r)
                lines.append(line)
        text = "\n".join(lines) + ("\n" if r.random() < 0.9 else "")
        with open(f"{out}/gen{n:04d}.tfvars", "w", encoding="utf-8") as f:
            f.write(text)


main()
