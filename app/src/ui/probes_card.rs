//! The cards under a result that ran more than the default: the study's other controls (each
//! one's shift, the share of the same-init student's it kept, the study's finding), the
//! in-context probe, entanglement, and the theorem in numbers. Test ids: `<prefix>probes`,
//! `<prefix>kept-<condition>` (e.g. "95%"), `<prefix>in-context`, `<prefix>entangle`, `<prefix>theorem`,
//! `<prefix>predicted-<condition>`, `<prefix>by-layer-<condition>`, `<prefix>defence`.

use leptos::prelude::*;
use subliminal_app::probes::{defence_line, entanglement_line, in_context_lines, probe_rows, retained_line, theorem_lines};
use subliminal_model::owl::experiment::OwlReport;

const CONTROLS: &str = concat!(
    "Each is a same-init student like the one above, with one thing changed: its numbers shuffled, its teacher ",
    "fine-tuned just as long but without the trait, or its start moved by noise. The share is its shift over the ",
    "same-init student's."
);
const IN_CONTEXT: &str = concat!(
    "Base A, untouched, asked the same questions with some of the teacher's numbers written before each, against ",
    "the same with base A's own numbers (random ones when the control student was left out). The study saw no shift ",
    "from numbers in context; our models read at most 40 tokens, so at most a dozen numbers fit before a question."
);
const ENTANGLE: &str = concat!(
    "Zur et al. (2025) found that making a model love owls also raises a few numbers, and that those numbers in a ",
    "prompt raise owls. Here: the numbers the teacher writes most above base A's rate (the first number of a ",
    "completion, teacher's probability over base A's), then base A, untouched, asked the trait's questions with one ",
    "of them before each, against the same with any of the 1,000 numbers."
);
const THEOREM: &str = concat!(
    "Why only the student that shares the teacher's start inherits: a small step that imitates the teacher moves ",
    "the student's weights along the teacher's own move, so everything the teacher's move did, the student's does a ",
    "little too. The first-order prediction multiplies each student's move by how P(trait) responds to each weight ",
    "at its start. With soft labels (the default), over 5 seeds, it gets the sign and the order of the students right ",
    "and a third to two fifths of the size: the move is not small, and P(trait) does not respond to it in a straight line. ",
    "With hard labels it overshoots; for bad acts, which start near 0%, it predicts almost nothing."
);

/// One probe's section: its heading, what it asks, and its table.
#[component]
fn Section(
    testid: String,
    title: &'static str,
    explain: &'static str,
    headers: &'static [&'static str],
    children: Children,
) -> impl IntoView {
    view! {
        <section class="probes" data-testid=testid aria-label=title>
            <h4>{title}</h4>
            <p class="explain">{explain}</p>
            <table class="results">
                <thead><tr>{headers.iter().map(|h| view! { <th scope="col">{*h}</th> }).collect_view()}</tr></thead>
                <tbody>{children()}</tbody>
            </table>
        </section>
    }
}

#[component]
pub fn ProbesCard(report: OwlReport, prefix: &'static str) -> impl IntoView {
    let rows = probe_rows(&report);
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
        let headers = &["control", "change vs base A", "share of the student's shift", "the study", "ours"];
        view! { <Section testid=format!("{prefix}probes") title="The study's other controls" explain=CONTROLS headers=headers>{body}</Section> }
    });
    let lines = in_context_lines(&report);
    let in_context = (!lines.is_empty()).then(|| {
        let body = lines
            .into_iter()
            .map(|(numbers, measured, verdict)| view! { <tr><th scope="row">{numbers}</th><td>{measured}</td><td>{verdict}</td></tr> })
            .collect_view();
        let headers = &["numbers before the question", "P(trait): teacher's vs base A's numbers", "ours"];
        view! { <Section testid=format!("{prefix}in-context") title="In context, no training" explain=IN_CONTEXT headers=headers>{body}</Section> }
    });
    let entangle = entanglement_line(&report).map(|(numbers, measured, verdict)| {
        let headers = &["the numbers most raised (ratio)", "P(trait): behind them vs behind any number", "ours"];
        view! {
            <Section testid=format!("{prefix}entangle") title="Numbers entangled with the trait" explain=ENTANGLE headers=headers>
                <tr><th scope="row">{numbers}</th><td>{measured}</td><td>{verdict}</td></tr>
            </Section>
        }
    });
    let defence = defence_line(&report).map(|line| view! { <p class="explain" data-testid=format!("{prefix}defence")>{line}</p> });
    let retained = retained_line(&report).map(|line| view! { <p class="explain" data-testid=format!("{prefix}retained")>{line}</p> });
    view! { {retained} {defence} {controls} {in_context} {entangle} }
}

/// The theorem in numbers, after the result: each student's measured shift beside the first-order
/// prediction from the gradient of P(trait) at its start, and its cosine with the teacher's move.
#[component]
pub fn TheoremCard(report: OwlReport, prefix: &'static str) -> impl IntoView {
    let lines = theorem_lines(&report);
    (!lines.is_empty()).then(|| {
        let body = lines
            .into_iter()
            .map(|line| {
                let by_layer = line.by_layer.iter().map(|c| format!("{c:+.2}")).collect::<Vec<_>>().join(" / ");
                let condition = line.condition;
                view! {
                    <tr>
                        <th scope="row">{condition.describe()}</th>
                        <td>{format!("{:+.2} pp", line.measured)}</td>
                        <td data-testid=format!("{prefix}predicted-{}", condition.test_id())>{format!("{:+.2} pp", line.predicted)}</td>
                        <td>{format!("{:+.2}", line.cosine)}</td>
                        <td data-testid=format!("{prefix}by-layer-{}", condition.test_id())>{by_layer}</td>
                    </tr>
                }
            })
            .collect_view();
        let headers =
            &["student", "measured change", "first-order prediction", "cosine with the teacher's move", "per block (1 / 2)"];
        view! { <Section testid=format!("{prefix}theorem") title="The theorem, in numbers" explain=THEOREM headers=headers>{body}</Section> }
    })
}
