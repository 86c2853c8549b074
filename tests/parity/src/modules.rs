//! Cases that carry their own module: a directory holding the module's `.tf`
//! files and a `cases.txt` file of many cases (not a `.tfvars` file, so that
//! tools looking for tfvars files pass it by), each under a header line
//!
//! ```text
//! ### ok: short-name            an HCL case Terraform should accept
//! ### bad: short-name (json)    a JSON case Terraform should reject
//! ```
//!
//! The header's `ok`/`bad` says what the author meant the case to show; real
//! Terraform decides, and a case whose verdict is not the one announced fails
//! the run (the corpus must keep meaning what it says).

use std::path::{Path, PathBuf};

/// One module with its cases.
pub struct ModuleCases {
    /// `<group>/<directory name>`, e.g. `idioms/enum-contains`.
    pub name: String,
    pub dir: PathBuf,
    /// The module's `.tf` files (names inside `dir`).
    pub files: Vec<String>,
    pub cases: Vec<Case>,
}

pub struct Case {
    /// The file name the case is written to (`name.tfvars` or `name.tfvars.json`).
    pub file: String,
    pub text: String,
    /// Whether the author meant Terraform to accept it.
    pub expect_valid: bool,
}

/// Every module directory under `root` (one level down), sorted by name.
pub fn load_all(root: &Path) -> Result<Vec<ModuleCases>, String> {
    let group = root
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root)
        .map_err(|e| format!("{}: {e}", root.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("cases.txt").is_file())
        .collect();
    dirs.sort();
    dirs.iter().map(|d| load(d, &group)).collect()
}

fn load(dir: &Path, group: &str) -> Result<ModuleCases, String> {
    let base = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tf"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(format!("{}: no .tf files", dir.display()));
    }
    let path = dir.join("cases.txt");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let cases = split(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(ModuleCases {
        name: format!("{group}/{base}"),
        dir: dir.to_path_buf(),
        files,
        cases,
    })
}

/// Splits a cases file at its `### ok:` / `### bad:` headers.
pub fn split(text: &str) -> Result<Vec<Case>, String> {
    let mut cases: Vec<Case> = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for (n, line) in text.split_inclusive('\n').enumerate() {
        let Some(header) = line.strip_prefix("### ") else {
            match cases.last_mut() {
                Some(c) => c.text.push_str(line),
                None if line.trim().is_empty() || line.starts_with('#') => {}
                None => return Err(format!("line {}: text before the first case header", n + 1)),
            }
            continue;
        };
        let header = header.trim_end();
        let (kind, rest) = header.split_once(':').ok_or_else(|| {
            format!(
                "line {}: a header is `### ok: name` or `### bad: name`",
                n + 1
            )
        })?;
        let expect_valid = match kind {
            "ok" => true,
            "bad" => false,
            other => return Err(format!("line {}: unknown kind {other:?}", n + 1)),
        };
        let rest = rest.trim();
        let (name, json) = match rest.strip_suffix("(json)") {
            Some(r) => (r.trim(), true),
            None => (rest, false),
        };
        let valid_name = !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !valid_name {
            return Err(format!("line {}: case names are [A-Za-z0-9_-]+", n + 1));
        }
        let file = format!(
            "{kind}-{name}.{}",
            if json { "tfvars.json" } else { "tfvars" }
        );
        if !seen.insert(file.clone()) {
            return Err(format!("line {}: case {file} appears twice", n + 1));
        }
        cases.push(Case {
            file,
            text: String::new(),
            expect_valid,
        });
    }
    if cases.is_empty() {
        return Err("no cases".into());
    }
    Ok(cases)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_at_headers_keeping_each_text_exactly() {
        let cases = split(
            "# about this file\n### ok: a\nx = 1\n\n### bad: b (json)\n{\"x\": \"y\"}\n### bad: c\n",
        )
        .unwrap();
        let got: Vec<(&str, &str, bool)> = cases
            .iter()
            .map(|c| (c.file.as_str(), c.text.as_str(), c.expect_valid))
            .collect();
        assert_eq!(
            got,
            [
                ("ok-a.tfvars", "x = 1\n\n", true),
                ("bad-b.tfvars.json", "{\"x\": \"y\"}\n", false),
                ("bad-c.tfvars", "", false),
            ]
        );
    }

    #[test]
    fn refuses_bad_headers_and_repeats() {
        assert!(split("### maybe: a\n").is_err());
        assert!(split("### ok: a b\n").is_err());
        assert!(split("### ok: a\n### ok: a\n").is_err());
        assert!(split("x = 1\n### ok: a\n").is_err());
    }
}
