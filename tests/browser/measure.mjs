// Times an owl (or MNIST) run in the built page in headless Chromium, CPU fallback, and prints the
// report's per-stage seconds and the wall time. Not a test: a benchmark that prints numbers.
//   node measure.mjs                        the page's default owl config
//   node measure.mjs owl '{"samples":5000}' any owl config (JSON, as `subliminal config`)
//   node measure.mjs mnist '{}'             the MNIST default
import { serveDist, launch, openPage, withConfig, waitForReady } from './harness.mjs';


const [kind = 'owl', json] = process.argv.slice(2);
const server = await serveDist('/');
const browser = await launch({ webgpu: process.env.WEBGPU === '1' });
try {
  const url = json ? withConfig(server.base, kind, JSON.parse(json)) : `${server.base}${kind === 'mnist' ? '?tab=mnist' : ''}`;
  const { page, errors } = await openPage(browser, url);
  const prefix = kind === 'mnist' ? 'mnist-' : '';
  await waitForReady(page, 300_000, kind === 'mnist' ? 'mnist-status' : 'status');
  console.log('backend:', await page.getByTestId('backend').textContent());
  const started = Date.now();
  await page.getByTestId(`${prefix}run`).click();
  await page.getByTestId(kind === 'mnist' ? 'mnist-student' : 'result-student').waitFor({ timeout: 60 * 60_000 });
  console.log(`wall time from Run to result: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(await page.getByTestId(`${prefix}timings`).textContent());
  if (kind === 'mnist') {
    for (const id of ['teacher', 'student', 'cross-init']) console.log(id, await page.getByTestId(`mnist-${id}`).textContent());
  } else {
    for (const id of ['base', 'teacher', 'student', 'cross-init', 'control']) {
      const cell = page.getByTestId(`result-${id}`);
      if (await cell.count()) console.log(id, await cell.textContent(), id === 'base' ? '' : await page.getByTestId(`change-${id}`).textContent());
    }
  }
  if (errors.length) console.log('page errors:', errors);
} finally {
  await browser.close();
  await server.close();
}
