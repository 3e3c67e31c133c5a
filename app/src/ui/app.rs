//! The page's frame: the story's summary, the engine's badge, errors, and the two experiments.

use leptos::prelude::*;
use subliminal_app::protocol::BackendChoice;
use subliminal_app::text::{device, page};

use super::audit_card::AuditTab;
use super::compare_card::CompareCard;
use super::curves_card::RecordedCurves;
use super::engine;
use super::link::{address, choose_language, switch_language, whole_page_link};
use super::mnist_tab::MnistTab;
use super::owl_controls::OwlControls;
use super::owl_results::AnswerFirst;
use super::owl_story::OwlStory;
use super::presenter::PresenterBar;
use super::room_card::RoomCard;
use super::speed_check::SpeedCheck;
use super::state::{engine_state, Experiment, Page, Status};
use subliminal_app::address::Tab;
use subliminal_app::i18n::{self, Lang};

#[component]
fn BackendBadge() -> impl IntoView {
    let areas = Page::from_context();
    let state = areas.engine;
    let text = move || match state.backend.get() {
        Some(info) if state.helper_ready.get() => format!("{}{}", device::note(&info.note), page::two_workers()),
        Some(info) => device::note(&info.note),
        // The failure box (below) says why.
        None if matches!(state.status.get(), Status::Failed { .. }) => page::not_started(),
        None => page::starting(),
    };
    let on_change = move |ev| {
        let choice = BackendChoice::from_link(&event_target_value(&ev)).unwrap_or(BackendChoice::Auto);
        state.backend_choice.set(choice);
        engine::start(areas);
    };
    view! {
        <div class="engine">
            <span class="badge" data-testid="backend" class:gpu=move || state.backend.get().is_some_and(|b| b.webgpu)>{text}</span>
            <label>{page::device()}
                <select data-testid="backend-choice" on:change=on_change disabled=move || state.is_running()>
                    <option value="auto" selected=move || state.backend_choice.get() == BackendChoice::Auto>{page::device_auto()}</option>
                    <option value="cpu" selected=move || state.backend_choice.get() == BackendChoice::Cpu>{page::device_cpu()}</option>
                    // Only a link asks for this one (`?device=webgpu`); it is listed when chosen.
                    {move || (state.backend_choice.get() == BackendChoice::Webgpu).then(|| view! {
                        <option value="webgpu" selected=true>{page::device_webgpu()}</option>
                    })}
                </select>
            </label>
            <LanguageChoice />
            <span class="loading" data-testid="loading">{move || state.loading.get()}</span>
        </div>
    }
}

/// The page's language; a choice opens the page again in it (same tab and settings). Kept runs
/// stay in Compare; a result on show does not survive it, so a run under way holds it.
#[component]
fn LanguageChoice() -> impl IntoView {
    let state = engine_state();
    let current = i18n::lang();
    let on_change = move |ev| {
        if let Some(lang) = Lang::from_tag(&event_target_value(&ev)) {
            switch_language(lang);
        }
    };
    let options = Lang::ALL
        .into_iter()
        .map(|lang| view! { <option value=lang.code() lang=lang.code() selected=lang == current>{lang.name()}</option> })
        .collect_view();
    view! {
        <label>{page::language()}
            <select data-testid="language" on:change=on_change disabled=move || state.is_running()>{options}</select>
        </label>
    }
}

#[component]
fn FailureBox() -> impl IntoView {
    let state = engine_state();
    move || match state.status.get() {
        Status::Failed { message, run_stopped } => Some(view! {
            <div class="failure" role="alert" data-testid="failure">
                <p>{run_stopped.then(page::run_stopped)}{message}</p>
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
                    <button type="button" data-testid="notice-dismiss" on:click=move |_| state.notice.set(None)>{page::dismiss()}</button>
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
            <h1>{page::title()}</h1>
            <p class="lede">{page::lede()}</p>
            <p class="lede channel-lede" data-testid="lede-channel">{page::lede_channel()}</p>
            <p class="study">{page::study_before()}<a href="https://arxiv.org/abs/2507.14805">{page::study_title()}</a>{page::study_after()}</p>
            <p class="privacy" data-testid="privacy">{page::privacy()}</p>
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
                <a href=whole_page_link() target="_blank" rel="noopener" data-testid="embed-whole-page">{page::title()}</a>
                " "{page::embed_whole_page()}
            </p>
            <p class="channel-lede" data-testid="lede-channel">{page::lede_channel()}</p>
            <p class="privacy" data-testid="privacy">{page::privacy()}</p>
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
        <nav aria-label=page::tabs_label()><div class="tabs" role="tablist">
            <button role="tab" data-testid="tab-owl" aria-selected=move || (tab.get() == Tab::Owl).to_string() on:click=move |_| tab.set(Tab::Owl)>{page::tab_owl()}</button>
            <button role="tab" data-testid="tab-values" aria-selected=move || (tab.get() == Tab::Values).to_string() on:click=move |_| tab.set(Tab::Values)>{page::tab_values()}</button>
            <button role="tab" data-testid="tab-mnist" aria-selected=move || (tab.get() == Tab::Mnist).to_string() on:click=move |_| tab.set(Tab::Mnist)>{page::tab_mnist()}</button>
            <button role="tab" data-testid="tab-audit" aria-selected=move || (tab.get() == Tab::Audit).to_string() on:click=move |_| tab.set(Tab::Audit)>{page::tab_audit()}</button>
        </div></nav>
    }
}

#[component]
pub fn App() -> impl IntoView {
    let refused_language = choose_language();
    let areas = Page::provide();
    let state = areas.engine;
    let address = address();
    if let Some(tag) = refused_language {
        state.notice.set(Some(page::bad_language_link(&tag)));
    }
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
                <h2 class="visually-hidden">{page::tab_owl()}</h2>
                {room.then(|| view! { <RoomCard /> })}
                <AnswerFirst experiment=Experiment::Owl />
                <PresenterBar />
                <OwlControls experiment=Experiment::Owl />
                <OwlStory experiment=Experiment::Owl />
                <CompareCard />
                <RecordedCurves />
            </div>
            <div hidden=move || tab.get() != Tab::Values>
                <h2 class="visually-hidden">{page::tab_values()}</h2>
                <p class="explain">{page::values_intro()}</p>
                <AnswerFirst experiment=Experiment::Values />
                <OwlControls experiment=Experiment::Values />
                <OwlStory experiment=Experiment::Values />
            </div>
            <div hidden=move || tab.get() != Tab::Mnist>
                <h2 class="visually-hidden">{page::tab_mnist_heading()}</h2>
                <MnistTab />
            </div>
            <div hidden=move || tab.get() != Tab::Audit>
                <h2 class="visually-hidden">{page::tab_audit()}</h2>
                <AuditTab />
            </div>
        </main>
        </div>
    }
}
