//! The page: one signal holds the [`Config`], one memo the core's verdict on it;
//! every part of the page is an effect that brings its piece of the DOM up to
//! date from them, and writing the URL fragment is an effect of its own.
//!
//! Events are delegated: a few listeners on the document read what happened
//! from the element itself (an input's `name`, a button's `data-action`), so
//! the elements carry no closures and can be rebuilt at will.

use crate::context::{listen, render_effect, Ctx, LAST_CHECK_MS};
use crate::dom::{by_id, document, h, El};
use crate::state::{Config, Form};
use crate::{browser, cost, diagnostics, fields, import, preview, share, subnet_map};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, EventTarget, HtmlInputElement};

/// How long the address waits for typing to pause before it takes the new state.
pub const FRAGMENT_DELAY_MS: u64 = 150;

/// Puts the current configuration in the URL fragment now.
pub fn write_fragment(form: &'static Form, state: ReadSignal<Config>) {
    let fragment = state.with_untracked(|s| share::encode(s, form));
    browser::replace_fragment(&fragment);
}

/// Builds the page into `<body>` and starts it.
pub fn start() {
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let form: &'static Form = Box::leak(Box::new(Form::ecs()));
    let notice = RwSignal::new(None);
    let initial = match share::decode(&browser::fragment(), form) {
        Ok(d) => {
            if !d.ignored.is_empty() {
                notice.set(Some(format!(
                    "The link set things this module does not have, which were left out: {}.",
                    d.ignored.join(", ")
                )));
            }
            d.config
        }
        Err(e) => {
            notice.set(Some(format!(
                "The shared configuration could not be read: {e}. The form shows the defaults."
            )));
            Config::defaults(form)
        }
    };
    let (state, set_state) = signal(initial);
    let checked = Memo::new(move |_| {
        let start = browser::now();
        let c = state.with(|s| s.check(form));
        LAST_CHECK_MS.with(|t| t.set(browser::now() - start));
        c
    });
    let cx = Ctx {
        form,
        state,
        set_state,
        checked,
        notice,
    };

    let page = vec![
        header(),
        h("p")
            .cls("notice")
            .id("notice")
            .a("role", "status")
            .a("aria-live", "polite"),
        h("main").cls("layout").cs(vec![
            h("div")
                .cls("form-column")
                .cs(vec![import::panel(), fields::form(cx)]),
            h("aside").cls("side-column").cs(vec![
                diagnostics::panel(cx),
                preview::panel(cx),
                subnet_map::panel(cx),
                cost::panel(cx),
            ]),
        ]),
        h("footer").cls("bottom").c(h("p")
            .t("The form, the checks and the tfvars text all come from the module's own ")
            .c(h("code").t(".tf"))
            .t(" files, read by the tfcheck core compiled to WebAssembly.")),
    ];
    let body = document().body().expect("the page has a body");
    for el in page {
        let _ = body.append_child(&el.0);
    }
    if let Some(loading) = by_id("loading") {
        loading.remove();
    }

    render_effect(move |_| {
        if let Some(el) = by_id("notice") {
            crate::dom::set_text(&el, &notice.get().unwrap_or_default());
        }
    });
    // The URL fragment always holds the configuration: written once typing
    // pauses, since browsers throttle pages that rewrite their address too often.
    let pending = std::rc::Rc::new(std::cell::Cell::new(false));
    Effect::new(move |_| {
        state.track();
        if !pending.replace(true) {
            let pending = pending.clone();
            set_timeout(
                move || {
                    pending.set(false);
                    write_fragment(form, state);
                },
                std::time::Duration::from_millis(FRAGMENT_DELAY_MS),
            );
        }
    });
    events(cx);
    // The first render, with the defaults (or the shared link) validated, is done:
    // say when, in milliseconds since navigation started (read by the browser test).
    let _ = body.set_attribute(
        "data-first-render-ms",
        &browser::millis_text(browser::now()),
    );
}

fn header() -> El {
    h("header").cls("top").cs(vec![
        h("div").cs(vec![
            h("h1").t("sockerless ECS configurator"),
            h("p")
                .cls("tagline")
                .t("Build a tfvars file for the sockerless ECS module, checked as you type by the same rules as ")
                .c(h("code").t("terraform plan"))
                .t(" and ")
                .c(h("code").t("sockerless-tfcheck"))
                .t(". Everything runs in this page: nothing you type leaves your browser."),
        ]),
        h("div").cls("top-actions").cs(vec![
            h("button")
                .a("type", "button")
                .id("share")
                .a("data-action", "share")
                .a("title", "The configuration is in the address after #, which stays in your browser")
                .t("Copy link to this configuration"),
            h("button").a("type", "button").id("reset").a("data-action", "reset").t("Reset to defaults"),
        ]),
    ])
}

fn target_element(ev: &Event) -> Option<Element> {
    ev.target().and_then(|t| t.dyn_into::<Element>().ok())
}

fn in_form(el: &Element) -> bool {
    el.closest("#config-form").ok().flatten().is_some()
}

/// The page's event handling, by delegation.
fn events(cx: Ctx) {
    let doc: EventTarget = document().into();
    // The form is never submitted anywhere.
    listen(&doc, "submit", |ev| ev.prevent_default());
    // Typing in a text box of the form.
    listen(&doc, "input", move |ev| {
        let Some(el) = target_element(&ev) else {
            return;
        };
        let Some(name) = el.get_attribute("name") else {
            return;
        };
        if !in_form(&el)
            || el.get_attribute("type").as_deref() == Some("checkbox")
            || el.tag_name() == "SELECT"
        {
            return;
        }
        let value = crate::dom::value_of(&el);
        cx.update(|s| s.edit(cx.form, &name, &value));
    });
    // Toggles, selects, preview options, the file picker.
    listen(&doc, "change", move |ev| {
        let Some(el) = target_element(&ev) else {
            return;
        };
        let input = el.dyn_ref::<HtmlInputElement>();
        let checked = input.is_some_and(HtmlInputElement::checked);
        if in_form(&el) {
            let Some(name) = el.get_attribute("name") else {
                return;
            };
            if el.get_attribute("type").as_deref() == Some("checkbox") {
                cx.update(|s| s.edit(cx.form, &name, if checked { "true" } else { "false" }));
            } else if el.tag_name() == "SELECT" {
                let value = crate::dom::value_of(&el);
                cx.update(|s| s.edit(cx.form, &name, &value));
            }
            return;
        }
        match (el.id().as_str(), el.get_attribute("name").as_deref()) {
            (_, Some("preview-format")) => preview::set_format(cx, &crate::dom::value_of(&el)),
            ("preview-only-changed", _) => cx.update(|s| s.preview.only_changed = checked),
            ("preview-describe", _) => cx.update(|s| s.preview.describe = checked),
            ("import-file", _) => {
                if let Some(i) = input {
                    import::load_first(cx, i.files());
                    i.set_value("");
                }
            }
            _ => {}
        }
    });
    // Buttons, by their data-action.
    listen(&doc, "click", move |ev| {
        let Some(el) = target_element(&ev) else {
            return;
        };
        let Some(button) = el.closest("[data-action]").ok().flatten() else {
            return;
        };
        let action = button.get_attribute("data-action").unwrap_or_default();
        let variable = button.get_attribute("data-variable").unwrap_or_default();
        let index: Option<usize> = button
            .get_attribute("data-index")
            .and_then(|i| i.parse().ok());
        match action.as_str() {
            "focus" => browser::focus_field(&variable),
            "add" => fields::add_row(cx, &variable),
            "remove" => {
                if let Some(i) = index {
                    fields::remove_row(cx, &variable, i);
                }
            }
            "reset" => {
                cx.update(|s| s.reset(cx.form));
                cx.say("The form is back to the module's defaults.");
            }
            "share" => copy_link(cx),
            "copy" => preview::copy(cx),
            "download" => preview::download(cx),
            "import-load" => import::load_pasted(cx),
            _ => {}
        }
    });
    let win: EventTarget = web_sys::window().expect("a window").into();
    // A link opened in this tab (the fragment changed under the page) is followed.
    listen(&win, "hashchange", move |_| {
        let fragment = browser::fragment();
        if cx.state.with_untracked(|s| share::encode(s, cx.form)) == fragment {
            return;
        }
        match share::decode(&fragment, cx.form) {
            Ok(d) => {
                cx.set_state.set(d.config);
                cx.notice.set(None);
            }
            Err(e) => cx.say(format!("The link's configuration could not be read: {e}.")),
        }
    });
    import::listen_for_drops(cx, &win);
}

/// Copies the page's address, which holds the configuration, to the clipboard.
fn copy_link(cx: Ctx) {
    write_fragment(cx.form, cx.state);
    let link = browser::href();
    leptos::task::spawn_local(async move {
        cx.say(match browser::copy_text(&link).await {
            Ok(()) => "The link to this configuration was copied. It holds the values after its #, which browsers never send to a server.".to_string(),
            Err(e) => format!("Could not copy the link ({e}): copy the address bar; it holds this configuration."),
        });
    });
}
