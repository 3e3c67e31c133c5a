//! Digits as pictures: a small canvas per held-out digit, and a canvas to draw one's own.

use leptos::html::Canvas;
use leptos::prelude::*;
use subliminal_app::text::mnist as t;
use wasm_bindgen::{Clamped, JsCast};
use web_sys::{CanvasRenderingContext2d, ImageData, PointerEvent};

use subliminal_model::mnist::data::PIXELS;

use super::engine;
use super::state::Page;

const SIDE: usize = 28;
/// The drawing canvas is SCALE times the 28x28 image.
const SCALE: usize = 8;

fn context(canvas: &web_sys::HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas.get_context("2d").ok().flatten().and_then(|c| c.dyn_into().ok())
}

/// A 28x28 digit drawn white on black.
#[component]
pub fn DigitImage(pixels: Vec<u8>, label: String) -> impl IntoView {
    let canvas = NodeRef::<Canvas>::new();
    Effect::new(move |_| {
        let Some(canvas) = canvas.get() else { return };
        let Some(ctx) = context(&canvas) else { return };
        let mut rgba = Vec::with_capacity(PIXELS * 4);
        for &p in &pixels {
            rgba.extend_from_slice(&[p, p, p, 255]);
        }
        if let Ok(image) = ImageData::new_with_u8_clamped_array_and_sh(Clamped(&rgba), SIDE as u32, SIDE as u32) {
            let _ = ctx.put_image_data(&image, 0.0, 0.0);
        }
    });
    view! { <canvas node_ref=canvas width=SIDE height=SIDE class="digit" role="img" aria-label=label></canvas> }
}

/// Reads the drawing back as 28x28 grey levels in [0, 1], each the mean of its SCALE x SCALE block.
fn drawing_pixels(canvas: &web_sys::HtmlCanvasElement) -> Option<Vec<f32>> {
    let ctx = context(canvas)?;
    let side = (SIDE * SCALE) as f64;
    let data = ctx.get_image_data(0.0, 0.0, side, side).ok()?.data().0;
    let width = SIDE * SCALE;
    let mut pixels = vec![0.0f32; PIXELS];
    for y in 0..width {
        for x in 0..width {
            pixels[(y / SCALE) * SIDE + x / SCALE] += data[(y * width + x) * 4] as f32 / 255.0;
        }
    }
    let block = (SCALE * SCALE) as f32;
    Some(pixels.into_iter().map(|p| p / block).collect())
}

/// Draw a digit with the mouse, a finger or a pen; the trained networks say what they see.
#[component]
pub fn DrawingPad() -> impl IntoView {
    let areas = Page::from_context();
    let classified = areas.mnist.classified;
    let canvas = NodeRef::<Canvas>::new();
    let drawing = RwSignal::new(false);
    let side = SIDE * SCALE;
    let clear = move || {
        if let Some(ctx) = canvas.get().as_ref().and_then(context) {
            ctx.set_fill_style_str("black");
            ctx.fill_rect(0.0, 0.0, side as f64, side as f64);
        }
        classified.set(None);
    };
    Effect::new(move |_| {
        if canvas.get().is_some() {
            clear();
        }
    });
    let point = move |ev: &PointerEvent| {
        let Some(canvas) = canvas.get() else { return };
        let Some(ctx) = context(&canvas) else { return };
        let rect = canvas.get_bounding_client_rect();
        let x = (ev.client_x() as f64 - rect.left()) * side as f64 / rect.width().max(1.0);
        let y = (ev.client_y() as f64 - rect.top()) * side as f64 / rect.height().max(1.0);
        ctx.set_fill_style_str("white");
        ctx.begin_path();
        let _ = ctx.arc(x, y, 1.2 * SCALE as f64, 0.0, std::f64::consts::TAU);
        ctx.fill();
    };
    let ask = move || {
        if let Some(pixels) = canvas.get().as_ref().and_then(drawing_pixels) {
            engine::classify(areas, pixels);
        }
    };
    let answers = move || {
        classified.get().map(|probabilities| {
            t::asked()
                .iter()
                .zip(probabilities.into_array())
                .map(|(name, p)| {
                    let best = (0..10).max_by(|&a, &b| p[a].total_cmp(&p[b])).unwrap_or(0);
                    view! { <li>{t::guess(name, best, p[best])}</li> }
                })
                .collect_view()
        })
    };
    view! {
        <div class="drawing">
            <canvas node_ref=canvas width=side height=side class="pad" data-testid="drawing-pad"
                aria-label=t::pad()
                on:pointerdown=move |ev| { drawing.set(true); point(&ev); }
                on:pointermove=move |ev| if drawing.get_untracked() { point(&ev) }
                on:pointerup=move |_| { drawing.set(false); ask(); }
                on:pointerleave=move |_| if drawing.get_untracked() { drawing.set(false); ask(); }
            ></canvas>
            <div>
                <button type="button" on:click=move |_| clear()>{t::clear()}</button>
                <ul class="answers" data-testid="drawing-answers" aria-live="polite">{answers}</ul>
            </div>
        </div>
    }
}
