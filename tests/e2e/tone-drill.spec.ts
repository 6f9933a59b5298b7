import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** The tone drill on saved words: pick each syllable's tone by key or button, see right and wrong and the correct pinyin. */

async function saveFromGlossary(page: Page, ids: string[]) {
  await page.goto('/de/glossary');
  for (const id of ids) {
    const save = page.locator(`.glossary-entry[data-term-id="${id}"]`).getByRole('button', { name: `${id} merken` });
    await save.click();
    await expect(save).toHaveAttribute('aria-pressed', 'true');
  }
}

test('saved words are drilled by keys and by buttons; each syllable says right or wrong, with the correct pinyin in tone colors', async ({
  page,
}) => {
  await saveFromGlossary(page, ['小米', '雷军']); // newest first: 雷军, then 小米
  await page.goto('/de/review');
  await page.getByRole('link', { name: 'Töne üben' }).click();
  await expect(page).toHaveURL(/\/de\/review\/tones$/);
  await expect(page.getByRole('heading', { name: 'Wort 1 von 2' })).toBeVisible();
  await expect(page.locator('[lang="zh-Hans"].text-5xl')).toHaveText('雷军');
  const check = page.getByRole('button', { name: /^Prüfen/ });
  await expect(check).toBeDisabled();

  // By keys: lěi (wrong), jūn (right), Enter checks.
  await page.keyboard.press('3');
  await page.keyboard.press('1');
  await expect(page.getByRole('button', { name: 'lěi, 3. Ton' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Enter');
  const result = page.locator('.tone-drill-result');
  await expect(result).toContainText('1 von 2 Silben richtig.');
  await expect(result.getByRole('listitem')).toHaveText(['✗ lěi: falsch, richtig ist léi', '✓ jūn: richtig']);
  await expect(result.locator('.tone-drill-pinyin')).toHaveText('léi jūn');
  // The reader's tone colors (standard scheme: tone 2 is #b25b27).
  await expect(result.locator('.tone-drill-pinyin .tone-2')).toHaveCSS('color', 'rgb(178, 91, 39)');
  await expect(page.getByRole('status')).toHaveText('0 von 1 Wörtern ganz richtig');

  // By buttons (a tap works the same): xiǎo mǐ, both right.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Wort 2 von 2' })).toBeVisible();
  await page.getByRole('button', { name: 'xiǎo, 3. Ton' }).click();
  await page.getByRole('button', { name: 'mǐ, 3. Ton' }).click();
  await check.click();
  await expect(result).toContainText('Alle Töne richtig!');
  await expect(result.getByRole('listitem')).toHaveText(['✓ xiǎo: richtig', '✓ mǐ: richtig']);
  await expect(page.getByRole('status')).toHaveText('1 von 2 Wörtern ganz richtig');
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
});

test('a tone is changed before checking: Backspace takes the last one back, a button replaces it', async ({ page }) => {
  await saveFromGlossary(page, ['雷军']);
  await page.goto('/en/review/tones');
  await page.keyboard.press('4');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('2');
  await page.getByRole('button', { name: 'jūn, tone 1' }).click();
  await page.getByRole('button', { name: 'jún, tone 2' }).click();
  await page.getByRole('button', { name: 'jūn, tone 1' }).click();
  await page.getByRole('button', { name: /^Check/ }).click();
  await expect(page.locator('.tone-drill-result')).toContainText('All tones right!');
});

test('without saved words the drill says where to get some; axe finds nothing', async ({ page }) => {
  await page.goto('/zh/review/tones');
  await expect(page.getByText('还没有带拼音的收藏词语')).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
});
