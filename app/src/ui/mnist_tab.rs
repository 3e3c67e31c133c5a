//! The MNIST auxiliary-logit experiment: a student that never sees a digit learns to read them,
//! but only from the teacher's own initialization.

use leptos::prelude::*;
use subliminal_app::forms::SettingsForm;
use subliminal_app::i18n::{interval, percent};
use subliminal_app::text::{mnist as t, names, units};
use subliminal_model::events::Metric;
use subliminal_model::mnist::experiment::MnistCondition;
use subliminal_model::mnist::summary::MnistSummary;
use subliminal_model::run::Spec;

use super::charts::LineChart;
use super::digit_canvas::{DigitImage, DrawingPad};
use super::link::address;
use super::owl_story::{minutes, OverallProgress};
use super::run_bar::RunBar;
use super::settings_fields::SettingsFields;
use super::state::{engine_state, mnist_state, Experiment};

/// The settings shown first; the rest are under "More settings".
const MAIN: &[&str] = &["aux_logits", "noise", "loss", "teacher_epochs", "student_epochs", "noise_images", "seeds"];

#[component]
fn MnistControls() -> impl IntoView {
    let (base, link_error) = address().mnist_start();
    let form = RwSignal::new(SettingsForm::new(&base));
    let errors = RwSignal::new(link_error.map(|e| vec![e]).unwrap_or_default());
    let spec = move || form.get_untracked().to_config().map(Spec::Mnist).map_err(|e| e.0);
    view! {
        <form class="controls" on:submit=|ev| ev.prevent_default() aria-label=t::form()>
            <SettingsFields form=form paths=MAIN prefix="mnist-" />
            <RunBar experiment=Experiment::Mnist spec=spec errors=errors />
        </form>
    }
}

#[component]
fn MnistResults() -> impl IntoView {
    let (mnist, engine) = (mnist_state(), engine_state());
    move || {
        mnist.result.get().map(|(report, digits)| {
            let summary = MnistSummary::of(&report);
            let seeds = summary.seeds;
            let rows = summary
                .rows
                .into_iter()
                .map(|row| {
                    let (id, name) = (row.condition.test_id(), names::network(row.condition));
                    let ci = row.interval.map(|ci| interval(ci, 1)).unwrap_or_default();
                    view! {
                        <tr class:highlight=row.condition == MnistCondition::Student>
                            <th scope="row">{name}</th>
                            <td data-testid=format!("mnist-{id}")>{percent(row.mean, 1)}</td>
                            <td>{ci}</td>
                        </tr>
                    }
                })
                .collect_view();
            let grid = digits
                .into_iter()
                .map(|d| {
                    let [t, s, c] = d.guesses.into_array();
                    let mark = |g: u8| if g == d.label { format!("{g} ✓") } else { format!("{g} ✗") };
                    let label = t::handwritten(d.label);
                    view! {
                        <figure class="digit-card">
                            <DigitImage pixels=d.pixels label=label />
                            <figcaption>
                                <span title=t::teacher()>{format!("T {}", mark(t))}</span>
                                <span title=t::same_init()>{format!("S {}", mark(s))}</span>
                                <span title=t::different_init()>{format!("X {}", mark(c))}</span>
                            </figcaption>
                        </figure>
                    }
                })
                .collect_view();
            let timings = report.timings.iter().map(|(k, v)| format!("{k} {}", units::seconds(*v))).collect::<Vec<_>>().join(", ");
            let elapsed = engine.live.with_untracked(|l| l.elapsed_seconds());
            view! {
                <table class="results" data-testid="mnist-results">
                    <caption>{t::caption(report.test_digits, seeds, report.config.aux_logits)}</caption>
                    <thead><tr>{t::columns().map(|c| view! { <th scope="col">{c}</th> })}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
                <h4>{t::grid()}</h4>
                <div class="digit-grid" data-testid="digit-grid">{grid}</div>
                <h4>{t::draw()}</h4>
                <DrawingPad />
                <p class="timings" data-testid="mnist-timings" data-seconds=serde_json::to_string(&report.timings).unwrap_or_default()>{subliminal_app::text::results::timings(&report.backend, Some(&minutes(elapsed)), &timings, false)}</p>
            }
        })
    }
}

#[component]
pub fn MnistTab() -> impl IntoView {
    let engine = engine_state();
    let curves = Signal::derive(move || engine.live.with(|l| l.curves_named(Metric::Accuracy)));
    view! {
        <section class="stage">
            <h3>{t::title()}</h3>
            <p class="explain">{t::explain()}</p>
            <MnistControls />
            <OverallProgress experiment=Experiment::Mnist />
            <LineChart title=t::chart() x_label=t::step() y_label=t::accuracy_axis() series=curves y_range=(0.0, 100.0) />
            <MnistResults />
            <p class="credit">{t::credit()}</p>
        </section>
    }
}
