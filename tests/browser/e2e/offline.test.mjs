// Offline after one visit: the service worker and the page's cache let a reload and a run work
// with the host gone (the server closed, so nothing can be fetched), as in a room without network.
// And the page a LAN host serves over plain HTTP, where browsers give no WebGPU and no service
// worker: it says why and runs on the CPU.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { networkInterfaces } from 'node:os';
import { DIST, serveDist, serveFolders, launch, openPage, withConfig, waitForReady, tinyOwl } from '../harness.mjs';

const TINY = tinyOwl({ cross_init: false, control: false });

let browser;
after(async () => browser?.close());

let server;
after(async () => server?.close());

test('after one visit the page reloads and runs with the network gone', async () => {
  server = await serveDist();
  browser = await launch();
  const url = withConfig(server.base, 'owl', TINY);
  const { page, errors } = await openPage(browser, url);
  await waitForReady(page);
  // The page says when its cache holds everything it and its worker load.
  await page.waitForFunction(() => document.documentElement.dataset.offline !== undefined, null, { timeout: 120_000 });
  const cached = await page.evaluate(async () => ({
    state: document.documentElement.dataset.offline,
    missing: document.documentElement.dataset.offlineMissing,
    storage: await navigator.storage.estimate(),
  }));
  // Where not, the message names the file and why, and the browser's storage quota (it shrinks
  // as the disk fills).
  assert.equal(cached.state, 'ready', `every file cached: ${JSON.stringify(cached)}`);
  await server.close();
  server = undefined;

  await page.reload();
  await page.getByTestId('recorded-result').waitFor({ timeout: 60_000 });
  await waitForReady(page);
  await page.getByTestId('run').click();
  await page.getByTestId('result-student').waitFor({ timeout: 10 * 60_000 });
  assert.ok(Number.isFinite(Number.parseFloat(await page.getByTestId('result-student').textContent())));
  assert.deepEqual(errors, []);
});

test('served over plain HTTP from another machine, the page says why there is no WebGPU and still runs', async (t) => {
  // This machine's first address other than loopback stands for a LAN host (http://192.168.1.20/).
  const lan = Object.values(networkInterfaces()).flat().find((a) => a && a.family === 'IPv4' && !a.internal);
  if (!lan) {
    t.skip('this machine has no address besides loopback');
    return;
  }
  const server = await serveFolders({ '/': DIST }, lan.address);
  try {
    browser ??= await launch();
    const { page, errors } = await openPage(browser, withConfig(server.base, 'owl', TINY));
    assert.equal(await page.evaluate(() => window.isSecureContext), false, 'plain HTTP to another host is not a secure page');
    await waitForReady(page);
    assert.match(await page.getByTestId('backend').textContent(), /WebGPU needs a secure page \(HTTPS, or localhost\)/);
    await page.getByTestId('run').click();
    await page.getByTestId('result-student').waitFor({ timeout: 10 * 60_000 });
    assert.equal(await page.evaluate(() => document.documentElement.dataset.offline), undefined, 'no service worker here');
    assert.deepEqual(errors, []);
  } finally {
    await server.close();
  }
});
