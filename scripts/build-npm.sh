#!/usr/bin/env bash
# Builds the npm package @sockerless/tfcheck (the crate tfcheck-npm in core/npm:
# the engine and the ECS product bound to JavaScript, as WebAssembly) into
# core/pkg/, from a clean checkout, installing what is missing from the
# registries only:
#   - the wasm32-unknown-unknown target (rustup);
#   - wasm-bindgen-cli at the version of the wasm-bindgen crate in Cargo.lock,
#     and wasm-pack (for the browser tests), from crates.io;
#   - wasm-opt from npm's binaryen, pinned in core/npm/package-lock.json (never
#     Debian's binaryen 108, whose output fails at run time).
#
# The steps are wasm-pack's own (cargo build, wasm-bindgen, wasm-opt), run one
# by one: `wasm-pack build` insists on `crate-type = ["cdylib"]` in the
# bindings' manifest, which would make every test build of them link a shared
# library too; `cargo rustc --crate-type cdylib` asks for it here only.
#
# The command line: tfcheck_cli.wasm (the CLI crate for wasm32-wasip1) and
# cli.js, its launcher on Node's WASI, the package's `bin`.
#
# The package: tfcheck.js (wasm-bindgen's `--target web` module: explicit
# `await init()`, for browsers and bundlers), node.js (Node's entry: initialises
# synchronously from the .wasm file), tfcheck.d.ts, tfcheck_bg.wasm, chosen by
# the conditional `exports` of package.json.
# `cd core/pkg && npm pack` then makes the tarball.
set -euo pipefail
cd "$(dirname "$0")/.."

JOBS=${CARGO_BUILD_JOBS:-2}
WASM_PACK_VERSION=0.15.1
TARGET_DIR=$(cargo metadata --format-version 1 --no-deps | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).target_directory))')
VERSION=$(cargo metadata --format-version 1 --no-deps | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).packages.find(p=>p.name==="tfcheck-core").version))')
BINDGEN_VERSION=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
[ -n "$BINDGEN_VERSION" ] || { echo "build-npm: no wasm-bindgen in Cargo.lock" >&2; exit 1; }

step() { printf '==> %s\n' "$*"; }
version_of() { "$1" --version 2>/dev/null | grep -Eo '[0-9]+\.[0-9]+\.[0-9]+' | head -1 || true; }
ensure_tool() { # crate binary version
  if [ "$(version_of "$2")" = "$3" ]; then return; fi
  step "installing $1 $3 from crates.io"
  cargo install --locked --quiet -j "$JOBS" "$1" --version "=$3"
}

step "tools"
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi
ensure_tool wasm-bindgen-cli wasm-bindgen "$BINDGEN_VERSION"
ensure_tool wasm-pack wasm-pack "$WASM_PACK_VERSION"
if ! (cd core/npm && npm ls binaryen >/dev/null 2>&1); then
  step "installing binaryen (wasm-opt) from npm"
  (cd core/npm && npm ci --no-audit --no-fund --loglevel=error)
fi
WASM_OPT=core/npm/node_modules/.bin/wasm-opt

step "cargo rustc (profile wasm)"
# No inlining by LLVM in any crate's codegen (the engine's, the product's and the
# bindings', hence RUSTFLAGS, which with --target reaches the target's crates
# only): 0.7 KB less gzipped after wasm-opt, which still inlines where that makes
# the module smaller.
RUSTFLAGS="${RUSTFLAGS:-} -C llvm-args=-inline-threshold=0" \
  cargo rustc -j "$JOBS" --locked -p tfcheck-npm --lib --target wasm32-unknown-unknown --profile wasm --crate-type cdylib
raw="$TARGET_DIR/wasm32-unknown-unknown/wasm/tfcheck_npm.wasm"

step "wasm-bindgen --target web"
out=core/pkg
rm -rf "$out"
mkdir -p "$out"
wasm-bindgen --target web --out-dir "$out" --out-name tfcheck "$raw"
# The unoptimised module, with its function names, for scripts/wasm-size.sh.
mkdir -p "$TARGET_DIR/npm"
cp "$out/tfcheck_bg.wasm" "$TARGET_DIR/npm/tfcheck_bg.names.wasm"

step "wasm-opt -Oz"
"$WASM_OPT" -Oz --converge --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-reference-types --enable-multivalue --enable-mutable-globals \
  --strip-debug --strip-producers "$out/tfcheck_bg.wasm" -o "$out/tfcheck_bg.opt.wasm"
mv "$out/tfcheck_bg.opt.wasm" "$out/tfcheck_bg.wasm"

step "the command line: the CLI crate for wasm32-wasip1 (release)"
# The bin `sockerless-tfcheck` (cli.js) runs the native CLI's own code under
# Node's WASI, so every command and format is rendered by the same code.
# wasm-opt only strips it: -Oz saves 2% gzipped for two minutes of build.
if ! rustup target list --installed | grep -qx wasm32-wasip1; then
  rustup target add wasm32-wasip1
fi
cargo build -j "$JOBS" --locked --release -p sockerless-tfcheck --target wasm32-wasip1
"$WASM_OPT" --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-reference-types --enable-multivalue --enable-mutable-globals \
  --strip-debug --strip-producers "$TARGET_DIR/wasm32-wasip1/release/sockerless-tfcheck.wasm" -o "$out/tfcheck_cli.wasm"

step "package files"
# The raw exports' declarations (InitOutput, tfcheck_bg.wasm.d.ts) type their
# externref parameters as `any`; they are the module's internals: `unknown`.
rm -f "$out/tfcheck_bg.wasm.d.ts"
sed -i -E 's/([A-Za-z_]): any\b/\1: unknown/g' "$out/tfcheck.d.ts"
if grep -nE '(:|=>|<|\||,)[[:space:]]*any\b' "$out/tfcheck.d.ts"; then
  echo "build-npm: tfcheck.d.ts still has an any" >&2
  exit 1
fi
cp core/npm/node.js core/npm/cli.js core/npm/README.md LICENSE "$out/"
chmod +x "$out/cli.js"
VERSION=$VERSION node -e '
  const fs = require("fs");
  const p = JSON.parse(fs.readFileSync("core/npm/package.json", "utf8"));
  p.version = process.env.VERSION;
  delete p.devDependencies;
  delete p.scripts;
  fs.writeFileSync(process.argv[1], JSON.stringify(p, null, 2) + "\n");
' "$out/package.json"
node --input-type=module -e "
  const m = await import('$PWD/$out/node.js');
  if (!m.check('x = 1').diagnostics.length) throw new Error('the built package does not work');
"
set +e
printf 'az_count = 9\n' | node "$out/cli.js" check - --format json >"$TARGET_DIR/npm/cli-smoke.json"
code=$?
set -e
if [ "$code" != 1 ] || ! grep -q '"code": "TF006"' "$TARGET_DIR/npm/cli-smoke.json"; then
  echo "build-npm: the built command line does not work (exit $code)" >&2
  exit 1
fi
step "built $out (version $VERSION)"
scripts/wasm-size.sh
