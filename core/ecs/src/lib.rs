//! The ECS product: the Terraform module `terraform/modules/ecs`, embedded at
//! build time, with what this project adds to the engine's (`tfcheck-core`)
//! Terraform semantics for it: the AWS and advice rules ([`RULES`]), the CIDR
//! blocks they reason about ([`cidr`]), the ECS backend's configuration from
//! `terraform output -json` ([`backend`]), and the project's policies on a
//! module's own sources ([`lint`]).
//!
//! ```
//! use tfcheck_core::{Format, Limits};
//!
//! let checker = tfcheck_ecs::checker();
//! let result = checker.check("prod.tfvars", "az_count = 9\n", Format::Hcl, &Limits::default());
//! assert!(!result.valid());
//! let error = result.diagnostics.iter().find(|d| d.is_error()).unwrap();
//! assert_eq!(error.code.id(), "TF006");
//! assert_eq!(error.message, "az_count is 9: use a whole number from 1 to 6.");
//! ```
#![forbid(unsafe_code)]

pub mod backend;
pub mod cidr;
pub mod lint;
mod rules;

pub use rules::RULES;
use tfcheck_core::{Checker, Module};

/// The module's sources, embedded at build time (see build.rs).
const EMBEDDED: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/embedded_module.rs"));

/// Where the embedded module's sources come from, relative to the repository's
/// root, for messages.
pub const MODULE_DIR: &str = "terraform/modules/ecs";

/// The embedded module's sources, as (file name, text). A WebAssembly build
/// embeds only the files that declare inputs or input rules (see build.rs).
pub fn sources() -> &'static [(&'static str, &'static str)] {
    EMBEDDED
}

/// The embedded module, read from its sources.
pub fn module() -> Module {
    Module::from_sources(EMBEDDED)
}

/// A checker of the embedded module, with the ECS rules.
pub fn checker() -> Checker<'static> {
    checker_for(module())
}

/// A checker of `module` with the ECS rules: for the embedded module read
/// another way (from a snapshot, or with a smaller nesting limit). Only the
/// embedded module gets them: another module's variables may share our names
/// but not their meaning.
pub fn checker_for(module: Module) -> Checker<'static> {
    Checker::new(module).with_rules(RULES)
}
