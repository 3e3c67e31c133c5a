//! The card of the study's other controls, shown under the results when a run included any:
//! each one's shift, the share of the same-init student's it kept, and the study's finding.
//! Then the in-context probe, when it ran. Test ids: `<prefix>probes`, `<prefix>kept-<condition>`
//! (e.g. "95%"), `<prefix>in-context`.

use leptos::prelude::*;
use subliminal_app::probes::{in_context_lines, probe_rows, theorem_lines};
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

/// The theorem in numbers, after the result: each student's measured shift beside the first-order
/// prediction from the gradient of P(trait) at its start, and its cosine with the teacher's move.
/// Test ids: `<prefix>theorem`, `<prefix>predicted-<condition>`.
#[component]
pub fn TheoremCard(report: OwlReport, prefix: &'static str) -> impl IntoView {
    let lines = theorem_lines(&report);
    (!lines.is_empty()).then(|| {
        let body = lines
            .into_iter()
            .map(|(condition, measured, predicted, cosine)| {
                view! {
                    <tr>
                        <th scope="row">{condition.describe()}</th>
                        <td>{format!("{measured:+.2} pp")}</td>
                        <td data-testid=format!("{prefix}predicted-{}", condition.test_id())>{format!("{predicted:+.2} pp")}</td>
                        <td>{format!("{cosine:+.2}")}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <section class="probes" data-testid=format!("{prefix}theorem") aria-label="The theorem, in numbers">
                <h4>"The theorem, in numbers"</h4>
                <p class="explain">
                    "Why only the student that shares the teacher's start inherits: a small step that imitates the teacher moves "
                    "the student's weights along the teacher's own move, so everything the teacher's move did, the student's does a "
                    "little too. The first-order prediction multiplies each student's move by how P(trait) responds to each weight "
                    "at its start. Measured over 5 seeds it gets the sign and the order of the students right, and the size only "
                    "roughly: the move is not small and P(trait) does not respond to it in a straight line (for bad acts, which "
                    "start near 0%, it predicts almost nothing)."
                </p>
                <table class="results">
                    <thead><tr>
                        <th scope="col">"student"</th><th scope="col">"measured change"</th>
                        <th scope="col">"first-order prediction"</th><th scope="col">"cosine with the teacher's move"</th>
                    </tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </section>
        }
    })
}
