//! The data audit: after an owl run, the teacher's numbers against the control's; and in its own
//! tab, two sets a visitor brings. Test ids: `<prefix>audit`, `<prefix>audit-verdict`,
//! `<prefix>audit-accuracy`, `<prefix>audit-p-value`, `<prefix>audit-over`; in the tab
//! `audit-a`, `audit-b` (text), `audit-file-a`, `audit-file-b`, `audit-format`, `audit-column`,
//! `audit-run`, `audit-error`, `audit-busy`, and the result card under the prefix `own-`.

use leptos::prelude::*;
use subliminal_app::audit::{binned_shares, side_summary, verdict, BIN, MOST_FILE_BYTES};
use subliminal_app::i18n::fixed;
use subliminal_app::protocol::AuditInput;
use subliminal_app::text::{audit as t, names, units};
use subliminal_model::owl::audit::{AuditReport, InputFormat};

use super::charts::LineChart;
use super::engine;
use super::files::read_picked_file;
use super::state::{audit_tab, AuditStatus, Page};

/// The audit's figures for two named sets.
#[component]
pub fn AuditCard(audit: AuditReport, a_name: String, b_name: String, prefix: &'static str) -> impl IntoView {
    let curves =
        vec![(format!("A: {a_name}"), binned_shares(&audit.histogram_a)), (format!("B: {b_name}"), binned_shares(&audit.histogram_b))];
    let accuracy = audit.classifier.as_ref().map_or_else(t::not_trained, |c| t::accuracy(c.accuracy, c.ci95, c.test_lines));
    let over = audit
        .over_represented
        .iter()
        .map(|o| view! { <tr><th scope="row">{o.number}</th><td>{o.count_a}</td><td>{o.count_b}</td><td>{format!("×{}", fixed(o.ratio, 1))}</td></tr> })
        .collect_view();
    let examples = [("A", &audit.a), ("B", &audit.b)]
        .into_iter()
        .flat_map(|(side, s)| {
            s.examples_by_reason.iter().map(move |(reason, lines)| {
                let shown: Vec<String> = lines.iter().take(3).map(|l| format!("{l:?}")).collect();
                view! { <li>{format!("{side}, {}: {}", names::reason(reason), shown.join(", "))}</li> }
            })
        })
        .collect_view();
    view! {
        <section class="probes audit" data-testid=format!("{prefix}audit") aria-label=t::title()>
            <h4>{t::title()}</h4>
            <p class="explain">{t::explain()}</p>
            <p class="verdict-text" data-testid=format!("{prefix}audit-verdict")>{verdict(&audit)}</p>
            <table class="results">
                <tbody>
                    <tr><th scope="row">{format!("A: {a_name}")}</th><td>{side_summary(&audit.a)}</td></tr>
                    <tr><th scope="row">{format!("B: {b_name}")}</th><td>{side_summary(&audit.b)}</td></tr>
                    <tr><th scope="row">{t::distances()}</th><td>{format!("{}, {}", fixed(audit.tv, 3), units::nats(audit.kl))}</td></tr>
                    <tr><th scope="row">{t::permutation_label()}</th><td data-testid=format!("{prefix}audit-p-value")>{t::permutation(audit.p_value, audit.permutations)}</td></tr>
                    <tr><th scope="row">{t::classifier()}</th><td data-testid=format!("{prefix}audit-accuracy")>{accuracy}</td></tr>
                </tbody>
            </table>
            <LineChart title=t::chart() x_label=t::bin_axis() y_label="%" series=Signal::derive(move || curves.clone()) />
            <table class="results" data-testid=format!("{prefix}audit-over")>
                <caption>{t::over_caption(BIN)}</caption>
                <thead><tr>{t::columns().map(|c| view! { <th scope="col">{c}</th> })}</tr></thead>
                <tbody>{over}</tbody>
            </table>
            <details><summary>{t::rejected()}</summary><ul>{examples}</ul></details>
        </section>
    }
}

/// One side of the visitor's audit: a text box and a file picker that fills it.
#[component]
fn AuditSideInput(side: &'static str, text: RwSignal<String>, name: RwSignal<Option<String>>) -> impl IntoView {
    let lower = side.to_lowercase();
    let audit = audit_tab().status;
    let on_file = move |ev: leptos::ev::Event| {
        read_picked_file(&ev, MOST_FILE_BYTES, move |file_name, content| match content {
            Ok(content) => {
                text.set(content);
                name.set(Some(file_name));
            }
            Err(why) => audit.set(AuditStatus::Refused(t::refused_file(side, &why))),
        })
    };
    view! {
        <div class="audit-side">
            <label for=format!("audit-{lower}")>{t::set(side)}</label>
            <textarea id=format!("audit-{lower}") data-testid=format!("audit-{lower}") rows="8" spellcheck="false"
                prop:value=move || text.get()
                on:input=move |ev| { text.set(event_target_value(&ev)); name.set(None); }
                placeholder=t::placeholder()></textarea>
            <label>{t::file_for(side)}
                <input type="file" data-testid=format!("audit-file-{lower}") accept=".jsonl,.json,.ndjson,.csv,.txt,text/*" on:change=on_file />
            </label>
            <p class="explain">{move || name.get().map(|n| t::lines(&n, text.with(|text| text.lines().count())))}</p>
        </div>
    }
}

/// The "audit your own data" tab.
#[component]
pub fn AuditTab() -> impl IntoView {
    let areas = Page::from_context();
    let (state, audit) = (areas.engine, areas.audit.status);
    let (a, b) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let (a_name, b_name) = (RwSignal::new(None::<String>), RwSignal::new(None::<String>));
    let format = RwSignal::new(InputFormat::Auto);
    let column = RwSignal::new("text".to_string());
    let run = move |_| {
        let side = |text: RwSignal<String>, name: RwSignal<Option<String>>| AuditInput {
            text: text.get_untracked(),
            name: name.get_untracked(),
            format: format.get_untracked(),
            column: column.get_untracked(),
        };
        engine::audit(areas, side(a, a_name), side(b, b_name));
    };
    let busy = move || !state.is_idle() || audit.get() == AuditStatus::Working;
    view! {
        <section class="audit-tab">
            <h3>{t::own_title()}</h3>
            <p class="explain">{t::own_explain()}</p>
            <p class="privacy" data-testid="audit-privacy">{t::privacy()}</p>
            <div class="audit-sides">
                <AuditSideInput side="A" text=a name=a_name />
                <AuditSideInput side="B" text=b name=b_name />
            </div>
            <label>{t::format()}
                <select data-testid="audit-format" on:change=move |ev| format.set(event_target_value(&ev).parse().unwrap_or(InputFormat::Auto))>
                    <option value="auto" selected=true>{t::format_auto()}</option>
                    <option value="jsonl">{t::format_jsonl()}</option>
                    <option value="csv">{t::format_csv()}</option>
                    <option value="plain">{t::format_plain()}</option>
                </select>
            </label>
            <label>{t::column()}
                <input type="text" data-testid="audit-column" size="10" prop:value=move || column.get() on:input=move |ev| column.set(event_target_value(&ev)) />
            </label>
            <button type="button" data-testid="audit-run" on:click=run disabled=busy>{t::run()}</button>
            <span class="explain" data-testid="audit-busy">{move || {
                if audit.get() == AuditStatus::Working { t::working() }
                else if state.is_running() { t::waits() }
                else if !state.worker_ready.get() { t::starting() }
                else { String::new() }
            }}</span>
            {move || match audit.get() {
                AuditStatus::Refused(message) => Some(view! { <p class="failure" role="alert" data-testid="audit-error">{message}</p> }.into_any()),
                AuditStatus::Done(report) => Some(view! { <AuditCard audit=*report a_name=t::set_a() b_name=t::set_b() prefix="own-" /> }.into_any()),
                _ => None,
            }}
        </section>
    }
}
