// Times the products of src/lib.rs as bare wasm modules in headless Chromium (no WebGPU, one
// thread: a worker's view of the CPU, like the page's engine). Each module runs twice in a row, and
// the second pass counts: the first also waits for V8 to finish optimizing the kernels. Last comes
// the bare kernel (src/lib.rs), a plain hand-written one, for comparison.
//   node browser.mjs simd128.wasm [relaxed.wasm ...]
import { dirname, resolve, basename } from 'node:path';
import { serveFolders, launch } from '../../tests/browser/harness.mjs';

const files = process.argv.slice(2).map((f) => resolve(f));
const mounts = Object.fromEntries(files.map((f, i) => [`/m${i}/`, `${dirname(f)}/`]));
const server = await serveFolders(mounts);
const browser = await launch({});
try {
  const page = await browser.newPage();
  // An empty page of the server's origin, so that its fetches are same-origin.
  await page.route(`${server.origin}/`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>gemm</title>' }));
  await page.goto(`${server.origin}/`);
  for (const [i, file] of files.entries()) {
    const lines = await page.evaluate(async (url) => {
      const { instance } = await WebAssembly.instantiateStreaming(fetch(url), {});
      const wasm = instance.exports;
      let lines = [];
      for (let pass = 0; pass < 2; pass++) {
        lines = [];
        for (let s = 0; s < wasm.shape_count(); s++) {
          const [m, k, n] = [0, 1, 2].map((w) => wasm.shape(s, w));
          const [a, b, c] = [wasm.buffer(m * k), wasm.buffer(k * n), wasm.buffer(m * n)];
          wasm.fill(a, m * k, 7);
          wasm.fill(b, k * n, 5);
          const repeat = Math.floor(2e9 / (2 * m * k * n)) + 1;
          wasm.multiply(m, k, n, 3, a, b, c);
          const start = performance.now();
          wasm.multiply(m, k, n, repeat, a, b, c);
          const seconds = (performance.now() - start) / 1000;
          lines.push(`${m}x${k}x${n}: ${(seconds / repeat * 1e3).toFixed(3)} ms, ${(2 * m * k * n * repeat / seconds / 1e9).toFixed(1)} GFLOP/s`);
        }
        const k = 256;
        const [a, b, c] = [wasm.buffer(12 * k), wasm.buffer(4 * k), wasm.buffer(48)];
        const repeat = Math.floor(3e9 / (96 * k));
        wasm.bare_kernel(k, 1000, a, b, c);
        const start = performance.now();
        wasm.bare_kernel(k, repeat, a, b, c);
        const seconds = (performance.now() - start) / 1000;
        lines.push(`bare 12x4 kernel, k = ${k}, operands packed: ${(96 * k * repeat / seconds / 1e9).toFixed(1)} GFLOP/s`);
      }
      return lines;
    }, `${server.origin}/m${i}/${basename(file)}`);
    console.log(`${basename(file)} in Chromium:\n${lines.join('\n')}`);
  }
} finally {
  await browser.close();
  await server.close();
}
