// Opened as a file (a double-click on dist/index.html, a folder copied from a USB stick), the
// browser refuses the page's scripts: the page says how to serve it instead of staying blank.
// Served, that sentence is gone once the page starts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, serveDist, waitForReady, DIST } from '../harness.mjs';

test('opened as a file the page says how to serve it; served, it says nothing of the kind', async () => {
  const browser = await launch();
  const server = await serveDist('/');
  try {
    const { page } = await openPage(browser, `file://${DIST}index.html`);
    const waiting = page.locator('#not-started');
    assert.match(await waiting.textContent(), /python3 -m http\.server 8000 --bind 127\.0\.0\.1/);
    // It stays: nothing of the page ever starts from a file.
    await page.waitForTimeout(3000);
    assert.ok(await waiting.isVisible());
    assert.equal(await page.getByTestId('backend').count(), 0);

    const served = await openPage(browser, server.base);
    await waitForReady(served.page);
    assert.equal(await served.page.locator('#not-started').count(), 0);
  } finally {
    await browser.close();
    await server.close();
  }
});
