#!/usr/bin/env bash
# Runs every cargo-fuzz target for a while and reports executions and crashes.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     (default: 12 s each, all targets)
#
# Targets run one after the other, each on one core. Needs the nightly
# toolchain and cargo-fuzz (scripts/install/rust-tools.sh).
# Seeds are in fuzz/corpus/<target>/ (committed); what a run finds goes to a
# scratch copy so the committed seeds stay small. A crash leaves its input in
# fuzz/artifacts/<target>/ and makes the script fail; turn it into a regression
# test before fixing it (see tests/bad-inputs/README-section.md).
# FUZZ_LOGS=DIR keeps each target's libFuzzer log as DIR/<target>.log.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-12}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(tfvars_hcl tfvars_json module eval backend_config)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
logs=${FUZZ_LOGS:-$work}
mkdir -p "$logs"

cargo +nightly fuzz build -O
failed=0
for t in "${targets[@]}"; do
  mkdir -p "$work/$t" "fuzz/artifacts/$t"
  cp -r "fuzz/corpus/$t/." "$work/$t/"
  log="$logs/$t.log"
  # The bad-input corpus seeds the runs too (read only: finds go to the scratch copy).
  extra=()
  case $t in
    tfvars_hcl) extra=(tests/bad-inputs/hcl) ;;
    tfvars_json) extra=(tests/bad-inputs/json) ;;
    backend_config) extra=(tests/bad-inputs/backend) ;;
  esac
  # Failures are crash-, timeout-, oom- and leak- files; slow-unit- files only
  # note an input over 10 s, which is reported but is not a failure.
  count() { find "fuzz/artifacts/$t" -type f -name "$1" | wc -l; }
  before=$(find "fuzz/artifacts/$t" -type f ! -name 'slow-unit-*' | wc -l)
  slow_before=$(count 'slow-unit-*')
  # -timeout flags a hang: 30 s, since a legitimate 10 MB format() result takes
  # about 11 s under the address sanitizer (0.4 s natively).
  if cargo +nightly fuzz run -O "$t" "$work/$t" "${extra[@]}" -- \
      -max_total_time="$secs" -rss_limit_mb=1024 -timeout=30 -max_len=65536 \
      -print_final_stats=1 >"$log" 2>&1; then
    status=ok
  else
    status=CRASH
    failed=1
  fi
  crashes=$(( $(find "fuzz/artifacts/$t" -type f ! -name 'slow-unit-*' | wc -l) - before ))
  slow=$(( $(count 'slow-unit-*') - slow_before ))
  execs=$(grep -Eo 'stat::number_of_executed_units: [0-9]+' "$log" | grep -Eo '[0-9]+$' | tail -1 || true)
  [ -n "$execs" ] || execs=$(grep -Eo '^#[0-9]+' "$log" | tail -1 | tr -d '#' || true)
  rss=$(grep -Eo 'stat::peak_rss_mb: *[0-9]+' "$log" | grep -Eo '[0-9]+$' | tail -1 || true)
  echo "fuzz: $t ${secs}s execs=${execs:-?} crashes=$crashes slow_units=$slow peak_rss_mb=${rss:-?} corpus=$(find "$work/$t" -type f | wc -l) $status"
  if [ "$status" = CRASH ]; then
    grep -E 'panicked at|ERROR: libFuzzer|SUMMARY' -A4 "$log" | head -40 || tail -40 "$log"
  fi
done
exit $failed
