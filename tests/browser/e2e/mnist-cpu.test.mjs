// The MNIST auxiliary-logit experiment in the page, on the CPU fallback, with a reduced config.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedPage, openPage, withConfig, percent } from '../harness.mjs';

const REDUCED = { teacher_epochs: 2, student_epochs: 1, noise_images: 8000, seeds: 1 };

const site = servedPage();

test('a student that saw only noise reads digits, from the same init only; the drawing pad answers', async () => {
  const { page, errors } = await openPage(site.browser, withConfig(site.base, 'mnist', REDUCED));
  assert.equal(await page.getByTestId('tab-mnist').getAttribute('aria-selected'), 'true', 'a MNIST link opens its tab');
  await page.getByTestId('mnist-status').filter({ hasText: /^Ready$/ }).waitFor({ timeout: 120_000 });
  const started = Date.now();
  await page.getByTestId('mnist-run').click();
  await page.getByTestId('mnist-student').waitFor({ timeout: 10 * 60_000 });
  const seconds = (Date.now() - started) / 1000;
  const teacher = await percent(page, 'mnist-teacher');
  const student = await percent(page, 'mnist-student');
  const cross = await percent(page, 'mnist-cross-init');
  console.log(`MNIST reduced run in the page: ${seconds.toFixed(1)} s; teacher ${teacher}%, student ${student}%, cross-init ${cross}%`);
  console.log(await page.getByTestId('mnist-timings').textContent());
  assert.ok(teacher > 85, `teacher ${teacher}%`);
  assert.ok(student > cross + 25, `same-init ${student}% vs different-init ${cross}%`);
  assert.ok(cross < 25, `different-init stays near chance: ${cross}%`);
  assert.equal(await page.getByTestId('digit-grid').locator('canvas').count(), 30);
  // The run's settings are in the link, ready to share.
  const shared = JSON.parse(new URL(page.url()).searchParams.get('mnist'));
  assert.equal(shared.noise_images, REDUCED.noise_images);

  // Draw a vertical stroke (a "1") and ask the networks.
  const pad = page.getByTestId('drawing-pad');
  // hover() scrolls the pad into view and places the pointer relative to it.
  await pad.hover({ position: { x: 113, y: 40 } });
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) await pad.hover({ position: { x: 113, y: 40 + 12 * i } });
  await page.mouse.up();
  const answers = page.getByTestId('drawing-answers').locator('li');
  await answers.first().waitFor({ timeout: 10_000 });
  assert.equal(await answers.count(), 3);
  console.log('drawing answers:', (await answers.allTextContents()).join(' | '));
  assert.deepEqual(errors, []);
});
