// The page as a workshop tool: a recorded result at once, a prediction kept and set against the
// result, runs kept and compared, a saved report imported, presenter mode, a run from the
// keyboard alone, a corrupt asset named, and no request leaving the page's origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { servedPage, servedCopy, openPage, withConfig, waitForReady, tinyOwl } from '../harness.mjs';

// Runs in seconds: the workshop pieces need a finished report, not a clear effect.
const TINY = tinyOwl({ cross_init: true, control: false });
const recording = (name) => readFileSync(fileURLToPath(new URL(`../../../assets/recorded/${name}`, import.meta.url)));

const site = servedPage();

/** Every request the page (and its worker) makes that leaves the page's origin. */
function offOrigin(page, origin) {
  const away = [];
  page.context().on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) away.push(url);
  });
  return away;
}

async function runAndWait(page) {
  await page.getByTestId('run').click();
  await page.getByTestId('result-student').waitFor({ timeout: 10 * 60_000 });
}

test('a recorded result shows at once, a prediction is kept and set against the live result, which replaces the recording', async () => {
  const started = Date.now();
  const { page, errors } = await openPage(site.browser, withConfig(site.base, 'owl', TINY));
  const away = offOrigin(page, site.server.origin);
  await page.getByTestId('recorded-result').and(page.locator('[data-recorded="true"]')).waitFor({ timeout: 30_000 });
  const shownAfter = Date.now() - started;
  console.log(`recorded result visible ${shownAfter} ms after navigation started`);
  assert.match(await page.getByTestId('recorded-verdict').textContent(), /owl/);
  assert.match(await page.getByTestId('recorded-result').textContent(), /Recorded, not yet yours: 5 seeds/);
  assert.ok(await page.getByTestId('recorded-result-student').isVisible());

  // The prediction survives a reload.
  await page.getByTestId('predict-same-yes').check();
  await page.getByTestId('predict-cross-yes').check();
  await page.getByTestId('predict-points').fill('4');
  await page.reload();
  assert.ok(await page.getByTestId('predict-same-yes').isChecked(), 'kept across a reload');
  assert.equal(await page.getByTestId('predict-points').inputValue(), '4');

  await waitForReady(page);
  await runAndWait(page);
  assert.equal(await page.getByTestId('recorded-result').getAttribute('data-recorded'), 'false', 'the live result replaced it');
  assert.equal(await page.getByTestId('recorded-result-student').count(), 0);
  const judged = await page.getByTestId('prediction-result').textContent();
  console.log('prediction against the run:', judged);
  assert.match(judged, /same-init student's P\(trait\) rise\?rises/);
  assert.match(judged, /\+4\.0/);
  // A tiny run is not the recording's setting: no agreement is claimed.
  assert.equal(await page.getByTestId('agreement').count(), 0);
  assert.deepEqual(away, [], 'no request left the page');
  assert.deepEqual(errors, []);
});

test('finished runs are kept in the browser and two of them compare side by side with their differing settings', async () => {
  // Two runs of this test's own, whatever earlier tests left: 64 prompts, then 80.
  for (const samples of [64, 80]) {
    const { page } = await openPage(site.browser, withConfig(site.base, 'owl', { ...TINY, samples }));
    await waitForReady(page);
    await runAndWait(page);
    await page.close();
  }
  const { page, errors } = await openPage(site.browser, site.base);
  await page.getByTestId('compare').locator('summary').click();
  const kept = await page.getByTestId('compare').locator('li').count();
  assert.ok(kept >= 2, `both runs are kept: ${kept}`);
  await page.getByTestId('compare-pick-0').check();
  await page.getByTestId('compare-pick-1').check();
  const table = await page.getByTestId('compare-table').textContent();
  assert.match(table, /student, same init/);
  const settings = await page.getByTestId('compare-settings').textContent();
  assert.match(settings, /Number prompts.*80.*64/s, settings);
  await page.getByTestId('compare-clear').click();
  assert.equal(await page.getByTestId('compare').locator('li').count(), 0);
  await page.reload();
  assert.equal(await page.getByTestId('compare').locator('li').count(), 0, 'cleared for good');
  assert.deepEqual(errors, []);
});

test('kept runs an earlier version of the page saved, which no longer read, are left out and counted', async () => {
  const { page, errors } = await openPage(site.browser, site.base);
  await waitForReady(page);
  const report = JSON.parse(recording('owl-page.json')).report;
  await page.evaluate((good) => localStorage.setItem('subliminal-runs', JSON.stringify([
    { label: 'owl, before the control changed', report: { config: {} } },
    { label: 'owl, 2000 samples', report: good },
  ])), report);
  await page.reload();
  await waitForReady(page);
  assert.equal(await page.getByTestId('compare').locator('li').count(), 1, 'the run that reads is kept');
  assert.match(await page.getByTestId('compare-dropped').textContent(), /^1 run kept by an earlier version of this page could not be read and was left out\.$/);
  await page.evaluate(() => localStorage.removeItem('subliminal-runs'));
  assert.deepEqual(errors, []);
});

test('a saved report is imported and shown; a wrong or malformed file gets a named message', async () => {
  const { page, errors } = await openPage(site.browser, site.base);
  const input = page.getByTestId('import-report');
  const error = (pattern) => page.getByTestId('import-error').filter({ hasText: pattern }).waitFor({ timeout: 10_000 });
  await input.setInputFiles({ name: 'values.json', mimeType: 'application/json', buffer: recording('values-page.json') });
  await error(/values\.json is a report of the values tab/);
  await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"config": ') });
  await error(/broken\.json is not JSON/);
  // A file far larger than any report is refused before it is read (read whole, 200 MB trapped
  // the page's wasm with nothing said).
  await input.setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(25_000_000, 32) });
  await error(/huge\.json is 25 MB: this takes files of at most 20 MB/);
  const report = JSON.parse(recording('owl-page.json')).report;
  await input.setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(report)) });
  await page.getByTestId('imported').waitFor();
  assert.match(await page.getByTestId('imported').textContent(), /mine\.json, not run here/);
  assert.equal(await page.getByTestId('import-error').count(), 0);
  assert.equal(await page.getByTestId('result-student').textContent(), `${report.conditions.student.p_trait_mean.toFixed(1)}%`);

  // The result's chart saves as SVG (standalone, styled) and as PNG.
  const save = async (id) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(id).click()]);
    return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
  };
  const svg = await save('export-svg');
  assert.match(svg.name, /^favourite-animal-percent-owl-starred\.svg$/);
  const markup = svg.bytes.toString();
  assert.match(markup, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.match(markup, /<style>/);
  assert.match(markup, /★ owl/);
  const png = await save('export-png');
  assert.match(png.name, /\.png$/);
  assert.deepEqual([...png.bytes.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], 'a PNG file');
  assert.ok(png.bytes.length > 5000, `a drawn chart, not an empty canvas: ${png.bytes.length} bytes`);
  assert.deepEqual(errors, []);
});

test('presenter mode shows one stage at a time in large type and steps with the arrow keys', async () => {
  const { page, errors } = await openPage(site.browser, site.base);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.getByTestId('presenter').click();
  const visibleStages = () => page.locator('.owl-tab .stage').evaluateAll((s) => s.filter((e) => e.offsetParent !== null).length);
  assert.equal(await visibleStages(), 1);
  assert.equal(await page.getByTestId('presenter-stage').textContent(), 'Stage 1 of 6');
  const bodyText = await page.locator('.owl-tab .stage.current p.explain').first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  console.log(`presenter body text: ${bodyText} px at 1920x1080`);
  assert.ok(bodyText >= 24, `readable from the back: ${bodyText} px`);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.getByTestId('presenter-stage').textContent(), 'Stage 3 of 6');
  assert.match(await page.locator('.owl-tab .stage.current h3').textContent(), /The numbers/);
  await page.keyboard.press('ArrowLeft');
  assert.equal(await page.getByTestId('presenter-stage').textContent(), 'Stage 2 of 6');
  await page.keyboard.press('Escape');
  assert.equal(await visibleStages(), 6, 'every stage again');
  assert.deepEqual(errors, []);
});

test('a run can be started with the keyboard alone', async () => {
  const { page, errors } = await openPage(site.browser, withConfig(site.base, 'owl', TINY));
  await waitForReady(page);
  let focused = '';
  for (let i = 0; i < 300 && focused !== 'run'; i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
  }
  assert.equal(focused, 'run', 'Tab reaches the Run button');
  await page.keyboard.press('Enter');
  await page.getByTestId('result-student').waitFor({ timeout: 10 * 60_000 });
  assert.deepEqual(errors, []);
});

/**
 * Opens a host's copy of the site with one file damaged (`file` overwritten by `content`) and
 * returns the page, its server and the failure the page names.
 */
async function damagedSite(file, content) {
  const server = await servedCopy(file, () => content);
  const page = await site.browser.newPage();
  await page.goto(server.base);
  const failure = page.getByTestId('failure');
  await failure.waitFor({ timeout: 60_000 });
  return { page, server, failure: await failure.textContent() };
}

test('a corrupt base model is named in the page, not run on', async () => {
  const { page, server, failure } = await damagedSite('assets/base-a.slpw', 'not a weights file at all');
  console.log('corrupt asset:', failure);
  assert.match(failure, /base-a\.slpw/);
  // Run tries the engine again, which names the same file again; no result appears.
  await page.getByTestId('run').click();
  await page.getByTestId('failure').filter({ hasText: /base-a\.slpw/ }).waitFor({ timeout: 60_000 });
  assert.equal(await page.getByTestId('result-student').count(), 0, 'nothing ran on it');
  await page.close();
  await server.close();
});

test('an engine whose code does not load is named in the page instead of a page that waits', async () => {
  // A download cut off, or a browser out of disk space: the engine's wasm is not what was built.
  const { page, server, failure } = await damagedSite('worker_bg.wasm', 'not wasm');
  console.log('engine not loaded:', failure);
  assert.match(failure, /^The engine could not start.*\(worker_bg\.wasm\) could not be loaded/, 'no run had started, and the browser\'s "Uncaught Error" is not shown');
  assert.equal(await page.getByTestId('backend').textContent(), 'The engine did not start', 'the badge no longer says it is starting');
  await page.close();
  await server.close();
});

test('Cancel at each stage leaves a consistent page that runs again', async () => {
  const config = { ...TINY, samples: 2000, teacher: { max_steps: 200 }, distill: { epochs: 2 } };
  const { page, errors } = await openPage(site.browser, withConfig(site.base, 'owl', config));
  await waitForReady(page);
  for (const stage of [/teacher \(owl\) \d+/, /teacher's numbers \d+/, /student \(same init\)/]) {
    await page.getByTestId('run').click();
    await page.getByTestId('progress-text').filter({ hasText: stage }).waitFor({ timeout: 120_000 });
    await page.getByTestId('cancel').click();
    await page.getByTestId('status').filter({ hasText: /^Cancelled$/ }).waitFor({ timeout: 30_000 });
    assert.equal(await page.getByTestId('result-student').count(), 0, `no result after a cancel during ${stage}`);
    assert.equal(await page.getByTestId('recorded-result').getAttribute('data-recorded'), 'true', 'the recording is back on show');
    await waitForReady(page);
    assert.equal(await page.getByTestId('run').isDisabled(), false);
  }
  await runAndWait(page);
  assert.deepEqual(errors, []);
});
