//! The npm package's option and result types. Their TypeScript declarations are
//! generated from these definitions (tsify), like those of [`Diagnostic`] and
//! [`VariableInfo`](tfcheck_core::module::VariableInfo), so the `.d.ts` has no `any`.

use super::Options;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use tfcheck_core::diagnostic::Diagnostic;
use tfcheck_core::tfvars::Format;
use tsify::Tsify;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

const FORMATS: &[(&str, Format)] = &[("hcl", Format::Hcl), ("json", Format::Json)];

/// A module other than the bundled one: file name to `.tf` source text.
pub type ModuleSources = BTreeMap<String, String>;

#[wasm_bindgen(typescript_custom_section)]
const TS_DATA: &'static str = r#"
/** JSON data, as `JSON.parse` returns it. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
/** A JSON object. */
export type JsonObject = { [key: string]: JsonValue };
/** A module other than the bundled one: file name to `.tf` source text (other files are ignored). */
export type ModuleSources = Record<string, string>;
"#;

/// Options of `check`.
#[derive(Tsify)]
pub struct CheckOptions {
    /// The file's name, used in messages; a name ending in `.json` is read as JSON.
    /// Default: `terraform.tfvars`, or `terraform.tfvars.json` with `format: "json"`.
    #[tsify(optional)]
    pub filename: Option<String>,
    /// The file's syntax. Default: from `filename`, else `"hcl"`.
    #[tsify(optional)]
    pub format: Option<Format>,
    /// The module to check against. Default: the bundled ECS module.
    #[tsify(optional, type = "ModuleSources")]
    pub module: Option<JsValue>,
}

impl CheckOptions {
    pub(super) fn read(v: JsValue) -> Result<CheckOptions, JsValue> {
        let o = Options::read("check", v, &["filename", "format", "module"])?;
        Ok(CheckOptions {
            filename: o.string("filename")?,
            format: o.choice("format", FORMATS)?,
            module: o.get("module")?,
        })
    }
}

/// Options of `tfvars`.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct TfvarsOptions {
    /// The syntax to write. Default: `"hcl"`.
    #[tsify(optional)]
    pub format: Option<Format>,
    /// Leave out the variables whose value equals their default.
    #[tsify(optional)]
    pub only_changed: bool,
    /// Put each variable's description above it as a comment (HCL only).
    #[tsify(optional)]
    pub describe: bool,
    /// The module the values are for. Default: the bundled ECS module.
    #[tsify(optional, type = "ModuleSources")]
    pub module: Option<JsValue>,
}

impl TfvarsOptions {
    pub(super) fn read(v: JsValue) -> Result<TfvarsOptions, JsValue> {
        let o = Options::read(
            "tfvars",
            v,
            &["format", "onlyChanged", "describe", "module"],
        )?;
        Ok(TfvarsOptions {
            format: o.choice("format", FORMATS)?,
            only_changed: o.flag("onlyChanged")?,
            describe: o.flag("describe")?,
            module: o.get("module")?,
        })
    }
}

/// The syntax `backendConfig` writes.
#[derive(Tsify, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Default)]
#[serde(rename_all = "lowercase")]
pub enum BackendFormat {
    #[default]
    Yaml,
    Json,
}

/// Options of `backendConfig`.
#[derive(Tsify)]
pub struct BackendConfigOptions {
    /// The syntax to write. Default: `"yaml"`.
    #[tsify(optional)]
    pub format: Option<BackendFormat>,
}

impl BackendConfigOptions {
    pub(super) fn read(v: JsValue) -> Result<BackendConfigOptions, JsValue> {
        let o = Options::read("backendConfig", v, &["format"])?;
        Ok(BackendConfigOptions {
            format: o.choice(
                "format",
                &[("yaml", BackendFormat::Yaml), ("json", BackendFormat::Json)],
            )?,
        })
    }
}

/// A verdict: `valid` when no diagnostic is an error (warnings allowed).
#[derive(Tsify, Serialize)]
pub struct CheckResult {
    pub valid: bool,
    /// Sorted by position; those without a position come first. The same
    /// objects, in the same order, as the CLI's `check --format json` prints.
    pub diagnostics: Vec<Diagnostic>,
}

/// A text the core wrote, when what it was written from is valid: otherwise
/// `valid` is false, `text` is empty and `diagnostics` say why (as the CLI
/// refuses to write an invalid file). Warnings may come with a valid text.
#[derive(Tsify, Serialize)]
pub struct TextResult {
    pub valid: bool,
    pub text: String,
    pub diagnostics: Vec<Diagnostic>,
}
