#!/usr/bin/env bash
# The language server in a real editor (scripts/test lsp runs this): Neovim's
# built-in LSP client, headless, configured with the README's snippet
# (tests/lsp/init.lua), which starts `sockerless-tfcheck lsp` for a tfvars file;
# tests/lsp/e2e.lua opens one and asserts the diagnostics,
# a hover, completion lists and applied code actions. Neovim comes from Debian
# (0.7 or later), installed here when missing.
# Then tests/lsp/fmt.sh: the server's formatting against the real terraform fmt.
# The protocol-level tests are `cargo test -p sockerless-tfcheck --test lsp`;
# the latency benchmark is tests/lsp/bench.sh.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"

if ! command -v nvim >/dev/null; then
  echo "--> installing neovim (Debian)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq neovim >/dev/null
fi
echo "--> $(nvim --version | head -1)"

cargo build --quiet --locked -j 2 -p sockerless-tfcheck
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# No module next to it: the embedded ECS module.
printf '%s\n' \
  'name        = "svc"' \
  'environment = "pr𝄞d"' \
  'vpc_cidr    = "10.0.0.1/16"' \
  'foo         = 1' >"$work/prod.tfvars"

PATH="$root/target/debug:$PATH" TFCHECK_FILE="$work/prod.tfvars" \
  timeout 120 nvim --headless --clean -n -u tests/lsp/init.lua -c "luafile tests/lsp/e2e.lua"

tests/lsp/fmt.sh
