// Served with a strict Content-Security-Policy, as a careful host or a course platform may send
// it: no inline script or style, scripts and workers from the page's own origin only, wasm
// compiled. The page starts, runs and shows its result, and the browser reports no violation but
// the one a PNG export meets (said in the page; docs/page.md asks hosts for img-src blob:).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serveDist, launch, withConfig, waitForReady, tinyOwl, DIST } from '../harness.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; style-src 'self'";
const TINY = tinyOwl({ cross_init: true, control: false });

test('under a strict Content-Security-Policy the page starts and runs; a PNG export the policy refuses is said so', async () => {
  const server = await serveDist('/', { 'content-security-policy': CSP });
  const browser = await launch();
  try {
    // Listening before the page loads: a refused script is refused at once.
    const page = await browser.newPage();
    const [violations, errors] = [[], []];
    page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(withConfig(server.base, 'owl', TINY));
    await waitForReady(page);
    await page.getByTestId('run').click();
    await page.getByTestId('result-student').waitFor({ timeout: 5 * 60_000 });
    assert.match(await page.getByTestId('result-student').textContent(), /^\d+\.\d%$/);
    // A chart saves as SVG; as PNG it would be drawn from a blob: image, which this policy
    // refuses: the page says so instead of doing nothing.
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
    assert.match(svg.suggestedFilename(), /\.svg$/);
    await page.getByTestId('export-png').click();
    await page.getByTestId('export-png-refused').filter({ hasText: /security policy .* save it as SVG/ }).waitFor({ state: 'visible', timeout: 10_000 });
    violations.length = 0;
    // The other tabs draw too.
    for (const tab of ['values', 'mnist', 'audit']) await page.getByTestId(`tab-${tab}`).click();
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('the policy dist/_headers gives hosts is the strict one with blob: images, and under it a chart saves as PNG', async () => {
  const shipped = readFileSync(`${DIST}_headers`, 'utf8').match(/^\s+Content-Security-Policy: (.+)$/m)?.[1];
  assert.equal(shipped, `${CSP}; img-src 'self' blob:`);
  const server = await serveDist('/', { 'content-security-policy': shipped });
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const violations = [];
    page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
    await page.goto(withConfig(server.base, 'owl', TINY));
    await waitForReady(page);
    await page.getByTestId('run').click();
    await page.getByTestId('result-student').waitFor({ timeout: 5 * 60_000 });
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    assert.match(png.suggestedFilename(), /\.png$/);
    assert.equal(await page.getByTestId('export-png-refused').isVisible(), false);
    assert.deepEqual(violations, []);
  } finally {
    await browser.close();
    await server.close();
  }
});
