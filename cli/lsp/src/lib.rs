//! `sockerless-tfcheck lsp`: a Language Server for `.tfvars` and
//! `.tfvars.json` files over stdio, a thin face over the engine `check` uses.
//! Every call into the engine is in `engine.rs`.
#![forbid(unsafe_code)]

mod actions;
mod completion;
mod context;
mod diagnostics;
mod documents;
mod engine;
mod format;
mod lines;
mod modules;
mod navigate;
mod project;
mod server;
mod transport;

pub use server::{Phase, Server};
pub use tfcheck_core::Limits;
pub use transport::{parse, Incoming};

/// Serves one client over stdin and stdout until `exit` or the end of input.
/// Returns the exit code: 0 after `shutdown` then `exit`, else 1.
pub fn run_stdio(limits: Limits) -> i32 {
    let mut server = Server::new(limits);
    let max_body = server.max_body();
    let (tx, rx) = std::sync::mpsc::sync_channel::<Incoming>(16);
    // Reading on its own thread keeps the framing's blocking reads away from the
    // work; the channel ends when stdin does.
    let reader = std::thread::Builder::new()
        .name("tfcheck-lsp-reader".into())
        .spawn(move || {
            let stdin = std::io::stdin();
            let mut input = stdin.lock();
            while let Ok(Some(m)) = transport::read(&mut input, max_body) {
                if tx.send(m).is_err() {
                    break;
                }
            }
        });
    if reader.is_err() {
        eprintln!("sockerless-tfcheck lsp: cannot start the reader thread");
        return 1;
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for m in rx {
        for reply in server.handle(m) {
            if transport::write(&mut out, &reply).is_err() {
                // The client is gone.
                return 1;
            }
        }
        if let Phase::Exited(code) = server.phase {
            return code;
        }
    }
    // Input ended without `exit`.
    1
}

/// `textDocument/formatting`'s text for a `.tfvars` file: `Some(None)` when it
/// is formatted already, `None` when the server offers no formatting for it.
pub fn format_tfvars(text: &str, limits: &Limits) -> Option<Option<String>> {
    format::document(text, limits)
}
