//! The engine's Web Worker. The page posts `ToWorker` messages (JSON strings); the worker runs the
//! engine and posts `FromWorker` messages back. Training on the CPU never yields to the event loop,
//! which is why it lives here and not on the page: the page stays responsive, and Cancel simply
//! terminates this worker.
//!
//! Two binaries start it (`src/bin/worker.rs`, `src/bin/worker-gpu.rs`): the same worker, built
//! without and with the `webgpu` feature.

mod assets;
mod device;
mod outbox;
mod run;
mod speed_check;
mod state;

use crate::protocol::{Failure, FromWorker, ToWorker};
use std::panic;
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// Starts the worker: it says it is alive and waits for the page's messages.
pub fn main() {
    #[cfg(target_family = "wasm")]
    crate::run_constructors_once();
    // A panic (a failed read from a lost GPU, say) kills this wasm instance: tell the page first.
    panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        let message = match info.payload().downcast_ref::<String>() {
            Some(s) => s.clone(),
            None => info.payload().downcast_ref::<&str>().map(|s| s.to_string()).unwrap_or_else(|| info.to_string()),
        };
        let failure = Failure::Engine { message: crate::protocol::condensed_error(&message) };
        outbox::post(&FromWorker::Failed { failure, on_gpu: state::on_gpu() });
    }));

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
        let text = event.data().as_string().unwrap_or_default();
        match serde_json::from_str::<ToWorker>(&text) {
            Ok(message) => wasm_bindgen_futures::spawn_local(handle(message)),
            Err(e) => outbox::post(&FromWorker::Failed { failure: format!("unreadable request: {e}").into(), on_gpu: false }),
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    outbox::post(&FromWorker::Alive);
}

async fn handle(message: ToWorker) {
    let result = match message {
        ToWorker::Init { backend } => state::init(backend).await,
        ToWorker::Run { spec, part } => run::run(spec, part).await,
        ToWorker::Classify { pixels } => run::classify(pixels).await,
        ToWorker::SpeedCheck => speed_check::run().await,
        ToWorker::Audit { a, b } => {
            outbox::post(&FromWorker::Audited { result: crate::audit::audit_inputs(&a, &b).map(Box::new) });
            Ok(())
        }
    };
    if let Err(failure) = result {
        if state::on_gpu() {
            // A lost device fails the run's next read ("the staging buffer could not be mapped")
            // a moment before its `lost` promise says why: wait for that clearer message.
            sleep_ms(100).await;
            if state::gpu_lost() {
                return;
            }
        }
        outbox::post(&FromWorker::Failed { failure, on_gpu: state::on_gpu() });
    }
}

async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let global = js_sys::global();
        if let Ok(set_timeout) = js_sys::Reflect::get(&global, &"setTimeout".into()) {
            let _ = set_timeout.unchecked_into::<js_sys::Function>().call2(&global, &resolve, &ms.into());
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
