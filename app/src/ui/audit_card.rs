//! The data audit: after an owl run, the teacher's numbers against the control's; and in its own
//! tab, two sets a visitor brings. Test ids: `<prefix>audit`, `<prefix>audit-verdict`,
//! `<prefix>audit-accuracy`, `<prefix>audit-p-value`, `<prefix>audit-over`; in the tab
//! `audit-a`, `audit-b` (text), `audit-file-a`, `audit-file-b`, `audit-format`, `audit-column`,
//! `audit-run`, `audit-error`, `audit-busy`, and the result card under the prefix `own-`.

use leptos::prelude::*;
use subliminal_app::audit::{binned_shares, side_summary, verdict, BIN};
use subliminal_app::protocol::AuditInput;
use subliminal_model::owl::audit::{AuditReport, InputFormat};

use super::charts::LineChart;
use super::engine;
use super::files::read_picked_file;
use super::state::{page_state, AuditState};

const EXPLAIN: &str = concat!(
    "The filter passed every line of both sets: numbers only. Yet the sets may differ in which numbers they use. ",
    "Total variation and KL compare the two number distributions; the permutation test asks how often random halves of ",
    "the pooled lines differ as much (p); a logistic regression on each line's numbers, trained on 80% of a balanced ",
    "sample, guesses the set of the other 20%."
);

/// The audit's figures for two named sets.
#[component]
pub fn AuditCard(audit: AuditReport, a_name: &'static str, b_name: &'static str, prefix: &'static str) -> impl IntoView {
    let curves =
        vec![(format!("A: {a_name}"), binned_shares(&audit.histogram_a)), (format!("B: {b_name}"), binned_shares(&audit.histogram_b))];
    let accuracy = audit.classifier.as_ref().map_or_else(
        || "not trained (fewer than 10 kept lines on a side)".to_string(),
        |c| format!("{:.1}% [{:.1}, {:.1}] on {} held-out lines (chance 50%)", c.accuracy, c.ci95[0], c.ci95[1], c.test_lines),
    );
    let over = audit
        .over_represented
        .iter()
        .map(|o| view! { <tr><th scope="row">{o.number}</th><td>{o.count_a}</td><td>{o.count_b}</td><td>{format!("×{:.1}", o.ratio)}</td></tr> })
        .collect_view();
    let examples = [("A", &audit.a), ("B", &audit.b)]
        .into_iter()
        .flat_map(|(side, s)| {
            s.examples_by_reason.iter().map(move |(reason, lines)| {
                let shown: Vec<String> = lines.iter().take(3).map(|l| format!("{l:?}")).collect();
                view! { <li>{format!("{side}, {}: {}", reason.replace('_', " "), shown.join(", "))}</li> }
            })
        })
        .collect_view();
    view! {
        <section class="probes audit" data-testid=format!("{prefix}audit") aria-label="The data audit">
            <h4>"The data audit"</h4>
            <p class="explain">{EXPLAIN}</p>
            <p class="verdict-text" data-testid=format!("{prefix}audit-verdict")>{verdict(&audit)}</p>
            <table class="results">
                <tbody>
                    <tr><th scope="row">{format!("A: {a_name}")}</th><td>{side_summary(&audit.a)}</td></tr>
                    <tr><th scope="row">{format!("B: {b_name}")}</th><td>{side_summary(&audit.b)}</td></tr>
                    <tr><th scope="row">"total variation, KL(A‖B)"</th><td>{format!("{:.3}, {:.3} nats", audit.tv, audit.kl)}</td></tr>
                    <tr><th scope="row">"permutation test"</th><td data-testid=format!("{prefix}audit-p-value")>{format!("p = {:.3} ({} shuffles)", audit.p_value, audit.permutations)}</td></tr>
                    <tr><th scope="row">"classifier accuracy"</th><td data-testid=format!("{prefix}audit-accuracy")>{accuracy}</td></tr>
                </tbody>
            </table>
            <LineChart title="Share of each set's numbers, per 25 numbers (percent)" x_label="bin from number" y_label="%" series=Signal::derive(move || curves.clone()) />
            <table class="results" data-testid=format!("{prefix}audit-over")>
                <caption>{format!("Numbers most over-represented in A (seen at least 5 times; bins of the chart hold {BIN})")}</caption>
                <thead><tr><th scope="col">"number"</th><th scope="col">"count in A"</th><th scope="col">"count in B"</th><th scope="col">"ratio of shares"</th></tr></thead>
                <tbody>{over}</tbody>
            </table>
            <details><summary>"Lines the filter rejected, by reason (a few of each)"</summary><ul>{examples}</ul></details>
        </section>
    }
}

/// One side of the visitor's audit: a text box and a file picker that fills it.
#[component]
fn AuditSideInput(side: &'static str, text: RwSignal<String>, name: RwSignal<Option<String>>) -> impl IntoView {
    let lower = side.to_lowercase();
    let state = page_state();
    let on_file = move |ev: leptos::ev::Event| {
        read_picked_file(&ev, move |file_name, content| match content {
            Some(content) => {
                text.set(content);
                name.set(Some(file_name));
            }
            None => state.audit.set(AuditState::Refused(format!("{side}: {file_name} could not be read as text"))),
        })
    };
    view! {
        <div class="audit-side">
            <label for=format!("audit-{lower}")>{format!("Set {side}")}</label>
            <textarea id=format!("audit-{lower}") data-testid=format!("audit-{lower}") rows="8" spellcheck="false"
                prop:value=move || text.get()
                on:input=move |ev| { text.set(event_target_value(&ev)); name.set(None); }
                placeholder="one completion per line, JSON strings (\"1, 2, 3\") or plain"></textarea>
            <label>{format!("or a file for {side} ")}
                <input type="file" data-testid=format!("audit-file-{lower}") accept=".jsonl,.json,.ndjson,.csv,.txt,text/*" on:change=on_file />
            </label>
            <p class="explain">{move || name.get().map(|n| format!("{n}: {} lines", text.with(|t| t.lines().count())))}</p>
        </div>
    }
}

/// The "audit your own data" tab.
#[component]
pub fn AuditTab() -> impl IntoView {
    let state = page_state();
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
        engine::audit(state, side(a, a_name), side(b, b_name));
    };
    let busy =
        move || !state.worker_ready.get() || state.is_running() || state.speed_running.get() || state.audit.get() == AuditState::Working;
    view! {
        <section class="audit-tab">
            <h3>"Two sets of completions"</h3>
            <p class="explain">
                "Could your own data carry a trait its words do not show? Bring two sets of a model's completions (for example "
                "with and without a system prompt), as JSON Lines of strings, CSV with a text column, or plain lines. Each is "
                "screened with the experiment's filter (numbers only), and the numbers of the lines it keeps are compared."
            </p>
            <p class="privacy" data-testid="audit-privacy">"Everything stays in this tab: your files are read here and nothing is uploaded."</p>
            <div class="audit-sides">
                <AuditSideInput side="A" text=a name=a_name />
                <AuditSideInput side="B" text=b name=b_name />
            </div>
            <label>"Format "
                <select data-testid="audit-format" on:change=move |ev| format.set(event_target_value(&ev).parse().unwrap_or(InputFormat::Auto))>
                    <option value="auto" selected=true>"guess (by file name or first line)"</option>
                    <option value="jsonl">"JSON Lines of strings"</option>
                    <option value="csv">"CSV"</option>
                    <option value="plain">"plain lines"</option>
                </select>
            </label>
            <label>" CSV column "
                <input type="text" data-testid="audit-column" size="10" prop:value=move || column.get() on:input=move |ev| column.set(event_target_value(&ev)) />
            </label>
            <button type="button" data-testid="audit-run" on:click=run disabled=busy>"Audit"</button>
            <span class="explain" data-testid="audit-busy">{move || {
                if state.audit.get() == AuditState::Working { "Auditing…" }
                else if state.is_running() { "The audit waits until the run finishes." }
                else if !state.worker_ready.get() { "Starting the engine…" }
                else { "" }
            }}</span>
            {move || match state.audit.get() {
                AuditState::Refused(message) => Some(view! { <p class="failure" role="alert" data-testid="audit-error">{message}</p> }.into_any()),
                AuditState::Done(report) => Some(view! { <AuditCard audit=*report a_name="set A" b_name="set B" prefix="own-" /> }.into_any()),
                _ => None,
            }}
        </section>
    }
}
