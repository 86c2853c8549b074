//! The CLI's own words on the engine's diagnostics: a limit reached (`LIM*`)
//! says in the engine only what was over the limit; the CLI adds the flag that
//! raises it, which means nothing to the npm package or the web page.

use super::Report;
use std::borrow::Cow;
use tfcheck_core::{Code, Diagnostic};

/// The flag that raises the limit behind `code`, if it is one.
fn flag(code: Code) -> Option<&'static str> {
    match code {
        Code::InputTooLarge => Some("raise it with --max-bytes"),
        Code::NestingTooDeep => Some("raise the limit with --max-depth"),
        Code::StepBudget => Some("raise the limit with --max-eval-steps"),
        _ => None,
    }
}

/// An engine message about a limit with the CLI's hint: the engine's sentence
/// without its full stop, then `; raise ... if this is intended.`
pub fn message(code: Code, message: &str) -> Cow<'_, str> {
    match flag(code) {
        Some(hint) => Cow::Owned(format!(
            "{}; {hint} if this is intended.",
            message.strip_suffix('.').unwrap_or(message)
        )),
        None => Cow::Borrowed(message),
    }
}

/// The report with the CLI's hints; the report itself when none applies.
pub fn report(r: &Report) -> Cow<'_, Report> {
    let hinted = |d: &Diagnostic| flag(d.code).is_some();
    if !r.files.iter().flat_map(|f| &f.diagnostics).any(hinted) {
        return Cow::Borrowed(r);
    }
    let mut r = r.clone();
    for d in r.files.iter_mut().flat_map(|f| &mut f.diagnostics) {
        if let Cow::Owned(m) = message(d.code, &d.message) {
            d.message = m;
        }
    }
    Cow::Owned(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_limit_gets_its_flag_and_other_codes_nothing() {
        let m = message(
            Code::InputTooLarge,
            "The file is 9 bytes, more than the limit of 1 bytes.",
        );
        assert_eq!(
            m,
            "The file is 9 bytes, more than the limit of 1 bytes; raise it with --max-bytes if this is intended."
        );
        assert!(matches!(
            message(Code::TypeMismatch, "x."),
            Cow::Borrowed("x.")
        ));
    }
}
