#!/usr/bin/env bash
# Builds sockerless-tfcheck as it is released: optimised (the release profile:
# fat LTO, one codegen unit) and, on Linux with glibc, statically linked. A
# static binary skips the dynamic loader: 0.4 ms less at every start, which is
# a third of a check of one file (tests/bench/cli.sh measures both builds).
#
# Usage: scripts/build-release.sh [cargo options, e.g. --target-dir DIR]
# Prints the binary's path. Needs glibc's static libraries (Debian: libc6-dev,
# which a Rust toolchain's C compiler already brings).
#
# Why `cargo rustc` and not RUSTFLAGS: `-C target-feature=+crt-static` in
# RUSTFLAGS also reaches the proc-macro crates (clap's derive), which cannot be
# built static; given to `cargo rustc`, it applies to the final link only.
set -euo pipefail
cd "$(dirname "$0")/.."
host="$(rustc -vV | sed -n 's/^host: //p')"
static=()
case "$host" in
  *-linux-gnu) static=(-C target-feature=+crt-static -C relocation-model=static) ;;
esac
cargo rustc --release --locked -p sockerless-tfcheck --bin sockerless-tfcheck "$@" -- "${static[@]}"
dir="${CARGO_TARGET_DIR:-target}"
for ((i = 1; i <= $#; i++)); do
  if [ "${!i}" = "--target-dir" ]; then
    j=$((i + 1))
    dir="${!j}"
  fi
done
echo "$dir/release/sockerless-tfcheck"
