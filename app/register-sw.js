// Offline after one visit: registers the service worker (sw.js) and hands it every file the page
// and its worker load, to cache. A file rather than an inline script, so that the page runs under
// a strict Content-Security-Policy.
if ('serviceWorker' in navigator && window.isSecureContext) {
  addEventListener('load', async () => {
    try {
      await navigator.serviceWorker.register('sw.js');
      const worker = (await navigator.serviceWorker.ready).active;
      // What the page loaded, what its links name (its wasm is fetched after the load
      // event), and what the engine's worker loads.
      const named = [...document.querySelectorAll('link[href]')].map((l) => l.href);
      const loaded = performance.getEntriesByType('resource').map((e) => e.name);
      // The engine with WebGPU only where the browser has WebGPU at all (app/src/ui/engine.rs
      // loads it where it offers an adapter); the CPU one always, for when a GPU is lost. Each
      // engine's wasm as its brotli copy where the host has one, else itself (app/fetch-wasm.js
      // loads the same way).
      const wasm = (file) => [`${file}.br`, file];
      const gpu = 'gpu' in navigator ? ['worker-gpu.js', wasm('worker-gpu_bg.wasm')] : [];
      const engine = ['./', 'engine-loader.js', 'fetch-wasm.js', 'unbrotli_bg.wasm', 'worker.js', wasm('worker_bg.wasm'), ...gpu, 'assets/base-a.slpw', 'assets/base-b.slpw', 'assets/mnist.bin'];
      // Each preset's recorded run, fetched when a link opens that preset (model/src/owl/presets.rs).
      const presets = ['study', 'leak', 'controls', 'gate', 'in-context', 'threshold', 'divergence', 'liminal', 'mix', 'reword']
        .map((name) => `assets/recorded/presets/${name}.json`);
      // Same-origin addresses, each once; a list of alternatives stays a list (sw.js caches the
      // first the host has).
      const here = (u) => new URL(u, location.href);
      const ours = (u) => here(u).origin === location.origin;
      const single = [...new Set([...engine, ...presets, ...named, ...loaded].filter((u) => !Array.isArray(u) && ours(u)).map((u) => here(u).href))];
      const urls = [...single, ...engine.filter(Array.isArray).map((list) => list.map((u) => here(u).href))];
      const reply = new MessageChannel();
      reply.port1.onmessage = (event) => {
        document.documentElement.dataset.offline = event.data.state;
        if (event.data.failed) {
          document.documentElement.dataset.offlineMissing = event.data.failed;
          console.warn('Offline use is partial: not cached:', event.data.failed);
        }
      };
      worker.postMessage({ urls }, [reply.port2]);
    } catch (error) {
      console.warn('Offline use is unavailable here:', error);
    }
  });
}
