//! An estimate of the monthly cost of the module's fixed-price parts: what AWS
//! charges by the hour or month whatever the traffic (NAT gateways and their
//! public IPv4 addresses, interface VPC endpoints, the KMS key, the Route 53
//! zone behind the Cloud Map namespace). Usage-priced parts are listed as not
//! included.

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
    /// One interface VPC endpoint in one availability zone.
    pub interface_endpoint_hour: Usd,
    pub kms_key_month: Usd,
    pub hosted_zone_month: Usd,
}

/// AWS list prices in US East (N. Virginia).
pub const PRICES: PriceTable = PriceTable {
    region: "us-east-1 (US East, N. Virginia)",
    date: "2025-06-01",
    source: "AWS pricing pages for Amazon VPC (NAT gateway, public IPv4 address), AWS PrivateLink (interface endpoints), AWS KMS and Amazon Route 53",
    hours_per_month: 730,
    nat_gateway_hour: Usd(45_000),
    public_ipv4_hour: Usd(5_000),
    interface_endpoint_hour: Usd(10_000),
    kms_key_month: Usd::cents(100),
    hosted_zone_month: Usd::cents(50),
};

/// What is charged whatever the usage, but not counted here.
pub const NOT_INCLUDED: &str = "Not included (priced by use): data processed by the NAT gateways and the interface endpoints, Fargate tasks, EFS storage \
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
    // With vpc_id the network, its NAT gateways included, is the caller's.
    let own_network = values.get("vpc_id").is_none_or(Value::is_null);
    let nat = number(values, "nat_gateway_count").filter(|_| own_network);
    if let Some(nat) = nat {
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
    let zones = if own_network {
        number(values, "az_count")
    } else {
        values
            .get("private_subnet_ids")
            .and_then(Value::elements)
            .map(|e| e.len() as u64)
    };
    let endpoints = values
        .get("vpc_interface_endpoints")
        .and_then(Value::elements)
        .map_or(0, |e| e.len() as u64);
    if let (Some(zones), true) = (zones, endpoints > 0) {
        lines.push(Line {
            item: format!(
                "Interface VPC endpoint{} ({})",
                if endpoints == 1 { "" } else { "s" },
                values
                    .get("vpc_interface_endpoints")
                    .and_then(Value::elements)
                    .unwrap_or_default()
                    .iter()
                    .filter_map(Value::as_str)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            basis: format!(
                "{endpoints} × {zones} zone{} × {hours} h × {}/h",
                if zones == 1 { "" } else { "s" },
                prices.interface_endpoint_hour.unit_text()
            ),
            monthly: Usd(endpoints * zones * hours * prices.interface_endpoint_hour.0),
            note: Some(format!(
                "plus {}/GB of data processed",
                prices.interface_endpoint_hour.unit_text()
            )),
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

#[cfg(test)]
mod tests {
    use super::*;
    use tfcheck_core::Limits;

    fn strings(xs: &[&str]) -> Value {
        Value::Tuple(xs.iter().map(|x| Value::string(*x)).collect())
    }

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
    fn interface_endpoints_cost_per_zone_and_an_existing_network_has_no_nat_here() {
        let e = estimate(
            &values(&[("vpc_interface_endpoints", strings(&["ecr.api", "ecr.dkr"]))]),
            &PRICES,
        );
        let line = e
            .lines
            .iter()
            .find(|l| l.item.starts_with("Interface"))
            .unwrap();
        assert_eq!(line.item, "Interface VPC endpoints (ecr.api, ecr.dkr)");
        assert_eq!(line.basis, "2 × 2 zones × 730 h × $0.01/h");
        assert_eq!(line.monthly.text(), "$29.20");
        assert_eq!(e.total.text(), "$67.20");
        let e = estimate(
            &values(&[
                ("vpc_id", Value::string("vpc-0fedcba9876543210")),
                (
                    "private_subnet_ids",
                    strings(&[
                        "subnet-0aaaaaaaaaaaaaaa1",
                        "subnet-0aaaaaaaaaaaaaaa2",
                        "subnet-0aaaaaaaaaaaaaaa3",
                    ]),
                ),
                ("vpc_interface_endpoints", strings(&["logs"])),
            ]),
            &PRICES,
        );
        let items: Vec<&str> = e.lines.iter().map(|l| l.item.as_str()).collect();
        assert!(
            !items
                .iter()
                .any(|i| i.starts_with("NAT") || i.starts_with("Public")),
            "{items:?}"
        );
        assert_eq!(e.lines[0].basis, "1 × 3 zones × 730 h × $0.01/h");
        assert_eq!(e.total.text(), "$23.40");
    }

    #[test]
    fn an_existing_key_costs_nothing_here() {
        let arn = Value::string("arn:aws:kms:us-east-1:123456789012:key/abc");
        let e = estimate(&values(&[("kms_key_arn", arn)]), &PRICES);
        assert!(!e.lines.iter().any(|l| l.item.starts_with("KMS")));
    }
}
