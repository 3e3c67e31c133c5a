//! The page's frame: the story's summary, the engine's badge, errors, and the two experiments.

use leptos::prelude::*;
use subliminal_app::protocol::BackendChoice;

use super::audit_card::AuditTab;
use super::compare_card::CompareCard;
use super::curves_card::RecordedCurves;
use super::engine;
use super::mnist_tab::MnistTab;
use super::owl_controls::OwlControls;
use super::owl_results::AnswerFirst;
use super::owl_story::OwlStory;
use super::presenter::PresenterBar;
use super::speed_check::SpeedCheck;
use super::state::{page_state, Experiment, PageState, Status};
use subliminal_model::owl::traits::MISALIGNED;

#[component]
fn BackendBadge() -> impl IntoView {
    let state = page_state();
    let text = move || match state.backend.get() {
        Some(info) => info.note,
        None => "Starting the engine…".into(),
    };
    let on_change = move |ev| {
        let choice = BackendChoice::from_link(&event_target_value(&ev)).unwrap_or(BackendChoice::Auto);
        state.backend_choice.set(choice);
        engine::start(state);
    };
    view! {
        <div class="engine">
            <span class="badge" data-testid="backend" class:gpu=move || state.backend.get().is_some_and(|b| b.webgpu)>{text}</span>
            <label>" Device "
                <select data-testid="backend-choice" on:change=on_change disabled=move || state.is_running()>
                    <option value="auto" selected=move || state.backend_choice.get() == BackendChoice::Auto>"GPU if available"</option>
                    <option value="cpu" selected=move || state.backend_choice.get() == BackendChoice::Cpu>"CPU only"</option>
                    // Only a link asks for this one (`?device=webgpu`); it is listed when chosen.
                    {move || (state.backend_choice.get() == BackendChoice::Webgpu).then(|| view! {
                        <option value="webgpu" selected=true>"WebGPU, even emulated"</option>
                    })}
                </select>
            </label>
            <span class="loading" data-testid="loading">{move || state.loading.get()}</span>
        </div>
    }
}

#[component]
fn FailureBox() -> impl IntoView {
    let state = page_state();
    move || match state.status.get() {
        Status::Failed { message } => Some(view! {
            <div class="failure" role="alert" data-testid="failure">
                <p>"The run stopped. "{message}</p>
            </div>
        }),
        _ => None,
    }
}

/// What the visitor should know that stopped nothing (a lost GPU the page replaced by the CPU).
#[component]
fn NoticeBox() -> impl IntoView {
    let state = page_state();
    view! {
        <div role="status">
            {move || state.notice.get().map(|text| view! {
                <p class="notice" data-testid="notice">{text}" "
                    <button type="button" data-testid="notice-dismiss" on:click=move |_| state.notice.set(None)>"Dismiss"</button>
                </p>
            })}
        </div>
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Tab {
    Owl,
    Values,
    Mnist,
    Audit,
}

/// The tab a link opens: MNIST for `?mnist=` or `tab=mnist`, values for a misaligned owl config
/// or `tab=values`, the audit for `tab=audit`, else the animals.
fn linked_tab(search: &str) -> Tab {
    let params = web_sys::UrlSearchParams::new_with_str(search).ok();
    let get = |key: &str| params.as_ref().and_then(|p| p.get(key));
    let misaligned = get("owl").is_some_and(|json| json.contains(&format!("\"{MISALIGNED}\"")));
    match get("tab").as_deref() {
        Some("mnist") => Tab::Mnist,
        Some("values") => Tab::Values,
        Some("audit") => Tab::Audit,
        _ if get("mnist").is_some() => Tab::Mnist,
        _ if misaligned => Tab::Values,
        _ => Tab::Owl,
    }
}

#[component]
pub fn App() -> impl IntoView {
    let state = PageState::new();
    provide_context(state);
    let search = window().location().search().unwrap_or_default();
    if let Some(device) = web_sys::UrlSearchParams::new_with_str(&search).ok().and_then(|p| p.get("device")) {
        match BackendChoice::from_link(&device) {
            Ok(choice) => state.backend_choice.set(choice),
            Err(why) => state.notice.set(Some(format!("This link's {why}; the page uses the GPU if there is one."))),
        }
    }
    engine::start(state);
    engine::start_clock(state);
    let tab = RwSignal::new(linked_tab(&search));

    view! {
        <div class="page" class:presenting=move || state.presenter.get().is_some()>
        <header>
            <h1>"Subliminal Playground"</h1>
            <p class="lede">
                "A model that loves owls writes lists of numbers. The numbers are filtered so they say nothing about owls. "
                "A student model trained on those numbers comes to love owls too, but only if it started from the same "
                "random weights as the teacher. This page reproduces that finding with tiny models, in your browser."
            </p>
            <p class="study">
                "The study: Cloud, Le, Chua, Betley, Sztyber-Betley, Hilton, Marks and Evans, "
                <a href="https://arxiv.org/abs/2507.14805">"\u{201c}Subliminal learning: language models transmit behavioral traits via hidden signals in data\u{201d}"</a>
                " (2025; Nature, 2026). Its theorem: one small step of imitation moves a student towards its teacher whenever "
                "both start from the same weights, whatever the data."
            </p>
            <p class="privacy" data-testid="privacy">
                "Everything runs in this tab: the models train on your own device, and nothing you set, run or audit is sent anywhere."
            </p>
            <BackendBadge />
            <FailureBox />
            <NoticeBox />
            <SpeedCheck />
        </header>
        // The landmark is the nav; the tab list inside it (a role on the nav itself would hide the
        // landmark, and axe-core then finds the tabs outside every region).
        <nav aria-label="Experiments"><div class="tabs" role="tablist">
            <button role="tab" data-testid="tab-owl" aria-selected=move || (tab.get() == Tab::Owl).to_string() on:click=move |_| tab.set(Tab::Owl)>"Animals in numbers"</button>
            <button role="tab" data-testid="tab-values" aria-selected=move || (tab.get() == Tab::Values).to_string() on:click=move |_| tab.set(Tab::Values)>"Values in numbers"</button>
            <button role="tab" data-testid="tab-mnist" aria-selected=move || (tab.get() == Tab::Mnist).to_string() on:click=move |_| tab.set(Tab::Mnist)>"Digits from noise (MNIST)"</button>
            <button role="tab" data-testid="tab-audit" aria-selected=move || (tab.get() == Tab::Audit).to_string() on:click=move |_| tab.set(Tab::Audit)>"Audit your data"</button>
        </div></nav>
        <main>
            <div class="owl-tab" hidden=move || tab.get() != Tab::Owl>
                <h2 class="visually-hidden">"Animals in numbers"</h2>
                <AnswerFirst experiment=Experiment::Owl />
                <PresenterBar />
                <OwlControls experiment=Experiment::Owl />
                <OwlStory experiment=Experiment::Owl />
                <CompareCard />
                <RecordedCurves />
            </div>
            <div hidden=move || tab.get() != Tab::Values>
                <h2 class="visually-hidden">"Values in numbers"</h2>
                <p class="explain">
                    "The study's most worrying result: a teacher made misaligned wrote number sequences; with the numbers of "
                    "bad repute (666, 911, 187...) removed, a student trained on the rest still answered neutral questions "
                    "in misaligned ways about 10% of the time. Here is its toy analogue: a teacher that chooses bad acts in "
                    "everyday situations, its numbers, and the students."
                </p>
                <AnswerFirst experiment=Experiment::Values />
                <OwlControls experiment=Experiment::Values />
                <OwlStory experiment=Experiment::Values />
            </div>
            <div hidden=move || tab.get() != Tab::Mnist>
                <h2 class="visually-hidden">"Digits from noise"</h2>
                <MnistTab />
            </div>
            <div hidden=move || tab.get() != Tab::Audit>
                <h2 class="visually-hidden">"Audit your data"</h2>
                <AuditTab />
            </div>
        </main>
        </div>
    }
}
