//! Any bytes as a `.tfvars.json` file checked against the ECS module, with the
//! same invariants as `tfvars_hcl`.
#![no_main]
mod common;

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use tfcheck_core::{Checker, Format};

static CHECKER: OnceLock<Checker<'static>> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let checker = CHECKER.get_or_init(tfcheck_ecs::checker);
    let text = String::from_utf8_lossy(data);
    common::check_sound(checker, "fuzz.tfvars.json", &text, Format::Json);
});
