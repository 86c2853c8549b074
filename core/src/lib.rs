//! The engine of `sockerless-tfcheck`: reads a Terraform module's inputs and
//! rules from its `.tf` sources and checks tfvars files against them exactly as
//! Terraform does, without I/O, so it runs the same natively and in WebAssembly.
//! It knows no particular module: a product (the ECS module's, `tfcheck-ecs`)
//! adds its own rules to a [`Checker`].
//!
//! ```
//! use tfcheck_core::{Checker, Format, Limits, Module};
//!
//! let module = Module::from_sources(&[(
//!     "variables.tf",
//!     r#"variable "az_count" {
//!   type = number
//!   validation {
//!     condition     = var.az_count >= 1 && var.az_count <= 6
//!     error_message = "az_count is ${var.az_count}: use a whole number from 1 to 6."
//!   }
//! }"#,
//! )]);
//! let checker = Checker::new(module);
//! let result = checker.check("prod.tfvars", "az_count = 9\n", Format::Hcl, &Limits::default());
//! assert!(!result.valid());
//! let error = result.diagnostics.iter().find(|d| d.is_error()).unwrap();
//! assert_eq!(error.code.id(), "TF006");
//! assert_eq!(error.message, "az_count is 9: use a whole number from 1 to 6.");
//! ```
#![forbid(unsafe_code)]

pub mod biguint;
pub mod check;
pub mod diagnostic;
pub mod emit;
pub mod eval;
mod graphemes;
pub mod module;
mod small;
pub mod source;
pub mod syntax;
pub mod tfvars;
pub mod value;

pub use check::{
    check, check_values, eval_locals, CheckResult, Checker, Context, ExtraRule, Limits,
};
pub use diagnostic::{Code, Diagnostic, Severity};
pub use module::Module;
pub use tfvars::Format;
