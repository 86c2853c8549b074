//! What AWS rejects at apply time for the network inputs: CIDR blocks with host
//! bits, prefixes outside /16–/28, subnets outside the VPC, overlapping subnets.

use super::strings;
use crate::cidr::Cidr;
use std::collections::BTreeMap;
use tfcheck_core::diagnostic::{Code, Diagnostic};
use tfcheck_core::value::Value;
use tfcheck_core::Context;

const SUBNET_LISTS: [&str; 2] = ["public_subnet_cidrs", "private_subnet_cidrs"];

pub(super) fn check(cx: &mut Context<'_>, values: &BTreeMap<String, Value>) {
    let vpc = if cx.is_clean("vpc_cidr") {
        values
            .get("vpc_cidr")
            .and_then(Value::as_str)
            .and_then(|s| block(cx, "vpc_cidr", None, s))
    } else {
        None
    };
    let mut subnets: Vec<(&str, usize, Cidr)> = Vec::new();
    for list in SUBNET_LISTS {
        if !cx.is_clean(list) {
            continue;
        }
        for (i, s) in strings(values.get(list)) {
            if let Some(c) = block(cx, list, Some(i), &s) {
                subnets.push((list, i, c));
            }
        }
    }
    if let Some(vpc) = vpc {
        for (list, i, c) in &subnets {
            if !c.within(&vpc) {
                let d = Diagnostic::new(Code::SubnetOutsideVpc, format!("Subnet {} is not inside the VPC's range {}; AWS rejects a subnet outside its VPC.", c.net, vpc.net))
                    .variable(*list)
                    .range(cx.value_range(list, Some(*i)));
                cx.push(d);
            }
        }
    }
    for (n, (la, ia, a)) in subnets.iter().enumerate() {
        if let Some((lb, ib, b)) = subnets[n + 1..].iter().find(|(_, _, b)| a.overlaps(b)) {
            let d = Diagnostic::new(
                Code::SubnetOverlap,
                format!(
                    "Subnet {} overlaps {} ({}[{ia}]); AWS rejects overlapping subnets in one VPC.",
                    b.net, a.net, la
                ),
            )
            .variable(*lb)
            .range(cx.value_range(lb, Some(*ib)));
            cx.push(d);
        }
    }
}

/// Parses one CIDR block, reporting what AWS would reject about it.
fn block(cx: &mut Context<'_>, var: &str, i: Option<usize>, s: &str) -> Option<Cidr> {
    let c = Cidr::parse(s)?;
    let range = cx.value_range(var, i);
    if !c.canonical {
        let d = Diagnostic::new(
            Code::NonCanonicalCidr,
            format!(
                "{s} has host bits set; AWS expects the network address, {}.",
                c.net
            ),
        )
        .variable(var)
        .range(range)
        .help(format!("write {}", c.net));
        cx.push(d);
    }
    if !(16..=28).contains(&c.prefix()) {
        let d = Diagnostic::new(
            Code::PrefixLength,
            format!(
                "{s} has a /{} prefix; AWS allows VPC and subnet blocks from /16 to /28.",
                c.prefix()
            ),
        )
        .variable(var)
        .range(range);
        cx.push(d);
    }
    Some(c)
}
