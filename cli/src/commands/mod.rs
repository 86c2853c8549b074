//! One file per subcommand. Each `run` reads its inputs, calls the core, renders
//! and returns the outcome; a [`crate::Fatal`] is exit code 2.

pub mod backend_config;
pub mod check;
pub mod docs;
pub mod lint;
pub mod lsp;
pub mod schema;
pub mod tfvars;
