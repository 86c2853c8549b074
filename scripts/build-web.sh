#!/usr/bin/env bash
# Builds the web configurator (web/) into web/dist/ with `trunk build --release`.
# Installs what is missing first (the wasm32 target, wasm-bindgen-cli and trunk
# through scripts/install/rust-tools.sh; wasm-opt from npm's binaryen, pinned in
# web/package-lock.json); trunk itself runs offline (see web/Trunk.toml).
#
# The result is static files with relative links: serve web/dist/ from any
# static host, at its root or in a subdirectory. Sizes: node tests/web/size.mjs.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

scripts/install/rust-tools.sh
if [ ! -x web/node_modules/.bin/wasm-opt ]; then
  (cd web && npm ci --no-audit --no-fund)
fi
export PATH="$root/web/node_modules/.bin:$HOME/.cargo/bin:$PATH"

# The page is optimised for size (the release profile's opt-level 3 is for the
# CLI's speed), in a target directory of its own so that this and the npm
# package's wasm build (same target, other settings) do not rebuild each other.
export CARGO_TARGET_DIR="$root/target/web"
export CARGO_PROFILE_RELEASE_OPT_LEVEL=z
export CARGO_BUILD_JOBS="${CARGO_BUILD_JOBS:-2}"

cd web
trunk build --release --locked
echo "web/dist:"
ls -l dist
