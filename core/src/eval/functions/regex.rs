//! Regular expression functions: regex, regexall (and the engine `replace` uses
//! for `/.../` patterns).
//!
//! Terraform uses Go's `regexp` (RE2 syntax). Patterns are parsed here with Go's
//! rules and error messages (`regex/syntax.rs`) and rewritten for `regex-lite`,
//! which matches the same way (leftmost-first, like Go's non-POSIX mode, with
//! ASCII `\d \s \w \b`). Matches are iterated with Go's rules for empty matches.
//!
//! Known differences from Terraform, kept small on purpose (the full `regex`
//! crate's Unicode tables would not fit the size budget of the WebAssembly
//! build):
//! - Unicode general categories (`\pL`, `\p{Lu}`, `\PN`, `\p{^Z}`) use Go's
//!   Unicode 15.0.0 ranges (`regex/categories.rs`); script classes
//!   (`\p{Greek}`) are rejected with an error, where Go accepts them.
//! - Case-insensitive matching (`(?i)`) folds case with Rust's case mappings
//!   plus a table of the special folds Go knows (`k`/`K`/Kelvin sign, `s`/`ſ`,
//!   Greek variants); a few rare folds may differ.
//! - Go's limit on the compiled size of a pattern ("expression too large") is
//!   approximated by regex-lite's own size limit.

mod categories;
pub(crate) mod syntax;

use super::support::{text, too_long, MAX_STRING_BYTES};
use super::{param, FuncError, Function, ParamKind as K};
use crate::small::CollectSorted;
use crate::value::{Type, Value};
use std::collections::BTreeMap;
pub(crate) use syntax::SyntaxError;

pub(super) const FUNCTIONS: &[Function] = &[
    Function {
        name: "regex",
        params: &[param("pattern", K::String), param("string", K::String)],
        variadic: None,
        imp: |a| {
            let (re, shape) = compile_for_function(text(&a[0]))?;
            let s = text(&a[1]);
            let caps = re.matches(s, 1);
            let Some(first) = caps.first() else {
                return Err(FuncError::call(
                    "pattern did not match any part of the given string",
                ));
            };
            Ok(result(&re, &shape, s, first))
        },
    },
    Function {
        name: "regexall",
        params: &[param("pattern", K::String), param("string", K::String)],
        variadic: None,
        imp: |a| {
            let (re, shape) = compile_for_function(text(&a[0]))?;
            let s = text(&a[1]);
            let all = re.matches(s, usize::MAX);
            let values = all.iter().map(|m| result(&re, &shape, s, m)).collect();
            Ok(Value::List(shape.ty(&re), values))
        },
    },
];

/// A compiled Go regular expression.
pub(crate) struct GoRegex {
    re: regex_lite::Regex,
    /// The name of each capture group (index 0 is group 1).
    names: Vec<Option<String>>,
    /// The last few results of `matches` (text, limit, matches): files repeat
    /// the same values (a tag, an environment, a CIDR used by two rules), and
    /// matching costs far more than the copy.
    recent: std::cell::RefCell<Vec<(String, usize, Vec<Captures>)>>,
}

/// How many results of `matches` each compiled pattern remembers.
const RECENT: usize = 8;

/// The span of each group of one match (index 0 is the whole match).
type Captures = Vec<Option<(usize, usize)>>;

/// regex-lite's compiled-size limit, standing in for Go's.
const SIZE_LIMIT: usize = 16 << 20;

/// How many compiled patterns each thread keeps. A module has a few dozen; a
/// hostile one with more only recompiles.
const CACHE_SIZE: usize = 128;

// With the `compact` feature the map is a B-tree, whose `new` is `const`; a
// hash map's is not, so the initializer cannot be `const` in both builds.
#[allow(clippy::missing_const_for_thread_local)]
mod cache {
    use super::{GoRegex, SyntaxError};
    thread_local! {
    /// Compiled patterns by their text: rules run the same few patterns over every
    /// element of every file, and compiling dominates matching.
    pub(super) static CACHE: std::cell::RefCell<crate::small::LookupMap<String, Result<std::rc::Rc<GoRegex>, SyntaxError>>> =
        std::cell::RefCell::new(crate::small::LookupMap::new());
    }
}
use cache::CACHE;

impl GoRegex {
    /// Compiles `pattern`, or takes it from this thread's cache.
    pub(crate) fn cached(pattern: &str) -> Result<std::rc::Rc<GoRegex>, SyntaxError> {
        if let Some(hit) = CACHE.with(|c| c.borrow().get(pattern).cloned()) {
            return hit;
        }
        let compiled = GoRegex::compile(pattern).map(std::rc::Rc::new);
        CACHE.with(|c| {
            let mut c = c.borrow_mut();
            if c.len() >= CACHE_SIZE {
                c.clear();
            }
            c.insert(pattern.to_string(), compiled.clone());
        });
        compiled
    }

    pub(crate) fn compile(pattern: &str) -> Result<GoRegex, SyntaxError> {
        let t = syntax::translate(pattern)?;
        let re = regex_lite::RegexBuilder::new(&t.pattern)
            .size_limit(SIZE_LIMIT)
            .build()
            .map_err(|_| SyntaxError {
                code: "expression too large",
                expr: pattern.to_string(),
            })?;
        Ok(GoRegex {
            re,
            names: t.names,
            recent: Default::default(),
        })
    }

    /// Successive non-overlapping matches, as Go's `FindAllStringSubmatchIndex`
    /// finds them (an empty match right after a match is skipped).
    fn matches(&self, s: &str, limit: usize) -> Vec<Captures> {
        // Not with `compact` (the size-bound WebAssembly).
        if cfg!(feature = "compact") {
            return self.find_all(s, limit);
        }
        let mut recent = self.recent.borrow_mut();
        if let Some((_, _, m)) = recent.iter().find(|(t, l, _)| t == s && *l == limit) {
            return m.clone();
        }
        let m = self.find_all(s, limit);
        if recent.len() >= RECENT {
            recent.remove(0);
        }
        recent.push((s.to_string(), limit, m.clone()));
        m
    }

    fn find_all(&self, s: &str, limit: usize) -> Vec<Captures> {
        let mut out = Vec::new();
        let mut pos = 0;
        let mut prev_end: Option<usize> = None;
        while out.len() < limit && pos <= s.len() {
            let Some(caps) = self.re.captures_at(s, pos) else {
                break;
            };
            let (start, end) = caps.get(0).map_or((pos, pos), |m| (m.start(), m.end()));
            let mut accept = true;
            if end == pos {
                if prev_end == Some(start) {
                    accept = false;
                }
                pos += s[pos..].chars().next().map_or(1, char::len_utf8);
            } else {
                pos = end;
            }
            prev_end = Some(end);
            if accept {
                out.push(
                    (0..caps.len())
                        .map(|i| caps.get(i).map(|m| (m.start(), m.end())))
                        .collect(),
                );
            }
        }
        out
    }

    /// Go's `ReplaceAllString`, expanding `$1`, `${name}` and `$$` in `with`.
    pub(crate) fn replace_all(&self, s: &str, with: &str) -> Result<String, FuncError> {
        let mut out = String::new();
        let mut last_end = 0;
        let mut search = 0;
        while search <= s.len() {
            let Some(caps) = self.re.captures_at(s, search) else {
                break;
            };
            let m: Captures = (0..caps.len())
                .map(|i| caps.get(i).map(|m| (m.start(), m.end())))
                .collect();
            let (start, end) = m[0].unwrap_or((search, search));
            out.push_str(&s[last_end..start]);
            if end > last_end || start == 0 {
                self.expand(with, s, &m, &mut out);
            }
            if out.len() > MAX_STRING_BYTES {
                return Err(too_long());
            }
            last_end = end;
            let width = s[search..].chars().next().map_or(0, char::len_utf8);
            if search + width > end {
                search += width;
            } else if search + 1 > end {
                search += 1;
            } else {
                search = end;
            }
        }
        out.push_str(&s[last_end..]);
        Ok(out)
    }

    fn expand(&self, template: &str, s: &str, m: &Captures, out: &mut String) {
        let mut t = template;
        while let Some(i) = t.find('$') {
            out.push_str(&t[..i]);
            t = &t[i + 1..];
            if let Some(rest) = t.strip_prefix('$') {
                out.push('$');
                t = rest;
                continue;
            }
            let Some((name, rest)) = extract_name(t) else {
                out.push('$');
                continue;
            };
            t = rest;
            let group = group_number(name).or_else(|| {
                self.names
                    .iter()
                    .enumerate()
                    .find(|(i, n)| {
                        n.as_deref() == Some(name) && m.get(i + 1).is_some_and(Option::is_some)
                    })
                    .map(|(i, _)| i + 1)
            });
            if let Some(Some((a, b))) = group.and_then(|g| m.get(g)) {
                out.push_str(&s[*a..*b]);
            }
        }
        out.push_str(t);
    }
}

/// Go's `extract`: a group name after `$`, bare or in braces.
fn extract_name(t: &str) -> Option<(&str, &str)> {
    let (brace, body) = match t.strip_prefix('{') {
        Some(b) => (true, b),
        None => (false, t),
    };
    let end = body
        .char_indices()
        .find(|&(_, c)| !(c.is_alphabetic() || c.is_numeric() || c == '_'))
        .map_or(body.len(), |(i, _)| i);
    if end == 0 {
        return None;
    }
    let name = &body[..end];
    if brace {
        body[end..].strip_prefix('}').map(|rest| (name, rest))
    } else {
        Some((name, &body[end..]))
    }
}

/// A `$` reference that is a group number (digits, no leading zero).
fn group_number(name: &str) -> Option<usize> {
    if !name.bytes().all(|b| b.is_ascii_digit()) || (name.len() > 1 && name.starts_with('0')) {
        return None;
    }
    if name.len() > 8 {
        return None;
    }
    name.parse().ok()
}

/// The shape of `regex`'s result, from the pattern's capture groups.
enum Shape {
    Whole,
    Tuple(usize),
    Object(Vec<String>),
}

impl Shape {
    fn ty(&self, _re: &GoRegex) -> Type {
        match self {
            Shape::Whole => Type::String,
            Shape::Tuple(n) => Type::Tuple(vec![Type::String; *n]),
            Shape::Object(names) => Type::object(
                names
                    .iter()
                    .map(|n| (n.clone(), Type::String))
                    .collect_map(),
            ),
        }
    }
}

fn compile_for_function(pattern: &str) -> Result<(std::rc::Rc<GoRegex>, Shape), FuncError> {
    let re = GoRegex::cached(pattern).map_err(|e| {
        FuncError::arg(
            0,
            format!("invalid regexp pattern: {} in {}", e.code, e.expr),
        )
    })?;
    let named = re.names.iter().filter(|n| n.is_some()).count();
    let unnamed = re.names.len() - named;
    let shape = match (unnamed, named) {
        (0, 0) => Shape::Whole,
        (u, 0) => Shape::Tuple(u),
        (0, _) => Shape::Object(re.names.iter().flatten().cloned().collect()),
        _ => {
            return Err(FuncError::arg(
                0,
                "invalid regexp pattern: cannot mix both named and unnamed capture groups",
            ))
        }
    };
    Ok((re, shape))
}

fn result(re: &GoRegex, shape: &Shape, s: &str, m: &Captures) -> Value {
    let group = |i: usize| match m.get(i).copied().flatten() {
        Some((a, b)) => Value::String(s[a..b].to_string()),
        None => Value::Null(Type::String),
    };
    match shape {
        Shape::Whole => group(0),
        Shape::Tuple(n) => Value::Tuple((1..=*n).map(group).collect()),
        Shape::Object(_) => {
            let mut attrs = BTreeMap::new();
            for (i, name) in re.names.iter().enumerate() {
                if let Some(name) = name {
                    attrs.insert(name.clone(), group(i + 1));
                }
            }
            Value::Object(attrs)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{call, lookup};
    use super::*;

    fn run(name: &str, args: &[Value]) -> Result<Value, String> {
        call(lookup(name).unwrap(), args).map_err(|e| format!("{}: {}", e.summary, e.detail))
    }

    fn strs(v: &[&str]) -> Vec<Value> {
        v.iter().map(|s| Value::from(*s)).collect()
    }

    #[test]
    fn result_shapes_follow_capture_groups() {
        assert_eq!(
            run("regex", &["[a-z]+".into(), "12abc34".into()]).unwrap(),
            "abc".into()
        );
        assert_eq!(
            run("regex", &["(\\d+)-(x)?".into(), "a12-b".into()]).unwrap(),
            Value::Tuple(vec!["12".into(), Value::Null(Type::String)])
        );
        let obj = run(
            "regex",
            &["(?P<y>\\d{4})-(?<m>\\d\\d)".into(), "on 2024-05".into()],
        )
        .unwrap();
        assert_eq!(obj.entries().unwrap()["y"], "2024".into());
        assert_eq!(
            run("regex", &["(a)(?P<b>b)".into(), "ab".into()]).unwrap_err(),
            "Invalid function argument: Invalid value for \"pattern\" parameter: invalid regexp pattern: cannot mix both named and unnamed capture groups."
        );
        assert_eq!(
            run("regex", &["x".into(), "abc".into()]).unwrap_err(),
            "Error in function call: Call to function \"regex\" failed: pattern did not match any part of the given string."
        );
        assert_eq!(
            run("regex", &["(".into(), "abc".into()]).unwrap_err(),
            "Invalid function argument: Invalid value for \"pattern\" parameter: invalid regexp pattern: missing closing ) in (."
        );
    }

    #[test]
    fn regexall_skips_empty_matches_after_a_match() {
        assert_eq!(
            run("regexall", &["a*".into(), "baaac".into()]).unwrap(),
            Value::List(Type::String, strs(&["", "aaa", ""]))
        );
        assert_eq!(
            run("regexall", &["x".into(), "abc".into()]).unwrap(),
            Value::List(Type::String, vec![])
        );
        assert_eq!(
            run("regexall", &["".into(), "é".into()]).unwrap().len(),
            Some(2)
        );
    }

    #[test]
    fn go_syntax_is_rewritten() {
        assert_eq!(
            run("regex", &["\\Qa.b\\E".into(), "xa.by".into()]).unwrap(),
            "a.b".into()
        );
        assert_eq!(
            run("regex", &["(?i)straße".into(), "STRAßE".into()]).unwrap(),
            "STRAßE".into()
        );
        // The Kelvin sign matches (?i)k; the result, like every string, is in NFC.
        assert_eq!(
            run("regex", &["(?i)k".into(), "\u{212a}".into()]).unwrap(),
            "K".into()
        );
        assert!(run("regex", &["\\s".into(), "\u{b}".into()]).is_err());
        assert_eq!(
            run("regex", &["a{,2}".into(), "a{,2}".into()]).unwrap(),
            "a{,2}".into()
        );
        assert_eq!(
            run("regex", &["^*a".into(), "a".into()]).unwrap(),
            "a".into()
        );
        assert_eq!(run("regex", &["a|".into(), "b".into()]).unwrap(), "".into());
    }

    #[test]
    fn replace_expands_like_go() {
        let re = GoRegex::compile("(?P<w>[a-z]+)(\\d)?").unwrap();
        assert_eq!(
            re.replace_all("ab1 cd", "<$1|$2|${w}|$$|$x|$>").unwrap(),
            "<ab|1|ab|$||$> <cd||cd|$||$>"
        );
        let re = GoRegex::compile("a*").unwrap();
        assert_eq!(re.replace_all("baaac", "-").unwrap(), "-b-c-");
    }
}
