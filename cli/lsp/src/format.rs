//! Formatting a `.tfvars` file as `terraform fmt` lays it out: two spaces per
//! bracket level, one space between most tokens (none inside `[...]` and
//! before `,`, one inside `{ ... }`), and the `=` signs, then the trailing
//! comments, of consecutive single-line attributes aligned. Only whitespace
//! between tokens changes: every token, comments included, is kept as written.
//!
//! The layout rules are those of `terraform fmt` (HCL's `hclwrite`) for the
//! tokens a tfvars file holds: names, `true`/`false`/`null`, numbers, strings,
//! `=`, `:`, `,`, brackets, a minus, and `#` or `//` comments. A file with
//! anything else (heredocs, `/* */` comments, operators, references, carriage
//! returns), or that does not parse, is not formatted: no edit is better than
//! one `terraform fmt` would undo.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Ident,
    Number,
    Str,
    Equal,
    Colon,
    Comma,
    Open,
    Close,
    Minus,
    Comment,
}

#[derive(Clone, Debug)]
struct Token<'a> {
    kind: Kind,
    text: &'a str,
}

/// The tokens of each line; `None` for a file outside the handled subset.
fn lines(text: &str) -> Option<Vec<Vec<Token<'_>>>> {
    if text.contains('\r') {
        return None;
    }
    let b = text.as_bytes();
    let mut out = vec![Vec::new()];
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let start = i;
        let kind = match c {
            b'\n' => {
                out.push(Vec::new());
                i += 1;
                continue;
            }
            b' ' | b'\t' => {
                i += 1;
                continue;
            }
            b'#' => {
                i = text[i..].find('\n').map_or(b.len(), |n| i + n);
                Kind::Comment
            }
            b'/' if b.get(i + 1) == Some(&b'/') => {
                i = text[i..].find('\n').map_or(b.len(), |n| i + n);
                Kind::Comment
            }
            b'"' => {
                i = string_end(b, i)?;
                Kind::Str
            }
            b'=' if !matches!(b.get(i + 1), Some(b'=' | b'>')) => {
                i += 1;
                Kind::Equal
            }
            b':' => {
                i += 1;
                Kind::Colon
            }
            b',' => {
                i += 1;
                Kind::Comma
            }
            b'{' | b'[' | b'(' => {
                i += 1;
                Kind::Open
            }
            b'}' | b']' | b')' => {
                i += 1;
                Kind::Close
            }
            b'-' => {
                i += 1;
                Kind::Minus
            }
            b'0'..=b'9' => {
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'.') {
                    // An exponent's sign belongs to the number.
                    if matches!(b[i], b'e' | b'E') && matches!(b.get(i + 1), Some(b'+' | b'-')) {
                        i += 1;
                    }
                    i += 1;
                }
                Kind::Number
            }
            _ => {
                let ch = text[i..].chars().next()?;
                if !(ch.is_alphabetic() || ch == '_') {
                    return None;
                }
                let rest = &text[i..];
                let n = rest
                    .char_indices()
                    .find(|(_, c)| !(c.is_alphanumeric() || *c == '_' || *c == '-'))
                    .map_or(rest.len(), |(n, _)| n);
                i += n;
                Kind::Ident
            }
        };
        out.last_mut().expect("one line at least").push(Token {
            kind,
            text: &text[start..i],
        });
    }
    Some(out)
}

/// Past the closing quote of a string on one line without interpolations;
/// `None` for any other string.
fn string_end(b: &[u8], i: usize) -> Option<usize> {
    let mut j = i + 1;
    while j < b.len() {
        match b[j] {
            b'\n' => return None,
            b'\\' => j += 2,
            // `$${` and `%%{` are literal; an interpolation or directive is
            // refused (`terraform fmt` unwraps `"${...}"`, a token change).
            b'$' | b'%' if b.get(j + 1) == Some(&b[j]) => j += 2,
            b'$' | b'%' if b.get(j + 1) == Some(&b'{') => return None,
            b'"' => return Some(j + 1),
            _ => j += 1,
        }
    }
    None
}

fn bracket_change(t: &Token<'_>) -> i32 {
    match t.kind {
        Kind::Open => 1,
        Kind::Close => -1,
        _ => 0,
    }
}

/// Whether a space goes between `subject` and `after` (`before` is the token
/// before `subject`, if any on the line).
fn space_after(subject: &Token<'_>, before: Option<&Token<'_>>, after: &Token<'_>) -> bool {
    let is = |t: &Token<'_>, s: &str| t.text == s;
    match () {
        _ if after.kind == Kind::Comma => false,
        _ if subject.kind == Kind::Comma => true,
        _ if after.kind == Kind::Open
            && is(after, "[")
            && (matches!(subject.kind, Kind::Ident | Kind::Number)
                || subject.kind == Kind::Close) =>
        {
            false
        }
        // A minus after the end of a value is a subtraction; else a negation.
        _ if subject.kind == Kind::Minus => {
            matches!(
                before.map(|t| t.kind),
                Some(Kind::Ident | Kind::Number | Kind::Str | Kind::Close)
            )
        }
        _ if is(subject, "{") && is(after, "}") => false,
        _ if is(subject, "{") || is(after, "}") => true,
        _ if subject.kind == Kind::Open => false,
        _ if after.kind == Kind::Close => false,
        _ => true,
    }
}

struct Line<'a> {
    tokens: Vec<Token<'a>>,
    /// Where the assignment cell starts (the `=`), when the line is a
    /// single-line attribute.
    assign: Option<usize>,
    /// Whether the last token is a trailing comment (after other tokens).
    comment: bool,
    indent: usize,
}

/// The edit that formats a document: `Some(None)` when it is formatted
/// already, `None` when it is not one this formatter handles, or when the
/// result would not read back as the same tokens and values (a guard: by
/// construction only whitespace changes).
pub fn document(text: &str, limits: &crate::engine::Limits) -> Option<Option<String>> {
    use crate::engine::{self, Format};
    if text.len() > limits.max_bytes {
        return None;
    }
    let before = engine::values(text, Format::Hcl, limits)?;
    let out = format(text)?;
    if out == text {
        return Some(None);
    }
    let same_tokens = |a: &str, b: &str| -> Option<bool> {
        let ta: Vec<(Kind, &str)> = lines(a)?
            .into_iter()
            .flatten()
            .map(|t| (t.kind, t.text))
            .collect();
        let tb: Vec<(Kind, &str)> = lines(b)?
            .into_iter()
            .flatten()
            .map(|t| (t.kind, t.text))
            .collect();
        Some(ta == tb)
    };
    (same_tokens(text, &out)? && engine::values(&out, Format::Hcl, limits)? == before)
        .then_some(Some(out))
}

/// The file formatted, or `None` when it is not one this formatter handles.
fn format(text: &str) -> Option<String> {
    let raw = lines(text)?;
    // Only values a tfvars file can hold: a name is a key or true/false/null.
    for l in &raw {
        for (i, t) in l.iter().enumerate() {
            if t.kind == Kind::Ident
                && !matches!(t.text, "true" | "false" | "null")
                && !matches!(
                    l.get(i + 1).map(|n| n.kind),
                    Some(Kind::Equal | Kind::Colon)
                )
            {
                return None;
            }
        }
    }
    let mut lines: Vec<Line<'_>> = raw
        .into_iter()
        .map(|tokens| {
            let comment =
                tokens.len() > 1 && tokens.last().is_some_and(|t| t.kind == Kind::Comment);
            let code = if comment {
                &tokens[..tokens.len() - 1]
            } else {
                &tokens[..]
            };
            let assign = code
                .iter()
                .position(|t| t.kind == Kind::Equal)
                .filter(|&i| i > 0 && code[i..].iter().map(bracket_change).sum::<i32>() == 0);
            Line {
                tokens,
                assign,
                comment,
                indent: 0,
            }
        })
        .collect();
    indent(&mut lines);
    let mut rendered: Vec<(String, Option<usize>)> = lines.iter().map(render).collect();
    align(&lines, &mut rendered);
    Some(
        rendered
            .into_iter()
            .map(|(s, _)| s)
            .collect::<Vec<_>>()
            .join("\n"),
    )
}

/// Two spaces per bracket level open at the line's start, as `terraform fmt`
/// counts them: a line that opens more than it closes indents the next ones
/// one level, whatever the count.
fn indent(lines: &mut [Line<'_>]) {
    let mut stack: Vec<i32> = Vec::new();
    for l in lines.iter_mut() {
        if l.tokens.is_empty() {
            continue;
        }
        let net: i32 = l.tokens.iter().map(bracket_change).sum();
        if net < 0 {
            let mut closed = -net;
            while closed > 0 {
                let Some(top) = stack.last_mut() else { break };
                if closed >= *top {
                    closed -= *top;
                    stack.pop();
                } else {
                    *top -= closed;
                    closed = 0;
                }
            }
        }
        l.indent = 2 * stack.len();
        if net > 0 {
            stack.push(net);
        }
    }
}

/// A line with one space or none between tokens; also where its `=` is.
fn render(l: &Line<'_>) -> (String, Option<usize>) {
    let mut s = " ".repeat(if l.tokens.is_empty() { 0 } else { l.indent });
    let mut eq = None;
    for (i, t) in l.tokens.iter().enumerate() {
        if i > 0 && space_after(&l.tokens[i - 1], i.checked_sub(2).map(|j| &l.tokens[j]), t) {
            s.push(' ');
        }
        if Some(i) == l.assign {
            eq = Some(s.len());
        }
        s.push_str(t.text);
    }
    (s, eq)
}

/// Aligns the `=` of each run of consecutive single-line attributes, then the
/// trailing comments of each run of consecutive lines that have one.
fn align(lines: &[Line<'_>], out: &mut [(String, Option<usize>)]) {
    let mut i = 0;
    while i < lines.len() {
        if lines[i].assign.is_none() {
            i += 1;
            continue;
        }
        let end = (i..lines.len())
            .find(|&j| lines[j].assign.is_none())
            .unwrap_or(lines.len());
        let lead = |s: &str, eq: usize| s[..eq].trim_end().chars().count();
        let width = (i..end)
            .map(|j| lead(&out[j].0, out[j].1.expect("an assignment")))
            .max()
            .unwrap_or(0);
        for (s, eq) in &mut out[i..end] {
            let at = eq.expect("an assignment");
            let left = s[..at].trim_end().to_string();
            let pad = width - left.chars().count() + 1;
            *s = format!("{left}{}{}", " ".repeat(pad), &s[at..]);
        }
        i = end;
    }
    let mut i = 0;
    while i < lines.len() {
        if !lines[i].comment {
            i += 1;
            continue;
        }
        let end = (i..lines.len())
            .find(|&j| !lines[j].comment)
            .unwrap_or(lines.len());
        let code: Vec<String> = (i..end)
            .map(|j| {
                let c = lines[j].tokens.last().expect("a comment").text;
                let s = &out[j].0;
                s[..s.len() - c.len()].trim_end().to_string()
            })
            .collect();
        let width = code.iter().map(|c| c.chars().count()).max().unwrap_or(0);
        for (j, c) in (i..end).zip(code) {
            let comment = lines[j].tokens.last().expect("a comment").text;
            out[j].0 = format!("{c}{}{comment}", " ".repeat(width - c.chars().count() + 1));
        }
        i = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lays_out_as_terraform_fmt() {
        let input = "a=1\nbbb = {\nx=1\n  yy   = [1,2,  3]\n    z = {k=\"v\"}\n}\ncc = 2 # note\ndddd = \"x\"   // other\ne = []\n\nf = {   }\ng = [\n-1,\n  - 2,\n]\nh = {a: 1, \"b\": 2}\n";
        let want = "a = 1\nbbb = {\n  x  = 1\n  yy = [1, 2, 3]\n  z  = { k = \"v\" }\n}\ncc   = 2   # note\ndddd = \"x\" // other\ne    = []\n\nf = {}\ng = [\n  -1,\n  -2,\n]\nh = { a : 1, \"b\" : 2 }\n";
        assert_eq!(format(input).unwrap(), want);
        assert_eq!(format(want).unwrap(), want);
    }

    #[test]
    fn refuses_what_it_does_not_handle() {
        for t in [
            "a = <<EOT\nx\nEOT\n",
            "/* c */ a = 1\n",
            "a = 1 + 2\n",
            "a = var.x\n",
            "a = \"x\r\n",
            "a = \"open\n",
        ] {
            assert_eq!(format(t), None, "{t:?}");
        }
    }

    #[test]
    fn keeps_strings_and_comments_whole() {
        let t = "s   =   \"a  $${ \\\"}  b\" #  two  spaces   \n";
        assert_eq!(
            format(t).unwrap(),
            "s = \"a  $${ \\\"}  b\" #  two  spaces   \n"
        );
        assert_eq!(format("s = \"${\"x\"}\"\n"), None);
    }
}
