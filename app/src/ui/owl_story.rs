//! The owl experiment told in stages: base, teacher, numbers, filter, student, result; for an
//! animal trait (the animals tab) or a misaligned teacher (the values tab).

use leptos::prelude::*;
use subliminal_app::text::{channel, names, story as t};
use subliminal_model::events::Metric;
use subliminal_model::owl::config::{Channel, OwlConfig};
use subliminal_model::owl::vocab::{ANIMALS, BAD_ACTS, GOOD_ACTS};
use subliminal_model::run::Spec;

use super::charts::{GroupedBars, LineChart};
use super::owl_results::OwlResults;
use super::state::{engine_state, owl_tabs, workshop, Experiment, Status};

/// The settings of the tab's run in progress or last finished; before any, those of the
/// recording on show (the tab's starting settings).
fn current_config(experiment: Experiment) -> Signal<Option<OwlConfig>> {
    let (tab, engine) = (owl_tabs().tab(experiment), engine_state());
    Signal::derive(move || {
        if let Some(report) = tab.report.get() {
            return Some(report.config);
        }
        match engine.last_run.get() {
            Some(spec) if Experiment::of(&spec) == experiment => match spec {
                Spec::Owl(config) => Some(*config),
                Spec::Mnist(_) => None,
            },
            _ => tab.recording.get().and_then(|r| r.run.ok()).map(|r| r.report.config),
        }
    })
}

/// The trait of the tab's run in progress or last finished; before any, the recording's ("owl"
/// while it loads).
pub fn current_trait(experiment: Experiment) -> Signal<String> {
    let config = current_config(experiment);
    Signal::derive(move || config.get().map(|c| c.trait_animal).unwrap_or_else(|| "owl".into()))
}

/// Stage 5's words for the channel of the tab's run (or of the recording on show).
fn students_text(experiment: Experiment) -> Signal<String> {
    let config = current_config(experiment);
    Signal::derive(move || {
        let config = config.get().unwrap_or_else(OwlConfig::page_default);
        let copies_itself = config.channel() == Channel::Probabilities && config.conditions.self_labelled;
        channel::students(config.channel(), config.conditions.control, copies_itself)
    })
}

pub fn minutes(seconds: f64) -> String {
    let s = seconds.round() as u64;
    format!("{}:{:02}", s / 60, s % 60)
}

/// The run's overall progress bar with elapsed time and ETA.
#[component]
pub fn OverallProgress(experiment: Experiment) -> impl IntoView {
    let test_id = |name: &str| format!("{}{name}", experiment.prefix());
    let state = engine_state();
    let mine = move || match state.status.get() {
        Status::Running(e) | Status::Done(e) => e == experiment,
        _ => false,
    };
    let percent = move || state.live.with(|l| l.fraction() * 100.0);
    let text = move || {
        state.live.with(|live| {
            let elapsed = live.elapsed_seconds();
            let eta = live.eta_seconds();
            let mut stage = if live.stage_total > 0 {
                format!(" · {} {}/{}", live.stage_label, live.stage_done, live.stage_total)
            } else {
                String::new()
            };
            if let Some(beside) = live.beside_stage() {
                stage.push_str(&t::beside(&beside));
            }
            match state.status.get() {
                Status::Done(_) => t::done_in(&minutes(elapsed)),
                _ => t::progress(percent(), &minutes(elapsed), eta.map(minutes).as_deref(), &stage),
            }
        })
    };
    view! {
        <div class="overall" hidden=move || !mine()>
            <progress data-testid=test_id("progress") max="100" prop:value=move || if matches!(state.status.get(), Status::Done(_)) { 100.0 } else { percent() }
                aria-label=t::overall()></progress>
            <span class="progress-text" data-testid=test_id("progress-text")>{text}</span>
        </div>
    }
}

#[component]
pub fn OwlStory(experiment: Experiment) -> impl IntoView {
    let state = engine_state();
    let presenter = workshop().presenter;
    let values = experiment == Experiment::Values;
    let story = if values { t::values() } else { t::animals() };
    let trait_name = current_trait(experiment);
    let trait_index = move || ANIMALS.iter().position(|a| *a == trait_name.get()).unwrap_or(5);
    // The live stages show the run under way only in its own tab.
    let mine = move || state.live.with(|l| l.experiment == Some(experiment));

    let base_chart_title = story.base_chart.clone();
    let base_chart = move || {
        state.bases.get().map(|(a, b)| {
            let (categories, series, highlight) = if values {
                let acts = GOOD_ACTS.iter().chain(&BAD_ACTS).map(|s| s.to_string()).collect();
                (acts, vec![(t::base_a(), a.acts), (t::base_b(), b.acts)], None)
            } else {
                let animals = ANIMALS.iter().map(|s| s.to_string()).collect();
                (animals, vec![(t::base_a(), a.animals), (t::base_b(), b.animals)], Some(trait_index()))
            };
            match highlight {
                Some(h) => {
                    view! { <GroupedBars title=base_chart_title.clone() categories=categories series=series highlight=h /> }.into_any()
                }
                None => view! { <GroupedBars title=base_chart_title.clone() categories=categories series=series /> }.into_any(),
            }
        })
    };
    let teacher_curve = Signal::derive(move || if mine() { state.live.with(|l| l.curves_named(Metric::PTrait)) } else { Vec::new() });
    let samples = move || {
        state
            .live
            .with(|l| if l.experiment == Some(experiment) { l.samples.iter().cloned().collect::<Vec<_>>() } else { Vec::new() })
            .into_iter()
            .map(|(text, accepted)| {
                view! {
                    <li class:rejected=!accepted>
                        <span class="verdict" aria-label=if accepted { t::kept() } else { t::rejected() }>{if accepted { "✓" } else { "✗" }}</span>
                        <code>{text}</code>
                    </li>
                }
            })
            .collect_view()
    };
    let filter = move || {
        state
            .live
            .with(|l| if l.experiment == Some(experiment) { l.filter.clone() } else { Vec::new() })
            .into_iter()
            .map(|(source, stats)| {
                let who = names::source(source);
                let reasons = stats
                    .rejected_by_reason
                    .iter()
                    .map(|(reason, count)| {
                        let examples = stats.examples_by_reason.get(reason).cloned().unwrap_or_default();
                        view! {
                            <li>
                                <strong>{names::reason(reason)}</strong>": "{*count}
                                <ul class="examples">{examples.into_iter().map(|e| view! { <li><code>{e}</code></li> }).collect_view()}</ul>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <div class="filter-source" data-testid=format!("{}filter-{}", experiment.prefix(), source.key())>
                        <p>{t::kept_of(&who, stats.kept, stats.total)}</p>
                        <ul>{reasons}</ul>
                    </div>
                }
            })
            .collect_view()
    };
    let loss_curves = Signal::derive(move || if mine() { state.live.with(|l| l.curves_named(Metric::Loss)) } else { Vec::new() });
    let alignment_curves = Signal::derive(move || if mine() { state.live.with(|l| l.curves_named(Metric::Alignment)) } else { Vec::new() });
    let id = |name: &str| format!("{}{name}", experiment.prefix());
    // Presenter mode shows the animals tab one stage at a time.
    let current = move |stage: usize| experiment == Experiment::Owl && presenter.get() == Some(stage);

    view! {
        <section class="stage" class:current=move || current(0)>
            <h3>{t::stage_base()}</h3>
            <p class="explain discuss">{t::discuss_base()}</p>
            <p class="explain">{story.base}</p>
            {base_chart}
        </section>
        <section class="stage" class:current=move || current(1)>
            <h3>{t::stage_teacher()}</h3>
            <p class="explain discuss">{t::discuss_teacher()}</p>
            <p class="explain">{story.teacher}</p>
            <LineChart title=story.teacher_chart x_label=t::step() y_label=t::p_axis() series=teacher_curve y_range=(0.0, 100.0) />
        </section>
        <section class="stage" class:current=move || current(2)>
            <h3>{t::stage_numbers()}</h3>
            <p class="explain discuss">{t::discuss_numbers()}</p>
            <p class="explain">{t::numbers()}</p>
            <ul class="samples" data-testid=id("samples-stream") aria-live="off">{samples}</ul>
        </section>
        <section class="stage" class:current=move || current(3)>
            <h3>{t::stage_filter()}</h3>
            <p class="explain discuss">{t::discuss_filter()}</p>
            <p class="explain">{story.filter}</p>
            {filter}
        </section>
        <section class="stage" class:current=move || current(4)>
            <h3>{t::stage_students()}</h3>
            <p class="explain discuss">{t::discuss_students()}</p>
            <p class="explain" data-testid=id("students-text")>{students_text(experiment)}</p>
            <LineChart title=t::loss_chart() x_label=t::step() y_label=t::loss_axis() series=loss_curves />
            <p class="explain">{t::alignment()}</p>
            <LineChart title=t::alignment_chart() x_label=t::step() y_label=t::cos_axis() series=alignment_curves />
            <OverallProgress experiment=experiment />
        </section>
        <section class="stage result-stage" id=id("result") class:current=move || current(5)>
            <h3>{t::stage_result()}</h3>
            <p class="explain discuss">{t::discuss_result()}</p>
            <OwlResults experiment=experiment />
        </section>
    }
}
