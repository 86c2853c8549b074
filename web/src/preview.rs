//! The tfvars file as it stands (`#tfvars-preview`), written by the core's
//! emitter exactly as `sockerless-tfcheck tfvars` writes it, in HCL or JSON, with
//! all values or only the changed ones, with descriptions or not; copy it, or
//! download it once the configuration has no errors.

use crate::browser;
use crate::context::{render_effect, Ctx};
use crate::dom::{by_id, h, set_checked, set_disabled, set_text, toggle_class, El};
use crate::state::Checked;
use leptos::prelude::*;
use leptos::task::spawn_local;
use tfcheck_core::Format;

pub fn set_format(cx: Ctx, value: &str) {
    let format = if value == "json" {
        Format::Json
    } else {
        Format::Hcl
    };
    cx.update(|s| s.preview.format = format);
}

fn text(cx: Ctx) -> String {
    cx.state
        .with_untracked(|s| cx.checked.with_untracked(|ch| s.tfvars(cx.form, ch)))
}

fn status(message: &str) {
    if let Some(el) = by_id("preview-status") {
        set_text(&el, message);
    }
}

pub fn copy(cx: Ctx) {
    let t = text(cx);
    spawn_local(async move {
        match browser::copy_text(&t).await {
            Ok(()) => status("Copied to the clipboard."),
            Err(e) => status(&format!(
                "Could not copy ({e}): select the text and copy it."
            )),
        }
    });
}

pub fn download(cx: Ctx) {
    if !cx.checked.with_untracked(Checked::valid) {
        return;
    }
    let name = cx.state.with_untracked(|s| s.preview.file_name());
    match browser::download(name, &text(cx)) {
        Ok(()) => status(&format!("Downloaded {name}.")),
        Err(e) => status(&format!("Could not download: {e}")),
    }
}

fn option(input: El, label: &str) -> El {
    h("label").c(input).t(label)
}

pub fn panel(cx: Ctx) -> El {
    let title = h("h2").id("preview-title");
    let hcl = h("input")
        .a("type", "radio")
        .a("name", "preview-format")
        .a("value", "hcl");
    let json = h("input")
        .a("type", "radio")
        .a("name", "preview-format")
        .a("value", "json");
    let only_changed = h("input").a("type", "checkbox").id("preview-only-changed");
    let describe = h("input")
        .a("type", "checkbox")
        .id("preview-describe")
        .a("aria-describedby", "preview-describe-note");
    let note = h("span").cls("note").id("preview-describe-note");
    let pre = h("pre")
        .id("tfvars-preview")
        .cls("preview")
        .a("tabindex", "0")
        .a("aria-label", "The tfvars file");
    let button = h("button")
        .a("type", "button")
        .id("download")
        .cls("primary")
        .a("data-action", "download")
        .a("aria-describedby", "download-reason");
    let reason = h("span").cls("reason").id("download-reason");
    let els = [
        &title,
        &hcl,
        &json,
        &only_changed,
        &describe,
        &note,
        &pre,
        &button,
        &reason,
    ]
    .map(|e| e.0.clone());

    render_effect(move |_| {
        let [title, hcl, json, only_changed, describe, note, pre, button, reason] = &els;
        let (opts, text) = cx
            .state
            .with(|s| (s.preview, cx.checked.with(|ch| s.tfvars(cx.form, ch))));
        let errors = cx.checked.with(Checked::errors);
        let is_json = opts.format == Format::Json;
        set_text(title, opts.file_name());
        set_checked(hcl, !is_json);
        set_checked(json, is_json);
        set_checked(only_changed, opts.only_changed);
        set_checked(describe, opts.describe && !is_json);
        set_disabled(describe, is_json);
        set_text(
            note,
            if is_json {
                "(JSON has no comments)"
            } else {
                ""
            },
        );
        set_text(pre, &text);
        toggle_class(pre, "blocked", errors > 0);
        set_disabled(button, errors > 0);
        set_text(button, &format!("Download {}", opts.file_name()));
        set_text(
            reason,
            &match errors {
                0 => String::new(),
                1 => "Download is disabled while the configuration has an error: fix it first (see Problems).".into(),
                n => format!("Download is disabled while the configuration has errors: fix the {n} errors first (see Problems)."),
            },
        );
    });

    h("section")
        .cls("panel")
        .a("aria-labelledby", "preview-title")
        .c(title)
        .c(h("div").cls("preview-options").cs(vec![
            h("fieldset")
                .cls("inline")
                .c(h("legend").t("Format"))
                .c(option(hcl, " HCL"))
                .c(option(json, " JSON")),
            option(only_changed, " Only values that differ from the defaults"),
            option(describe, " Descriptions as comments"),
            note,
        ]))
        .c(pre)
        .c(h("div").cls("actions").cs(vec![
            h("button")
                .a("type", "button")
                .id("copy")
                .a("data-action", "copy")
                .t("Copy"),
            button,
            reason,
        ]))
        .c(h("p")
            .cls("note")
            .id("preview-status")
            .a("role", "status")
            .a("aria-live", "polite"))
}
