//! Reads the embedded ECS module at build time and stores it as a snapshot
//! (`tfcheck_core::Checker::to_snapshot`: the module and its rules' verdicts at
//! the defaults): parsing its 60 KB of HCL and judging
//! every rule at the defaults took most of a check's run time, and the result
//! is the same on every run. `lint` still parses the sources, for their syntax
//! trees.
use std::{env, fs, path::Path};

fn main() {
    let checker = tfcheck_core::Checker::new(tfcheck_ecs::module());
    let out = Path::new(&env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("ecs.snapshot");
    fs::write(&out, checker.to_snapshot()).expect("write the module snapshot");
    // The WebAssembly (WASI) build's stack is fixed when it is linked: enough for
    // the default depth limit in a release build (main.rs, `stack_size`).
    let wasi_stack: usize = 8 << 20;
    println!("cargo:rustc-env=TFCHECK_WASI_STACK={wasi_stack}");
    if env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("wasi") {
        println!("cargo:rustc-link-arg-bins=-zstack-size={wasi_stack}");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
