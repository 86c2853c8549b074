use super::*;
use crate::syntax::ast::{BinaryOp, ExprKind, ObjectKey, Part};
use crate::value::Value;

fn body(src: &str) -> Body {
    parse_body(src, "t.tfvars", DEFAULT_MAX_DEPTH).unwrap_or_else(|e| panic!("{src:?}: {e:?}"))
}

fn err(src: &str) -> SyntaxError {
    parse_body(src, "t.tfvars", DEFAULT_MAX_DEPTH).expect_err(src)
}

fn expr(src: &str) -> ExprKind {
    parse_expr(src, DEFAULT_MAX_DEPTH)
        .unwrap_or_else(|e| panic!("{src:?}: {e:?}"))
        .kind
}

#[test]
fn attributes_keep_spans() {
    let b = body("a = 1\nname = \"x\" # comment\n\n// c\nlist = [\n  1,\n  2,\n]\n");
    let names: Vec<&str> = b.attributes.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["a", "name", "list"]);
    assert_eq!(b.attributes[1].value.span, Span::new(13, 16));
}

#[test]
fn blocks_have_labels_and_declaration_ranges() {
    let b = body("variable \"x\" {\n  type = string\n}\nlocals { a = 1 }\n");
    let v = &b.blocks[0];
    assert_eq!(v.kind, "variable");
    assert_eq!(v.label(0), Some("x"));
    assert_eq!(v.decl_span, Span::new(0, 12));
    assert!(v.body.attribute("type").is_some());
    assert!(b.blocks[1].body.attribute("a").is_some());
}

#[test]
fn repeated_attributes_are_an_error_but_repeated_object_keys_are_not() {
    let e = err("a = 1\na = 2\n");
    assert_eq!(e.summary, "Attribute redefined");
    assert_eq!(
        e.detail,
        "The argument \"a\" was already set at t.tfvars:1,1-2. Each argument may be set only once."
    );
    let b = body("m = { a = 1, a = 2 }\n");
    assert!(matches!(&b.attributes[0].value.kind, ExprKind::Object(items) if items.len() == 2));
}

#[test]
fn numbers_beyond_f64_parse() {
    assert!(matches!(expr("1e400"), ExprKind::Literal(Value::Number(_))));
}

#[test]
fn operators_follow_hcl_precedence() {
    let ExprKind::Binary(op, _, rhs) = expr("a || b && c == 1 + 2 * 3") else {
        panic!()
    };
    assert_eq!(op, BinaryOp::Or);
    assert!(matches!(rhs.kind, ExprKind::Binary(BinaryOp::And, ..)));
    assert!(matches!(
        expr("a ? b : c ? d : e"),
        ExprKind::Conditional(..)
    ));
    assert!(matches!(
        expr("-x * 2"),
        ExprKind::Binary(BinaryOp::Multiply, ..)
    ));
}

#[test]
fn splats_take_the_rest_of_the_traversal() {
    let ExprKind::Splat { each, .. } = expr("a[*].b[0]") else {
        panic!()
    };
    assert!(matches!(each.kind, ExprKind::Index(..)));
    // An attribute-only splat stops before an index.
    assert!(matches!(expr("a.*.b[0]"), ExprKind::Index(..)));
    assert!(matches!(expr("a.0.1"), ExprKind::Index(..)));
}

#[test]
fn templates_strip_and_nest() {
    let ExprKind::Template(parts) = expr("\"a ${~ x ~} b%{ if c }y%{ else }n%{ endif }\"") else {
        panic!()
    };
    assert!(matches!(&parts[0], Part::Literal(s) if s == "a"));
    assert!(matches!(&parts[2], Part::Literal(s) if s == "b"));
    assert!(matches!(&parts[3], Part::If { .. }));
    assert!(matches!(expr("\"${x}\""), ExprKind::TemplateWrap(_)));
    assert!(
        matches!(expr(r#""a\n\u00e9$${x}""#), ExprKind::Literal(Value::String(s)) if s == "a\né${x}")
    );
}

#[test]
fn heredocs_dedent_when_flush() {
    let b = body("a = <<-EOT\n    hello\n      world\n    EOT\nb = 1\n");
    assert!(matches!(&b.attributes[0].value.kind,
        ExprKind::Literal(Value::String(s)) if s == "hello\n  world\n"));
    assert_eq!(b.attributes.len(), 2);
    let b = body("a = <<EOT\nx \\n ${y}\nEOT\n");
    assert!(
        matches!(&b.attributes[0].value.kind, ExprKind::Template(p) if matches!(&p[0], Part::Literal(s) if s == "x \\n "))
    );
}

#[test]
fn objects_take_names_or_expressions_as_keys() {
    let ExprKind::Object(items) = expr("{\n a = 1\n \"b\" = 2, (c) = 3\n d: 4 }") else {
        panic!()
    };
    assert!(matches!(&items[0].key, ObjectKey::Name(n, _) if n == "a"));
    assert!(matches!(&items[1].key, ObjectKey::Expr(_)));
    assert_eq!(items.len(), 4);
}

#[test]
fn for_expressions() {
    assert!(
        matches!(expr("[for x in xs : x if x != \"\"]"), ExprKind::For(f) if f.condition.is_some())
    );
    assert!(
        matches!(expr("{for k, v in m : v => k...}"), ExprKind::For(f) if f.grouping && f.key_var.is_some())
    );
}

#[test]
fn errors_read_like_terraform() {
    let e = err("name = \"unterminated\n");
    assert_eq!(e.summary, "Invalid multi-line string");
    let e = err("a = [1, 2\n");
    assert_eq!(e.summary, "Unterminated tuple constructor expression");
    let e = err("a = 1 2\n");
    assert_eq!(e.summary, "Missing newline after argument");
    let e = err("= 1\n");
    assert_eq!(e.summary, "Argument or block definition required");
    let e = err("a = \"\\q\"\n");
    assert_eq!(e.summary, "Invalid escape sequence");
}

#[test]
fn deep_nesting_meets_the_limit_not_the_stack() {
    let src = format!("a = {}1{}\n", "[".repeat(100_000), "]".repeat(100_000));
    let e = err(&src);
    assert!(e.too_deep);
    let src = format!("a = {}1\n", "!".repeat(100_000));
    assert!(err(&src).too_deep);
    let src = format!("a = \"{}\"\n", "${\"".repeat(50_000));
    assert!(err(&src).too_deep);
}

#[test]
fn byte_order_mark_and_crlf() {
    let b = body("\u{feff}a = 1\r\nb = \"x\"\r\n");
    assert_eq!(b.attributes.len(), 2);
}

/// Found by the bad-input corpus against Terraform 1.11.
#[test]
fn an_unterminated_block_comment_is_no_comment() {
    // Read as a comment to the end of the file, this was valid.
    let e = err("name = \"x\"\n/* the rest");
    assert_eq!(e.summary, "Argument or block definition required");
    assert_eq!(e.span, Span::new(11, 12));
    assert_eq!(err("name = /* x").summary, "Invalid expression");
    // Terminated, it is one.
    assert_eq!(body("a = 1 /* x */\n/* y */").attributes.len(), 1);
}

/// Found by the bad-input corpus against Terraform 1.11: identifiers are
/// ID_Start then ID_Continue or `-`, as HCL defines them.
#[test]
fn identifiers_are_unicode_id_start_and_continue() {
    for name in [
        "name\u{301}",
        "a\u{b7}b",
        "x\u{203f}y",
        "x\u{903}y",
        "x\u{663}",
        "\u{2170}x",
        "_x",
        "x-",
    ] {
        let b = body(&format!("{name} = 1\n"));
        assert_eq!(b.attributes[0].name, name, "{name:?}");
    }
    for name in [
        "a\u{b2}",
        "\u{301}x",
        "\u{663}x",
        "x\u{200d}y",
        "na\u{200b}me",
    ] {
        let src = format!("{name} = 1\n");
        assert!(
            crate::syntax::parse_body(&src, "t.tfvars", 64).is_err(),
            "{name:?}"
        );
    }
}

// 200,000 attributes: a quadratic redefinition check would not finish in a test
// run; no wall-clock assertion (it would flake on a loaded machine).
#[test]
fn many_attributes_are_not_quadratic() {
    let src: String = (0..200_000).map(|i| format!("k{i} = {i}\n")).collect();
    assert_eq!(body(&src).attributes.len(), 200_000);
    assert_eq!(
        err(&format!("{src}k7 = 0\n")).summary,
        "Attribute redefined"
    );
}
