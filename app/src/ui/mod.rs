//! The page's components. `state` holds the signals, `engine` the worker, the rest draw.

mod app;
mod audit_card;
mod chart_export;
mod charts;
mod compare_card;
mod curves_card;
mod digit_canvas;
mod engine;
mod files;
mod link;
mod mnist_tab;
mod owl_controls;
mod owl_results;
mod owl_story;
mod prediction;
mod presenter;
mod probes_card;
mod recordings;
mod room_card;
mod run_bar;
mod settings_fields;
mod speed_check;
mod state;
mod storage;

pub use app::App;
