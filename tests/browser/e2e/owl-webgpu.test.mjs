// WebGPU through SwiftShader (a software GPU): correctness with a tiny config, never speed.
//
// Before training on WebGPU the worker checks one Adam step of the GPT against the CPU. On a
// sound GPU it then runs there; where the check fails (SwiftShader here computes Adam's update
// wrongly for this model) it says so and runs on the CPU. Either way the page must never show a
// wrong number: the tiny run's results must agree with the CPU's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedPage, openPage, withConfig, percent, points, waitForReady } from '../harness.mjs';

const TINY = {
  trait: 'owl', samples: 64, probe_samples: 0, seeds: 1,
  teacher: { max_steps: 12 }, distill: { epochs: 1 }, conditions: { cross_init: false, control: false },
};
// Same weights and data on two backends: float sums in another order, nothing more.
const TOLERANCE_PP = { base: 0.1, teacher: 1.0, student: 1.0 };

const site = servedPage({ webgpu: true });

async function runTiny(page) {
  await page.getByTestId('run').click();
  await page.getByTestId('result-student').waitFor({ timeout: 10 * 60_000 });
  return {
    base: await percent(page, 'result-base'),
    teacher: await percent(page, 'result-teacher'),
    student: await percent(page, 'result-student'),
    change: await points(page, 'change-student'),
    timings: await page.getByTestId('timings').textContent(),
  };
}

test('with a WebGPU adapter the page trains on it or says why not, and its results agree with the CPU', async () => {
  const { page } = await openPage(site.browser, withConfig(site.base, 'owl', TINY));
  await waitForReady(page, 180_000);
  const badge = await page.getByTestId('backend').textContent();
  console.log('badge:', badge);
  assert.match(badge, /Running on WebGPU \(google swiftshader\)|WebGPU computed a training step wrongly in a self-check/, badge);
  const gpu = await runTiny(page);
  console.log('WebGPU page (SwiftShader adapter):', JSON.stringify(gpu));
  for (const key of ['base', 'teacher', 'student', 'change']) assert.ok(Number.isFinite(gpu[key]), `${key} is finite`);

  await page.getByTestId('backend-choice').selectOption('cpu');
  await waitForReady(page);
  assert.match(await page.getByTestId('backend').textContent(), /CPU/);
  const cpu = await runTiny(page);
  console.log('CPU (flex, wasm):', JSON.stringify(cpu));
  for (const key of ['base', 'teacher', 'student']) {
    const gap = Math.abs(gpu[key] - cpu[key]);
    assert.ok(gap <= TOLERANCE_PP[key], `${key}: WebGPU ${gpu[key]}% vs CPU ${cpu[key]}% (gap ${gap.toFixed(3)} > ${TOLERANCE_PP[key]})`);
  }
  // SwiftShader logs shader-compilation errors for some matmul variants while computing correctly
  // (TOOLCHAIN.md), so this path checks numbers, not an empty console.
});
