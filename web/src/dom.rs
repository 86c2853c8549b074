//! A small builder for DOM elements: tag, attributes, text and children, all set
//! through the DOM's own methods (`setAttribute`, text nodes), so that text from
//! a person or a file is never read as HTML.
//!
//! The page builds its DOM with this rather than Leptos's `view!` macro: each
//! `view!` is its own set of generic types, and for this page their code came to
//! about 125 KB of the gzipped download, over the page's budget. This builder is
//! one non-generic function per operation. Events are handled by delegation
//! (see `app.rs`), so elements carry no closures and can be rebuilt freely.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlInputElement};

const SVG_NS: &str = "http://www.w3.org/2000/svg";

pub fn document() -> Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("the page has a document")
}

/// An element being built.
pub struct El(pub Element);

/// An HTML element.
pub fn h(tag: &str) -> El {
    El(document().create_element(tag).expect("a valid tag name"))
}

/// An SVG element.
pub fn svg(tag: &str) -> El {
    El(document()
        .create_element_ns(Some(SVG_NS), tag)
        .expect("a valid SVG tag name"))
}

impl El {
    /// Sets an attribute.
    pub fn a(self, name: &str, value: &str) -> El {
        let _ = self.0.set_attribute(name, value);
        self
    }

    /// Sets an attribute when `value` is some.
    pub fn a_opt(self, name: &str, value: Option<&str>) -> El {
        match value {
            Some(v) => self.a(name, v),
            None => self,
        }
    }

    pub fn id(self, id: &str) -> El {
        self.a("id", id)
    }

    pub fn cls(self, class: &str) -> El {
        self.a("class", class)
    }

    /// Appends text (as a text node: never parsed as HTML).
    pub fn t(self, text: &str) -> El {
        let _ = self.0.append_with_str_1(text);
        self
    }

    /// Appends a child.
    pub fn c(self, child: El) -> El {
        let _ = self.0.append_child(&child.0);
        self
    }

    /// Appends a child when there is one.
    pub fn c_opt(self, child: Option<El>) -> El {
        match child {
            Some(c) => self.c(c),
            None => self,
        }
    }

    /// Appends children.
    pub fn cs(self, children: Vec<El>) -> El {
        for c in children {
            let _ = self.0.append_child(&c.0);
        }
        self
    }
}

/// Replaces an element's children.
pub fn replace_children(parent: &Element, children: Vec<El>) {
    parent.set_text_content(None);
    for c in children {
        let _ = parent.append_child(&c.0);
    }
}

pub fn by_id(id: &str) -> Option<Element> {
    document().get_element_by_id(id)
}

/// Sets an attribute unless it already has that value.
pub fn set_attr(el: &Element, name: &str, value: &str) {
    if el.get_attribute(name).as_deref() != Some(value) {
        let _ = el.set_attribute(name, value);
    }
}

/// Sets an element's text unless it already is that.
pub fn set_text(el: &Element, text: &str) {
    if el.text_content().as_deref() != Some(text) {
        el.set_text_content(Some(text));
    }
}

/// An input's (or select's, or textarea's) current value.
pub fn value_of(el: &Element) -> String {
    if let Some(i) = el.dyn_ref::<HtmlInputElement>() {
        return i.value();
    }
    if let Some(s) = el.dyn_ref::<web_sys::HtmlSelectElement>() {
        return s.value();
    }
    if let Some(t) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        return t.value();
    }
    String::new()
}

/// Sets an input's (or select's) value unless it already has it, so the caret
/// of the input being typed in stays where it is.
pub fn set_value(el: &Element, value: &str) {
    if value_of(el) == value {
        return;
    }
    if let Some(i) = el.dyn_ref::<HtmlInputElement>() {
        i.set_value(value);
    } else if let Some(s) = el.dyn_ref::<web_sys::HtmlSelectElement>() {
        s.set_value(value);
    }
}

pub fn set_checked(el: &Element, on: bool) {
    if let Some(i) = el.dyn_ref::<HtmlInputElement>() {
        if i.checked() != on {
            i.set_checked(on);
        }
    }
}

pub fn set_disabled(el: &Element, on: bool) {
    if let Some(b) = el.dyn_ref::<web_sys::HtmlButtonElement>() {
        b.set_disabled(on);
    } else if let Some(i) = el.dyn_ref::<HtmlInputElement>() {
        i.set_disabled(on);
    }
}

pub fn toggle_class(el: &Element, class: &str, on: bool) {
    let _ = el.class_list().toggle_with_force(class, on);
}
