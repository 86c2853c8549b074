// Every function of @sockerless/tfcheck, imported as a Node user imports it:
// from the packed tarball installed into a throwaway project (tests/npm/run.sh).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import init, * as tf from "@sockerless/tfcheck";
import { check, checkModule, variables, tfvars, schema, backendConfig, initSync } from "@sockerless/tfcheck";

const require = createRequire(import.meta.url);
const pkgDir = require.resolve("@sockerless/tfcheck/package.json").replace(/package\.json$/, "");
const repo = process.env.TFCHECK_REPO;
const example = readFileSync(`${repo}/terraform/examples/default/terraform.tfvars`, "utf8");

/** A small module whose verdicts the tests can state exactly. */
const module = {
  "variables.tf": `variable "name" {
  description = "The name."
  type        = string
}

variable "size" {
  description = "How many."
  type        = number
  default     = 2

  validation {
    condition     = var.size >= 1 && var.size <= 5
    error_message = "size must be from 1 to 5."
  }
}

variable "mode" {
  type    = string
  default = "fast"

  validation {
    condition     = contains(["fast", "slow"], var.mode)
    error_message = "mode must be fast or slow."
  }
}
`,
  "README.md": "not a .tf file: ignored",
};

const codes = (r) => r.diagnostics.map((d) => d.code);

test("the package: entries, fields, types without any", () => {
  const pkg = JSON.parse(readFileSync(pkgDir + "package.json", "utf8"));
  assert.equal(pkg.name, "@sockerless/tfcheck");
  assert.match(pkg.version, /^\d+\.\d+\.\d+$/);
  for (const field of ["license", "description", "repository", "types", "exports", "files"]) {
    assert.ok(pkg[field], `package.json has ${field}`);
  }
  assert.deepEqual(Object.keys(pkg.exports["."]), ["types", "node", "default"]);
  // The command line: the bin and what it runs ship in the package.
  assert.deepEqual(pkg.bin, { "sockerless-tfcheck": "cli.js" });
  assert.equal(pkg.engines.node, ">=18");
  for (const f of ["cli.js", "tfcheck_cli.wasm"]) assert.ok(pkg.files.includes(f), `files lists ${f}`);
  const dts = readFileSync(pkgDir + "tfcheck.d.ts", "utf8");
  assert.doesNotMatch(dts, /(:|=>|<|\||,)\s*any\b/, "no any in the .d.ts");
  for (const decl of [
    "export function check(text: string, options?: CheckOptions): CheckResult;",
    "export function variables(module?: ModuleSources): VariableInfo[];",
    "export function tfvars(values: Record<string, JsonValue>, options?: TfvarsOptions): TextResult;",
    "export function schema(module?: ModuleSources): JsonObject;",
    "export function backendConfig(terraformOutputJson: string, options?: BackendConfigOptions): TextResult;",
    "export interface Diagnostic {",
    "export interface VariableInfo {",
    "variable: string | null;",
    'export type Severity = "warning" | "error";',
  ]) {
    assert.ok(dts.includes(decl), `the .d.ts declares ${decl}`);
  }
  assert.deepEqual(Object.keys(tf).sort(), ["backendConfig", "check", "checkModule", "default", "initSync", "schema", "tfvars", "variables"]);
});

test("Node needs no init, and init() resolves for code shared with browsers", async () => {
  assert.equal(typeof initSync, "function");
  await init();
  assert.equal(check("").valid, true);
});

test("check: a valid file", () => {
  const r = check('name = "a"\nsize = 3\n', { module });
  assert.deepEqual(r, { valid: true, diagnostics: [] });
});

test("check: the module's messages, codes and 1-based ranges", () => {
  const r = check('name = "a"\nsize = 12\nmode = "odd"\n', { module, filename: "prod.tfvars" });
  assert.equal(r.valid, false);
  assert.deepEqual(codes(r), ["TF006", "TF006"]);
  const [size, mode] = r.diagnostics;
  assert.deepEqual(
    { ...size, rule: undefined },
    {
      code: "TF006",
      severity: "error",
      message: "size must be from 1 to 5.",
      variable: "size",
      range: { start: { line: 2, column: 8 }, end: { line: 2, column: 10 } },
      summary: "Invalid value for variable",
      rule: undefined,
      help: "allowed: from 1 to 5",
    },
  );
  assert.equal(size.rule.file, "variables.tf");
  assert.deepEqual(size.rule.range.start, { line: 11, column: 3 });
  assert.equal(mode.message, "mode must be fast or slow.");
  assert.equal(mode.help, "allowed values: \"fast\", \"slow\"");
});

test("check: a missing variable has a null range; an undeclared one is a warning", () => {
  const r = check('colour = "red"\n', { module });
  assert.deepEqual(codes(r), ["TF005", "TF009"]);
  assert.equal(r.diagnostics[0].range, null);
  assert.equal(r.diagnostics[1].severity, "warning");
  assert.match(r.diagnostics[1].message, /found in file "terraform\.tfvars"/);
});

test("check: JSON by file name or by option; HCL by default", () => {
  const text = '{"name": "a", "size": "two"}';
  assert.deepEqual(codes(check(text, { module, filename: "x.tfvars.json" })), ["TF004"]);
  assert.deepEqual(codes(check(text, { module, format: "json" })), ["TF004"]);
  assert.match(check(text, { module, format: "json" }).diagnostics[0].message, /terraform\.tfvars\.json|number/);
  assert.deepEqual(codes(check(text, { module })), ["TF001"]);
});

test("check: the bundled ECS module by default", () => {
  const bad = example.replace("az_count          = 2", "az_count          = 9");
  const r = check(bad, { filename: "prod.tfvars" });
  assert.equal(r.valid, false);
  const az = r.diagnostics.find((d) => d.variable === "az_count");
  assert.equal(az.code, "TF006");
  assert.deepEqual(az.range.start, { line: 10, column: 21 });
  assert.ok(codes(check(example)).includes("ADV001"), "one NAT gateway for two zones is advice");
  assert.equal(check(example).valid, true);
});

test("check: never throws on hostile text", () => {
  const deep = (k) => [
    "a = " + "[".repeat(k),
    "a = " + "!".repeat(k) + "true",
    "a = " + "1+".repeat(k) + "1",
    "a = {b = 1}" + ".b".repeat(k),
    "a = [1]" + "[0]".repeat(k),
    "a = " + "true ? ".repeat(k) + "1" + " : 2".repeat(k),
  ];
  for (const text of ["{", "a = ", "\u0000", "a = \"${", "\ufeffa = 1", "a = 1\r\nb = 2\r\n", "💥 = 1", ...deep(300), ...deep(5000)]) {
    const r = check(text, { module });
    assert.equal(typeof r.valid, "boolean");
    assert.ok(Array.isArray(r.diagnostics));
  }
  assert.equal(check("a = " + "[".repeat(5000), { module }).diagnostics[0].code, "LIM002");
  assert.equal(check("x".repeat(9 << 20), { module }).diagnostics[0].code, "LIM001");
});

test("checkModule and an unreadable module", () => {
  assert.deepEqual(checkModule(), { valid: true, diagnostics: [] });
  assert.deepEqual(checkModule(module), { valid: true, diagnostics: [] });
  const broken = { "main.tf": 'variable "x" {' };
  const m = checkModule(broken);
  assert.equal(m.valid, false);
  assert.deepEqual(codes(m), ["MOD001"]);
  assert.equal(m.diagnostics[0].rule.file, "main.tf");
  const r = check("x = 1\n", { module: broken });
  assert.equal(r.valid, false);
  assert.ok(codes(r).includes("MOD001"));
});

test("variables", () => {
  const vars = variables(module);
  assert.deepEqual(vars.map((v) => v.name), ["name", "size", "mode"]);
  assert.deepEqual(vars[0], {
    name: "name",
    type: "string",
    description: "The name.",
    required: true,
    nullable: true,
    sensitive: false,
    hints: {},
  });
  assert.equal(vars[1].default, 2);
  assert.equal(vars[1].defaultHcl, "2");
  assert.deepEqual(vars[1].hints, { minimum: 1, maximum: 5 });
  assert.deepEqual(vars[2].enum, ["fast", "slow"]);
  const bundled = variables();
  assert.ok(bundled.length >= 30);
  const retention = bundled.find((v) => v.name === "log_retention_days");
  assert.equal(retention.type, "number");
  assert.equal(retention.required, false);
  assert.ok(retention.enum.includes(365));
  const name = bundled.find((v) => v.name === "name");
  assert.equal(typeof name.pattern, "string");
  assert.equal(typeof name.group, "string");
});

test("tfvars: HCL and JSON, onlyChanged, describe", () => {
  const values = { name: "a", size: 3 };
  assert.deepEqual(tfvars(values, { module }), { valid: true, text: 'name = "a"\nsize = 3\nmode = "fast"\n', diagnostics: [] });
  assert.equal(tfvars(values, { module, onlyChanged: true, describe: true }).text, '# The name.\nname = "a"\n\n# How many.\nsize = 3\n');
  const json = tfvars(values, { module, format: "json", onlyChanged: true });
  assert.deepEqual(JSON.parse(json.text), { name: "a", size: 3 });
  // The bundled module: every default, with the change; the text checks clean.
  const all = tfvars({ az_count: 3, nat_gateway_count: 3 });
  assert.equal(all.valid, true);
  assert.match(all.text, /^az_count\s+= 3$/m);
  assert.equal(check(all.text).valid, true);
  assert.deepEqual(check(all.text).diagnostics.map((d) => d.code), all.diagnostics.map((d) => d.code));
});

test("tfvars: invalid values give diagnostics and no text, as the CLI writes nothing", () => {
  const r = tfvars({ name: "a", size: 9 }, { module });
  assert.equal(r.valid, false);
  assert.equal(r.text, "");
  assert.deepEqual(codes(r), ["TF006"]);
  assert.equal(r.diagnostics[0].range, null);
  // Terraform's stages: a missing required variable stops before types are judged.
  assert.deepEqual(codes(tfvars({ size: "x", colour: 1 }, { module })), ["TF009", "TF005"]);
  // Numbers keep their precision; strings are literal.
  const big = tfvars({ name: "${var.x}", size: 5 }, { module, onlyChanged: true });
  assert.equal(big.text, 'name = "$${var.x}"\nsize = 5\n');
  let deep = {};
  for (let i = 0, cur = deep; i < 400; i++) cur = cur.x = {};
  assert.deepEqual(codes(tfvars({ tags: deep })), ["LIM002"]);
});

test("schema", () => {
  const s = schema();
  assert.equal(s.$schema, "https://json-schema.org/draft/2020-12/schema");
  assert.equal(s.type, "object");
  assert.ok(s.properties.vpc_cidr);
  const small = schema(module);
  assert.deepEqual(Object.keys(small.properties).sort(), ["mode", "name", "size"]);
  assert.deepEqual(small.required, ["name"]);
  assert.deepEqual(small.properties.mode.enum, ["fast", "slow", null], "mode is nullable");
});

test("backendConfig: the configuration file (YAML, JSON), the environment, and what is missing or malformed", () => {
  const outputs = readFileSync(`${repo}/tests/cli/fixtures/backend/outputs.json`, "utf8");
  const y = backendConfig(outputs);
  assert.equal(y.valid, true);
  assert.match(y.text, /^environments:\n  "sockerless":\n    backend: "ecs"\n    aws:\n      region: "eu-west-1"\n      ecs:\n        cluster: "sockerless"\n/);
  const j = backendConfig(outputs, { format: "json", environment: "ci" });
  assert.equal(JSON.parse(j.text).environments.ci.aws.ecs.agent_efs_id, "fs-0123456789abcdef0");
  const module = readFileSync(`${repo}/tests/cli/fixtures/backend/module-outputs.json`, "utf8");
  const e = backendConfig(module, { format: "env" });
  assert.equal(e.valid, true);
  assert.match(e.text, /^AWS_REGION=eu-west-1\n[^]*\nSOCKERLESS_ECS_CPU_ARCHITECTURE=ARM64\n$/);
  assert.deepEqual(codes(backendConfig(outputs, { format: "env" })), ["BKD002"], "the individual outputs carry no CPU architecture");
  const bad = backendConfig(outputs.replace('"fs-0123456789abcdef0"', '"vol-1"'));
  assert.equal(bad.valid, false);
  assert.equal(bad.text, "");
  assert.deepEqual(codes(bad), ["BKD003"]);
  assert.deepEqual(codes(backendConfig("{")), ["BKD001"]);
  assert.ok(codes(backendConfig("{}")).every((c) => c === "BKD002"));
});

test("a misuse throws a TypeError naming the argument", () => {
  const cases = [
    [() => check(1), "check: `text` must be a string, got number"],
    [() => check(), "check: `text` must be a string, got undefined"],
    [() => check("", "hcl"), "check: `options` must be an object, got string"],
    [() => check("", { format: "yaml" }), 'check: `options.format` must be "hcl" or "json", got "yaml"'],
    [() => check("", { formt: "json" }), 'check: `options` has no option "formt" (the options are filename, format, module)'],
    [() => check("", { filename: 7 }), "check: `options.filename` must be a string, got number"],
    [() => check("", { module: ["main.tf"] }), "check: `options.module` must be an object mapping file names to .tf source text, got an array"],
    [() => check("", { module: { "main.tf": 1 } }), /^check: `options\.module` must be an object mapping file names to \.tf source text: /],
    [() => variables("main.tf"), "variables: `module` must be an object mapping file names to .tf source text, got string"],
    [() => schema(5), "schema: `module` must be an object mapping file names to .tf source text, got number"],
    [() => checkModule(true), "checkModule: `module` must be an object mapping file names to .tf source text, got boolean"],
    [() => tfvars([1]), "tfvars: `values` must be an object mapping variable names to values, got an array"],
    [() => tfvars(null), "tfvars: `values` must be an object mapping variable names to values, got null"],
    [() => tfvars({ a: 1n }), /^tfvars: `values` must be JSON data \(/],
    [() => { const a = {}; a.a = a; tfvars(a); }, /^tfvars: `values` must be JSON data \(/],
    [() => tfvars({}, { onlyChanged: "yes" }), "tfvars: `options.onlyChanged` must be a boolean, got string"],
    [() => tfvars({}, { format: "json", describe: true }), 'tfvars: `options.describe` writes descriptions as comments, and JSON has no comments: use format "hcl"'],
    [() => backendConfig({}), "backendConfig: `terraformOutputJson` must be a string, got object"],
    [() => backendConfig("{}", { format: "toml" }), 'backendConfig: `options.format` must be "yaml" or "json" or "env", got "toml"'],
    [() => backendConfig("{}", { environment: 1 }), "backendConfig: `options.environment` must be a string, got number"],
  ];
  for (const [call, message] of cases) {
    assert.throws(call, (e) => {
      assert.ok(e instanceof TypeError, `${e} is a TypeError`);
      if (message instanceof RegExp) assert.match(e.message, message);
      else assert.equal(e.message, message);
      return true;
    });
  }
  // And the module still works after every misuse.
  assert.equal(check('name = "a"\n', { module }).valid, true);
});
