// Runs the page's one-click default in headless Chromium (CPU) and saves a screenshot of the
// result, for the README: `node screenshot.mjs ../../docs/result.png`. Not a test.
import { serveDist, launch, openPage, waitForReady } from './harness.mjs';

const out = process.argv[2] ?? 'result.png';
const server = await serveDist('/');
const browser = await launch();
try {
  const { page } = await openPage(browser, server.base);
  await page.setViewportSize({ width: 1100, height: 900 });
  await waitForReady(page, 300_000);
  // A room's prediction, as a workshop would make it before the run.
  await page.getByTestId('predict-same-yes').check();
  await page.getByTestId('predict-cross-no').check();
  await page.getByTestId('predict-points').fill('10');
  await page.getByTestId('run').click();
  await page.getByTestId('result-student').waitFor({ timeout: 10 * 60_000 });
  // From the comparison with the recording, through the prediction and the headline, to the
  // table: what a visitor sees first.
  await page.evaluate(() => window.scrollTo(0, 0));
  const top = await page.getByTestId('agreement').boundingBox();
  const table = await page.getByTestId('results').boundingBox();
  const margin = 12;
  await page.screenshot({
    path: out,
    fullPage: true,
    clip: { x: top.x - margin, y: top.y - margin, width: Math.max(top.width, table.width) + 2 * margin, height: table.y + table.height - top.y + 2 * margin },
  });
  console.log(`saved ${out}`);
} finally {
  await browser.close();
  await server.close();
}
