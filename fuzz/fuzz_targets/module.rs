//! Any bytes as a module's `variables.tf` and, after a line `%%`, a tfvars file
//! checked against it: reading the module, describing its inputs, its schema,
//! and checking the file never panic or hang; diagnostics are well-formed; a
//! file judged valid reads back the same from its values written out.
#![no_main]
mod common;

use libfuzzer_sys::fuzz_target;
use tfcheck_core::emit::schema;
use tfcheck_core::{Checker, Format, Module};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (module_text, tfvars) = match text.find("\n%%\n") {
        Some(i) => (&text[..i], &text[i + 4..]),
        None => (text.as_ref(), ""),
    };
    let module = Module::from_sources(&[("variables.tf", module_text)]);
    let infos = module.variable_infos();
    serde_json::to_string(&infos).expect("variable infos serialise");
    let s = schema::schema(&module);
    serde_json::to_string(&s).expect("the schema serialises");
    for d in &module.diagnostics {
        if let Some(rule) = &d.rule {
            assert_eq!(rule.file, "variables.tf");
            assert!(rule.range.end.byte <= module_text.len(), "{d:?}");
        }
    }
    common::check_sound(&Checker::new(module), "fuzz.tfvars", tfvars, Format::Hcl);
});
