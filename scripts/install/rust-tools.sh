#!/usr/bin/env bash
# Installs the Rust targets and cargo tools the build and tests need, each only
# when missing or at another version. Everything comes from crates.io and the
# Rust toolchain's own downloads (nothing from GitHub).
set -euo pipefail

WASM_BINDGEN_VERSION=0.2.129   # must equal the wasm-bindgen crate pinned in Cargo.lock
WASM_PACK_VERSION=0.15.1
TRUNK_VERSION=0.21.14          # 0.22 needs a newer rustc than the machine's
CARGO_FUZZ_VERSION=0.13.1

have() { command -v "$1" >/dev/null 2>&1; }

# version_of TOOL: prints the version a cargo tool reports, or nothing.
version_of() { "$1" --version 2>/dev/null | grep -Eo '[0-9]+\.[0-9]+\.[0-9]+' | head -1 || true; }

install_tool() {
  local crate=$1 bin=$2 version=$3
  if have "$bin" && [ "$(version_of "$bin")" = "$version" ]; then
    echo "ok: $bin $version"
    return
  fi
  echo "installing $crate $version"
  cargo install --locked --quiet "$crate" --version "=$version"
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi
install_tool wasm-bindgen-cli wasm-bindgen "$WASM_BINDGEN_VERSION"
install_tool wasm-pack wasm-pack "$WASM_PACK_VERSION"
install_tool trunk trunk "$TRUNK_VERSION"
# cargo fuzz builds with nightly (sanitizers); rustup downloads it when missing.
if ! rustup toolchain list | grep -q '^nightly'; then
  rustup toolchain install nightly --profile minimal
fi
if rustup toolchain list | grep -q '^nightly'; then
  if have cargo-fuzz && [ "$(cargo fuzz --version 2>/dev/null | grep -Eo '[0-9]+\.[0-9]+\.[0-9]+' | head -1)" = "$CARGO_FUZZ_VERSION" ]; then
    echo "ok: cargo-fuzz $CARGO_FUZZ_VERSION"
  else
    echo "installing cargo-fuzz $CARGO_FUZZ_VERSION"
    cargo install --locked --quiet cargo-fuzz --version "=$CARGO_FUZZ_VERSION"
  fi
fi
