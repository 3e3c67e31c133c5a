//! The page: a Leptos app that talks to the engine's Web Worker.

mod ui;

fn main() {
    #[cfg(target_family = "wasm")]
    subliminal_app::run_constructors_once();
    console_error_panic_hook::set_once();
    // index.html's sentence for a page whose scripts never ran (opened as a file, say).
    if let Some(waiting) = leptos::prelude::document().get_element_by_id("not-started") {
        waiting.remove();
    }
    leptos::mount::mount_to_body(ui::App);
}
