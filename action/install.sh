#!/usr/bin/env bash
# The action's first step: installs @sockerless/tfcheck (INPUT_VERSION: an npm
# version or tag, or the path of a packed .tgz) into $RUNNER_TEMP/sockerless-tfcheck,
# where the next step (action/check.mjs) runs its bin.
set -euo pipefail
version="${INPUT_VERSION:-latest}"
case $version in
  *.tgz) spec="$(cd "$(dirname "$version")" && pwd)/$(basename "$version")" ;;
  *) spec="@sockerless/tfcheck@$version" ;;
esac
dir="$RUNNER_TEMP/sockerless-tfcheck"
mkdir -p "$dir"
[ -f "$dir/package.json" ] || printf '{ "private": true }\n' >"$dir/package.json"
npm install --prefix "$dir" --no-audit --no-fund --loglevel=error "$spec"
"$dir/node_modules/.bin/sockerless-tfcheck" --version
