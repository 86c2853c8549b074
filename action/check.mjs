// The action's second step: runs `sockerless-tfcheck check` from the package
// the first step installed, and
//   - prints the chosen format to the log (github: workflow commands, which
//     annotate the pull request);
//   - appends a table of the files and findings to $GITHUB_STEP_SUMMARY;
//   - sets the outputs errors, warnings, files (and sarif-file) in $GITHUB_OUTPUT;
//   - writes SARIF to INPUT_SARIF_FILE when given;
//   - exits as the CLI does: 0 clean, 1 errors (or warnings with deny-warnings),
//     2 a path or module that cannot be read or a bad input.
// Inputs come as INPUT_* variables (action.yml); paths are relative to
// $GITHUB_WORKSPACE.
import { spawnSync } from "node:child_process";
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import process from "node:process";

const env = process.env;
const workspace = env.GITHUB_WORKSPACE || process.cwd();
const bin = join(env.RUNNER_TEMP, "sockerless-tfcheck/node_modules/.bin/sockerless-tfcheck");
const raw = env.INPUT_PATHS ?? ".";
const paths = (raw.includes("\n") ? raw.split("\n") : raw.split(/\s+/)).map((p) => p.trim()).filter(Boolean);
const deny = /^(true|yes|1)$/i.test((env.INPUT_DENY_WARNINGS || "false").trim());
const format = (env.INPUT_FORMAT || "github").trim();
const sarifFile = (env.INPUT_SARIF_FILE || "").trim();

const common = [];
if ((env.INPUT_MODULE || "").trim()) common.push("--module", env.INPUT_MODULE.trim());
if (deny) common.push("--deny-warnings");

function run(fmt) {
  const r = spawnSync(bin, ["check", "--format", fmt, ...common, ...(paths.length ? paths : ["."])], {
    cwd: workspace,
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  if (r.error) throw r.error;
  return r;
}

/** A command's data, escaped as workflow commands need. */
const data = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");

const json = run("json");
if (json.status === 2 || json.status === null) {
  process.stderr.write(json.stderr);
  const first = json.stderr.split("\n").find(Boolean) || "sockerless-tfcheck could not run";
  process.stdout.write(`::error title=sockerless-tfcheck::${data(first)}\n`);
  process.exit(2);
}
const doc = JSON.parse(json.stdout);
const { files, errors, warnings } = doc.summary;

const shown = format === "json" ? json : run(format);
process.stdout.write(shown.stdout);
process.stderr.write(shown.stderr);

if (sarifFile) {
  const sarif = run("sarif");
  const path = resolve(workspace, sarifFile);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, sarif.stdout);
}

if (env.GITHUB_OUTPUT) {
  let out = `errors=${errors}\nwarnings=${warnings}\nfiles=${files}\n`;
  if (sarifFile) out += `sarif-file=${sarifFile}\n`;
  appendFileSync(env.GITHUB_OUTPUT, out);
}

if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, summary(doc, json.status));

process.exit(json.status);

/** Markdown: the verdict, a table of the files, and a table of the findings. */
function summary(doc, status) {
  // Markdown table cells: HTML's specials as entities (GitHub drops unknown tags
  // such as the "<name>" of a message), pipes escaped, line breaks as <br>.
  const cell = (s) =>
    String(s)
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/\\/g, "\\\\")
      .replace(/\|/g, "\\|")
      .replace(/\r?\n/g, "<br>");
  const plural = (n, w) => `${n} ${w}${n === 1 ? "" : "s"}`;
  const verdict = status === 0 ? "passed" : "failed";
  const lines = [
    `### sockerless-tfcheck: ${verdict}`,
    "",
    `${plural(files, "file")} checked: ${plural(errors, "error")}, ${plural(warnings, "warning")}${deny ? " (warnings denied)" : ""}.`,
    "",
  ];
  if (doc.files.length) {
    lines.push("| File | Errors | Warnings |", "| --- | ---: | ---: |");
    for (const f of doc.files) {
      const e = f.diagnostics.filter((d) => d.severity === "error").length;
      const w = f.diagnostics.length - e;
      lines.push(`| ${cell(f.path)} | ${e} | ${w} |`);
    }
    lines.push("");
  }
  const findings = doc.files.flatMap((f) => f.diagnostics.map((d) => [f.path, d]));
  // A job summary holds at most 1 MiB: the first 500 findings, and a count of the rest.
  const limit = 500;
  if (findings.length) {
    lines.push("| Location | Severity | Code | Message |", "| --- | --- | --- | --- |");
    for (const [path, d] of findings.slice(0, limit)) {
      const at = d.range ? `${path}:${d.range.start.line}:${d.range.start.column}` : path;
      lines.push(`| ${cell(at)} | ${d.severity} | ${d.code} | ${cell(d.message)} |`);
    }
    if (findings.length > limit) lines.push("", `and ${findings.length - limit} more (see the log).`);
    lines.push("");
  }
  return lines.join("\n") + "\n";
}
