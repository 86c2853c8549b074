#!/usr/bin/env bash
# Sizes of the npm package's WebAssembly, raw and gzipped (gzip -9), before
# wasm-opt (wasm-bindgen's output) and after (the shipped core/pkg/tfcheck_bg.wasm),
# against the budget of 250 KB gzipped (1 KB = 1000 bytes); the command line's
# WebAssembly and launcher are reported apart, outside the budget.
#   scripts/wasm-size.sh              the figures (after scripts/build-npm.sh)
#   scripts/wasm-size.sh --check      the same, failing when over the budget
#   scripts/wasm-size.sh --twiggy N   and twiggy's top N items, and a breakdown
#                                     by crate (cargo install --locked twiggy)
set -euo pipefail
cd "$(dirname "$0")/.."

BUDGET=${WASM_GZIP_BUDGET:-250000}
top=0
check=false
case ${1:-} in
  --twiggy) top=${2:-25} ;;
  --check) check=true ;;
  "") ;;
  *) echo "usage: scripts/wasm-size.sh [--check | --twiggy N]" >&2; exit 2 ;;
esac

TARGET_DIR=$(cargo metadata --format-version 1 --no-deps | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).target_directory))')
before="$TARGET_DIR/npm/tfcheck_bg.names.wasm"
after=core/pkg/tfcheck_bg.wasm
for f in "$before" "$after"; do
  [ -f "$f" ] || { echo "wasm-size: $f is missing; run scripts/build-npm.sh" >&2; exit 2; }
done

kb() { awk -v b="$1" 'BEGIN { printf "%.1f KB", b / 1000 }'; }
report() { # label file
  local raw gz
  raw=$(wc -c < "$2")
  gz=$(gzip -9 -c "$2" | wc -c)
  printf '%-42s raw %10s   gzip -9 %10s\n' "$1" "$(kb "$raw")" "$(kb "$gz")"
}
report "before wasm-opt (with names)" "$before"
report "after wasm-opt (core/pkg)" "$after"
gz=$(gzip -9 -c "$after" | wc -c)
# The command line (the bin, tfcheck_cli.wasm and cli.js) is measured apart: the
# budget is the library's, which browsers and bundlers download.
if [ -f core/pkg/tfcheck_cli.wasm ]; then
  report "command line (core/pkg/tfcheck_cli.wasm)" core/pkg/tfcheck_cli.wasm
  report "command line launcher (core/pkg/cli.js)" core/pkg/cli.js
fi

if [ "$top" -gt 0 ]; then
  command -v twiggy >/dev/null || { echo "wasm-size: twiggy is not installed (cargo install --locked twiggy)" >&2; exit 2; }
  echo
  echo "twiggy top $top (before wasm-opt, which keeps the names):"
  twiggy top -n "$top" "$before"
  echo
  echo "by crate (twiggy, shallow sizes of code and data, before wasm-opt):"
  twiggy top -n 100000 --format csv "$before" | node -e '
    let s = ""; process.stdin.on("data", d => s += d).on("end", () => {
      const rows = s.trim().split("\n").slice(1);
      const by = new Map(); let total = 0;
      for (const line of rows) {
        const m = line.match(/^(?:"((?:[^"]|"")*)"|([^,]*)),(\d+),/);
        if (!m) continue;
        const name = (m[1] ?? m[2]).replace(/""/g, "\"");
        const size = Number(m[3]); total += size;
        let c = "other";
        if (/^data segment/.test(name)) c = "data (strings, Unicode tables, the embedded module)";
        else if (/"function names"|^custom section|^(producers|target_features)$/.test(name)) c = "function names (wasm-opt drops them)";
        else if (/^(check|checkModule|variables|tfvars|schema|backendConfig)$/.test(name)) c = "the npm API functions";
        else if (/^(import |__wbindgen|__wbg_|__externref)/.test(name)) c = "wasm-bindgen glue";
        else if (/core(\[[0-9a-f]+\])?::slice::sort/.test(name)) c = "core::slice::sort (monomorphised sorts)";
        else if (/alloc(\[[0-9a-f]+\])?::collections::btree/.test(name)) c = "alloc::collections::btree";
        else { const k = name.match(/^<?([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::/); if (k) c = k[1]; }
        by.set(c, (by.get(c) || 0) + size);
      }
      for (const [c, n] of [...by].sort((a, b) => b[1] - a[1]).slice(0, 20))
        console.log(String(n).padStart(9), (100 * n / total).toFixed(1).padStart(5) + "%", c);
    });'
fi

if [ "$gz" -gt "$BUDGET" ]; then
  echo "wasm-size: $(kb "$gz") gzipped is over the budget of $(kb "$BUDGET")" >&2
  if $check; then exit 1; fi
else
  echo "within the budget of $(kb "$BUDGET") gzipped"
fi
