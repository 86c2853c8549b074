//! Every IAM policy statement's resources are the module's own.
//!
//! Statements are read from `data "aws_iam_policy_document"` blocks (`statement`
//! and `dynamic "statement"` blocks) and from `jsonencode({ Statement = [...] })`
//! in any argument of any resource. For each `Allow` statement, every element of
//! its resources must refer to one of the module's managed resources, directly
//! or through locals (an ARN built from a local that names a module resource
//! counts), or the statement must have a condition that does (a wildcard ARN
//! narrowed to the module's namespace). `"*"` is accepted only when every action
//! is one AWS cannot scope ([`UNSCOPABLE`]), and in key policies (`aws_kms_key`,
//! `aws_kms_key_policy`), where `"*"` means the key itself. `NotResource` is a
//! finding. `Deny` statements and trust policies (a principal and no resources)
//! grant nothing and are skipped. Policies written as JSON strings are not read.

use super::refs::Owned;
use super::Lint;
use tfcheck_core::syntax::{Block, Expr, ExprKind, ObjectItem, ObjectKey, Span};
use tfcheck_core::value::Value;
use tfcheck_core::Code;

/// Actions whose entry in AWS's Service Authorization Reference has no resource
/// type: AWS accepts only `"*"` for them.
pub const UNSCOPABLE: &[&str] = &[
    "cloudwatch:PutMetricData",
    "ecr:GetAuthorizationToken",
    "ecs:DeregisterTaskDefinition",
    "ecs:DescribeTaskDefinition",
    "ecs:RegisterTaskDefinition",
    "sts:GetCallerIdentity",
    "xray:PutTelemetryRecords",
    "xray:PutTraceSegments",
];

/// Resource types whose policy is a key policy, where `"*"` is the key itself.
const KEY_POLICY_TYPES: &[&str] = &["aws_kms_key", "aws_kms_key_policy"];

/// One policy statement, whichever syntax it was written in.
struct Statement<'a> {
    file: usize,
    span: Span,
    deny: bool,
    /// The actions, when all are literal strings.
    actions: Option<Vec<String>>,
    resources: Option<&'a Expr>,
    not_resources: Option<Span>,
    principal: bool,
    conditions: Vec<&'a Expr>,
    key_policy: bool,
}

pub(super) fn check(cx: &mut Lint<'_>) {
    let m = cx.m;
    let owned = Owned::new(m);
    let mut statements = Vec::new();
    for (file, f) in m.files.iter().enumerate() {
        for b in &f.body.blocks {
            if b.kind == "data" && b.label(0) == Some("aws_iam_policy_document") {
                for s in b.body.blocks("statement") {
                    statements.push(document_statement(file, s));
                }
                for d in b
                    .body
                    .blocks("dynamic")
                    .filter(|d| d.label(0) == Some("statement"))
                {
                    for c in d.body.blocks("content") {
                        statements.push(document_statement(file, c));
                    }
                }
            }
            if b.kind == "resource" || b.kind == "data" {
                let key_policy = b.kind == "resource"
                    && b.label(0).is_some_and(|t| KEY_POLICY_TYPES.contains(&t));
                json_statements(file, b, key_policy, &mut statements);
            }
        }
    }
    for s in statements {
        judge(cx, &owned, &s);
    }
}

fn judge(cx: &mut Lint<'_>, owned: &Owned<'_>, s: &Statement<'_>) {
    if s.deny {
        return;
    }
    const HELP: &str = "name the module's resources (aws_x.this.arn, or an ARN built from the name a module resource is given)";
    if let Some(span) = s.not_resources {
        cx.report(
            s.file,
            span,
            Code::LintUnscopedIamResource,
            "NotResource allows every resource but the ones listed, including resources that are not the module's.".into(),
            HELP,
        );
    }
    let Some(resources) = s.resources else {
        if !s.principal && s.not_resources.is_none() {
            cx.report(
                s.file,
                s.span,
                Code::LintUnscopedIamResource,
                "This statement names no resources.".into(),
                HELP,
            );
        }
        return;
    };
    if s.key_policy && s.principal {
        return;
    }
    let elements: Vec<&Expr> = match &resources.kind {
        ExprKind::Tuple(es) => es.iter().collect(),
        _ => vec![resources],
    };
    let text = &cx.m.files[s.file].text;
    for e in elements {
        if is_star(e) {
            let unscopable = s.actions.as_ref().is_some_and(|a| {
                !a.is_empty() && a.iter().all(|x| UNSCOPABLE.contains(&x.as_str()))
            });
            if !unscopable {
                let actions = s
                    .actions
                    .as_ref()
                    .map_or_else(|| "its actions".to_string(), |a| a.join(", "));
                cx.report(
                    s.file,
                    e.span,
                    Code::LintUnscopedIamResource,
                    format!("\"*\" allows {actions} on every resource of the account, not only the module's."),
                    "\"*\" is allowed only for actions AWS cannot scope to a resource, such as ecr:GetAuthorizationToken",
                );
            }
            continue;
        }
        if owned.refers_to_own(e) || s.conditions.iter().any(|c| owned.refers_to_own(c)) {
            continue;
        }
        let shown = text
            .get(e.span.start..e.span.end)
            .unwrap_or("this resource");
        cx.report(
            s.file,
            e.span,
            Code::LintUnscopedIamResource,
            format!("{shown} is not one of this module's resources."),
            HELP,
        );
    }
}

fn is_star(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::Literal(Value::String(s)) if s == "*")
}

fn literal_string(e: &Expr) -> Option<&str> {
    match &e.kind {
        ExprKind::Literal(Value::String(s)) => Some(s),
        ExprKind::Parens(p) => literal_string(p),
        _ => None,
    }
}

/// Literal strings of a string or a tuple of strings; `None` when any is not literal.
fn strings(e: &Expr) -> Option<Vec<String>> {
    match &e.kind {
        ExprKind::Tuple(es) => es
            .iter()
            .map(|x| literal_string(x).map(str::to_string))
            .collect(),
        _ => literal_string(e).map(|s| vec![s.to_string()]),
    }
}

/// A `statement` block of `aws_iam_policy_document` (or a dynamic one's `content`).
fn document_statement(file: usize, b: &Block) -> Statement<'_> {
    let attr = |n: &str| b.body.attribute(n).map(|a| &*a.value);
    Statement {
        file,
        span: b.span,
        deny: attr("effect").and_then(literal_string) == Some("Deny"),
        actions: attr("actions").and_then(strings),
        resources: attr("resources"),
        not_resources: b.body.attribute("not_resources").map(|a| a.span),
        principal: b.body.blocks("principals").next().is_some()
            || b.body.blocks("not_principals").next().is_some(),
        conditions: b
            .body
            .blocks("condition")
            .filter_map(|c| c.body.attribute("values").map(|a| &*a.value))
            .collect(),
        key_policy: false,
    }
}

/// Statements of `jsonencode({ Statement = ... })` policies in a block's arguments.
fn json_statements<'a>(file: usize, b: &'a Block, key_policy: bool, out: &mut Vec<Statement<'a>>) {
    let mut visit = |e: &'a Expr| {
        e.walk(&mut |x| {
            let ExprKind::Call { name, args, .. } = &x.kind else {
                return;
            };
            if name != "jsonencode" {
                return;
            }
            let Some(ExprKind::Object(items)) = args.first().map(|a| &a.kind) else {
                return;
            };
            let Some(stmts) = get(items, "Statement") else {
                return;
            };
            let list: Vec<&Expr> = match &stmts.kind {
                ExprKind::Tuple(es) => es.iter().collect(),
                _ => vec![stmts],
            };
            for s in list {
                if let ExprKind::Object(fields) = &s.kind {
                    out.push(Statement {
                        file,
                        span: s.span,
                        deny: get(fields, "Effect").and_then(literal_string) == Some("Deny"),
                        actions: get(fields, "Action").and_then(strings),
                        resources: get(fields, "Resource"),
                        not_resources: get(fields, "NotResource").map(|e| e.span),
                        principal: get(fields, "Principal").is_some()
                            || get(fields, "NotPrincipal").is_some(),
                        conditions: get(fields, "Condition").into_iter().collect(),
                        key_policy,
                    });
                }
            }
        });
    };
    fn attrs<'a>(b: &'a tfcheck_core::syntax::Body, visit: &mut dyn FnMut(&'a Expr)) {
        for a in &b.attributes {
            visit(&a.value);
        }
        for inner in &b.blocks {
            attrs(&inner.body, visit);
        }
    }
    attrs(&b.body, &mut visit);
}

/// An object's value for a key written as a name or a quoted string.
fn get<'a>(items: &'a [ObjectItem], key: &str) -> Option<&'a Expr> {
    items.iter().rev().find_map(|it| {
        let k = match &it.key {
            ObjectKey::Name(n, _) => Some(n.as_str()),
            ObjectKey::Expr(e) => literal_string(e),
        };
        (k == Some(key)).then_some(&it.value)
    })
}
