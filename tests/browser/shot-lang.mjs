// scratch: screenshots of the page in a language, after a tiny run
import { serveDist, launch, openPage, withConfig, tinyOwl } from './harness.mjs';
const [lang, width, out, mode] = [process.argv[2], Number(process.argv[3]), process.argv[4], process.argv[5]];
const server = await serveDist('/');
const browser = await launch();
try {
  const cfg = { ...tinyOwl({ cross_init: true, control: true }), samples: 300 };
  const url = mode === 'run' ? `${withConfig(server.base, 'owl', cfg)}&lang=${lang}` : `${server.base}?lang=${lang}`;
  const { page, errors } = await openPage(browser, url);
  await page.setViewportSize({ width, height: 900 });
  await page.getByTestId('backend').filter({ hasText: /CPU/ }).waitFor({ timeout: 120000 });
  if (mode === 'run') {
    await page.getByTestId('run').click();
    await page.getByTestId('result-student').waitFor({ timeout: 300000 });
    await page.getByTestId('results').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.querySelector('[data-testid="your-run"], [data-testid="agreement"]')?.scrollIntoView());
  } else if (mode === 'settings') {
    await page.locator('details.more-settings summary').first().click();
    await page.locator('details.more-settings').first().scrollIntoViewIfNeeded();
  } else if (mode === 'presenter') {
    await page.getByTestId('presenter').click();
  }
  await page.waitForTimeout(1000);
  await page.screenshot({ path: out });
  console.log('overflow', await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]), errors);
} finally { await browser.close(); await server.close(); }
