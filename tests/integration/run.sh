#!/usr/bin/env bash
# Integration suite: the ECS module applied for real against a local AWS API.
#
# Starts moto_server (pinned in tests/requirements-moto.txt) on a free port of
# 127.0.0.1, creates a VPC for the existing-vpc example, applies the default,
# high-availability and existing-vpc examples side by side in one account,
# checks the outputs and what moto holds, audits each backend_policy_json with
# parliament (offline IAM linter, tests/requirements-parliament.txt), checks
# that a second plan changes nothing (but the drift that moto itself causes, see
# below), creates what the sockerless backend would at run time (a skls-*
# security group, an EFS access point, a skls-*.local namespace) in each,
# destroys all three (the module's destroy-time clean-up runs the AWS CLI,
# tests/requirements-awscli.txt, against moto through AWS_ENDPOINT_URL) and
# lists what is left: nothing but the given VPC and a decoy, which must survive.
# All traffic goes to 127.0.0.1.
#
# Work-arounds for moto 5.2.5 (documented in terraform/modules/ecs/README.md):
#  - moto has no DeleteFileSystemPolicy (HTTP 500): the EFS file system policy
#    is removed from state before destroy; deleting the file system deletes it.
#  - moto answers for aws_vpc_security_group_ingress_rule rules that reference a
#    group with another referenced-group ID and no description, so the second
#    plan shows in-place updates of exactly those attributes on those rules;
#    moto_checks.py drift tolerates that and nothing else.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
# shellcheck source=scripts/tf-env.sh
source scripts/tf-env.sh

tools="${SOCKERLESS_TOOLS:-$HOME/.cache/sockerless-tfcheck}"
scripts/install/python-tools.sh moto awscli parliament
venv="$tools/venv-moto"
# The module's destroy-time clean-up calls `aws`.
export PATH="$tools/venv-awscli/bin:$PATH"

work="$(mktemp -d)"
moto_pid=""
cleanup() {
  if [ -n "$moto_pid" ] && kill -0 "$moto_pid" 2>/dev/null; then
    kill "$moto_pid" 2>/dev/null || true
    wait "$moto_pid" 2>/dev/null || true
  fi
  [ -n "${KEEP_WORK:-}" ] && echo "work dir kept: $work" || rm -rf "$work"
}
trap cleanup EXIT

secs() { echo $(( $(date +%s) - $1 )); }
start=$(date +%s)

port="$("$venv/bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
endpoint="http://127.0.0.1:$port"
MOTO_IAM_LOAD_MANAGED_POLICIES=true "$venv/bin/moto_server" -H 127.0.0.1 -p "$port" >"$work/moto.log" 2>&1 &
moto_pid=$!
for _ in $(seq 1 100); do
  if "$venv/bin/python" -c "import urllib.request; urllib.request.urlopen('$endpoint/moto-api/data.json', timeout=1)" 2>/dev/null; then
    break
  fi
  kill -0 "$moto_pid" 2>/dev/null || { cat "$work/moto.log"; echo "moto_server exited" >&2; exit 1; }
  sleep 0.2
done
echo "moto_server $("$venv/bin/python" -c 'import moto; print(moto.__version__)') on $endpoint (pid $moto_pid)"

# Everything the AWS SDK and the provider could reach goes to moto on loopback.
export AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing AWS_REGION=us-east-1 AWS_DEFAULT_REGION=us-east-1
export AWS_ENDPOINT_URL="$endpoint" AWS_EC2_METADATA_DISABLED=true
export AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null
export NO_PROXY=127.0.0.1 no_proxy=127.0.0.1
unset HTTP_PROXY HTTPS_PROXY http_proxy https_proxy AWS_PROFILE AWS_SESSION_TOKEN

configs=(default high-availability existing-vpc)
declare -A names=([default]=sockerless [high-availability]=sockerless-ha [existing-vpc]=sockerless-byo)
declare -A azs=([default]=2 [high-availability]=3)
declare -A nats=([default]=1 [high-availability]=3)

# A throwaway copy of the module per configuration, with a provider whose every
# endpoint is the local moto server.
for c in "${configs[@]}"; do
  dir="$work/$c"
  mkdir -p "$dir"
  cp terraform/modules/ecs/*.tf "$dir/"
  cp -r terraform/modules/ecs/scripts "$dir/"
  cp "terraform/examples/$c/terraform.tfvars" "$dir/terraform.tfvars"
  if [ "$c" = existing-vpc ]; then
    # The network the example is given: its IDs override the example's.
    "$venv/bin/python" tests/integration/moto_checks.py network "$endpoint" "$dir/network.auto.tfvars" "$work/network.json"
  fi
  cat >"$dir/moto_provider.tf" <<EOF
provider "aws" {
  access_key                  = "testing"
  region                      = "us-east-1"
  s3_use_path_style           = true
  secret_key                  = "testing"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  skip_requesting_account_id  = true

  endpoints {
    ec2              = "$endpoint"
    ecr              = "$endpoint"
    ecs              = "$endpoint"
    efs              = "$endpoint"
    iam              = "$endpoint"
    kms              = "$endpoint"
    logs             = "$endpoint"
    route53          = "$endpoint"
    servicediscovery = "$endpoint"
    sts              = "$endpoint"
  }
}
EOF
  (cd "$dir" && terraform init -input=false -no-color >"$work/$c.init.log" 2>&1) || { cat "$work/$c.init.log"; exit 1; }
done

tf() { local c=$1; shift; (cd "$work/$c" && terraform "$@"); }

# Runs "$@" once per configuration, both at once (they share one moto account,
# side by side), then prints each one's report; fails if either failed.
both() {
  local c pids=() rc=0
  for c in "${configs[@]}"; do
    "$@" "$c" >"$work/$c.report" 2>&1 &
    pids+=($!)
  done
  for i in "${!configs[@]}"; do
    wait "${pids[$i]}" || rc=1
    cat "$work/${configs[$i]}.report"
  done
  return $rc
}

apply_one() {
  local c=$1 t n
  t=$(date +%s)
  tf "$c" apply -input=false -no-color -auto-approve -parallelism=5 >"$work/$c.apply.log" 2>&1 \
    || { tail -60 "$work/$c.apply.log"; return 1; }
  n=$(sed -n 's/.*Apply complete! Resources: \([0-9]*\) added.*/\1/p' "$work/$c.apply.log")
  echo "apply $c: $n resources in $(secs "$t")s"
}

check_one() {
  local c=$1
  tf "$c" output -json >"$work/$c.outputs.json"
  if [ "$c" = existing-vpc ]; then
    "$venv/bin/python" tests/integration/moto_checks.py byo_outputs "${names[$c]}" "$work/network.json" "$work/$c.outputs.json"
    "$venv/bin/python" tests/integration/moto_checks.py state "${names[$c]}" "$endpoint" "$work/$c.outputs.json" byo
  else
    "$venv/bin/python" tests/integration/moto_checks.py outputs "${names[$c]}" "${azs[$c]}" "${nats[$c]}" "$work/$c.outputs.json"
    "$venv/bin/python" tests/integration/moto_checks.py state "${names[$c]}" "$endpoint" "$work/$c.outputs.json"
  fi
  "$tools/venv-parliament/bin/python" tests/integration/audit_policy.py "$work/$c.outputs.json"
  # What `sockerless-tfcheck backend-config` makes of these outputs, when built.
  if [ -x target/debug/sockerless-tfcheck ]; then
    target/debug/sockerless-tfcheck backend-config --format env "$work/$c.outputs.json" >"$work/$c.env"
    echo "backend environment ($c): $(tr '\n' ' ' <"$work/$c.env")"
  fi
  echo "backend_config ($c): $("$venv/bin/python" -c 'import json,sys; print(json.dumps(json.load(open(sys.argv[1]))["backend_config"]["value"], sort_keys=True))' "$work/$c.outputs.json")"
}

plan_one() {
  local c=$1 t
  t=$(date +%s)
  tf "$c" plan -input=false -no-color -parallelism=5 -out=second.plan >"$work/$c.plan.log" 2>&1 \
    || { tail -40 "$work/$c.plan.log"; return 1; }
  tf "$c" show -json second.plan >"$work/$c.plan.json"
  echo "second plan $c ($(secs "$t")s): $(grep -E '^(No changes|Plan:)' "$work/$c.plan.log" || true)"
  "$venv/bin/python" tests/integration/moto_checks.py drift "$work/$c.plan.json"
}

destroy_one() {
  local c=$1 t n left
  t=$(date +%s)
  # moto has no DeleteFileSystemPolicy; deleting the file system removes it.
  # The second plan has just refreshed the state, so destroy need not.
  tf "$c" state rm -no-color aws_efs_file_system_policy.this >/dev/null
  tf "$c" destroy -input=false -no-color -auto-approve -parallelism=5 -refresh=false >"$work/$c.destroy.log" 2>&1 \
    || { tail -60 "$work/$c.destroy.log"; return 1; }
  n=$(sed -n 's/.*Destroy complete! Resources: \([0-9]*\) destroyed.*/\1/p' "$work/$c.destroy.log")
  left=$(tf "$c" state list | wc -l)
  grep -o 'cleanup: .*' "$work/$c.destroy.log" | sed "s/^/  $c /" || true
  echo "destroy $c: $n resources (+1 policy dropped from state) in $(secs "$t")s, $left left in state"
  [ "$left" -eq 0 ]
}

t=$(date +%s); both apply_one; echo "== applied side by side in $(secs "$t")s"
for c in "${configs[@]}"; do check_one "$c"; done
t=$(date +%s); both plan_one; echo "== second plans in $(secs "$t")s"
for c in "${configs[@]}"; do
  "$venv/bin/python" tests/integration/moto_checks.py simulate "${names[$c]}" "$endpoint" "$work/$c.outputs.json"
done
"$venv/bin/python" tests/integration/moto_checks.py decoys "$endpoint"
t=$(date +%s); both destroy_one; echo "== destroyed in $(secs "$t")s"

"$venv/bin/python" tests/integration/moto_checks.py after_destroy "$endpoint" "$work/network.json"
"$venv/bin/python" tests/integration/moto_checks.py leftovers "$endpoint" "${names[@]}"

echo "took $(secs "$start")s"
# Per configuration: apply, outputs, state, policy audit, second plan,
# simulated leftovers, destroy; then the given network and the leftovers.
echo "integration: $(( ${#configs[@]} * 7 + 2 )) passed, 0 failed"
