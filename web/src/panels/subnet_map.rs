//! The network panel: the layout of `crate::subnet_map` for the checked values,
//! drawn as SVG with a table.

use crate::context::{render_effect, Ctx};
use crate::dom::{h, replace_children, svg, El};
use crate::subnet_map::*;
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
