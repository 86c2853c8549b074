//! HCL identifiers: Unicode ID_Start (or `_`) followed by ID_Continue or `-`.
//! The zero-width joiners entered ID_Continue only in Unicode 15.1; Terraform's
//! tables predate that, so they are not identifier characters here either.

/// Whether `c` may start an identifier.
pub fn is_start(c: char) -> bool {
    unicode_ident::is_xid_start(c) || c == '_'
}

/// Whether `c` may follow the first character of an identifier.
pub fn is_continue(c: char) -> bool {
    (unicode_ident::is_xid_continue(c) && !matches!(c, '\u{200c}' | '\u{200d}')) || c == '-'
}

/// Whether all of `s` is one identifier (hclsyntax's `ValidIdentifier`).
///
/// ```
/// use tfcheck_core::syntax::is_identifier;
/// assert!(is_identifier("vpc_cidr") && is_identifier("név-2"));
/// assert!(!is_identifier("2az") && !is_identifier("a b") && !is_identifier(""));
/// ```
pub fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(is_start) && chars.all(is_continue)
}

#[cfg(test)]
mod tests {
    use super::is_identifier;

    #[test]
    fn identifiers_are_hcl_identifiers() {
        for ok in ["a", "_", "a-b", "a_1", "ünïcode", "a\u{0301}"] {
            assert!(is_identifier(ok), "{ok:?}");
        }
        for bad in ["", "-a", "1a", "a.b", "a\u{fffd}b", "a\u{200d}b", "a b"] {
            assert!(!is_identifier(bad), "{bad:?}");
        }
    }
}
