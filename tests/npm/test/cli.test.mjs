// The package's command line (`sockerless-tfcheck`, the bin, the CLI crate in
// WebAssembly under Node's WASI) against the native CLI: the same standard
// output byte for byte, the same standard error and the same exit code, for
// check in every format on the parity corpus and the CLI's fixtures, and for
// tfvars, schema, backend-config, lint and the usage errors.
// tests/npm/run.sh sets TFCHECK_CLI (the native release build), TFCHECK_CORPUS
// and TFCHECK_REPO, and runs this in a project where the packed tarball is
// installed (node_modules/.bin/sockerless-tfcheck).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const { TFCHECK_CLI: nativeCli, TFCHECK_CORPUS: corpus, TFCHECK_REPO: repo } = process.env;
const project = process.cwd();
const bin = join(project, "node_modules/.bin/sockerless-tfcheck");
const formats = ["human", "json", "sarif", "github", "checkstyle", "junit", "gitlab"];

function exec(cmd, args, { cwd = repo, input, env } = {}) {
  const r = spawnSync(cmd, args, {
    cwd,
    input,
    env: { ...process.env, NO_COLOR: "", ...env },
    maxBuffer: 1 << 28,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.toString("utf8"), error: r.error };
}

let compared = 0;
/** Runs both command lines with `args` and asserts the same bytes and exit code. */
function same(args, options = {}) {
  const native = exec(nativeCli, args, options);
  const npm = exec(bin, args, options);
  const what = args.join(" ");
  assert.equal(npm.error, undefined, `${what}: ${npm.error}`);
  assert.ok([0, 1, 2].includes(native.status), `${what}: native exit ${native.status}: ${native.stderr}`);
  assert.equal(npm.status, native.status, `${what}: exit codes differ; npm stderr: ${npm.stderr}`);
  assert.equal(npm.stderr, native.stderr, `${what}: standard error differs`);
  assert.ok(npm.stdout.equals(native.stdout), `${what}: standard output differs:\n${diff(native.stdout, npm.stdout)}`);
  compared++;
  return native;
}

function diff(a, b) {
  const x = a.toString("utf8").split("\n");
  const y = b.toString("utf8").split("\n");
  const i = x.findIndex((line, n) => line !== y[n]);
  return `first difference at line ${i + 1}:\n  native: ${x[i]}\n  npm:    ${y[i]}`;
}

test("check: the parity corpus in JSON and SARIF, byte for byte", (t) => {
  const json = same(["check", "--format", "json", corpus]);
  const files = JSON.parse(json.stdout.toString("utf8")).files.length;
  assert.ok(files >= 300, `the corpus has ${files} cases`);
  same(["check", "--format", "sarif", corpus]);
  t.diagnostic(`command line equality: ${files} corpus cases in json and sarif`);
});

test("check: the CLI's fixtures in every format, with the bundled module and with --module", () => {
  const tfvars = "tests/cli/fixtures/tfvars";
  for (const format of formats) {
    same(["check", "--format", format, tfvars]);
    same(["check", "--format", format, "--module", "tests/cli/fixtures/module", tfvars]);
    same(["check", "--format", format, "--deny-warnings", `${tfvars}/warning-only.tfvars`]);
  }
  same(["check", "--format", "json", resolve(repo, tfvars, "good.tfvars")]);
  same(["check", "--color", "always", tfvars]);
  same(["check", "-q", `${tfvars}/good.tfvars.json`]);
  same(["check", "terraform/examples"]);
});

test("check: the parity corpus in every other format", () => {
  for (const format of ["human", "github", "checkstyle", "junit", "gitlab"]) same(["check", "--format", format, corpus]);
});

test("check: standard input, limits and the exit codes of warnings and usage errors", () => {
  const input = readFileSync(join(repo, "tests/cli/fixtures/tfvars/several-errors.tfvars"));
  same(["check", "-", "--stdin-filename", "prod.tfvars"], { input });
  same(["check", "--format", "sarif", "-"], { input });
  same(["check", "--format", "json", "-", "--stdin-filename", "x.tfvars.json"], { input: '{"az_count": "three"}' });
  same(["check", "--max-bytes", "10", "tests/cli/fixtures/tfvars/good.tfvars"]);
  same(["check", "--max-depth", "3", "-"], { input: "tags = { a = { b = { c = [1] } } }\n" });
  same(["check", "tests/cli/fixtures/tfvars/warning-only.tfvars"]);
  same(["check", "--deny-warnings", "tests/cli/fixtures/tfvars/warning-only.tfvars"]);
  same(["check", "no/such/file.tfvars"]);
  same(["check", "--module", "no/such/module", "tests/cli/fixtures/tfvars"]);
  same(["check", "--module", "tests/cli/fixtures/module-broken", "tests/cli/fixtures/tfvars/good.tfvars"]);
  same(["check", "--format", "nope", "x.tfvars"]);
  same(["check"]);
  same(["--version"]);
});

test("tfvars, schema, backend-config and lint", () => {
  const dir = mkdtempSync(join(tmpdir(), "tfcheck-cli-"));
  try {
    same(["tfvars", "--set", 'name="ci"', "--set", 'environment="test"']);
    same(["tfvars", "--set", 'name="ci"', "--set", "az_count=3", "--only-changed", "--describe"]);
    same(["tfvars", "--from", "terraform/examples/default/terraform.tfvars", "--format", "json"]);
    same(["tfvars", "--module", "tests/cli/fixtures/module", "--set", 'name="demo"', "--describe"]);
    same(["tfvars", "--set", "az_count=99"]);
    same(["tfvars", "--set", "nonsense"]);
    same(["schema"]);
    same(["schema", "--module", "tests/cli/fixtures/module"]);
    same(["backend-config", "tests/cli/fixtures/backend/outputs.json"]);
    same(["backend-config", "--format", "json", "-"], { input: readFileSync(join(repo, "tests/cli/fixtures/backend/outputs.json")) });
    same(["backend-config", "tests/cli/fixtures/backend/bad-outputs.json"]);
    same(["lint", "--format", "json"]);
    // -o writes the same file.
    const a = join(dir, "native.tfvars");
    const b = join(dir, "npm.tfvars");
    assert.equal(exec(nativeCli, ["tfvars", "--set", 'name="demo"', "--set", 'environment="test"', "-o", a]).status, 0);
    assert.equal(exec(bin, ["tfvars", "--set", 'name="demo"', "--set", 'environment="test"', "-o", b]).status, 0);
    assert.ok(readFileSync(a).equals(readFileSync(b)));
    compared++;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("npx @sockerless/tfcheck check runs the bin from another directory", (t) => {
  const dir = mkdtempSync(join(tmpdir(), "tfcheck-npx-"));
  try {
    writeFileSync(join(dir, "prod.tfvars"), 'name = "x"\naz_count = 9\n');
    const npx = exec("npx", ["--no-install", "@sockerless/tfcheck", "check", "--format", "json", join(dir, "prod.tfvars")], { cwd: project });
    const native = exec(nativeCli, ["check", "--format", "json", join(dir, "prod.tfvars")], { cwd: project });
    assert.equal(npx.status, 1, npx.stderr);
    assert.equal(npx.stderr, "");
    assert.ok(npx.stdout.equals(native.stdout));
    // Relative paths are relative to where it was started.
    const rel = exec(bin, ["check", "prod.tfvars"], { cwd: dir });
    const relNative = exec(nativeCli, ["check", "prod.tfvars"], { cwd: dir });
    assert.equal(rel.status, 1);
    assert.ok(rel.stdout.equals(relNative.stdout));
    assert.match(rel.stdout.toString(), /--> prod\.tfvars:1:8/);
    compared += 2;
    t.diagnostic(`command line equality: ${compared} runs compared`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("input nested deeper than the WebAssembly stack allows is a usage error, not a crash", () => {
  const r = exec(bin, ["check", "--max-depth", "5000", "-"], { input: "x = 1\n" });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^error: --max-depth 5000 needs a \d+-byte stack, more than this WebAssembly build has/);
  const deep = `x = ${"[".repeat(255)}${"]".repeat(255)}\n`;
  same(["check", "--format", "json", "-"], { input: deep });
  // The deepest limit the WebAssembly stack takes, at its full depth.
  const deepest = `x = ${"(".repeat(383)}1${")".repeat(383)}\n`;
  same(["check", "--max-depth", "384", "--format", "json", "-"], { input: deepest });
  same(["check", "--max-depth", "384", "--format", "json", "-"], { input: `x = ${"[".repeat(400)}${"]".repeat(400)}\n` });
});
