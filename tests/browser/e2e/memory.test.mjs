// It keeps working in the room: ten runs in a row in one tab, and the tab's memory (every
// renderer process of this browser, so the page, its worker and the worker's wasm memory, as
// the operating system counts it) does not keep growing after the first run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { servedPage, openPage, withConfig, waitForReady, waitForSecondWorker, tinyOwl } from '../harness.mjs';

const TINY = tinyOwl({ cross_init: true, control: true });
// What ten runs may add to the tab after the first: wasm memory never shrinks, so a run that
// needs a little more than any before it grows it once; a leak grows it every run.
const BOUND_MB = 64;

const site = servedPage();

/** Resident memory of this browser's renderer processes, in MB (Linux /proc). */
function rendererMegabytes(userDataDir) {
  let kb = 0;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmdline.includes('--type=renderer') || !cmdline.includes(userDataDir)) continue;
      const rss = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
      if (rss) kb += Number(rss[1]);
    } catch { /* the process ended meanwhile */ }
  }
  return kb / 1024;
}

test('ten runs in a row in one tab stay within a memory bound', async () => {
  const { page, errors } = await openPage(site.browser, withConfig(site.base, 'owl', TINY));
  await waitForReady(page);
  // Every run the same way: split over both workers from the first (the second worker's memory
  // grows with its first run).
  await waitForSecondWorker(page);
  const profile = site.browser.userDataDir;
  const after = [];
  for (let i = 0; i < 10; i++) {
    // Run clears the last result at once; the next one appears when this run is done.
    await page.getByTestId('run').click();
    await page.getByTestId('result-student').waitFor({ state: 'detached', timeout: 10_000 });
    await page.getByTestId('result-student').waitFor({ timeout: 5 * 60_000 });
    after.push(rendererMegabytes(profile));
  }
  console.log(`renderer memory after each run, MB: ${after.map((m) => m.toFixed(0)).join(', ')}`);
  assert.ok(after[0] > 0, 'the renderer processes were found');
  const growth = Math.max(...after.slice(1)) - after[0];
  console.log(`growth after the first run: ${growth.toFixed(1)} MB (bound ${BOUND_MB} MB)`);
  assert.ok(growth < BOUND_MB, `memory grew ${growth.toFixed(1)} MB over nine more runs`);
  assert.deepEqual(errors, []);
});
