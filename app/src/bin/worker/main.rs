//! The engine's Web Worker. The page posts `ToWorker` messages (JSON strings); the worker runs the
//! engine and posts `FromWorker` messages back. Training on the CPU never yields to the event loop,
//! which is why it lives here and not on the page: the page stays responsive, and Cancel simply
//! terminates this worker.

// The worker only exists in a browser; natively (where the workspace's tests build every
// binary) it is an empty program.
#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code, unused_imports))]

#[cfg(target_arch = "wasm32")]
mod assets;
#[cfg(target_arch = "wasm32")]
mod device;
#[cfg(target_arch = "wasm32")]
mod outbox;
#[cfg(target_arch = "wasm32")]
mod run;
#[cfg(target_arch = "wasm32")]
mod speed_check;
#[cfg(target_arch = "wasm32")]
mod state;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The engine's Web Worker runs in a browser: build the page with `trunk build` (see the README).");
    std::process::exit(2);
}

#[cfg(target_arch = "wasm32")]
use std::panic;
#[cfg(target_arch = "wasm32")]
use subliminal_app::protocol::{FromWorker, ToWorker};
#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::*;
#[cfg(target_arch = "wasm32")]
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

#[cfg(target_arch = "wasm32")]
fn main() {
    subliminal_app::run_constructors_once();
    // A panic (a failed read from a lost GPU, say) kills this wasm instance: tell the page first.
    panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        let message = match info.payload().downcast_ref::<String>() {
            Some(s) => s.clone(),
            None => info.payload().downcast_ref::<&str>().map(|s| s.to_string()).unwrap_or_else(|| info.to_string()),
        };
        let message = subliminal_app::protocol::condensed_error(&message);
        outbox::post(&FromWorker::Failed { message, on_gpu: state::on_gpu() });
    }));

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
        let text = event.data().as_string().unwrap_or_default();
        match serde_json::from_str::<ToWorker>(&text) {
            Ok(message) => wasm_bindgen_futures::spawn_local(handle(message)),
            Err(e) => outbox::post(&FromWorker::Failed { message: format!("unreadable request: {e}"), on_gpu: false }),
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    outbox::post(&FromWorker::Alive);
}

#[cfg(target_arch = "wasm32")]
async fn handle(message: ToWorker) {
    let result = match message {
        ToWorker::Init { backend } => state::init(backend).await,
        ToWorker::Run { spec } => run::run(spec).await,
        ToWorker::Classify { pixels } => run::classify(pixels).await,
        ToWorker::SpeedCheck => speed_check::run().await,
        ToWorker::Audit { a, b } => {
            outbox::post(&FromWorker::Audited { result: subliminal_app::audit::audit_inputs(&a, &b).map(Box::new) });
            Ok(())
        }
    };
    if let Err(message) = result {
        if state::on_gpu() {
            // A lost device fails the run's next read ("the staging buffer could not be mapped")
            // a moment before its `lost` promise says why: wait for that clearer message.
            sleep_ms(100).await;
            if state::gpu_lost() {
                return;
            }
        }
        outbox::post(&FromWorker::Failed { message, on_gpu: state::on_gpu() });
    }
}

#[cfg(target_arch = "wasm32")]
async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let global = js_sys::global();
        if let Ok(set_timeout) = js_sys::Reflect::get(&global, &"setTimeout".into()) {
            let _ = set_timeout.unchecked_into::<js_sys::Function>().call2(&global, &resolve, &ms.into());
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
