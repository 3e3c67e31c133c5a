//! The card of the study's other controls, shown under the results when a run included any:
//! each one's shift, the share of the same-init student's it kept, and the study's finding.
//! Then the in-context probe, when it ran. Test ids: `<prefix>probes`, `<prefix>kept-<condition>`
//! (e.g. "95%"), `<prefix>in-context`.

use leptos::prelude::*;
use subliminal_app::probes::{in_context_lines, probe_rows};
use subliminal_model::owl::experiment::OwlReport;

#[component]
pub fn ProbesCard(report: OwlReport, prefix: &'static str) -> impl IntoView {
    let rows = probe_rows(&report);
    let in_context = in_context_lines(&report);
    let in_context = (!in_context.is_empty()).then(|| {
        let body = in_context
            .into_iter()
            .map(|(numbers, measured, verdict)| view! { <tr><th scope="row">{numbers}</th><td>{measured}</td><td>{verdict}</td></tr> })
            .collect_view();
        view! {
            <section class="probes" data-testid=format!("{prefix}in-context") aria-label="In context, no training">
                <h4>"In context, no training"</h4>
                <p class="explain">
                    "Base A, untouched, asked the same questions with some of the teacher's numbers written before each, against "
                    "the same with base A's own numbers (random ones when the control student was left out). The study saw no shift from numbers in context; our models read at most "
                    "40 tokens, so at most a dozen numbers fit before a question."
                </p>
                <table class="results">
                    <thead><tr><th scope="col">"numbers before the question"</th><th scope="col">"P(trait): teacher's vs base A's numbers"</th><th scope="col">"ours"</th></tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </section>
        }
    });
    let controls = (!rows.is_empty()).then(|| {
        let body = rows
            .into_iter()
            .map(|row| {
                let ci = row.ci95.map(|[lo, hi]| format!(" [{lo:+.2}, {hi:+.2}]")).unwrap_or_default();
                let kept = row.kept.map(|k| format!("{:.0}%", k * 100.0)).unwrap_or_else(|| "–".into());
                view! {
                    <tr>
                        <th scope="row">{row.condition.describe()}</th>
                        <td>{format!("{:+.2} pp{ci}", row.delta)}</td>
                        <td data-testid=format!("{prefix}kept-{}", row.condition.test_id())>{kept}</td>
                        <td>{row.study}</td>
                        <td>{row.verdict}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <section class="probes" data-testid=format!("{prefix}probes") aria-label="The study's other controls">
                <h4>"The study's other controls"</h4>
                <p class="explain">
                    "Each is a same-init student like the one above, with one thing changed: its numbers shuffled, its teacher "
                    "fine-tuned just as long but without the trait, or its start moved by noise. The share is its shift over the "
                    "same-init student's."
                </p>
                <table class="results">
                    <thead><tr>
                        <th scope="col">"control"</th><th scope="col">"change vs base A"</th>
                        <th scope="col">"share of the student's shift"</th><th scope="col">"the study"</th><th scope="col">"ours"</th>
                    </tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </section>
        }
    });
    view! { {controls} {in_context} }
}
