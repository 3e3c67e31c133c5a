//! The runs this browser finished, kept (capped, with a Clear button), and two or more of them
//! side by side (`compare`).

use leptos::prelude::*;
use subliminal_app::compare::{describe, differences, read_kept, remember, rows, slim, SavedRun, KEEP};
use subliminal_app::text::compare as t;
use subliminal_model::owl::report::OwlReport;

use super::state::{workshop, Workshop};
use super::storage;

const KEY: &str = "subliminal-runs";

/// The runs kept from earlier visits, and how many of them no longer read.
pub fn stored() -> (Vec<SavedRun>, usize) {
    storage::get_text(KEY).map(|json| read_kept(&json)).unwrap_or_default()
}

/// Keeps a finished run, newest first.
pub fn keep(state: Workshop, report: &OwlReport) {
    let time = js_sys::Date::new_0();
    let label = format!("{}, {:02}:{:02}", describe(&report.config), time.get_hours(), time.get_minutes());
    state.saved_runs.update(|runs| remember(runs, SavedRun { label, report: slim(report) }));
    state.saved_runs.with_untracked(|runs| storage::set(KEY, runs));
}

#[component]
pub fn CompareCard() -> impl IntoView {
    let state = workshop();
    let picked = RwSignal::new(Vec::<usize>::new());
    let clear = move |_| {
        state.saved_runs.set(Vec::new());
        picked.set(Vec::new());
        storage::remove(KEY);
    };
    let list = move || {
        state
            .saved_runs
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, run)| {
                let toggle = move |_| picked.update(|p| if let Some(at) = p.iter().position(|&x| x == i) { p.remove(at); } else { p.push(i); });
                view! {
                    <li><label><input type="checkbox" data-testid=format!("compare-pick-{i}") prop:checked=move || picked.get().contains(&i) on:change=toggle />" "{run.label}</label></li>
                }
            })
            .collect_view()
    };
    let table = move || {
        let runs = state.saved_runs.get();
        let mut chosen: Vec<usize> = picked.get().into_iter().filter(|&i| i < runs.len()).collect();
        chosen.sort_unstable();
        (chosen.len() >= 2).then(|| {
            let reports: Vec<&OwlReport> = chosen.iter().map(|&i| &runs[i].report).collect();
            let heads = chosen.iter().map(|&i| view! { <th scope="col">{runs[i].label.clone()}</th> }).collect_view();
            let body = rows(&reports)
                .into_iter()
                .map(|(name, cells)| view! { <tr><th scope="row">{name}</th>{cells.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}</tr> })
                .collect_view();
            let configs: Vec<_> = reports.iter().map(|r| &r.config).collect();
            let differ = differences(&configs);
            let settings = if differ.is_empty() {
                view! { <p class="explain">{t::same_settings()}</p> }.into_any()
            } else {
                let body = differ
                    .into_iter()
                    .map(|(label, values)| view! { <tr><th scope="row">{label}</th>{values.into_iter().map(|v| view! { <td>{v}</td> }).collect_view()}</tr> })
                    .collect_view();
                view! {
                    <table class="results" data-testid="compare-settings">
                        <caption>{t::settings_caption()}</caption>
                        <thead><tr><th scope="col">{t::setting()}</th>{heads.clone()}</tr></thead>
                        <tbody>{body}</tbody>
                    </table>
                }
                .into_any()
            };
            view! {
                <div class="wide">
                    <table class="results" data-testid="compare-table">
                        <caption>{t::table_caption()}</caption>
                        <thead><tr><th scope="col">{t::model()}</th>{heads}</tr></thead>
                        <tbody>{body}</tbody>
                    </table>
                    {settings}
                </div>
            }
        })
    };
    view! {
        <details class="compare" data-testid="compare">
            <summary>{move || t::summary(state.saved_runs.with(Vec::len), KEEP)}</summary>
            {(state.saved_runs_dropped > 0).then(|| view! { <p class="explain" data-testid="compare-dropped">{t::dropped(state.saved_runs_dropped)}</p> })}
            <p class="explain">{t::explain()}</p>
            <ul class="saved-runs">{list}</ul>
            <button type="button" data-testid="compare-clear" on:click=clear disabled=move || state.saved_runs.with(Vec::is_empty)>{t::clear()}</button>
            {table}
        </details>
    }
}
