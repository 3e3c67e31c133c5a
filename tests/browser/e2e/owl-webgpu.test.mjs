// WebGPU through SwiftShader (a software GPU): correctness, never speed.
//
// Before training on WebGPU the worker checks one gradient step of the GPT against the CPU; on a
// sound GPU it then runs there, and where the check fails it says so and runs on the CPU.
// SwiftShader passes the check (as lavapipe and an H100 did natively), but it is a CPU emulation
// that trains a hundred times slower than the CPU engine (a tiny run did not finish in ten
// minutes), so the page names it and runs on the CPU. The page must never show a wrong number.
//
// A hardware GPU that passes the check is timed against the CPU, and the run goes to the faster:
// the third test presents SwiftShader to the engine as hardware to take that path.
//
// A link's `device=webgpu` makes the page train on it all the same: that is how the second test
// drives the GPU path and loses the device in the middle of a run. (Left to run, SwiftShader took
// about one teacher step every two seconds and computed NaN at step 22 of the tiny run; the page then also
// carries on with the CPU, saying so.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  servedPage, servedCopy, openPage, withConfig, percent, points, waitForReady, waitForSecondWorker, tinyOwl, enginesLoaded,
} from '../harness.mjs';

const TINY = tinyOwl({ cross_init: false, control: false });

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

test('a software WebGPU adapter passes the self-check, is named, and the run goes to the CPU', async () => {
  const { page, errors } = await openPage(site.browser, withConfig(site.base, 'owl', TINY));
  await waitForReady(page, 180_000);
  const badge = await page.getByTestId('backend').textContent();
  console.log('badge:', badge);
  assert.match(badge, /WebGPU here is a software emulation \(google swiftshader.*; it passed the self-check\): running on the CPU/, badge);
  // With an adapter the page loads the engine built with WebGPU, which checks it; on the CPU
  // after all, the second worker beside it is the CPU build (started once the engine is on the
  // CPU: waited for, as its download may still be under way when the engine is ready).
  await waitForSecondWorker(page);
  assert.deepEqual(enginesLoaded(page), ['worker', 'worker-gpu']);
  const run = await runTiny(page);
  console.log('tiny run:', JSON.stringify(run));
  for (const key of ['base', 'teacher', 'student', 'change']) assert.ok(Number.isFinite(run[key]), `${key} is finite`);
  assert.ok(run.teacher > run.base + 20, `the teacher took the trait: ${JSON.stringify(run)}`);
  assert.match(run.timings, /Backend: CPU \(wasm, one thread\)/, 'the run used the CPU');
  // SwiftShader logs shader-compilation errors for some matmul variants while computing correctly
  // (TOOLCHAIN.md), so this path checks numbers, not an empty console; page errors still count.
  assert.deepEqual(errors, []);
});

test('a GPU device lost in the middle of a run: the page says so and the run starts again on the CPU', async () => {
  const started = Date.now();
  const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
  const { page, errors } = await openPage(site.browser, `${withConfig(site.base, 'owl', TINY)}&device=webgpu`);
  await waitForReady(page, 180_000);
  assert.match(await page.getByTestId('backend').textContent(), /Running on WebGPU, as the link asked: google swiftshader/);
  console.log(`ready on WebGPU after ${seconds()} s`);
  await page.getByTestId('run').click();
  // The teacher has taken a step on the GPU: the run is well under way there.
  const progress = page.getByTestId('progress-text');
  await progress.filter({ hasText: /teacher \(owl\) [1-9]\d*\// }).waitFor({ timeout: 300_000 });
  console.log(`teacher training on WebGPU after ${seconds()} s: ${await progress.textContent()}`);
  // It reads its P(trait) from the GPU once a block of 8 steps, not at every step (each read
  // waits for the GPU). The worker runs ahead of the GPU, handing it a block's work and then
  // waiting at the block's read, so the GPU's work is counted from one read to the next.
  const [worker] = page.workers();
  const counts = () => worker.evaluate(() => ({ reads: self.subliminalTestHooks.reads(), ...self.gpuCounts }));
  const nextRead = async (after) => {
    for (const deadline = Date.now() + 300_000; Date.now() < deadline;) {
      const now = await counts();
      if (now.reads > after.reads) return now;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`no read from the GPU in 300 s after ${after.reads}`);
  };
  const start = await counts();
  const first = await nextRead(start);
  const second = await nextRead(first);
  const step = Number((await progress.textContent()).match(/teacher \(owl\) (\d+)\//)?.[1]);
  const [reads, dispatches, submits] = ['reads', 'dispatches', 'submits'].map((key) => second[key] - first[key]);
  console.log(`a block of 8 teacher steps and its check on WebGPU: ${reads} read, ${dispatches} dispatches in ${submits} submits`);
  assert.equal(reads, 1);
  assert.ok(step >= 15 && second.reads - start.reads <= Math.floor(step / 8) + 1, `${second.reads - start.reads} reads by teacher step ${step}`);
  // The GPU's work is counted too (docs/speed.md gives it): a block dispatches its kernels in
  // several submits.
  assert.ok(dispatches > submits && submits >= 8, `${dispatches} dispatches in ${submits} submits`);
  // The worker's test hook destroys its WebGPU device, as a driver reset or a lost GPU would.
  await worker.evaluate(() => self.subliminalTestHooks.loseGpu());
  const notice = page.getByTestId('notice');
  await notice.waitFor({ timeout: 60_000 });
  const said = await notice.textContent();
  console.log(`notice after ${seconds()} s: ${said}`);
  assert.match(said, /^The GPU stopped working \(.+\): the run starts again on the CPU\./);
  assert.equal(await page.getByTestId('failure').count(), 0, 'no failure: the run carries on');
  assert.ok(await page.getByTestId('see-notice').isVisible(), 'the run bar points to the notice');
  const run = await page.getByTestId('result-student').waitFor({ timeout: 300_000 }).then(() => Promise.all(
    ['result-base', 'result-teacher', 'result-student'].map((id) => percent(page, id)),
  ));
  console.log(`result on the CPU after ${seconds()} s: ${JSON.stringify(run)}`);
  assert.ok(run.every(Number.isFinite));
  assert.ok(run[1] > run[0] + 20, `the teacher took the trait: ${JSON.stringify(run)}`);
  assert.match(await page.getByTestId('timings').textContent(), /Backend: CPU \(wasm, one thread\)/, 'the whole run was redone on the CPU');
  assert.match(await page.getByTestId('backend').textContent(), /Running on the CPU/);
  assert.equal(await page.getByTestId('backend-choice').inputValue(), 'cpu', 'the device menu says where it runs now');
  await page.getByTestId('notice-dismiss').click();
  assert.equal(await page.getByTestId('notice').count(), 0, 'dismissed');
  assert.equal(await page.getByTestId('see-notice').isVisible(), false, 'and the run bar no longer points to it');
  assert.deepEqual(errors, []);
});

test('a GPU that is not a software one is timed against the CPU before it trains, and a slower one is not used', async () => {
  // A host's copy of the site whose engine loader presents SwiftShader to the engine as a
  // hardware GPU: the path a visitor's own GPU takes, which no machine here has. SwiftShader
  // trains far slower than the CPU engine, so the timing must send the run to the CPU.
  const dress = `{
    const real = Object.getOwnPropertyDescriptor(GPUAdapter.prototype, 'info').get;
    Object.defineProperty(GPUAdapter.prototype, 'info', {
      get() { const info = real.call(this); return { vendor: 'dressed', architecture: 'as-hardware', device: info.device, description: '', isFallbackAdapter: false, subgroupMinSize: info.subgroupMinSize, subgroupMaxSize: info.subgroupMaxSize }; },
    });
  }\n`;
  const server = await servedCopy('engine-loader.js', (loader) => dress + loader);
  try {
    const { page, errors } = await openPage(site.browser, withConfig(server.base, 'owl', TINY));
    await waitForReady(page, 300_000);
    const badge = await page.getByTestId('backend').textContent();
    console.log('badge:', badge);
    const times = badge.match(/^Running on the CPU: a training step took ([\d.,]+) ms there, ([\d.,]+) (ms|s) on WebGPU \(dressed as-hardware\); a link with \?device=webgpu uses the GPU anyway/);
    assert.ok(times, badge);
    const ms = (value, unit) => Number(value.replace(/,/g, '')) * (unit === 's' ? 1000 : 1);
    assert.ok(ms(times[1], 'ms') < ms(times[2], times[3]), `the CPU was the faster: ${badge}`);
    const run = await runTiny(page);
    assert.match(run.timings, /Backend: CPU \(wasm, one thread\)/, 'the run used the CPU');
    assert.deepEqual(errors, []);
  } finally {
    await server.close();
  }
});
