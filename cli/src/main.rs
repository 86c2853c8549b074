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

/// Stack for everything but nesting: reading the module, rendering.
const STACK_BASE: usize = if cfg!(debug_assertions) {
    16 << 20
} else {
    2 << 20
};

/// Stack per level of nesting the depth limit allows. The parser, evaluator and
/// conversions recurse once per level: at most about 17 KB a level in a debug
/// build, and under 3 KB in release (768 KB ran the deepest case, 255 levels
/// of parentheses, to the default limit); this leaves a wide margin.
pub const STACK_PER_LEVEL: usize = if cfg!(debug_assertions) {
    48 << 10
} else {
    16 << 10
};

/// The stack a thread needs to read and check input nested `max_depth` deep.
pub fn stack_size(max_depth: usize) -> usize {
    STACK_BASE.saturating_add(max_depth.saturating_mul(STACK_PER_LEVEL))
}

/// Whether the main thread's stack may grow to `needed` bytes: its limit is
/// RLIMIT_STACK (`ulimit -s`, 8 MiB by default), which in a release build fits
/// the default depth limit (6 MiB).
#[cfg(unix)]
#[allow(unsafe_code)] // getrlimit, the one call of C in the workspace
fn main_stack_fits(needed: usize) -> bool {
    let mut lim = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit only writes the struct it is given.
    if unsafe { libc::getrlimit(libc::RLIMIT_STACK, &mut lim) } != 0 {
        return false;
    }
    lim.rlim_cur == libc::RLIM_INFINITY || u128::from(lim.rlim_cur) >= needed as u128
}

/// In WebAssembly (WASI) there is one thread, whose stack size build.rs set at
/// link time; deeper limits end the run with exit 2 (no thread to start).
#[cfg(target_os = "wasi")]
fn main_stack_fits(needed: usize) -> bool {
    env!("TFCHECK_WASI_STACK")
        .parse::<usize>()
        .is_ok_and(|have| needed <= have)
}

#[cfg(not(any(unix, target_os = "wasi")))]
fn main_stack_fits(_needed: usize) -> bool {
    false
}

/// Relative paths in WASI resolve against the preopened directories: the
/// JavaScript launcher (core/npm/cli.js) preopens `/` and passes the directory
/// it was started in as `PWD`, which becomes the current directory here.
#[cfg(target_os = "wasi")]
fn enter_working_directory() {
    if let Some(pwd) = std::env::var_os("PWD") {
        let _ = std::env::set_current_dir(pwd);
    }
}

fn main() -> ExitCode {
    #[cfg(target_os = "wasi")]
    enter_working_directory();
    let cli = Cli::parse();
    let cli_depth = cli.command.max_depth();
    let stack = stack_size(cli_depth);
    // Input nested as deep as --max-depth allows is read, never a stack
    // overflow: here when the main thread's stack fits (most runs: no thread to
    // start, and with glibc no second malloc arena that grows a page at a
    // time, about a tenth of a one-file check), else on a thread whose stack does.
    if main_stack_fits(stack) {
        // A bug's panic ends the run with exit 2 here too, as on a thread.
        return std::panic::catch_unwind(std::panic::AssertUnwindSafe(move || run(cli)))
            .unwrap_or_else(|_| internal_error());
    }
    let worker = std::thread::Builder::new()
        .name("sockerless-tfcheck".into())
        .stack_size(stack)
        .spawn(move || run(cli));
    match worker.map(|w| w.join()) {
        Ok(Ok(code)) => code,
        Ok(Err(_)) => internal_error(),
        #[cfg(target_os = "wasi")]
        Err(_) => {
            output::eprint(&format!(
                "error: --max-depth {} needs a {stack}-byte stack, more than this WebAssembly build has ({}); use the native CLI for deeper input\n",
                cli_depth,
                env!("TFCHECK_WASI_STACK")
            ));
            ExitCode::from(2)
        }
        #[cfg(not(target_os = "wasi"))]
        Err(e) => {
            output::eprint(&format!(
                "error: cannot start a thread with a {stack}-byte stack for --max-depth: {e}\n"
            ));
            ExitCode::from(2)
        }
    }
}

/// A panic (a bug) stopped the work: exit 2, after the panic's own message.
fn internal_error() -> ExitCode {
    output::eprint("error: internal error: the check stopped; please report this with the input\n");
    ExitCode::from(2)
}

fn run(cli: Cli) -> ExitCode {
    let color = render::human::Colors::detect(cli.color);
    let result = match cli.command {
        Command::Check(a) => commands::check::run(a, color),
        Command::Tfvars(a) => commands::tfvars::run(a, color),
        Command::Schema(a) => commands::schema::run(a, color),
        Command::BackendConfig(a) => commands::backend_config::run(a, color),
        Command::Lint(a) => commands::lint::run(a, color),
        Command::Docs(a) => commands::docs::run(a, color),
        Command::Lsp(a) => commands::lsp::run(a),
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
