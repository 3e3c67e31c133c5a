// The page's and the engine's wasm, from their brotli copies where the host has them. A host that
// compresses on the fly (GitHub Pages) sends the WebGPU engine's 27.9 MB gzipped, 4.4 MB; its
// brotli copy, which scripts/precompress.sh writes beside it, is 2.5 MB (docs/speed.md). Browsers
// decode brotli only when the host chose it as the transfer's encoding, so the copy is fetched
// as a file and decoded by brotli's decoder on its own (unbrotli_bg.wasm, 0.1 MB gzipped;
// app/src/bin/unbrotli.rs). Where there is no copy (a build that was not precompressed), or it
// does not decode to wasm, the file itself is loaded, as before.
//
// A classic script, for both the page (a <script> before init.js) and the engine's worker
// (importScripts in engine-loader.js): `fetchWasm(url)` gives the wasm's bytes, or the url to
// load it from, for wasm-bindgen's init.
(() => {
  const here = self.document ? document.currentScript.src : self.location.href;
  const isWasm = (bytes) => bytes.length >= 4 && bytes[0] === 0 && bytes[1] === 0x61 && bytes[2] === 0x73 && bytes[3] === 0x6d;

  async function loadDecoder() {
    const response = await fetch(new URL('unbrotli_bg.wasm', here));
    if (!response.ok) throw new Error(`unbrotli_bg.wasm: ${response.status}`);
    return (await WebAssembly.instantiate(await response.arrayBuffer())).instance.exports;
  }

  function decode(decoder, compressed) {
    const at = decoder.input(compressed.length);
    new Uint8Array(decoder.memory.buffer, at, compressed.length).set(compressed);
    const length = decoder.decode();
    if (length < 0) throw new Error('not brotli');
    return new Uint8Array(decoder.memory.buffer, decoder.output(), length).slice();
  }

  self.fetchWasm = async (url) => {
    try {
      const copy = await fetch(`${url}.br`);
      if (copy.ok) {
        // The decoder comes while the copy does, not after it.
        const decoder = loadDecoder();
        decoder.catch(() => {});
        const bytes = new Uint8Array(await copy.arrayBuffer());
        // A host that sends the copy as brotli-encoded has had the browser decode it already.
        const code = isWasm(bytes) ? bytes : decode(await decoder, bytes);
        if (isWasm(code)) return code;
        throw new Error('decoded, but not to wasm');
      }
    } catch (error) {
      console.warn(`${url}.br: ${error}; loading ${url} itself`);
    }
    return url;
  };
})();
