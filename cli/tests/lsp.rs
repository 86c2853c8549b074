//! Protocol tests of `sockerless-tfcheck lsp`: the built binary driven over
//! stdio with scripted JSON-RPC sessions. The end-to-end test with a real
//! editor (Neovim) is `tests/lsp/run.sh`.

mod lsp {
    pub mod features;
    pub mod modules;
    pub mod protocol;
    pub mod session;
}
