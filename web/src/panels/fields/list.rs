//! A list editor: one text box per element (named `<name>[i]`), a button to
//! remove each, and one to add an element. Elements are text: the core converts
//! them to the list's element type.

use super::{add_button, remove_button, Wiring};
use crate::dom::{h, replace_children, set_value, toggle_class, El};
use crate::state::Input;
use web_sys::Element;

fn items(input: &Input) -> &[String] {
    match input {
        Input::List(items) => items,
        _ => &[],
    }
}

fn row(w: &Wiring, i: usize, value: &str) -> El {
    let name = w.name();
    let id = format!("f-{name}-{i}");
    let input = h("input")
        .a("type", "text")
        .id(&id)
        .a("name", &format!("{name}[{i}]"))
        .a("autocomplete", "off")
        .a("spellcheck", "false")
        .a("aria-invalid", "false")
        .a("aria-describedby", &w.described_by);
    set_value(&input.0, value);
    h("li")
        .cls("list-row")
        .c(h("label")
            .cls("sr-only")
            .a("for", &id)
            .t(&format!("{name}, element {}", i + 1)))
        .c(input)
        .c(remove_button(name, "element", i))
}

pub fn build(w: &Wiring, input: &Input) -> El {
    let name = w.name();
    let xs = items(input);
    h("fieldset")
        .cls(if xs.is_empty() {
            "editor list-editor is-empty"
        } else {
            "editor list-editor"
        })
        .a("data-variable", name)
        .a("aria-describedby", &w.described_by)
        .c(h("legend").cs(super::title(w.field)))
        .c(h("ol")
            .cls("rows")
            .cs(xs.iter().enumerate().map(|(i, v)| row(w, i, v)).collect()))
        .c(h("p").cls("empty").t("Empty list."))
        .c(add_button(name, "an element"))
}

pub fn sync(fieldset: &Element, w: &Wiring, input: &Input) {
    let xs = items(input);
    toggle_class(fieldset, "is-empty", xs.is_empty());
    let Ok(Some(rows)) = fieldset.query_selector("ol.rows") else {
        return;
    };
    if rows.child_element_count() as usize != xs.len() {
        replace_children(
            &rows,
            xs.iter().enumerate().map(|(i, v)| row(w, i, v)).collect(),
        );
        return;
    }
    for (i, v) in xs.iter().enumerate() {
        if let Some(el) = crate::dom::by_id(&format!("f-{}-{i}", w.name())) {
            set_value(&el, v);
        }
    }
}
