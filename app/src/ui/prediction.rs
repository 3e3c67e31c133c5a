//! Predict before the run, reflect after it: the form above the Run button and the table under
//! the result. The prediction is kept in the browser, so a reload does not lose it.

use leptos::prelude::*;
use subliminal_app::predict::{judge, Prediction};
use subliminal_app::text::prediction as t;
use subliminal_model::owl::report::OwlReport;

use super::state::workshop;
use super::storage;

const KEY: &str = "subliminal-prediction";

/// The prediction kept from an earlier visit, if any.
pub fn stored() -> Prediction {
    storage::get(KEY)
}

/// One yes/no question as two radio buttons.
#[component]
fn YesNo(name: &'static str, legend: String, get: Signal<Option<bool>>, set: Callback<bool>) -> impl IntoView {
    view! {
        <fieldset class="yes-no">
            <legend>{legend}</legend>
            <label><input type="radio" name=name data-testid=format!("{name}-yes") prop:checked=move || get.get() == Some(true) on:change=move |_| set.run(true) />{t::yes()}</label>
            <label><input type="radio" name=name data-testid=format!("{name}-no") prop:checked=move || get.get() == Some(false) on:change=move |_| set.run(false) />{t::no()}</label>
        </fieldset>
    }
}

/// The prediction form (`prediction`).
#[component]
pub fn PredictionForm() -> impl IntoView {
    let prediction = workshop().prediction;
    let update = move |change: &dyn Fn(&mut Prediction)| {
        prediction.update(|p| change(p));
        prediction.with_untracked(|p| storage::set(KEY, p));
    };
    let same = Signal::derive(move || prediction.get().same_init_rises);
    let cross = Signal::derive(move || prediction.get().different_init_rises);
    view! {
        <details class="prediction" data-testid="prediction" open>
            <summary>{t::ask()}</summary>
            <p class="explain">{t::commit()}</p>
            <YesNo name="predict-same" legend=t::same_init() get=same
                set=Callback::new(move |v| update(&|p: &mut Prediction| p.same_init_rises = Some(v))) />
            <YesNo name="predict-cross" legend=t::cross_init() get=cross
                set=Callback::new(move |v| update(&|p: &mut Prediction| p.different_init_rises = Some(v))) />
            <label>{t::points()}
                <input type="number" step="any" data-testid="predict-points" prop:value=move || prediction.get().same_init_points.map(|p| p.to_string()).unwrap_or_default()
                    on:input=move |ev| { let value = event_target_value(&ev).trim().parse::<f64>().ok(); update(&|p: &mut Prediction| p.same_init_points = value) } />
            </label>
        </details>
    }
}

/// The prediction against a finished run (`prediction-result`), when one was made.
#[component]
pub fn PredictionResult(report: OwlReport) -> impl IntoView {
    let prediction = workshop().prediction;
    move || {
        let prediction = prediction.get();
        (!prediction.is_empty()).then(|| {
            let rows = judge(&prediction, &report)
                .into_iter()
                .map(|j| {
                    let verdict = match j.right {
                        Some(true) => t::right(),
                        Some(false) => t::wrong(),
                        None => String::new(),
                    };
                    view! { <tr><th scope="row">{j.question}</th><td>{j.predicted}</td><td>{j.measured}</td><td>{verdict}</td></tr> }
                })
                .collect_view();
            view! {
                <table class="results" data-testid="prediction-result">
                    <caption>{t::caption()}</caption>
                    <thead><tr>{t::columns().map(|c| view! { <th scope="col">{c}</th> })}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
                <p class="explain discuss">{t::discuss()}</p>
            }
        })
    }
}
