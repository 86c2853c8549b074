//! Any bytes as a `.tfvars.json` file checked against the ECS module, with the
//! same invariants as `tfvars_hcl`.
#![no_main]
mod common;

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use tfcheck_core::{Format, Module};

static MODULE: OnceLock<Module> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let module = MODULE.get_or_init(Module::ecs);
    let text = String::from_utf8_lossy(data);
    common::check_sound(module, "fuzz.tfvars.json", &text, Format::Json);
});
