// The package's output equals the CLI's: `check --format json` on every case of
// the parity corpus (and on the CLI's own fixtures, with the bundled module and
// with --module), then `schema`, `tfvars` and `backend-config`.
// tests/npm/run.sh sets TFCHECK_CLI (a release build of sockerless-tfcheck),
// TFCHECK_CORPUS (the corpus the parity harness emits) and TFCHECK_REPO.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { check, schema, tfvars, backendConfig } from "@sockerless/tfcheck";

const { TFCHECK_CLI: cli, TFCHECK_CORPUS: corpus, TFCHECK_REPO: repo } = process.env;
const fixtures = join(repo, "tests/cli/fixtures");

/** Runs the CLI; returns its standard output (exit codes 0 and 1 are verdicts). */
function run(...args) {
  const r = spawnSync(cli, args, { encoding: "utf8", maxBuffer: 1 << 28 });
  assert.ok(r.status === 0 || r.status === 1, `${args.join(" ")}: exit ${r.status}: ${r.stderr}`);
  return r.stdout;
}

/** Every file of `check --format json`, compared as JSON text with the package's result. */
function compare(paths, moduleArgs, module) {
  const doc = JSON.parse(run("check", "--format", "json", ...moduleArgs, ...paths));
  let same = 0;
  const differ = [];
  for (const f of doc.files) {
    const theirs = { valid: f.valid, diagnostics: f.diagnostics };
    let text;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(f.path));
    } catch {
      // Bytes that are not UTF-8 are no text: the CLI reports them (IO001), and a
      // JavaScript caller has no string to pass.
      if (f.diagnostics.map((d) => d.code).join() === "IO001") same++;
      else differ.push(`${f.path}: not UTF-8, and the CLI does not say IO001`);
      continue;
    }
    const ours = check(text, { filename: f.path, module });
    if (JSON.stringify(ours) === JSON.stringify(theirs)) same++;
    else differ.push(`${f.path}\n  cli: ${JSON.stringify(theirs)}\n  npm: ${JSON.stringify(ours)}`);
  }
  return { files: doc.files.length, same, differ };
}

test("check equals the CLI's JSON on every case of the parity corpus", (t) => {
  const { files, same, differ } = compare([corpus], []);
  t.diagnostic(`CLI equality: ${same} of ${files} corpus cases`);
  assert.ok(files >= 300, `the corpus has ${files} cases`);
  assert.deepEqual(differ, []);
});

test("check equals the CLI's JSON on the CLI's fixtures, with the bundled module and with --module", (t) => {
  const tfvarsDir = join(fixtures, "tfvars");
  const moduleDir = join(fixtures, "module");
  const sources = Object.fromEntries(
    readdirSync(moduleDir).filter((n) => n.endsWith(".tf")).map((n) => [n, readFileSync(join(moduleDir, n), "utf8")]),
  );
  const bundled = compare([tfvarsDir], []);
  const custom = compare([tfvarsDir], ["--module", moduleDir], sources);
  t.diagnostic(`CLI equality: ${bundled.same + custom.same} of ${bundled.files + custom.files} fixture checks`);
  assert.ok(bundled.files >= 5);
  assert.deepEqual([...bundled.differ, ...custom.differ], []);
});

test("schema equals `sockerless-tfcheck schema`", () => {
  assert.equal(JSON.stringify(schema()), JSON.stringify(JSON.parse(run("schema"))));
});

test("tfvars equals `sockerless-tfcheck tfvars`", () => {
  const cases = [
    [{}, {}, []],
    [{ az_count: 3, nat_gateway_count: 3 }, { onlyChanged: true }, ["--set", "az_count=3", "--set", "nat_gateway_count=3", "--only-changed"]],
    [{ log_retention_days: 365, tags: { owner: "platform" } }, { describe: true }, ["--set", "log_retention_days=365", "--set", 'tags={owner = "platform"}', "--describe"]],
    [{ vpc_cidr: "10.1.0.0/16" }, { format: "json" }, ["--set", 'vpc_cidr="10.1.0.0/16"', "--format", "json"]],
  ];
  for (const [values, options, args] of cases) {
    const ours = tfvars(values, options);
    assert.equal(ours.valid, true, JSON.stringify(ours.diagnostics));
    assert.equal(ours.text, run("tfvars", ...args), args.join(" "));
  }
});

test("backendConfig equals `sockerless-tfcheck backend-config`", () => {
  const file = join(fixtures, "backend/outputs.json");
  const text = readFileSync(file, "utf8");
  assert.equal(backendConfig(text).text, run("backend-config", file));
  assert.equal(backendConfig(text, { format: "json" }).text, run("backend-config", "--format", "json", file));
  const module = join(fixtures, "backend/module-outputs.json");
  const moduleText = readFileSync(module, "utf8");
  assert.equal(backendConfig(moduleText, { format: "env" }).text, run("backend-config", "--format", "env", module));
  assert.equal(backendConfig(moduleText, { environment: "prod" }).text, run("backend-config", "--environment", "prod", module));
});
