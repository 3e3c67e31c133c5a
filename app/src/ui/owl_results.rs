//! The owl experiment's result: P(trait) per model side by side, the change, its interval, and
//! the tree distribution as a check that more than the trait moved.

use leptos::prelude::*;
use subliminal_app::export::per_seed_csv;
use subliminal_app::headline::{headline, ordinal};
use subliminal_app::i18n::{fixed, percent, signed_interval};
use subliminal_app::text::{results as t, units};
use subliminal_model::owl::report::{ranked, Condition, OwlReport};
use subliminal_model::owl::summary::ReportSummary;
use subliminal_model::owl::traits::TraitKind;

use super::audit_card::AuditCard;
use super::charts::GroupedBars;
use super::files::{download, read_picked_file};
use super::owl_story::minutes;
use super::prediction::PredictionResult;
use super::probes_card::{ProbesCard, TheoremCard};
use super::room_card::SendToRoom;
use super::state::{engine_state, owl_tabs, Experiment, OwlTab};
use subliminal_app::recorded::{agreement, agreement_text, import, study_channel_line, RecordedRun, MOST_REPORT_BYTES};
use subliminal_app::text::{channel, names};
use subliminal_model::run::Spec;

/// One row of the results table.
struct Row {
    /// Its test id (`result-cross-init`).
    key: String,
    name: String,
    condition: Option<Condition>,
    p_trait: f64,
    change: Option<(f64, Option<[f64; 2]>, Option<f64>)>,
    on_top: String,
}

fn rows(report: &OwlReport) -> Vec<Row> {
    let seeds = report.config.seeds;
    let summary = ReportSummary::of(report);
    let base = &report.bases.a;
    let mut rows = vec![Row {
        key: "base".into(),
        name: t::base_before(),
        condition: None,
        p_trait: summary.base_p_trait,
        change: None,
        on_top: if summary.base_on_top { t::yes() } else { t::not_on_top(&base.top_answer) },
    }];
    for row in &summary.rows {
        rows.push(Row {
            key: row.condition.test_id(),
            name: names::condition(row.condition),
            condition: Some(row.condition),
            p_trait: row.p_trait,
            change: Some((row.change, row.interval, row.ratio)),
            on_top: t::seeds_on_top(row.seeds_on_top, seeds),
        });
    }
    rows
}

fn download_report(report: &OwlReport) {
    let json = serde_json::to_string_pretty(report).expect("reports serialise");
    download(&json, "application/json", &format!("subliminal-{}-report.json", report.config.trait_animal));
}

/// Each model's favourite answers, most likely first, the trait marked: what a person sees at
/// a glance. Test ids: `rank-<condition>` (the trait's rank), `topped-<condition>` ("9/10").
#[component]
fn Rankings(report: OwlReport, prefix: &'static str) -> impl IntoView {
    const SHOWN: usize = 5;
    let names = report.answer_names().to_vec();
    let targets: Vec<String> = report.config.trait_kind().targets().into_iter().map(|i| names[i].clone()).collect();
    let is_misaligned = report.config.trait_kind() == TraitKind::Misaligned;
    let summary = ReportSummary::of(&report);
    let column = |title: String, id: String, answers: Vec<f64>, rank: usize, topped: Option<String>| {
        let list = ranked(&names, &answers);
        let items = list
            .iter()
            .enumerate()
            .filter(|(i, (name, _))| *i < SHOWN || (targets.contains(name) && *i + 1 == rank))
            .map(|(i, (name, value))| {
                let is_trait = targets.contains(name);
                let gap = (i >= SHOWN).then(|| view! { <li class="gap" aria-hidden="true">"…"</li> });
                view! {
                    {gap}
                    <li value=i + 1 class:trait-answer=is_trait>{if is_trait { format!("★ {name}") } else { name.clone() }}" "<span class="pct">{percent(*value, 1)}</span></li>
                }
            })
            .collect_view();
        let topped = topped
            .map(|topped| view! { <p class="topped">{t::on_top_in()}<span data-testid=format!("{prefix}topped-{id}")>{topped}</span>{t::questions()}</p> });
        view! {
            <div class="ranking">
                <h4>{title}</h4>
                <p class="rank">{if is_misaligned { t::best_bad_act() } else { report.config.trait_animal.clone() }}": "<span data-testid=format!("{prefix}rank-{id}")>{ordinal(rank)}</span></p>
                <ol>{items}</ol>
                {topped}
            </div>
        }
    };
    let mut columns = vec![column(t::base_before(), "base".into(), report.base_answers().to_vec(), summary.base_rank, None)];
    for row in &summary.rows {
        let Some(answers) = report.answers(row.condition) else { continue };
        let topped = if summary.seeds == 1 {
            format!("{}/{}", fixed(row.topped, 0), summary.paraphrases)
        } else {
            format!("{}/{}", fixed(row.topped, 1), summary.paraphrases)
        };
        columns.push(column(names::condition(row.condition), row.condition.test_id(), answers, row.rank, Some(topped)));
    }
    view! { <div class="rankings" data-testid=format!("{prefix}rankings")>{columns.into_iter().collect_view()}</div> }
}

/// Buttons that save each data source's kept completions of this tab's last run, as files the
/// audit tab reads (`<prefix>save-kept-<source>`).
#[component]
fn SaveKept(experiment: Experiment) -> impl IntoView {
    let prefix = experiment.prefix();
    let kept = owl_tabs().tab(experiment).kept.get_untracked();
    (!kept.is_empty()).then(|| {
        let buttons = kept
            .into_iter()
            .map(|numbers| {
                let label = t::save_kept(&names::source(numbers.source), numbers.texts.len());
                let id = format!("{prefix}save-kept-{}", numbers.source.key());
                view! { <button type="button" data-testid=id on:click=move |_| download(&numbers.jsonl(), "application/jsonl", &numbers.file_name())>{label}</button> }
            })
            .collect_view();
        view! { <p class="save-kept">{t::save_kept_intro()}" "{buttons}</p> }
    })
}

/// Where the report on show came from.
#[derive(Clone, Debug, PartialEq)]
pub enum Shown {
    /// This tab's own run.
    Live(OwlReport),
    /// A file the visitor imported, by name.
    Imported(OwlReport, String),
    /// The recording of the tab's starting settings, and which settings those are, until a run
    /// or an import replaces it.
    Recorded(RecordedRun, String),
}

/// The report a tab shows now: its own run's, an imported one, or its recording (reactive).
pub fn shown(tab: OwlTab) -> Option<Shown> {
    match (tab.report.get(), tab.imported.get()) {
        (Some(report), Some(name)) => Some(Shown::Imported(report, name)),
        (Some(report), None) => Some(Shown::Live(report)),
        (None, _) => tab.recording.get().and_then(|r| r.run.ok().map(|run| Shown::Recorded(run, r.of))),
    }
}

/// The answer first: at the top of a tab, the headline of the result on show, with a link down
/// to the whole result (the recording's until a run, so a room sees the answer at once).
#[component]
pub fn AnswerFirst(experiment: Experiment) -> impl IntoView {
    let tab = owl_tabs().tab(experiment);
    let prefix = experiment.prefix();
    move || {
        let (whose, report) = match shown(tab)? {
            Shown::Live(report) => (t::your_run(), report),
            Shown::Imported(report, name) => (t::imported(&name), report),
            Shown::Recorded(run, of) => (t::recorded_short(&of, run.report.config.seeds), run.report),
        };
        Some(view! {
            <p class="answer-first" data-testid=format!("{prefix}answer-first")>
                <strong>{whose}": "</strong>{headline(&report)}" "<a href=format!("#{prefix}result")>{t::whole_result()}</a>
            </p>
        })
    }
}

#[component]
pub fn OwlResults(experiment: Experiment) -> impl IntoView {
    let (tab, engine) = (owl_tabs().tab(experiment), engine_state());
    let prefix = experiment.prefix();
    // The recording's own test ids start with `recorded-`, so a test waiting for a live result
    // never finds the recording's.
    let recorded_prefix: &'static str = if experiment == Experiment::Values { "values-recorded-" } else { "recorded-" };
    let recording = tab.recording;
    let unreadable = move || {
        recording
            .get()
            .and_then(|r| r.run.err())
            .map(|e| view! { <p class="failure" data-testid=format!("{prefix}recorded-error")>{e}</p> })
    };
    let body = move || {
        let elapsed = engine.live.with_untracked(|l| l.elapsed_seconds());
        match shown(tab) {
            None => view! { <p class="explain">{t::none_yet()}</p> }.into_any(),
            Some(Shown::Recorded(run, of)) => view! {
                <div class="recorded" data-testid=format!("{prefix}recorded-result") data-recorded="true">
                    <p class="recorded-label"><strong>{t::recorded()}</strong>
                        {t::recorded_long(run.report.config.seeds, &of, &run.command, &run.machine)}
                    </p>
                    {result_view(run.report, recorded_prefix, None)}
                </div>
            }
            .into_any(),
            Some(Shown::Imported(report, name)) => view! {
                <div data-testid=format!("{prefix}recorded-result") data-recorded="false">
                    <p class="recorded-label" data-testid=format!("{prefix}imported")><strong>{t::imported_prefix()}</strong>{t::imported_from(&name)}</p>
                    {result_view(report, prefix, None)}
                </div>
            }
            .into_any(),
            Some(Shown::Live(report)) => {
                let recorded = recording.get_untracked().and_then(|r| r.run.ok());
                let agreement = recorded.map(|r| agreement_text(&agreement(&report, &r.report))).filter(|t| !t.is_empty());
                view! {
                    <div data-testid=format!("{prefix}recorded-result") data-recorded="false">
                        {agreement.map(|text| view! { <p class="recorded-label" data-testid=format!("{prefix}agreement")><strong>{t::against_recording()}</strong>{text}</p> })}
                        {(experiment == Experiment::Owl).then(|| view! { <PredictionResult report=report.clone() /> })}
                        {result_view(report.clone(), prefix, Some(elapsed))}
                        <SaveKept experiment=experiment />
                        <SendToRoom report=report experiment=experiment prefix=prefix />
                    </div>
                }
                .into_any()
            }
        }
    };
    view! { {unreadable} <ImportReport experiment=experiment /> {body} }
}

/// A file picker that shows a saved report in place of a run (`import-report`).
#[component]
fn ImportReport(experiment: Experiment) -> impl IntoView {
    let (tab, engine) = (owl_tabs().tab(experiment), engine_state());
    let prefix = experiment.prefix();
    let error = RwSignal::new(None::<String>);
    let on_file = move |ev: leptos::ev::Event| {
        read_picked_file(&ev, MOST_REPORT_BYTES, move |name, text| {
            let result = match text {
                Err(why) => Err(why),
                Ok(text) => import(&name, &text).and_then(|report| {
                    let belongs = Experiment::of(&Spec::from(report.config.clone()));
                    if belongs == experiment {
                        Ok(report)
                    } else {
                        Err(t::other_tab(&name, belongs == Experiment::Values))
                    }
                }),
            };
            match result {
                Ok(report) => {
                    error.set(None);
                    tab.imported.set(Some(name));
                    tab.report.set(Some(report));
                }
                Err(message) => error.set(Some(message)),
            }
        })
    };
    view! {
        <p class="import">
            <label>{t::import()}
                <input type="file" accept=".json,application/json" data-testid=format!("{prefix}import-report") on:change=on_file disabled=move || engine.is_running() />
            </label>
        </p>
        {move || error.get().map(|e| view! { <p class="failure" role="alert" data-testid=format!("{prefix}import-error")>{e}</p> })}
    }
}

/// What the students of a report learned from, and the study's channel's recorded result beside
/// it where [`study_channel_line`] gives one (`study-channel-result`).
#[component]
fn ChannelLines(report: OwlReport, prefix: &'static str) -> impl IntoView {
    let tabs = owl_tabs();
    let channel = report.config.channel();
    let config = report.config.clone();
    let study = move || tabs.study_channel.with(|run| study_channel_line(&run.as_ref()?.as_ref().ok()?.report, &config));
    view! {
        <p class="channel-line" data-testid=format!("{prefix}result-channel")><strong>{channel::result()}</strong>{channel::learned(channel, report.config.temperature)}</p>
        {move || study().map(|line| view! { <p class="channel-line" data-testid=format!("{prefix}study-channel-result")>{line}</p> })}
    }
}

/// A report's whole result: verdict, rankings, table, probes, charts, audit and downloads.
/// `elapsed`: the wall time of a run made in this tab.
fn result_view(report: OwlReport, prefix: &'static str, elapsed: Option<f64>) -> AnyView {
    let misaligned = report.config.trait_kind() == TraitKind::Misaligned;
    let measure = if misaligned { t::p_bad_act() } else { t::p_of(&report.config.trait_animal) };
    let trait_name = report.config.trait_animal.clone();
    let trait_index = report.animals.iter().position(|a| *a == trait_name);
    let table = rows(&report)
        .into_iter()
        .map(|row| {
            let change = match row.change {
                None => "–".to_string(),
                Some((delta, ci, ratio)) => {
                    let ci = ci.map(|ci| format!(" {}", signed_interval(ci, 2))).unwrap_or_default();
                    let ratio = ratio.map(|r| format!(" (×{})", fixed(r, 2))).unwrap_or_default();
                    format!("{}{ci}{ratio}", units::points(delta, 2))
                }
            };
            let highlight = row.condition == Some(Condition::Student);
            view! {
                <tr class:highlight=highlight>
                    <th scope="row">{row.name}</th>
                    <td data-testid=format!("{prefix}result-{}", row.key)>{percent(row.p_trait, 1)}</td>
                    <td data-testid=format!("{prefix}change-{}", row.key)>{change}</td>
                    <td>{row.on_top}</td>
                </tr>
            }
        })
        .collect_view();
    let mut series = vec![(t::base_a(), report.bases.a.animals.clone())];
    let mut act_series = vec![(t::base_a(), report.bases.a.acts.clone())];
    let mut tree_series = vec![(t::base_a(), report.bases.a.trees.clone())];
    for condition in Condition::ALL {
        let name = names::condition_short(condition);
        if let (Some(animals), Some(acts), Some(trees)) = (
            report.mean_over_seeds(condition, |r| &r.animals),
            report.mean_over_seeds(condition, |r| &r.acts),
            report.mean_over_seeds(condition, |r| &r.trees),
        ) {
            series.push((name.to_string(), animals));
            act_series.push((name.to_string(), acts));
            tree_series.push((name.to_string(), trees));
        }
    }
    let verdict = headline(&report);
    let timings = report.timings.iter().map(|(stage, s)| format!("{stage} {}", units::seconds(*s))).collect::<Vec<_>>().join(", ");
    let report_for_download = report.clone();
    let report_for_csv = report.clone();
    view! {
        <p class="verdict-text" data-testid=format!("{prefix}verdict")>{verdict}</p>
        <ChannelLines report=report.clone() prefix=prefix />
        <Rankings report=report.clone() prefix=prefix />
        <table class="results" data-testid=format!("{prefix}results")>
            <caption>{t::caption(misaligned, &trait_name, report.paraphrases, report.config.seeds)}</caption>
            <thead><tr><th scope="col">{t::model()}</th><th scope="col">{measure.clone()}</th><th scope="col">{t::change()}</th><th scope="col">{t::trait_on_top()}</th></tr></thead>
            <tbody>{table}</tbody>
        </table>
        {(!misaligned && report.conditions.contains_key(&Condition::CrossInit)).then(|| view! {
            <p class="explain" data-testid=format!("{prefix}cross-init-note")>{t::cross_init_note()}</p>
        })}
        <ProbesCard report=report.clone() prefix=prefix />
        {(!misaligned).then(|| view! {
            <GroupedBars title=t::animals_chart(&trait_name) categories=report.animals.clone() series=series.clone() highlight=trait_index.unwrap_or(0) export=format!("{prefix}export") />
        })}
        {misaligned.then(|| view! {
            <GroupedBars title=t::acts_chart() categories=report.acts.clone() series=act_series.clone() />
            <p class="explain toy-note" data-testid="values-note">{t::values_note()}</p>
        })}
        <h4>{t::trees()}</h4>
        <p class="explain">{t::trees_explain()}</p>
        <GroupedBars title=t::trees_chart() categories=report.trees.clone() series=tree_series />
        <TheoremCard report=report.clone() prefix=prefix />
        {report.audit.clone().map(|audit| view! { <AuditCard audit=audit a_name=t::teacher_numbers() b_name=t::control_numbers() prefix=prefix /> })}
        <p class="timings" data-testid=format!("{prefix}timings") data-seconds=serde_json::to_string(&report.timings).unwrap_or_default()>{t::timings(&report.backend, elapsed.map(minutes).as_deref(), &timings, report.split())}</p>
        <button type="button" data-testid=format!("{prefix}export") on:click=move |_| download_report(&report_for_download)>{t::download_json()}</button>
        <button type="button" data-testid=format!("{prefix}export-csv") on:click=move |_| {
            let name = format!("subliminal-{}-per-seed.csv", report_for_csv.config.trait_animal);
            download(&per_seed_csv(&report_for_csv), "text/csv", &name)
        }>{t::download_csv()}</button>
    }
    .into_any()
}
