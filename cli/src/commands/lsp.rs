//! `lsp`: the language server (crate `tfcheck-lsp`, in cli/lsp/) on stdin and
//! stdout. Exit code 0 after the client's `shutdown` and `exit`, else 1.

use crate::args::LspArgs;
use crate::{Fatal, Outcome};

pub fn run(a: LspArgs) -> Result<Outcome, Fatal> {
    let _ = a.stdio;
    Ok(match tfcheck_lsp::run_stdio(a.limits.limits()) {
        0 => Outcome::Clean,
        _ => Outcome::Failed,
    })
}
