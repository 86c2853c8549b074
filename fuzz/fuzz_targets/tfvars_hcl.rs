//! Any bytes as a `.tfvars` file checked against the ECS module: never a panic,
//! a hang or unbounded memory; every diagnostic well-formed and serialisable; a
//! limit never makes a file valid; and a file judged valid, written out again
//! from its values (HCL and JSON), reads back as the same values, still valid.
#![no_main]
mod common;

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use tfcheck_core::{Format, Module};

static MODULE: OnceLock<Module> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let module = MODULE.get_or_init(Module::ecs);
    let text = String::from_utf8_lossy(data);
    common::check_sound(module, "fuzz.tfvars", &text, Format::Hcl);
});
