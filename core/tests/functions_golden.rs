//! Runs every expression in `tests/golden/functions.jsonl` — recorded from real
//! Terraform 1.11 by `scripts/golden-functions.sh` — through the evaluator, and
//! compares the result's type (as `terraform console`'s `type()` prints it), its
//! JSON (`jsonencode`), or the error (summary and detail).
//!
//! Every disagreement must be listed in [`KNOWN_DIVERGENCES`] with its reason;
//! the test fails on any other, and on listed ones that no longer diverge.

use serde_json::Value as Json;
use tfcheck_core::eval::{eval_str, functions};
use tfcheck_core::value::{Type, Value};

/// Expressions where this evaluator knowingly differs from Terraform.
const KNOWN_DIVERGENCES: &[(&str, &str)] = &[
    // Values carry no sensitivity marks here (tfvars values and validation rules
    // are checked before Terraform marks anything), so sensitive() is the
    // identity and issensitive() is always false.
    ("issensitive(sensitive(1))", "no sensitivity marks"),
    // An untyped null argument makes cty skip format/formatlist and return an
    // unknown value; this evaluator has no unknown values and reports an error.
    (
        "format(\"%v\", null)",
        "untyped null gives an unknown value",
    ),
    (
        "formatlist(\"%s\", null)",
        "untyped null gives an unknown value",
    ),
    (
        "format(\"%s\", \"a\", null)",
        "untyped null gives an unknown value",
    ),
    // Go's regexp knows Unicode scripts; this evaluator has the general
    // categories only (their tables are small), so a script class is an error.
    (
        "regex(\"\\\\p{Greek}+\", \"αβγ\")",
        "no \\p{..} script classes, only general categories",
    ),
];

/// `terraform console`'s `type()` output with all whitespace removed.
fn console_type(t: &Type) -> String {
    match t {
        Type::Dynamic => "dynamic".into(),
        Type::Bool => "bool".into(),
        Type::Number => "number".into(),
        Type::String => "string".into(),
        Type::List(e) | Type::Set(e) | Type::Map(e) => {
            let kind = match t {
                Type::List(_) => "list",
                Type::Set(_) => "set",
                _ => "map",
            };
            let complex = matches!(**e, Type::Object(_) | Type::Tuple(_));
            format!(
                "{kind}({}{})",
                console_type(e),
                if complex { "," } else { "" }
            )
        }
        Type::Object(o) => {
            let attrs: String = o
                .attrs
                .iter()
                .map(|(k, t)| format!("{k}:{},", console_type(t)))
                .collect();
            format!("object({{{attrs}}})")
        }
        Type::Tuple(ts) => {
            let elems: String = ts.iter().map(|t| format!("{},", console_type(t))).collect();
            format!("tuple([{elems}])")
        }
    }
}

/// What the evaluator makes of one expression, in the golden file's terms.
#[derive(Debug, PartialEq)]
enum Outcome {
    Value {
        ty: String,
        json: String,
    },
    /// A value whose JSON encoding fails (an infinity).
    Unencodable {
        ty: String,
        summary: String,
        detail: String,
    },
    Error {
        summary: String,
        detail: String,
    },
    /// Terraform computed no value (an unknown).
    Unknown {
        ty: String,
    },
}

/// The console wraps error details at 78 columns, so runs of whitespace in
/// them cannot be recovered; both sides are compared with runs collapsed.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn evaluate(expr: &str) -> Outcome {
    match eval_str(expr) {
        Err(e) => Outcome::Error {
            summary: e.summary,
            detail: squash(&e.detail),
        },
        Ok(v) => {
            let ty = console_type(&v.ty());
            let jsonencode = functions::lookup("jsonencode").expect("jsonencode exists");
            match functions::call(jsonencode, &[v]) {
                Ok(Value::String(json)) => Outcome::Value { ty, json },
                Ok(other) => panic!("jsonencode returned {other:?}"),
                Err(e) => Outcome::Unencodable {
                    ty,
                    summary: e.summary,
                    detail: squash(&e.detail),
                },
            }
        }
    }
}

fn expected(rec: &Json) -> Outcome {
    let s = |v: &Json| v.as_str().unwrap_or_default().to_string();
    let ty = rec.get("type").map(s);
    match (ty, rec.get("error"), rec.get("json")) {
        (Some(ty), Some(err), _) => Outcome::Unencodable {
            ty,
            summary: s(&err["summary"]),
            detail: squash(&s(&err["detail"])),
        },
        (None, Some(err), _) => Outcome::Error {
            summary: s(&err["summary"]),
            detail: squash(&s(&err["detail"])),
        },
        (Some(ty), None, Some(json)) => Outcome::Value { ty, json: s(json) },
        (Some(ty), None, None) => Outcome::Unknown { ty },
        (None, None, _) => panic!("malformed golden record {rec}"),
    }
}

#[test]
fn functions_agree_with_terraform() {
    // FUNCTIONS_GOLDEN=/path/to/other.jsonl runs a scratch corpus instead.
    let path = std::env::var("FUNCTIONS_GOLDEN").unwrap_or_else(|_| {
        concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/functions.jsonl").to_string()
    });
    let text = std::fs::read_to_string(&path).expect("golden file");
    let mut total = 0;
    let mut agree = 0;
    let mut sensitive = 0;
    let mut unexpected = Vec::new();
    let mut stale = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let rec: Json = serde_json::from_str(line).expect("golden line is JSON");
        let expr = rec["expr"].as_str().expect("expr");
        total += 1;
        // Values here carry no sensitivity marks: a value Terraform marks
        // sensitive is compared without its mark.
        if rec.get("sensitive").is_some() {
            sensitive += 1;
        }
        let want = expected(&rec);
        let got = evaluate(expr);
        let known = KNOWN_DIVERGENCES.iter().any(|(e, _)| *e == expr);
        match (got == want, known) {
            (true, false) => agree += 1,
            (true, true) => {
                agree += 1;
                stale.push(expr.to_string());
            }
            (false, true) => {}
            (false, false) => {
                unexpected.push(format!("{expr}\n    want {want:?}\n    got  {got:?}"))
            }
        }
    }
    println!(
        "{total} expressions: {agree} agree with Terraform ({sensitive} of them compared without \
         Terraform's sensitive mark), {} known divergences",
        total - agree
    );
    assert!(
        unexpected.is_empty(),
        "{} expressions disagree with Terraform:\n{}",
        unexpected.len(),
        unexpected.join("\n")
    );
    assert!(
        stale.is_empty(),
        "listed as divergent but now agree: {stale:?}"
    );
    assert!(
        total >= 400 || std::env::var("FUNCTIONS_GOLDEN").is_ok(),
        "the corpus should have at least 400 expressions"
    );
}
