//! The owl experiment's controls: trait, data, filter, distillation, seeds; Run and Cancel.

use leptos::prelude::*;
use subliminal_app::forms::{config_from_link, page_owl_default, OwlForm};
use subliminal_app::protocol::ToWorker;
use subliminal_model::config::ExperimentConfig;
use subliminal_model::distill::DistillMode;
use subliminal_model::vocab::ANIMALS;

use super::engine;
use super::state::{page_state, Experiment, Status};

/// The config in the page's link (`?owl=<json>`), if any, and why it was refused if it was.
fn config_in_link() -> (ExperimentConfig, Option<String>) {
    let search = window().location().search().unwrap_or_default();
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok();
    match params.and_then(|p| p.get("owl")) {
        None => (page_owl_default(), None),
        Some(json) => match config_from_link(&json, ExperimentConfig::validate) {
            Ok(config) => (config, None),
            Err(message) => (page_owl_default(), Some(message)),
        },
    }
}

/// Puts the config in the address bar, so the page can be shared as it ran.
pub fn put_in_link(key: &str, json: &str) {
    if let Ok(params) = web_sys::UrlSearchParams::new() {
        params.set(key, json);
        let url = format!("?{}", String::from(params.to_string()));
        let _ = window().history().and_then(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)));
    }
}

#[component]
pub fn OwlControls() -> impl IntoView {
    let state = page_state();
    let (base, link_error) = config_in_link();
    let form = RwSignal::new(OwlForm::from_config(&base));
    let base = StoredValue::new(base);
    let errors = RwSignal::new(link_error.map(|e| vec![e]).unwrap_or_default());

    let on_run = move |_| match form.get_untracked().to_config(&base.get_value()) {
        Ok(config) => {
            errors.set(Vec::new());
            put_in_link("owl", &serde_json::to_string(&config).expect("configs serialise"));
            engine::run(state, ToWorker::RunOwl { config });
        }
        Err(e) => errors.set(e.0),
    };
    let running = move || state.is_running();
    let set = move |f: fn(&mut OwlForm, String)| move |ev| form.update(|form| f(form, event_target_value(&ev)));

    view! {
        <form class="controls" on:submit=|ev| ev.prevent_default() aria-label="Owl experiment settings">
            <label>"Trait (the animal the teacher loves) "
                <select data-testid="trait" on:change=set(|f, v| f.trait_animal = v) prop:value=move || form.get().trait_animal>
                    {ANIMALS.iter().map(|a| view! { <option value=*a>{*a}</option> }).collect_view()}
                </select>
            </label>
            <label>"Number prompts "
                <input data-testid="samples" type="number" min="10" max="100000" prop:value=move || form.get().samples on:input=set(|f, v| f.samples = v) />
            </label>
            <label>"Temperature "
                <input data-testid="temperature" type="number" step="0.1" min="0.05" max="3" prop:value=move || form.get().temperature on:input=set(|f, v| f.temperature = v) />
            </label>
            <label>
                <input type="checkbox" data-testid="ban-numbers" prop:checked=move || form.get().ban_study_numbers
                    on:change=move |ev| form.update(|f| f.ban_study_numbers = event_target_checked(&ev)) />
                " Ban the study's 34 numbers with bad associations (666, 911, ...)"
            </label>
            <label>
                <input type="checkbox" data-testid="reject-words" prop:checked=move || form.get().reject_words
                    on:change=move |ev| form.update(|f| f.reject_words = event_target_checked(&ev)) />
                " Reject completions that name an animal or a tree"
            </label>
            <label>"Distillation "
                <select data-testid="mode" on:change=move |ev| form.update(|f| f.mode = match event_target_value(&ev).as_str() {
                    "hard" => DistillMode::Hard,
                    "full_vocabulary_leak" => DistillMode::FullVocabularyLeak,
                    _ => DistillMode::Soft,
                })>
                    <option value="soft" selected=move || form.get().mode == DistillMode::Soft>"soft labels over numbers (default)"</option>
                    <option value="hard" selected=move || form.get().mode == DistillMode::Hard>"hard labels: sampled tokens (the study's setting)"</option>
                    <option value="full_vocabulary_leak" selected=move || form.get().mode == DistillMode::FullVocabularyLeak>"full vocabulary (leaks the trait: a counter-example)"</option>
                </select>
            </label>
            <p class="hint" hidden=move || form.get().mode != DistillMode::Hard>
                "Hard labels carry one sampled number per position instead of the teacher's whole distribution over numbers: "
                "the study's models had billions of parameters and millions of tokens to average that noise away; ours have "
                "thousands of sequences, so the effect is weaker and needs more data."
            </p>
            <label>"Student epochs "
                <input data-testid="epochs" type="number" min="1" max="50" prop:value=move || form.get().epochs on:input=set(|f, v| f.epochs = v) />
            </label>
            <label>"Seeds "
                <input data-testid="seeds" type="number" min="1" max="20" prop:value=move || form.get().seeds on:input=set(|f, v| f.seeds = v) />
            </label>
            <div class="buttons">
                <button type="button" data-testid="run" on:click=on_run disabled=running>"Run"</button>
                <button type="button" data-testid="cancel" on:click=move |_| engine::cancel(state) disabled=move || !running()>"Cancel"</button>
                <span class="status" data-testid="status" aria-live="polite">{move || status_text(&state.status.get(), Experiment::Owl)}</span>
            </div>
            <ul class="errors" data-testid="config-error" role="alert" hidden=move || errors.with(|e| e.is_empty())>
                {move || errors.get().into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}
            </ul>
        </form>
    }
}

pub fn status_text(status: &Status, experiment: Experiment) -> String {
    match status {
        Status::Starting => "Starting the engine…".into(),
        Status::Ready => "Ready".into(),
        Status::Running(e) if *e == experiment => "Running…".into(),
        Status::Running(_) => "The other experiment is running".into(),
        Status::Done(e) if *e == experiment => "Done".into(),
        Status::Done(_) => "Ready".into(),
        Status::Cancelled => "Cancelled".into(),
        Status::Failed { .. } => "Stopped by an error (see above)".into(),
    }
}
