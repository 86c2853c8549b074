//! The summary of every problem (`#diagnostics`): the live verdict on the form,
//! each problem with a button that moves to its field; and, for an imported
//! file, what the core found in it, with line and column numbers and the line.

use crate::browser;
use crate::context::{render_effect, Ctx, LAST_CHECK_MS};
use crate::dom::{h, replace_children, set_attr, set_text, toggle_class, El};
use crate::state::Imported;
use leptos::prelude::*;
use tfcheck_core::Diagnostic;

/// Errors first, then warnings, each in the order given.
pub fn errors_first(ds: &[Diagnostic]) -> impl Iterator<Item = &Diagnostic> {
    ds.iter()
        .filter(|d| d.is_error())
        .chain(ds.iter().filter(|d| !d.is_error()))
}

/// "2 errors, 1 warning."
pub fn count_text(errors: usize, warnings: usize) -> String {
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    match (errors, warnings) {
        (0, 0) => "No problems: the configuration is valid.".into(),
        (0, w) => format!("Valid, with {}.", plural(w, "warning")),
        (e, 0) => format!("{}.", plural(e, "error")),
        (e, w) => format!("{}, {}.", plural(e, "error"), plural(w, "warning")),
    }
}

pub fn panel(cx: Ctx) -> El {
    let summary = h("p")
        .cls("summary")
        .a("role", "status")
        .a("aria-live", "polite");
    let list = h("ul").cls("summary-list");
    let report = h("div");
    let section = h("section")
        .id("diagnostics")
        .cls("panel")
        .a("aria-labelledby", "diagnostics-title");
    let (section_el, summary_el, list_el, report_el) = (
        section.0.clone(),
        summary.0.clone(),
        list.0.clone(),
        report.0.clone(),
    );

    render_effect(move |_| {
        cx.checked.with(|ch| {
            let (errors, warnings) = (ch.errors(), ch.warnings());
            set_attr(&section_el, "data-errors", &errors.to_string());
            set_attr(&section_el, "data-warnings", &warnings.to_string());
            set_attr(
                &section_el,
                "data-check-ms",
                &browser::millis_text(LAST_CHECK_MS.with(|t| t.get())),
            );
            set_text(&summary_el, &count_text(errors, warnings));
            toggle_class(&summary_el, "ok", errors == 0);
            let items = errors_first(&ch.diagnostics)
                .map(|d| summary_item(cx, d))
                .collect();
            replace_children(&list_el, items);
        });
    });
    render_effect(move |prev: Option<Option<(Imported, bool)>>| {
        let now = cx
            .state
            .with(|s| s.imported.clone().map(|i| (i, s.is_as_imported())));
        if prev.as_ref() != Some(&now) {
            replace_children(
                &report_el,
                now.iter()
                    .map(|(i, current)| import_report(i, *current))
                    .collect(),
            );
        }
        now
    });
    section
        .c(h("h2").id("diagnostics-title").t("Problems"))
        .c(summary)
        .c(list)
        .c(report)
}

/// A problem in the summary: a button to its field (the first variable it
/// involves), the code and the message.
fn summary_item(cx: Ctx, d: &Diagnostic) -> El {
    let involved: Vec<String> = cx.form.involved(d).into_iter().collect();
    let (class, severity) = if d.is_error() {
        ("error", "Error: ")
    } else {
        ("warning", "Warning: ")
    };
    let target = d.variable.clone().or_else(|| involved.first().cloned());
    let go = target.map(|t| {
        let label = if involved.len() > 1 {
            involved.join(", ")
        } else {
            t.clone()
        };
        h("button")
            .a("type", "button")
            .cls("link")
            .a("data-action", "focus")
            .a("data-variable", &t)
            .a("aria-label", &format!("Go to {t}"))
            .t(&label)
    });
    let colon = if go.is_some() { ": " } else { "" };
    h("li")
        .cls(class)
        .c(h("span").cls("sr-only").t(severity))
        .c(h("span").cls("code").t(d.code.id()))
        .t(" ")
        .c_opt(go)
        .t(colon)
        .t(&d.message)
}

/// What the core found in the imported file, with positions and the lines they point at.
fn import_report(imported: &Imported, current: bool) -> El {
    let heading = if current {
        format!("In {} as imported:", imported.file)
    } else {
        format!(
            "In {} as imported (the form has been edited since):",
            imported.file
        )
    };
    let items: Vec<El> = errors_first(&imported.diagnostics)
        .map(|d| {
            let (class, severity) = if d.is_error() {
                ("error", "Error: ")
            } else {
                ("warning", "Warning: ")
            };
            let at = match d.range {
                Some(r) => format!(
                    "{}, line {}, column {}: ",
                    imported.file, r.start.line, r.start.column
                ),
                None => format!("{}: ", imported.file),
            };
            h("li")
                .cls(class)
                .c(h("span").cls("sr-only").t(severity))
                .c(h("span").cls("position").t(&at))
                .c(h("span").cls("code").t(d.code.id()))
                .t(" ")
                .t(&d.message)
                .c_opt(
                    imported
                        .line(d)
                        .map(|l| h("pre").cls("source-line").c(h("code").t(l))),
                )
        })
        .collect();
    h("div")
        .cls(if current {
            "import-report"
        } else {
            "import-report stale"
        })
        .id("import-report")
        .c(h("h3").t(&heading))
        .c_opt(
            imported
                .diagnostics
                .is_empty()
                .then(|| h("p").t("The file has no problems.")),
        )
        .c(h("ul").cls("summary-list").cs(items))
}
