//! A parser for Go's regular expression syntax (RE2 with Go's Perl flags) that
//! reports Go's errors and rewrites the pattern for `regex-lite`.
//!
//! Every construct is rewritten explicitly: literals as `\x{..}`, classes as
//! ranges (with case folding already applied), `.` and anchors with their flags
//! resolved, so the output uses no flags and none of the places where the two
//! syntaxes differ (`\<`, `\s` with `\v`, octal escapes, `\Q..\E`, group names
//! starting with a digit, Unicode case folding).

use std::fmt;

/// A Go `regexp/syntax` error: `code` is Go's error text, `expr` the part of the
/// pattern it is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct SyntaxError {
    pub code: &'static str,
    pub expr: String,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "error parsing regexp: {}: `{}`", self.code, self.expr)
    }
}

const MISSING_PAREN: &str = "missing closing )";
const UNEXPECTED_PAREN: &str = "unexpected )";
const MISSING_REPEAT_ARG: &str = "missing argument to repetition operator";
const INVALID_REPEAT_OP: &str = "invalid nested repetition operator";
const INVALID_REPEAT_SIZE: &str = "invalid repeat count";
const INVALID_ESCAPE: &str = "invalid escape sequence";
const TRAILING_BACKSLASH: &str = "trailing backslash at end of expression";
const MISSING_BRACKET: &str = "missing closing ]";
const INVALID_CHAR_RANGE: &str = "invalid character class range";
const INVALID_NAMED_CAPTURE: &str = "invalid named capture";
const INVALID_PERL_OP: &str = "invalid or unsupported Perl syntax";
const NESTING_DEPTH: &str = "expression nests too deeply";
/// Not a Go error: Go supports script classes (`\p{Greek}`), this evaluator only
/// general categories (see regex.rs).
pub(crate) const UNSUPPORTED_UNICODE_CLASS: &str =
    "Unicode script classes (\\p{Greek} and the like) are not supported by this evaluator";

const MAX_REPEAT: u32 = 1000;
const MAX_DEPTH: usize = 1000;
const MAX_RUNE: u32 = 0x10_ffff;

/// The translation of a Go pattern.
#[derive(Clone, Debug)]
#[cfg_attr(
    feature = "snapshot",
    derive(borsh::BorshSerialize, borsh::BorshDeserialize)
)]
pub(crate) struct Translated {
    pub pattern: String,
    /// The name of each capture group (`None` when unnamed), in order.
    pub names: Vec<Option<String>>,
}

#[derive(Clone, Copy, Default)]
struct Flags {
    fold: bool,
    multi_line: bool,
    dot_nl: bool,
    ungreedy: bool,
}

/// One item of a concatenation: its rewritten text, whether it may be repeated
/// (pseudo items like a bare `(?i)` cannot), and the largest product of counted
/// repetitions inside it (Go limits that to 1000).
struct Item {
    text: String,
    weight: u32,
}

struct Parser<'a> {
    whole: &'a str,
    s: &'a str,
    pos: usize,
    names: Vec<Option<String>>,
    /// Characters case folding may still examine (keeps `(?i)` with huge
    /// classes fast); Go's analogue is its "expression too large" limit.
    fold_budget: u64,
}

/// The characters involved in case folding lie in this range (as in Go).
const MIN_FOLD: u32 = 0x41;
const MAX_FOLD: u32 = 0x1e943;

/// How many characters case folding may examine in one pattern.
const FOLD_BUDGET: u64 = 4_000_000;

/// Translations done ahead of time, by pattern: a module snapshot carries those
/// of its rules' literal patterns (check/snapshot.rs), so that a check does not
/// redo them at every start. A pattern of `\p{L}` expands to some 900
/// ranges, which took a third of a one-file check.
#[cfg(feature = "snapshot")]
static AHEAD: std::sync::OnceLock<crate::small::LookupMap<String, Translated>> =
    std::sync::OnceLock::new();

/// Makes `translate` answer these patterns without translating them. Only the
/// first call counts: the translations are of a pure function, so any set is
/// as good as another.
#[cfg(feature = "snapshot")]
pub(crate) fn translate_ahead(done: Vec<(String, Translated)>) {
    let _ = AHEAD.set(done.into_iter().collect());
}

pub(crate) fn translate(pattern: &str) -> Result<Translated, SyntaxError> {
    #[cfg(feature = "snapshot")]
    if let Some(t) = AHEAD.get().and_then(|m| m.get(pattern)) {
        return Ok(t.clone());
    }
    translate_now(pattern)
}

pub(crate) fn translate_now(pattern: &str) -> Result<Translated, SyntaxError> {
    let mut p = Parser {
        whole: pattern,
        s: pattern,
        pos: 0,
        names: Vec::new(),
        fold_budget: FOLD_BUDGET,
    };
    let (text, _) = p.alternation(Flags::default(), 0)?;
    if p.pos < p.s.len() {
        // alternation only stops early at a `)` with nothing open.
        return Err(p.err(UNEXPECTED_PAREN, p.whole));
    }
    Ok(Translated {
        pattern: text,
        names: p.names,
    })
}

impl<'a> Parser<'a> {
    fn err(&self, code: &'static str, expr: &str) -> SyntaxError {
        SyntaxError {
            code,
            expr: expr.to_string(),
        }
    }

    fn rest(&self) -> &'a str {
        &self.s[self.pos..]
    }

    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    /// Parses alternatives until an unmatched `)` or the end. Returns the text
    /// and the largest repetition weight. `depth` counts open groups.
    fn alternation(
        &mut self,
        mut flags: Flags,
        depth: usize,
    ) -> Result<(String, u32), SyntaxError> {
        if depth > MAX_DEPTH {
            return Err(self.err(NESTING_DEPTH, self.whole));
        }
        let mut branches: Vec<String> = Vec::new();
        let mut items: Vec<Item> = Vec::new();
        let mut weight = 1;
        // The text from the previous repetition operator, for Go's check against
        // stacked operators (`a**`).
        let mut last_repeat: Option<usize> = None;
        while let Some(c) = self.peek() {
            let start = self.pos;
            let mut this_repeat = None;
            match c {
                ')' => break,
                '|' => {
                    self.pos += 1;
                    weight = weight.max(items.iter().map(|i| i.weight).max().unwrap_or(1));
                    branches.push(concat(&items));
                    items.clear();
                }
                '(' => {
                    if self.rest().starts_with("(?") {
                        if let Some(group) = self.perl_group(&mut flags)? {
                            let open = self.pos;
                            let (inner, w) = self.alternation(group.flags, depth + 1)?;
                            self.close_paren(open)?;
                            let text = if group.capture {
                                format!("({inner})")
                            } else {
                                format!("(?:{inner})")
                            };
                            items.push(Item { text, weight: w });
                        }
                    } else {
                        self.pos += 1;
                        self.names.push(None);
                        let (inner, w) = self.alternation(flags, depth + 1)?;
                        self.close_paren(start)?;
                        items.push(Item {
                            text: format!("({inner})"),
                            weight: w,
                        });
                    }
                }
                '^' => {
                    self.pos += 1;
                    items.push(simple(if flags.multi_line { "(?m:^)" } else { "\\A" }));
                }
                '$' => {
                    self.pos += 1;
                    items.push(simple(if flags.multi_line { "(?m:$)" } else { "\\z" }));
                }
                '.' => {
                    self.pos += 1;
                    let class = if flags.dot_nl {
                        vec![(0, MAX_RUNE)]
                    } else {
                        vec![(0, 9), (11, MAX_RUNE)]
                    };
                    items.push(simple(&class_text(&class)));
                }
                '[' => {
                    let class = self.class(flags)?;
                    items.push(simple(&class_text(&class)));
                }
                '*' | '+' | '?' | '{' => {
                    let (min, max, op_len): (i64, i64, usize) = match c {
                        '*' => (0, -1, 1),
                        '+' => (1, -1, 1),
                        '?' => (0, 1, 1),
                        _ => match parse_repeat(self.rest()) {
                            None => {
                                // Not a counted repetition: a literal brace.
                                self.pos += 1;
                                items.push(self.literal('{', flags)?);
                                last_repeat = None;
                                continue;
                            }
                            Some((min, max, len)) => {
                                let limit = i64::from(MAX_REPEAT);
                                if min < 0 || min > limit || max > limit || (max >= 0 && min > max)
                                {
                                    return Err(self.err(INVALID_REPEAT_SIZE, &self.rest()[..len]));
                                }
                                (min, max, len)
                            }
                        },
                    };
                    self.pos += op_len;
                    let mut greedy = !flags.ungreedy;
                    if self.rest().starts_with('?') {
                        self.pos += 1;
                        greedy = !greedy;
                    }
                    if let Some(prev) = last_repeat {
                        return Err(self.err(INVALID_REPEAT_OP, &self.s[prev..self.pos]));
                    }
                    let Some(sub) = items.pop() else {
                        return Err(self.err(MISSING_REPEAT_ARG, &self.s[start..self.pos]));
                    };
                    let counted = c == '{';
                    let w = if counted {
                        let m = if max < 0 { min } else { max } as u32;
                        if m == 0 {
                            1
                        } else {
                            m.saturating_mul(sub.weight)
                        }
                    } else {
                        sub.weight
                    };
                    if counted && (min >= 2 || max >= 2) && w > MAX_REPEAT {
                        return Err(self.err(INVALID_REPEAT_SIZE, &self.s[start..self.pos]));
                    }
                    let op = match c {
                        '*' => "*".to_string(),
                        '+' => "+".to_string(),
                        '?' => "?".to_string(),
                        _ if max < 0 => format!("{{{min},}}"),
                        _ if max == min => format!("{{{min}}}"),
                        _ => format!("{{{min},{max}}}"),
                    };
                    items.push(Item {
                        text: format!("(?:{}){op}{}", sub.text, if greedy { "" } else { "?" }),
                        weight: w,
                    });
                    this_repeat = Some(start);
                }
                '\\' => self.escape(flags, &mut items)?,
                c => {
                    self.pos += c.len_utf8();
                    items.push(self.literal(c, flags)?);
                }
            }
            last_repeat = this_repeat;
        }
        weight = weight.max(items.iter().map(|i| i.weight).max().unwrap_or(1));
        branches.push(concat(&items));
        Ok((branches.join("|"), weight))
    }

    fn close_paren(&mut self, _open: usize) -> Result<(), SyntaxError> {
        if self.rest().starts_with(')') {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.err(MISSING_PAREN, self.whole))
        }
    }

    /// Parses `(?...`: a named group, a non-capturing group with flags, or a flag
    /// change for the rest of the current group (`None`).
    fn perl_group(&mut self, flags: &mut Flags) -> Result<Option<Group>, SyntaxError> {
        let t = self.rest();
        let with_p = t.len() > 4 && t.as_bytes()[2] == b'P' && t.as_bytes()[3] == b'<';
        let with_name = t.len() > 3 && t.as_bytes()[2] == b'<';
        if with_p || with_name {
            let name_start = if with_p { 4 } else { 3 };
            let Some(end) = t.find('>') else {
                return Err(self.err(INVALID_NAMED_CAPTURE, t));
            };
            let name = &t[name_start..end];
            if name.is_empty() || !name.chars().all(|c| c == '_' || c.is_ascii_alphanumeric()) {
                return Err(self.err(INVALID_NAMED_CAPTURE, &t[..=end]));
            }
            self.names.push(Some(name.to_string()));
            self.pos += end + 1;
            return Ok(Some(Group {
                capture: true,
                flags: *flags,
            }));
        }
        let mut f = *flags;
        let mut negate = false;
        let mut saw_flag = false;
        let mut chars = t[2..].char_indices();
        for (i, c) in chars.by_ref() {
            match c {
                'i' | 'm' | 's' | 'U' => {
                    let on = !negate;
                    match c {
                        'i' => f.fold = on,
                        'm' => f.multi_line = on,
                        's' => f.dot_nl = on,
                        _ => f.ungreedy = on,
                    }
                    saw_flag = true;
                }
                '-' if !negate => {
                    negate = true;
                    saw_flag = false;
                }
                ':' | ')' if !negate || saw_flag => {
                    self.pos += 2 + i + 1;
                    if c == ':' {
                        return Ok(Some(Group {
                            capture: false,
                            flags: f,
                        }));
                    }
                    *flags = f;
                    return Ok(None);
                }
                _ => {
                    return Err(self.err(INVALID_PERL_OP, &t[..2 + i + c.len_utf8()]));
                }
            }
        }
        Err(self.err(INVALID_PERL_OP, t))
    }

    /// Parses an escape outside a class.
    fn escape(&mut self, flags: Flags, items: &mut Vec<Item>) -> Result<(), SyntaxError> {
        let t = self.rest();
        match t.as_bytes().get(1) {
            Some(b'A') => {
                self.pos += 2;
                items.push(simple("\\A"));
                return Ok(());
            }
            Some(b'b') => {
                self.pos += 2;
                items.push(simple("\\b"));
                return Ok(());
            }
            Some(b'B') => {
                self.pos += 2;
                items.push(simple("\\B"));
                return Ok(());
            }
            Some(b'z') => {
                self.pos += 2;
                items.push(simple("\\z"));
                return Ok(());
            }
            Some(b'C') => return Err(self.err(INVALID_ESCAPE, &t[..2])),
            Some(b'Q') => {
                let body = &t[2..];
                let (lit, consumed) = match body.find("\\E") {
                    Some(i) => (&body[..i], 2 + i + 2),
                    None => (body, t.len()),
                };
                for c in lit.chars() {
                    items.push(self.literal(c, flags)?);
                }
                self.pos += consumed;
                return Ok(());
            }
            Some(b'p' | b'P') => {
                let (class, len) = self.unicode_class(t)?;
                self.pos += len;
                let class = if flags.fold {
                    self.fold_class(&class)?
                } else {
                    class
                };
                items.push(simple(&class_text(&class)));
                return Ok(());
            }
            _ => {}
        }
        if let Some(class) = perl_class(t) {
            self.pos += 2;
            let class = if flags.fold {
                self.fold_class(&class)?
            } else {
                class
            };
            items.push(simple(&class_text(&class)));
            return Ok(());
        }
        let (c, len) = parse_escape(t)?;
        self.pos += len;
        items.push(self.literal(c, flags)?);
        Ok(())
    }

    /// `\pN`, `\p{Name}`, `\p{^Name}`, `\PN`, `\P{Name}`: a Unicode general
    /// category (or `Any`), as ranges, with the length of the escape. Go also knows
    /// script names (`\p{Greek}`); those are reported as unsupported.
    fn unicode_class(&self, t: &str) -> Result<(Vec<(u32, u32)>, usize), SyntaxError> {
        let mut negated = t.as_bytes().get(1) == Some(&b'P');
        let (seq, name) = if t[2..].starts_with('{') {
            match t.find('}') {
                Some(end) => (&t[..=end], &t[3..end]),
                None => return Err(self.err(INVALID_CHAR_RANGE, t)),
            }
        } else {
            match t[2..].chars().next() {
                Some(c) => (&t[..2 + c.len_utf8()], &t[2..2 + c.len_utf8()]),
                None => return Err(self.err(INVALID_CHAR_RANGE, t)),
            }
        };
        let name = match name.strip_prefix('^') {
            Some(rest) => {
                negated = !negated;
                rest
            }
            None => name,
        };
        let ranges = match category_ranges(name) {
            Some(r) => r,
            None if is_go_script(name) => {
                return Err(SyntaxError {
                    code: UNSUPPORTED_UNICODE_CLASS,
                    expr: seq.to_string(),
                })
            }
            None => return Err(self.err(INVALID_CHAR_RANGE, seq)),
        };
        Ok((if negated { negate(&ranges) } else { ranges }, seq.len()))
    }

    /// Parses a bracketed class starting at `[`, returning its ranges.
    fn class(&mut self, flags: Flags) -> Result<Vec<(u32, u32)>, SyntaxError> {
        let whole = self.rest();
        let mut t = &whole[1..];
        let mut negated = false;
        if t.starts_with('^') {
            negated = true;
            t = &t[1..];
        }
        let mut ranges: Vec<(u32, u32)> = Vec::new();
        let mut first = true;
        while t.is_empty() || !t.starts_with(']') || first {
            first = false;
            if t.len() > 2 && t.starts_with("[:") {
                if let Some(i) = t[2..].find(":]") {
                    let name = &t[..i + 4];
                    let class =
                        posix_class(name).ok_or_else(|| self.err(INVALID_CHAR_RANGE, name))?;
                    ranges.extend(if flags.fold {
                        self.fold_class(&class)?
                    } else {
                        class
                    });
                    t = &t[i + 4..];
                    continue;
                }
            }
            if t.starts_with("\\p") || t.starts_with("\\P") {
                let (class, len) = self.unicode_class(t)?;
                ranges.extend(if flags.fold {
                    self.fold_class(&class)?
                } else {
                    class
                });
                t = &t[len..];
                continue;
            }
            if let Some(class) = perl_class(t) {
                ranges.extend(if flags.fold {
                    self.fold_class(&class)?
                } else {
                    class
                });
                t = &t[2..];
                continue;
            }
            let rng_start = t;
            let (lo, n) = class_char(t, whole)?;
            t = &t[n..];
            let mut hi = lo;
            if t.len() >= 2 && t.starts_with('-') && !t[1..].starts_with(']') {
                let (h, n) = class_char(&t[1..], whole)?;
                t = &t[1 + n..];
                hi = h;
                if hi < lo {
                    let len = rng_start.len() - t.len();
                    return Err(self.err(INVALID_CHAR_RANGE, &rng_start[..len]));
                }
            }
            if flags.fold {
                ranges.extend(self.fold_range(lo, hi)?);
            } else {
                ranges.push((lo, hi));
            }
        }
        self.pos += whole.len() - t.len() + 1;
        let ranges = clean(ranges);
        Ok(if negated { negate(&ranges) } else { ranges })
    }

    /// A literal character, as a class of its case variants when folding.
    fn literal(&mut self, c: char, flags: Flags) -> Result<Item, SyntaxError> {
        let u = c as u32;
        if flags.fold {
            let class = self.fold_range(u, u)?;
            if class.len() > 1 || class.first().is_some_and(|r| r.0 != r.1) {
                return Ok(simple(&class_text(&clean(class))));
            }
        }
        if (0xd800..=0xdfff).contains(&u) {
            // Go accepts a surrogate here; it can never match valid UTF-8.
            return Ok(simple(&class_text(&[])));
        }
        Ok(simple(&format!("\\x{{{u:X}}}")))
    }

    /// A range and every character that folds to one in it, within the budget.
    fn fold_range(&mut self, lo: u32, hi: u32) -> Result<Vec<(u32, u32)>, SyntaxError> {
        let work = u64::from(hi.min(MAX_FOLD).saturating_sub(lo.max(MIN_FOLD))) + 1;
        if work > self.fold_budget {
            return Err(self.err("expression too large", self.whole));
        }
        self.fold_budget -= work;
        Ok(fold_range(lo, hi))
    }

    fn fold_class(&mut self, r: &[(u32, u32)]) -> Result<Vec<(u32, u32)>, SyntaxError> {
        let mut out = Vec::new();
        for &(lo, hi) in r {
            out.extend(self.fold_range(lo, hi)?);
        }
        Ok(clean(out))
    }
}

struct Group {
    capture: bool,
    flags: Flags,
}

fn simple(text: &str) -> Item {
    Item {
        text: text.to_string(),
        weight: 1,
    }
}

fn concat(items: &[Item]) -> String {
    items.iter().map(|i| i.text.as_str()).collect()
}

/// The text of a class for regex-lite (an empty class matches nothing).
fn class_text(ranges: &[(u32, u32)]) -> String {
    let mut out = String::with_capacity(2 + ranges.len() * 8);
    out.push('[');
    let mut any = false;
    for &(lo, hi) in ranges {
        // regex-lite takes only Unicode scalar values.
        let lo = if (0xd800..=0xdfff).contains(&lo) {
            0xe000
        } else {
            lo
        };
        let hi = if (0xd800..=0xdfff).contains(&hi) {
            0xd7ff
        } else {
            hi
        };
        if lo > hi {
            continue;
        }
        any = true;
        push_class_end(&mut out, lo);
        if lo != hi {
            out.push('-');
            push_class_end(&mut out, hi);
        }
    }
    if !any {
        return "[^\\x{0}-\\x{10FFFF}]".to_string();
    }
    out.push(']');
    out
}

/// One end of a class range. Letters and digits, and non-ASCII characters that
/// are not white space, go in as themselves: a class of whole Unicode
/// categories has hundreds of them, and regex-lite reads a character faster
/// than an escape. Everything else is an escape, so no character can mean
/// class syntax.
fn push_class_end(out: &mut String, c: u32) {
    use std::fmt::Write;
    match char::from_u32(c) {
        Some(ch) if ch.is_ascii_alphanumeric() || (!ch.is_ascii() && !ch.is_whitespace()) => {
            out.push(ch)
        }
        // Writing to a String cannot fail.
        _ => {
            let _ = write!(out, "\\x{{{c:X}}}");
        }
    }
}

/// Sorts and merges ranges.
/// The ranges of a general category: a two-letter one (`Lu`), a one-letter group
/// (`L` = every `L?`), or `Any`.
fn category_ranges(name: &str) -> Option<Vec<(u32, u32)>> {
    use super::categories;
    if name == "Any" {
        return Some(vec![(0, MAX_RUNE)]);
    }
    if !(1..=2).contains(&name.len()) {
        return None;
    }
    let mut wanted = 0u32;
    for (i, cat) in categories::NAMES.iter().enumerate() {
        if (name.len() == 1 && cat.starts_with(name)) || *cat == name {
            wanted |= 1 << i;
        }
    }
    if wanted == 0 {
        return None;
    }
    let mut out: Vec<(u32, u32)> = Vec::new();
    let (mut cp, mut i) = (0u32, 0);
    while i < categories::RUNS.len() {
        let mut run = 0u32;
        let mut shift = 0;
        loop {
            let b = categories::RUNS[i];
            i += 1;
            run |= u32::from(b & 0x7F) << shift;
            shift += 7;
            if b < 0x80 {
                break;
            }
        }
        let len = run >> 5;
        if wanted >> (run & 31) & 1 == 1 {
            // Runs come in code point order: a run right after the last range
            // (another category of the group) extends it.
            match out.last_mut() {
                Some(last) if last.1 + 1 == cp => last.1 = cp + len - 1,
                _ => out.push((cp, cp + len - 1)),
            }
        }
        cp += len;
    }
    Some(out)
}

/// The script names Go 1.23's `unicode.Scripts` knows (Unicode 15.0.0), sorted.
const GO_SCRIPTS: &[&str] = &[
    "Adlam",
    "Ahom",
    "Anatolian_Hieroglyphs",
    "Arabic",
    "Armenian",
    "Avestan",
    "Balinese",
    "Bamum",
    "Bassa_Vah",
    "Batak",
    "Bengali",
    "Bhaiksuki",
    "Bopomofo",
    "Brahmi",
    "Braille",
    "Buginese",
    "Buhid",
    "Canadian_Aboriginal",
    "Carian",
    "Caucasian_Albanian",
    "Chakma",
    "Cham",
    "Cherokee",
    "Chorasmian",
    "Common",
    "Coptic",
    "Cuneiform",
    "Cypriot",
    "Cypro_Minoan",
    "Cyrillic",
    "Deseret",
    "Devanagari",
    "Dives_Akuru",
    "Dogra",
    "Duployan",
    "Egyptian_Hieroglyphs",
    "Elbasan",
    "Elymaic",
    "Ethiopic",
    "Georgian",
    "Glagolitic",
    "Gothic",
    "Grantha",
    "Greek",
    "Gujarati",
    "Gunjala_Gondi",
    "Gurmukhi",
    "Han",
    "Hangul",
    "Hanifi_Rohingya",
    "Hanunoo",
    "Hatran",
    "Hebrew",
    "Hiragana",
    "Imperial_Aramaic",
    "Inherited",
    "Inscriptional_Pahlavi",
    "Inscriptional_Parthian",
    "Javanese",
    "Kaithi",
    "Kannada",
    "Katakana",
    "Kawi",
    "Kayah_Li",
    "Kharoshthi",
    "Khitan_Small_Script",
    "Khmer",
    "Khojki",
    "Khudawadi",
    "Lao",
    "Latin",
    "Lepcha",
    "Limbu",
    "Linear_A",
    "Linear_B",
    "Lisu",
    "Lycian",
    "Lydian",
    "Mahajani",
    "Makasar",
    "Malayalam",
    "Mandaic",
    "Manichaean",
    "Marchen",
    "Masaram_Gondi",
    "Medefaidrin",
    "Meetei_Mayek",
    "Mende_Kikakui",
    "Meroitic_Cursive",
    "Meroitic_Hieroglyphs",
    "Miao",
    "Modi",
    "Mongolian",
    "Mro",
    "Multani",
    "Myanmar",
    "Nabataean",
    "Nag_Mundari",
    "Nandinagari",
    "New_Tai_Lue",
    "Newa",
    "Nko",
    "Nushu",
    "Nyiakeng_Puachue_Hmong",
    "Ogham",
    "Ol_Chiki",
    "Old_Hungarian",
    "Old_Italic",
    "Old_North_Arabian",
    "Old_Permic",
    "Old_Persian",
    "Old_Sogdian",
    "Old_South_Arabian",
    "Old_Turkic",
    "Old_Uyghur",
    "Oriya",
    "Osage",
    "Osmanya",
    "Pahawh_Hmong",
    "Palmyrene",
    "Pau_Cin_Hau",
    "Phags_Pa",
    "Phoenician",
    "Psalter_Pahlavi",
    "Rejang",
    "Runic",
    "Samaritan",
    "Saurashtra",
    "Sharada",
    "Shavian",
    "Siddham",
    "SignWriting",
    "Sinhala",
    "Sogdian",
    "Sora_Sompeng",
    "Soyombo",
    "Sundanese",
    "Syloti_Nagri",
    "Syriac",
    "Tagalog",
    "Tagbanwa",
    "Tai_Le",
    "Tai_Tham",
    "Tai_Viet",
    "Takri",
    "Tamil",
    "Tangsa",
    "Tangut",
    "Telugu",
    "Thaana",
    "Thai",
    "Tibetan",
    "Tifinagh",
    "Tirhuta",
    "Toto",
    "Ugaritic",
    "Vai",
    "Vithkuqi",
    "Wancho",
    "Warang_Citi",
    "Yezidi",
    "Yi",
    "Zanabazar_Square",
];

/// Whether Go knows `name` as a script, which this evaluator does not support.
fn is_go_script(name: &str) -> bool {
    GO_SCRIPTS.binary_search(&name).is_ok()
}

fn clean(mut r: Vec<(u32, u32)>) -> Vec<(u32, u32)> {
    crate::small::sort(&mut r);
    let mut out: Vec<(u32, u32)> = Vec::with_capacity(r.len());
    for (lo, hi) in r {
        match out.last_mut() {
            Some(last) if lo <= last.1.saturating_add(1) => last.1 = last.1.max(hi),
            _ => out.push((lo, hi)),
        }
    }
    out
}

fn negate(r: &[(u32, u32)]) -> Vec<(u32, u32)> {
    let mut out = Vec::new();
    let mut next = 0u32;
    for &(lo, hi) in r {
        if lo > next {
            out.push((next, lo - 1));
        }
        next = hi + 1;
    }
    if next <= MAX_RUNE {
        out.push((next, MAX_RUNE));
    }
    out
}

/// Go's `\d \D \s \S \w \W` (ASCII only; `\s` has no `\v`).
fn perl_class(t: &str) -> Option<Vec<(u32, u32)>> {
    let b = t.as_bytes();
    if b.len() < 2 || b[0] != b'\\' {
        return None;
    }
    let pos: Vec<(u32, u32)> = match b[1].to_ascii_lowercase() {
        b'd' => vec![(0x30, 0x39)],
        b's' => vec![(0x9, 0xa), (0xc, 0xd), (0x20, 0x20)],
        b'w' => vec![(0x30, 0x39), (0x41, 0x5a), (0x5f, 0x5f), (0x61, 0x7a)],
        _ => return None,
    };
    Some(if b[1].is_ascii_uppercase() {
        negate(&pos)
    } else {
        pos
    })
}

/// Go's POSIX classes `[:name:]` and `[:^name:]`.
fn posix_class(name: &str) -> Option<Vec<(u32, u32)>> {
    let inner = &name[2..name.len() - 2];
    let (neg, inner) = match inner.strip_prefix('^') {
        Some(rest) => (true, rest),
        None => (false, inner),
    };
    let r: Vec<(u32, u32)> = match inner {
        "alnum" => vec![(0x30, 0x39), (0x41, 0x5a), (0x61, 0x7a)],
        "alpha" => vec![(0x41, 0x5a), (0x61, 0x7a)],
        "ascii" => vec![(0, 0x7f)],
        "blank" => vec![(0x9, 0x9), (0x20, 0x20)],
        "cntrl" => vec![(0, 0x1f), (0x7f, 0x7f)],
        "digit" => vec![(0x30, 0x39)],
        "graph" => vec![(0x21, 0x7e)],
        "lower" => vec![(0x61, 0x7a)],
        "print" => vec![(0x20, 0x7e)],
        "punct" => vec![(0x21, 0x2f), (0x3a, 0x40), (0x5b, 0x60), (0x7b, 0x7e)],
        "space" => vec![(0x9, 0xd), (0x20, 0x20)],
        "upper" => vec![(0x41, 0x5a)],
        "word" => vec![(0x30, 0x39), (0x41, 0x5a), (0x5f, 0x5f), (0x61, 0x7a)],
        "xdigit" => vec![(0x30, 0x39), (0x41, 0x46), (0x61, 0x66)],
        _ => return None,
    };
    Some(if neg { negate(&r) } else { r })
}

/// One character of a class: an escape or a plain character.
fn class_char(t: &str, whole: &str) -> Result<(u32, usize), SyntaxError> {
    if t.is_empty() {
        return Err(SyntaxError {
            code: MISSING_BRACKET,
            expr: whole.to_string(),
        });
    }
    if t.starts_with('\\') {
        let (c, n) = parse_escape(t)?;
        return Ok((c as u32, n));
    }
    let c = t.chars().next().unwrap_or_default();
    Ok((c as u32, c.len_utf8()))
}

/// Go's `parseEscape`: the character an escape stands for and its length.
fn parse_escape(t: &str) -> Result<(char, usize), SyntaxError> {
    let b = t.as_bytes();
    let bad = |len: usize| SyntaxError {
        code: INVALID_ESCAPE,
        expr: t[..len.min(t.len())].to_string(),
    };
    let Some(c) = t[1..].chars().next() else {
        return Err(SyntaxError {
            code: TRAILING_BACKSLASH,
            expr: String::new(),
        });
    };
    let after = 1 + c.len_utf8();
    let is_octal = |i: usize| b.get(i).is_some_and(|d| (b'0'..=b'7').contains(d));
    match c {
        '1'..='7' if !is_octal(2) => Err(bad(after)),
        '0'..='7' => {
            let mut v = u32::from(b[1] - b'0');
            let mut n = 2;
            while n < 4 && is_octal(n) {
                v = v * 8 + u32::from(b[n] - b'0');
                n += 1;
            }
            Ok((char::from_u32(v).unwrap_or('\0'), n))
        }
        'x' => {
            if b.len() < 3 {
                return Err(bad(2));
            }
            if b[2] == b'{' {
                let mut v: u32 = 0;
                let mut n = 3;
                let mut digits = 0;
                loop {
                    let Some(ch) = t[n..].chars().next() else {
                        return Err(bad(n));
                    };
                    n += ch.len_utf8();
                    if ch == '}' {
                        break;
                    }
                    let Some(d) = ch.to_digit(16) else {
                        return Err(bad(n));
                    };
                    v = v * 16 + d;
                    if v > MAX_RUNE {
                        return Err(bad(n));
                    }
                    digits += 1;
                }
                if digits == 0 {
                    return Err(bad(n));
                }
                return Ok((char::from_u32(v).unwrap_or('\u{fffd}'), n));
            }
            let mut chars = t[2..].chars();
            let x = chars.next();
            let y = chars.next();
            let len = 2 + x.map_or(0, char::len_utf8) + y.map_or(0, char::len_utf8);
            match (
                x.and_then(|c| c.to_digit(16)),
                y.and_then(|c| c.to_digit(16)),
            ) {
                (Some(x), Some(y)) => Ok((char::from_u32(x * 16 + y).unwrap_or('\0'), 4)),
                _ => Err(bad(len)),
            }
        }
        'a' => Ok(('\u{7}', 2)),
        'f' => Ok(('\u{c}', 2)),
        'n' => Ok(('\n', 2)),
        'r' => Ok(('\r', 2)),
        't' => Ok(('\t', 2)),
        'v' => Ok(('\u{b}', 2)),
        c if c.is_ascii() && !c.is_ascii_alphanumeric() => Ok((c, 2)),
        _ => Err(bad(after)),
    }
}

/// Go's `parseRepeat`: `{n}`, `{n,}` or `{n,m}` as (min, max, length), with max
/// -1 for no maximum and min -1 for a number too large. `None` when the text is
/// not a repetition (the brace is then a literal).
fn parse_repeat(s: &str) -> Option<(i64, i64, usize)> {
    let b = s.as_bytes();
    let int = |i: &mut usize| -> Option<i64> {
        let start = *i;
        if !b.get(start).is_some_and(u8::is_ascii_digit) {
            return None;
        }
        if b[start] == b'0' && b.get(start + 1).is_some_and(u8::is_ascii_digit) {
            return None;
        }
        let mut v: i64 = 0;
        while b.get(*i).is_some_and(u8::is_ascii_digit) {
            if v >= 0 {
                v = if v >= 100_000_000 {
                    -1
                } else {
                    v * 10 + i64::from(b[*i] - b'0')
                };
            }
            *i += 1;
        }
        Some(v)
    };
    let mut i = 1;
    let mut min = int(&mut i)?;
    let max;
    if *b.get(i)? != b',' {
        max = min;
    } else {
        i += 1;
        if *b.get(i)? == b'}' {
            max = -1;
        } else {
            max = int(&mut i)?;
            if max < 0 {
                min = -1;
            }
        }
    }
    if b.get(i) != Some(&b'}') {
        return None;
    }
    Some((min, max, i + 1))
}

/// The characters that fold to the same character as `c`, with `c`.
fn fold_orbit(c: u32) -> Vec<u32> {
    use super::super::string::{go_lower, go_upper};
    let Some(ch) = char::from_u32(c) else {
        return vec![c];
    };
    fn add(out: &mut Vec<u32>, d: char) {
        let d = d as u32;
        if !out.contains(&d) {
            out.push(d);
        }
    }
    let mut out = vec![c];
    let up = go_upper(ch);
    let low = go_lower(ch);
    add(&mut out, up);
    add(&mut out, low);
    add(&mut out, go_lower(up));
    add(&mut out, go_upper(low));
    // Characters whose case mappings reach other members only one way.
    const EXTRA: &[(u32, u32)] = &[
        (0x6b, 0x212a),
        (0x73, 0x17f),
        (0xe5, 0x212b),
        (0x3c9, 0x2126),
        (0x3b9, 0x345),
        (0x3b9, 0x1fbe),
        (0x3c3, 0x3c2),
        (0x3b2, 0x3d0),
        (0x3b8, 0x3d1),
        (0x3b8, 0x3f4),
        (0x3c6, 0x3d5),
        (0x3c0, 0x3d6),
        (0x3ba, 0x3f0),
        (0x3c1, 0x3f1),
        (0x3b5, 0x3f5),
        (0x1e61, 0x1e9b),
        (0xdf, 0x1e9e),
        (0x3bc, 0xb5),
        (0x390, 0x1fd3),
        (0x3b0, 0x1fe3),
        (0xfb05, 0xfb06),
        (0x432, 0x1c80),
        (0x434, 0x1c81),
        (0x43e, 0x1c82),
        (0x441, 0x1c83),
        (0x442, 0x1c84),
        (0x442, 0x1c85),
        (0x44a, 0x1c86),
        (0x463, 0x1c87),
        (0xa64b, 0x1c88),
    ];
    let members: Vec<u32> = out.clone();
    let mut extra = Vec::new();
    for &(a, b) in EXTRA {
        if members.contains(&a) || members.contains(&b) {
            extra.push((a, b));
        }
    }
    for (a, b) in extra {
        for d in [a, b] {
            if let Some(d) = char::from_u32(d) {
                add(&mut out, d);
                add(&mut out, go_upper(d));
                add(&mut out, go_lower(d));
            }
        }
    }
    out
}

/// A range and every character that folds to one in it (Go's appendFoldedRange).
fn fold_range(lo: u32, hi: u32) -> Vec<(u32, u32)> {
    let mut out = vec![(lo, hi)];
    if hi < MIN_FOLD || lo > MAX_FOLD || (lo <= MIN_FOLD && hi >= MAX_FOLD) {
        return out;
    }
    for c in lo.max(MIN_FOLD)..=hi.min(MAX_FOLD) {
        for d in fold_orbit(c) {
            if d < lo || d > hi {
                out.push((d, d));
            }
        }
    }
    clean(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(p: &str) -> String {
        translate(p)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default()
    }

    #[test]
    fn reports_go_errors() {
        assert_eq!(err("("), "error parsing regexp: missing closing ): `(`");
        assert_eq!(err("a)"), "error parsing regexp: unexpected ): `a)`");
        assert_eq!(
            err("*a"),
            "error parsing regexp: missing argument to repetition operator: `*`"
        );
        assert_eq!(
            err("a(+)"),
            "error parsing regexp: missing argument to repetition operator: `+`"
        );
        assert_eq!(
            err("a**"),
            "error parsing regexp: invalid nested repetition operator: `**`"
        );
        assert_eq!(
            err("a*?+"),
            "error parsing regexp: invalid nested repetition operator: `*?+`"
        );
        assert_eq!(
            err("a{1001}"),
            "error parsing regexp: invalid repeat count: `{1001}`"
        );
        assert_eq!(
            err("a{2,1}"),
            "error parsing regexp: invalid repeat count: `{2,1}`"
        );
        assert_eq!(
            err("(a{100}){20}"),
            "error parsing regexp: invalid repeat count: `{20}`"
        );
        assert_eq!(
            err("\\q"),
            "error parsing regexp: invalid escape sequence: `\\q`"
        );
        assert_eq!(
            err("\\1"),
            "error parsing regexp: invalid escape sequence: `\\1`"
        );
        assert_eq!(
            err("a\\"),
            "error parsing regexp: trailing backslash at end of expression: ``"
        );
        assert_eq!(err("[a"), "error parsing regexp: missing closing ]: `[a`");
        assert_eq!(
            err("[z-a]"),
            "error parsing regexp: invalid character class range: `z-a`"
        );
        assert_eq!(
            err("[[:foo:]]"),
            "error parsing regexp: invalid character class range: `[:foo:]`"
        );
        assert_eq!(
            err("(?P<1-2>x)"),
            "error parsing regexp: invalid named capture: `(?P<1-2>`"
        );
        assert_eq!(
            err("(?x)"),
            "error parsing regexp: invalid or unsupported Perl syntax: `(?x`"
        );
        assert_eq!(
            err("(?i"),
            "error parsing regexp: invalid or unsupported Perl syntax: `(?i`"
        );
        assert_eq!(
            err("(?-)"),
            "error parsing regexp: invalid or unsupported Perl syntax: `(?-)`"
        );
    }

    #[test]
    fn accepts_go_only_syntax() {
        for p in [
            "a{,5}",
            "\\Qa.b\\E",
            "\\101",
            "\\<\\>",
            "(?P<1>x)",
            "(?<n>x)",
            "[]a]",
            "x{2}{",
            "(?i)k",
            "^*",
        ] {
            assert!(translate(p).is_ok(), "{p}");
        }
        let t = translate("(?P<first>a)(b)").unwrap();
        assert_eq!(t.names, vec![Some("first".to_string()), None]);
    }

    #[test]
    fn folds_case_like_go() {
        assert_eq!(
            fold_range(0x6b, 0x6b),
            vec![(0x4b, 0x4b), (0x6b, 0x6b), (0x212a, 0x212a)]
        );
        assert!(fold_range(0x3c3, 0x3c3).contains(&(0x3c2, 0x3c3)));
    }
}
