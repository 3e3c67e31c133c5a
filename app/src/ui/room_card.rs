//! The room: a participant sends a finished run (`SendToRoom`), the facilitator's page (`?room`)
//! takes the room's codes and files and shows them pooled (`RoomCard`).

use leptos::prelude::*;
use subliminal_app::address::room_query;
use subliminal_app::forms::SettingsForm;
use subliminal_app::qr::Qr;
use subliminal_app::recorded::MOST_REPORT_BYTES;
use subliminal_app::room::{codes, settings_name, Room};
use subliminal_app::text::{names, room as t};
use subliminal_model::owl::config::OwlConfig;
use subliminal_model::owl::report::OwlReport;
use subliminal_model::run::Spec;

use super::files::{download, read_picked_files};
use super::link::{address, copy_to_clipboard};
use super::run_bar::start;
use super::state::{owl_tabs, Experiment, Page};
use super::storage;

/// Where the facilitator's page keeps its room between visits: the entries' codes.
const KEY: &str = "subliminal-room";

/// This page's room page with `code` in its address, and whether this page is on the device's
/// own address (localhost), which no other device can open.
fn room_link(code: &str) -> (String, bool) {
    let location = window().location();
    let (origin, path) = (location.origin().unwrap_or_default(), location.pathname().unwrap_or_default());
    let host = location.hostname().unwrap_or_default();
    (format!("{origin}{path}{}", room_query(code)), matches!(host.as_str(), "localhost" | "127.0.0.1" | "[::1]"))
}

/// A QR code of `link` (`<prefix>send-to-room-qr`, the link in its `data-link`).
#[component]
fn RoomQr(link: String, local: bool, prefix: &'static str) -> impl IntoView {
    Qr::of(&link).map(|qr| {
        let view_box = format!("0 0 {0} {0}", qr.side);
        view! {
            <figure class="room-qr" data-testid=format!("{prefix}send-to-room-qr") data-link=link>
                <svg viewBox=view_box role="img" aria-label=t::qr_label() shape-rendering="crispEdges">
                    <rect width=qr.side.to_string() height=qr.side.to_string() fill="#fff" />
                    <path d=qr.path fill="#000" />
                </svg>
                <figcaption class="explain">{t::qr_caption()}{local.then_some(" ")}{local.then_some(t::qr_local())}</figcaption>
            </figure>
        }
    })
}

/// A first seed of a participant's own, where they kept everyone's (1): one in a million, so
/// that twenty participants almost never draw the same (a 0.02% chance).
fn own_first_seed() -> u64 {
    2 + (js_sys::Math::random() * 999_998.0) as u64
}

/// After a run of this tab's: its codes, to copy into the room's chat or save as a file. A run
/// of everyone's first seed can be run again, at once, with a seed of the participant's own.
#[component]
pub fn SendToRoom(report: OwlReport, experiment: Experiment, prefix: &'static str) -> impl IntoView {
    let areas = Page::from_context();
    let code = codes(&report);
    let copied = RwSignal::new(String::new());
    let same_seed = report.config.first_seed == 1;
    let (to_copy, to_save) = (code.clone(), code.clone());
    let file = format!("room-{}-seed-{}.txt", report.config.trait_animal, report.config.first_seed);
    let (link, local) = room_link(&code);
    view! {
        <section class="send-to-room" data-testid=format!("{prefix}send-to-room")>
            <h4>{t::send_title()}</h4>
            <p class="explain">{t::send_explain()}</p>
            <label>{t::code_label()}
                <textarea readonly rows=code.lines().count() + 2 data-testid=format!("{prefix}send-to-room-code")>{code.clone()}</textarea>
            </label>
            <button type="button" data-testid=format!("{prefix}send-to-room-copy") on:click=move |_| {
                let code = to_copy.clone();
                wasm_bindgen_futures::spawn_local(async move { copied.set(copy_to_clipboard(&code).await) });
            }>{t::copy()}</button>
            <button type="button" data-testid=format!("{prefix}send-to-room-save") on:click=move |_| download(&to_save, "text/plain", &file)>{t::save()}</button>
            <p class="explain" aria-live="polite" hidden=move || copied.with(String::is_empty)>{move || copied.get()}</p>
            {same_seed.then(|| {
                let config = report.config.clone();
                let reseed = move |_| {
                    let config = OwlConfig { first_seed: own_first_seed(), ..config.clone() };
                    owl_tabs().tab(experiment).form.set(SettingsForm::new(&config));
                    start(areas, Spec::from(config));
                };
                view! {
                    <p class="explain" data-testid=format!("{prefix}send-to-room-same-seed")>{t::same_seed()}" "
                        <button type="button" data-testid=format!("{prefix}send-to-room-reseed") on:click=reseed
                            disabled=move || areas.engine.is_running()>{t::reseed()}</button>
                    </p>
                }
            })}
            <RoomQr link=link local=local prefix=prefix />
        </section>
    }
}

/// The facilitator's card: codes and files in, the room's runs pooled out. The room is kept in
/// the browser until Start again; codes a link brings (a participant's QR code) join it, and
/// leave the address, so that a reload does not send them twice.
#[component]
pub fn RoomCard() -> impl IntoView {
    let mut start = Room::default();
    start.add(&t::kept(), &storage::get::<String>(KEY));
    if let Some(codes) = address().room_codes() {
        start.add(&t::from_link(), codes);
        let _ = window().history().and_then(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("?room")));
    }
    let room = RwSignal::new(start);
    Effect::new(move |_| room.with(|room| if room.entries.is_empty() { storage::remove(KEY) } else { storage::set(KEY, &room.codes()) }));
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
                return view! { <p class="explain">{t::none_yet()}</p> }.into_any();
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
                                    <th scope="row">{names::condition(row.condition)}</th>
                                    <td>{row.seeds}</td>
                                    <td data-testid=id>{t::change(row.change.mean, (row.seeds > 1).then_some(row.change.ci95))}</td>
                                    <td>{t::spread(row.spread)}</td>
                                </tr>
                            }
                        })
                        .collect_view();
                    view! {
                        <table class="results" data-testid=format!("room-group-{i}")>
                            <caption>{t::group(&settings_name(&group.settings), group.seeds)}</caption>
                            <thead><tr><th scope="col">{t::model()}</th><th scope="col">{t::seeds()}</th><th scope="col">{t::change_heading()}</th><th scope="col">{t::spread_heading()}</th></tr></thead>
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
            <h3>{t::title()}</h3>
            <p class="explain">{t::explain()}</p>
            <label>{t::import()}" "<input type="file" multiple accept=".txt,.json,text/plain,application/json" data-testid="room-import" on:change=on_files /></label>
            <label class="room-paste">{t::paste()}
                <textarea rows=3 data-testid="room-paste" prop:value=move || pasted.get() on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
            </label>
            <button type="button" data-testid="room-add" on:click=on_add>{t::add()}</button>
            <button type="button" data-testid="room-clear" on:click=move |_| room.set(Room::default())>{t::clear()}</button>
            {refused}
            <div data-testid="room-result">{result}</div>
        </section>
    }
}
