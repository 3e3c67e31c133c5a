//! Predict before the run, reflect after it: the form above the Run button and the table under
//! the result. The prediction is kept in the browser, so a reload does not lose it.

use leptos::prelude::*;
use subliminal_app::predict::{judge, Prediction};
use subliminal_model::owl::experiment::OwlReport;

use super::state::page_state;
use super::storage;

const KEY: &str = "subliminal-prediction";

/// The prediction kept from an earlier visit, if any.
pub fn stored() -> Prediction {
    storage::get(KEY).and_then(|json| serde_json::from_str(&json).ok()).unwrap_or_default()
}

/// One yes/no question as two radio buttons.
#[component]
fn YesNo(name: &'static str, legend: &'static str, get: Signal<Option<bool>>, set: Callback<bool>) -> impl IntoView {
    view! {
        <fieldset class="yes-no">
            <legend>{legend}</legend>
            <label><input type="radio" name=name data-testid=format!("{name}-yes") prop:checked=move || get.get() == Some(true) on:change=move |_| set.run(true) />" yes"</label>
            <label><input type="radio" name=name data-testid=format!("{name}-no") prop:checked=move || get.get() == Some(false) on:change=move |_| set.run(false) />" no"</label>
        </fieldset>
    }
}

/// The prediction form (`prediction`).
#[component]
pub fn PredictionForm() -> impl IntoView {
    let state = page_state();
    let prediction = state.prediction;
    let update = move |change: &dyn Fn(&mut Prediction)| {
        prediction.update(|p| change(p));
        storage::set(KEY, &serde_json::to_string(&prediction.get_untracked()).unwrap_or_default());
    };
    let same = Signal::derive(move || prediction.get().same_init_rises);
    let cross = Signal::derive(move || prediction.get().different_init_rises);
    view! {
        <details class="prediction" data-testid="prediction" open>
            <summary>"Before you run: what do you expect?"</summary>
            <p class="explain">"Commit to an answer first; the result will be set against it."</p>
            <YesNo name="predict-same" legend="Will the student that shares the teacher's start come to prefer the owl more?" get=same
                set=Callback::new(move |v| update(&|p: &mut Prediction| p.same_init_rises = Some(v))) />
            <YesNo name="predict-cross" legend="Will the student from another start?" get=cross
                set=Callback::new(move |v| update(&|p: &mut Prediction| p.different_init_rises = Some(v))) />
            <label>"By how many points will the first student's P(owl) change? "
                <input type="number" step="any" data-testid="predict-points" prop:value=move || prediction.get().same_init_points.map(|p| p.to_string()).unwrap_or_default()
                    on:input=move |ev| { let value = event_target_value(&ev).trim().parse::<f64>().ok(); update(&|p: &mut Prediction| p.same_init_points = value) } />
            </label>
        </details>
    }
}

/// The prediction against a finished run (`prediction-result`), when one was made.
#[component]
pub fn PredictionResult(report: OwlReport) -> impl IntoView {
    let state = page_state();
    move || {
        let prediction = state.prediction.get();
        (!prediction.is_empty()).then(|| {
            let rows = judge(&prediction, &report)
                .into_iter()
                .map(|j| {
                    let verdict = match j.right {
                        Some(true) => "right",
                        Some(false) => "not this time",
                        None => "",
                    };
                    view! { <tr><th scope="row">{j.question}</th><td>{j.predicted}</td><td>{j.measured}</td><td>{verdict}</td></tr> }
                })
                .collect_view();
            view! {
                <table class="results" data-testid="prediction-result">
                    <caption>"Your prediction against this run"</caption>
                    <thead><tr><th scope="col">"question"</th><th scope="col">"you said"</th><th scope="col">"the run"</th><th scope="col">"verdict"</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
                <p class="explain discuss">"To discuss: what did you expect, and why? What would have to be true of the numbers for the first student to change while the second does not?"</p>
            }
        })
    }
}
