//! A text box: strings, and values of other types written as HCL expressions.

use super::{text_of, Wiring};
use crate::dom::{h, El};
use crate::state::{Input, Widget};

pub fn build(w: &Wiring, input: &Input) -> El {
    let class = if w.field.widget == Widget::Expr {
        "text mono"
    } else {
        "text"
    };
    let el = h("input")
        .a("type", "text")
        .cls(class)
        .id(&w.id())
        .a("name", w.name())
        .a("autocomplete", "off")
        .a("spellcheck", "false")
        .a_opt("placeholder", w.field.empty_is_null().then_some("null"))
        .a("aria-invalid", "false")
        .a("aria-describedby", &w.described_by);
    crate::dom::set_value(&el.0, text_of(input));
    el
}
