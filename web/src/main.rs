//! The web configurator: a static page that builds a valid tfvars file for the
//! ECS module, calling the core directly in WebAssembly (no server, no network).
//!
//! The domain logic (`state`, `share`, `cost`, `subnet_map`) is plain Rust that
//! builds and is tested on the host; the page (`app` and its components) exists
//! only in WebAssembly.

// On the host only the domain logic is built (for its tests); the page that
// uses all of it exists only in WebAssembly.
#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
mod context;
mod cost;
#[cfg(target_arch = "wasm32")]
mod diagnostics;
#[cfg(target_arch = "wasm32")]
mod dom;
#[cfg(target_arch = "wasm32")]
mod fields;
#[cfg(target_arch = "wasm32")]
mod import;
#[cfg(target_arch = "wasm32")]
mod preview;
mod share;
mod state;
mod subnet_map;

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    println!("tfcheck-web is a web page: build it with scripts/build-web.sh and serve web/dist/ from any static host");
}
