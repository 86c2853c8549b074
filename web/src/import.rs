//! Starting from an existing `.tfvars` or `.tfvars.json`: dropped anywhere on
//! the page, chosen with the file picker, or pasted. The core checks the text
//! as a file (so its problems carry line numbers) and its values fill the form.

use crate::browser;
use crate::context::{listen, Ctx};
use crate::dom::{by_id, h, toggle_class, El};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use web_sys::{DragEvent, EventTarget, FileList};

/// Checks `text` (named `file`; empty for pasted text) and fills the form from it.
fn load(cx: Ctx, file: &str, text: &str) {
    cx.update(|s| s.import(cx.form, file, text));
    let shown = if file.is_empty() {
        "The pasted text"
    } else {
        file
    };
    let (errors, warnings) = cx.state.with_untracked(|s| {
        s.imported.as_ref().map_or((0, 0), |i| {
            let errors = i.diagnostics.iter().filter(|d| d.is_error()).count();
            (errors, i.diagnostics.len() - errors)
        })
    });
    cx.say(match (errors, warnings) {
        (0, 0) => format!("{shown} was loaded into the form."),
        (e, w) => format!(
            "{shown} was loaded into the form. In it: {} (see Problems).",
            crate::diagnostics::count_text(e, w)
                .trim_end_matches('.')
                .to_lowercase()
        ),
    });
}

/// Reads the first of `files` and loads it.
pub fn load_first(cx: Ctx, files: Option<FileList>) {
    let Some(file) = files.and_then(|fs| fs.get(0)) else {
        return;
    };
    spawn_local(async move {
        match browser::read_file(&file).await {
            Ok(text) => load(cx, &file.name(), &text),
            Err(e) => cx.say(format!("{} could not be read: {e}", file.name())),
        }
    });
}

pub fn load_pasted(cx: Ctx) {
    let text = by_id("import-text")
        .map(|t| crate::dom::value_of(&t))
        .unwrap_or_default();
    if text.trim().is_empty() {
        cx.say("Paste the text of a .tfvars or .tfvars.json file first.");
        return;
    }
    load(cx, "", &text);
}

/// A file dropped anywhere on the page is imported, never opened by the browser.
pub fn listen_for_drops(cx: Ctx, window: &EventTarget) {
    let highlight = |on: bool| {
        if let Some(panel) = by_id("import") {
            toggle_class(&panel, "dragging", on);
        }
    };
    listen(window, "dragover", move |ev| {
        ev.prevent_default();
        highlight(true);
    });
    listen(window, "dragleave", move |ev| {
        if ev
            .dyn_ref::<DragEvent>()
            .is_some_and(|d| d.related_target().is_none())
        {
            highlight(false);
        }
    });
    listen(window, "drop", move |ev| {
        ev.prevent_default();
        highlight(false);
        let files = ev
            .dyn_ref::<DragEvent>()
            .and_then(DragEvent::data_transfer)
            .and_then(|d| d.files());
        load_first(cx, files);
    });
}

pub fn panel() -> El {
    h("section").id("import").cls("panel import").a("aria-labelledby", "import-title").cs(vec![
        h("h2").id("import-title").t("Start from a file"),
        h("p")
            .t("Drop a ")
            .c(h("code").t(".tfvars"))
            .t(" or ")
            .c(h("code").t(".tfvars.json"))
            .t(" file anywhere on the page, choose one, or paste its text. Its values replace the form's; its problems show with their line numbers."),
        h("div").cls("import-row").cs(vec![
            h("label").a("for", "import-file").t("Choose a file"),
            h("input").a("type", "file").id("import-file").a("accept", ".tfvars,.json,text/plain,application/json"),
        ]),
        h("details").cs(vec![
            h("summary").t("Paste text"),
            h("label").a("for", "import-text").t("Text of a tfvars file (HCL or JSON)"),
            h("textarea").id("import-text").a("rows", "6").a("spellcheck", "false").a("autocomplete", "off"),
            h("button").a("type", "button").id("import-load").a("data-action", "import-load").t("Load pasted text"),
        ]),
    ])
}
