// The GitHub Action (action.yml at the repository root), run here as a runner
// would run it: each step's `run` under bash with the step's `env` (its
// ${{ inputs.* }} replaced by the inputs or their defaults), GITHUB_ACTION_PATH,
// GITHUB_WORKSPACE, RUNNER_TEMP, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY, and the
// packed tarball as the version (instead of the registry). What it prints and
// writes is compared with the native CLI's.
// tests/npm/run.sh sets TFCHECK_REPO, TFCHECK_CLI and TFCHECK_TARBALL.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";

const { TFCHECK_REPO: repo, TFCHECK_CLI: nativeCli, TFCHECK_TARBALL: tarball } = process.env;
const YAML = createRequire(join(repo, "tests/npm/package.json"))("yaml");
const action = YAML.parse(readFileSync(join(repo, "action.yml"), "utf8"));
// One install for all the runs, as one job's RUNNER_TEMP.
const runnerTemp = mkdtempSync(join(tmpdir(), "tfcheck-runner-"));

/** ${{ inputs.NAME }} in a step's env, from `inputs` or action.yml's defaults. */
function substitute(value, inputs) {
  return String(value).replace(/\$\{\{\s*inputs\.([A-Za-z0-9_-]+)\s*\}\}/g, (_, name) => {
    assert.ok(name in action.inputs, `action.yml has no input ${name}`);
    return inputs[name] ?? action.inputs[name].default ?? "";
  });
}

/** Runs the action's steps in `workspace`; returns what each printed, the files it wrote, the outputs. */
function runAction(workspace, inputs) {
  const outputFile = join(runnerTemp, `output-${Math.random().toString(36).slice(2)}`);
  const summaryFile = join(runnerTemp, `summary-${Math.random().toString(36).slice(2)}`);
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");
  const steps = [];
  const stepOutputs = {};
  for (const step of action.runs.steps) {
    assert.equal(step.shell, "bash");
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      CI: "true",
      GITHUB_ACTIONS: "true",
      GITHUB_ACTION_PATH: repo,
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: runnerTemp,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      npm_config_cache: join(runnerTemp, "npm-cache"),
    };
    for (const [k, v] of Object.entries(step.env || {})) env[k] = substitute(v, inputs);
    const before = readFileSync(outputFile, "utf8");
    // GitHub runs bash steps as `bash --noprofile --norc -eo pipefail {0}`.
    const r = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", step.run], {
      cwd: workspace,
      env,
      encoding: "utf8",
      maxBuffer: 1 << 28,
    });
    steps.push({ name: step.name, status: r.status, stdout: r.stdout, stderr: r.stderr });
    if (step.id) {
      const added = readFileSync(outputFile, "utf8").slice(before.length);
      stepOutputs[step.id] = Object.fromEntries(added.split("\n").filter(Boolean).map((l) => l.split(/=(.*)/s).slice(0, 2)));
    }
    if (r.status !== 0) break;
  }
  const outputs = Object.fromEntries(
    Object.entries(action.outputs).map(([name, o]) => [
      name,
      o.value.replace(/\$\{\{\s*steps\.([\w-]+)\.outputs\.([\w-]+)\s*\}\}/g, (_, id, key) => stepOutputs[id]?.[key] ?? ""),
    ]),
  );
  return { steps, outputs, summary: readFileSync(summaryFile, "utf8") };
}

function native(args, cwd) {
  return spawnSync(nativeCli, args, { cwd, encoding: "utf8", maxBuffer: 1 << 28 });
}

function workspaceWith(files) {
  const ws = mkdtempSync(join(tmpdir(), "tfcheck-workspace-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(ws, path, ".."), { recursive: true });
    writeFileSync(join(ws, path), text);
  }
  return ws;
}

const bad = 'name        = "x"\nenvironment = "prod"\naz_count    = 9\n';
const good = readFileSync(join(repo, "terraform/examples/default/terraform.tfvars"), "utf8");

test.after(() => rmSync(runnerTemp, { recursive: true, force: true }));

test("action.yml: a composite action with the documented inputs and outputs", () => {
  assert.equal(action.runs.using, "composite");
  assert.deepEqual(Object.keys(action.inputs).sort(), ["deny-warnings", "format", "module", "paths", "sarif-file", "version"]);
  assert.deepEqual(Object.keys(action.outputs).sort(), ["errors", "files", "sarif-file", "warnings"]);
});

test("the action annotates, summarises, sets outputs and writes SARIF as the native CLI would", () => {
  const ws = workspaceWith({ "envs/prod.tfvars": bad, "envs/dev.tfvars": good, "envs/notes.txt": "not a tfvars file" });
  try {
    const { steps, outputs, summary } = runAction(ws, { paths: "envs", version: tarball, "sarif-file": "results/tfcheck.sarif" });
    assert.equal(steps.length, 2);
    assert.equal(steps[0].status, 0, steps[0].stderr);
    assert.match(steps[0].stdout, /^sockerless-tfcheck \d+\.\d+\.\d+/m);
    const check = steps[1];
    assert.equal(check.status, 1, check.stderr);
    // The annotations: exactly the native CLI's workflow commands.
    const annotations = native(["check", "--format", "github", "envs"], ws);
    assert.equal(check.stdout, annotations.stdout);
    assert.match(check.stdout, /^::error file=envs\/prod\.tfvars,line=3,col=15,/m);
    // Outputs: the native JSON summary.
    const doc = JSON.parse(native(["check", "--format", "json", "envs"], ws).stdout);
    assert.deepEqual(outputs, {
      errors: String(doc.summary.errors),
      warnings: String(doc.summary.warnings),
      files: "2",
      "sarif-file": "results/tfcheck.sarif",
    });
    assert.ok(doc.summary.errors > 0 && doc.summary.warnings > 0);
    // The SARIF file: the native CLI's, byte for byte.
    assert.equal(readFileSync(join(ws, "results/tfcheck.sarif"), "utf8"), native(["check", "--format", "sarif", "envs"], ws).stdout);
    // The job summary: verdict, a row per file, a row per finding.
    assert.match(summary, /^### sockerless-tfcheck: failed\n\n2 files checked: \d+ errors?, \d+ warnings?\.\n/);
    assert.match(summary, /\| File \| Errors \| Warnings \|\n\| --- \| ---: \| ---: \|\n/);
    const prod = doc.files.find((f) => f.path === "envs/prod.tfvars");
    const prodErrors = prod.diagnostics.filter((d) => d.severity === "error").length;
    assert.ok(summary.includes(`| envs/prod.tfvars | ${prodErrors} | ${prod.diagnostics.length - prodErrors} |`), summary);
    assert.ok(summary.includes("| envs/prod.tfvars:3:15 | error | TF006 | az_count is 9: use a whole number from 1 to 6. |"), summary);
    assert.ok(summary.includes('IAM role "&lt;name&gt;-execution" stays'), "HTML in messages is escaped");
    const rows = summary.split("\n").filter((l) => /^\| .* \| (error|warning) \| /.test(l));
    assert.equal(rows.length, doc.summary.errors + doc.summary.warnings);
  } finally {
    rmSync(ws, { recursive: true, force: true });
  }
});

test("the action passes a clean workspace, fails it on warnings with deny-warnings, and prints other formats", () => {
  const ws = workspaceWith({ "prod.tfvars": good });
  try {
    const passed = runAction(ws, { version: tarball });
    assert.equal(passed.steps[1].status, 0, passed.steps[1].stderr);
    assert.match(passed.summary, /^### sockerless-tfcheck: passed\n/);
    assert.equal(passed.outputs.errors, "0");
    assert.equal(passed.outputs["sarif-file"], "");
    assert.equal(passed.steps[1].stdout, native(["check", "--format", "github", "."], ws).stdout);
    const denied = runAction(ws, { version: tarball, "deny-warnings": "true", format: "checkstyle" });
    assert.equal(denied.steps[1].status, 1);
    assert.match(denied.summary, /\(warnings denied\)/);
    assert.equal(denied.steps[1].stdout, native(["check", "--format", "checkstyle", "--deny-warnings", "."], ws).stdout);
    assert.ok(Number(denied.outputs.warnings) > 0);
  } finally {
    rmSync(ws, { recursive: true, force: true });
  }
});

test("the action fails with exit 2 and an error annotation on a path that cannot be read", () => {
  const ws = workspaceWith({});
  try {
    const r = runAction(ws, { version: tarball, paths: "missing.tfvars" });
    assert.equal(r.steps[1].status, 2);
    assert.match(r.steps[1].stdout, /^::error title=sockerless-tfcheck::error: cannot read missing\.tfvars/m);
    assert.equal(r.outputs.errors, "");
    assert.ok(!existsSync(join(ws, "results")));
  } finally {
    rmSync(ws, { recursive: true, force: true });
  }
});
