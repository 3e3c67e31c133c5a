// Starts the engine's Web Worker: loads the build the page names (`engine-loader.js?build=worker`,
// the CPU one, or `?build=worker-gpu`, with WebGPU; app/src/ui/engine.rs). Where its code cannot
// be loaded (a download cut off, a browser out of disk space), it throws where the page hears it
// (the worker's error event) instead of leaving the page waiting for an engine that never starts.
// What it throws is "<file>: <the browser's error>": the page says it in its language.
const build = new URLSearchParams(self.location.search).get('build') === 'worker-gpu' ? 'worker-gpu' : 'worker';
// How many kernels the engine has dispatched on the GPU and in how many submits, beside its own
// count of reads (small models on WebGPU are bound by the cost of each dispatch, and each read
// waits for the GPU; docs/speed.md): `self.gpuCounts`, which the WebGPU browser test reads over
// a block of the teacher's steps.
if (build === 'worker-gpu' && self.GPUQueue && self.GPUComputePassEncoder) {
  self.gpuCounts = { dispatches: 0, submits: 0 };
  const count = (prototype, method, key) => {
    const original = prototype[method];
    prototype[method] = function (...args) {
      self.gpuCounts[key] += 1;
      return original.apply(this, args);
    };
  };
  count(GPUComputePassEncoder.prototype, 'dispatchWorkgroups', 'dispatches');
  count(GPUQueue.prototype, 'submit', 'submits');
}
importScripts('./fetch-wasm.js', `./${build}.js`);
// Its brotli copy where there is one (app/fetch-wasm.js).
fetchWasm(`./${build}_bg.wasm`).then((code) => wasm_bindgen({ module_or_path: code })).catch((error) => {
  // A rejected promise alone raises no error event on the page's Worker; an uncaught throw does.
  setTimeout(() => {
    throw new Error(`${build}_bg.wasm: ${error}`);
  });
});
