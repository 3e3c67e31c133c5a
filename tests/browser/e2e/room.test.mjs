// A workshop room: each participant runs a seed of their own and sends its code (copied, saved as
// a file, or as a QR code of a link to the room page); the facilitator's page (?room) takes the
// files, pasted codes and links and pools them: each model's change across the room's seeds, the
// same run sent twice counted once, other settings kept apart, and what is not a code named. The
// facilitator's browser keeps the room until Start again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { servedPage, openPage, withConfig, waitForReady, tinyOwl } from '../harness.mjs';

const site = servedPage();

/** Runs the tiny config with `first_seed` and returns the page's code and its saved file. */
async function participant(firstSeed, extra = {}) {
  const config = { ...tinyOwl({ cross_init: true, control: false }), first_seed: firstSeed, ...extra };
  const { page, errors } = await openPage(site.browser, withConfig(site.base, 'owl', config));
  await waitForReady(page);
  await page.getByTestId('run').click();
  const box = page.getByTestId('send-to-room');
  await box.waitFor({ timeout: 5 * 60_000 });
  const code = await page.getByTestId('send-to-room-code').inputValue();
  const sameSeedNote = await page.getByTestId('send-to-room-same-seed').count();
  const qrLink = await page.getByTestId('send-to-room-qr').getAttribute('data-link');
  assert.equal(await page.getByTestId('send-to-room-qr').locator('svg path').count(), 1, 'the QR code is drawn');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('send-to-room-save').click()]);
  const file = readFileSync(await download.path(), 'utf8');
  assert.deepEqual(errors, []);
  await page.close();
  return { code, file, name: download.suggestedFilename(), sameSeedNote, qrLink };
}

test('participants send codes and files; the room pools them, counts a run sent twice once and keeps other settings apart', async () => {
  const first = await participant(1);
  assert.match(first.code, /^SL1\.[0-9a-f]{8}\.1\.teacher[+-]\d+\.\d\d\.student[+-]\d+\.\d\d/);
  assert.equal(first.file.trim(), first.code, 'the file holds the code');
  assert.equal(first.sameSeedNote, 1, 'seed 1 is everyone\'s default: the page says so');
  const second = await participant(7);
  assert.equal(second.sameSeedNote, 0);
  const other = await participant(3, { samples: 48 });
  assert.notEqual(other.code.split('.')[1], first.code.split('.')[1], 'other settings, another id');

  // The QR code's link opens the room page with the run in it; the address then drops the code,
  // and a reload keeps the room without sending the run twice.
  assert.equal(new URL(first.qrLink).searchParams.get('room'), first.code);
  const scanned = await openPage(site.browser, first.qrLink);
  const scannedCount = scanned.page.getByTestId('room-count');
  await scannedCount.filter({ hasText: /^1 seed from 1 sent\.$/ }).waitFor({ timeout: 10_000 });
  assert.equal(new URL(scanned.page.url()).search, '?room');
  assert.match(await scanned.page.getByTestId('room-change-0-student').textContent(), /^[+-]\d+\.\d\d pp \(one seed\)$/, 'one seed: no interval');
  await scanned.page.reload();
  await scannedCount.filter({ hasText: /^1 seed from 1 sent\.$/ }).waitFor({ timeout: 10_000 });
  await scanned.page.getByTestId('room-clear').click();
  await scanned.page.reload();
  await scanned.page.getByTestId('room-result').filter({ hasText: 'Nothing sent yet.' }).waitFor({ timeout: 10_000 });
  assert.deepEqual(scanned.errors, []);
  await scanned.page.close();

  const { page, errors } = await openPage(site.browser, `${site.base}?room`);
  const files = [first, second, first, other].map((p, i) => ({ name: `${i}-${p.name}`, mimeType: 'text/plain', buffer: Buffer.from(p.file) }));
  files.push({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('see you at 3\n') });
  await page.getByTestId('room-import').setInputFiles(files);
  const count = page.getByTestId('room-count');
  await count.filter({ hasText: /^3 seeds from 4 sent/ }).waitFor({ timeout: 10_000 });
  assert.match(await count.textContent(), /1 of them the same seed and settings as another.*counted once; 2 different settings/);
  assert.match(await page.getByTestId('room-refused').textContent(), /notes\.txt, line 1: .*not a room code/);
  // The larger group first: two seeds of the tiny settings, each model's change with its interval.
  const group = page.getByTestId('room-group-0');
  assert.match(await group.locator('caption').textContent(), /other settings \([0-9a-f]{8}\): 2 seeds/);
  const change = (code) => Number(code.match(/\.student([+-]\d+\.\d\d)/)[1]);
  const mean = (change(first.code) + change(second.code)) / 2;
  const cell = await page.getByTestId('room-change-0-student').textContent();
  assert.ok(Math.abs(Number.parseFloat(cell) - mean) < 0.006, `${cell} against ${mean}`);
  assert.match(cell, /\[[+-]\d+\.\d\d, [+-]\d+\.\d\d\]/);
  // A pasted code joins the room.
  await page.getByTestId('room-paste').fill(first.code.replace('.1.teacher', '.11.teacher'));
  await page.getByTestId('room-add').click();
  await count.filter({ hasText: /^4 seeds from 5 sent/ }).waitFor({ timeout: 10_000 });
  assert.deepEqual(errors, []);
});

test('a run of everyone\'s first seed runs again at one click with a seed of the participant\'s own, which the form and the link keep', async () => {
  const config = { ...tinyOwl({ cross_init: true, control: false }), first_seed: 1 };
  const { page, errors } = await openPage(site.browser, withConfig(site.base, 'owl', config));
  await waitForReady(page);
  await page.getByTestId('run').click();
  await page.getByTestId('send-to-room-reseed').waitFor({ timeout: 5 * 60_000 });
  await page.getByTestId('send-to-room-reseed').click();
  // The new run's card has no same-seed note; its code names the new seed.
  await page.getByTestId('send-to-room-same-seed').waitFor({ state: 'detached', timeout: 60_000 });
  await page.getByTestId('send-to-room-code').waitFor({ timeout: 5 * 60_000 });
  const seed = Number((await page.getByTestId('send-to-room-code').inputValue()).split('.')[2]);
  assert.ok(seed >= 2, `a seed of one's own: ${seed}`);
  assert.equal(Number(await page.getByTestId('first-seed').inputValue()), seed, 'the form shows the seed that ran');
  assert.equal(JSON.parse(new URL(page.url()).searchParams.get('owl')).first_seed, seed, 'and the link keeps it');
  assert.deepEqual(errors, []);
  await page.close();
});
