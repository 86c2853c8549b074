//! End-to-end tests: the built `sockerless-tfcheck` binary, run as CI runs it,
//! on the fixtures in `tests/cli/fixtures/`. Parts that need external tools
//! (`terraform fmt`, the SARIF schema validator) are in `tests/cli/run.sh`.

mod e2e {
    pub mod backend_config;
    pub mod check;
    pub mod ci_formats;
    pub mod docs;
    pub mod formats;
    pub mod harness;
    pub mod lint;
    pub mod schema;
    pub mod tfvars;
}
