//! What `check` reads: files named on the command line, directories searched
//! recursively for `*.tfvars` and `*.tfvars.json`, and `-` for standard input.
//!
//! A path that cannot be read is fatal (exit 2). A file that can be read but is
//! not UTF-8 is an error diagnostic of that file (`IO001`), like a syntax error;
//! so is one larger than `--max-bytes` (`LIM001`), which is never read into
//! memory: a file's size is looked at first, and no more than the limit (and one
//! byte) is read from a stream.

use crate::Fatal;
use std::io::Read;
use std::path::{Path, PathBuf};
use tfcheck_core::source::SourceText;
use tfcheck_core::{Code, Diagnostic, Format, Limits};

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

/// One input to check: standard input, already read, or a file to read.
pub enum Input {
    Read(Box<Source>),
    File(PathBuf),
}

impl Input {
    /// The input's text; a file that cannot be read is fatal.
    pub fn read(self, max_bytes: usize) -> Result<Source, Fatal> {
        match self {
            Input::Read(s) => Ok(*s),
            Input::File(p) => read_file(&p, max_bytes),
        }
    }
}

/// Expands the command line's paths into the inputs to check, in order: each
/// path as given, a directory's files sorted by name. Files are read later
/// ([`Input::read`]), by the threads that check them.
pub fn collect(paths: &[PathBuf], stdin_name: &str, max_bytes: usize) -> Result<Vec<Input>, Fatal> {
    let mut out = Vec::new();
    for p in paths {
        if p == Path::new("-") {
            out.push(Input::Read(Box::new(read_one(p, stdin_name, max_bytes)?)));
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
            out.push(Input::File(p.clone()));
        }
    }
    Ok(out)
}

/// What reading at most a limit's worth of bytes gave.
pub enum Limited {
    Bytes(Vec<u8>),
    /// More than the limit: the size when known (a file), else `None`.
    TooLarge(Option<u64>),
}

/// Reads `r` to its end, unless it holds more than `max_bytes`: a file whose
/// `known_len` is over the limit is not read at all, and a stream is read no
/// further than the limit and one byte, so memory stays bounded either way.
pub fn read_limited(
    r: impl Read,
    known_len: Option<u64>,
    max_bytes: usize,
) -> std::io::Result<Limited> {
    let max = max_bytes as u64;
    if let Some(n) = known_len.filter(|&n| n > max) {
        return Ok(Limited::TooLarge(Some(n)));
    }
    let mut bytes = Vec::with_capacity(known_len.map_or(0, |n| n as usize));
    r.take(max.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max {
        // The file grew, or is a stream: its size is not known.
        return Ok(Limited::TooLarge(None));
    }
    Ok(Limited::Bytes(bytes))
}

/// Reads a file within the limit: its bytes, or how large it is.
fn read_path(p: &Path, max_bytes: usize) -> std::io::Result<Limited> {
    let f = std::fs::File::open(p)?;
    let meta = f.metadata()?;
    if meta.is_dir() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::IsADirectory,
            "is a directory",
        ));
    }
    // Only a regular file's size is its length (a device or a pipe says 0).
    let len = meta.is_file().then_some(meta.len());
    read_limited(f, len, max_bytes)
}

/// Standard input, within the limit.
fn read_stdin(max_bytes: usize) -> Result<Limited, Fatal> {
    read_limited(std::io::stdin().lock(), None, max_bytes).map_err(|e| {
        Fatal::new(format!(
            "cannot read standard input: {}",
            crate::output::io_reason(&e)
        ))
    })
}

/// A source that is not read because it is over the limit.
fn too_large(path: String, len: Option<u64>, max_bytes: usize) -> Source {
    let limits = Limits {
        max_bytes,
        ..Limits::default()
    };
    Source {
        format: Format::from_path(&path),
        path,
        text: String::new(),
        problem: Some(limits.too_large(len)),
    }
}

/// Reads one file, or standard input for `-`.
pub fn read_one(p: &Path, stdin_name: &str, max_bytes: usize) -> Result<Source, Fatal> {
    if p == Path::new("-") {
        return Ok(match read_stdin(max_bytes)? {
            Limited::Bytes(bytes) => source(stdin_name.to_string(), bytes),
            Limited::TooLarge(len) => too_large(stdin_name.to_string(), len, max_bytes),
        });
    }
    read_file(p, max_bytes)
}

/// Reads one file; a file that cannot be opened is fatal.
pub fn read_file(p: &Path, max_bytes: usize) -> Result<Source, Fatal> {
    Ok(
        match read_path(p, max_bytes).map_err(|e| cannot_read(p, &e))? {
            Limited::Bytes(bytes) => source(display(p), bytes),
            Limited::TooLarge(len) => too_large(display(p), len, max_bytes),
        },
    )
}

/// A text input over the size limit: its name and the `LIM001` diagnostic.
pub struct TooLarge {
    pub name: String,
    pub diagnostic: Diagnostic,
}

/// Reads a file or, for `-`, standard input, as text; not UTF-8 is fatal here
/// (for inputs that are not checked files: `backend-config`, `tfvars --from`
/// reads through [`read_file`] instead). More than `max_bytes` is not read.
pub fn read_text(p: &Path, max_bytes: usize) -> Result<Result<(String, String), TooLarge>, Fatal> {
    let (name, read) = if p == Path::new("-") {
        ("<stdin>".to_string(), read_stdin(max_bytes)?)
    } else {
        (
            display(p),
            read_path(p, max_bytes).map_err(|e| cannot_read(p, &e))?,
        )
    };
    let bytes = match read {
        Limited::Bytes(b) => b,
        Limited::TooLarge(len) => {
            let limits = Limits {
                max_bytes,
                ..Limits::default()
            };
            return Ok(Err(TooLarge {
                name,
                diagnostic: limits.too_large(len),
            }));
        }
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
    Ok(Ok((name, text)))
}

/// A directory's tfvars files, recursively, sorted by name; hidden entries
/// (`.terraform`, `.git`) and symbolic links to directories are skipped.
fn walk(dir: &Path, out: &mut Vec<Input>) -> Result<(), Fatal> {
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
            out.push(Input::File(path));
        }
    }
    Ok(())
}

fn source(path: String, bytes: Vec<u8>) -> Source {
    let format = Format::from_path(&path);
    // A byte-order mark stays: Terraform reads past one in HCL (and so does the
    // core, counting columns from after it) but refuses one in JSON.
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
    Fatal::new(format!(
        "cannot read {}: {}",
        p.display(),
        crate::output::io_reason(e)
    ))
}
