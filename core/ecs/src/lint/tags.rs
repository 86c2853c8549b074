//! Every taggable resource gets the standard tags: `project`, `environment`,
//! `component` and `managed-by`.
//!
//! A resource is taggable when it has a `tags` argument in the module, or when
//! its type is in [`TAGGABLE`] (AWS resource types whose provider resource takes
//! `tags`). Its `tags` get the standard tags when the expression provides all four
//! keys: an object literal with them, `merge(...)` of anything that provides them,
//! or `local.NAME` whose value does (`merge(var.tags, local.standard_tags)`
//! counts). `var.*` provides no key the module can vouch for.

use super::Lint;
use std::collections::BTreeSet;
use tfcheck_core::syntax::{Expr, ExprKind, ObjectKey};
use tfcheck_core::value::Value;
use tfcheck_core::{Code, Module};

pub const STANDARD_TAGS: [&str; 4] = ["project", "environment", "component", "managed-by"];

/// AWS resource types that take `tags`, so one without them is a finding.
pub const TAGGABLE: &[&str] = &[
    "aws_acm_certificate",
    "aws_cloudwatch_log_group",
    "aws_cloudwatch_metric_alarm",
    "aws_customer_gateway",
    "aws_db_instance",
    "aws_default_network_acl",
    "aws_default_route_table",
    "aws_default_security_group",
    "aws_dynamodb_table",
    "aws_ebs_volume",
    "aws_ec2_transit_gateway",
    "aws_ecr_repository",
    "aws_ecs_capacity_provider",
    "aws_ecs_cluster",
    "aws_ecs_service",
    "aws_ecs_task_definition",
    "aws_efs_access_point",
    "aws_efs_file_system",
    "aws_eip",
    "aws_elasticache_cluster",
    "aws_flow_log",
    "aws_iam_instance_profile",
    "aws_iam_policy",
    "aws_iam_role",
    "aws_iam_user",
    "aws_instance",
    "aws_internet_gateway",
    "aws_kinesis_stream",
    "aws_kms_key",
    "aws_lambda_function",
    "aws_launch_template",
    "aws_lb",
    "aws_lb_listener",
    "aws_lb_target_group",
    "aws_nat_gateway",
    "aws_network_acl",
    "aws_network_interface",
    "aws_route53_zone",
    "aws_route_table",
    "aws_s3_bucket",
    "aws_secretsmanager_secret",
    "aws_security_group",
    "aws_service_discovery_http_namespace",
    "aws_service_discovery_private_dns_namespace",
    "aws_service_discovery_public_dns_namespace",
    "aws_service_discovery_service",
    "aws_sns_topic",
    "aws_sqs_queue",
    "aws_ssm_parameter",
    "aws_subnet",
    "aws_vpc",
    "aws_vpc_endpoint",
    "aws_vpc_security_group_egress_rule",
    "aws_vpc_security_group_ingress_rule",
    "aws_vpn_gateway",
];

pub(super) fn check(cx: &mut Lint<'_>) {
    let m = cx.m;
    for (file, b) in super::refs::resources(m) {
        let kind = b.label(0).unwrap_or_default();
        let name = b.label(1).unwrap_or_default();
        match b.body.attribute("tags") {
            None if TAGGABLE.contains(&kind) => cx.report(
                file,
                b.decl_span,
                Code::LintStandardTags,
                format!(
                    "{kind}.{name} has no tags; it must get the standard tags ({}).",
                    STANDARD_TAGS.join(", ")
                ),
                "add tags = local.tags (the module's merge of var.tags and the standard tags)",
            ),
            None => {}
            Some(a) => {
                let keys = provided(m, &a.value, &mut BTreeSet::new());
                let missing: Vec<&str> = STANDARD_TAGS
                    .iter()
                    .copied()
                    .filter(|k| !keys.contains(*k))
                    .collect();
                if !missing.is_empty() {
                    cx.report(
                        file,
                        a.span,
                        Code::LintStandardTags,
                        format!("The tags of {kind}.{name} lack the standard tag{} {}.", if missing.len() == 1 { "" } else { "s" }, missing.join(", ")),
                        "use local.tags, or merge(local.tags, { ... }) to add tags of the resource's own",
                    );
                }
            }
        }
    }
}

/// The tag keys an expression surely provides.
fn provided(m: &Module, e: &Expr, seen: &mut BTreeSet<String>) -> BTreeSet<String> {
    match &e.kind {
        ExprKind::Parens(inner) => provided(m, inner, seen),
        ExprKind::Object(items) => items
            .iter()
            .filter_map(|it| match &it.key {
                ObjectKey::Name(n, _) => Some(n.clone()),
                ObjectKey::Expr(k) => match &k.kind {
                    ExprKind::Literal(Value::String(s)) => Some(s.clone()),
                    ExprKind::Parens(p) => match &p.kind {
                        ExprKind::Literal(Value::String(s)) => Some(s.clone()),
                        _ => None,
                    },
                    _ => None,
                },
            })
            .collect(),
        ExprKind::Call { name, args, .. } if name == "merge" => {
            args.iter().flat_map(|a| provided(m, a, seen)).collect()
        }
        ExprKind::Conditional(_, a, b) => {
            let (a, b) = (provided(m, a, seen), provided(m, b, seen));
            a.intersection(&b).cloned().collect()
        }
        ExprKind::GetAttr(root, local) => match &root.kind {
            ExprKind::Variable(r) if r == "local" && seen.insert(local.clone()) => {
                let keys = m
                    .locals
                    .get(local)
                    .map(|l| provided(m, &l.expr, seen))
                    .unwrap_or_default();
                seen.remove(local);
                keys
            }
            _ => BTreeSet::new(),
        },
        _ => BTreeSet::new(),
    }
}
