// Browser tests of the web configurator: Playwright (playwright-core) driving
// Debian's Chromium against web/dist, served on 127.0.0.1 under a subdirectory
// (the build's links are relative). The CLI built from the same core is the
// reference: the preview must equal `sockerless-tfcheck tfvars` byte for byte,
// messages must be the CLI's, and downloads must pass `sockerless-tfcheck check`.
//
// Every page is also checked for console errors, Content-Security-Policy
// violations and requests to any origin but its own. Screenshots, downloads and
// timings go to tests/artifacts/web/.
//
// Run by tests/web/run.sh (which builds the site and the CLI first).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST = join(ROOT, 'web', 'dist');
const CLI = process.env.TFCHECK_CLI ?? join(ROOT, 'target', 'release', 'sockerless-tfcheck');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARTIFACTS = join(ROOT, 'tests', 'artifacts', 'web');
const PREFIX = '/tools/configurator/';
const TMP = mkdtempSync(join(tmpdir(), 'tfcheck-web-'));

let server;
let origin;
let browser;
const served = [];
const timings = {};

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** A static server for web/dist under PREFIX; everything else is a 404. */
function serve() {
  return new Promise((resolve) => {
    const s = http.createServer((req, res) => {
      served.push(req.url);
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (!path.startsWith(PREFIX)) {
        res.writeHead(404).end();
        return;
      }
      const rel = path.slice(PREFIX.length) || 'index.html';
      const file = normalize(join(DIST, rel));
      if (!file.startsWith(DIST + sep) || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        // Cross-origin isolation: performance.now() then has 5 µs resolution
        // (100 µs otherwise), for the timings. The page needs nothing else.
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
      });
      res.end(readFileSync(file));
    });
    s.listen(0, '127.0.0.1', () => resolve(s));
  });
}

function cli(args) {
  const r = spawnSync(CLI, args, { encoding: 'utf8' });
  if (r.error) throw r.error;
  return r;
}

/** The diagnostics `sockerless-tfcheck check --format json` reports for a tfvars text. */
function cliDiagnostics(name, text) {
  const file = join(TMP, name);
  writeFileSync(file, text);
  const r = cli(['check', '--format', 'json', file]);
  const doc = JSON.parse(r.stdout);
  return doc.files.flatMap((f) => f.diagnostics);
}

before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  assert.ok(existsSync(join(DIST, 'index.html')), 'web/dist is built (scripts/build-web.sh)');
  assert.ok(existsSync(CLI), `the CLI is built (${CLI})`);
  server = await serve();
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
  writeFileSync(join(ARTIFACTS, 'timings.json'), JSON.stringify(timings, null, 2) + '\n');
  console.log('timings:', JSON.stringify(timings));
});

const url = (fragment = '') => `${origin}${PREFIX}${fragment}`;

/**
 * Opens the page in a fresh context, recording console errors, CSP violations
 * and every request; waits for the first render.
 */
async function open(address = url(), options = {}) {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1440, height: 1000 }, ...options });
  const page = await context.newPage();
  const log = { errors: [], warnings: [], requests: [] };
  // Anything not from the page's own origin is recorded, then refused.
  await context.route((u) => !u.href.startsWith(origin + '/'), (route) => route.abort());
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
    if (m.type() === 'warning') log.warnings.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(`uncaught: ${e.message}`));
  page.on('request', (r) => log.requests.push(r.url()));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(address);
  await page.waitForSelector('body[data-first-render-ms]');
  return { page, context, log };
}

/** No console errors, no CSP violations, no request to another origin. */
async function assertClean({ page, context, log }) {
  const violations = await page.evaluate(() => window.__violations);
  assert.deepEqual(violations, [], 'Content-Security-Policy violations');
  assert.deepEqual(log.errors, [], 'console errors');
  const foreign = log.requests.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('blob:'));
  assert.deepEqual(foreign, [], 'requests to other origins');
  if (log.warnings.length) console.log('console warnings:', log.warnings);
  await context.close();
}

const preview = (page) => page.locator('#tfvars-preview').textContent();
const problems = (page, name) => page.locator(`#f-${name}-problems`).textContent();
const errorCount = async (page) => Number(await page.locator('#diagnostics').getAttribute('data-errors'));

test('defaults render, with a widget for every variable, and the preview equals `sockerless-tfcheck tfvars`', async () => {
  const p = await open();
  const { page } = p;
  const schema = JSON.parse(cli(['schema']).stdout);
  const names = Object.keys(schema.properties);
  assert.ok(names.length > 30, 'the schema lists the module inputs');
  for (const name of names) {
    const n = await page.locator(`[name="${name}"], [data-variable="${name}"]`).count();
    assert.ok(n >= 1, `an input for ${name}`);
  }
  const groups = await page.locator('.config-form h2').allTextContents();
  assert.deepEqual(groups, ['Network', 'Cluster', 'Storage', 'Logs', 'Discovery', 'Security', 'Registry', 'Tags']);
  assert.equal(await page.locator('[name="vpc_cidr"]').inputValue(), '10.0.0.0/16');
  assert.equal(await page.locator('[name="az_count"]').inputValue(), '2');
  assert.equal(await page.locator('[name="efs_encrypted"]').isChecked(), true);
  assert.equal(await page.locator('select[name="log_retention_days"]').inputValue(), '30');
  assert.equal(await errorCount(page), 0);

  const expected = cli(['tfvars']);
  assert.equal(expected.status, 0, expected.stderr);
  assert.equal(await preview(page), expected.stdout);

  await page.locator('input[name="preview-format"][value="json"]').check();
  assert.equal(await preview(page), cli(['tfvars', '--format', 'json']).stdout);
  await page.locator('input[name="preview-format"][value="hcl"]').check();
  await page.locator('#preview-describe').check();
  assert.equal(await preview(page), cli(['tfvars', '--describe']).stdout);
  await page.locator('#preview-only-changed').check();
  assert.equal(await preview(page), cli(['tfvars', '--describe', '--only-changed']).stdout);

  // The network map draws the module's derived subnets; the cost is stated.
  assert.equal(await page.locator('svg.subnet-map g.subnet').count(), 4);
  assert.match(await page.locator('.subnets').textContent(), /10\.0\.240\.0\/24.*10\.0\.241\.0\/24.*10\.0\.0\.0\/20.*10\.0\.16\.0\/20/s);
  assert.equal(await page.locator('#cost-total').textContent(), '$38.00');
  assert.match(await page.locator('#cost').textContent(), /estimate/i);
  assert.match(await page.locator('#cost').textContent(), /us-east-1.*dated \d{4}-\d{2}-\d{2}/);

  await page.locator('#preview-only-changed').uncheck();
  await page.locator('#preview-describe').uncheck();
  await page.screenshot({ path: join(ARTIFACTS, 'default.png') });
  await page.screenshot({ path: join(ARTIFACTS, 'default-full.png'), fullPage: true });
  timings.firstRenderMs = Number(await page.locator('body').getAttribute('data-first-render-ms'));
  await assertClean(p);
});

test('edited values preview exactly as `sockerless-tfcheck tfvars --set ...` writes them', async () => {
  const p = await open();
  const { page } = p;
  await page.locator('[name="az_count"]').fill('3');
  await page.locator('[name="nat_gateway_count"]').fill('3');
  for (const zone of ['eu-west-1a', 'eu-west-1b', 'eu-west-1c']) {
    await page.getByRole('button', { name: 'Add an element to availability_zones' }).click();
    const i = (await page.locator('[data-variable="availability_zones"] input').count()) - 1;
    await page.locator(`[name="availability_zones[${i}]"]`).fill(zone);
  }
  await page.getByRole('button', { name: 'Add an entry to tags' }).click();
  await page.locator('[name="tags[0][key]"]').fill('team');
  await page.locator('[name="tags[0][value]"]').fill('platform infra');
  await page.locator('select[name="log_retention_days"]').selectOption('365');
  await page.locator('select[name="efs_throughput_mode"]').selectOption('elastic');
  await page.locator('[name="efs_encrypted"]').uncheck();
  await page.locator('[name="log_group_name"]').fill('/platform/containers');
  assert.equal(await errorCount(page), 0, await page.locator('#diagnostics').textContent());
  const sets = [
    'az_count=3',
    'nat_gateway_count=3',
    'availability_zones=["eu-west-1a", "eu-west-1b", "eu-west-1c"]',
    'tags={ team = "platform infra" }',
    'log_retention_days=365',
    'efs_throughput_mode="elastic"',
    'efs_encrypted=false',
    'log_group_name="/platform/containers"',
  ].flatMap((s) => ['--set', s]);
  for (const [flags, setup] of [
    [[], async () => {}],
    [['--describe'], () => page.locator('#preview-describe').check()],
    [['--describe', '--only-changed'], () => page.locator('#preview-only-changed').check()],
    [['--format', 'json', '--only-changed'], () => page.locator('input[name="preview-format"][value="json"]').check()],
  ]) {
    await setup();
    const expected = cli(['tfvars', ...flags, ...sets]);
    assert.equal(expected.status, 0, expected.stderr);
    assert.equal(await preview(page), expected.stdout, `preview with ${flags.join(' ')}`);
  }
  // Three NAT gateways: the estimate follows.
  assert.equal(await page.locator('#cost-total').textContent(), '$111.00');
  assert.match(await page.locator('.subnets').textContent(), /eu-west-1c/);
  await assertClean(p);
});

test("a host address in vpc_cidr and too many NAT gateways show the module's messages; fixing them clears them", async () => {
  const p = await open();
  const { page } = p;
  const [vpcMessage] = cliDiagnostics('vpc.tfvars', 'vpc_cidr = "10.0.0.1/16"\n')
    .filter((d) => d.code === 'TF006' && d.variable === 'vpc_cidr')
    .map((d) => d.message);
  const [natMessage] = cliDiagnostics('nat.tfvars', 'nat_gateway_count = 3\n')
    .filter((d) => d.code === 'TF007')
    .map((d) => d.message);
  assert.ok(vpcMessage && natMessage, 'the CLI reports both');

  const vpc = page.locator('[name="vpc_cidr"]');
  await vpc.fill('10.0.0.1/16');
  assert.ok((await problems(page, 'vpc_cidr')).includes(vpcMessage), await problems(page, 'vpc_cidr'));
  assert.equal(await vpc.getAttribute('aria-invalid'), 'true');
  const describedBy = (await vpc.getAttribute('aria-describedby')).split(' ');
  assert.ok(describedBy.includes('f-vpc_cidr-problems') && describedBy.includes('f-vpc_cidr-help'));
  assert.ok((await page.locator('#diagnostics').textContent()).includes(vpcMessage));
  await page.screenshot({ path: join(ARTIFACTS, 'error-vpc_cidr.png') });
  // Fixing it clears it.
  await vpc.fill('10.0.0.0/16');
  assert.equal(await problems(page, 'vpc_cidr'), '');
  assert.equal(await vpc.getAttribute('aria-invalid'), 'false');
  assert.equal(await errorCount(page), 0);

  // Terraform skips the cross-variable rules while an input is invalid, so the
  // NAT count is judged with a valid VPC.
  const nat = page.locator('[name="nat_gateway_count"]');
  await nat.fill('3');
  assert.ok((await problems(page, 'nat_gateway_count')).includes(natMessage), await problems(page, 'nat_gateway_count'));
  assert.ok((await problems(page, 'az_count')).includes(natMessage), 'the cross-variable error shows on both fields');
  assert.equal(await nat.getAttribute('aria-invalid'), 'true');
  assert.equal(await page.locator('[name="az_count"]').getAttribute('aria-invalid'), 'true');
  assert.ok((await page.locator('#diagnostics').textContent()).includes(natMessage));
  // Two errors at once (an input the cross-variable rules do not read, so
  // Terraform still judges them).
  await page.locator('[name="agent_port"]').fill('70000');
  assert.equal(await errorCount(page), 2);
  assert.equal(await page.locator('#download').isDisabled(), true);
  assert.match(await page.locator('#download-reason').textContent(), /disabled.*2 errors/);
  assert.equal(await page.locator('#download').getAttribute('aria-describedby'), 'download-reason');
  await page.locator('#f-nat_gateway_count').focus();
  await page.screenshot({ path: join(ARTIFACTS, 'errors.png') });

  // An overlapping explicit subnet is drawn in red.
  await page.getByRole('button', { name: 'Add an element to public_subnet_cidrs' }).click();
  await page.locator('[name="public_subnet_cidrs[0]"]').fill('10.0.0.0/24');
  await page.getByRole('button', { name: 'Add an element to public_subnet_cidrs' }).click();
  await page.locator('[name="public_subnet_cidrs[1]"]').fill('10.0.1.0/24');
  assert.ok((await page.locator('svg.subnet-map g.subnet.bad').count()) >= 2, 'overlaps are red');
  await page.getByRole('button', { name: 'Remove element 2 of public_subnet_cidrs' }).click();
  await page.getByRole('button', { name: 'Remove element 1 of public_subnet_cidrs' }).click();

  await page.locator('[name="az_count"]').fill('3');
  await page.locator('[name="agent_port"]').fill('8443');
  assert.equal(await problems(page, 'agent_port'), '');
  assert.equal(await problems(page, 'nat_gateway_count'), '');
  assert.equal(await problems(page, 'az_count'), '');
  assert.equal(await vpc.getAttribute('aria-invalid'), 'false');
  assert.equal(await nat.getAttribute('aria-invalid'), 'false');
  assert.equal(await errorCount(page), 0);
  assert.equal(await page.locator('#download').isDisabled(), false);
  assert.equal(await page.locator('#download-reason').textContent(), '');
  await assertClean(p);
});

const TWO_ERRORS = 'az_count = 2\nvpc_cidr = "10.0.0.1/16"\nname     = "Bad Name"\n';

async function assertTwoErrorsShown(page, file) {
  const report = page.locator('#import-report');
  const text = await report.textContent();
  const expected = cliDiagnostics(file, TWO_ERRORS).filter((d) => d.severity === 'error');
  assert.equal(expected.length, 2, 'the CLI finds two errors');
  for (const d of expected) {
    assert.ok(text.includes(`${file}, line ${d.range.start.line}, column ${d.range.start.column}:`), `line of ${d.variable} in: ${text}`);
    assert.ok(text.includes(d.message), `message of ${d.variable}`);
  }
  assert.equal(await page.locator('[name="vpc_cidr"]').inputValue(), '10.0.0.1/16');
  assert.equal(await page.locator('[name="name"]').inputValue(), 'Bad Name');
  assert.equal(await errorCount(page), 2);
}

test('importing a tfvars file with two errors fills the form and shows both with line numbers (picker, drop, paste)', async () => {
  const p = await open();
  const { page } = p;
  await page.locator('#import-file').setInputFiles({ name: 'two-errors.tfvars', mimeType: 'text/plain', buffer: Buffer.from(TWO_ERRORS) });
  await page.waitForSelector('#import-report');
  await assertTwoErrorsShown(page, 'two-errors.tfvars');
  await page.screenshot({ path: join(ARTIFACTS, 'import.png') });

  await page.locator('#reset').click();
  assert.equal(await page.locator('[name="vpc_cidr"]').inputValue(), '10.0.0.0/16');
  assert.equal(await page.locator('#import-report').count(), 0);

  // Dropped anywhere on the page.
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'dropped.tfvars', { type: 'text/plain' }));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, TWO_ERRORS);
  await page.waitForSelector('#import-report');
  await assertTwoErrorsShown(page, 'dropped.tfvars');

  // Pasted JSON.
  await page.locator('#import summary').click();
  await page.locator('#import-text').fill('{\n  "az_count": 3,\n  "nat_gateway_count": 3\n}\n');
  await page.locator('#import-load').click();
  assert.match(await page.locator('#import-report').textContent(), /pasted\.tfvars\.json/);
  assert.equal(await page.locator('[name="nat_gateway_count"]').inputValue(), '3');
  assert.equal(await page.locator('[name="vpc_cidr"]').inputValue(), '10.0.0.0/16');
  assert.equal(await errorCount(page), 0);
  await assertClean(p);
});

test('hostile imports: nesting up to the limit works, deeper is a diagnostic, the page survives', async () => {
  const p = await open();
  const { page } = p;
  // The text is set directly: typing 30 KB through the keyboard takes Playwright minutes.
  const paste = async (text) => {
    await page.locator('#import-text').evaluate((el, t) => {
      el.value = t;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, text);
    await page.locator('#import-load').click();
  };
  await page.locator('#import summary').click();
  // Just under the page's nesting limit (128): parsed and evaluated on the browser's stack.
  await paste(`name = ${'('.repeat(120)}"deep"${')'.repeat(120)}\nefs_encrypted = ${'!'.repeat(120)}true\n`);
  assert.equal(await page.locator('[name="name"]').inputValue(), 'deep');
  assert.equal(await page.locator('[name="efs_encrypted"]').isChecked(), true);
  // Far beyond it, in HCL and in JSON: one diagnostic each, no crash.
  await paste(`name = ${'('.repeat(5000)}"x"${')'.repeat(5000)}\n`);
  assert.match(await page.locator('#import-report').textContent(), /LIM002/);
  await paste(`{"tags": ${'['.repeat(5000)}${']'.repeat(5000)}}`);
  assert.match(await page.locator('#import-report').textContent(), /pasted\.tfvars\.json.*LIM002/s);
  // Far more tags than AWS allows: the module's message, and a row for each.
  await paste(`tags = {\n${Array.from({ length: 300 }, (_, i) => `  k${i} = "v"`).join('\n')}\n}\n`);
  assert.match(await page.locator('#import-report').textContent(), /tags has 300 entries/);
  assert.equal(await page.locator('[data-variable="tags"] input').count(), 600);
  // Still alive.
  await page.locator('#reset').click();
  await page.locator('[name="vpc_cidr"]').fill('10.0.0.1/16');
  assert.equal(await errorCount(page), 1);
  await assertClean(p);
});

test('the downloaded file passes `sockerless-tfcheck check`; download is disabled while there are errors; copy', async () => {
  const p = await open();
  const { page, context } = p;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await page.locator('[name="name"]').fill('Bad Name');
  assert.equal(await page.locator('#download').isDisabled(), true);
  await page.locator('[name="name"]').fill('platform');
  await page.locator('[name="az_count"]').fill('3');
  await page.locator('[name="agent_port"]').fill('8443');
  await page.getByRole('button', { name: 'Add an entry to tags' }).click();
  await page.locator('[name="tags[0][key]"]').fill('owner');
  await page.locator('[name="tags[0][value]"]').fill('team-a');
  await page.locator('#preview-describe').check();
  for (const [format, file] of [['hcl', 'terraform.tfvars'], ['json', 'terraform.tfvars.json']]) {
    await page.locator(`input[name="preview-format"][value="${format}"]`).check();
    assert.equal(await page.locator('#download').isDisabled(), false);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download').click()]);
    assert.equal(download.suggestedFilename(), file);
    const saved = join(ARTIFACTS, `downloaded-${file}`);
    await download.saveAs(saved);
    assert.equal(readFileSync(saved, 'utf8'), await preview(page));
    const r = cli(['check', saved]);
    assert.equal(r.status, 0, `${file}: ${r.stdout}${r.stderr}`);
  }
  // Copy puts the preview on the clipboard; the share button the link.
  await page.locator('#copy').click();
  await page.waitForFunction(() => document.getElementById('preview-status').textContent.startsWith('Copied'));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await preview(page));
  await page.locator('#share').click();
  await page.waitForFunction(() => document.getElementById('notice').textContent.includes('was copied'));
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(link, page.url());
  assert.ok(decodeURIComponent(link).includes('"agent_port":"8443"'), link);
  await assertClean(p);
});

test('a shared URL restores the same state in a new page, and never reaches the server', async () => {
  const p = await open();
  const { page } = p;
  await page.locator('[name="vpc_cidr"]').fill('10.1.0.1/16');
  await page.locator('[name="az_count"]').fill('3');
  await page.locator('[name="container_insights_enabled"]').uncheck();
  await page.getByRole('button', { name: 'Add an element to agent_ingress_cidr_blocks' }).click();
  await page.locator('[name="agent_ingress_cidr_blocks[0]"]').fill('203.0.113.7/32');
  await page.getByRole('button', { name: 'Add an entry to tags' }).click();
  await page.locator('[name="tags[0][key]"]').fill('cost center');
  await page.locator('[name="tags[0][value]"]').fill('R&D #7 / é');
  await page.locator('select[name="ecr_image_tag_mutability"]').selectOption('IMMUTABLE');
  await page.locator('input[name="preview-format"][value="json"]').check();
  await page.locator('#preview-only-changed').check();
  // The address takes the state once typing pauses.
  await page.waitForFunction(() => decodeURIComponent(location.hash).includes('"only_changed":true'));
  const shared = page.url();
  assert.ok(decodeURIComponent(shared).includes('"vpc_cidr":"10.1.0.1/16"'), shared);
  const snapshot = (pg) =>
    pg.evaluate(() =>
      [...document.querySelectorAll('#config-form [name]')].map((e) => [e.name, e.type === 'checkbox' ? e.checked : e.value]),
    );
  const before = await snapshot(page);
  const text = await preview(page);
  const diagnostics = await page.locator('#diagnostics').textContent();

  const q = await open(shared);
  assert.deepEqual(await snapshot(q.page), before);
  assert.equal(await preview(q.page), text);
  assert.equal(await q.page.locator('#diagnostics').textContent(), diagnostics);
  assert.equal(await q.page.locator('input[name="preview-format"][value="json"]').isChecked(), true);
  assert.ok(!served.some((u) => u.includes('203.0.113') || u.includes('vpc_cidr')), 'the configuration never reaches the server');

  // Reset takes the values out of the fragment (the preview options stay).
  await q.page.locator('#reset').click();
  await q.page.waitForFunction(() => !location.hash.includes('values'));
  assert.equal(decodeURIComponent(new URL(q.page.url()).hash), '#{"format":"json","only_changed":true}');
  await assertClean(p);
  await assertClean(q);
});

test('Content-Security-Policy: only the own origin, no inline script; user text is never HTML', async () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|https?:|\*|data:|blob:/);
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script in the built page');
  assert.doesNotMatch(html, /\b(href|src)="\//, 'relative links only');
  const p = await open();
  const { page } = p;
  assert.equal(await page.evaluate(() => document.querySelectorAll('script:not([src])').length), 0);
  const hostile = '<img src=x onerror="window.__pwned=1">';
  await page.locator('[name="name"]').fill(hostile);
  assert.ok((await problems(page, 'name')).includes(hostile), 'the text is shown as text');
  assert.equal(await page.locator('img').count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await assertClean(p);
});

test('keyboard only, every input labelled, dark theme', async () => {
  const p = await open(url(), { colorScheme: 'dark' });
  const { page } = p;
  const unlabelled = await page.evaluate(() =>
    [...document.querySelectorAll('input, select, textarea, button')]
      .filter((e) => !(e.labels?.length || e.getAttribute('aria-label') || e.getAttribute('aria-labelledby') || (e.tagName === 'BUTTON' && e.textContent.trim())))
      .map((e) => e.outerHTML),
  );
  assert.deepEqual(unlabelled, []);
  // Tab to vpc_cidr and type a host address.
  let name = '';
  for (let i = 0; i < 40 && name !== 'vpc_cidr'; i++) {
    await page.keyboard.press('Tab');
    name = await page.evaluate(() => document.activeElement?.getAttribute('name') ?? '');
  }
  assert.equal(name, 'vpc_cidr', 'vpc_cidr is reachable with Tab');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('10.0.0.1/16');
  assert.equal(await page.locator('[name="vpc_cidr"]').getAttribute('aria-invalid'), 'true');
  // From the summary back to the field.
  await page.locator('[name="az_count"]').focus();
  await page.locator('#diagnostics button.link').first().focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('name')), 'vpc_cidr');
  // A list editor: Enter on "Add" moves into the new element.
  await page.getByRole('button', { name: 'Add an element to availability_zones' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'availability_zones[0]');
  await page.keyboard.type('us-east-1a');
  assert.equal(await page.locator('[name="availability_zones[0]"]').inputValue(), 'us-east-1a');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(bg, 'rgb(18, 22, 28)', 'the dark theme follows the system');
  await page.locator('[name="vpc_cidr"]').focus();
  await page.screenshot({ path: join(ARTIFACTS, 'dark-errors.png') });
  await assertClean(p);
});

test('timings: re-validation of the whole configuration on an edit, first render', async () => {
  const p = await open();
  const { page } = p;
  assert.equal(await page.evaluate(() => self.crossOriginIsolated), true, 'fine-grained timers');
  // Each edit: the value alternates, the page re-validates everything (the
  // core's check in WebAssembly, timed inside as data-check-ms) and brings the
  // DOM up to date (timed here until the preview shows the new value).
  const run = (name, a, b) =>
    page.evaluate(
      async ([name, a, b]) => {
        const input = document.querySelector(`[name="${name}"]`);
        const diag = document.getElementById('diagnostics');
        const preview = document.getElementById('tfvars-preview');
        const check = [];
        const edit = [];
        for (let i = 0; i < 201; i++) {
          const value = i % 2 ? b : a;
          const t0 = performance.now();
          input.value = value;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          for (let k = 0; k < 50 && !preview.textContent.includes(`"${value}"`) && !preview.textContent.includes(` ${value}\n`); k++) {
            await Promise.resolve();
          }
          edit.push(performance.now() - t0);
          check.push(Number(diag.dataset.checkMs));
        }
        const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
        return { check: median(check), edit: median(edit) };
      },
      [name, a, b],
    );
  const name = await run('name', 'platform-a', 'platform-b');
  const zones = await run('az_count', '2', '3');
  const nav = await page.evaluate(() => {
    const n = performance.getEntriesByType('navigation')[0];
    return { domContentLoadedMs: n.domContentLoadedEventEnd, loadMs: n.loadEventEnd };
  });
  Object.assign(timings, {
    revalidateMedianMs: { editName: name.check, editAzCount: zones.check },
    editToDomMedianMs: { editName: name.edit, editAzCount: zones.edit },
    ...nav,
  });
  for (const r of [name, zones]) assert.ok(r.check > 0 && Number.isFinite(r.check) && Number.isFinite(r.edit));
  await assertClean(p);
});
