//! Evaluation of HCL expressions with Terraform's semantics.
pub mod functions;
