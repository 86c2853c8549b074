//! The core of `sockerless-tfcheck`: reads a Terraform module's inputs and rules
//! from its `.tf` sources and checks tfvars against them exactly as Terraform does.
pub mod eval;
pub mod value;
