// The transfer size of the whole page: every file of web/dist (HTML, JS, WASM,
// CSS, the icon), each gzipped at level 9 as a static host would serve it.
// Prints a table and fails when the total is above the budget (400 KB).
//
//   node tests/web/size.mjs [dist-dir] [--json]

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const BUDGET = 400 * 1024;

export function measure(dist) {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const raw = readFileSync(path);
        const gz = gzipSync(raw, { level: constants.Z_BEST_COMPRESSION });
        files.push({ file: relative(dist, path), bytes: raw.length, gzip: gz.length });
      }
    }
  };
  walk(dist);
  const total = { bytes: 0, gzip: 0 };
  for (const f of files) {
    total.bytes += f.bytes;
    total.gzip += f.gzip;
  }
  return { files, total, budget: BUDGET };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const dist = args.find((a) => !a.startsWith('--')) ?? fileURLToPath(new URL('../../web/dist', import.meta.url));
  const m = measure(dist);
  if (args.includes('--json')) {
    console.log(JSON.stringify(m, null, 2));
  } else {
    const width = Math.max(...m.files.map((f) => f.file.length), 5);
    console.log(`${'file'.padEnd(width)}  ${'bytes'.padStart(10)}  ${'gzip -9'.padStart(10)}`);
    for (const f of m.files) console.log(`${f.file.padEnd(width)}  ${kb(f.bytes).padStart(10)}  ${kb(f.gzip).padStart(10)}`);
    console.log(`${'total'.padEnd(width)}  ${kb(m.total.bytes).padStart(10)}  ${kb(m.total.gzip).padStart(10)}  (budget ${kb(BUDGET)} gzipped)`);
  }
  if (m.total.gzip > BUDGET) {
    console.error(`the page is ${kb(m.total.gzip)} gzipped, over the budget of ${kb(BUDGET)}`);
    process.exit(1);
  }
}
