#!/usr/bin/env bash
# The language server's formatting against the real `terraform fmt` (run by
# tests/lsp/run.sh): on the examples, hand-made cases (tests/lsp/fmt/) and
# random badly laid out files (tests/lsp/gen_tfvars.py), every file the server
# formats must come out exactly as `terraform fmt` writes it, and every file
# `terraform fmt` accepts must be formatted (not refused) unless it holds what
# the formatter leaves alone (heredocs, /* */ comments, interpolations, which
# terraform fmt may rewrite). Ends with
# "lsp fmt: N formatted as terraform fmt, N refused, N failed".
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
# shellcheck source=scripts/tf-env.sh
source scripts/tf-env.sh
export CHECKPOINT_DISABLE=1
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
i=0
for f in terraform/examples/*/terraform.tfvars tests/lsp/fmt/*.tfvars; do
  i=$((i + 1))
  cp "$f" "$work/case$i.tfvars"
done
python3 tests/lsp/gen_tfvars.py "$work" "${LSP_FMT_CASES:-300}" "${LSP_FMT_SEED:-15}"
cargo build --quiet --locked -p tfcheck-lsp --example fmt
"$root/target/debug/examples/fmt" "$work"/*.tfvars >"$work/verdicts"
same=0
refused=0
failed=0
while IFS= read -r line; do
  f="${line%: *}"
  verdict="${line##*: }"
  # A file, not stdin: terraform fmt - ends its output with a newline the file may lack.
  cp "$f" "$f.tf.tfvars"
  if ! terraform fmt "$f.tf.tfvars" >/dev/null 2>"$f.err"; then
    # Not HCL terraform reads: the server must not format it either.
    if [ "$verdict" = none ]; then refused=$((refused + 1)); else
      failed=$((failed + 1)); echo "  FAIL $f: formatted, but terraform fmt refuses it"; fi
    continue
  fi
  if [ "$verdict" = none ]; then
    if grep -qE '<<|/\*|[^$][$%]\{' "$f"; then refused=$((refused + 1)); else
      failed=$((failed + 1)); echo "  FAIL $f: refused, but terraform fmt formats it"; fi
    continue
  fi
  if cmp -s "$f.out" "$f.tf.tfvars"; then
    same=$((same + 1))
  else
    failed=$((failed + 1))
    echo "  FAIL $f: differs from terraform fmt"
    diff "$f.tf.tfvars" "$f.out" | head -20 || true
  fi
done <"$work/verdicts"
echo "lsp fmt: $same formatted as terraform fmt, $refused refused, $failed failed"
[ "$failed" -eq 0 ]
