//! `sockerless-tfcheck`: the command line over `tfcheck_core`. It parses
//! arguments, reads files, calls the core, and renders what the core returns;
//! every rule, conversion and format lives in the core.
//!
//! Exit codes: 0 no errors (warnings allowed unless `--deny-warnings`), 1 at least
//! one error diagnostic, 2 a usage error or a path or module that cannot be read.

mod args;
mod commands;
mod input;
mod module_dir;
mod output;
mod render;

use args::{Cli, Command};
use clap::Parser;
use std::process::ExitCode;

/// How a run ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// No error diagnostics.
    Clean,
    /// At least one error diagnostic (or a warning under `--deny-warnings`, a
    /// stale README under `docs --check`).
    Failed,
}

/// A problem that stops the run before anything is checked: a path or module
/// that cannot be read, or arguments that make no sense together. Exit code 2.
#[derive(Debug)]
pub struct Fatal(pub String);

impl Fatal {
    pub fn new(msg: impl Into<String>) -> Fatal {
        Fatal(msg.into())
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let color = render::human::Colors::detect(cli.color);
    let result = match cli.command {
        Command::Check(a) => commands::check::run(a, color),
        Command::Tfvars(a) => commands::tfvars::run(a, color),
        Command::Schema(a) => commands::schema::run(a, color),
        Command::BackendConfig(a) => commands::backend_config::run(a, color),
        Command::Lint(a) => commands::lint::run(a, color),
        Command::Docs(a) => commands::docs::run(a, color),
    };
    match result {
        Ok(Outcome::Clean) => ExitCode::SUCCESS,
        Ok(Outcome::Failed) => ExitCode::from(1),
        Err(Fatal(msg)) => {
            output::eprint(&format!(
                "{}{}\n",
                render::human::error_prefix(color.err),
                msg.trim_end()
            ));
            ExitCode::from(2)
        }
    }
}
