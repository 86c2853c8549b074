#!/usr/bin/env bash
# Parity with real Terraform, at two levels:
#   1. every case of the parity corpus (hand-written cases in tests/parity/cases
#      and a seeded generator) judged by `terraform plan` and by the core: the same
#      verdict for every variable and the same error messages;
#   2. the functions' golden corpus (core/tests/golden/functions.jsonl, which
#      `cargo test` compares the evaluator against) still being what Terraform says.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=scripts/tf-env.sh
source scripts/tf-env.sh
mkdir -p tests/artifacts
cargo run -q --release --locked -p tfcheck-parity -- --jobs "${PARITY_JOBS:-4}" --report tests/artifacts/parity.json
if [ "${PARITY_SKIP_GOLDEN:-0}" != 1 ]; then
  JOBS="${PARITY_JOBS:-4}" scripts/golden-functions.sh --check
  echo "functions golden corpus: $(grep -vc '^\s*\(#\|$\)' core/tests/golden/functions.exprs) expressions match Terraform"
fi
