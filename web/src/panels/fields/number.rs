//! A number typed as text: the core converts it as Terraform converts `"3"` to a
//! number, so a mistyped value gets Terraform's own message (a browser number
//! input would silently drop it).

use super::{text_of, Wiring};
use crate::dom::{h, El};
use crate::state::Input;

pub fn build(w: &Wiring, input: &Input) -> El {
    let mode = if w.field.info.hints.integer {
        "numeric"
    } else {
        "decimal"
    };
    let el = h("input")
        .a("type", "text")
        .cls("number")
        .a("inputmode", mode)
        .id(&w.id())
        .a("name", w.name())
        .a("autocomplete", "off")
        .a_opt("placeholder", w.field.empty_is_null().then_some("null"))
        .a("aria-invalid", "false")
        .a("aria-describedby", &w.described_by);
    crate::dom::set_value(&el.0, text_of(input));
    el
}
