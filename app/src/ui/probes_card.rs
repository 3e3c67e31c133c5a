//! The cards under a result that ran more than the default: the study's other controls (each
//! one's shift, the share of the same-init student's it kept, the study's finding), the
//! in-context probe, entanglement, and the theorem in numbers. Test ids: `<prefix>probes`,
//! `<prefix>kept-<condition>` (e.g. "95%"), `<prefix>in-context`, `<prefix>entangle`, `<prefix>theorem`,
//! `<prefix>predicted-<condition>`, `<prefix>by-layer-<condition>`, `<prefix>defence`.

use leptos::prelude::*;
use subliminal_app::i18n::{percent, signed, signed_interval};
use subliminal_app::probes::{defence_line, entanglement_line, in_context_lines, probe_rows, retained_line, theorem_lines};
use subliminal_app::text::{names, probes as t, units};
use subliminal_model::owl::report::OwlReport;

/// One probe's section: its heading, what it asks, and its table.
#[component]
fn Section(testid: String, title: String, explain: String, headers: Vec<String>, children: Children) -> impl IntoView {
    let label = title.clone();
    view! {
        <section class="probes" data-testid=testid aria-label=label>
            <h4>{title}</h4>
            <p class="explain">{explain}</p>
            <table class="results">
                <thead><tr>{headers.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr></thead>
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
                let ci = row.ci95.map(|ci| format!(" {}", signed_interval(ci, 2))).unwrap_or_default();
                let kept = row.kept.map(|k| percent(k * 100.0, 0)).unwrap_or_else(|| "–".into());
                view! {
                    <tr>
                        <th scope="row">{names::condition(row.condition)}</th>
                        <td>{format!("{}{ci}", units::points(row.delta, 2))}</td>
                        <td data-testid=format!("{prefix}kept-{}", row.condition.test_id())>{kept}</td>
                        <td>{row.study}</td>
                        <td>{row.verdict}</td>
                    </tr>
                }
            })
            .collect_view();
        view! { <Section testid=format!("{prefix}probes") title=t::controls_title() explain=t::controls() headers=t::controls_columns().to_vec()>{body}</Section> }
    });
    let lines = in_context_lines(&report);
    let in_context = (!lines.is_empty()).then(|| {
        let body = lines
            .into_iter()
            .map(|(numbers, measured, verdict)| view! { <tr><th scope="row">{numbers}</th><td>{measured}</td><td>{verdict}</td></tr> })
            .collect_view();
        view! { <Section testid=format!("{prefix}in-context") title=t::in_context_title() explain=t::in_context() headers=t::in_context_columns().to_vec()>{body}</Section> }
    });
    let entangle = entanglement_line(&report).map(|(numbers, measured, verdict)| {
        view! {
            <Section testid=format!("{prefix}entangle") title=t::entangle_title() explain=t::entangle() headers=t::entangle_columns().to_vec()>
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
                let by_layer = line.by_layer.iter().map(|c| signed(*c, 2)).collect::<Vec<_>>().join(" / ");
                let condition = line.condition;
                view! {
                    <tr>
                        <th scope="row">{names::condition(condition)}</th>
                        <td>{units::points(line.measured, 2)}</td>
                        <td data-testid=format!("{prefix}predicted-{}", condition.test_id())>{units::points(line.predicted, 2)}</td>
                        <td>{signed(line.cosine, 2)}</td>
                        <td data-testid=format!("{prefix}by-layer-{}", condition.test_id())>{by_layer}</td>
                    </tr>
                }
            })
            .collect_view();
        view! { <Section testid=format!("{prefix}theorem") title=t::theorem_title() explain=t::theorem() headers=t::theorem_columns().to_vec()>{body}</Section> }
    })
}
