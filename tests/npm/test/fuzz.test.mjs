// 100,000 random and mutated inputs through every function, seeded and
// deterministic: none may throw or trap (a trap is a WebAssembly.RuntimeError),
// and every result must have its declared shape. FUZZ_SEED and FUZZ_CASES
// override the seed (2026) and the count; TFCHECK_FUZZ_OUT names a file that
// receives the first failing input.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { check, checkModule, variables, schema, tfvars, backendConfig } from "@sockerless/tfcheck";

const SEED = Number(process.env.FUZZ_SEED ?? 2026);
const TOTAL = Number(process.env.FUZZ_CASES ?? 100000);
const { TFCHECK_CORPUS: corpus, TFCHECK_REPO: repo } = process.env;

/** mulberry32: a small seeded generator. */
function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  return { next, int, pick: (xs) => xs[int(xs.length)], chance: (p) => next() < p };
}

const read = (p) => readFileSync(p, "utf8");
const corpusFiles = readdirSync(corpus).sort().map((n) => ({ name: n, text: read(join(corpus, n)) }));
const hclSeeds = [...corpusFiles.filter((f) => !f.name.endsWith(".json")).map((f) => f.text), read(join(repo, "terraform/examples/default/terraform.tfvars")), read(join(repo, "terraform/examples/high-availability/terraform.tfvars"))];
const jsonSeeds = [...corpusFiles.filter((f) => f.name.endsWith(".json")).map((f) => f.text), read(join(repo, "tests/cli/fixtures/tfvars/good.tfvars.json")), '{"az_count": 3, "tags": {"a": "b"}, "availability_zones": ["eu-west-1a"]}'];
const outputSeeds = [read(join(repo, "tests/cli/fixtures/backend/outputs.json")), read(join(repo, "tests/cli/fixtures/backend/bad-outputs.json"))];
const smallModule = read(join(repo, "tests/cli/fixtures/module/variables.tf"));
const ecsVariables = read(join(repo, "terraform/modules/ecs/variables.tf"));
const names = variables().map((v) => v.name);

const TOKENS = [
  "{", "}", "[", "]", "(", ")", '"', "'", "=", ",", ":", ".", "..", "...", "\n", "\r\n", " ", "\t", "#", "//", "/*", "*/",
  "${", "%{", "%{ for x in y }", "%{ endfor }", "%{ if true }", "%{ else }", "%{ endif }", "~}", "<<EOT\n", "\nEOT\n", "<<-X\n", "\nX",
  "null", "true", "false", "var.x", "local.y", "each.key", "count.index", "cidrsubnet(", "can(", "try(", "length(", "regex(", "upper(",
  "for", "in", "if", "=>", "?", "&&", "||", "!", "==", "!=", "<=", ">=", "+", "-", "*", "/", "%",
  "0", "-1", "1e309", "-0", "0.1", "1.5e-400", "99999999999999999999999", "0x10", "007", "1e", "NaN",
  '"10.0.0.0/16"', '"10.0.0.1/16"', '"fe80::/10"', '"::/0"', '"a\\u00e9"', '"\\x"', '"\\"', "\\", "\\u0000",
  "é", "e\u0301", "💥", "\u200b", "\ufeff", "\u0000", "\u007f", "\ud800", "\u2028",
  "variable", "validation", "condition", "error_message", "resource", "terraform_data", "precondition", "locals", "type", "default",
  "list(string)", "map(number)", "object({a = optional(string, \"x\")})", "set(any)", "tuple([bool])",
];
const ALPHABET = "abcxyz_019 \n\t{}[]()\"'=,:.$%~#*/\\<>!&|?+-é💥\u0000";

function mutate(r, text, others) {
  let s = text;
  const n = 1 + r.int(6);
  for (let i = 0; i < n; i++) {
    const at = r.int(s.length + 1);
    const span = r.int(Math.min(64, s.length - at) + 1);
    switch (r.int(10)) {
      case 0: s = s.slice(0, at) + r.pick(TOKENS) + s.slice(at); break;
      case 1: s = s.slice(0, at) + s.slice(at + span); break;
      case 2: s = s.slice(0, at + span) + s.slice(at, at + span) + s.slice(at + span); break;
      case 3: s = s.slice(0, at) + r.pick([...ALPHABET]) + s.slice(at + 1); break;
      case 4: { const o = r.pick(others); const cut = r.int(o.length + 1); s = s.slice(0, at) + o.slice(cut, cut + r.int(200)); break; }
      case 5: { const k = r.pick([1, 2, 8, 64, 127, 128, 129, 200, 255, 256, 257, 300]); const [open, close] = r.pick([["[", "]"], ["{", "}"], ["(", ")"], ['"${', '}"'], ["-", ""], ["!", ""], ["[for x in ", " : x]"], ["", "+1"], ["", ".b"], ["", "[0]"], ["true ? ", " : 1"]]); s = s.slice(0, at) + open.repeat(k) + s.slice(at, at + span) + close.repeat(r.chance(0.8) ? k : r.int(k)) + s.slice(at + span); break; }
      case 6: s = s.slice(0, at); break;
      case 7: { const lines = s.split("\n"); const a = r.int(lines.length), b = r.int(lines.length); [lines[a], lines[b]] = [lines[b], lines[a]]; s = lines.join("\n"); break; }
      case 8: s = s.replace(/-?\d+(\.\d+)?/, () => r.pick(["1e309", "-0", "0.1", "99999999999999999999999", "4294967296", "-9007199254740993", "1.5e-400", "7", "65536"])); break;
      default: s = s.slice(0, at) + r.pick(TOKENS) + r.pick(TOKENS) + s.slice(at + span);
    }
  }
  return s;
}

function soup(r) {
  const n = r.int(80);
  let s = "";
  for (let i = 0; i < n; i++) s += (r.chance(0.7) ? r.pick(TOKENS) : r.pick([...ALPHABET])) + (r.chance(0.3) ? " " : "");
  return s;
}

function randomValue(r, depth = 0) {
  switch (r.int(depth > 4 ? 6 : 9)) {
    case 0: return null;
    case 1: return r.chance(0.5);
    case 2: return r.pick([0, -1, 3, 0.1, 1e308, -0, 2 ** 53 + 2, 365, 65535, 1.5]);
    case 3: return r.pick(["", "10.0.0.0/16", "10.0.0.1/24", "fe80::/64", "sockerless", "${var.x}", "é", "e\u0301", "MUTABLE", "a".repeat(300), "\u0000"]);
    case 4: return soup(r);
    case 5: return r.pick(names);
    case 6: return Array.from({ length: r.int(5) }, () => randomValue(r, depth + 1));
    case 7: return Object.fromEntries(Array.from({ length: r.int(5) }, () => [r.chance(0.5) ? r.pick(names) : soup(r).slice(0, 10), randomValue(r, depth + 1)]));
    default: { let v = randomValue(r, 5); for (let i = r.int(300); i > 0; i--) v = r.chance(0.5) ? [v] : { x: v }; return v; }
  }
}

const CODE = /^[A-Z]+[0-9]{3}$/;
function checkShape(result, withText) {
  assert.equal(typeof result.valid, "boolean");
  assert.ok(Array.isArray(result.diagnostics));
  for (const d of result.diagnostics) {
    assert.match(d.code, CODE);
    assert.ok(d.severity === "error" || d.severity === "warning");
    assert.equal(typeof d.message, "string");
    assert.equal(typeof d.summary, "string");
    assert.ok(d.variable === null || typeof d.variable === "string");
    assert.ok(d.range === null || (d.range.start.line >= 1 && d.range.start.column >= 1 && d.range.end.line >= d.range.start.line));
  }
  assert.equal(result.valid, !result.diagnostics.some((d) => d.severity === "error"));
  if (withText) {
    assert.equal(typeof result.text, "string");
    if (!result.valid) assert.equal(result.text, "", "no text for invalid input");
  }
}

/** The kinds of input, with their share of the cases. */
const KINDS = [
  ["check: mutated HCL", 40, (r, note) => { const text = note(mutate(r, r.pick(hclSeeds), hclSeeds)); checkShape(check(text, { filename: "fuzz.tfvars" })); }],
  ["check: mutated JSON", 15, (r, note) => { const text = note(mutate(r, r.pick(jsonSeeds), jsonSeeds)); checkShape(check(text, { format: "json" })); }],
  ["check: random tokens", 10, (r, note) => { const text = note(soup(r)); checkShape(check(text, { format: r.pick(["hcl", "json"]) })); }],
  ["backendConfig: mutated outputs", 10, (r, note) => { const text = note(mutate(r, r.pick(outputSeeds), outputSeeds)); checkShape(backendConfig(text, { format: r.pick(["yaml", "json"]) }), true); }],
  ["tfvars: random values", 10, (r, note) => {
    const values = Object.fromEntries(Array.from({ length: r.int(6) }, () => [r.chance(0.8) ? r.pick(names) : soup(r), randomValue(r)]));
    note(JSON.stringify(values));
    const format = r.pick(["hcl", "json"]);
    checkShape(tfvars(values, { format, onlyChanged: r.chance(0.5), describe: format === "hcl" && r.chance(0.5) }), true);
  }],
  ["module: mutated sources", 15, (r, note) => {
    const base = r.chance(0.05) ? ecsVariables : smallModule;
    const module = { "variables.tf": mutate(r, base, [smallModule, ecsVariables]) };
    if (r.chance(0.3)) module["extra.tf"] = soup(r);
    note(JSON.stringify(module));
    checkShape(checkModule(module));
    assert.ok(Array.isArray(variables(module)));
    assert.equal(typeof schema(module), "object");
    checkShape(check(r.pick(hclSeeds), { module }));
    checkShape(tfvars({}, { module }), true);
  }],
];

test(`${TOTAL} random and mutated inputs: no throw, no trap (seed ${SEED})`, (t) => {
  const r = rng(SEED);
  const weight = KINDS.reduce((n, k) => n + k[1], 0);
  const started = Date.now();
  const counts = new Map();
  for (const [kind, share, run] of KINDS) {
    const n = Math.round((TOTAL * share) / weight);
    for (let i = 0; i < n; i++) {
      const state = r.next();
      const cr = rng(Math.floor(state * 2 ** 32));
      let input = "";
      try {
        run(cr, (text) => (input = text));
      } catch (e) {
        const message = `${kind}, case ${i} (seed ${SEED}): ${e instanceof WebAssembly.RuntimeError ? "TRAP " : ""}${e.stack ?? e}`;
        if (process.env.TFCHECK_FUZZ_OUT) writeFileSync(process.env.TFCHECK_FUZZ_OUT, `${message}\n\ninput:\n${input}\n`);
        assert.fail(message);
      }
    }
    counts.set(kind, n);
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  for (const [kind, n] of counts) t.diagnostic(`${kind}: ${n}`);
  t.diagnostic(`fuzz: ${total} inputs in ${seconds} s, none threw or trapped`);
  assert.equal(total, TOTAL);
});
