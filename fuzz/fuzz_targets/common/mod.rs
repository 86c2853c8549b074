//! Invariants every target checks on what the core returns.
#![allow(dead_code)]

use tfcheck_core::emit::{hcl, json, TfvarsOptions};
use tfcheck_core::source::SourceText;
use tfcheck_core::{CheckResult, Checker, Diagnostic, Format, Limits};

/// Every diagnostic is well-formed against the text it was found in: a range
/// inside the text, on character boundaries, its lines and columns those of its
/// bytes; and the whole list serialises to JSON as the CLI prints it.
pub fn diagnostics_are_sound(text: &str, diagnostics: &[Diagnostic]) {
    let src = SourceText::new(text);
    for d in diagnostics {
        assert!(!d.message.is_empty(), "empty message: {d:?}");
        assert!(!d.summary.is_empty(), "empty summary: {d:?}");
        if let Some(r) = d.range {
            assert!(
                r.start.byte <= r.end.byte && r.end.byte <= text.len(),
                "range outside the text: {d:?}"
            );
            assert!(text.is_char_boundary(r.start.byte) && text.is_char_boundary(r.end.byte));
            assert_eq!(src.pos(r.start.byte), r.start, "start of {d:?}");
            assert_eq!(src.pos(r.end.byte), r.end, "end of {d:?}");
        }
    }
    let out = serde_json::to_string(diagnostics).expect("diagnostics serialise");
    let back: serde_json::Value = serde_json::from_str(&out).expect("the JSON reads back");
    assert_eq!(back.as_array().map(Vec::len), Some(diagnostics.len()));
}

/// Checks `text` and asserts what must hold of any answer; returns it.
pub fn check_sound(checker: &Checker<'_>, file: &str, text: &str, format: Format) -> CheckResult {
    let r = checker.check(file, text, format, &Limits::default());
    assert_eq!(r.valid(), r.errors() == 0);
    diagnostics_are_sound(text, &r.diagnostics);
    // Tighter limits never turn a file valid: a limit reached is an error.
    let tight = Limits {
        max_depth: 24,
        max_steps: 50_000,
        ..Limits::default()
    };
    let t = checker.check(file, text, format, &tight);
    diagnostics_are_sound(text, &t.diagnostics);
    if t.valid() {
        assert!(r.valid(), "valid only under tighter limits: {:?}", r.diagnostics);
    }
    if r.valid() {
        values_read_back(checker, &r);
    }
    r
}

/// A file judged valid: its values, written out as tfvars in HCL and in JSON,
/// read back as the same values and the same verdict.
pub fn values_read_back(checker: &Checker<'_>, r: &CheckResult) {
    let limits = Limits {
        max_bytes: usize::MAX,
        ..Limits::default()
    };
    for (name, text, format) in [
        ("again.tfvars", hcl::tfvars(checker.module(), &r.values, TfvarsOptions::default()), Format::Hcl),
        ("again.tfvars.json", json::tfvars(checker.module(), &r.values, TfvarsOptions::default()), Format::Json),
    ] {
        let again = checker.check(name, &text, format, &limits);
        assert!(
            again.valid(),
            "valid values written as {name} are not valid:\n{text}\n{:?}",
            again.diagnostics
        );
        assert_eq!(again.values.len(), r.values.len(), "{name}:\n{text}");
        for (k, v) in &r.values {
            let w = again.values.get(k).unwrap_or_else(|| panic!("{k} lost in {name}:\n{text}"));
            assert!(v.equals(w), "{k} changed in {name}: {v:?} became {w:?}\n{text}");
        }
    }
}
