//! The project file, `.tfcheck.toml`: which module a tfvars file is checked
//! against, by globs of paths relative to the project file's directory.
//!
//! ```toml
//! [[modules]]
//! tfvars = ["envs/**/*.tfvars", "envs/**/*.tfvars.json"]
//! module = "terraform/modules/ecs"
//! ```
//!
//! The first entry whose globs match a file wins. In a glob, `*` matches any
//! characters but `/`, `?` one such character, and a `**` segment any number
//! of directories (none included).

use serde::Deserialize;
use std::path::{Path, PathBuf};

pub const FILE_NAME: &str = ".tfcheck.toml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    #[serde(default)]
    modules: Vec<RawEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    tfvars: Vec<String>,
    module: String,
}

/// A read project file.
#[derive(Debug)]
pub struct Project {
    /// The directory the project file is in; globs and module paths are relative to it.
    pub root: PathBuf,
    entries: Vec<(Vec<Glob>, PathBuf)>,
}

impl Project {
    /// Reads a project file's text; `root` is its directory. An error names the
    /// file and, for TOML errors, the line.
    pub fn parse(root: &Path, text: &str) -> Result<Project, String> {
        let raw: Raw = toml::from_str(text).map_err(|e| e.to_string())?;
        let mut entries = Vec::new();
        for e in raw.modules {
            let globs = e
                .tfvars
                .iter()
                .map(|g| Glob::new(g))
                .collect::<Result<Vec<_>, _>>()?;
            entries.push((globs, root.join(&e.module)));
        }
        Ok(Project {
            root: root.to_path_buf(),
            entries,
        })
    }

    /// The module directory for a tfvars file, if an entry matches it.
    pub fn module_for(&self, file: &Path) -> Option<&Path> {
        let rel = file.strip_prefix(&self.root).ok()?;
        let rel: Vec<String> = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        self.entries
            .iter()
            .find(|(globs, _)| globs.iter().any(|g| g.matches(&rel)))
            .map(|(_, dir)| dir.as_path())
    }
}

/// A glob, split at `/`.
#[derive(Debug)]
struct Glob(Vec<String>);

impl Glob {
    fn new(s: &str) -> Result<Glob, String> {
        if s.is_empty() || s.starts_with('/') {
            return Err(format!(
                "glob {s:?}: write a path relative to the project file"
            ));
        }
        if s.contains(['[', ']', '{', '}']) {
            return Err(format!(
                "glob {s:?}: only *, ? and ** are supported, not brackets or braces"
            ));
        }
        Ok(Glob(s.split('/').map(str::to_string).collect()))
    }

    fn matches(&self, path: &[String]) -> bool {
        segments(&self.0, path)
    }
}

fn segments(glob: &[String], path: &[String]) -> bool {
    match glob.split_first() {
        None => path.is_empty(),
        Some((g, rest)) if g == "**" => (0..=path.len()).any(|i| segments(rest, &path[i..])),
        Some((g, rest)) => match path.split_first() {
            Some((p, prest)) => segment(g, p) && segments(rest, prest),
            None => false,
        },
    }
}

/// One segment: `*` and `?` against one path component (`?` is one character).
fn segment(g: &str, s: &str) -> bool {
    let chars: Vec<char> = s.chars().collect();
    let pat: Vec<char> = g.chars().collect();
    // Iterative wildcard matching with one backtrack point: linear in practice.
    let (mut p, mut c) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while c < chars.len() {
        if p < pat.len() && (pat[p] == '?' || pat[p] == chars[c]) {
            p += 1;
            c += 1;
        } else if p < pat.len() && pat[p] == '*' {
            star = Some((p, c));
            p += 1;
        } else if let Some((sp, sc)) = star {
            p = sp + 1;
            c = sc + 1;
            star = Some((sp, sc + 1));
        } else {
            return false;
        }
    }
    pat[p..].iter().all(|&x| x == '*')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(g: &str, p: &str) -> bool {
        let p: Vec<String> = p.split('/').map(str::to_string).collect();
        Glob::new(g).unwrap().matches(&p)
    }

    #[test]
    fn globs_match_as_documented() {
        assert!(m("envs/*.tfvars", "envs/prod.tfvars"));
        assert!(!m("envs/*.tfvars", "envs/eu/prod.tfvars"));
        assert!(m("envs/**/*.tfvars", "envs/prod.tfvars"));
        assert!(m("envs/**/*.tfvars", "envs/eu/west/prod.tfvars"));
        assert!(m("**/prod.tfvars.json", "a/b/prod.tfvars.json"));
        assert!(m("p?od.tfvars", "prod.tfvars"));
        assert!(m("*", "é.tfvars"));
        assert!(!m("*.tfvars", "prod.tfvars.json"));
        assert!(m("a*b*c", "aXXbYYc"));
        assert!(!m("a*b*c", "aXXbYY"));
    }

    #[test]
    fn reads_entries_and_picks_the_first_match() {
        let root = Path::new("/w");
        let text = r#"
[[modules]]
tfvars = ["envs/prod/*.tfvars"]
module = "modules/prod"

[[modules]]
tfvars = ["envs/**/*.tfvars"]
module = "modules/base"
"#;
        let p = Project::parse(root, text).unwrap();
        assert_eq!(
            p.module_for(Path::new("/w/envs/prod/a.tfvars")),
            Some(Path::new("/w/modules/prod"))
        );
        assert_eq!(
            p.module_for(Path::new("/w/envs/dev/a.tfvars")),
            Some(Path::new("/w/modules/base"))
        );
        assert_eq!(p.module_for(Path::new("/elsewhere/a.tfvars")), None);
    }

    #[test]
    fn bad_files_are_errors_not_panics() {
        let root = Path::new("/w");
        let e = Project::parse(root, "[[modules]]\ntfvars = 3\nmodule = \"m\"\n").unwrap_err();
        assert!(e.contains("line 2"), "{e}");
        assert!(
            Project::parse(root, "[[modules]]\ntfvars = [\"[ab]\"]\nmodule = \"m\"\n").is_err()
        );
        assert!(Project::parse(root, "extra = 1\n").is_err());
    }
}
