//! Any bytes as `terraform output -json` for `backend-config`: a configuration
//! (whose JSON form is JSON) or well-formed diagnostics, never a panic.
#![no_main]
mod common;

use libfuzzer_sys::fuzz_target;
use tfcheck_ecs::backend::from_outputs;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    match from_outputs(&text, 64) {
        Ok(c) => {
            let _ = c.to_yaml();
            serde_json::from_str::<serde_json::Value>(&c.to_json()).expect("to_json is JSON");
        }
        Err(diagnostics) => {
            assert!(!diagnostics.is_empty());
            assert!(diagnostics.iter().all(|d| d.is_error()));
            common::diagnostics_are_sound(&text, &diagnostics);
        }
    }
});
