//! Where the cursor is in a tfvars file that may be half typed (and so not
//! parse): at a key or a value, under which variable and object keys, after
//! which partial word. A small scanner over brackets, strings, comments and
//! heredocs; never fails.

use crate::engine::Format;

/// One step from a variable down to where the cursor is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    Key(String),
    Element,
}

/// What is being typed at the cursor.
#[derive(Debug, PartialEq, Eq)]
pub struct Context {
    /// The steps to the object (at a key) or the value (at a value); empty at
    /// the top level's keys.
    pub path: Vec<Step>,
    pub at_key: bool,
    /// Where the partial word (or the opened string) being typed starts.
    pub word_start: usize,
    /// The keys already written in the object the cursor is in (before the cursor).
    pub keys_before: Vec<String>,
}

struct Frame {
    open: u8,
    /// What this bracket is the value of, at its parent's level.
    step: Option<Step>,
    keys: Vec<String>,
    key: Option<String>,
    after_eq: bool,
}

fn is_ident_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_' || b >= 0x80
}

fn is_ident(b: u8) -> bool {
    is_ident_start(b) || b.is_ascii_digit() || b == b'-'
}

/// The context at byte offset `cursor` (clamped to the text).
pub fn at(text: &str, cursor: usize, format: Format) -> Context {
    let (frames, word_start) = scan(text, cursor, format);
    // In JSON the root object is the top level.
    let skip = usize::from(format == Format::Json && frames.len() > 1 && frames[1].open == b'{');
    let top = frames.last().expect("the top level is never popped");
    let at_key = match top.open {
        b'[' | b'(' => false,
        0 if format == Format::Json => false,
        _ => !top.after_eq,
    };
    let mut path: Vec<Step> = frames
        .iter()
        .skip(1 + skip)
        .map(|f| f.step.clone().unwrap_or(Step::Element))
        .collect();
    if top.open == b'[' {
        path.push(Step::Element);
    } else if !at_key && top.open != b'(' {
        if let Some(k) = &top.key {
            path.push(Step::Key(k.clone()));
        }
    }
    Context {
        path,
        at_key,
        word_start,
        keys_before: top.keys.clone(),
    }
}

/// The names set at the top level of a file, for one that does not parse.
pub fn top_level_keys(text: &str, format: Format) -> Vec<String> {
    let (mut frames, _) = scan(text, text.len(), format);
    match format {
        Format::Hcl => frames.swap_remove(0).keys,
        Format::Json if frames.len() > 1 => frames.swap_remove(1).keys,
        Format::Json => frames.swap_remove(0).keys,
    }
}

/// The open brackets at `cursor`, and where the word being typed starts.
fn scan(text: &str, cursor: usize, format: Format) -> (Vec<Frame>, usize) {
    let mut cursor = cursor.min(text.len());
    while !text.is_char_boundary(cursor) {
        cursor -= 1;
    }
    let b = &text.as_bytes()[..cursor];
    // The top level: a body (HCL), or the bytes before the root object (JSON).
    let mut frames = vec![Frame {
        open: 0,
        step: None,
        keys: Vec::new(),
        key: None,
        after_eq: false,
    }];
    let mut last_word: Option<String> = None;
    let mut word_start = cursor;
    let mut in_string: Option<usize> = None;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let top = frames.len() - 1;
        match c {
            b'\n' if frames[top].open == 0 || frames[top].open == b'{' => {
                if format == Format::Hcl {
                    frames[top].after_eq = false;
                    frames[top].key = None;
                }
                last_word = None;
                i += 1;
            }
            b'#' => i = skip_line(b, i),
            b'/' if b.get(i + 1) == Some(&b'/') => i = skip_line(b, i),
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i = find(b, i + 2, b"*/").map_or(b.len(), |j| j + 2);
            }
            b'"' => match skip_string(b, i) {
                Some((end, content_end)) => {
                    last_word = Some(unquote(&text[i + 1..content_end]));
                    i = end;
                }
                None => {
                    in_string = Some(i);
                    break;
                }
            },
            b'<' if b.get(i + 1) == Some(&b'<') && format == Format::Hcl => {
                i = skip_heredoc(b, i);
            }
            b'=' | b':' if !matches!(b.get(i + 1), Some(b'=') | Some(b'>')) => {
                let f = &mut frames[top];
                if f.open != b'[' && f.open != b'(' && !f.after_eq {
                    if let Some(k) = last_word.take() {
                        f.keys.push(k.clone());
                        f.key = Some(k);
                    }
                    f.after_eq = true;
                }
                i += 1;
            }
            b',' => {
                let f = &mut frames[top];
                if f.open == b'{' {
                    f.after_eq = false;
                    f.key = None;
                }
                last_word = None;
                i += 1;
            }
            b'{' | b'[' | b'(' => {
                let f = &frames[top];
                let step = if f.open == b'[' {
                    Some(Step::Element)
                } else if f.after_eq {
                    f.key.clone().map(Step::Key)
                } else {
                    None
                };
                frames.push(Frame {
                    open: c,
                    step,
                    keys: Vec::new(),
                    key: None,
                    after_eq: false,
                });
                last_word = None;
                i += 1;
            }
            b'}' | b']' | b')' => {
                if let Some(f) = (frames.len() > 1).then(|| frames.pop()).flatten() {
                    // A JSON file's closed root object: its keys are the top level's.
                    if format == Format::Json && frames.len() == 1 {
                        frames[0].keys = f.keys;
                    }
                }
                last_word = None;
                i += 1;
            }
            _ if is_ident_start(c) => {
                let s = i;
                while i < b.len() && is_ident(b[i]) {
                    i += 1;
                }
                last_word = Some(text[s..i].to_string());
                if i == b.len() {
                    word_start = s;
                }
            }
            _ => i += 1,
        }
    }
    if let Some(s) = in_string {
        word_start = s;
    }
    (frames, word_start)
}

/// The length of the UTF-8 sequence a byte starts (1 for a continuation byte).
fn utf8_len(first: u8) -> usize {
    match first {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

fn unquote(s: &str) -> String {
    serde_json::from_str::<String>(&format!("\"{s}\"")).unwrap_or_else(|_| s.to_string())
}

fn skip_line(b: &[u8], i: usize) -> usize {
    find(b, i, b"\n").unwrap_or(b.len())
}

fn find(b: &[u8], from: usize, pat: &[u8]) -> Option<usize> {
    b.get(from..)?
        .windows(pat.len())
        .position(|w| w == pat)
        .map(|p| p + from)
}

/// The end of a string starting at `i` (past its closing quote, or at the
/// newline that ends it unclosed) and the end of its content, or `None` when
/// the text ends inside it. Interpolations may hold braces and strings.
fn skip_string(b: &[u8], i: usize) -> Option<(usize, usize)> {
    let mut j = i + 1;
    let mut depth = 0usize;
    while j < b.len() {
        match b[j] {
            // The escaped character whole: it may take several bytes.
            b'\\' => j += 1 + b.get(j + 1).map_or(1, |&c| utf8_len(c)),
            b'$' | b'%' if b.get(j + 1) == Some(&b'{') && depth == 0 => {
                depth = 1;
                j += 2;
            }
            b'{' if depth > 0 => {
                depth += 1;
                j += 1;
            }
            b'}' if depth > 0 => {
                depth -= 1;
                j += 1;
            }
            b'"' if depth > 0 => j = skip_string(b, j)?.0,
            b'"' => return Some((j + 1, j)),
            b'\n' if depth == 0 => return Some((j, j)),
            _ => j += 1,
        }
    }
    None
}

/// Past a heredoc starting at `i` (`<<EOF` or `<<-EOF`), or past `<<` when it is not one.
fn skip_heredoc(b: &[u8], i: usize) -> usize {
    let mut j = i + 2;
    if b.get(j) == Some(&b'-') {
        j += 1;
    }
    let s = j;
    while j < b.len() && is_ident(b[j]) {
        j += 1;
    }
    if j == s {
        return i + 2;
    }
    let marker = &b[s..j];
    let mut line = match find(b, j, b"\n") {
        Some(n) => n + 1,
        None => return b.len(),
    };
    while line < b.len() {
        let end = find(b, line, b"\n").unwrap_or(b.len());
        let l = &b[line..end];
        let l = l.strip_suffix(b"\r").unwrap_or(l);
        if l.trim_ascii() == marker {
            return end;
        }
        line = end + 1;
    }
    b.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx(text_with_cursor: &str, format: Format) -> (Context, String) {
        let at_ = text_with_cursor.find('|').unwrap();
        let text = text_with_cursor.replace('|', "");
        let c = at(&text, at_, format);
        let word = text[c.word_start..at_].to_string();
        (c, word)
    }

    fn key(s: &str) -> Step {
        Step::Key(s.into())
    }

    #[test]
    fn top_level_key_and_value() {
        let (c, w) = ctx("name = \"x\"\naz|", Format::Hcl);
        assert!(c.at_key);
        assert!(c.path.is_empty());
        assert_eq!(w, "az");
        assert_eq!(c.keys_before, vec!["name".to_string()]);

        let (c, w) = ctx("# a = b\nenable_x = tr|", Format::Hcl);
        assert!(!c.at_key);
        assert_eq!(c.path, vec![key("enable_x")]);
        assert_eq!(w, "tr");

        let (c, w) = ctx("environment = \"pr|", Format::Hcl);
        assert_eq!(c.path, vec![key("environment")]);
        assert_eq!(w, "\"pr");
    }

    #[test]
    fn nested_objects_and_lists() {
        let (c, w) = ctx("tags = {\n  owner = \"a\"\n  te|", Format::Hcl);
        assert!(c.at_key);
        assert_eq!(c.path, vec![key("tags")]);
        assert_eq!(c.keys_before, vec!["owner".to_string()]);
        assert_eq!(w, "te");

        let (c, _) = ctx("subnets = [\"10.0.0.0/24\", |", Format::Hcl);
        assert!(!c.at_key);
        assert_eq!(c.path, vec![key("subnets"), Step::Element]);

        let (c, _) = ctx("x = [{ a = 1, |", Format::Hcl);
        assert!(c.at_key);
        assert_eq!(c.path, vec![key("x"), Step::Element]);
        assert_eq!(c.keys_before, vec!["a".to_string()]);

        let (c, _) = ctx("x = { a = \"${join(\"}\", [])}\" }\n|", Format::Hcl);
        assert!(c.at_key && c.path.is_empty());
    }

    #[test]
    fn heredocs_and_comments_are_skipped() {
        let (c, _) = ctx("a = <<EOT\n{ [\nEOT\n/* { */ b|", Format::Hcl);
        assert!(c.at_key && c.path.is_empty());
    }

    #[test]
    fn json_root_object_is_the_top_level() {
        let (c, w) = ctx("{\n  \"name\": \"x\",\n  \"az|", Format::Json);
        assert!(c.at_key && c.path.is_empty());
        assert_eq!(c.keys_before, vec!["name".to_string()]);
        assert_eq!(w, "\"az");

        let (c, _) = ctx("{\"enable_x\": |", Format::Json);
        assert!(!c.at_key);
        assert_eq!(c.path, vec![key("enable_x")]);
    }

    #[test]
    fn top_level_keys_of_whole_files() {
        assert_eq!(
            top_level_keys("a = 1\nb = { c = 2 }\n", Format::Hcl),
            vec!["a".to_string(), "b".to_string()]
        );
        assert_eq!(
            top_level_keys("a = 1\nb = {\n c = 2\n", Format::Hcl),
            vec!["a".to_string(), "b".to_string()]
        );
        assert_eq!(
            top_level_keys("{\"a\": {\"c\": 1}, \"b\": 2}", Format::Json),
            vec!["a".to_string(), "b".to_string()]
        );
    }
}
