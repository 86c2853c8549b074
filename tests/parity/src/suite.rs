//! Running suites (a module and its cases) through Terraform and the core, every
//! case of every suite on one pool of workers, and comparing the verdicts.

use crate::terraform::Root;
use crate::verdict::Verdict;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use tfcheck_core::{Checker, Format, Limits, Module};

pub struct Suite {
    pub name: String,
    pub dir: PathBuf,
    /// The module's files that go into the throwaway root.
    pub files: Vec<String>,
    pub cases: Vec<SuiteCase>,
}

pub struct SuiteCase {
    pub file: String,
    pub text: String,
    /// What the case's author announced (`ok`/`bad`), when they did.
    pub expect_valid: Option<bool>,
}

pub struct Outcome {
    pub suite: String,
    pub terraform_rejected: bool,
    /// Why the case fails the run: a disagreement, a Terraform failure, or a
    /// verdict other than the one announced.
    pub problem: Option<String>,
    pub json: serde_json::Value,
}

/// Reads a suite's module the way the CLI does: every `.tf` file of its
/// directory; the checker has Terraform's rules only.
fn checker_of(s: &Suite) -> Result<Checker<'static>, String> {
    let sources: Vec<(String, String)> = std::fs::read_dir(&s.dir)
        .map_err(|e| format!("{}: {e}", s.dir.display()))?
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "tf"))
        .filter_map(|e| {
            Some((
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read_to_string(e.path()).ok()?,
            ))
        })
        .collect();
    let checker = Checker::new(Module::from_sources(&sources));
    if !checker.module().is_usable() {
        return Err(format!(
            "the module of {} has problems: {:#?}",
            s.name,
            checker.module().diagnostics
        ));
    }
    Ok(checker)
}

/// Runs every case of every suite; outcomes in suite order, then case order.
pub fn run_all(suites: &[Suite], jobs: usize, work: &Path) -> Result<Vec<Outcome>, String> {
    let mut roots = Vec::new();
    let mut checkers = Vec::new();
    for (si, s) in suites.iter().enumerate() {
        let dir = work.join(format!("s{si}"));
        let cases = dir.join("cases");
        std::fs::create_dir_all(&cases).map_err(|e| format!("{}: {e}", cases.display()))?;
        for c in &s.cases {
            std::fs::write(cases.join(&c.file), &c.text).map_err(|e| format!("{}: {e}", c.file))?;
        }
        checkers.push(checker_of(s)?);
        roots.push(Root::create(&s.dir, &s.files, &dir)?);
    }
    let roots = Arc::new(roots);
    let mut queue: Vec<(usize, usize)> = suites
        .iter()
        .enumerate()
        .flat_map(|(si, s)| (0..s.cases.len()).map(move |ci| (si, ci)))
        .collect();
    queue.reverse();
    let files: Arc<Vec<Vec<PathBuf>>> = Arc::new(
        suites
            .iter()
            .enumerate()
            .map(|(si, s)| {
                let dir = work.join(format!("s{si}")).join("cases");
                s.cases.iter().map(|c| dir.join(&c.file)).collect()
            })
            .collect(),
    );
    let queue = Arc::new(Mutex::new(queue));
    let results = Arc::new(Mutex::new(Vec::new()));
    let mut handles = Vec::new();
    for _ in 0..jobs.max(1) {
        let (queue, results, roots, files) =
            (queue.clone(), results.clone(), roots.clone(), files.clone());
        handles.push(std::thread::spawn(move || loop {
            let next = queue.lock().ok().and_then(|mut q| q.pop());
            let Some((si, ci)) = next else { break };
            let out = roots[si].plan(&files[si][ci]);
            if let Ok(mut r) = results.lock() {
                r.push(((si, ci), out));
            }
        }));
    }
    for h in handles {
        let _ = h.join();
    }
    let mut tf = results.lock().map(|r| r.clone()).unwrap_or_default();
    tf.sort_by_key(|(k, _)| *k);
    Ok(tf
        .into_iter()
        .map(|((si, ci), out)| judge(&suites[si], &checkers[si], &suites[si].cases[ci], out))
        .collect())
}

fn judge(s: &Suite, checker: &Checker<'_>, c: &SuiteCase, out: Result<String, String>) -> Outcome {
    let name = format!("{}/{}", s.name, c.file);
    let tf = match out {
        Ok(stdout) => Verdict::from_terraform(&stdout, &c.file, checker.module()),
        Err(e) => {
            return Outcome {
                suite: s.name.clone(),
                terraform_rejected: false,
                problem: Some(format!("FAIL {name}: terraform failed: {e}")),
                json: serde_json::json!({ "suite": s.name, "case": c.file, "error": e }),
            }
        }
    };
    let result = checker.check(
        &c.file,
        &c.text,
        Format::from_path(&c.file),
        &Limits::default(),
    );
    let core = Verdict::from_core(&result);
    let same = tf.agrees(&core);
    let list = |v: &Verdict| {
        v.findings
            .iter()
            .map(|f| format!("    {f}"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let problem = if !same {
        Some(format!(
            "DISAGREE {name}:\n  terraform:\n{}\n  core:\n{}",
            list(&tf),
            list(&core)
        ))
    } else {
        match c.expect_valid {
            Some(want) if want != tf.valid() => Some(format!(
                "MISLABELLED {name}: announced {}, Terraform {}:\n{}",
                if want { "ok" } else { "bad" },
                if tf.valid() {
                    "accepts it"
                } else {
                    "rejects it"
                },
                list(&tf)
            )),
            _ => None,
        }
    };
    Outcome {
        suite: s.name.clone(),
        terraform_rejected: !tf.valid(),
        problem,
        json: serde_json::json!({
            "suite": s.name,
            "case": c.file,
            "terraform_valid": tf.valid(),
            "core_valid": core.valid(),
            "agree": same,
            "findings": tf.findings.iter().map(|f| f.to_string()).collect::<Vec<_>>(),
        }),
    }
}
