//! Type conversion with go-cty's rules (the "unsafe" set Terraform uses for input
//! variables and function arguments) and its mismatch messages.

use super::{Number, ObjectType, Type, Value};
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

/// One step of the path to the part of a value a conversion error is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PathStep {
    Index(usize),
    Key(String),
    Attr(String),
}

/// A failed conversion. `message` is Terraform's wording (it never includes the
/// path); `path` says where inside the value it happened, so a caller can point at
/// the element.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConvertError {
    pub message: String,
    pub path: Vec<PathStep>,
}

impl fmt::Display for ConvertError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl ConvertError {
    fn new(message: impl Into<String>) -> ConvertError {
        ConvertError {
            message: message.into(),
            path: Vec::new(),
        }
    }
    fn at(mut self, step: PathStep) -> ConvertError {
        self.path.insert(0, step);
        self
    }
}

/// Longest string a number becomes when converted to a string; beyond it the
/// conversion fails rather than allocate without bound.
const MAX_NUMBER_TEXT: usize = 4096;

/// Converts `val` to `want` as Terraform does for variables and function arguments.
pub fn convert(val: &Value, want: &Type) -> Result<Value, ConvertError> {
    convert_cow(val, want).map(Cow::into_owned)
}

/// [`convert`], borrowing `val` when it is already of the wanted type: the
/// common case, answered without building the value's type.
pub fn convert_cow<'v>(val: &'v Value, want: &Type) -> Result<Cow<'v, Value>, ConvertError> {
    // What `convert_value` returns unchanged (a null takes the wanted type).
    if matches!(want, Type::Dynamic) || (!val.is_null() && val.has_type(want)) {
        return Ok(Cow::Borrowed(val));
    }
    if !can_convert(&val.ty(), want) {
        return Err(ConvertError {
            message: mismatch_message(&val.ty(), want),
            path: mismatch_path(val, want),
        });
    }
    convert_value(val, want).map(Cow::Owned)
}

/// Where inside `val` the first part that cannot become its part of `want` is, so
/// a diagnostic can point at it (Terraform's message does not say).
fn mismatch_path(val: &Value, want: &Type) -> Vec<PathStep> {
    let mut path = Vec::new();
    let mut v = val;
    let mut t = want.clone();
    loop {
        let next = match (v, &t) {
            (
                Value::Tuple(vs) | Value::List(_, vs) | Value::Set(_, vs),
                Type::List(e) | Type::Set(e),
            ) if **e != Type::Dynamic => vs
                .iter()
                .enumerate()
                .find(|(_, x)| !can_convert(&x.ty(), e))
                .map(|(i, x)| (PathStep::Index(i), x, (**e).clone())),
            (Value::Tuple(vs), Type::Tuple(ts)) => vs
                .iter()
                .zip(ts)
                .enumerate()
                .find(|(_, (x, et))| !can_convert(&x.ty(), et))
                .map(|(i, (x, et))| (PathStep::Index(i), x, et.clone())),
            (Value::Object(m) | Value::Map(_, m), Type::Map(e)) if **e != Type::Dynamic => m
                .iter()
                .find(|(_, x)| !can_convert(&x.ty(), e))
                .map(|(k, x)| (PathStep::Key(k.clone()), x, (**e).clone())),
            (Value::Object(m) | Value::Map(_, m), Type::Object(o)) => {
                o.attrs.iter().find_map(|(k, at)| {
                    m.get(k)
                        .filter(|x| !can_convert(&x.ty(), at))
                        .map(|x| (PathStep::Attr(k.clone()), x, at.clone()))
                })
            }
            _ => None,
        };
        match next {
            Some((step, x, et)) => {
                path.push(step);
                v = x;
                t = et;
            }
            None => return path,
        }
    }
}

/// Whether a conversion path exists between the types (cty `GetConversionUnsafe`).
pub fn can_convert(from: &Type, to: &Type) -> bool {
    if from == to {
        return true;
    }
    match (from, to) {
        (_, Type::Dynamic) | (Type::Dynamic, _) => true,
        (f, t) if f.is_primitive() && t.is_primitive() => {
            // bool and number never convert to each other.
            !matches!(
                (f, t),
                (Type::Bool, Type::Number) | (Type::Number, Type::Bool)
            )
        }
        (Type::Object(fo), Type::Object(to)) => {
            to.attrs.iter().all(|(k, t)| match fo.attrs.get(k) {
                Some(ft) => can_convert(ft, t),
                None => to.optional.contains(k),
            })
        }
        (Type::Tuple(fs), Type::Tuple(ts)) => {
            fs.len() == ts.len() && fs.iter().zip(ts).all(|(f, t)| can_convert(f, t))
        }
        (Type::List(fe) | Type::Set(fe), Type::List(te) | Type::Set(te)) => can_convert(fe, te),
        (Type::Map(fe), Type::Map(te)) => can_convert(fe, te),
        (Type::Tuple(fs), Type::List(te) | Type::Set(te)) => {
            if fs.is_empty() {
                return true;
            }
            if **te == Type::Dynamic {
                return unify(fs).is_some();
            }
            fs.iter().all(|f| can_convert(f, te))
        }
        (Type::Object(fo), Type::Map(te)) => {
            if fo.attrs.is_empty() {
                return true;
            }
            if **te == Type::Dynamic {
                let tys: Vec<Type> = fo.attrs.values().cloned().collect();
                return unify(&tys).is_some();
            }
            fo.attrs.values().all(|f| can_convert(f, te))
        }
        (Type::Map(fe), Type::Object(to)) => to.attrs.values().all(|t| can_convert(fe, t)),
        _ => false,
    }
}

fn convert_value(val: &Value, want: &Type) -> Result<Value, ConvertError> {
    if *want == Type::Dynamic {
        return Ok(val.clone());
    }
    if let Value::Null(_) = val {
        return Ok(Value::Null(want.without_optional()));
    }
    if val.ty() == *want {
        return Ok(val.clone());
    }
    match (val, want) {
        (Value::Number(n), Type::String) => n
            .to_text(MAX_NUMBER_TEXT)
            .map(Value::String)
            .ok_or_else(|| ConvertError::new("number is too large to convert to a string")),
        (Value::Bool(b), Type::String) => Ok(Value::String(b.to_string())),
        (Value::String(s), Type::Number) => Number::parse(s)
            .map(Value::Number)
            .ok_or_else(|| ConvertError::new("a number is required")),
        (Value::String(s), Type::Bool) => match s.as_str() {
            "true" | "1" => Ok(Value::Bool(true)),
            "false" | "0" => Ok(Value::Bool(false)),
            // ASCII lowering is enough to find "true" and "false": no other
            // character lowers to one of their letters (and std's full lowering
            // costs its Unicode tables in the WebAssembly).
            other => Err(ConvertError::new(
                match other.to_ascii_lowercase().as_str() {
                    "true" => "a bool is required; to convert from string, use lowercase \"true\"",
                    "false" => {
                        "a bool is required; to convert from string, use lowercase \"false\""
                    }
                    _ => "a bool is required",
                },
            )),
        },
        (Value::List(_, vs) | Value::Set(_, vs) | Value::Tuple(vs), Type::List(te)) => {
            let unify = matches!(val, Value::Tuple(_));
            let (ety, elems) =
                convert_elements(vs, te, source_ety(val), unify.then_some(Settle::List))?;
            if !unify && !same_types(&elems) {
                return Err(ConvertError::new(
                    "element types must all match for conversion to list",
                ));
            }
            Ok(Value::List(ety, elems))
        }
        (Value::List(_, vs) | Value::Set(_, vs) | Value::Tuple(vs), Type::Set(te)) => {
            // cty does not unify the elements of a set: they must match as converted.
            let (ety, elems) = convert_elements(vs, te, source_ety(val), None)?;
            if !same_types(&elems) {
                return Err(ConvertError::new(
                    "element types must all match for conversion to set",
                ));
            }
            Ok(Value::set(ety, elems))
        }
        (Value::Map(_, m) | Value::Object(m), Type::Map(te)) => {
            let vs: Vec<Value> = m.values().cloned().collect();
            let settle = if matches!(val, Value::Object(_)) {
                Settle::ObjectToMap
            } else {
                Settle::Map
            };
            let (ety, elems) =
                convert_elements(&vs, te, source_ety(val), Some(settle)).map_err(|mut e| {
                    // Name the element by its key rather than its position.
                    if let Some(PathStep::Index(i)) = e.path.first() {
                        if let Some(k) = m.keys().nth(*i) {
                            e.path[0] = PathStep::Key(k.clone());
                        }
                    }
                    e
                })?;
            // Inserted one by one: collecting would sort (the keys are in order
            // already), and sorting code costs the WebAssembly kilobytes.
            let mut out = BTreeMap::new();
            for (k, v) in m.keys().zip(elems) {
                out.insert(k.clone(), v);
            }
            Ok(Value::Map(ety, out))
        }
        (Value::Object(m), Type::Object(o)) => convert_to_object(m, o, false),
        (Value::Map(_, m), Type::Object(o)) => convert_to_object(m, o, true),
        (Value::Tuple(vs), Type::Tuple(ts)) if vs.len() == ts.len() => {
            let mut out = Vec::with_capacity(vs.len());
            for (i, (v, t)) in vs.iter().zip(ts).enumerate() {
                out.push(convert_value(v, t).map_err(|e| e.at(PathStep::Index(i)))?);
            }
            Ok(Value::Tuple(out))
        }
        (v, t) => Err(ConvertError::new(mismatch_message(&v.ty(), t))),
    }
}

/// How cty settles the element types of a collection converted from a tuple or
/// an object (or a map of collections): they unify to one type, and what cannot
/// is an error with its own message.
#[derive(Clone, Copy)]
enum Settle {
    List,
    Map,
    ObjectToMap,
}

/// The element type of a collection value (not of a tuple or an object).
fn source_ety(v: &Value) -> Option<&Type> {
    match v {
        Value::List(t, _) | Value::Set(t, _) | Value::Map(t, _) => Some(t),
        _ => None,
    }
}

fn same_types(vs: &[Value]) -> bool {
    vs.windows(2).all(|w| w[0].same_type(&w[1]))
}

/// Converts each element to `te` (keeping its optional attributes, which the
/// elements fill in) and returns the collection's element type with them.
fn convert_elements(
    vs: &[Value],
    te: &Type,
    source: Option<&Type>,
    settle: Option<Settle>,
) -> Result<(Type, Vec<Value>), ConvertError> {
    if vs.is_empty() {
        // An empty collection of `any` keeps the element type it had.
        return Ok(match (te, source) {
            (Type::Dynamic, Some(t)) => (t.clone(), Vec::new()),
            _ => (te.without_optional(), Vec::new()),
        });
    }
    // A collection of `any`: the elements' unified type (the conversion was
    // found possible, so there is one).
    let target = if *te == Type::Dynamic {
        let tys: Vec<Type> = vs.iter().map(Value::ty).collect();
        Cow::Owned(unify(&tys).unwrap_or(Type::Dynamic))
    } else {
        Cow::Borrowed(te)
    };
    let mut elems = vs
        .iter()
        .enumerate()
        .map(|(i, v)| convert_value(v, &target).map_err(|e| e.at(PathStep::Index(i))))
        .collect::<Result<Vec<_>, _>>()?;
    let settle = match settle {
        // A map unifies only elements that are collections or objects.
        Some(Settle::Map | Settle::ObjectToMap)
            if !matches!(
                &*target,
                Type::List(_) | Type::Set(_) | Type::Map(_) | Type::Object(_)
            ) =>
        {
            None
        }
        s => s,
    };
    if settle.is_some() && !same_types(&elems) {
        let tys: Vec<Type> = elems.iter().map(Value::ty).collect();
        let Some(common) = unify(&tys) else {
            return Err(ConvertError::new(
                "cannot find a common base type for all elements",
            ));
        };
        elems = elems
            .iter()
            .map(|v| convert_value(v, &common))
            .collect::<Result<Vec<_>, _>>()?;
    }
    if !same_types(&elems) {
        let message = match settle {
            Some(Settle::ObjectToMap) => "attribute types must all match for conversion to map",
            Some(Settle::Map) => "element types must all match for conversion to map",
            Some(Settle::List) => "element types must all match for conversion to list",
            // The caller says what it needs.
            None => return Ok((Type::Dynamic, elems)),
        };
        return Err(ConvertError::new(message));
    }
    Ok((elems[0].ty(), elems))
}

fn convert_to_object(
    m: &BTreeMap<String, Value>,
    o: &ObjectType,
    from_map: bool,
) -> Result<Value, ConvertError> {
    let mut out = BTreeMap::new();
    for (name, aty) in &o.attrs {
        match m.get(name) {
            Some(v) => {
                let c = convert_value(v, aty).map_err(|e| e.at(PathStep::Attr(name.clone())))?;
                out.insert(name.clone(), c);
            }
            None if o.optional.contains(name) => {
                out.insert(name.clone(), Value::Null(aty.without_optional()));
            }
            None if from_map => {
                return Err(ConvertError::new(format!(
                    "map has no element for required attribute {}",
                    quote(name)
                )))
            }
            None => {
                return Err(ConvertError::new(format!(
                    "attribute {} is required",
                    quote(name)
                )))
            }
        }
    }
    Ok(Value::Object(out))
}

/// Finds one type every given type converts to (cty `unify`), or `None`.
pub fn unify(types: &[Type]) -> Option<Type> {
    if types.is_empty() {
        return None;
    }
    if types.iter().all(|t| t == &types[0]) {
        return Some(types[0].clone());
    }
    let count = |f: fn(&Type) -> bool| types.iter().filter(|t| f(t)).count();
    let maps = count(|t| matches!(t, Type::Map(_)));
    let lists = count(|t| matches!(t, Type::List(_)));
    let sets = count(|t| matches!(t, Type::Set(_)));
    let objects = count(|t| matches!(t, Type::Object(_)));
    let tuples = count(|t| matches!(t, Type::Tuple(_)));
    let dynamics = count(|t| *t == Type::Dynamic);
    let n = types.len();
    let elem_types =
        |ts: &[Type]| -> Vec<Type> { ts.iter().filter_map(|t| t.element().cloned()).collect() };
    if maps > 0 && maps + dynamics == n {
        return unify(&elem_types(types)).map(Type::map);
    }
    if maps > 0 && maps + objects + dynamics == n {
        let mut ets = elem_types(types);
        for t in types {
            if let Type::Object(o) = t {
                ets.extend(o.attrs.values().cloned());
            }
        }
        if let Some(e) = unify(&ets) {
            return Some(Type::map(e));
        }
    } else if lists > 0 && lists + dynamics == n {
        return unify(&elem_types(types)).map(Type::list);
    } else if lists > 0 && lists + tuples + dynamics == n {
        let mut ets = elem_types(types);
        for t in types {
            if let Type::Tuple(ts) = t {
                ets.extend(ts.iter().cloned());
            }
        }
        if let Some(e) = unify(&ets) {
            return Some(Type::list(e));
        }
    } else if sets > 0 && sets + dynamics == n {
        return unify(&elem_types(types)).map(Type::set);
    } else if objects > 0 && objects + dynamics == n {
        if dynamics > 0 {
            return Some(Type::Dynamic);
        }
        return unify_objects(types);
    } else if tuples > 0 && tuples + dynamics == n {
        if dynamics > 0 {
            return Some(Type::Dynamic);
        }
        return unify_tuples(types);
    } else if objects > 0 && tuples > 0 {
        return None;
    }
    let mut prefs: Vec<&Type> = types.iter().collect();
    crate::small::sort_by_key(&mut prefs, |t| preference(t));
    prefs.dedup();
    prefs
        .into_iter()
        .find(|want| types.iter().all(|t| can_convert(t, want)))
        .cloned()
}

/// cty's preference order for unification results: string first (every primitive
/// converts to it), then the other primitives, then everything else, dynamic last.
fn preference(t: &Type) -> u8 {
    match t {
        Type::String => 0,
        Type::Number => 1,
        Type::Bool => 2,
        Type::Dynamic => 9,
        _ => 5,
    }
}

fn unify_objects(types: &[Type]) -> Option<Type> {
    let objs: Vec<&ObjectType> = types
        .iter()
        .filter_map(|t| match t {
            Type::Object(o) => Some(o),
            _ => None,
        })
        .collect();
    let first = objs.first()?;
    if objs.iter().any(|o| o.attrs.keys().ne(first.attrs.keys())) {
        // Different attribute names: cty tries a map of all the attribute types.
        let all: Vec<Type> = objs
            .iter()
            .flat_map(|o| o.attrs.values().cloned())
            .collect();
        let map = Type::map(unify(&all)?);
        return types.iter().all(|t| can_convert(t, &map)).then_some(map);
    }
    let mut attrs = BTreeMap::new();
    for name in first.attrs.keys() {
        let ts: Vec<Type> = objs.iter().map(|o| o.attrs[name].clone()).collect();
        attrs.insert(name.clone(), unify(&ts)?);
    }
    Some(Type::object(attrs))
}

fn unify_tuples(types: &[Type]) -> Option<Type> {
    let tuples: Vec<&Vec<Type>> = types
        .iter()
        .filter_map(|t| match t {
            Type::Tuple(ts) => Some(ts),
            _ => None,
        })
        .collect();
    let len = tuples.first()?.len();
    if tuples.iter().any(|t| t.len() != len) {
        // Different lengths: cty tries a list of all the element types.
        let all: Vec<Type> = tuples.iter().flat_map(|t| t.iter().cloned()).collect();
        let list = Type::list(unify(&all)?);
        return types.iter().all(|t| can_convert(t, &list)).then_some(list);
    }
    (0..len)
        .map(|i| unify(&tuples.iter().map(|t| t[i].clone()).collect::<Vec<_>>()))
        .collect::<Option<Vec<_>>>()
        .map(Type::Tuple)
}

fn quote(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| format!("\"{s}\""))
}

/// cty's `MismatchMessage`: why a value of type `got` cannot become `want`.
pub fn mismatch_message(got: &Type, want: &Type) -> String {
    let required = || format!("{} required", want.friendly_name_for_constraint());
    match (got, want) {
        (Type::Object(g), Type::Object(w)) => object_mismatch(g, w),
        (Type::Tuple(_), Type::List(e)) if **e == Type::Dynamic => {
            "all list elements must have the same type".into()
        }
        (Type::Tuple(_), Type::Set(e)) if **e == Type::Dynamic => {
            "all set elements must have the same type".into()
        }
        (Type::Object(_), Type::Map(e)) if **e == Type::Dynamic => {
            "all map elements must have the same type".into()
        }
        (Type::Tuple(_) | Type::Object(_), w) if w.is_collection() => {
            let wety = w.element().cloned().unwrap_or(Type::Dynamic);
            match (got, w) {
                (Type::Tuple(ts), Type::List(_) | Type::Set(_)) => {
                    for (i, t) in ts.iter().enumerate() {
                        if !can_convert(t, &wety) {
                            return format!("element {i}: {}", mismatch_message(t, &wety));
                        }
                    }
                    format!(
                        "all elements must be {}",
                        wety.friendly_name_for_constraint()
                    )
                }
                (Type::Object(o), Type::Map(_)) => {
                    for (k, t) in &o.attrs {
                        if !can_convert(t, &wety) {
                            return format!("element {}: {}", quote(k), mismatch_message(t, &wety));
                        }
                    }
                    format!(
                        "all elements must be {}",
                        wety.friendly_name_for_constraint()
                    )
                }
                _ => required(),
            }
        }
        (g, w) if g.is_collection() && w.is_collection() => {
            let kinds_match = matches!(
                (g, w),
                (Type::List(_) | Type::Set(_), Type::List(_) | Type::Set(_))
                    | (Type::Map(_), Type::Map(_))
            );
            if !kinds_match {
                return required();
            }
            let noun = match w {
                Type::List(_) => "list element type",
                Type::Set(_) => "set element type",
                _ => "map element type",
            };
            let (Some(ge), Some(we)) = (g.element(), w.element()) else {
                return required();
            };
            format!("incorrect {noun}: {}", mismatch_message(ge, we))
        }
        _ => required(),
    }
}

fn object_mismatch(got: &ObjectType, want: &ObjectType) -> String {
    let mut missing: Vec<&String> = Vec::new();
    let mut mismatch = None;
    for (name, wt) in &want.attrs {
        match got.attrs.get(name) {
            None if !want.optional.contains(name) => missing.push(name),
            None => {}
            Some(gt) if !can_convert(gt, wt) => {
                mismatch = Some(format!(
                    "attribute {}: {}",
                    quote(name),
                    mismatch_message(gt, wt)
                ));
            }
            Some(_) => {}
        }
    }
    match missing.as_slice() {
        [] => mismatch.unwrap_or_else(|| "incorrect object attributes".into()),
        [one] => format!("attribute {} is required", quote(one)),
        [a, b] => format!("attributes {} and {} are required", quote(a), quote(b)),
        [init @ .., last] => {
            let list: Vec<String> = init.iter().map(|n| quote(n)).collect();
            format!(
                "attributes {}, and {} are required",
                list.join(", "),
                quote(last)
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tuple(vs: Vec<Value>) -> Value {
        Value::Tuple(vs)
    }

    #[test]
    fn primitives_convert_like_terraform() {
        assert_eq!(
            convert(&"3".into(), &Type::Number).unwrap(),
            Value::number(3)
        );
        assert_eq!(
            convert(&Value::number(3), &Type::String).unwrap(),
            "3".into()
        );
        assert_eq!(
            convert(&"1".into(), &Type::Bool).unwrap(),
            Value::Bool(true)
        );
        assert_eq!(
            convert(&"x".into(), &Type::Number).unwrap_err().message,
            "a number is required"
        );
        assert_eq!(
            convert(&"True".into(), &Type::Bool).unwrap_err().message,
            "a bool is required; to convert from string, use lowercase \"true\""
        );
        assert_eq!(
            convert(&Value::Bool(true), &Type::Number)
                .unwrap_err()
                .message,
            "number required"
        );
    }

    #[test]
    fn tuples_become_lists_of_the_unified_type() {
        let v = convert(
            &tuple(vec!["a".into(), Value::number(1)]),
            &Type::list(Type::Dynamic),
        )
        .unwrap();
        assert_eq!(v.ty(), Type::list(Type::String));
        assert_eq!(
            convert(
                &tuple(vec![Value::Bool(true), Value::number(1)]),
                &Type::list(Type::Dynamic)
            )
            .unwrap_err()
            .message,
            "all list elements must have the same type"
        );
        let err = convert(
            &tuple(vec!["a".into(), "x".into()]),
            &Type::list(Type::Number),
        )
        .unwrap_err();
        assert_eq!(err.message, "a number is required");
        assert_eq!(err.path, vec![PathStep::Index(0)]);
    }

    #[test]
    fn objects_drop_extra_attributes_and_fill_optional_ones() {
        let mut o = ObjectType::new(
            [
                ("a".to_string(), Type::String),
                ("b".to_string(), Type::Number),
            ]
            .into_iter()
            .collect(),
        );
        o.optional.insert("b".into());
        let want = Type::Object(o);
        let given = Value::Object(
            [
                ("a".to_string(), "x".into()),
                ("c".to_string(), Value::number(1)),
            ]
            .into_iter()
            .collect(),
        );
        let v = convert(&given, &want).unwrap();
        assert_eq!(v.entries().unwrap().len(), 2);
        assert!(v.entries().unwrap()["b"].is_null());
        assert_eq!(
            convert(&Value::Object(BTreeMap::new()), &want)
                .unwrap_err()
                .message,
            "attribute \"a\" is required"
        );
    }

    #[test]
    fn mismatch_messages_name_what_is_required() {
        assert_eq!(
            mismatch_message(&Type::Tuple(vec![Type::Number]), &Type::String),
            "string required"
        );
        assert_eq!(
            mismatch_message(
                &Type::Tuple(vec![Type::Tuple(vec![])]),
                &Type::list(Type::String)
            ),
            "element 0: string required"
        );
        assert_eq!(
            mismatch_message(&Type::String, &Type::map(Type::String)),
            "map of string required"
        );
    }

    fn object(attrs: &[(&str, Type)], optional: &[&str]) -> Type {
        let mut o = ObjectType::new(
            attrs
                .iter()
                .map(|(k, t)| (k.to_string(), t.clone()))
                .collect(),
        );
        o.optional.extend(optional.iter().map(|s| s.to_string()));
        Type::Object(o)
    }

    fn obj(entries: &[(&str, Value)]) -> Value {
        Value::Object(
            entries
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect(),
        )
    }

    /// `optional(T)` without a default, inside maps, lists and sets of objects.
    #[test]
    fn optional_attributes_inside_collections_may_be_left_out() {
        let elem = object(&[("name", Type::String), ("size", Type::Number)], &["size"]);
        let given = obj(&[("name", "x".into())]);
        for want in [
            Type::map(elem.clone()),
            Type::list(elem.clone()),
            Type::set(elem.clone()),
        ] {
            let v = match &want {
                Type::Map(_) => obj(&[("a", given.clone())]),
                _ => tuple(vec![
                    given.clone(),
                    obj(&[("name", "y".into()), ("size", Value::number(2))]),
                ]),
            };
            let c = convert(&v, &want).unwrap_or_else(|e| panic!("{want}: {e}"));
            let elems: Vec<&Value> = match &c {
                Value::Map(_, m) => m.values().collect(),
                other => other.elements().unwrap().iter().collect(),
            };
            let x = elems
                .iter()
                .find(|e| e.entries().unwrap()["name"] == Value::string("x"))
                .unwrap();
            assert!(x.entries().unwrap()["size"].is_null());
            assert_eq!(c.ty().element().unwrap(), &elem.without_optional());
        }
        // Still required where it is not optional.
        let err = convert(&obj(&[("a", obj(&[]))]), &Type::map(elem)).unwrap_err();
        assert_eq!(err.message, "element \"a\": attribute \"name\" is required");
    }

    /// `any` inside the elements of a collection: unified across the elements
    /// (lists and maps), or required to match (sets), as cty does.
    #[test]
    fn any_inside_collection_elements_must_unify() {
        let elem = object(&[("fields", Type::Dynamic)], &[]);
        let a = obj(&[("fields", obj(&[("n", Value::number(1))]))]);
        let raw = obj(&[("fields", "raw".into())]);
        let m = obj(&[("a", a.clone()), ("b", raw.clone())]);
        let msg = |v: &Value, t: Type| convert(v, &t).unwrap_err().message;
        assert_eq!(
            msg(&m, Type::map(elem.clone())),
            "cannot find a common base type for all elements"
        );
        assert_eq!(
            msg(&tuple(vec![a.clone(), raw]), Type::list(elem.clone())),
            "cannot find a common base type for all elements"
        );
        // Unifiable: number and string become string.
        let s = obj(&[("fields", obj(&[("n", "s".into())]))]);
        let c = convert(
            &tuple(vec![a.clone(), s.clone()]),
            &Type::list(elem.clone()),
        )
        .unwrap();
        assert_eq!(
            c.elements().unwrap()[0].entries().unwrap()["fields"]
                .entries()
                .unwrap()["n"],
            Value::string("1")
        );
        // A set does not unify.
        assert_eq!(
            msg(&tuple(vec![a, s]), Type::set(elem)),
            "element types must all match for conversion to set"
        );
    }

    /// An empty collection converted to a collection of `any` keeps its element type.
    #[test]
    fn empty_collections_keep_their_element_type() {
        let empty = Value::List(Type::String, Vec::new());
        let s = convert(&empty, &Type::set(Type::Dynamic)).unwrap();
        assert_eq!(s.ty(), Type::set(Type::String));
        assert!(s.equals(&Value::set(Type::String, Vec::new())));
        let t = convert(&tuple(vec![]), &Type::set(Type::Dynamic)).unwrap();
        assert_eq!(t.ty(), Type::set(Type::Dynamic));
    }
}
