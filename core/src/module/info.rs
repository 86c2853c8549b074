//! A serialisable description of a module's inputs and outputs, for the faces:
//! the CLI's `docs`, the npm package's `variables()`, the web form.

use super::{hints, Hints, Module};
use crate::value::Value;
use serde::Serialize;

/// One input variable, as a form or a docs table needs it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct VariableInfo {
    pub name: String,
    /// The type constraint in Terraform's syntax, e.g. `list(string)`.
    #[serde(rename = "type")]
    pub type_expr: String,
    /// The default as JSON data; absent when the variable is required.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", tsify(type = "JsonValue"))]
    pub default: Option<Value>,
    /// The default as Terraform would print it (`"10.0.0.0/16"`, `[]`, `null`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_hcl: Option<String>,
    pub description: String,
    pub required: bool,
    pub nullable: bool,
    pub sensitive: bool,
    /// The area the module's banner comments put it in (Network, Cluster, ...).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// Allowed values, when a rule lists them.
    #[serde(rename = "enum", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", tsify(type = "JsonValue[]"))]
    pub enum_values: Option<Vec<Value>>,
    /// A pattern the value must match, when a rule gives one (RE2 syntax).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
    pub hints: Hints,
}

/// One output value.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct OutputInfo {
    pub name: String,
    pub description: String,
    pub sensitive: bool,
}

impl Module {
    /// The inputs in declaration order.
    pub fn variable_infos(&self) -> Vec<VariableInfo> {
        self.variables
            .iter()
            .map(|v| {
                let h = hints::for_variable(self, &v.name);
                VariableInfo {
                    name: v.name.clone(),
                    type_expr: v.ty.to_string(),
                    default: v.default.clone(),
                    default_hcl: v.default.as_ref().map(crate::value::write::hcl_literal),
                    description: v.description.clone().unwrap_or_default(),
                    required: v.required(),
                    nullable: v.nullable,
                    sensitive: v.sensitive,
                    group: v.group.clone(),
                    enum_values: h.enum_values.clone(),
                    pattern: h.pattern.clone(),
                    hints: h,
                }
            })
            .collect()
    }

    pub fn output_infos(&self) -> Vec<OutputInfo> {
        self.outputs
            .iter()
            .map(|o| OutputInfo {
                name: o.name.clone(),
                description: o.description.clone().unwrap_or_default(),
                sensitive: o.sensitive,
            })
            .collect()
    }
}
