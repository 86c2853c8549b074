//! `lint [MODULE_DIR]`: the project's policies on a module's own sources.
//!
//! - every variable has a description (`LINT001`) and a type (`LINT002`);
//! - every output has a description (`LINT003`);
//! - every taggable resource gets the standard tags (`LINT004`, see [`tags`]);
//! - every IAM policy statement's resources are the module's own, with `"*"`
//!   only for actions AWS cannot scope (`LINT005`, see [`iam`]).
//!
//! The policies are the product's (`tfcheck_ecs::lint`); their findings are
//! the engine's [`Diagnostic`](tfcheck_core::Diagnostic)s, rendered like
//! `check`'s. Without a directory, `lint` reads `terraform/modules/ecs` when the
//! current directory has one, else the module embedded in the binary.

use crate::args::LintArgs;
use crate::render::human::Colors;
use crate::render::{self, FileReport, Options, Report};
use crate::{module_dir, output, Fatal, Outcome};
use tfcheck_ecs::lint::lint;

pub fn run(a: LintArgs, colors: Colors) -> Result<Outcome, Fatal> {
    let dir = a.dir.clone().or_else(module_dir::default_dir);
    let loaded =
        module_dir::load_with_syntax(dir.as_deref(), colors.err, module_dir::DEFAULT_MAX_BYTES)?;
    let findings = lint(loaded.module());
    let files = loaded
        .module()
        .files
        .iter()
        .enumerate()
        .map(|(i, f)| FileReport {
            path: loaded.file_path(&f.name),
            text: f.text.to_string(),
            diagnostics: findings
                .iter()
                .filter(|(file, _)| *file == i)
                .map(|(_, d)| d.clone())
                .collect(),
        })
        .collect();
    let report = Report { files };
    let opts = Options {
        color: colors.out,
        module_dir: Some(loaded.dir.clone()),
        quiet: a.quiet,
    };
    output::print(&render::render(a.format, &report, &opts));
    Ok(report.outcome(false))
}
