//! Any bytes as a `.tfvars` file checked against the ECS module: never a panic,
//! a hang or unbounded memory; every diagnostic well-formed and serialisable; a
//! limit never makes a file valid; and a file judged valid, written out again
//! from its values (HCL and JSON), reads back as the same values, still valid.
#![no_main]
mod common;

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use tfcheck_core::{Checker, Format};

static CHECKER: OnceLock<Checker<'static>> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let checker = CHECKER.get_or_init(tfcheck_ecs::checker);
    let text = String::from_utf8_lossy(data);
    common::check_sound(checker, "fuzz.tfvars", &text, Format::Hcl);
});
