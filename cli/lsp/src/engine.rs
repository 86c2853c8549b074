//! Every call into the checking engine, in one place: the server's other files
//! see only what this file gives them, so pointing the server at a changed
//! engine API touches this file alone.

use std::path::Path;
pub use tfcheck_core::diagnostic::RuleLocation;
pub use tfcheck_core::module::{Variable, VariableInfo};
use tfcheck_core::tfvars::{self, SpanTree};
pub use tfcheck_core::value::{Type, Value};
use tfcheck_core::Checker;
pub use tfcheck_core::{Code, Diagnostic, Format, Limits, Module, Severity};

/// A module's checker (the embedded module's has the ECS product's rules),
/// with where its files are on disk (when they are).
pub struct LoadedModule {
    checker: Checker<'static>,
    /// The directory holding its `.tf` files, for locations a client can open.
    pub dir: Option<std::path::PathBuf>,
    /// Shown in messages: the directory, or "the embedded ECS module".
    pub label: String,
}

impl LoadedModule {
    pub fn module(&self) -> &Module {
        self.checker.module()
    }

    /// What `check` reports for one file.
    pub fn check(
        &self,
        name: &str,
        text: &str,
        format: Format,
        limits: &Limits,
    ) -> Vec<Diagnostic> {
        self.checker.check(name, text, format, limits).diagnostics
    }
}

/// The module this tool ships with, the one `check` uses without `--module`.
pub fn embedded() -> LoadedModule {
    LoadedModule {
        checker: tfcheck_ecs::checker(),
        dir: materialise_embedded(),
        label: "the embedded ECS module".into(),
    }
}

/// The embedded module's files written once to a cache directory, so that a
/// diagnostic's related location and go-to-definition open a real file.
fn materialise_embedded() -> Option<std::path::PathBuf> {
    let dir = std::env::temp_dir().join(format!(
        "sockerless-tfcheck-{}-ecs-module",
        env!("CARGO_PKG_VERSION")
    ));
    std::fs::create_dir_all(&dir).ok()?;
    for (name, text) in tfcheck_ecs::sources() {
        let p = dir.join(name);
        if std::fs::read_to_string(&p).ok().as_deref() != Some(*text) {
            std::fs::write(&p, text).ok()?;
        }
    }
    Some(dir)
}

/// The `.tf` files of a directory, read within `max_bytes` in all, as the CLI's
/// `--module DIR` reads them. `Ok(None)`: the directory has no `.tf` files.
pub fn read_module_dir(dir: &Path, max_bytes: usize) -> Result<Option<LoadedModule>, String> {
    // A directory that is not there (a file not saved yet) or cannot be
    // listed holds no module.
    let Ok(rd) = std::fs::read_dir(dir) else {
        return Ok(None);
    };
    let mut names: Vec<std::path::PathBuf> = rd
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "tf") && p.is_file())
        .collect();
    if names.is_empty() {
        return Ok(None);
    }
    names.sort();
    let mut left = max_bytes;
    let mut sources = Vec::with_capacity(names.len());
    for p in &names {
        let len = std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
        if len > left as u64 {
            return Err(format!(
                "the module in {} is too large (LIM001): its .tf files hold more than {max_bytes} bytes",
                dir.display()
            ));
        }
        let text = std::fs::read_to_string(p)
            .map_err(|e| format!("cannot read module file {}: {e}", p.display()))?;
        left = left.saturating_sub(text.len());
        let name = p.file_name().map(|n| n.to_string_lossy().into_owned());
        sources.push((name.unwrap_or_default(), text));
    }
    Ok(Some(LoadedModule {
        checker: Checker::new(Module::from_sources(&sources)),
        dir: Some(dir.to_path_buf()),
        label: dir.display().to_string(),
    }))
}

/// Limits for a module's own sources: as the CLI's (the tfvars limit, or 8 MiB if more).
pub fn module_max_bytes(limits: &Limits) -> usize {
    limits.max_bytes.max(Limits::default().max_bytes)
}

/// Whether the module can be checked against (no errors in its own sources).
pub fn usable(m: &Module) -> bool {
    m.is_usable()
}

/// The format Terraform reads a file in, by its name.
pub fn format_of(name: &str) -> Format {
    Format::from_path(name)
}

/// One `name = value` of a tfvars file, by byte offsets.
pub struct Assignment {
    pub name: String,
    pub name_span: (usize, usize),
    pub value_span: (usize, usize),
    /// Literal object keys of the value, with their values' spans, recursively.
    pub parts: Parts,
}

/// The spans of the parts of a value written literally.
pub enum Parts {
    Leaf,
    Seq(Vec<((usize, usize), Parts)>),
    Map(Vec<(String, (usize, usize), Parts)>),
}

fn parts(t: &SpanTree) -> Parts {
    match t {
        SpanTree::Leaf(_) => Parts::Leaf,
        SpanTree::Seq(_, items) => {
            Parts::Seq(items.iter().map(|i| (span(i.span()), parts(i))).collect())
        }
        SpanTree::Map(_, items) => Parts::Map(
            items
                .iter()
                .map(|(k, i)| (k.clone(), span(i.span()), parts(i)))
                .collect(),
        ),
    }
}

fn span(s: tfcheck_core::syntax::Span) -> (usize, usize) {
    (s.start, s.end)
}

/// The assignments of a tfvars file, or `None` when it does not parse.
pub fn assignments(text: &str, format: Format, limits: &Limits) -> Option<Vec<Assignment>> {
    if text.len() > limits.max_bytes {
        return None;
    }
    let t = tfvars::read(text, "", format, limits.max_depth).ok()?;
    Some(
        t.assignments
            .into_iter()
            .map(|a| Assignment {
                name: a.name,
                name_span: span(a.name_span),
                value_span: span(a.spans.span()),
                parts: parts(&a.spans),
            })
            .collect(),
    )
}

/// The names and values a tfvars file sets (a value that cannot be read is
/// its error's text), or `None` when it does not parse.
pub fn values(text: &str, format: Format, limits: &Limits) -> Option<Vec<(String, String)>> {
    let t = tfvars::read(text, "", format, limits.max_depth).ok()?;
    Some(
        t.assignments
            .into_iter()
            .map(|a| {
                let v = match a.value {
                    Ok(v) => format!("{v:?}"),
                    Err(e) => format!("error: {}", e.detail),
                };
                (a.name, v)
            })
            .collect(),
    )
}

/// The text of a module file, by its name.
pub fn module_file_text<'m>(m: &'m Module, name: &str) -> Option<&'m str> {
    m.files.iter().find(|f| f.name == name).map(|f| &*f.text)
}

/// Where a variable's `variable "name"` is.
pub fn declaration(m: &Module, name: &str) -> Option<RuleLocation> {
    let v = m.variable(name)?;
    m.location(v.file, v.decl_span)
}

/// The variables in declaration order, as docs and forms show them.
pub fn variable_infos(m: &Module) -> Vec<VariableInfo> {
    m.variable_infos()
}

pub fn variable<'m>(m: &'m Module, name: &str) -> Option<&'m Variable> {
    m.variable(name)
}

/// The error messages of a variable's validation rules, where they are plain text.
pub fn rule_messages(m: &Module, name: &str) -> Vec<String> {
    use tfcheck_core::syntax::ExprKind;
    let Some(v) = m.variable(name) else {
        return Vec::new();
    };
    v.validations
        .iter()
        .filter_map(|r| match &r.error_message.kind {
            ExprKind::Literal(Value::String(s)) => Some(s.clone()),
            _ => None,
        })
        .collect()
}

/// The cross-variable rules (preconditions) that involve a variable: their
/// resources' addresses and the other variables they read.
pub fn joint_rules(m: &Module, name: &str) -> Vec<(String, Vec<String>)> {
    m.checks
        .iter()
        .filter(|c| c.preconditions.iter().any(|r| r.variables.contains(name)))
        .map(|c| {
            let mut others: Vec<String> = c
                .preconditions
                .iter()
                .flat_map(|r| r.variables.iter())
                .filter(|v| *v != name)
                .cloned()
                .collect();
            others.sort();
            others.dedup();
            (c.address.clone(), others)
        })
        .collect()
}

/// A value as Terraform writes it in HCL.
pub fn hcl_literal(v: &Value) -> String {
    tfcheck_core::emit::hcl::literal(v)
}

/// A CIDR block's canonical form, when it is a CIDR block.
pub fn canonical_cidr(s: &str) -> Option<String> {
    tfcheck_ecs::cidr::Cidr::parse(s).map(|c| c.net.to_string())
}

/// A value as JSON text, for `.tfvars.json` files.
pub fn json_literal(v: &Value) -> String {
    serde_json::to_string(v).unwrap_or_else(|_| "null".into())
}

/// What a variable's rules say it allows (a list of values, a range, ...).
pub fn hints(m: &Module, name: &str) -> tfcheck_core::module::Hints {
    tfcheck_core::module::hints::for_variable(m, name)
}
