//! A choice among the values a validation rule allows. A value outside them (from
//! an imported file or a link) is kept as an extra option, so the form never
//! changes a value behind the person's back.

use super::{text_of, Wiring};
use crate::dom::{h, replace_children, set_value, El};
use crate::state::{Field, Input};
use tfcheck_core::value::Value;
use web_sys::Element;

/// The options (value, label) for the current text.
fn options(field: &Field, allowed: &[Value], current: &str) -> Vec<(String, String)> {
    let mut all: Vec<(String, String)> = Vec::new();
    if field.empty_is_null() {
        all.push((String::new(), "null".into()));
    }
    for v in allowed {
        let t = match v {
            Value::String(s) => s.clone(),
            other => tfcheck_core::emit::hcl::literal(other),
        };
        all.push((t.clone(), t));
    }
    if !all.iter().any(|(v, _)| v == current) {
        all.push((current.to_string(), format!("{current} (not allowed)")));
    }
    all
}

fn option_elements(opts: Vec<(String, String)>) -> Vec<El> {
    opts.into_iter()
        .map(|(value, label)| h("option").a("value", &value).t(&label))
        .collect()
}

pub fn build(w: &Wiring, allowed: &[Value], input: &Input) -> El {
    let el = h("select")
        .id(&w.id())
        .a("name", w.name())
        .a("aria-invalid", "false")
        .a("aria-describedby", &w.described_by)
        .cs(option_elements(options(w.field, allowed, text_of(input))));
    set_value(&el.0, text_of(input));
    el
}

pub fn sync(select: &Element, field: &Field, allowed: &[Value], input: &Input) {
    let current = text_of(input);
    let opts = options(field, allowed, current);
    if select.child_element_count() as usize != opts.len() {
        replace_children(select, option_elements(opts));
    }
    set_value(select, current);
}
