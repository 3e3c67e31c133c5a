//! Every read of a result from the device goes through here. On a GPU each read waits for the
//! device to finish what it was given (about 0.5 ms in Chrome, up to 100 ms in Firefox, which
//! polls the GPU on a timer), so the engine reads at its logging points and in batches (the
//! teacher checks its target once every [`crate::owl::teacher::CHECK_EVERY`] steps), and counts
//! its reads ([`reads`]) so a test can hold it to that.
//!
//! Reads never block: a synchronous read traps on WebGPU in wasm.

use burn::prelude::*;
use burn::tensor::kind::Basic;
use std::cell::Cell;

thread_local! {
    /// Per thread: a run keeps to the thread it started on (natively, in the worker), and tests
    /// running side by side each count their own.
    static READS: Cell<u64> = const { Cell::new(0) };
}

/// How many reads this thread has made so far.
pub fn reads() -> u64 {
    READS.with(Cell::get)
}

/// A tensor's data on the host, or why the device could not give it.
pub async fn try_read<const D: usize, K: Basic>(tensor: Tensor<D, K>) -> Result<TensorData, String> {
    READS.with(|reads| reads.set(reads.get() + 1));
    tensor.into_data_async().await.map_err(|e| format!("{e:?}"))
}

/// A float tensor's values on the host. A failed read means the device is gone (a lost GPU):
/// there is no sensible number to go on with, so it panics with a message the page's worker
/// forwards, rather than returning NaN.
pub async fn read_f32s<const D: usize>(tensor: Tensor<D>) -> Vec<f32> {
    match try_read(tensor).await.map(|d| d.try_to_vec::<f32>()) {
        Ok(Ok(values)) => values,
        other => panic!("reading a result from the device failed (was the GPU lost?): {other:?}"),
    }
}

/// A one-element float tensor (a loss) on the host.
pub async fn read_scalar(tensor: Tensor<1>) -> f64 {
    read_f32s(tensor).await[0] as f64
}
