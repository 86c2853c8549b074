//! String functions: chomp, endswith, format, formatlist, indent, join, lower,
//! replace, split, startswith, strcontains, strrev, substr, title, trim,
//! trimprefix, trimsuffix, trimspace, upper.
//!
//! Terraform measures strings in grapheme clusters (`strrev`, `substr`, widths
//! in `format`) and changes case one character at a time with Go's simple case
//! mappings (`upper("ß")` stays `ß`), which is what these do.

mod case;
mod format;

use super::support::{text, too_long, whole_int, MAX_ELEMENTS, MAX_STRING_BYTES};
use super::{nullable, param, FuncError, Function, ParamKind as K};
use crate::graphemes::graphemes;
use crate::value::{Type, Value};
pub(super) use case::{go_lower, go_upper};

pub(super) const FUNCTIONS: &[Function] = &[
    Function {
        name: "chomp",
        params: &[param("str", K::String)],
        variadic: None,
        imp: |a| Ok(text(&a[0]).trim_end_matches(['\r', '\n']).into()),
    },
    Function {
        name: "endswith",
        params: &[param("str", K::String), param("suffix", K::String)],
        variadic: None,
        imp: |a| Ok(Value::Bool(text(&a[0]).ends_with(text(&a[1])))),
    },
    Function {
        name: "format",
        params: &[param("format", K::String)],
        variadic: Some(nullable("args", K::Any)),
        imp: format::format,
    },
    Function {
        name: "formatlist",
        params: &[param("format", K::String)],
        variadic: Some(nullable("args", K::Any)),
        imp: format::formatlist,
    },
    Function {
        name: "indent",
        params: &[param("spaces", K::Number), param("str", K::String)],
        variadic: None,
        imp: indent,
    },
    Function {
        name: "join",
        params: &[param("separator", K::String)],
        variadic: Some(param("lists", K::ListOfString)),
        imp: join,
    },
    Function {
        name: "lower",
        params: &[param("str", K::String)],
        variadic: None,
        imp: |a| Ok(text(&a[0]).chars().map(go_lower).collect::<String>().into()),
    },
    Function {
        name: "replace",
        params: &[
            param("str", K::String),
            param("substr", K::String),
            param("replace", K::String),
        ],
        variadic: None,
        imp: replace,
    },
    Function {
        name: "split",
        params: &[param("separator", K::String), param("str", K::String)],
        variadic: None,
        imp: split,
    },
    Function {
        name: "startswith",
        params: &[param("str", K::String), param("prefix", K::String)],
        variadic: None,
        imp: |a| Ok(Value::Bool(text(&a[0]).starts_with(text(&a[1])))),
    },
    Function {
        name: "strcontains",
        params: &[param("str", K::String), param("substr", K::String)],
        variadic: None,
        imp: |a| Ok(Value::Bool(text(&a[0]).contains(text(&a[1])))),
    },
    Function {
        name: "strrev",
        params: &[param("str", K::String)],
        variadic: None,
        imp: |a| {
            let clusters: Vec<&str> = graphemes(text(&a[0])).collect();
            Ok(clusters.into_iter().rev().collect::<String>().into())
        },
    },
    Function {
        name: "substr",
        params: &[
            param("str", K::String),
            param("offset", K::Number),
            param("length", K::Number),
        ],
        variadic: None,
        imp: substr,
    },
    Function {
        name: "title",
        params: &[param("str", K::String)],
        variadic: None,
        imp: |a| Ok(title(text(&a[0])).into()),
    },
    Function {
        name: "trim",
        params: &[param("str", K::String), param("cutset", K::String)],
        variadic: None,
        imp: |a| {
            let cutset = text(&a[1]);
            Ok(text(&a[0]).trim_matches(|c| cutset.contains(c)).into())
        },
    },
    Function {
        name: "trimprefix",
        params: &[param("str", K::String), param("prefix", K::String)],
        variadic: None,
        imp: |a| {
            let s = text(&a[0]);
            Ok(s.strip_prefix(text(&a[1])).unwrap_or(s).into())
        },
    },
    Function {
        name: "trimspace",
        params: &[param("str", K::String)],
        variadic: None,
        imp: |a| Ok(text(&a[0]).trim_matches(char::is_whitespace).into()),
    },
    Function {
        name: "trimsuffix",
        params: &[param("str", K::String), param("suffix", K::String)],
        variadic: None,
        imp: |a| {
            let s = text(&a[0]);
            Ok(s.strip_suffix(text(&a[1])).unwrap_or(s).into())
        },
    },
    Function {
        name: "upper",
        params: &[param("str", K::String)],
        variadic: None,
        imp: |a| Ok(text(&a[0]).chars().map(go_upper).collect::<String>().into()),
    },
];

fn indent(a: &[Value]) -> Result<Value, FuncError> {
    let spaces = whole_int(&super::support::num(&a[0])).map_err(FuncError::call)?;
    let s = text(&a[1]);
    if spaces < 0 {
        // Go's strings.Repeat panics on a negative count.
        return Err(FuncError::call(
            "panic in function implementation: strings: negative Repeat count",
        ));
    }
    let newlines = s.matches('\n').count();
    let spaces = usize::try_from(spaces).unwrap_or(usize::MAX);
    let extra = spaces.saturating_mul(newlines);
    if s.len().saturating_add(extra) > MAX_STRING_BYTES {
        return Err(too_long());
    }
    let pad = format!("\n{}", " ".repeat(if newlines == 0 { 0 } else { spaces }));
    Ok(s.replace('\n', &pad).into())
}

fn join(a: &[Value]) -> Result<Value, FuncError> {
    let sep = text(&a[0]);
    let lists = &a[1..];
    if lists.is_empty() {
        return Err(FuncError::call("at least one list is required"));
    }
    let mut items: Vec<&str> = Vec::new();
    for (li, list) in lists.iter().enumerate() {
        for (ei, v) in list.elements().unwrap_or_default().iter().enumerate() {
            match v {
                Value::String(s) => items.push(s),
                _ if lists.len() > 1 => {
                    return Err(FuncError::arg(
                        li + 1,
                        format!(
                            "element {ei} of list {} is null; cannot concatenate null values",
                            li + 1
                        ),
                    ))
                }
                _ => {
                    return Err(FuncError::arg(
                        li + 1,
                        format!("element {ei} is null; cannot concatenate null values"),
                    ))
                }
            }
        }
    }
    let total: usize = items.iter().map(|s| s.len()).sum::<usize>()
        + sep.len().saturating_mul(items.len().saturating_sub(1));
    if total > MAX_STRING_BYTES {
        return Err(too_long());
    }
    Ok(items.join(sep).into())
}

fn replace(a: &[Value]) -> Result<Value, FuncError> {
    let (s, substr, with) = (text(&a[0]), text(&a[1]), text(&a[2]));
    if substr.len() > 1 && substr.starts_with('/') && substr.ends_with('/') {
        let re = super::regex::GoRegex::cached(&substr[1..substr.len() - 1])
            .map_err(|e| FuncError::call(e.to_string()))?;
        return re.replace_all(s, with).map(Value::String);
    }
    if substr.is_empty() {
        // Go inserts the replacement before every character and at the end.
        let n = s.chars().count() + 1;
        if s.len().saturating_add(with.len().saturating_mul(n)) > MAX_STRING_BYTES {
            return Err(too_long());
        }
        let mut out = String::with_capacity(s.len() + with.len() * n);
        for c in s.chars() {
            out.push_str(with);
            out.push(c);
        }
        out.push_str(with);
        return Ok(out.into());
    }
    let n = s.matches(substr).count();
    if s.len().saturating_add(with.len().saturating_mul(n)) > MAX_STRING_BYTES {
        return Err(too_long());
    }
    Ok(s.replace(substr, with).into())
}

fn split(a: &[Value]) -> Result<Value, FuncError> {
    let (sep, s) = (text(&a[0]), text(&a[1]));
    let parts: Vec<Value> = if sep.is_empty() {
        // Go splits into single characters when the separator is empty.
        if s.chars().count() > MAX_ELEMENTS {
            return Err(super::support::too_many_elements(s.chars().count()));
        }
        s.chars().map(|c| Value::String(c.to_string())).collect()
    } else {
        // A one-byte separator (the usual "." or "/") is searched as a byte
        // (not with `compact`: the size-bound WebAssembly).
        if let (&[c], false) = (sep.as_bytes(), cfg!(feature = "compact")) {
            let n = s.bytes().filter(|&b| b == c).count() + 1;
            if n > MAX_ELEMENTS {
                return Err(super::support::too_many_elements(n));
            }
            return Ok(Value::List(
                Type::String,
                s.split(char::from(c)).map(Value::from).collect(),
            ));
        }
        let n = s.matches(sep).count() + 1;
        if n > MAX_ELEMENTS {
            return Err(super::support::too_many_elements(n));
        }
        s.split(sep).map(Value::from).collect()
    };
    Ok(Value::List(Type::String, parts))
}

fn substr(a: &[Value]) -> Result<Value, FuncError> {
    let s = text(&a[0]);
    let mut offset = whole_int(&super::support::num(&a[1])).map_err(FuncError::call)?;
    let length = whole_int(&super::support::num(&a[2])).map_err(FuncError::call)?;
    let clusters: Vec<&str> = graphemes(s).collect();
    let total = clusters.len() as i64;
    if offset < 0 {
        offset = offset.saturating_add(total);
    } else if length == 0 {
        return Ok("".into());
    }
    // A negative offset beyond the start counts from the start.
    let start = offset.clamp(0, total) as usize;
    if offset > 0 && offset > total {
        return Ok("".into());
    }
    let rest = &clusters[start..];
    // With a negative offset, cty skips its zero-length shortcut and a length of 0
    // then runs to the end of the string, as a negative length does.
    let take = if length <= 0 {
        rest.len()
    } else {
        usize::try_from(length)
            .unwrap_or(usize::MAX)
            .min(rest.len())
    };
    Ok(rest[..take].concat().into())
}

/// Go's `strings.Title`: upper-cases (title-cases) the first letter of each word,
/// where words are separated by ASCII punctuation and spaces and Unicode spaces.
fn title(s: &str) -> String {
    let separator = |c: char| -> bool {
        if c.is_ascii() {
            !(c.is_ascii_alphanumeric() || c == '_')
        } else {
            c.is_whitespace()
        }
    };
    let mut prev = ' ';
    s.chars()
        .map(|c| {
            let out = if separator(prev) { go_title(c) } else { c };
            prev = c;
            out
        })
        .collect()
}

/// Go's `unicode.ToTitle`.
fn go_title(c: char) -> char {
    match c {
        '\u{1c4}'..='\u{1c6}' => '\u{1c5}',
        '\u{1c7}'..='\u{1c9}' => '\u{1c8}',
        '\u{1ca}'..='\u{1cc}' => '\u{1cb}',
        '\u{1f1}'..='\u{1f3}' => '\u{1f2}',
        // Georgian letters are their own title case.
        '\u{10d0}'..='\u{10fa}' | '\u{10fd}'..='\u{10ff}' => c,
        _ => go_upper(c),
    }
}

#[cfg(test)]
mod tests {
    use super::super::{call, lookup};
    use super::*;
    use crate::value::Number;

    fn run(name: &str, args: &[Value]) -> Result<Value, String> {
        call(lookup(name).unwrap(), args).map_err(|e| format!("{}: {}", e.summary, e.detail))
    }

    fn n(v: i64) -> Value {
        Value::number(v)
    }

    fn strs(v: &[&str]) -> Value {
        Value::List(Type::String, v.iter().map(|s| Value::from(*s)).collect())
    }

    #[test]
    fn case_functions_use_simple_mappings() {
        assert_eq!(
            run("upper", &["straße ǆ ᾀ".into()]).unwrap(),
            "STRAßE Ǆ ᾈ".into()
        );
        assert_eq!(
            run("lower", &["İSTANBUL ΣΑΣ".into()]).unwrap(),
            "istanbul σασ".into()
        );
        assert_eq!(
            run("title", &["hello wORLD-foo_bar ǆx".into()]).unwrap(),
            "Hello WORLD-Foo_bar ǅx".into()
        );
        assert!(run("upper", &[Value::null()])
            .unwrap_err()
            .contains("must not be null"));
    }

    #[test]
    fn trims() {
        assert_eq!(run("chomp", &["a\n\r\n\r".into()]).unwrap(), "a".into());
        assert_eq!(run("chomp", &["a\nb".into()]).unwrap(), "a\nb".into());
        assert_eq!(
            run("trimspace", &["\u{a0} a \t\n".into()]).unwrap(),
            "a".into()
        );
        assert_eq!(
            run("trim", &["?!a?!".into(), "!?".into()]).unwrap(),
            "a".into()
        );
        assert_eq!(
            run("trimprefix", &["abab".into(), "ab".into()]).unwrap(),
            "ab".into()
        );
        assert_eq!(
            run("trimsuffix", &["abab".into(), "x".into()]).unwrap(),
            "abab".into()
        );
    }

    #[test]
    fn split_join_and_replace() {
        assert_eq!(
            run("split", &[",".into(), "a,,b".into()]).unwrap(),
            strs(&["a", "", "b"])
        );
        assert_eq!(run("split", &[",".into(), "".into()]).unwrap(), strs(&[""]));
        assert_eq!(
            run("split", &["".into(), "héy".into()]).unwrap(),
            strs(&["h", "é", "y"])
        );
        assert_eq!(
            run("join", &["-".into(), strs(&["a", "b"]), strs(&["c"])]).unwrap(),
            "a-b-c".into()
        );
        assert_eq!(
            run("join", &["-".into()]).unwrap_err(),
            "Error in function call: Call to function \"join\" failed: at least one list is required."
        );
        let with_null = Value::List(Type::String, vec!["a".into(), Value::Null(Type::String)]);
        assert_eq!(
            run("join", &["-".into(), with_null]).unwrap_err(),
            "Invalid function argument: Invalid value for \"lists\" parameter: element 1 is null; cannot concatenate null values."
        );
        assert_eq!(
            run("replace", &["a-b-c".into(), "-".into(), "+".into()]).unwrap(),
            "a+b+c".into()
        );
        assert_eq!(
            run("replace", &["abc".into(), "".into(), "-".into()]).unwrap(),
            "-a-b-c-".into()
        );
        assert_eq!(
            run(
                "replace",
                &["a1b22".into(), "/[0-9]+/".into(), "<$0>".into()]
            )
            .unwrap(),
            "a<1>b<22>".into()
        );
        assert!(run("replace", &["a".into(), "/(/".into(), "".into()])
            .unwrap_err()
            .contains("missing closing )"));
    }

    #[test]
    fn substr_counts_grapheme_clusters() {
        let s: Value = "héllo👍🏽!".into();
        assert_eq!(
            run("substr", &[s.clone(), n(1), n(3)]).unwrap(),
            "éll".into()
        );
        assert_eq!(
            run("substr", &[s.clone(), n(-2), n(1)]).unwrap(),
            "👍🏽".into()
        );
        assert_eq!(
            run("substr", &[s.clone(), n(2), n(-1)]).unwrap(),
            "llo👍🏽!".into()
        );
        assert_eq!(run("substr", &[s.clone(), n(10), n(2)]).unwrap(), "".into());
        assert_eq!(
            run("substr", &[s.clone(), n(-3), n(0)]).unwrap(),
            "o👍🏽!".into()
        );
        assert_eq!(
            run("substr", &[s.clone(), n(-30), n(2)]).unwrap(),
            "hé".into()
        );
        assert!(run(
            "substr",
            &[s, Value::Number(Number::parse("1.5").unwrap()), n(1)]
        )
        .is_err());
        assert_eq!(run("strrev", &["ab👍🏽é".into()]).unwrap(), "é👍🏽ba".into());
    }

    #[test]
    fn format_and_formatlist() {
        assert_eq!(
            run("format", &["%s-%03d".into(), "a".into(), n(7)]).unwrap(),
            "a-007".into()
        );
        assert_eq!(
            run("format", &["%d".into(), "x".into()]).unwrap_err(),
            "Error in function call: Call to function \"format\" failed: unsupported value for \"%d\" at 0: a number is required."
        );
        assert_eq!(
            run("format", &["%d".into(), n(1), n(2)]).unwrap_err(),
            "Invalid function argument: Invalid value for \"args\" parameter: too many arguments; only 1 used by format string."
        );
        let got = run(
            "formatlist",
            &["%s=%s".into(), strs(&["a", "b"]), "x".into()],
        )
        .unwrap();
        assert_eq!(got, strs(&["a=x", "b=x"]));
        assert_eq!(
            run("formatlist", &["%s%s".into(), strs(&["a", "b"]), strs(&["c"])]).unwrap_err(),
            "Invalid function argument: Invalid value for \"args\" parameter: argument 2 has length 1, which is inconsistent with argument 1 of length 2."
        );
        assert_eq!(
            run("formatlist", &["%d".into(), strs(&["1", "x"])]).unwrap_err(),
            "Error in function call: Call to function \"formatlist\" failed: error on format iteration 1: unsupported value for \"%d\" at 0: a number is required."
        );
        assert_eq!(
            run("formatlist", &["%s".into(), strs(&[])]).unwrap(),
            strs(&[])
        );
    }

    #[test]
    fn indent_and_predicates() {
        assert_eq!(
            run("indent", &[n(2), "a\nb\n".into()]).unwrap(),
            "a\n  b\n  ".into()
        );
        assert!(run("indent", &[n(-1), "a\nb".into()])
            .unwrap_err()
            .contains("negative Repeat count"));
        assert_eq!(
            run("startswith", &["hello".into(), "he".into()]).unwrap(),
            Value::Bool(true)
        );
        assert_eq!(
            run("endswith", &["hello".into(), "he".into()]).unwrap(),
            Value::Bool(false)
        );
        assert_eq!(
            run("strcontains", &["hello".into(), "ll".into()]).unwrap(),
            Value::Bool(true)
        );
    }
}
