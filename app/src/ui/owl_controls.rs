//! The owl experiment's controls: the main settings, every other one folded away, Run and Cancel.

use leptos::prelude::*;
use subliminal_app::forms::SettingsForm;
use subliminal_app::text::controls as t;
use subliminal_model::owl::presets::presets;
use subliminal_model::run::Spec;

use super::link::{owl_tab_start, query};
use super::prediction::PredictionForm;
use super::run_bar::RunBar;
use super::settings_fields::SettingsFields;
use super::state::{page_state, Experiment};

/// The settings shown first; the rest are under "More settings". The values tab's trait is fixed.
const VALUES_MAIN: &[&str] =
    &["samples", "temperature", "filter.banned_numbers", "filter.reject_animal_and_tree_words", "distill.mode", "distill.epochs", "seeds"];
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

/// Named settings as links (the animals tab only): each opens the page with its config. Test
/// ids: `preset-<name>`.
#[component]
fn Presets() -> impl IntoView {
    let links = presets()
        .into_iter()
        .map(|p| {
            let href = query(&Spec::Owl(p.config)).unwrap_or_default();
            view! { <li><a data-testid=format!("preset-{}", p.name) href=href>{p.label}</a></li> }
        })
        .collect_view();
    view! {
        <details class="presets">
            <summary>{t::PRESETS}</summary>
            <ul>{links}</ul>
        </details>
    }
}

/// The controls of an owl-style tab: animals (`Experiment::Owl`) or values (`Experiment::Values`).
#[component]
pub fn OwlControls(experiment: Experiment) -> impl IntoView {
    let (base, link_error) = owl_tab_start(experiment);
    super::recordings::find(page_state(), experiment, &base);
    let form = RwSignal::new(SettingsForm::new(&base));
    let errors = RwSignal::new(link_error.filter(|_| experiment == Experiment::Owl).map(|e| vec![e]).unwrap_or_default());

    let spec = move || form.get_untracked().to_config().map(Spec::Owl).map_err(|e| e.0);
    let hard = move || form.with(|f| f.text("distill.mode")) == "hard";

    view! {
        <form class="controls" on:submit=|ev| ev.prevent_default() aria-label=if experiment == Experiment::Values { t::VALUES_FORM } else { t::OWL_FORM }>
            <SettingsFields form=form paths=if experiment == Experiment::Values { VALUES_MAIN } else { MAIN } prefix=experiment.prefix() />
            <p class="hint" hidden=move || !hard()>{t::HARD_HINT}</p>
            {(experiment == Experiment::Owl).then(|| view! { <PredictionForm /> })}
            <RunBar experiment=experiment spec=spec errors=errors />
            {(experiment == Experiment::Owl).then(|| view! { <Presets /> })}
        </form>
    }
}
