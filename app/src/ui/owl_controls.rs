//! The owl experiment's controls: the main settings, every other one folded away, Run and Cancel.

use leptos::prelude::*;
use subliminal_app::forms::SettingsForm;
use subliminal_app::text::{channel, controls as t, names};
use subliminal_model::owl::config::{Channel, OwlConfig};
use subliminal_model::owl::presets::presets;
use subliminal_model::run::Spec;
use subliminal_model::shared::settings::Settings;

use super::link::address;
use super::prediction::PredictionForm;
use super::run_bar::RunBar;
use super::settings_fields::SettingsFields;
use super::state::{owl_tabs, Experiment};
use subliminal_app::address::query;

/// The settings shown first; the rest are under "More settings". The values tab's trait is fixed.
/// The distillation mode and the temperature are set through the channel choice beside Run.
const VALUES_MAIN: &[&str] = &["samples", "filter.banned_numbers", "filter.reject_animal_and_tree_words", "distill.epochs", "seeds"];
const MAIN: &[&str] = &["trait", "samples", "filter.banned_numbers", "filter.reject_animal_and_tree_words", "distill.epochs", "seeds"];

/// The two settings a channel stands for (`OwlConfig::with_channel` sets both).
const CHANNEL_SETTINGS: [&str; 2] = ["distill.mode", "temperature"];

/// What the students learn from, in a visitor's words: one radio button per channel, beside
/// Run, with what the chosen one means under it. Settings that are none of the three (a leak, a
/// temperature other than 1) check none and say so. Test ids: `channel` (the group, its
/// `data-channel` the chosen [`Channel::id`] or `other`), `channel-<id>`, `channel-hint`.
#[component]
fn ChannelChoice(form: RwSignal<SettingsForm<OwlConfig>>, prefix: &'static str) -> impl IntoView {
    // The form's own texts, so a half-typed field elsewhere does not hide the channel.
    let current = move || {
        form.with(|f| {
            let mut config = OwlConfig::page_default();
            for path in CHANNEL_SETTINGS {
                let setting = OwlConfig::setting(path).expect("a setting");
                setting.set_text(&mut config, &f.text(path)).ok()?;
            }
            Some(config.channel()).filter(|c| config == config.with_channel(*c))
        })
    };
    let pick = move |channel: Channel| {
        let config = OwlConfig::page_default().with_channel(channel);
        form.update(|f| {
            for path in CHANNEL_SETTINGS {
                f.set(path, OwlConfig::setting(path).expect("a setting").text(&config));
            }
        });
    };
    let name = format!("{prefix}channel");
    let choices = Channel::CHOICES
        .into_iter()
        .map(|channel| {
            view! {
                <label class="channel-choice">
                    <input type="radio" name=name.clone() data-testid=format!("{prefix}channel-{}", channel.id())
                        prop:checked=move || current() == Some(channel) on:change=move |_| pick(channel) />
                    " "{channel::choice(channel)}
                </label>
            }
        })
        .collect_view();
    let hint = move || current().map(channel::hint).unwrap_or(channel::other());
    let data = move || current().map(Channel::id).unwrap_or("other");
    view! {
        <fieldset class="channel" data-testid=format!("{prefix}channel") data-channel=data>
            <legend>{channel::legend()}</legend>
            {choices}
            <p class="hint" data-testid=format!("{prefix}channel-hint")>{hint}</p>
        </fieldset>
    }
}

/// Named settings as links (the animals tab only): each opens the page with its config. Test
/// ids: `preset-<name>`.
#[component]
fn Presets() -> impl IntoView {
    let links = presets()
        .into_iter()
        .map(|p| {
            let label = names::preset(&p);
            let href = query(&Spec::from(p.config));
            view! { <li><a data-testid=format!("preset-{}", p.name) href=href>{label}</a></li> }
        })
        .collect_view();
    view! {
        <details class="presets">
            <summary>{t::presets()}</summary>
            <ul>{links}</ul>
        </details>
    }
}

/// The controls of an owl-style tab: animals (`Experiment::Owl`) or values (`Experiment::Values`).
#[component]
pub fn OwlControls(experiment: Experiment) -> impl IntoView {
    let address = address();
    let (base, link_error) = address.owl_start(experiment == Experiment::Values);
    super::recordings::find(owl_tabs(), experiment, &base);
    let form = owl_tabs().tab(experiment).form;
    form.set(SettingsForm::new(&base));
    let errors = RwSignal::new(link_error.filter(|_| address.tab() == experiment.tab()).map(|e| vec![e]).unwrap_or_default());

    let spec = move || form.get_untracked().to_config().map(Spec::from).map_err(|e| e.0);

    view! {
        <form class="controls" on:submit=|ev| ev.prevent_default() aria-label=if experiment == Experiment::Values { t::values_form() } else { t::owl_form() }>
            <SettingsFields form=form paths=if experiment == Experiment::Values { VALUES_MAIN } else { MAIN } prefix=experiment.prefix() />
            {(experiment == Experiment::Owl).then(|| view! { <PredictionForm /> })}
            <ChannelChoice form=form prefix=experiment.prefix() />
            <RunBar experiment=experiment spec=spec errors=errors />
            {(experiment == Experiment::Owl).then(|| view! { <Presets /> })}
        </form>
    }
}
