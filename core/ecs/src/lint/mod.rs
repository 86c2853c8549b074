//! The project's policies on a module's own sources (the CLI's `lint`):
//!
//! - every variable has a description (`LINT001`) and a type (`LINT002`);
//! - every output has a description (`LINT003`);
//! - every taggable resource gets the standard tags (`LINT004`, see [`tags`]);
//! - every IAM policy statement's resources are the module's own, with `"*"`
//!   only for actions AWS cannot scope (`LINT005`, see [`iam`]).
//!
//! They walk the module's syntax trees, so the module must be read from its
//! sources (`Module::from_sources`), not from a snapshot.

mod declarations;
pub mod iam;
mod refs;
pub mod tags;

use tfcheck_core::source::SourceText;
use tfcheck_core::syntax::Span;
use tfcheck_core::{Code, Diagnostic, Module};

/// Every finding, with the index of the module file it is in, in file order.
pub fn lint(m: &Module) -> Vec<(usize, Diagnostic)> {
    let mut out = Vec::new();
    let mut cx = Lint { m, out: &mut out };
    declarations::check(&mut cx);
    tags::check(&mut cx);
    iam::check(&mut cx);
    out.sort_by_key(|(file, d)| (*file, d.range.map(|r| r.start.byte)));
    out
}

/// Collects findings.
pub(crate) struct Lint<'a> {
    pub m: &'a Module,
    out: &'a mut Vec<(usize, Diagnostic)>,
}

impl Lint<'_> {
    /// A finding at `span` of module file `file`.
    pub fn report(&mut self, file: usize, span: Span, code: Code, message: String, help: &str) {
        let Some(f) = self.m.files.get(file) else {
            return;
        };
        let range = SourceText::new(&f.text).range(span);
        let d = Diagnostic::new(code, message).range(Some(range)).help(help);
        self.out.push((file, d));
    }
}
