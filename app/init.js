// Starts the page's wasm. Trunk writes this script's tag (Trunk.toml's pattern_script) with the
// names of the page's hashed files, so no script is inline and the page runs under a strict
// Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval').
const tag = document.querySelector('script[data-js][data-wasm]');
const { default: init } = await import(new URL(tag.dataset.js, document.baseURI).href);
// Its brotli copy where there is one (app/fetch-wasm.js, a script before this one).
const wasm = await init({ module_or_path: await fetchWasm(new URL(tag.dataset.wasm, document.baseURI).href) });
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
