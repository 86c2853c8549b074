// Node's entry of @sockerless/tfcheck: the same module browsers get
// (tfcheck.js), initialised synchronously from the .wasm file beside it, so the
// functions work as soon as the import returns. `init()` is still exported, and
// resolves at once, for code shared with browsers.
import { readFileSync } from "node:fs";
import { initSync } from "./tfcheck.js";

initSync({ module: readFileSync(new URL("./tfcheck_bg.wasm", import.meta.url)) });

export * from "./tfcheck.js";
export { default } from "./tfcheck.js";
