//! The core of `sockerless-tfcheck`: reads a Terraform module's inputs and rules
//! from its `.tf` sources and checks tfvars files against them exactly as
//! Terraform does, without I/O, so it runs the same natively and in WebAssembly.
//!
//! ```
//! use tfcheck_core::{check, Format, Limits, Module};
//!
//! let module = Module::ecs();
//! let result = check(&module, "prod.tfvars", "az_count = 9\n", Format::Hcl, &Limits::default());
//! assert!(!result.valid());
//! let error = result.diagnostics.iter().find(|d| d.is_error()).unwrap();
//! assert_eq!(error.code.id(), "TF006");
//! assert_eq!(error.message, "az_count is 9: use a whole number from 1 to 6.");
//! ```

pub mod biguint;
pub mod check;
pub mod diagnostic;
pub mod emit;
pub mod eval;
mod graphemes;
pub mod module;
pub mod rules;
mod small;
pub mod source;
pub mod syntax;
pub mod tfvars;
pub mod value;
/// The npm package's API (WebAssembly with the `npm` feature).
#[cfg(all(target_arch = "wasm32", feature = "npm"))]
pub mod wasm;

pub use check::{check, check_values, eval_locals, CheckResult, Limits};
pub use diagnostic::{Code, Diagnostic, Severity};
pub use module::Module;
pub use tfvars::Format;
