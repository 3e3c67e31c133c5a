//! The page's frame: the story's summary, the engine's badge, errors, and the two experiments.

use leptos::prelude::*;
use subliminal_app::protocol::BackendChoice;
use subliminal_app::text::page;

use super::audit_card::AuditTab;
use super::compare_card::CompareCard;
use super::curves_card::RecordedCurves;
use super::engine;
use super::link::{address, whole_page_link};
use super::mnist_tab::MnistTab;
use super::owl_controls::OwlControls;
use super::owl_results::AnswerFirst;
use super::owl_story::OwlStory;
use super::presenter::PresenterBar;
use super::room_card::RoomCard;
use super::speed_check::SpeedCheck;
use super::state::{engine_state, Experiment, Page, Status};
use subliminal_app::address::Tab;

#[component]
fn BackendBadge() -> impl IntoView {
    let areas = Page::from_context();
    let state = areas.engine;
    let text = move || match state.backend.get() {
        Some(info) if state.helper_ready.get() => format!("{}{}", info.note, page::TWO_WORKERS),
        Some(info) => info.note,
        None => page::STARTING.into(),
    };
    let on_change = move |ev| {
        let choice = BackendChoice::from_link(&event_target_value(&ev)).unwrap_or(BackendChoice::Auto);
        state.backend_choice.set(choice);
        engine::start(areas);
    };
    view! {
        <div class="engine">
            <span class="badge" data-testid="backend" class:gpu=move || state.backend.get().is_some_and(|b| b.webgpu)>{text}</span>
            <label>{page::DEVICE}
                <select data-testid="backend-choice" on:change=on_change disabled=move || state.is_running()>
                    <option value="auto" selected=move || state.backend_choice.get() == BackendChoice::Auto>{page::DEVICE_AUTO}</option>
                    <option value="cpu" selected=move || state.backend_choice.get() == BackendChoice::Cpu>{page::DEVICE_CPU}</option>
                    // Only a link asks for this one (`?device=webgpu`); it is listed when chosen.
                    {move || (state.backend_choice.get() == BackendChoice::Webgpu).then(|| view! {
                        <option value="webgpu" selected=true>{page::DEVICE_WEBGPU}</option>
                    })}
                </select>
            </label>
            <span class="loading" data-testid="loading">{move || state.loading.get()}</span>
        </div>
    }
}

#[component]
fn FailureBox() -> impl IntoView {
    let state = engine_state();
    move || match state.status.get() {
        Status::Failed { message } => Some(view! {
            <div class="failure" role="alert" data-testid="failure">
                <p>{page::RUN_STOPPED}{message}</p>
            </div>
        }),
        _ => None,
    }
}

/// What the visitor should know that stopped nothing (a lost GPU the page replaced by the CPU).
#[component]
fn NoticeBox() -> impl IntoView {
    let state = engine_state();
    view! {
        <div role="status">
            {move || state.notice.get().map(|text| view! {
                <p class="notice" data-testid="notice">{text}" "
                    <button type="button" data-testid="notice-dismiss" on:click=move |_| state.notice.set(None)>{page::DISMISS}</button>
                </p>
            })}
        </div>
    }
}

/// The whole page's header: title, the study, what runs where, and the engine.
#[component]
fn Header() -> impl IntoView {
    view! {
        <header>
            <h1>{page::TITLE}</h1>
            <p class="lede">{page::LEDE}</p>
            <p class="lede channel-lede" data-testid="lede-channel">{page::LEDE_CHANNEL}</p>
            <p class="study">{page::STUDY_BEFORE}<a href="https://arxiv.org/abs/2507.14805">{page::STUDY_TITLE}</a>{page::STUDY_AFTER}</p>
            <p class="privacy" data-testid="privacy">{page::PRIVACY}</p>
            <Engine />
        </header>
    }
}

/// An embedded page's header (`?embed`, in a course platform's frame): the title leads to the
/// whole page in a new tab; the channel, privacy and the engine stay.
#[component]
fn EmbeddedHeader() -> impl IntoView {
    view! {
        <header>
            <p class="embed-title">
                <a href=whole_page_link() target="_blank" rel="noopener" data-testid="embed-whole-page">{page::TITLE}</a>
                " "{page::EMBED_WHOLE_PAGE}
            </p>
            <p class="channel-lede" data-testid="lede-channel">{page::LEDE_CHANNEL}</p>
            <p class="privacy" data-testid="privacy">{page::PRIVACY}</p>
            <Engine />
        </header>
    }
}

/// The engine's badge and device choice, what stopped a run, notices, and the speed check.
#[component]
fn Engine() -> impl IntoView {
    view! {
        <BackendBadge />
        <FailureBox />
        <NoticeBox />
        <SpeedCheck />
    }
}

/// The tabs, one per experiment and the audit.
#[component]
fn Tabs(tab: RwSignal<Tab>) -> impl IntoView {
    // The landmark is the nav; the tab list inside it (a role on the nav itself would hide the
    // landmark, and axe-core then finds the tabs outside every region).
    view! {
        <nav aria-label=page::TABS_LABEL><div class="tabs" role="tablist">
            <button role="tab" data-testid="tab-owl" aria-selected=move || (tab.get() == Tab::Owl).to_string() on:click=move |_| tab.set(Tab::Owl)>{page::TAB_OWL}</button>
            <button role="tab" data-testid="tab-values" aria-selected=move || (tab.get() == Tab::Values).to_string() on:click=move |_| tab.set(Tab::Values)>{page::TAB_VALUES}</button>
            <button role="tab" data-testid="tab-mnist" aria-selected=move || (tab.get() == Tab::Mnist).to_string() on:click=move |_| tab.set(Tab::Mnist)>{page::TAB_MNIST}</button>
            <button role="tab" data-testid="tab-audit" aria-selected=move || (tab.get() == Tab::Audit).to_string() on:click=move |_| tab.set(Tab::Audit)>{page::TAB_AUDIT}</button>
        </div></nav>
    }
}

#[component]
pub fn App() -> impl IntoView {
    let areas = Page::provide();
    let state = areas.engine;
    let address = address();
    match address.device() {
        Some(Ok(choice)) => state.backend_choice.set(choice),
        Some(Err(why)) => state.notice.set(Some(page::bad_device_link(&why))),
        None => {}
    }
    state.one_worker.set_value(address.one_worker());
    engine::start(areas);
    engine::start_clock(state);
    let tab = RwSignal::new(address.tab());
    let embedded = address.embedded();
    let room = address.room();

    view! {
        <div class="page" class:presenting=move || areas.workshop.presenter.get().is_some() class:embedded=embedded>
        {embedded.then(|| view! { <EmbeddedHeader /> })}
        {(!embedded).then(|| view! { <Header /> <Tabs tab /> })}
        <main>
            <div class="owl-tab" hidden=move || tab.get() != Tab::Owl>
                <h2 class="visually-hidden">{page::TAB_OWL}</h2>
                {room.then(|| view! { <RoomCard /> })}
                <AnswerFirst experiment=Experiment::Owl />
                <PresenterBar />
                <OwlControls experiment=Experiment::Owl />
                <OwlStory experiment=Experiment::Owl />
                <CompareCard />
                <RecordedCurves />
            </div>
            <div hidden=move || tab.get() != Tab::Values>
                <h2 class="visually-hidden">{page::TAB_VALUES}</h2>
                <p class="explain">{page::VALUES_INTRO}</p>
                <AnswerFirst experiment=Experiment::Values />
                <OwlControls experiment=Experiment::Values />
                <OwlStory experiment=Experiment::Values />
            </div>
            <div hidden=move || tab.get() != Tab::Mnist>
                <h2 class="visually-hidden">{page::TAB_MNIST_HEADING}</h2>
                <MnistTab />
            </div>
            <div hidden=move || tab.get() != Tab::Audit>
                <h2 class="visually-hidden">{page::TAB_AUDIT}</h2>
                <AuditTab />
            </div>
        </main>
        </div>
    }
}
