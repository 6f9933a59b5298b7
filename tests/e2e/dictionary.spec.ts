/**
 * The whole dictionary (issue #14): a glossary page for every CC-CEDICT word, search over all of
 * it with and without JavaScript, every reading in the reader's popovers, the JSON endpoints.
 */
import AxeBuilder from '@axe-core/playwright';
import { languageLabel } from '../support/language-label';
import { expect, test, type Page } from '@playwright/test';

const BANK = `/de/glossary/${encodeURIComponent('银行')}`;
const THUNDER = `/de/glossary/${encodeURIComponent('雷')}`;

test.describe.configure({ timeout: 90_000 });

async function readings(page: Page): Promise<string[]> {
  return page
    .locator('[data-dictionary-readings] > li')
    .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.reading ?? ''));
}

test('/de/glossary/银行 answers 200 with its reading, its English entry marked as English, and its characters', async ({
  page,
}) => {
  const response = await page.goto(BANK);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('银行');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('yín háng');
  expect(await readings(page)).toEqual(['yín háng']);
  const entry = page.locator('[data-dictionary-readings] li li').first();
  await expect(entry.locator('[lang="en"]')).toHaveText('bank');
  // English in the German UI: a visible "EN" before it (screen readers switch voice by its lang).
  expect(await languageLabel(entry.locator('[lang="en"]'))).toBe('EN');
  await expect(page.locator('[data-hsk-level]')).toHaveText('HSK-Stufe 3');
  const characters = page.locator('[data-dictionary-characters] > li');
  await expect(characters).toHaveCount(2);
  await expect(characters.nth(0)).toContainText('yín');
  await expect(characters.nth(0)).toContainText('silver');
  await expect(characters.nth(1)).toContainText('háng');
  await expect(characters.nth(1)).toContainText('row');
  await characters.nth(1).getByRole('link', { name: '行' }).click();
  await expect(page).toHaveURL(/\/de\/glossary\/(%E8%A1%8C|行)$/);
  // Every reading of 行, the default first.
  expect((await readings(page)).slice(0, 2)).toEqual(['xíng', 'háng']);
  await expect(page.locator('[data-stroke-order="行"]')).toHaveAttribute('data-state', 'ready');
});

test('/de/glossary/雷 answers 200 with every entry of its reading, and stroke order', async ({ page }) => {
  const response = await page.goto(THUNDER);
  expect(response?.status()).toBe(200);
  expect(await readings(page)).toEqual(['léi']);
  const entries = page.locator('[data-reading="léi"] li');
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toContainText('surname Lei');
  await expect(entries.nth(1)).toContainText('thunder');
  await expect(page.locator('[data-stroke-order="雷"]')).toHaveAttribute('data-state', 'ready');
});

test('a traditional headword has a page with the same entries, linking to the simplified one', async ({ page }) => {
  const response = await page.goto(`/de/glossary/${encodeURIComponent('銀行')}`);
  expect(response?.status()).toBe(200);
  expect(await readings(page)).toEqual(['yín háng']);
  await expect(page.getByRole('link', { name: '银行' })).toHaveAttribute('href', BANK);
});

test('a word the dictionary does not have is a 404 page in the reader’s language', async ({ page }) => {
  for (const [path, heading] of [
    [`/de/glossary/${encodeURIComponent('雷银吼')}`, 'Seite nicht gefunden'],
    [`/en/glossary/${encodeURIComponent('吼吼吼吼')}`, 'Page not found'],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }
  // The internal route of dictionary pages is no address of its own.
  expect((await page.goto(`/de/glossary-word/${encodeURIComponent('银行')}`))?.status()).toBe(404);
});

test('the English UI shows dictionary meanings without the EN label', async ({ page }) => {
  await page.goto(`/en/glossary/${encodeURIComponent('银行')}`);
  const meaning = page.locator('[data-dictionary-readings] li li [lang="en"]').first();
  await expect(meaning).toHaveText('bank');
  expect(await languageLabel(meaning)).toBe('');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the glossary search finds 银行 first for "yinhang", from the whole dictionary, with a count', async ({
    page,
  }) => {
    await page.goto('/de/glossary');
    await page.getByRole('searchbox', { name: 'Begriffe suchen' }).fill('yinhang');
    await page.getByRole('button', { name: 'Suchen' }).click();
    await expect(page).toHaveURL(/\?q=yinhang/);
    const results = page.locator('[data-dictionary-results]');
    await expect(results.locator('[data-dictionary-count]')).toHaveText('1–7 von 7 Wörtern im Wörterbuch');
    await expect(results.locator('[data-dictionary-hit]').first()).toHaveAttribute('data-dictionary-hit', '银行');
    await expect(results.locator('[data-dictionary-hit]').first()).toContainText('yín háng');
  });

  test('dictionary results come in pages of 50', async ({ page }) => {
    await page.goto('/de/glossary?q=bank');
    const results = page.locator('[data-dictionary-results]');
    await expect(results.locator('[data-dictionary-hit]')).toHaveCount(50);
    await expect(results.getByRole('link', { name: 'Weitere Treffer' })).toHaveAttribute(
      'href',
      '/de/glossary?q=bank&offset=50#dictionary-results',
    );
    await results.getByRole('link', { name: 'Weitere Treffer' }).click();
    await expect(page).toHaveURL(/\/de\/glossary\?q=bank&offset=50/);
    await expect(results.locator('[data-dictionary-count]')).toContainText('51–100 von');
    await expect(results.getByRole('link', { name: 'Vorige Treffer' })).toBeVisible();
  });

  test('a popover keeps its one reading and links to the word’s glossary page', async ({ page }) => {
    await page.goto('/de/articles/xiaomi-2018');
    const link = page.locator('.term[data-term-id="小米"] .term-dict-link').first();
    await expect(link).toHaveAttribute('href', `/de/glossary/${encodeURIComponent('小米')}`);
  });
});

test('the glossary search follows the search box with the whole dictionary: 银行 first for "yinhang"', async ({
  page,
}) => {
  await page.goto('/de/glossary');
  const results = page.locator('[data-dictionary-results]');
  await page.getByRole('searchbox', { name: 'Begriffe suchen' }).fill('yinhang');
  await expect(results.locator('[data-dictionary-hit]').first()).toHaveAttribute('data-dictionary-hit', '银行');
  await expect(results.locator('[data-dictionary-count]')).toHaveText('1–7 von 7 Wörtern im Wörterbuch');
  await page.getByRole('searchbox', { name: 'Begriffe suchen' }).fill('bank');
  await expect(results.locator('[data-dictionary-hit]').first()).toHaveAttribute('data-dictionary-hit', '银行');
  await results.locator('[data-dictionary-hit]').first().getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`${BANK}$`));
});

test('a word typed into the glossary search while the page is still loading gets its dictionary results', async ({
  page,
}) => {
  // The page's scripts wait until the word is typed, as on a slow phone.
  let release: () => void = () => undefined;
  const scriptsMayLoad = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/chunks/**/*.js', async (route) => {
    await scriptsMayLoad;
    await route.continue();
  });
  await page.goto('/de/glossary', { waitUntil: 'domcontentloaded' });
  await page.getByRole('searchbox', { name: 'Begriffe suchen' }).fill('yinhang');
  release();
  await expect(page.locator('[data-dictionary-results]').locator('[data-dictionary-hit]').first()).toHaveAttribute(
    'data-dictionary-hit',
    '银行',
  );
});

test('a popover on 还 in a pasted text lists hái and huán, and the characters of a word', async ({ page, request }) => {
  const client = `198.20.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
  const created = await request.post('/api/texts', {
    data: { text: '他还在银行工作。', locale: 'de' },
    headers: { 'x-forwarded-for': client },
  });
  expect(created.status()).toBe(201);
  const { url } = (await created.json()) as { url: string };
  await page.goto(url);

  const still = page.locator('article .term[data-term-id="还"]').first();
  await still.locator('.term-trigger').hover();
  const dictionary = still.locator('.term-pop .term-pop-dict');
  await expect(dictionary.locator('[data-reading]')).toHaveCount(2);
  await expect(dictionary.locator('[data-reading="hái"]')).toContainText('still');
  await expect(dictionary.locator('[data-reading="huán"]')).toContainText('to pay back');
  expect(await languageLabel(dictionary.locator('[lang="en"]').first())).toBe('EN');

  const bank = page.locator('article .term[data-term-id="银行"]').first();
  await bank.locator('.term-trigger').focus();
  const chars = bank.locator('.term-pop .term-pop-dict-chars');
  await expect(chars).toContainText('银 yín');
  await expect(chars).toContainText('silver');
  await expect(chars).toContainText('行 háng');
  await expect(chars).toContainText('row');
  await expect(bank.locator('.term-pop .term-dict-link')).toHaveAttribute('href', BANK);
  // A pasted text's popover is shared by its words: the labels that name the word are formatted when it opens.
  await expect(bank.locator('.term-pop .term-dict-link')).toHaveAccessibleName(
    'Alle Lesungen und Bedeutungen von 银行 im Wörterbuch',
  );
  await expect(bank.locator('.term-pop').getByRole('button', { name: '银行 anhören' })).toBeAttached();
  await expect(bank.locator('.term-pop').getByRole('button', { name: '银行 merken' })).toBeAttached();
});

test('an article’s own popovers show the dictionary too: every entry of 小米 and its characters', async ({ page }) => {
  await page.goto('/de/articles/xiaomi-2018');
  const term = page
    .locator('article .term[data-term-id="小米"]')
    .filter({ has: page.locator('.term-hanzi') })
    .first();
  await term.locator('.term-trigger').focus();
  const dictionary = term.locator('.term-pop .term-pop-dict');
  await expect(dictionary.locator('[data-reading="xiǎo mǐ"]')).toContainText('millet');
  await expect(dictionary.locator('.term-pop-dict-chars')).toContainText('小 xiǎo');
  await expect(dictionary.locator('.term-pop-dict-chars')).toContainText('small');
  // A name the dictionary does not have keeps the popover as it was.
  const lei = page
    .locator('article .term[data-term-id="雷军"]')
    .filter({ has: page.locator('.term-hanzi') })
    .first();
  await lei.locator('.term-trigger').focus();
  await expect(lei.locator('.term-pop .term-pop-dict')).toHaveAttribute('data-state', 'none');
  await expect(lei.locator('.term-pop .term-pop-dict')).toBeHidden();
});

test('the dictionary endpoints answer JSON, cacheable, with clear 4xx answers', async ({ request }) => {
  const still = await request.get(`/api/dictionary/${encodeURIComponent('还')}`);
  expect(still.status()).toBe(200);
  expect(still.headers()['cache-control']).toContain('max-age=86400');
  const body = (await still.json()) as { readings: { pinyin: string }[] };
  expect(body.readings.map((r) => r.pinyin)).toEqual(['hái', 'huán']);
  expect((await request.get('/api/dictionary/bank')).status()).toBe(400);
  expect((await request.get(`/api/dictionary/${encodeURIComponent('雷银吼')}`)).status()).toBe(404);
  const search = await request.get('/api/dictionary/search?q=yinhang&limit=1');
  expect(await search.json()).toEqual({
    query: 'yinhang',
    offset: 0,
    limit: 1,
    total: 7,
    hits: [{ word: '银行', pinyin: 'yín háng', gloss: 'bank', match: 'exact' }],
  });
  expect((await request.get('/api/dictionary/search')).status()).toBe(400);
});

for (const path of [BANK, `/zh/glossary/${encodeURIComponent('还')}`, '/de/glossary?q=yinhang']) {
  test(`no accessibility violations on ${decodeURIComponent(path)}`, async ({ page }) => {
    await page.goto(path);
    if (!path.includes('?'))
      await expect(page.locator('[data-stroke-order]').first()).toHaveAttribute('data-state', 'ready');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });
}
