// The brotli copies scripts/precompress.sh writes beside each file. From a host that serves them
// (nginx's gzip_static, Caddy's `precompressed br gzip`) the browser gets every file's brotli
// copy; from any host the page and its engine fetch their wasm as the brotli copy and decode it
// themselves (app/fetch-wasm.js), and load the wasm itself where there is no copy, or a bad one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { DIST, serveDist, servedCopy, launch, openPage, withConfig, waitForReady, tinyOwl } from '../harness.mjs';

const TINY = tinyOwl({ cross_init: false, control: false });
// scripts/test.sh writes the copies before the browser tests; a bare `trunk build` does not.
const skip = existsSync(`${DIST}worker_bg.wasm.br`) ? false : 'no precompressed copies in dist/: run scripts/precompress.sh';

// The wasm files the page and its engine loaded (each once, the page's without its hash).
const wasmLoaded = (page) => [...new Set(page.loaded.filter((p) => /_bg\.wasm(\.br)?$/.test(p))
  .map((p) => p.replace(/^.*\//, '').replace(/-[0-9a-f]{16}/, '')))].sort();

test('the page runs from its brotli copies, and offline from what the service worker kept of them', { skip }, async () => {
  let server = await serveDist('/', {}, { precompressed: true });
  const browser = await launch();
  try {
    const { page, errors } = await openPage(browser, withConfig(server.base, 'owl', TINY));
    await waitForReady(page);
    await page.getByTestId('run').click();
    await page.getByTestId('result-student').waitFor({ timeout: 5 * 60_000 });
    assert.match(await page.getByTestId('result-student').textContent(), /^\d+\.\d%$/);
    const encoding = (suffix) => server.served.find((s) => s.path.endsWith(suffix))?.encoding;
    for (const file of ['/', 'base-a.slpw', 'fetch-wasm.js']) {
      assert.equal(encoding(file), 'br', `${file} came as its brotli copy: ${JSON.stringify(server.served)}`);
    }
    // The wasm: their brotli copies, as files (no encoding: the page decodes them), the decoder
    // itself as it is, and never the wasm themselves.
    assert.deepEqual(wasmLoaded(page), ['app_bg.wasm.br', 'unbrotli_bg.wasm', 'worker_bg.wasm.br']);
    assert.equal(encoding('_bg.wasm.br'), 'identity');
    await page.waitForFunction(() => document.documentElement.dataset.offline !== undefined, null, { timeout: 120_000 });
    assert.equal(await page.evaluate(() => document.documentElement.dataset.offline), 'ready');
    await server.close();
    server = undefined;

    await page.reload();
    await waitForReady(page);
    await page.getByTestId('run').click();
    await page.getByTestId('result-student').waitFor({ timeout: 5 * 60_000 });
    assert.match(await page.getByTestId('result-student').textContent(), /^\d+\.\d%$/);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server?.close();
  }
});

test('a host without the copies, or with a bad one, gets the wasm itself loaded, and the page runs', { skip }, async () => {
  const browser = await launch();
  const servers = [];
  try {
    // Built without scripts/precompress.sh (servedCopy leaves the copies out).
    servers.push(await servedCopy('index.html', (html) => html));
    // The engine's copy damaged: not brotli at all.
    servers.push(await servedCopy('worker_bg.wasm.br', () => 'not brotli'));
    const loaded = [
      ['app_bg.wasm', 'worker_bg.wasm'],
      ['app_bg.wasm', 'unbrotli_bg.wasm', 'worker_bg.wasm', 'worker_bg.wasm.br'],
    ];
    for (const [i, server] of servers.entries()) {
      const { page, errors } = await openPage(browser, server.base);
      await waitForReady(page);
      assert.deepEqual(wasmLoaded(page), loaded[i]);
      assert.deepEqual(errors, []);
      await page.close();
    }
  } finally {
    await browser.close();
    for (const server of servers) await server.close();
  }
});
