//! `docs [MODULE_DIR]`: the module's inputs and outputs as Markdown tables.
//! `--write README` replaces what lies between the README's
//! `<!-- BEGIN_TF_DOCS -->` and `<!-- END_TF_DOCS -->` markers; `--check README`
//! exits with 1 when that part is not what `docs` prints.

use crate::args::DocsArgs;
use crate::render::human::{self, Colors};
use crate::{input, module_dir, output, Fatal, Outcome};
use std::path::Path;
use tfcheck_core::Module;

pub const BEGIN: &str = "<!-- BEGIN_TF_DOCS -->";
pub const END: &str = "<!-- END_TF_DOCS -->";

pub fn run(a: DocsArgs, colors: Colors) -> Result<Outcome, Fatal> {
    let dir = a.dir.clone().or_else(module_dir::default_dir);
    let loaded = module_dir::load(dir.as_deref(), colors.err)?;
    let tables = markdown(&loaded.module);
    match (&a.write, &a.check) {
        (Some(readme), _) => {
            let (text, updated) = splice(readme, &tables)?;
            if text != updated {
                std::fs::write(readme, updated).map_err(|e| {
                    Fatal::new(format!(
                        "cannot write {}: {}",
                        readme.display(),
                        input::io_reason(&e)
                    ))
                })?;
                output::eprint(&format!("updated the tables in {}\n", readme.display()));
            }
            Ok(Outcome::Clean)
        }
        (None, Some(readme)) => {
            let (text, updated) = splice(readme, &tables)?;
            if text == updated {
                return Ok(Outcome::Clean);
            }
            let (old, new) = (between(&text), between(&updated));
            let line = old
                .lines()
                .zip(new.lines())
                .position(|(a, b)| a != b)
                .unwrap_or_else(|| old.lines().count().min(new.lines().count()));
            let dir_arg = dir
                .as_deref()
                .map_or_else(String::new, |d| format!(" {}", d.display()));
            output::eprint(&format!(
                "{}the tables in {} are stale (first difference at line {} after {BEGIN})\n  expected: {}\n  found:    {}\nhelp: run `sockerless-tfcheck docs{dir_arg} --write {}`\n",
                human::error_prefix(colors.err),
                readme.display(),
                line + 1,
                new.lines().nth(line).unwrap_or("(end of tables)"),
                old.lines().nth(line).unwrap_or("(end of tables)"),
                readme.display()
            ));
            Ok(Outcome::Failed)
        }
        (None, None) => {
            output::print(&tables);
            Ok(Outcome::Clean)
        }
    }
}

/// The README's text, and the same text with the tables between the markers replaced.
fn splice(readme: &Path, tables: &str) -> Result<(String, String), Fatal> {
    let (_, text) = input::read_text(readme)?;
    let start = text
        .find(BEGIN)
        .ok_or_else(|| Fatal::new(format!("{} has no {BEGIN} marker", readme.display())))?;
    let after = start + BEGIN.len();
    let end = text[after..].find(END).map(|i| after + i).ok_or_else(|| {
        Fatal::new(format!(
            "{} has no {END} marker after {BEGIN}",
            readme.display()
        ))
    })?;
    let updated = format!("{}\n{tables}{}", &text[..after], &text[end..]);
    Ok((text, updated))
}

fn between(text: &str) -> &str {
    let start = text.find(BEGIN).map_or(0, |i| i + BEGIN.len());
    let end = text[start..].find(END).map_or(text.len(), |i| start + i);
    text[start..end].trim_start_matches('\n')
}

/// The inputs and outputs tables.
pub fn markdown(m: &Module) -> String {
    let mut s = String::from("## Inputs\n\n| Name | Description | Type | Default | Required |\n| --- | --- | --- | --- | :---: |\n");
    for v in m.variable_infos() {
        let default = match (&v.default_hcl, v.sensitive) {
            (None, _) => "n/a".to_string(),
            (Some(_), true) => "(sensitive)".to_string(),
            (Some(d), false) => code(d),
        };
        s.push_str(&format!(
            "| {} | {} | {} | {} | {} |\n",
            code(&v.name),
            cell(&v.description),
            code(&v.type_expr),
            default,
            if v.required { "yes" } else { "no" }
        ));
    }
    s.push_str("\n## Outputs\n\n| Name | Description |\n| --- | --- |\n");
    for o in m.output_infos() {
        s.push_str(&format!(
            "| {} | {} |\n",
            code(&o.name),
            cell(&o.description)
        ));
    }
    s
}

/// Text in a table cell: pipes escaped, line breaks as `<br>`.
fn cell(s: &str) -> String {
    let s = s.trim().replace('|', "\\|").replace("\r\n", "\n");
    let s = s.replace("\n\n", "<br><br>").replace('\n', " ");
    if s.is_empty() {
        "n/a".into()
    } else {
        s
    }
}

/// Code in a table cell: backticks (doubled when the code has one), pipes escaped.
fn code(s: &str) -> String {
    let s = s.replace('|', "\\|").replace('\n', " ");
    if s.contains('`') {
        format!("`` {s} ``")
    } else {
        format!("`{s}`")
    }
}
