//! `docs [MODULE_DIR]`: the module's inputs and outputs as Markdown tables.
//! `--write README` replaces what lies between the README's
//! `<!-- BEGIN_TF_DOCS -->` and `<!-- END_TF_DOCS -->` markers; `--check README`
//! exits with 1 when that part is not what `docs` prints. `docs --codes`: the
//! table of every diagnostic code, from the engine's list of them
//! (`tfcheck_core::Code::ALL`), between `<!-- BEGIN_TFCHECK_CODES -->` and
//! `<!-- END_TFCHECK_CODES -->` for `--write` and `--check`.

use crate::args::DocsArgs;
use crate::render::human::{self, Colors};
use crate::{input, module_dir, output, Fatal, Outcome};
use std::path::Path;
use tfcheck_core::{Code, Module};

pub const BEGIN: &str = "<!-- BEGIN_TF_DOCS -->";
pub const END: &str = "<!-- END_TF_DOCS -->";
pub const CODES_BEGIN: &str = "<!-- BEGIN_TFCHECK_CODES -->";
pub const CODES_END: &str = "<!-- END_TFCHECK_CODES -->";

/// The markers a part of a README lies between.
type Markers = (&'static str, &'static str);

pub fn run(a: DocsArgs, colors: Colors) -> Result<Outcome, Fatal> {
    let dir = a.dir.clone().or_else(module_dir::default_dir);
    let (tables, markers, again) = if a.codes {
        (
            codes_markdown(),
            (CODES_BEGIN, CODES_END),
            " --codes".to_string(),
        )
    } else {
        let loaded = module_dir::load(dir.as_deref(), colors.err, module_dir::DEFAULT_MAX_BYTES)?;
        let dir_arg = dir
            .as_deref()
            .map_or_else(String::new, |d| format!(" {}", d.display()));
        (markdown(loaded.module()), (BEGIN, END), dir_arg)
    };
    let (begin, _) = markers;
    match (&a.write, &a.check) {
        (Some(readme), _) => {
            let (text, updated) = splice(readme, &tables, markers)?;
            if text != updated {
                std::fs::write(readme, updated).map_err(|e| {
                    Fatal::new(format!(
                        "cannot write {}: {}",
                        readme.display(),
                        output::io_reason(&e)
                    ))
                })?;
                output::eprint(&format!("updated the tables in {}\n", readme.display()));
            }
            Ok(Outcome::Clean)
        }
        (None, Some(readme)) => {
            let (text, updated) = splice(readme, &tables, markers)?;
            if text == updated {
                return Ok(Outcome::Clean);
            }
            let (old, new) = (between(&text, markers), between(&updated, markers));
            let line = old
                .lines()
                .zip(new.lines())
                .position(|(a, b)| a != b)
                .unwrap_or_else(|| old.lines().count().min(new.lines().count()));
            output::eprint(&format!(
                "{}the tables in {} are stale (first difference at line {} after {begin})\n  expected: {}\n  found:    {}\nhelp: run `sockerless-tfcheck docs{again} --write {}`\n",
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
fn splice(readme: &Path, tables: &str, (begin, end): Markers) -> Result<(String, String), Fatal> {
    let limit = tfcheck_core::Limits::default().max_bytes;
    let (_, text) = input::read_text(readme, limit)?.map_err(|t| {
        let message = crate::render::hints::message(t.diagnostic.code, &t.diagnostic.message);
        Fatal::new(format!("{}: {message}", t.name))
    })?;
    let start = text
        .find(begin)
        .ok_or_else(|| Fatal::new(format!("{} has no {begin} marker", readme.display())))?;
    let after = start + begin.len();
    let stop = text[after..].find(end).map(|i| after + i).ok_or_else(|| {
        Fatal::new(format!(
            "{} has no {end} marker after {begin}",
            readme.display()
        ))
    })?;
    let updated = format!("{}\n{tables}{}", &text[..after], &text[stop..]);
    Ok((text, updated))
}

fn between(text: &str, (begin, end): Markers) -> &str {
    let start = text.find(begin).map_or(0, |i| i + begin.len());
    let stop = text[start..].find(end).map_or(text.len(), |i| start + i);
    text[start..stop].trim_start_matches('\n')
}

/// Every diagnostic code as a Markdown table: code, name, default severity and
/// meaning, in the engine's order.
pub fn codes_markdown() -> String {
    let mut s =
        String::from("| Code | Name | Default severity | Meaning |\n| --- | --- | --- | --- |\n");
    for c in Code::ALL {
        s.push_str(&format!(
            "| `{}` | {} | {} | {} |\n",
            c.id(),
            c.name(),
            c.default_severity(),
            c.summary()
        ));
    }
    s
}

/// The inputs and outputs tables: inputs grouped under the module's banner
/// comments (`#### Network`), each row with an anchor (`input_NAME`), the
/// description, the type constraint and the default (`required` when there is
/// none); then the outputs.
pub fn markdown(m: &Module) -> String {
    let vars = m.variable_infos();
    let mut s = String::from("### Inputs\n\n");
    let mut files: Vec<&str> = Vec::new();
    for v in &m.variables {
        let name = m.files.get(v.file).map_or("", |f| f.name.as_str());
        if !files.contains(&name) {
            files.push(name);
        }
    }
    let grouped = vars.iter().any(|v| v.group.is_some());
    let mut intro = Vec::new();
    if grouped {
        intro.push(format!("Grouped as in {}.", list(&files)));
    }
    let required = vars.iter().filter(|v| v.required).count();
    let mut rules = if required == 0 {
        "Every input is optional (all have defaults)".to_string()
    } else {
        "Inputs whose default says required must be set, the others are optional".to_string()
    };
    if m.variables.iter().any(|v| !v.validations.is_empty()) {
        rules.push_str("; the rules each one must satisfy are enforced by its `validation` blocks");
        let mut check_files: Vec<&str> = Vec::new();
        for c in &m.checks {
            let name = m.files.get(c.file).map_or("", |f| f.name.as_str());
            if !check_files.contains(&name) {
                check_files.push(name);
            }
        }
        if !check_files.is_empty() {
            rules.push_str(&format!(
                " and by the preconditions in {}",
                list(&check_files)
            ));
        }
    }
    rules.push('.');
    intro.push(rules);
    s.push_str(&intro.join(" "));
    s.push('\n');
    let mut groups: Vec<Option<&str>> = Vec::new();
    for v in &vars {
        if !groups.contains(&v.group.as_deref()) {
            groups.push(v.group.as_deref());
        }
    }
    for g in groups {
        s.push('\n');
        if grouped {
            s.push_str(&format!("#### {}\n\n", g.unwrap_or("Other")));
        }
        s.push_str(
            "| Name | Description | Type | Default |\n|------|-------------|------|---------|\n",
        );
        for v in vars.iter().filter(|v| v.group.as_deref() == g) {
            let default = match (&v.default_hcl, v.sensitive) {
                (None, _) => "required".to_string(),
                (Some(_), true) => "(sensitive)".to_string(),
                (Some(d), false) => code(d),
            };
            s.push_str(&format!(
                "| <a name=\"input_{}\"></a> {} | {} | {} | {} |\n",
                v.name,
                code(&v.name),
                cell(&v.description),
                code(&v.type_expr),
                default
            ));
        }
    }
    s.push_str("\n### Outputs\n\n| Name | Description |\n|------|-------------|\n");
    for o in m.output_infos() {
        s.push_str(&format!(
            "| <a name=\"output_{}\"></a> {} | {} |\n",
            o.name,
            code(&o.name),
            cell(&o.description)
        ));
    }
    s
}

/// `a.tf`, `a.tf` and `b.tf`.
fn list(files: &[&str]) -> String {
    let quoted: Vec<String> = files.iter().map(|f| format!("`{f}`")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => quoted.join(""),
    }
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
