// Type-checked (tsc --strict --noEmit) against the installed package's .d.ts by
// tests/npm/test/types.test.mjs: the API's types are precise, and misuse does not
// compile.
import init, { check, checkModule, variables, tfvars, schema, backendConfig } from "@sockerless/tfcheck";
import type { CheckResult, Code, Diagnostic, JsonValue, ModuleSources, Severity, TextResult, VariableInfo } from "@sockerless/tfcheck";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const assertType = <T extends true>(_: T): void => undefined;

export async function usage(): Promise<string[]> {
  await init();
  const module: ModuleSources = { "variables.tf": 'variable "x" {}' };
  const result: CheckResult = check("x = 1\n", { filename: "a.tfvars", format: "hcl", module });
  const first: Diagnostic | undefined = result.diagnostics[0];
  const code: Code | undefined = first?.code;
  const severity: Severity | undefined = first?.severity;
  const line: number | undefined = first?.range?.start.line;
  const variable: string | null | undefined = first?.variable;
  assertType<Equal<Diagnostic["variable"], string | null>>(true);
  assertType<Equal<Diagnostic["range"], { start: { line: number; column: number }; end: { line: number; column: number } } | null>>(true);
  assertType<Equal<Diagnostic["help"], string | undefined>>(true);
  assertType<Equal<Severity, "warning" | "error">>(true);

  const vars: VariableInfo[] = variables();
  const d: JsonValue | undefined = vars[0]?.default;
  const allowed: JsonValue[] | undefined = vars[0]?.enum;
  assertType<Equal<VariableInfo["required"], boolean>>(true);

  const written: TextResult = tfvars({ x: [1, "a", { b: null }] }, { format: "json", onlyChanged: true, describe: false, module });
  const s: { [key: string]: JsonValue } = schema(module);
  const backend: string = backendConfig("{}", { format: "yaml" }).text + backendConfig("{}", { format: "env", environment: "ci" }).text;
  const ok: boolean = checkModule().valid && checkModule(module).valid;

  // @ts-expect-error text must be a string
  check(1);
  // @ts-expect-error no such format
  check("", { format: "yaml" });
  // @ts-expect-error no such option
  check("", { fromat: "json" });
  // @ts-expect-error module sources are text
  variables({ "main.tf": 1 });
  // @ts-expect-error values are JSON data
  tfvars({ x: () => 1 });
  // @ts-expect-error backend formats are yaml, json and env
  backendConfig("{}", { format: "hcl" });

  return [String(code), String(severity), String(line), String(variable), String(d), String(allowed), written.text, String(s), backend, String(ok)];
}
