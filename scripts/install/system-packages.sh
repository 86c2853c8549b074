#!/usr/bin/env bash
# Debian packages the tests need: Chromium and its driver for the browser tests,
# hyperfine for the benchmarks, GNU time for bad-inputs' memory figures, Neovim
# for the language server's editor test, and Python's venv module (Debian ships
# it apart) for scripts/install/python-tools.sh.
# Installs only what is missing; a package counts as present when its command
# is on PATH.
#
# Usage: scripts/install/system-packages.sh [--missing] [PACKAGE ...]   (default: all)
#   --missing   print the PACKAGEs that are missing (one a line) and install nothing
set -euo pipefail
ALL=(chromium chromium-driver hyperfine time neovim python3-venv)

only_report=false
if [ "${1:-}" = --missing ]; then
  only_report=true
  shift
fi
want=("$@")
[ ${#want[@]} -gt 0 ] || want=("${ALL[@]}")

command_of() {
  case $1 in
    chromium) echo chromium ;;
    chromium-driver) echo chromedriver ;;
    hyperfine) echo hyperfine ;;
    time) echo time ;;
    neovim) echo nvim ;;
    python3-venv) echo python3 ;;
    *) echo "system-packages: unknown package $1 (packages: ${ALL[*]})" >&2; exit 2 ;;
  esac
}

missing=()
for p in "${want[@]}"; do
  cmd=$(command_of "$p")
  # type -P: a file on PATH, never the shell's `time` keyword.
  if ! type -P "$cmd" >/dev/null 2>&1; then
    missing+=("$p")
  elif [ "$p" = python3-venv ] && ! python3 -c 'import ensurepip, venv; ensurepip.version()' 2>/dev/null; then
    # Debian's python3 keeps ensurepip but not the pip it installs, which
    # python3-venv brings; version() names that pip, or fails without it.
    missing+=("$p")
  fi
done
if $only_report; then
  [ ${#missing[@]} -eq 0 ] || printf '%s\n' "${missing[@]}"
  exit 0
fi
if [ ${#missing[@]} -eq 0 ]; then
  echo "system-packages: all present (${want[*]})"
  exit 0
fi
echo "system-packages: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
