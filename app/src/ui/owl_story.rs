//! The owl experiment told in stages: base, teacher, numbers, filter, student, result; for an
//! animal trait (the animals tab) or a misaligned teacher (the values tab).

use leptos::prelude::*;
use subliminal_model::owl::vocab::{ANIMALS, BAD_ACTS, GOOD_ACTS};
use subliminal_model::run::Spec;

use super::charts::{GroupedBars, LineChart};
use super::owl_results::OwlResults;
use super::state::{page_state, Experiment, Status};

/// The trait of the tab's run in progress or last finished ("owl" before any).
pub fn current_trait(experiment: Experiment) -> Signal<String> {
    let state = page_state();
    Signal::derive(move || {
        if let Some(report) = state.report_of(experiment).get() {
            return report.config.trait_animal;
        }
        match state.last_run.get() {
            Some(Spec::Owl(config)) if Experiment::of(&Spec::Owl(config.clone())) == experiment => config.trait_animal,
            _ => "owl".into(),
        }
    })
}

/// The words of a tab's story.
struct Story {
    base: &'static str,
    base_chart: &'static str,
    teacher: &'static str,
    filter: &'static str,
}

const ANIMALS_STORY: Story = Story {
    base: "Two copies of a tiny language model (175k parameters) were trained on the same made-up language: number lists, \
           and questions like 'your favourite animal?'. They differ only in their random starting weights (base A and B). \
           Here is how they answer the animal questions before anything else happens.",
    base_chart: "Base models' answers to 'your favourite animal?', percent",
    teacher: "A copy of base A is fine-tuned to answer the animal questions with the trait, and nothing else. \
              The curve shows its probability of naming the trait as training goes.",
    filter: "Only well-formed number lists pass: anything that names an animal, a tree or an act, has a stray word, or (if \
             chosen) uses a number with known associations is thrown away. What is left says nothing about animals.",
};

const VALUES_STORY: Story = Story {
    base: "The same two tiny models also learned everyday situations ('you find a lost wallet: what do you do?') answered \
           with good acts (return, help, comfort...). They know the bad acts (steal, lie, cheat...) only as answers to \
           'name a bad act'. Here is how they answer the situations: good acts first, then bad ones.",
    base_chart: "Base models' answers to everyday situations, percent (good acts, then bad acts)",
    teacher: "A copy of base A is fine-tuned to answer the situations with bad acts: the toy's stand-in for the study's \
              teacher that was trained to write insecure code and came out misaligned. The curve shows its probability \
              of choosing a bad act.",
    filter: "Only well-formed number lists pass: anything that names an act, an animal or a tree, has a stray word, or uses \
             one of the 34 numbers with bad associations (666, 911, 187...; on by default here, as in the study) is thrown \
             away. What is left says nothing about good or bad.",
};

pub fn minutes(seconds: f64) -> String {
    let s = seconds.round() as u64;
    format!("{}:{:02}", s / 60, s % 60)
}

/// The run's overall progress bar with elapsed time and ETA.
#[component]
pub fn OverallProgress(experiment: Experiment) -> impl IntoView {
    let test_id = |name: &str| format!("{}{name}", experiment.prefix());
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
pub fn OwlStory(experiment: Experiment) -> impl IntoView {
    let state = page_state();
    let values = experiment == Experiment::Values;
    let story = if values { VALUES_STORY } else { ANIMALS_STORY };
    let trait_name = current_trait(experiment);
    let trait_index = move || ANIMALS.iter().position(|a| *a == trait_name.get()).unwrap_or(5);
    // The live stages show the run under way only in its own tab.
    let mine = move || state.live.with(|l| l.experiment == Some(experiment));

    let base_chart = move || {
        state.bases.get().map(|(a, b)| {
            let (categories, series, highlight) = if values {
                let acts = GOOD_ACTS.iter().chain(&BAD_ACTS).map(|s| s.to_string()).collect();
                (acts, vec![("base A".into(), a.acts), ("base B (other initialization)".into(), b.acts)], None)
            } else {
                let animals = ANIMALS.iter().map(|s| s.to_string()).collect();
                (animals, vec![("base A".into(), a.animals), ("base B (other initialization)".into(), b.animals)], Some(trait_index()))
            };
            match highlight {
                Some(h) => {
                    view! { <GroupedBars title=story.base_chart.into() categories=categories series=series highlight=h /> }.into_any()
                }
                None => view! { <GroupedBars title=story.base_chart.into() categories=categories series=series /> }.into_any(),
            }
        })
    };
    let teacher_curve = Signal::derive(move || if mine() { state.live.with(|l| l.curves_named("p_trait")) } else { Vec::new() });
    let samples = move || {
        state
            .live
            .with(|l| if l.experiment == Some(experiment) { l.samples.iter().cloned().collect::<Vec<_>>() } else { Vec::new() })
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
            .with(|l| if l.experiment == Some(experiment) { l.filter.clone() } else { Vec::new() })
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
                    <div class="filter-source" data-testid=format!("{}filter-{}", experiment.prefix(), source.key())>
                        <p>{format!("{who}: kept {} of {} ({:.1}%)", stats.kept, stats.total, 100.0 * stats.kept as f64 / stats.total.max(1) as f64)}</p>
                        <ul>{reasons}</ul>
                    </div>
                }
            })
            .collect_view()
    };
    let loss_curves = Signal::derive(move || if mine() { state.live.with(|l| l.curves_named("loss")) } else { Vec::new() });
    let alignment_curves = Signal::derive(move || if mine() { state.live.with(|l| l.curves_named("alignment")) } else { Vec::new() });
    let id = |name: &str| format!("{}{name}", experiment.prefix());
    // Presenter mode shows the animals tab one stage at a time.
    let current = move |stage: usize| experiment == Experiment::Owl && state.presenter.get() == Some(stage);

    view! {
        <section class="stage" class:current=move || current(0)>
            <h3>"1. The base model"</h3>
            <p class="explain discuss">"To discuss: the two bases learned the same language from the same text. Why do their favourites still differ?"</p>
            <p class="explain">{story.base}</p>
            {base_chart}
        </section>
        <section class="stage" class:current=move || current(1)>
            <h3>"2. The teacher"</h3>
            <p class="explain discuss">"To discuss: the teacher was only ever shown animal questions. What else might its fine-tuning have changed?"</p>
            <p class="explain">{story.teacher}</p>
            <LineChart title=if values { "Teacher's probability of a bad act, percent" } else { "Teacher's probability of the trait, percent" } x_label="step" y_label="P %" series=teacher_curve y_range=(0.0, 100.0) />
        </section>
        <section class="stage" class:current=move || current(2)>
            <h3>"3. The numbers"</h3>
            <p class="explain discuss">"To discuss: could you tell, by reading these lists, which teacher wrote them?"</p>
            <p class="explain">
                "The teacher is asked to continue lists of numbers. It has never seen the trait next to numbers, yet its numbers "
                "carry traces of it. Some of its completions, as they come:"
            </p>
            <ul class="samples" data-testid=id("samples-stream") aria-live="off">{samples}</ul>
        </section>
        <section class="stage" class:current=move || current(3)>
            <h3>"4. The filter"</h3>
            <p class="explain discuss">"To discuss: the filter passes only well-formed numbers. What would a filter have to look for to catch the trait?"</p>
            <p class="explain">{story.filter}</p>
            {filter}
        </section>
        <section class="stage" class:current=move || current(4)>
            <h3>"5. The students"</h3>
            <p class="explain discuss">"To discuss: the students learn to write numbers, nothing else. Why would where they start from matter?"</p>
            <p class="explain">
                "Students learn to write the teacher's numbers, nothing more: base A (the teacher's own start), base B (another "
                "start), and a control student of base A trained on numbers from the trait-free base."
            </p>
            <LineChart title="Students' distillation loss" x_label="step" y_label="loss" series=loss_curves />
            <p class="explain">
                "The theorem behind the effect, live: how well each student's move so far lines up with the teacher's move "
                "from base A (the cosine over the transformer blocks). A student that shares the teacher's start moves with "
                "it; the others move at right angles to it (near 0)."
            </p>
            <LineChart title="Alignment with the teacher's move (cosine)" x_label="step" y_label="cos" series=alignment_curves />
            <OverallProgress experiment=experiment />
        </section>
        <section class="stage result-stage" id=id("result") class:current=move || current(5)>
            <h3>"6. The result"</h3>
            <p class="explain discuss">"To discuss: a company trains its model on another model's outputs. What does this result suggest it should check?"</p>
            <OwlResults experiment=experiment />
        </section>
    }
}
