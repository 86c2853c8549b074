// The package's TypeScript declarations: types/usage.ts compiles under
// `tsc --strict` against the installed package (and its @ts-expect-error lines,
// misuses of the API, do not). tests/npm/run.sh sets TFCHECK_TSC.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";

test("types/usage.ts type-checks under tsc --strict", () => {
  writeFileSync(
    "tsconfig.json",
    JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, target: "es2022", module: "nodenext", moduleResolution: "nodenext", lib: ["es2022", "dom"], skipLibCheck: false, types: [] },
      files: ["types/usage.ts"],
    }),
  );
  const r = spawnSync(process.env.TFCHECK_TSC, ["-p", "tsconfig.json"], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stdout + r.stderr);
});
