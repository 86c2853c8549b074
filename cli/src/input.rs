//! What `check` reads: files named on the command line, directories searched
//! recursively for `*.tfvars` and `*.tfvars.json`, and `-` for standard input.
//!
//! A path that cannot be read is fatal (exit 2). A file that can be read but is
//! not UTF-8 is an error diagnostic of that file (`IO001`), like a syntax error.

use crate::Fatal;
use std::io::Read;
use std::path::{Path, PathBuf};
use tfcheck_core::source::SourceText;
use tfcheck_core::{Code, Diagnostic, Format};

/// One input to check.
#[derive(Debug)]
pub struct Source {
    /// The name diagnostics report it under.
    pub path: String,
    /// Its text (with invalid UTF-8 replaced when `problem` says so).
    pub text: String,
    pub format: Format,
    /// Why the text cannot be checked at all.
    pub problem: Option<Diagnostic>,
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The files a directory search picks up.
pub fn is_tfvars_name(name: &str) -> bool {
    name.ends_with(".tfvars") || name.ends_with(".tfvars.json")
}

/// Expands the command line's paths into the sources to check, in order:
/// each path as given, a directory's files sorted by name.
pub fn collect(paths: &[PathBuf], stdin_name: &str) -> Result<Vec<Source>, Fatal> {
    let mut out = Vec::new();
    for p in paths {
        if p == Path::new("-") {
            out.push(read_one(p, stdin_name)?);
            continue;
        }
        let meta = std::fs::metadata(p).map_err(|e| cannot_read(p, &e))?;
        if meta.is_dir() {
            let before = out.len();
            walk(p, &mut out)?;
            if out.len() == before {
                crate::output::eprint(&format!(
                    "warning: no *.tfvars or *.tfvars.json files under {}\n",
                    p.display()
                ));
            }
        } else {
            out.push(read_file(p)?);
        }
    }
    Ok(out)
}

/// Reads one file, or standard input for `-`.
pub fn read_one(p: &Path, stdin_name: &str) -> Result<Source, Fatal> {
    if p == Path::new("-") {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| Fatal::new(format!("cannot read standard input: {}", io_reason(&e))))?;
        return Ok(source(stdin_name.to_string(), bytes));
    }
    read_file(p)
}

/// Reads one file; a file that cannot be opened is fatal.
pub fn read_file(p: &Path) -> Result<Source, Fatal> {
    let bytes = std::fs::read(p).map_err(|e| cannot_read(p, &e))?;
    Ok(source(display(p), bytes))
}

/// Reads a file or, for `-`, standard input, as text; not UTF-8 is fatal here
/// (for inputs that are not checked files: `backend-config`, `tfvars --from`
/// reads through [`read_file`] instead).
pub fn read_text(p: &Path) -> Result<(String, String), Fatal> {
    let (name, bytes) = if p == Path::new("-") {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| Fatal::new(format!("cannot read standard input: {}", io_reason(&e))))?;
        ("<stdin>".to_string(), bytes)
    } else {
        (
            display(p),
            std::fs::read(p).map_err(|e| cannot_read(p, &e))?,
        )
    };
    let bytes = match bytes.strip_prefix(BOM) {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    let text = String::from_utf8(bytes).map_err(|e| {
        Fatal::new(format!(
            "{name} is not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        ))
    })?;
    Ok((name, text))
}

/// A directory's tfvars files, recursively, sorted by name; hidden entries
/// (`.terraform`, `.git`) and symbolic links to directories are skipped.
fn walk(dir: &Path, out: &mut Vec<Source>) -> Result<(), Fatal> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| cannot_read(dir, &e))?
        .collect::<Result<_, _>>()
        .map_err(|e| cannot_read(dir, &e))?;
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let name = e.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') {
            continue;
        }
        let path = e.path();
        let ty = e.file_type().map_err(|err| cannot_read(&path, &err))?;
        if ty.is_dir() {
            walk(&path, out)?;
        } else if is_tfvars_name(&name) && (ty.is_file() || path.is_file()) {
            out.push(read_file(&path)?);
        }
    }
    Ok(())
}

fn source(path: String, mut bytes: Vec<u8>) -> Source {
    let format = Format::from_path(&path);
    // A byte-order mark is invisible in editors (and Terraform reads past it), so
    // lines and columns are counted from after it.
    if bytes.starts_with(BOM) {
        bytes.drain(..BOM.len());
    }
    match String::from_utf8(bytes) {
        Ok(text) => Source {
            path,
            text,
            format,
            problem: None,
        },
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
            let src = SourceText::new(&text);
            let start = src.pos(valid);
            let end = src.pos(valid + '\u{FFFD}'.len_utf8());
            let d = Diagnostic::new(Code::Io, format!("The file is not valid UTF-8: the byte at offset {valid} cannot start a character. Terraform reads only UTF-8 files."))
                .summary("Invalid UTF-8")
                .range(Some(tfcheck_core::source::Range { start, end }));
            Source {
                path,
                text,
                format,
                problem: Some(d),
            }
        }
    }
}

/// A path as diagnostics show it.
pub fn display(p: &Path) -> String {
    p.to_string_lossy().into_owned()
}

fn cannot_read(p: &Path, e: &std::io::Error) -> Fatal {
    Fatal::new(format!("cannot read {}: {}", p.display(), io_reason(e)))
}

/// An I/O error in words, without the OS error number.
pub fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match e.kind() {
        NotFound => "no such file or directory".into(),
        PermissionDenied => "permission denied".into(),
        IsADirectory => "is a directory".into(),
        _ => {
            let s = e.to_string();
            match s.find(" (os error") {
                Some(i) => s[..i].to_string(),
                None => s,
            }
        }
    }
}
