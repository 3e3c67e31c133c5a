//! Three curves recorded with the CLI (the gate and dose sweeps, and the study's channel's dose),
//! shown at once in the animals tab: a curve needs several full runs, too many to wait for in a
//! workshop. Test ids: `curve-gate`, `curve-dose`, `curve-study-dose`.

use leptos::prelude::*;
use subliminal_app::curves::{dose, gate, study_dose, RecordedCurve, DOSE, GATE, STUDY_DOSE};
use subliminal_app::i18n::{signed, signed_interval};
use subliminal_app::text::curves as t;

use super::charts::GroupedBars;

/// One recorded curve: bars of the mean change per setting and line, and a table with the
/// intervals.
#[component]
fn Curve(
    testid: &'static str,
    title: String,
    explain: String,
    #[prop(default = t::p_owl())] of: String,
    curve: Result<RecordedCurve, String>,
) -> impl IntoView {
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
                            view! { <td>{format!("{} {}", signed(mean, 1), signed_interval([lo, hi], 1))}</td> }
                        })
                        .collect_view();
                    view! { <tr><th scope="row">{category.clone()}</th>{cells}</tr> }
                })
                .collect_view();
            view! {
                <GroupedBars title=t::chart(&title, &of) categories=curve.categories.clone() series=series />
                <table class="results">
                    <caption>{t::caption(&of, curve.seeds)}</caption>
                    <thead><tr><th scope="col">{t::setting()}</th>{header}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            }
            .into_any()
        }
    };
    let label = title.clone();
    view! {
        <section class="probes" data-testid=testid aria-label=label>
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
            <summary>{t::summary()}</summary>
            <p class="explain">{t::explain()}</p>
            <Curve testid="curve-gate" title=t::gate() explain=t::gate_explain() curve=gate(GATE) />
            <Curve testid="curve-dose" title=t::dose() explain=t::dose_explain()
                curve=dose(DOSE) />
            <Curve testid="curve-study-dose" title=t::study_dose() explain=t::study_dose_explain() of=t::p_animal()
                curve=study_dose(STUDY_DOSE) />
        </details>
    }
}
