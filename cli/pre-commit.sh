#!/usr/bin/env bash
# pre-commit entry for the `sockerless-tfcheck` hook (.pre-commit-hooks.yaml):
# builds the CLI from the hook's own checkout on first use (cargo caches it in
# that checkout's target/, or in CARGO_TARGET_DIR when set), then checks the
# staged tfvars files.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cargo build --quiet --release --locked -p sockerless-tfcheck --manifest-path "$repo/Cargo.toml"
exec "${CARGO_TARGET_DIR:-$repo/target}/release/sockerless-tfcheck" check "$@"
