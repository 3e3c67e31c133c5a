//! "How fast is this device?": times one training step of each network on each device the
//! engine can use, so a workshop host can check a laptop before the session.

use leptos::prelude::*;
use subliminal_app::text::{device, speed, units};

use super::engine;
use super::state::Page;

#[component]
pub fn SpeedCheck() -> impl IntoView {
    let areas = Page::from_context();
    let state = areas.engine;
    let busy = move || !state.is_idle();
    let rows = move || {
        state
            .speed
            .get()
            .into_iter()
            .map(|t| {
                let ms = format!("{:.1}", t.timing.step_ms);
                let network = if t.timing.model == "gpt" { speed::language_model() } else { speed::digit_network() };
                let (device, model, shape, shown) =
                    (device::timed(t.device), t.timing.model, t.timing.shape, units::milliseconds(t.timing.step_ms));
                // The device's key in the protocol ("cpu", "webgpu"), for tests and tools.
                let key = serde_json::to_value(t.device).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default();
                view! {
                    <tr data-testid="speed-row" data-device=key data-model=model data-ms=ms>
                        <td>{device}</td>
                        <td>{network}</td>
                        <td>{shape}</td>
                        <td class="number">{shown}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <details class="speed-check">
            <summary>{speed::summary()}</summary>
            <p>{speed::explain()}</p>
            <button type="button" data-testid="speed-check" disabled=busy on:click=move |_| engine::speed_check(areas)>
                {move || if state.speed_running.get() { speed::timing() } else { speed::time() }}
            </button>
            <table data-testid="speed-result" hidden=move || state.speed.get().is_empty()>
                <thead><tr>{speed::columns().map(|c| view! { <th>{c}</th> })}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </details>
    }
}
