//! The cost panel: the estimate of `crate::cost` for the checked values, as a
//! table.

use crate::context::{render_effect, Ctx};
use crate::cost::*;
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
