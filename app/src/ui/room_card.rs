//! The room: a participant sends a finished run (`SendToRoom`), the facilitator's page (`?room`)
//! takes the room's codes and files and shows them pooled (`RoomCard`).

use leptos::prelude::*;
use subliminal_app::recorded::MOST_REPORT_BYTES;
use subliminal_app::room::{codes, settings_name, Room};
use subliminal_app::text::room as t;
use subliminal_model::owl::report::OwlReport;

use super::files::{download, read_picked_files};
use super::link::copy_to_clipboard;

/// After a run of this tab's: its codes, to copy into the room's chat or save as a file.
#[component]
pub fn SendToRoom(report: OwlReport, prefix: &'static str) -> impl IntoView {
    let code = codes(&report);
    let copied = RwSignal::new(String::new());
    let same_seed = report.config.first_seed == 1;
    let (to_copy, to_save) = (code.clone(), code.clone());
    let file = format!("room-{}-seed-{}.txt", report.config.trait_animal, report.config.first_seed);
    view! {
        <section class="send-to-room" data-testid=format!("{prefix}send-to-room")>
            <h4>{t::SEND_TITLE}</h4>
            <p class="explain">{t::SEND_EXPLAIN}</p>
            <label>{t::CODE_LABEL}
                <textarea readonly rows=code.lines().count() + 2 data-testid=format!("{prefix}send-to-room-code")>{code.clone()}</textarea>
            </label>
            <button type="button" data-testid=format!("{prefix}send-to-room-copy") on:click=move |_| {
                let code = to_copy.clone();
                wasm_bindgen_futures::spawn_local(async move { copied.set(copy_to_clipboard(&code).await) });
            }>{t::COPY}</button>
            <button type="button" data-testid=format!("{prefix}send-to-room-save") on:click=move |_| download(&to_save, "text/plain", &file)>{t::SAVE}</button>
            <p class="explain" aria-live="polite" hidden=move || copied.with(String::is_empty)>{move || copied.get()}</p>
            {same_seed.then(|| view! { <p class="explain" data-testid=format!("{prefix}send-to-room-same-seed")>{t::SAME_SEED}</p> })}
        </section>
    }
}

/// The facilitator's card: codes and files in, the room's runs pooled out.
#[component]
pub fn RoomCard() -> impl IntoView {
    let room = RwSignal::new(Room::default());
    let pasted = RwSignal::new(String::new());
    let on_files = move |ev: leptos::ev::Event| {
        read_picked_files(&ev, MOST_REPORT_BYTES, move |name, text| {
            room.update(|room| match text {
                Ok(text) => room.add(&name, &text),
                Err(why) => room.refused.push(why),
            })
        });
    };
    let on_add = move |_| {
        let text = pasted.get_untracked();
        room.update(|room| room.add("pasted", &text));
        pasted.set(String::new());
    };
    let result = move || {
        room.with(|room| {
            if room.entries.is_empty() {
                return view! { <p class="explain">{t::NONE_YET}</p> }.into_any();
            }
            let pooled = room.result();
            let seeds = pooled.groups.iter().map(|g| g.seeds).sum();
            let count = t::count(seeds, room.entries.len(), pooled.duplicates, pooled.groups.len());
            let groups = pooled
                .groups
                .into_iter()
                .enumerate()
                .map(|(i, group)| {
                    let rows = group
                        .rows
                        .iter()
                        .map(|row| {
                            let id = format!("room-change-{}-{}", i, row.condition.test_id());
                            view! {
                                <tr>
                                    <th scope="row">{row.condition.describe()}</th>
                                    <td>{row.seeds}</td>
                                    <td data-testid=id>{t::change(row.change.mean, row.change.ci95)}</td>
                                    <td>{t::spread(row.spread)}</td>
                                </tr>
                            }
                        })
                        .collect_view();
                    view! {
                        <table class="results" data-testid=format!("room-group-{i}")>
                            <caption>{t::group(&settings_name(&group.settings), group.seeds)}</caption>
                            <thead><tr><th scope="col">{t::MODEL}</th><th scope="col">{t::SEEDS}</th><th scope="col">{t::CHANGE}</th><th scope="col">{t::SPREAD}</th></tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    }
                })
                .collect_view();
            view! { <p data-testid="room-count">{count}</p> <div class="room-groups">{groups}</div> }.into_any()
        })
    };
    let refused = move || {
        room.with(|room| {
            (!room.refused.is_empty()).then(|| {
                let items = room.refused.iter().map(|why| view! { <li>{why.clone()}</li> }).collect_view();
                view! { <ul class="errors" role="alert" data-testid="room-refused">{items}</ul> }
            })
        })
    };
    view! {
        <section class="room" data-testid="room">
            <h3>{t::TITLE}</h3>
            <p class="explain">{t::EXPLAIN}</p>
            <label>{t::IMPORT}" "<input type="file" multiple accept=".txt,.json,text/plain,application/json" data-testid="room-import" on:change=on_files /></label>
            <label class="room-paste">{t::PASTE}
                <textarea rows=3 data-testid="room-paste" prop:value=move || pasted.get() on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
            </label>
            <button type="button" data-testid="room-add" on:click=on_add>{t::ADD}</button>
            <button type="button" data-testid="room-clear" on:click=move |_| room.set(Room::default())>{t::CLEAR}</button>
            {refused}
            <div data-testid="room-result">{result}</div>
        </section>
    }
}
