// Embedded in a course platform's page: framed from another origin with `?embed`, the page shows
// one tab and no header or tab bar, says which channel its students learn from, runs, stays
// embedded after the run, and its title opens the whole page (same settings) in a new tab.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { servedPage, serveFolders, tinyOwl, tempFolder } from '../harness.mjs';

const TINY = tinyOwl({ cross_init: true, control: false });
const site = servedPage();

/**
 * A course platform's page on its own origin framing the page with `query`, opened: its page,
 * the frame, and the platform's server to close.
 */
async function framed(query) {
  const folder = tempFolder('subliminal-course-');
  writeFileSync(join(folder, 'index.html'),
    `<!doctype html><title>Week 3: what data carries</title><h1>Week 3</h1><iframe src="${site.base}${query}" width="900" height="1400"></iframe>`);
  const course = await serveFolders({ '/': folder });
  assert.notEqual(new URL(course.base).origin, new URL(site.base).origin, 'another origin');
  const page = await site.browser.newPage();
  await page.goto(course.base);
  const frame = page.frameLocator('iframe');
  await frame.getByTestId('backend').filter({ hasText: /running on/i }).waitFor({ timeout: 120_000 });
  return { page, frame, course };
}

test('framed from another origin with ?embed: one tab, no header, a run, and a link to the whole page', async () => {
  const { page, frame, course } = await framed(`?embed&owl=${encodeURIComponent(JSON.stringify(TINY))}`);
  try {
    await frame.getByTestId('status').filter({ hasText: /^Ready$/ }).waitFor({ timeout: 120_000 });
    // One tab, no tab bar and no page title; the channel and privacy stay.
    assert.equal(await frame.getByRole('tablist').count(), 0);
    assert.equal(await frame.locator('h1').count(), 0);
    assert.match(await frame.getByTestId('lede-channel').textContent(), /students learn the teacher's probability/);
    assert.ok(await frame.getByTestId('privacy').isVisible());
    const whole = frame.getByTestId('embed-whole-page');
    assert.equal(await whole.getAttribute('target'), '_blank');
    const href = new URL(await whole.getAttribute('href'), site.base);
    assert.equal(href.searchParams.has('embed'), false, href.href);
    assert.deepEqual(JSON.parse(href.searchParams.get('owl')), TINY, 'the whole page opens with the same settings');

    await frame.getByTestId('run').click();
    await frame.getByTestId('result-student').waitFor({ timeout: 5 * 60_000 });
    assert.match(await frame.getByTestId('result-student').textContent(), /^\d+\.\d%$/);
    // The run put its settings in the frame's address: still embedded.
    const inner = page.frames().find((f) => f.url().startsWith(site.base));
    assert.match(await inner.evaluate(() => location.search), /[?&]embed(&|$)/);

    // The title opens the whole page in a new tab, with its tabs.
    const [opened] = await Promise.all([site.browser.waitForEvent('page'), whole.click()]);
    await opened.getByTestId('tab-owl').waitFor({ timeout: 60_000 });
    assert.ok(await opened.locator('h1').isVisible());
  } finally {
    await course.close();
  }
});

test('an embedded values tab shows that experiment alone', async () => {
  const { frame, course } = await framed('?tab=values&embed');
  try {
    assert.ok(await frame.getByTestId('values-run').isVisible(), 'the values tab is shown');
    assert.equal(await frame.getByTestId('run').isVisible(), false, 'the animals tab is not');
    assert.equal(await frame.getByRole('tablist').count(), 0);
  } finally {
    await course.close();
  }
});
