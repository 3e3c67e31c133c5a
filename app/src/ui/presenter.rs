//! Presenter mode: for a projector, the animals tab's story one stage per screen in large type,
//! stepped with the arrow keys (or the buttons), left with Escape.

use leptos::ev;
use leptos::prelude::*;
use subliminal_app::text::presenter as t;

use super::state::workshop;

/// The story's stages (base, teacher, numbers, filter, students, result).
pub const STAGES: usize = 6;

/// The button that starts presenter mode (`presenter`), and while it is on, the bar that steps it.
#[component]
pub fn PresenterBar() -> impl IntoView {
    let presenter = workshop().presenter;
    let step = move |by: isize| {
        presenter.update(|p| {
            if let Some(stage) = p {
                *stage = (*stage as isize + by).clamp(0, STAGES as isize - 1) as usize;
            }
        })
    };
    let handle = window_event_listener(ev::keydown, move |ev| {
        if presenter.get_untracked().is_none() {
            return;
        }
        match ev.key().as_str() {
            "ArrowRight" | "ArrowDown" | "PageDown" => step(1),
            "ArrowLeft" | "ArrowUp" | "PageUp" => step(-1),
            "Escape" => presenter.set(None),
            _ => return,
        }
        ev.prevent_default();
    });
    on_cleanup(move || handle.remove());
    view! {
        <div class="presenter-bar">
            <button type="button" data-testid="presenter" aria-pressed=move || presenter.get().is_some().to_string()
                on:click=move |_| presenter.update(|p| *p = if p.is_some() { None } else { Some(0) })>
                {move || if presenter.get().is_some() { t::leave() } else { t::enter() }}
            </button>
            <span hidden=move || presenter.get().is_none()>
                <button type="button" data-testid="presenter-previous" on:click=move |_| step(-1)>{t::previous()}</button>
                <span class="presenter-stage" data-testid="presenter-stage" aria-live="polite">
                    {move || presenter.get().map(|s| t::stage(s + 1, STAGES)).unwrap_or_default()}
                </span>
                <button type="button" data-testid="presenter-next" on:click=move |_| step(1)>{t::next()}</button>
                <span class="explain">{t::keys()}</span>
            </span>
        </div>
    }
}
