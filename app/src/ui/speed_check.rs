//! "How fast is this device?": times one training step of each network on each device the
//! engine can use, so a workshop host can check a laptop before the session.

use leptos::prelude::*;

use super::engine;
use super::state::page_state;

#[component]
pub fn SpeedCheck() -> impl IntoView {
    let state = page_state();
    let busy = move || !state.worker_ready.get() || state.is_running() || state.speed_running.get();
    let rows = move || {
        state
            .speed
            .get()
            .into_iter()
            .map(|t| {
                let ms = format!("{:.1}", t.timing.step_ms);
                let network = if t.timing.model == "gpt" { "language model (owl)" } else { "digit network (MNIST)" };
                let (device, model, shape, shown) = (t.device.clone(), t.timing.model, t.timing.shape, format!("{ms} ms"));
                view! {
                    <tr data-testid="speed-row" data-device=t.device data-model=model data-ms=ms>
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
            <summary>"How fast is this device?"</summary>
            <p>
                "Times one training step (forward, backward, Adam) of each network this page trains, on each device the "
                "engine can use. An owl run takes a few hundred of the language model's steps."
            </p>
            <button type="button" data-testid="speed-check" disabled=busy on:click=move |_| engine::speed_check(state)>
                {move || if state.speed_running.get() { "Timing…" } else { "Time a training step" }}
            </button>
            <table data-testid="speed-result" hidden=move || state.speed.get().is_empty()>
                <thead><tr><th>"Device"</th><th>"Network"</th><th>"Step"</th><th>"Per step"</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </details>
    }
}
