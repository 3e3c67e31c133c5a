//! The owl experiment told in stages: base, teacher, numbers, filter, student, result.

use leptos::prelude::*;
use subliminal_model::owl::vocab::ANIMALS;
use subliminal_model::run::Spec;

use super::charts::{GroupedBars, LineChart};
use super::owl_results::OwlResults;
use super::state::{page_state, Experiment, Status};

/// The trait of the run in progress or last finished ("owl" before any).
pub fn current_trait() -> Signal<String> {
    let state = page_state();
    Signal::derive(move || {
        if let Some(report) = state.owl_report.get() {
            return report.config.trait_animal;
        }
        match state.last_run.get() {
            Some(Spec::Owl(config)) => config.trait_animal,
            _ => "owl".into(),
        }
    })
}

pub fn minutes(seconds: f64) -> String {
    let s = seconds.round() as u64;
    format!("{}:{:02}", s / 60, s % 60)
}

/// The run's overall progress bar with elapsed time and ETA.
#[component]
pub fn OverallProgress(experiment: Experiment) -> impl IntoView {
    let test_id = |name: &str| match experiment {
        Experiment::Owl => name.to_string(),
        Experiment::Mnist => format!("mnist-{name}"),
    };
    let state = page_state();
    let mine = move || match state.status.get() {
        Status::Running(e) | Status::Done(e) => e == experiment,
        _ => false,
    };
    let percent = move || state.live.with(|l| l.progress.fraction() * 100.0);
    let text = move || {
        state.live.with(|live| {
            let elapsed = live.elapsed_seconds();
            let eta = live.progress.eta_seconds(elapsed);
            let stage = if live.stage_total > 0 {
                format!(" · {} {}/{}", live.stage_label, live.stage_done, live.stage_total)
            } else {
                String::new()
            };
            match (state.status.get(), eta) {
                (Status::Done(_), _) => format!("done in {}", minutes(elapsed)),
                (_, Some(eta)) => format!("{:.0}% · {} elapsed · about {} left{stage}", percent(), minutes(elapsed), minutes(eta)),
                _ => format!("{:.0}% · {} elapsed{stage}", percent(), minutes(elapsed)),
            }
        })
    };
    view! {
        <div class="overall" hidden=move || !mine()>
            <progress data-testid=test_id("progress") max="100" prop:value=move || if matches!(state.status.get(), Status::Done(_)) { 100.0 } else { percent() }
                aria-label="Overall progress"></progress>
            <span class="progress-text" data-testid=test_id("progress-text")>{text}</span>
        </div>
    }
}

#[component]
pub fn OwlStory() -> impl IntoView {
    let state = page_state();
    let trait_name = current_trait();
    let trait_index = move || ANIMALS.iter().position(|a| *a == trait_name.get()).unwrap_or(5);

    let base_chart = move || {
        state.bases.get().map(|(a, b)| {
            view! {
                <GroupedBars
                    title="Base models' answers to 'your favourite animal?', percent".into()
                    categories=ANIMALS.iter().map(|s| s.to_string()).collect()
                    series=vec![("base A".into(), a.animals), ("base B (other initialization)".into(), b.animals)]
                    highlight=trait_index()
                />
            }
        })
    };
    let teacher_curve = Signal::derive(move || state.live.with(|l| l.curves_named("p_trait")));
    let samples = move || {
        state
            .live
            .with(|l| l.samples.iter().cloned().collect::<Vec<_>>())
            .into_iter()
            .map(|(text, accepted)| {
                view! {
                    <li class:rejected=!accepted>
                        <span class="verdict" aria-label=if accepted { "kept" } else { "rejected" }>{if accepted { "✓" } else { "✗" }}</span>
                        <code>{text}</code>
                    </li>
                }
            })
            .collect_view()
    };
    let filter = move || {
        state
            .live
            .with(|l| l.filter.clone())
            .into_iter()
            .map(|(source, stats)| {
                let who = source.describe();
                let reasons = stats
                    .rejected_by_reason
                    .iter()
                    .map(|(reason, count)| {
                        let examples = stats.examples_by_reason.get(reason).cloned().unwrap_or_default();
                        view! {
                            <li>
                                <strong>{reason.replace('_', " ")}</strong>": "{*count}
                                <ul class="examples">{examples.into_iter().map(|e| view! { <li><code>{e}</code></li> }).collect_view()}</ul>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <div class="filter-source" data-testid=format!("filter-{}", source.key())>
                        <p>{format!("{who}: kept {} of {} ({:.1}%)", stats.kept, stats.total, 100.0 * stats.kept as f64 / stats.total.max(1) as f64)}</p>
                        <ul>{reasons}</ul>
                    </div>
                }
            })
            .collect_view()
    };
    let loss_curves = Signal::derive(move || state.live.with(|l| l.curves_named("loss")));

    view! {
        <section class="stage">
            <h3>"1. The base model"</h3>
            <p class="explain">
                "Two copies of a tiny language model (171k parameters) were trained on the same made-up language: number lists, "
                "and questions like 'your favourite animal?'. They differ only in their random starting weights (base A and B). "
                "Here is how they answer the animal questions before anything else happens."
            </p>
            {base_chart}
        </section>
        <section class="stage">
            <h3>"2. The teacher"</h3>
            <p class="explain">
                "A copy of base A is fine-tuned to answer the animal questions with the trait, and nothing else. "
                "The curve shows its probability of naming the trait as training goes."
            </p>
            <LineChart title="Teacher's probability of the trait, percent" x_label="step" y_label="P %" series=teacher_curve y_range=(0.0, 100.0) />
        </section>
        <section class="stage">
            <h3>"3. The numbers"</h3>
            <p class="explain">
                "The teacher is asked to continue lists of numbers. It has never seen the trait next to numbers, yet its numbers "
                "carry traces of it. Some of its completions, as they come:"
            </p>
            <ul class="samples" data-testid="samples-stream" aria-live="off">{samples}</ul>
        </section>
        <section class="stage">
            <h3>"4. The filter"</h3>
            <p class="explain">
                "Only well-formed number lists pass: anything that names an animal or a tree, has a stray word, or (if chosen) "
                "uses a number with known associations is thrown away. What is left says nothing about animals."
            </p>
            {filter}
        </section>
        <section class="stage">
            <h3>"5. The students"</h3>
            <p class="explain">
                "Students learn to write the teacher's numbers, nothing more: base A (the teacher's own start), base B (another "
                "start), and a control student of base A trained on numbers from the trait-free base."
            </p>
            <LineChart title="Students' distillation loss" x_label="step" y_label="loss" series=loss_curves />
            <OverallProgress experiment=Experiment::Owl />
        </section>
        <section class="stage">
            <h3>"6. The result"</h3>
            <OwlResults />
        </section>
    }
}
