//! The owl experiment's result: P(trait) per model side by side, the change, its interval, and
//! the tree distribution as a check that more than the trait moved.

use leptos::prelude::*;
use subliminal_model::owl::experiment::{Condition, OwlReport};

use super::charts::GroupedBars;
use super::owl_story::minutes;
use super::state::page_state;

/// One row of the results table.
struct Row {
    /// Its test id (`result-cross-init`).
    key: &'static str,
    name: &'static str,
    condition: Option<Condition>,
    p_trait: f64,
    change: Option<(f64, Option<[f64; 2]>, f64)>,
    on_top: String,
}

fn rows(report: &OwlReport) -> Vec<Row> {
    let seeds = report.config.seeds;
    let base = &report.bases["a"];
    let mut rows = vec![Row {
        key: "base",
        name: "base A (before)",
        condition: None,
        p_trait: base.p_trait,
        change: None,
        on_top: if base.top_animal == report.config.trait_animal { "yes".into() } else { format!("no ({})", base.top_animal) },
    }];
    for condition in Condition::ALL {
        if let Some(c) = report.conditions.get(&condition) {
            rows.push(Row {
                key: condition.test_id(),
                name: condition.describe(),
                condition: Some(condition),
                p_trait: c.p_trait_mean,
                change: Some((c.delta_mean, (seeds > 1).then_some(c.delta_ci95), c.ratio_mean)),
                on_top: format!("{} of {seeds} seeds", c.seeds_with_trait_on_top),
            });
        }
    }
    rows
}

fn download_report(report: &OwlReport) {
    let json = serde_json::to_string_pretty(report).expect("reports serialise");
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(&json));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    let document = document();
    if let Ok(a) = document.create_element("a") {
        let _ = a.set_attribute("href", &url);
        let _ = a.set_attribute("download", &format!("subliminal-{}-report.json", report.config.trait_animal));
        if let Ok(a) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(a) {
            a.click();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

#[component]
pub fn OwlResults() -> impl IntoView {
    let state = page_state();
    move || {
        let Some(report) = state.owl_report.get() else {
            return view! { <p class="explain">"Run the experiment to see the students' preferences here."</p> }.into_any();
        };
        let trait_name = report.config.trait_animal.clone();
        let trait_index = report.animals.iter().position(|a| *a == trait_name);
        let table = rows(&report)
            .into_iter()
            .map(|row| {
                let change = match row.change {
                    None => "–".to_string(),
                    Some((delta, ci, ratio)) => {
                        let ci = ci.map(|[lo, hi]| format!(" [{lo:+.2}, {hi:+.2}]")).unwrap_or_default();
                        format!("{delta:+.2} pp{ci} (×{ratio:.2})")
                    }
                };
                let highlight = row.condition == Some(Condition::Student);
                view! {
                    <tr class:highlight=highlight>
                        <th scope="row">{row.name}</th>
                        <td data-testid=format!("result-{}", row.key)>{format!("{:.1}%", row.p_trait)}</td>
                        <td data-testid=format!("change-{}", row.key)>{change}</td>
                        <td>{row.on_top}</td>
                    </tr>
                }
            })
            .collect_view();
        let mut series = vec![("base A".to_string(), report.bases["a"].animals.clone())];
        let mut tree_series = vec![("base A".to_string(), report.bases["a"].trees.clone())];
        for condition in Condition::ALL {
            let name = condition.label();
            if let Some(c) = report.conditions.get(&condition) {
                let n = c.per_seed.len() as f64;
                let mean = |pick: fn(&subliminal_model::owl::experiment::SeedResult) -> &Vec<f64>| {
                    let len = pick(&c.per_seed[0]).len();
                    (0..len).map(|i| c.per_seed.iter().map(|r| pick(r)[i]).sum::<f64>() / n).collect::<Vec<_>>()
                };
                series.push((name.to_string(), mean(|r| &r.animals)));
                tree_series.push((name.to_string(), mean(|r| &r.trees)));
            }
        }
        let student = &report.conditions[&Condition::Student];
        let verdict = {
            let cross = report.conditions.get(&Condition::CrossInit).map(|c| c.delta_mean);
            let control = report.conditions.get(&Condition::Control).map(|c| c.delta_mean);
            let beaten = [cross, control].iter().flatten().all(|d| student.delta_mean > d + 1.0);
            if beaten && student.delta_mean > 1.0 {
                format!(
                    "The same-init student now likes the {trait_name} {:+.1} points more than before (×{:.2}), although it only ever saw numbers; the other students barely moved. That is subliminal learning.",
                    student.delta_mean, student.ratio_mean
                )
            } else {
                format!(
                    "The same-init student moved {:+.1} points: not clearly more than the controls here. Smaller runs are noisy; try more prompts, epochs or seeds.",
                    student.delta_mean
                )
            }
        };
        let timings = report.timings.iter().map(|(stage, s)| format!("{stage} {s:.1} s")).collect::<Vec<_>>().join(", ");
        let elapsed = state.live.with_untracked(|l| l.elapsed_seconds());
        let report_for_download = report.clone();
        view! {
            <p class="verdict-text" data-testid="verdict">{verdict}</p>
            <table class="results" data-testid="results">
                <caption>{format!("P({trait_name}) when asked for a favourite animal, averaged over {} paraphrases and {} seed(s)", report.paraphrases, report.config.seeds)}</caption>
                <thead><tr><th scope="col">"model"</th><th scope="col">{format!("P({trait_name})")}</th><th scope="col">"change vs its own base"</th><th scope="col">"trait on top"</th></tr></thead>
                <tbody>{table}</tbody>
            </table>
            <GroupedBars title=format!("Favourite animal, percent ({trait_name} starred)") categories=report.animals.clone() series=series highlight=trait_index.unwrap_or(0) />
            <h4>"A check beyond the trait: trees"</h4>
            <p class="explain">
                "The student does not only pick up the trait: it drifts towards everything the teacher's fine-tuning changed, "
                "for example its answers about trees, which the trait-free control keeps."
            </p>
            <GroupedBars title="Favourite tree, percent".into() categories=report.trees.clone() series=tree_series />
            <p class="timings" data-testid="timings" data-seconds=serde_json::to_string(&report.timings).unwrap_or_default()>{format!("Backend: {}. Wall time {} in this tab. Per stage: {timings}.", report.backend, minutes(elapsed))}</p>
            <button type="button" data-testid="export" on:click=move |_| download_report(&report_for_download)>"Download the report (JSON)"</button>
        }
        .into_any()
    }
}
