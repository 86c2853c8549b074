#!/usr/bin/env bash
# Records what real Terraform says about each expression in
# core/tests/golden/functions.exprs, as core/tests/golden/functions.jsonl.
#
#   scripts/golden-functions.sh            regenerate functions.jsonl
#   scripts/golden-functions.sh --check    regenerate into a temporary file and
#                                          fail (showing the diff) if it differs
#   scripts/golden-functions.sh --exprs F --out O   other files (for scratch runs)
#
# For each expression (one per line; blank lines and lines starting with # are
# skipped) it runs `terraform console` twice, on `type(EXPR)` and on
# `jsonencode(EXPR)`, and writes one JSON object per line:
#   {"expr": ..., "type": <type() output without whitespace>, "json": <raw JSON text>}
#   {"expr": ..., "error": {"summary": ..., "detail": ...}}
# A value Terraform marks sensitive is recorded with "sensitive": true and its
# JSON taken through nonsensitive(); a value Terraform cannot compute (an
# unknown value) with "unknown": true and no JSON. When type() works but
# jsonencode() fails (infinity), the record has both "type" and "error". Panics inside Terraform are recorded up to
# the panic message and the detail's final period (the stack trace between
# them differs between runs).
# Needs terraform (1.11) and python3. Set JOBS to change the parallelism (default 4).
set -euo pipefail
cd "$(dirname "$0")/.."

exprs=core/tests/golden/functions.exprs
out=core/tests/golden/functions.jsonl
check=0
while [ $# -gt 0 ]; do
  case "$1" in
    --check) check=1 ;;
    --exprs) exprs=$2; shift ;;
    --out) out=$2; shift ;;
    *) echo "usage: $0 [--check] [--exprs FILE] [--out FILE]" >&2; exit 2 ;;
  esac
  shift
done

export CHECKPOINT_DISABLE=1
# The console needs no providers; a configured but missing CLI config only warns.
if [ -n "${TF_CLI_CONFIG_FILE:-}" ] && [ ! -f "$TF_CLI_CONFIG_FILE" ]; then
  unset TF_CLI_CONFIG_FILE
fi
command -v terraform >/dev/null || { echo "terraform not found" >&2; exit 2; }
terraform version | sed -n 1p >&2

target=$out
if [ "$check" = 1 ]; then
  target=$(mktemp)
  trap 'rm -f "$target"' EXIT
fi

python3 - "$exprs" "$target" "${JOBS:-4}" <<'PY'
import json, os, re, shutil, subprocess, sys, tempfile, threading
from concurrent.futures import ThreadPoolExecutor

exprs_path, out_path, jobs = sys.argv[1], sys.argv[2], int(sys.argv[3])
with open(exprs_path, encoding="utf-8") as f:
    exprs = [l.rstrip("\n") for l in f if l.strip() and not l.lstrip().startswith("#")]

# The console takes a state lock in its working directory, so each worker
# thread gets an empty directory of its own.
local = threading.local()
workdirs = []

def console(src):
    if not hasattr(local, "dir"):
        local.dir = tempfile.mkdtemp(prefix="tfcheck-golden-")
        workdirs.append(local.dir)
    p = subprocess.run(["terraform", "console", "-no-color"], input=src + "\n",
                       capture_output=True, text=True, cwd=local.dir)
    return p.returncode, p.stdout, p.stderr

def go_unquote(s):
    """Decodes a Go strconv.Quote'd string (how the console prints strings)."""
    assert s[0] == '"' and s[-1] == '"', s
    s, out, i = s[1:-1], [], 0
    simple = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t",
              "v": "\v", "\\": "\\", '"': '"', "'": "'"}
    while i < len(s):
        c = s[i]
        if c != "\\":
            out.append(c); i += 1; continue
        e = s[i + 1]
        if e in simple:
            out.append(simple[e]); i += 2
        elif e == "x":
            out.append(chr(int(s[i + 2:i + 4], 16))); i += 4
        elif e == "u":
            out.append(chr(int(s[i + 2:i + 6], 16))); i += 6
        elif e == "U":
            out.append(chr(int(s[i + 2:i + 10], 16))); i += 10
        else:
            out.append(chr(int(s[i + 1:i + 4], 8))); i += 4
    return "".join(out)

def parse_error(stderr):
    lines = stderr.splitlines()
    for n, l in enumerate(lines):
        if l.startswith("Error: "):
            summary = l[len("Error: "):].strip()
            body = []
            for l2 in lines[n + 1:]:
                t = l2.strip()
                if t.startswith("on <console-input>") or t == "(source code not available)":
                    continue
                if l2.startswith("Error: "):
                    break
                body.append(t)
            detail = re.sub(r"\s+", " ", " ".join(body)).strip()
            # A panic's stack trace differs between runs: keep the message and
            # the period that ends the detail, drop the trace between them.
            m = re.match(r"(.*?panic in function implementation: .*?) goroutine \d+ \[", detail)
            if m:
                detail = m.group(1) + "."
            return {"summary": summary, "detail": detail}
    return {"summary": "unparsed console output", "detail": re.sub(r"\s+", " ", stderr).strip()}

def run(expr):
    rec = {"expr": expr}
    rc, out, err = console("type(%s)" % expr)
    if rc != 0:
        rec["error"] = parse_error(err)
        return rec
    rec["type"] = re.sub(r"\s+", "", out)
    rc, out, err = console("jsonencode(%s)" % expr)
    if rc != 0:
        rec["error"] = parse_error(err)
        return rec
    out = out.strip()
    if out == "(sensitive value)":
        rec["sensitive"] = True
        rc, out, err = console("nonsensitive(jsonencode(%s))" % expr)
        if rc != 0:
            rec["error"] = parse_error(err)
            return rec
        out = out.strip()
    if out == "(known after apply)":
        # Terraform could not compute the value (cty returned an unknown).
        rec["unknown"] = True
        return rec
    rec["json"] = go_unquote(out)
    return rec

with ThreadPoolExecutor(max_workers=jobs) as pool:
    records = list(pool.map(run, exprs))
for d in workdirs:
    shutil.rmtree(d, ignore_errors=True)
with open(out_path, "w", encoding="utf-8") as f:
    for r in records:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("%d expressions, %d errors" % (len(records), sum("error" in r for r in records)), file=sys.stderr)
PY

if [ "$check" = 1 ]; then
  if ! diff -u "$out" "$target"; then
    echo "$out differs from what Terraform now says (regenerate with $0)" >&2
    exit 1
  fi
  echo "$out matches Terraform" >&2
fi
