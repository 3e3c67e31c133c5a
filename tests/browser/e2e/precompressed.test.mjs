// A host that serves the gzip and brotli copies scripts/precompress.sh writes beside each file
// (nginx's gzip_static, Caddy's `precompressed br gzip`): the browser gets the brotli copies, the
// page and its engine start from them and run, and the service worker's offline copy, made from
// those answers, runs with the host gone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { DIST, serveDist, launch, openPage, withConfig, waitForReady, tinyOwl } from '../harness.mjs';

const TINY = tinyOwl({ cross_init: false, control: false });

test('the page runs from its brotli copies, and offline from what the service worker kept of them', async (t) => {
  if (!existsSync(`${DIST}worker_bg.wasm.br`)) {
    // scripts/test.sh writes them before the browser tests; a bare `trunk build` does not.
    t.skip('no precompressed copies in dist/: run scripts/precompress.sh');
    return;
  }
  let server = await serveDist('/', {}, { precompressed: true });
  const browser = await launch();
  try {
    const { page, errors } = await openPage(browser, withConfig(server.base, 'owl', TINY));
    await waitForReady(page);
    await page.getByTestId('run').click();
    await page.getByTestId('result-student').waitFor({ timeout: 5 * 60_000 });
    assert.match(await page.getByTestId('result-student').textContent(), /^\d+\.\d%$/);
    const encoding = (suffix) => server.served.find((s) => s.path.endsWith(suffix))?.encoding;
    for (const file of ['/', '_bg.wasm', 'worker_bg.wasm', 'base-a.slpw']) {
      assert.equal(encoding(file), 'br', `${file} came as its brotli copy: ${JSON.stringify(server.served)}`);
    }
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
