//! What every part of the page shares: the form, the state and the verdict
//! ([`Ctx`]), and how a part keeps itself up to date ([`render_effect`]) and
//! hears events ([`listen`]). The page (`app`) builds it; the panels use it and
//! nothing of the page itself.

use crate::state::{Checked, Config, Form};
use leptos::prelude::*;
use std::cell::Cell;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Event, EventTarget};

/// What every part of the page may use: the form (fixed), the state and the verdict.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub form: &'static Form,
    pub state: ReadSignal<Config>,
    pub set_state: WriteSignal<Config>,
    pub checked: Memo<Checked>,
    /// A message for the person (a link that could not be read, a file loaded).
    pub notice: RwSignal<Option<String>>,
}

impl Ctx {
    pub fn update(&self, f: impl FnOnce(&mut Config)) {
        self.set_state.update(f);
    }

    pub fn say(&self, message: impl Into<String>) {
        self.notice.set(Some(message.into()));
    }
}

thread_local! {
    /// How long the last check of the whole configuration took, in milliseconds
    /// (shown on `#diagnostics` as `data-check-ms`, for the browser test).
    pub static LAST_CHECK_MS: Cell<f64> = const { Cell::new(0.0) };
}

/// Runs `f` now and again whenever what it reads changes, for the page's life.
pub fn render_effect<T: 'static>(f: impl FnMut(Option<T>) -> T + 'static) {
    std::mem::forget(RenderEffect::new(f));
}

/// Listens to `event` on `target` for the page's life.
pub fn listen(target: &EventTarget, event: &str, f: impl FnMut(Event) + 'static) {
    let closure = Closure::<dyn FnMut(Event)>::new(f);
    let _ = target.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
    closure.forget();
}
