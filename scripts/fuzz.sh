#!/usr/bin/env bash
# Runs every cargo-fuzz target for a while and reports executions and crashes.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     (default: 12 s each, all targets)
#
# Needs the nightly toolchain and cargo-fuzz (scripts/install/rust-tools.sh).
# Seeds are in fuzz/corpus/<target>/ (committed); what a run finds goes to a
# scratch copy so the committed seeds stay small. A crash leaves its input in
# fuzz/artifacts/<target>/ and makes the script fail; turn it into a regression
# test before fixing it.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-12}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(tfvars_hcl tfvars_json module eval backend_config)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cargo +nightly fuzz build -O
failed=0
for t in "${targets[@]}"; do
  mkdir -p "$work/$t"
  cp -r "fuzz/corpus/$t/." "$work/$t/"
  log="$work/$t.log"
  if cargo +nightly fuzz run -O "$t" "$work/$t" -- -max_total_time="$secs" -rss_limit_mb=1024 -timeout=10 -max_len=65536 >"$log" 2>&1; then
    status=ok
  else
    status=CRASH
    failed=1
  fi
  execs=$(grep -Eo 'stat::number_of_executed_units: [0-9]+' "$log" | grep -Eo '[0-9]+$' | tail -1)
  [ -n "$execs" ] || execs=$(grep -Eo '#[0-9]+' "$log" | tail -1 | tr -d '#')
  echo "fuzz: $t ${secs}s execs=${execs:-?} corpus=$(ls "$work/$t" | wc -l) $status"
  if [ "$status" = CRASH ]; then
    tail -40 "$log"
  fi
done
exit $failed
