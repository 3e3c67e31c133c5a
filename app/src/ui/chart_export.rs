//! Saving a chart: the figure's SVG as a file, or drawn to a PNG (for slides and handouts). The
//! chart's look comes from the page's stylesheet, so the saved SVG carries the few rules it uses.

use leptos::prelude::*;
use subliminal_app::text::charts;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::files::{download, download_blob, text_blob};

/// The stylesheet rules the charts use, for a chart saved on its own.
const CHART_STYLE: &str = "<style>.axis{stroke:#555}.tick,.category{font-size:10px;fill:#333;font-family:sans-serif}\
.trait-label{font-weight:700;fill:#000}</style>";

/// The `<svg>` in the same figure as the clicked button, as a standalone file's text, with its
/// width and height in pixels (from its view box).
fn chart_markup(ev: &leptos::ev::MouseEvent) -> Option<(String, f64, f64)> {
    let button: web_sys::Element = ev.target()?.dyn_into().ok()?;
    let svg = button.closest("figure").ok()??.query_selector("svg").ok()??;
    let view_box = svg.get_attribute("viewBox")?;
    let size: Vec<f64> = view_box.split_whitespace().filter_map(|v| v.parse().ok()).collect();
    let (width, height) = (*size.get(2)?, *size.get(3)?);
    let markup = svg.outer_html().replacen(
        "<svg",
        &format!("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" style=\"background:#fff\""),
        1,
    );
    let close = markup.find('>')? + 1;
    Some((format!("{}{CHART_STYLE}{}", &markup[..close], &markup[close..]), width, height))
}

/// Draws SVG text onto a canvas at twice its size and offers it as a PNG download; `refused` runs
/// where the browser will not load the drawing (a host whose Content-Security-Policy allows no
/// images from `blob:` addresses).
fn save_png(markup: String, width: f64, height: f64, name: String, refused: impl FnOnce() + 'static) -> Option<()> {
    let window = web_sys::window()?;
    let url = web_sys::Url::create_object_url_with_blob(&text_blob(&markup, "image/svg+xml")?).ok()?;
    let image_class: js_sys::Function = js_sys::Reflect::get(&window, &"Image".into()).ok()?.dyn_into().ok()?;
    let image = js_sys::Reflect::construct(&image_class, &js_sys::Array::new()).ok()?;
    let (loaded, loaded_url) = (image.clone(), url.clone());
    let on_load = Closure::once_into_js(move || {
        let scale = 2.0;
        let Some(canvas) = document().create_element("canvas").ok().and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok()) else {
            return;
        };
        canvas.set_width((width * scale) as u32);
        canvas.set_height((height * scale) as u32);
        let Some(context) = canvas.get_context("2d").ok().flatten() else { return };
        // drawImage through reflection: its web-sys binding needs a feature whose rebuild costs minutes.
        let draw = js_sys::Reflect::get(&context, &"drawImage".into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        let args = js_sys::Array::of5(&loaded, &0.into(), &0.into(), &(width * scale).into(), &(height * scale).into());
        if let Some(draw) = draw {
            let _ = draw.apply(&context, &args);
        }
        let _ = web_sys::Url::revoke_object_url(&loaded_url);
        let save = Closure::once_into_js(move |blob: JsValue| {
            if let Ok(blob) = blob.dyn_into::<web_sys::Blob>() {
                download_blob(&blob, &name);
            }
        });
        let _ = canvas.to_blob(save.unchecked_ref());
    });
    let on_error = Closure::once_into_js(refused);
    js_sys::Reflect::set(&image, &"onload".into(), &on_load).ok()?;
    js_sys::Reflect::set(&image, &"onerror".into(), &on_error).ok()?;
    js_sys::Reflect::set(&image, &"src".into(), &JsValue::from_str(&url)).ok()?;
    Some(())
}

/// "Save as SVG" and "Save as PNG" for the chart in the same figure. With `test_id`, the
/// buttons' test ids are `<test_id>-svg` and `<test_id>-png`.
#[component]
pub fn ChartExport(file_stem: String, test_id: Option<String>) -> impl IntoView {
    let (svg_name, png_name) = (format!("{file_stem}.svg"), format!("{file_stem}.png"));
    let on_svg = move |ev: leptos::ev::MouseEvent| {
        if let Some((markup, _, _)) = chart_markup(&ev) {
            download(&markup, "image/svg+xml", &svg_name);
        }
    };
    let refused = RwSignal::new(false);
    let on_png = move |ev: leptos::ev::MouseEvent| {
        refused.set(false);
        if let Some((markup, width, height)) = chart_markup(&ev) {
            save_png(markup, width, height, png_name.clone(), move || refused.set(true));
        }
    };
    let svg_id = test_id.as_ref().map(|t| format!("{t}-svg"));
    let png_id = test_id.as_ref().map(|t| format!("{t}-png"));
    let refused_id = test_id.map(|t| format!("{t}-png-refused"));
    view! {
        <span class="chart-export">
            <button type="button" data-testid=svg_id on:click=on_svg>{charts::save_svg()}</button>
            <button type="button" data-testid=png_id on:click=on_png>{charts::save_png()}</button>
            <span role="status" class="explain refused" data-testid=refused_id hidden=move || !refused.get()>{charts::png_refused()}</span>
        </span>
    }
}
