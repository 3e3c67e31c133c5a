//! Run, Cancel, the status line and the list of refused settings, for either experiment.

use leptos::prelude::*;
use subliminal_app::text::run_bar as t;

use subliminal_model::run::Spec;

use super::engine;
use super::link::{copy_to_clipboard, link_to, put_in_link};
use super::state::{Experiment, Page, Status};

fn status_text(status: &Status, experiment: Experiment) -> String {
    match status {
        Status::Starting => t::starting(),
        Status::Ready => t::ready(),
        Status::Running(e) if *e == experiment => t::running(),
        Status::Running(_) => t::other_running(),
        Status::Done(e) if *e == experiment => t::done(),
        Status::Done(_) => t::ready(),
        Status::Cancelled => t::cancelled(),
        Status::Failed { .. } => t::failed(),
    }
}

/// Starts a run of `spec` and puts its settings in the address, so that the page can be shared
/// as it ran.
pub fn start(areas: Page, spec: Spec) {
    put_in_link(&spec);
    engine::run(areas, spec);
}

/// Test ids are `run`, `cancel`, `copy-link`, `copy-link-message`, `status`, `config-error`,
/// with the tab's prefix (`mnist-`, `values-`). `spec` reads the form: the settings to run, or
/// the reasons they cannot be.
#[component]
pub fn RunBar(
    experiment: Experiment,
    spec: impl Fn() -> Result<Spec, Vec<String>> + Copy + 'static,
    errors: RwSignal<Vec<String>>,
) -> impl IntoView {
    let areas = Page::from_context();
    let state = areas.engine;
    let prefix = experiment.prefix();
    let running = move || state.is_running();
    let copied = RwSignal::new(String::new());
    let on_run = move |_| match spec() {
        Ok(spec) => {
            errors.set(Vec::new());
            start(areas, spec);
        }
        Err(e) => errors.set(e),
    };
    let on_copy = move |_| match spec().map(|s| link_to(&s)) {
        Ok(Some(link)) => {
            errors.set(Vec::new());
            wasm_bindgen_futures::spawn_local(async move { copied.set(copy_to_clipboard(&link).await) });
        }
        Ok(None) => copied.set(t::no_address()),
        Err(e) => errors.set(e),
    };
    view! {
        <div class="buttons">
            <button type="button" data-testid=format!("{prefix}run") on:click=on_run disabled=running>{t::run()}</button>
            <button type="button" data-testid=format!("{prefix}cancel") on:click=move |_| engine::cancel(areas) disabled=move || !running()>{t::cancel()}</button>
            <button type="button" data-testid=format!("{prefix}copy-link") on:click=on_copy>{t::copy_link()}</button>
            <span class="status" data-testid=format!("{prefix}status") aria-live="polite">{move || status_text(&state.status.get(), experiment)}</span>
            // The notice stands at the top of the page, out of sight of someone at the Run button.
            <span class="explain" data-testid=format!("{prefix}see-notice") hidden=move || state.notice.with(Option::is_none)>{t::see_notice()}</span>
        </div>
        <p class="explain copied" data-testid=format!("{prefix}copy-link-message") aria-live="polite" hidden=move || copied.with(|c| c.is_empty())>{move || copied.get()}</p>
        <ul class="errors" data-testid=format!("{prefix}config-error") role="alert" hidden=move || errors.with(|e| e.is_empty())>
            {move || errors.get().into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}
        </ul>
    }
}
