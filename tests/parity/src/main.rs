//! Parity: real Terraform and the core judge the same tfvars files, and must
//! agree on every one.
//!
//! ```text
//! parity [--module DIR] [--files a.tf,b.tf] [--cases DIR] [--generate N] [--seed S]
//!        [--jobs N] [--emit-corpus DIR] [--report FILE]
//! ```
//! It copies the module's variable and input-check files into a throwaway root,
//! runs `terraform plan -var-file=CASE` there for each case (no provider needed),
//! checks the same text with the core, and compares: the same accept or reject for
//! every variable and, where a validation or precondition fails, the same message.

mod generate;
mod terraform;
mod verdict;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use tfcheck_core::{Checker, Format, Limits, Module};
use verdict::Verdict;

struct Args {
    module: PathBuf,
    files: Vec<String>,
    cases: PathBuf,
    generate: usize,
    seed: u64,
    jobs: usize,
    emit: Option<PathBuf>,
    report: Option<PathBuf>,
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
    };
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
            other => return Err(format!("unknown argument {other}")),
        }
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

fn main() {
    let a = match args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("parity: {e}");
            std::process::exit(2);
        }
    };
    let cases = match corpus(&a) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("parity: {e}");
            std::process::exit(2);
        }
    };
    let work = std::env::temp_dir().join(format!("tfcheck-parity-{}", std::process::id()));
    let case_dir = a.emit.clone().unwrap_or_else(|| work.join("cases"));
    if let Err(e) = std::fs::create_dir_all(&case_dir) {
        eprintln!("parity: {}: {e}", case_dir.display());
        std::process::exit(2);
    }
    for (name, text) in &cases {
        if let Err(e) = std::fs::write(case_dir.join(name), text) {
            eprintln!("parity: {name}: {e}");
            std::process::exit(2);
        }
    }
    if a.emit.is_some() && std::env::var_os("PARITY_EMIT_ONLY").is_some() {
        println!("wrote {} cases to {}", cases.len(), case_dir.display());
        return;
    }
    let sources: Vec<(String, String)> = std::fs::read_dir(&a.module)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .filter(|e| e.path().extension().is_some_and(|x| x == "tf"))
                .filter_map(|e| {
                    Some((
                        e.file_name().to_string_lossy().into_owned(),
                        std::fs::read_to_string(e.path()).ok()?,
                    ))
                })
                .collect()
        })
        .unwrap_or_default();
    let checker = Checker::new(Module::from_sources(&sources));
    let module = checker.module();
    if !module.is_usable() {
        eprintln!("parity: the module has problems: {:#?}", module.diagnostics);
        std::process::exit(2);
    }
    let root = match terraform::Root::create(&a.module, &a.files, &work) {
        Ok(r) => Arc::new(r),
        Err(e) => {
            eprintln!("parity: {e}");
            std::process::exit(2);
        }
    };
    let queue = Arc::new(Mutex::new(
        cases.clone().into_iter().enumerate().collect::<Vec<_>>(),
    ));
    let results = Arc::new(Mutex::new(Vec::new()));
    let mut handles = Vec::new();
    for _ in 0..a.jobs.max(1) {
        let (queue, results, root, case_dir) = (
            queue.clone(),
            results.clone(),
            root.clone(),
            case_dir.clone(),
        );
        handles.push(std::thread::spawn(move || loop {
            let next = queue.lock().ok().and_then(|mut q| q.pop());
            let Some((i, (name, _))) = next else { break };
            let out = root.plan(&case_dir.join(&name));
            if let Ok(mut r) = results.lock() {
                r.push((i, out));
            }
        }));
    }
    for h in handles {
        let _ = h.join();
    }
    let mut tf_results = results.lock().map(|r| r.clone()).unwrap_or_default();
    tf_results.sort_by_key(|(i, _)| *i);
    let mut agree = 0;
    let mut rejected = 0;
    let mut disagreements = Vec::new();
    let mut report = Vec::new();
    for (i, out) in tf_results {
        let (name, text) = &cases[i];
        let tf = match out {
            Ok(stdout) => Verdict::from_terraform(&stdout, name),
            Err(e) => {
                disagreements.push(format!("{name}: terraform failed: {e}"));
                continue;
            }
        };
        let result = checker.check(name, text, Format::from_path(name), &Limits::default());
        let core = Verdict::from_core(&result);
        if !tf.valid() {
            rejected += 1;
        }
        let same = tf.agrees(&core);
        if same {
            agree += 1;
        } else {
            let list = |v: &Verdict| {
                v.findings
                    .iter()
                    .map(|f| format!("    {f}"))
                    .collect::<Vec<_>>()
                    .join("\n")
            };
            disagreements.push(format!(
                "{name}:\n  terraform:\n{}\n  core:\n{}",
                list(&tf),
                list(&core)
            ));
        }
        report.push(serde_json::json!({
            "case": name,
            "terraform_valid": tf.valid(),
            "core_valid": core.valid(),
            "agree": same,
            "findings": tf.findings.iter().map(|f| f.to_string()).collect::<Vec<_>>(),
        }));
    }
    for d in &disagreements {
        println!("DISAGREE {d}\n");
    }
    println!(
        "parity: {} cases ({} rejected by Terraform), {agree} agreements, {} disagreements",
        cases.len(),
        rejected,
        disagreements.len()
    );
    if let Some(p) = &a.report {
        let _ = std::fs::write(p, serde_json::to_string_pretty(&report).unwrap_or_default());
    }
    let _ = std::fs::remove_dir_all(&work);
    if !disagreements.is_empty() {
        std::process::exit(1);
    }
}
