//! The configurator as plain data: the form generated from the module (one field
//! per variable, with the widget its type and rules call for), the values being
//! edited, the preview options, and the file last imported. Every verdict, value
//! conversion and output format comes from the core; this module only turns form
//! text into values and back.

use std::collections::{BTreeMap, BTreeSet};
use tfcheck_core::diagnostic::RuleLocation;
use tfcheck_core::emit::{self, TfvarsOptions};
use tfcheck_core::eval::{Env, Evaluator};
use tfcheck_core::module::VariableInfo;
use tfcheck_core::syntax::parse_expr;
use tfcheck_core::value::{Type, Value};
use tfcheck_core::{Checker, Code, Diagnostic, Format, Limits, Module};

/// How a variable is edited, chosen from its type and its rules.
#[derive(Clone, Debug, PartialEq)]
pub enum Widget {
    Text,
    Number,
    Toggle,
    /// One of the values a validation rule allows.
    Select(Vec<Value>),
    /// A list (or set) of strings or numbers: one input per element.
    List,
    /// A map of strings or numbers: one key/value row per entry.
    Map,
    /// Any other type: the value as an HCL expression.
    Expr,
}

impl Widget {
    fn for_variable(info: &VariableInfo, ty: &Type) -> Widget {
        let scalar = |t: &Type| matches!(t, Type::String | Type::Number);
        match ty {
            Type::Bool => Widget::Toggle,
            t if scalar(t) && info.enum_values.as_ref().is_some_and(|e| !e.is_empty()) => {
                Widget::Select(info.enum_values.clone().unwrap_or_default())
            }
            Type::Number => Widget::Number,
            Type::String => Widget::Text,
            Type::List(e) | Type::Set(e) if scalar(e) => Widget::List,
            Type::Map(e) if scalar(e) => Widget::Map,
            _ => Widget::Expr,
        }
    }
}

/// One input of the module, as the form shows it.
#[derive(Clone, Debug)]
pub struct Field {
    pub info: VariableInfo,
    pub widget: Widget,
}

impl Field {
    pub fn name(&self) -> &str {
        &self.info.name
    }

    /// Whether an empty text box means null: for variables whose default is null.
    pub fn empty_is_null(&self) -> bool {
        self.info.default.as_ref().is_some_and(Value::is_null)
    }

    /// The input holding the variable's default (empty for a required variable).
    pub fn default_input(&self) -> Input {
        match &self.info.default {
            Some(v) => Input::from_value(self, v),
            None => match self.widget {
                Widget::Toggle => Input::Toggle(false),
                Widget::List => Input::List(Vec::new()),
                Widget::Map => Input::Map(Vec::new()),
                _ => Input::Text(String::new()),
            },
        }
    }
}

/// The core's limits on hostile input, but nesting at most 128 deep (the CLI
/// allows 256): WebAssembly runs on the browser's JavaScript stack (about 1 MB in
/// Chromium), which a few hundred nested operators in a pasted file would exhaust.
pub fn limits() -> Limits {
    Limits {
        max_depth: 128,
        ..Limits::default()
    }
}

/// The form of a module: its fields in declaration order, and which variables
/// each of its rules involves (to mark every field a cross-variable error is about).
pub struct Form {
    /// The module with its checker (the ECS rules for the bundled module).
    pub checker: Checker<'static>,
    pub fields: Vec<Field>,
    pub limits: Limits,
    rules: Vec<(RuleLocation, BTreeSet<String>)>,
}

impl Form {
    pub fn new(checker: Checker<'static>) -> Form {
        let module = checker.module();
        let fields = module
            .variable_infos()
            .into_iter()
            .filter_map(|info| {
                let widget = Widget::for_variable(&info, &module.variable(&info.name)?.ty);
                Some(Field { info, widget })
            })
            .collect();
        let rules = module.rule_variables();
        Form {
            checker,
            fields,
            limits: limits(),
            rules,
        }
    }

    /// The bundled ECS module's form.
    pub fn ecs() -> Form {
        Form::new(tfcheck_ecs::checker())
    }

    pub fn module(&self) -> &Module {
        self.checker.module()
    }

    pub fn field(&self, name: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.name() == name)
    }

    /// The fields by area, in the order the module declares them.
    pub fn groups(&self) -> Vec<(String, Vec<&Field>)> {
        let mut out: Vec<(String, Vec<&Field>)> = Vec::new();
        for f in &self.fields {
            let g = f.info.group.clone().unwrap_or_else(|| "Other".into());
            match out.iter_mut().find(|(name, _)| *name == g) {
                Some((_, fs)) => fs.push(f),
                None => out.push((g, vec![f])),
            }
        }
        out
    }

    /// The variables a diagnostic is about: its own, and for a rule involving
    /// several variables, all of them.
    pub fn involved(&self, d: &Diagnostic) -> BTreeSet<String> {
        let mut out: BTreeSet<String> = d.variable.iter().cloned().collect();
        if matches!(d.code, Code::PreconditionFailed | Code::RuleError) {
            if let Some(rule) = &d.rule {
                if let Some((_, vars)) = self.rules.iter().find(|(loc, _)| loc == rule) {
                    out.extend(vars.iter().filter(|v| self.field(v).is_some()).cloned());
                }
            }
        }
        out
    }

    /// Diagnostics in the order of the fields they name (each field's in the
    /// order given), then those naming no field.
    fn in_field_order(&self, mut ds: Vec<Diagnostic>) -> Vec<Diagnostic> {
        let mut out = Vec::with_capacity(ds.len());
        for f in &self.fields {
            let (mine, rest): (Vec<Diagnostic>, Vec<Diagnostic>) = ds
                .into_iter()
                .partition(|d| d.variable.as_deref() == Some(f.name()));
            out.extend(mine);
            ds = rest;
        }
        out.extend(ds);
        out
    }
}

/// What a field holds while it is edited: text as typed (for text, number,
/// select and expression widgets), a toggle, list items, or map rows.
#[derive(Clone, Debug, PartialEq)]
pub enum Input {
    Text(String),
    Toggle(bool),
    List(Vec<String>),
    Map(Vec<(String, String)>),
}

impl Input {
    /// The input showing `v` in `field`'s widget.
    pub fn from_value(field: &Field, v: &Value) -> Input {
        match field.widget {
            Widget::Toggle => Input::Toggle(v.as_bool().unwrap_or(false)),
            Widget::List => Input::List(
                v.elements()
                    .map(|es| es.iter().map(scalar_text).collect())
                    .unwrap_or_default(),
            ),
            Widget::Map => Input::Map(
                v.entries()
                    .map(|m| m.iter().map(|(k, v)| (k.clone(), scalar_text(v))).collect())
                    .unwrap_or_default(),
            ),
            Widget::Expr if v.is_null() && field.empty_is_null() => Input::Text(String::new()),
            Widget::Expr => Input::Text(emit::hcl::literal(v)),
            _ => Input::Text(scalar_text(v)),
        }
    }

    /// The value to give the core for this input: `None` when the variable is
    /// left unset, an error diagnostic when the text cannot be read at all.
    /// Strings go to the core as typed, so that it converts them to numbers
    /// (or fails to) exactly as Terraform does.
    pub fn to_value(
        &self,
        field: &Field,
        limits: &Limits,
    ) -> Result<Option<Value>, Box<Diagnostic>> {
        let name = field.name();
        Ok(Some(match self {
            Input::Toggle(b) => Value::Bool(*b),
            Input::List(items) => {
                Value::Tuple(items.iter().map(|s| Value::string(s.as_str())).collect())
            }
            Input::Map(rows) => Value::Object(
                rows.iter()
                    .map(|(k, v)| (k.clone(), Value::string(v.as_str())))
                    .collect(),
            ),
            Input::Text(t) if t.is_empty() && field.info.required => return Ok(None),
            Input::Text(t) if t.is_empty() && field.empty_is_null() => Value::null(),
            Input::Text(t) if field.widget == Widget::Expr => {
                let expr = parse_expr(t, limits.max_depth).map_err(|e| {
                    Box::new(
                        Diagnostic::new(Code::Syntax, e.detail)
                            .summary(e.summary)
                            .variable(name),
                    )
                })?;
                Evaluator::new(Env::constant())
                    .eval(&expr, None)
                    .map_err(|e| {
                        Box::new(
                            Diagnostic::new(Code::InvalidExpression, e.detail)
                                .summary(e.summary)
                                .variable(name),
                        )
                    })?
            }
            Input::Text(t) => Value::string(t.as_str()),
        }))
    }

    /// Map rows whose key an earlier row already has (Terraform keeps the last).
    pub fn repeated_keys(&self) -> Vec<(usize, String)> {
        let Input::Map(rows) = self else {
            return Vec::new();
        };
        let mut seen = BTreeSet::new();
        rows.iter()
            .enumerate()
            .filter(|(_, (k, _))| !seen.insert(k.as_str()))
            .map(|(i, (k, _))| (i, k.clone()))
            .collect()
    }
}

/// A scalar as a text box shows it.
fn scalar_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Null(_) => String::new(),
        other => emit::hcl::literal(other),
    }
}

/// How the tfvars preview is written.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PreviewOptions {
    pub format: Format,
    pub only_changed: bool,
    pub describe: bool,
}

impl Default for PreviewOptions {
    fn default() -> PreviewOptions {
        PreviewOptions {
            format: Format::Hcl,
            only_changed: false,
            describe: false,
        }
    }
}

impl PreviewOptions {
    /// The options the core's emitters take (descriptions are comments, HCL only).
    pub fn tfvars_options(&self) -> TfvarsOptions {
        TfvarsOptions {
            only_changed: self.only_changed,
            describe: self.describe && self.format == Format::Hcl,
        }
    }

    pub fn file_name(&self) -> &'static str {
        match self.format {
            Format::Hcl => "terraform.tfvars",
            Format::Json => "terraform.tfvars.json",
        }
    }
}

/// A tfvars file read into the form, with what the core found in it.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    pub file: String,
    pub text: String,
    pub diagnostics: Vec<Diagnostic>,
    /// The form's inputs right after the import (to tell whether it was edited since).
    pub inputs: BTreeMap<String, Input>,
}

impl Imported {
    /// The line of the file a diagnostic points at, for showing it beside the message.
    pub fn line(&self, d: &Diagnostic) -> Option<&str> {
        let line = d.range?.start.line;
        self.text.lines().nth(line.checked_sub(1)?)
    }
}

/// Everything the page holds: one value of this type is the page's state.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    pub inputs: BTreeMap<String, Input>,
    pub preview: PreviewOptions,
    pub imported: Option<Imported>,
}

/// The verdict on the form's values, from the core, plus what the form itself
/// could not read; `by_field` indexes `diagnostics` by the variables they involve.
#[derive(Clone, Debug, PartialEq)]
pub struct Checked {
    pub diagnostics: Vec<Diagnostic>,
    /// Every variable's final value (given or default), as the core converted it.
    pub values: BTreeMap<String, Value>,
    pub by_field: BTreeMap<String, Vec<usize>>,
}

impl Checked {
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    pub fn warnings(&self) -> usize {
        self.diagnostics.len() - self.errors()
    }

    pub fn valid(&self) -> bool {
        self.errors() == 0
    }

    /// The diagnostics that involve a field, errors first.
    pub fn for_field(&self, name: &str) -> Vec<&Diagnostic> {
        let ds: Vec<&Diagnostic> = self
            .by_field
            .get(name)
            .map(|is| is.iter().map(|&i| &self.diagnostics[i]).collect())
            .unwrap_or_default();
        let (errors, warnings): (Vec<&Diagnostic>, Vec<&Diagnostic>) =
            ds.into_iter().partition(|d| d.is_error());
        errors.into_iter().chain(warnings).collect()
    }
}

impl Config {
    /// Every field at its default.
    pub fn defaults(form: &Form) -> Config {
        Config {
            inputs: form
                .fields
                .iter()
                .map(|f| (f.name().to_string(), f.default_input()))
                .collect(),
            preview: PreviewOptions::default(),
            imported: None,
        }
    }

    /// Back to the defaults, keeping the preview options.
    pub fn reset(&mut self, form: &Form) {
        *self = Config {
            preview: self.preview,
            ..Config::defaults(form)
        };
    }

    pub fn input(&self, name: &str) -> Option<&Input> {
        self.inputs.get(name)
    }

    pub fn set(&mut self, name: &str, input: Input) {
        self.inputs.insert(name.to_string(), input);
    }

    /// The inputs that differ from their field's default, in declaration order.
    pub fn changed<'a>(&'a self, form: &'a Form) -> Vec<(&'a Field, &'a Input)> {
        form.fields
            .iter()
            .filter_map(|f| self.inputs.get(f.name()).map(|i| (f, i)))
            .filter(|(f, i)| **i != f.default_input())
            .collect()
    }

    /// Checks the whole configuration with the core, as `sockerless-tfcheck`
    /// would check the same values.
    pub fn check(&self, form: &Form) -> Checked {
        let mut given = BTreeMap::new();
        let mut diagnostics = Vec::new();
        for f in &form.fields {
            let Some(input) = self.inputs.get(f.name()) else {
                continue;
            };
            match input.to_value(f, &form.limits) {
                Ok(Some(v)) => {
                    given.insert(f.name().to_string(), v);
                }
                Ok(None) => {}
                Err(d) => diagnostics.push(*d),
            }
            for (_, key) in input.repeated_keys() {
                diagnostics.push(
                    Diagnostic::new(Code::DuplicateKey, format!("The key {key:?} is set twice in this map; Terraform keeps the last value."))
                        .summary("Repeated map key")
                        .variable(f.name()),
                );
            }
        }
        let result = form.checker.check_values(&given, &form.limits);
        diagnostics.extend(result.diagnostics);
        let diagnostics = form.in_field_order(diagnostics);
        let mut by_field: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (i, d) in diagnostics.iter().enumerate() {
            for v in form.involved(d) {
                by_field.entry(v).or_default().push(i);
            }
        }
        Checked {
            diagnostics,
            values: result.values,
            by_field,
        }
    }

    /// The tfvars file for the checked values, written by the core's emitter (the
    /// same function `sockerless-tfcheck tfvars` calls).
    pub fn tfvars(&self, form: &Form, checked: &Checked) -> String {
        let opts = self.preview.tfvars_options();
        match self.preview.format {
            Format::Hcl => emit::hcl::tfvars(form.module(), &checked.values, opts),
            Format::Json => emit::json::tfvars(form.module(), &checked.values, opts),
        }
    }

    /// Reads a tfvars file into the form: the variables it sets take its values,
    /// all others their defaults. The file's diagnostics (with line numbers) are
    /// kept beside the form.
    pub fn import(&mut self, form: &Form, file: &str, text: &str) {
        let file = file_name_for(file, text);
        let result = form
            .checker
            .check(&file, text, Format::from_path(&file), &form.limits);
        let mut inputs: BTreeMap<String, Input> = form
            .fields
            .iter()
            .map(|f| (f.name().to_string(), f.default_input()))
            .collect();
        for name in &result.given {
            if let (Some(f), Some(v)) = (form.field(name), result.values.get(name)) {
                inputs.insert(name.clone(), Input::from_value(f, v));
            }
        }
        self.imported = Some(Imported {
            file,
            text: text.to_string(),
            diagnostics: result.diagnostics,
            inputs: inputs.clone(),
        });
        self.inputs = inputs;
    }

    /// Applies an edit of the input named `name` (the contract of the page:
    /// `<var>`, `<var>[i]` for a list element, `<var>[i][key]` or
    /// `<var>[i][value]` for a map entry) to `text`. Unknown names are ignored.
    pub fn edit(&mut self, form: &Form, name: &str, text: &str) {
        let Some(target) = Target::parse(name) else {
            return;
        };
        let Some(field) = form.field(target.variable()) else {
            return;
        };
        let current = self
            .inputs
            .get(field.name())
            .cloned()
            .unwrap_or_else(|| field.default_input());
        let next = match (target, current) {
            (Target::Whole(_), Input::Toggle(_)) => Input::Toggle(text == "true"),
            (Target::Whole(_), _) => Input::Text(text.to_string()),
            (Target::Item(_, i), Input::List(mut items)) if i < items.len() => {
                items[i] = text.to_string();
                Input::List(items)
            }
            (Target::Key(_, i), Input::Map(mut rows)) if i < rows.len() => {
                rows[i].0 = text.to_string();
                Input::Map(rows)
            }
            (Target::Value(_, i), Input::Map(mut rows)) if i < rows.len() => {
                rows[i].1 = text.to_string();
                Input::Map(rows)
            }
            _ => return,
        };
        self.set(field.name(), next);
    }

    /// Adds an empty element or entry at the end of a list or map; returns its index.
    pub fn add_row(&mut self, form: &Form, name: &str) -> Option<usize> {
        let field = form.field(name)?;
        let mut input = self
            .inputs
            .get(name)
            .cloned()
            .unwrap_or_else(|| field.default_input());
        let index = match &mut input {
            Input::List(items) => {
                items.push(String::new());
                items.len() - 1
            }
            Input::Map(rows) => {
                rows.push((String::new(), String::new()));
                rows.len() - 1
            }
            _ => return None,
        };
        self.set(name, input);
        Some(index)
    }

    /// Removes element or entry `index` of a list or map; returns how many are left.
    pub fn remove_row(&mut self, name: &str, index: usize) -> Option<usize> {
        let left = match self.inputs.get_mut(name)? {
            Input::List(items) if index < items.len() => {
                items.remove(index);
                items.len()
            }
            Input::Map(rows) if index < rows.len() => {
                rows.remove(index);
                rows.len()
            }
            _ => return None,
        };
        Some(left)
    }

    /// Whether the form still holds exactly what the last import put in it.
    pub fn is_as_imported(&self) -> bool {
        self.imported
            .as_ref()
            .is_some_and(|i| i.inputs == self.inputs)
    }
}

/// What an input's `name` designates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target<'a> {
    Whole(&'a str),
    Item(&'a str, usize),
    Key(&'a str, usize),
    Value(&'a str, usize),
}

impl<'a> Target<'a> {
    /// Reads `var`, `var[i]`, `var[i][key]` or `var[i][value]`.
    pub fn parse(name: &'a str) -> Option<Target<'a>> {
        let Some((var, rest)) = name.split_once('[') else {
            return Some(Target::Whole(name));
        };
        let (index, rest) = rest.split_once(']')?;
        let index: usize = index.parse().ok()?;
        match rest {
            "" => Some(Target::Item(var, index)),
            "[key]" => Some(Target::Key(var, index)),
            "[value]" => Some(Target::Value(var, index)),
            _ => None,
        }
    }

    pub fn variable(&self) -> &'a str {
        match *self {
            Target::Whole(v) | Target::Item(v, _) | Target::Key(v, _) | Target::Value(v, _) => v,
        }
    }
}

/// The name to check a file under: its own, or for pasted text one whose
/// extension says whether it is JSON (as Terraform decides by the name).
fn file_name_for(file: &str, text: &str) -> String {
    if !file.is_empty() {
        return file.to_string();
    }
    if text.trim_start().starts_with('{') {
        "pasted.tfvars.json".into()
    } else {
        "pasted.tfvars".into()
    }
}

/// The ECS module's form, built once for every test of the page's state.
#[cfg(test)]
pub(crate) fn test_form() -> &'static Form {
    static FORM: std::sync::OnceLock<Form> = std::sync::OnceLock::new();
    FORM.get_or_init(Form::ecs)
}

#[cfg(test)]
mod tests {
    use super::test_form as form;
    use super::*;

    #[test]
    fn widgets_follow_types_and_rules() {
        let f = form();
        let w = |n: &str| f.field(n).unwrap().widget.clone();
        assert_eq!(w("vpc_cidr"), Widget::Text);
        assert_eq!(w("az_count"), Widget::Number);
        assert_eq!(w("efs_encrypted"), Widget::Toggle);
        assert!(matches!(w("efs_performance_mode"), Widget::Select(v) if v.len() == 2));
        assert!(matches!(w("log_retention_days"), Widget::Select(v) if v.len() == 23));
        assert_eq!(w("availability_zones"), Widget::List);
        assert_eq!(w("tags"), Widget::Map);
    }

    #[test]
    fn groups_are_the_module_banners_in_order() {
        let names: Vec<String> = form().groups().into_iter().map(|(g, _)| g).collect();
        assert_eq!(
            names,
            [
                "Network",
                "Cluster",
                "Storage",
                "Logs",
                "Discovery",
                "Security",
                "Registry",
                "Tags"
            ]
        );
    }

    #[test]
    fn defaults_are_valid_and_preview_matches_the_emitter() {
        let f = form();
        let c = Config::defaults(f);
        let checked = c.check(f);
        assert!(checked.valid(), "{:?}", checked.diagnostics);
        assert!(c.changed(f).is_empty());
        let expected = emit::hcl::tfvars(
            f.module(),
            &f.checker.check_values(&BTreeMap::new(), &f.limits).values,
            TfvarsOptions::default(),
        );
        assert_eq!(c.tfvars(f, &checked), expected);
    }

    #[test]
    fn a_host_address_gets_the_module_message_on_its_field() {
        let f = form();
        let mut c = Config::defaults(f);
        c.set("vpc_cidr", Input::Text("10.0.0.1/16".into()));
        let checked = c.check(f);
        let ds = checked.for_field("vpc_cidr");
        assert!(
            ds.iter().any(|d| d.code == Code::ValidationFailed
                && d.message.contains("not a canonical IPv4 CIDR block")),
            "{ds:?}"
        );
        assert!(!checked.valid());
    }

    #[test]
    fn cross_variable_errors_mark_every_field_involved() {
        let f = form();
        let mut c = Config::defaults(f);
        c.set("nat_gateway_count", Input::Text("3".into()));
        let checked = c.check(f);
        for field in ["nat_gateway_count", "az_count"] {
            assert!(
                checked
                    .for_field(field)
                    .iter()
                    .any(|d| d.code == Code::PreconditionFailed),
                "{field}: {:?}",
                checked.diagnostics
            );
        }
        c.set("az_count", Input::Text("3".into()));
        assert!(c.check(f).valid());
    }

    #[test]
    fn numbers_are_converted_by_the_core() {
        let f = form();
        let mut c = Config::defaults(f);
        c.set("az_count", Input::Text("three".into()));
        let checked = c.check(f);
        assert!(
            checked
                .for_field("az_count")
                .iter()
                .any(|d| d.code == Code::TypeMismatch),
            "{:?}",
            checked.diagnostics
        );
        c.set("az_count", Input::Text("3".into()));
        assert_eq!(c.check(f).values["az_count"], Value::number(3));
    }

    #[test]
    fn empty_text_is_null_where_the_default_is_null() {
        let f = form();
        let mut c = Config::defaults(f);
        assert_eq!(c.input("log_group_name"), Some(&Input::Text(String::new())));
        c.set("log_group_name", Input::Text("/team/app".into()));
        let checked = c.check(f);
        assert_eq!(checked.values["log_group_name"], Value::string("/team/app"));
        c.set("log_group_name", Input::Text(String::new()));
        assert!(c.check(f).values["log_group_name"].is_null());
    }

    #[test]
    fn lists_and_maps_round_trip() {
        let f = form();
        let mut c = Config::defaults(f);
        c.set(
            "availability_zones",
            Input::List(vec!["eu-west-1a".into(), "eu-west-1b".into()]),
        );
        c.set("tags", Input::Map(vec![("team".into(), "infra".into())]));
        let checked = c.check(f);
        assert!(checked.valid(), "{:?}", checked.diagnostics);
        let zones = &checked.values["availability_zones"];
        assert_eq!(
            Input::from_value(f.field("availability_zones").unwrap(), zones),
            Input::List(vec!["eu-west-1a".into(), "eu-west-1b".into()])
        );
        let text = c.tfvars(f, &checked);
        assert!(
            text.lines().any(|l| l.starts_with("availability_zones ")
                && l.ends_with(" = [\"eu-west-1a\", \"eu-west-1b\"]")),
            "{text}"
        );
        assert!(text.contains("tags = {\n  team = \"infra\"\n}"), "{text}");
    }

    #[test]
    fn repeated_map_keys_are_a_warning() {
        let f = form();
        let mut c = Config::defaults(f);
        c.set(
            "tags",
            Input::Map(vec![("a".into(), "1".into()), ("a".into(), "2".into())]),
        );
        let checked = c.check(f);
        assert!(checked.valid());
        assert_eq!(
            checked
                .diagnostics
                .iter()
                .filter(|d| d.code == Code::DuplicateKey)
                .count(),
            1
        );
        assert!(checked
            .for_field("tags")
            .iter()
            .any(|d| d.code == Code::DuplicateKey));
        assert_eq!(
            checked.values["tags"].entries().unwrap()["a"],
            Value::string("2")
        );
    }

    #[test]
    fn import_fills_the_form_and_keeps_line_numbers() {
        let f = form();
        let mut c = Config::defaults(f);
        c.set("name", Input::Text("other".into()));
        c.import(
            f,
            "prod.tfvars",
            "az_count = 3\nvpc_cidr = \"10.0.0.1/16\"\nname = \"Bad Name\"\n",
        );
        assert_eq!(c.input("az_count"), Some(&Input::Text("3".into())));
        assert_eq!(
            c.input("vpc_cidr"),
            Some(&Input::Text("10.0.0.1/16".into()))
        );
        let imported = c.imported.as_ref().unwrap();
        let lines: Vec<usize> = imported
            .diagnostics
            .iter()
            .filter(|d| d.is_error())
            .filter_map(|d| d.range.map(|r| r.start.line))
            .collect();
        assert!(
            lines.contains(&2) && lines.contains(&3),
            "{:?}",
            imported.diagnostics
        );
        let first = imported
            .diagnostics
            .iter()
            .find(|d| d.range.is_some())
            .unwrap();
        assert_eq!(imported.line(first), Some("vpc_cidr = \"10.0.0.1/16\""));
        assert!(c.is_as_imported());
        c.set("az_count", Input::Text("2".into()));
        assert!(!c.is_as_imported());
    }

    #[test]
    fn nesting_is_limited_for_the_browser_stack() {
        let f = form();
        let mut c = Config::defaults(f);
        let deep = |n: usize| format!("name = {}\"x\"{}\n", "(".repeat(n), ")".repeat(n));
        c.import(f, "ok.tfvars", &deep(100));
        assert_eq!(c.input("name"), Some(&Input::Text("x".into())));
        c.import(f, "deep.tfvars", &deep(200));
        let ds = &c.imported.as_ref().unwrap().diagnostics;
        assert_eq!(
            ds.iter().map(|d| d.code).collect::<Vec<_>>(),
            [Code::NestingTooDeep]
        );
    }

    #[test]
    fn pasted_json_is_read_as_json() {
        let f = form();
        let mut c = Config::defaults(f);
        c.import(f, "", "{\"az_count\": 3, \"nat_gateway_count\": 3}");
        assert_eq!(c.imported.as_ref().unwrap().file, "pasted.tfvars.json");
        assert_eq!(c.input("nat_gateway_count"), Some(&Input::Text("3".into())));
        assert!(c.check(f).valid());
    }

    #[test]
    fn input_names_route_edits() {
        assert_eq!(Target::parse("vpc_cidr"), Some(Target::Whole("vpc_cidr")));
        assert_eq!(Target::parse("zones[2]"), Some(Target::Item("zones", 2)));
        assert_eq!(Target::parse("tags[0][key]"), Some(Target::Key("tags", 0)));
        assert_eq!(
            Target::parse("tags[10][value]"),
            Some(Target::Value("tags", 10))
        );
        assert_eq!(Target::parse("tags[x]"), None);
        assert_eq!(Target::parse("tags[0][other]"), None);
        let f = form();
        let mut c = Config::defaults(f);
        c.edit(f, "vpc_cidr", "10.1.0.0/16");
        c.edit(f, "efs_encrypted", "false");
        assert_eq!(c.add_row(f, "availability_zones"), Some(0));
        c.edit(f, "availability_zones[0]", "eu-west-1a");
        assert_eq!(c.add_row(f, "tags"), Some(0));
        c.edit(f, "tags[0][key]", "team");
        c.edit(f, "tags[0][value]", "infra");
        c.edit(f, "tags[5][value]", "ignored");
        c.edit(f, "no_such_variable", "x");
        assert_eq!(
            c.input("vpc_cidr"),
            Some(&Input::Text("10.1.0.0/16".into()))
        );
        assert_eq!(c.input("efs_encrypted"), Some(&Input::Toggle(false)));
        assert_eq!(
            c.input("availability_zones"),
            Some(&Input::List(vec!["eu-west-1a".into()]))
        );
        assert_eq!(
            c.input("tags"),
            Some(&Input::Map(vec![("team".into(), "infra".into())]))
        );
        assert_eq!(c.remove_row("availability_zones", 0), Some(0));
        assert_eq!(c.remove_row("availability_zones", 0), None);
        assert_eq!(c.add_row(f, "vpc_cidr"), None);
    }

    #[test]
    fn reset_keeps_preview_options() {
        let f = form();
        let mut c = Config::defaults(f);
        c.preview.format = Format::Json;
        c.set("az_count", Input::Text("3".into()));
        c.reset(f);
        assert_eq!(c.preview.format, Format::Json);
        assert!(c.changed(f).is_empty());
    }
}
