//! Sharing a configuration through the URL fragment, which browsers never send
//! to a server. The fragment holds the inputs that differ from their defaults,
//! as typed (so a half-finished value comes back as it was), and the preview
//! options, as percent-encoded JSON read back by the core's own JSON reader:
//! `#{"values":{"az_count":"3","tags":{"team":"infra"}},"format":"json"}`.

use crate::state::{Config, Form, Input, PreviewOptions};
use std::collections::BTreeMap;
use tfcheck_core::value::Value;
use tfcheck_core::{tfvars, Format};

/// An input as a JSON value: text as a string, a toggle as a bool, list items as
/// an array of strings, map rows as an object.
fn input_value(input: &Input) -> Value {
    match input {
        Input::Text(t) => Value::string(t.as_str()),
        Input::Toggle(b) => Value::Bool(*b),
        Input::List(items) => {
            Value::Tuple(items.iter().map(|i| Value::string(i.as_str())).collect())
        }
        Input::Map(rows) => Value::Object(
            rows.iter()
                .map(|(k, v)| (k.clone(), Value::string(v.as_str())))
                .collect(),
        ),
    }
}

/// The fragment (without `#`) for a configuration; empty for the defaults.
pub fn encode(config: &Config, form: &Form) -> String {
    let values: BTreeMap<String, Value> = config
        .changed(form)
        .into_iter()
        .map(|(f, i)| (f.name().to_string(), input_value(i)))
        .collect();
    let mut doc = Vec::new();
    if !values.is_empty() {
        doc.push(("values", Value::Object(values)));
    }
    let (p, d) = (config.preview, PreviewOptions::default());
    if p.format != d.format {
        doc.push(("format", Value::string(format_name(p.format))));
    }
    if p.only_changed != d.only_changed {
        doc.push(("only_changed", Value::Bool(p.only_changed)));
    }
    if p.describe != d.describe {
        doc.push(("describe", Value::Bool(p.describe)));
    }
    if doc.is_empty() {
        return String::new();
    }
    let mut json = String::new();
    json.push('{');
    for (i, (k, v)) in doc.iter().enumerate() {
        if i > 0 {
            json.push(',');
        }
        write_string(&mut json, k);
        json.push(':');
        write_json(&mut json, v);
    }
    json.push('}');
    percent_encode(&json)
}

/// Compact JSON for the values a fragment holds (strings, bools, arrays, objects).
fn write_json(out: &mut String, v: &Value) {
    match v {
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::String(s) => write_string(out, s),
        Value::Tuple(items) | Value::List(_, items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_json(out, item);
            }
            out.push(']');
        }
        Value::Object(m) | Value::Map(_, m) => {
            out.push('{');
            for (i, (k, item)) in m.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_string(out, k);
                out.push(':');
                write_json(out, item);
            }
            out.push('}');
        }
        Value::Number(n) => out.push_str(&n.to_string()),
        Value::Set(..) | Value::Null(_) => out.push_str("null"),
    }
}

fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// What a shared link held: the configuration, and what in it was not understood
/// (names the module does not declare), to tell the person who opened it.
#[derive(Debug)]
pub struct Decoded {
    pub config: Config,
    pub ignored: Vec<String>,
}

/// Reads a fragment (with or without its `#`); an empty one is the defaults.
pub fn decode(fragment: &str, form: &Form) -> Result<Decoded, String> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let mut config = Config::defaults(form);
    let mut ignored = Vec::new();
    if fragment.is_empty() {
        return Ok(Decoded { config, ignored });
    }
    let text =
        percent_decode(fragment).ok_or("the link's fragment is not valid percent-encoded UTF-8")?;
    let doc =
        tfvars::read(&text, "fragment.json", Format::Json, form.limits.max_depth).map_err(|e| {
            format!(
                "the link's fragment is not a configuration ({}: {})",
                e.summary, e.detail
            )
        })?;
    for a in doc.assignments {
        match (a.name.as_str(), a.value) {
            ("values", Ok(Value::Object(values))) => {
                for (name, v) in values {
                    match form
                        .field(&name)
                        .and_then(|f| input_from_value(f.default_input(), &v))
                    {
                        Some(input) => config.set(&name, input),
                        None => ignored.push(name),
                    }
                }
            }
            ("format", Ok(Value::String(f))) if f == "json" => config.preview.format = Format::Json,
            ("format", Ok(Value::String(f))) if f == "hcl" => config.preview.format = Format::Hcl,
            ("only_changed", Ok(Value::Bool(b))) => config.preview.only_changed = b,
            ("describe", Ok(Value::Bool(b))) => config.preview.describe = b,
            (other, _) => ignored.push(other.to_string()),
        }
    }
    Ok(Decoded { config, ignored })
}

fn format_name(f: Format) -> &'static str {
    match f {
        Format::Hcl => "hcl",
        Format::Json => "json",
    }
}

/// The input of the same kind as `like` holding `v`, if `v` has that shape.
fn input_from_value(like: Input, v: &Value) -> Option<Input> {
    let text = |v: &Value| match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    };
    match (like, v) {
        (Input::Text(_), v) => text(v).map(Input::Text),
        (Input::Toggle(_), Value::Bool(b)) => Some(Input::Toggle(*b)),
        (Input::List(_), Value::Tuple(items)) => items
            .iter()
            .map(text)
            .collect::<Option<Vec<_>>>()
            .map(Input::List),
        (Input::Map(_), Value::Object(m)) => m
            .iter()
            .map(|(k, v)| text(v).map(|v| (k.clone(), v)))
            .collect::<Option<Vec<_>>>()
            .map(Input::Map),
        _ => None,
    }
}

/// Percent-encodes everything but the characters a fragment may hold as they are
/// and that read well in JSON (letters, digits, `-._~:,@!$'()*+;=/?`).
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        let keep = b.is_ascii_alphanumeric() || b"-._~:,@!$'()*+;=/?".contains(&b);
        if keep {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` escapes; `None` for a malformed escape or bytes that are not UTF-8.
pub fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::test_form as form;

    #[test]
    fn defaults_share_as_an_empty_fragment() {
        let c = Config::defaults(form());
        assert_eq!(encode(&c, form()), "");
        let d = decode("", form()).unwrap();
        assert_eq!(d.config, c);
    }

    #[test]
    fn changes_round_trip_including_invalid_text() {
        let f = form();
        let mut c = Config::defaults(f);
        c.set("vpc_cidr", Input::Text("10.0.0.1/16".into()));
        c.set("az_count", Input::Text("three".into()));
        c.set("efs_encrypted", Input::Toggle(false));
        c.set(
            "availability_zones",
            Input::List(vec!["eu-west-1a".into(), "".into()]),
        );
        c.set(
            "tags",
            Input::Map(vec![("team".into(), "a \"b\" & c # é \\ \u{1}".into())]),
        );
        c.preview = PreviewOptions {
            format: Format::Json,
            only_changed: true,
            describe: false,
        };
        let frag = encode(&c, f);
        assert!(
            !frag.contains('#') && !frag.contains(' ') && !frag.contains('"'),
            "{frag}"
        );
        let d = decode(&format!("#{frag}"), f).unwrap();
        assert!(d.ignored.is_empty());
        assert_eq!(d.config, c);
    }

    #[test]
    fn unknown_names_are_reported_not_fatal() {
        let d = decode(
            &percent_encode(r#"{"values":{"nope":"1","az_count":"3"},"extra":1}"#),
            form(),
        )
        .unwrap();
        assert_eq!(d.ignored, ["nope", "extra"]);
        assert_eq!(d.config.input("az_count"), Some(&Input::Text("3".into())));
    }

    #[test]
    fn malformed_fragments_are_errors() {
        assert!(decode("%zz", form()).is_err());
        assert!(decode("%FF", form()).is_err());
        assert!(decode("not-json", form()).is_err());
        assert!(decode("%22x%22", form()).is_err());
    }

    #[test]
    fn percent_coding_round_trips() {
        let s = "{\"a\": \"x y%z\u{e9}\u{1F600}\"}";
        assert_eq!(percent_decode(&percent_encode(s)).as_deref(), Some(s));
    }
}
