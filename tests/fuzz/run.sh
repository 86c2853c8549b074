#!/usr/bin/env bash
# A short fuzzing run (about 60 s in all) so regressions show in CI; the long runs
# behind the figures in the README use the same script with more time per target.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec scripts/fuzz.sh "${FUZZ_SECONDS:-12}"
