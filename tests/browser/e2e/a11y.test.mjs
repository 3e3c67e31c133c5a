// Accessibility: axe-core (from npm, injected into the page) finds no violation of any impact in
// each tab when ready, in the animals tab while running, after a run with its probes and audit,
// in presenter mode, after a failed start and with a notice, and in the audit tab after an audit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { servedPage, servedCopy, openPage, withConfig, waitForReady, waitForAuditReady } from '../harness.mjs';

const site = servedPage();
const AXE = fileURLToPath(new URL('../node_modules/axe-core/axe.min.js', import.meta.url));

/** axe-core's violations on the page as it stands, one line each. */
async function violations(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => (await window.axe.run(document)).violations.map(
    (v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`));
}

test('every tab, ready, has no accessibility violation', async () => {
  for (const tab of ['owl', 'values', 'mnist', 'audit']) {
    const { page, errors } = await openPage(site.browser, `${site.base}?tab=${tab}`);
    await page.getByTestId('backend').filter({ hasText: /running on/i }).waitFor({ timeout: 120_000 });
    assert.deepEqual(await violations(page), [], `the ${tab} tab, ready`);
    assert.deepEqual(errors, []);
  }
});

test('a notice (here: a link naming no device) says what is wrong and has no accessibility violation', async () => {
  const { page, errors } = await openPage(site.browser, `${site.base}?device=gpu`);
  await waitForReady(page);
  assert.match(await page.getByTestId('notice').textContent(), /device=gpu is not a device: use auto, cpu or webgpu; the page uses the GPU if there is one/);
  assert.ok(await page.getByTestId('see-notice').isVisible(), 'the run bar points to it');
  assert.deepEqual(await violations(page), [], 'the page with a notice');
  assert.deepEqual(errors, []);
});

test('a finished run with its probes and audit, and a finished audit, have no accessibility violation', async () => {
  const config = { trait: 'owl', samples: 300, probe_samples: 0, seeds: 1, distill: { epochs: 1 }, conditions: { cross_init: true, control: true, entangle: true } };
  const { page, errors } = await openPage(site.browser, withConfig(site.base, 'owl', config));
  await waitForReady(page);
  await page.getByTestId('run').click();
  await page.getByTestId('audit').waitFor({ timeout: 10 * 60_000 });
  assert.deepEqual(await violations(page), [], 'the animals tab, done');

  const audit = await openPage(site.browser, `${site.base}?tab=audit`);
  await waitForAuditReady(audit.page);
  await audit.page.getByTestId('audit-a').fill('1, 2, 3\n4, 5, 6\n');
  await audit.page.getByTestId('audit-b').fill('7, 8\n9\n');
  await audit.page.getByTestId('audit-run').click();
  await audit.page.getByTestId('own-audit').waitFor();
  assert.deepEqual(await violations(audit.page), [], 'the audit tab, done');
  assert.deepEqual([...errors, ...audit.errors], []);
});

test('a running run, a failed start and presenter mode have no accessibility violation', async () => {
  const config = { trait: 'owl', samples: 600, probe_samples: 0, seeds: 1, distill: { epochs: 2 }, conditions: { cross_init: true, control: true } };
  const { page, errors } = await openPage(site.browser, withConfig(site.base, 'owl', config));
  await waitForReady(page);
  await page.getByTestId('run').click();
  await page.getByTestId('samples-stream').locator('li').first().waitFor({ timeout: 120_000 });
  assert.deepEqual(await violations(page), [], 'the animals tab, running');
  await page.getByTestId('cancel').click();
  await page.getByTestId('presenter').click();
  assert.deepEqual(await violations(page), [], 'presenter mode');
  await page.getByTestId('presenter').click();

  // A host whose base model is damaged: the page names the file in a failure box.
  const server = await servedCopy('assets/base-a.slpw', () => 'damaged');
  const failed = await openPage(site.browser, server.base);
  await failed.page.getByTestId('failure').waitFor({ timeout: 60_000 });
  assert.deepEqual(await violations(failed.page), [], 'the animals tab, failed');
  await failed.page.close();
  await server.close();
  assert.deepEqual(errors, []);
});
