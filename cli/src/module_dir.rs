//! Reading a module: the embedded ECS module, or every `*.tf` file of a
//! directory (`--module DIR`, `lint DIR`, `docs DIR`). A directory that cannot
//! be read, or a module with errors in its own sources, is fatal (exit 2).

use crate::render::{self, FileReport, Report};
use crate::Fatal;
use std::path::{Path, PathBuf};
use tfcheck_core::{Checker, Module};

/// Where the embedded module's sources came from, for messages.
pub const EMBEDDED_DIR: &str = tfcheck_ecs::MODULE_DIR;

/// A module, its checker and where its files are. The embedded module is
/// checked with the ECS rules; a `--module` directory with Terraform's only.
pub struct LoadedModule {
    pub checker: Checker<'static>,
    /// The directory its files are shown under (`terraform/modules/ecs` for the
    /// embedded module).
    pub dir: String,
    pub embedded: bool,
}

impl LoadedModule {
    pub fn module(&self) -> &Module {
        self.checker.module()
    }

    /// The path a module file is shown under.
    pub fn file_path(&self, name: &str) -> String {
        Path::new(&self.dir)
            .join(name)
            .to_string_lossy()
            .into_owned()
    }

    /// The module's own diagnostics as a report, one entry per module file.
    pub fn report(&self, diagnostics: &[tfcheck_core::Diagnostic]) -> Report {
        let mut files: Vec<FileReport> = Vec::new();
        for d in diagnostics {
            let (name, range) = match &d.rule {
                Some(r) => (r.file.clone(), Some(r.range)),
                None => (String::new(), None),
            };
            let path = if name.is_empty() {
                self.dir.clone()
            } else {
                self.file_path(&name)
            };
            let text = self
                .module()
                .files
                .iter()
                .find(|f| f.name == name)
                .map(|f| f.text.to_string())
                .unwrap_or_default();
            let mut d = d.clone();
            d.range = range;
            d.rule = None;
            match files.iter_mut().find(|f| f.path == path) {
                Some(f) => f.diagnostics.push(d),
                None => files.push(FileReport {
                    path,
                    text,
                    diagnostics: vec![d],
                }),
            }
        }
        Report { files }
    }
}

/// The most a module directory's `.tf` files may hold in all when the command
/// has no `--max-bytes`: the default limit of a tfvars file.
pub const DEFAULT_MAX_BYTES: usize = 8 << 20;

/// The most a module directory's `.tf` files may hold under `limits`: `--max-bytes`
/// raises it past the default, but a lower `--max-bytes` (meant for tfvars
/// files) does not lower it.
pub fn max_bytes(limits: &tfcheck_core::Limits) -> usize {
    limits.max_bytes.max(DEFAULT_MAX_BYTES)
}

/// The embedded module as build.rs read it: a snapshot without syntax trees.
const SNAPSHOT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/ecs.snapshot"));

/// The embedded module, read back from the build's snapshot, with the ECS rules.
fn embedded() -> Checker<'static> {
    // build.rs wrote the snapshot with this very core, so it always reads back;
    // parsing the sources stays the answer should it ever not.
    Checker::from_snapshot(SNAPSHOT, tfcheck_ecs::sources())
        .map(|c| c.with_rules(tfcheck_ecs::RULES))
        .unwrap_or_else(|_| tfcheck_ecs::checker())
}

/// `--module DIR` or the embedded module. A directory whose `.tf` files hold more
/// than `max_bytes` in all is refused before they are read whole. The embedded
/// module comes without its files' syntax trees; see [`load_with_syntax`].
pub fn load(dir: Option<&Path>, color: bool, max_bytes: usize) -> Result<LoadedModule, Fatal> {
    load_as(dir, color, max_bytes, embedded)
}

/// As [`load`], with every file's syntax tree (`ModuleFile::body`), which
/// `lint` walks.
pub fn load_with_syntax(
    dir: Option<&Path>,
    color: bool,
    max_bytes: usize,
) -> Result<LoadedModule, Fatal> {
    load_as(dir, color, max_bytes, tfcheck_ecs::checker)
}

fn load_as(
    dir: Option<&Path>,
    color: bool,
    max_bytes: usize,
    embedded: fn() -> Checker<'static>,
) -> Result<LoadedModule, Fatal> {
    let loaded = match dir {
        None => LoadedModule {
            checker: embedded(),
            dir: EMBEDDED_DIR.into(),
            embedded: true,
        },
        Some(d) => read_dir(d, max_bytes)?,
    };
    if !loaded.module().is_usable() {
        let report = loaded.report(&loaded.module().diagnostics);
        crate::output::eprint(&render::human::render(&report, color, None, false));
        let how = if loaded.embedded {
            "the embedded module".to_string()
        } else {
            format!("the module in {}", loaded.dir)
        };
        return Err(Fatal::new(format!(
            "{how} has errors in its own sources, so nothing can be checked against it"
        )));
    }
    Ok(loaded)
}

/// The directory `lint` and `docs` use when none is given: the ECS module of a
/// checkout when the current directory is one, else the embedded module.
pub fn default_dir() -> Option<PathBuf> {
    let p = PathBuf::from(EMBEDDED_DIR);
    p.is_dir().then_some(p)
}

fn read_dir(dir: &Path, max_bytes: usize) -> Result<LoadedModule, Fatal> {
    let cannot = |e: &std::io::Error| {
        Fatal::new(format!(
            "cannot read module directory {}: {}",
            dir.display(),
            crate::output::io_reason(e)
        ))
    };
    let meta = std::fs::metadata(dir).map_err(|e| cannot(&e))?;
    if !meta.is_dir() {
        return Err(Fatal::new(format!(
            "cannot read module directory {}: not a directory",
            dir.display()
        )));
    }
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| cannot(&e))?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()
        .map_err(|e| cannot(&e))?;
    names.retain(|p| p.extension().is_some_and(|e| e == "tf") && p.is_file());
    names.sort();
    if names.is_empty() {
        return Err(Fatal::new(format!(
            "cannot read module directory {}: it has no .tf files",
            dir.display()
        )));
    }
    let mut sources = Vec::with_capacity(names.len());
    let mut left = max_bytes;
    for p in &names {
        let cannot_file = |e: &std::io::Error| {
            Fatal::new(format!(
                "cannot read module file {}: {}",
                p.display(),
                crate::output::io_reason(e)
            ))
        };
        let f = std::fs::File::open(p).map_err(|e| cannot_file(&e))?;
        let len = f.metadata().map_err(|e| cannot_file(&e))?.len();
        let bytes = match crate::input::read_limited(f, Some(len), left).map_err(|e| cannot_file(&e))? {
            crate::input::Limited::Bytes(b) => b,
            crate::input::Limited::TooLarge(_) => {
                return Err(Fatal::new(format!(
                    "the module in {} is too large (LIM001): its .tf files hold more than the limit of {max_bytes} bytes in all (at {}); raise it with --max-bytes if this is intended",
                    dir.display(),
                    p.display()
                )))
            }
        };
        left -= bytes.len();
        let text = String::from_utf8(bytes).map_err(|_| {
            Fatal::new(format!(
                "cannot read module file {}: not UTF-8 text",
                p.display()
            ))
        })?;
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        sources.push((name, text));
    }
    Ok(LoadedModule {
        checker: Checker::new(Module::from_sources(&sources)),
        dir: crate::input::display(dir),
        embedded: false,
    })
}
