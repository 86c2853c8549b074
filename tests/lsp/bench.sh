#!/usr/bin/env bash
# The language server's latency benchmark (prints figures; not a test): a
# scripted session of edits on the default example against the release build,
# timing each didChange to its publishDiagnostics over stdio, and the same
# edits in process. Usage: tests/lsp/bench.sh [EDITS]   (default 2000)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
cargo build --quiet --release --locked -p sockerless-tfcheck
cargo run --quiet --release --locked -p tfcheck-lsp --example latency -- \
  "$root/target/release/sockerless-tfcheck" "${1:-2000}"
