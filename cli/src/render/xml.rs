//! Escaping for the XML formats (checkstyle, JUnit): text and attribute values.
//!
//! XML 1.0 cannot carry most control characters at all, not even as character
//! references; a message quoting such a character from the input shows it as
//! `\u{7}` instead, so the document stays well-formed.

/// Escapes `s` for an attribute value in double quotes. Line breaks and tabs
/// become character references, which attribute normalisation keeps.
pub fn attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c => push_char(&mut out, c),
        }
    }
    out
}

/// Escapes `s` for element content.
pub fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' => out.push_str("&#13;"),
            '\n' | '\t' => out.push(c),
            c => push_char(&mut out, c),
        }
    }
    out
}

/// Pushes `c`, or its `\u{..}` spelling when XML 1.0 does not allow it.
fn push_char(out: &mut String, c: char) {
    let allowed = matches!(c, '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
        || matches!(c, '\t' | '\n' | '\r');
    if allowed {
        out.push(c);
    } else {
        out.push_str(&format!("\\u{{{:x}}}", c as u32));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributes_escape_markup_quotes_and_line_breaks() {
        assert_eq!(
            attr("a<b & \"c\" > d\ne\tf\r"),
            "a&lt;b &amp; &quot;c&quot; &gt; d&#10;e&#9;f&#13;"
        );
    }

    #[test]
    fn text_keeps_line_breaks_and_quotes() {
        assert_eq!(text("x < \"y\"\n&"), "x &lt; \"y\"\n&amp;");
    }

    #[test]
    fn characters_xml_cannot_carry_are_spelled_out() {
        assert_eq!(
            attr("bell\u{7} nul\u{0} ffff\u{FFFF}"),
            "bell\\u{7} nul\\u{0} ffff\\u{ffff}"
        );
        assert_eq!(text("\u{1b}[31m"), "\\u{1b}[31m");
        assert_eq!(text("日本語 🦆"), "日本語 🦆");
    }
}
