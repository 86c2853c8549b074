#!/usr/bin/env bash
# The npm package's tests (scripts/test npm runs this):
#   1. scripts/build-npm.sh builds core/pkg/; `npm pack` makes the tarball and
#      `npm publish --dry-run` accepts the package;
#   2. the tarball is installed into a throwaway project, where Node's test
#      runner runs tests/npm/test/*.test.mjs against it: every API function and
#      its misuses (api), the CLI's output equal to the package's on every case
#      of the parity corpus and on schema/tfvars/backend-config (parity), 100,000
#      seeded random and mutated inputs without a throw or a trap (fuzz), the
#      .d.ts under tsc --strict (types), headless Chromium running the
#      package as a plain ES module and bundled by Vite (browser), the bin
#      `sockerless-tfcheck` (the CLI under WASI) against the native CLI byte for
#      byte in every format and command, exit codes and standard error too
#      (cli), and the GitHub Action (action.yml) run with a simulated runner and
#      this tarball (action);
#   3. wasm-bindgen-test in headless Chromium (core/npm/tests/wasm_browser.rs);
#   4. the .wasm's size against its budget (scripts/wasm-size.sh --check).
# npm tools (TypeScript, Vite) are pinned in tests/npm/package-lock.json.
# Ends with "npm: N passed, N failed".
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
pass() { passed=$((passed + ${2:-1})); echo "  ok   $1"; }
fail() { failed=$((failed + ${2:-1})); echo "  FAIL $1"; }
step() { printf -- '--> %s\n' "$*"; }

for tool in chromium chromedriver; do
  command -v "$tool" >/dev/null || { echo "tests/npm: $tool is missing (scripts/install/system-packages.sh)" >&2; exit 2; }
done

step "build the package (scripts/build-npm.sh)"
scripts/build-npm.sh

step "npm pack, npm publish --dry-run"
tarball="$work/$(cd core/pkg && npm pack --pack-destination "$work" --loglevel=error | tail -1)"
if [ -f "$tarball" ]; then pass "npm pack: $(basename "$tarball") ($(wc -c <"$tarball") bytes)"; else fail "npm pack made no tarball"; fi
if (cd core/pkg && npm publish --dry-run --loglevel=error >"$work/publish.log" 2>&1); then
  pass "npm publish --dry-run"
else
  fail "npm publish --dry-run: $(tail -5 "$work/publish.log")"
fi

step "test tools (tests/npm/package-lock.json), the CLI (release) and the parity corpus"
(cd tests/npm && npm ci --no-audit --no-fund --loglevel=error)
cargo build --quiet --release --locked -j 2 -p sockerless-tfcheck
target_dir=$(cargo metadata --format-version 1 --no-deps | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).target_directory))')
PARITY_EMIT_ONLY=1 cargo run --quiet --locked -j 2 -p tfcheck-parity -- --emit-corpus "$work/corpus"

step "node --test against the tarball installed into a throwaway project"
project="$work/project"
mkdir -p "$project"
printf '{ "name": "tfcheck-npm-consumer", "private": true, "type": "module" }\n' >"$project/package.json"
(cd "$project" && npm install --no-audit --no-fund --loglevel=error "$tarball")
cp -r tests/npm/test tests/npm/types "$project/"
mkdir -p tests/artifacts
set +e
(
  cd "$project" &&
    TFCHECK_REPO="$root" TFCHECK_CORPUS="$work/corpus" TFCHECK_CLI="$target_dir/release/sockerless-tfcheck" TFCHECK_TARBALL="$tarball" \
      TFCHECK_TSC="$root/tests/npm/node_modules/.bin/tsc" TFCHECK_VITE="$root/tests/npm/node_modules/.bin/vite" \
      TFCHECK_FUZZ_OUT="$root/tests/artifacts/npm-fuzz-failure.txt" \
      node --test --test-concurrency=1 \
      --test-reporter=spec --test-reporter-destination=stdout \
      --test-reporter=tap --test-reporter-destination="$work/node.tap" \
      test/
)
set -e
node_pass=$(grep -Eo '^# pass [0-9]+' "$work/node.tap" | grep -Eo '[0-9]+' || echo 0)
node_fail=$(grep -Eo '^# fail [0-9]+' "$work/node.tap" | grep -Eo '[0-9]+' || echo 1)
[ "$node_pass" -gt 0 ] && pass "node --test: $node_pass tests" "$node_pass"
[ "$node_fail" -gt 0 ] && fail "node --test: $node_fail tests (see above)" "$node_fail"
grep -E '^# (CLI equality|fuzz):' "$work/node.tap" | sed 's/^#/ /' || true

step "wasm-bindgen-test in headless Chromium (core/npm/tests/wasm_browser.rs)"
if WASM_BINDGEN_TEST_WEBDRIVER_JSON="$root/tests/npm/webdriver.json" CARGO_BUILD_JOBS=2 \
  wasm-pack test --headless --chrome core/npm --test wasm_browser --locked >"$work/wbt.log" 2>&1; then
  n=$(grep -Eo 'test result: ok\. [0-9]+ passed' "$work/wbt.log" | grep -Eo '[0-9]+' | head -1)
  pass "wasm-bindgen-test: ${n:-?} tests in Chromium" "${n:-1}"
else
  grep -E '^test |panicked|left|right|error' "$work/wbt.log" | tail -40
  fail "wasm-bindgen-test (see above)"
fi

step "size of the .wasm (scripts/wasm-size.sh --check)"
if scripts/wasm-size.sh --check; then pass "wasm size within the budget"; else fail "wasm size over the budget"; fi

echo "npm: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
