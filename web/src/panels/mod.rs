//! The page's panels: each builds its part of the DOM and keeps it up to date
//! from the shared context (`crate::context`); none knows the page (`app`) or
//! another panel's insides. The domain they show (`state`, `cost`,
//! `subnet_map`, `share`) is plain Rust, tested on the host.

pub mod cost;
pub mod diagnostics;
pub mod fields;
pub mod import;
pub mod preview;
pub mod subnet_map;
