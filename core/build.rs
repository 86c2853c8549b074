//! Embeds the ECS module's `.tf` files, so the core reads the module's own
//! sources instead of keeping a second copy of its inputs.
//!
//! A WebAssembly build (the npm package, the web page) embeds only the files that
//! declare inputs or input rules (`variable` blocks, `terraform_data`
//! preconditions): its faces check and describe inputs and never lint resources,
//! and every kilobyte of the `.wasm` counts.
use std::{env, fs, path::Path};

fn declares_inputs_or_rules(text: &str) -> bool {
    text.lines().any(|l| {
        let l = l.trim_start();
        l.starts_with("variable \"") || l.starts_with("resource \"terraform_data\"")
    })
}

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../terraform/modules/ecs");
    println!("cargo:rerun-if-changed={}", dir.display());
    let wasm = env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|a| a == "wasm32");
    let mut files: Vec<_> = fs::read_dir(&dir)
        .map(|rd| rd.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "tf"));
    files.sort();
    let mut out = String::from("&[\n");
    for p in &files {
        println!("cargo:rerun-if-changed={}", p.display());
        if wasm && !fs::read_to_string(p).is_ok_and(|t| declares_inputs_or_rules(&t)) {
            continue;
        }
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        out.push_str(&format!(
            "    ({name:?}, include_str!({:?})),\n",
            p.display().to_string()
        ));
    }
    out.push_str("]\n");
    let dest =
        Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("embedded_module.rs");
    fs::write(dest, out).expect("OUT_DIR is writable");
}
