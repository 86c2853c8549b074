//! Which module a tfvars file is checked against: the project file's mapping
//! (`.tfcheck.toml`, nearest above the file), else the nearest directory at or
//! above the file whose `.tf` files declare variables, else the embedded ECS
//! module. Modules and project files are read once and kept until a watched
//! file changes.

use crate::engine::{self, Limits, LoadedModule};
use crate::project::{self, Project};
use lsp_types::Url;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The module for one file, and why it is not the one the file asks for, if so.
pub struct Resolved {
    pub module: Arc<LoadedModule>,
    /// A problem to show on the file: a project file or module that cannot be read.
    pub problem: Option<String>,
}

pub struct Resolver {
    limits: Limits,
    embedded: Option<Arc<LoadedModule>>,
    /// A directory's module; `None` when it has no `.tf` files or declares no variables.
    dirs: HashMap<PathBuf, Result<Option<Arc<LoadedModule>>, String>>,
    /// A directory's project file, if it has one.
    projects: HashMap<PathBuf, Option<Result<Arc<Project>, String>>>,
}

impl Resolver {
    pub fn new(limits: Limits) -> Resolver {
        Resolver {
            limits,
            embedded: None,
            dirs: HashMap::new(),
            projects: HashMap::new(),
        }
    }

    /// Forgets every module and project file read from disk.
    pub fn reload(&mut self) {
        self.dirs.clear();
        self.projects.clear();
    }

    pub fn embedded(&mut self) -> Arc<LoadedModule> {
        self.embedded
            .get_or_insert_with(|| Arc::new(engine::embedded()))
            .clone()
    }

    pub fn resolve(&mut self, uri: &Url) -> Resolved {
        let Ok(path) = uri.to_file_path() else {
            return self.fallback(None);
        };
        let Some(parent) = path.parent() else {
            return self.fallback(None);
        };
        // The nearest project file decides, when one of its entries matches.
        if let Some((pf, project)) = self.nearest_project(parent) {
            match project {
                Err(e) => {
                    return self.fallback(Some(format!("{}: {e}", pf.display())));
                }
                Ok(p) => {
                    if let Some(dir) = p.module_for(&path) {
                        let dir = dir.to_path_buf();
                        return match self.dir(&dir) {
                            Ok(Some(m)) => Resolved {
                                module: m,
                                problem: None,
                            },
                            Ok(None) => self.fallback(Some(format!(
                                "{} maps this file to {}, which has no .tf files declaring variables",
                                pf.display(),
                                dir.display()
                            ))),
                            Err(e) => self.fallback(Some(e)),
                        };
                    }
                }
            }
        }
        for dir in parent.ancestors() {
            match self.dir(dir) {
                Ok(Some(m)) => {
                    return Resolved {
                        module: m,
                        problem: None,
                    }
                }
                Ok(None) => {}
                Err(e) => return self.fallback(Some(e)),
            }
        }
        self.fallback(None)
    }

    fn fallback(&mut self, problem: Option<String>) -> Resolved {
        Resolved {
            module: self.embedded(),
            problem,
        }
    }

    fn nearest_project(&mut self, start: &Path) -> Option<(PathBuf, Result<Arc<Project>, String>)> {
        for dir in start.ancestors() {
            let entry = self
                .projects
                .entry(dir.to_path_buf())
                .or_insert_with(|| read_project(dir));
            if let Some(r) = entry {
                return Some((dir.join(project::FILE_NAME), r.clone()));
            }
        }
        None
    }

    fn dir(&mut self, dir: &Path) -> Result<Option<Arc<LoadedModule>>, String> {
        let max = engine::module_max_bytes(&self.limits);
        self.dirs
            .entry(dir.to_path_buf())
            .or_insert_with(|| {
                let m = engine::read_module_dir(dir, max)?;
                // A directory of .tf files that declares no variable (and has no
                // errors that could hide them) is not a module for tfvars.
                Ok(
                    m.filter(|m| !m.module().variables.is_empty() || !engine::usable(m.module()))
                        .map(Arc::new),
                )
            })
            .clone()
    }
}

fn read_project(dir: &Path) -> Option<Result<Arc<Project>, String>> {
    let p = dir.join(project::FILE_NAME);
    let text = match std::fs::read_to_string(&p) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
        Err(e) => return Some(Err(e.to_string())),
    };
    Some(Project::parse(dir, &text).map(Arc::new))
}

#[cfg(test)]
mod tests {
    use super::*;

    const VARS: &str = "variable \"size\" {\n  type = number\n}\n";

    #[test]
    fn nearest_module_then_project_file_then_embedded() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        std::fs::create_dir_all(root.join("mod/envs/eu")).unwrap();
        std::fs::write(root.join("mod/variables.tf"), VARS).unwrap();
        std::fs::create_dir_all(root.join("other")).unwrap();
        // A .tf file without variables is not a module for tfvars.
        std::fs::write(root.join("mod/envs/main.tf"), "locals {}\n").unwrap();
        let mut r = Resolver::new(Limits::default());
        let url = |p: &str| Url::from_file_path(root.join(p)).unwrap();

        let got = r.resolve(&url("mod/envs/eu/a.tfvars"));
        assert_eq!(got.module.dir.as_deref(), Some(root.join("mod").as_path()));
        assert!(got.problem.is_none());

        let got = r.resolve(&url("other/a.tfvars"));
        assert!(
            got.module.module().variable("vpc_cidr").is_some(),
            "embedded"
        );

        std::fs::write(
            root.join(project::FILE_NAME),
            "[[modules]]\ntfvars = [\"other/*.tfvars\"]\nmodule = \"mod\"\n",
        )
        .unwrap();
        // Cached until a reload.
        assert!(r
            .resolve(&url("other/a.tfvars"))
            .module
            .module()
            .variable("size")
            .is_none());
        r.reload();
        let got = r.resolve(&url("other/a.tfvars"));
        assert!(got.module.module().variable("size").is_some());

        std::fs::write(root.join(project::FILE_NAME), "[[modules]]\nbad").unwrap();
        r.reload();
        let got = r.resolve(&url("other/a.tfvars"));
        assert!(got.problem.unwrap().contains(".tfcheck.toml"));
    }

    #[test]
    fn untitled_documents_use_the_embedded_module() {
        let mut r = Resolver::new(Limits::default());
        let got = r.resolve(&Url::parse("untitled:Untitled-1").unwrap());
        assert!(got.module.module().variable("vpc_cidr").is_some());
    }
}
