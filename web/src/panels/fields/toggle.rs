//! A checkbox for a bool, labelled by the variable's name.

use super::Wiring;
use crate::dom::{h, set_checked, set_text, El};
use crate::state::Input;
use web_sys::Element;

fn on(input: &Input) -> bool {
    matches!(input, Input::Toggle(true))
}

fn state_text(input: &Input) -> &'static str {
    if on(input) {
        " = true"
    } else {
        " = false"
    }
}

pub fn build(w: &Wiring, input: &Input) -> El {
    let state = state_text(input);
    let checkbox = h("input")
        .a("type", "checkbox")
        .id(&w.id())
        .a("name", w.name())
        .a("aria-invalid", "false")
        .a("aria-describedby", &w.described_by);
    set_checked(&checkbox.0, on(input));
    h("label")
        .cls("toggle")
        .a("for", &w.id())
        .c(checkbox)
        .cs(super::title(w.field))
        .c(h("span")
            .cls("toggle-state")
            .a("aria-hidden", "true")
            .t(state))
}

pub fn sync(label: &Element, input: &Input) {
    if let Ok(Some(checkbox)) = label.query_selector("input") {
        set_checked(&checkbox, on(input));
    }
    if let Ok(Some(state)) = label.query_selector(".toggle-state") {
        set_text(&state, state_text(input));
    }
}
