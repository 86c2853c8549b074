//! Writing results: standard output and error (a closed pipe is not a crash), and
//! `-o FILE`.

use crate::Fatal;
use std::io::Write;
use std::path::Path;

/// Writes to standard output; a reader that went away (`| head`) is ignored.
pub fn print(s: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(s.as_bytes()).and_then(|()| out.flush());
}

/// Writes to standard error.
pub fn eprint(s: &str) {
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(s.as_bytes()).and_then(|()| err.flush());
}

/// Writes `contents` to `path`, or to standard output when there is no path or it is `-`.
pub fn emit(path: Option<&Path>, contents: &str) -> Result<(), Fatal> {
    match path {
        Some(p) if p != Path::new("-") => std::fs::write(p, contents)
            .map_err(|e| Fatal::new(format!("cannot write {}: {}", p.display(), io_reason(&e)))),
        _ => {
            print(contents);
            Ok(())
        }
    }
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
