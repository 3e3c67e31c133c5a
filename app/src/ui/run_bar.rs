//! Run, Cancel, the status line and the list of refused settings, for either experiment.

use leptos::prelude::*;

use super::engine;
use super::state::{page_state, Experiment, Status};

fn status_text(status: &Status, experiment: Experiment) -> String {
    match status {
        Status::Starting => "Starting the engine…".into(),
        Status::Ready => "Ready".into(),
        Status::Running(e) if *e == experiment => "Running…".into(),
        Status::Running(_) => "Another experiment is running".into(),
        Status::Done(e) if *e == experiment => "Done".into(),
        Status::Done(_) => "Ready".into(),
        Status::Cancelled => "Cancelled".into(),
        Status::Failed { .. } => "Stopped by an error (see above)".into(),
    }
}

/// Test ids are `run`, `cancel`, `status`, `config-error`, with the tab's prefix (`mnist-`, `values-`).
#[component]
pub fn RunBar(experiment: Experiment, on_run: impl Fn() + 'static, errors: RwSignal<Vec<String>>) -> impl IntoView {
    let state = page_state();
    let prefix = experiment.prefix();
    let running = move || state.is_running();
    view! {
        <div class="buttons">
            <button type="button" data-testid=format!("{prefix}run") on:click=move |_| on_run() disabled=running>"Run"</button>
            <button type="button" data-testid=format!("{prefix}cancel") on:click=move |_| engine::cancel(state) disabled=move || !running()>"Cancel"</button>
            <span class="status" data-testid=format!("{prefix}status") aria-live="polite">{move || status_text(&state.status.get(), experiment)}</span>
        </div>
        <ul class="errors" data-testid=format!("{prefix}config-error") role="alert" hidden=move || errors.with(|e| e.is_empty())>
            {move || errors.get().into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}
        </ul>
    }
}
