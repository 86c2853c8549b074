//! A key/value editor for a map: one row per entry, its key and value inputs
//! named `<name>[i][key]` and `<name>[i][value]`.

use super::{add_button, remove_button, Wiring};
use crate::dom::{h, replace_children, set_value, toggle_class, El};
use crate::state::Input;
use web_sys::Element;

fn rows(input: &Input) -> &[(String, String)] {
    match input {
        Input::Map(rows) => rows,
        _ => &[],
    }
}

fn part(w: &Wiring, i: usize, which: &str, value: &str) -> (El, El) {
    let name = w.name();
    let id = format!("f-{name}-{i}-{which}");
    let label = h("label")
        .cls("sr-only")
        .a("for", &id)
        .t(&format!("{name}, {which} of entry {}", i + 1));
    let input = h("input")
        .a("type", "text")
        .cls(&format!("map-{which}"))
        .id(&id)
        .a("name", &format!("{name}[{i}][{which}]"))
        .a("placeholder", which)
        .a("autocomplete", "off")
        .a("spellcheck", "false")
        .a("aria-invalid", "false")
        .a("aria-describedby", &w.described_by);
    set_value(&input.0, value);
    (label, input)
}

fn row(w: &Wiring, i: usize, key: &str, value: &str) -> El {
    let (key_label, key_input) = part(w, i, "key", key);
    let (value_label, value_input) = part(w, i, "value", value);
    h("li")
        .cls("map-row")
        .c(key_label)
        .c(key_input)
        .c(h("span").cls("eq").a("aria-hidden", "true").t("="))
        .c(value_label)
        .c(value_input)
        .c(remove_button(w.name(), "entry", i))
}

pub fn build(w: &Wiring, input: &Input) -> El {
    let name = w.name();
    let rs = rows(input);
    h("fieldset")
        .cls(if rs.is_empty() {
            "editor map-editor is-empty"
        } else {
            "editor map-editor"
        })
        .a("data-variable", name)
        .a("aria-describedby", &w.described_by)
        .c(h("legend").cs(super::title(w.field)))
        .c(h("ol").cls("rows").cs(rs
            .iter()
            .enumerate()
            .map(|(i, (k, v))| row(w, i, k, v))
            .collect()))
        .c(h("p").cls("empty").t("No entries."))
        .c(add_button(name, "an entry"))
}

pub fn sync(fieldset: &Element, w: &Wiring, input: &Input) {
    let rs = rows(input);
    toggle_class(fieldset, "is-empty", rs.is_empty());
    let Ok(Some(list)) = fieldset.query_selector("ol.rows") else {
        return;
    };
    if list.child_element_count() as usize != rs.len() {
        replace_children(
            &list,
            rs.iter()
                .enumerate()
                .map(|(i, (k, v))| row(w, i, k, v))
                .collect(),
        );
        return;
    }
    for (i, (k, v)) in rs.iter().enumerate() {
        for (which, value) in [("key", k), ("value", v)] {
            if let Some(el) = crate::dom::by_id(&format!("f-{}-{i}-{which}", w.name())) {
                set_value(&el, value);
            }
        }
    }
}
