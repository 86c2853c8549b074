//! Any bytes as a `.tfvars` file checked against the ECS module: never a panic,
//! a hang or unbounded memory, and a file judged valid really has no errors.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use tfcheck_core::{check, Format, Limits, Module};

static MODULE: OnceLock<Module> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let module = MODULE.get_or_init(Module::ecs);
    let text = String::from_utf8_lossy(data);
    let r = check(module, "fuzz.tfvars", &text, Format::Hcl, &Limits::default());
    assert_eq!(r.valid(), r.errors() == 0);
    for d in &r.diagnostics {
        if let Some(range) = d.range {
            assert!(range.start.byte <= range.end.byte && range.end.byte <= text.len());
        }
    }
});
