// What the students learn from: the choice beside Run sets it, and every place that tells a run's
// story (stage 5, the headline, the result's channel line) names the channel of that run, with
// the study's channel's recorded result (at the study preset's setting) beside every other result.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedPage, openPage, withConfig, waitForReady, tinyOwl } from '../harness.mjs';

// Runs in seconds: the words need a finished report, not a clear effect.
const TINY = tinyOwl({ cross_init: true, control: false });

// Each choice, and the words its run's headline, channel line and stage 5 must use.
const CHANNELS = [
  { id: 'sampled', mode: 'hard', temperature: '1', headline: /numbers the teacher (wrote|sampled), as in the study/,
    line: /sampled as in the study: text and nothing else/, stage: /learns to write the numbers the teacher wrote/ },
  { id: 'most-likely', mode: 'hard', temperature: '0', headline: /the teacher's most likely numbers/,
    line: /most likely numbers: text and nothing else/, stage: /learns to write the teacher's most likely numbers/ },
  { id: 'probabilities', mode: 'soft', temperature: '1', headline: /probabilities for each next number/,
    line: /probability for each next number: more than the numbers alone/, stage: /probability for every possible next number/ },
];

const site = servedPage();

test('the channel choice sets what the students learn from, and each run says which it was', async () => {
  const { page, errors } = await openPage(site.browser, withConfig(site.base, 'owl', TINY));
  await waitForReady(page);
  assert.match(await page.getByTestId('lede-channel').textContent(), /saw only the numbers the teacher wrote/);
  // The link's soft labels at temperature 1: the default channel is checked.
  assert.equal(await page.getByTestId('channel').getAttribute('data-channel'), 'probabilities');
  assert.ok(await page.getByTestId('channel-probabilities').isChecked());

  for (const channel of CHANNELS) {
    await page.getByTestId(`channel-${channel.id}`).check();
    // The choice writes the two settings it stands for into the form (under More settings).
    assert.equal(await page.getByTestId('distill-mode').inputValue(), channel.mode, channel.id);
    assert.equal(await page.getByTestId('temperature').inputValue(), channel.temperature, channel.id);

    await page.getByTestId('run').click();
    await page.getByTestId('result-channel').filter({ hasText: channel.line }).waitFor({ timeout: 5 * 60_000 });
    const verdict = await page.getByTestId('verdict').textContent();
    console.log(`${channel.id}: ${verdict}`);
    assert.match(verdict, channel.headline, channel.id);
    assert.match(verdict, /One seed gives no interval|favourite animal|likes the owl more/, 'one seed says what it can');
    assert.match(await page.getByTestId('students-text').textContent(), channel.stage, 'stage 5 tells the same channel');
    // Beside every channel, sampled numbers at these quick settings included: what the same
    // channel did at the study preset's setting.
    const study = page.getByTestId('study-channel-result');
    await study.waitFor({ timeout: 30_000 });
    assert.match(await study.textContent(), /With only the numbers the teacher sampled, as in the study \(recorded: 10,000 prompts, plain SGD, 5 seeds\): the same-init student moved \+\d/);
  }
  // Beside the different-init student: how alike its start is, and what it did over 5 seeds.
  assert.match(await page.getByTestId('cross-init-note').textContent(), /behaviourally matched/);
  // A setting that is none of the three checks none and says so.
  await page.locator('details.more-settings > summary').first().click();
  await page.getByTestId('temperature').fill('0.5');
  assert.equal(await page.getByTestId('channel').getAttribute('data-channel'), 'other');
  assert.match(await page.getByTestId('channel-hint').textContent(), /More settings/);

  // The study preset's own recording says it is the study's channel, with nothing set beside it.
  await page.getByText('Presets:').click();
  await page.getByTestId('preset-study').click();
  await page.waitForURL(/owl=/);
  await waitForReady(page);
  const recorded = page.getByTestId('recorded-result').and(page.locator('[data-recorded="true"]'));
  await recorded.waitFor({ timeout: 10_000 });
  assert.match(await page.getByTestId('recorded-result-channel').textContent(), /sampled as in the study: text and nothing else/);
  // The page fetched the same file for the line at the start; give it time to show, if it would.
  await page.waitForTimeout(1_000);
  assert.equal(await page.getByTestId('recorded-study-channel-result').count(), 0, 'not beside its own recording');
  assert.deepEqual(errors, []);
});
