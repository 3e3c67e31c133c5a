//! Every sentence the page itself shows, by component: each function reads its message from the
//! catalog of the visit's language (`app/locales/<code>.ftl`, through [`crate::i18n`]), and puts
//! in its numbers written the language's way. A translation is one catalog file; plurals and
//! word order are the catalog's.
//!
//! The engine's names (its models, presets, settings...) are worded here too ([`names`]), by the
//! engine's own keys; its error details come through in its English, the CLI's.

/// Functions that each return one message without arguments, in the visit's language:
/// `words! { title => "page-title", }` is `pub fn title() -> String { tr!("page-title") }`.
macro_rules! words {
    ($($(#[$doc:meta])* $name:ident => $id:literal),* $(,)?) => {
        $( $(#[$doc])* pub fn $name() -> String { $crate::tr!($id) } )*
    };
}

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
        let said = if one == WASM_CPU {
            crate::tr!("names-backend-wasm-cpu")
        } else if let Some(adapter) = one.strip_prefix(WEBGPU) {
            crate::tr!("names-backend-webgpu", adapter = adapter)
        } else {
            one.to_string()
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

    /// A time that may be short or long: "97.3 ms" under a second, "9.8 s" from one second on.
    pub fn duration(ms: f64) -> String {
        if ms < 1000.0 {
            milliseconds(ms)
        } else {
            seconds(ms / 1000.0)
        }
    }

    /// Nats: "0.123 nats".
    pub fn nats(value: f64) -> String {
        tr!("units-nats", value = fixed(value, 3))
    }
}

/// The page's frame: title, lede, study, privacy, tabs, the device badge and notices.
pub mod page {
    pub use super::mnist::title as tab_mnist_heading;
    use crate::tr;

    words! {
        title => "page-title",
        lede => "page-lede",
        /// Under the lede: the channel, said before anything runs.
        lede_channel => "page-lede-channel",
        study_before => "page-study-before",
        study_title => "page-study-title",
        study_after => "page-study-after",
        privacy => "page-privacy",
        tabs_label => "page-tabs-label",
        /// After the badge, where a second worker is up beside the engine on the CPU.
        two_workers => "page-two-workers",
        /// After the title of an embedded page (a link to the whole page, in a new tab).
        embed_whole_page => "page-embed-whole-page",
        tab_owl => "page-tab-owl",
        tab_values => "page-tab-values",
        tab_mnist => "page-tab-mnist",
        tab_audit => "page-tab-audit",
        values_intro => "page-values-intro",
        starting => "page-starting",
        device => "page-device",
        device_auto => "page-device-auto",
        device_cpu => "page-device-cpu",
        device_webgpu => "page-device-webgpu",
        run_stopped => "page-run-stopped",
        /// The badge, where the engine failed before it chose a device.
        not_started => "page-not-started",
        dismiss => "page-dismiss",
    }

    /// A link's `lang=` that names no language of the page.
    pub fn bad_language_link(tag: &str) -> String {
        tr!("page-bad-language-link", tag = tag)
    }

    words! {
        language => "page-language",
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

    words! {
        audit_interrupted => "engine-audit-interrupted",
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

    /// The engine's code (`file`, its wasm) did not load: a download cut off, a disk full.
    pub fn code_not_loaded(file: &str, error: &str) -> String {
        tr!("engine-code-not-loaded", file = file, error = error)
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
    pub use super::page::starting;
    use crate::tr;

    words! {
        run => "run-bar-run",
        cancel => "run-bar-cancel",
        copy_link => "run-bar-copy-link",
        ready => "run-bar-ready",
        running => "run-bar-running",
        other_running => "run-bar-other-running",
        done => "run-bar-done",
        cancelled => "run-bar-cancelled",
        failed => "run-bar-failed",
        no_address => "run-bar-no-address",
        copied => "run-bar-copied",
        see_notice => "run-bar-see-notice",
    }

    pub fn copy_by_hand(link: &str) -> String {
        tr!("run-bar-copy-by-hand", link = link)
    }
}

/// Presenter mode's bar.
pub mod presenter {
    use crate::tr;

    words! {
        enter => "presenter-enter",
        leave => "presenter-leave",
        previous => "presenter-previous",
        next => "presenter-next",
        keys => "presenter-keys",
    }

    pub fn stage(shown: usize, of: usize) -> String {
        tr!("presenter-stage", shown = shown, of = of)
    }
}

/// Predict before the run, reflect after it.
pub mod prediction {
    use crate::tr;

    words! {
        ask => "prediction-ask",
        commit => "prediction-commit",
        same_init => "prediction-same-init",
        cross_init => "prediction-cross-init",
        points => "prediction-points",
        yes => "prediction-yes",
        no => "prediction-no",
        right => "prediction-right",
        wrong => "prediction-wrong",
        caption => "prediction-caption",
    }

    pub fn columns() -> [String; 4] {
        [tr!("prediction-columns-1"), tr!("prediction-columns-2"), tr!("prediction-columns-3"), tr!("prediction-columns-4")]
    }

    words! {
        discuss => "prediction-discuss",
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

    words! {
        base_a => "story-base-a",
        base_b => "story-base-b",
        stage_base => "story-stage-base",
        discuss_base => "story-discuss-base",
        stage_teacher => "story-stage-teacher",
        discuss_teacher => "story-discuss-teacher",
        stage_numbers => "story-stage-numbers",
        discuss_numbers => "story-discuss-numbers",
        numbers => "story-numbers",
        kept => "story-kept",
        rejected => "story-rejected",
        stage_filter => "story-stage-filter",
        discuss_filter => "story-discuss-filter",
        stage_students => "story-stage-students",
        discuss_students => "story-discuss-students",
        loss_chart => "story-loss-chart",
        alignment => "story-alignment",
        alignment_chart => "story-alignment-chart",
        stage_result => "story-stage-result",
        discuss_result => "story-discuss-result",
        step => "story-step",
        p_axis => "story-p-axis",
        loss_axis => "story-loss-axis",
        cos_axis => "story-cos-axis",
        overall => "story-overall",
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
    pub use super::story::base_a;
    use crate::tr;

    words! {
        your_run => "results-your-run",
        whole_result => "results-whole-result",
        none_yet => "results-none-yet",
        recorded => "results-recorded",
        imported_prefix => "results-imported-prefix",
        against_recording => "results-against-recording",
        import => "results-import",
        base_before => "results-base-before",
        best_bad_act => "results-best-bad-act",
        on_top_in => "results-on-top-in",
        questions => "results-questions",
        yes => "results-yes",
        p_bad_act => "results-p-bad-act",
        model => "results-model",
        change => "results-change",
        trait_on_top => "results-trait-on-top",
        acts_chart => "results-acts-chart",
        values_note => "results-values-note",
        /// Under the table, wherever the different-init student is shown for an animal (figures:
        /// docs/results.md, "The different-init student over 5 seeds" and "... at the engine's default").
        cross_init_note => "results-cross-init-note",
        trees => "results-trees",
        trees_explain => "results-trees-explain",
        trees_chart => "results-trees-chart",
        teacher_numbers => "results-teacher-numbers",
        control_numbers => "results-control-numbers",
        download_json => "results-download-json",
        download_csv => "results-download-csv",
        /// Above the buttons that save each data source's kept completions.
        save_kept_intro => "results-save-kept-intro",
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

    words! {
        owl_form => "controls-owl-form",
        values_form => "controls-values-form",
        more => "controls-more",
        presets => "controls-presets",
        numbers_placeholder => "controls-numbers-placeholder",
    }

    pub fn names_placeholder(examples: &str) -> String {
        tr!("controls-names-placeholder", examples = examples)
    }
}

/// Compare runs.
pub mod compare {
    pub use super::results::model;
    use crate::tr;

    words! {
        same_settings => "compare-same-settings",
        settings_caption => "compare-settings-caption",
        setting => "compare-setting",
        table_caption => "compare-table-caption",
        explain => "compare-explain",
        clear => "compare-clear",
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

    words! {
        save_svg => "charts-save-svg",
        save_png => "charts-save-png",
        png_refused => "charts-png-refused",
    }

    pub fn last_value(label: &str, value: &str) -> String {
        tr!("charts-last-value", label = label, value = value)
    }
}

/// The recorded curves of the gate and the dose.
pub mod curves {
    pub use super::compare::setting;
    use crate::i18n::decimal;
    use crate::tr;

    words! {
        summary => "curves-summary",
        explain => "curves-explain",
        gate => "curves-gate",
        gate_explain => "curves-gate-explain",
        dose => "curves-dose",
        dose_explain => "curves-dose-explain",
        study_dose => "curves-study-dose",
        study_dose_explain => "curves-study-dose-explain",
        moved_start => "curves-moved-start",
        same_init => "curves-same-init",
        p_owl => "curves-p-owl",
        p_animal => "curves-p-animal",
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

    words! {
        summary => "speed-summary",
        explain => "speed-explain",
        timing => "speed-timing",
        time => "speed-time",
    }

    pub fn columns() -> [String; 4] {
        [tr!("speed-columns-1"), tr!("speed-columns-2"), tr!("speed-columns-3"), tr!("speed-columns-4")]
    }

    words! {
        language_model => "speed-language-model",
        digit_network => "speed-digit-network",
    }
}

/// The MNIST tab and its drawing pad.
pub mod mnist {
    pub use super::story::step;
    use crate::i18n::percent;
    use crate::tr;

    words! {
        form => "mnist-form",
        title => "mnist-title",
        explain => "mnist-explain",
        chart => "mnist-chart",
        accuracy_axis => "mnist-accuracy-axis",
        credit => "mnist-credit",
    }

    pub fn columns() -> [String; 3] {
        [tr!("mnist-columns-1"), tr!("mnist-columns-2"), tr!("mnist-columns-3")]
    }

    words! {
        grid => "mnist-grid",
        draw => "mnist-draw",
        teacher => "mnist-teacher",
        same_init => "mnist-same-init",
        p_owl => "mnist-p-owl",
        p_animal => "mnist-p-animal",
        different_init => "mnist-different-init",
        pad => "mnist-pad",
        clear => "mnist-clear",
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
    pub use super::page::starting;
    use crate::i18n::{fixed, percent};
    use crate::tr;

    words! {
        explain => "audit-explain",
        title => "audit-title",
        not_trained => "audit-not-trained",
        distances => "audit-distances",
        permutation_label => "audit-permutation-label",
        classifier => "audit-classifier",
        chart => "audit-chart",
        bin_axis => "audit-bin-axis",
    }

    pub fn columns() -> [String; 4] {
        [tr!("audit-columns-1"), tr!("audit-columns-2"), tr!("audit-columns-3"), tr!("audit-columns-4")]
    }

    words! {
        rejected => "audit-rejected",
        own_title => "audit-own-title",
        own_explain => "audit-own-explain",
        privacy => "audit-privacy",
        placeholder => "audit-placeholder",
        format => "audit-format",
        format_auto => "audit-format-auto",
        format_jsonl => "audit-format-jsonl",
        format_csv => "audit-format-csv",
        format_plain => "audit-format-plain",
        column => "audit-column",
        run => "audit-run",
        working => "audit-working",
        waits => "audit-waits",
        set_a => "audit-set-a",
        set_b => "audit-set-b",
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

    words! {
        controls => "probes-controls",
        in_context => "probes-in-context",
        entangle => "probes-entangle",
        theorem => "probes-theorem",
        controls_title => "probes-controls-title",
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

    words! {
        in_context_title => "probes-in-context-title",
    }

    pub fn in_context_columns() -> [String; 3] {
        [tr!("probes-in-context-columns-1"), tr!("probes-in-context-columns-2"), tr!("probes-in-context-columns-3")]
    }

    words! {
        entangle_title => "probes-entangle-title",
    }

    pub fn entangle_columns() -> [String; 3] {
        [tr!("probes-entangle-columns-1"), tr!("probes-entangle-columns-2"), tr!("probes-entangle-columns-3")]
    }

    words! {
        theorem_title => "probes-theorem-title",
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

    words! {
        others_still => "headline-others-still",
        a_control_moved => "headline-a-control-moved",
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

    words! {
        legend => "channel-legend",
        other => "channel-other",
        result => "channel-result",
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

    words! {
        same_init_rises => "predict-same-init-rises",
        cross_init_rises => "predict-cross-init-rises",
        how_many_points => "predict-how-many-points",
        no_answer => "predict-no-answer",
        rises => "predict-rises",
        does_not_rise => "predict-does-not-rise",
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

    words! {
        shuffled_within => "findings-shuffled-within",
        shuffled_across => "findings-shuffled-across",
        relabelled => "findings-relabelled",
        perturbed => "findings-perturbed",
        nothing_to_keep => "findings-nothing-to-keep",
        one_seed => "findings-one-seed",
        a_shift => "findings-a-shift",
        no_shift => "findings-no-shift",
        no_effect => "findings-no-effect",
        at_random => "findings-at-random",
        most_divergent => "findings-most-divergent",
        masked => "findings-masked",
        replaced => "findings-replaced",
        one_seed_interval => "findings-one-seed-interval",
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

    words! {
        tab_default => "recorded-tab-default",
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

    words! {
        no_completions => "audit-findings-no-completions",
        none_rejected => "audit-findings-none-rejected",
        too_few => "audit-findings-too-few",
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

    words! {
        send_title => "room-send-title",
        send_explain => "room-send-explain",
        copy => "room-copy",
        save => "room-save",
        code_label => "room-code-label",
        same_seed => "room-same-seed",
        /// Beside the same-seed note: run the same settings again with a seed the page picks.
        reseed => "room-reseed",
        qr_label => "room-qr-label",
        qr_caption => "room-qr-caption",
        qr_local => "room-qr-local",
        title => "room-title",
        explain => "room-explain",
        /// Where the room's entries came from, in its refusals.
        from_link => "room-from-link",
        kept => "room-kept",
        import => "room-import",
        paste => "room-paste",
        add => "room-add",
        clear => "room-clear",
        none_yet => "room-none-yet",
        model => "room-model",
        seeds => "room-seeds",
        change_heading => "room-change-heading",
        spread_heading => "room-spread-heading",
        animals_default => "room-animals-default",
        values_default => "room-values-default",
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

    words! {
        plain_http => "device-plain-http",
        no_webgpu => "device-no-webgpu",
        incomplete => "device-incomplete",
        refused => "device-refused",
        failed_looking => "device-failed-looking",
        no_gpu => "device-no-gpu",
        unnamed => "device-unnamed",
        cpu_as_asked => "device-cpu-as-asked",
        timed_wrong => "device-timed-wrong",
        timed_software => "device-timed-software",
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
                gpu = super::units::duration(*gpu_ms),
                cpu = super::units::duration(*cpu_ms)
            ),
            DeviceNote::CpuFaster { adapter, gpu_ms, cpu_ms } => tr!(
                "device-cpu-faster",
                adapter = named(adapter),
                gpu = super::units::duration(*gpu_ms),
                cpu = super::units::duration(*cpu_ms)
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

    words! {
        timed_cpu => "device-timed-cpu",
        timed_webgpu => "device-timed-webgpu",
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

    /// A slow GPU's step is said in seconds, not in thousands of milliseconds.
    #[test]
    fn a_duration_is_said_in_seconds_from_one_second_on() {
        crate::i18n::set(crate::i18n::Lang::En);
        assert_eq!(super::units::duration(97.34), "97.3 ms");
        assert_eq!(super::units::duration(999.9), "999.9 ms");
        assert_eq!(super::units::duration(18_734.1), "18.7 s");
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
        let got: Vec<String> = [0, 7, 999, 1000, 1830, 10000, 1234567].into_iter().map(crate::i18n::count).collect();
        assert_eq!(got, ["0", "7", "999", "1,000", "1,830", "10,000", "1,234,567"]);
        assert_eq!(super::story::kept_of("teacher", 1830, 2000), "teacher: kept 1,830 of 2,000 (91.5%)");
    }
}
