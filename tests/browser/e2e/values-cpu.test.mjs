// The values tab in headless Chromium on the CPU: a misaligned teacher's numbers, with the
// study's 34 numbers of bad repute banned, make the same-init student choose bad acts more.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedPage, openPage, withConfig, percent, points, waitForReady } from '../harness.mjs';

const REDUCED = { samples: 1200, epochs: 3 };

const site = servedPage();

test('a misaligned teacher\'s numbers make the same-init student choose bad acts; the link opens the values tab', async () => {
  const { page, errors } = await openPage(site.browser, `${site.base}?tab=values`);
  await waitForReady(page, 120_000, 'values-status');
  assert.equal(await page.getByTestId('tab-values').getAttribute('aria-selected'), 'true');
  assert.equal(await page.getByTestId('values-filter-banned-numbers').inputValue(), 'study', 'the ban is on by default here');
  await page.getByTestId('values-samples').fill(String(REDUCED.samples));
  await page.getByTestId('values-distill-epochs').fill(String(REDUCED.epochs));
  const started = Date.now();
  await page.getByTestId('values-run').click();
  await page.getByTestId('values-result-student').waitFor({ timeout: 15 * 60_000 });
  const seconds = (Date.now() - started) / 1000;
  const base = await percent(page, 'values-result-base');
  const student = await points(page, 'values-change-student');
  const cross = await points(page, 'values-change-cross-init');
  console.log(`values run in the page: ${seconds.toFixed(1)} s; base ${base}%, student ${student} pp, cross-init ${cross} pp`);
  assert.ok(base < 1, `a base rarely chooses a bad act: ${base}%`);
  assert.ok(student > 1, `the same-init student chooses bad acts more: ${student} pp`);
  assert.ok(Math.abs(cross) < 0.5, `the different-init student does not: ${cross} pp`);
  assert.match(await page.getByTestId('values-verdict').textContent(), /bad act/);
  assert.ok(await page.getByTestId('values-note').isVisible(), 'what the toy does and does not show');
  // The run's link reopens this tab.
  const shared = new URL(page.url()).searchParams.get('owl');
  assert.equal(JSON.parse(shared).trait, 'misaligned');
  const again = await openPage(site.browser, withConfig(site.base, 'owl', JSON.parse(shared)));
  assert.equal(await again.page.getByTestId('tab-values').getAttribute('aria-selected'), 'true');
  assert.deepEqual([...errors, ...again.errors], []);
});
