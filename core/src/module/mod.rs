//! A Terraform module read from its `.tf` sources: variables with their types,
//! defaults and validations; outputs; locals; and the preconditions of
//! `terraform_data` resources, which is where cross-variable rules live.

mod groups;
pub mod hints;
mod info;
mod read;
pub mod typeexpr;

use crate::diagnostic::{Diagnostic, RuleLocation};
use crate::source::SourceText;
use crate::syntax::{Body, Expr, Span};
use crate::value::{Type, Value};
pub use hints::Hints;
pub use info::{OutputInfo, VariableInfo};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
pub use typeexpr::TypeDefaults;

/// One `.tf` file of a module.
#[derive(Clone, Debug)]
#[cfg_attr(
    feature = "snapshot",
    derive(borsh::BorshSerialize, borsh::BorshDeserialize)
)]
pub struct ModuleFile {
    pub name: String,
    /// Not in a snapshot: [`Checker::from_snapshot`](crate::Checker::from_snapshot) takes the sources back, and
    /// borrows them (the embedded module's are in the binary: no copy).
    #[cfg_attr(feature = "snapshot", borsh(skip))]
    pub text: std::borrow::Cow<'static, str>,
    /// The parsed file; empty when it did not parse (see [`Module::diagnostics`]),
    /// and in a module read from a snapshot (see [`Checker::from_snapshot`](crate::Checker::from_snapshot)).
    #[cfg_attr(feature = "snapshot", borsh(skip))]
    pub body: Body,
    /// Where each line of `text` starts, for locating diagnostics.
    pub line_starts: Vec<usize>,
}

impl ModuleFile {
    pub fn new(name: &str, text: &str, body: Body) -> ModuleFile {
        ModuleFile {
            name: name.into(),
            text: std::borrow::Cow::Owned(text.into()),
            body,
            line_starts: crate::source::line_starts(text),
        }
    }

    pub fn source(&self) -> SourceText<'_> {
        SourceText::with_line_starts(&self.text, &self.line_starts)
    }
}

/// A `validation` block, or a `precondition` block.
#[derive(Clone, Debug)]
#[cfg_attr(
    feature = "snapshot",
    derive(borsh::BorshSerialize, borsh::BorshDeserialize)
)]
pub struct Rule {
    pub condition: Arc<Expr>,
    pub error_message: Arc<Expr>,
    /// The variables the condition and the message depend on, through locals.
    pub variables: std::collections::BTreeSet<String>,
    /// Index into [`Module::files`].
    pub file: usize,
    /// The whole block.
    pub span: Span,
}

/// An input variable.
#[derive(Clone, Debug)]
#[cfg_attr(
    feature = "snapshot",
    derive(borsh::BorshSerialize, borsh::BorshDeserialize)
)]
pub struct Variable {
    pub name: String,
    /// The declared type constraint (`Type::Dynamic` when there is no `type`).
    pub ty: Type,
    pub type_declared: bool,
    pub type_defaults: Option<TypeDefaults>,
    /// The default, already converted to the type; `None` when the variable is required.
    pub default: Option<Value>,
    pub description: Option<String>,
    pub nullable: bool,
    pub sensitive: bool,
    pub validations: Vec<Rule>,
    /// The area the variable belongs to, from the banner comment above it.
    pub group: Option<String>,
    pub file: usize,
    /// `variable "name"`: what Terraform calls the declaration range.
    pub decl_span: Span,
}

impl Variable {
    pub fn required(&self) -> bool {
        self.default.is_none()
    }
}

/// An output value.
#[derive(Clone, Debug)]
#[cfg_attr(
    feature = "snapshot",
    derive(borsh::BorshSerialize, borsh::BorshDeserialize)
)]
pub struct Output {
    pub name: String,
    pub description: Option<String>,
    pub sensitive: bool,
    pub file: usize,
    pub decl_span: Span,
}

/// A `local` value.
#[derive(Clone, Debug)]
#[cfg_attr(
    feature = "snapshot",
    derive(borsh::BorshSerialize, borsh::BorshDeserialize)
)]
pub struct Local {
    pub expr: Arc<Expr>,
    pub file: usize,
}

/// The preconditions of one `terraform_data` resource. Terraform evaluates them
/// only when every variable they depend on is valid, so they travel together.
#[derive(Clone, Debug)]
#[cfg_attr(
    feature = "snapshot",
    derive(borsh::BorshSerialize, borsh::BorshDeserialize)
)]
pub struct CheckResource {
    /// `terraform_data.NAME`
    pub address: String,
    pub preconditions: Vec<Rule>,
    pub file: usize,
    pub decl_span: Span,
}

/// A module: its files and what was read from them.
#[derive(Clone, Debug, Default)]
#[cfg_attr(
    feature = "snapshot",
    derive(borsh::BorshSerialize, borsh::BorshDeserialize)
)]
pub struct Module {
    pub files: Vec<ModuleFile>,
    pub variables: Vec<Variable>,
    pub outputs: Vec<Output>,
    pub locals: BTreeMap<String, Local>,
    pub checks: Vec<CheckResource>,
    /// Problems in the module's own sources.
    pub diagnostics: Vec<Diagnostic>,
}

impl Module {
    /// Reads a module from its files (name, text). Files that are not `.tf` are
    /// ignored; problems are collected in [`Module::diagnostics`], never fatal.
    pub fn from_sources<N: AsRef<str>, T: AsRef<str>>(sources: &[(N, T)]) -> Module {
        read::read(sources, crate::syntax::DEFAULT_MAX_DEPTH)
    }

    /// As [`Module::from_sources`], with expressions nesting at most `max_depth`
    /// levels deep (a deeper one is a syntax error of its file), for faces whose
    /// stack is smaller than a native thread's.
    pub fn from_sources_with_depth<N: AsRef<str>, T: AsRef<str>>(
        sources: &[(N, T)],
        max_depth: usize,
    ) -> Module {
        read::read(sources, max_depth)
    }

    pub fn variable(&self, name: &str) -> Option<&Variable> {
        self.variables.iter().find(|v| v.name == name)
    }

    /// Whether the module could be read well enough to check files against it.
    pub fn is_usable(&self) -> bool {
        !self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// Where a span of one of the module's files is, for diagnostics.
    pub fn location(&self, file: usize, span: Span) -> Option<RuleLocation> {
        let f = self.files.get(file)?;
        Some(RuleLocation {
            file: f.name.clone(),
            range: f.source().range(span),
        })
    }

    /// Every rule (validations, then preconditions) with its location, as in
    /// [`Diagnostic::rule`], and the variables it depends on, directly or through
    /// locals: a face marks all of them for a rule that involves several.
    pub fn rule_variables(&self) -> Vec<(RuleLocation, BTreeSet<String>)> {
        let validations = self.variables.iter().flat_map(|v| &v.validations);
        let preconditions = self.checks.iter().flat_map(|c| &c.preconditions);
        validations
            .chain(preconditions)
            .filter_map(|r| {
                let loc = self.location(r.file, r.span)?;
                Some((loc, r.variables.clone()))
            })
            .collect()
    }

    /// Terraform's short form of a module location: `variables.tf:3,1-20`.
    pub fn describe(&self, file: usize, span: Span) -> String {
        match self.files.get(file) {
            Some(f) => f.source().describe(&f.name, span),
            None => String::from("<unknown>"),
        }
    }
}
