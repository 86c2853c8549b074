//! Writing results: standard output and error (a closed pipe is not a crash), and
//! `-o FILE`.

use crate::Fatal;
use std::io::Write;
use std::path::Path;

/// Writes to standard output; a reader that went away (`| head`) is ignored.
pub fn print(s: &str) {
    let _ = write_waiting(&mut std::io::stdout().lock(), s.as_bytes());
}

/// Writes to standard error.
pub fn eprint(s: &str) {
    let _ = write_waiting(&mut std::io::stderr().lock(), s.as_bytes());
}

/// Writes and flushes all of `bytes`, waiting while the reader catches up. A
/// pipe may be in non-blocking mode, shared with a parent that set it (Node
/// does, and the npm command line runs this code under Node's WASI): a full
/// pipe then answers WouldBlock instead of waiting, which `write_all` would
/// take for an error and lose the rest of the output.
fn write_waiting(w: &mut impl Write, mut bytes: &[u8]) -> std::io::Result<()> {
    let wait = || std::thread::sleep(std::time::Duration::from_millis(1));
    while !bytes.is_empty() {
        match w.write(bytes) {
            Ok(0) => return Err(std::io::ErrorKind::WriteZero.into()),
            Ok(n) => bytes = &bytes[n..],
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => wait(),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    loop {
        match w.flush() {
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => wait(),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            done => return done,
        }
    }
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

#[cfg(test)]
mod tests {
    use super::write_waiting;
    use std::io::{self, Write};

    /// A writer that refuses every other call with WouldBlock and takes at
    /// most 3 bytes at a time, like a full non-blocking pipe being drained.
    struct Stingy {
        got: Vec<u8>,
        calls: usize,
    }

    impl Write for Stingy {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.calls += 1;
            if self.calls % 2 == 1 {
                return Err(io::ErrorKind::WouldBlock.into());
            }
            let n = buf.len().min(3);
            self.got.extend_from_slice(&buf[..n]);
            Ok(n)
        }
        fn flush(&mut self) -> io::Result<()> {
            self.calls += 1;
            if self.calls % 2 == 1 {
                Err(io::ErrorKind::WouldBlock.into())
            } else {
                Ok(())
            }
        }
    }

    #[test]
    fn would_block_waits_and_nothing_is_lost() {
        let mut w = Stingy {
            got: Vec::new(),
            calls: 0,
        };
        write_waiting(&mut w, b"0123456789abcdef").unwrap();
        assert_eq!(w.got, b"0123456789abcdef");
    }

    #[test]
    fn other_errors_end_the_write() {
        struct Gone;
        impl Write for Gone {
            fn write(&mut self, _: &[u8]) -> io::Result<usize> {
                Err(io::ErrorKind::BrokenPipe.into())
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let e = write_waiting(&mut Gone, b"x").unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::BrokenPipe);
    }
}
