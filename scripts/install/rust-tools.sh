#!/usr/bin/env bash
# Installs the Rust targets and cargo tools the build and tests need, each only
# when missing or at another version. Everything comes from crates.io and the
# Rust toolchain's own downloads (nothing from GitHub).
#
# Usage: scripts/install/rust-tools.sh [--missing] [ITEM ...]   (default: all)
#   ITEMs: wasm32-unknown-unknown wasm32-wasip1 wasm-bindgen wasm-pack trunk nightly cargo-fuzz
#   --missing   print the ITEMs that are missing (one a line) and install nothing
set -euo pipefail

WASM_BINDGEN_VERSION=0.2.129   # must equal the wasm-bindgen crate pinned in Cargo.lock
WASM_PACK_VERSION=0.15.1
TRUNK_VERSION=0.21.14          # 0.22 needs a newer rustc than the machine's
CARGO_FUZZ_VERSION=0.13.1
ALL=(wasm32-unknown-unknown wasm32-wasip1 wasm-bindgen wasm-pack trunk nightly cargo-fuzz)

only_report=false
if [ "${1:-}" = --missing ]; then
  only_report=true
  shift
fi
items=("$@")
[ ${#items[@]} -gt 0 ] || items=("${ALL[@]}")

have() { type -P "$1" >/dev/null 2>&1; }
# version_of COMMAND...: the first x.y.z the command prints for --version, or nothing.
version_of() { "$@" --version 2>/dev/null | grep -Eo '[0-9]+\.[0-9]+\.[0-9]+' | head -1 || true; }
has_target() { have rustup && rustup target list --installed 2>/dev/null | grep -qx "$1"; }
has_nightly() { have rustup && rustup toolchain list 2>/dev/null | grep -q '^nightly'; }

# present ITEM: whether it is installed (a cargo tool at its pinned version).
present() {
  case $1 in
    wasm32-unknown-unknown | wasm32-wasip1) has_target "$1" ;;
    wasm-bindgen) have wasm-bindgen && [ "$(version_of wasm-bindgen)" = "$WASM_BINDGEN_VERSION" ] ;;
    wasm-pack) have wasm-pack && [ "$(version_of wasm-pack)" = "$WASM_PACK_VERSION" ] ;;
    trunk) have trunk && [ "$(version_of trunk)" = "$TRUNK_VERSION" ] ;;
    nightly) has_nightly ;;
    # cargo runs a subcommand's binary as `cargo-fuzz fuzz ARGS`.
    cargo-fuzz) have cargo-fuzz && [ "$(version_of cargo-fuzz fuzz)" = "$CARGO_FUZZ_VERSION" ] ;;
    *) echo "rust-tools: unknown item $1 (items: ${ALL[*]})" >&2; exit 2 ;;
  esac
}

install() {
  case $1 in
    wasm32-unknown-unknown | wasm32-wasip1) rustup target add "$1" ;;
    wasm-bindgen) cargo install --locked --quiet wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION" ;;
    wasm-pack) cargo install --locked --quiet wasm-pack --version "=$WASM_PACK_VERSION" ;;
    trunk) cargo install --locked --quiet trunk --version "=$TRUNK_VERSION" ;;
    # cargo fuzz builds with nightly (sanitizers); rustup downloads it.
    nightly) rustup toolchain install nightly --profile minimal ;;
    cargo-fuzz) cargo install --locked --quiet cargo-fuzz --version "=$CARGO_FUZZ_VERSION" ;;
  esac
}

for item in "${items[@]}"; do
  if present "$item"; then
    $only_report || echo "rust-tools: ok $item"
  elif $only_report; then
    echo "$item"
  else
    echo "rust-tools: installing $item"
    install "$item"
  fi
done
