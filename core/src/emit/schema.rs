//! A JSON Schema (draft 2020-12) of a module's inputs: types, descriptions,
//! defaults, and the enums, patterns and ranges that its rules state plainly.
//! The schema is guidance for editors and forms; `check` is what decides, since
//! Terraform also converts values ("3" to 3) and evaluates rules a schema cannot.

use crate::module::{hints, Hints, Module};
use crate::value::Type;
use serde_json::{json, Map, Value as Json};

pub fn schema(m: &Module) -> Json {
    let mut props = Map::new();
    let mut required = Vec::new();
    for v in &m.variables {
        let mut s = type_schema(&v.ty);
        let h = hints::for_variable(m, &v.name);
        add_hints(&mut s, &h);
        if let Json::Object(o) = &mut s {
            if let Some(d) = &v.description {
                o.insert("description".into(), json!(d));
            }
            if let Some(d) = &v.default {
                o.insert("default".into(), d.to_json());
            }
            if let Some(g) = &v.group {
                o.insert("x-group".into(), json!(g));
            }
            if v.sensitive {
                o.insert("writeOnly".into(), json!(true));
            }
        }
        if v.nullable {
            s = nullable(s);
        }
        if v.required() {
            required.push(json!(v.name));
        }
        props.insert(v.name.clone(), s);
    }
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Terraform module inputs",
        "description": "The input variables of the module, as a .tfvars.json document.",
        "type": "object",
        "properties": props,
        "required": required,
        "additionalProperties": false,
    })
}

fn type_schema(t: &Type) -> Json {
    match t {
        Type::Dynamic => json!({}),
        Type::String => json!({"type": "string"}),
        Type::Number => json!({"type": "number"}),
        Type::Bool => json!({"type": "boolean"}),
        Type::List(e) => json!({"type": "array", "items": type_schema(e)}),
        Type::Set(e) => json!({"type": "array", "items": type_schema(e), "uniqueItems": true}),
        Type::Map(e) => json!({"type": "object", "additionalProperties": type_schema(e)}),
        Type::Tuple(ts) => json!({
            "type": "array",
            "prefixItems": ts.iter().map(type_schema).collect::<Vec<_>>(),
            "items": false,
        }),
        Type::Object(o) => {
            // Inserted one by one: collect() would sort (a wasm-size cost).
            let mut props = Map::new();
            for (k, t) in &o.attrs {
                props.insert(k.clone(), type_schema(t));
            }
            let req: Vec<&String> = o
                .attrs
                .keys()
                .filter(|k| !o.optional.contains(*k))
                .collect();
            json!({"type": "object", "properties": props, "required": req})
        }
    }
}

fn add_hints(s: &mut Json, h: &Hints) {
    let Json::Object(o) = s else { return };
    if let Some(vals) = &h.enum_values {
        o.insert(
            "enum".into(),
            Json::Array(vals.iter().map(|v| v.to_json()).collect()),
        );
    }
    if let Some(p) = &h.pattern {
        o.insert("pattern".into(), json!(p));
    }
    if h.integer && o.get("type") == Some(&json!("number")) {
        o.insert("type".into(), json!("integer"));
    }
    if let Some(n) = &h.minimum {
        o.insert(
            "minimum".into(),
            serde_json::to_value(n).unwrap_or(Json::Null),
        );
    }
    if let Some(n) = &h.maximum {
        o.insert(
            "maximum".into(),
            serde_json::to_value(n).unwrap_or(Json::Null),
        );
    }
    let is_array = o.get("type") == Some(&json!("array"));
    let is_object = o.get("type") == Some(&json!("object"));
    let (min_key, max_key) = if is_array {
        ("minItems", "maxItems")
    } else if is_object {
        ("minProperties", "maxProperties")
    } else {
        ("minLength", "maxLength")
    };
    if let Some(n) = h.min_length {
        o.insert(min_key.into(), json!(n));
    }
    if let Some(n) = h.max_length {
        o.insert(max_key.into(), json!(n));
    }
    if let Some(items) = &h.items {
        let key = if is_object {
            "additionalProperties"
        } else {
            "items"
        };
        if let Some(sub) = o.get_mut(key) {
            add_hints(sub, items);
        }
    }
}

/// Allows `null` besides the schema's own type.
fn nullable(mut s: Json) -> Json {
    if let Json::Object(o) = &mut s {
        match o.get("type").cloned() {
            Some(Json::String(t)) => {
                o.insert("type".into(), json!([t, "null"]));
                if let Some(Json::Array(e)) = o.get_mut("enum") {
                    e.push(Json::Null);
                }
            }
            None if o.is_empty() => {}
            _ => return json!({"anyOf": [s, {"type": "null"}]}),
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_types_and_rules() {
        let m = Module::from_sources(&[(
            "v.tf",
            "variable \"n\" {\n  type = number\n  default = 2\n  nullable = false\n  description = \"d\"\n  validation {\n    condition = floor(var.n) == var.n && var.n >= 1 && var.n <= 6\n    error_message = \"x\"\n  }\n}\nvariable \"m\" {\n  type = string\n  default = \"a\"\n  validation {\n    condition = contains([\"a\", \"b\"], var.m)\n    error_message = \"x\"\n  }\n}\nvariable \"r\" {\n  type = list(string)\n}\n",
        )]);
        let s = schema(&m);
        assert_eq!(
            s["properties"]["n"],
            json!({"type": "integer", "minimum": 1, "maximum": 6, "description": "d", "default": 2})
        );
        assert_eq!(s["properties"]["m"]["enum"], json!(["a", "b", null]));
        assert_eq!(s["properties"]["m"]["type"], json!(["string", "null"]));
        assert_eq!(s["required"], json!(["r"]));
    }
}
