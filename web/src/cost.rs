//! An estimate of the monthly cost of the module's fixed-price parts: what AWS
//! charges by the hour or month whatever the traffic (NAT gateways and their
//! public IPv4 addresses, the KMS key, the Route 53 zone behind the Cloud Map
//! namespace). Usage-priced parts are listed as not included.

use std::collections::BTreeMap;
use tfcheck_core::value::Value;

/// An amount in millionths of a US dollar, so sums of hourly prices stay exact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Usd(pub u64);

impl Usd {
    pub const fn cents(c: u64) -> Usd {
        Usd(c * 10_000)
    }

    /// Dollars and cents, rounded half up: `$32.85`.
    pub fn text(self) -> String {
        let cents = (self.0 + 5_000) / 10_000;
        format!("${}.{:02}", cents / 100, cents % 100)
    }

    /// A unit price, with as many decimals as it needs (at least two): `$0.045`.
    pub fn unit_text(self) -> String {
        let mut s = format!("{}.{:06}", self.0 / 1_000_000, self.0 % 1_000_000);
        while s.ends_with('0') && s.len() > s.find('.').map_or(0, |p| p + 3) {
            s.pop();
        }
        format!("${s}")
    }
}

/// The prices the estimate uses, with where and when they were read.
#[derive(Clone, Debug, PartialEq)]
pub struct PriceTable {
    pub region: &'static str,
    pub date: &'static str,
    pub source: &'static str,
    pub hours_per_month: u64,
    pub nat_gateway_hour: Usd,
    pub public_ipv4_hour: Usd,
    pub kms_key_month: Usd,
    pub hosted_zone_month: Usd,
}

/// AWS list prices in US East (N. Virginia).
pub const PRICES: PriceTable = PriceTable {
    region: "us-east-1 (US East, N. Virginia)",
    date: "2025-06-01",
    source: "AWS pricing pages for Amazon VPC (NAT gateway, public IPv4 address), AWS KMS and Amazon Route 53",
    hours_per_month: 730,
    nat_gateway_hour: Usd(45_000),
    public_ipv4_hour: Usd(5_000),
    kms_key_month: Usd::cents(100),
    hosted_zone_month: Usd::cents(50),
};

/// What is charged whatever the usage, but not counted here.
pub const NOT_INCLUDED: &str = "Not included (priced by use): data processed by the NAT gateways, Fargate tasks, EFS storage \
and throughput, CloudWatch Logs ingestion and storage, Container Insights metrics, VPC flow logs, ECR storage, KMS requests \
and data transfer.";

/// One priced part.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub item: String,
    /// How the amount is reached: `2 × 730 h × $0.045/h`.
    pub basis: String,
    pub monthly: Usd,
    pub note: Option<String>,
}

/// The estimate for one configuration.
#[derive(Clone, Debug, PartialEq)]
pub struct Estimate {
    pub lines: Vec<Line>,
    pub total: Usd,
}

fn number(values: &BTreeMap<String, Value>, name: &str) -> Option<u64> {
    let n = values.get(name)?.as_number()?;
    if !n.is_integer() {
        return None;
    }
    u64::try_from(n.to_i64()?).ok()
}

fn flag(values: &BTreeMap<String, Value>, name: &str) -> Option<bool> {
    values.get(name)?.as_bool()
}

/// The estimate for the module's final values (as the core converted them).
/// A part whose controlling value is missing or not a whole number is left out.
pub fn estimate(values: &BTreeMap<String, Value>, prices: &PriceTable) -> Estimate {
    let mut lines = Vec::new();
    let hours = prices.hours_per_month;
    if let Some(nat) = number(values, "nat_gateway_count") {
        lines.push(Line {
            item: format!("NAT gateway{}", if nat == 1 { "" } else { "s" }),
            basis: format!(
                "{nat} × {hours} h × {}/h",
                prices.nat_gateway_hour.unit_text()
            ),
            monthly: Usd(nat * hours * prices.nat_gateway_hour.0),
            note: Some(format!(
                "plus {}/GB of data processed",
                prices.nat_gateway_hour.unit_text()
            )),
        });
        lines.push(Line {
            item: format!(
                "Public IPv4 address{} (the NAT gateways' Elastic IPs)",
                if nat == 1 { "" } else { "es" }
            ),
            basis: format!(
                "{nat} × {hours} h × {}/h",
                prices.public_ipv4_hour.unit_text()
            ),
            monthly: Usd(nat * hours * prices.public_ipv4_hour.0),
            note: None,
        });
    }
    let own_key = values.get("kms_key_arn").is_some_and(Value::is_null)
        && flag(values, "create_kms_key") == Some(true);
    if own_key {
        lines.push(Line {
            item: "KMS customer-managed key".into(),
            basis: format!("1 × {}/month", prices.kms_key_month.unit_text()),
            monthly: prices.kms_key_month,
            note: Some(format!(
                "each of the key's first two yearly rotations adds {}/month",
                prices.kms_key_month.unit_text()
            )),
        });
    }
    lines.push(Line {
        item: "Route 53 private hosted zone (the Cloud Map namespace)".into(),
        basis: format!("1 × {}/month", prices.hosted_zone_month.unit_text()),
        monthly: prices.hosted_zone_month,
        note: Some("plus DNS queries".into()),
    });
    let total = Usd(lines.iter().map(|l| l.monthly.0).sum());
    Estimate { lines, total }
}

#[cfg(target_arch = "wasm32")]
mod view {
    use super::*;
    use crate::context::{render_effect, Ctx};
    use crate::dom::{h, replace_children, set_text, El};
    use leptos::prelude::*;

    pub fn panel(cx: Ctx) -> El {
        let body = h("tbody");
        let total = h("td").cls("num").id("cost-total");
        let (body_el, total_el) = (body.0.clone(), total.0.clone());
        let est = Memo::new(move |_| cx.checked.with(|ch| estimate(&ch.values, &PRICES)));
        render_effect(move |_| {
            est.with(|e| {
                let rows = e
                    .lines
                    .iter()
                    .map(|l| {
                        h("tr").cs(vec![
                            h("td").t(&l.item).c_opt(
                                l.note
                                    .as_ref()
                                    .map(|n| h("span").cls("note").t(&format!(" ({n})"))),
                            ),
                            h("td").t(&l.basis),
                            h("td").cls("num").t(&l.monthly.text()),
                        ])
                    })
                    .collect();
                replace_children(&body_el, rows);
                set_text(&total_el, &e.total.text());
            })
        });
        let col = |t: &str, class: &str| h("th").a("scope", "col").cls(class).t(t);
        h("section").cls("panel cost").id("cost").a("aria-labelledby", "cost-title").cs(vec![
            h("h2").id("cost-title").t("Estimated monthly cost of the fixed-price parts"),
            h("p")
                .cls("estimate-mark")
                .c(h("strong").t("An estimate, "))
                .t("not a quote: what AWS charges by the hour or month whatever the traffic."),
            h("table").cls("cost-table").cs(vec![
                h("caption").cls("sr-only").t("Fixed-price parts and their monthly cost"),
                h("thead").c(h("tr").cs(vec![col("Part", ""), col("Basis", ""), col("Per month", "num")])),
                body,
                h("tfoot").c(h("tr").c(h("th").a("scope", "row").a("colspan", "2").t("Total (estimate)")).c(total)),
            ]),
            h("p").cls("note").t(&format!(
                "Prices: AWS list prices in {}, USD, price table dated {} (from the {}); a month is {} hours. Check the current prices before you rely on them.",
                PRICES.region, PRICES.date, PRICES.source, PRICES.hours_per_month
            )),
            h("p").cls("note").t(NOT_INCLUDED),
        ])
    }
}

#[cfg(target_arch = "wasm32")]
pub use view::panel;

#[cfg(test)]
mod tests {
    use super::*;
    use tfcheck_core::Limits;

    fn values(given: &[(&str, Value)]) -> BTreeMap<String, Value> {
        let given: BTreeMap<String, Value> = given
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect();
        tfcheck_ecs::checker()
            .check_values(&given, &Limits::default())
            .values
    }

    #[test]
    fn money_is_written_in_dollars_and_cents() {
        assert_eq!(Usd(32_850_000).text(), "$32.85");
        assert_eq!(Usd(3_650_000).text(), "$3.65");
        assert_eq!(Usd(45_000).unit_text(), "$0.045");
        assert_eq!(Usd::cents(50).unit_text(), "$0.50");
        assert_eq!(Usd::cents(100).unit_text(), "$1.00");
    }

    #[test]
    fn defaults_cost_one_nat_gateway_its_address_the_key_and_the_zone() {
        let e = estimate(&values(&[]), &PRICES);
        let amounts: Vec<String> = e.lines.iter().map(|l| l.monthly.text()).collect();
        assert_eq!(amounts, ["$32.85", "$3.65", "$1.00", "$0.50"]);
        assert_eq!(e.total.text(), "$38.00");
        assert_eq!(e.lines[0].basis, "1 × 730 h × $0.045/h");
    }

    #[test]
    fn the_estimate_follows_the_nat_count_and_the_key() {
        let e = estimate(
            &values(&[
                ("az_count", Value::number(3)),
                ("nat_gateway_count", Value::number(3)),
                ("create_kms_key", Value::Bool(false)),
            ]),
            &PRICES,
        );
        assert_eq!(e.lines.len(), 3);
        assert_eq!(e.lines[0].item, "NAT gateways");
        assert_eq!(e.lines[0].monthly.text(), "$98.55");
        assert_eq!(e.lines[1].monthly.text(), "$10.95");
        assert_eq!(e.total.text(), "$110.00");
    }

    #[test]
    fn an_existing_key_costs_nothing_here() {
        let arn = Value::string("arn:aws:kms:us-east-1:123456789012:key/abc");
        let e = estimate(&values(&[("kms_key_arn", arn)]), &PRICES);
        assert!(!e.lines.iter().any(|l| l.item.starts_with("KMS")));
    }
}
