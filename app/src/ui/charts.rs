//! Small SVG charts. Colours are the Okabe-Ito palette (distinguishable with the common colour
//! vision deficiencies), and every chart carries a text description for screen readers.

use leptos::prelude::*;
use subliminal_app::i18n::{fixed, percent};
use subliminal_app::text::charts;

use super::chart_export::ChartExport;

/// All eight Okabe-Ito colours, yellow last (the faintest on white), then grey and Tol's wine: a
/// run with every control has ten models, and no two may share a colour.
pub const PALETTE: [&str; 10] =
    ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000", "#F0E442", "#999999", "#882255"];

/// A line: its label and its (x, y) points.
pub use subliminal_app::live::Curve;

const WIDTH: f64 = 520.0;
const HEIGHT: f64 = 200.0;
const LEFT: f64 = 44.0;
const RIGHT: f64 = 12.0;
const TOP: f64 = 10.0;
const BOTTOM: f64 = 26.0;

fn fmt_tick(v: f64) -> String {
    // A cosine of -0.001 is drawn at the axis; its tick reads 0, not "-0.00".
    let v = if v.abs() < 0.005 { 0.0 } else { v };
    if v.abs() >= 100.0 || v == v.round() {
        fixed(v, 0)
    } else {
        fixed(v, 2)
    }
}

/// One swatch per series, in palette order.
fn legend<'a>(names: impl Iterator<Item = &'a String>) -> AnyView {
    let items = names
        .enumerate()
        .map(|(i, name)| {
            view! {
                <span class="legend-item">
                    <span class="swatch" style:background=PALETTE[i % PALETTE.len()]></span>
                    {name.clone()}
                </span>
            }
        })
        .collect_view();
    view! { <div class="legend">{items}</div> }.into_any()
}

/// Lines over steps, one per series, with a legend.
#[component]
pub fn LineChart(
    #[prop(into)] title: String,
    #[prop(into)] x_label: String,
    #[prop(into)] y_label: String,
    #[prop(into)] series: Signal<Vec<Curve>>,
    /// Fixed y range, or `None` to fit the data.
    #[prop(optional)]
    y_range: Option<(f64, f64)>,
    /// The test id stem of its Save buttons (`<id>-svg`, `<id>-png`).
    #[prop(optional)]
    export: Option<String>,
) -> impl IntoView {
    let stem = file_stem(&title);
    let chart = move || {
        let series = series.get();
        let points = series.iter().flat_map(|(_, p)| p.iter());
        let (mut x_max, mut y_min, mut y_max) = (1.0f64, f64::INFINITY, f64::NEG_INFINITY);
        for &(x, y) in points {
            if y.is_finite() {
                x_max = x_max.max(x);
                y_min = y_min.min(y);
                y_max = y_max.max(y);
            }
        }
        let (y_min, y_max) = match y_range {
            Some(range) => range,
            None if y_min.is_finite() => (y_min.min(0.0), if y_max > y_min { y_max } else { y_min + 1.0 }),
            None => (0.0, 1.0),
        };
        let sx = move |x: f64| LEFT + x / x_max * (WIDTH - LEFT - RIGHT);
        let sy = move |y: f64| TOP + (1.0 - (y - y_min) / (y_max - y_min)) * (HEIGHT - TOP - BOTTOM);
        let description = series
            .iter()
            .filter_map(|(label, p)| p.last().map(|(_, y)| charts::last_value(label, &fmt_tick(*y))))
            .collect::<Vec<_>>()
            .join("; ");
        let lines = series
            .iter()
            .enumerate()
            .map(|(i, (_, p))| {
                let d = p
                    .iter()
                    .filter(|(_, y)| y.is_finite())
                    .enumerate()
                    .map(|(k, &(x, y))| format!("{}{:.1},{:.1}", if k == 0 { "M" } else { "L" }, sx(x), sy(y)))
                    .collect::<String>();
                view! { <path d=d fill="none" stroke=PALETTE[i % PALETTE.len()] stroke-width="2" /> }
            })
            .collect_view();
        let legend = legend(series.iter().map(|(label, _)| label));
        view! {
            <svg class="chart" viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-label=format!("{title}. {description}")>
                <title>{title.clone()}</title>
                <line x1=LEFT y1=TOP x2=LEFT y2=HEIGHT - BOTTOM class="axis" />
                <line x1=LEFT y1=HEIGHT - BOTTOM x2=WIDTH - RIGHT y2=HEIGHT - BOTTOM class="axis" />
                <text x=LEFT - 4.0 y=TOP + 8.0 text-anchor="end" class="tick">{fmt_tick(y_max)}</text>
                <text x=LEFT - 4.0 y=HEIGHT - BOTTOM text-anchor="end" class="tick">{fmt_tick(y_min)}</text>
                <text x=WIDTH - RIGHT y=HEIGHT - 8.0 text-anchor="end" class="tick">{format!("{x_label} {}", fmt_tick(x_max))}</text>
                <text x=LEFT + 4.0 y=HEIGHT - 8.0 class="tick">{y_label.clone()}</text>
                {lines}
            </svg>
            {legend}
        }
    };
    view! { <figure class="line-chart">{chart}<ChartExport file_stem=stem test_id=export /></figure> }
}

/// Horizontal grouped bars: for each category (an animal, a tree), one bar per model.
#[component]
pub fn GroupedBars(
    title: String,
    categories: Vec<String>,
    /// (model name, value in percent per category)
    series: Vec<(String, Vec<f64>)>,
    /// The category to highlight (the trait).
    #[prop(optional)]
    highlight: Option<usize>,
    /// The test id stem of its Save buttons (`<id>-svg`, `<id>-png`).
    #[prop(optional)]
    export: Option<String>,
) -> impl IntoView {
    let bar = 9.0;
    let group = bar * series.len() as f64 + 8.0;
    // Wide enough for the longest category ("20000 samples"), at about 6.5 px a character.
    let longest = categories.iter().map(|c| c.chars().count()).max().unwrap_or(0);
    let label_width = (longest as f64 * 6.5 + 8.0).max(80.0);
    let width = 520.0;
    let height = group * categories.len() as f64 + 4.0;
    let max = series.iter().flat_map(|(_, v)| v.iter().copied()).fold(1.0f64, f64::max);
    let scale = move |v: f64| v / max * (width - label_width - 50.0);
    let description = categories
        .iter()
        .enumerate()
        .map(|(c, name)| {
            let values = series.iter().map(|(s, v)| format!("{s} {}", percent(v[c], 1))).collect::<Vec<_>>().join(", ");
            format!("{name}: {values}")
        })
        .collect::<Vec<_>>()
        .join("; ");
    let rows = categories
        .iter()
        .enumerate()
        .map(|(c, name)| {
            let y0 = c as f64 * group + 2.0;
            let bars = series
                .iter()
                .enumerate()
                .map(|(s, (_, values))| {
                    let y = y0 + s as f64 * bar;
                    let w = scale(values[c]).max(0.5);
                    view! {
                        <rect x=label_width y=y width=w height=bar - 1.0 fill=PALETTE[s % PALETTE.len()] />
                        <text x=label_width + w + 3.0 y=y + bar - 2.0 class="tick">{fixed(values[c], 1)}</text>
                    }
                })
                .collect_view();
            let strong = highlight == Some(c);
            view! {
                <text x=label_width - 6.0 y=y0 + group / 2.0 text-anchor="end" class:trait-label=strong class="category">
                    {if strong { format!("★ {name}") } else { name.clone() }}
                </text>
                {bars}
            }
        })
        .collect_view();
    let legend = legend(series.iter().map(|(name, _)| name));
    view! {
        <figure class="bar-chart">
            <svg class="chart" viewBox=format!("0 0 {width} {height}") role="img" aria-label=format!("{title}. {description}")>
                <title>{title.clone()}</title>
                {rows}
            </svg>
            {legend}
            <ChartExport file_stem=file_stem(&title) test_id=export />
        </figure>
    }
}

/// A file name for a chart, from its title: "Favourite tree, percent" -> "favourite-tree-percent".
fn file_stem(title: &str) -> String {
    let words: Vec<String> = title.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    words.join("-")
}
