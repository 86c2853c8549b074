//! Warnings a reviewer would give on an otherwise valid configuration.

use super::{number, strings};
use crate::cidr::Cidr;
use std::collections::BTreeMap;
use tfcheck_core::diagnostic::{Code, Diagnostic};
use tfcheck_core::value::Value;
use tfcheck_core::Context;

/// Below this many usable addresses a private subnet limits concurrent tasks.
const SMALL_SUBNET: u64 = 251;

pub(super) fn check(cx: &mut Context<'_>, values: &BTreeMap<String, Value>) {
    let azs = number(values.get("az_count"));
    if cx.is_clean("nat_gateway_count") && cx.is_clean("az_count") {
        if let (Some(1), Some(azs)) = (number(values.get("nat_gateway_count")), azs) {
            if azs > 1 {
                let d = Diagnostic::new(Code::SingleNat, format!("One NAT gateway serves all {azs} zones: if its zone fails, tasks in every zone lose outbound access."))
                    .variable("nat_gateway_count")
                    .range(cx.value_range("nat_gateway_count", None))
                    .help(format!("set nat_gateway_count = {azs} for one per zone (each costs about $32 a month)"));
                cx.push(d);
            }
        }
    }
    if cx.is_clean("log_retention_days") {
        if let Some(days) = number(values.get("log_retention_days")) {
            if days != 0 && days < 365 {
                let d = Diagnostic::new(Code::ShortRetention, format!("Container logs are kept for {days} days; common compliance scans (CIS, checkov CKV_AWS_338) expect at least 365."))
                    .variable("log_retention_days")
                    .range(cx.value_range("log_retention_days", None))
                    .help("set log_retention_days = 365 or more, or 0 to keep logs forever");
                cx.push(d);
            }
        }
    }
    if cx.is_clean("private_subnet_cidrs") {
        for (i, s) in strings(values.get("private_subnet_cidrs")) {
            if let Some(c) = Cidr::parse(&s) {
                if c.usable() < SMALL_SUBNET {
                    let d = Diagnostic::new(Code::SmallSubnet, format!("Private subnet {} has {} usable addresses (AWS reserves 5): at most {} tasks can run in it at once.", c.net, c.usable(), c.usable()))
                        .variable("private_subnet_cidrs")
                        .range(cx.value_range("private_subnet_cidrs", Some(i)));
                    cx.push(d);
                }
            }
        }
    }
    if cx.is_clean("agent_ingress_cidr_blocks") {
        for (i, s) in strings(values.get("agent_ingress_cidr_blocks")) {
            if s == "0.0.0.0/0" {
                let d = Diagnostic::new(Code::OpenIngress, "The agent port is open to the whole internet; admit only the frontend's network.")
                    .variable("agent_ingress_cidr_blocks")
                    .range(cx.value_range("agent_ingress_cidr_blocks", Some(i)));
                cx.push(d);
            }
        }
    }
}
