// One training step of each network, timed in headless Chromium: our engine (the page's speed
// check, on the CPU in wasm and on WebGPU) next to the TensorFlow.js reference in bench/tfjs (its
// wasm and WebGPU backends, from node_modules: no CDN). A benchmark that prints numbers, not a test.
// WebGPU here is SwiftShader (a CPU emulation) unless Chromium finds a real GPU.
//   node bench-steps.mjs [--json FILE]
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveDist, serveFolders, launch, openPage, waitForReady } from './harness.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const jsonOut = process.argv.includes('--json') ? process.argv[process.argv.indexOf('--json') + 1] : null;
const gpu = process.env.REAL_GPU === '1';

async function ours(browser) {
  const server = await serveDist('/');
  try {
    const { page } = await openPage(browser, server.base);
    await waitForReady(page, 300_000);
    const backend = await page.getByTestId('backend').textContent();
    await page.locator('summary', { hasText: 'How fast is this device?' }).click();
    await page.getByTestId('speed-check').click();
    await page.getByTestId('speed-check').filter({ hasText: 'Time a training step' }).waitFor({ timeout: 600_000 });
    const rows = await page.getByTestId('speed-row').evaluateAll((trs) =>
      trs.map((tr) => ({ device: tr.dataset.device, model: tr.dataset.model, step_ms: Number(tr.dataset.ms) })));
    return { backend, rows };
  } finally {
    await server.close();
  }
}

async function tfjs(browser, backend) {
  const server = await serveFolders({ '/tfjs/': here('../../bench/tfjs/'), '/node_modules/': here('./node_modules/') });
  try {
    const { page, errors } = await openPage(browser, `${server.base}step.html`);
    await page.waitForFunction(() => window.tfjsReady === true, null, { timeout: 60_000 });
    const result = await page.evaluate((b) => window.timeSteps(b), backend);
    if (errors.length) result.errors = errors;
    return result;
  } catch (e) {
    return { backend, error: String(e).split('\n')[0] };
  } finally {
    await server.close();
  }
}

const browser = await launch({ webgpu: !gpu, gpu });
try {
  const engine = await ours(browser);
  const reference = { wasm: await tfjs(browser, 'wasm'), webgpu: await tfjs(browser, 'webgpu') };
  console.log(`Our engine: ${engine.backend}`);
  console.log('network  device                 ours ms/step   TF.js ms/step   ours/TF.js');
  for (const model of ['gpt', 'mlp']) {
    for (const [device, tfBackend] of [['cpu', 'wasm'], ['webgpu', 'webgpu']]) {
      const row = engine.rows.find((r) => r.model === model && r.device.startsWith(device));
      const ref = reference[tfBackend];
      const refMs = ref[model]?.step_ms;
      const ratio = row && refMs ? (row.step_ms / refMs).toFixed(2) : '-';
      console.log(`${model.padEnd(8)} ${(row?.device ?? device).slice(0, 22).padEnd(22)} ${String(row?.step_ms ?? '-').padStart(12)}   ${(refMs?.toFixed(1) ?? ref.error ?? '-').toString().padStart(13)}   ${ratio}`);
    }
  }
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ engine, tfjs: reference }, null, 1));
} finally {
  await browser.close();
}
