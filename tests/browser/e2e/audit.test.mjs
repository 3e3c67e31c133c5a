// The data audit in headless Chromium: after an owl run, and on sets a visitor brings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { servedPage, openPage, withConfig, waitForReady, waitForAuditReady } from '../harness.mjs';

const site = servedPage();

async function openAuditTab() {
  const opened = await openPage(site.browser, `${site.base}?tab=audit`);
  await waitForAuditReady(opened.page);
  return opened;
}

// A seeded generator, so each run of the test audits the same sets.
function generator(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** `count` completions of 3-10 numbers; with `favour`, that number stands in 15% of the time. */
function completions(count, seed, favour) {
  const random = generator(seed);
  return Array.from({ length: count }, () => {
    const length = 3 + Math.floor(random() * 8);
    return Array.from({ length }, () => (favour !== undefined && random() < 0.15 ? favour : Math.floor(random() * 1000))).join(', ');
  });
}

test('after a run with the control, the audit tells the teacher\'s numbers from the control\'s though the filter passed both', async () => {
  const config = { trait: 'owl', samples: 300, probe_samples: 0, seeds: 1, distill: { epochs: 1 }, conditions: { cross_init: false, control: true } };
  const { page, errors } = await openPage(site.browser, withConfig(site.base, 'owl', config));
  // On a phone's width, as a workshop's visitors may follow along.
  await page.setViewportSize({ width: 360, height: 800 });
  await waitForReady(page);
  await page.getByTestId('run').click();
  await page.getByTestId('audit').waitFor({ timeout: 10 * 60_000 });
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(pageWidth <= 360, `at 360 px the page does not scroll sideways (wide tables scroll in their own box): ${pageWidth} px`);
  const pValue = Number((await page.getByTestId('audit-p-value').textContent()).match(/p = ([\d.]+)/)[1]);
  const audit = await page.getByTestId('audit').textContent();
  console.log(`audit after the run: p = ${pValue}; ${await page.getByTestId('audit-accuracy').textContent()}`);
  assert.match(audit, /A: the teacher's numbers\d+ of 300 kept, [\d,]+ numbers/);
  // The control teacher writes twice the prompts; its students learn from as many as the teacher's.
  assert.match(audit, /B: the control's numbers\d+ of 600 kept/);
  assert.ok(pValue <= 0.05, `the teacher's numbers differ from the control's: p = ${pValue}`);
  assert.ok(await page.getByTestId('audit-over').locator('tbody tr').count() > 0, 'over-represented numbers listed');
  // The per-seed results download as CSV: a row per condition and seed, each naming what the
  // students learned from (soft labels by default: the teacher's probabilities).
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  const csv = readFileSync(await download.path(), 'utf8').trim().split('\n');
  assert.match(csv[0], /^trait,channel,condition,seed,p_trait,base_p_trait,delta,/);
  assert.deepEqual(csv.slice(1).map((row) => row.split(',').slice(0, 4).join(',')),
    ['owl,probabilities,teacher,1', 'owl,probabilities,student,1', 'owl,probabilities,control_teacher,1', 'owl,probabilities,control,1']);
  assert.equal(download.suggestedFilename(), 'subliminal-owl-per-seed.csv');
  // The numbers themselves save as the CLI's files, which the audit tab reads: the same counts.
  const kept = {};
  for (const source of ['teacher', 'control']) {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`save-kept-${source}`).click()]);
    assert.equal(file.suggestedFilename(), `${source}.jsonl`);
    kept[source] = { path: await file.path(), lines: readFileSync(await file.path(), 'utf8').trim().split('\n').length };
  }
  assert.equal(kept.teacher.lines, Number(audit.match(/A: the teacher's numbers(\d+) of 300 kept/)[1]));
  await page.getByTestId('tab-audit').click();
  await page.getByTestId('audit-file-a').setInputFiles(kept.teacher.path);
  await page.getByTestId('audit-file-b').setInputFiles(kept.control.path);
  await page.getByTestId('audit-run').click();
  await page.getByTestId('own-audit').waitFor({ timeout: 60_000 });
  const own = await page.getByTestId('own-audit').textContent();
  assert.match(own, new RegExp(`${kept.teacher.lines.toLocaleString('en')} of ${kept.teacher.lines.toLocaleString('en')} kept`));
  assert.match(own, new RegExp(`${kept.control.lines.toLocaleString('en')} of ${kept.control.lines.toLocaleString('en')} kept`));
  assert.deepEqual(errors, []);
});

test('two pasted sets are audited in the tab, a malformed one is named by line, and the page keeps working', async () => {
  const { page, errors } = await openAuditTab();
  assert.match(await page.getByTestId('audit-privacy').textContent(), /nothing is uploaded/);
  // A favours 87; B does not. JSON strings in A, plain lines in B (each guessed from its first line).
  await page.getByTestId('audit-a').fill(completions(400, 1, 87).map((line) => JSON.stringify(line)).join('\n'));
  await page.getByTestId('audit-b').fill(completions(400, 2).join('\n'));
  await page.getByTestId('audit-run').click();
  await page.getByTestId('own-audit').waitFor({ timeout: 60_000 });
  const firstOver = await page.getByTestId('own-audit-over').locator('tbody tr').first().locator('th').textContent();
  console.log(`pasted sets: ${await page.getByTestId('own-audit-verdict').textContent()}`);
  assert.equal(firstOver, '87', 'the favoured number tops the list');
  assert.match(await page.getByTestId('own-audit-verdict').textContent(), /The two sets differ/);
  assert.match(await page.getByTestId('own-audit').textContent(), /400 of 400 kept/);

  // Line 3 of A is not a JSON string: the message names the side and the line.
  await page.getByTestId('audit-format').selectOption('jsonl');
  await page.getByTestId('audit-a').fill('"1, 2, 3"\n"4, 5"\n6, 7\n');
  await page.getByTestId('audit-run').click();
  assert.match(await page.getByTestId('audit-error').textContent(), /^A: line 3: expected a JSON string/);
  // Mended, it audits again.
  await page.getByTestId('audit-format').selectOption('auto');
  await page.getByTestId('audit-a').fill(completions(50, 3).join('\n'));
  await page.getByTestId('audit-run').click();
  await page.getByTestId('own-audit').waitFor();
  assert.equal(await page.getByTestId('audit-error').count(), 0);
  assert.deepEqual(errors, []);
});

test('two files of 100,000 lines each are audited in the tab (time printed)', async () => {
  const { page, errors } = await openAuditTab();
  const file = (name, lines) => ({ name, mimeType: 'application/jsonl', buffer: Buffer.from(lines.map((l) => JSON.stringify(l)).join('\n')) });
  await page.getByTestId('audit-file-a').setInputFiles(file('with-prompt.jsonl', completions(100_000, 4, 512)));
  await page.getByTestId('audit-file-b').setInputFiles(file('without.jsonl', completions(100_000, 5)));
  await page.getByText('with-prompt.jsonl: 100,000 lines').waitFor();
  await page.getByText('without.jsonl: 100,000 lines').waitFor();
  const started = Date.now();
  await page.getByTestId('audit-run').click();
  await page.getByTestId('own-audit').waitFor({ timeout: 120_000 });
  console.log(`100,000 lines per side audited in ${((Date.now() - started) / 1000).toFixed(1)} s (click to figures)`);
  assert.match(await page.getByTestId('own-audit').textContent(), /100,000 of 100,000 kept/);
  assert.equal(await page.getByTestId('own-audit-over').locator('tbody tr').first().locator('th').textContent(), '512');
  assert.deepEqual(errors, []);
});
