//! The functions the npm package exports. Each reads its arguments, calls the
//! engine or the product, and hands back the result; none holds a rule, a conversion or a format.

use super::{
    kind, limits, misuse, module_arg, string_arg, to_js, BackendConfigOptions, BackendFormat,
    CheckOptions, CheckResult, TextResult, TfvarsOptions,
};
use std::collections::BTreeMap;
use tfcheck_core::diagnostic::{Code, Diagnostic};
use tfcheck_core::emit::{self, TfvarsOptions as EmitOptions};
use tfcheck_core::tfvars::{self, Format};
use tfcheck_core::value::Value;
use tfcheck_core::Limits;
use tfcheck_ecs::backend;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

/// Checks a tfvars file's text against the module, as `sockerless-tfcheck check`
/// does: the same diagnostics, codes, messages and 1-based ranges.
#[wasm_bindgen(unchecked_return_type = "CheckResult")]
pub fn check(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "CheckOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let text = string_arg("check", "text", &text)?;
    let o = CheckOptions::read(options)?;
    let checker = module_arg(
        "check",
        "options.module",
        o.module.as_ref().unwrap_or(&JsValue::UNDEFINED),
    )?;
    let format = o
        .format
        .or(o.filename.as_deref().map(Format::from_path))
        .unwrap_or(Format::Hcl);
    let filename = o.filename.unwrap_or_else(|| match format {
        Format::Hcl => "terraform.tfvars".into(),
        Format::Json => "terraform.tfvars.json".into(),
    });
    let r = checker.check(&filename, &text, format, &limits());
    to_js(&CheckResult {
        valid: r.valid(),
        diagnostics: r.diagnostics,
    })
}

/// The module's input variables, in declaration order.
#[wasm_bindgen(unchecked_return_type = "VariableInfo[]")]
pub fn variables(
    #[wasm_bindgen(unchecked_optional_param_type = "ModuleSources")] module: JsValue,
) -> Result<JsValue, JsValue> {
    let checker = module_arg("variables", "module", &module)?;
    to_js(&checker.module().variable_infos())
}

/// The problems in a module's own sources; `valid` when it can be checked against.
#[wasm_bindgen(js_name = checkModule, unchecked_return_type = "CheckResult")]
pub fn check_module(
    #[wasm_bindgen(unchecked_optional_param_type = "ModuleSources")] module: JsValue,
) -> Result<JsValue, JsValue> {
    let checker = module_arg("checkModule", "module", &module)?;
    let module = checker.module();
    to_js(&CheckResult {
        valid: module.is_usable(),
        diagnostics: module.diagnostics.clone(),
    })
}

/// A tfvars file from the module's defaults and `values` (variable name to JSON
/// data), when the result is valid, as `sockerless-tfcheck tfvars` writes it.
#[wasm_bindgen(unchecked_return_type = "TextResult")]
pub fn tfvars(
    #[wasm_bindgen(unchecked_param_type = "Record<string, JsonValue>")] values: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "TfvarsOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let o = TfvarsOptions::read(options)?;
    let format = o.format.unwrap_or(Format::Hcl);
    if o.describe && format == Format::Json {
        return Err(misuse(
            "tfvars",
            "options.describe",
            "writes descriptions as comments, and JSON has no comments: use format \"hcl\"",
        ));
    }
    let checker = module_arg(
        "tfvars",
        "options.module",
        o.module.as_ref().unwrap_or(&JsValue::UNDEFINED),
    )?;
    let limits = limits();
    let result = match values_arg(&values, &limits)? {
        Ok(given) => checker.check_values(&given, &limits),
        Err(d) => tfcheck_core::CheckResult {
            diagnostics: vec![d],
            ..Default::default()
        },
    };
    let valid = result.valid();
    let opts = EmitOptions {
        only_changed: o.only_changed,
        describe: o.describe,
    };
    let text = match (valid, format) {
        (false, _) => String::new(),
        (true, Format::Hcl) => emit::hcl::tfvars(checker.module(), &result.values, opts),
        (true, Format::Json) => emit::json::tfvars(checker.module(), &result.values, opts),
    };
    to_js(&TextResult {
        valid,
        text,
        diagnostics: result.diagnostics,
    })
}

/// The JSON Schema (2020-12) of the module's inputs.
#[wasm_bindgen(unchecked_return_type = "JsonObject")]
pub fn schema(
    #[wasm_bindgen(unchecked_optional_param_type = "ModuleSources")] module: JsValue,
) -> Result<JsValue, JsValue> {
    let checker = module_arg("schema", "module", &module)?;
    to_js(&emit::schema::schema(checker.module()))
}

/// The ECS backend's `ecs:` block from `terraform output -json`, as
/// `sockerless-tfcheck backend-config` writes it.
#[wasm_bindgen(js_name = backendConfig, unchecked_return_type = "TextResult")]
pub fn backend_config(
    #[wasm_bindgen(js_name = terraformOutputJson, unchecked_param_type = "string")]
    terraform_output_json: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "BackendConfigOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let text = string_arg(
        "backendConfig",
        "terraformOutputJson",
        &terraform_output_json,
    )?;
    let o = BackendConfigOptions::read(options)?;
    let r = match backend::from_outputs(&text, limits().max_depth) {
        Ok(config) => {
            let text = match o.format.unwrap_or_default() {
                BackendFormat::Yaml => config.to_yaml(),
                BackendFormat::Json => config.to_json(),
            };
            TextResult {
                valid: true,
                text,
                diagnostics: Vec::new(),
            }
        }
        Err(diagnostics) => TextResult {
            valid: false,
            text: String::new(),
            diagnostics,
        },
    };
    to_js(&r)
}

/// `values` as the core's values: taken as JSON data (`JSON.stringify`'s view of
/// it) and read as a `.tfvars.json` file is, so numbers keep their precision and
/// strings are literal; data nested deeper than the core's limit is a diagnostic.
fn values_arg(
    values: &JsValue,
    limits: &Limits,
) -> Result<Result<BTreeMap<String, Value>, Diagnostic>, JsValue> {
    let bad = |what: String| misuse("tfvars", "values", what);
    if !super::is_record(values) || values.is_function() {
        return Err(bad(format!(
            "must be an object mapping variable names to values, got {}",
            kind(values)
        )));
    }
    let text = js_sys::JSON::stringify(values)
        .map_err(|e| bad(format!("must be JSON data ({})", super::error_text(&e))))?;
    let Some(text) = JsValue::from(text).as_string() else {
        return Err(bad(
            "must be JSON data (JSON.stringify gives undefined for it)".into(),
        ));
    };
    if !text.starts_with('{') {
        return Err(bad(format!(
            "must be an object mapping variable names to values, but its JSON form is {text}"
        )));
    }
    match tfvars::read(&text, "values.json", Format::Json, limits.max_depth) {
        Ok(read) => {
            // Inserted one by one: `collect()` would sort, and its sort costs wasm.
            let mut given = BTreeMap::new();
            for a in read.assignments {
                if let Ok(v) = a.value {
                    given.insert(a.name, v);
                }
            }
            Ok(Ok(given))
        }
        Err(e) => {
            let code = if e.too_deep {
                Code::NestingTooDeep
            } else {
                Code::Syntax
            };
            Ok(Err(Diagnostic::new(code, e.detail).summary(e.summary)))
        }
    }
}
