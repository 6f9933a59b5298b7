import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { languageLabel } from '../support/language-label';
import { createNewsText, NEWS_OPENING } from '../support/news-text';
import { READER_ID, termWithId } from '@/lib/reader/dom-contract';

/**
 * What a learner and a teacher see of HSK levels ("pinyin only above my level") and of the
 * ways to write the text: tone numbers, zhuyin, simplified or traditional characters, all from
 * the URL, with and without JavaScript.
 */

let newsPath = '';
test.beforeAll(async ({ request }) => {
  newsPath = await createNewsText(request);
});

/** The first mention in the text of the word whose simplified form is `id`. */
const mentionOf = (page: Page, id: string) => page.locator(`article ${termWithId(id)} .term-hanzi`).first();

/** The visible ruby of a word in the text ("" when its pinyin is hidden). */
async function rubyOf(page: Page, id: string): Promise<string> {
  const mention = mentionOf(page, id);
  await expect(mention).toBeVisible();
  return mention.locator('rt').evaluateAll((rts) =>
    rts
      .filter((rt) => getComputedStyle(rt).display !== 'none')
      .map((rt) => rt.textContent)
      .join(' '),
  );
}

/** The characters of the text's words as shown (without their ruby). */
const shownHanzi = (page: Page) =>
  page.locator('article .term-hanzi ruby > span').evaluateAll((spans) => spans.map((s) => s.textContent).join(''));

test('above HSK 3, known words read as plain text and leave the glossary; harder words keep their pinyin', async ({
  page,
}) => {
  await page.goto(`${newsPath}?level=3`);
  // 银行 is HSK 3, 的 HSK 1: no pinyin. 贷款 is HSK 5, 深圳 (a city) has no level: pinyin stays.
  expect(await rubyOf(page, '银行')).toBe('');
  expect(await rubyOf(page, '的')).toBe('');
  expect(await rubyOf(page, '贷款')).toBe('dài kuǎn');
  expect(await rubyOf(page, '深圳')).toBe('shēn zhèn');
  const panel = page.getByRole('complementary', { name: 'Chinesische Begriffe' });
  await expect(panel.locator('[data-term-id="银行"]')).toBeHidden();
  await expect(panel.locator('[data-term-id="贷款"]')).toBeVisible();
  await expect(panel.locator('[data-term-id="贷款"]')).toContainText('HSK 5');

  // The setting is in the toolbar too, and written back into the address.
  await page.getByLabel('Pinyin nur über meinem Niveau').selectOption('off');
  await expect(page).toHaveURL(/level=off/);
  expect(await rubyOf(page, '银行')).toBe('yín háng');
  await expect(panel.locator('[data-term-id="银行"]')).toBeVisible();
});

test('a known word still opens its popover, with its HSK level', async ({ page }) => {
  await page.goto(`${newsPath}?level=3`);
  await mentionOf(page, '银行').focus();
  const popover = page.locator(`#${READER_ID.sharedPopover}`);
  await expect(popover).toBeVisible();
  await expect(popover).toContainText('yín háng');
  await expect(popover).toContainText('HSK 3');
});

test('the worksheet at level 3 lists only the words above it and prints on at most 3 A4 pages', async ({ page }) => {
  await page.goto(`${newsPath}?print=1`);
  const all = await getDocumentProxy(new Uint8Array(await page.pdf({ preferCSSPageSize: true })));
  await page.goto(`${newsPath}?print=1&level=3`);
  const pdf = await getDocumentProxy(new Uint8Array(await page.pdf({ preferCSSPageSize: true })));
  expect(pdf.numPages).toBeLessThanOrEqual(3);
  expect(pdf.numPages).toBeLessThan(all.numPages);
  const { text } = await extractText(pdf, { mergePages: true });
  expect(text).toContain('dài kuǎn');
  // 今年 is known at level 3 (its characters are level 1): neither its ruby nor a vocabulary row.
  expect(text).not.toContain('jīn nián');
});

test('tone numbers and zhuyin from the URL, and switched in the toolbar', async ({ page }) => {
  await page.goto(`${newsPath}?pinyin=numbers`);
  expect(await rubyOf(page, '银行')).toBe('yin2 hang2');
  await page.goto(`${newsPath}?pinyin=zhuyin`);
  expect(await rubyOf(page, '银行')).toBe('ㄧㄣˊ ㄏㄤˊ');
  await expect(
    page.getByRole('complementary', { name: 'Chinesische Begriffe' }).locator('[data-term-id="银行"]'),
  ).toContainText('ㄧㄣˊ ㄏㄤˊ');

  await page.getByLabel('Lesung').selectOption('marks');
  await expect(page).toHaveURL(/pinyin=marks/);
  expect(await rubyOf(page, '银行')).toBe('yín háng');
  await page.getByLabel('Zeichen', { exact: true }).selectOption('traditional');
  await expect(page).toHaveURL(/script=traditional/);
  expect(await shownHanzi(page)).toContain('中國人民銀行');
  await expect(page.locator('article')).toHaveAttribute('lang', 'zh-Hant');
});

test('a shared link with a writing choice opens it; the share panel keeps it', async ({ page }) => {
  await page.goto(`${newsPath}?script=traditional&pinyin=zhuyin`);
  await page.getByText('Teilen und Arbeitsblatt').click();
  await expect(page.getByRole('textbox', { name: /Link/ })).toHaveValue(/pinyin=zhuyin&script=traditional/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('zhuyin, tone numbers and traditional characters come from the URL', async ({ page }) => {
    await page.goto(`${newsPath}?pinyin=zhuyin&script=traditional`);
    expect(await shownHanzi(page)).toContain('三千多家創新型企業');
    expect(await rubyOf(page, '银行')).toBe('ㄧㄣˊ ㄏㄤˊ');
    await page.goto('/de/articles/xiaomi-2018?script=traditional&pinyin=numbers');
    expect(await shownHanzi(page)).toContain('雷軍');
    expect(await rubyOf(page, '雷军')).toBe('lei2 jun1');
    await expect(page).toHaveURL(/\/de\/articles\/xiaomi-2018\?/);
  });

  test('the writing form works as a plain form', async ({ page }) => {
    await page.goto(newsPath);
    await page.getByLabel('Lesung').selectOption('numbers');
    await page.getByRole('button', { name: 'Anzeigen' }).click();
    await expect(page).toHaveURL(/pinyin=numbers/);
    expect(await rubyOf(page, '银行')).toBe('yin2 hang2');
  });
});

test('axe finds nothing with zhuyin and traditional characters', async ({ page, request }) => {
  // The opening of the news text has every kind of word the whole has (known, above the level,
  // names): axe checks what is on the page, and on the whole text it takes 20 s.
  const opening = await createNewsText(request, NEWS_OPENING);
  await page.goto(`${opening}?pinyin=zhuyin&script=traditional&level=3`);
  await expect(page.locator('article rt').first()).toHaveText(/[ㄅ-ㄩ]/);
  expect(await shownHanzi(page)).toContain('中國人民銀行');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('an English dictionary meaning in the German reader is labelled EN and marked as English', async ({ page }) => {
  await page.goto(newsPath);
  const row = page
    .getByRole('complementary', { name: 'Chinesische Begriffe' })
    .locator('[data-term-id="贷款"] .glossary-meaning');
  await expect(row).toHaveAttribute('lang', 'en');
  expect(await languageLabel(row)).toBe('EN');
  await mentionOf(page, '贷款').focus();
  const popoverMeaning = page.locator('#term-pop .term-pop-meaning');
  await expect(popoverMeaning).toHaveAttribute('lang', 'en');
  expect(await languageLabel(popoverMeaning)).toBe('EN');

  await page.goto(newsPath.replace('/de/', '/en/'));
  expect(await languageLabel(page.locator('[data-term-id="贷款"] .glossary-meaning'))).toBe('');
});
