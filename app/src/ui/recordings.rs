//! The recorded run each owl-style tab shows before a run of its own: a preset's, fetched when a
//! link opens that preset (each is 330 to 400 kB, so the page carries only the two defaults and
//! the rest come when asked), else the compiled-in recording of the tab's default.

use leptos::prelude::*;
use subliminal_app::recorded::{parse, recording_of, RecordingOf};

use super::files::fetch_text;
use super::link::owl_tab_start;
use super::state::{Experiment, PageState, Recording};

/// Finds (or fetches) each owl-style tab's recording of the settings it opens with.
pub fn load(state: PageState) {
    for experiment in [Experiment::Owl, Experiment::Values] {
        let (start, _) = owl_tab_start(experiment);
        let slot = state.recording(experiment);
        match recording_of(&start) {
            RecordingOf::Shipped { json, of } => slot.set(Some(Recording { of: of.into(), run: parse(json) })),
            RecordingOf::Preset { path, of } => leptos::task::spawn_local(async move {
                let run = fetch_text(&path).await.and_then(|text| parse(&text).map_err(|e| format!("{path}: {e}")));
                slot.set(Some(Recording { of, run }));
            }),
        }
    }
}
