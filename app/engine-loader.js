// Starts the engine's Web Worker: loads the build the page names (`engine-loader.js?build=worker`,
// the CPU one, or `?build=worker-gpu`, with WebGPU; app/src/ui/engine.rs). Where its code cannot
// be loaded (a download cut off, a browser out of disk space), it throws where the page hears it
// (the worker's error event) instead of leaving the page waiting for an engine that never starts.
// What it throws is "<file>: <the browser's error>": the page says it in its language.
const build = new URLSearchParams(self.location.search).get('build') === 'worker-gpu' ? 'worker-gpu' : 'worker';
importScripts(`./${build}.js`);
wasm_bindgen(`./${build}_bg.wasm`).catch((error) => {
  // A rejected promise alone raises no error event on the page's Worker; an uncaught throw does.
  setTimeout(() => {
    throw new Error(`${build}_bg.wasm: ${error}`);
  });
});
