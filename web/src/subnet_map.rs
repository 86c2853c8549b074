//! The network as a picture: the VPC's address range as a grid, with each public
//! and private subnet placed where its addresses are. The subnets are the
//! module's own `local.public_subnet_cidrs` and `local.private_subnet_cidrs`
//! (explicit, or derived from `vpc_cidr`), evaluated by the core; sizes, usable
//! addresses, overlaps and containment come from the core's `Cidr`.

use std::collections::BTreeMap;
use tfcheck_core::value::Value;
use tfcheck_core::{eval_locals, Limits, Module};
use tfcheck_ecs::cidr::Cidr;

/// Cells per row of the grid; the grid has at most `COLS * COLS` cells.
pub const COLS: u64 = 16;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Public,
    Private,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Public => "public",
            Kind::Private => "private",
        }
    }
}

/// A rectangle in grid cells.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Subnet {
    pub kind: Kind,
    /// The zone's position (0-based): subnet i of each kind is in zone i.
    pub index: usize,
    pub zone: String,
    pub cidr: String,
    /// Derived from `vpc_cidr` by the module, rather than given.
    pub derived: bool,
    pub net: Option<Cidr>,
    pub outside: bool,
    /// The other subnets it overlaps, by CIDR.
    pub overlaps: Vec<String>,
    pub rect: Option<Rect>,
}

impl Subnet {
    pub fn addresses(&self) -> Option<u64> {
        self.net.map(|c| 1u64 << (32 - u32::from(c.prefix())))
    }

    pub fn usable(&self) -> Option<u64> {
        self.net.map(|c| c.usable())
    }

    /// Drawn in red: not an IPv4 CIDR, outside the VPC, or overlapping another.
    pub fn bad(&self) -> bool {
        self.net.is_none() || self.outside || !self.overlaps.is_empty()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct NetworkMap {
    pub vpc: String,
    pub vpc_net: Option<Cidr>,
    pub cols: u64,
    pub rows: u64,
    /// Addresses per grid cell.
    pub cell: u64,
    pub subnets: Vec<Subnet>,
}

fn strings(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::elements)
        .map(|es| {
            es.iter()
                .filter_map(|e| e.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// Lays out the subnets of the module's final values (as the core converted them).
pub fn layout(module: &Module, values: &BTreeMap<String, Value>, limits: &Limits) -> NetworkMap {
    let vpc = values
        .get("vpc_cidr")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let vpc_net = Cidr::parse(&vpc);
    let zones = strings(values.get("availability_zones"));
    let locals = eval_locals(
        module,
        values,
        &["public_subnet_cidrs", "private_subnet_cidrs"],
        limits,
    );
    let mut subnets = Vec::new();
    for (kind, local) in [
        (Kind::Public, "public_subnet_cidrs"),
        (Kind::Private, "private_subnet_cidrs"),
    ] {
        let derived = values.get(local).and_then(Value::len) == Some(0);
        let cidrs = strings(locals.get(local).and_then(|r| r.as_ref().ok()));
        for (index, cidr) in cidrs.into_iter().enumerate() {
            let zone = zones
                .get(index)
                .cloned()
                .unwrap_or_else(|| format!("zone {}", index + 1));
            let net = Cidr::parse(&cidr);
            let outside = match (net, vpc_net) {
                (Some(s), Some(v)) => !s.within(&v),
                _ => false,
            };
            subnets.push(Subnet {
                kind,
                index,
                zone,
                cidr,
                derived,
                net,
                outside,
                overlaps: Vec::new(),
                rect: None,
            });
        }
    }
    for i in 0..subnets.len() {
        for j in 0..subnets.len() {
            if let (true, Some(a), Some(b)) = (i != j, subnets[i].net, subnets[j].net) {
                if a.overlaps(&b) {
                    let other = subnets[j].cidr.clone();
                    subnets[i].overlaps.push(other);
                }
            }
        }
    }
    let (cols, rows, cell) = match vpc_net {
        Some(v) => {
            let total = 1u64 << (32 - u32::from(v.prefix()));
            let cells = total.min(COLS * COLS);
            let cols = cells.min(COLS);
            (cols, cells / cols, total / cells)
        }
        None => (COLS, 0, 0),
    };
    if let Some(v) = vpc_net {
        let first = u64::from(u32::from(v.net.network()));
        for s in subnets.iter_mut().filter(|s| !s.outside) {
            let Some(n) = s.net else { continue };
            let offset = (u64::from(u32::from(n.net.network())) - first) as f64 / cell as f64;
            let len = (1u64 << (32 - u32::from(n.prefix()))) as f64 / cell as f64;
            let cols = cols as f64;
            s.rect = Some(if len >= cols {
                Rect {
                    x: 0.0,
                    y: offset / cols,
                    w: cols,
                    h: len / cols,
                }
            } else {
                let y = (offset / cols).floor();
                Rect {
                    x: offset - y * cols,
                    y,
                    w: len,
                    h: 1.0,
                }
            });
        }
    }
    NetworkMap {
        vpc,
        vpc_net,
        cols,
        rows,
        cell,
        subnets,
    }
}

/// `65536` as `65,536`.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// What the table says about a subnet besides its numbers.
pub fn notes(s: &Subnet) -> String {
    let mut notes = Vec::new();
    if s.net.is_none() {
        notes.push("not an IPv4 CIDR block".to_string());
    }
    if s.outside {
        notes.push("outside the VPC".into());
    }
    if !s.overlaps.is_empty() {
        notes.push(format!("overlaps {}", s.overlaps.join(", ")));
    }
    if s.derived {
        notes.push("derived from vpc_cidr".into());
    }
    notes.join("; ")
}

#[cfg(target_arch = "wasm32")]
mod view {
    use super::*;
    use crate::context::{render_effect, Ctx};
    use crate::dom::{h, replace_children, svg, El};
    use leptos::prelude::*;
    use std::net::Ipv4Addr;

    /// Pixels per grid cell, and the margins.
    const CELL: f64 = 22.0;
    const LEFT: f64 = 76.0;
    const TOP: f64 = 2.0;

    /// A coordinate to a tenth of a pixel, written with integer arithmetic (the
    /// page has no other use for float formatting, whose code would only add to
    /// the download).
    fn px(v: f64) -> String {
        let tenths = (v.max(0.0) * 10.0).round() as u64;
        if tenths.is_multiple_of(10) {
            (tenths / 10).to_string()
        } else {
            format!("{}.{}", tenths / 10, tenths % 10)
        }
    }

    pub fn panel(cx: Ctx) -> El {
        let body = h("div");
        let body_el = body.0.clone();
        let map = Memo::new(move |_| {
            cx.checked
                .with(|ch| layout(cx.form.module(), &ch.values, &cx.form.limits))
        });
        render_effect(move |_| map.with(|m| replace_children(&body_el, render(m))));
        h("section")
            .cls("panel network")
            .a("aria-labelledby", "network-title")
            .c(h("h2").id("network-title").t("Network"))
            .c(body)
    }

    fn render(m: &NetworkMap) -> Vec<El> {
        let Some(vpc) = m.vpc_net else {
            return vec![h("p").cls("note").t(&format!(
                "vpc_cidr {:?} is not an IPv4 CIDR block, so there is no address range to draw.",
                m.vpc
            ))];
        };
        let total = m.cell * m.cols * m.rows;
        let caption = if m.cell == 1 {
            format!(
                "VPC {}: {} addresses; each square is one address.",
                m.vpc,
                thousands(total)
            )
        } else {
            format!(
                "VPC {}: {} addresses; each square is a /{} ({} addresses).",
                m.vpc,
                thousands(total),
                32 - m.cell.trailing_zeros(),
                thousands(m.cell)
            )
        };
        let (grid_w, grid_h) = (m.cols as f64 * CELL, m.rows as f64 * CELL);
        let first = u32::from(vpc.net.network());
        let mut shapes = vec![svg("rect")
            .cls("vpc")
            .a("x", &px(LEFT))
            .a("y", &px(TOP))
            .a("width", &px(grid_w))
            .a("height", &px(grid_h))];
        for i in 0..=m.cols {
            let x = px(LEFT + i as f64 * CELL);
            shapes.push(
                svg("line")
                    .cls("grid")
                    .a("x1", &x)
                    .a("y1", &px(TOP))
                    .a("x2", &x)
                    .a("y2", &px(TOP + grid_h)),
            );
        }
        for j in 0..=m.rows {
            let y = px(TOP + j as f64 * CELL);
            shapes.push(
                svg("line")
                    .cls("grid")
                    .a("x1", &px(LEFT))
                    .a("y1", &y)
                    .a("x2", &px(LEFT + grid_w))
                    .a("y2", &y),
            );
        }
        for r in 0..m.rows {
            let addr = Ipv4Addr::from(first.wrapping_add((r * m.cols * m.cell) as u32));
            shapes.push(
                svg("text")
                    .cls("row-label")
                    .a("x", &px(LEFT - 6.0))
                    .a("y", &px(TOP + r as f64 * CELL + CELL * 0.68))
                    .a("text-anchor", "end")
                    .t(&addr.to_string()),
            );
        }
        // The red ones last, so an overlap shows on top.
        let (good, bad): (Vec<&Subnet>, Vec<&Subnet>) = m.subnets.iter().partition(|s| !s.bad());
        for s in good.into_iter().chain(bad) {
            let Some(r) = s.rect else { continue };
            let (x, y, w, hh) = (LEFT + r.x * CELL, TOP + r.y * CELL, r.w * CELL, r.h * CELL);
            let label = if w >= 60.0 {
                format!("{} {}", s.kind.name(), s.index + 1)
            } else {
                (s.index + 1).to_string()
            };
            let class = format!(
                "subnet {}{}",
                s.kind.name(),
                if s.bad() { " bad" } else { "" }
            );
            let tip = format!(
                "{} subnet {} in {}: {}",
                s.kind.name(),
                s.index + 1,
                s.zone,
                s.cidr
            );
            let rect = svg("rect")
                .a("x", &px(x))
                .a("y", &px(y))
                .a("width", &px(w))
                .a("height", &px(hh))
                .a("rx", "2")
                .c(svg("title").t(&tip));
            let text = (w >= 12.0 && hh >= 12.0).then(|| {
                svg("text")
                    .cls("subnet-label")
                    .a("x", &px(x + w / 2.0))
                    .a("y", &px(y + hh / 2.0 + 4.0))
                    .a("text-anchor", "middle")
                    .t(&label)
            });
            shapes.push(svg("g").cls(&class).c(rect).c_opt(text));
        }
        let strays: Vec<&str> = m
            .subnets
            .iter()
            .filter(|s| s.rect.is_none())
            .map(|s| s.cidr.as_str())
            .collect();
        let description = format!(
            "{caption} {} subnets are drawn where their addresses lie in the VPC's range{}",
            m.subnets.len(),
            if strays.is_empty() {
                ".".to_string()
            } else {
                format!("; not drawn, outside the range: {}.", strays.join(", "))
            }
        );
        let picture = svg("svg")
            .cls("subnet-map")
            .a(
                "viewBox",
                &format!("0 0 {} {}", px(LEFT + grid_w + 2.0), px(TOP + grid_h + 2.0)),
            )
            .a("role", "img")
            .a("aria-labelledby", "network-svg-title network-svg-desc")
            .c(svg("title")
                .id("network-svg-title")
                .t("Subnets in the VPC's address range"))
            .c(svg("desc").id("network-svg-desc").t(&description))
            .cs(shapes);
        let swatch = |class: &str| {
            h("span")
                .cls(&format!("swatch {class}"))
                .a("aria-hidden", "true")
        };
        let legend = h("p")
            .cls("legend")
            .c(swatch("public"))
            .t(" public ")
            .c(swatch("private"))
            .t(" private ")
            .c(swatch("bad"))
            .t(" overlapping or outside the VPC");
        let th = |t: &str, class: &str| h("th").a("scope", "col").cls(class).t(t);
        let rows = m
            .subnets
            .iter()
            .map(|s| {
                let td = |t: &str, class: &str| h("td").cls(class).t(t);
                h("tr").cls(if s.bad() { "bad" } else { "" }).cs(vec![
                    td(&format!("{} {}", s.kind.name(), s.index + 1), ""),
                    td(&s.zone, ""),
                    h("td").c(h("code").t(&s.cidr)),
                    td(&s.addresses().map(thousands).unwrap_or_default(), "num"),
                    td(&s.usable().map(thousands).unwrap_or_default(), "num"),
                    td(&notes(s), ""),
                ])
            })
            .collect();
        let table = h("table").cls("subnets").cs(vec![
            h("caption")
                .cls("sr-only")
                .t("Subnets, one public and one private per availability zone"),
            h("thead").c(h("tr").cs(vec![
                th("Subnet", ""),
                th("Zone", ""),
                th("CIDR", ""),
                th("Addresses", "num"),
                th("Usable", "num"),
                th("Notes", ""),
            ])),
            h("tbody").cs(rows),
        ]);
        vec![
            h("p").cls("note").t(&caption),
            picture,
            legend,
            table,
            h("p")
                .cls("note")
                .t("Usable: AWS reserves 5 addresses in every subnet."),
        ]
    }
}

#[cfg(target_arch = "wasm32")]
pub use view::panel;

#[cfg(test)]
mod tests {
    use super::*;

    fn map(given: &[(&str, Value)]) -> NetworkMap {
        let checker = tfcheck_ecs::checker();
        let m = checker.module();
        let given: BTreeMap<String, Value> = given
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect();
        let values = checker.check_values(&given, &Limits::default()).values;
        layout(m, &values, &Limits::default())
    }

    fn list(items: &[&str]) -> Value {
        Value::Tuple(items.iter().map(|s| Value::string(*s)).collect())
    }

    #[test]
    fn defaults_place_the_derived_subnets() {
        let m = map(&[]);
        assert_eq!((m.cols, m.rows, m.cell), (16, 16, 256));
        let cidrs: Vec<&str> = m.subnets.iter().map(|s| s.cidr.as_str()).collect();
        assert_eq!(
            cidrs,
            [
                "10.0.240.0/24",
                "10.0.241.0/24",
                "10.0.0.0/20",
                "10.0.16.0/20"
            ]
        );
        assert!(m.subnets.iter().all(|s| s.derived && !s.bad()));
        assert_eq!(
            m.subnets[0].rect,
            Some(Rect {
                x: 0.0,
                y: 15.0,
                w: 1.0,
                h: 1.0
            })
        );
        assert_eq!(
            m.subnets[1].rect,
            Some(Rect {
                x: 1.0,
                y: 15.0,
                w: 1.0,
                h: 1.0
            })
        );
        assert_eq!(
            m.subnets[3].rect,
            Some(Rect {
                x: 0.0,
                y: 1.0,
                w: 16.0,
                h: 1.0
            })
        );
        assert_eq!(m.subnets[2].usable(), Some(4091));
        assert_eq!(m.subnets[0].zone, "zone 1");
    }

    #[test]
    fn overlaps_and_strays_are_marked() {
        let m = map(&[
            ("availability_zones", list(&["eu-west-1a", "eu-west-1b"])),
            ("public_subnet_cidrs", list(&["10.0.0.0/24", "10.1.0.0/24"])),
            (
                "private_subnet_cidrs",
                list(&["10.0.0.0/20", "10.0.16.0/20"]),
            ),
        ]);
        let by = |c: &str| m.subnets.iter().find(|s| s.cidr == c).unwrap();
        assert_eq!(by("10.0.0.0/24").overlaps, ["10.0.0.0/20"]);
        assert_eq!(by("10.0.0.0/20").overlaps, ["10.0.0.0/24"]);
        assert!(by("10.1.0.0/24").outside && by("10.1.0.0/24").rect.is_none());
        assert!(!by("10.0.16.0/20").bad());
        assert_eq!(by("10.0.16.0/20").zone, "eu-west-1b");
        assert!(!by("10.0.16.0/20").derived);
    }

    #[test]
    fn small_vpcs_get_one_cell_per_address_group() {
        let m = map(&[
            ("vpc_cidr", Value::string("10.0.0.0/24")),
            (
                "public_subnet_cidrs",
                list(&["10.0.0.0/28", "10.0.0.16/28"]),
            ),
            (
                "private_subnet_cidrs",
                list(&["10.0.0.128/26", "10.0.0.192/26"]),
            ),
        ]);
        assert_eq!((m.cols, m.rows, m.cell), (16, 16, 1));
        assert_eq!(
            m.subnets[1].rect,
            Some(Rect {
                x: 0.0,
                y: 1.0,
                w: 16.0,
                h: 1.0
            })
        );
        let m = map(&[("vpc_cidr", Value::string("10.0.0.0/28"))]);
        assert_eq!((m.cols, m.rows, m.cell), (16, 1, 1));
    }

    #[test]
    fn numbers_and_notes_read_well() {
        assert_eq!(thousands(65536), "65,536");
        assert_eq!(thousands(251), "251");
        assert_eq!(thousands(1_000_000), "1,000,000");
        let m = map(&[]);
        assert_eq!(notes(&m.subnets[0]), "derived from vpc_cidr");
    }

    #[test]
    fn an_invalid_vpc_draws_nothing() {
        let m = map(&[("vpc_cidr", Value::string("banana"))]);
        assert!(m.vpc_net.is_none());
        assert_eq!(m.rows, 0);
        assert!(m.subnets.iter().all(|s| s.rect.is_none()));
    }
}
