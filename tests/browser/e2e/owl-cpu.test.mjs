// The owl experiment in headless Chromium without WebGPU: the CPU fallback, a reduced config.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedPage, openPage, withConfig, percent, points, waitForReady, enginesLoaded, tinyOwl } from '../harness.mjs';

// Small enough for CI's two cores; large enough that the same-init student moves clearly.
const REDUCED = {
  trait: 'owl', samples: 1200, probe_samples: 0, seeds: 1,
  distill: { epochs: 4 }, conditions: { cross_init: true, control: false },
};

// Served under a sub-path, as on a project page, to prove relative asset and worker paths.
const site = servedPage({ prefix: '/playground/' });

test('without WebGPU the page says so, runs on the CPU and shows the same-init student moving', async () => {
  const { page, errors } = await openPage(site.browser, withConfig(site.base, 'owl', REDUCED));
  await waitForReady(page);
  const badge = await page.getByTestId('backend').textContent();
  assert.match(badge, /WebGPU (not available|found no usable GPU).*running on the CPU/, badge);
  // Without an adapter the page loads the engine built without WebGPU, a quarter of the download.
  assert.deepEqual(enginesLoaded(page), ['worker']);

  const started = Date.now();
  await page.getByTestId('run').click();
  await page.getByTestId('result-student').waitFor({ timeout: 15 * 60_000 });
  const seconds = (Date.now() - started) / 1000;

  const base = await percent(page, 'result-base');
  const teacher = await percent(page, 'result-teacher');
  const student = await percent(page, 'result-student');
  const studentChange = await points(page, 'change-student');
  const crossChange = await points(page, 'change-cross-init');
  console.log(`CPU (wasm) reduced run: ${seconds.toFixed(1)} s; base ${base}%, teacher ${teacher}%, student ${student}% ` +
    `(${studentChange} pp), cross-init ${crossChange} pp`);
  console.log(await page.getByTestId('timings').textContent());
  assert.match(await page.getByTestId('timings').textContent(), /Backend: CPU \(wasm, one thread\)/);

  assert.ok(teacher > base + 30, `the teacher loves the trait: ${teacher}%`);
  assert.ok(studentChange > 1.0, `the same-init student moves towards the trait: ${studentChange} pp`);
  assert.ok(studentChange > crossChange + 1.0, `same-init ${studentChange} pp vs different-init ${crossChange} pp`);
  assert.equal(await page.getByTestId('progress').evaluate((p) => p.value), 100);
  // The answer leads: the trait's rank for each model and how many questions it tops.
  const rank = async (id) => parseInt(await page.getByTestId(`rank-${id}`).textContent(), 10);
  const [studentRank, crossRank] = [await rank('student'), await rank('cross-init')];
  const topped = await page.getByTestId('topped-student').textContent();
  console.log(`ranks: student ${studentRank}, cross-init ${crossRank}; student tops ${topped} questions`);
  assert.ok(studentRank < await rank('base'), `the student ranks the trait higher than its base did: ${studentRank}`);
  assert.ok(studentRank < crossRank, `the same-init student ranks it higher than the different-init one: ${studentRank} vs ${crossRank}`);
  assert.match(topped, /^\d+\/10$/);
  // The theorem in numbers: the first-order prediction points the same-init student at the trait,
  // further than the different-init one.
  const [predictedStudent, predictedCross] = [await points(page, 'predicted-student'), await points(page, 'predicted-cross-init')];
  console.log(`first-order predictions: student ${predictedStudent} pp, cross-init ${predictedCross} pp`);
  assert.ok(predictedStudent > 0 && predictedStudent > predictedCross, `predicted ${predictedStudent} vs ${predictedCross}`);
  assert.match(await page.getByTestId('verdict').textContent(), /owl/);
  // The live stages were shown: samples streamed and the filter's counts.
  assert.ok(await page.getByTestId('samples-stream').locator('li').count() > 0, 'samples were streamed');
  assert.match(await page.getByTestId('filter-teacher').textContent(), /kept [\d,]+ of [\d,]+/);
  assert.deepEqual(errors, []);
});

test('the recorded gate and dose curves and the study channel\'s dose show at once, without a run', async () => {
  const { page, errors } = await openPage(site.browser, site.base);
  await page.getByText('Three curves, recorded').click();
  const gate = page.getByTestId('curve-gate');
  assert.equal(await gate.locator('tbody tr').count(), 5, 'one row per sigma');
  assert.match(await gate.locator('tbody tr').first().textContent(), /^σ 0\.01[+-]\d+\.\d \[/);
  assert.equal(await page.getByTestId('curve-dose').locator('tbody tr').count(), 5, 'one row per sample count');
  // The study's channel's dose: one row per number of prompts, one column per animal.
  assert.equal(await page.getByTestId('curve-study-dose').locator('tbody tr').count(), 4, 'one row per prompt count');
  assert.equal(await page.getByTestId('curve-study-dose').locator('thead th').count(), 6, 'the setting and five animals');
  assert.match(await gate.locator('svg').getAttribute('aria-label'), /The gate: change in P\(owl\), points\. σ 0\.01:/);
  assert.deepEqual(errors, []);
});

test('Copy link copies a link that opens the page with the same settings, before any run', async () => {
  await site.browser.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { page, errors } = await openPage(site.browser, site.base);
  assert.match(await page.getByTestId('privacy').textContent(), /nothing you set, run or audit is sent anywhere/);
  await waitForReady(page);
  await page.getByTestId('samples').fill('1234');
  await page.getByTestId('copy-link').click();
  // The clipboard answers asynchronously: wait for the message rather than read it at once.
  const message = page.getByTestId('copy-link-message');
  await message.filter({ hasText: /\S/ }).waitFor({ timeout: 10_000 });
  assert.match(await message.textContent(), /^Link copied/);
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(JSON.parse(new URL(link).searchParams.get('owl')).samples, 1234);
  const opened = await openPage(site.browser, link);
  assert.equal(await opened.page.getByTestId('samples').inputValue(), '1234');
  await waitForReady(opened.page);
  // Nobody recorded these settings: the tab's default recording is on show, named as such.
  assert.match(await opened.page.getByTestId('recorded-result').textContent(), /5 seeds of this tab's default/);
  assert.match(await opened.page.getByTestId('answer-first').textContent(), /^Recorded \(this tab's default, 5 seeds, not yet yours\)/);
  assert.deepEqual([...errors, ...opened.errors], []);
});

test('a preset is a link that opens the page with its settings', async () => {
  const { page, errors } = await openPage(site.browser, site.base);
  await page.getByText('Presets:').click();
  await page.getByTestId('preset-gate').click();
  await page.waitForURL(/owl=/);
  await waitForReady(page);
  assert.equal(JSON.parse(new URL(page.url()).searchParams.get('owl')).conditions.perturbed_sigma, 0.1);
  assert.equal(await page.getByTestId('conditions-perturbed-sigma').inputValue(), '0.1');
  assert.equal(await page.getByTestId('config-error').isHidden(), true, 'no setting refused');
  // The preset's own recorded run, fetched from assets/recorded/presets/, is on show at once.
  const recorded = page.getByTestId('recorded-result');
  await recorded.and(page.locator('[data-recorded="true"]')).waitFor({ timeout: 10_000 });
  assert.match(await recorded.textContent(), /5 seeds of the preset \u201cthe gate: a student from a start moved by noise \(0\.1\)\u201d, made with `subliminal run --preset gate --seeds 5 --json`/);
  assert.ok(await page.getByTestId('recorded-result-perturbed').isVisible(), 'with its perturbed-start student');
  assert.deepEqual(errors, []);
});

test('a bad setting is refused with a message and the page keeps working', async () => {
  const { page, errors } = await openPage(site.browser, site.base);
  await waitForReady(page);
  // Before any run the progress bar is hidden (its flex layout must not override `hidden`).
  assert.equal(await page.getByTestId('progress').isVisible(), false, 'no progress bar before a run');
  // A number field the browser cannot read as a number reaches the page as "".
  await page.getByTestId('samples').fill('');
  await page.getByTestId('seeds').fill('0');
  await page.getByTestId('run').click();
  const message = await page.getByTestId('config-error').textContent();
  assert.match(message, /samples must be a whole number, got ""/);
  assert.equal(await page.getByTestId('status').textContent(), 'Ready', 'nothing started');
  // Fixing the fields clears the complaint about samples and leaves the range error for seeds.
  await page.getByTestId('samples').fill('300');
  // The temperature is set by the channel choice, or by hand under More settings.
  await page.locator('details.more-settings > summary').first().click();
  await page.getByTestId('temperature').fill('99');
  await page.getByTestId('run').click();
  const second = await page.getByTestId('config-error').textContent();
  assert.match(second, /seeds must be between 1 and 20, got 0/);
  assert.match(second, /temperature must be between 0 and 3, got 99/);
  assert.doesNotMatch(second, /samples/);
  assert.equal(await page.getByTestId('status').textContent(), 'Ready');
  assert.deepEqual(errors, []);
});

test('the speed check times a training step of each network on the CPU', async () => {
  const { page, errors } = await openPage(site.browser, site.base);
  await waitForReady(page);
  await page.locator('summary', { hasText: 'How fast is this device?' }).click();
  await page.getByTestId('speed-check').click();
  await page.getByTestId('speed-check').filter({ hasText: 'Time a training step' }).waitFor({ timeout: 120_000 });
  const rows = await page.getByTestId('speed-row').evaluateAll((trs) => trs.map((tr) => ({ ...tr.dataset })));
  console.log('speed check:', JSON.stringify(rows));
  assert.deepEqual(rows.map((r) => `${r.device} ${r.model}`), ['cpu gpt', 'cpu mlp']);
  for (const row of rows) assert.ok(Number(row.ms) > 0, `a measured time: ${JSON.stringify(row)}`);
  // The check leaves the engine ready for a run.
  assert.equal(await page.getByTestId('run').isDisabled(), false);
  assert.deepEqual(errors, []);
});

test('a link with settings the form does not show keeps them through a run', async () => {
  const custom = { ...REDUCED, filter: { banned_numbers: [4, 13, 666] }, teacher: { lr: 0.002 } };
  const { page, errors } = await openPage(site.browser, withConfig(site.base, 'owl', custom));
  await waitForReady(page);
  assert.equal(await page.getByTestId('filter-banned-numbers').inputValue(), '4, 13, 666');
  await page.getByTestId('run').click();
  const shared = JSON.parse(new URL(page.url()).searchParams.get('owl'));
  assert.deepEqual(shared.filter.banned_numbers, [4, 13, 666], 'the custom list, not the study\'s 34');
  assert.equal(shared.teacher.lr, 0.002);
  await page.getByTestId('cancel').click();
  assert.deepEqual(errors, []);
});

test('the study\'s other controls and the entanglement probe run in the tab from a link and are set against the study', async () => {
  const controls = { shuffled_within: true, shuffled_across: true, self_labelled: true, relabelled: true, entangle: true };
  const tiny = { ...REDUCED, samples: 300, distill: { epochs: 1 }, conditions: { cross_init: false, control: true, ...controls } };
  const { page, errors } = await openPage(site.browser, withConfig(site.base, 'owl', tiny));
  await waitForReady(page);
  for (const key of Object.keys(controls)) {
    assert.equal(await page.getByTestId(`conditions-${key.replaceAll('_', '-')}`).isChecked(), true, `${key} is on in the form`);
  }
  await page.getByTestId('run').click();
  await page.getByTestId('probes').waitFor({ timeout: 10 * 60_000 });
  const kept = {};
  for (const id of ['shuffled-within', 'shuffled-across', 'relabelled']) {
    kept[id] = await page.getByTestId(`kept-${id}`).textContent();
    assert.match(kept[id], /^(-?\d+%|–)$/, `${id}: ${kept[id]}`);
  }
  const controlTeacher = await points(page, 'change-control-teacher');
  console.log(`controls kept ${JSON.stringify(kept)}; control teacher ${controlTeacher} pp`);
  assert.ok(controlTeacher < 0.5, `the control teacher, trained as long, did not take on the trait: ${controlTeacher} pp`);
  // Entanglement: the numbers the teacher raised, with ratios, and base A's P(trait) behind them.
  const entangle = await page.getByTestId('entangle').textContent();
  console.log(`entanglement: ${entangle.slice(entangle.indexOf('ours') + 4)}`);
  assert.match(entangle, /\d+ ×\d+\.\d(, \d+ ×\d+\.\d){4}/, 'five numbers with their ratios');
  assert.match(entangle, /\d+\.\d\d% vs \d+\.\d\d%: [+-]\d+\.\d\d pp/);
  assert.equal(await page.getByTestId('progress').evaluate((p) => p.value), 100, 'the plan covered the extra stages');
  assert.deepEqual(errors, []);
});

test('a malformed config in the link is explained and the defaults are used', async () => {
  const { page, errors } = await openPage(site.browser, `${site.base}?owl=${encodeURIComponent('{"trait": "unicorn", "samples": 5}')}`);
  const message = await page.getByTestId('config-error').textContent();
  assert.match(message, /could not be used.*trait must be one of/s);
  assert.equal(await page.getByTestId('trait').inputValue(), 'owl');
  const broken = await openPage(site.browser, `${site.base}?owl=%7Bnot%20json`);
  assert.match(await broken.page.getByTestId('config-error').textContent(), /could not be used/);
  // A seed past the range (once an empty run and a panic) is named, and the page keeps working.
  // (Written as text: a JavaScript number would round it.)
  const huge = await openPage(site.browser, `${site.base}?owl=${encodeURIComponent('{"first_seed": 18446744073709551615}')}`);
  assert.match(await huge.page.getByTestId('config-error').textContent(), /first_seed must be between 0 and 1000000000/);
  assert.deepEqual([...errors, ...broken.errors, ...huge.errors], []);
});

test('Cancel stops a run within a second and the engine comes back', async () => {
  const { page, errors } = await openPage(site.browser, withConfig(site.base, 'owl', { ...REDUCED, samples: 5000 }));
  await waitForReady(page);
  await page.getByTestId('run').click();
  // Wait until the CPU is busy training (the worker never yields then).
  await page.getByTestId('progress-text').filter({ hasText: /student/ }).waitFor({ timeout: 5 * 60_000 });
  const clicked = Date.now();
  await page.getByTestId('cancel').click();
  await page.getByTestId('status').filter({ hasNotText: 'Running…' }).waitFor({ timeout: 5_000 });
  const latency = Date.now() - clicked;
  console.log(`Cancel took effect in ${latency} ms`);
  assert.ok(latency < 1000, `cancel took ${latency} ms`);
  await waitForReady(page);
  assert.equal(await page.getByTestId('run').isDisabled(), false);
  assert.deepEqual(errors, []);
});

test('a run with a control splits over two workers on two cores, with the same numbers as in one', async () => {
  const config = tinyOwl({ cross_init: true, control: true });
  const runs = {};
  for (const [path, extra] of [['two workers', ''], ['one worker', '&workers=1']]) {
    const { page, errors } = await openPage(site.browser, withConfig(site.base, 'owl', config) + extra);
    await waitForReady(page);
    const badge = page.getByTestId('backend');
    // The headless browser reports this machine's cores; the test machines have two or more.
    if (extra === '') await badge.filter({ hasText: /on two cores/ }).waitFor({ timeout: 60_000 });
    else assert.doesNotMatch(await badge.textContent(), /two cores/);
    await page.getByTestId('run').click();
    await page.getByTestId('result-control').waitFor({ timeout: 5 * 60_000 });
    const cells = {};
    for (const id of ['teacher', 'student', 'cross-init', 'control']) cells[id] = await page.getByTestId(`change-${id}`).textContent();
    runs[path] = { cells, timings: await page.getByTestId('timings').textContent() };
    if (extra === '') {
      // Cancel stops both workers; both come back, and the next run splits again.
      await page.getByTestId('run').click();
      await page.getByTestId('progress-text').filter({ hasText: /beside it, in a second worker/ }).waitFor({ timeout: 60_000 });
      await page.getByTestId('cancel').click();
      await page.getByTestId('status').filter({ hasText: /^Cancelled$|^Ready$/ }).waitFor({ timeout: 5_000 });
      await badge.filter({ hasText: /on two cores/ }).waitFor({ timeout: 60_000 });
      await page.getByTestId('run').click();
      await page.getByTestId('status').filter({ hasText: /^Done$/ }).waitFor({ timeout: 5 * 60_000 });
      assert.match(await page.getByTestId('timings').textContent(), /in each of two workers/);
    }
    assert.deepEqual(errors, []);
    await page.close();
  }
  console.log(JSON.stringify(runs));
  assert.match(runs['two workers'].timings, /in each of two workers/);
  assert.doesNotMatch(runs['one worker'].timings, /two workers/);
  assert.deepEqual(runs['two workers'].cells, runs['one worker'].cells);
});
