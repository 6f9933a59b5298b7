import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { stubSpeech } from './speech-stub';

/** Spaced review of saved words: grading by keys, FSRS's next date after a reload, export and import. */

const START = new Date('2026-12-03T09:00:00Z');

test.use({ timezoneId: 'Europe/Berlin' });

// Two cards per word: no Chinese voice, so no listening cards (tests/e2e/listening.spec.ts has those).
test.beforeEach(({ page }) => stubSpeech(page, { chineseVoice: false }));

/** Saves three words from the popovers of the articles (the seed article has two), as a reader would. */
async function saveThreeWords(page: Page): Promise<string[]> {
  const saved: string[] = [];
  for (const article of ['/de/articles/xiaomi-2018', '/de/articles/byd-aufstieg']) {
    await page.goto(article);
    const ids = [
      ...new Set(
        await page
          .locator('article .term:has(.term-hanzi)')
          .evaluateAll((terms) => terms.map((t) => (t as HTMLElement).dataset.termId ?? '')),
      ),
    ];
    for (const id of ids.filter((id) => !saved.includes(id)).slice(0, 3 - saved.length)) {
      const term = page
        .locator(`article .term[data-term-id="${id}"]`)
        .filter({ has: page.locator('.term-hanzi') })
        .first();
      await term.locator('.term-trigger').hover();
      const save = term.locator('.term-pop').getByRole('button', { name: `${id} merken` });
      await save.click();
      await expect(save).toHaveAttribute('aria-pressed', 'true');
      saved.push(id);
    }
  }
  return saved;
}

test('three saved words are reviewed by keys; after a reload FSRS says when they are due again; export and import carry it over', async ({
  page,
  browser,
}) => {
  await page.clock.setFixedTime(START);
  const words = await saveThreeWords(page);
  expect(words).toHaveLength(3);
  // Two cards per word, all new: the header says so.
  await expect(page.getByRole('link', { name: /Wiederholen.*6 fällig/ })).toBeVisible();

  await page.goto('/de/review');
  await expect(page.getByRole('heading', { name: '6 Karten fällig' })).toBeVisible();
  for (let left = 6; left > 0; left--) {
    await expect(
      page.getByRole('heading', { name: left === 1 ? '1 Karte fällig' : `${left} Karten fällig` }),
    ).toBeVisible();
    await page.keyboard.press('Space');
    await expect(page.getByRole('group', { name: 'Wie gut wusstest du es?' })).toBeVisible();
    // Good: a new card comes back in 10 minutes.
    await expect(page.getByRole('button', { name: /^Gut/ })).toContainText('in 10 Minuten');
    await page.keyboard.press('3');
  }
  await page.reload();
  const next = new Intl.DateTimeFormat('de', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Berlin',
  }).format(new Date(START.getTime() + 10 * 60_000));
  await expect(page.getByText(`Für jetzt ist alles wiederholt. Nächste Wiederholung: ${next}`)).toBeVisible();
  await expect(page.getByRole('link', { name: /Wiederholen/ })).not.toContainText(/\d/);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Fortschritt exportieren' }).click();
  const file = await (await downloading).path();

  // A fresh browser: nothing saved, nothing due; a bad file changes nothing; the export restores both.
  const other = await browser.newContext({ timezoneId: 'Europe/Berlin' });
  const fresh = await other.newPage();
  await fresh.clock.setFixedTime(START);
  await fresh.goto('/de/review');
  await expect(fresh.getByText(/Noch keine gemerkten Wörter/)).toBeVisible();
  await fresh
    .getByLabel('Fortschritt importieren')
    .setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"version":1,"cards":"no"}') });
  await expect(fresh.getByRole('status')).toHaveText(
    'Diese Datei enthält keinen gültigen Fortschritt von Hanzi Reader. Nichts wurde geändert.',
  );
  await fresh.getByLabel('Fortschritt importieren').setInputFiles(file!);
  await expect(fresh.getByRole('status')).toHaveText('Fortschritt importiert: 6 Karten.');
  await expect(fresh.getByText(`Für jetzt ist alles wiederholt. Nächste Wiederholung: ${next}`)).toBeVisible();
  await fresh.goto('/de/saved');
  for (const word of words)
    await expect(fresh.getByRole('list', { name: 'Deine Wörter' }).getByRole('link', { name: word })).toBeVisible();
  await other.close();
});

test('a card shows its answer and is graded by button', async ({ page }) => {
  await saveThreeWords(page);
  await page.goto('/en/review');
  await page.getByRole('button', { name: /Show answer/ }).click();
  await page.getByRole('button', { name: /^Again/ }).click();
  // Again brings the card back in a minute: five due now.
  await expect(page.getByRole('heading', { name: '5 cards due' })).toBeVisible();
});

test('the answer shows the sentence the word was saved from and leads back to that place in the text', async ({
  page,
}) => {
  await page.goto('/de/articles/xiaomi-2018');
  const term = page
    .locator('article .term[data-term-id="雷军"]')
    .filter({ has: page.locator('.term-hanzi') })
    .first();
  const mention = await term.locator('.term-trigger').getAttribute('id');
  await term.locator('.term-trigger').hover();
  await term.locator('.term-pop').getByRole('button', { name: '雷军 merken' }).click();
  await page.goto('/en/review');
  await page.getByRole('button', { name: /Show answer/ }).click();
  const answer = page.locator('.review-answer');
  await expect(answer).toContainText(
    'Laut Xiaomi-CEO und President Lei Jun (雷军) ist es ein Rekord für das Unternehmen.',
  );
  const back = answer.getByRole('link', { name: 'See it in the text' });
  await expect(back).toHaveAttribute('href', `/en/articles/xiaomi-2018#${mention}`);
  await back.click();
  await expect(page).toHaveURL(new RegExp(`/en/articles/xiaomi-2018#${mention}$`));
  // There: the word, focused with its popover open.
  await expect(page.locator(`[id="${mention}"]`)).toBeFocused();
  await expect(page.locator(`[id="${mention}"]`)).toBeInViewport();
  await expect(term.locator('.term-pop')).toBeVisible();
});

for (const locale of ['de', 'en', 'zh']) {
  test(`axe finds nothing on the review page (${locale})`, async ({ page }) => {
    await saveThreeWords(page);
    await page.goto(`/${locale}/review`);
    await page.getByRole('button', { name: /Antwort zeigen|Show answer|显示答案/ }).click();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the review page says it needs JavaScript', async ({ page }) => {
    await page.goto('/en/review');
    await expect(page.getByText('Review runs in your browser and needs JavaScript.')).toBeVisible();
  });
});
