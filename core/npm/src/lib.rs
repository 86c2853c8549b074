//! The npm package `@sockerless/tfcheck`: the engine's and the ECS product's
//! API for JavaScript, built only for WebAssembly (`api.rs` the functions,
//! `types.rs` their option and result types). The bundled module is checked
//! with the ECS rules; a module given as sources, with Terraform's only.
//!
//! No input text makes a function throw: every problem is a diagnostic. Only a
//! misuse of the API (an argument of the wrong type, an unknown option) throws a
//! `TypeError` naming the function and the argument. Options and module sources
//! are read by hand through js-sys (serde-wasm-bindgen would bring in float
//! formatting, for its messages, and cost 5 KB gzipped), `tfvars` values as their
//! JSON text read by the core's `.tfvars.json` reader; results go out as the JSON the CLI prints,
//! parsed by `JSON.parse`, so a diagnostic is the very object that
//! `check --format json` shows, and a number beyond 2^53 cannot make a call fail.

#![cfg(target_arch = "wasm32")]
#![forbid(unsafe_code)]

mod api;
mod types;

pub use api::*;
pub use types::*;

use js_sys::{Array, Object, Reflect, TypeError};
use serde::Serialize;
use std::cell::RefCell;
use std::rc::Rc;
use tfcheck_core::{Checker, Limits, Module};
use wasm_bindgen::{JsCast, JsValue};

thread_local! {
    /// The bundled module, read once.
    static ECS: Rc<Checker<'static>> = Rc::new(tfcheck_ecs::checker());
    /// The last module given as sources, so repeated calls with it read it once.
    static LAST: RefCell<Option<(ModuleSources, Rc<Checker<'static>>)>> = const { RefCell::new(None) };
}

/// The limits on hostile input: the core's, but nesting at most 128 deep where the
/// CLI allows 256. WebAssembly runs on the JavaScript engine's own stack (about
/// 1 MB in V8, in Node and Chrome), and the optimised evaluator takes about 5 KB of
/// it per level of nesting there, so about 200 levels of `!`, `-`, `+` or `? :`
/// overflow it ("Maximum call stack size exceeded").
fn limits() -> Limits {
    Limits {
        max_depth: 128,
        ..Limits::default()
    }
}

/// A misuse of the API: a `TypeError` naming the function and the argument.
fn misuse(func: &str, arg: &str, what: impl std::fmt::Display) -> JsValue {
    TypeError::new(&format!("{func}: `{arg}` {what}")).into()
}

/// What a JavaScript value is, for messages: `typeof`, with `null` and arrays told apart.
fn kind(v: &JsValue) -> String {
    if v.is_null() {
        "null".into()
    } else if Array::is_array(v) {
        "an array".into()
    } else {
        v.js_typeof().as_string().unwrap_or_default()
    }
}

/// What a thrown JavaScript value says.
fn error_text(e: &JsValue) -> String {
    match e.dyn_ref::<js_sys::Error>() {
        Some(err) => String::from(err.message()),
        None => e.as_string().unwrap_or_else(|| kind(e)),
    }
}

/// A plain object (not null, an array or a function).
fn is_record(v: &JsValue) -> bool {
    v.is_object() && !Array::is_array(v)
}

fn string_arg(func: &str, arg: &str, v: &JsValue) -> Result<String, JsValue> {
    v.as_string()
        .ok_or_else(|| misuse(func, arg, format_args!("must be a string, got {}", kind(v))))
}

/// The bundled module (`undefined` or `null`), or a module from its sources,
/// with its checker.
fn module_arg(func: &str, arg: &str, v: &JsValue) -> Result<Rc<Checker<'static>>, JsValue> {
    if v.is_undefined() || v.is_null() {
        return Ok(ECS.with(Rc::clone));
    }
    let bad = |detail: String| {
        misuse(
            func,
            arg,
            format_args!("must be an object mapping file names to .tf source text{detail}"),
        )
    };
    if !is_record(v) {
        return Err(bad(format!(", got {}", kind(v))));
    }
    let sources = sources_of(v).map_err(|e| bad(format!(": {e}")))?;
    Ok(LAST.with(|last| {
        let mut last = last.borrow_mut();
        if let Some((s, m)) = last.as_ref() {
            if *s == sources {
                return m.clone();
            }
        }
        let pairs: Vec<(&String, &String)> = sources.iter().collect();
        let module = Module::from_sources_with_depth(&pairs, limits().max_depth);
        let module = Rc::new(Checker::new(module));
        *last = Some((sources, module.clone()));
        module
    }))
}

/// A module argument's files, as serde-wasm-bindgen read them before: the
/// `[name, text]` pairs of an iterable (a `Map`), else the object's own
/// enumerable properties (`Object.entries`); of two pairs with one name, the
/// later wins.
fn sources_of(v: &JsValue) -> Result<ModuleSources, String> {
    let pairs: Vec<JsValue> = match js_sys::try_iter(v).map_err(|e| error_text(&e))? {
        Some(iter) => iter.collect::<Result<_, _>>().map_err(|e| error_text(&e))?,
        None => Object::entries(v.unchecked_ref()).iter().collect(),
    };
    let mut sources = ModuleSources::new();
    for pair in pairs {
        if !pair.is_object() {
            return Err(format!(
                "each entry must be a [name, text] pair, got {}",
                kind(&pair)
            ));
        }
        let pair: Array = pair.unchecked_into();
        let (name, text) = (pair.get(0), pair.get(1));
        let Some(name) = name.as_string() else {
            return Err(format!("a file name must be a string, got {}", kind(&name)));
        };
        let Some(text) = text.as_string() else {
            return Err(format!(
                "the text of {name:?} must be a string, got {}",
                kind(&text)
            ));
        };
        sources.insert(name, text);
    }
    Ok(sources)
}

/// An options argument, read one option at a time so an error names the option.
struct Options {
    func: &'static str,
    obj: Option<Object>,
}

impl Options {
    /// `undefined` and `null` mean no options; an unknown option is a misuse.
    fn read(func: &'static str, v: JsValue, known: &[&str]) -> Result<Options, JsValue> {
        if v.is_undefined() || v.is_null() {
            return Ok(Options { func, obj: None });
        }
        if !is_record(&v) || v.is_function() {
            return Err(misuse(
                func,
                "options",
                format_args!("must be an object, got {}", kind(&v)),
            ));
        }
        let obj: Object = v.unchecked_into();
        for key in Object::keys(&obj) {
            let key = key.as_string().unwrap_or_default();
            if !known.contains(&key.as_str()) {
                return Err(misuse(
                    func,
                    "options",
                    format_args!(
                        "has no option {key:?} (the options are {})",
                        known.join(", ")
                    ),
                ));
            }
        }
        Ok(Options {
            func,
            obj: Some(obj),
        })
    }

    fn name(key: &str) -> String {
        format!("options.{key}")
    }

    /// An option's value; `None` when it is absent, `undefined` or `null`.
    fn get(&self, key: &str) -> Result<Option<JsValue>, JsValue> {
        let Some(obj) = &self.obj else {
            return Ok(None);
        };
        let v = Reflect::get(obj, &JsValue::from_str(key))?;
        Ok((!v.is_undefined() && !v.is_null()).then_some(v))
    }

    fn string(&self, key: &str) -> Result<Option<String>, JsValue> {
        self.get(key)?
            .map(|v| string_arg(self.func, &Self::name(key), &v))
            .transpose()
    }

    fn flag(&self, key: &str) -> Result<bool, JsValue> {
        match self.get(key)? {
            None => Ok(false),
            Some(v) => v.as_bool().ok_or_else(|| {
                misuse(
                    self.func,
                    &Self::name(key),
                    format_args!("must be a boolean, got {}", kind(&v)),
                )
            }),
        }
    }

    /// One of a few strings, each naming a value.
    fn choice<T: Copy>(&self, key: &str, allowed: &[(&str, T)]) -> Result<Option<T>, JsValue> {
        let Some(v) = self.get(key)? else {
            return Ok(None);
        };
        let s = v.as_string();
        if let Some(&(_, t)) = allowed.iter().find(|(name, _)| s.as_deref() == Some(*name)) {
            return Ok(Some(t));
        }
        let names: Vec<String> = allowed.iter().map(|(n, _)| format!("\"{n}\"")).collect();
        Err(misuse(
            self.func,
            &Self::name(key),
            format_args!(
                "must be {}, got {}",
                names.join(" or "),
                s.map_or_else(|| kind(&v), |s| format!("{s:?}"))
            ),
        ))
    }
}

/// A result as JavaScript data: the JSON the CLI would print, parsed.
fn to_js<T: Serialize>(v: &T) -> Result<JsValue, JsValue> {
    let text =
        serde_json::to_string(v).map_err(|e| JsValue::from(js_sys::Error::new(&e.to_string())))?;
    js_sys::JSON::parse(&text)
}
