import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { hydrated } from '../support/hydrated';
import { parseAnki, parseCsv } from '../support/word-files';
import { SELECTOR, termWithId } from '@/lib/reader/dom-contract';

const ARTICLE = '/de/articles/xiaomi-2018';
const SENTENCE = 'Laut Xiaomi-CEO und President Lei Jun (雷军) ist es ein Rekord für das Unternehmen.';

/** Saves 雷军 from the popover of its first mention, as a reader would. */
async function saveLeiJunFromTooltip(page: Page) {
  await page.goto(ARTICLE);
  const term = page.locator(`article ${termWithId('雷军')}`).filter({ has: page.locator(SELECTOR.hanzi) });
  await term.locator(SELECTOR.trigger).hover();
  const save = term.locator(SELECTOR.popover).getByRole('button', { name: '雷军 merken' });
  await expect(save).toHaveAttribute('aria-pressed', 'false');
  await save.click();
  await expect(save).toHaveAttribute('aria-pressed', 'true');
}

const savedList = (page: Page) => page.getByRole('list', { name: 'Deine Wörter' });

async function download(page: Page, name: string) {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name }).click();
  const file = await downloading;
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

test('a word saved from a tooltip is on the saved page after a reload, with its sentence', async ({ page }) => {
  await saveLeiJunFromTooltip(page);
  await page.goto('/de/saved');
  await page.reload();
  const item = savedList(page).getByRole('listitem');
  await expect(item).toHaveCount(1);
  await expect(item.getByRole('link', { name: '雷军' })).toHaveAttribute(
    'href',
    `/de/glossary/${encodeURIComponent('雷军')}`,
  );
  await expect(item).toContainText('léi jūn');
  await expect(item).toContainText('Lei Jun, Gründer, CEO und Vorsitzender von Xiaomi');
  await expect(item.locator('blockquote')).toHaveText(SENTENCE);
  await expect(item.locator('blockquote')).toHaveAttribute('lang', 'de');
  // Back in the article, the button shows it is saved; pressing it again removes the word.
  await page.goto(ARTICLE);
  const term = page.locator(`article ${termWithId('雷军')}`).first();
  await term.locator(SELECTOR.trigger).hover();
  const save = term.locator(SELECTOR.popover).getByRole('button', { name: '雷军 merken' });
  await expect(save).toHaveAttribute('aria-pressed', 'true');
  await save.click();
  await page.goto('/de/saved');
  await expect(page.getByText('Noch keine Wörter gemerkt.')).toBeVisible();
});

test('the save button in a popover works by keyboard', async ({ page }) => {
  await page.goto(ARTICLE);
  await hydrated(page);
  const term = page.locator(`article ${termWithId('雷军')}`).filter({ has: page.locator(SELECTOR.hanzi) });
  await term.locator(SELECTOR.trigger).focus();
  const save = term.locator(SELECTOR.popover).getByRole('button', { name: '雷军 merken' });
  // Into the popover with Enter, then from action to action with the arrow keys (one tab stop per word).
  await page.keyboard.press('Enter');
  for (let i = 0; i < 3 && !(await save.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('ArrowRight');
  await expect(save).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(save).toHaveAttribute('aria-pressed', 'true');
});

test('saving from the glossary and a term page; remove and clear', async ({ page }) => {
  await page.goto('/de/glossary');
  const xiaomi = page.locator('.glossary-entry[data-term-id="小米"]');
  await xiaomi.getByRole('button', { name: '小米 merken' }).click();
  await expect(xiaomi.getByRole('button', { name: '小米 merken' })).toHaveAttribute('aria-pressed', 'true');
  await page.goto(`/de/glossary/${encodeURIComponent('比亚迪')}`);
  await page.getByRole('button', { name: '比亚迪 merken' }).click();

  await page.goto('/de/saved');
  await expect(savedList(page).getByRole('listitem')).toHaveCount(2);
  // Newest first; the sentence is the first example from the articles' prose (not the headline).
  await expect(savedList(page).getByRole('listitem').first()).toContainText('比亚迪');
  await expect(savedList(page).getByRole('listitem').first().locator('blockquote')).toHaveText(
    'Der chinesische Konzern BYD (比亚迪, Bǐyàdí) begann 1995 als kleiner Batteriehersteller in Shenzhen.',
  );

  await page.getByRole('button', { name: '小米 entfernen' }).click();
  await expect(savedList(page).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: '小米 entfernt.' })).toBeAttached();
  await page.reload();
  await expect(savedList(page).getByRole('listitem')).toHaveCount(1);

  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Alle entfernen' }).click();
  await expect(page.getByText('Noch keine Wörter gemerkt.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Noch keine Wörter gemerkt.')).toBeVisible();
});

test('removing a word moves focus to the next word, else the previous one, else the list heading', async ({ page }) => {
  await page.goto('/de/glossary');
  for (const id of ['小米', '雷军', '比亚迪']) {
    const save = page.locator(`.glossary-entry[data-term-id="${id}"]`).getByRole('button', { name: `${id} merken` });
    await save.click();
    await expect(save).toHaveAttribute('aria-pressed', 'true');
  }
  await page.goto('/de/saved');
  await expect(savedList(page).getByRole('listitem')).toHaveCount(3); // newest first: 比亚迪, 雷军, 小米
  const heading = page.getByRole('heading', { name: 'Deine Wörter', exact: true });

  await page.getByRole('button', { name: '比亚迪 entfernen' }).focus();
  await page.keyboard.press('Enter');
  await expect(savedList(page).getByRole('listitem')).toHaveCount(2);
  await expect(page.getByRole('button', { name: '雷军 entfernen' })).toBeFocused();
  // The last row has no next one: focus goes to the row before it.
  await page.getByRole('button', { name: '小米 entfernen' }).click();
  await expect(page.getByRole('button', { name: '雷军 entfernen' })).toBeFocused();
  // When the list becomes empty, to its heading.
  await page.getByRole('button', { name: '雷军 entfernen' }).click();
  await expect(page.getByText('Noch keine Wörter gemerkt.')).toBeVisible();
  await expect(heading).toBeFocused();
});

test('a saved sentence keeps the language of its text, whatever the page language', async ({ page }) => {
  // On the English page the popover is English; the article and its sentence are German.
  await page.goto('/en/articles/xiaomi-2018');
  const term = page.locator(`article ${termWithId('雷军')}`).filter({ has: page.locator(SELECTOR.hanzi) });
  await term.locator(SELECTOR.trigger).hover();
  await term.locator(SELECTOR.popover).getByRole('button', { name: 'Save 雷军' }).click();
  await page.goto('/en/glossary');
  await page.locator('.glossary-entry[data-term-id="小米"]').getByRole('button', { name: 'Save 小米' }).click();

  await page.goto('/en/saved');
  const items = page.getByRole('list', { name: 'Your words' }).getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.filter({ hasText: '雷军' }).locator('blockquote')).toHaveText(SENTENCE);
  await expect(items.filter({ hasText: '雷军' }).locator('blockquote')).toHaveAttribute('lang', 'de');
  await expect(items.filter({ hasText: '小米' }).locator('blockquote')).toHaveAttribute('lang', 'de');
  // Stored with each word (entries saved before without it are shown as German, where they all came from).
  const stored = await page.evaluate(() =>
    JSON.parse(localStorage.getItem('hanzi-reader:saved-words') ?? '{}').words.map(
      (w: { hanzi: string; lang?: string }) => [w.hanzi, w.lang],
    ),
  );
  expect(stored).toEqual([
    ['小米', 'de'],
    ['雷军', 'de'],
  ]);
});

test("a saved meaning keeps its language: a German page's meaning is read as German on the English list", async ({
  page,
}) => {
  await page.goto('/de/glossary');
  await page.locator('.glossary-entry[data-term-id="小米"]').getByRole('button', { name: '小米 merken' }).click();
  await page.goto('/zh/glossary');
  await page.locator('.glossary-entry[data-term-id="雷军"]').getByRole('button', { name: '收藏雷军' }).click();
  await page.goto('/en/saved');
  const items = page.getByRole('list', { name: 'Your words' }).getByRole('listitem');
  await expect(
    items.filter({ hasText: '小米' }).getByText('Xiaomi, chinesischer Hersteller', { exact: false }),
  ).toHaveAttribute('lang', 'de');
  await expect(items.filter({ hasText: '雷军' }).getByText('小米创始人', { exact: false })).toHaveAttribute(
    'lang',
    'zh-Hans',
  );
});

test('CSV and Anki exports parse back to the saved words', async ({ page }) => {
  await saveLeiJunFromTooltip(page);
  await page.goto('/de/glossary');
  await page.locator('.glossary-entry[data-term-id="小米"]').getByRole('button', { name: '小米 merken' }).click();
  await page.goto('/de/saved');
  await expect(savedList(page).getByRole('listitem')).toHaveCount(2);

  const csv = await download(page, 'Als CSV herunterladen');
  expect(csv.name).toBe('hanzi-reader-words.csv');
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte order mark
  const rows = parseCsv(csv.bytes.subarray(3).toString('utf8'));
  expect(rows.map((r) => r.slice(0, 4))).toEqual([
    ['Hanzi', 'Pinyin', 'Bedeutung', 'Satz'],
    [
      '小米',
      'xiǎo mǐ',
      'Xiaomi, chinesischer Hersteller von Smartphones und Elektronik (wörtlich „Hirse“)',
      'Xiaomi hat sich ambitionierte Ziele gesetzt.',
    ],
    ['雷军', 'léi jūn', 'Lei Jun, Gründer, CEO und Vorsitzender von Xiaomi', SENTENCE],
  ]);
  for (const row of rows.slice(1)) expect(Date.parse(row[4]!)).not.toBeNaN();

  const anki = await download(page, 'Für Anki herunterladen');
  expect(anki.name).toBe('hanzi-reader-anki.txt');
  const parsed = parseAnki(anki.bytes.toString('utf8'));
  expect(parsed.headers).toEqual(['#separator:tab', '#html:true']);
  expect(parsed.notes).toEqual([
    {
      front: '小米',
      back: [
        'xiǎo mǐ',
        'Xiaomi, chinesischer Hersteller von Smartphones und Elektronik (wörtlich „Hirse“)',
        'Xiaomi hat sich ambitionierte Ziele gesetzt.',
      ],
    },
    { front: '雷军', back: ['léi jūn', 'Lei Jun, Gründer, CEO und Vorsitzender von Xiaomi', SENTENCE] },
  ]);
});

test('no accessibility violations on the saved page, empty and with words', async ({ page }) => {
  await page.goto('/de/saved');
  await expect(page.getByText('Noch keine Wörter gemerkt.')).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await saveLeiJunFromTooltip(page);
  await page.goto('/en/saved');
  await expect(page.getByRole('list', { name: 'Your words' }).getByRole('listitem')).toHaveCount(1);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('without JavaScript the saved page says why it is empty', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/de/saved');
  await expect(page.getByText('braucht diese Seite JavaScript')).toBeVisible();
  await context.close();
});
