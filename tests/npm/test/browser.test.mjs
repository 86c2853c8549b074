// The browser target of the packed package, in headless Chromium (Debian's
// chromium): as a plain ES module with an explicit `await init()`, and bundled
// by Vite (the bundler case: the .wasm file is an asset found through
// `new URL(..., import.meta.url)`). tests/npm/run.sh sets TFCHECK_VITE to Vite's
// command; CHROMIUM overrides /usr/bin/chromium.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { execFile, spawnSync } from "node:child_process";
import { promisify } from "node:util";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, normalize, extname } from "node:path";

const project = process.cwd();
const chromium = process.env.CHROMIUM ?? "/usr/bin/chromium";
const MIME = { ".html": "text/html", ".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm", ".json": "application/json" };

/** What each page runs: every function once, the results in <pre id="out">. */
const SCRIPT = (specifier) => `
import init, { check, variables, tfvars, schema, backendConfig, checkModule } from "${specifier}";
const out = document.getElementById("out");
try {
  await init();
  const r = check("az_count = 9\\n", { filename: "prod.tfvars" });
  out.textContent = JSON.stringify({
    check: r.diagnostics.filter((d) => d.severity === "error").map((d) => [d.code, d.variable, d.range.start.line, d.range.start.column]),
    valid: r.valid,
    variables: variables().length,
    tfvars: tfvars({ az_count: 3 }, { onlyChanged: true }).text,
    schema: schema().$schema,
    backend: backendConfig("{").diagnostics[0].code,
    module: checkModule({ "main.tf": "variable {" }).valid,
  });
} catch (e) {
  out.textContent = "ERROR " + e;
}
`;
const PAGE = (script) => `<!doctype html><html><head><meta charset="utf-8"><title>tfcheck</title></head><body><pre id="out">pending</pre><script type="module">${script}</script></body></html>`;
const EXPECTED = { check: [["TF006", "az_count", 1, 12]], valid: false, variables: variables(), tfvars: "az_count = 3\n", schema: "https://json-schema.org/draft/2020-12/schema", backend: "BKD001", module: false };
function variables() {
  return JSON.parse(spawnSync(process.execPath, ["--input-type=module", "-e", 'import { variables } from "@sockerless/tfcheck"; console.log(JSON.stringify(variables().length))'], { cwd: project, encoding: "utf8" }).stdout);
}

let server;
let origin;
const web = join(project, "web");

before(async () => {
  rmSync(web, { recursive: true, force: true });
  mkdirSync(join(web, "plain"), { recursive: true });
  writeFileSync(join(web, "plain/index.html"), PAGE(SCRIPT("/node_modules/@sockerless/tfcheck/tfcheck.js")));
  const app = join(web, "vite-app");
  mkdirSync(app, { recursive: true });
  writeFileSync(join(app, "index.html"), PAGE("").replace('<script type="module"></script>', '<script type="module" src="./main.js"></script>'));
  writeFileSync(join(app, "main.js"), SCRIPT("@sockerless/tfcheck"));
  const vite = spawnSync(process.env.TFCHECK_VITE, ["build", app, "--outDir", join(web, "vite-dist"), "--base", "/web/vite-dist/", "--logLevel", "warn", "--emptyOutDir"], { cwd: project, encoding: "utf8" });
  assert.equal(vite.status, 0, `vite build: ${vite.stderr}${vite.stdout}`);
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname));
    const file = join(project, path.endsWith("/") ? path + "index.html" : path);
    if (!file.startsWith(project) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": MIME[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
});

after(() => server?.close());

/** The page's <pre id="out"> after Chromium ran it (the server answers meanwhile). */
async function render(path) {
  const profile = mkdtempSync(join(tmpdir(), "tfcheck-chromium-"));
  try {
    const args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", `--user-data-dir=${profile}`, "--virtual-time-budget=20000", "--dump-dom", origin + path];
    const r = await promisify(execFile)(chromium, args, { encoding: "utf8", timeout: 120000, maxBuffer: 1 << 24 }).catch((e) => e);
    const m = (r.stdout ?? "").match(/<pre id="out">([\s\S]*?)<\/pre>/);
    assert.ok(m, `chromium printed no page: ${(r.stderr ?? String(r)).slice(-2000)}`);
    return m[1].replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

test("a browser: the ES module with an explicit init", async () => {
  assert.deepEqual(JSON.parse(await render("/web/plain/index.html")), EXPECTED);
});

test("a bundler: Vite's build of an app that imports the package", async () => {
  assert.deepEqual(JSON.parse(await render("/web/vite-dist/index.html")), EXPECTED);
});
