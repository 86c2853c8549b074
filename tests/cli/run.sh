#!/usr/bin/env bash
# The CLI checks that need tools outside cargo (scripts/test cli runs this):
#   1. `tfvars` HCL output is a fixed point of the real `terraform fmt`, on
#      defaults, --describe, tags maps, lists, odd strings, --from the examples
#   2. `check --format sarif` (and `lint --format sarif`) validate against the
#      official SARIF 2.1.0 JSON schema, with pinned Python tools installed by
#      scripts/install/python-tools.sh sarif (tests/requirements-sarif.txt)
#   3. `--format checkstyle`, `junit` and `gitlab` validate against their schemas
#      (tests/cli/schemas/, tests/cli/validate_reports.py) with lxml and
#      jsonschema (tests/requirements-reports.txt)
# The rest of the CLI's end-to-end tests are `cargo test -p sockerless-tfcheck`
# (cli/tests/e2e/, fixtures in tests/cli/fixtures/).
# Ends with "cli: N passed, N failed".
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
tools="${SOCKERLESS_TOOLS:-$HOME/.cache/sockerless-tfcheck}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export CHECKPOINT_DISABLE=1

cargo build --quiet --locked -j 2 -p sockerless-tfcheck
bin="$root/target/debug/sockerless-tfcheck"
fixture=tests/cli/fixtures/module
passed=0
failed=0
pass() { passed=$((passed + 1)); echo "  ok   $*"; }
fail() { failed=$((failed + 1)); echo "  FAIL $*"; }

echo "--> tfvars output is a fixed point of terraform fmt ($(terraform version | head -1))"
fmt_case() { # name, then the arguments of tfvars
  local name="$1"
  shift
  local out="$work/$name.tfvars"
  if ! "$bin" tfvars "$@" -o "$out" 2>"$work/$name.err"; then
    fail "$name: tfvars refused to write: $(head -c 3000 "$work/$name.err")"
    return
  fi
  cp "$out" "$out.orig"
  if terraform fmt -check -diff "$out" >"$work/$name.diff" 2>&1 && cmp -s "$out" "$out.orig"; then
    pass "$name ($(wc -l <"$out") lines)"
  else
    fail "$name: terraform fmt would change it:"
    cat "$work/$name.diff"
  fi
  # What tfvars writes, check accepts.
  local module_args=()
  case "$name" in fixture-*) module_args=(--module "$fixture") ;; esac
  if "$bin" check -q "${module_args[@]}" "$out" >"$work/$name.check" 2>&1; then
    pass "$name: check accepts it"
  else
    fail "$name: check rejects what tfvars wrote:"
    cat "$work/$name.check"
  fi
}
fmt_case fixture-defaults --module "$fixture" --set 'name="demo"'
fmt_case fixture-describe --module "$fixture" --set 'name="demo"' --describe
fmt_case fixture-tags --module "$fixture" --set 'name="demo"' \
  --set 'tags={ "cost center" = "42", team = "platform", "a.b/c:d" = "x=y", "ünïcødé" = "日本語", "quote\"key" = "back\\slash", "$${x}" = "%%{y}", "emoji🦆" = "tab\there", "" = "empty key" }'
fmt_case fixture-lists --module "$fixture" --set 'name="demo"' --set 'zones=["eu-west-1a", "eu-west-1b", "", "with space"]' --only-changed
fmt_case fixture-odd-strings --module "$fixture" --set 'name="a\"b\\c\td\ne"' --set 'tags={ x = "line1\nline2", y = "\u00e9\u0007", z = "trailing space " }' --describe
fmt_case fixture-json-from --module "$fixture" --from tests/cli/fixtures/tfvars/nested/deeper/two.tfvars.json --describe
fmt_case ecs-defaults --set 'name="ci-test"' --set 'environment="test"'
fmt_case ecs-describe --set 'name="ci-test"' --set 'environment="test"' --describe
fmt_case ecs-tags-only-changed --set 'name="ci-test"' --set 'environment="test"' \
  --set 'tags={ owner = "platform", "cost-center" = "4242" }' --set az_count=3 --only-changed --describe
fmt_case ecs-from-default-example --from terraform/examples/default/terraform.tfvars --describe
fmt_case ecs-from-ha-example --from terraform/examples/high-availability/terraform.tfvars
fmt_case ecs-from-existing-vpc-example --from terraform/examples/existing-vpc/terraform.tfvars --describe

echo "--> SARIF validates against the official SARIF 2.1.0 schema"
scripts/install/python-tools.sh sarif
python="$tools/venv-sarif/bin/python"
sarifs=()
sarif() { # name, then the arguments
  local name="$1"
  shift
  set +e
  "$bin" "$@" >"$work/$name.sarif"
  local code=$?
  set -e
  if [ "$code" -gt 1 ]; then
    fail "$name: exit code $code"
  else
    sarifs+=("$work/$name.sarif")
  fi
}
sarif several-errors check --format sarif --module "$fixture" tests/cli/fixtures/tfvars
sarif clean check --format sarif --module "$fixture" tests/cli/fixtures/tfvars/good.tfvars
sarif ecs-examples check --format sarif terraform/examples
sarif stdin check --format sarif --module "$fixture" --stdin-filename "odd name, with: [chars].tfvars" - <tests/cli/fixtures/tfvars/several-errors.tfvars
sarif absolute-path check --format sarif --module "$fixture" "$root/tests/cli/fixtures/tfvars/plain.tfvars"
sarif lint lint --format sarif terraform/modules/ecs
if "$python" tests/cli/validate_sarif.py "${sarifs[@]}"; then
  pass "SARIF: ${#sarifs[@]} documents valid"
else
  fail "SARIF: schema validation"
fi

echo "--> checkstyle, JUnit and GitLab Code Quality validate against their schemas"
scripts/install/python-tools.sh reports
reports_python="$tools/venv-reports/bin/python"
for format in checkstyle junit gitlab; do
  docs=()
  report() { # name, then the arguments
    local name="$1"
    shift
    set +e
    "$bin" "$@" >"$work/$name.$format"
    local code=$?
    set -e
    if [ "$code" -gt 1 ]; then
      fail "$format $name: exit code $code"
    else
      docs+=("$work/$name.$format")
    fi
  }
  report several-errors check --format "$format" --module "$fixture" tests/cli/fixtures/tfvars
  report bundled check --format "$format" tests/cli/fixtures/tfvars
  report clean check --format "$format" --module "$fixture" tests/cli/fixtures/tfvars/good.tfvars
  report ecs-examples check --format "$format" terraform/examples
  report stdin check --format "$format" --module "$fixture" --stdin-filename "odd <name> & \"quotes\".tfvars" - <tests/cli/fixtures/tfvars/several-errors.tfvars
  report control-chars check --format "$format" --stdin-filename bell.tfvars - <<<$'name = "a\u0007b\u001b[31m"\ntags = { "x\ty" = "<&>" }'
  report absolute-path check --format "$format" "$root/tests/cli/fixtures/tfvars/plain.tfvars"
  report lint lint --format "$format" terraform/modules/ecs
  if "$reports_python" tests/cli/validate_reports.py "$format" "${docs[@]}"; then
    pass "$format: ${#docs[@]} documents valid"
  else
    fail "$format: schema validation"
  fi
done

echo
echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
