#!/usr/bin/env node
// The package's command line, `sockerless-tfcheck` (npx @sockerless/tfcheck ...):
// the native CLI's own crate compiled to WebAssembly for WASI (tfcheck_cli.wasm),
// run by Node's built-in WASI. Every command, option, output format and exit code
// is the native CLI's, from the same code.
//
// The module sees the host's file system at `/` and starts in the directory Node
// was started in (the PWD it is given), so relative and absolute paths mean what
// they mean to the native CLI. Standard input, output and error are the process's.
import { readFileSync } from "node:fs";
import process from "node:process";

// Node marks WASI experimental and says so on standard error, which would make
// the output differ from the native CLI's; every other warning still prints.
process.removeAllListeners("warning");
process.on("warning", (w) => {
  if (w.name === "ExperimentalWarning" && /WASI/.test(w.message)) return;
  process.stderr.write(`${w.name}: ${w.message}\n`);
});

const { WASI } = await import("node:wasi");

const wasi = new WASI({
  version: "preview1",
  args: ["sockerless-tfcheck", ...process.argv.slice(2)],
  env: { ...process.env, PWD: process.cwd() },
  preopens: { "/": "/" },
  returnOnExit: true,
});

const bytes = readFileSync(new URL("./tfcheck_cli.wasm", import.meta.url));
const { instance } = await WebAssembly.instantiate(bytes, { wasi_snapshot_preview1: wasi.wasiImport });

try {
  process.exitCode = wasi.start(instance);
} catch (e) {
  // Exit 2, as the native CLI after a panic or when the stack a --max-depth
  // needs cannot be had: a trap (a panic aborts in WebAssembly, after its
  // message) or JavaScript's own stack running out.
  const why =
    e instanceof RangeError
      ? "the input is nested deeper than this WebAssembly build's stack allows; lower --max-depth or use the native CLI"
      : "internal error: the check stopped; please report this with the input";
  process.stderr.write(`error: ${why}\n`);
  process.exitCode = 2;
}
