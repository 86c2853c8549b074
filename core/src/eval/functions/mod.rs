//! Terraform's built-in functions, grouped as Terraform's documentation groups them.
//!
//! Each function is data: its parameters (name, type, whether null is allowed) and a
//! plain Rust implementation that receives arguments already converted to the
//! parameter types. [`call`] does the checks Terraform does before calling (arity,
//! null, conversion) so every implementation starts from well-typed values.
//! `can` and `try` are not here: they need unevaluated arguments, so the evaluator
//! handles them.

mod collection;
mod encoding;
mod ip_network;
mod numeric;
pub(crate) mod regex;
mod string;
mod support;
mod type_conversion;

use crate::value::{convert_cow, Type, Value};
use std::borrow::Cow;

/// A function parameter.
#[derive(Clone, Copy, Debug)]
pub struct Param {
    pub name: &'static str,
    /// Arguments are converted to this type; `Type::Dynamic` takes any value as is.
    pub ty: ParamKind,
    pub allow_null: bool,
}

/// The declared type of a parameter. A small closed set keeps the tables `const`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamKind {
    Any,
    String,
    Number,
    Bool,
    ListOfString,
    ListOfNumber,
    ListOfBool,
    ListOfAny,
    SetOfAny,
    MapOfAny,
    MapOfString,
    MapOfListOfString,
}

impl ParamKind {
    pub fn ty(self) -> Type {
        match self {
            ParamKind::Any => Type::Dynamic,
            ParamKind::String => Type::String,
            ParamKind::Number => Type::Number,
            ParamKind::Bool => Type::Bool,
            ParamKind::ListOfString => Type::list(Type::String),
            ParamKind::ListOfNumber => Type::list(Type::Number),
            ParamKind::ListOfBool => Type::list(Type::Bool),
            ParamKind::ListOfAny => Type::list(Type::Dynamic),
            ParamKind::SetOfAny => Type::set(Type::Dynamic),
            ParamKind::MapOfAny => Type::map(Type::Dynamic),
            ParamKind::MapOfString => Type::map(Type::String),
            ParamKind::MapOfListOfString => Type::map(Type::list(Type::String)),
        }
    }
}

impl ParamKind {
    /// Whether `v` needs no conversion (what `convert` returns unchanged),
    /// answered without building the parameter's type.
    fn holds(self, v: &Value) -> bool {
        matches!(
            (self, v),
            (ParamKind::Any, _)
                | (ParamKind::String, Value::String(_))
                | (ParamKind::Number, Value::Number(_))
                | (ParamKind::Bool, Value::Bool(_))
        )
    }
}

pub const fn param(name: &'static str, ty: ParamKind) -> Param {
    Param {
        name,
        ty,
        allow_null: false,
    }
}

pub const fn nullable(name: &'static str, ty: ParamKind) -> Param {
    Param {
        name,
        ty,
        allow_null: true,
    }
}

/// The implementation of a function: converted arguments in, a value or an error out.
pub type Impl = fn(&[Value]) -> Result<Value, FuncError>;

/// A built-in function.
#[derive(Debug)]
pub struct Function {
    pub name: &'static str,
    pub params: &'static [Param],
    /// The parameter repeated for any further arguments.
    pub variadic: Option<Param>,
    pub imp: Impl,
}

/// Why a function call failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FuncError {
    /// One argument is unsuitable. Terraform: "Invalid function argument",
    /// `Invalid value for "<param>" parameter: <message>.`
    Arg { index: usize, message: String },
    /// The call as a whole failed. Terraform: "Error in function call",
    /// `Call to function "<name>" failed: <message>.`
    Call(String),
}

impl FuncError {
    pub fn arg(index: usize, message: impl Into<String>) -> FuncError {
        FuncError::Arg {
            index,
            message: message.into(),
        }
    }
    pub fn call(message: impl Into<String>) -> FuncError {
        FuncError::Call(message.into())
    }
}

/// A failed call as Terraform reports it, with the index of the argument to point
/// at when there is one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CallError {
    pub summary: String,
    pub detail: String,
    pub arg: Option<usize>,
}

/// Every function the evaluator knows, sorted by name.
pub fn all() -> impl Iterator<Item = &'static Function> {
    GROUPS.iter().flat_map(|g| g.iter())
}

const GROUPS: &[&[Function]] = &[
    collection::FUNCTIONS,
    encoding::FUNCTIONS,
    ip_network::FUNCTIONS,
    numeric::FUNCTIONS,
    regex::FUNCTIONS,
    string::FUNCTIONS,
    type_conversion::FUNCTIONS,
];

/// Finds a function by name. Terraform also accepts the `core::` namespace prefix.
pub fn lookup(name: &str) -> Option<&'static Function> {
    static BY_NAME: std::sync::OnceLock<ByName> = std::sync::OnceLock::new();
    let name = name.strip_prefix("core::").unwrap_or(name);
    BY_NAME
        .get_or_init(|| {
            let mut m = ByName::default();
            for f in all() {
                m.insert(f.name, f);
            }
            m
        })
        .get(name)
        .copied()
}

#[cfg(feature = "compact")]
type ByName = crate::small::LookupMap<&'static str, &'static Function>;
/// Natively a hash map with FNV-1a: every call looks its function up, and
/// SipHash (which guards against chosen keys) costs more than the search.
#[cfg(not(feature = "compact"))]
type ByName =
    std::collections::HashMap<&'static str, &'static Function, std::hash::BuildHasherDefault<Fnv>>;

#[cfg(not(feature = "compact"))]
struct Fnv(u64);

#[cfg(not(feature = "compact"))]
impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

#[cfg(not(feature = "compact"))]
impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0;
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// Whether a name is a function the evaluator implements (including `can`/`try`).
pub fn is_known(name: &str) -> bool {
    let bare = name.strip_prefix("core::").unwrap_or(name);
    bare == "can" || bare == "try" || lookup(bare).is_some()
}

/// Calls `f` with evaluated arguments, doing Terraform's arity, null and type checks.
///
/// The order is Terraform's: arity, then every argument's conversion to its
/// parameter type (HCL does this before calling), then the null checks (cty's
/// function machinery), then the function itself.
pub fn call(f: &Function, args: &[Value]) -> Result<Value, CallError> {
    call_owned(f, args.to_vec())
}

/// [`call`] with arguments the call may keep: one already of its parameter's
/// type is passed on without a copy.
pub(crate) fn call_owned(f: &Function, args: Vec<Value>) -> Result<Value, CallError> {
    let min = f.params.len();
    if args.len() < min {
        let missing = f.params[args.len()].name;
        let at_least = if f.variadic.is_some() {
            "at least "
        } else {
            ""
        };
        return Err(CallError {
            summary: "Not enough function arguments".into(),
            detail: format!(
                "Function {:?} expects {at_least}{} argument(s). Missing value for {:?}.",
                f.name, min, missing
            ),
            arg: None,
        });
    }
    if f.variadic.is_none() && args.len() > min {
        return Err(CallError {
            summary: "Too many function arguments".into(),
            detail: format!("Function {:?} expects only {} argument(s).", f.name, min),
            arg: Some(min),
        });
    }
    let mut converted = args;
    for (i, arg) in converted.iter_mut().enumerate() {
        let p = param_at(f, i);
        if p.ty.holds(arg) {
            continue;
        }
        match convert_cow(arg, &p.ty.ty()) {
            Ok(Cow::Borrowed(_)) => {}
            Ok(Cow::Owned(v)) => *arg = v,
            Err(e) => return Err(arg_error(f, i, &e.message)),
        }
    }
    for (i, arg) in converted.iter().enumerate() {
        if arg.is_null() && !param_at(f, i).allow_null {
            return Err(arg_error(f, i, "argument must not be null"));
        }
    }
    // go-cty keeps every string in NFC, whatever a function built.
    (f.imp)(&converted)
        .map(Value::normalized)
        .map_err(|e| match e {
            FuncError::Arg { index, message } => arg_error(f, index, &message),
            FuncError::Call(message) => CallError {
                summary: "Error in function call".into(),
                detail: format!("Call to function {:?} failed: {}.", f.name, message),
                arg: None,
            },
        })
}

/// The parameter that takes argument `i` (arity has been checked).
fn param_at(f: &Function, i: usize) -> Param {
    f.params.get(i).copied().or(f.variadic).unwrap_or(Param {
        name: "",
        ty: ParamKind::Any,
        allow_null: true,
    })
}

fn arg_error(f: &Function, index: usize, message: &str) -> CallError {
    let name = f
        .params
        .get(index)
        .or(f.variadic.as_ref())
        .map_or("", |p| p.name);
    CallError {
        summary: "Invalid function argument".into(),
        detail: format!("Invalid value for {name:?} parameter: {message}."),
        arg: Some(index),
    }
}
