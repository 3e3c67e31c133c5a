//! Form fields for any experiment, drawn from its settings table: the label, the help (as a
//! tooltip), the limits and the choices come from the one declaration of each setting.

use leptos::prelude::*;
use subliminal_app::forms::{field_id, SettingsForm};
use subliminal_app::text::{controls as t, names};
use subliminal_model::shared::settings::{Kind, Setting, Settings};

/// One field. Its test id is `prefix` + the setting's path with dashes (`distill-epochs`).
#[component]
fn SettingField<C: Settings + Send + Sync>(
    setting: &'static Setting<C>,
    form: RwSignal<SettingsForm<C>>,
    prefix: &'static str,
) -> impl IntoView {
    let id = format!("{prefix}{}", field_id(setting));
    let value = move || form.with(|f| f.text(setting.path));
    let set = move |text: String| form.update(|f| f.set(setting.path, text));
    let label = names::setting(setting);
    let help = names::setting_help(setting);
    match &setting.kind {
        Kind::Int { min, max, .. } => view! {
            <label title=help>{label}" "
                <input data-testid=id type="number" step="1" min=*min max=*max prop:value=value on:input=move |ev| set(event_target_value(&ev)) />
            </label>
        }
        .into_any(),
        Kind::Float { min, max, .. } => view! {
            <label title=help>{label}" "
                <input data-testid=id type="number" step="any" min=*min max=*max prop:value=value on:input=move |ev| set(event_target_value(&ev)) />
            </label>
        }
        .into_any(),
        Kind::Choice { choices, .. } => {
            let options = choices
                .iter()
                .map(|c| view! { <option value=c.value selected=move || value() == c.value>{names::choice(setting, c)}</option> })
                .collect_view();
            view! {
                <label title=help>{label}" "
                    <select data-testid=id on:change=move |ev| set(event_target_value(&ev)) prop:value=value>{options}</select>
                </label>
            }
            .into_any()
        }
        Kind::Switch { .. } => view! {
            <label class="switch" title=help>
                <input type="checkbox" data-testid=id prop:checked=move || value() == "true"
                    on:change=move |ev| set(event_target_checked(&ev).to_string()) />
                " "{label}
            </label>
        }
        .into_any(),
        Kind::Numbers { .. } => view! {
            <label title=help>{label}" "
                <input data-testid=id type="text" inputmode="numeric" placeholder=t::numbers_placeholder() prop:value=value
                    on:input=move |ev| set(event_target_value(&ev)) />
            </label>
        }
        .into_any(),
        Kind::Names { choices, .. } => {
            let placeholder = t::names_placeholder(&choices.iter().take(2).copied().collect::<Vec<_>>().join(", "));
            view! {
                <label title=help>{label}" "
                    <input data-testid=id type="text" placeholder=placeholder prop:value=value on:input=move |ev| set(event_target_value(&ev)) />
                </label>
            }
            .into_any()
        }
    }
}

/// The fields at `paths`, in that order; with `rest`, every other setting of the table too,
/// folded away under "More settings".
#[component]
pub fn SettingsFields<C: Settings + Send + Sync>(
    form: RwSignal<SettingsForm<C>>,
    paths: &'static [&'static str],
    #[prop(optional)] prefix: &'static str,
) -> impl IntoView {
    let field = move |setting: &'static Setting<C>| view! { <SettingField setting=setting form=form prefix=prefix /> };
    let shown = paths.iter().filter_map(|p| C::setting(p).ok()).map(field).collect_view();
    let rest = C::table().iter().filter(|s| !paths.contains(&s.path)).map(field).collect_view();
    view! {
        {shown}
        <details class="more-settings">
            <summary>{t::more()}</summary>
            <div class="more-fields">{rest}</div>
        </details>
    }
}
