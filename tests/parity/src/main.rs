//! Parity: real Terraform and the core judge the same tfvars files, and must
//! agree on every one.
//!
//! ```text
//! parity [--module DIR] [--files a.tf,b.tf] [--cases DIR] [--generate N] [--seed S]
//!        [--module-cases DIR]... [--only TEXT] [--jobs N] [--emit-corpus DIR] [--report FILE]
//! ```
//! It copies the module's variable and input-check files into a throwaway root,
//! runs `terraform plan -var-file=CASE` there for each case (no provider needed),
//! checks the same text with the core, and compares: the same accept or reject for
//! every variable and, where a validation or precondition fails, the same message.
//!
//! Besides the ECS module's corpus, each directory under a `--module-cases` root
//! (by default `tests/parity/modules` and `tests/parity/idioms`) is a module of
//! its own with its cases (see [`modules`]), judged the same way.

mod generate;
mod modules;
mod suite;
mod terraform;
mod verdict;

use std::path::{Path, PathBuf};
use suite::{Suite, SuiteCase};

struct Args {
    module: PathBuf,
    files: Vec<String>,
    cases: PathBuf,
    generate: usize,
    seed: u64,
    jobs: usize,
    emit: Option<PathBuf>,
    report: Option<PathBuf>,
    module_cases: Vec<PathBuf>,
    /// Run only the suites and cases whose name contains this.
    only: Option<String>,
}

fn args() -> Result<Args, String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut a = Args {
        module: root.join("terraform/modules/ecs"),
        files: vec!["variables.tf".into(), "input_checks.tf".into()],
        cases: root.join("tests/parity/cases"),
        generate: 260,
        seed: 2026,
        jobs: 4,
        emit: None,
        report: None,
        module_cases: Vec::new(),
        only: None,
    };
    let mut own_module_cases = false;
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut val = || it.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--module" => a.module = PathBuf::from(val()?),
            "--files" => a.files = val()?.split(',').map(str::to_string).collect(),
            "--cases" => a.cases = PathBuf::from(val()?),
            "--generate" => a.generate = val()?.parse().map_err(|e| format!("--generate: {e}"))?,
            "--seed" => a.seed = val()?.parse().map_err(|e| format!("--seed: {e}"))?,
            "--jobs" => a.jobs = val()?.parse().map_err(|e| format!("--jobs: {e}"))?,
            "--emit-corpus" => a.emit = Some(PathBuf::from(val()?)),
            "--report" => a.report = Some(PathBuf::from(val()?)),
            "--module-cases" => {
                own_module_cases = true;
                a.module_cases.push(PathBuf::from(val()?));
            }
            "--only" => a.only = Some(val()?),
            other => return Err(format!("unknown argument {other}")),
        }
    }
    if !own_module_cases {
        a.module_cases = vec![
            root.join("tests/parity/modules"),
            root.join("tests/parity/idioms"),
        ];
    }
    Ok(a)
}

/// The hand-written cases and the generated ones, as (name, text).
fn corpus(a: &Args) -> Result<Vec<(String, String)>, String> {
    let mut cases = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(&a.cases)
        .map_err(|e| format!("{}: {e}", a.cases.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.to_string_lossy().ends_with(".tfvars")
                || p.to_string_lossy().ends_with(".tfvars.json")
        })
        .collect();
    entries.sort();
    for p in entries {
        let text = std::fs::read(&p).map_err(|e| format!("{}: {e}", p.display()))?;
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        cases.push((name, String::from_utf8_lossy(&text).into_owned()));
    }
    cases.extend(generate::generate(a.seed, a.generate));
    Ok(cases)
}

fn fail(e: impl std::fmt::Display) -> ! {
    eprintln!("parity: {e}");
    std::process::exit(2);
}

fn main() {
    let a = args().unwrap_or_else(|e| fail(e));
    let cases = corpus(&a).unwrap_or_else(|e| fail(e));
    let work = std::env::temp_dir().join(format!("tfcheck-parity-{}", std::process::id()));
    if let Some(dir) = &a.emit {
        // The ECS corpus as files, for other suites (npm) to reuse.
        std::fs::create_dir_all(dir).unwrap_or_else(|e| fail(format!("{}: {e}", dir.display())));
        for (name, text) in &cases {
            std::fs::write(dir.join(name), text).unwrap_or_else(|e| fail(format!("{name}: {e}")));
        }
        if std::env::var_os("PARITY_EMIT_ONLY").is_some() {
            println!("wrote {} cases to {}", cases.len(), dir.display());
            return;
        }
    }
    let mut suites = vec![Suite {
        name: "ecs".into(),
        dir: a.module.clone(),
        files: a.files.clone(),
        cases: cases
            .into_iter()
            .map(|(file, text)| SuiteCase {
                file,
                text,
                expect_valid: None,
            })
            .collect(),
    }];
    for root in &a.module_cases {
        if !root.is_dir() {
            continue;
        }
        for m in modules::load_all(root).unwrap_or_else(|e| fail(e)) {
            suites.push(Suite {
                name: m.name,
                dir: m.dir,
                files: m.files,
                cases: m
                    .cases
                    .into_iter()
                    .map(|c| SuiteCase {
                        file: c.file,
                        text: c.text,
                        expect_valid: Some(c.expect_valid),
                    })
                    .collect(),
            });
        }
    }
    if let Some(only) = &a.only {
        for s in &mut suites {
            if !s.name.contains(only.as_str()) {
                let name = s.name.clone();
                s.cases
                    .retain(|c| format!("{name}/{}", c.file).contains(only.as_str()));
            }
        }
        suites.retain(|s| !s.cases.is_empty());
    }
    let outcomes = suite::run_all(&suites, a.jobs, &work).unwrap_or_else(|e| fail(e));
    let _ = std::fs::remove_dir_all(&work);
    let mut failures = 0;
    let mut report = Vec::new();
    for o in &outcomes {
        if let Some(problem) = &o.problem {
            failures += 1;
            println!("{problem}\n");
        }
        report.push(o.json.clone());
    }
    // Counts by group: the ECS module, then each directory of modules.
    let mut groups: Vec<(String, usize, usize, usize, usize)> = Vec::new();
    for o in &outcomes {
        let group = o.suite.split('/').next().unwrap_or_default().to_string();
        if groups.last().is_none_or(|g| g.0 != group) {
            groups.push((group, 0, 0, 0, 0));
        }
        if let Some(g) = groups.last_mut() {
            g.1 += 1;
            g.2 += usize::from(o.terraform_rejected);
            g.3 += usize::from(o.problem.is_none());
            g.4 += usize::from(o.problem.is_some());
        }
    }
    let total: usize = groups.iter().map(|g| g.1).sum();
    let rejected: usize = groups.iter().map(|g| g.2).sum();
    for (group, n, rej, agree, bad) in &groups {
        let modules = suites
            .iter()
            .filter(|s| s.name.split('/').next() == Some(group))
            .count();
        println!("parity: {group}: {modules} module(s), {n} cases ({rej} rejected by Terraform), {agree} agreements, {bad} disagreements");
    }
    println!(
        "parity: {total} cases ({rejected} rejected by Terraform), {} agreements, {failures} disagreements",
        total - failures
    );
    if let Some(p) = &a.report {
        let _ = std::fs::write(p, serde_json::to_string_pretty(&report).unwrap_or_default());
    }
    if failures > 0 {
        std::process::exit(1);
    }
}
