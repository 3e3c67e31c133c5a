//! The owl experiment's controls: the main settings, every other one folded away, Run and Cancel.

use leptos::prelude::*;
use subliminal_app::forms::SettingsForm;
use subliminal_model::owl::config::OwlConfig;
use subliminal_model::run::Spec;

use super::engine;
use super::link::{config_in_link, put_in_link};
use super::run_bar::RunBar;
use super::settings_fields::SettingsFields;
use super::state::{page_state, Experiment};

/// The settings shown first; the rest are under "More settings".
const MAIN: &[&str] = &[
    "trait",
    "samples",
    "temperature",
    "filter.banned_numbers",
    "filter.reject_animal_and_tree_words",
    "distill.mode",
    "distill.epochs",
    "seeds",
];

#[component]
pub fn OwlControls() -> impl IntoView {
    let state = page_state();
    let (base, link_error) = config_in_link::<OwlConfig>(OwlConfig::page_default);
    let form = RwSignal::new(SettingsForm::new(&base));
    let errors = RwSignal::new(link_error.map(|e| vec![e]).unwrap_or_default());

    let on_run = move || match form.get_untracked().to_config() {
        Ok(config) => {
            errors.set(Vec::new());
            let spec = Spec::Owl(config);
            put_in_link(&spec);
            engine::run(state, spec);
        }
        Err(e) => errors.set(e.0),
    };
    let hard = move || form.with(|f| f.text("distill.mode")) == "hard";

    view! {
        <form class="controls" on:submit=|ev| ev.prevent_default() aria-label="Owl experiment settings">
            <SettingsFields form=form paths=MAIN />
            <p class="hint" hidden=move || !hard()>
                "Hard labels carry one sampled number per position instead of the teacher's whole distribution over numbers: "
                "the study's models had billions of parameters and millions of tokens to average that noise away; ours have "
                "thousands of sequences, so the effect is weaker and needs more data."
            </p>
            <RunBar experiment=Experiment::Owl on_run=on_run errors=errors />
        </form>
    }
}
