// The page in each of its languages: chosen by the link (?lang=), else by the browser's
// languages; switched from the page; every sentence from that language's catalog (no English
// sentence left where the catalog has another), numbers written the language's way; the
// longest language fits a phone's width, presenter mode included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { servedPage, openPage, withConfig, tinyOwl } from '../harness.mjs';

const TINY = tinyOwl({ cross_init: true, control: false });
// Every part of a result the page words: the controls, numbers in context, entangled numbers,
// a defence with its reference, the audit; two seeds for intervals (about 6 s here).
const FULL = {
  ...tinyOwl({ cross_init: true, control: true, shuffled_within: true, relabelled: true, in_context: true, entangle: true, undefended: true }),
  samples: 200, seeds: 2, defences: { divergence: 'mask' },
};
const site = servedPage();

/** A catalog's plain messages (no placeholders, no selectors): id -> text. */
function catalog(lang) {
  const text = readFileSync(new URL(`../../../app/locales/${lang}.ftl`, import.meta.url), 'utf8');
  const messages = new Map();
  for (const line of text.split('\n')) {
    const m = line.match(/^([a-z][a-z0-9-]*) = (.*)$/);
    if (m && !m[2].includes('{')) messages.set(m[1], m[2]);
  }
  return messages;
}

/** English sentences (four words or more) that `lang`'s catalog says otherwise. */
function englishSentences(lang) {
  const english = catalog('en');
  const theirs = catalog(lang);
  return [...english].filter(([id, text]) => text.split(' ').length >= 4 && theirs.has(id) && theirs.get(id) !== text).map(([, text]) => text);
}

/** Waits until the engine runs, in any language (the badge names the CPU either way). */
async function engineUp(page) {
  await page.getByTestId('backend').filter({ hasText: /CPU/ }).waitFor({ timeout: 120_000 });
}

for (const [lang, ready, done, owlTab] of [
  ['de', 'Bereit', 'Fertig', 'Tiere in Zahlen'],
  ['es', 'Listo', 'Hecho', 'Animales en números'],
]) {
  test(`?lang=${lang}: the page and a run's whole result in ${lang}, with no English sentence left and the language's decimal comma`, async () => {
    const { page, errors } = await openPage(site.browser, `${withConfig(site.base, 'owl', FULL)}&lang=${lang}`);
    await engineUp(page);
    await page.getByTestId('status').filter({ hasText: new RegExp(`^${ready}$`) }).waitFor({ timeout: 120_000 });
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assert.equal(await page.getByTestId('tab-owl').textContent(), owlTab);
    assert.equal(await page.getByTestId('language').inputValue(), lang);

    await page.getByTestId('run').click();
    await page.getByTestId('result-student').waitFor({ timeout: 5 * 60_000 });
    await page.getByTestId('status').filter({ hasText: new RegExp(`^${done}$`) }).waitFor({ timeout: 30_000 });
    // 13,2 %: a decimal comma and a space before the sign (Intl.NumberFormat's, CLDR).
    assert.match(await page.getByTestId('result-student').textContent(), /^\d+,\d\u00a0%$/);
    assert.match(await page.getByTestId('change-student').textContent(), /^[+-]\d+,\d\d (Pp\.|pp) \[[+-]\d+,\d\d, [+-]\d+,\d\d\]/);
    // The room's code is the same in every language: a mixed room pools as one.
    assert.match(await page.getByTestId('send-to-room-code').inputValue(), /^SL1\.[0-9a-f]{8}\.1\.teacher[+-]\d+\.\d\d\.student[+-]\d+\.\d\d/);
    // The engine's words, said in the language: the filter's reasons, the backend.
    assert.doesNotMatch(await page.getByTestId('audit').textContent(), /too many numbers|not a number|answer word/);
    assert.doesNotMatch(await page.getByTestId('timings').textContent(), /one thread|two workers/);

    // Everything in the page, shown or folded away (other tabs, More settings), and the
    // settings' tooltips.
    const shown = await page.evaluate(() => document.body.textContent
      + [...document.querySelectorAll('[title], [aria-label], [placeholder]')]
        .map((e) => `${e.getAttribute('title') ?? ''} ${e.getAttribute('aria-label') ?? ''} ${e.getAttribute('placeholder') ?? ''}`).join(' '));
    const sentences = englishSentences(lang);
    assert.ok(sentences.length > 200, `the check reads the catalogs: ${sentences.length} sentences`);
    const left = sentences.filter((sentence) => shown.includes(sentence));
    assert.deepEqual(left, [], `English sentences on the ${lang} page`);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('the switch reopens the page in another language with the same settings, and a link keeps it', async () => {
  const { page } = await openPage(site.browser, `${withConfig(site.base, 'owl', TINY)}&lang=de`);
  await engineUp(page);
  await Promise.all([page.waitForURL(/[?&]lang=es(&|$)/), page.getByTestId('language').selectOption('es')]);
  await page.getByTestId('tab-owl').filter({ hasText: 'Animales en números' }).waitFor({ timeout: 60_000 });
  const url = new URL(page.url());
  assert.deepEqual(JSON.parse(url.searchParams.get('owl')), TINY, 'the same settings');
  await engineUp(page);
  assert.match(await page.getByTestId('backend').textContent(), /CPU/);
  await page.close();
});

test('without ?lang= the browser\'s first language the page has is chosen; a language it lacks is said and English is used', async () => {
  const context = site.browser;
  const page = await context.newPage();
  await page.addInitScript(() => Object.defineProperty(navigator, 'languages', { get: () => ['fr-FR', 'es-MX', 'en'] }));
  await page.goto(site.base);
  await page.getByTestId('tab-owl').filter({ hasText: 'Animales en números' }).waitFor({ timeout: 60_000 });
  await page.close();

  const plain = await context.newPage();
  await plain.goto(`${site.base}?lang=tlh`);
  const notice = plain.getByTestId('notice');
  await notice.waitFor({ timeout: 60_000 });
  assert.match(await notice.textContent(), /“tlh”, which this page does not have/);
  assert.equal(await plain.getByTestId('tab-owl').textContent(), 'Animals in numbers');
  await plain.close();
});

test('the longest language fits a phone\'s width, and presenter mode too', async () => {
  const length = (lang) => [...catalog(lang).values()].join('').length;
  const longest = ['en', 'de', 'es'].sort((a, b) => length(b) - length(a))[0];
  console.log(`longest catalog: ${longest} (${['en', 'de', 'es'].map((l) => `${l} ${length(l)}`).join(', ')} characters)`);
  const { page } = await openPage(site.browser, `${site.base}?lang=${longest}`);
  for (const width of [360, 1100]) {
    await page.setViewportSize({ width, height: 800 });
    await engineUp(page);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= width, `at ${width} px in ${longest} the page does not scroll sideways: ${wide} px`);
    await page.getByTestId('presenter').click();
    await page.getByTestId('presenter-stage').waitFor();
    const presenting = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(presenting <= width, `presenter mode at ${width} px in ${longest}: ${presenting} px`);
    await page.getByTestId('presenter').click();
  }
  await page.close();
});
