//! The human format: rustc-style frames drawn by annotate-snippets (the source
//! line, a caret under the span labelled with the module's message, a help line,
//! a note with where the rule is in the module), then a one-line summary.

use super::{plural, Report};
use crate::args::ColorChoice;
use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};
use std::io::IsTerminal;
use tfcheck_core::Diagnostic;

/// Whether to colour a stream: `--color always`/`never`, or, for `auto`, the
/// stream is a terminal and `NO_COLOR` is unset or empty.
pub fn use_color(choice: ColorChoice, is_terminal: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    }
}

/// Colour decisions for standard output and standard error.
#[derive(Clone, Copy, Debug)]
pub struct Colors {
    pub out: bool,
    pub err: bool,
}

impl Colors {
    pub fn detect(choice: ColorChoice) -> Colors {
        Colors {
            out: use_color(choice, std::io::stdout().is_terminal()),
            err: use_color(choice, std::io::stderr().is_terminal()),
        }
    }
}

/// `error: ` for messages that are not diagnostics, coloured like a frame's title.
pub fn error_prefix(color: bool) -> &'static str {
    if color {
        "\x1b[1m\x1b[91merror\x1b[0m\x1b[1m:\x1b[0m "
    } else {
        "error: "
    }
}

/// Renders every diagnostic as a frame; with `summary`, ends with one line
/// counting files, errors and warnings.
pub fn render(report: &Report, color: bool, module_dir: Option<&str>, summary: bool) -> String {
    let report = &*super::hints::report(report);
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = String::new();
    for f in &report.files {
        for d in &f.diagnostics {
            out.push_str(&renderer.render(&[frame(&f.path, &f.text, d, module_dir)]));
            out.push_str("\n\n");
        }
    }
    if summary {
        out.push_str(&summary_line(report, color));
        out.push('\n');
    }
    out
}

fn frame<'a>(
    path: &'a str,
    text: &'a str,
    d: &'a Diagnostic,
    module_dir: Option<&str>,
) -> Group<'a> {
    let level = if d.is_error() {
        Level::ERROR
    } else {
        Level::WARNING
    };
    let mut g = Group::with_title(level.primary_title(d.summary.as_str()).id(d.code.id()));
    let in_text = |b: usize| b <= text.len() && text.is_char_boundary(b);
    match d.range {
        Some(r) if in_text(r.start.byte) && in_text(r.end.byte) && r.start.byte <= r.end.byte => {
            let label = match &d.variable {
                Some(v) if !d.message.contains(v.as_str()) => {
                    format!("{} (variable {v})", d.message)
                }
                _ => d.message.clone(),
            };
            // Only the lines the span covers go to the renderer, so a large file
            // with many diagnostics is not scanned once per diagnostic.
            let Some((from, to)) = excerpt(text, r.start.byte, r.end.byte) else {
                g = g.element(
                    Origin::path(path)
                        .line(r.start.line)
                        .char_column(r.start.column.saturating_sub(1)),
                );
                g = g.element(Level::NOTE.no_name().message(label));
                return with_notes(g, d, module_dir);
            };
            g = g.element(
                Snippet::source(&text[from..to])
                    .path(path)
                    .line_start(r.start.line)
                    .fold(true)
                    .annotation(
                        AnnotationKind::Primary
                            .span(r.start.byte - from..r.end.byte.min(to) - from)
                            .label(label),
                    ),
            );
            if to < r.end.byte {
                g = g.element(Level::NOTE.message(format!(
                    "the span continues to line {}, column {}",
                    r.end.line, r.end.column
                )));
            }
        }
        Some(r) => {
            g = g.element(
                Origin::path(path)
                    .line(r.start.line)
                    .char_column(r.start.column.saturating_sub(1)),
            );
            g = g.element(Level::NOTE.no_name().message(d.message.as_str()));
        }
        None => {
            g = g.element(Origin::path(path));
            let msg = match &d.variable {
                Some(v) if !d.message.contains(v.as_str()) => {
                    format!("{} (variable {v})", d.message)
                }
                _ => d.message.clone(),
            };
            g = g.element(Level::NOTE.no_name().message(msg));
        }
    }
    with_notes(g, d, module_dir)
}

/// Adds a diagnostic's help line and where its rule is.
fn with_notes<'a>(mut g: Group<'a>, d: &'a Diagnostic, module_dir: Option<&str>) -> Group<'a> {
    if let Some(h) = &d.help {
        g = g.element(Level::HELP.message(h.as_str()));
    }
    if let Some(rule) = &d.rule {
        let file = match module_dir {
            Some(dir) => std::path::Path::new(dir)
                .join(&rule.file)
                .to_string_lossy()
                .into_owned(),
            None => rule.file.clone(),
        };
        g = g.element(Level::NOTE.message(format!(
            "the rule is at {file}:{}:{}",
            rule.range.start.line, rule.range.start.column
        )));
    }
    g
}

/// Longest span, in lines, drawn whole; a longer one is drawn to the end of its
/// first lines and its end is named in a note.
const MAX_FRAME_LINES: usize = 50;

const BOM: &str = "\u{feff}";

/// Longest excerpt drawn, in bytes: a frame around a longer line would not be
/// readable, and drawing it costs time in proportion to the line.
const MAX_FRAME_BYTES: usize = 4096;

/// The byte range of the whole lines from `start`'s line to `end`'s (at most
/// [`MAX_FRAME_LINES`] of them), or `None` when they are longer than
/// [`MAX_FRAME_BYTES`]. Looks at no more than that many bytes either side, so
/// a huge one-line file costs little per diagnostic.
fn excerpt(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let back = start.saturating_sub(MAX_FRAME_BYTES);
    let from = match b[back..start].iter().rposition(|&c| c == b'\n') {
        Some(i) => back + i + 1,
        // A byte-order mark is not shown (nor counted in columns).
        None if back == 0 && start >= BOM.len() && text.starts_with(BOM) => BOM.len(),
        None if back == 0 => 0,
        None => return None,
    };
    let mut to = from;
    let mut lines = 0;
    loop {
        let limit = (from + MAX_FRAME_BYTES).min(b.len());
        if to > limit {
            return None;
        }
        match b[to..limit].iter().position(|&c| c == b'\n') {
            Some(i) => {
                lines += 1;
                if to + i >= end || lines >= MAX_FRAME_LINES {
                    // A CRLF line ends before its carriage return.
                    let eol = to + i;
                    let eol = if eol > from && b[eol - 1] == b'\r' {
                        eol - 1
                    } else {
                        eol
                    };
                    return Some((from, eol.max(start)));
                }
                to += i + 1;
            }
            None if limit == b.len() => return Some((from, b.len())),
            None => return None,
        }
    }
}

fn summary_line(report: &Report, color: bool) -> String {
    let files = plural(report.files.len(), "file");
    let (e, w) = (report.errors(), report.warnings());
    let line = match (e, w) {
        (0, 0) => format!("{files} checked, no problems found."),
        (e, 0) => format!("{files} checked: {}.", plural(e, "error")),
        (0, w) => format!("{files} checked: {}.", plural(w, "warning")),
        (e, w) => format!(
            "{files} checked: {}, {}.",
            plural(e, "error"),
            plural(w, "warning")
        ),
    };
    if !color {
        return line;
    }
    let code = if e > 0 {
        "\x1b[1m\x1b[91m"
    } else if w > 0 {
        "\x1b[1m\x1b[33m"
    } else {
        "\x1b[1m\x1b[92m"
    };
    format!("{code}{line}\x1b[0m")
}
