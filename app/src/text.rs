//! Every sentence the page itself shows, by component: each function reads its message from the
//! catalog of the visit's language (`app/locales/<code>.ftl`, through [`crate::i18n`]), and puts
//! in its numbers written the language's way. A translation is one catalog file; plurals and
//! word order are the catalog's.
//!
//! Not here: what the engine says (its errors, the settings table's labels and help, the names of
//! conditions, presets and data sources); those are shared with the CLI and come through in
//! English.

pub use crate::i18n::count;

/// The engine's names for what it trains and offers, in the page's language: its models
/// (conditions), data sources, MNIST networks, presets and settings. The engine keeps its English
/// for the CLI; each catalog holds them under ids made from the engine's keys, and the English
/// catalog says exactly what the engine says (a test holds the two equal).
pub mod names {
    use crate::i18n::message_or;
    use subliminal_model::mnist::experiment::MnistCondition;
    use subliminal_model::owl::filter::{DataSource, Reason};
    use subliminal_model::owl::presets::{presets, Preset};
    use subliminal_model::owl::report::{Condition, SPLIT};
    use subliminal_model::shared::compute::{WASM_CPU, WEBGPU};
    use subliminal_model::shared::settings::{Choice, Kind, Setting, Settings};

    /// A model of an owl-style run, for a results table: "student, same init (A)".
    pub fn condition(condition: Condition) -> String {
        message_or(&format!("condition-{}", condition.test_id()), condition.describe())
    }

    /// Its short name, in curves and progress: "student (same init)".
    pub fn condition_short(condition: Condition) -> String {
        message_or(&format!("condition-short-{}", condition.test_id()), condition.label())
    }

    /// Whose numbers: "teacher's numbers".
    pub fn source(source: DataSource) -> String {
        message_or(&format!("source-{}", source.key().replace('_', "-")), source.describe())
    }

    /// An MNIST network, for its results table.
    pub fn network(network: MnistCondition) -> String {
        message_or(&format!("network-{}", network.test_id()), network.describe())
    }

    /// Its short name, in curves and progress: "student (same init)".
    pub fn network_short(network: MnistCondition) -> String {
        message_or(&format!("network-short-{}", network.test_id()), network.label())
    }

    /// A learner or a data source as the engine's progress events name it ("student (same
    /// init)", "teacher (owl)", "teacher's numbers"), in the page's language; a name the engine
    /// gives nowhere else (a mixed-in teacher's numbers) as it is.
    pub fn learner(label: &str) -> String {
        if let Some(condition) = Condition::ALL.into_iter().find(|c| c.label() == label) {
            return condition_short(condition);
        }
        if let Some(network) = NETWORKS.into_iter().find(|n| n.label() == label) {
            return network_short(network);
        }
        if let Some(whose) = SOURCES.into_iter().find(|s| s.describe() == label) {
            return source(whose);
        }
        let teacher = Condition::Teacher.label();
        match label.strip_prefix(teacher).and_then(|rest| rest.strip_prefix(" (")?.strip_suffix(')')) {
            Some(trait_name) => crate::tr!("names-teacher-of", teacher = condition_short(Condition::Teacher), trait_name = trait_name),
            None => label.to_string(),
        }
    }

    /// A report's backend, in the page's language: the page's CPU engine, a WebGPU adapter,
    /// either in two workers side by side; another (a native run's, imported) as the engine named it.
    pub fn backend(backend: &str) -> String {
        let (one, split) = match backend.strip_suffix(SPLIT) {
            Some(one) => (one, true),
            None => (backend, false),
        };
        let said = match one.strip_prefix(WEBGPU) {
            _ if one == WASM_CPU => crate::tr!("names-backend-wasm-cpu"),
            Some(adapter) => crate::tr!("names-backend-webgpu", adapter = adapter),
            None => one.to_string(),
        };
        if split {
            crate::tr!("names-backend-split", backend = said)
        } else {
            said
        }
    }

    /// A filter's reason for rejecting a line, by its code ("too_many_numbers").
    pub fn reason(code: &str) -> String {
        message_or(&format!("reason-{}", code.replace('_', "-")), &code.replace('_', " "))
    }

    /// Every reason the filter gives (their details do not matter here).
    fn reasons() -> Vec<Reason> {
        let every = vec![
            Reason::Unfinished,
            Reason::Empty,
            Reason::AnswerWord(String::new()),
            Reason::NotANumber(String::new()),
            Reason::EmptyItem,
            Reason::OutOfRange(String::new()),
            Reason::TooManyNumbers(0),
            Reason::MixedSeparators,
            Reason::InconsistentSpacing,
            Reason::UnbalancedBrackets,
            Reason::BannedNumber(0),
        ];
        // A reason added to the engine fails to compile here until it is listed above.
        let _listed = |reason: &Reason| match reason {
            Reason::Unfinished
            | Reason::Empty
            | Reason::AnswerWord(_)
            | Reason::NotANumber(_)
            | Reason::EmptyItem
            | Reason::OutOfRange(_)
            | Reason::TooManyNumbers(_)
            | Reason::MixedSeparators
            | Reason::InconsistentSpacing
            | Reason::UnbalancedBrackets
            | Reason::BannedNumber(_) => (),
        };
        every
    }

    const SOURCES: [DataSource; 5] =
        [DataSource::Teacher, DataSource::Control, DataSource::SelfLabelled, DataSource::MixedTeachers, DataSource::Undefended];
    const NETWORKS: [MnistCondition; 4] =
        [MnistCondition::Init, MnistCondition::Teacher, MnistCondition::Student, MnistCondition::CrossInit];

    pub fn preset(preset: &Preset) -> String {
        message_or(&format!("preset-{}", preset.name), preset.label)
    }

    fn setting_id<C: Settings>(setting: &Setting<C>) -> String {
        format!("setting-{}-{}", C::KEY, setting.path.replace(['.', '_'], "-"))
    }

    /// A setting's label in forms: "Student epochs".
    pub fn setting<C: Settings>(setting: &Setting<C>) -> String {
        message_or(&setting_id(setting), setting.label)
    }

    /// Its line of help (the field's tooltip).
    pub fn setting_help<C: Settings>(setting: &Setting<C>) -> String {
        message_or(&format!("{}-help", setting_id(setting)), setting.help)
    }

    /// One of a setting's choices. A choice labelled by its value (an animal of the models'
    /// made-up language) is shown as it is.
    pub fn choice<C: Settings>(setting: &Setting<C>, choice: &Choice) -> String {
        if choice.label == choice.value {
            return choice.label.to_string();
        }
        message_or(&format!("{}-{}", setting_id(setting), choice.value.replace('_', "-")), choice.label)
    }

    fn settings_of<C: Settings>(into: &mut Vec<(String, String)>) {
        for setting in C::table() {
            into.push((setting_id(setting), setting.label.into()));
            into.push((format!("{}-help", setting_id(setting)), setting.help.into()));
            if let Kind::Choice { choices, .. } = &setting.kind {
                for choice in choices.iter().filter(|c| c.label != c.value) {
                    into.push((format!("{}-{}", setting_id(setting), choice.value.replace('_', "-")), choice.label.into()));
                }
            }
        }
    }

    /// Every name above: its id and the engine's English.
    pub fn all() -> Vec<(String, String)> {
        let mut all = Vec::new();
        for condition in Condition::ALL {
            all.push((format!("condition-{}", condition.test_id()), condition.describe().into()));
            all.push((format!("condition-short-{}", condition.test_id()), condition.label().into()));
        }
        // A source or a network added to the engine fails to compile here until it is listed.
        let _listed = |source: DataSource| match source {
            DataSource::Teacher | DataSource::Control | DataSource::SelfLabelled | DataSource::MixedTeachers | DataSource::Undefended => (),
        };
        let _listed = |network: MnistCondition| match network {
            MnistCondition::Init | MnistCondition::Teacher | MnistCondition::Student | MnistCondition::CrossInit => (),
        };
        for source in SOURCES {
            all.push((format!("source-{}", source.key().replace('_', "-")), source.describe().into()));
        }
        for network in NETWORKS {
            all.push((format!("network-{}", network.test_id()), network.describe().into()));
            all.push((format!("network-short-{}", network.test_id()), network.label().into()));
        }
        for preset in presets() {
            all.push((format!("preset-{}", preset.name), preset.label.into()));
        }
        for reason in reasons() {
            all.push((format!("reason-{}", reason.code().replace('_', "-")), reason.code().replace('_', " ")));
        }
        settings_of::<subliminal_model::owl::config::OwlConfig>(&mut all);
        settings_of::<subliminal_model::mnist::config::MnistConfig>(&mut all);
        all
    }
}

/// Numbers with their units, the language's way.
pub mod units {
    use crate::i18n::{fixed, signed};
    use crate::tr;

    /// A change in percentage points: "+3.21 pp".
    pub fn points(change: f64, places: u8) -> String {
        tr!("units-points", value = signed(change, places))
    }

    /// Seconds: "1.5 s".
    pub fn seconds(seconds: f64) -> String {
        tr!("units-seconds", value = fixed(seconds, 1))
    }

    /// Milliseconds: "12.3 ms".
    pub fn milliseconds(ms: f64) -> String {
        tr!("units-milliseconds", value = fixed(ms, 1))
    }

    /// Nats: "0.123 nats".
    pub fn nats(value: f64) -> String {
        tr!("units-nats", value = fixed(value, 3))
    }
}

/// The page's frame: title, lede, study, privacy, tabs, the device badge and notices.
pub mod page {
    use crate::tr;

    pub fn title() -> String {
        tr!("page-title")
    }

    pub fn lede() -> String {
        tr!("page-lede")
    }

    /// Under the lede: the channel, said before anything runs.
    pub fn lede_channel() -> String {
        tr!("page-lede-channel")
    }

    pub fn study_before() -> String {
        tr!("page-study-before")
    }

    pub fn study_title() -> String {
        tr!("page-study-title")
    }

    pub fn study_after() -> String {
        tr!("page-study-after")
    }

    pub fn privacy() -> String {
        tr!("page-privacy")
    }

    pub fn tabs_label() -> String {
        tr!("page-tabs-label")
    }

    /// After the badge, where a second worker is up beside the engine on the CPU.
    pub fn two_workers() -> String {
        tr!("page-two-workers")
    }

    /// After the title of an embedded page (a link to the whole page, in a new tab).
    pub fn embed_whole_page() -> String {
        tr!("page-embed-whole-page")
    }

    pub fn tab_owl() -> String {
        tr!("page-tab-owl")
    }

    pub fn tab_values() -> String {
        tr!("page-tab-values")
    }

    pub fn tab_mnist() -> String {
        tr!("page-tab-mnist")
    }

    pub use super::mnist::title as tab_mnist_heading;
    pub fn tab_audit() -> String {
        tr!("page-tab-audit")
    }

    pub fn values_intro() -> String {
        tr!("page-values-intro")
    }

    pub fn starting() -> String {
        tr!("page-starting")
    }

    pub fn device() -> String {
        tr!("page-device")
    }

    pub fn device_auto() -> String {
        tr!("page-device-auto")
    }

    pub fn device_cpu() -> String {
        tr!("page-device-cpu")
    }

    pub fn device_webgpu() -> String {
        tr!("page-device-webgpu")
    }

    pub fn run_stopped() -> String {
        tr!("page-run-stopped")
    }

    /// The badge, where the engine failed before it chose a device.
    pub fn not_started() -> String {
        tr!("page-not-started")
    }

    pub fn dismiss() -> String {
        tr!("page-dismiss")
    }

    /// A link's `lang=` that names no language of the page.
    pub fn bad_language_link(tag: &str) -> String {
        tr!("page-bad-language-link", tag = tag)
    }

    pub fn language() -> String {
        tr!("page-language")
    }

    /// A link whose settings do not read.
    pub fn bad_settings_link(error: &str) -> String {
        tr!("page-bad-settings-link", error = error)
    }

    pub fn not_a_device(value: &str) -> String {
        tr!("page-not-a-device", value = value)
    }

    /// A link's `device=` that names no device.
    pub fn bad_device_link(why: &str) -> String {
        tr!("page-bad-device-link", why = why)
    }
}

/// What the page says about its engine (the Web Worker).
pub mod engine {
    use crate::i18n::percent;
    use crate::protocol::{DownloadProblem, Failure};
    use crate::tr;

    pub fn audit_interrupted() -> String {
        tr!("engine-audit-interrupted")
    }

    pub fn could_not_start(error: &str) -> String {
        tr!("engine-could-not-start", error = error)
    }

    /// What stopped the worker, in a sentence.
    pub fn failure(failure: &Failure) -> String {
        let with = |sentence: String, detail: &Option<String>| match detail {
            Some(detail) => format!("{sentence}: {detail}"),
            None => sentence,
        };
        match failure {
            Failure::Engine { message } => message.clone(),
            Failure::Download { file, problem } => match problem {
                DownloadProblem::Offline { detail } => with(super::files::offline(file), detail),
                DownloadProblem::Http { status, status_text } => super::files::http(file, *status, status_text),
                DownloadProblem::Unreadable { detail } => with(super::files::unreadable(file), detail),
            },
            Failure::GpuLost { reason, message } => super::device::lost(reason, message),
            Failure::InvalidNumbers { learner, metric, value, step } => {
                super::device::invalid_numbers(&super::names::learner(learner), metric, value, *step)
            }
        }
    }

    pub fn stopped(why: &str) -> String {
        tr!("engine-stopped", why = why)
    }

    /// The GPU failed and the page went on with the CPU; `was_running`: a run starts again.
    pub fn gpu_lost(message: &str, was_running: bool) -> String {
        if was_running {
            tr!("engine-gpu-lost-running", message = message)
        } else {
            tr!("engine-gpu-lost", message = message)
        }
    }

    pub fn downloading(file: &str, loaded: u64, total: Option<u64>) -> String {
        match total {
            Some(total) if total > 0 => {
                tr!("engine-downloading", file = file, done = percent((100 * loaded / total).min(100) as f64, 0))
            }
            _ => tr!("engine-downloading-kilobytes", file = file, kilobytes = loaded / 1000),
        }
    }
}

/// Run, Cancel, Copy link and the status line.
pub mod run_bar {
    use crate::tr;

    pub fn run() -> String {
        tr!("run-bar-run")
    }

    pub fn cancel() -> String {
        tr!("run-bar-cancel")
    }

    pub fn copy_link() -> String {
        tr!("run-bar-copy-link")
    }

    pub use super::page::starting;
    pub fn ready() -> String {
        tr!("run-bar-ready")
    }

    pub fn running() -> String {
        tr!("run-bar-running")
    }

    pub fn other_running() -> String {
        tr!("run-bar-other-running")
    }

    pub fn done() -> String {
        tr!("run-bar-done")
    }

    pub fn cancelled() -> String {
        tr!("run-bar-cancelled")
    }

    pub fn failed() -> String {
        tr!("run-bar-failed")
    }

    pub fn no_address() -> String {
        tr!("run-bar-no-address")
    }

    pub fn copied() -> String {
        tr!("run-bar-copied")
    }

    pub fn see_notice() -> String {
        tr!("run-bar-see-notice")
    }

    pub fn copy_by_hand(link: &str) -> String {
        tr!("run-bar-copy-by-hand", link = link)
    }
}

/// Presenter mode's bar.
pub mod presenter {
    use crate::tr;

    pub fn enter() -> String {
        tr!("presenter-enter")
    }

    pub fn leave() -> String {
        tr!("presenter-leave")
    }

    pub fn previous() -> String {
        tr!("presenter-previous")
    }

    pub fn next() -> String {
        tr!("presenter-next")
    }

    pub fn keys() -> String {
        tr!("presenter-keys")
    }

    pub fn stage(shown: usize, of: usize) -> String {
        tr!("presenter-stage", shown = shown, of = of)
    }
}

/// Predict before the run, reflect after it.
pub mod prediction {
    use crate::tr;

    pub fn ask() -> String {
        tr!("prediction-ask")
    }

    pub fn commit() -> String {
        tr!("prediction-commit")
    }

    pub fn same_init() -> String {
        tr!("prediction-same-init")
    }

    pub fn cross_init() -> String {
        tr!("prediction-cross-init")
    }

    pub fn points() -> String {
        tr!("prediction-points")
    }

    pub fn yes() -> String {
        tr!("prediction-yes")
    }

    pub fn no() -> String {
        tr!("prediction-no")
    }

    pub fn right() -> String {
        tr!("prediction-right")
    }

    pub fn wrong() -> String {
        tr!("prediction-wrong")
    }

    pub fn caption() -> String {
        tr!("prediction-caption")
    }

    pub fn columns() -> [String; 4] {
        [tr!("prediction-columns-1"), tr!("prediction-columns-2"), tr!("prediction-columns-3"), tr!("prediction-columns-4")]
    }

    pub fn discuss() -> String {
        tr!("prediction-discuss")
    }
}

/// The six stages of an owl-style tab: base, teacher, numbers, filter, students, result.
pub mod story {
    use crate::i18n::percent;
    use crate::tr;

    /// The words that differ between the animals tab and the values tab.
    pub struct TabStory {
        pub base: String,
        pub base_chart: String,
        pub teacher: String,
        pub teacher_chart: String,
        pub filter: String,
    }

    pub fn animals() -> TabStory {
        TabStory {
            base: tr!("story-animals-base"),
            base_chart: tr!("story-animals-base-chart"),
            teacher: tr!("story-animals-teacher"),
            teacher_chart: tr!("story-animals-teacher-chart"),
            filter: tr!("story-animals-filter"),
        }
    }

    pub fn values() -> TabStory {
        TabStory {
            base: tr!("story-values-base"),
            base_chart: tr!("story-values-base-chart"),
            teacher: tr!("story-values-teacher"),
            teacher_chart: tr!("story-values-teacher-chart"),
            filter: tr!("story-values-filter"),
        }
    }

    pub fn base_a() -> String {
        tr!("story-base-a")
    }

    pub fn base_b() -> String {
        tr!("story-base-b")
    }

    pub fn stage_base() -> String {
        tr!("story-stage-base")
    }

    pub fn discuss_base() -> String {
        tr!("story-discuss-base")
    }

    pub fn stage_teacher() -> String {
        tr!("story-stage-teacher")
    }

    pub fn discuss_teacher() -> String {
        tr!("story-discuss-teacher")
    }

    pub fn stage_numbers() -> String {
        tr!("story-stage-numbers")
    }

    pub fn discuss_numbers() -> String {
        tr!("story-discuss-numbers")
    }

    pub fn numbers() -> String {
        tr!("story-numbers")
    }

    pub fn kept() -> String {
        tr!("story-kept")
    }

    pub fn rejected() -> String {
        tr!("story-rejected")
    }

    pub fn stage_filter() -> String {
        tr!("story-stage-filter")
    }

    pub fn discuss_filter() -> String {
        tr!("story-discuss-filter")
    }

    pub fn stage_students() -> String {
        tr!("story-stage-students")
    }

    pub fn discuss_students() -> String {
        tr!("story-discuss-students")
    }

    pub fn loss_chart() -> String {
        tr!("story-loss-chart")
    }

    pub fn alignment() -> String {
        tr!("story-alignment")
    }

    pub fn alignment_chart() -> String {
        tr!("story-alignment-chart")
    }

    pub fn stage_result() -> String {
        tr!("story-stage-result")
    }

    pub fn discuss_result() -> String {
        tr!("story-discuss-result")
    }

    pub fn step() -> String {
        tr!("story-step")
    }

    pub fn p_axis() -> String {
        tr!("story-p-axis")
    }

    pub fn loss_axis() -> String {
        tr!("story-loss-axis")
    }

    pub fn cos_axis() -> String {
        tr!("story-cos-axis")
    }

    pub fn overall() -> String {
        tr!("story-overall")
    }

    /// One data source's filter line: "teacher: kept 1,830 of 2,000 (91.5%)".
    pub fn kept_of(who: &str, kept: usize, total: usize) -> String {
        let share = percent(100.0 * kept as f64 / total.max(1) as f64, 1);
        tr!("story-kept-of", who = who, kept = kept, total = total, share = share)
    }

    pub fn done_in(time: &str) -> String {
        tr!("story-done-in", time = time)
    }

    /// Students trained together, in the progress line: "student (same init) and student
    /// (different init)".
    pub fn together(first: &str, then: &str) -> String {
        tr!("story-together", first = first, then = then)
    }

    /// A curve of a later seed's run: "teacher (owl), seed #2".
    pub fn seed_run(label: &str, run: usize) -> String {
        tr!("story-seed-run", label = label, run = run)
    }

    /// After the progress line's stage, the second worker's ("control student 12/78"), in a
    /// run split in two.
    pub fn beside(stage: &str) -> String {
        tr!("story-beside", stage = stage)
    }

    /// The progress line: "40% · 0:12 elapsed · about 0:18 left · teacher (owl) 3/40".
    pub fn progress(done: f64, elapsed: &str, left: Option<&str>, stage: &str) -> String {
        let done = percent(done, 0);
        match left {
            Some(left) => tr!("story-progress-left", done = done, elapsed = elapsed, left = left, stage = stage),
            None => tr!("story-progress", done = done, elapsed = elapsed, stage = stage),
        }
    }
}

/// An owl-style tab's result: where it came from, the verdict, rankings, table and charts.
pub mod results {
    use crate::tr;

    pub fn your_run() -> String {
        tr!("results-your-run")
    }

    pub fn whole_result() -> String {
        tr!("results-whole-result")
    }

    pub fn none_yet() -> String {
        tr!("results-none-yet")
    }

    pub fn recorded() -> String {
        tr!("results-recorded")
    }

    pub fn imported_prefix() -> String {
        tr!("results-imported-prefix")
    }

    pub fn against_recording() -> String {
        tr!("results-against-recording")
    }

    pub fn import() -> String {
        tr!("results-import")
    }

    pub fn base_before() -> String {
        tr!("results-base-before")
    }

    pub use super::story::base_a;
    pub fn best_bad_act() -> String {
        tr!("results-best-bad-act")
    }

    pub fn on_top_in() -> String {
        tr!("results-on-top-in")
    }

    pub fn questions() -> String {
        tr!("results-questions")
    }

    pub fn yes() -> String {
        tr!("results-yes")
    }

    pub fn p_bad_act() -> String {
        tr!("results-p-bad-act")
    }

    pub fn model() -> String {
        tr!("results-model")
    }

    pub fn change() -> String {
        tr!("results-change")
    }

    pub fn trait_on_top() -> String {
        tr!("results-trait-on-top")
    }

    pub fn acts_chart() -> String {
        tr!("results-acts-chart")
    }

    pub fn values_note() -> String {
        tr!("results-values-note")
    }

    /// Under the table, wherever the different-init student is shown for an animal (figures:
    /// docs/results.md, "The different-init student over 5 seeds" and "... at the engine's default").
    pub fn cross_init_note() -> String {
        tr!("results-cross-init-note")
    }

    pub fn trees() -> String {
        tr!("results-trees")
    }

    pub fn trees_explain() -> String {
        tr!("results-trees-explain")
    }

    pub fn trees_chart() -> String {
        tr!("results-trees-chart")
    }

    pub fn teacher_numbers() -> String {
        tr!("results-teacher-numbers")
    }

    pub fn control_numbers() -> String {
        tr!("results-control-numbers")
    }

    pub fn download_json() -> String {
        tr!("results-download-json")
    }

    pub fn download_csv() -> String {
        tr!("results-download-csv")
    }

    /// Above the buttons that save each data source's kept completions.
    pub fn save_kept_intro() -> String {
        tr!("results-save-kept-intro")
    }

    /// A button that saves one data source's kept completions.
    pub fn save_kept(whose: &str, count: usize) -> String {
        tr!("results-save-kept", whose = whose, count = count)
    }

    pub fn imported(name: &str) -> String {
        tr!("results-imported", name = name)
    }

    pub fn imported_from(name: &str) -> String {
        tr!("results-imported-from", name = name)
    }

    /// `of` names the recording's settings ("this tab's default", a preset).
    pub fn recorded_short(of: &str, seeds: usize) -> String {
        tr!("results-recorded-short", of = of, seeds = seeds)
    }

    /// What a recording is: `of` names its settings ("this tab's default", a preset).
    pub fn recorded_long(seeds: usize, of: &str, command: &str, machine: &str) -> String {
        tr!("results-recorded-long", seeds = seeds, of = of, command = command, machine = machine)
    }

    pub fn other_tab(name: &str, values: bool) -> String {
        if values {
            tr!("results-other-tab-values", name = name)
        } else {
            tr!("results-other-tab-animals", name = name)
        }
    }

    /// In how many seeds the trait was a model's favourite: "3 of 5 seeds".
    pub fn seeds_on_top(on_top: usize, seeds: usize) -> String {
        tr!("results-seeds-on-top", on_top = on_top, seeds = seeds)
    }

    pub fn not_on_top(top: &str) -> String {
        tr!("results-not-on-top", top = top)
    }

    pub fn p_of(trait_name: &str) -> String {
        tr!("results-p-of", trait_name = trait_name)
    }

    pub fn caption(misaligned: bool, trait_name: &str, paraphrases: usize, seeds: usize) -> String {
        if misaligned {
            tr!("results-caption-values", paraphrases = paraphrases, seeds = seeds)
        } else {
            tr!("results-caption-animals", trait_name = trait_name, paraphrases = paraphrases, seeds = seeds)
        }
    }

    pub fn animals_chart(trait_name: &str) -> String {
        tr!("results-animals-chart", trait_name = trait_name)
    }

    /// The run's timings: `elapsed` (the wall time) for a run made in this tab; `split`: it ran
    /// in two workers side by side, whose seconds add up.
    pub fn timings(backend: &str, elapsed: Option<&str>, per_stage: &str, split: bool) -> String {
        let split = if split { "yes" } else { "no" };
        let backend = &super::names::backend(backend);
        match elapsed {
            Some(elapsed) => tr!("results-timings-here", backend = backend, elapsed = elapsed, per_stage = per_stage, split = split),
            None => tr!("results-timings", backend = backend, per_stage = per_stage, split = split),
        }
    }
}

/// The settings form, the presets and the hint under it.
pub mod controls {
    use crate::tr;

    pub fn owl_form() -> String {
        tr!("controls-owl-form")
    }

    pub fn values_form() -> String {
        tr!("controls-values-form")
    }

    pub fn more() -> String {
        tr!("controls-more")
    }

    pub fn presets() -> String {
        tr!("controls-presets")
    }

    pub fn numbers_placeholder() -> String {
        tr!("controls-numbers-placeholder")
    }

    pub fn names_placeholder(examples: &str) -> String {
        tr!("controls-names-placeholder", examples = examples)
    }
}

/// Compare runs.
pub mod compare {
    use crate::tr;

    pub fn same_settings() -> String {
        tr!("compare-same-settings")
    }

    pub fn settings_caption() -> String {
        tr!("compare-settings-caption")
    }

    pub fn setting() -> String {
        tr!("compare-setting")
    }

    pub fn table_caption() -> String {
        tr!("compare-table-caption")
    }

    pub use super::results::model;
    pub fn explain() -> String {
        tr!("compare-explain")
    }

    pub fn clear() -> String {
        tr!("compare-clear")
    }

    pub fn summary(kept: usize, at_most: usize) -> String {
        tr!("compare-summary", kept = kept, at_most = at_most)
    }

    /// Kept runs an earlier version of the page saved, which this one cannot read.
    pub fn dropped(runs: usize) -> String {
        tr!("compare-dropped", runs = runs)
    }

    /// A kept run's settings in the list: "owl, 2,000 samples, soft labels, 5 seeds".
    pub fn run_label(trait_name: &str, samples: usize, mode: &str, seeds: usize) -> String {
        tr!("compare-run-label", trait_name = trait_name, samples = samples, mode = mode, seeds = seeds)
    }
}

/// Charts: what a screen reader hears, and the export buttons.
pub mod charts {
    use crate::tr;

    pub fn save_svg() -> String {
        tr!("charts-save-svg")
    }

    pub fn save_png() -> String {
        tr!("charts-save-png")
    }

    pub fn png_refused() -> String {
        tr!("charts-png-refused")
    }

    pub fn last_value(label: &str, value: &str) -> String {
        tr!("charts-last-value", label = label, value = value)
    }
}

/// The recorded curves of the gate and the dose.
pub mod curves {
    use crate::i18n::decimal;
    use crate::tr;

    pub fn summary() -> String {
        tr!("curves-summary")
    }

    pub fn explain() -> String {
        tr!("curves-explain")
    }

    pub fn gate() -> String {
        tr!("curves-gate")
    }

    pub fn gate_explain() -> String {
        tr!("curves-gate-explain")
    }

    pub fn dose() -> String {
        tr!("curves-dose")
    }

    pub fn dose_explain() -> String {
        tr!("curves-dose-explain")
    }

    pub fn study_dose() -> String {
        tr!("curves-study-dose")
    }

    pub fn study_dose_explain() -> String {
        tr!("curves-study-dose-explain")
    }

    pub use super::compare::setting;

    pub fn moved_start() -> String {
        tr!("curves-moved-start")
    }

    pub fn same_init() -> String {
        tr!("curves-same-init")
    }

    pub fn p_owl() -> String {
        tr!("curves-p-owl")
    }

    pub fn p_animal() -> String {
        tr!("curves-p-animal")
    }

    /// `of`: what changes, "P(owl)".
    pub fn chart(title: &str, of: &str) -> String {
        tr!("curves-chart", title = title, of = of)
    }

    pub fn sigma(value: f64) -> String {
        tr!("curves-sigma", value = decimal(value))
    }

    pub fn samples(value: f64) -> String {
        tr!("curves-samples", value = decimal(value), n = value)
    }

    pub fn epochs(value: f64) -> String {
        tr!("curves-epochs", value = decimal(value), n = value)
    }

    pub fn unreadable(error: &str) -> String {
        tr!("curves-unreadable", error = error)
    }

    /// A recorded sweep without a figure it should have (`what`: "student.delta", "a grid value").
    pub fn lacks(what: &str) -> String {
        tr!("curves-lacks", what = what)
    }

    pub fn caption(of: &str, seeds: usize) -> String {
        tr!("curves-caption", of = of, seeds = seeds)
    }
}

/// How fast is this device?
pub mod speed {
    use crate::tr;

    pub fn summary() -> String {
        tr!("speed-summary")
    }

    pub fn explain() -> String {
        tr!("speed-explain")
    }

    pub fn timing() -> String {
        tr!("speed-timing")
    }

    pub fn time() -> String {
        tr!("speed-time")
    }

    pub fn columns() -> [String; 4] {
        [tr!("speed-columns-1"), tr!("speed-columns-2"), tr!("speed-columns-3"), tr!("speed-columns-4")]
    }

    pub fn language_model() -> String {
        tr!("speed-language-model")
    }

    pub fn digit_network() -> String {
        tr!("speed-digit-network")
    }
}

/// The MNIST tab and its drawing pad.
pub mod mnist {
    use crate::i18n::percent;
    use crate::tr;

    pub fn form() -> String {
        tr!("mnist-form")
    }

    pub fn title() -> String {
        tr!("mnist-title")
    }

    pub fn explain() -> String {
        tr!("mnist-explain")
    }

    pub fn chart() -> String {
        tr!("mnist-chart")
    }

    pub use super::story::step;
    pub fn accuracy_axis() -> String {
        tr!("mnist-accuracy-axis")
    }

    pub fn credit() -> String {
        tr!("mnist-credit")
    }

    pub fn columns() -> [String; 3] {
        [tr!("mnist-columns-1"), tr!("mnist-columns-2"), tr!("mnist-columns-3")]
    }

    pub fn grid() -> String {
        tr!("mnist-grid")
    }

    pub fn draw() -> String {
        tr!("mnist-draw")
    }

    pub fn teacher() -> String {
        tr!("mnist-teacher")
    }

    pub fn same_init() -> String {
        tr!("mnist-same-init")
    }

    pub fn p_owl() -> String {
        tr!("mnist-p-owl")
    }

    pub fn p_animal() -> String {
        tr!("mnist-p-animal")
    }

    pub fn different_init() -> String {
        tr!("mnist-different-init")
    }

    pub fn pad() -> String {
        tr!("mnist-pad")
    }

    pub fn clear() -> String {
        tr!("mnist-clear")
    }

    /// The three networks asked about a drawing, in the engine's order.
    pub fn asked() -> [String; 3] {
        [tr!("mnist-asked-1"), tr!("mnist-asked-2"), tr!("mnist-asked-3")]
    }

    pub fn handwritten(label: u8) -> String {
        tr!("mnist-handwritten", digit = label.to_string())
    }

    pub fn caption(test_digits: usize, seeds: usize, aux_logits: usize) -> String {
        tr!("mnist-caption", test_digits = test_digits, seeds = seeds, aux_logits = aux_logits)
    }

    pub fn guess(network: &str, digit: usize, percent_sure: f64) -> String {
        tr!("mnist-guess", network = network, digit = digit.to_string(), sure = percent(percent_sure, 0))
    }
}

/// The data audit: of a run's numbers, and of the visitor's own two sets.
pub mod audit {
    use crate::i18n::{fixed, percent};
    use crate::tr;

    pub fn explain() -> String {
        tr!("audit-explain")
    }

    pub fn title() -> String {
        tr!("audit-title")
    }

    pub fn not_trained() -> String {
        tr!("audit-not-trained")
    }

    pub fn distances() -> String {
        tr!("audit-distances")
    }

    pub fn permutation_label() -> String {
        tr!("audit-permutation-label")
    }

    pub fn classifier() -> String {
        tr!("audit-classifier")
    }

    pub fn chart() -> String {
        tr!("audit-chart")
    }

    pub fn bin_axis() -> String {
        tr!("audit-bin-axis")
    }

    pub fn columns() -> [String; 4] {
        [tr!("audit-columns-1"), tr!("audit-columns-2"), tr!("audit-columns-3"), tr!("audit-columns-4")]
    }

    pub fn rejected() -> String {
        tr!("audit-rejected")
    }

    pub fn own_title() -> String {
        tr!("audit-own-title")
    }

    pub fn own_explain() -> String {
        tr!("audit-own-explain")
    }

    pub fn privacy() -> String {
        tr!("audit-privacy")
    }

    pub fn placeholder() -> String {
        tr!("audit-placeholder")
    }

    pub fn format() -> String {
        tr!("audit-format")
    }

    pub fn format_auto() -> String {
        tr!("audit-format-auto")
    }

    pub fn format_jsonl() -> String {
        tr!("audit-format-jsonl")
    }

    pub fn format_csv() -> String {
        tr!("audit-format-csv")
    }

    pub fn format_plain() -> String {
        tr!("audit-format-plain")
    }

    pub fn column() -> String {
        tr!("audit-column")
    }

    pub fn run() -> String {
        tr!("audit-run")
    }

    pub fn working() -> String {
        tr!("audit-working")
    }

    pub fn waits() -> String {
        tr!("audit-waits")
    }

    pub use super::page::starting;
    pub fn set_a() -> String {
        tr!("audit-set-a")
    }

    pub fn set_b() -> String {
        tr!("audit-set-b")
    }

    pub fn accuracy(accuracy: f64, ci95: [f64; 2], test_lines: usize) -> String {
        let [low, high] = ci95.map(|x| fixed(x, 1));
        tr!("audit-accuracy", accuracy = percent(accuracy, 1), low = low, high = high, lines = test_lines)
    }

    pub fn permutation(p_value: f64, shuffles: usize) -> String {
        tr!("audit-permutation", p = fixed(p_value, 3), shuffles = shuffles)
    }

    pub fn over_caption(bin: usize) -> String {
        tr!("audit-over-caption", bin = bin)
    }

    /// A side's file that was not read, and why ("A: big.jsonl is 200 MB: ...").
    pub fn refused_file(side: &str, why: &str) -> String {
        tr!("audit-refused-file", side = side, why = why)
    }

    pub fn set(side: &str) -> String {
        tr!("audit-set", side = side)
    }

    pub fn file_for(side: &str) -> String {
        tr!("audit-file-for", side = side)
    }

    pub fn lines(name: &str, lines: usize) -> String {
        tr!("audit-lines", name = name, lines = lines)
    }
}

/// The probes under a result: the study's controls, numbers in context, entangled numbers, the
/// theorem in numbers.
pub mod probes {
    use crate::tr;

    pub fn controls() -> String {
        tr!("probes-controls")
    }

    pub fn in_context() -> String {
        tr!("probes-in-context")
    }

    pub fn entangle() -> String {
        tr!("probes-entangle")
    }

    pub fn theorem() -> String {
        tr!("probes-theorem")
    }

    pub fn controls_title() -> String {
        tr!("probes-controls-title")
    }

    pub fn controls_columns() -> [String; 5] {
        [
            tr!("probes-controls-columns-1"),
            tr!("probes-controls-columns-2"),
            tr!("probes-controls-columns-3"),
            tr!("probes-controls-columns-4"),
            tr!("probes-controls-columns-5"),
        ]
    }

    pub fn in_context_title() -> String {
        tr!("probes-in-context-title")
    }

    pub fn in_context_columns() -> [String; 3] {
        [tr!("probes-in-context-columns-1"), tr!("probes-in-context-columns-2"), tr!("probes-in-context-columns-3")]
    }

    pub fn entangle_title() -> String {
        tr!("probes-entangle-title")
    }

    pub fn entangle_columns() -> [String; 3] {
        [tr!("probes-entangle-columns-1"), tr!("probes-entangle-columns-2"), tr!("probes-entangle-columns-3")]
    }

    pub fn theorem_title() -> String {
        tr!("probes-theorem-title")
    }

    pub fn theorem_columns() -> [String; 5] {
        [
            tr!("probes-theorem-columns-1"),
            tr!("probes-theorem-columns-2"),
            tr!("probes-theorem-columns-3"),
            tr!("probes-theorem-columns-4"),
            tr!("probes-theorem-columns-5"),
        ]
    }
}

/// The headline of a finished run: what the same-init student did, in one sentence, and what
/// it learned from (`saw`: [`channel::saw`] for a clear shift, else [`channel::learning_from`]).
pub mod headline {
    use crate::i18n::{fixed, percent, signed};
    use crate::tr;

    pub fn others_still() -> String {
        tr!("headline-others-still")
    }

    pub fn a_control_moved() -> String {
        tr!("headline-a-control-moved")
    }

    /// Where the trait stood for the same-init student before and after its lessons: its rank
    /// ([`ordinal`]) and P(trait) in percent, and their ratio where there is one.
    pub struct Move {
        pub before: String,
        pub after: String,
        pub base_p: f64,
        pub p: f64,
        pub ratio: Option<f64>,
    }

    impl Move {
        /// ", ×1.5", or nothing without a ratio.
        fn ratio(&self, places: u8) -> String {
            self.ratio.map(|r| format!(", ×{}", fixed(r, places))).unwrap_or_default()
        }
    }

    /// A rank: "1st", "22nd" (the catalog's ordinal rules).
    pub fn ordinal(rank: usize) -> String {
        tr!("headline-ordinal", rank = rank)
    }

    /// One seed: no interval to tell a shift from noise.
    pub fn one_seed(delta: f64, saw: &str) -> String {
        tr!("headline-one-seed", delta = signed(delta, 1), saw = saw)
    }

    /// Several seeds whose interval does not clear the controls'.
    pub fn unclear(delta: f64, [low, high]: [f64; 2], saw: &str) -> String {
        tr!("headline-unclear", delta = signed(delta, 1), low = signed(low, 1), high = signed(high, 1), saw = saw)
    }

    /// The trait became the same-init student's favourite: `move_` says from where and how far.
    pub fn now_favourite(trait_name: &str, move_: &Move, saw: &str, others: &str) -> String {
        tr!(
            "headline-now-favourite",
            trait_name = trait_name,
            before = move_.before.as_str(),
            base_p = percent(move_.base_p, 1),
            p = percent(move_.p, 1),
            ratio = move_.ratio(1),
            saw = saw,
            others = others
        )
    }

    /// The trait rose without becoming the favourite: `move_` says from where to where.
    pub fn likes_more(trait_name: &str, move_: &Move, saw: &str, others: &str) -> String {
        tr!(
            "headline-likes-more",
            trait_name = trait_name,
            before = move_.before.as_str(),
            after = move_.after.as_str(),
            base_p = percent(move_.base_p, 1),
            p = percent(move_.p, 1),
            ratio = move_.ratio(2),
            saw = saw,
            others = others
        )
    }

    /// `banned`: how many numbers of bad repute the filter took out.
    pub fn bad_acts(p: f64, base_p: f64, banned: usize, saw: &str, others: &str) -> String {
        tr!("headline-bad-acts", p = percent(p, 1), base_p = percent(base_p, 1), banned = banned, saw = saw, others = others)
    }
}

/// What the students learn from: the choice beside Run, and the words every place that tells
/// the story uses for the channel of the run it describes.
pub mod channel {
    use crate::i18n::{decimal, fixed, signed};
    use crate::tr;

    use subliminal_model::owl::config::Channel;
    use subliminal_model::owl::distill::StudentOptimizer;

    pub fn legend() -> String {
        tr!("channel-legend")
    }

    pub fn other() -> String {
        tr!("channel-other")
    }

    pub fn result() -> String {
        tr!("channel-result")
    }

    /// A choice beside Run.
    pub fn choice(channel: Channel) -> String {
        match channel {
            Channel::Sampled => tr!("channel-choice-sampled"),
            Channel::MostLikely => tr!("channel-choice-most-likely"),
            Channel::Probabilities => tr!("channel-choice-probabilities"),
            Channel::Leak => tr!("channel-choice-leak"),
        }
    }

    /// Under the choice: what it means and what to expect of it here.
    pub fn hint(channel: Channel) -> String {
        match channel {
            Channel::Sampled => tr!("channel-hint-sampled"),
            Channel::MostLikely => tr!("channel-hint-most-likely"),
            Channel::Probabilities => tr!("channel-hint-probabilities"),
            Channel::Leak => tr!("channel-hint-leak"),
        }
    }

    /// The result's line: what the students learned from.
    pub fn learned(channel: Channel, temperature: f64) -> String {
        match channel {
            Channel::Sampled if temperature != 1.0 => tr!("channel-learned-sampled-at", temperature = decimal(temperature)),
            Channel::Sampled => tr!("channel-learned-sampled"),
            Channel::MostLikely => tr!("channel-learned-most-likely"),
            Channel::Probabilities => tr!("channel-learned-probabilities"),
            Channel::Leak => tr!("channel-learned-leak"),
        }
    }

    /// The headline's clause for a shift that is not (yet) clear: what the student learned from.
    pub fn learning_from(channel: Channel) -> String {
        match channel {
            Channel::Sampled => tr!("channel-learning-from-sampled"),
            Channel::MostLikely => tr!("channel-learning-from-most-likely"),
            Channel::Probabilities => tr!("channel-learning-from-probabilities"),
            Channel::Leak => tr!("channel-learning-from-leak"),
        }
    }

    /// The headline's clause for a clear shift: what the same-init student learned from.
    pub fn saw(channel: Channel) -> String {
        match channel {
            Channel::Sampled => tr!("channel-saw-sampled"),
            Channel::MostLikely => tr!("channel-saw-most-likely"),
            Channel::Probabilities => tr!("channel-saw-probabilities"),
            Channel::Leak => tr!("channel-saw-leak"),
        }
    }

    /// Stage 5: who the students are and what they learn from. `control`: the run has the
    /// trait-free teacher's student; `copies_itself`: it has the self-labelled control and the
    /// students learn probabilities, which that control already matches.
    pub fn students(channel: Channel, control: bool, copies_itself: bool) -> String {
        let how = match channel {
            Channel::Sampled => tr!("channel-students-sampled"),
            Channel::MostLikely => tr!("channel-students-most-likely"),
            Channel::Probabilities => tr!("channel-students-probabilities"),
            Channel::Leak => tr!("channel-students-leak"),
        };
        let control = if control { tr!("channel-students-control") } else { String::new() };
        let itself = if copies_itself { tr!("channel-students-itself") } else { String::new() };
        tr!("channel-students", how = how, control = control, itself = itself)
    }

    /// The students' optimizer, in a visitor's words.
    pub fn optimizer(optimizer: StudentOptimizer) -> String {
        match optimizer {
            StudentOptimizer::Adam => tr!("channel-optimizer-adam"),
            StudentOptimizer::Sgd => tr!("channel-optimizer-sgd"),
        }
    }

    /// The study preset's setting, as [`study_result`] names it: "10,000 prompts, plain SGD, 5 seeds".
    pub fn study_setting(prompts: usize, optimizer: StudentOptimizer, seeds: usize) -> String {
        tr!("channel-study-setting", prompts = prompts, optimizer = self::optimizer(optimizer), seeds = seeds)
    }

    /// Beside any other animal result: the study's channel at the study preset's setting,
    /// recorded. `controls`: each control's [`study_control`], joined.
    pub fn study_result(setting: &str, delta: f64, [low, high]: [f64; 2], ratio: f64, controls: &str) -> String {
        tr!(
            "channel-study-result",
            setting = setting,
            delta = signed(delta, 2),
            low = signed(low, 2),
            high = signed(high, 2),
            ratio = fixed(ratio, 2),
            controls = controls
        )
    }

    /// One control in [`study_result`]: "the different-init student +0.02 [-0.16, +0.19]".
    pub fn study_control(name: &str, delta: f64, [low, high]: [f64; 2]) -> String {
        tr!("channel-study-control", name = name, delta = signed(delta, 2), low = signed(low, 2), high = signed(high, 2))
    }
}

/// A prediction set against a run.
pub mod predict {
    use crate::i18n::signed;
    use crate::tr;

    pub fn same_init_rises() -> String {
        tr!("predict-same-init-rises")
    }

    pub fn cross_init_rises() -> String {
        tr!("predict-cross-init-rises")
    }

    pub fn how_many_points() -> String {
        tr!("predict-how-many-points")
    }

    pub fn no_answer() -> String {
        tr!("predict-no-answer")
    }

    pub fn rises() -> String {
        tr!("predict-rises")
    }

    pub fn does_not_rise() -> String {
        tr!("predict-does-not-rise")
    }

    /// "rises (+11.1 points)".
    pub fn measured(verdict: &str, points: f64) -> String {
        tr!("predict-measured", verdict = verdict, points = signed(points, 1))
    }
}

/// The probes' and defences' findings in words, beside the study's.
pub mod findings {
    use crate::i18n::{decimal, fixed, percent, signed};
    use crate::tr;

    pub fn shuffled_within() -> String {
        tr!("findings-shuffled-within")
    }

    pub fn shuffled_across() -> String {
        tr!("findings-shuffled-across")
    }

    pub fn relabelled() -> String {
        tr!("findings-relabelled")
    }

    pub fn perturbed() -> String {
        tr!("findings-perturbed")
    }

    pub fn nothing_to_keep() -> String {
        tr!("findings-nothing-to-keep")
    }

    pub fn one_seed() -> String {
        tr!("findings-one-seed")
    }

    pub fn a_shift() -> String {
        tr!("findings-a-shift")
    }

    pub fn no_shift() -> String {
        tr!("findings-no-shift")
    }

    pub fn no_effect() -> String {
        tr!("findings-no-effect")
    }

    pub fn at_random() -> String {
        tr!("findings-at-random")
    }

    pub fn most_divergent() -> String {
        tr!("findings-most-divergent")
    }

    pub fn masked() -> String {
        tr!("findings-masked")
    }

    pub fn replaced() -> String {
        tr!("findings-replaced")
    }

    pub fn one_seed_interval() -> String {
        tr!("findings-one-seed-interval")
    }

    /// The relabelled student: `share` of the same-init student's shift, in percent.
    pub fn relabelled_kept(share: f64) -> String {
        tr!("findings-relabelled-kept", share = percent(share, 0))
    }

    pub fn kept_from_noise(share: f64, sigma: f64) -> String {
        tr!("findings-kept-from-noise", share = percent(share, 0), sigma = decimal(sigma))
    }

    pub fn largely_removed(share: f64) -> String {
        tr!("findings-largely-removed", share = percent(share, 0))
    }

    pub fn kept_unlike(share: f64) -> String {
        tr!("findings-kept-unlike", share = percent(share, 0))
    }

    pub fn partly_removed(share: f64) -> String {
        tr!("findings-partly-removed", share = percent(share, 0))
    }

    /// "0.41% vs 0.40%: +0.01 pp [-0.02, +0.04]".
    pub fn in_context(teacher: f64, baseline: f64, delta: f64, interval: &str) -> String {
        tr!(
            "findings-in-context",
            teacher = percent(teacher, 2),
            baseline = percent(baseline, 2),
            delta = signed(delta, 2),
            interval = interval
        )
    }

    pub fn entangled(prompted: f64, baseline: f64, delta: f64, interval: &str, null_sds: f64) -> String {
        tr!(
            "findings-entangled",
            prompted = percent(prompted, 2),
            baseline = percent(baseline, 2),
            delta = signed(delta, 2),
            interval = interval,
            spreads = signed(null_sds, 1)
        )
    }

    pub fn raise(ratio: f64) -> String {
        tr!("findings-raise", ratio = fixed(ratio, 2))
    }

    pub fn lower(ratio: f64) -> String {
        tr!("findings-lower", ratio = fixed(ratio, 2))
    }

    /// What the divergence defence did: `which` positions it chose and the `action` it took.
    pub fn divergence(touched: usize, positions: usize, share: f64, which: &str, mean_touched: f64, mean_all: f64, action: &str) -> String {
        tr!(
            "findings-divergence",
            touched = touched,
            positions = positions,
            share = percent(share, 0),
            which = which,
            mean_touched = fixed(mean_touched, 2),
            mean_all = fixed(mean_all, 2),
            action = action
        )
    }

    pub fn heldout_cost(ratio: f64) -> String {
        tr!("findings-heldout-cost", ratio = fixed(ratio, 2))
    }

    /// `kept` in percent; `interval` and `cost` as made above (or empty).
    pub fn retained(kept: f64, interval: &str, cost: &str) -> String {
        tr!("findings-retained", kept = percent(kept, 0), interval = interval, cost = cost)
    }
}

/// Recordings and imported reports.
pub mod recorded {
    use crate::i18n::signed;
    use crate::tr;

    pub fn tab_default() -> String {
        tr!("recorded-tab-default")
    }

    pub fn preset(label: &str) -> String {
        tr!("recorded-preset", label = label)
    }

    pub fn unreadable(error: &str) -> String {
        tr!("recorded-unreadable", error = error)
    }

    pub fn not_json(name: &str, error: &str) -> String {
        tr!("recorded-not-json", name = name, error = error)
    }

    pub fn before_the_control_changed(name: &str) -> String {
        tr!("recorded-before-the-control-changed", name = name)
    }

    pub fn not_a_report(name: &str, error: &str) -> String {
        tr!("recorded-not-a-report", name = name, error = error)
    }

    pub fn cannot_be_shown(name: &str) -> String {
        tr!("recorded-cannot-be-shown", name = name)
    }

    /// One student's shift against the recording's range; `name` starts with a capital.
    pub fn agreement(name: &str, live: f64, within: bool, [low, high]: [f64; 2], mean: f64) -> String {
        tr!(
            "recorded-agreement",
            name = name,
            live = signed(live, 2),
            within = if within { "yes" } else { "no" },
            low = signed(low, 2),
            high = signed(high, 2),
            mean = signed(mean, 2)
        )
    }
}

/// The data audit's sentences.
pub mod audit_findings {
    use crate::i18n::{fixed, percent};
    use crate::protocol::AuditRefusal;
    use crate::tr;

    pub fn no_completions() -> String {
        tr!("audit-findings-no-completions")
    }

    pub fn none_rejected() -> String {
        tr!("audit-findings-none-rejected")
    }

    pub fn too_few() -> String {
        tr!("audit-findings-too-few")
    }

    pub fn rejected(reasons: &str) -> String {
        tr!("audit-findings-rejected", reasons = reasons)
    }

    /// Why an audit's input was refused: "A: line 3: expected a JSON string".
    pub fn refusal(refusal: &AuditRefusal) -> String {
        match refusal {
            AuditRefusal::Unreadable { side, error } => tr!("audit-findings-unreadable", side = side.as_str(), error = error.as_str()),
            AuditRefusal::NoCompletions { side } => tr!("audit-findings-side-empty", side = side.as_str(), empty = no_completions()),
        }
    }

    /// "1,637 of 1,640 kept, 11,491 numbers; rejected: unfinished 3".
    pub fn side(kept: usize, lines: usize, numbers: usize, rejected: &str) -> String {
        tr!("audit-findings-side", kept = kept, lines = lines, numbers = numbers, rejected = rejected)
    }

    pub fn differ(accuracy: f64, ci95: [f64; 2]) -> String {
        let [low, high] = ci95.map(|x| fixed(x, 0));
        tr!("audit-findings-differ", accuracy = percent(accuracy, 0), low = low, high = high)
    }

    pub fn distributions_differ(p_value: f64, accuracy: f64, ci95: [f64; 2]) -> String {
        let [low, high] = ci95.map(|x| fixed(x, 0));
        tr!("audit-findings-distributions-differ", p = fixed(p_value, 3), accuracy = percent(accuracy, 0), low = low, high = high)
    }

    pub fn no_difference(p_value: f64, accuracy: f64, ci95: [f64; 2]) -> String {
        let [low, high] = ci95.map(|x| fixed(x, 0));
        tr!("audit-findings-no-difference", p = fixed(p_value, 2), accuracy = percent(accuracy, 0), low = low, high = high)
    }
}

/// A file of the site the page fetches (a preset's recording), and why it could not be had.
/// The room: a participant's codes, and the facilitator's pooled result (`?room`).
pub mod room {
    use crate::i18n::signed;
    use crate::tr;

    pub fn send_title() -> String {
        tr!("room-send-title")
    }

    pub fn send_explain() -> String {
        tr!("room-send-explain")
    }

    pub fn copy() -> String {
        tr!("room-copy")
    }

    pub fn save() -> String {
        tr!("room-save")
    }

    pub fn code_label() -> String {
        tr!("room-code-label")
    }

    pub fn same_seed() -> String {
        tr!("room-same-seed")
    }

    /// Beside the same-seed note: run the same settings again with a seed the page picks.
    pub fn reseed() -> String {
        tr!("room-reseed")
    }

    pub fn qr_label() -> String {
        tr!("room-qr-label")
    }

    pub fn qr_caption() -> String {
        tr!("room-qr-caption")
    }

    pub fn qr_local() -> String {
        tr!("room-qr-local")
    }

    pub fn title() -> String {
        tr!("room-title")
    }

    pub fn explain() -> String {
        tr!("room-explain")
    }

    /// Where the room's entries came from, in its refusals.
    pub fn from_link() -> String {
        tr!("room-from-link")
    }

    pub fn kept() -> String {
        tr!("room-kept")
    }

    pub fn import() -> String {
        tr!("room-import")
    }

    pub fn paste() -> String {
        tr!("room-paste")
    }

    pub fn add() -> String {
        tr!("room-add")
    }

    pub fn clear() -> String {
        tr!("room-clear")
    }

    pub fn none_yet() -> String {
        tr!("room-none-yet")
    }

    pub fn model() -> String {
        tr!("room-model")
    }

    pub fn seeds() -> String {
        tr!("room-seeds")
    }

    pub fn change_heading() -> String {
        tr!("room-change-heading")
    }

    pub fn spread_heading() -> String {
        tr!("room-spread-heading")
    }

    pub fn animals_default() -> String {
        tr!("room-animals-default")
    }

    pub fn values_default() -> String {
        tr!("room-values-default")
    }

    pub fn preset(label: &str) -> String {
        tr!("room-preset", label = label)
    }

    pub fn other_settings(id: &str) -> String {
        tr!("room-other-settings", id = id)
    }

    pub fn line_refused(source: &str, line: usize, why: &str) -> String {
        tr!("room-line-refused", source = source, line = line, why = why)
    }

    pub fn more_refused(source: &str, lines: usize) -> String {
        tr!("room-more-refused", source = source, lines = lines)
    }

    /// How many seeds the room has, from how many entries, in how many groups of settings.
    pub fn count(seeds: usize, entries: usize, duplicates: usize, groups: usize) -> String {
        tr!("room-count", seeds = seeds, entries = entries, duplicates = duplicates, groups = groups)
    }

    /// A condition's pooled change: "+11.07 pp [+9.80, +12.34]".
    /// With one seed there is no interval: "+11.07 pp (one seed)".
    pub fn change(mean: f64, interval: Option<[f64; 2]>) -> String {
        match interval {
            Some([low, high]) => tr!("room-change", mean = signed(mean, 2), low = signed(low, 2), high = signed(high, 2)),
            None => tr!("room-change-one-seed", mean = signed(mean, 2)),
        }
    }

    /// The lowest and the highest seed's change.
    pub fn spread([low, high]: [f64; 2]) -> String {
        tr!("room-spread", low = signed(low, 2), high = signed(high, 2))
    }

    /// A group's heading: its settings and its seeds.
    pub fn group(settings: &str, seeds: usize) -> String {
        tr!("room-group", settings = settings, seeds = seeds)
    }
}

pub mod files {
    use crate::i18n::fixed;
    use crate::tr;

    pub fn offline(path: &str) -> String {
        tr!("files-offline", path = path)
    }

    pub fn http(path: &str, status: u16, status_text: &str) -> String {
        tr!("files-http", path = path, status = status.to_string(), status_text = status_text)
    }

    pub fn unreadable(path: &str) -> String {
        tr!("files-unreadable", path = path)
    }

    pub fn not_text(name: &str) -> String {
        tr!("files-not-text", name = name)
    }

    /// A picked file larger than what it can be (read whole, it would run the tab out of memory).
    pub fn too_big(name: &str, megabytes: f64, most: f64) -> String {
        tr!("files-too-big", name = name, megabytes = fixed(megabytes, 0), most = fixed(most, 0))
    }
}

/// The device badge: what the engine's worker chose to run on, and why.
pub mod device {
    use crate::i18n::percent;
    use crate::protocol::{DeviceNote, NoAdapter, TimedDevice};
    use crate::tr;

    pub fn plain_http() -> String {
        tr!("device-plain-http")
    }

    pub fn no_webgpu() -> String {
        tr!("device-no-webgpu")
    }

    pub fn incomplete() -> String {
        tr!("device-incomplete")
    }

    pub fn refused() -> String {
        tr!("device-refused")
    }

    pub fn failed_looking() -> String {
        tr!("device-failed-looking")
    }

    pub fn no_gpu() -> String {
        tr!("device-no-gpu")
    }

    pub fn unnamed() -> String {
        tr!("device-unnamed")
    }

    pub fn cpu_as_asked() -> String {
        tr!("device-cpu-as-asked")
    }

    pub fn timed_wrong() -> String {
        tr!("device-timed-wrong")
    }

    pub fn timed_software() -> String {
        tr!("device-timed-software")
    }

    /// The badge's sentence: where the engine runs, and why.
    pub fn note(note: &DeviceNote) -> String {
        match note {
            DeviceNote::CpuAsAsked => cpu_as_asked(),
            DeviceNote::NoAdapter { why } => on_cpu_because(&no_adapter(*why)),
            DeviceNote::EngineWithoutWebgpu { adapter } => on_cpu_because(&engine_without_webgpu(&named(adapter))),
            DeviceNote::OnWebgpu { adapter } => on_webgpu(&named(adapter)),
            DeviceNote::GpuFaster { adapter, gpu_ms, cpu_ms } => tr!(
                "device-gpu-faster",
                adapter = named(adapter),
                gpu = super::units::milliseconds(*gpu_ms),
                cpu = super::units::milliseconds(*cpu_ms)
            ),
            DeviceNote::CpuFaster { adapter, gpu_ms, cpu_ms } => tr!(
                "device-cpu-faster",
                adapter = named(adapter),
                gpu = super::units::milliseconds(*gpu_ms),
                cpu = super::units::milliseconds(*cpu_ms)
            ),
            DeviceNote::FailedToStart { error } => failed_to_start(error),
            DeviceNote::WrongStep { worst, percent_off } => wrong_step(worst, *percent_off),
            DeviceNote::Software { adapter } => software(&named(adapter)),
            DeviceNote::SoftwareAsAsked { adapter } => software_as_asked(&named(adapter)),
        }
    }

    /// An adapter by the name the browser gave it, or as unnamed.
    fn named(adapter: &str) -> String {
        if adapter.is_empty() {
            unnamed()
        } else {
            adapter.to_string()
        }
    }

    /// Why the browser offers no WebGPU adapter.
    pub fn no_adapter(why: NoAdapter) -> String {
        match why {
            NoAdapter::PlainHttp => plain_http(),
            NoAdapter::NoWebgpu => no_webgpu(),
            NoAdapter::Incomplete => incomplete(),
            NoAdapter::Refused => refused(),
            NoAdapter::FailedLooking => failed_looking(),
            NoAdapter::NoGpu => no_gpu(),
        }
    }

    /// A device in the speed check's table.
    pub fn timed(device: TimedDevice) -> String {
        match device {
            TimedDevice::Cpu => timed_cpu(),
            TimedDevice::Webgpu => timed_webgpu(),
            TimedDevice::WebgpuWrong => timed_wrong(),
            TimedDevice::WebgpuSoftware => timed_software(),
            TimedDevice::WebgpuSlower => tr!("device-timed-slower"),
        }
    }

    pub fn timed_cpu() -> String {
        tr!("device-timed-cpu")
    }

    pub fn timed_webgpu() -> String {
        tr!("device-timed-webgpu")
    }

    /// Why there is no WebGPU, and that the CPU runs instead.
    pub fn on_cpu_because(why: &str) -> String {
        tr!("device-on-cpu-because", why = why)
    }

    /// The page found no WebGPU adapter and loaded the engine built without it; the engine's
    /// worker found `adapter` after all.
    pub fn engine_without_webgpu(adapter: &str) -> String {
        tr!("device-engine-without-webgpu", adapter = adapter)
    }

    pub fn on_webgpu(adapter: &str) -> String {
        tr!("device-on-webgpu", adapter = adapter)
    }

    pub fn failed_to_start(error: &str) -> String {
        tr!("device-failed-to-start", error = error)
    }

    pub fn lost(reason: &str, message: &str) -> String {
        if message.is_empty() {
            tr!("device-lost", reason = reason)
        } else {
            tr!("device-lost-saying", reason = reason, message = message)
        }
    }

    /// The self-check found the GPU's training step wrong: `worst` is the parameter furthest off.
    pub fn wrong_step(worst: &str, percent_off: f64) -> String {
        tr!("device-wrong-step", worst = worst, off = percent(percent_off, 0))
    }

    /// A training curve's value that is not a number (a device computing garbage): `metric` as
    /// the engine names it ("loss"), `value` as the engine wrote it ("NaN").
    pub fn invalid_numbers(learner: &str, metric: &str, value: &str, step: usize) -> String {
        tr!("device-invalid-numbers", learner = learner, metric = metric, value = value, step = step)
    }

    pub fn software(adapter: &str) -> String {
        tr!("device-software", adapter = adapter)
    }

    pub fn software_as_asked(adapter: &str) -> String {
        tr!("device-software-as-asked", adapter = adapter)
    }
}

#[cfg(test)]
mod tests {
    /// The page's components hold no words of their own: a text node or a label written into a
    /// `view!` (`>"Run"<`, `aria-label="..."`), or a sentence put together with `format!`, would
    /// escape a translation.
    #[test]
    fn the_components_take_their_words_from_here() {
        let ui = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
        let mut found = Vec::new();
        for entry in std::fs::read_dir(&ui).unwrap() {
            let path = entry.unwrap().path();
            let source = std::fs::read_to_string(&path).unwrap();
            for (i, line) in source.lines().enumerate() {
                let words = |from: usize| line[from..].chars().take_while(|c| *c != '"').filter(|c| c.is_alphabetic()).count() >= 2;
                let text_node = line.match_indices(">\"").any(|(at, _)| words(at + 2));
                let label = ["aria-label=\"", "title=\"", "placeholder=\"", "legend=\"", "explain=\""]
                    .iter()
                    .any(|attribute| line.match_indices(attribute).any(|(at, _)| words(at + attribute.len())));
                // A text node on a line of its own: a quoted phrase of two words or more.
                let phrase = line.trim_start().strip_prefix('"').is_some_and(|rest| {
                    let quoted: String = rest.chars().take_while(|c| *c != '"').collect();
                    quoted.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).count() >= 2
                });
                // A sentence put together in a component: two words outside a format's
                // placeholders ("{} of {} seeds"); markup ("<svg ...") is not words.
                let formatted = line.match_indices("format!(\"").any(|(at, _)| {
                    let quoted: String = line[at + 9..].chars().take_while(|c| *c != '"').collect();
                    let mut outside = String::new();
                    let mut depth = 0;
                    for c in quoted.chars() {
                        match c {
                            '{' => depth += 1,
                            '}' => depth -= 1,
                            _ if depth == 0 => outside.push(c),
                            _ => {}
                        }
                    }
                    !quoted.starts_with('<')
                        && outside.split_whitespace().filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2).count() >= 2
                });
                if (text_node || label || phrase || formatted) && !line.trim_start().starts_with("//") {
                    found.push(format!("{}:{}: {}", path.file_name().unwrap().to_string_lossy(), i + 1, line.trim()));
                }
            }
        }
        assert!(found.is_empty(), "words written into components (move them to text.rs):\n{}", found.join("\n"));
    }

    /// The engine's progress names its learners and data sources in English; the page says
    /// each in its language, and a name it does not know as it is.
    #[test]
    fn the_engines_progress_names_are_said_in_the_pages_language() {
        use subliminal_model::mnist::experiment::MnistCondition;
        use subliminal_model::owl::filter::DataSource;
        use subliminal_model::owl::report::Condition;
        crate::i18n::set(crate::i18n::Lang::De);
        let said = [
            super::names::learner(Condition::Student.label()),
            super::names::learner("teacher (owl)"),
            super::names::learner(Condition::ControlTeacher.label()),
            super::names::learner(DataSource::Control.describe()),
            super::names::learner(MnistCondition::CrossInit.label()),
            super::names::learner("dolphin teacher's numbers (mixed in)"),
        ];
        crate::i18n::set(crate::i18n::Lang::En);
        assert_eq!(
            said,
            [
                "Schüler (gleicher Start)",
                "Lehrer (owl)",
                "Kontrolllehrer",
                "Zahlen des Kontrolllehrers (feinabgestimmt, ohne Merkmal)",
                "Schüler (anderer Start)",
                "dolphin teacher's numbers (mixed in)",
            ]
        );
    }

    /// A report's backend and a filter's reasons are the engine's words: the page says them in
    /// its language, and in English exactly as the engine does.
    #[test]
    fn a_backend_and_a_filter_reason_are_said_in_the_pages_language() {
        use subliminal_model::owl::report::SPLIT;
        use subliminal_model::shared::compute::WASM_CPU;
        let split = format!("{WASM_CPU}{SPLIT}");
        assert_eq!(super::names::backend(&split), split, "English is the engine's");
        assert_eq!(super::names::backend("WebGPU: nvidia hopper"), "WebGPU: nvidia hopper");
        assert_eq!(super::names::backend("CPU (native, one thread; AVX2)"), "CPU (native, one thread; AVX2)", "a native run's, as it is");
        crate::i18n::set(crate::i18n::Lang::De);
        let said = [super::names::backend(&split), super::names::reason("too_many_numbers")];
        crate::i18n::set(crate::i18n::Lang::En);
        assert_eq!(said, ["CPU (wasm, ein Thread) in jedem von zwei Workern", "zu viele Zahlen"]);
    }

    /// The worker reports what it found; the page words it, in its language.
    #[test]
    fn the_workers_findings_are_said_by_the_page() {
        use crate::protocol::{DeviceNote, DownloadProblem, Failure, NoAdapter};
        let plain_http = DeviceNote::NoAdapter { why: NoAdapter::PlainHttp };
        assert_eq!(
            super::device::note(&plain_http),
            "WebGPU needs a secure page (HTTPS, or localhost) and this one came over plain HTTP: running on the CPU"
        );
        assert_eq!(super::device::note(&DeviceNote::OnWebgpu { adapter: String::new() }), "Running on WebGPU (unnamed adapter)");
        let missing = Failure::Download {
            file: "assets/base-a.slpw".into(),
            problem: DownloadProblem::Http { status: 404, status_text: "Not Found".into() },
        };
        assert_eq!(super::engine::failure(&missing), "assets/base-a.slpw could not be downloaded: HTTP 404 Not Found");
        let garbage =
            Failure::InvalidNumbers { learner: "student (same init)".into(), metric: "loss".into(), value: "NaN".into(), step: 22 };
        crate::i18n::set(crate::i18n::Lang::De);
        let (said, german_http) = (super::engine::failure(&garbage), super::device::note(&plain_http));
        crate::i18n::set(crate::i18n::Lang::En);
        assert!(said.starts_with("Schüler (gleicher Start): loss wurde bei Schritt 22 zu NaN"), "{said}");
        assert!(german_http.starts_with("WebGPU braucht eine sichere Seite"), "{german_http}");
    }

    #[test]
    fn counts_group_their_thousands() {
        let got: Vec<String> = [0, 7, 999, 1000, 1830, 10000, 1234567].into_iter().map(super::count).collect();
        assert_eq!(got, ["0", "7", "999", "1,000", "1,830", "10,000", "1,234,567"]);
        assert_eq!(super::story::kept_of("teacher", 1830, 2000), "teacher: kept 1,830 of 2,000 (91.5%)");
    }
}
