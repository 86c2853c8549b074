#!/usr/bin/env python3
"""Import circles between the modules of one crate.

    scripts/import-cycles.py CRATE_SRC_DIR [DEPTH]

Reads every .rs file under CRATE_SRC_DIR, takes the module each file belongs to
(its path, cut to DEPTH levels below the crate root: 1 by default, so
core/src/check/memo.rs is `check`), and the modules it names through `crate::`
(in `use` lines and in paths) or, at the crate's top level, `super::` from a
nested file. Prints every circle (strongly connected component with more than
one module) and exits with 1 when there is one. Comments and string literals
are skipped line by line, which is enough for this code base's style.
"""
import os
import re
import sys


def module_of(root, path, depth):
    rel = os.path.relpath(path, root)
    parts = rel[:-3].split(os.sep)
    if parts[-1] in ("mod", "lib", "main"):
        parts = parts[:-1]
    return "::".join(parts[:depth]) or "(root)"


def strip(line):
    line = re.sub(r'"(\\.|[^"\\])*"', '""', line)
    return line.split("//", 1)[0]


def edges(root, depth):
    graph = {}
    for dirpath, _, files in os.walk(root):
        for f in files:
            if not f.endswith(".rs"):
                continue
            path = os.path.join(dirpath, f)
            src = module_of(root, path, depth)
            graph.setdefault(src, set())
            text = open(path, encoding="utf-8").read()
            # `use crate::{a, b::c}` groups: every name at the group's first level.
            for m in re.finditer(r"crate::\{([^}]*)\}", text):
                for name in re.findall(r"(?:^|,)\s*([a-z_][a-z0-9_]*)", m.group(1)):
                    dst = name if depth == 1 else name
                    if dst != src and dst not in ("self",):
                        graph[src].add(dst)
            for line in text.splitlines():
                line = strip(line)
                for m in re.finditer(r"\bcrate::((?:[a-z_][a-z0-9_]*::)*[a-z_][a-z0-9_]*)", line):
                    parts = m.group(1).split("::")
                    dst = "::".join(parts[:depth])
                    if dst and dst != src and not src.startswith(dst + "::"):
                        graph[src].add(dst)
    known = set(graph)
    return {s: {d for d in ds if d in known} for s, ds in graph.items()}


def cycles(graph):
    index, low, stack, on, out = {}, {}, [], set(), []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    sys.setrecursionlimit(10000)
    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def main():
    root = sys.argv[1]
    depth = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    graph = edges(root, depth)
    found = cycles(graph)
    for comp in found:
        inner = [f"{a} -> {b}" for a in comp for b in sorted(graph[a]) if b in comp]
        print(f"{root}: circle between {', '.join(comp)}: " + "; ".join(inner))
    if not found:
        print(f"{root}: no import circles between its modules ({len(graph)} modules)")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
