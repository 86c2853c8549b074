//! Any bytes as `terraform output -json` for `backend-config`.
#![no_main]
use libfuzzer_sys::fuzz_target;
use tfcheck_core::emit::backend::from_outputs;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(c) = from_outputs(&text, 64) {
        let _ = c.to_yaml();
        let _ = c.to_json();
    }
});
