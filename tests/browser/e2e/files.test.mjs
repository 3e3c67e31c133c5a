// Whatever a room sends: every file input (a report to import, each side of the audit, the room's
// codes) refuses a 200 MB file before reading it and a binary file with a message that names it,
// and the page keeps working.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openSync, closeSync, ftruncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { servedPage, openPage, waitForAuditReady, tempFolder } from '../harness.mjs';

const site = servedPage();
const folder = tempFolder('subliminal-files-');
// 200 MB without writing 200 MB: a sparse file.
const huge = join(folder, 'huge.json');
const fd = openSync(huge, 'w');
ftruncateSync(fd, 200_000_000);
closeSync(fd);
// A picture's bytes: a PNG signature, NULs and bytes that are not UTF-8.
const binary = join(folder, 'photo.png');
writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff, 0xfe, 0x80, 0x81, ...Array(4000).fill(0)]));

test('a 200 MB file and a binary file are refused by name in every file input, and the page keeps working', async () => {
  const { page, errors } = await openPage(site.browser, `${site.base}?room`);
  const shows = (testId, pattern) => page.getByTestId(testId).filter({ hasText: pattern }).waitFor({ timeout: 15_000 });

  // A report to import.
  const importer = page.getByTestId('import-report');
  await importer.setInputFiles(huge);
  await shows('import-error', /huge\.json is 200 MB: this takes files of at most 20 MB/);
  await importer.setInputFiles(binary);
  await shows('import-error', /photo\.png is not text/);

  // The room's codes and reports.
  const room = page.getByTestId('room-import');
  await room.setInputFiles([huge, binary]);
  await shows('room-refused', /huge\.json is 200 MB/);
  await shows('room-refused', /photo\.png is not text/);
  assert.equal(await page.getByTestId('room-refused').locator('li').count(), 2, 'one line each');

  // Each side of the audit.
  await page.getByTestId('tab-audit').click();
  await waitForAuditReady(page);
  for (const side of ['a', 'b']) {
    await page.getByTestId(`audit-file-${side}`).setInputFiles(huge);
    await shows('audit-error', new RegExp(`${side.toUpperCase()}: huge\\.json is 200 MB: this takes files of at most 64 MB`));
    await page.getByTestId(`audit-file-${side}`).setInputFiles(binary);
    await shows('audit-error', new RegExp(`${side.toUpperCase()}: photo\\.png is not text`));
  }
  // Still working: a pasted audit runs.
  await page.getByTestId('audit-a').fill('1, 2, 3\n4, 5, 6\n7, 8, 9\n');
  await page.getByTestId('audit-b').fill('3, 2, 1\n6, 5, 4\n9, 8, 7\n');
  await page.getByTestId('audit-run').click();
  await page.getByTestId('own-audit').waitFor({ timeout: 60_000 });
  assert.deepEqual(errors, []);
});
