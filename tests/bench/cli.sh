#!/usr/bin/env bash
# Benchmark of the sockerless-tfcheck binary, measured in one run and printed as
# ratios (a benchmark, never a test: nothing here asserts a time).
#
#   1. `check` of terraform/examples/default/terraform.tfvars versus
#      `terraform plan -var-file` of the same file on the real module, against a
#      local AWS API: moto_server (pinned in tests/requirements-moto.txt, the one
#      tests/integration/ uses) on 127.0.0.1, with the provider's endpoints
#      pointed at it. `terraform init` is done once, outside the timing; each plan
#      refreshes the module's data sources against moto and plans every resource.
#   2. `check` of the same file versus `/bin/true`: the CLI's whole cost (start,
#      read the embedded module, check, print) against bare process start-up,
#      for the released build (scripts/build-release.sh, statically linked) and
#      for a plain `cargo build --release` (dynamically linked).
#   3. Throughput: 10,000 generated tfvars files (variations of the default
#      example, in HCL and JSON) checked in one invocation, in files per second.
#
# Needs: terraform (scripts/tf-env.sh's offline provider mirror), hyperfine
# (Debian: apt-get install -y hyperfine), python3. Builds: cargo build --release
# and scripts/build-release.sh (into target/static).
# Usage: tests/bench/cli.sh [--quick]   (--quick: fewer runs, for a smoke test)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
# shellcheck source=scripts/tf-env.sh
source scripts/tf-env.sh

runs_fast=300
runs_plan=5
files=10000
if [ "${1:-}" = "--quick" ]; then
  runs_fast=30
  runs_plan=1
  files=1000
fi

command -v hyperfine >/dev/null || { echo "hyperfine is needed: apt-get install -y hyperfine" >&2; exit 2; }
tools="${SOCKERLESS_TOOLS:-$HOME/.cache/sockerless-tfcheck}"
work="$(mktemp -d)"
moto_pid=""
cleanup() {
  if [ -n "$moto_pid" ] && kill -0 "$moto_pid" 2>/dev/null; then
    kill "$moto_pid" 2>/dev/null || true
    wait "$moto_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# The binary as released (scripts/build-release.sh: statically linked), in a
# target directory of its own so that it and `cargo build`'s dynamically linked
# one do not relink each other; the dynamic one is measured too.
cargo build --release --locked --quiet -j 2 -p sockerless-tfcheck
dyn="${CARGO_TARGET_DIR:-$root/target}/release/sockerless-tfcheck"
bin="$(CARGO_TARGET_DIR="$root/target/static" scripts/build-release.sh --quiet -j 2 | tail -1)"
example="$root/terraform/examples/default/terraform.tfvars"

echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(. /etc/os-release && echo "$PRETTY_NAME"), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "tools: $(terraform version | head -1), $(hyperfine --version), sockerless-tfcheck $("$bin" --version | cut -d' ' -f2)"

mean() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][int(sys.argv[2])]["mean"])' "$1" "$2"; }

# --- 1. check versus terraform plan against moto ------------------------------
scripts/install/python-tools.sh moto >/dev/null
venv="$tools/venv-moto"
port="$("$venv/bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
endpoint="http://127.0.0.1:$port"
"$venv/bin/moto_server" -H 127.0.0.1 -p "$port" >"$work/moto.log" 2>&1 &
moto_pid=$!
for _ in $(seq 1 100); do
  "$venv/bin/python" -c "import urllib.request; urllib.request.urlopen('$endpoint/moto-api/data.json', timeout=1)" 2>/dev/null && break
  kill -0 "$moto_pid" 2>/dev/null || { cat "$work/moto.log"; echo "moto_server exited" >&2; exit 1; }
  sleep 0.2
done
export AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing AWS_REGION=us-east-1 AWS_DEFAULT_REGION=us-east-1
export AWS_ENDPOINT_URL="$endpoint" AWS_EC2_METADATA_DISABLED=true
export AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null
export NO_PROXY=127.0.0.1 no_proxy=127.0.0.1
unset HTTP_PROXY HTTPS_PROXY http_proxy https_proxy AWS_PROFILE AWS_SESSION_TOKEN

plan="$work/plan"
mkdir -p "$plan"
cp terraform/modules/ecs/*.tf "$plan/"
cat >"$plan/moto_provider.tf" <<PROVIDER
provider "aws" {
  access_key                  = "testing"
  region                      = "us-east-1"
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
PROVIDER
(cd "$plan" && terraform init -input=false -no-color >"$work/init.log" 2>&1) || { cat "$work/init.log"; exit 1; }
# One plan first, to show it succeeds (a failing plan would be a fast, false figure).
(cd "$plan" && terraform plan -input=false -lock=false -no-color -var-file="$example" >"$work/plan.log" 2>&1) || { tail -30 "$work/plan.log"; exit 1; }
echo "terraform plan: $(grep -o 'Plan: .*' "$work/plan.log")"

hyperfine -N --style none --warmup 1 --runs "$runs_plan" --export-json "$work/plan.json" \
  "terraform -chdir=$plan plan -input=false -lock=false -no-color -var-file=$example" >/dev/null 2>>"$work/hyperfine.log"
hyperfine -N --style none --warmup 20 --runs "$runs_fast" --export-json "$work/check.json" -i \
  "$bin check --color never $example" "/bin/true" "$dyn check --color never $example" >/dev/null 2>>"$work/hyperfine.log"
plan_s=$(mean "$work/plan.json" 0)
check_s=$(mean "$work/check.json" 0)
true_s=$(mean "$work/check.json" 1)
dyn_s=$(mean "$work/check.json" 2)

# --- 3. throughput -------------------------------------------------------------
corpus="$work/corpus"
python3 - "$corpus" "$files" <<'PY'
import json, os, sys
out, n = sys.argv[1], int(sys.argv[2])
for i in range(n):
    d = os.path.join(out, f"team-{i % 100:02d}")
    os.makedirs(d, exist_ok=True)
    az = 1 + i % 3
    nat = 1 + (i // 3) % az
    name = f"env-{i:05d}"
    vpc = f"10.{i % 256}.0.0/16"
    if i % 4 == 0:
        doc = {"name": name, "environment": "test", "vpc_cidr": vpc, "az_count": az,
               "nat_gateway_count": nat, "log_retention_days": 365, "tags": {"team": f"t{i % 100}"}}
        with open(os.path.join(d, f"{name}.tfvars.json"), "w") as f:
            json.dump(doc, f, indent=2)
    else:
        with open(os.path.join(d, f"{name}.tfvars"), "w") as f:
            f.write(f'name               = "{name}"\nenvironment        = "test"\nvpc_cidr           = "{vpc}"\n'
                    f'az_count           = {az}\nnat_gateway_count  = {nat}\nlog_retention_days = 365\n\n'
                    f'tags = {{\n  team = "t{i % 100}"\n}}\n')
PY
hyperfine -N --style none --warmup 1 --runs 5 --export-json "$work/many.json" -i \
  "$bin check --format github $corpus" >/dev/null 2>>"$work/hyperfine.log"
many_s=$(mean "$work/many.json" 0)
set +e
"$bin" check --format json "$corpus" >"$work/many.out"
set -e
summary=$(python3 -c 'import json,sys; s=json.load(open(sys.argv[1]))["summary"]; print("%d files, %d errors, %d warnings" % (s["files"], s["errors"], s["warnings"]))' "$work/many.out")

python3 - "$plan_s" "$check_s" "$true_s" "$many_s" "$files" "$summary" "$dyn_s" <<'PY'
import sys
plan, check, true, many, files = (float(x) for x in sys.argv[1:6])
summary = sys.argv[6]
dyn = float(sys.argv[7])
print()
print(f"check (default example)          {check * 1e3:9.3f} ms  (dynamically linked build: {dyn * 1e3:.3f} ms, {dyn / true:.2f}x /bin/true)")
print(f"terraform plan (moto, same file) {plan * 1e3:9.1f} ms")
print(f"/bin/true                        {true * 1e3:9.3f} ms")
print(f"check of {int(files)} files           {many * 1e3:9.1f} ms  ({summary})")
print()
print(f"ratio plan / check:      {plan / check:10.0f}x   (target >= 1000x)")
print(f"ratio check / /bin/true: {check / true:10.2f}x   (target <= 3x)")
print(f"throughput:              {files / many:10.0f} files/s   (target >= 20000 files/s on 2 cores)")
PY
