//! Two curves recorded with the CLI (the gate and dose sweeps), shown at once in the animals tab:
//! a curve needs several full runs, too many to wait for in a workshop. Test ids: `curve-gate`,
//! `curve-dose`.

use leptos::prelude::*;
use subliminal_app::curves::{dose, gate, RecordedCurve, DOSE, GATE};

use super::charts::GroupedBars;

/// One recorded curve: bars of the mean change per setting and line, and a table with the
/// intervals.
#[component]
fn Curve(testid: &'static str, title: &'static str, explain: &'static str, curve: Result<RecordedCurve, String>) -> impl IntoView {
    let body = match curve {
        Err(message) => view! { <p class="failure" role="alert">{message}</p> }.into_any(),
        Ok(curve) => {
            let series: Vec<(String, Vec<f64>)> =
                curve.lines.iter().map(|(label, values)| (label.clone(), values.iter().map(|v| v[0]).collect())).collect();
            let header = curve.lines.iter().map(|(label, _)| view! { <th scope="col">{label.clone()}</th> }).collect_view();
            let rows = curve
                .categories
                .iter()
                .enumerate()
                .map(|(i, category)| {
                    let cells = curve
                        .lines
                        .iter()
                        .map(|(_, values)| {
                            let [mean, lo, hi] = values[i];
                            view! { <td>{format!("{mean:+.1} [{lo:+.1}, {hi:+.1}]")}</td> }
                        })
                        .collect_view();
                    view! { <tr><th scope="row">{category.clone()}</th>{cells}</tr> }
                })
                .collect_view();
            view! {
                <GroupedBars title=format!("{title}: change in P(owl), points") categories=curve.categories.clone() series=series />
                <table class="results">
                    <caption>{format!("Change in P(owl), points, mean [95% interval] over {} seeds", curve.seeds)}</caption>
                    <thead><tr><th scope="col">"setting"</th>{header}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            }
            .into_any()
        }
    };
    view! {
        <section class="probes" data-testid=testid aria-label=title>
            <h4>{title}</h4>
            <p class="explain">{explain}</p>
            {body}
        </section>
    }
}

#[component]
pub fn RecordedCurves() -> impl IntoView {
    view! {
        <details class="recorded-curves">
            <summary>"Two curves, recorded: the gate and the dose"</summary>
            <p class="explain">
                "Recorded with the command-line tool at this page's default settings (owl, 3 seeds per point, on a 2-core "
                "CPU; remade by scripts/record-curves.sh). Each point is a full run; run any one of them here by setting "
                "its value under More settings."
            </p>
            <Curve testid="curve-gate" title="The gate"
                explain="How far from the teacher's start can a student begin and still inherit? Base A moved by noise of relative scale σ before it learns the same numbers. The study: only a shared start transmits."
                curve=gate(GATE) />
            <Curve testid="curve-dose" title="The dose"
                explain="The same-init student's change against how many of the teacher's completions it learns from, and for how many epochs."
                curve=dose(DOSE) />
        </details>
    }
}
