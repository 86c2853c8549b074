//! Any bytes as a module's `variables.tf`: reading it, describing its inputs,
//! emitting defaults and checking an empty file against it never panic.
#![no_main]
use libfuzzer_sys::fuzz_target;
use tfcheck_core::emit::{hcl, schema, TfvarsOptions};
use tfcheck_core::{check, Format, Limits, Module};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let module = Module::from_sources(&[("variables.tf", text.as_ref())]);
    let _ = module.variable_infos();
    let _ = schema::schema(&module);
    let limits = Limits { max_steps: 100_000, ..Limits::default() };
    let r = check(&module, "empty.tfvars", "", Format::Hcl, &limits);
    let _ = hcl::tfvars(&module, &r.values, TfvarsOptions::default());
});
