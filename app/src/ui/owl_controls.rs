//! The owl experiment's controls: trait, data, filter, distillation, seeds; Run and Cancel.

use leptos::prelude::*;
use subliminal_app::forms::{page_owl_default, OwlForm};
use subliminal_app::protocol::ToWorker;
use subliminal_model::owl::config::ExperimentConfig;
use subliminal_model::owl::distill::DistillMode;
use subliminal_model::owl::vocab::ANIMALS;

use super::engine;
use super::link::{config_in_link, put_in_link};
use super::run_bar::RunBar;
use super::state::{page_state, Experiment};

#[component]
pub fn OwlControls() -> impl IntoView {
    let state = page_state();
    let (base, link_error) = config_in_link("owl", page_owl_default, ExperimentConfig::validate);
    let form = RwSignal::new(OwlForm::from_config(&base));
    let base = StoredValue::new(base);
    let errors = RwSignal::new(link_error.map(|e| vec![e]).unwrap_or_default());

    let on_run = move || match form.get_untracked().to_config(&base.get_value()) {
        Ok(config) => {
            errors.set(Vec::new());
            put_in_link("owl", &config);
            engine::run(state, ToWorker::RunOwl { config });
        }
        Err(e) => errors.set(e.0),
    };
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
            <RunBar experiment=Experiment::Owl on_run=on_run errors=errors />
        </form>
    }
}
