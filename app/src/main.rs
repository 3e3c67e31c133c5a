//! The page: a Leptos app that talks to the engine's Web Worker.

mod ui;

fn main() {
    #[cfg(target_family = "wasm")]
    subliminal_app::run_constructors_once();
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(ui::App);
}
