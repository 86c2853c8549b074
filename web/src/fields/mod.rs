//! The form: one section per area, one field per variable with its label, the
//! widget its type calls for (one file per kind of widget), its description as
//! help text, and its problems under it, tied to the input with `aria-invalid`
//! and `aria-describedby`.
//!
//! Contract for tests: each input is named after its variable; a list or map
//! editor carries `data-variable` and names its inputs `<name>[i]`
//! (`<name>[i][key]` and `<name>[i][value]` for a map entry).

mod list;
mod map;
mod number;
mod select;
mod text;
mod toggle;

use crate::browser;
use crate::context::{render_effect, Ctx};
use crate::dom::{by_id, h, set_attr, toggle_class, El};
use crate::state::{Field, Input, Widget};
use leptos::prelude::*;
use tfcheck_core::Diagnostic;
use web_sys::Element;

/// What a widget needs to tie its inputs to the field's help and problems.
pub struct Wiring {
    pub field: &'static Field,
    pub described_by: String,
}

/// The variable's name, type and (when it is) a `sensitive` badge, as the
/// label, toggle or legend of its widget shows them.
pub fn title(field: &Field) -> Vec<El> {
    let mut parts = vec![
        h("span").cls("var-name").t(&field.info.name),
        h("span")
            .cls("type")
            .t(&format!(" {}", field.info.type_expr)),
    ];
    if field.info.sensitive {
        parts.push(h("span").cls("badge").t("sensitive"));
    }
    parts
}

impl Wiring {
    pub fn name(&self) -> &'static str {
        &self.field.info.name
    }

    /// The id of the (first) input, which the label points at.
    pub fn id(&self) -> String {
        format!("f-{}", self.name())
    }
}

/// A text box's value, whatever the input holds.
pub fn text_of(input: &Input) -> &str {
    match input {
        Input::Text(t) => t,
        _ => "",
    }
}

/// The whole form, grouped by area in the module's order.
pub fn form(cx: Ctx) -> El {
    let groups = cx.form.groups();
    let sections = groups
        .into_iter()
        .map(|(group, fields)| {
            let title_id = format!("group-{}", group.to_lowercase());
            h("section")
                .cls("group")
                .a("aria-labelledby", &title_id)
                .c(h("h2").id(&title_id).t(&group))
                .cs(fields.into_iter().map(|f| field(cx, f)).collect())
        })
        .collect();
    h("form")
        .id("config-form")
        .cls("config-form")
        .a("novalidate", "")
        .cs(sections)
}

/// One field, and the effect that keeps it in step with the state and the verdict.
fn field(cx: Ctx, field: &'static Field) -> El {
    let name: &'static str = &field.info.name;
    let help_id = format!("f-{name}-help");
    let problems_id = format!("f-{name}-problems");
    let w = Wiring {
        field,
        described_by: format!("{help_id} {problems_id}"),
    };
    let input = cx
        .state
        .with_untracked(|s| s.input(name).cloned())
        .unwrap_or_else(|| field.default_input());
    let widget = match &field.widget {
        Widget::Text | Widget::Expr => text::build(&w, &input),
        Widget::Number => number::build(&w, &input),
        Widget::Toggle => toggle::build(&w, &input),
        Widget::Select(options) => select::build(&w, options, &input),
        Widget::List => list::build(&w, &input),
        Widget::Map => map::build(&w, &input),
    };
    let widget_el = widget.0.clone();
    // Toggles, lists and maps carry the name in their own label or legend.
    let label = (!matches!(field.widget, Widget::List | Widget::Map | Widget::Toggle)).then(|| {
        h("label")
            .cls("field-label")
            .a("for", &w.id())
            .cs(title(field))
    });
    let mut help = h("p").cls("help").id(&help_id).t(&field.info.description);
    if let Some(d) = &field.info.default_hcl {
        help = help.c(h("span")
            .cls("default")
            .t(" Default: ")
            .c(h("code").t(d))
            .t("."));
    }
    if let Some(rule) = field.info.hints.describe() {
        help = help.c(h("span")
            .cls("rule")
            .t(&format!(" {}.", capitalised(&rule))));
    }
    let root = h("div")
        .cls("field")
        .id(&format!("field-{name}"))
        .c_opt(label)
        .c(widget)
        .c(help)
        .c(h("ul").cls("problems").id(&problems_id));
    let root_el = root.0.clone();

    render_effect(move |prev: Option<(Input, Vec<Diagnostic>)>| {
        let input = cx
            .state
            .with(|s| s.input(name).cloned())
            .unwrap_or_else(|| field.default_input());
        let problems: Vec<Diagnostic> = cx
            .checked
            .with(|c| c.for_field(name).into_iter().cloned().collect());
        let (input_same, problems_same) = match &prev {
            Some((i, p)) => (*i == input, *p == problems),
            None => (false, false),
        };
        let invalid = problems.iter().any(Diagnostic::is_error);
        if !input_same {
            match &field.widget {
                Widget::Text | Widget::Expr | Widget::Number => {
                    crate::dom::set_value(&widget_el, text_of(&input))
                }
                Widget::Toggle => toggle::sync(&widget_el, &input),
                Widget::Select(options) => select::sync(&widget_el, field, options, &input),
                Widget::List => list::sync(&widget_el, &w, &input),
                Widget::Map => map::sync(&widget_el, &w, &input),
            }
            toggle_class(&root_el, "changed", input != field.default_input());
        }
        if !problems_same || !input_same {
            set_invalid(&widget_el, invalid);
            toggle_class(&root_el, "invalid", invalid);
        }
        if !problems_same {
            if let Some(list) = by_id(&format!("f-{name}-problems")) {
                let rule = field.info.hints.describe();
                crate::dom::replace_children(
                    &list,
                    problems
                        .iter()
                        .map(|d| problem_item(d, rule.as_deref()))
                        .collect(),
                );
            }
        }
        (input, problems)
    });
    root
}

/// Sets `aria-invalid` on the widget's inputs (the widget itself, or those in it).
fn set_invalid(widget: &Element, invalid: bool) {
    let value = if invalid { "true" } else { "false" };
    if widget.has_attribute("aria-invalid") {
        set_attr(widget, "aria-invalid", value);
    }
    if let Ok(inputs) = widget.query_selector_all("input, select") {
        for i in 0..inputs.length() {
            if let Some(el) = inputs
                .get(i)
                .and_then(|n| wasm_bindgen::JsCast::dyn_into::<Element>(n).ok())
            {
                set_attr(&el, "aria-invalid", value);
            }
        }
    }
}

/// A problem under its field: the code, the message (the module's own), and
/// what is allowed unless the help text above already says it.
fn problem_item(d: &Diagnostic, rule: Option<&str>) -> El {
    let (class, severity) = if d.is_error() {
        ("problem error", "Error: ")
    } else {
        ("problem warning", "Warning: ")
    };
    h("li")
        .cls(class)
        .c(h("span").cls("sr-only").t(severity))
        .c(h("span").cls("code").t(d.code.id()))
        .t(" ")
        .t(&d.message)
        .c_opt(
            d.help
                .as_deref()
                .filter(|h| Some(*h) != rule)
                .map(|help| h("span").cls("problem-help").t(&format!(" ({help})"))),
        )
}

/// The button that adds an element or entry to a list or map editor.
pub fn add_button(name: &str, what: &str) -> El {
    h("button")
        .a("type", "button")
        .cls("small")
        .id(&format!("f-{name}-add"))
        .a("data-action", "add")
        .a("data-variable", name)
        .t(&format!("Add {what} to {name}"))
}

/// The button that removes element or entry `i` of a list or map editor.
pub fn remove_button(name: &str, what: &str, i: usize) -> El {
    h("button")
        .a("type", "button")
        .cls("small")
        .a("data-action", "remove")
        .a("data-variable", name)
        .a("data-index", &i.to_string())
        .a("aria-label", &format!("Remove {what} {} of {name}", i + 1))
        .t("Remove")
}

/// Adds an element or entry and moves the focus into it.
pub fn add_row(cx: Ctx, name: &str) {
    let Some(field) = cx.form.field(name) else {
        return;
    };
    let mut index = None;
    cx.update(|s| index = s.add_row(cx.form, name));
    let Some(i) = index else { return };
    let id = match field.widget {
        Widget::Map => format!("f-{name}-{i}-key"),
        _ => format!("f-{name}-{i}"),
    };
    request_animation_frame(move || browser::focus_id(&id));
}

/// Removes an element or entry and moves the focus to its neighbour (or to "Add").
pub fn remove_row(cx: Ctx, name: &str, i: usize) {
    let Some(field) = cx.form.field(name) else {
        return;
    };
    let mut left = None;
    cx.update(|s| left = s.remove_row(name, i));
    let Some(left) = left else { return };
    let id = match (left, &field.widget) {
        (0, _) => format!("f-{name}-add"),
        (n, Widget::Map) => format!("f-{name}-{}-key", i.min(n - 1)),
        (n, _) => format!("f-{name}-{}", i.min(n - 1)),
    };
    request_animation_frame(move || browser::focus_id(&id));
}

fn capitalised(s: &str) -> String {
    let mut cs = s.chars();
    cs.next()
        .map(|c| c.to_uppercase().chain(cs).collect())
        .unwrap_or_default()
}
