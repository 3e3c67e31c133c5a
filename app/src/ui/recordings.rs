//! The recorded run each owl-style tab shows before a run of its own: a preset's, fetched when a
//! link opens that preset (each is 336 to 590 kB, so the page carries only the two defaults and
//! the rest come when asked), else the compiled-in recording of the tab's default.

use leptos::prelude::*;
use subliminal_app::recorded::{parse, recording_of, study_channel_path, RecordingOf};
use subliminal_model::owl::config::OwlConfig;

use super::files::fetch_text;
use super::state::{Experiment, OwlTabs, Recording};

/// Finds (or fetches) the recording an owl-style tab shows for the settings it opens with, and
/// for the animals tab the study's channel's recording too.
pub fn find(tabs: OwlTabs, experiment: Experiment, start: &OwlConfig) {
    if experiment == Experiment::Owl {
        leptos::task::spawn_local(async move {
            let path = study_channel_path();
            let run = fetch_text(&path).await.and_then(|text| parse(&text).map_err(|e| format!("{path}: {e}")));
            tabs.study_channel.set(Some(run));
        });
    }
    let slot = tabs.tab(experiment).recording;
    match recording_of(start) {
        RecordingOf::Shipped { json, of } => slot.set(Some(Recording { of, run: parse(json) })),
        RecordingOf::Preset { path, of } => leptos::task::spawn_local(async move {
            let run = fetch_text(&path).await.and_then(|text| parse(&text).map_err(|e| format!("{path}: {e}")));
            slot.set(Some(Recording { of, run }));
        }),
    }
}
