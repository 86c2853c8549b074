#!/usr/bin/env bash
# Installs the Python tools the test suites use, each in its own virtualenv so
# their dependencies never conflict:
#
#   ${SOCKERLESS_TOOLS:-$HOME/.cache/sockerless-tfcheck}/venv-<tool>
#
# Usage: scripts/install/python-tools.sh [--missing] [TOOL ...]   (default: all)
#   TOOLs: moto checkov trivy parliament awscli sarif reports pre-commit
#   --missing   print the TOOLs whose venv is missing or stale (one a line), install nothing
#
# Each tool is pinned in tests/requirements-<tool>.txt. A venv whose recorded
# requirements match the pin file is left alone, so the script is idempotent and
# fast when nothing changed. Packages come from PyPI through plain pip.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
tools_dir="${SOCKERLESS_TOOLS:-$HOME/.cache/sockerless-tfcheck}"
python="${PYTHON:-python3}"

only_report=false
if [ "${1:-}" = --missing ]; then
  only_report=true
  shift
fi
tools=("$@")
[ ${#tools[@]} -gt 0 ] || tools=(moto checkov trivy parliament awscli sarif reports pre-commit)

$only_report || mkdir -p "$tools_dir"
for tool in "${tools[@]}"; do
  req="$root/tests/requirements-$tool.txt"
  if [ ! -f "$req" ]; then
    echo "python-tools: no pin file $req (tools: moto checkov trivy parliament awscli sarif reports pre-commit)" >&2
    exit 2
  fi
  venv="$tools_dir/venv-$tool"
  stamp="$venv/.requirements"
  if [ -x "$venv/bin/python" ] && [ -f "$stamp" ] && cmp -s "$req" "$stamp"; then
    $only_report || echo "python-tools: $tool up to date in $venv"
    continue
  fi
  if $only_report; then
    echo "$tool"
    continue
  fi
  echo "python-tools: installing $tool into $venv"
  rm -rf "$venv"
  "$python" -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$req"
  cp "$req" "$stamp"
done
