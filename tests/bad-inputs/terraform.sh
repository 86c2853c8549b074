#!/usr/bin/env bash
# Checks the `terraform` column of expect.tsv against real Terraform: every case
# whose column is accept, reject or accept* is given to
#   terraform plan -input=false -lock=false -refresh=false -var-file=CASE
# in a throwaway root, as tests/parity does it (tests/parity/src/terraform.rs):
# the root holds the module's variables.tf and input_checks.tf (the ECS module,
# the default of `check`), or every .tf file of the case's --module directory.
# Exit 0 is accept, any other exit is reject. accept* (a deliberate difference,
# see README-section.md) must still be what Terraform does: accept.
#
#   tests/bad-inputs/terraform.sh          all cases, two at a time
#   JOBS=4 tests/bad-inputs/terraform.sh   more at a time
#   TF_TIMEOUT=60                          seconds before a plan counts as hung
#   EXPECT=other.tsv                       another manifest (default expect.tsv)
#
# Prints each disagreement (with Terraform's first error line) and the counts;
# fails when any case disagrees.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=scripts/tf-env.sh
source scripts/tf-env.sh
command -v terraform >/dev/null || {
  echo "terraform not found" >&2
  exit 2
}
repo=$PWD
corpus=$repo/tests/bad-inputs
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The cases Terraform judges: case, expectation, module directory (one a line).
awk -F '\t' '!/^#/ && NF >= 6 && $5 != "-" {
  module = "terraform/modules/ecs"
  if (match($6, /--module [^ ]+/)) module = substr($6, RSTART + 9, RLENGTH - 9)
  print $1 "\t" $5 "\t" module
}' "${EXPECT:-$corpus/expect.tsv}" >"$work/cases"

# One root per module, initialised once (offline, from the provider mirror). A
# module that does not parse cannot be initialised: its plans fail, as they must.
cut -f 3 "$work/cases" | sort -u >"$work/modules"
while read -r module; do
  root=$work/roots/${module//\//_}
  mkdir -p "$root"
  if [ "$module" = terraform/modules/ecs ]; then
    cp "$module/variables.tf" "$module/input_checks.tf" "$root/"
  else
    cp "$module"/*.tf "$root/"
  fi
  (cd "$root" && terraform init -backend=false -input=false -no-color >"$root.init.log" 2>&1) || true
done <"$work/modules"

# judge CASE EXPECT MODULE: one plan; writes "verdict<TAB>case<TAB>expect<TAB>got<TAB>first error".
judge() {
  local case=$1 expect=$2 module=$3 root got rc out
  root=$work/roots/${module//\//_}
  out=$(mktemp "$work/plan.XXXXXX")
  set +e
  (cd "$root" && timeout -k 5 "${TF_TIMEOUT:-60}" terraform plan -input=false -lock=false \
    -refresh=false -no-color "-var-file=$corpus/$case" >"$out" 2>&1)
  rc=$?
  set -e
  if [ "$rc" = 0 ]; then got=accept; elif [ "$rc" = 124 ] || [ "$rc" = 137 ]; then got=hung; else got=reject; fi
  local first
  first=$(grep -a -m 1 -o 'Error: .*' "$out" | cut -c 1-100 || true)
  local verdict=agree
  [ "${expect%\*}" = "$got" ] || verdict=DISAGREE
  printf '%s\t%s\t%s\t%s\t%s\n' "$verdict" "$case" "$expect" "$got" "$first"
}
export -f judge
export work corpus

echo "== $(terraform version | head -1): $(wc -l <"$work/cases") cases of expect.tsv, ${JOBS:-2} at a time"
tr '\t' '\n' <"$work/cases" |
  xargs -d '\n' -n 3 -P "${JOBS:-2}" bash -c 'judge "$@"' _ >"$work/results"
sort -t $'\t' -k 2 "$work/results" >"$work/sorted"

awk -F '\t' '$1 == "DISAGREE" { printf "DISAGREE %s: expect.tsv says %s, terraform %s %s\n", $2, $3, $4, ($5 == "" ? "" : "(" $5 ")") }' "$work/sorted"
total=$(wc -l <"$work/sorted")
agree=$(grep -c '^agree' "$work/sorted" || true)
accept=$(awk -F '\t' '$4 == "accept"' "$work/sorted" | wc -l)
reject=$(awk -F '\t' '$4 == "reject"' "$work/sorted" | wc -l)
starred=$(awk -F '\t' '$3 == "accept*"' "$work/sorted" | wc -l)
echo "terraform: $agree of $total cases agree with expect.tsv (terraform accepted $accept, rejected $reject; $starred marked accept*, where sockerless-tfcheck deliberately rejects)"
[ "$agree" = "$total" ]
