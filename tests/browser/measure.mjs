// Times an owl (or MNIST) run in the built page in headless Chromium, CPU fallback, and prints the
// report's per-stage seconds and the wall time. Not a test: a benchmark that prints numbers.
//   node measure.mjs                        the page's default owl config
//   node measure.mjs owl '{"samples":5000}' any owl config (JSON, as `subliminal config`)
//   node measure.mjs mnist                  the MNIST default
//   node measure.mjs values                 the values tab's default (a misaligned teacher)
//   ... --repeat 3 --json FILE              repeat (a fresh page each time); write every run as JSON
//   ... --one-worker                        keep the run in one worker (`?workers=1`): a run with a
//                                           control otherwise splits over two where there are two cores
// It also prints the progress line (share done, time so far, the ETA) 5, 10, 20 and 30 s into
// the run, against the time that actually remained.
import { writeFileSync } from 'node:fs';
import { serveDist, launch, openPage, withConfig, waitForReady, waitForSecondWorker } from './harness.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args.splice(args.indexOf(name), 2)[1] : fallback);
const repeat = Number(option('--repeat', '1'));
const jsonOut = option('--json', null);
const oneWorker = args.includes('--one-worker') && args.splice(args.indexOf('--one-worker'), 1);
const [kind = 'owl', json] = args;
const mnist = kind === 'mnist';
const prefix = { mnist: 'mnist-', values: 'values-' }[kind] ?? '';

const server = await serveDist('/');
const browser = await launch({ webgpu: process.env.WEBGPU === '1' });
const runs = [];
try {
  const linkKey = kind === 'values' ? 'owl' : kind;
  const base = json ? withConfig(server.base, linkKey, JSON.parse(json)) : `${server.base}?tab=${kind === 'owl' ? 'owl' : kind}`;
  const url = oneWorker ? `${base}&workers=1` : base;
  for (let i = 0; i < repeat; i++) {
    const { page, errors } = await openPage(browser, url);
    await waitForReady(page, 300_000, `${prefix}status`);
    // Where the page splits runs, its second worker is up before the run starts.
    if (!oneWorker && !mnist) await waitForSecondWorker(page);
    const backend = await page.getByTestId('backend').textContent();
    const started = Date.now();
    await page.getByTestId(`${prefix}run`).click();
    let finished = false;
    const progressLines = [];
    const sampling = (async () => {
      for (const at of [5, 10, 20, 30]) {
        await page.waitForTimeout(Math.max(0, started + at * 1000 - Date.now()));
        if (finished) return;
        progressLines.push([at, await page.getByTestId(`${prefix}progress-text`).textContent()]);
      }
    })();
    await page.getByTestId(mnist ? 'mnist-student' : `${prefix}result-student`).waitFor({ timeout: 60 * 60_000 });
    const wall = (Date.now() - started) / 1000;
    finished = true;
    await sampling;
    const stages = JSON.parse(await page.getByTestId(`${prefix}timings`).getAttribute('data-seconds'));
    const results = {};
    const cells = mnist ? ['teacher', 'student', 'cross-init'] : ['base', 'teacher', 'student', 'cross-init', 'control'];
    for (const id of cells) {
      const cell = page.getByTestId(mnist ? `mnist-${id}` : `${prefix}result-${id}`);
      if (await cell.count()) {
        results[id] = await cell.textContent();
        if (!mnist && id !== 'base') results[id] += ` ${await page.getByTestId(`${prefix}change-${id}`).textContent()}`;
      }
    }
    console.log(`run ${i + 1}: ${backend}; wall time from Run to result ${wall.toFixed(1)} s`);
    console.log('  stages:', Object.entries(stages).map(([k, v]) => `${k} ${v.toFixed(2)} s`).join(', '));
    console.log('  results:', JSON.stringify(results));
    for (const [at, line] of progressLines) console.log(`  at ${at} s (${(wall - at).toFixed(0)} s actually left): ${line}`);
    if (errors.length) console.log('  page errors:', errors);
    runs.push({ backend, wall, stages, results, progress: progressLines });
    await page.close();
  }
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ kind, config: json ?? 'default', runs }, null, 1));
} finally {
  await browser.close();
  await server.close();
}
