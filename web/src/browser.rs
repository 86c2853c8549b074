//! The few things the page asks of the browser: the clock, the URL fragment,
//! focusing a field, copying text, downloading a file and reading a dropped one.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn window() -> web_sys::Window {
    web_sys::window().expect("the page runs in a window")
}

/// Milliseconds since the page's navigation started.
pub fn now() -> f64 {
    window().performance().map_or(0.0, |p| p.now())
}

/// Milliseconds as text with three decimals (`0.125`), written with integer
/// arithmetic: the page has no other use for float formatting, whose code would
/// only add to the download.
pub fn millis_text(ms: f64) -> String {
    let micros = (ms.max(0.0) * 1000.0).round() as u64;
    format!("{}.{:03}", micros / 1000, micros % 1000)
}

/// The URL fragment, without its `#` (still percent-encoded).
pub fn fragment() -> String {
    let hash = window().location().hash().unwrap_or_default();
    hash.strip_prefix('#').unwrap_or(&hash).to_string()
}

/// Puts `fragment` in the address bar without adding a history entry or
/// reloading; an empty fragment removes the `#`.
pub fn replace_fragment(fragment: &str) {
    if self::fragment() == fragment {
        return;
    }
    let w = window();
    let loc = w.location();
    let url = if fragment.is_empty() {
        format!(
            "{}{}",
            loc.pathname().unwrap_or_default(),
            loc.search().unwrap_or_default()
        )
    } else {
        format!("#{fragment}")
    };
    if let Ok(history) = w.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// Moves the focus to a variable's input (the first one of a list or map
/// editor), scrolling it into the middle of the view.
pub fn focus_field(name: &str) {
    let Some(doc) = window().document() else {
        return;
    };
    let by_id = doc.get_element_by_id(&format!("f-{name}"));
    let selector = format!("[data-variable=\"{name}\"] input, [data-variable=\"{name}\"] button");
    let target = by_id.or_else(|| doc.query_selector(&selector).ok().flatten());
    focus_element(target);
}

/// Focuses the element with this id, if there is one.
pub fn focus_id(id: &str) {
    focus_element(window().document().and_then(|d| d.get_element_by_id(id)));
}

fn focus_element(target: Option<web_sys::Element>) {
    let Some(el) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return;
    };
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_block(web_sys::ScrollLogicalPosition::Center);
    el.scroll_into_view_with_scroll_into_view_options(&opts);
    let _ = el.focus();
}

/// The page's address, fragment included.
pub fn href() -> String {
    window().location().href().unwrap_or_default()
}

/// Copies text to the clipboard; the error says why it could not.
pub async fn copy_text(text: &str) -> Result<(), String> {
    let clipboard = window().navigator().clipboard();
    JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|e| js_error(&e))
}

/// Offers `text` as a file download named `name`.
pub fn download(name: &str, text: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type("text/plain;charset=utf-8");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts)
        .map_err(|e| js_error(&e))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|e| js_error(&e))?;
    let doc = window().document().ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement = doc
        .create_element("a")
        .map_err(|e| js_error(&e))?
        .unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.click();
    // The download has started from the click; the URL may go once it returns.
    set_timeout(
        move || drop(web_sys::Url::revoke_object_url(&url)),
        std::time::Duration::from_secs(10),
    );
    Ok(())
}

/// The text of a file the person chose or dropped.
pub async fn read_file(file: &web_sys::File) -> Result<String, String> {
    let text = JsFuture::from(file.text())
        .await
        .map_err(|e| js_error(&e))?;
    text.as_string()
        .ok_or_else(|| "the file is not text".into())
}

fn js_error(e: &JsValue) -> String {
    match e.dyn_ref::<js_sys::Error>() {
        Some(err) => String::from(err.message()),
        None => e.as_string().unwrap_or_else(|| "unknown error".into()),
    }
}
