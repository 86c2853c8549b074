#!/usr/bin/env bash
# What each test suite needs, and installing what of it is missing (scripts/test
# runs this before the suites it is asked for).
#
# Usage: scripts/install/prerequisites.sh [--missing] SUITE...
#   --missing   print what the SUITEs need and lack, one `KIND ITEM` a line, and
#               install nothing; KIND is rust (rust-tools.sh), deb
#               (system-packages.sh), python (python-tools.sh) or machine (what
#               the machine must bring: the Rust toolchain, Node, Python,
#               Terraform, git).
# Without --missing it installs the missing rust, deb and python items, the
# Debian and Python ones alongside the cargo builds (they need the network, not
# the CPU), and fails with exit 2 when a machine item is missing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

# needs SUITE: the suite's prerequisites, `KIND ITEM` a line.
needs() {
  local rust=() deb=() python=() machine=(cargo)
  case $1 in
    rust) rust=(wasm32-unknown-unknown) ;;
    terraform) machine+=(terraform python3) deb=(python3-venv) python=(checkov trivy) ;;
    integration) machine+=(terraform python3) deb=(python3-venv) python=(moto awscli parliament) ;;
    parity) machine+=(terraform) ;;
    cli) machine+=(terraform python3) deb=(python3-venv) python=(sarif reports) ;;
    bad-inputs) deb=(time) ;;
    lsp) machine+=(terraform python3) deb=(neovim) ;;
    npm)
      machine+=(node npm)
      rust=(wasm32-unknown-unknown wasm32-wasip1 wasm-bindgen wasm-pack)
      deb=(chromium chromium-driver)
      ;;
    web)
      machine+=(node npm)
      rust=(wasm32-unknown-unknown wasm-bindgen trunk)
      deb=(chromium chromium-driver)
      ;;
    fuzz) rust=(nightly cargo-fuzz) ;;
    ci) machine+=(python3 git) deb=(python3-venv) python=(pre-commit) ;;
    *) echo "prerequisites: unknown suite $1" >&2; exit 2 ;;
  esac
  local i
  for i in ${machine[@]+"${machine[@]}"}; do echo "machine $i"; done
  for i in ${rust[@]+"${rust[@]}"}; do echo "rust $i"; done
  for i in ${deb[@]+"${deb[@]}"}; do echo "deb $i"; done
  for i in ${python[@]+"${python[@]}"}; do echo "python $i"; done
}

only_report=false
if [ "${1:-}" = --missing ]; then
  only_report=true
  shift
fi
[ $# -gt 0 ] || { echo "usage: scripts/install/prerequisites.sh [--missing] SUITE..." >&2; exit 2; }

wanted=$(for s in "$@"; do needs "$s"; done | awk '!seen[$0]++')
of() { awk -v k="$1" '$1 == k { print $2 }' <<<"$wanted"; }
mapfile -t rust < <(of rust)
mapfile -t deb < <(of deb)
mapfile -t python < <(of python)
mapfile -t machine < <(of machine)

missing=()
for m in ${machine[@]+"${machine[@]}"}; do
  type -P "$m" >/dev/null 2>&1 || missing+=("machine $m")
done
if [ ${#rust[@]} -gt 0 ]; then
  while read -r i; do [ -z "$i" ] || missing+=("rust $i"); done < <("$here/rust-tools.sh" --missing "${rust[@]}")
fi
if [ ${#deb[@]} -gt 0 ]; then
  while read -r i; do [ -z "$i" ] || missing+=("deb $i"); done < <("$here/system-packages.sh" --missing "${deb[@]}")
fi
if [ ${#python[@]} -gt 0 ]; then
  while read -r i; do [ -z "$i" ] || missing+=("python $i"); done < <("$here/python-tools.sh" --missing "${python[@]}")
fi

if $only_report; then
  [ ${#missing[@]} -eq 0 ] || printf '%s\n' "${missing[@]}"
  exit 0
fi
if [ ${#missing[@]} -eq 0 ]; then
  echo "prerequisites: all present for $*"
  exit 0
fi
lacking() { for x in "${missing[@]}"; do [ "${x%% *}" = "$1" ] && echo "${x#* }"; done; true; }
mapfile -t m_machine < <(lacking machine)
if [ ${#m_machine[@]} -gt 0 ]; then
  echo "prerequisites: the machine lacks ${m_machine[*]}, which these suites need and this script does not install" >&2
  echo "  (a Rust toolchain from rustup, Node 18 or newer with npm, python3, Terraform 1.11, git)" >&2
  exit 2
fi
mapfile -t m_rust < <(lacking rust)
mapfile -t m_deb < <(lacking deb)
mapfile -t m_python < <(lacking python)
start=$(date +%s)
log() { printf '[prerequisites %4ss] %s\n' "$(( $(date +%s) - start ))" "$*"; }
bg=
bglog=$(mktemp)
if [ ${#m_deb[@]} -gt 0 ] || [ ${#m_python[@]} -gt 0 ]; then
  log "installing in the background: ${m_deb[*]} ${m_python[*]}"
  (
    if [ ${#m_deb[@]} -gt 0 ]; then "$here/system-packages.sh" "${m_deb[@]}"; fi
    if [ ${#m_python[@]} -gt 0 ]; then "$here/python-tools.sh" "${m_python[@]}"; fi
  ) >"$bglog" 2>&1 &
  bg=$!
fi
status=0
if [ ${#m_rust[@]} -gt 0 ]; then
  log "installing ${m_rust[*]}"
  "$here/rust-tools.sh" "${m_rust[@]}" || status=1
fi
if [ -n "$bg" ]; then
  wait "$bg" || status=1
  cat "$bglog"
fi
rm -f "$bglog"
log "installs done (exit $status)"
exit "$status"
