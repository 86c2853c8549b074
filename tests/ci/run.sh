#!/usr/bin/env bash
# The CI integrations that need no npm package (scripts/test ci runs this):
#   1. scripts/install/prerequisites.sh in a clean environment: with a fresh
#      HOME, CARGO_HOME, RUSTUP_HOME and tool cache and a PATH holding only a
#      shell and text tools, every suite's prerequisites are reported missing
#      (and a missing machine tool stops the install with exit 2); with the real
#      PATH, what it reports missing or present agrees with independent probes;
#      into a fresh tool cache it installs the ci suite's Python tool from PyPI,
#      and a second run finds everything present.
#   2. The pre-commit hooks (.pre-commit-hooks.yaml) run by the real pre-commit
#      (tests/requirements-pre-commit.txt) in a throwaway git repository: a
#      tfvars file with errors blocks the commit with the located message, a
#      good one is committed; both for the hook that builds the CLI and for the
#      one that uses an installed binary.
# Ends with "ci: N passed, N failed".
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
tools="${SOCKERLESS_TOOLS:-$HOME/.cache/sockerless-tfcheck}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
pass() { passed=$((passed + 1)); echo "  ok   $*"; }
fail() { failed=$((failed + 1)); echo "  FAIL $*"; }
step() { printf -- '--> %s\n' "$*"; }
prereq=scripts/install/prerequisites.sh
suites=(rust terraform integration parity cli bad-inputs lsp npm web fuzz ci)

# What each suite needs: the specification the script is held to.
expected() {
  case $1 in
    rust) echo "machine cargo|rust wasm32-unknown-unknown" ;;
    terraform) echo "machine cargo|machine terraform|machine python3|deb python3-venv|python checkov|python trivy" ;;
    integration) echo "machine cargo|machine terraform|machine python3|deb python3-venv|python moto|python awscli|python parliament" ;;
    parity) echo "machine cargo|machine terraform" ;;
    cli) echo "machine cargo|machine terraform|machine python3|deb python3-venv|python sarif|python reports" ;;
    bad-inputs) echo "machine cargo|deb time" ;;
    lsp) echo "machine cargo|machine terraform|machine python3|deb neovim" ;;
    npm) echo "machine cargo|machine node|machine npm|rust wasm32-unknown-unknown|rust wasm32-wasip1|rust wasm-bindgen|rust wasm-pack|deb chromium|deb chromium-driver" ;;
    web) echo "machine cargo|machine node|machine npm|rust wasm32-unknown-unknown|rust wasm-bindgen|rust trunk|deb chromium|deb chromium-driver" ;;
    fuzz) echo "machine cargo|rust nightly|rust cargo-fuzz" ;;
    ci) echo "machine cargo|machine python3|machine git|deb python3-venv|python pre-commit" ;;
  esac
}
sorted() { tr '|' '\n' | sed '/^$/d' | sort; }

step "prerequisites in a clean environment (fresh HOME and tool cache, PATH without the tools)"
mkdir -p "$work/bin" "$work/home" "$work/tools"
for t in bash sh env dirname awk grep sed cmp head cat sort tr mktemp rm date; do
  ln -s "$(type -P "$t")" "$work/bin/$t"
done
clean() {
  env -i PATH="$work/bin" HOME="$work/home" CARGO_HOME="$work/home/.cargo" RUSTUP_HOME="$work/home/.rustup" \
    SOCKERLESS_TOOLS="$work/tools" bash "$@"
}
for s in "${suites[@]}"; do
  got=$(clean "$prereq" --missing "$s" | sort)
  want=$(expected "$s" | sorted)
  if [ "$got" = "$want" ]; then
    pass "$s: all $(wc -l <<<"$want") prerequisites reported missing"
  else
    fail "$s: reported missing:"$'\n'"$got"$'\n'"expected:"$'\n'"$want"
  fi
done
set +e
clean "$prereq" rust >"$work/machine.out" 2>&1
code=$?
set -e
if [ "$code" = 2 ] && grep -q "the machine lacks cargo" "$work/machine.out"; then
  pass "a missing machine tool stops the install with exit 2 and names it"
else
  fail "missing cargo: exit $code: $(cat "$work/machine.out")"
fi

step "prerequisites with the real PATH agree with independent probes"
probe() { # KIND ITEM: 0 when present
  case $1 in
    machine) type -P "$2" >/dev/null ;;
    rust)
      case $2 in
        wasm32-*) rustup target list --installed | grep -qx "$2" ;;
        nightly) rustup toolchain list | grep -q '^nightly' ;;
        wasm-bindgen) [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen 0.2.129" ] ;;
        wasm-pack) [ "$(wasm-pack --version 2>/dev/null)" = "wasm-pack 0.15.1" ] ;;
        trunk) [ "$(trunk --version 2>/dev/null)" = "trunk 0.21.14" ] ;;
        cargo-fuzz) [ "$(cargo fuzz --version 2>/dev/null)" = "cargo-fuzz 0.13.1" ] ;;
      esac
      ;;
    deb)
      case $2 in
        chromium-driver) type -P chromedriver >/dev/null ;;
        neovim) type -P nvim >/dev/null ;;
        python3-venv) rm -rf "$work/probe-venv" && python3 -m venv "$work/probe-venv" >/dev/null 2>&1 && "$work/probe-venv/bin/python" -m pip --version >/dev/null ;;
        *) type -P "$2" >/dev/null ;;
      esac
      ;;
    python) [ -x "$tools/venv-$2/bin/python" ] && cmp -s "$tools/venv-$2/.requirements" "tests/requirements-$2.txt" ;;
  esac
}
agree=0
disagree=()
for s in "${suites[@]}"; do
  reported=$("$prereq" --missing "$s")
  while IFS= read -r item; do
    [ -n "$item" ] || continue
    # shellcheck disable=SC2086
    if probe $item; then present=yes; else present=no; fi
    if grep -qxF "$item" <<<"$reported"; then said=no; else said=yes; fi
    if [ "$present" = "$said" ]; then agree=$((agree + 1)); else disagree+=("$s: $item present=$present reported-present=$said"); fi
  done < <(expected "$s" | sorted)
done
if [ ${#disagree[@]} -eq 0 ]; then
  pass "$agree prerequisites: present or missing as the probes find them"
else
  fail "prerequisites disagree with the probes: ${disagree[*]}"
fi

step "prerequisites install into a fresh tool cache, then find everything present"
fresh="$work/fresh-tools"
if SOCKERLESS_TOOLS="$fresh" "$prereq" ci >"$work/install.log" 2>&1 && [ -x "$fresh/venv-pre-commit/bin/pre-commit" ]; then
  pass "installed into a fresh tool cache: $(grep -Eo 'python-tools: installing [a-z-]+' "$work/install.log" | sed 's/.* //' | tr '\n' ' ')"
else
  fail "install into a fresh tool cache: $(tail -20 "$work/install.log")"
fi
again=$(SOCKERLESS_TOOLS="$fresh" "$prereq" ci 2>&1)
if [ "$again" = "prerequisites: all present for ci" ] && [ -z "$(SOCKERLESS_TOOLS="$fresh" "$prereq" --missing ci)" ]; then
  pass "a second run installs nothing"
else
  fail "a second run: $again"
fi

step "pre-commit hooks (.pre-commit-hooks.yaml) with the real pre-commit"
"$prereq" ci >/dev/null
pre_commit="$tools/venv-pre-commit/bin/pre-commit"
echo "  $("$pre_commit" --version)"
cargo build --quiet --release --locked -j 2 -p sockerless-tfcheck
target_dir=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
# The hooks come from the committed tree, as pre-commit clones it.
rev=$(git rev-parse HEAD)
if ! git diff --quiet HEAD -- .pre-commit-hooks.yaml cli/pre-commit.sh; then
  echo "  note: uncommitted changes to the hooks are not what pre-commit runs (it clones $rev)"
fi
export PRE_COMMIT_HOME="$work/pre-commit-home"
export GIT_AUTHOR_NAME=ci GIT_AUTHOR_EMAIL=ci@example.invalid GIT_COMMITTER_NAME=ci GIT_COMMITTER_EMAIL=ci@example.invalid
hook_case() { # hook-id, then environment assignments for the commit
  local hook=$1
  shift
  local repo="$work/repo-$hook"
  git init -q "$repo"
  cat >"$repo/.pre-commit-config.yaml" <<YAML
repos:
  - repo: $root
    rev: $rev
    hooks:
      - id: $hook
YAML
  (cd "$repo" && git add .pre-commit-config.yaml && git commit -qm config && "$pre_commit" install >/dev/null)
  mkdir -p "$repo/envs"
  printf 'name        = "x"\nenvironment = "prod"\naz_count    = 9\n' >"$repo/envs/prod.tfvars"
  set +e
  (cd "$repo" && git add envs/prod.tfvars && env "$@" git commit -qm bad) >"$work/$hook.bad" 2>&1
  local code=$?
  set -e
  if [ "$code" -ne 0 ] && grep -q -- "--> envs/prod.tfvars:3:15" "$work/$hook.bad" &&
    grep -q "az_count is 9" "$work/$hook.bad" && [ "$(cd "$repo" && git rev-list --count HEAD)" = 1 ]; then
    pass "$hook: a tfvars file with errors blocks the commit, located at envs/prod.tfvars:3:15"
  else
    fail "$hook: the bad file (exit $code): $(cat "$work/$hook.bad")"
  fi
  cp terraform/examples/default/terraform.tfvars "$repo/envs/prod.tfvars"
  set +e
  (cd "$repo" && git add envs/prod.tfvars && env "$@" git commit -qm good) >"$work/$hook.good" 2>&1
  code=$?
  set -e
  if [ "$code" -eq 0 ] && [ "$(cd "$repo" && git rev-list --count HEAD)" = 2 ] && grep -q "Passed" "$work/$hook.good"; then
    pass "$hook: a good tfvars file is committed"
  else
    fail "$hook: the good file (exit $code): $(cat "$work/$hook.good")"
  fi
}
# The hook that builds the CLI with cargo, in a target directory of its own kept
# in the tool cache (later runs rebuild only the two crates), never this
# checkout's: artifacts of another checkout must not mix with its own.
hook_case sockerless-tfcheck CARGO_TARGET_DIR="$tools/pre-commit-target" CARGO_BUILD_JOBS=2
hook_case sockerless-tfcheck-system PATH="$target_dir/release:$PATH"

echo
echo "ci: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
