#!/usr/bin/env bash
# Debian packages the tests need: Chromium and its driver for the browser tests,
# hyperfine for the benchmarks, Neovim for the language server's editor test.
# Installs only what is missing.
set -euo pipefail
want=(chromium chromium-driver hyperfine time neovim)
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "system-packages: all present (${want[*]})"
  exit 0
fi
echo "system-packages: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
